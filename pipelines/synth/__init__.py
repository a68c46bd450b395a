"""Synthetic 绩效自评表 text files for SCALE TESTS ONLY.

The forms are drawn from invented names and the standard indicator framework and printed in
the two text layouts of the samples (tab-separated and space-separated), with a few per cent of
the defects real forms have (execution rate that does not match, a row printed twice, totals
that do not add up, points lost without a reason). Every file comes with its expected parse
(contract JSON, shared/form-schema.md) so a scale run can check it loaded what was generated.

They say nothing about the parser's accuracy on real forms: the generator prints only layouts
the parser already reads. Never quote figures measured on them as accuracy.

Seeded: the same (seed, forms, forms_per_file) gives byte-identical files. Each file has its
own random stream, seeded by (seed, file index), so file k is the same whatever the total.

Pure Python, no Dagster.

HARD_SHAPES lists realistic shapes that once made the parser misread a form (found by this
generator and fixed). They are printed by default; ``hard_shapes=False`` (``--plain``) steers
around them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from pipelines.synth.model import SPACE, TAB, draw_form, to_contract
from pipelines.synth.render import render

HARD_SHAPES = (
    "space layout: a 三级指标 named like a 二级 label without its 指标 (服务对象满意度)",
    "both layouts: a wrapped name whose last piece is also a piece of a level label (…使用者满意 + 度)",
    "space layout: a row that lost points with a blank deviation cell, followed by a row whose "
    "name is printed on its own line",
)

__all__ = [
    "HARD_SHAPES",
    "SPACE",
    "TAB",
    "SynthFile",
    "file_name",
    "generate_file",
    "write_landing",
]


@dataclass
class SynthFile:
    name: str  # file name, e.g. synth_000007.txt
    layout: str  # "tab" or "space"
    text: str  # the file's text (written as UTF-8)
    expected: list[dict]  # the expected parse: one contract dict per form
    encoding: str = "utf-8"  # how the text is written: utf-8, or gb18030 for a few files

    @property
    def data(self) -> bytes:
        return self.text.encode(self.encoding)

    @property
    def expected_json(self) -> str:
        """A JSON array, one form per line (compact: 100,000 forms are ~0.8 GB indented)."""
        forms = [
            json.dumps(form, ensure_ascii=False, separators=(",", ":")) for form in self.expected
        ]
        return "[\n" + ",\n".join(forms) + "\n]\n"


def file_name(index: int) -> str:
    return f"synth_{index:06d}.txt"


def generate_file(
    seed: int, index: int, forms: int, layout: str | None = None, hard_shapes: bool = True
) -> SynthFile:
    """File number ``index`` of a seeded run: ``forms`` forms in one layout (drawn if None).
    ``hard_shapes``: also print the shapes of HARD_SHAPES."""
    if forms < 1:
        raise ValueError("a file needs at least one form")
    rng = random.Random(f"jixiao-synth:{seed}:{index}")
    if layout is None:
        layout = TAB if rng.random() < 0.5 else SPACE
    if layout not in (TAB, SPACE):
        raise ValueError(f"unknown layout {layout!r} (tab or space)")
    name = file_name(index)
    lines: list[str] = []
    expected = []
    for form_index in range(forms):
        form = draw_form(rng, layout, hard_shapes)
        lines += render(rng, layout, form)
        lines.append("")
        expected.append(to_contract(form, name, form_index))
    newline = "\r\n" if rng.random() < 0.1 else "\n"
    encoding = "gb18030" if rng.random() < 0.05 else "utf-8"
    return SynthFile(name, layout, newline.join(lines) + newline, expected, encoding)


def write_landing(
    out_dir: str | Path,
    forms: int,
    forms_per_file: int = 50,
    seed: int = 0,
    expected_dir: str | Path | None = None,
    first_index: int = 0,
    hard_shapes: bool = True,
) -> list[SynthFile]:
    """Write ``forms`` forms into ``out_dir`` (files of ``forms_per_file``, the last one may be
    shorter) and each file's expected parse as ``<stem>.json`` into ``expected_dir`` (default:
    ``expected`` beside ``out_dir``). Returns the files without their text, to save memory."""
    if forms < 1 or forms_per_file < 1:
        raise ValueError("forms and forms_per_file must be at least 1")
    out_dir = Path(out_dir)
    expected_dir = Path(expected_dir) if expected_dir is not None else out_dir.parent / "expected"
    out_dir.mkdir(parents=True, exist_ok=True)
    expected_dir.mkdir(parents=True, exist_ok=True)
    written = []
    index, left = first_index, forms
    while left > 0:
        count = min(forms_per_file, left)
        synth = generate_file(seed, index, count, hard_shapes=hard_shapes)
        (out_dir / synth.name).write_bytes(synth.data)
        (expected_dir / (Path(synth.name).stem + ".json")).write_bytes(
            synth.expected_json.encode("utf-8")
        )
        written.append(SynthFile(synth.name, synth.layout, "", [], synth.encoding))
        index += 1
        left -= count
    return written
