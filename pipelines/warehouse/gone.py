"""Files the warehouse holds that the landing folder no longer has (deleted or renamed).

``jixiao build`` calls ``remove_gone`` after its loads: the gone files' rows leave every table
(so the aggregates count exactly what the landing holds) unless ``keep`` is set, and the table
``gone_files`` lists them for the check ``no_gone_files`` either way.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

from pipelines import sql
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.load import delete_files


@dataclass(frozen=True)
class GoneFile:
    source_file: str
    forms: int
    rows_removed: bool


def remove_gone(
    db_path: str | os.PathLike, present: list[str], keep: bool = False
) -> list[GoneFile]:
    """Record in ``gone_files`` the loaded files not in ``present`` (the landing-relative paths
    of the landing folder) and, unless ``keep``, delete their rows; one transaction."""
    with transaction(db_path) as con:
        gone = con.execute(sql.load("gone_files.sql"), {"present": "\0".join(present)}).fetchall()
        if gone and not keep:
            delete_files(con, [path for path, _ in gone])
        con.execute(sql.load("delete_gone_files.sql"))
        if gone:
            now = datetime.now(UTC)
            con.executemany(
                sql.load("insert_gone_file.sql"),
                [(path, forms, not keep, now) for path, forms in gone],
            )
    return [GoneFile(path, forms, not keep) for path, forms in gone]
