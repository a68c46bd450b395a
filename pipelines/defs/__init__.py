"""The Dagster definitions, one module per kind (wiring only: the work is done by the plain
functions of ``pipelines.discovery``, ``pipelines.warehouse``, ``pipelines.quality``,
``pipelines.aggregates`` and ``pipelines.report``):

- ``resources``: the landing folder, the warehouse file, the parser, load progress;
- ``assets``: ``ingested_batch`` (one partition per arrival batch of landing files), the
  warehouse tables (``source_files``: each file's status), ``quality_issues``,
  ``warehouse_summary``;
- ``aggregates``: the aggregate tables and ``html_report``;
- ``checks``: the generated schema, rule and integrity checks;
- ``sensors``: ``landing_sensor``, ``landing_schedule``, ``refresh_aggregates``;
- ``metadata``: rows as Dagster table metadata.

``pipelines.definitions`` gathers them into the ``Definitions`` that ``dagster dev``, ``dg``
and ``jixiao build`` load.
"""
