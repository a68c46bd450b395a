"""Bad input loses nothing: every broken file is recorded with a clear message and the good forms
beside it are loaded. For every file, forms found = forms loaded + forms quarantined
(parse_errors with a form index), and `jixiao build` says so.

The small cases are committed in tests/bad_inputs/ (see its README) and go through a real
`jixiao build` (Dagster, real parser). The cases made at test time: the same file under two
names, a file that disappears between discovery and parse, a file replaced with new content, an
unreadable file (through Dagster), and a 50 MB file and a 5,000-form file generated with
pipelines.synth, which are parsed only (a full load of them takes too long for the suite).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pytest

from pipelines import discovery, settings
from pipelines.build import BuildReport, build
from pipelines.cli.build import format_report
from pipelines.defs import assets, resources, sensors
from pipelines.parser import parse_bytes
from pipelines.synth import generate_file
from pipelines.warehouse import load, queries
from tests.helpers import SAMPLES, make_dagster_home

pytestmark = pytest.mark.integration  # Dagster runs, subprocesses or whole builds

CORPUS = Path(__file__).parent / "bad_inputs"
SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]  # 2 forms
REPLACEMENT = sorted(SAMPLES.glob("*.txt"))[4]

# file -> (forms found, forms loaded, {quarantined form index: words of its message}, file error)
EXPECTED = {
    "empty.txt": (0, 0, {}, "the file is empty"),
    "binary.txt": (0, 0, {}, "the file is binary, not text"),
    # a form that says what it is loads with the parts that were read (issue 11): the rest is null
    # and named in forms.missing_parts
    "truncated.txt": (3, 3, {}, None),
    "gb18030.txt": (3, 3, {}, None),
    "utf16.txt": (3, 3, {}, None),
    "missing_funds.txt": (3, 3, {}, None),
    "missing_indicators.txt": (3, 3, {}, None),
    "missing_total.txt": (3, 3, {}, None),
    "garbage_between.txt": (3, 3, {}, None),
    "twice/first.txt": (2, 2, {}, None),
    "twice/second.txt": (2, 2, {}, None),
    "vanishes.txt": (0, 0, {}, "the file disappeared before it could be read"),
}


class Vanishing(resources.FormParser):
    """The real parser, except that parsing removes the file ``path`` first."""

    path: str

    def parse(self, data, source_file):
        Path(self.path).unlink(missing_ok=True)
        return super().parse(data, source_file)


@dataclass
class Built:
    landing: Path
    db: Path
    instance_home: Path
    report: BuildReport


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    root = tmp_path_factory.mktemp("bad_inputs")
    landing, db, home = root / "landing", root / "warehouse.duckdb", root / "dagster_home"
    shutil.copytree(CORPUS, landing, ignore=shutil.ignore_patterns("README.md"))
    (landing / "twice").mkdir()
    shutil.copy(SAMPLE, landing / "twice" / "first.txt")
    shutil.copy(SAMPLE, landing / "twice" / "second.txt")
    shutil.copy(SAMPLE, landing / "vanishes.txt")
    make_dagster_home(home)

    # after discovery, while the first file is parsed, vanishes.txt (read last) disappears
    parser = Vanishing(path=str(landing / "vanishes.txt"))
    with dg.DagsterInstance.from_config(str(home)) as instance:
        report = build(landing, db, instance=instance, parser=parser)
    return Built(landing, db, home, report)


def rows(db: Path, sql: str, **params) -> list[tuple]:
    return queries.query(settings.read_copy_path(db), sql, params or None)[1]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_file_is_recorded_and_its_good_forms_loaded(built, name):
    found, loaded, quarantined, file_error = EXPECTED[name]
    (record,) = rows(
        built.db,
        "SELECT forms_found, forms_failed, file_error FROM source_files WHERE source_file = $f",
        f=name,
    )
    assert record[0] == found and record[1] == len(quarantined)
    assert (record[2] is None) if file_error is None else (file_error in record[2])
    assert rows(built.db, "SELECT count(*) FROM forms WHERE source_file = $f", f=name) == [
        (loaded,)
    ]
    errors = rows(
        built.db,
        "SELECT form_index, message FROM parse_errors WHERE source_file = $f "
        "ORDER BY form_index NULLS LAST",
        f=name,
    )
    by_form = {index: message for index, message in errors if index is not None}
    assert set(by_form) == set(quarantined)
    assert all(quarantined[i] in by_form[i] for i in quarantined)
    if file_error:
        assert [m for i, m in errors if i is None] == [record[2]]
    assert found == loaded + len(quarantined)


def test_forms_found_equal_loaded_plus_quarantined_and_the_summary_says_so(built):
    report = built.report
    found = sum(v[0] for v in EXPECTED.values())
    loaded = sum(v[1] for v in EXPECTED.values())
    quarantined = sum(len(v[2]) for v in EXPECTED.values())
    assert (report.forms_found, report.forms_loaded, report.forms_quarantined) == (
        found,
        loaded,
        quarantined,
    )
    text = format_report(report)
    assert f"forms:      {found} found = {loaded} loaded + {quarantined} quarantined" in text
    assert report.files == len(EXPECTED) and report.failed_files == []
    # The integrity check that holds the same equation, per file, passed.
    (check,) = [c for c in report.checks if c.name == "forms_accounted_for"]
    assert check.passed
    # A parse error is an error-severity check: the build says the warehouse lacks forms.
    assert not report.ok and "no_parse_errors" in text


def test_the_same_file_under_two_names_is_loaded_twice_and_flagged(built):
    shas = rows(
        built.db, "SELECT DISTINCT sha256 FROM source_files WHERE source_file LIKE 'twice/%'"
    )
    assert len(shas) == 1
    flagged = rows(
        built.db, "SELECT count(*) FROM quality_issues WHERE \"check\" = 'no_duplicate_forms'"
    )
    assert flagged[0][0] >= 1


def test_a_file_replaced_with_new_content_replaces_its_rows(built, tmp_path):
    landing = built.landing
    target = landing / "garbage_between.txt"
    old_names = {
        r[0]
        for r in rows(
            built.db,
            "SELECT project_name FROM forms WHERE source_file = $f",
            f="garbage_between.txt",
        )
    }
    shutil.copy(REPLACEMENT, target)
    (key,), (request,) = sensors.batch_runs(discovery.locate(landing, ["garbage_between.txt"]))
    with dg.DagsterInstance.from_config(str(built.instance_home)) as instance:
        instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [key])
        result = dg.materialize(
            [assets.ingested_batch],
            partition_key=key,
            instance=instance,
            resources=resources.make_resources(landing, built.db),
            run_config=request.run_config,
            tags=request.tags,
        )
    assert result.success
    expected = parse_bytes(REPLACEMENT.read_bytes(), "garbage_between.txt")
    (record,) = rows(
        built.db,
        "SELECT sha256, forms_found FROM source_files WHERE source_file = $f",
        f="garbage_between.txt",
    )
    assert record == (discovery.sha256_of(REPLACEMENT), expected.forms_found)
    names = {
        r[0]
        for r in rows(
            built.db,
            "SELECT project_name FROM forms WHERE source_file = $f",
            f="garbage_between.txt",
        )
    }
    assert names == {f["project_name"] for f in expected.forms} and not names & old_names


def test_an_unreadable_entry_is_recorded_not_fatal(tmp_path):
    """A `*.txt` that cannot be read (here a directory handed to read, as a stand-in that also
    works as root) gives a clear message, never an exception."""
    (tmp_path / "odd.txt").mkdir()
    landing_file = discovery.LandingFile("k", "odd.txt", tmp_path / "odd.txt", "", 0)
    current, data, error = discovery.read(landing_file, tmp_path)
    assert data == b"" and error == "cannot read the file: it is a directory"
    assert current.sha256 == discovery.EMPTY_SHA256
    assert discovery.scan(tmp_path) == []  # a directory is not a landing file


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading a file",
)
def test_an_unreadable_file_is_recorded_through_dagster(tmp_path):
    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    landing.mkdir()
    shutil.copy(SAMPLE, landing / "good.txt")
    locked = landing / "locked.txt"
    shutil.copy(SAMPLE, locked)
    locked.chmod(0)
    try:
        with dg.DagsterInstance.ephemeral() as instance:
            report = build(landing, db, instance=instance)
    finally:
        locked.chmod(0o644)
    assert report.failed_files == []
    (record,) = queries.query(
        db, "SELECT file_error FROM source_files WHERE source_file = 'locked.txt'"
    )[1]
    assert record[0] == "cannot read the file: Permission denied"
    assert queries.query(db, "SELECT count(*) FROM forms WHERE source_file = 'good.txt'")[1] == [
        (2,)
    ]


def _load_alone(tmp_path: Path, path: Path) -> tuple[int, list[tuple]]:
    """Parse and load one landing file the way its partition does (load.load_file);
    returns the forms found and the (forms, parse_errors) counts in the warehouse."""
    (landing_file,) = discovery.scan(path.parent)
    _, data, error = discovery.read(landing_file, path.parent)
    assert error is None
    result = parse_bytes(data, path.name)
    db = tmp_path / "w.duckdb"
    load.load_file(db, landing_file, result)
    counts = queries.query(
        db, "SELECT (SELECT count(*) FROM forms), (SELECT count(*) FROM parse_errors)"
    )[1]
    return result.forms_found, counts


def test_a_50_mb_file_loads_whole(tmp_path):
    """200 forms with ~250 kB of page noise after each, 50 MB in all: every form is loaded."""
    forms = [
        f
        for f in generate_file(21, 0, 200, layout="tab", hard_shapes=False).text.split("\n\n\n")
        if f.strip()
    ]
    noise = "\n".join(f"第 {i} 页 共 9999 页 扫描件页脚 " + "·" * 40 for i in range(2100)) + "\n"
    data = "".join(form.strip("\n") + "\n\n" + noise + "\n" for form in forms).encode("utf-8")
    assert len(data) >= 50_000_000
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "big.txt").write_bytes(data)
    found, counts = _load_alone(tmp_path, landing / "big.txt")
    assert found == 200 and counts == [(200, 0)]


def test_a_file_with_5000_forms_loads_whole(tmp_path):
    """A 5,000-form file (about 9 MB): found = loaded + quarantined, all of them loaded."""
    synth = generate_file(22, 0, 5000, layout="space")
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / synth.name).write_bytes(synth.data)
    found, counts = _load_alone(tmp_path, landing / synth.name)
    assert found == 5000 and counts == [(5000, 0)]
