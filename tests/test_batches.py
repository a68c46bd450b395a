"""Many files per run: discovery.batches and batch_key, runs of one arrival batch (a partition of
ingested_batch), and one writer connection for many loads."""

from __future__ import annotations

from datetime import UTC, datetime

import dagster as dg
import pytest

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


def test_batches_keep_the_order_and_respect_the_file_and_byte_limits():
    chosen = files(*((k, 10) for k in "ebacdgf"))
    assert keys(discovery.batches(chosen)) == [list("ebacdgf")]
    assert keys(discovery.batches(chosen, max_files=3)) == [list("eba"), list("cdg"), ["f"]]
    assert keys(discovery.batches(chosen, max_bytes=25)) == [
        ["e", "b"],
        ["a", "c"],
        ["d", "g"],
        ["f"],
    ]
    big = files(("a", 10), ("b", 100), ("c", 10))
    assert keys(discovery.batches(big, max_bytes=50)) == [["a"], ["b"], ["c"]]
    assert discovery.batches([]) == []


def test_batch_keys_sort_by_arrival_and_name_the_files_and_their_content():
    one = files(("a", 1), ("b", 1))
    at = datetime(2026, 12, 1, 22, 15, 0, tzinfo=UTC)
    key = discovery.batch_key(one, at)
    assert key.startswith("20261201T221500Z-") and key.isascii() and len(key) == 25
    assert discovery.batch_key(one, at) == key  # the same files and content: the same key
    assert discovery.batch_key(one[:1], at) != key
    changed = [one[0], discovery.LandingFile("b", "b.txt", None, "ff" * 32, 1)]
    assert discovery.batch_key(changed, at) != key
    later = discovery.batch_key(one, datetime(2026, 12, 1, 22, 15, 1, tzinfo=UTC))
    assert sorted([later, key]) == [key, later]


def test_locate_keeps_the_order_and_refuses_paths_outside(landing):
    found = discovery.scan(landing)
    located = discovery.locate(landing, [f.rel_path for f in reversed(found)])
    assert [(f.key, f.path) for f in located] == [(f.key, f.path) for f in reversed(found)]
    with pytest.raises(discovery.UnsafePath, match="not a path inside the landing folder"):
        discovery.locate(landing, [found[0].rel_path, "../outside.txt"])


@pytest.fixture
def instance():
    inst = dg.DagsterInstance.ephemeral()
    yield inst
    inst.dispose()


def run_batch(instance, batch, resources_, key=None):
    """Add ``batch`` as a new arrival batch and materialise it as the sensor requests it; or,
    with ``key``, materialise that partition with no run config, as the UI launches it."""
    if key is None:
        (key,), (request,) = sensors.batch_runs(batch)
        tags, run_config = request.tags, request.run_config
    else:
        tags, run_config = {}, {}
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [key])
    return dg.materialize(
        [assets.ingested_batch],
        partition_key=key,
        instance=instance,
        tags=tags,
        run_config=run_config,
        raise_on_error=False,
        resources=resources_,
    )


def test_one_run_loads_a_batch_as_one_partition(landing, warehouse_file, gold_parser, instance):
    found = discovery.scan(landing)
    (batch,) = discovery.batches(found)
    loaded = []

    class Recorder(resources.LoadProgress):
        def file_loaded(self, rel_path, counts):
            loaded.append((rel_path, counts.forms))

    result = run_batch(
        instance,
        batch,
        resources.make_resources(landing, warehouse_file, gold_parser, progress=Recorder()),
    )
    assert result.success
    assert len(instance.get_runs()) == 1
    (event,) = result.get_asset_materialization_events()  # one materialisation for the batch
    mat = event.event_specific_data.materialization
    (key,) = instance.get_dynamic_partitions(assets.PARTITIONS_NAME)
    assert mat.partition == key
    counts = dict(
        queries.query(
            warehouse_file,
            "SELECT 'forms', count(*) FROM forms UNION ALL "
            "SELECT 'indicators', count(*) FROM indicators",
        )[1]
    )
    assert mat.metadata["files"].value == len(found)
    assert mat.metadata["forms"].value == counts["forms"]
    assert mat.metadata["indicators"].value == counts["indicators"]
    assert mat.metadata["files_loaded"].value == len(found)
    listed = {r.data["source_file"]: r.data for r in mat.metadata["files_by_status"].value.records}
    assert set(listed) == {f.rel_path for f in found}
    assert {r["status"] for r in listed.values()} == {"loaded"}
    # each file's state is in source_files, with the batch that loaded it
    assert queries.batch_files(warehouse_file, key) == sorted(f.rel_path for f in found)
    assert [path for path, _ in loaded] == [f.rel_path for f in found]
    # what each file holds is in the warehouse, which discovery compares the landing folder with
    assert queries.loaded_files(warehouse_file) == {f.rel_path: f.sha256 for f in found}
    assert sensors.plan(landing, warehouse_file) == ([], {})
    # the read copy was published at the end of the run and holds every file
    read_copy = settings.read_copy_path(warehouse_file)
    assert queries.query(read_copy, "SELECT count(*) FROM forms")[1] == [(32,)]


def test_a_batch_launched_without_paths_loads_its_files_again(
    landing, warehouse_file, gold_parser, instance
):
    found = discovery.scan(landing)
    res = resources.make_resources(landing, warehouse_file, gold_parser)
    assert run_batch(instance, found[:2], res).success
    (key,) = instance.get_dynamic_partitions(assets.PARTITIONS_NAME)
    before = dump(warehouse_file)
    again = run_batch(instance, [], res, key=key)  # as the UI launches a partition
    assert again.success
    (event,) = again.get_asset_materialization_events()
    assert event.event_specific_data.materialization.metadata["files"].value == 2
    assert dump(warehouse_file) == before
    # a batch the warehouse knows nothing of, without paths: a clear failure, nothing loaded
    unknown = run_batch(instance, [], res, key="20260101T000000Z-00000000")
    assert not unknown.success
    (failure,) = [e for e in unknown.all_events if e.is_step_failure]
    assert "arrival batch 20260101T000000Z-00000000: no files to load" in (
        failure.step_failure_data.error.message
    )
    assert dump(warehouse_file) == before


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


def test_a_failing_file_in_a_batch_does_not_stop_the_files_after_it(
    landing, warehouse_file, instance
):
    found = discovery.scan(landing)
    bad = found[1].rel_path
    result = run_batch(
        instance, found, resources.make_resources(landing, warehouse_file, FailsOn(name=bad))
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
