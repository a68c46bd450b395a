"""Data quality, without Dagster:

- ``sql_checks``: the SQL checks, one file each with one header format (``-- rule:`` and
  ``-- severity:``), read by one reader: the self-evaluation rules of ``sql/rules/`` (run into
  the table ``quality_issues``) and the integrity checks of ``sql/checks/``;
- ``validate``: each warehouse table against its pandera model (``pipelines.schemas``);
- ``Outcome``: what any check found, the one result type of both.
"""

from __future__ import annotations

from dataclasses import dataclass

SAMPLE_SIZE = 10


@dataclass(frozen=True)
class Outcome:
    """What a check found: the number of violations and the first few, as dicts."""

    name: str
    severity: str  # "warn" or "error"
    violations: int
    sample: list[dict]

    @property
    def passed(self) -> bool:
        return self.violations == 0
