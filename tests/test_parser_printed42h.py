"""A row's name that opens with its own 二级 label (数量指标某某), and a name wrapped over lines
in a row of no points, in a table printed a cell a line (a PDF tool's plain print), on small
invented forms (session 42)."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = [
    "项目支出绩效自评表",
    "(2024年度)",
    "项目名称",
    "某某县社区服务平台建设",
    "主管部门",
    "某某县民政局",
    "实施单位",
    "某某县社区服务中心",
    "项目资金",
    "(万元)",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "30.00",
    "27.00",
    "90.00%",
    "一级指",
    "标",
    "二级指",
    "标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]

_ROWS = [
    "产出指",
    "标",
    "数量指",
    "标",
    "数量指标社区服务平",
    "台上线",
    "1个",
    "1个",
    "质量指",
    "标",
    "平台功能模块运行正",
    "常率",
    "≥95%",
    "98%",
    "时效指",
    "标",
    "上线时间",
    "10月",
    "已完成",
]

_WRAPPED = [
    "效益指",
    "标",
    "社会效",
    "益指标",
    "扩大社区服务覆盖面,提",
    "高居民办事便利度",
    "较上年服务人次明",
    "显增加",
    "明显增加",
    "满意度",
    "指标",
    "居民满意度",
    "≥90%",
    "93%",
]


def _rows(form: dict) -> dict:
    return {row["name"]: row for row in form["indicators"] if row["name"]}


def test_a_name_opening_with_its_group_label_is_read_whole() -> None:
    # 数量指标 printed as the row's 二级 cell (数量指 / 标), then again as the first words of
    # its name: the name's own words, not cells run together; the table is read as laid out
    form = parse_text("\n".join([*_HEAD, *_ROWS, "总分"]), "group_in_name.txt").forms[0]
    rows = _rows(form)
    row = rows["数量指标社区服务平台上线"]
    assert (row["level2"], row["target"], row["actual"]) == ("数量指标", "1个", "1个")
    assert rows["平台功能模块运行正常率"]["target"] == "≥95%"
    assert rows["上线时间"]["actual"] == "已完成"


def test_a_wrapped_name_above_an_unsure_target_is_left_out() -> None:
    # a row of no points: its name's second line may as well be its target's first, so the
    # name is not cut at its first line (扩大…,提 alone is no name); nothing of it is guessed
    form = parse_text("\n".join([*_HEAD, *_ROWS, *_WRAPPED, "总分"]), "wrapped_name.txt").forms[0]
    names = [row["name"] for row in form["indicators"]]
    assert "扩大社区服务覆盖面,提" not in names
    assert "数量指标社区服务平台上线" in names and "居民满意度" in names
