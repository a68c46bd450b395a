"""A table laid out in columns (pdftotext -layout) whose lines were stripped of their indents
(a layout print posted to a web page): a name wrapped one piece above its values' line and one
under it no longer says which column or row its pieces are of, and the readers joined them to
the wrong rows. A row read over such a piece has its name left out, its values kept; a row on
one line keeps its name, and so does a row whose one-piece line is its reason's tail
(flush_rows.names_over_flush_pieces). Invented form."""

from pipelines.parser import parse_text
from pipelines.parser.flush_rows import names_over_flush_pieces
from pipelines.parser.text import split_lines
from pipelines.parser.widthless_head import FLUSH

_HEAD = [
    "                                项目支出绩效自评表",
    "                                          (2023年度)",
    "",
    "       项目名称                                        社区养老服务站点建设",
    "       主管部门           某某区民政局                    实施单位              某某区养老服务中心",
    "                    年初预算数           全年预算数            全年执行数          分值          执行率        得分",
    "        年度资金总额          400000.00      400000.00      400000.00        10.00     100.00%    10.00",
    "        当年财政拨款          400000.00      400000.00      400000.00",
    "",
]
_TABLE = [
    "一级指标    二级指标       三级指标               年度指标值                 实际完成值          分值      得分       偏差原因分析及改进措施",
    "               新建社区养老服务站点                完成                 达成指标           20.00   20.00",
    "               开展老年人健康知识讲座",
    "               和义诊咨询服务场次                 达标                 达成指标           20.00   20.00",
    "        数量指标",
    "产出指标",
    "               站点建设完成及时率                 及时                 部分达成           20.00   18.00    部分站点施工延期，后续将加强",
    "        时效指标",
    "                                                                                            进度管理。",
    "               老年人服务覆盖率提升                提升                 达成指标           20.00   20.00",
    "          总分                                                               80.00   78.00",
]
_LAYOUT = "\n".join(_HEAD + _TABLE)


def _stripped(text: str) -> str:
    return "\n".join(line.strip() for line in text.split("\n"))


def _rows(text: str) -> list[dict]:
    forms = parse_text(text, source_file="flush_rows.txt").forms
    assert len(forms) == 1
    return forms[0]["indicators"]


def test_a_name_run_on_a_piece_of_the_next_row_is_left_out_in_a_stripped_print():
    rows = _rows(_stripped(_LAYOUT))
    # (the first row read over the next row's head piece: its name is left out, not run on)
    assert [r["name"] for r in rows] == [
        None,
        "和义诊咨询服务场次",
        "站点建设完成及时率",
        "老年人服务覆盖率提升",
    ]
    assert (rows[0]["target"], rows[0]["actual"], rows[0]["weight"], rows[0]["score"]) == (
        "完成",
        "达成指标",
        20.0,
        20.0,
    )
    # (a reason's tail under its line is no name's piece: the row keeps its name and reason)
    assert rows[2]["deviation"] == "部分站点施工延期，后续将加强进度管理。"
    assert any("stripped of its indents" in w for w in _warnings(_stripped(_LAYOUT)))


def _warnings(text: str) -> list[str]:
    return parse_text(text, source_file="flush_rows.txt").forms[0].get("warnings", [])


_FLUSH_ROWS = [
    "一级指标    二级指标       三级指标               年度指标值                 实际完成值          分值      得分",
    "社区助餐点覆盖率提升                提升                 达成指标           20.00   20.00",
    "老年人助餐服务开展",
    "数量指标",
    "=12(次)                 12(次)           20.00   20.00",
    "及时率",
    "送餐上门服务及时率             及时                 达成指标           20.00   20.00",
]


def _guarded(flush: bool, tabbed: bool = False) -> tuple[list[str], list[dict]]:
    text = "\n".join(_FLUSH_ROWS)
    if tabbed:
        text = text.replace("   ", "\t")
    rows = [
        {"name": "社区助餐点覆盖率提升", "line_start": 2, "line_end": 2, "weight": 20.0},
        {"name": "老年人助餐服务开展及时率", "line_start": 3, "line_end": 6, "weight": 20.0},
        {"name": "送餐上门服务及时率", "line_start": 7, "line_end": 7, "weight": 20.0},
    ]
    token = FLUSH.set(flush)
    try:
        said = names_over_flush_pieces(rows, split_lines(text))
    finally:
        FLUSH.reset(token)
    return said, rows


def test_a_row_over_a_lone_piece_of_a_flush_print_loses_its_name_alone():
    said, rows = _guarded(True)
    assert [r["name"] for r in rows] == ["社区助餐点覆盖率提升", None, "送餐上门服务及时率"]
    assert [r["weight"] for r in rows] == [20.0, 20.0, 20.0]
    assert len(said) == 1 and "老年人助餐服务开展及时率" in said[0]


def test_an_indented_or_tabbed_print_is_left_as_read():
    for said, rows in (_guarded(False), _guarded(True, tabbed=True)):
        assert said == []
        assert rows[1]["name"] == "老年人助餐服务开展及时率"


def test_a_name_or_target_joined_from_pieces_on_a_one_line_row_is_left_out():
    text = "\n".join(_FLUSH_ROWS)
    rows = [
        # (read from line 2 with the next line's piece run on its name and on its target)
        {
            "name": "社区助餐点覆盖率提升老年人助餐服务开展",
            "target": "提升老年人助餐服务开展",
            "actual": "达成指标",
            "line_start": 2,
            "line_end": 2,
        },
        {
            "name": "送餐上门服务及时率",
            "target": "及时",
            "actual": None,
            "line_start": 7,
            "line_end": 7,
        },
    ]
    token = FLUSH.set(True)
    try:
        said = names_over_flush_pieces(rows, split_lines(text))
    finally:
        FLUSH.reset(token)
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        (None, None, "达成指标"),
        ("送餐上门服务及时率", "及时", None),
    ]
    assert len(said) == 2
