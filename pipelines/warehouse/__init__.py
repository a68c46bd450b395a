"""The DuckDB warehouse, one module per job:

- ``connection``: open the file (a writer creates its tables), transactions, ``WarehouseError``;
- ``rows``: the table rows of one parsed file (pure);
- ``targets`` and ``reasons``: the derived indicator and deviation columns (pure);
- ``load``: replace files' rows in one transaction (``Writer``) and rebuild the summary;
- ``ingest``: read, parse and load a run's files in groups;
- ``read_copy``: publish the copy readers open, and say which file a reader opens;
- ``queries``: read-only queries of the pipeline;
- ``analyst_cli`` and ``analyst``: ``jixiao sql``'s sandbox, run by the DuckDB CLI binary (fast:
  no Python duckdb import) or, for what the CLI path does not take, by a Python connection.

Every statement is in ``sql/`` (the package ``pipelines.sql``). Writes go only through
``load`` and ``read_copy.publish``; the Dagster pool ``duckdb_warehouse`` keeps them one at a time.
"""
