"""Which drill-down pages of the report to write: only those whose content changed.

A drill-down page is made from rows of the report's queries (``sql/report/``): a form's page
from the form's row of ``form_list`` and its rows of ``form_fund_lines``, ``form_indicators``,
``form_issues`` and ``form_flags``; a (year, department) group's page from the group's rows of
``departments``, ``units`` and ``form_list``, and from which of its forms have a page of their
own (the links); a year's page from its groups' rows of ``departments`` and ``units`` (their
fingerprints combined, ``_year_prints``). ``plan`` reads, with one SQL query per report query, a fingerprint of those
rows per page (``sql/report/prints.sql``: a hash of the multiset of the rows' hashes, so the
query's rows themselves never leave DuckDB), and compares them with the fingerprints of the
pages on disk, kept in the pages folder's manifest (``.manifest.json``).

A page is written when its fingerprint differs from the manifest's or its file is missing; a page
in the manifest that is no longer made (its group or form is gone, or the form lost its page) is
removed. The manifest also holds what every page depends on besides its rows: the version of the
report's code and SQL, DuckDB's version (its hash function) and the link back to the main page.
With no manifest, or one that differs in any of these, every page is written into a new folder
that replaces the old one whole. The pages written either way are the same bytes
(``tests/test_report_incremental.py``). A page edited by hand is not noticed (only missing files).

Fingerprinting every page reads every form's measures (``form_list`` over the whole warehouse:
~2.5 s at 100,000 forms). So the pipeline's report (``track``) also follows the warehouse's change
log (``pipelines.warehouse.changes``) as the consumer ``report``: the manifest records the last
change its pages reflect (``upto``). When the report's mark equals it, only the pages that the
changes since can have changed are fingerprinted again (``candidates``): the pages of the (year,
department) groups of the forms loaded or removed (a group page shows its group's rows only, a
form page its form's rows, and the forms a rule or flag compares share a key, so a group), the
groups where a form gained or lost its page, the forms with a page in those groups, and any page
new or missing on disk; the other pages keep the manifest's fingerprints. The report's queries
read the fact tables through views holding only those groups' and forms' rows
(``changes.shadow``), which gives the same rows for them. Whatever the log cannot vouch for
fingerprints every page as before: no manifest or mark, a mark of another version (the report's,
the aggregates' or the rules' definitions: their full refreshes log nothing), every form having a
page (small warehouses), or a manifest not written by a tracking run.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import duckdb

from pipelines import columns, sql
from pipelines.warehouse import changes, reasons

MANIFEST = ".manifest.json"
SHARDS = ".manifest"  # the folder of the manifest's shards (``write_manifest``)
SHARDED = ("pages", "units", "departments")  # the manifest's entries per page, kept in shards
CONSUMER = "report"  # the report's mark in the change log (pipeline.refresh_marks)
# The report queries a group page shows rows of (by year, department; form_list by form, then
# gathered per group), and a form page's.
GROUP_QUERIES = ("departments", "units", "form_list")
FORM_QUERIES = ("form_list", "form_fund_lines", "form_indicators", "form_issues", "form_flags")


def group_id(year, department) -> str:
    """The file name (without .html) of the page of a (year, department) group."""
    return hashlib.sha1(f"{year}|{department}".encode()).hexdigest()[:12]


@lru_cache(maxsize=65536)
def group_page(year, department) -> str:
    """The page of a group, relative to the pages folder (cached: a plan asks for each of
    5,000 groups' several times)."""
    return f"groups/{group_id(year, department)}.html"


def form_page(form_id: str) -> str:
    return f"forms/{form_id}.html"


def year_page(year) -> str:
    """The page of a year (its departments and units tables and its execution chart),
    relative to the pages folder."""
    return f"years/{'blank' if year is None else year}.html"


def _year_prints(
    groups: list[tuple], department_prints: dict[tuple, int], unit_prints: dict[tuple, int]
) -> dict[str, str]:
    """The fingerprint of each year's page: what it shows is its groups' departments rows (the
    chart's bars are of those rows) and units rows, in the groups' order, and the links to the
    other years' pages."""
    by_year: dict = {}
    for key in groups:
        by_year.setdefault(key[0], []).append((key[1], department_prints[key], unit_prints[key]))
    years = list(by_year)
    return {year_page(y): _combine(y, years, rows) for y, rows in by_year.items()}


@cache
def version() -> str:
    """A hash of what shapes every page besides its rows: the report's code (this package, the
    column labels, the reason labels), its SQL and DuckDB's version (the fingerprints' hash)."""
    digest = hashlib.sha256(duckdb.__version__.encode())
    for module_file in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module_file.read_bytes())
    for module in (columns, reasons):
        digest.update(Path(module.__file__).read_bytes())
    for name in sql.names("report"):
        digest.update(sql.load(f"report/{name}.sql").encode())
    return digest.hexdigest()[:16]


def params(text: str, **given) -> dict:
    """The parameters of ``given`` that the statement ``text`` uses (DuckDB refuses others)."""
    return {name: value for name, value in given.items() if f"${name}" in text}


def ids_param(ids) -> str:
    """Form ids as the $ids of the report's queries: joined by commas (one string binds in
    microseconds; a list of thousands of strings took DuckDB's Python binding ~0.2 s)."""
    return ",".join(sorted(ids))


def _prints(con, name: str, key: str, **given) -> dict[tuple, int]:
    """Fingerprints of report query ``name``'s rows, per value of its columns ``key``."""
    query = sql.load(f"report/{name}.sql").strip().rstrip(";")
    statement = sql.load("report/prints.sql").replace("{key}", key).replace("{query}", query + "\n")
    rows = con.execute(statement, params(query, **given)).fetchall()
    return {tuple(row[:-1]): row[-1] for row in rows}


def _combine(*parts) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


@dataclass
class Plan:
    full: bool  # every page, in a new folder
    prints: dict[str, str]  # every page to be there (relative path) -> its fingerprint
    paged: set[str]  # the forms with a page
    groups: set[tuple] = field(default_factory=set)  # (year, department) of group pages to write
    forms: set[str] = field(default_factory=set)  # form ids of form pages to write
    stale: list[str] = field(default_factory=list)  # pages to remove
    # The main page's units table, by group: the fingerprint of each group's units, the groups
    # whose rows must be rendered (their units changed), and the others' rows as last written.
    unit_prints: dict[tuple, int] = field(default_factory=dict)
    units: set[tuple] = field(default_factory=set)
    unit_rows: dict[tuple, str] = field(default_factory=dict)
    # The years' pages to write (their departments and units rows changed, or they are new)
    years: set = field(default_factory=set)
    # The main page's departments table and trend table, by group: the fingerprint of each
    # group's departments row, and the row and trend cell of those whose print is unchanged as
    # last written (the others are rendered again).
    department_prints: dict[tuple, int] = field(default_factory=dict)
    department_rows: dict[tuple, list[str]] = field(default_factory=dict)
    departments: set[tuple] = field(default_factory=set)  # the groups whose row is rendered
    # A tracking run: the last change (change log) the pages reflect; None when not tracking.
    upto: int | None = None

    @property
    def writes(self) -> int:
        return len(self.groups) + len(self.forms)


def header(home: str) -> dict:
    return {"version": version(), "home": home}


def shard_of(page: str) -> str:
    """The shard of the manifest holding a page's entries: the first two characters of the
    page's file name (hexadecimal: a group's id, a form's id)."""
    return page.partition("/")[2][:2]


def read_manifest(folder: Path) -> dict | None:
    """The manifest of ``folder`` (None: none, or unreadable), its shards gathered into one dict
    (``write_manifest``). Parsed once per version of its main file (which every write replaces
    last, never edits in place, so a version is its inode, mtime and size): a plan reads it
    several times, and at 100,000 forms it is megabytes of JSON. The version this process wrote
    last is kept as written, so a long-running process (`jixiao watch`) never parses its own
    manifest again. Callers must not modify it."""
    try:
        stat = (folder / MANIFEST).stat()
    except OSError:
        return None
    key = _version_of(stat)
    if key in _manifests:
        return _manifests[key]
    try:
        main = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        manifest = {k: v for k, v in main.items() if k != "shards"}
        for part in SHARDED:
            manifest[part] = {}
        for name in main.get("shards", []):
            shard = json.loads((folder / SHARDS / f"{name}.json").read_text(encoding="utf-8"))
            for part in SHARDED:
                manifest[part].update(shard[part])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    _keep(key, manifest)
    return manifest


# Manifests parsed or written by this process, by version of their main file: the last two.
_manifests: dict[tuple, dict] = {}


def _version_of(stat: os.stat_result) -> tuple:
    return (stat.st_dev, stat.st_ino, stat.st_mtime_ns, stat.st_size)


def _keep(key: tuple, manifest: dict) -> None:
    _manifests.pop(key, None)
    _manifests[key] = manifest
    while len(_manifests) > 2:
        del _manifests[next(iter(_manifests))]


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def write_manifest(
    folder: Path,
    home: str,
    plan: Plan,
    unit_rows: dict[tuple, str],
    department_rows: dict[tuple, list[str]],
) -> None:
    """Written last, after the pages: a run stopped halfway leaves the old fingerprints, so the
    next run rewrites whatever changed since (pages written since included). It also keeps the
    main page's units table rows, and its departments row and trend cell, of each group with
    their fingerprints.

    The entries of each page (its fingerprint, its group's units rows and departments row) are
    kept in one of up to 256 shards (``.manifest/<xx>.json``, by ``shard_of``), and the main
    file (``.manifest.json``: the header, the change-log position, the shards' names) is
    written after them. An incremental write rewrites only the shards whose entries changed
    (or whose file is missing), against the manifest it planned from: adding a file to 20,000
    forms rewrote the whole 9 MB manifest (~0.07 s), now a few shards of ~40 kB. The files
    are the same bytes however the report was written (``tests/test_report_incremental.py``)."""
    tracked = {} if plan.upto is None else {"upto": plan.upto, "every": plan.paged is None}
    previous = None if plan.full else read_manifest(folder)
    (folder / SHARDS).mkdir(exist_ok=True)
    on_disk = {n[: -len(".json")] for n in os.listdir(folder / SHARDS) if n.endswith(".json")}
    if previous is not None and _index[0] is previous:
        manifest, shards, dirty = _changed_from(
            previous, _index[1], plan, unit_rows, department_rows
        )
        dirty |= shards.keys() - on_disk
    else:
        manifest = {
            "pages": dict(plan.prints),
            "units": {
                group_page(*key): [plan.unit_prints[key], rows]
                for key, rows in unit_rows.items()
                if key in plan.unit_prints
            },
            "departments": {
                group_page(*key): [plan.department_prints[key], *parts]
                for key, parts in department_rows.items()
                if key in plan.department_prints
            },
        }
        shards = _sharded(manifest)
        if previous is None or any(part not in previous for part in SHARDED):
            dirty = set(shards)
        else:  # the shards of the entries that differ from those planned from, and missing files
            dirty = set(shards) - on_disk
            for part in SHARDED:
                new, old = manifest[part], previous[part]
                dirty.update(
                    shard_of(page) for page, entry in new.items() if old.get(page) != entry
                )
                dirty.update(shard_of(page) for page in old.keys() - new.keys())
    manifest = {"header": header(home), **manifest, **tracked}
    for name in sorted(dirty & shards.keys()):
        _write_json(folder / SHARDS / f"{name}.json", shards[name])
    _write_json(
        folder / MANIFEST, {**manifest, **{p: None for p in SHARDED}, "shards": sorted(shards)}
    )
    for name in on_disk - shards.keys():  # no entry left in it (after the main file)
        (folder / SHARDS / f"{name}.json").unlink(missing_ok=True)
    # kept as the parse of the files just written (JSON gives back these dicts, lists, strings,
    # integers and booleans as they are: tests/test_report_incremental.py), with its shards
    _keep(_version_of((folder / MANIFEST).stat()), manifest)
    _index[:] = [manifest, shards]


# The manifest this process wrote last and its entries by shard (``_sharded``): the next write
# of the same report (`jixiao watch`) changes only the entries of the pages and groups it
# rendered again, not ~16,000 entries rebuilt and sorted into shards again (~15 ms at 20,000
# forms, and their garbage).
_index: list = [None, None]


def _sharded(manifest: dict) -> dict[str, dict[str, dict]]:
    """The manifest's entries by shard: shard name -> part -> page -> entry."""
    shards: dict[str, dict[str, dict]] = {}
    for part in SHARDED:
        for page, entry in manifest[part].items():
            name = shard_of(page)
            if name not in shards:
                shards[name] = {p: {} for p in SHARDED}
            shards[name][part][page] = entry
    return shards


def _changed_from(
    previous: dict,
    index: dict[str, dict[str, dict]],
    plan: Plan,
    unit_rows: dict[tuple, str],
    department_rows: dict[tuple, list[str]],
) -> tuple[dict, dict, set[str]]:
    """The manifest's parts, its shards and the shards that changed, made from the manifest the
    plan was made from (``previous``, which this process wrote: ``index`` its shards) and the
    entries that changed: the pages whose fingerprint changed, the units rows and departments
    rows of the groups rendered again (``plan.units``, ``plan.departments``; the others' entries
    are the previous ones: the plan kept
    their rows because their fingerprints equal the previous ones), the gone groups' and
    pages'. The same entries as building them all (``write_manifest``)."""
    groups = plan.unit_prints.keys()
    pages_now = {group_page(*key) for key in groups}
    changes: dict[str, dict[str, list | None]] = {}
    old_pages = previous["pages"]
    changes["pages"] = {p: e for p, e in plan.prints.items() if old_pages.get(p) != e}
    changes["pages"].update(dict.fromkeys(old_pages.keys() - plan.prints.keys()))
    changes["units"] = {
        group_page(*key): [plan.unit_prints[key], unit_rows[key]] if key in unit_rows else None
        for key in plan.units
    }
    changes["departments"] = {
        group_page(*key): [plan.department_prints[key], *department_rows[key]]
        if key in department_rows and key in plan.department_prints
        else None
        for key in plan.departments
    }
    for part in ("units", "departments"):
        changes[part].update(dict.fromkeys(previous[part].keys() - pages_now))
    manifest, shards, dirty = {}, dict(index), set()
    for part in SHARDED:
        entries = dict(previous[part])
        for page, entry in changes[part].items():
            if entry is None and page not in entries:
                continue
            name = shard_of(page)
            if name not in dirty:  # the shard's own dicts, copied before they change
                dirty.add(name)
                shards[name] = {p: dict(shards.get(name, {}).get(p, {})) for p in SHARDED}
            if entry is None:
                del entries[page]
                shards[name][part].pop(page, None)
            else:
                entries[page] = entry
                shards[name][part][page] = entry
        manifest[part] = entries
    for name in [n for n in dirty if not any(shards[n].values())]:
        del shards[name]  # no entry left in it
    return manifest, shards, dirty


# The pages on disk per folder, while ``listing`` holds them (one write of the report).
_listed: dict[Path, set[str]] = {}


@contextmanager
def listing(folder: Path):
    """The pages on disk in ``folder`` listed once for the length of the block (a write's
    planning, which writes no page: ``candidates`` and the plan each listed the ~5,000 group
    pages and the form pages again, ~9 ms each at 20,000 forms); listed afresh at each block."""
    _listed[folder] = _list_pages(folder)
    try:
        yield
    finally:
        _listed.pop(folder, None)


def _existing(folder: Path) -> set[str]:
    if folder in _listed:
        return _listed[folder]
    return _list_pages(folder)


def _list_pages(folder: Path) -> set[str]:
    found = set()
    for sub in ("forms", "groups", "years"):
        with suppress(OSError):
            found.update(f"{sub}/{name}" for name in os.listdir(folder / sub))
    return found


def plan(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    home: str,
    groups: list[tuple],
    paged: set[str] | None,
    only: tuple[set[tuple], set[str]] | None = None,
) -> Plan:
    """The pages to write into ``folder`` and to remove from it. ``groups``: the (year,
    department) of every group page; ``paged``: the forms with a page (None: every form);
    ``home``: the main page, relative to a drill-down page; ``only``: the groups and forms whose
    pages may have changed (``candidates``; read through ``shadowed``), the others' fingerprints
    taken from the manifest (None: fingerprint every page)."""
    if only is not None and paged is not None:
        return _plan_within(con, folder, groups, paged, *only)
    every = paged is None
    # form_list, read once by form (every form: a group page lists them all)
    by_form = _prints(con, "form_list", "form_id, year, department", every=True, ids="", groups=[])
    if every:
        paged = {form_id for form_id, _, _ in by_form}
    ids = ids_param(paged)
    form_parts: dict[str, list] = {f: [p] for (f, _, _), p in by_form.items() if f in paged}
    for name in FORM_QUERIES[1:]:
        found = _prints(con, name, "form_id", ids=ids)
        for form_id, parts in form_parts.items():
            parts.append(found.get((form_id,)))
    listed: dict[tuple, list[int]] = {}  # a group's forms
    links: dict[tuple, list[str]] = {}  # a group's forms with a page (unless every form has)
    for (form_id, year, department), p in sorted(by_form.items(), key=lambda item: item[0][0]):
        listed.setdefault((year, department), []).append(p)
        if not every and form_id in paged:
            links.setdefault((year, department), []).append(form_id)
    group_parts = [
        _prints(con, name, "year, department", every=True, groups=[]) for name in GROUP_QUERIES[:-1]
    ]
    unit_prints = {key: group_parts[1].get(key) for key in groups}
    department_prints = {key: group_parts[0].get(key) for key in groups}
    prints = {
        group_page(*key): _combine(
            *(p.get(key) for p in group_parts),
            sorted(listed.get(key, [])),
            links.get(key, every),
        )
        for key in groups
    }
    prints |= {form_page(f): _combine(*parts) for f, parts in form_parts.items()}
    year_prints = _year_prints(groups, department_prints, unit_prints)
    prints |= year_prints

    manifest = read_manifest(folder)
    if manifest is None or manifest.get("header") != header(home):
        return Plan(
            True,
            prints,
            paged,
            set(groups),
            set(paged),
            [],
            unit_prints,
            set(groups),
            years={key[0] for key in groups},
            department_prints=department_prints,
            departments=set(groups),
        )
    old = manifest.get("pages", {})
    on_disk = _existing(folder)
    changed = {page for page, p in prints.items() if old.get(page) != p or page not in on_disk}
    kept = manifest.get("units", {})
    return _incremental(
        prints,
        paged,
        {key for key in groups if group_page(*key) in changed},
        {f for f in paged if form_page(f) in changed},
        {key[0] for key in groups if year_page(key[0]) in changed},
        old,
        on_disk,
        groups,
        unit_prints,
        kept,
        department_prints,
        manifest.get("departments", {}),
    )


def _incremental(
    prints,
    paged,
    groups,
    forms,
    years,
    old,
    on_disk,
    all_groups,
    unit_prints,
    kept,
    department_prints,
    kept_departments,
) -> Plan:
    """The plan of a partial rewrite: the ``groups``, ``forms`` and ``years`` pages whose prints
    changed,
    the pages of gone forms or groups still on disk, and the unit rows and department rows kept
    from the manifest where a group's print of them is unchanged (the others are read or
    rendered again)."""
    unit_rows = {
        key: kept[page][1]
        for key in all_groups
        if (page := group_page(*key)) in kept and kept[page][0] == unit_prints[key]
    }
    department_rows = {
        key: kept_departments[page][1:]
        for key in all_groups
        if (page := group_page(*key)) in kept_departments
        and kept_departments[page][0] == department_prints[key]
    }
    return Plan(
        False,
        prints,
        paged,
        groups=groups,
        forms=forms,
        stale=sorted(page for page in old.keys() - prints.keys() if page in on_disk),
        unit_prints=unit_prints,
        units=set(all_groups) - unit_rows.keys(),
        unit_rows=unit_rows,
        years=years,
        department_prints=department_prints,
        department_rows=department_rows,
        departments=set(all_groups) - department_rows.keys(),
    )


def dependency_version() -> str:
    """What the report's mark vouches for besides the logged changes: the report's version and
    the aggregates' (which covers the rules'): a new one refreshes its tables in full, logging
    nothing."""
    from pipelines import aggregates

    return changes.version_of(version(), aggregates.version())


def touched_groups(con: duckdb.DuckDBPyConnection, folder: Path) -> tuple[int, set[tuple] | None]:
    """The last change logged, and the (year, department) groups of the changes the pages in
    ``folder`` have not taken in; None when the log cannot tell (see the module's text)."""
    upto, mark = changes.position(con, CONSUMER)
    manifest = read_manifest(folder)
    if (
        mark is None
        or manifest is None
        or mark[1] != dependency_version()
        or manifest.get("upto") != mark[0]
        or manifest.get("every") is not False
    ):
        return upto, None
    rows = con.execute(
        sql.load("report/touched_groups.sql"), {"after": mark[0], "upto": upto}
    ).fetchall()
    return upto, {tuple(row) for row in rows}


def mark(db_path: str | os.PathLike, upto: int) -> None:
    """The report's pages reflect every change up to ``upto`` (its manifest says so too)."""
    from pipelines.warehouse.connection import transaction

    with transaction(db_path) as con:
        changes.mark(con, changes.Scope(CONSUMER, dependency_version(), upto, False))


def candidates(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    home: str,
    groups: list[tuple],
    paged: set[str] | None,
    touched: set[tuple] | None,
) -> tuple[set[tuple], set[str]] | None:
    """The groups and forms whose pages may differ from those on disk, given the groups the
    changes since the manifest touched; None when every page must be fingerprinted (``touched``
    None, every form paged, no manifest or one of another version or main page)."""
    manifest = read_manifest(folder)
    if touched is None or paged is None or manifest is None:
        return None
    if manifest.get("header") != header(home):
        return None
    old, kept, on_disk = manifest.get("pages", {}), manifest.get("units", {}), _existing(folder)
    kept_departments = manifest.get("departments", {})

    def fresh(page: str) -> bool:  # fingerprinted before, and on disk
        return page in old and page in on_disk

    old_paged = {p[len("forms/") : -len(".html")] for p in old if p.startswith("forms/")}
    keys = {
        row[0]: (row[1], row[2])
        for row in con.execute(
            sql.load("report/form_keys.sql"), {"ids": ids_param(paged | old_paged)}
        ).fetchall()
    }
    current = set(groups)
    # the touched groups, groups where a form gained or lost its page (their links), new or
    # missing pages, and groups without their units rows or departments row kept
    redo = (touched | {keys[f] for f in paged ^ old_paged if f in keys}) & current
    redo |= {
        g
        for g in current
        if not fresh(page := group_page(*g)) or page not in kept or page not in kept_departments
    }
    forms = {f for f in paged if keys.get(f) in redo or not fresh(form_page(f))}
    return redo, forms


@contextmanager
def shadowed(con: duckdb.DuckDBPyConnection, only: tuple[set[tuple], set[str]] | None):
    """The report's queries read the fact tables (and quality_issues) through views holding the
    forms of the groups and the forms of ``only``, and those forms' measures (form_facts) from a
    table made once; nothing when ``only`` is None."""
    if only is None:
        yield
        return
    groups, forms = only
    con.execute(
        sql.load("report/shadow_forms.sql"),
        {
            "ids": ids_param(forms),
            "groups": [{"year": y, "department": d} for y, d in sorted(groups, key=str)],
        },
    )
    try:
        with changes.shadow(
            con,
            "f.form_id IN (SELECT form_id FROM report_forms)",
            (*changes.FACT_TABLES, "quality_issues"),
        ):
            con.execute(sql.load("report/shadow_form_facts.sql"))
            try:
                yield
            finally:
                con.execute("DROP TABLE IF EXISTS temp.main.form_facts")
    finally:
        con.execute("DROP TABLE IF EXISTS temp.main.report_forms")


def _plan_within(
    con: duckdb.DuckDBPyConnection,
    folder: Path,
    groups: list[tuple],
    paged: set[str],
    redo: set[tuple],
    forms: set[str],
) -> Plan:
    """``plan`` fingerprinting only the pages of the groups ``redo`` and the forms ``forms``
    (read through ``shadowed``), with the same fingerprints as ``plan`` gives them; the other
    pages keep the manifest's."""
    manifest = read_manifest(folder) or {}
    old, kept, on_disk = manifest.get("pages", {}), manifest.get("units", {}), _existing(folder)
    # form_list of the shadow's forms: every form of the groups redone, and the forms redone
    by_form = _prints(con, "form_list", "form_id, year, department", every=True, ids="", groups=[])
    ids = ids_param(forms)
    form_parts: dict[str, list] = {f: [p] for (f, _, _), p in by_form.items() if f in forms}
    # (no form page to fingerprint, as in most adds at 20,000 forms: none of their queries,
    # each a scan of a fact table, ~15 ms for the four)
    for name in FORM_QUERIES[1:] if forms else ():
        found = _prints(con, name, "form_id", ids=ids)
        for form_id, parts in form_parts.items():
            parts.append(found.get((form_id,)))
    listed: dict[tuple, list[int]] = {}
    links: dict[tuple, list[str]] = {}
    for (form_id, year, department), p in sorted(by_form.items(), key=lambda item: item[0][0]):
        if (year, department) not in redo:
            continue
        listed.setdefault((year, department), []).append(p)
        if form_id in paged:
            links.setdefault((year, department), []).append(form_id)
    chosen = [{"year": y, "department": d} for y, d in sorted(redo, key=str)]
    group_parts = [
        _prints(con, name, "year, department", every=False, groups=chosen)
        for name in GROUP_QUERIES[:-1]
    ]
    kept_departments = manifest.get("departments", {})
    unit_prints = {
        key: group_parts[1].get(key) if key in redo else kept[group_page(*key)][0] for key in groups
    }
    department_prints = {
        key: group_parts[0].get(key) if key in redo else kept_departments[group_page(*key)][0]
        for key in groups
    }
    prints = {
        group_page(*key): _combine(
            *(p.get(key) for p in group_parts),
            sorted(listed.get(key, [])),
            links.get(key, False),
        )
        if key in redo
        else old[group_page(*key)]
        for key in groups
    }
    prints |= {
        form_page(f): _combine(*form_parts[f]) if f in forms else old[form_page(f)] for f in paged
    }
    year_prints = _year_prints(groups, department_prints, unit_prints)
    prints |= year_prints
    changed = {
        page
        for page in [
            *(group_page(*g) for g in redo),
            *(form_page(f) for f in forms),
            *year_prints,
        ]
        if old.get(page) != prints[page] or page not in on_disk
    }
    return _incremental(
        prints,
        paged,
        {key for key in redo if group_page(*key) in changed},
        {f for f in forms if form_page(f) in changed},
        {key[0] for key in groups if year_page(key[0]) in changed},
        old,
        on_disk,
        groups,
        unit_prints,
        kept,
        department_prints,
        manifest.get("departments", {}),
    )
