"""The rows of a table flattened onto one line whose template numbers its 三级 names (指标1:…,
指标2:…): a line print wraps a row's cells over lines, and flattened, the second lines stand
after the first as a row of their own; the numbers say which is a row."""

from __future__ import annotations

import re

from pipelines.parser.text import full_stop

# a template's numbered 三级 name (指标1:…, 指标 2：…)
_NUMBERED = re.compile(r"^指标\s*\d+\s*[:：]")


def numbered_rows_continued(rows: list[dict]) -> list[dict]:
    """The rows of a table flattened onto one line (every row on one line) whose names the
    template numbers (指标1:…): a row of no points whose name bears no number, after a numbered
    row, whose last cell ends in a full stop where the row before's does not, is no row but
    that row's wrapped cells' rest (指标1:政府办…实施国 | 实施乡镇社区基层医疗
    | … then 家基本药物制度覆盖率 | 机构37个。 | …: a line print's second lines, flattened after
    the first): it is dropped, and the words of the row it goes on (its name, target, actual
    and reason, cut where the line wrapped) are left out. The rows kept."""
    if len(rows) < 3 or any(row["line_start"] != rows[0]["line_start"] for row in rows):
        return rows
    numbered = [bool(_NUMBERED.match(row["name"] or "")) for row in rows]
    if sum(numbered) < 2:
        return rows
    kept: list[dict] = []
    for row, number in zip(rows, numbered, strict=True):
        pointless = row["weight"] is None and row["score"] is None
        if (
            kept
            and row["name"]
            and not number
            and pointless
            and any(numbered[: len(kept)])
            and _ends_a_sentence(row)
            and not _ends_a_sentence(kept[-1])
        ):
            for key in ("name", "target", "actual", "deviation"):
                kept[-1][key] = None
            continue
        kept.append(row)
    return kept


def _ends_a_sentence(row: dict) -> bool:
    """Whether a row's last word cell (its reason, else its actual, target or name) ends in a
    full stop: a cell's text ends there, a wrapped line does not."""
    last = next((row[k] for k in ("deviation", "actual", "target", "name") if row[k]), "")
    return full_stop(last) if last else False
