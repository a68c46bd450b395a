"""The sample forms as other extraction tools print them — every cell on a line of its own
(` |` after each), or each printed row's cells run together with no separator — read by the
structure reader: what it reads must be right (a value it cannot place is left out), scored
against the samples' hand-labelled gold with shared/eval/score.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.parser import parse_text

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
GOLD = ROOT.parent / "shared" / "gold"
# The samples printed in the tab layout (one tab-separated line per printed row).
TABBED = [
    p for p in sorted((ROOT / "data" / "raw").glob("*.txt")) if "|" not in p.read_text("utf-8")
]


def one_cell_per_line(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out += [f"{c.strip()} |" for c in line.split("\t")] if "\t" in line else [line]
    return "\n".join(out)


def run_together(text: str) -> str:
    return text.replace("\t", "")


def _wrong_values(tmp_path: Path, variant) -> tuple[int, float]:
    pred, gold = tmp_path / "pred", tmp_path / "gold"
    pred.mkdir()
    gold.mkdir()
    for path in TABBED:
        result = parse_text(variant(path.read_text("utf-8")), path.name)
        (pred / f"{path.stem}.json").write_text(json.dumps(result.forms, ensure_ascii=False))
        (gold / f"{path.stem}.json").write_bytes((GOLD / f"{path.stem}.json").read_bytes())
    report = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred), "--show", "0"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wrong = int(re.search(r"wrong values given: (\d+)", report).group(1))
    accuracy = float(re.search(r"^accuracy: ([0-9.]+)", report, re.M).group(1))
    return wrong, accuracy


def test_the_samples_have_tab_layout_files():
    assert len(TABBED) >= 3


@pytest.mark.parametrize(
    "variant, max_wrong, min_accuracy",
    [
        # three values of one sample form whose names the PDF split over unaligned rows
        (one_cell_per_line, 3, 0.90),
        (run_together, 0, 0.37),
    ],
    ids=["one cell per line", "cells run together"],
)
def test_other_extractions_of_the_samples_give_no_wrong_values(
    tmp_path, variant, max_wrong, min_accuracy
):
    wrong, accuracy = _wrong_values(tmp_path, variant)
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)
