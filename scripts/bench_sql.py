"""`jixiao sql` against the DuckDB CLI on the same warehouse (``python -m scripts.bench_sql``,
also run by ``make bench``). Goal (issue 15): `jixiao sql` answers within 2x the DuckDB CLI.

Times, as new processes with output to /dev/null, taking turns so that a busy moment hits all
of them alike:
  1. `jixiao sql QUERY` (the console script; it reads the read copy);
  2. the DuckDB CLI as installed: `.venv/bin/duckdb -readonly READ_COPY -c QUERY` (the duckdb-cli
     package's launcher, a Python script that starts the binary) -- the goal's yardstick;
  3. the CLI binary itself, started directly (what `jixiao sql` starts);
  4. `python -c "import duckdb; …"` running the query (the floor of a Python-module answer);
  5. `python -c pass` (the floor of any Python command: the interpreter's start-up).
Prints best and median of --runs each and the ratios of `jixiao sql` to 2 and 3.
Without --warehouse, the samples (data/raw) are built into a temporary folder first (~30 s).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipelines import settings
from pipelines.warehouse import analyst_cli

ROOT = settings.checkout_root() or Path.cwd()
BIN = Path(sys.executable).parent
GOAL = 2.0


def timed(argv: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def verdict(ratio: float) -> str:
    return "met" if ratio <= GOAL else f"missed by {ratio / GOAL:.2f}x"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--warehouse", help="a built warehouse (default: build the samples)")
    parser.add_argument("--runs", type=int, default=20, help="runs of each command (default 20)")
    parser.add_argument("--query", default="SELECT count(*) FROM forms")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        warehouse = Path(args.warehouse or Path(folder) / "w.duckdb")
        if not args.warehouse:
            landing = str(ROOT / "data" / "raw")
            build = [
                str(BIN / "jixiao"),
                "build",
                "--landing",
                landing,
                "--warehouse",
                str(warehouse),
            ]
            print(f"building {warehouse} from {landing} …", file=sys.stderr)
            subprocess.run(build, stdout=subprocess.DEVNULL, check=True)
        read_copy = settings.read_copy_path(warehouse)
        binary = analyst_cli.cli_binary()
        if binary is None:
            print("bench_sql: the DuckDB CLI is missing (package duckdb-cli)", file=sys.stderr)
            return 1
        python_query = (
            f"import duckdb; duckdb.connect({str(read_copy)!r}, read_only=True)"
            f".execute({args.query!r}).fetchall()"
        )
        commands = {
            "jixiao sql": [str(BIN / "jixiao"), "sql", "--warehouse", str(warehouse), args.query],
            "duckdb CLI (launcher)": [
                str(BIN / "duckdb"),
                "-readonly",
                str(read_copy),
                "-c",
                args.query,
            ],
            "duckdb CLI (binary)": [binary, "-readonly", str(read_copy), "-c", args.query],
            "python -c 'import duckdb'": [sys.executable, "-c", python_query],
            "python -c pass": [sys.executable, "-c", "pass"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for argv in commands.values():  # a first run of each, untimed: files into the page cache
            timed(argv)
        for _ in range(args.runs):
            for name, argv in commands.items():
                times[name].append(timed(argv))

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"machine: {platform.machine()} {os.cpu_count()} cores, load average {load}, "
        f"python {platform.python_version()}"
    )
    print(f"query: {args.query}   runs: {args.runs} each, taking turns, output to /dev/null")
    print(f"{'command':<28}{'best s':>9}{'median s':>10}")
    for name, seconds in times.items():
        print(f"{name:<28}{min(seconds):>9.3f}{statistics.median(seconds):>10.3f}")
    ours = times["jixiao sql"]
    for name in ("duckdb CLI (launcher)", "duckdb CLI (binary)"):
        best = min(ours) / min(times[name])
        median = statistics.median(ours) / statistics.median(times[name])
        print(
            f"jixiao sql / {name}: best {best:.2f}x ({verdict(best)}), "
            f"median {median:.2f}x ({verdict(median)}); goal <= {GOAL:g}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
