"""Wrong values the other PDF tools' texts led to (pdftotext without -layout, pdfplumber,
PyMuPDF), each removed by reading the structure that made it (session 43): small invented forms,
none copied from a corpus."""

from __future__ import annotations

from pipelines.parser.script import drop_values_cut_before_gloss


def _form(**row) -> dict:
    return {"indicators": [row], "warnings": []}


# a mirror's text one cell a line (pdftotext without -layout): the 二级 label 產出數量 in a column a
# character or two wide, 產(chǎn) / 出數(shù) / 量, its pieces among the row's cells; the row
# read across them took 產 into its name, the middle piece as its target and the next row's name
# as its actual
_ACROSS = "古橋巡查覆蓋率\n產(chǎn)\n出數(shù)\n文物修繕進(jìn)度\n量\n"


def test_a_row_read_across_a_narrow_cell_keeps_neither_name_nor_actual():
    form = _form(name="古橋巡查覆蓋率產", target="出數(shù)", actual="文物修繕進(jìn)度")
    drop_values_cut_before_gloss(form, _ACROSS)
    row = form["indicators"][0]
    assert row["target"] is None  # (the middle piece: left out before)
    assert row["actual"] is None
    assert row["name"] is None


def test_a_row_whose_target_is_no_middle_keeps_its_actual():
    # (the same cells, the target a value of its own: nothing was read across)
    form = _form(name="古橋巡查覆蓋率產", target="100%", actual="文物修繕進(jìn)度")
    drop_values_cut_before_gloss(form, _ACROSS)
    row = form["indicators"][0]
    assert row["actual"] == "文物修繕進(jìn)度"
    assert row["target"] == "100%"


def test_a_name_not_ending_in_the_head_is_kept():
    # (the row read across the cell, its name whole before the head's line)
    form = _form(name="古橋巡查覆蓋率", target="出數(shù)", actual="文物修繕進(jìn)度")
    drop_values_cut_before_gloss(form, _ACROSS)
    row = form["indicators"][0]
    assert row["name"] == "古橋巡查覆蓋率"
    assert row["actual"] is None
