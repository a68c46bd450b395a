"""Wrong values the perturbation probe finds over the printed corpus (scripts/probes.py perturb
--printed TOOL|all: the gold forms as PDF tools print them, then printed as other extractions
would), and the probe's option itself. Invented forms."""

from pathlib import Path

from pipelines.parser import parse_text
from scripts import probes
from tests.test_parser_miner2_s37 import FORM as MINER_FORM


def test_the_perturb_probe_reads_one_tool_s_printed_corpus_scored_by_the_same_code(capsys):
    pairs = probes.cases("pymupdf")
    assert pairs and all(
        path.parent == Path(probes.ROOT, "tests/fixtures/printed/pymupdf") for path, _ in pairs
    )
    assert all(isinstance(gold, list) and gold for _, gold in pairs)
    # one printed text, untouched and with CRLF line ends: scored by the probe's own pairing
    wrong = probes._perturb_texts(pairs[:1], {"crlf": probes.TRANSFORMS["crlf"]}, 5)
    out = capsys.readouterr().out
    assert out.startswith("untouched: ") and "crlf" in out and wrong == 0


def _values(text: str) -> list[dict]:
    forms = parse_text(text, "x.txt").contract_forms()
    return [{k: v for k, v in f.items() if k not in ("warnings", "reading")} for f in forms]


def test_a_text_a_cell_a_paragraph_with_crlf_line_ends_reads_as_with_newlines():
    # pdfminer's print (a cell a paragraph, blank lines between) with CR LF line ends: a CR was
    # a cell's text to the readings before the lines were split (blocks, cell lines), so
    # wrapped pieces of a name were read as its target and actual (数与覆盖范围, 八公里。)
    crlf = MINER_FORM.replace("\n", "\r\n")
    assert _values(crlf) == _values(MINER_FORM)
    rows = _values(crlf)[0]["indicators"]
    assert not any(r["target"] for r in rows), rows
