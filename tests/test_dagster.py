"""The Dagster wiring with a real (ephemeral) instance and real DuckDB files; gold parses."""

import json
import os
import re
import time
from decimal import Decimal
from pathlib import Path

import dagster as dg
import pytest

from pipelines import aggregates, columns, contract, discovery, settings
from pipelines.build import build, downstream_keys
from pipelines.definitions import defs
from pipelines.defs import assets, checks, resources, sensors
from pipelines.defs.aggregates import AGGREGATE_ASSETS
from pipelines.parser.result import ParseResult
from pipelines.quality import sql_checks
from pipelines.schemas import SCHEMAS
from pipelines.warehouse import queries
from tests.helpers import GoldParser

pytestmark = pytest.mark.integration  # Dagster runs, subprocesses or whole builds


@pytest.fixture
def instance():
    # not `with instance:` -- that sets a context variable pytest may not reset in the same context
    inst = dg.DagsterInstance.ephemeral()
    yield inst
    inst.dispose()


def sensor_context(instance, landing, cursor=None):
    """The sensor's context; its warehouse is warehouse.duckdb beside the landing folder (where
    the warehouse_file fixture puts it)."""
    return dg.build_sensor_context(
        instance=instance,
        cursor=cursor,
        resources={
            "landing": resources.LandingResource(path=str(landing)),
            "warehouse": resources.WarehouseResource(path=str(landing.parent / "warehouse.duckdb")),
        },
    )


def batch_materializations(instance) -> list:
    """The materialisations of ingested_batch, newest first."""
    return instance.fetch_materializations(assets.ingested_batch.key, limit=1000).records


def all_check_names() -> set[str]:
    return (
        {checks.schema_check_name(t) for t in SCHEMAS}
        | set(sql_checks.names(sql_checks.RULES))
        | set(sql_checks.names(sql_checks.INTEGRITY))
        | set(sql_checks.names(checks.RECONCILE))
    )


def test_definitions_load():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    aggregate_keys = {k.to_user_string() for a in AGGREGATE_ASSETS for k in a.keys}
    assert keys == {
        "ingested_batch",
        "quality_issues",
        "warehouse_summary",
        *contract.TABLES,
        *aggregate_keys,
    }
    found = {(k.asset_key.to_user_string(), k.name) for k in repo.asset_graph.asset_check_keys}
    assert found == (
        {(t, checks.schema_check_name(t)) for t in SCHEMAS}
        | {("quality_issues", name) for name in sql_checks.names(sql_checks.RULES)}
        | {("warehouse_summary", name) for name in sql_checks.names(sql_checks.INTEGRITY)}
        | {
            (name.removesuffix("_matches_facts").removesuffix("_point_at_forms"), name)
            for name in sql_checks.names(checks.RECONCILE)
        }
    )
    assert {s.name for s in repo.sensor_defs} == {"landing_sensor", "refresh_aggregates"}
    assert repo.get_sensor_def("landing_sensor").description
    # the aggregates declare the tables their SQL reads, and every table asset its column schema
    graph = repo.asset_graph
    for table in aggregates.TABLES:
        assert {"forms", "fund_lines", "indicators", "deviations", "quality_issues"} <= {
            k.to_user_string() for k in graph.get(dg.AssetKey(table)).parent_keys
        }
    for table in [*contract.TABLES, "quality_issues", "warehouse_summary", *aggregates.TABLES]:
        schema = graph.get(dg.AssetKey(table)).metadata["dagster/column_schema"]
        assert [c.name for c in schema.columns] == [c.name for c in columns.columns(table)]
        assert all(c.description and c.type for c in schema.columns)
    # every job runs in one process; build and the sensor use the location's own jobs
    for job in repo.get_all_jobs():
        assert job.executor_def.name == "in_process", job.name
    assert {"ingest_files", "refresh_downstream"} <= {j.name for j in repo.get_all_jobs()}
    assert repo.get_sensor_def("landing_sensor").job_name == "ingest_files"
    schedule = repo.get_schedule_def("landing_schedule")
    assert schedule.execution_timezone == "Asia/Shanghai"


def test_schema_checks_block_and_rule_checks_do_not():
    specs = {spec.key.name: spec for check in checks.ALL_CHECKS for spec in check.check_specs}
    assert all(specs[checks.schema_check_name(t)].blocking for t in SCHEMAS)
    assert not any(specs[name].blocking for name in sql_checks.names(sql_checks.RULES))


def test_the_schema_checks_share_steps():
    # a step per check cost more in Dagster than the check: the six loaded tables' checks are
    # one step, quality_issues' (built after them) another; each check keeps its own name
    steps = {node.name: node for node in defs.resolve_job_def("refresh_downstream").nodes}
    assert not any(name.endswith("_schema") for name in steps)
    specs = {
        spec.key.name: spec.asset_key.to_user_string()
        for check in checks.schema_checks
        for spec in check.check_specs
    }
    assert specs == {checks.schema_check_name(t): t for t in SCHEMAS}
    assert len(checks.schema_checks) == 2


def test_build_materialises_every_unpartitioned_asset(
    landing, warehouse_file, gold_parser, instance
):
    report = build(landing, warehouse_file, parser=gold_parser, instance=instance)
    assert report.not_materialized == []
    for key in downstream_keys(defs):
        assert instance.get_latest_materialization_event(key) is not None, key
    assert assets.ingested_batch.key not in downstream_keys(defs)
    forms = instance.get_latest_materialization_event(dg.AssetKey("forms")).asset_materialization
    assert forms.metadata["dagster/row_count"].value == 32
    preview = forms.metadata["preview"]
    assert preview.schema.columns[0].name == "form_id" and len(preview.records) == 5
    # the source_files asset shows each file's status
    files = instance.get_latest_materialization_event(dg.AssetKey("source_files"))
    meta = files.asset_materialization.metadata
    assert meta["files_loaded"].value == 5 and "files_file_error" not in meta
    shown = {r.data["source_file"]: r.data["status"] for r in meta["files_by_status"].records}
    assert shown == {f.rel_path: "loaded" for f in discovery.scan(landing)}


def test_materialising_the_samples(landing, warehouse_file, gold_parser, instance):
    report = build(landing, warehouse_file, parser=gold_parser, instance=instance)
    assert report.files == 5 and report.failed_files == []
    assert report.summary["forms"] == 32 and report.summary["indicators"] == 362
    assert {c.name for c in report.checks} == all_check_names()
    assert all(c.passed for c in report.checks if c.name.endswith("_schema"))
    assert report.checks_failed and all(c.severity == "warn" for c in report.checks_failed)
    assert report.ok
    # what each rule check reports is what quality_issues holds
    _, rows = queries.query(
        warehouse_file, 'SELECT "check", count(*) FROM quality_issues GROUP BY 1'
    )
    counts = dict(rows)
    for check in report.checks:
        if check.asset == "quality_issues" and check.name in counts:
            assert check.violations == counts[check.name] and not check.passed
    assert {c.name for c in report.checks_failed if c.asset == "quality_issues"} == set(counts)
    # the five files went in one run: one arrival batch, one materialisation with the batch's
    # totals and its files
    (batch,) = instance.get_dynamic_partitions(assets.PARTITIONS_NAME)
    (record,) = batch_materializations(instance)
    assert record.asset_materialization.partition == batch
    m = record.asset_materialization.metadata
    assert (m["files"].value, m["forms"].value, m["indicators"].value) == (5, 32, 362)
    assert m["parse_errors"].value == 0 and m["files_loaded"].value == 5
    _, rows = queries.query(
        warehouse_file, "SELECT source_file, forms_found, batch_key FROM source_files"
    )
    assert {path: forms for path, forms, _ in rows} == {
        r.data["source_file"]: r.data["forms_found"] for r in m["files_by_status"].records
    }
    assert {key for _, _, key in rows} == {batch}


def test_rule_check_metadata_has_count_and_sample(landing, warehouse_file, gold_parser, instance):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    key = dg.AssetCheckKey(dg.AssetKey("quality_issues"), "no_duplicate_rows")
    evaluation = instance.event_log_storage.get_latest_asset_check_execution_by_key([key])[
        key
    ].event
    check = evaluation.dagster_event.event_specific_data
    assert not check.passed and check.severity == dg.AssetCheckSeverity.WARN
    assert check.metadata["violations"].value >= 2
    assert any("行重复" in record.data["detail"] for record in check.metadata["sample"].records)
    # the sample says which project, department and year, the whole detail and file:line
    key = dg.AssetCheckKey(dg.AssetKey("quality_issues"), "execution_rate_matches")
    check = instance.event_log_storage.get_latest_asset_check_execution_by_key([key])[key].event
    rows = [r.data for r in check.dagster_event.event_specific_data.metadata["sample"].records]
    assert {r["project_name"] for r in rows} == {"系统及平台运行维护费"}
    assert {r["department"] for r in rows} == {"上海市宝山区城市网格化综合管理中心"} and {
        r["year"] for r in rows
    } == {2023}
    assert (
        "年度资金总额：填报执行率 1,000.00%，全年执行数 / 全年预算数 = 1,000.00%（超过100%）"
        in {r["detail"] for r in rows}
    )
    # (the gold parse has no line numbers, so the line may be "?")
    assert all(re.fullmatch(r"002_[0-9a-f]+\.txt:(\d+|\?)", r["where"]) for r in rows), rows


class DuplicateFormIndex(GoldParser):
    """The gold parse with two forms of one file under one index: a broken key, which the
    code guarantees never happens, so the forms table breaks its schema."""

    def parse(self, data: bytes, source_file: str) -> ParseResult:
        result = super().parse(data, source_file)
        if source_file.startswith("001_"):
            result.forms[1]["form_index"] = result.forms[0]["form_index"]
        return result


def test_a_schema_failure_blocks_what_is_downstream(landing, warehouse_file, instance):
    report = build(landing, warehouse_file, parser=DuplicateFormIndex(), instance=instance)
    (failed,) = [c for c in report.checks_failed if c.name == "forms_schema"]
    assert (failed.asset, failed.severity, failed.violations) == ("forms", "error", 2)
    assert "quality_issues" in report.not_materialized and not report.ok
    assert not any(c.asset == "quality_issues" for c in report.checks)
    key = dg.AssetCheckKey(dg.AssetKey("forms"), "forms_schema")
    evaluation = instance.event_log_storage.get_latest_asset_check_execution_by_key([key])[
        key
    ].event
    sample = evaluation.dagster_event.event_specific_data.metadata["sample"].records
    assert any(r.data["column"] == "form_id" for r in sample)


def requested_files(requests) -> dict[str, str]:
    """Partition key -> the paths of the arrival batch of each run request."""
    return {
        request.partition_key: request.run_config["ops"]["ingested_batch"]["config"]["paths"]
        for request in requests
    }


def test_sensor_adds_a_batch_and_requests_one_run_for_the_new_files(landing, instance):
    result = sensors.landing_sensor(sensor_context(instance, landing))
    files = discovery.scan(landing)
    ((key,),) = [req.partition_keys for req in result.dynamic_partitions_requests]
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{8}", key)
    (request,) = result.run_requests  # five new files: one batch, one run
    assert request.partition_key == key and request.tags[assets.FILES_TAG] == "5"
    assert requested_files(result.run_requests) == {key: [f.rel_path for f in files]}
    # the same content is not requested twice, even before its run finished
    again = sensors.landing_sensor(sensor_context(instance, landing, cursor=result.cursor))
    assert not again.run_requests and again.skip_reason is not None
    assert json.loads(again.cursor) == {f.key: f.sha256 for f in files}  # still in flight


class FormTwice(GoldParser):
    """The gold parse with one form of one file given twice under the same index."""

    def parse(self, data: bytes, source_file: str) -> ParseResult:
        result = super().parse(data, source_file)
        if source_file.startswith("002_"):
            result.forms.append(dict(result.forms[0]))
        return result


def test_a_duplicate_key_is_caught_by_the_blocking_schema_checks(landing, warehouse_file, instance):
    # the fact tables have no primary key index (sql/schema.sql): their keys are the schema checks'
    report = build(landing, warehouse_file, parser=FormTwice(), instance=instance)
    failed = {(c.asset, c.name) for c in report.checks_failed if c.severity == "error"}
    assert {
        ("forms", "forms_schema"),
        ("indicators", "indicators_schema"),
        ("fund_lines", "fund_lines_schema"),
    } <= failed
    assert "quality_issues" in report.not_materialized and not report.ok


def test_sensor_skips_a_missing_landing_folder(tmp_path, instance):
    result = sensors.landing_sensor(sensor_context(instance, tmp_path / "nowhere"))
    assert not result.run_requests and "landing folder not found" in str(result.skip_reason)


def test_sensor_handles_chinese_file_names(tmp_path, instance):
    landing = tmp_path / "landing"
    (landing / "二〇二三").mkdir(parents=True)
    (landing / "二〇二三" / "绩效自评表.txt").write_text("财政项目支出绩效自评表", encoding="utf-8")
    result = sensors.landing_sensor(sensor_context(instance, landing))
    (request,) = result.run_requests
    assert requested_files([request]) == {request.partition_key: ["二〇二三/绩效自评表.txt"]}
    assert request.partition_key.isascii()


def test_changed_file_is_reprocessed_and_unchanged_is_not(
    landing, warehouse_file, gold_parser, instance
):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    assert sensors.plan(landing, warehouse_file) == ([], {})
    before = dict(
        queries.query(warehouse_file, "SELECT source_file, ingested_at FROM source_files")[1]
    )

    changed = sorted(landing.glob("*.txt"))[2]
    changed.write_bytes(changed.read_bytes() + b"\n")
    to_load, _ = sensors.plan(landing, warehouse_file)
    assert [f.rel_path for f in to_load] == [changed.name]

    result = sensors.landing_sensor(sensor_context(instance, landing))
    (request,) = result.run_requests
    assert requested_files([request]) == {request.partition_key: [changed.name]}
    assert [r.partition_keys for r in result.dynamic_partitions_requests] == [
        [request.partition_key]
    ]

    batches_before = len(batch_materializations(instance))
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [request.partition_key])
    dg.materialize(
        [assets.ingested_batch],
        partition_key=request.partition_key,
        run_config=request.run_config,
        instance=instance,
        resources=resources.make_resources(landing, warehouse_file, gold_parser),
    )
    assert len(batch_materializations(instance)) == batches_before + 1
    assert sensors.plan(landing, warehouse_file) == ([], {})
    # the sensor's cursor forgets the file once the warehouse holds its content
    cursor = json.dumps({to_load[0].key: to_load[0].sha256})
    skipped = sensors.landing_sensor(sensor_context(instance, landing, cursor=cursor))
    assert json.loads(skipped.cursor) == {}
    after = dict(
        queries.query(warehouse_file, "SELECT source_file, ingested_at FROM source_files")[1]
    )
    assert after[changed.name] > before[changed.name]
    assert {k: v for k, v in after.items() if k != changed.name} == {
        k: v for k, v in before.items() if k != changed.name
    }
    _, rows = queries.query(
        warehouse_file,
        "SELECT sha256 FROM source_files WHERE source_file = $s",
        {"s": changed.name},
    )
    assert rows == [(discovery.sha256_of(changed),)]


def test_new_file_gets_a_new_partition(landing, warehouse_file, gold_parser, instance):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    extra = landing / "sub" / "extra.txt"
    extra.parent.mkdir()
    extra.write_text("财政项目支出绩效自评表", encoding="utf-8")
    to_load, _ = sensors.plan(landing, warehouse_file)
    assert [f.rel_path for f in to_load] == ["sub/extra.txt"]


def test_schedule_uses_the_same_discovery(landing, warehouse_file, gold_parser):
    with (
        dg.instance_for_test() as instance
    ):  # schedules need an instance with a ref (not ephemeral)
        given = {
            "landing": resources.LandingResource(path=str(landing)),
            "warehouse": resources.WarehouseResource(path=str(warehouse_file)),
        }
        # `with`: the context opens its own instance from the ref and must close it
        with dg.build_schedule_context(instance=instance, resources=given) as context:
            requests = sensors.landing_schedule(context)
        files = [f.rel_path for f in discovery.scan(landing)]
        (key,) = instance.get_dynamic_partitions(assets.PARTITIONS_NAME)
        assert requested_files(requests) == {key: files}
        build(landing, warehouse_file, parser=gold_parser, instance=instance)
        with dg.build_schedule_context(instance=instance, resources=given) as context:
            assert isinstance(sensors.landing_schedule(context), dg.SkipReason)


def test_a_vanished_file_of_a_batch_is_recorded_with_its_status(
    landing, warehouse_file, gold_parser, instance
):
    (key,), (request,) = sensors.batch_runs(discovery.locate(landing, ["vanished.txt"]))
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [key])
    result = dg.materialize(
        [assets.ingested_batch],
        partition_key=key,
        run_config=request.run_config,
        instance=instance,
        resources=resources.make_resources(landing, warehouse_file, gold_parser),
    )
    (event,) = result.get_asset_materialization_events()
    m = event.event_specific_data.materialization.metadata
    assert m["files_file_error"].value == 1 and m["file_errors"].value == 1
    (row,) = [r.data for r in m["files_by_status"].records]
    assert (row["source_file"], row["status"]) == ("vanished.txt", "file_error")
    assert "disappeared" in row["file_error"]


def test_amounts_in_yuan_after_materialising(landing, warehouse_file, gold_parser, instance):
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    _, rows = queries.query(
        warehouse_file,
        "SELECT f.amount_unit, l.annual_budget_yuan FROM fund_lines l "
        "JOIN forms f USING (form_id) WHERE f.project_name = '维修资金管理' "
        "AND l.line = '年度资金总额'",
    )
    assert rows == [("万元", Decimal("630000.0000"))]


def test_build_defaults_to_the_repo_instance(monkeypatch):
    from pipelines.settings import checkout_root, dagster_home

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    assert dagster_home() == checkout_root() and (dagster_home() / "dagster.yaml").exists()
    monkeypatch.setenv("DAGSTER_HOME", "/tmp/somewhere")
    assert str(dagster_home()) == "/tmp/somewhere"


def test_sensor_reads_no_unchanged_file_and_requests_none(
    landing, warehouse_file, gold_parser, instance, monkeypatch
):
    old = time.time_ns() - 3600 * 10**9  # an hour ago: trusted by size and mtime
    for path in landing.glob("*.txt"):
        os.utime(path, ns=(old, old))
    build(landing, warehouse_file, parser=gold_parser, instance=instance)
    reads: list[str] = []
    real = discovery.sha256_of

    def counting(path):
        reads.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(discovery, "sha256_of", counting)
    skipped = sensors.landing_sensor(sensor_context(instance, landing))
    assert skipped.run_requests == [] and reads == []  # the read copy's sizes and mtimes

    # same size, new mtime, other content: read and requested, alone
    edited = sorted(landing.glob("*.txt"))[1]
    data = bytearray(edited.read_bytes())
    data[-2:] = b"\n\n" if data[-2:] != b"\n\n" else b" \n"
    edited.write_bytes(bytes(data))
    result = sensors.landing_sensor(sensor_context(instance, landing))
    assert reads == [edited.name]
    assert requested_files(result.run_requests) == {
        result.run_requests[0].partition_key: [edited.name]
    }

    # an edit that kept size and mtime is seen only with $JIXIAO_REHASH
    other = sorted(landing.glob("*.txt"))[3]
    st = other.stat()
    data = bytearray(other.read_bytes())
    data[-2:] = b"\n\n" if data[-2:] != b"\n\n" else b" \n"
    other.write_bytes(bytes(data))
    os.utime(other, ns=(st.st_atime_ns, st.st_mtime_ns))
    plain, _ = sensors.plan(landing, warehouse_file)
    assert [f.rel_path for f in plain] == [edited.name]
    monkeypatch.setenv(settings.REHASH_ENV, "1")
    reads.clear()
    rehashed, _ = sensors.plan(landing, warehouse_file)
    assert len(reads) == 5
    assert [f.rel_path for f in rehashed] == sorted([edited.name, other.name])
