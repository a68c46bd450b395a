"""The Dagster wiring with a real (ephemeral) instance and real DuckDB files; gold parses."""
import json
from decimal import Decimal

import dagster as dg
import pytest

from pipelines import assets, discovery, warehouse
from pipelines.build_command import build
from pipelines.definitions import defs


@pytest.fixture
def instance():
    # not `with instance:` -- that sets a context variable pytest may not reset in the same context
    inst = dg.DagsterInstance.ephemeral()
    yield inst
    inst.dispose()


def sensor_context(instance, landing, cursor=None):
    return dg.build_sensor_context(instance=instance, cursor=cursor,
                                   resources={"landing": assets.LandingResource(path=str(landing))})


def materialized_partitions(instance) -> list[str]:
    records = instance.fetch_materializations(assets.ingested_file.key, limit=1000).records
    return sorted(r.asset_materialization.partition for r in records)


def test_definitions_load():
    repo = defs.get_repository_def()
    assert {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()} == {
        "ingested_file", "warehouse_summary"}
    assert {k.name for k in repo.asset_graph.asset_check_keys} == set(warehouse.check_names())
    assert {s.name for s in repo.sensor_defs} == {"landing_sensor", "refresh_aggregates"}
    schedule = repo.get_schedule_def("landing_schedule")
    assert schedule.execution_timezone == "Asia/Shanghai"


def test_materialising_the_samples(landing, warehouse_file, gold_parser, instance):
    report = build(landing, warehouse_file, parser=gold_parser, instance=instance)
    assert report.files == 5 and report.failed_files == []
    assert report.summary["forms"] == 32 and report.summary["indicators"] == 362
    assert set(report.checks_passed) | {n for n, _ in report.checks_failed} == set(warehouse.check_names())
    assert report.ok
    assert sorted(instance.get_dynamic_partitions(assets.PARTITIONS_NAME)) == sorted(
        f.key for f in discovery.scan(landing))
    record = instance.fetch_materializations(assets.ingested_file.key, limit=1).records[0]
    metadata = record.asset_materialization.metadata
    assert metadata["path"].value.endswith(".txt") and len(metadata["sha256"].value) == 64


def test_sensor_adds_partitions_and_requests_runs(landing, instance):
    result = assets.landing_sensor(sensor_context(instance, landing))
    keys = sorted(f.key for f in discovery.scan(landing))
    assert sorted(r.partition_key for r in result.run_requests) == keys
    assert [sorted(req.partition_keys) for req in result.dynamic_partitions_requests] == [keys]
    paths = {r.tags[assets.PATH_TAG] for r in result.run_requests}
    assert paths == {p.name for p in landing.glob("*.txt")}
    # the same content is not requested twice, even before its run finished
    again = assets.landing_sensor(sensor_context(instance, landing, cursor=result.cursor))
    assert not again.run_requests and again.skip_reason is not None


def test_sensor_skips_a_missing_landing_folder(tmp_path, instance):
    result = assets.landing_sensor(sensor_context(instance, tmp_path / "nowhere"))
    assert not result.run_requests and "landing folder not found" in str(result.skip_reason)


def test_sensor_handles_chinese_file_names(tmp_path, instance):
    landing = tmp_path / "landing"
    (landing / "二〇二三").mkdir(parents=True)
    (landing / "二〇二三" / "绩效自评表.txt").write_text("财政项目支出绩效自评表", encoding="utf-8")
    result = assets.landing_sensor(sensor_context(instance, landing))
    (request,) = result.run_requests
    assert request.tags[assets.PATH_TAG] == "二〇二三/绩效自评表.txt"
    assert request.partition_key == discovery.file_key("二〇二三/绩效自评表.txt")
    assert request.partition_key.isascii()


def test_changed_file_is_reprocessed_and_unchanged_is_not(landing, warehouse_file, gold_parser, instance):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    assert assets.plan(instance, landing) == ([], [])
    before = dict(warehouse.query(warehouse_file, "SELECT source_file, ingested_at FROM source_files")[1])

    changed = sorted(landing.glob("*.txt"))[2]
    changed.write_bytes(changed.read_bytes() + "\n".encode())
    to_load, new_keys = assets.plan(instance, landing)
    assert [f.rel_path for f in to_load] == [changed.name] and new_keys == []

    result = assets.landing_sensor(sensor_context(instance, landing))
    assert [r.partition_key for r in result.run_requests] == [to_load[0].key]
    assert not result.dynamic_partitions_requests

    counts_before = materialized_partitions(instance)
    dg.materialize([assets.ingested_file], partition_key=to_load[0].key, instance=instance,
                   resources=assets.make_resources(landing, warehouse_file, gold_parser))
    assert len(materialized_partitions(instance)) == len(counts_before) + 1
    assert assets.plan(instance, landing) == ([], [])
    after = dict(warehouse.query(warehouse_file, "SELECT source_file, ingested_at FROM source_files")[1])
    assert after[changed.name] > before[changed.name]
    assert {k: v for k, v in after.items() if k != changed.name} == {
        k: v for k, v in before.items() if k != changed.name}
    _, rows = warehouse.query(warehouse_file, "SELECT sha256 FROM source_files WHERE source_file = $s",
                              {"s": changed.name})
    assert rows == [(discovery.sha256_of(changed),)]


def test_new_file_gets_a_new_partition(landing, warehouse_file, gold_parser, instance):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    extra = landing / "sub" / "extra.txt"
    extra.parent.mkdir()
    extra.write_text("财政项目支出绩效自评表", encoding="utf-8")
    to_load, new_keys = assets.plan(instance, landing)
    assert [f.rel_path for f in to_load] == ["sub/extra.txt"] and new_keys == [to_load[0].key]


def test_schedule_uses_the_same_discovery(landing, warehouse_file, gold_parser):
    with dg.instance_for_test() as instance:  # schedules need an instance with a ref (not ephemeral)
        resources = {"landing": assets.LandingResource(path=str(landing))}
        # `with`: the context opens its own instance from the ref and must close it
        with dg.build_schedule_context(instance=instance, resources=resources) as context:
            requests = assets.landing_schedule(context)
        keys = sorted(f.key for f in discovery.scan(landing))
        assert sorted(r.partition_key for r in requests) == keys
        assert sorted(instance.get_dynamic_partitions(assets.PARTITIONS_NAME)) == keys
        build(landing, warehouse_file, parser=gold_parser, instance=instance)
        with dg.build_schedule_context(instance=instance, resources=resources) as context:
            assert isinstance(assets.landing_schedule(context), dg.SkipReason)


def test_partition_run_fails_clearly_for_a_vanished_file(landing, warehouse_file, gold_parser, instance):
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, ["000000000000"])
    result = dg.materialize([assets.ingested_file], partition_key="000000000000", instance=instance,
                            resources=assets.make_resources(landing, warehouse_file, gold_parser),
                            raise_on_error=False)
    assert not result.success
    failure = [e for e in result.all_events if e.is_step_failure][0]
    assert "no file with partition key" in json.dumps(str(failure.event_specific_data.error))


def test_amounts_in_yuan_after_materialising(landing, warehouse_file, gold_parser, instance):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    _, rows = warehouse.query(warehouse_file, "SELECT f.amount_unit, l.annual_budget_yuan FROM fund_lines l "
                              "JOIN forms f USING (form_id) WHERE f.project_name = '维修资金管理' "
                              "AND l.line = '年度资金总额'")
    assert rows == [("万元", Decimal("630000.0000"))]
