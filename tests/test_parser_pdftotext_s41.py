"""Plain `pdftotext` (no -layout: a cell a paragraph, blank lines between blocks) on invented
forms (session 41): a row's group labels carried past the lines of a row the reading lost, whose
own group label (服务对象满意度, 经济效益) stands there."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.guards import labels_past_unread_values
from pipelines.parser.text import LazyLines


def _para(blocks: list) -> str:
    """The blocks one after another, a blank line after each (a tuple: a block of lines)."""
    return "\n\n".join("\n".join(b) if isinstance(b, tuple) else b for b in blocks) + "\n"


HEAD = [
    ("项目支出绩效自评表", "(2022年度)"),
    "项目名称",
    "乡村道路养护补助",
    "主管部门",
    "某县交通运输局",
    "项目资金(万元)",
    "年初预算数",
    "实施单位",
    "全年预算数",
    "年度资金总额",
    "某县公路养护站",
    ("全年执行数", "8.40"),
    ("分值", "8.40"),
    ("执行率", "10.00"),
    "100.00%",
    ("当年财政拨款", "上年结转资金", "其他资金", "年度总体目标"),
    "预期目标",
    "实际完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "产出指标",
]
ROWS = [
    *["数量指标", "养护道路里程", "35公里", "35公里", "30.00"],
    *["质量指标", "路面完好率", "95%", "97%", "30.00"],
]
# a row of another 一级's group (its 二级 printed without its 指标) that the reading loses
LOST = [("服务对象满", "意度"), "沿线村民抽样调查满意度", "90%", "93%", "30.00"]
# the last group's 一级 printed after its row, its characters out of order: read as a name
LATE = ("意满度", "指示")
TAIL = ["总分", "分值", "得分", "100.00", "偏差原因分析及改进措施"]


def _rows(blocks: list) -> list[dict]:
    result = parse_text(_para(blocks), "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["indicators"]


def test_labels_carried_past_a_lost_rows_label_are_left_out() -> None:
    """The late 一级 read as a row's name carried 产出指标 / 质量指标 from the row above, across
    the lost row whose label (服务对象满意度) starts another group: both left out."""
    rows = _rows([*HEAD, *ROWS, *LOST, LATE, *TAIL])
    assert [row["name"] for row in rows[:2]] == ["养护道路里程", "路面完好率"]
    assert rows[1]["level1"] == "产出指标" and rows[1]["level2"] == "质量指标"
    for row in rows[2:]:
        assert row["level1"] is None and row["level2"] is None


def test_rows_read_whole_keep_their_labels() -> None:
    """Without a lost row between, the rows of one group keep the labels carried down."""
    rows = _rows([*HEAD, *ROWS, *["路面平整度达标率", "90%", "92%", "30.00"], *TAIL])
    assert [(row["level1"], row["level2"]) for row in rows] == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "质量指标"),
    ]


def _lines(texts: list[str]) -> list:
    lines = LazyLines("\n".join(texts) + "\n")
    return [lines[k] for k in range(len(texts))]


def _row(start: int, end: int, level1: str, level2: str) -> dict:
    return {"level1": level1, "level2": level2, "line_start": start, "line_end": end}


def test_guard_reads_the_lost_rows_labels() -> None:
    """A 二级 of another 一级 (经济效益) among the lost rows: both levels carried past are
    stale; a 二级 of the same 一级 (时效) leaves the 一级; no label there leaves both."""
    texts = [
        *["质量指标", "验收合格", "合格", "合格", "20.00"],  # lines 1-5: a row read
        *["时效", "当年完成", "12月底", "20.00"],  # lines 6-9: lost
        *["经济效益", "运输费用下降", "5%", "20.00"],  # lines 10-13: lost
        *["道路养护后保障出行", "长期"],  # lines 14-15: a row read
    ]
    rows = [_row(1, 5, "产出指标", "质量指标"), _row(14, 15, "产出指标", "质量指标")]
    assert labels_past_unread_values(rows, _lines(texts))
    assert rows[1]["level1"] is None and rows[1]["level2"] is None
    assert rows[0]["level1"] == "产出指标"

    same = [*texts[:9], *texts[13:]]  # the 时效 row alone lost
    rows = [_row(1, 5, "产出指标", "质量指标"), _row(10, 11, "产出指标", "质量指标")]
    labels_past_unread_values(rows, _lines(same))
    assert rows[1]["level1"] == "产出指标" and rows[1]["level2"] is None

    unlabelled = [*texts[:5], *texts[6:9], *texts[13:]]  # no label among the lost lines
    rows = [_row(1, 5, "产出指标", "质量指标"), _row(9, 10, "产出指标", "质量指标")]
    assert not labels_past_unread_values(rows, _lines(unlabelled))
    assert rows[1]["level2"] == "质量指标"


# a form whose first group's 一级 is printed once, late, by a row after the other groups' rows
# (the form's last row, of a group of its own the framework does not name)
RESUMED_HEAD = [
    *HEAD[:-1],
    "分值",
    "得分",
]
RESUMED_ROWS = [
    *["质量指标", "补贴发放准确率", ">=98%", "100%", "30.00", "30.00"],
    *["时效指标", "按季度发放", ">=95%", "100%", "30.00", "30.00"],
    *["效益指标", ("社会效益", "指标"), "受助群众生活改善", ">=80%", "100%", "20.00", "20.00"],
    "产出指标",
    ("资金拨付", "率"),
    "资金拨付率",
]


def test_a_first_level_printed_once_for_two_runs_is_left_out_on_the_later() -> None:
    """产出指标, printed once after the 效益指标 row, went to the first rows (its group's, printed
    late) and to the row it stands by: that later run's 一级 is left out."""
    rows = _rows([*RESUMED_HEAD, *RESUMED_ROWS, *TAIL])
    assert [row["level1"] for row in rows[:3]] == ["产出指标", "产出指标", "效益指标"]
    assert rows[-1]["name"] == "资金拨付率"
    assert rows[-1]["level1"] is None


def test_a_first_level_printed_again_for_its_second_run_stays() -> None:
    """The same label printed twice, once over each run: a form's own order, both kept."""
    rows = _rows([*RESUMED_HEAD, "产出指标", *RESUMED_ROWS, *TAIL])
    assert rows[-1]["name"] == "资金拨付率"
    assert rows[-1]["level1"] == "产出指标"


def test_guard_reads_a_label_wrapped_above_its_row() -> None:
    """A 二级 label wrapped over two lines above a row (生态效 / 益), which the reading did not
    take: the 二级 carried down from the row above is stale and left out, its 一级 (the label's
    own family) kept; a 一级 label there (满意度 / 指标) leaves a 二级 of its family."""
    texts = [
        *["社会效益指标", "带动就业人数", "50人", "52人", "10.00"],  # lines 1-5: a row read
        *["生态效", "益"],  # lines 6-7: the next row's label, wrapped
        *["减少秸秆焚烧面积", "100亩", "120亩", "10.00"],  # lines 8-11: a row read
    ]
    rows = [_row(1, 5, "效益指标", "社会效益指标"), _row(8, 11, "效益指标", "社会效益指标")]
    assert labels_past_unread_values(rows, _lines(texts))
    assert rows[1]["level1"] == "效益指标" and rows[1]["level2"] is None

    first = [*texts[:5], "满意度", "指标", *texts[7:]]
    rows = [
        _row(1, 5, "满意度指标", "服务对象满意度指标"),
        _row(8, 11, "满意度指标", "服务对象满意度指标"),
    ]
    assert not labels_past_unread_values(rows, _lines(first))
    assert rows[1]["level2"] == "服务对象满意度指标"
