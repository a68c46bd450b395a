"""The head of a form laid out in columns (pdftotext -layout) printed without its widths: runs
of spaces collapsed (a layout print posted to a web page) or every line stripped of its indent.
A department's name wrapped over two lines stands one piece above its label's line and one
under it, its cell empty on that line: read line by line the pieces ran on the project's name
and the unit; one piece above and one under an empty cell are that cell's
(widthless_head.department_wrapped_round_its_label). The goals printed side by side lose, with
the indents, what set the achieved goal's wrapped lines apart from the planned goal's: both are
left out (layout.lines_of_either_goal, widthless_head.goals_of_a_flush_print). Invented form."""

import re

from pipelines.parser import parse_text
from pipelines.parser.text import split_lines
from pipelines.parser.widthless_head import FLUSH, goals_of_a_flush_print

_LAYOUT = "\n".join(
    [
        "                                项目支出绩效自评表",
        "                                          (2023年度)",
        "",
        "       项目名称                                        社区养老服务站点建设",
        "                   某某市某某区养老服务综合管理",
        "       主管部门                                          实施单位              某某区养老服务中心",
        "                          中心",
        "                    年初预算数           全年预算数            全年执行数          分值          执行率        得分",
        "",
        "        年度资金总额          400000.00      400000.00      400000.00        10.00     100.00%    10.00",
        "项目资金",
        "        当年财政拨款          400000.00      400000.00      400000.00",
        " (元)",
        "        上年结转资金               0.00           0.00",
        "         其他资金                0.00           0.00",
        "",
        "年度总体目标                                     预期目标                                                                   实际完成情况",
        "           新建社区养老服务站点三个，开展老年人健康知识讲座和义诊咨询服务活动，                                  建成社区养老服务站点三个，开展健康",
        "           为辖区独居老人提供上门探访服务，提升社区养老服务水平。                                                     知识讲座和义诊咨询服务活动六场，上门",
        "                                                                                                探访独居老人五十人次。",
        "",
        "一级指    二级指",
        "                三级指标          年度指标值        实际完成值         分值       得分           偏差原因分析及改进措施",
        " 标      标",
        "",
        "       数量指",
        "               新建养老服务站点数量           =3个           =3个        20.00     20.00",
        " 产出指    标",
        " 标",
        "       质量指   站点验收合格率            =100%          =100%        20.00     20.00",
        "        标",
        "       时效指   站点建设完成及时率         =100%          =100%        20.00     20.00",
        "        标",
        " 效益指   社会效",
        "               老年人服务覆盖率          >=90%          95%        20.00     20.00",
        " 标      益指标",
        " 满意度   服务对",
        "               服务对象满意度          >=90%          96%        10.00     10.00",
        " 指标    象满意",
        "        度指标",
        "          总分                                             100.00      100.00",
    ]
)


def _collapsed(text: str) -> str:
    return re.sub(r" {2,}", " ", text)


def _stripped(text: str) -> str:
    return "\n".join(line.strip() for line in text.split("\n"))


def _form(text: str) -> dict:
    forms = parse_text(text, source_file="widthless_head.txt").forms
    assert len(forms) == 1
    return forms[0]


def test_the_layout_print_reads_whole():
    form = _form(_LAYOUT)
    assert form["project_name"] == "社区养老服务站点建设"
    assert form["department"] == "某某市某某区养老服务综合管理中心"
    assert form["implementing_unit"] == "某某区养老服务中心"
    assert form["goal_planned"].endswith("提升社区养老服务水平。")
    assert form["goal_actual"].endswith("上门探访独居老人五十人次。")


def test_department_pieces_round_its_empty_cell_are_its_own():
    for text in (_collapsed(_LAYOUT), _stripped(_LAYOUT)):
        form = _form(text)
        assert form["project_name"] == "社区养老服务站点建设"
        assert form["department"] == "某某市某某区养老服务综合管理中心"
        assert form["implementing_unit"] == "某某区养老服务中心"


def test_pieces_round_two_empty_cells_leave_both_out():
    text = _collapsed(_LAYOUT.replace("某某区养老服务中心\n", "\n", 1))
    form = _form(text)
    assert form["project_name"] == "社区养老服务站点建设"
    assert form["department"] is None
    assert form["implementing_unit"] is None


def test_two_pieces_above_are_not_counted_round_the_label():
    # a name wrapped too: two pieces above, one under; no count places them: no department
    # is made of them
    text = _collapsed(
        _LAYOUT.replace("社区养老服务站点建设\n", "社区养老服务站点建设\n    二期工程\n", 1)
    )
    assert _form(text)["department"] is None


def test_goals_side_by_side_of_a_stripped_print_are_left_out():
    # (rebuilt by their columns before: the achieved goal's last line, flush with the margin,
    # went to the planned goal)
    form = _form(_stripped(_LAYOUT))
    assert form["goal_planned"] is None
    assert form["goal_actual"] is None
    # a print that kept its indents, or only lost its runs of spaces, reads them
    assert _form(_collapsed(_LAYOUT))["goal_actual"].endswith("五十人次。")


_FLUSH_GOALS = [
    "项目名称 社区养老服务站点建设",
    "预期目标                                      实际完成情况",
    "",
    "年度总体目 新建社区养老服务站点三个，开展老年人健康知识讲座和义诊咨询 建成社区养老服务站点三个",
    "标                                        开展健康知识讲座和义诊咨询服务活动六场",
    "服务活动，为辖区独居老人提供上门探访服务，提升社区",
    "上门探访独居老人五十人次。",
    "养老服务水平。",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
]


def _guarded(lines: list[str], flush: bool) -> tuple[list[str], dict]:
    form = {"goal_planned": "新建社区养老服务站点三个", "goal_actual": "建成社区养老服务站点三个"}
    token = FLUSH.set(flush)
    try:
        said = goals_of_a_flush_print(form, split_lines("\n".join(lines)))
    finally:
        FLUSH.reset(token)
    return said, form


def test_goals_read_from_flush_lines_are_left_out():
    said, form = _guarded(_FLUSH_GOALS, True)
    assert said
    assert form["goal_planned"] is None and form["goal_actual"] is None


def test_goals_of_a_print_that_kept_its_indents_are_kept():
    said, form = _guarded(_FLUSH_GOALS, False)
    assert said == []
    assert form["goal_planned"] == "新建社区养老服务站点三个"


def test_goals_on_one_line_each_are_kept():
    lines = [
        *_FLUSH_GOALS[:3],
        "年度总体目标 新建社区养老服务站点三个  建成社区养老服务站点三个",
        _FLUSH_GOALS[-1],
    ]
    assert _guarded(lines, True)[0] == []
