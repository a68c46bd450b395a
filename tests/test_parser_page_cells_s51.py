"""Wrong values the perturbation probe finds over the printed corpus (scripts/probes.py perturb
--printed TOOL|all: the gold forms as PDF tools print them, then printed as other extractions
would), and the probe's option itself. Invented forms."""

from pathlib import Path

from scripts import probes


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
