"""The parser on the gold forms as PDF tools print them (tests/fixtures/printed, written by
scripts/print_forms.py), scored by shared/eval/score.py per tool, per print style and file by
file:

    python -m scripts.printed_corpus [TOOL] [--prefix PREFIX] [--files] [--show N] [--texts DIR]

TOOL is one of pdftotext-layout, pdftotext, pdfminer (all three without it). ``--files`` prints
each file's accuracy, wrong values and forms loaded / quarantined; ``--show N`` the scorer's first
N mismatches of each tool; ``--texts DIR`` reads the texts print_forms.py wrote with --out DIR
(a trial of other styles) instead of the committed ones.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from pipelines.parser import parse_file
from scripts.print_forms import OUT, STYLES, TOOLS, gold_files, style_of
from scripts.scoring import figures, score


def texts(tool: str, prefix: str = "", folder: Path = OUT) -> list[tuple[Path, Path]]:
    """(printed text, its gold) of each gold file whose name starts with ``prefix``."""
    return [(folder / tool / f"{gold.stem}.txt", gold) for gold in gold_files(prefix)]


def run(pairs: list[tuple[Path, Path]], tmp: Path, show: int = 0) -> dict:
    """Parse each printed text and score the lot: the report, its two figures, the values left
    out, and the forms loaded and quarantined."""
    gold, pred = tmp / "gold", tmp / "pred"
    gold.mkdir(parents=True)
    pred.mkdir()
    loaded = quarantined = 0
    for text, gold_path in pairs:
        result = parse_file(text)
        loaded += len(result.forms)
        quarantined += len(result.errors)
        (pred / f"{text.stem}.json").write_text(
            json.dumps(result.contract_forms(), ensure_ascii=False), "utf-8"
        )
        (gold / gold_path.name).write_bytes(gold_path.read_bytes())
    report = score(gold, pred, show)
    accuracy, wrong = figures(report)
    left_out = int(re.search(r"values left out: (\d+)", report).group(1))
    return {
        "report": report,
        "accuracy": accuracy,
        "wrong": wrong,
        "left_out": left_out,
        "loaded": loaded,
        "quarantined": quarantined,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("tool", nargs="?", choices=TOOLS, help="one tool's texts only")
    p.add_argument("--prefix", default="", help="only the gold files whose name starts so")
    p.add_argument("--files", action="store_true", help="a line for each file")
    p.add_argument("--show", type=int, default=0, help="mismatches to print")
    p.add_argument(
        "--texts", type=Path, default=OUT, help="the printed texts (print_forms.py's --out)"
    )
    args = p.parse_args(argv)
    head = (
        f"{'':<24} {'accuracy':>8} {'wrong':>6} {'left out':>8} {'loaded':>7} {'quarantined':>12}"
    )
    for tool in [args.tool] if args.tool else TOOLS:
        pairs = texts(tool, args.prefix, args.texts)
        print(f"== {tool}\n{head}")
        groups = [("all", pairs)]
        groups += [(s, [x for x in pairs if style_of(x[1].stem) == s]) for s in sorted(STYLES)]
        if args.files:
            groups += [(text.stem, [(text, g)]) for text, g in pairs]
        for name, some in groups:
            if not some:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                r = run(some, Path(tmp), args.show if name == "all" else 0)
            print(
                f"{name:<24} {r['accuracy']:>8.4f} {r['wrong']:>6} {r['left_out']:>8} "
                f"{r['loaded']:>7} {r['quarantined']:>12}"
            )
            if name == "all" and args.show:
                print(r["report"].rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
