"""The forty-fifth session's speed gates: each cheap test asked before a call must let through
every line the call would act on. Each test below compares a gated function with the plain
reading it replaced (written out here) on invented texts built to meet every branch, and fails
where the gate skips a line, a block or a span the call would have acted on."""

from __future__ import annotations

import random
import re
from bisect import bisect_left, bisect_right

from pipelines.parser import _form_lines
from pipelines.parser.blocks import _not_cells, _two_numbers, _wide, from_blocks
from pipelines.parser.guards import _NUMBER_OF, a_row_line_without_columns
from pipelines.parser.indicators import _labels_only, is_table_header
from pipelines.parser.labels import LabelState
from pipelines.parser.segment import is_title
from pipelines.parser.text import is_page_marker, is_page_number_between_rows, split_lines

# the digit search _not_cells asked before a line's numbers (dropped in session 46: a number
# holds a character of it, so the numbers alone tell the same)
_DIGITISH = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf\U0001f100-\U0001f10a]"
)


def _not_cells_by_blocks(lines: list[str]) -> bool:
    """_not_cells as it read before: over the indexes of the lines of more than white space."""
    at = [i for i, line in enumerate(lines) if line and not line.isspace()]
    filled = len(at)
    gaps = wide = numbers = 0
    for i in at:
        line = lines[i]
        if "   " in line and "   " in line.strip():
            gaps += 1
        if len(line) > 30 and _wide(line):
            wide += 1
        words = line.split()
        if len(words) >= 2 and _DIGITISH.search(line) and _two_numbers(words):
            numbers += 1
    return max(gaps, wide, numbers) * 10 > filled


def test_not_cells_counts_the_lines_of_more_than_white_space_only() -> None:
    # (lines of white space only, as many as the filled ones, would halve the tenth if counted:
    # one number line in nine filled lines passes it only where they are left out)
    cells = ["某某单位项目管理", "完成率 95 96", "质量达标", "服务对象满意", "年度目标", "产出数量"]
    cells += ["项目实施", "资金到位", "按时完成"]
    lines = []
    for cell in cells:
        lines += [cell, "   ", ""]
    assert _not_cells_by_blocks(lines)
    filled = len(lines) - lines.count("") - sum(map(str.isspace, lines))
    assert _not_cells(lines, filled)
    rng = random.Random(45)
    shapes = ["", "  ", "\u3000", "单元格文字", "提升 达标 8 8", "a   b", "长" * 40, "x 1 2 3"]
    for _ in range(300):
        lines = [rng.choice(shapes) for _ in range(rng.randint(1, 40))]
        filled = len(lines) - lines.count("") - sum(map(str.isspace, lines))
        assert _not_cells(lines, filled) == _not_cells_by_blocks(lines), lines


def test_from_blocks_counts_no_line_of_white_space_among_the_blocks_lines() -> None:
    # (two lines of a row's numbers in 15 filled lines pass the tenth; with the 14 lines of
    # white space counted they would not, and the wrapped cell would be joined)
    paragraphs = [f"第{k}项指标内容" for k in range(12)] + ["完成率 95 96", "满意度 90 92"]
    paragraphs[5] = "项目资金使用\n合规性较好"
    assert from_blocks("\n\n   \n\n".join(paragraphs)) is None
    assert from_blocks("\n\n".join([*paragraphs[:12], "完成率", "满意度"])) is not None


def test_from_blocks_still_joins_a_wrapped_cell_after_its_shape_test() -> None:
    # (a cell a paragraph: the lines' indexes gathered after _not_cells lets the text through)
    paragraphs = [f"第{k}项指标内容" for k in range(14)]
    paragraphs[5] = "项目资金使用\n合规性较好"
    joined = from_blocks("\n\n".join(paragraphs))
    assert joined is not None
    text, notes = joined
    assert "项目资金使用合规性较好" in text
    assert notes and notes[0][2] == "2 lines joined as one wrapped cell"


def _form_lines_every_line(segment: list) -> list:
    """_form_lines as it read before: every line asked the page-break tests."""
    title = segment[0].compact if is_title(segment[0]) else None
    return [
        segment[0],
        *(
            line
            for k, line in enumerate(segment[1:], 1)
            if not is_page_marker(line)
            and not (
                title
                and "自评" in line.compact
                and is_title(line)
                and title.startswith(line.compact)
            )
            and not is_page_number_between_rows(segment, k)
        ),
    ]


def test_form_lines_leaves_out_every_page_break_it_did() -> None:
    text = "\n".join(
        [
            "项目支出绩效自评表",
            "项目名称\t某某街道环境整治项目（一个比页码长得多的名称）",
            "",
            "第 1 页 共 3 页",
            "- 2 -",
            "2/3",
            "续表",
            "（续表）",
            "Page 3 of 4",
            "项目支出绩效自评表",
            "产出指标\t数量指标\t整治面积\t≥100亩\t120亩\t10\t10\t",
            "12",
            "产出指标\t质量指标\t验收合格率\t100%\t100%\t10\t10\t",
            "   ",
            "第一个指标的说明文字，长于任何页码的一行字",
            "服务对象满意度",
            "95",
        ]
    )
    segment = split_lines(text)
    kept = _form_lines(segment)
    assert kept == _form_lines_every_line(segment)
    left_out = {line.no for line in segment} - {line.no for line in kept}
    assert left_out == {4, 5, 6, 7, 8, 9, 10, 12}  # (the markers, the title again, the number)


def test_a_table_header_holds_its_levels_word() -> None:
    # (parse_space and parse_tab ask a line for 级指标 before calling is_table_header)
    for text in [
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
        "一级指标\t二级指标\t三级指标",
        "三级指标",
        "绩效指标 一级指标 二级指标",
        "一级指标 指标 二级指标",
    ]:
        (line,) = split_lines(text)
        assert is_table_header(line) and "级指标" in line.compact
    for text in ["指标名称 指标值", "一级指标", "二级指标 分值"]:
        (line,) = split_lines(text)
        assert not is_table_header(line)


def test_a_line_of_no_kind_is_never_labels_only() -> None:
    # (parse_space asks a line's kind before calling _labels_only)
    state = LabelState()
    state.apply(["产出"])  # (a label waiting for its tail)
    assert _labels_only("tail", state)
    assert not _labels_only(None, state)
    assert not _labels_only(None, LabelState())


def _loose_in_a_span(rows: list[dict], lines: list) -> bool:
    """a_row_line_without_columns as it read before: every loose line gathered, then the
    spans asked."""
    spans = []
    for row in rows:
        first, last = row.get("line_start"), row.get("line_end")
        first = last if first is None else first
        last = first if last is None else last
        if first is not None:
            spans.append((first, last))
    if not spans:
        return False
    low, high = min(s for s, _ in spans), max(e for _, e in spans)
    window = lines[
        bisect_left(lines, low, key=_NUMBER_OF) : bisect_right(lines, high, key=_NUMBER_OF)
    ]
    loose = {line.no for line in window if not (line.blank or line.columns)}
    return any(not loose.isdisjoint(range(first, last + 1)) for first, last in spans)


def test_a_row_line_without_columns_finds_the_loose_line_of_any_span() -> None:
    rng = random.Random(4545)
    shapes = ["", "甲\t乙\t10\t10", "甲  乙  10  10", "服务对象满意度", "满意 95% 96% 5 5"]
    for _ in range(400):
        lines = split_lines("\n".join(rng.choice(shapes) for _ in range(rng.randint(1, 30))))
        rows = []
        for _ in range(rng.randint(0, 5)):
            first = rng.choice([None, rng.randint(1, len(lines))])
            last = rng.choice([None, first, rng.randint(1, len(lines))])
            if first is not None and last is not None and last < first:
                first, last = last, first
            rows.append({"line_start": first, "line_end": last})
        assert a_row_line_without_columns(rows, lines) == _loose_in_a_span(rows, lines)
    # (a loose line inside the second row's span only, after a first row in columns)
    lines = split_lines("甲\t乙\t10\t10\n\n服务对象满意度\n满意\t95%\t96%\t5\t5\n未达原因说明")
    rows = [{"line_start": 1, "line_end": 1}, {"line_start": 3, "line_end": 4}]
    assert a_row_line_without_columns(rows, lines)
    assert not a_row_line_without_columns(rows[:1], lines)
