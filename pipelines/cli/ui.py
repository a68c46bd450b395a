"""`jixiao ui`: the Dagster webserver and daemon (`dagster dev`) on 127.0.0.1.

DAGSTER_HOME is $DAGSTER_HOME, else the project folder (in a checkout the repo root, so
dagster.yaml applies and run storage stays in its git-ignored folders): the same instance
`jixiao build` records its runs in.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from pipelines import settings

HOST = "127.0.0.1"
DEFAULT_PORT = 3000


def command(port: int, host: str = HOST) -> list[str]:
    dagster = Path(sys.executable).with_name("dagster")
    return [str(dagster), "dev", "-h", host, "-p", str(port), "-m", "pipelines.definitions"]


def environment(landing: str | None, warehouse_file: str | None) -> dict[str, str]:
    env = dict(os.environ, DAGSTER_HOME=str(settings.dagster_home()))
    if landing:
        env[settings.LANDING_ENV] = str(settings.landing_dir(landing))
    if warehouse_file:
        env[settings.WAREHOUSE_ENV] = str(settings.warehouse_path(warehouse_file))
    return env


def run(args: argparse.Namespace) -> int:
    cmd = command(args.port, args.host)
    if args.host != HOST:
        print(
            f"jixiao ui: warning: listening on {args.host}, not only this machine; the Dagster UI "
            "has no login and can launch runs",
            file=sys.stderr,
        )
    print(
        f"starting Dagster on http://{args.host}:{args.port} (DAGSTER_HOME={settings.dagster_home()}); Ctrl-C stops it",
        file=sys.stderr,
    )
    try:
        return subprocess.call(
            cmd, cwd=settings.project_dir(), env=environment(args.landing, args.warehouse)
        )
    except FileNotFoundError:
        print(f"jixiao ui: {cmd[0]} not found; run `make setup`", file=sys.stderr)
        return 1


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "ui",
        help="start the Dagster webserver and daemon on 127.0.0.1",
        description="Start `dagster dev` bound to 127.0.0.1 unless --host says otherwise.",
    )
    p.add_argument(
        "--host",
        default=HOST,
        help=f"address to listen on (default: {HOST}, this machine only; the UI has no login)",
    )
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--landing", metavar="DIR", help="landing folder (sets $JIXIAO_LANDING)")
    p.add_argument("--warehouse", metavar="FILE", help="DuckDB file (sets $JIXIAO_WAREHOUSE)")
    p.set_defaults(run=run)
