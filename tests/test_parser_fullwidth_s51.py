"""Forms printed with full-width digits, signs, brackets and colons (session 51), on invented
forms: as some web pages and Word documents print them (１００％, 项目资金（万元）, 指标１：). Such
a text is made ASCII in those characters before any reading (text.half_width_numbers, called
first in parse_text), so that every reading (a cell a paragraph, the layout's columns, where one
character is one place) sees the text a print of ASCII digits gives, and reads what it reads."""

from __future__ import annotations

import json
import unicodedata

from pipelines.parser import parse_text
from pipelines.parser.text import half_width_numbers
from tests.test_parser_columns_s51 import plain_print

_FULL_WIDTH = str.maketrans(
    {**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％", ":": "：", "(": "（", ")": "）"}
)

_POINTS = ("10.00", "8.00", "10.00", "8.00", "12.00", "12.00")


def _read(text: str) -> dict:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    form = result.forms[0]
    # (values compared as the scorer does: NFKC, full-width and ASCII the same)
    return json.loads(
        unicodedata.normalize(
            "NFKC", json.dumps([form["indicators"], form["funds"]], ensure_ascii=False)
        )
    )


def test_full_width_print_reads_as_ascii_print():
    """The full-width print gives every value the ASCII print gives: the rows' 得分 too, which
    were left out when the cells were read before the digits were made ASCII (the lone figures
    after each row, １０．００, were no figures to the cell-a-paragraph reading)."""
    text = plain_print(_POINTS)  # (an invented form as plain pdftotext prints it)
    ascii_read = _read(text)
    assert [row["score"] for row in ascii_read[0]] == [10.0, 8.0, 10.0, 8.0, 12.0, 12.0]
    assert ascii_read[1][0]["score"] == 17.5
    assert _read(text.translate(_FULL_WIDTH)) == ascii_read


def test_brackets_and_colons_made_ascii_only_with_full_width_digits():
    """Brackets and colons are made ASCII only in a text that prints its digits full-width (a
    Chinese text's own （必填） and ： are left as printed elsewhere)."""
    assert half_width_numbers("指标１：完成率（％）") == "指标1:完成率(%)"
    assert half_width_numbers("２．８万元") == "2.8万元"
    assert half_width_numbers("时效指标（必填）：及时") == "时效指标（必填）：及时"
