"""`jixiao sql` runs only reading statements."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import warehouse as wh
from pipelines.sql_command import refusal

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("sql", ["SELECT 1", "FROM forms", "WITH a AS (SELECT 1) SELECT * FROM a",
                                 "DESCRIBE forms", "SHOW TABLES", "SUMMARIZE forms", "EXPLAIN SELECT 1"])
def test_reading_statements_pass(sql):
    assert refusal(sql) is None


@pytest.mark.parametrize("sql,word", [
    ("DROP TABLE forms", "DROP"), ("DELETE FROM forms", "DELETE"), ("INSERT INTO forms VALUES (1)", "INSERT"),
    ("ATTACH 'other.duckdb' AS o", "ATTACH"), ("COPY (SELECT 1) TO 'out.csv'", "COPY"),
    ("CREATE TABLE x AS SELECT 1", "CREATE"), ("SELECT 1; DROP TABLE forms", "exactly one"),
    ("EXPORT DATABASE 'dir'", "EXPORT"), ("UPDATE forms SET year = 1", "UPDATE"),
])
def test_writing_statements_are_refused(sql, word):
    assert word in refusal(sql)


def test_copy_to_writes_nothing(tmp_path):
    db = tmp_path / "w.duckdb"
    wh.connect(db).close()
    target = tmp_path / "leak.csv"
    run = subprocess.run([sys.executable, "-m", "pipelines", "sql", "--warehouse", str(db),
                          f"COPY (SELECT 1) TO '{target}'"], capture_output=True, text=True, cwd=REPO)
    assert run.returncode == 1 and "COPY statements are refused" in run.stderr
    assert not target.exists() and "Traceback" not in run.stderr
