"""Many files per run: discovery.batches, range runs of ingested_file, and one writer
connection for many loads."""

from __future__ import annotations

from datetime import UTC, datetime

import dagster as dg
import pytest
from dagster._core.storage import tags as dagster_tags

from pipelines import discovery, settings
from pipelines.defs import assets, resources, sensors
from pipelines.warehouse import ingest, load, queries
from tests.helpers import GoldParser, dump, gold_result

pytestmark = pytest.mark.integration  # Dagster runs, subprocesses or whole builds


def files(*specs: tuple[str, int]) -> list[discovery.LandingFile]:
    """Landing files named by their key, with a size (nothing on disk)."""
    return [
        discovery.LandingFile(key=key, rel_path=f"{key}.txt", path=None, sha256="", size=size)
        for key, size in specs
    ]


def keys(batches) -> list[list[str]]:
    return [[f.key for f in batch] for batch in batches]


def test_batches_follow_the_partition_order_and_break_at_gaps():
    order = ["a", "b", "c", "d", "e", "f"]
    # c is not to be loaded (unchanged): a range a..d would load it too, so the batch breaks there
    chosen = files(("e", 1), ("a", 1), ("b", 1), ("d", 1), ("f", 1))
    assert keys(discovery.batches(chosen, order)) == [["a", "b"], ["d", "e", "f"]]


def test_batches_respect_the_file_and_byte_limits():
    order = list("abcdefg")
    chosen = files(*((k, 10) for k in order))
    assert keys(discovery.batches(chosen, order, max_files=3)) == [
        ["a", "b", "c"],
        ["d", "e", "f"],
        ["g"],
    ]
    assert keys(discovery.batches(chosen, order, max_bytes=25)) == [
        ["a", "b"],
        ["c", "d"],
        ["e", "f"],
        ["g"],
    ]
    big = files(("a", 10), ("b", 100), ("c", 10))
    assert keys(discovery.batches(big, ["a", "b", "c"], max_bytes=50)) == [["a"], ["b"], ["c"]]


def test_batches_leave_out_files_without_a_partition():
    assert keys(discovery.batches(files(("a", 1), ("x", 1)), ["a"])) == [["a"]]
    assert discovery.batches([], ["a"]) == []


def test_the_range_tags_are_dagsters():
    # the tag names are not public API in Dagster 1.13: a rename must fail here, not in production
    assert assets.ASSET_PARTITION_RANGE_START_TAG == dagster_tags.ASSET_PARTITION_RANGE_START_TAG
    assert assets.ASSET_PARTITION_RANGE_END_TAG == dagster_tags.ASSET_PARTITION_RANGE_END_TAG


def test_locate_names_missing_keys(landing):
    found = discovery.scan(landing)
    located = discovery.locate(landing, [f.key for f in found])
    assert [f.rel_path for f in located] == [f.rel_path for f in found]
    with pytest.raises(FileNotFoundError, match="no file with partition key '000000000000'"):
        discovery.locate(landing, [found[0].key, "000000000000"])


@pytest.fixture
def instance():
    inst = dg.DagsterInstance.ephemeral()
    yield inst
    inst.dispose()


def test_one_run_loads_a_range_of_partitions(landing, warehouse_file, gold_parser, instance):
    found = discovery.scan(landing)
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [f.key for f in found])
    (batch,) = discovery.batches(found, instance.get_dynamic_partitions(assets.PARTITIONS_NAME))
    launch = sensors.launch(batch)
    loaded = []

    class Recorder(resources.LoadProgress):
        def file_loaded(self, rel_path, counts):
            loaded.append((rel_path, counts.forms))

    result = dg.materialize(
        [assets.ingested_file],
        instance=instance,
        tags=launch["tags"],
        run_config=launch["run_config"],
        resources=resources.make_resources(
            landing, warehouse_file, gold_parser, progress=Recorder()
        ),
    )
    assert result.success
    assert len(instance.get_runs()) == 1
    by_partition = {
        e.event_specific_data.materialization.partition: e.event_specific_data.materialization.metadata
        for e in result.get_asset_materialization_events()
    }
    assert set(by_partition) == {f.key for f in found}  # every partition of the range
    _, rows = queries.query(
        warehouse_file,
        "SELECT s.file_key, s.source_file, count(*) FROM source_files s "
        "JOIN forms USING (source_file) GROUP BY ALL",
    )
    for key, path, forms in rows:  # each partition carries its own file's metadata
        assert by_partition[key]["path"].value == path and by_partition[key]["forms"].value == forms
    assert [path for path, _ in loaded] == [f.rel_path for f in found]
    # what each file holds is in the warehouse, which discovery compares the landing folder with
    assert queries.loaded_files(warehouse_file) == {f.rel_path: f.sha256 for f in found}
    assert sensors.plan(instance, landing, warehouse_file) == ([], [])
    # the read copy was published at the end of the run and holds every file
    read_copy = settings.read_copy_path(warehouse_file)
    assert queries.query(read_copy, "SELECT count(*) FROM forms")[1] == [(32,)]


def test_one_writer_for_many_files_gives_the_same_tables_as_one_connection_each(landing, tmp_path):
    found = discovery.scan(landing)
    each, shared = tmp_path / "each.duckdb", tmp_path / "shared.duckdb"
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for landing_file in found:
        load.load_file(each, landing_file, gold_result(landing_file.rel_path), now)
    with load.Writer(shared) as writer:
        for landing_file in found:
            writer.load(landing_file, gold_result(landing_file.rel_path), now)
        for landing_file in found[:2]:  # loading again replaces, on the same connection
            writer.load(landing_file, gold_result(landing_file.rel_path), now)
    assert dump(each) == dump(shared)
    assert len(dump(shared)["forms"]) == 32 and len(dump(shared)["source_files"]) == len(found)


class FailsOn(GoldParser):
    """The gold parse, except that parsing ``name`` raises."""

    name: str

    def parse(self, data, source_file):
        if source_file == self.name:
            raise OSError("disk hiccup")
        return super().parse(data, source_file)


def test_a_failing_file_in_a_range_run_does_not_stop_the_files_after_it(
    landing, warehouse_file, instance
):
    found = discovery.scan(landing)
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [f.key for f in found])
    (batch,) = discovery.batches(found, instance.get_dynamic_partitions(assets.PARTITIONS_NAME))
    launch = sensors.launch(batch)
    bad = found[1].rel_path
    result = dg.materialize(
        [assets.ingested_file],
        instance=instance,
        tags=launch["tags"],
        run_config=launch["run_config"],
        raise_on_error=False,
        resources=resources.make_resources(landing, warehouse_file, FailsOn(name=bad)),
    )
    assert not result.success
    (failure,) = [e for e in result.all_events if e.is_step_failure]
    message = failure.step_failure_data.error.message
    assert f"1 of 5 files could not be loaded ({bad}: OSError: disk hiccup" in message
    loaded = {
        r[0] for r in queries.query(warehouse_file, "SELECT source_file FROM source_files")[1]
    }
    assert loaded == {f.rel_path for f in found} - {bad}
    # and the read copy holds them too
    read_copy = settings.read_copy_path(warehouse_file)
    assert queries.query(read_copy, "SELECT count(*) FROM source_files")[1] == [(4,)]


def test_a_group_whose_load_fails_is_loaded_again_file_by_file(landing, warehouse_file):
    found = discovery.scan(landing)
    results = [gold_result(f.rel_path) for f in found]
    # A project name that is no text: its insert fails. (A number too large for its column no
    # longer does: its form is quarantined, see test_reliability_bad_forms.)
    results[2].forms[0] = dict(results[2].forms[0], project_name=["not", "text"])
    with load.Writer(warehouse_file) as writer:
        outcomes = writer.load_files(list(zip(found, results)))
    assert [type(o).__name__ for o in outcomes] == ["LoadCounts"] * 2 + ["TypeError"] + [
        "LoadCounts"
    ] * 2
    loaded = {
        r[0] for r in queries.query(warehouse_file, "SELECT source_file FROM source_files")[1]
    }
    assert loaded == {f.rel_path for f in found} - {found[2].rel_path}
    forms = queries.query(warehouse_file, "SELECT count(*) FROM forms")[1][0][0]
    assert forms == sum(len(r.forms) for i, r in enumerate(results) if i != 2)


def test_ingest_groups_files_and_reports_each(landing, warehouse_file):
    found = discovery.scan(landing)
    outcomes = list(
        ingest.ingest(
            found, landing, warehouse_file, GoldParser().parse, group_forms=10**6, group_files=2
        )
    )
    assert [o.landing_file.rel_path for o in outcomes] == [f.rel_path for f in found]
    assert all(isinstance(o, ingest.Loaded) for o in outcomes)
    assert sum(o.counts.forms for o in outcomes) == 32
    assert queries.query(warehouse_file, "SELECT count(*) FROM forms")[1] == [(32,)]
