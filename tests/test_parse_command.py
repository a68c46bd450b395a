"""`python -m pipelines parse`: formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.forms import SPACE_FORM, TAB_FORM

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipelines", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_table_summary_and_exit_0(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TAB_FORM + SPACE_FORM, encoding="utf-8")
    out = run("parse", str(good))
    assert out.returncode == 0, out.stderr
    assert "道路养护经费" in out.stdout and "路灯运行维护费" in out.stdout
    assert "2 forms parsed, 0 failed" in out.stdout
    assert "indicators" in out.stdout and "97.5/100.0" in out.stdout


def test_failed_form_exit_1_and_good_forms_still_printed(tmp_path):
    mixed = tmp_path / "mixed.txt"
    # the middle form has lost its 项目名称: it cannot say what it is, so it is quarantined
    mixed.write_text(
        TAB_FORM + TAB_FORM.replace("项目名称", "项目说明") + SPACE_FORM, encoding="utf-8"
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run("parse", "--format", "json", str(mixed), str(empty))
    assert out.returncode == 1
    forms = json.loads(out.stdout)
    # the quarantined form is printed with what was read of it (the contract keeps a form read
    # in part as a form), marked as such; the warehouse sets it apart
    assert [f["project_name"] for f in forms] == ["道路养护经费", None, "路灯运行维护费"]
    assert [f["form_index"] for f in forms] == [0, 1, 2]
    assert [f.get("quarantined", False) for f in forms] == [False, True, False]
    assert forms[1]["department"] == forms[0]["department"] and forms[1]["indicators"]
    assert any("missing identity" in w for w in forms[1]["warnings"])
    assert "mixed.txt: form 1 (lines" in out.stderr and "identity" in out.stderr
    assert "empty.txt: the file is empty" in out.stderr
    assert "Traceback" not in out.stderr


def test_partial_form_is_printed_with_what_is_missing(tmp_path):
    cut = tmp_path / "cut.txt"
    cut.write_text(TAB_FORM.split("总分")[0], encoding="utf-8")
    out = run("parse", "--format", "json", str(cut))
    assert out.returncode == 0, out.stderr
    (form,) = json.loads(out.stdout)
    assert form["project_name"] == "道路养护经费" and "total" in form["missing_parts"]
    assert form["total_score"] is None and form["indicators"]


def test_usage_errors_exit_2():
    assert run("parse").returncode == 2
    assert run("parse", "--format", "xml", "x.txt").returncode == 2
    assert run().returncode == 2


def test_missing_file_is_a_clear_message(tmp_path):
    out = run("parse", str(tmp_path / "nope.txt"))
    assert out.returncode == 1 and "no such file" in out.stderr and "Traceback" not in out.stderr


NO_DAGSTER = """
import sys
from pipelines.cli import main
main(sys.argv[1:])
heavy = sorted(m for m in ("dagster", "pandera", "polars") if m in sys.modules)
print("imported:", *heavy)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--format", "json", "data/raw/000_c6b06f1632089068.txt"],
        ["sql", "--warehouse", "missing.duckdb", "SELECT 1"],
        ["report", "--warehouse", "missing.duckdb", "--out", "/dev/null"],
    ],
    ids=["parse", "sql", "report"],
)
def test_commands_that_run_no_dagster_do_not_import_it(args):
    done = subprocess.run(
        [sys.executable, "-c", NO_DAGSTER, *args], capture_output=True, text=True, cwd=ROOT
    )
    assert done.stdout.splitlines()[-1] == "imported:", done.stdout[-500:] + done.stderr[-2000:]


def test_json_is_one_array_with_one_form_per_line(tmp_path):
    (tmp_path / "a.txt").write_text(TAB_FORM + "\n" + SPACE_FORM, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    done = run("parse", "--format", "json", str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"))
    lines = done.stdout.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 4
    assert [form["form_index"] for form in json.loads(done.stdout)] == [0, 1]
    nothing = run("parse", "--format", "json", str(tmp_path / "empty.txt"))
    assert json.loads(nothing.stdout) == [] and nothing.returncode == 1


def test_explain_says_what_was_read_and_why_a_form_is_partial_or_quarantined(tmp_path):
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(
        TAB_FORM + TAB_FORM.split("总分")[0].replace("项目名称", "项目说明") + "\n" + SPACE_FORM,
        encoding="utf-8",
    )
    cut = tmp_path / "cut.txt"
    # a form of another wording (its money total worded 资金合计), cut before its 总分 row
    cut.write_text(TAB_FORM.replace("年度资金总额", "资金合计").split("总分")[0], encoding="utf-8")
    stops = tmp_path / "stops.txt"
    stops.write_text(TAB_FORM.split("总分")[0], encoding="utf-8")
    out = run("parse", "--explain", str(mixed), str(cut), str(stops))
    assert out.returncode == 1  # one form is quarantined
    text = out.stdout
    assert "#0 lines" in text and "status: loaded whole" in text and "reader: layout" in text
    assert (
        "quarantined" in text
        and "why: missing identity" in text
        and "synonyms.toml [identity]" in text
    )
    # the cut form: loaded in part, with the labels and columns the structure reader recognised
    part = text[text.index("== cut.txt") : text.index("== stops.txt")]
    assert "status: loaded in part: not read total" in part and "reader: structure" in part
    assert "labels recognised: project_name (line" in part
    assert "indicator columns: level1, level2, name" in part
    # a form of the layout readers' template cut before its 总分 row: read by them, the cut said
    stops_part = text[text.index("== stops.txt") :]
    assert "status: loaded in part: not read total" in stops_part
    assert "reader: layout (a template the parser reads line by line: the text stops" in stops_part
    assert "warning: the text stops inside the indicator table" in stops_part
