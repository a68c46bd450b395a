"""Scale benchmark of the whole pipeline on synthetic forms (pipelines.synth). Prints a table;
it is not a timed test.

In one run it measures
  1. parse throughput on one core (forms/s, MB/s) over the generated files, next to the floor of
     reading the same files and splitting them into lines, and with the files fanned out over
     two processes (multiprocessing);
  2. `jixiao build` end to end (pipelines.build.build, in a child process with a
     temporary DAGSTER_HOME) for each size: wall time and the child's peak memory (getrusage);
     the warehouse's counts are checked against the generated expected parse;
  3. adding one new file to the warehouse of the largest size: its batch, the summary and
     its checks and the aggregate assets (when they exist), in a child process: wall time;
  4. typical aggregate queries on that warehouse, best of 5.
With --shape N (issue 13) it builds N one-form files instead and times, after the builds, adding
one-form files through `jixiao watch` (a long-running process): from the write of each file to
the watcher's line saying it is loaded, refreshed and recorded in Dagster, with the load average
of each turn (--watch-only DIR does only that, on a folder kept before).

Goals (2-core machine): parse >= 2,000 forms/s per core; 100,000 forms built in < 5 min with
peak memory < 2 GB; one new file added in < 10 s; aggregate queries < 200 ms. A missed goal is
reported with its factor ("missed by 3.2x").

    .venv/bin/python -m scripts.bench_pipeline --quick            # 1,000 forms, about 1.5 minutes
    .venv/bin/python -m scripts.bench_pipeline                    # 1k, 10k and 100k forms
    .venv/bin/python -m scripts.bench_pipeline --sizes 1000,10000 --keep --workdir /tmp/bench

The synthetic forms serve scale measurements only, never accuracy claims.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.settings import checkout_root
from pipelines.synth import generate_file, write_landing
from pipelines.synth.cli import positive  # the same whole-number argument type

ROOT = checkout_root() or Path.cwd()

DEFAULT_SIZES = (1_000, 10_000, 100_000)
PARSE_GOAL = 2_000  # forms/s per core
BUILD_GOAL_S = 300  # 100,000 forms
BUILD_GOAL_FORMS = 100_000
MEMORY_GOAL_MB = 2_048
ADD_GOAL_S = 10
QUERY_GOAL_MS = 200
SEED = 20261123


# ------------------------------------------------------------------------------ arguments


def sizes_arg(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"sizes are whole numbers separated by commas: {text!r}"
        ) from None
    if not sizes or any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError(f"sizes must be at least 1: {text!r}")
    return sorted(set(sizes))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Benchmark parse, `jixiao build`, adding one file and aggregate queries on "
        "synthetic forms (scale only, not accuracy). Prints a table."
    )
    p.add_argument(
        "--sizes",
        type=sizes_arg,
        default=list(DEFAULT_SIZES),
        metavar="N,N,...",
        help="form counts to build (default 1000,10000,100000)",
    )
    p.add_argument("--quick", action="store_true", help="1,000 forms only (about 1.5 minutes)")
    p.add_argument(
        "--forms-per-file",
        type=positive,
        metavar="N",
        help="forms per file (default: 50 up to 1,000 forms, 100 up to 10,000, else 200)",
    )
    p.add_argument(
        "--parse-forms",
        type=positive,
        metavar="N",
        help="forms for the parse throughput (default: the largest size up to 10,000)",
    )
    p.add_argument(
        "--workdir",
        type=Path,
        metavar="DIR",
        help="where landings and warehouses go (default: a temporary folder)",
    )
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument(
        "--max-build-minutes",
        type=float,
        metavar="M",
        help="skip a size whose build, projected from the previous size, would take "
        "longer than M minutes",
    )
    p.add_argument("--seed", type=int, default=SEED, help=f"generator seed (default {SEED})")
    p.add_argument(
        "--shape",
        type=positive,
        metavar="N",
        help="instead of the size runs: N forms built as files of 200 forms and as N one-form "
        "files (issue 13), each then with nothing new and with one one-form file added",
    )
    p.add_argument(
        "--add-sizes",
        type=sizes_arg,
        metavar="N,N",
        help="with --shape: also add one one-form file to warehouses of these sizes (files of "
        "200 forms) and compare the costs (goal: ratio <= 1.3)",
    )
    p.add_argument(
        "--add-repeat",
        type=positive,
        default=1,
        metavar="R",
        help="with --add-sizes: add R one-form files to each of those warehouses, taking turns "
        "between the sizes, and compare the fastest of each size (a busy machine moves single "
        "runs by seconds; default 1)",
    )
    p.add_argument(
        "--no-ui",
        action="store_true",
        help="with --shape: do not time the Dagster UI's GraphQL queries",
    )
    p.add_argument(
        "--skip-big",
        action="store_true",
        help="with --shape: build only the one-form files (no files of 200; no shape ratio)",
    )
    p.add_argument(
        "--ui-only",
        type=Path,
        metavar="DIR",
        help="only time the Dagster UI's GraphQL queries on a benchmark folder kept before "
        "(DIR holds landing/, warehouse.duckdb and dagster_home/, e.g. "
        "WORKDIR/one_form_files after --shape N --keep)",
    )
    p.add_argument(
        "--watch-only",
        type=Path,
        metavar="DIR",
        help="only time adding one-form files through `jixiao watch` on a benchmark folder kept "
        "before (DIR holds landing/, warehouse.duckdb and dagster_home/, e.g. "
        "WORKDIR/one_form_files after --shape N --keep)",
    )
    p.add_argument(
        "--watch-repeat",
        type=positive,
        default=WATCH_REPEAT,
        metavar="R",
        help=f"files added one after the other through `jixiao watch` (default {WATCH_REPEAT}; "
        "with --shape, after the builds, unless --no-watch)",
    )
    p.add_argument(
        "--watch-interval",
        type=float,
        default=None,
        metavar="SECONDS",
        help="the watcher's polling interval (default: its own, 0.25 s)",
    )
    p.add_argument(
        "--no-watch", action="store_true", help="with --shape: do not time `jixiao watch`"
    )
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)  # internal: run one step
    args = p.parse_args(argv)
    if args.quick:
        args.sizes = [1_000]
    if args.workdir is not None and args.workdir.exists() and not args.workdir.is_dir():
        p.error(f"--workdir is not a folder: {args.workdir}")
    return args


def forms_per_file(args: argparse.Namespace, size: int) -> int:
    if args.forms_per_file:
        return args.forms_per_file
    return 50 if size <= 1_000 else 100 if size <= 10_000 else 200


# ------------------------------------------------------------------------------ child steps


def _timed(module, name: str, spent: dict) -> None:
    """Wrap module.name so the time spent in it adds up in spent[name] (a breakdown only)."""
    inner = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - started

    setattr(module, name, wrapper)


def child_build(landing: str, warehouse: str) -> dict:
    from pipelines import build as build_module
    from pipelines import discovery
    from pipelines.defs import resources
    from pipelines.warehouse import load

    # the process's start and imports: from its launch by in_child (breakdown)
    spent: dict = {"import": time.time() - float(os.environ.get("BENCH_LAUNCHED", time.time()))}
    _timed(resources.FormParser, "parse", spent)  # parse_bytes, as the asset calls it
    _timed(load.Writer, "load_files", spent)  # the warehouse transactions (groups of files)
    _timed(discovery, "discover", spent)  # walking, stat and hashing the landing folder
    _timed(build_module, "run_job", spent)  # the Dagster runs (batches and downstream)
    started = time.perf_counter()
    report = build_module.build(landing, warehouse)
    return {
        "seconds": time.perf_counter() - started,
        "files": report.files,
        "hashed": report.hashed,
        "downstream_skipped": report.downstream_skipped is not None,
        "failed_files": len(report.failed_files),
        "summary": _plain(report.summary),
        "checks_failed": [_check_name(c) for c in report.checks_failed],
        "spent": spent,
    }


def _check_name(check) -> str:
    """'name (severity)' of a failed check, whatever shape build() reports it in."""
    if isinstance(check, (tuple, list)):
        return f"{check[0]} ({check[1]})"
    return f"{getattr(check, 'name', check)} ({getattr(check, 'severity', '?')})"


def child_add(landing: str, warehouse: str, rel_path: str) -> dict:
    """Materialise one new file as an arrival batch, then everything downstream."""
    import dagster as dg

    from pipelines import discovery
    from pipelines.build import downstream_keys
    from pipelines.definitions import defs
    from pipelines.defs import assets, sensors
    from pipelines.defs.resources import make_resources

    started = time.perf_counter()
    resources = make_resources(landing, warehouse)
    new = [f for f in discovery.scan(Path(landing)) if f.rel_path == rel_path]
    if not new:
        raise SystemExit(f"new file {rel_path} not found in {landing}")
    quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
    timings = {}
    home = os.environ.get("DAGSTER_HOME")
    with (
        dg.DagsterInstance.from_config(home) if home else dg.DagsterInstance.ephemeral()
    ) as instance:
        keys, (request,) = sensors.batch_runs(new)
        instance.add_dynamic_partitions(assets.PARTITIONS_NAME, keys)
        t = time.perf_counter()
        ok = dg.materialize(
            [assets.ingested_batch],
            partition_key=request.partition_key,
            instance=instance,
            resources=resources,
            raise_on_error=False,
            run_config={**quiet, **request.run_config},
            tags=request.tags,
        ).success
        timings["batch"] = time.perf_counter() - t
        t = time.perf_counter()
        # what `jixiao build` runs after the batches: every unpartitioned asset + checks
        keys = downstream_keys(defs)
        selection = dg.AssetSelection.assets(*keys) | dg.AssetSelection.checks_for_assets(*keys)
        result = dg.materialize(
            [*defs.assets, *defs.asset_checks],
            selection=selection,
            instance=instance,
            resources=resources,
            raise_on_error=False,
            run_config=quiet,
        )
        timings["downstream"] = time.perf_counter() - t
        ok = ok and result.success
        failures = [
            f"{event.step_key}: {_first_error_line(event)}"
            for event in result.all_events
            if event.is_step_failure
        ]
    return {
        "seconds": time.perf_counter() - started,
        "ok": ok,
        "steps": timings,
        "failures": failures,
    }


def _first_error_line(event) -> str:
    error = getattr(event.event_specific_data, "error", None)
    while error is not None and error.cause is not None:
        error = error.cause
    text = error.message if error is not None else str(event.message)
    return text.strip().splitlines()[0][:160] if text.strip() else "failed"


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (int, float, str, bool)) or value is None:
        return value
    return str(value)


def breakdown(result: dict) -> str:
    """Where a `jixiao build` child spent its time, in words."""
    spent = result.get("spent", {})
    return (
        f"{result['wall']:.1f} s: start and imports {spent.get('import', 0):.1f} s, discovery "
        f"{spent.get('discover', 0):.1f} s ({result.get('hashed', '?')} of "
        f"{result.get('files', '?')} files hashed), Dagster runs {spent.get('run_job', 0):.1f} s"
        + (", downstream run skipped" if result.get("downstream_skipped") else "")
    )


def run_child(args: argparse.Namespace) -> int:
    step, *rest = args.child
    result = {"build": child_build, "add": child_add}[step](*rest)
    print("BENCH-RESULT " + json.dumps(result, default=str))
    return 0


def in_child(step: str, *params: str, dagster_home: Path) -> dict:
    """Run a step in a child process; its wall time, peak RSS (getrusage via wait4) and result."""
    env = dict(
        os.environ,
        DAGSTER_HOME=str(dagster_home),
        PYTHONUNBUFFERED="1",
        BENCH_LAUNCHED=repr(time.time()),
    )
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "scripts.bench_pipeline", "--child", step, *params],
            stdout=out,
            stderr=err,
            env=env,
            cwd=ROOT,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = (
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )
    lines = [line for line in stdout.splitlines() if line.startswith("BENCH-RESULT ")]
    if proc.returncode != 0 or not lines:
        tail = "\n".join((stderr or stdout).splitlines()[-15:])
        raise RuntimeError(f"child step {step} failed (exit {proc.returncode}):\n{tail}")
    result = json.loads(lines[-1][len("BENCH-RESULT ") :])
    result.update(wall=wall, peak_mb=usage.ru_maxrss / 1024)  # Linux: ru_maxrss in KiB
    return result


# ------------------------------------------------------------------------------ measurements


def _floor_one(path: Path) -> int:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    return len(text.splitlines())


def _parse_one(path: Path) -> int:
    from pipelines.parser import parse_file

    return len(parse_file(path).forms)


def parse_throughput(files: list[Path], forms: int) -> list[dict]:
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    rows = []
    for name, func in (
        ("read + split lines (floor)", _floor_one),
        ("parse_file, 1 process", _parse_one),
    ):
        started = time.perf_counter()
        counted = sum(func(path) for path in files)
        seconds = time.perf_counter() - started
        if func is _parse_one and counted != forms:
            raise RuntimeError(f"parsed {counted} forms, generated {forms}")
        rows.append(
            {
                "step": name,
                "seconds": seconds,
                "forms_s": forms / seconds,
                "mb_s": size_mb / seconds,
            }
        )
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        counted = sum(pool.imap_unordered(_parse_one, files, chunksize=max(1, len(files) // 32)))
    seconds = time.perf_counter() - started
    if counted != forms:
        raise RuntimeError(f"parsed {counted} forms in 2 processes, generated {forms}")
    rows.append(
        {
            "step": "parse_file, 2 processes",
            "seconds": seconds,
            "forms_s": forms / seconds,
            "mb_s": size_mb / seconds,
        }
    )
    return rows


def expected_counts(expected_dir: Path) -> dict:
    forms = indicators = 0
    for path in expected_dir.glob("*.json"):
        for form in json.loads(path.read_text("utf-8")):
            forms += 1
            indicators += len(form["indicators"])
    return {"forms": forms, "indicators": indicators}


def warehouse_counts(warehouse: Path) -> dict:
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("forms", "indicators", "parse_errors")
        }


EXECUTION_BY_DEPARTMENT = """
SELECT f.department, sum(l.executed_yuan) AS executed, sum(l.annual_budget_yuan) AS budget,
       round(100 * sum(l.executed_yuan) / nullif(sum(l.annual_budget_yuan), 0), 2) AS rate
FROM fund_lines l JOIN forms f USING (form_id)
WHERE l.line = '年度资金总额' GROUP BY ALL ORDER BY budget DESC"""
QUERIES_WITH_TABLE = [
    ("agg_department_year", "SELECT * FROM agg_department_year"),
    ("agg_year", "SELECT * FROM agg_year"),
    ("red_flags", "SELECT flag, count(*) AS forms FROM red_flags GROUP BY flag"),
]
FALLBACK_QUERIES = [
    (
        "department x year (GROUP BY)",
        """
SELECT f.year, f.department, count(*) AS forms, avg(f.total_score) AS mean_score,
       sum(l.executed_yuan) AS executed, sum(l.annual_budget_yuan) AS budget
FROM forms f JOIN fund_lines l USING (form_id) WHERE l.line = '年度资金总额' GROUP BY ALL""",
    ),
]
PLAIN_QUERIES = [
    ("execution rate by department", EXECUTION_BY_DEPARTMENT),
    (
        "points lost by reason",
        """
SELECT coalesce(reason_category, '(none)') AS category, count(*) AS n, sum(points_lost) AS lost
FROM deviations GROUP BY ALL ORDER BY lost DESC""",
    ),
    (
        "indicators by level1, level2",
        """
SELECT level1, level2, count(*) AS n, avg(score / nullif(weight, 0)) AS mark
FROM indicators GROUP BY ALL""",
    ),
]


def time_queries(warehouse: Path) -> list[dict]:
    import duckdb

    rows = []
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        queries = [q for q in QUERIES_WITH_TABLE if q[0] in tables]
        if "agg_department_year" not in tables:
            queries += FALLBACK_QUERIES
        queries += PLAIN_QUERIES
        for name, sql in queries:
            best, count = float("inf"), 0
            for _ in range(5):
                started = time.perf_counter()
                count = len(con.execute(sql).fetchall())
                best = min(best, time.perf_counter() - started)
            rows.append({"query": name, "ms": best * 1000, "rows": count})
    return rows


# ------------------------------------------------------------------------------ report


def verdict(value: float, goal: float, higher_is_better: bool) -> str:
    ok = value >= goal if higher_is_better else value <= goal
    if ok:
        return "met"
    factor = goal / value if higher_is_better else value / goal
    return (
        (f"missed by {factor:.2f}x" if factor < 1.1 else f"missed by {factor:.1f}x")
        if value
        else "missed"
    )


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(c) for c in row] for row in rows]
    widths = [
        max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)
    ]

    def line(r):
        return "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths)))

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, cells)])


@dataclass
class Results:
    parse: list[dict] = field(default_factory=list)
    parse_forms: int = 0
    builds: list[dict] = field(default_factory=list)
    add: dict | None = None
    queries: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def print_results(r: Results) -> None:
    print(
        f"\n# jixiao scale benchmark — {time.strftime('%Y-%m-%d')}, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}"
    )
    if r.parse:
        print(f"\n## Parse throughput ({r.parse_forms:,} synthetic forms)\n")
        rows = []
        for p in r.parse:
            goal = ""
            if p["step"].startswith("parse_file, 1"):
                goal = f">= {PARSE_GOAL:,}/s: {verdict(p['forms_s'], PARSE_GOAL, True)}"
            elif p["step"].startswith("parse_file, 2"):
                goal = f">= {2 * PARSE_GOAL:,}/s: {verdict(p['forms_s'], 2 * PARSE_GOAL, True)}"
            rows.append(
                [p["step"], f"{p['seconds']:.3f}", f"{p['forms_s']:,.0f}", f"{p['mb_s']:.2f}", goal]
            )
        print(table(["step", "seconds", "forms/s", "MB/s", "goal"], rows))
    if r.builds:
        print("\n## jixiao build, end to end (child process)\n")
        rows = []
        for b in r.builds:
            goal = ""
            if b["forms"] == BUILD_GOAL_FORMS:
                goal = (
                    f"< {BUILD_GOAL_S} s: {verdict(b['wall'], BUILD_GOAL_S, False)}; "
                    f"< 2 GB: {verdict(b['peak_mb'], MEMORY_GOAL_MB, False)}"
                )
            rows.append(
                [
                    f"{b['forms']:,}",
                    b["files"],
                    f"{b['wall']:.1f}",
                    f"{b['forms'] / b['wall']:,.0f}",
                    f"{b['peak_mb']:,.0f}",
                    b["load_check"],
                    goal,
                ]
            )
        print(
            table(["forms", "files", "seconds", "forms/s", "peak MB", "load check", "goal"], rows)
        )
    if r.add:
        a = r.add
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in a["steps"].items())
        print(f"\n## Adding one file ({a['forms']} forms) to the {a['base']:,}-form warehouse\n")
        print(
            table(
                ["step", "seconds", "peak MB", "goal"],
                [
                    [
                        "new batch + downstream assets and checks",
                        f"{a['wall']:.1f}",
                        f"{a['peak_mb']:,.0f}",
                        f"< {ADD_GOAL_S} s: {verdict(a['wall'], ADD_GOAL_S, False)}",
                    ]
                ],
            )
        )
        print(f"(inside the child: {steps})")
        for failure in a.get("failures", []):
            print(f"FAILED step {failure}")
    if r.queries:
        print(
            f"\n## Aggregate queries on the {r.builds[-1]['forms']:,}-form warehouse (best of 5)\n"
        )
        print(
            table(
                ["query", "ms", "rows", "goal"],
                [
                    [
                        q["query"],
                        f"{q['ms']:.1f}",
                        q["rows"],
                        f"< {QUERY_GOAL_MS} ms: {verdict(q['ms'], QUERY_GOAL_MS, False)}",
                    ]
                    for q in r.queries
                ],
            )
        )
    for note in r.notes:
        print(f"\nnote: {note}")


# ------------------------------------------------------------------------------ main

SHAPE_GOAL = 2.0  # one-form files build at most 2x slower than files of many forms
UI_GOAL_S = 3.0  # each GraphQL query behind the asset pages, with every file loaded
UI_STARTUP_S = 180
# The GraphQL queries behind the UI's asset pages, shaped after the UI's own queries in
# dagster-webserver 1.13's bundle (named here after them; their fragments written out as the
# fields they ask for): the catalog (AssetCatalogTableQuery, and AssetGraphLiveQuery /
# AssetHealthQuery for the live status of every asset), an asset's overview
# (AssetViewDefinitionQuery), its partitions tab (partition stats and statuses, and
# AssetPartitionDetailQuery for one partition), its events tab (assetEventHistory), its checks
# tab (AssetChecksQuery, AssetCheckDetailsQuery) and the runs list (RunsRootQuery). $PARTITION
# and $CHECK are filled in with a real partition key and check name before timing. Timed
# against dagster-webserver on the benchmark's instance.
UI_QUERIES = {
    "catalog: assets (AssetCatalogTableQuery)": """{
  assetsOrError(limit: 1000) { ... on AssetConnection { nodes { id key { path }
    definition { id groupName description kinds isPartitioned isExecutable
      partitionDefinition { description } dependencyKeys { path } dependedByKeys { path }
      assetChecksOrError { ... on AssetChecks { checks { name } } } } } cursor } }
}""",
    "catalog: live status (AssetGraphLiveQuery)": """{
  assetNodes(loadMaterializations: true) { id assetKey { path }
    assetMaterializations(limit: 1) { timestamp runId partition }
    partitionStats { numMaterialized numPartitions numFailed numMaterializing }
    assetChecksOrError { ... on AssetChecks { checks { name
      executionForLatestMaterialization { status timestamp } } } } }
  assetsLatestInfo(assetKeys: [{path: ["ingested_batch"]}, {path: ["source_files"]},
    {path: ["quality_issues"]}, {path: ["agg_department_year"]}]) {
    id assetKey { path } inProgressRunIds unstartedRunIds latestRun { id status endTime } }
}""",
    "source_files: overview (AssetViewDefinitionQuery)": """{
  assetOrError(assetKey: {path: ["source_files"]}) { ... on Asset { id key { path }
    assetMaterializations(limit: 1) { timestamp runId metadataEntries { label
      ... on IntMetadataEntry { intValue } ... on TableMetadataEntry { table { records } } } }
    definition { id groupName description opNames jobNames isPartitioned
      dependencyKeys { path } dependedByKeys { path } } } }
}""",
    "ingested_batch: partitions": """{
  assetNodeOrError(assetKey: {path: ["ingested_batch"]}) { ... on AssetNode {
    partitionStats { numMaterialized numPartitions numFailed numMaterializing }
    assetPartitionStatuses { ... on DefaultPartitionStatuses {
      materializedPartitions failedPartitions materializingPartitions } }
    partitionKeysByDimension { name partitionKeys } } }
}""",
    "ingested_batch: one partition (AssetPartitionDetailQuery)": """{
  assetOrError(assetKey: {path: ["ingested_batch"]}) { ... on Asset { id
    definition { id opNames latestRunForPartition(partition: "$PARTITION") { id status } }
    assetEventHistory(partitions: ["$PARTITION"], limit: 1000,
      eventTypeSelectors: [MATERIALIZATION, OBSERVATION, FAILED_TO_MATERIALIZE]) {
      results { ... on MaterializationEvent { runId partition timestamp
        metadataEntries { label ... on IntMetadataEntry { intValue }
          ... on TableMetadataEntry { table { records } } } } } } } }
}""",
    "ingested_batch: events": """{
  assetOrError(assetKey: {path: ["ingested_batch"]}) { ... on Asset {
    assetEventHistory(limit: 100, eventTypeSelectors: [MATERIALIZATION, OBSERVATION,
      FAILED_TO_MATERIALIZE]) { results { ... on MaterializationEvent { runId partition
        timestamp metadataEntries { label ... on IntMetadataEntry { intValue } } } } cursor } } }
}""",
    "quality_issues: checks (AssetChecksQuery)": """{
  assetNodeOrError(assetKey: {path: ["quality_issues"]}) { ... on AssetNode { id
    assetChecksOrError { ... on AssetChecks { checks { name description blocking
      executionForLatestMaterialization { id runId status timestamp
        evaluation { severity metadataEntries { label
          ... on IntMetadataEntry { intValue } } } } } } } } }
}""",
    "quality_issues: one check's history (AssetCheckDetailsQuery)": """{
  assetCheckExecutions(assetKey: {path: ["quality_issues"]}, checkName: "$CHECK", limit: 25) {
    id runId status stepKey timestamp
    evaluation { severity timestamp metadataEntries { label
      ... on IntMetadataEntry { intValue } ... on TableMetadataEntry { table { records } } } } }
}""",
    "runs list (RunsRootQuery)": """{
  runsOrError(limit: 25) { ... on Runs { results { id runId status jobName creationTime
    startTime endTime tags { key value } assetSelection { path } } } }
}""",
}
# What fills $PARTITION and $CHECK (asked once, not timed)
UI_PLACEHOLDERS = """{
  assetNodeOrError(assetKey: {path: ["ingested_batch"]}) { ... on AssetNode {
    partitionKeysByDimension { partitionKeys } } }
  quality_issues: assetNodeOrError(assetKey: {path: ["quality_issues"]}) { ... on AssetNode {
    assetChecksOrError { ... on AssetChecks { checks { name } } } } }
}"""
ADD_RATIO_GOAL = 1.3  # adding a file to a 20x larger warehouse
ADD_NOOP_GOAL = 3.0  # adding a file costs at most 3x a build with nothing new
ADD_ONE_GOAL_S = 3.0  # adding one file to 100,000 one-form files, on an idle machine
WATCH_REPEAT = 7
WATCH_READY_S = 1800  # the watcher's start: imports, discovery and any catch-up
WATCH_CYCLE_S = 300
WATCH_PAUSE_S = 2.0  # between two files added through the watcher
BIG_FILE = 200


def _post(url: str, query: str, timeout: float = 120) -> dict:
    import urllib.request

    request = urllib.request.Request(
        url,
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def ui_timings(landing: Path, warehouse: Path, home: Path, repeat: int = 3) -> list[dict]:
    """Start dagster-webserver (no daemon: no sensor runs meanwhile) on the instance ``home``
    and time each of UI_QUERIES: the first answer and the slowest of ``repeat`` more."""
    import socket
    import urllib.error
    import urllib.request

    from pipelines.cli.ui import WORKSPACE

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(
        os.environ,
        DAGSTER_HOME=str(home),
        JIXIAO_LANDING=str(landing),
        JIXIAO_WAREHOUSE=str(warehouse),
    )
    server = Path(sys.executable).with_name("dagster-webserver")
    log = home / "webserver.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(server), "-h", "127.0.0.1", "-p", str(port), "-w", str(WORKSPACE)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    rows = []
    try:
        deadline = time.monotonic() + UI_STARTUP_S
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"dagster-webserver exited: {log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(f"{base}/server_info", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise RuntimeError("dagster-webserver did not answer in time") from None
                time.sleep(1)
        _post(f"{base}/graphql", "{ version }")  # the code location is loaded
        filled = _placeholders(_post(f"{base}/graphql", UI_PLACEHOLDERS))
        for name, query in UI_QUERIES.items():
            for placeholder, value in filled.items():
                query = query.replace(placeholder, value)
            seconds = []
            for _ in range(1 + repeat):
                started = time.perf_counter()
                answer = _post(f"{base}/graphql", query)
                seconds.append(time.perf_counter() - started)
                if answer.get("errors"):
                    raise RuntimeError(f"GraphQL query {name!r} failed: {answer['errors'][:2]}")
            rows.append({"query": name, "first": seconds[0], "slowest": max(seconds)})
            print(f"  UI {name}: {seconds[0]:.2f} s", file=sys.stderr, flush=True)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
    return rows


def _placeholders(answer: dict) -> dict[str, str]:
    """$PARTITION: the last arrival batch; $CHECK: the first check of quality_issues."""
    data = answer.get("data") or {}
    keys = (data.get("assetNodeOrError") or {}).get("partitionKeysByDimension") or [{}]
    checks = ((data.get("quality_issues") or {}).get("assetChecksOrError") or {}).get("checks")
    return {
        "$PARTITION": (keys[0].get("partitionKeys") or [""])[-1],
        "$CHECK": (checks or [{"name": ""}])[0]["name"],
    }


def add_one_file(landing: Path, warehouse: Path, home: Path, seed: int, turn: int) -> dict:
    """Write a new one-form file into the landing folder and run `jixiao build` on it."""
    synth = generate_file(seed, 999_999 - turn, 1)
    (landing / synth.name).write_bytes(synth.data)
    return in_child("build", str(landing), str(warehouse), dagster_home=home)


def _load1() -> float:
    """The 1-minute load average, as `uptime` prints it."""
    return os.getloadavg()[0]


def watch_timings(
    landing: Path,
    warehouse: Path,
    home: Path,
    seed: int,
    repeat: int,
    interval: float | None = None,
) -> dict:
    """Start `jixiao watch --json` on a built folder (its own process, as a user runs it), wait
    until it is ready, then ``repeat`` times: write one new one-form file into the landing folder
    (to a hidden name, renamed into place) and time from just before the write to the moment the
    watcher says the file is loaded, refreshed and recorded in Dagster (its JSON line, read as it
    is printed). Stops it with SIGINT at the end. The instance gets the repo's dagster.yaml
    (the writers' pool) when it has none."""
    import queue
    import threading

    if not (home / "dagster.yaml").exists():
        shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
        print(f"  copied dagster.yaml (the writers' pool) into {home}", file=sys.stderr)
    command = [sys.executable, "-m", "pipelines", "watch", "--json"]
    command += ["--landing", str(landing), "--warehouse", str(warehouse)]
    if interval:
        command += ["--interval", f"{interval:g}"]
    env = dict(os.environ, DAGSTER_HOME=str(home), PYTHONUNBUFFERED="1")
    log = home.parent / "watch.log"
    started = time.perf_counter()
    with open(log, "ab") as err:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=err, env=env, cwd=ROOT, start_new_session=True
        )
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for raw in process.stdout:
            lines.put((time.time(), raw.decode("utf-8", "replace")))
        lines.put((time.time(), None))

    threading.Thread(target=read, daemon=True).start()

    def next_event(timeout: float) -> tuple[float, dict]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                at, line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise RuntimeError(
                    f"jixiao watch said nothing for {timeout:.0f} s (log: {log})"
                ) from None
            if line is None:
                raise RuntimeError(f"jixiao watch exited (log: {log})")
            if line.startswith("{"):
                return at, json.loads(line)

    turns = []
    try:
        while True:
            _, event = next_event(WATCH_READY_S)
            if event["event"] == "ready":
                break
            print(f"  catch-up cycle: {event.get('reason')}", file=sys.stderr)
        ready = time.perf_counter() - started
        print(f"  watcher ready after {ready:.1f} s", file=sys.stderr, flush=True)
        for turn in range(repeat):
            time.sleep(WATCH_PAUSE_S)
            index = 700_000 + turn
            while (landing / generate_file(seed, index, 1).name).exists():
                index += repeat  # a file of an earlier run of the benchmark
            synth = generate_file(seed, index, 1)
            load = _load1()
            hidden = landing / f".{synth.name}.tmp"
            written = time.time()
            hidden.write_bytes(synth.data)
            os.replace(hidden, landing / synth.name)
            while True:
                at, event = next_event(WATCH_CYCLE_S)
                if event["event"] == "cycle" and synth.name in event["loaded"]:
                    break
            if event["errors"] or not event["refreshed"]:
                raise RuntimeError(f"the watcher's cycle failed: {event['errors']} (log: {log})")
            turn_result = {
                "seconds": at - written,
                "noticed": event["seen_at"] - written,
                "cycle": event["done_at"] - event["seen_at"],
                "cpu": event.get("cpu", 0.0),
                "load_before": load,
                "load_after": _load1(),
                "timings": event["timings"],
                "checks": event["checks"],
                "file": synth.name,
            }
            turns.append(turn_result)
            print(
                f"  watch turn {turn + 1}/{repeat}: {turn_result['seconds']:.2f} s "
                f"(load {load:.2f})",
                file=sys.stderr,
                flush=True,
            )
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            code = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            code = process.wait()
    return {"ready": ready, "turns": turns, "exit": code, "interval": interval}


def print_watch(result: dict, what: str) -> None:
    """The watcher's turns against the 3 s goal, with the load of each."""
    import statistics

    turns = result["turns"]
    interval = result["interval"] or 0.25
    print(
        f"\nAdding one one-form file through `jixiao watch` to {what} (polling every "
        f"{interval:g} s; from just before the file is written to the moment its load, the "
        "refresh, checks, aggregates, report and Dagster events are done)"
    )
    rows = []
    for number, t in enumerate(turns, start=1):
        slowest = sorted(t["timings"].items(), key=lambda kv: -kv[1])[:4]
        rows.append(
            [
                number,
                f"{t['load_before']:.2f}",
                f"{t['seconds']:.2f}",
                f"{t['noticed']:.2f}",
                f"{t['cycle']:.2f}",
                f"{t['cpu']:.2f}",
                ", ".join(f"{k} {v:.2f}" for k, v in slowest),
                f"< {ADD_ONE_GOAL_S:g} s: {verdict(t['seconds'], ADD_ONE_GOAL_S, False)}",
            ]
        )
    print(
        table(
            [
                "turn",
                "load 1 min",
                "added s",
                "noticed s",
                "cycle s",
                "cycle CPU s",
                "slowest parts s",
                "goal",
            ],
            rows,
        )
    )
    if turns:
        median = statistics.median(t["seconds"] for t in turns)
        loads = [t["load_before"] for t in turns]
        state = "idle (load < 0.5)" if max(loads) < 0.5 else "BUSY (load >= 0.5)"
        cpu = statistics.median(t["cpu"] for t in turns)
        noticed = statistics.median(t["noticed"] for t in turns)
        print(
            f"median {median:.2f} s over {len(turns)} files (goal < {ADD_ONE_GOAL_S:g} s: "
            f"{verdict(median, ADD_ONE_GOAL_S, False)}); load {min(loads):.2f}-{max(loads):.2f}: "
            f"{state}; watcher ready after {result['ready']:.1f} s; it exited with "
            f"{result['exit']} on SIGINT"
        )
        print(
            f"median CPU of a cycle, from the look that found the file (the watcher process, all "
            f"its threads) {cpu:.2f} s, median "
            f"wait until the file was noticed {noticed:.2f} s: their sum, {cpu + noticed:.2f} s, "
            "estimates a turn on an idle machine (less where the checks overlap the next step, "
            "more for I/O waits)"
        )


def build_three_ways(work: Path, name: str, forms: int, per_file: int, seed: int) -> dict:
    """Build ``forms`` forms in files of ``per_file``; then again with nothing new; then with one
    new one-form file (each `jixiao build` in a new process, as a user runs it)."""
    landing = work / name / "landing"
    if landing.parent.exists():
        shutil.rmtree(landing.parent)
    write_landing(landing, forms, per_file, seed)
    warehouse = landing.parent / "warehouse.duckdb"
    home = landing.parent / "dagster_home"
    home.mkdir()
    print(
        f"{name}: building {forms:,} forms in files of {per_file} ...", file=sys.stderr, flush=True
    )
    first = in_child("build", str(landing), str(warehouse), dagster_home=home)
    print(f"  {first['wall']:.1f} s; a build with nothing new ...", file=sys.stderr, flush=True)
    noop = in_child("build", str(landing), str(warehouse), dagster_home=home)
    print(f"  {breakdown(noop)}; adding one file ...", file=sys.stderr, flush=True)
    add = add_one_file(landing, warehouse, home, seed, 0)
    print(f"  {breakdown(add)}", file=sys.stderr, flush=True)
    return {
        "landing": landing,
        "warehouse": warehouse,
        "home": home,
        "forms": forms,
        "per_file": per_file,
        "files": first["files"],
        "build": first["wall"],
        "peak_mb": first["peak_mb"],
        "noop": noop["wall"],
        "add": add["wall"],
        "noop_detail": breakdown(noop),
        "add_detail": breakdown(add),
        "adds": [add["wall"]],
        "spent": first.get("spent", {}),
    }


def shape_benchmark(args: argparse.Namespace, work: Path) -> None:
    """Issue 13: the same forms as few big files and as one-form files; adding one file."""
    n = args.shape
    runs = [] if args.skip_big else [build_three_ways(work, "big_files", n, BIG_FILE, args.seed)]
    runs.append(build_three_ways(work, "one_form_files", n, 1, args.seed))
    sized = [
        build_three_ways(work, f"add_{size}", size, BIG_FILE, args.seed)
        for size in (args.add_sizes or [])
    ]
    for turn in range(1, args.add_repeat if len(sized) >= 2 else 1):
        for r in sized:  # taking turns, so that the machine's load falls on every size alike
            print(
                f"add_{r['forms']}: adding one more file ({turn + 1}/{args.add_repeat}) ...",
                file=sys.stderr,
                flush=True,
            )
            r["adds"].append(
                add_one_file(r["landing"], r["warehouse"], r["home"], args.seed, turn)["wall"]
            )
            print(f"  {r['adds'][-1]:.1f} s", file=sys.stderr, flush=True)
            r["add"] = min(r["adds"])
    print(
        f"\n{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d')}"
    )
    print(
        table(
            [
                "forms",
                "files",
                "build s",
                "peak MB",
                "nothing new s",
                "add one file s",
                "add / nothing new",
            ],
            [
                [
                    f"{r['forms']:,}",
                    f"{r['files']:,}",
                    f"{r['build']:.1f}",
                    f"{r['peak_mb']:,.0f}",
                    f"{r['noop']:.1f}",
                    f"{r['add']:.1f}",
                    f"{r['add'] / r['noop']:.2f}x (<= {ADD_NOOP_GOAL:g}x: "
                    f"{verdict(r['add'] / r['noop'], ADD_NOOP_GOAL, False)})",
                ]
                for r in runs + sized
            ],
        )
    )
    one = runs[-1]
    if len(runs) == 2:
        factor = one["build"] / runs[0]["build"]
        print(
            f"\none-form files / files of {BIG_FILE}: {factor:.2f}x (goal <= {SHAPE_GOAL:g}x: "
            f"{verdict(factor, SHAPE_GOAL, False)})"
        )
    print(
        f"\nadding one file to {one['files']:,} one-form files: {one['add']:.1f} s (goal < "
        f"{ADD_ONE_GOAL_S:g} s: {verdict(one['add'], ADD_ONE_GOAL_S, False)})"
    )
    for r in runs:
        print(f"  {r['files']:,} files, nothing new: {r['noop_detail']}")
        print(f"  {r['files']:,} files, one file added: {r['add_detail']}")
    for r in runs:
        spent = r["spent"]
        print(
            f"  {r['files']:,} files: parse {spent.get('parse', 0):.1f} s, load rows "
            f"{spent.get('load_files', 0):.1f} s, the rest {r['build'] - spent.get('parse', 0) - spent.get('load_files', 0):.1f} s"
        )
    if len(sized) >= 2:
        ratio = sized[-1]["add"] / sized[0]["add"]
        best = " (fastest of each)" if args.add_repeat > 1 else ""
        print(
            f"adding one file at {sized[-1]['forms']:,} / at {sized[0]['forms']:,} forms{best}: "
            f"{ratio:.2f}x (goal <= {ADD_RATIO_GOAL:g}: {verdict(ratio, ADD_RATIO_GOAL, False)})"
        )
        if args.add_repeat > 1:
            for r in sized:
                print(
                    f"  {r['forms']:,} forms, each file added (s): "
                    + ", ".join(f"{w:.1f}" for w in r["adds"])
                )
    if not args.no_watch:
        print("timing `jixiao watch` ...", file=sys.stderr, flush=True)
        result = watch_timings(
            one["landing"],
            one["warehouse"],
            one["home"],
            args.seed,
            args.watch_repeat,
            args.watch_interval,
        )
        print_watch(result, f"{one['files']:,} one-form files")
    if not args.no_ui:
        print_ui(one["landing"], one["warehouse"], one["home"], f"{one['files']:,} one-form files")


def print_ui(landing: Path, warehouse: Path, home: Path, what: str) -> None:
    """Time the UI's GraphQL queries on a built benchmark instance and print them with the goal."""
    print(f"timing the UI's GraphQL queries on {what} ...", file=sys.stderr)
    rows = ui_timings(landing, warehouse, home)
    print(
        f"\nDagster UI, GraphQL queries of the asset pages, {what} loaded "
        f"(dagster-webserver {_webserver_version()}, seconds)"
    )
    print(
        table(
            ["query", "first", "slowest of 4", "goal"],
            [
                [
                    r["query"],
                    f"{r['first']:.2f}",
                    f"{r['slowest']:.2f}",
                    f"< {UI_GOAL_S:g} s: {verdict(r['slowest'], UI_GOAL_S, False)}",
                ]
                for r in rows
            ],
        )
    )


def _webserver_version() -> str:
    from importlib.metadata import version

    return version("dagster-webserver")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return run_child(args)
    for option, folder in (("--ui-only", args.ui_only), ("--watch-only", args.watch_only)):
        if not folder:
            continue
        needed = [folder / "landing", folder / "warehouse.duckdb", folder / "dagster_home"]
        missing = [str(p) for p in needed if not p.exists()]
        if missing:
            print(f"bench_pipeline: {option}: not found: {', '.join(missing)}", file=sys.stderr)
            return 2
        files = f"{sum(1 for _ in (folder / 'landing').glob('*.txt')):,} files"
        if option == "--ui-only":
            print_ui(*needed, files)
        else:
            result = watch_timings(*needed, args.seed, args.watch_repeat, args.watch_interval)
            print_watch(result, files)
        return 0
    if args.shape:
        work = args.workdir or Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
        work.mkdir(parents=True, exist_ok=True)
        try:
            shape_benchmark(args, work)
        finally:
            if not (args.keep or args.workdir):
                shutil.rmtree(work, ignore_errors=True)
        return 0
    work = args.workdir or Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    dagster_home = work / "dagster_home"
    dagster_home.mkdir(exist_ok=True)
    results = Results()
    try:
        landings: dict[int, Path] = {}

        def landing_of(size: int) -> Path:
            if size not in landings:
                landing = work / f"forms_{size}" / "landing"
                if landing.exists():
                    shutil.rmtree(landing.parent)
                t = time.perf_counter()
                write_landing(landing, size, forms_per_file(args, size), args.seed)
                print(
                    f"generated {size:,} forms in {time.perf_counter() - t:.1f} s -> {landing}",
                    file=sys.stderr,
                    flush=True,
                )
                landings[size] = landing
            return landings[size]

        parse_size = args.parse_forms or max(
            [s for s in args.sizes if s <= 10_000] or [min(args.sizes)]
        )
        print(f"timing the parser on {parse_size:,} forms", file=sys.stderr, flush=True)
        results.parse = parse_throughput(sorted(landing_of(parse_size).glob("*.txt")), parse_size)
        results.parse_forms = parse_size

        for size in args.sizes:
            if results.builds:
                previous = results.builds[-1]
                projected = previous["wall"] * size / previous["forms"] / 60
                print(
                    f"building {size:,} forms, projected {projected:.1f} min ...",
                    file=sys.stderr,
                    flush=True,
                )
                if args.max_build_minutes and projected > args.max_build_minutes:
                    results.notes.append(
                        f"{size:,} forms not built: projected {projected:.0f} min from the "
                        f"{previous['forms']:,}-form build (> --max-build-minutes {args.max_build_minutes:g}); "
                        f"the goal of {BUILD_GOAL_S // 60} min would be "
                        f"{verdict(projected * 60, BUILD_GOAL_S, False)} (projection, not measured)"
                    )
                    continue
            else:
                print(f"building {size:,} forms ...", file=sys.stderr, flush=True)
            landing = landing_of(size)
            warehouse = landing.parent / "warehouse.duckdb"
            home = dagster_home / f"forms_{size}"
            home.mkdir(exist_ok=True)
            b = in_child("build", str(landing), str(warehouse), dagster_home=home)
            expected = expected_counts(landing.parent / "expected")
            got = warehouse_counts(warehouse)
            b["load_check"] = (
                "ok"
                if got["forms"] == expected["forms"]
                and got["indicators"] == expected["indicators"]
                and got["parse_errors"] == 0
                else f"MISMATCH {got} vs {expected}"
            )
            b["forms"] = size
            results.builds.append(b)
            if b["failed_files"]:
                results.notes.append(f"{size:,} forms: {b['failed_files']} files failed to load")
            print(
                f"  {b['wall']:.1f} s, peak {b['peak_mb']:.0f} MB, checks failed: {b['checks_failed']}",
                file=sys.stderr,
                flush=True,
            )
        largest = results.builds[-1]
        if largest["checks_failed"]:
            results.notes.append(
                f"failed checks on the synthetic warehouse are expected (the generator prints "
                f"defects): {largest['checks_failed']}"
            )
        for b in results.builds:
            spent = b.get("spent", {})
            parse_s, load_s = spent.get("parse", 0.0), spent.get("load_files", 0.0)
            results.notes.append(
                f"where the {b['forms']:,}-form build spends its {b['wall']:.0f} s: parsing "
                f"{parse_s:.1f} s ({100 * parse_s / b['wall']:.0f}%), loading rows (Writer.load_files) "
                f"{load_s:.1f} s ({100 * load_s / b['wall']:.0f}%), the rest (Dagster runs, "
                f"summary and checks, process start) {b['wall'] - parse_s - load_s:.1f} s"
            )

        size = largest["forms"]
        landing = landings[size]
        count = forms_per_file(args, size)
        synth = generate_file(args.seed, 999_999, count)
        (landing / synth.name).write_bytes(synth.data)
        print("adding one file ...", file=sys.stderr, flush=True)
        add = in_child(
            "add",
            str(landing),
            str(landing.parent / "warehouse.duckdb"),
            synth.name,
            dagster_home=dagster_home / f"forms_{size}",
        )
        add.update(forms=count, base=size)
        results.add = add
        results.notes.append(
            "the add figure is the new batch plus what build runs after the "
            "batches (unpartitioned assets and their checks), on the same Dagster "
            "instance; `jixiao build` does the same, skipping files already loaded"
        )
        results.queries = time_queries(landing.parent / "warehouse.duckdb")
    finally:
        print_results(results)
        if args.keep or args.workdir:
            print(f"\nwork folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
