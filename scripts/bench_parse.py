"""Parser throughput (``python -m scripts.bench_parse``, or ``make bench``) on one core, next to a tokenising floor measured in the same run.

Replicates the bundled samples (data/raw) to at least --forms forms, then times
  1. the floor: decode the bytes, split into lines, split lines into cells (tabs or runs of
     spaces) and recognise which cells are numbers;
  2. the parser: parse_bytes on the same bytes.
Prints forms/s and MB/s for both and the ratio. Goal: >= 2,000 forms/s, within 5x of the floor.
"""
from __future__ import annotations

import argparse
import platform
import re
import sys
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
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--forms", type=int, default=10_000, help="at least this many forms (default 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()

    samples = [p.read_bytes() for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    per_round = sum(len(parse_bytes(blob, "s.txt").forms) for blob in samples)
    rounds = -(-args.forms // per_round)
    # one file per sample per 20 rounds, like a landing folder of many multi-form files
    blobs = []
    for start in range(0, rounds, 20):
        k = min(20, rounds - start)
        blobs += [b"\n".join([blob] * k) for blob in samples]
    size_mb = sum(len(b) for b in blobs) / 1e6

    def best(fn):
        times = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            value = fn()
            times.append(time.perf_counter() - t0)
        return min(times), value

    t_floor, _ = best(lambda: floor(blobs))
    t_parse, forms = best(lambda: sum(len(parse_bytes(b, f"f{i}.txt").forms) for i, b in enumerate(blobs)))

    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, one core")
    print(f"input: {len(blobs)} files, {size_mb:.1f} MB, {forms} forms (samples x {rounds})")
    print(f"{'step':<22}{'seconds':>10}{'forms/s':>12}{'MB/s':>10}")
    print(f"{'tokenising floor':<22}{t_floor:>10.3f}{forms / t_floor:>12,.0f}{size_mb / t_floor:>10.2f}")
    print(f"{'parse_bytes':<22}{t_parse:>10.3f}{forms / t_parse:>12,.0f}{size_mb / t_parse:>10.2f}")
    ratio = t_parse / t_floor
    rate = forms / t_parse
    print(f"parser / floor: {ratio:.1f}x (goal <= 5x: {'met' if ratio <= 5 else f'missed by {ratio / 5:.1f}x'})")
    print(f"parser forms/s: {rate:,.0f} (goal >= 2,000: {'met' if rate >= 2000 else f'missed by {2000 / rate:.1f}x'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
