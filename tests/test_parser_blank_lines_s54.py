"""Blank lines lost or doubled in a form printed one cell a paragraph, on an invented form.

A web page's copy of a `pdftotext` (without -layout) print may give two line breaks for each
blank line between the cells' blocks: the blocks are as printed, only the runs between them
longer. Each run counts once when the text's shape is told (blocks._blank_between_cells), so
the copy is read as its print is, its wrapped cells joined.
"""

from __future__ import annotations

import re

from pipelines.parser import parse_text
from pipelines.parser.blocks import from_blocks
from tests.test_parser_blocks import printed


def _doubled(text: str) -> str:
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text)


def test_a_print_with_its_blank_lines_doubled_is_still_one_cell_a_paragraph():
    text = _doubled(printed())
    assert "服务中心长效运行机\n制\n\n\n" in text
    joined, _ = from_blocks(text)
    lines = joined.split("\n")
    assert "服务中心长效运行机制" in lines
    assert len(lines) == len(text.split("\n"))  # (line numbers still point into the text)


def test_a_print_with_its_blank_lines_doubled_reads_as_its_print():
    (once,) = parse_text(printed(), "x.txt").forms
    (twice,) = parse_text(_doubled(printed()), "x.txt").forms
    rows = {r["name"]: r["target"] for r in twice["indicators"]}
    assert rows["服务中心长效运行机制"] == "持续运行"
    assert _values(twice["indicators"]) == _values(once["indicators"])
    assert _values(twice["funds"]) == _values(once["funds"])


def _values(rows: list[dict]) -> list[dict]:
    """The rows' values without their line numbers (each blank line doubled moves them)."""
    return [{k: v for k, v in row.items() if not k.startswith("line_")} for row in rows]
