"""Parser throughput on one core, next to a tokenising floor measured in the same run
(``python -m scripts.bench_parse``, or ``make bench``).

Replicates the bundled samples (data/raw) to at least --forms forms, then times
  1. the floor: decode the bytes, split into lines, split lines into cells (tabs or runs of
     spaces) and recognise which cells are numbers;
  2. the parser: parse_bytes on the same bytes;
  3. the command: `jixiao parse --format json` on the same files, as a new process (start-up and
     output included), pinned to one core with taskset where there is one.
Prints forms/s and MB/s and the ratio to the floor. Goal: >= 2,000 forms/s, within 5x of the floor.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
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
    t_parse, forms = best(
        lambda: sum(len(parse_bytes(b, f"f{i}.txt").forms) for i, b in enumerate(blobs))
    )
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for i, blob in enumerate(blobs):
            files.append(Path(folder) / f"f{i:04d}.txt")
            files[-1].write_bytes(blob)
        command = [sys.executable, "-m", "pipelines", "parse", "--format", "json", *map(str, files)]
        if shutil.which("taskset"):  # one core, like the rest of this benchmark
            command = ["taskset", "-c", str(min(os.sched_getaffinity(0))), *command]
        t_command, _ = best(lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True))

    print(
        f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}, one core"
    )
    print(f"input: {len(blobs)} files, {size_mb:.1f} MB, {forms} forms (samples x {rounds})")
    print(f"{'step':<22}{'seconds':>10}{'forms/s':>12}{'MB/s':>10}")
    print(
        f"{'tokenising floor':<22}{t_floor:>10.3f}{forms / t_floor:>12,.0f}{size_mb / t_floor:>10.2f}"
    )
    print(f"{'parse_bytes':<22}{t_parse:>10.3f}{forms / t_parse:>12,.0f}{size_mb / t_parse:>10.2f}")
    print(
        f"{'jixiao parse --format json':<22}{t_command:>10.3f}{forms / t_command:>12,.0f}"
        f"{size_mb / t_command:>10.2f}  (a new process: start-up, parse, JSON to /dev/null)"
    )
    for name, seconds in (("parser", t_parse), ("command", t_command)):
        ratio, rate = seconds / t_floor, forms / seconds
        print(
            f"{name} / floor: {ratio:.1f}x (goal <= 5x: {'met' if ratio <= 5 else f'missed by {ratio / 5:.1f}x'}); "
            f"{rate:,.0f} forms/s (goal >= 2,000: {'met' if rate >= 2000 else f'missed by {2000 / rate:.1f}x'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
