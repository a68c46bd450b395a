"""Group labels wrapped in their merged cells in a line print (pdfplumber's extract_text) whose
cells stand in the middle of their rows, made whole by their two columns (label_columns). An
invented form: a 一级 label's head opens a row's whole line (产出指 … 20.00 20.00) with its 标 on
the next line before the 二级's head (标 质量指); a 二级 label over two rows' lines; a row's name
wrapped around its values' line whose rest (数) follows the two labels' pieces on its line."""

from pipelines.parser import parse_text
from pipelines.parser.label_columns import whole_labels_by_columns

HEAD = """项目支出绩效自评表
(2023年度)
项目名称 街道社区服务提升
主管部门 某区民政局 实施单位 某街道办事处
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 50.00 50.00 48.00 10.00 96.00% 9.60
项目资金
当年财政拨款 50.00 50.00 48.00 96.00%
(万元)
上年结转资金
其他资金
年度总体 预期目标 实际完成情况
目标 完成社区服务提升 已完成社区服务提升
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
"""

TABLE = """数量指 社区文体活动开展
≥20场 24场 20.00 20.00
标 场次
产出指 志愿服务时长达标率 ≥90% 95% 20.00 20.00
标 质量指
设施完好率 100% 100% 10.00 10.00
标
活动记录归档率 100% 100% 10.00 10.00
经济效 社区服务带动就业
≥5人 6人 10.00 10.00
效益指 益指标 数
标 社会效
居民参与率 ≥60% 70% 10.00 10.00
益指标
满意度指 服务对象满 居民满意度 ≥90% 96% 10.00 9.60
标 意度指标
总分 100.00 99.20
"""

KEYS = ("level1", "level2", "name", "target", "actual", "weight", "score")


def _rows(text: str) -> list[tuple]:
    result = parse_text(text, "x.txt")
    assert len(result.forms) == 1
    return [tuple(row[k] for k in KEYS) for row in result.forms[0]["indicators"]]


def test_labels_wrapped_in_their_columns_are_made_whole():
    assert _rows(HEAD + TABLE) == [
        ("产出指标", "数量指标", "社区文体活动开展场次", "≥20场", "24场", 20.0, 20.0),
        # (its line opened by the 一级's head: read, no longer taken for its name)
        ("产出指标", "质量指标", "志愿服务时长达标率", "≥90%", "95%", 20.0, 20.0),
        ("产出指标", "质量指标", "设施完好率", "100%", "100%", 10.0, 10.0),
        ("产出指标", "质量指标", "活动记录归档率", "100%", "100%", 10.0, 10.0),
        # (数 after the labels' pieces is the name's rest: joined, not cut off)
        ("效益指标", "经济效益指标", "社区服务带动就业数", "≥5人", "6人", 10.0, 10.0),
        ("效益指标", "社会效益指标", "居民参与率", "≥60%", "70%", 10.0, 10.0),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "96%", 10.0, 9.6),
    ]


def _table_lines(table: str) -> tuple[list[str], int]:
    lines = (HEAD + table).split("\n")
    return lines, next(k for k, line in enumerate(lines) if line.startswith("三级指标"))


def test_labels_joined_in_the_lines_with_their_last_pieces_kept():
    lines, start = _table_lines(TABLE)
    tails: dict[tuple[int, str], int] = {}
    spread: dict[int, tuple[int, int]] = {}
    joined, gone = whole_labels_by_columns(lines, start, tails, spread)
    first = start + 2  # (the header's own 标 标 under it is no label's)
    assert lines[first : first + 16] == [
        "数量指标 社区文体活动开展",
        "≥20场 24场 20.00 20.00",
        "场次",
        "产出指标 志愿服务时长达标率 ≥90% 95% 20.00 20.00",
        "质量指标",
        "设施完好率 100% 100% 10.00 10.00",
        "",
        "活动记录归档率 100% 100% 10.00 10.00",
        "经济效益指标",
        "社区服务带动就业数 ≥5人 6人 10.00 10.00",
        "效益指标",
        "社会效益指标",
        "居民参与率 ≥60% 70% 10.00 10.00",
        "",
        "满意度指标 服务对象满意度指标 居民满意度 ≥90% 96% 10.00 9.60",
        "",
    ]
    # (each label keyed by its line to its last piece's, numbered from 1: it stands in the
    # middle of the two; the name joined keyed by its values' line to its first and last)
    assert tails == {
        (first + 1, "数量指标"): first + 3,
        (first + 4, "产出指标"): first + 5,
        (first + 5, "质量指标"): first + 7,
        (first + 9, "经济效益指标"): first + 11,
        (first + 11, "效益指标"): first + 12,
        (first + 12, "社会效益指标"): first + 14,
        (first + 15, "满意度指标"): first + 16,
        (first + 15, "服务对象满意度指标"): first + 16,
    }
    assert spread == {first + 10: (first + 9, first + 11)}
    assert gone == {first + 6, first + 13, first + 15}
    assert joined == sorted(line for line, _ in tails)


def test_a_tail_beside_other_cells_words_leaves_the_labels_as_printed():
    # (标 益指标 before the rest of a name and of a target wrapped beside them: where those
    # words stand after the tails is all that tells their columns)
    table = TABLE.replace("益指标\n满意度指", "益指标 和 活动\n满意度指")
    lines, start = _table_lines(table)
    before = list(lines)
    assert whole_labels_by_columns(lines, start, {}, {}) == ([], set())
    assert lines == before


def test_a_label_piece_left_after_the_labels_and_no_name_to_end_leaves_them():
    # (数 after the labels' pieces, the line above it no values' line of a target and an
    # actual: a name's piece that would be read as a label's, nothing joined)
    table = TABLE.replace("≥5人 6人 10.00 10.00", "带动 ≥5人 6人 10.00 10.00")
    lines, start = _table_lines(table)
    before = list(lines)
    assert whole_labels_by_columns(lines, start, {}, {}) == ([], set())
    assert lines == before


def test_pieces_placed_two_ways_leave_the_labels_as_printed():
    # (a 一级 and a 二级 both 满意度指 / 标 on lines one after another: which 标 ends which
    # label is not known, the two ways print them on other lines)
    table = TABLE.replace(
        "满意度指 服务对象满 居民满意度 ≥90% 96% 10.00 9.60\n标 意度指标\n",
        "服务对象\n满意度指 居民满意度 ≥90% 96% 10.00 9.60\n满意度指\n标\n标\n",
    )
    lines, start = _table_lines(table)
    before = list(lines)
    assert whole_labels_by_columns(lines, start, {}, {}) == ([], set())
    assert lines == before


def test_a_label_cut_off_at_the_texts_end_leaves_the_labels_as_printed():
    # (the text ends inside the table, a label's head its last line: its rest is on a page not
    # printed, so how its pieces and the others' were placed is not known)
    table = TABLE[: TABLE.index("满意度指 服务对象满")] + "服务对\n"
    lines, start = _table_lines(table)
    before = list(lines)
    assert whole_labels_by_columns(lines, start, {}, {}) == ([], set())
    assert lines == before
