"""The synthetic-form generator (pipelines.synth): seeded, and read back by the parser exactly as
its expected JSON says. The generator serves scale tests only; these tests check that what it
writes is what it claims, not the parser's accuracy on real forms."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter

import pytest

from pipelines.parser import parse_bytes, parse_file
from pipelines.synth import generate_file, write_landing

SEED = 20261123


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def differences(expected, got, path: str = "") -> list[str]:
    """Field-by-field comparison with the contract's rules (shared/form-schema.md): text after
    NFKC and white-space removal, numbers within 0.005, null only equals null."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return [f"{path}: expected an object, got {got!r}"]
        out = []
        for key, value in expected.items():
            if key not in got:
                out.append(f"{path}.{key}: missing")
            else:
                out += differences(value, got[key], f"{path}.{key}")
        return out
    if isinstance(expected, list):
        if not isinstance(got, list) or len(got) != len(expected):
            return [
                f"{path}: expected {len(expected)} items, got "
                f"{len(got) if isinstance(got, list) else repr(got)}"
            ]
        return [
            d
            for i, (a, b) in enumerate(zip(expected, got))
            for d in differences(a, b, f"{path}[{i}]")
        ]
    if expected is None or got is None:
        return [] if expected is got else [f"{path}: expected {expected!r}, got {got!r}"]
    if isinstance(expected, bool) or isinstance(got, bool):
        return [] if expected == got else [f"{path}: expected {expected!r}, got {got!r}"]
    if isinstance(expected, (int, float)):
        ok = isinstance(got, (int, float)) and abs(expected - got) <= 0.005
        return [] if ok else [f"{path}: expected {expected!r}, got {got!r}"]
    ok = isinstance(got, str) and _norm(expected) == _norm(got)
    return [] if ok else [f"{path}: expected {expected!r}, got {got!r}"]


def test_differences_can_fail():
    form = generate_file(SEED, 0, 1).expected[0]
    other = json.loads(json.dumps(form))
    other["indicators"][0]["score"] += 0.5
    other["funds"][1]["executed"] = None
    other["project_name"] += "X"
    assert len(differences(form, other)) == 3
    assert differences(form, json.loads(json.dumps(form))) == []


def test_same_seed_gives_identical_bytes(tmp_path):
    a, b, c = tmp_path / "a" / "landing", tmp_path / "b" / "landing", tmp_path / "c" / "landing"
    write_landing(a, 120, 25, seed=SEED)
    write_landing(b, 120, 25, seed=SEED)
    write_landing(c, 120, 25, seed=SEED + 1)
    for landing in (a, b, c):
        assert sorted(p.name for p in landing.iterdir()) == [f"synth_{i:06d}.txt" for i in range(5)]
    for folder in ("landing", "expected"):
        files_a = sorted((tmp_path / "a" / folder).iterdir())
        files_b = sorted((tmp_path / "b" / folder).iterdir())
        assert [p.name for p in files_a] == [p.name for p in files_b]
        assert all(x.read_bytes() == y.read_bytes() for x, y in zip(files_a, files_b))
    assert (a / "synth_000000.txt").read_bytes() != (c / "synth_000000.txt").read_bytes()
    # the last file holds the remainder
    assert (
        len(json.loads((tmp_path / "a" / "expected" / "synth_000004.json").read_text("utf-8")))
        == 20
    )


def test_parser_reads_generated_files_as_expected(tmp_path):
    landing, expected_dir = tmp_path / "landing", tmp_path / "expected"
    write_landing(landing, 400, 8, seed=SEED, expected_dir=expected_dir)
    problems, forms = [], 0
    for path in sorted(landing.glob("*.txt")):
        expected = json.loads((expected_dir / (path.stem + ".json")).read_text("utf-8"))
        result = parse_file(path)
        assert result.file_error is None, f"{path.name}: {result.file_error}"
        assert not result.errors, [e.describe() for e in result.errors]
        problems += [f"{path.name}{d}" for d in differences(expected, result.forms)]
        forms += len(result.forms)
    assert forms == 400
    assert problems == [], "\n".join(problems[:20])


def _sample(files: int = 150, per_file: int = 8):
    return [generate_file(SEED, index, per_file) for index in range(files)]


def test_layouts_units_encodings_and_defects_occur():
    files = _sample()
    forms = [form for f in files for form in f.expected]
    assert {f.layout for f in files} == {"tab", "space"}
    assert {f.encoding for f in files} == {"utf-8", "gb18030"}
    assert any(b"\r\n" in f.data for f in files) and any(b"\r\n" not in f.data for f in files)
    units = Counter((f.layout, form["amount_unit"]) for f in files for form in f.expected)
    assert set(units) == {("tab", "元"), ("tab", "万元"), ("space", "元"), ("space", "万元")}
    assert len({form["department"] for form in forms}) >= 50
    assert len({form["implementing_unit"] for form in forms}) >= 100
    assert len({form["year"] for form in forms}) >= 4
    assert {row["level1"] for form in forms for row in form["indicators"]} == {
        "产出指标",
        "效益指标",
        "满意度指标",
    }

    def rate_mismatch(form):
        total = form["funds"][0]
        if not total["annual_budget"]:
            return False
        return (
            abs(100 * total["executed"] / total["annual_budget"] - total["execution_rate"]) > 0.01
        )

    def duplicate(form):
        rows = form["indicators"]
        return any(a == b for a, b in zip(rows, rows[1:]))

    def total_off(form):
        parts = form["funds"][0]["score"] + sum(r["score"] for r in form["indicators"])
        return abs(parts - form["total_score"]) > 0.01

    def lost_with_reason(row):
        return row["score"] < row["weight"] and row["deviation"]

    def lost_without_reason(row):
        return row["score"] < row["weight"] and not row["deviation"]

    def thousands(f):
        return re.search(rb"\d,\d{3}", f.data) is not None

    counts = {
        "rate_mismatch": sum(map(rate_mismatch, forms)),
        "duplicate": sum(map(duplicate, forms)),
        "total_off": sum(map(total_off, forms)),
        "lost_with_reason": sum(any(map(lost_with_reason, f["indicators"])) for f in forms),
        "lost_without_reason": sum(any(map(lost_without_reason, f["indicators"])) for f in forms),
    }
    # defects: a few per cent of the 1,200 forms each; deviations with a reason are common
    bounds = {"lost_with_reason": (100, 900)}
    for name, count in counts.items():
        low, high = bounds.get(name, (5, 200))
        assert low <= count <= high, (name, count)
    assert any(map(thousands, files)) and not all(map(thousands, files))


@pytest.mark.parametrize("layout", ["space", "tab"])
def test_hard_shapes_are_read(layout):
    """The shapes that once fooled the parser (HARD_SHAPES): a name that is a label without its
    指标, a wrapped name ending in a label piece, a blank deviation followed by a name line."""
    problems = []
    for index in range(40):
        synth = generate_file(SEED, index, 8, layout=layout, hard_shapes=True)
        result = parse_bytes(synth.data, synth.name)
        problems += differences(synth.expected, result.forms)
    assert problems == []


def test_script_writes_files_and_rejects_bad_arguments(tmp_path, capsys):
    from pipelines.synth import cli as module  # python -m pipelines.synth

    assert (
        module.main(["--forms", "7", "--forms-per-file", "3", "--out", str(tmp_path / "in")]) == 0
    )
    assert len(list((tmp_path / "in").glob("*.txt"))) == 3
    assert len(list((tmp_path / "expected").glob("*.json"))) == 3
    for bad in (
        ["--forms", "0", "--out", str(tmp_path)],
        ["--forms", "x", "--out", str(tmp_path)],
        ["--out", str(tmp_path)],
        ["--forms", "5", "--out", str(tmp_path / "in"), "--expected", str(tmp_path / "in")],
    ):
        with pytest.raises(SystemExit) as exc:
            module.main(bad)
        assert exc.value.code == 2
    assert "error" in capsys.readouterr().err
