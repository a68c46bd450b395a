"""Parser throughput on one core, next to a tokenising floor measured in the same run
(``python -m scripts.bench_parse``, or ``make bench``).

Replicates the bundled samples (data/raw) to at least --forms forms, then times
  1. the floor: decode the bytes, split into lines, split lines into cells (tabs or runs of
     spaces) and recognise which cells are numbers;
  2. the parser: parse_bytes on the same bytes;
  3. the command: `jixiao parse --format json` on the same files, as a new process (start-up and
     output included), with its modules' bytecode cached as an installed package has it (pip
     compiles it on install): in a temporary cache, written by a first untimed run, even where
     PYTHONDONTWRITEBYTECODE is set (compiling the sources anew took ~0.1 s of every run here).
All three run on the same one core (where the system lets a process choose its cores: the
command inherits the choice), and in rounds, each round timing the three in turn: on a machine
others are using, the floor and the command then meet the same load, instead of the floor
finding an idle core and the command a busy one. The best round of each step is reported, with
the spread of the ratio over single rounds. Prints forms/s, MB/s and the ratio to the floor.
Goal: >= 2,000 forms/s, within 5x of the floor.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines.parser import parse_bytes
from pipelines.settings import checkout_root

ROOT = checkout_root() or Path.cwd()

NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
SPACES = re.compile(r"[ \u00a0\u3000]+")


def floor(blobs: list[bytes]) -> int:
    numbers = 0
    for blob in blobs:
        text = blob.decode("utf-8")
        for line in text.replace("\r\n", "\n").split("\n"):
            cells = line.split("\t") if "\t" in line else SPACES.split(line)
            for cell in cells:
                if NUMBER.match(cell.strip()):
                    numbers += 1
    return numbers


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--forms", type=int, default=10_000, help="at least this many forms (default 10000)"
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="rounds of the three timings; the best is reported"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):  # one core for all three (see above)
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    samples = [p.read_bytes() for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    per_round = sum(len(parse_bytes(blob, "s.txt").forms) for blob in samples)
    rounds = -(-args.forms // per_round)
    # one file per sample per 20 rounds, like a landing folder of many multi-form files
    blobs = []
    for start in range(0, rounds, 20):
        k = min(20, rounds - start)
        blobs += [b"\n".join([blob] * k) for blob in samples]
    size_mb = sum(len(b) for b in blobs) / 1e6

    def timed(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    forms = sum(len(parse_bytes(b, f"f{i}.txt").forms) for i, b in enumerate(blobs))
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for i, blob in enumerate(blobs):
            files.append(Path(folder) / f"f{i:04d}.txt")
            files[-1].write_bytes(blob)
        parse = [sys.executable, "-m", "pipelines", "parse", "--format", "json"]
        command = [*parse, *map(str, files)]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        # an untimed run on one file writes the bytecode cache
        subprocess.run([*parse, str(files[0])], stdout=subprocess.DEVNULL, env=env, check=True)
        steps = {
            "tokenising floor": lambda: floor(blobs),
            "parse_bytes": lambda: sum(
                len(parse_bytes(b, f"f{i}.txt").forms) for i, b in enumerate(blobs)
            ),
            "jixiao parse --format json": lambda: subprocess.run(
                command, stdout=subprocess.DEVNULL, env=env, check=True
            ),
        }
        rounds_timed = [[timed(fn) for fn in steps.values()] for _ in range(args.repeat)]

    print(
        f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, one core"
    )
    print(f"input: {len(blobs)} files, {size_mb:.1f} MB, {forms} forms (samples x {rounds})")
    best = [min(column) for column in zip(*rounds_timed)]
    print(
        f"best of {args.repeat} rounds; the command is a new process (start-up, parse, JSON to /dev/null)"
    )
    print(f"{'step':<28}{'seconds':>9}{'forms/s':>10}{'MB/s':>8}{'x floor':>9}")
    for name, seconds in zip(steps, best):
        print(
            f"{name:<28}{seconds:>9.3f}{forms / seconds:>10,.0f}{size_mb / seconds:>8.2f}"
            f"{seconds / best[0]:>9.1f}"
        )
    for k, name in ((1, "parser"), (2, "command")):
        ratio, rate = best[k] / best[0], forms / best[k]
        each = sorted(timings[k] / timings[0] for timings in rounds_timed)
        print(
            f"{name} / floor: {ratio:.1f}x (goal <= 5x: {'met' if ratio <= 5 else f'missed by {ratio / 5:.1f}x'}; "
            f"single rounds {each[0]:.1f}x-{each[-1]:.1f}x); "
            f"{rate:,.0f} forms/s (goal >= 2,000: {'met' if rate >= 2000 else f'missed by {2000 / rate:.1f}x'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
