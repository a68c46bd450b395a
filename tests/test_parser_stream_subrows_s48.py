"""Sub-items printed a cell a line (PyMuPDF): rows of a 其中 item with no points between rows
of points, each row's quantity printed twice (its target and its actual) and read as the next
row's name and target where the rows are cut in order (generic._quantity_out_of_place;
session 48)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import _quantity_out_of_place
from tests.test_parser_pymupdf2_s39 import STREAM_HEAD

_TAIL = [
    "效益指标",
    "社会效益",
    "指标",
    "受益农户满意度",
    "≥90%",
    "95%",
    "20.00",
    "20.00",
    "总分",
    "100.00 100.00",
]

# an item's total with its points, then its parts (其中…) printing their quantities only
WITH_TARGETS = [
    "产出指标",
    "数量指标",
    "★补贴茶园改造面积",
    "18亩",
    "18亩",
    "40.00",
    "40.00",
    "其中新建茶园面积",
    "6亩",
    "6亩",
    "其中改良茶园面积",
    "8亩",
    "8亩",
    "其中低产茶园面积",
    "4亩",
    "4亩",
    "★补贴养蜂箱数",
    "60箱",
    "60箱",
    "40.00",
    "40.00",
    "其中中蜂箱数",
    "45箱",
    "45箱",
    "其中意蜂箱数",
    "15箱",
    "15箱",
]

# an item printing its points only, its parts their quantities only
POINTS_ONLY = [
    "产出指标",
    "数量指标",
    "★补贴果树种植面积",
    "40.00",
    "40.00",
    "柑橘种植面积",
    "3.5亩",
    "3.5亩",
    "★补贴家禽养殖数量",
    "40.00",
    "40.00",
    "鸭养殖数量",
    "300只",
    "300只",
    "鹅养殖数量",
    "120只",
    "120只",
]


def _rows(body: list[str]) -> list[tuple]:
    (form,) = parse_text("\n".join([*STREAM_HEAD, *body, *_TAIL]), "x.txt").forms
    return [
        (r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in form["indicators"]
    ]


def test_parts_printing_quantities_only_are_rows_of_their_own():
    assert _rows(WITH_TARGETS)[:7] == [
        ("★补贴茶园改造面积", "18亩", "18亩", 40.0, 40.0),
        ("其中新建茶园面积", "6亩", "6亩", None, None),
        ("其中改良茶园面积", "8亩", "8亩", None, None),
        ("其中低产茶园面积", "4亩", "4亩", None, None),
        ("★补贴养蜂箱数", "60箱", "60箱", 40.0, 40.0),
        ("其中中蜂箱数", "45箱", "45箱", None, None),
        ("其中意蜂箱数", "15箱", "15箱", None, None),
    ]


def test_parts_under_an_item_of_points_only_are_rows_of_their_own():
    assert _rows(POINTS_ONLY)[:5] == [
        ("★补贴果树种植面积", None, None, 40.0, 40.0),
        ("柑橘种植面积", "3.5亩", "3.5亩", None, None),
        ("★补贴家禽养殖数量", None, None, 40.0, 40.0),
        ("鸭养殖数量", "300只", "300只", None, None),
        ("鹅养殖数量", "120只", "120只", None, None),
    ]


def test_a_quantity_costs_as_a_name_only_before_itself_and_words():
    texts = ["5亩", "5亩", "其中大棚蔬菜", "1年", "1年", "1年", "10.00"]
    assert _quantity_out_of_place("name", texts, 0) > 0  # (5亩 | 5亩 | words: a target and actual)
    assert _quantity_out_of_place("target", texts, 0) == 0
    assert _quantity_out_of_place("name", texts, 2) == 0  # (words: a name)
    assert _quantity_out_of_place("name", texts, 3) == 0  # (1年 | 1年 | 1年: may be a name)
    assert _quantity_out_of_place("name", ["38.75万元", "38.75", "36.2"], 0) == 0
