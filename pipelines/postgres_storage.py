"""Dagster's event log storage on PostgreSQL, with pool slots that one step at a time can hold.

dagster-postgres 0.29 (Dagster 1.13) runs every statement of its event log storage in autocommit,
and claims a pool slot in steps that are each their own transaction: "is a slot unassigned?",
"queue the step as assigned", "SELECT a free slot FOR UPDATE SKIP LOCKED", "UPDATE it to this
step". The row lock ends with the SELECT, so two steps of two runs claiming the pool in the same
instant both find the one free slot, both write it, and both start: the pool "duckdb_warehouse"
(limit 1) was granted to two steps at once (tests/test_postgres_storage.py caught it, about one
claim in five when two processes claim in the same instant).

This storage (dagster.postgres.yaml names it) closes that:

- claiming a slot is one UPDATE that takes a slot only if it is still free, so whatever else
  happens, a slot has one holder;
- claims and releases of pool slots, which look at the queue of waiting steps and then change
  it, run one at a time across all processes (a PostgreSQL advisory lock, held on a connection
  of its own for the length of the call), so two claims cannot both be assigned the last slot.

Everything else is dagster-postgres's PostgresEventLogStorage, unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import sqlalchemy as db
from dagster._core.storage.event_log.schema import ConcurrencySlotsTable
from dagster._serdes import ConfigurableClassData
from dagster._utils.concurrency import ConcurrencySlotStatus
from dagster_postgres.event_log import PostgresEventLogStorage as _PostgresEventLogStorage
from dagster_postgres.utils import get_token_provider_from_config, pg_url_from_config

# The key of the advisory lock that serialises pool claims and releases (any 64-bit number that
# nothing else on the database uses; this one is "jixiao" in ASCII).
POOL_LOCK_KEY = 0x6A697869616F


class PostgresEventLogStorage(_PostgresEventLogStorage):
    """dagster-postgres's PostgresEventLogStorage whose pool slots are never granted twice."""

    @classmethod
    def from_config_value(
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> PostgresEventLogStorage:
        # the parent builds a PostgresEventLogStorage of its own class: build this one
        return cls(
            inst_data=inst_data,
            postgres_url=pg_url_from_config(config_value),
            should_autocreate_tables=config_value.get("should_autocreate_tables", True),
            token_provider=get_token_provider_from_config(config_value),
        )

    @contextmanager
    def _pools_locked(self) -> Iterator[None]:
        """Hold the pools' advisory lock: other processes' claims and releases wait for it. A
        session lock on a connection of its own (the storage's other connections autocommit each
        statement); it ends with the connection if the process dies."""
        with self._connect() as conn:
            conn.execute(db.text("SELECT pg_advisory_lock(:key)"), {"key": POOL_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(db.text("SELECT pg_advisory_unlock(:key)"), {"key": POOL_LOCK_KEY})

    def claim_concurrency_slot(self, concurrency_key, run_id, step_key, priority=None):
        with self._pools_locked():
            return super().claim_concurrency_slot(concurrency_key, run_id, step_key, priority)

    def free_concurrency_slot_for_step(self, run_id: str, step_key: str) -> None:
        with self._pools_locked():
            super().free_concurrency_slot_for_step(run_id, step_key)

    def free_concurrency_slots_for_run(self, run_id: str) -> None:
        with self._pools_locked():
            super().free_concurrency_slots_for_run(run_id)

    def _claim_concurrency_slot(
        self, concurrency_key: str, run_id: str, step_key: str
    ) -> ConcurrencySlotStatus:
        """Take a free slot of the pool for the step in one statement: the UPDATE takes the slot
        only if no one holds it (re-checked on the row as committed, under the row lock)."""
        slots = ConcurrencySlotsTable.c
        free_slot = (
            db.select(slots.id)
            .where(
                slots.concurrency_key == concurrency_key,
                slots.step_key.is_(None),
                slots.deleted.is_(False),
            )
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        with self.index_connection() as conn:
            taken = conn.execute(
                ConcurrencySlotsTable.update()
                .values(run_id=run_id, step_key=step_key)
                .where(slots.id == free_slot, slots.step_key.is_(None))
            ).rowcount
        return ConcurrencySlotStatus.CLAIMED if taken else ConcurrencySlotStatus.BLOCKED
