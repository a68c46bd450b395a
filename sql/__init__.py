"""The SQL the pipeline runs, shipped as the package ``pipelines.sql`` (this folder, mapped in
pyproject.toml), and the one reader of it.

``load("rules/x.sql")`` gives a file's text, ``names("rules")`` the stems of a folder's files,
``statements(text)`` splits a file of several statements with DuckDB's own parser.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load(name: str) -> str:
    """The text of ``sql/<name>``, e.g. ``load("schema.sql")``."""
    return files(__name__).joinpath(name).read_text(encoding="utf-8")


def names(folder: str) -> list[str]:
    """The stems of the ``*.sql`` files of ``sql/<folder>``, sorted."""
    return sorted(
        entry.name[: -len(".sql")]
        for entry in files(__name__).joinpath(folder).iterdir()
        if entry.name.endswith(".sql")
    )


def statements(sql: str) -> list[str]:
    """The statements of a file of several, split by DuckDB's parser (so a ``;`` or ``--``
    inside a string literal stays where it is)."""
    import duckdb

    return [statement.query for statement in duckdb.extract_statements(sql)]
