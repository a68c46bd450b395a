"""Labels letter-spaced in a table laid out in columns (pdftotext -layout). A PDF that spreads a
label over its cell's width prints its characters apart with the cells after it in their places:
joined, the label keeps that width. An extraction or a web page that letter-spaces the labels
itself pushes the cells after each label to the right instead: the header's 分值 and 得分 stand
over the columns right of theirs (the actual under 分值, the weight under 实际完成值), a row whose
level labels are spread has its values out of the other rows' columns. Which way a print spread
its labels, the lines near them show (spaced_labels._spaces_pushed): the values of a row with
spread labels fall in the other rows' columns, the header's labels each over one column of
values, only one way. Invented form."""

from __future__ import annotations

import re

import pytest

from pipelines.parser import parse_text
from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import is_label

# (the column each cell of a line starts at, and the cell)
_LINES: list[list[tuple[int, str]]] = [
    [(30, "项目支出绩效自评表")],
    [(33, "(2023年度)")],
    [],
    [(4, "项目名称"), (38, "社区图书馆阅读推广")],
    [(4, "主管部门"), (24, "某某区文化旅游局"), (52, "实施单位"), (72, "某某区图书馆")],
    [
        (0, "项目资金(万元)"),
        (20, "年初预算数"),
        (36, "全年预算数"),
        (52, "全年执行数"),
        (68, "分值"),
        (78, "执行率"),
        (90, "得分"),
    ],
    [
        (6, "年度资金总额"),
        (22, "20.00"),
        (38, "20.00"),
        (54, "19.00"),
        (68, "10.00"),
        (78, "95.00%"),
        (90, "9.50"),
    ],
    [],
    [
        (0, "一级指标"),
        (10, "二级指标"),
        (24, "三级指标"),
        (46, "年度指标值"),
        (62, "实际完成值"),
        (78, "分值"),
        (88, "得分"),
        (98, "偏差原因分析及改进措施"),
    ],
    [
        (0, "产出指标"),
        (10, "数量指标"),
        (24, "举办阅读推广活动场次"),
        (46, "12场"),
        (62, "11场"),
        (78, "20.00"),
        (88, "18.00"),
        (98, "场地检修停办一场"),
    ],
    [(24, "新增图书册数"), (46, "2000册"), (78, "15.00"), (88, "15.00")],
    [(24, "借阅服务开放天数"), (46, "300天"), (62, "306天"), (78, "15.00"), (88, "15.00")],
    [
        (10, "质量指标"),
        (24, "图书编目准确率"),
        (46, "98%"),
        (62, "99%"),
        (78, "10.00"),
        (88, "10.00"),
    ],
    [(24, "活动参与人数达标率"), (46, "95%"), (62, "96%"), (88, "10.00")],
    [
        (0, "效益指标"),
        (10, "社会效益指标"),
        (24, "居民阅读率"),
        (46, "提升"),
        (62, "提升"),
        (78, "20.00"),
        (88, "19.00"),
    ],
    [(24, "读者满意度"), (46, "90%"), (62, "92%"), (78, "10.00"), (88, "10.00")],
    [(0, "总分"), (78, "100.00"), (88, "97.00")],
]
_WORD = re.compile(r"(?<!\S)[\u4e00-\u9fff()]{2,10}(?!\S)")


def _laid_out(lines: list[list[tuple[int, str]]]) -> str:
    """The lines with each cell at its column."""
    out = []
    for cells in lines:
        line = ""
        for at, cell in cells:
            line = line.ljust(at if line == "" else max(at, len(line) + 2)) + cell
        out.append(line)
    return "\n".join(out) + "\n"


def _labelled(word: str) -> bool:
    return vocab.is_any_label(word) or is_label(word)


def _pushed(text: str, gap: str) -> str:
    """Every whole label spread with ``gap`` between its characters, the cells after it pushed
    to the right (a web page's letter-spacing)."""
    return _WORD.sub(lambda m: gap.join(m[0]) if _labelled(m[0]) else m[0], text)


def _in_width(text: str) -> str:
    """Every whole label spread over the spaces after it (a PDF's distributed alignment), the
    cells after it in their places, where two spaces are left after it."""

    def spread(m: re.Match) -> str:
        word, after = m[1], m[2]
        wider = len(word) - 1
        if not _labelled(word) or len(after) < wider + 2:
            return m[0]
        return " ".join(word) + after[wider:]

    return re.sub(r"(?<!\S)([\u4e00-\u9fff()]{2,10})(?!\S)( *)", spread, text)


def _rows(text: str) -> list[dict]:
    form = parse_text(text, "f.txt").contract_forms()[0]
    keys = ("level1", "level2", "name", "target", "actual", "weight", "score")
    return [{k: row.get(k) for k in keys} for row in form["indicators"]]


def test_the_invented_form_reads_whole_as_printed():
    rows = _rows(_laid_out(_LINES))
    assert len(rows) == 7
    assert rows[0] == {
        "level1": "产出指标",
        "level2": "数量指标",
        "name": "举办阅读推广活动场次",
        "target": "12场",
        "actual": "11场",
        "weight": 20.0,
        "score": 18.0,
    }


@pytest.mark.parametrize("gap", [" ", "  "], ids=["one", "two"])
def test_labels_spread_with_their_cells_pushed_are_joined_tight(gap):
    text = _pushed(_laid_out(_LINES), gap)
    assert f"一{gap}级{gap}指{gap}标" in text and f"分{gap}值" in text
    assert _rows(text) == _rows(_laid_out(_LINES))


def test_labels_spread_over_their_width_keep_it():
    text = _in_width(_laid_out(_LINES))
    assert "一 级 指 标" in text and "分 值" in text
    assert _rows(text) == _rows(_laid_out(_LINES))


def test_a_header_alone_spread_and_pushed_is_joined_tight():
    # (no row prints a level label, no 总分 line: the header's labels over the values' columns
    # alone say it, 分值 over the scores, 实际完成值 over the actuals and the weights)
    lines = [
        [cell for cell in line if cell[0] >= 24 or not cell[1].endswith("指标")] for line in _LINES
    ]
    lines[8] = _LINES[8]
    lines = lines[:-1]
    text = _pushed(_laid_out(lines), " ")
    assert [(r["actual"], r["weight"], r["score"]) for r in _rows(text)] == [
        (r["actual"], r["weight"], r["score"]) for r in _rows(_laid_out(lines))
    ]
