"""Score the parser on forms printed as other templates and extraction tools print them
(pipelines.synth.templates): ``python -m scripts.sweep_templates [--forms N] [--start S]
[--option NAME]`` (``--option framework``: only the forms of seeds S to S+N-1 printed with that
option, e.g. the 决策/过程/产出/效益 framework).

Writes each form's text, its expected parse and the parser's, scores them with
shared/eval/score.py and prints its report, with the accuracy by layout and by table header.
The forms are invented (see pipelines/synth/templates.py): the figures say how the parser holds
up across wordings and layouts, not how accurate it is on real published forms.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from pipelines.parser import parse_text
from pipelines.synth.templates import LAYOUTS, OPTIONS, TABLES, choices, draw
from scripts.scoring import SCORER, score

name_options: dict[str, set[str]] = {}


def write(folder: Path, start: int, count: int, option: str | None = None) -> list[str]:
    """Each form's text, expected parse (gold/) and parse (pred/) under ``folder`` (only the
    forms printed with ``option``, when given)."""
    for part in ("txt", "gold", "pred"):
        (folder / part).mkdir(parents=True, exist_ok=True)
    names = []
    for seed in range(start, start + count):
        options = choices(seed)[3]
        if option is not None and option not in options:
            continue
        name, text, expected = draw(seed)
        name_options[name] = options
        (folder / "txt" / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / "gold" / f"{name}.json").write_text(
            json.dumps([expected], ensure_ascii=False), encoding="utf-8"
        )
        forms = parse_text(text, f"{name}.txt").contract_forms()
        (folder / "pred" / f"{name}.json").write_text(
            json.dumps(forms, ensure_ascii=False), encoding="utf-8"
        )
        names.append(name)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--forms", type=int, default=400, help="how many forms (default 400)")
    parser.add_argument("--start", type=int, default=0, help="the first form's seed")
    parser.add_argument("--show", type=int, default=20, help="mismatches to print")
    parser.add_argument("--keep", type=Path, help="keep the texts and JSON in this folder")
    parser.add_argument(
        "--option", choices=(*OPTIONS, "numbered", "framework"), help="only forms with this option"
    )
    args = parser.parse_args()
    if not SCORER.exists():
        print(
            f"error: the scorer is not at {SCORER} (../shared beside the checkout)", file=sys.stderr
        )
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        names = write(folder, args.start, args.forms, args.option)
        report = score(folder / "gold", folder / "pred", args.show)
        print(report, end="")
        by: dict[str, list[float]] = defaultdict(list)
        for name in names:
            one = Path(tmp) / "one" / name
            for part in ("gold", "pred"):
                (one / part).mkdir(parents=True, exist_ok=True)
                (one / part / f"{name}.json").write_bytes(
                    (folder / part / f"{name}.json").read_bytes()
                )
            line = score(one / "gold", one / "pred").strip().splitlines()[-1]
            accuracy = float(re.search(r"accuracy: ([0-9.]+)", line).group(1))
            layout = next(x for x in LAYOUTS if name.endswith(f"_{x}"))
            table = next(x for x in TABLES if f"_{x}_{layout}" in name)
            by[f"layout {layout}"].append(accuracy)
            by[f"table {table}"].append(accuracy)
            for option in name_options[name]:
                by[f"option {option}"].append(accuracy)
        for key in sorted(by):
            values = by[key]
            print(
                f"{key:<24} {len(values):>5} forms  mean accuracy {sum(values) / len(values):.4f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
