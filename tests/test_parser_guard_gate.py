"""The guards' one-pass gate (guards._row_guards_due) skips a guard whose first test no row meets;
each of its tests mirrors a guard's own (or is looser). A guard whose tests change without its
gate would be skipped where it should act: parsing with every guard due must give the same
forms as parsing through the gate, on the real corpus, the line prints that call the guards most
and invented forms of every template."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.parser import guards, parse_file, parse_text
from pipelines.synth.templates import draw

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "fixtures" / "real" / "forms").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "printed" / "pdfplumber").glob("*.txt")
)
SEEDS = range(3100, 3180)


class _EveryGuard:
    """A gate that finds every guard due."""

    def __contains__(self, guard: object) -> bool:
        return True


def _parsed() -> list[str]:
    out = [json.dumps(parse_file(path).forms, ensure_ascii=False, default=str) for path in TEXTS]
    for seed in SEEDS:
        name, text, _ = draw(seed)
        out.append(
            json.dumps(parse_text(text, f"{name}.txt").forms, ensure_ascii=False, default=str)
        )
    return out


def test_the_gate_skips_no_guard_that_would_act(monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _parsed()
    monkeypatch.setattr(guards, "_row_guards_due", lambda rows: _EveryGuard())
    ungated = _parsed()
    names = [p.name for p in TEXTS] + [f"seed {s}" for s in SEEDS]
    differ = [name for name, a, b in zip(names, gated, ungated) if a != b]
    assert not differ, f"the gate skipped a guard that acts on: {differ}"


def test_the_gate_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the test above means nothing if guard_form stopped asking _row_guards_due)
    asked = []
    real = guards._row_guards_due
    monkeypatch.setattr(guards, "_row_guards_due", lambda rows: asked.append(1) or real(rows))
    parse_file(TEXTS[0])
    assert asked
