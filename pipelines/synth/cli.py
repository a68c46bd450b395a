"""Write synthetic 绩效自评表 text files and their expected parse, for scale tests only.

    python -m pipelines.synth --forms 100000 --forms-per-file 50 --out /tmp/scale/landing

writes /tmp/scale/landing/synth_000000.txt … and /tmp/scale/expected/synth_000000.json … (the
contract JSON the parser must return for each file). Same --seed, same bytes. The forms are
invented and printed only in layouts the parser already reads: they measure speed and memory,
never accuracy (see pipelines/synth/__init__.py).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipelines.synth import HARD_SHAPES, write_landing


def positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m pipelines.synth",
        description="Write N synthetic forms (tab and space layouts) into a landing folder, and "
        "the expected parse of every file (<stem>.json) into a separate folder. "
        "For scale tests only: the forms say nothing about parser accuracy.",
    )
    p.add_argument("--forms", type=positive, required=True, help="number of forms to write")
    p.add_argument(
        "--forms-per-file",
        type=positive,
        default=50,
        metavar="N",
        help="forms per text file (default 50; the last file may hold fewer)",
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="landing folder for the .txt files (created if missing)",
    )
    p.add_argument(
        "--expected",
        type=Path,
        metavar="DIR",
        help="folder for the expected JSON (default: 'expected' beside --out)",
    )
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument(
        "--plain",
        action="store_true",
        help="steer around the hard shapes that once fooled the parser: " + "; ".join(HARD_SHAPES),
    )
    args = p.parse_args(argv)
    expected = args.expected or args.out.parent / "expected"
    if expected.resolve() == args.out.resolve():
        p.error("--expected must differ from --out (the landing folder must hold only forms)")
    for folder in (args.out, expected):
        if folder.exists() and not folder.is_dir():
            p.error(f"not a folder: {folder}")
    if args.out.is_dir() and any(args.out.glob("*.txt")) and not any(args.out.glob("synth_*.txt")):
        p.error(f"{args.out} already holds other .txt files; choose an empty folder")
    args.expected = expected
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    files = write_landing(
        args.out,
        args.forms,
        args.forms_per_file,
        args.seed,
        args.expected,
        hard_shapes=not args.plain,
    )
    seconds = time.perf_counter() - started
    layouts = {layout: sum(f.layout == layout for f in files) for layout in ("tab", "space")}
    print(
        f"wrote {args.forms} forms in {len(files)} files ({layouts['tab']} tab, "
        f"{layouts['space']} space layout) to {args.out}, expected parse in {args.expected} "
        f"({seconds:.1f} s)"
    )
    return 0
