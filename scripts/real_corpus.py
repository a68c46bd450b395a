"""The parser on the real-world corpus (tests/fixtures/real), scored by shared/eval/score.py as a
whole and file by file:

    python -m scripts.real_corpus [PREFIX] [--show N]

PREFIX keeps the files whose name starts with it (``m`` for corpus M, ``a07`` for one file).
Each file is parsed in this process (``parse_file``, the contract's JSON as `jixiao parse --format
json` writes it) and scored alone too, so the table says which forms read worst, how many of
their fields were wrong (a value given that the gold does not hold) and whether they loaded.
``--show N`` prints the scorer's first N mismatches.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from pipelines.parser import parse_file
from scripts.scoring import figures, score

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("prefix", nargs="?", default="", help="only the files whose name starts so")
    p.add_argument("--show", type=int, default=0, help="mismatches to print")
    args = p.parse_args(argv)
    files = sorted((REAL / "forms").glob(f"{args.prefix}*.txt"))
    if not files:
        print(f"error: no corpus file starts with {args.prefix!r}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp, "gold"), Path(tmp, "pred")
        gold.mkdir()
        pred.mkdir()
        rows = []
        for path in files:
            result = parse_file(path)
            (pred / f"{path.stem}.json").write_text(
                json.dumps(result.contract_forms(), ensure_ascii=False), "utf-8"
            )
            shutil.copy(REAL / "gold" / f"{path.stem}.json", gold / f"{path.stem}.json")
            one_gold, one_pred = Path(tmp, "g1"), Path(tmp, "p1")
            for folder in (one_gold, one_pred):
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
            shutil.copy(gold / f"{path.stem}.json", one_gold)
            shutil.copy(pred / f"{path.stem}.json", one_pred)
            accuracy, wrong = figures(score(one_gold, one_pred))
            rows.append((path.stem, accuracy, wrong, len(result.forms), len(result.errors)))
        report = score(gold, pred, args.show)
    print(f"{'file':<16} {'accuracy':>8} {'wrong':>6} {'loaded':>7} {'quarantined':>12}")
    for stem, accuracy, wrong, loaded, quarantined in rows:
        print(f"{stem:<16} {accuracy:>8.4f} {wrong:>6} {loaded:>7} {quarantined:>12}")
    print()
    print(report.rstrip() if args.show else "\n".join(report.rstrip().splitlines()[-2:]))
    loaded = sum(r[3] for r in rows)
    quarantined = sum(r[4] for r in rows)
    print(f"{len(files)} files: {loaded} forms loaded, {quarantined} quarantined")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
