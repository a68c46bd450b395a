"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), on invented forms
(session 38)."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_layout import FORM_HEAD, MONEY, OFF_ROWS, print_table

SATISFACTION = ("满意度指标", "服务对象满意度", "居民满意度", "≥90%", "93%", "10", "10", "")


def test_a_second_level_label_printed_without_its_zhibiao_is_read_as_printed():
    # 服务对象满意度 printed whole in its column without its 指标: a known 二级 label all the
    # same, given as printed (not completed to 服务对象满意度指标, words the form does not print)
    rows = [*OFF_ROWS, SATISFACTION]
    table = print_table(rows)
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *table]), "x.txt").forms
    assert form["reader"] == "layout"
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == [r[:2] for r in rows]
