"""The parser against the hand-labelled gold of the bundled samples, scored by shared/eval/score.py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.parser import parse_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))


def test_samples_are_bundled_unchanged():
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    assert seeds, f"no seeds in {SHARED / 'seeds'}: CI needs ../shared beside the repo"
    assert [p.name for p in SAMPLES] == [p.name for p in seeds]
    for ours, theirs in zip(SAMPLES, seeds):
        assert ours.read_bytes() == theirs.read_bytes(), ours.name


def test_score_against_gold(tmp_path):
    scorer = SHARED / "eval" / "score.py"
    assert scorer.exists(), f"{scorer} missing: CI needs ../shared beside the repo"
    for path in SAMPLES:
        out = subprocess.run(
            [sys.executable, "-m", "pipelines", "parse", "--format", "json", str(path)],
            capture_output=True,
            cwd=ROOT,
            check=False,
        )
        assert out.returncode == 0, out.stderr.decode()
        (tmp_path / f"{path.stem}.json").write_bytes(out.stdout)
    run = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--gold",
            str(SHARED / "gold"),
            "--pred",
            str(tmp_path),
            "--show",
            "20",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = run.stdout
    accuracy = float(re.search(r"^accuracy: ([0-9.]+)", report, re.M).group(1))
    exact, forms = map(int, re.search(r"forms exactly right: (\d+)/(\d+)", report).groups())
    assert forms == 32, report
    assert accuracy >= 0.995 and exact >= 30, report


def test_sample_counts_and_provenance():
    forms = [form for path in SAMPLES for form in parse_file(path).forms]
    assert len(forms) == 32
    assert sum(len(f["indicators"]) for f in forms) == 362
    for form in forms:
        assert form["line_start"] < form["line_end"]
        for row in form["indicators"]:
            assert form["line_start"] <= row["line_start"] <= row["line_end"] <= form["line_end"]


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_json_is_utf8_and_not_escaped(path):
    out = subprocess.run(
        [sys.executable, "-m", "pipelines", "parse", "--format", "json", str(path)],
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    text = out.stdout.decode("utf-8")
    assert "\\u" not in text, "JSON must carry the Chinese text itself, not \\u escapes"
    forms = json.loads(text)
    assert forms and all(f["source_file"] == path.name for f in forms)
    assert forms[0]["project_name"] in text
