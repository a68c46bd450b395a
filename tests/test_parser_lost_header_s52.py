"""A money header that lost a label (年初预算数 dropped or blanked): its rows print one amount
more than the header has amount columns, and were read a column off (当年财政拨款 30 30 24 |
80% read 全年 30, 执行 30). The row's own arithmetic, rate = executed / budget, tells: where
two other amounts it prints give its rate, its amounts are left out. Invented forms
(scripts/lost_cell_forms.py)."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from scripts.lost_cell_forms import FORMS
from scripts.probes import ROW_PRINTS

FIELDS = ("initial_budget", "annual_budget", "executed", "execution_rate")


def _funds(rows: list[list[str]], printed: str) -> dict[str, tuple]:
    (form,) = parse_text(ROW_PRINTS[printed](rows), source_file="t").contract_forms()
    return {row["line"]: tuple(row[f] for f in FIELDS) for row in form["funds"]}


def _header_without_initial(blank: bool) -> list[list[str]]:
    rows = [list(row) for row in FORMS["b"]]
    header = next(row for row in rows if row[0].startswith("项目资金"))
    if blank:
        header[1] = ""
    else:
        del header[1]
    return rows


@pytest.mark.parametrize("printed", ["tab", "web", "md", "space"])
@pytest.mark.parametrize("blank", [False, True], ids=["dropped", "blanked"])
def test_rows_under_a_header_that_lost_a_label_are_not_read_a_column_off(printed, blank):
    funds = _funds(_header_without_initial(blank), printed)
    for line, right in (("当年财政拨款", (30, 30, 24, 80)), ("上年结转资金", (10, 6, 3, 50))):
        for got, want in zip(funds[line], right, strict=True):
            assert got is None or got == want, (line, funds[line])


@pytest.mark.parametrize("printed", ["tab", "web"])
def test_a_rate_no_two_amounts_give_is_kept_with_its_amounts(printed):
    # the form's own misprint (1.8 1.8 | 0%): no other reading of its amounts gives 0%
    rows = [
        ["其中:当年财政拨款", "0", "1.8", "1.8", "", "0%", ""] if r[0].endswith("财政拨款") else r
        for r in FORMS["b"]
    ]
    assert _funds(rows, printed)["当年财政拨款"] == (0, 1.8, 1.8, 0)


@pytest.mark.parametrize("printed", ["tab", "web"])
def test_a_rate_printed_rounded_up_beside_two_equal_budgets_is_kept_with_its_amounts(printed):
    # 40 40 39.7 | 100%: 39.7 / 40 is 99.25%, and the two equal budgets alone give 100%, as any
    # 年初 and 全年 budget alike do; no lost column is told by them
    total = ["年度资金总额", "40", "40", "39.7", "10", "100%", "10"]
    rows = [total if r[0] == "年度资金总额" else r for r in FORMS["b"]]
    assert _funds(rows, printed)["年度资金总额"][:3] == (40, 40, 39.7)


@pytest.mark.parametrize("printed", ["tab", "web"])
def test_a_rate_of_the_executed_against_the_initial_budget_is_kept_with_its_amounts(printed):
    # 40 36 27 | 67.5%: 27 / 40, the form rating against its 年初 budget, both amounts read as
    # amounts: no column was lost
    total = ["年度资金总额", "40", "36", "27", "10", "67.5%", "6.75"]
    rows = [total if r[0] == "年度资金总额" else r for r in FORMS["b"]]
    assert _funds(rows, printed)["年度资金总额"][:3] == (40, 36, 27)
