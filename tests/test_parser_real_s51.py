"""Rules read from the real-world corpus in the fifty-first session, each on an invented form."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_web_rows_s51 import ROWS as WEB_ROWS
from tests.test_parser_web_rows_s51 import web_print

# A form printed as a web page's table comes out: one cell a line, each ending ` |`, each
# row opened by a line `|` and closed by a run of `|` (web_print). Its 其他资金 row prints a rate of
# 0 that its own amounts contradict (6.5 spent of 6.5), one cell in each of the header's six
# columns.
ROWS = [
    row if row[0] != "其他资金" else ["其他资金", "0", "6.5", "6.5", "——", "0", "——"]
    for row in WEB_ROWS
]
RATE_ZERO_FORM = web_print(ROWS)


def test_a_zero_rate_its_amounts_contradict_is_read_on_a_full_row():
    forms = parse_text(RATE_ZERO_FORM, source_file="t").contract_forms()
    assert len(forms) == 1
    funds = {row["line"]: row for row in forms[0]["funds"]}
    other = funds["其他资金"]
    assert (other["initial_budget"], other["annual_budget"], other["executed"]) == (0, 6.5, 6.5)
    assert other["execution_rate"] == 0.0
    assert funds["当年财政拨款"]["execution_rate"] == 100.0


def test_a_zero_rate_on_a_row_short_of_a_cell_stays_out():
    # the row's 年初 cell lost: which column each number stands in is in doubt
    rows = [
        row if row[0] != "其他资金" else ["其他资金", "6.5", "6.5", "——", "0", "——"] for row in ROWS
    ]
    text = web_print(rows)
    forms = parse_text(text, source_file="t").contract_forms()
    other = {row["line"]: row for row in forms[0]["funds"]}["其他资金"]
    assert other["execution_rate"] is None
