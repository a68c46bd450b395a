-- The warehouse tables. Every table carries source_file (the path relative to the landing
-- folder) so that re-loading a file replaces exactly its rows (see delete_file.sql).
-- Money is in yuan as DECIMAL (万元 amounts are multiplied by 10,000 exactly, never via floats).
-- Keys: only source_files has a primary key. The keys of the other tables (form_id; form_id and
-- line; form_id and row_number) are checked by the blocking pandera schema checks after every
-- load (schemas/tables.py), not by DuckDB indexes: at 100,000 forms the indexes made every
-- checkpoint (each run's commit to the file) re-write ~0.4 s of index data.

-- The columns and their comments are aligned by hand: sqlfluff's spacing rule is off here.
-- noqa: disable=LT01

CREATE TABLE IF NOT EXISTS source_files (
    source_file   VARCHAR PRIMARY KEY,      -- path relative to the landing folder
    file_key      VARCHAR NOT NULL,         -- short hash of the path; form ids start with it
    sha256        VARCHAR NOT NULL,         -- content hash of the loaded version
    bytes         BIGINT NOT NULL,
    encoding      VARCHAR,                  -- detected text encoding
    forms_found   INTEGER NOT NULL,         -- forms parsed plus forms failed
    forms_failed  INTEGER NOT NULL,
    file_error    VARCHAR,                  -- why the whole file could not be read, if so
    ingested_at   TIMESTAMPTZ NOT NULL,     -- when this content (sha256) was first loaded
    batch_key     VARCHAR,                  -- arrival batch (Dagster partition) that last loaded it
    mtime_ns      BIGINT                    -- st_mtime_ns of the loaded content; null: not trusted
);
-- A warehouse made before arrival batches existed gets the column (null: loaded before).
ALTER TABLE source_files ADD COLUMN IF NOT EXISTS batch_key VARCHAR;
-- A warehouse made before discovery trusted size and mtime gets the column (null: the file is
-- hashed by the next discovery, which records its mtime when the content is unchanged).
ALTER TABLE source_files ADD COLUMN IF NOT EXISTS mtime_ns BIGINT;

CREATE TABLE IF NOT EXISTS forms (
    form_id            VARCHAR NOT NULL,    -- <file_key>-<form_index, 3 digits>; the key
    source_file        VARCHAR NOT NULL,
    form_index         INTEGER NOT NULL,    -- 0-based, failed forms counted too
    line_start         INTEGER,             -- 1-based, inclusive
    line_end           INTEGER,
    year               INTEGER,
    project_name       VARCHAR,
    department         VARCHAR,             -- 主管部门
    implementing_unit  VARCHAR,             -- 实施单位
    amount_unit        VARCHAR,             -- 元 or 万元 as printed
    goal_planned       VARCHAR,
    goal_actual        VARCHAR,
    total_weight       DECIMAL(9, 2),
    total_score        DECIMAL(9, 2),
    grade              VARCHAR,
    warnings           VARCHAR[],
    missing_parts      VARCHAR[]            -- parts not read (year, amount_unit, funds, goals, ...)
);
-- A warehouse made before missing_parts existed gets the column (empty lists: those forms were whole).
ALTER TABLE forms ADD COLUMN IF NOT EXISTS missing_parts VARCHAR[];

CREATE TABLE IF NOT EXISTS fund_lines (
    form_id                  VARCHAR NOT NULL,
    source_file              VARCHAR NOT NULL,
    line_order               INTEGER NOT NULL, -- 1..4 in the canonical order
    line                     VARCHAR NOT NULL, -- 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金
    initial_budget_yuan      DECIMAL(20, 4),
    annual_budget_yuan       DECIMAL(20, 4),
    executed_yuan            DECIMAL(20, 4),
    weight                   DECIMAL(9, 2),
    execution_rate_printed   DECIMAL(9, 2),    -- percent, as printed
    execution_rate_computed  DECIMAL(9, 2),    -- 100 * executed / annual budget
    score                    DECIMAL(9, 2)     -- key: form_id, line
);

CREATE TABLE IF NOT EXISTS indicators (
    form_id          VARCHAR NOT NULL,
    source_file      VARCHAR NOT NULL,
    row_number       INTEGER NOT NULL,         -- 1-based, printed order
    line_start       INTEGER,
    line_end         INTEGER,
    level1           VARCHAR,
    level2           VARCHAR,
    name             VARCHAR,
    target_text      VARCHAR,
    actual_text      VARCHAR,
    target_operator  VARCHAR NOT NULL,         -- =, >=, <=, >, <, range, qualitative
    target_value     DECIMAL(20, 4),           -- the low end for a range
    target_value_max DECIMAL(20, 4),           -- the high end for a range
    target_unit      VARCHAR,
    actual_value     DECIMAL(20, 4),
    actual_unit      VARCHAR,
    kind             VARCHAR NOT NULL,         -- quantitative or qualitative
    weight           DECIMAL(9, 2),
    score            DECIMAL(9, 2),
    points_lost      DECIMAL(9, 2),            -- weight - score
    target_met       BOOLEAN,                  -- null where it cannot be decided
    deviation        VARCHAR                   -- 偏差原因分析及改进措施 as printed
    -- key: form_id, row_number
);

CREATE TABLE IF NOT EXISTS deviations (
    form_id          VARCHAR NOT NULL,
    source_file      VARCHAR NOT NULL,
    row_number       INTEGER NOT NULL,
    points_lost      DECIMAL(9, 2),
    target_met       BOOLEAN,
    reason           VARCHAR,
    has_reason       BOOLEAN NOT NULL,
    reason_category  VARCHAR                   -- pipelines/warehouse/reasons.py; null without reason
    -- key: form_id, row_number
);

CREATE TABLE IF NOT EXISTS parse_errors (
    source_file  VARCHAR NOT NULL,
    form_index   INTEGER,                      -- null for an error about the whole file
    line_start   INTEGER,
    line_end     INTEGER,
    missing      VARCHAR[],
    message      VARCHAR NOT NULL,
    raw_text     VARCHAR
);

CREATE TABLE IF NOT EXISTS warehouse_summary (
    files         BIGINT,
    forms         BIGINT,
    indicators    BIGINT,
    deviations    BIGINT,
    parse_errors  BIGINT,
    refreshed_at  TIMESTAMPTZ
);

-- One row per violation of a self-evaluation rule (sql/rules/<check>.sql), rebuilt as a whole by
-- the quality_issues asset after every load. "check" is a keyword: quote it in SQL.
CREATE TABLE IF NOT EXISTS quality_issues (
    "check"      VARCHAR NOT NULL,             -- the rule: sql/rules/<check>.sql
    severity     VARCHAR NOT NULL,             -- warn or error
    form_id      VARCHAR,                      -- the form, null for an issue about no single form
    row_number   INTEGER,                      -- the indicator row, null for a form-level issue
    detail       VARCHAR NOT NULL,             -- what is wrong, with the numbers
    source_file  VARCHAR,
    line         INTEGER                       -- 1-based line in source_file (row, else form start)
);

-- The files the warehouse held at the last `jixiao build` that the landing folder no longer has
-- (deleted or renamed), rewritten by every build. Their rows were removed from the tables above
-- unless the build ran with --keep-gone. The check no_gone_files lists them.
CREATE TABLE IF NOT EXISTS gone_files (
    source_file   VARCHAR NOT NULL,            -- path relative to the landing folder
    forms         INTEGER,                     -- forms it held (source_files.forms_found)
    rows_removed  BOOLEAN NOT NULL,            -- false with --keep-gone
    found_at      TIMESTAMPTZ NOT NULL         -- the build that found it gone
);

-- Bookkeeping of the incremental refreshes (schema pipeline, apart from the data): every load and
-- every removal of a file's rows logs the file and the keys (year, 主管部门, 实施单位, 项目名称) of
-- its forms, before and after (delete_file.sql, log_changes.sql). The schema checks, the
-- quality rules and the aggregates each remember up to which change they are up to date
-- (refresh_marks) and redo only what those changes touch (pipelines.warehouse.changes).
CREATE SCHEMA IF NOT EXISTS pipeline;
CREATE SEQUENCE IF NOT EXISTS pipeline.change_seq;
CREATE TABLE IF NOT EXISTS pipeline.change_log (
    seq                BIGINT NOT NULL DEFAULT nextval('pipeline.change_seq'),
    kind               VARCHAR NOT NULL,       -- file (one row per file) or form (its keys)
    source_file        VARCHAR NOT NULL,
    form_id            VARCHAR,
    year               INTEGER,
    department         VARCHAR,
    implementing_unit  VARCHAR,
    project_name       VARCHAR
);
CREATE TABLE IF NOT EXISTS pipeline.refresh_marks (
    consumer  VARCHAR PRIMARY KEY,             -- quality_issues, aggregates, schema:<table>
    seq       BIGINT NOT NULL,                 -- up to date with every change up to this one
    version   VARCHAR NOT NULL                 -- hash of the consumer's SQL or model: a new one redoes everything
);
