"""An indicator header cut short by the first row's cells (pdftotext without -layout prints a
page's text blocks out of reading order: 三级指标 | 年度指标值 | the first row's name and target |
实际完成值 | 分值 | 得分 | that row's numbers | 偏差原因分析及改进措施), on an invented form: the
header's other words are found past the row's cells, the rows after them are read, and the cut
row's cells are left out (generic._header_resumed)."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "档案数字化加工经费",
    "主管部门",
    "某区房屋管理局",
    "实施单位",
    "某区房地产档案中心",
]
CUT = [
    "三级指标",
    "年度指标值",
    "影像扫描页数",
    "=30.00(万页)",
    "实际完成值",
    "分值",
    "得分",
    "30.00(万页)",
    "20.00",
    "20.00",
    "偏差原因分析及改进措施",
]
ROWS = [
    "档案寄存卷数",
    "=3.00(万卷)",
    "3.00(万卷)",
    "30.00",
    "30.00",
    "加工验收合格率",
    "=100.00(%)",
    "100.00(%)",
    "40.00",
    "38.00",
    "返工两批,已加强质检。",
    "总分",
    "100.00",
    "98.00",
]


def _form(cells: list[str]) -> dict:
    (form,) = parse_text("\n\n".join([*HEAD, *cells]), "x.txt").forms
    return form


def test_rows_after_a_header_cut_short_are_read():
    rows = {row["name"]: row for row in _form([*CUT, *ROWS])["indicators"]}
    row = rows["加工验收合格率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "=100.00(%)",
        "100.00(%)",
        40,
        38,
    )
    assert row["deviation"] == "返工两批,已加强质检。"
    assert rows["档案寄存卷数"]["actual"] == "3.00(万卷)"
    # the row printed among the header's cells is not read (its cells' order is not known)
    assert "影像扫描页数" not in rows


def test_a_header_wrapped_in_pieces_with_no_number_among_them_is_not_resumed():
    # the header's words broken among a name's piece and no number: not a row cut into it
    cut = [c for c in CUT if c not in ("=30.00(万页)", "30.00(万页)", "20.00")]
    names = [row["name"] for row in _form([*cut, *ROWS])["indicators"]]
    assert "档案寄存卷数" not in names
