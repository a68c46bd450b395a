"""Helpers the tests share (fixtures are in conftest.py): where the samples and the gold are,
gold parses as ParseResults, a parser resource serving them, a Dagster home, a sample warehouse."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pipelines.defs.resources import FormParser
from pipelines.parser.result import ParseResult

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "raw"
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold"


def load_gold(name: str) -> list[dict]:
    """The gold forms of sample ``name`` (e.g. 000_c6b06f1632089068.txt), ``_alt`` keys dropped."""
    forms = json.loads((GOLD / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
    for form in forms:
        form.pop("_alt", None)
        for row in form["indicators"]:
            row.pop("_alt", None)
    return forms


def gold_result(name: str) -> ParseResult:
    return ParseResult(source_file=Path(name).name, encoding="utf-8", forms=load_gold(name))


class GoldParser(FormParser):
    """Serves the gold parse of a sample by its file name, ignoring the bytes."""

    def parse(self, data: bytes, source_file: str) -> ParseResult:
        return gold_result(source_file)


def make_dagster_home(home: Path) -> Path:
    """A new Dagster instance folder ``home`` with the repo's dagster.yaml."""
    home.mkdir()
    shutil.copy(REPO / "dagster.yaml", home / "dagster.yaml")
    return home


def build_sample_warehouse(db: Path) -> Path:
    """The bundled samples parsed and loaded into ``db``, with quality issues and aggregates
    rebuilt: the warehouse `jixiao build` makes, without Dagster."""
    from pipelines import aggregates, discovery
    from pipelines.parser import parse_file
    from pipelines.quality import sql_checks
    from pipelines.warehouse.load import load_file

    for landing_file in discovery.scan(SAMPLES):
        load_file(db, landing_file, parse_file(SAMPLES / landing_file.rel_path))
    sql_checks.refresh(db)
    aggregates.refresh(db)
    return db


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table a load writes, in a stable order: for comparing warehouses."""
    import duckdb

    from pipelines.contract import TABLES

    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def start_build(landing: Path, warehouse: Path, env: dict, stdout=None):
    """`jixiao build` in a new process group (so a signal or a kill reaches it alone), with its
    stderr (the progress lines) read into a list as they come by a thread. Returns (process,
    lines, thread): join the thread for the last lines once the process has ended."""
    import subprocess
    import sys
    import threading

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipelines",
            "build",
            "--landing",
            str(landing),
            "--warehouse",
            str(warehouse),
        ],
        cwd=REPO,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)
    reader.start()
    return process, lines, reader
