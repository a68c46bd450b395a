"""A 二级 label read as a name's piece run on a label's tail broken inside a word (可持续影 /
响指标 centred round its rows: 长效机制健全响指标, with no width to place the piece): no label,
left out (guards._run_on_tail). A phrase ending in a whole label (管理者满意度指标) or at a
word's end (社会影响指标) may be one, and is kept. Invented form."""

from pipelines.parser import parse_text
from pipelines.parser.guards import _run_on_tail

_FORM = [
    "项目支出绩效自评表",
    "（2023年度）",
    "项目名称\t社区养老服务站点建设",
    "主管部门\t某某区民政局\t实施单位\t某某区养老服务中心",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t40.00\t40.00\t40.00\t10\t100%\t10",
    "\t当年财政拨款\t40.00\t40.00\t40.00\t-\t100%\t-",
    "\t上年结转资金\t0\t0\t0\t-\t\t-",
    "\t其他资金\t0\t0\t0\t-\t\t-",
    "年度总体目标\t预期目标\t\t实际完成情况",
    "\t新建社区养老服务站点三个\t\t建成社区养老服务站点三个",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "产出指标\t数量指标\t新建站点数量\t3个\t3个\t30\t30\t",
    "产出指标\t质量指标\t站点验收合格率\t100%\t100%\t30\t30\t",
    "效益指标\t社会效益指标\t老年人服务覆盖率\t≥90%\t95%\t10\t10\t",
    "效益指标\t服务站点长效运营响指标\t服务站点长效运营机制\t健全\t健全\t10\t10\t",
    "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90%\t96%\t10\t10\t",
    "总分\t\t\t\t\t100\t100\t",
]


def test_a_label_tail_run_on_a_name_is_left_out():
    rows = parse_text("\n".join(_FORM), source_file="run_on_tail.txt").forms[0]["indicators"]
    assert [row["level2"] for row in rows] == [
        "数量指标",
        "质量指标",
        "社会效益指标",
        None,
        "服务对象满意度指标",
    ]
    assert rows[3]["name"] == "服务站点长效运营机制"
    assert rows[3]["level1"] == "效益指标"


def test_which_label_endings_are_broken_tails():
    assert _run_on_tail("长效机制健全响指标")
    assert _run_on_tail("效益指益指标")
    assert _run_on_tail("道路设施良好益指标")
    assert not _run_on_tail("管理者满意度指标")  # (a whole label at its end)
    assert not _run_on_tail("社会影响指标")  # (a tail at a word's end)
    assert not _run_on_tail("响指标")  # (the tail alone: blank_label_tails' own)
    assert not _run_on_tail("效率指标")
    assert not _run_on_tail("社会效益指标")
