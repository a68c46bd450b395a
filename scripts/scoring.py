"""The shared scorer (../shared/eval/score.py) run on a gold and a prediction folder, and the two
figures its report ends with: one place for the tests and the template sweep."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pipelines.settings import checkout_root

ROOT = checkout_root() or Path.cwd()
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def score(gold: Path, pred: Path, show: int = 0) -> str:
    """The scorer's report (per-field accuracy, ``show`` mismatches, the totals)."""
    return subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(gold),
            "--pred",
            str(pred),
            "--show",
            str(show),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def figures(report: str) -> tuple[float, int]:
    """(field accuracy, wrong values given) of a report."""
    accuracy = float(re.search(r"^accuracy: ([0-9.]+)", report, re.M).group(1))
    wrong = int(re.search(r"wrong values given: (\d+)", report).group(1))
    return accuracy, wrong
