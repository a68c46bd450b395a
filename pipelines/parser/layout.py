"""Tables laid out in columns by a PDF tool (`pdftotext -layout` and the like) — the indicator
table, the money table, the goals side by side, the identity rows — rebuilt as the tab-separated
rows the readers know.

Such a tool prints each line of a page with its words where they stand: a table's cells in
columns apart by spaces, an empty cell as nothing, and a cell wrapped over several lines as
pieces on the lines above and below the rest of its row. Where the cells are printed at the top
of theirs, a cell's rest stands under its row's numbers; where they are printed in the middle
(the way of most forms, exported from a spreadsheet), a cell of three lines stands one line above
its row's numbers, one beside them and one under them, and a cell of two lines one above and one
under. A group label (一级指标, 二级指标) spanning rows stands in the middle of them: beside none,
or beside a row in the middle of its group. Read line by line, the pieces go to the wrong rows.

from_layout finds such a table by its header (a line of the columns' words with wide gaps), takes
its columns where the text of the table leaves a gap on every line, and puts each piece in its
column. A row is a line with a number in the 分值 or 得分 column. The pieces of each column go to
the rows by how the cells stand: in the middle (as many lines above the row's numbers as under
them) or at the top (the numbers' line and the lines under it), whichever accounts for every piece
of the column; a group label goes to the rows it stands in the middle (or at the top) of. Where
no way accounts for every piece of a column, the table is left as printed (and read line by line
as before); a group column whose labels cannot be placed is left out, its levels unread. Each
row is printed on its numbers' line with its cells apart by tabs and the table's other lines left
blank, so that line numbers still point into the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from pipelines.parser import vocabulary as vocab
from pipelines.parser.generic import _closing_piece
from pipelines.parser.guards import is_no_goal
from pipelines.parser.labels import (
    FRAMEWORK,
    LEVEL1,
    LEVEL2_PARENT,
    UNKNOWN_LEVEL,
    VOCABULARY,
    is_prefix,
    without_points,
)
from pipelines.parser.patterns import lazy
from pipelines.parser.text import (
    DASHES,
    NAME_NUMBER,
    QUANTITY_ALONE,
    compact,
    display_width,
    filled_width,
    is_number,
    two_places,
)

_CELL = lazy(r"\S+(?: \S+)*")  # a line's cells: apart by two spaces or more
_MAX_ROWS_LINES = 3000
_GROUPS = ("level1", "level2")
_POINTS = ("weight", "score")
_VALUES = ("target", "actual", "weight", "score")
# how far (in lines) a label may stand from the middle of its group's lines: a line of text is
# no line of the page (a row's padding, a label between two rows' lines)
_OFF_MIDDLE = 0.5
_MAX_TILING = 6000  # units × label pieces: the tilings of a longer group column are not tried
# lines of a row cut off at the text's end (its name and label pieces, no values) left out
_MAX_CUT_LINES = 8


_SAID = {
    "indicators": "line(s) read as the rest of cells wrapped from the lines above or under "
    "their row's numbers (a table laid out in columns: where each piece stands)",
    "money": "line(s) of the money table laid out in columns read by where each amount stands",
    "goals": "line(s) of the goals printed side by side read by where each line stands",
    "goals_flush": "line(s) of the goals printed side by side in a print that lost its indents: "
    "a line of one goal's text may be either goal's, the goals are left out",
    "goals_across": "line(s) of the goals printed side by side whose lines stand across each "
    "other's column (a tool placing Chinese text by its own widths): the goals are left out, "
    "not read as one text",
    "identity": "line(s) of the identity rows read by where each wrapped value stands",
}


def from_layout(text: str) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The text with each table laid out in columns (the money table, the goals, the indicator
    table) rebuilt as tab-separated rows, and for each table rebuilt its first and last line
    (numbered from 1) and what was done; None when the text holds none that could be."""
    if "   " not in text or "指标" not in text:
        return None
    lines = text.split("\n")
    notes: list[tuple[int, int, str]] = []
    flush = flush_print(text)
    i = 0
    while i < len(lines):
        line = lines[i]
        rebuilt, kind = None, ""
        if "\t" in line or "  " not in line.strip():
            pass
        elif "指标" in line and _header_keys(line) >= 3:
            rebuilt, kind = _rebuild(lines, i), "indicators"
        elif _money_header(line):
            rebuilt, kind = _rebuild_money(lines, i), "money"
        elif goals_header(line):
            rebuilt, kind = _rebuild_goals(lines, i, flush)
        elif _identity_line(line):
            rebuilt, kind = _rebuild_identity(lines, i), "identity"
        if rebuilt is None:
            i += 1
            continue
        start, new = rebuilt
        lines[start : start + len(new)] = new
        notes.append((start + 1, start + len(new), f"{len(new)} {_SAID[kind]}"))
        i = start + len(new)
    return ("\n".join(lines), notes) if notes else None


def flush_print(text: str) -> bool:
    """Every line flush with the margin: a layout print stripped of its indents (posted to a
    web page), whose places no longer tell a wrapped goal's lines apart."""
    return not text.startswith(" ") and "\n " not in text


def _header_keys(line: str) -> int:
    """How many of the line's cells name an indicator column."""
    return sum(_column_key(cell) is not None for cell in _CELL.findall(line))


_WORDS = tuple(
    (key, vocab.words("indicator_column_words", key))
    for key in ("other", "other_value", "deviation", "nature", "unit", "target", "actual", *_POINTS)
)


def _column_key(text: str) -> str | None:
    """The indicator column a header cell names: its wording, or a word inside it."""
    key = vocab.meaning(text, "indicator_columns")
    if key is not None or not text or len(text) > 16:
        return key
    compact = vocab.label_key(text)
    for column, words in _WORDS:
        if any(w in compact for w in words):
            return column
    return None


def _words(line: str, widths: bool) -> list[tuple[int, int, str]]:
    """A line's words with the places each takes: by display width, a wide character two
    places (``widths``: text laid out by display width), or one place a character (a PDF tool
    printing each run of text at the place of the page it stands at, a wide character in one
    place as a narrow one). The words of a cell follow each other one place apart."""
    found = []
    for m in _CELL.finditer(line):
        x = display_width(line[: m.start()]) if widths else m.start()
        for word in m.group().split(" "):
            size = display_width(word) if widths else len(word)
            found.append((x, x + size, word))
            x += size + 1
    return found


def _cells_of(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words one place apart joined into the cells they make."""
    cells: list[tuple[int, int, str]] = []
    for start, end, text in words:
        if cells and start - cells[-1][1] <= 1:
            cells[-1] = (cells[-1][0], end, cells[-1][2] + " " + text)
        else:
            cells.append((start, end, text))
    return cells


def _overlap(span: tuple[int, int, str], column) -> int:
    return min(span[1], column.end) - max(span[0], column.start)


@dataclass
class _Column:
    start: int
    end: int
    key: str | None = None
    header: str = ""


def _rebuild(lines: list[str], at: int) -> tuple[int, list[str]] | None:
    """(first line, lines) of the table whose header is lines[at], rebuilt; None where it is no
    table laid out in columns, or its pieces cannot all be placed."""
    tables = [t for t in (_Table.read(lines, at, w) for w in (False, True)) if t is not None]
    tables.sort(key=lambda t: (t.keyed, t.aligned()), reverse=True)
    if not tables:
        return None
    table = tables[0]
    rebuilt = table.rebuilt()
    points = [c for c in table.columns if c.key in _POINTS]
    # (in a table whose rows print no points, a line with a target and an actual is a whole
    # row: no cut one)
    values = [c for c in table.columns if c.key in ("target", "actual")]
    if any(table.piece(k, c) for k in table.body for c in points):
        values = []
    while (
        rebuilt is None
        and len(table.kept) < _MAX_CUT_LINES
        and len(table.body) > 2
        and not any(is_number(table.piece(table.body[-1], c)) for c in points)
        and not (values and all(table.piece(table.body[-1], c) for c in values))
    ):
        # a row cut off at its end (a name's first piece, no values: an excerpt that stops
        # there) is left out, and the rows before it placed (read as printed, the piece went
        # on with the row above)
        table.kept.insert(0, table.body.pop())
        rebuilt = table.rebuilt()
    if rebuilt is not None and not table.kept and table.dropped:
        rebuilt = _groups_placed_without_cut_row(table) or rebuilt
    if rebuilt is not None and table.kept:
        rebuilt = _label_begun_before_cut(table) or rebuilt
    if rebuilt is None:
        return None
    start, out = rebuilt
    # the table going on at the top of the next page, its columns standing elsewhere
    end = start + len(out)
    while end < len(lines) and not lines[end].strip():
        end += 1
    if table.total is None and end < len(lines) and lines[end].startswith("\f"):
        going_on = _Table.continued(lines, end, table)
        if going_on is not None:
            _, more = going_on
            out = [*out, *lines[start + len(out) : end], *more]
    return start, out


def _groups_placed_without_cut_row(table: _Table) -> tuple[int, list[str]] | None:
    """The table rebuilt without its last lines where they are a row cut off at the table's
    end (a name's first piece and a group's label, no value in any column: 成本指标 / 指) that
    kept a group column from being placed (its label standing in the last row's lines): every
    group column holding pieces placed without them. None (the body as it was) where no such
    lines are there or a group column is still left out."""
    body = list(table.body)
    values = [c for c in table.columns if c.key in _VALUES]
    while len(table.kept) < _MAX_CUT_LINES and len(table.body) > 2:
        k = table.body[-1]
        if any(table.piece(k, c) for c in values):
            break  # a line with a value: no cut row's
        table.kept.insert(0, table.body.pop())
        rebuilt = table.rebuilt()
        if rebuilt is not None and not table.dropped:
            return rebuilt
    table.body, table.kept = body, []
    table.rebuilt()  # (the table's reading as it was: its dropped count)
    return None


def _label_begun_before_cut(table: _Table) -> tuple[int, list[str]] | None:
    """The table rebuilt without the lines before its cut last row that hold only the first
    pieces of that row's group labels (服务对 / 象满意 / 度指标: the label's line above the row's
    first line), left out with the row; None where no such line is there."""
    groups = [c for c in table.columns if c.key in _GROUPS]
    rebuilt = None
    while len(table.body) > 2:
        k = table.body[-1]
        held = [c for c in table.columns if table.piece(k, c)]
        if not held:
            break
        if any(c not in groups for c in held) or not all(
            is_prefix(table.piece(k, c) + "".join(table.piece(j, c) for j in table.kept))
            for c in held
        ):
            return _label_head_beside_cut(table, k, groups) or rebuilt
        table.kept.insert(0, table.body.pop())
        found = table.rebuilt()
        if found is None:
            table.body.append(table.kept.pop(0))
            break
        rebuilt = found
    return rebuilt


def _label_head_beside_cut(table: _Table, k: int, groups: list) -> tuple[int, list[str]] | None:
    """The table rebuilt without the head of the cut row's group label that stands on line k,
    the last line kept, beside the pieces of rows above it (社会效 after 经济效 / 益指标, 岗 cut
    under it with 益指标): in each group column whose piece on line k with the column's
    pieces on the cut lines makes a whole label, and whose pieces on the cut lines are no
    label of their own. None where no such piece is there or the rest cannot be placed."""
    heads = []
    for c in groups:
        piece, rest = table.piece(k, c), "".join(table.piece(j, c) for j in table.kept)
        if piece and rest and not is_prefix(rest) and _whole_label(piece + rest):
            heads.append((k, c.key))
    if not heads:
        return None
    table.masked.update(heads)
    found = table.rebuilt()
    if found is None:
        table.masked.difference_update(heads)
    return found


def _body(lines: list[str], start: int, stop: int) -> tuple[list[int], int | None]:
    """The lines of a table's rows from ``start``, and its 总分 line (None where it ends
    otherwise: at a new page, a label that closes the form, another header)."""
    body: list[int] = []
    blanks = 0
    for k in range(start, stop):
        raw = lines[k]
        if "\t" in raw or (raw.startswith("\f") and k > start):
            break  # (a new page: its columns may stand elsewhere)
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            if blanks >= 3:
                break
            continue
        blanks = 0
        if any(_is_total(c) for c in _CELL.findall(stripped)[:2]):
            return body, k
        if _ends_table(stripped) or ("指标" in raw and "  " in raw and _header_keys(raw) >= 3):
            break
        body.append(k)
    return body, None


def _is_total(text: str) -> bool:
    return vocab.meaning(text, "totals") is not None


def _ends_table(text: str) -> bool:
    first = _CELL.findall(text)
    if not first:
        return False
    cell = first[0]
    return bool(
        vocab.meaning(cell, "closing")
        or vocab.meaning(cell, "identity")
        or vocab.meaning(cell, "grade")
        or "自评表" in cell
    )


class _Table:
    """One indicator table: its header band, body lines and columns."""

    def __init__(self, lines, at, top, header_lines, body, total, columns, spans):
        self.lines = lines
        self.at = at  # the header's line (its words; the band's other lines hold pieces)
        self.top = top  # first line of the header band
        self.header_lines = header_lines
        self.body = body  # indices of the body lines (header band and total excluded)
        self.total = total  # index of the 总分 line, or None
        self.columns = columns
        self.spans = spans  # each line's words, where they stand
        self.keyed = 0
        self.widths = False  # places counted by display width
        self.kept: list[int] = []  # lines after the table's last row left out (a row cut off)
        # (line, column key) of label pieces left out with a cut row (the head of its label)
        self.masked: set[tuple[int, str | None]] = set()
        self.dropped = 0  # group columns holding pieces that the last rebuild left out
        # (the units of the last group column placed whose group two tilings disagree on, each
        # with the labels they give it: see _tied_units)
        self.tied: dict[int, set[str]] = {}
        # (the tied tilings the 一级 labels leave: see _settled_by_firsts)
        self.left: list[list[tuple[int, int, str, int, int]]] | None = None

    @classmethod
    def read(cls, lines: list[str], at: int, widths: bool) -> _Table | None:
        stop = min(len(lines), at + _MAX_ROWS_LINES)
        spans: dict[int, list[tuple[int, int, str]]] = {}

        def words(k: int) -> list[tuple[int, int, str]]:
            if k not in spans:
                spans[k] = _words(lines[k].rstrip(), widths)
            return spans[k]

        header_cells = _cells_of(words(at))
        band = _band(
            at, [_cells_of(words(k)) if 0 <= k < len(lines) else [] for k in range(at - 2, at + 3)]
        )
        body, total = _body(lines, band[-1] + 1, stop)
        if not body:
            return None
        # (the 总分 row's numbers, wider than a row's, may close the gap between two columns)
        columns = _columns([words(k) for k in band + body], header_cells)
        if columns is None:
            return None
        crossed = [n for n, k in enumerate(body) if _crosses(words(k), columns)]
        for n in crossed:
            pushed = _twin_pushed(words(body[n]), columns)
            if pushed is not None:
                spans[body[n]] = pushed
        crossed = [n for n in crossed if _crosses(words(body[n]), columns)]
        if len(crossed) * 4 > len(body):
            return None  # lines whose cells stand where the header's columns are not: no layout
        crossing = crossed[0] if crossed else None
        if crossing is not None and crossing * 3 < len(body) * 2:
            return None  # the columns hold for too few of the lines
        if crossing is not None:
            # a line whose words stand across the columns: printed in another layout (a page
            # of the table printed otherwise), so the table ends before it
            body, total = body[:crossing], None
            columns = _columns([words(k) for k in band + body], header_cells) if body else None
            if columns is None:
                return None
        if total is not None:
            words(total)
        table = cls(lines, at, band[0], band, body, total, columns, spans)
        for column in columns:
            column.header = "".join(table.piece(k, column).replace(" ", "") for k in band)
            column.key = _column_key(column.header) if column.header else None
        for n in range(len(columns) - 1, 0, -1):
            column, left = columns[n], columns[n - 1]
            if column.key is None and left.key in _VALUES:
                held = [table.piece(k, column) for k in body]
                if any(held) and all(is_number(p) for p in held if p):
                    # numbers printed at the right of their cells, past their header's word
                    left.end = column.end
                    del columns[n]
        keys = [c.key for c in columns if c.key]
        if len(keys) != len(set(keys)) or not set(_POINTS) & set(keys) or "name" not in keys:
            return None  # two columns of one meaning, or no points: not this kind of table
        table.keyed, table.widths = len(keys), widths
        return table

    @classmethod
    def continued(cls, lines: list[str], start: int, above: _Table) -> _Table | None:
        """The rows of ``above`` going on after a new page (lines[start] opens with a form
        feed) with no header of their own: their columns are the page's own, each taking the
        meaning of the column of ``above`` in the same place in order; only where the page has
        as many columns as ``above`` has with a meaning."""
        keyed = [c for c in above.columns if c.key]
        widths = above.widths
        body, total = _body(lines, start, min(len(lines), start + _MAX_ROWS_LINES))
        if not body:
            return None
        spans = {k: _words(lines[k].rstrip().lstrip("\f"), widths) for k in body}
        if total is not None:
            spans[total] = _words(lines[total].rstrip().lstrip("\f"), widths)
        columns = _columns([spans[k] for k in body], [])
        if columns is not None and len(columns) == len(keyed) - 1:
            columns = _points_apart(columns, keyed, [spans[k] for k in body]) or columns
        if columns is not None and len(columns) == len(keyed) - 1 and keyed[-1].key == "deviation":
            keyed = keyed[:-1]  # (no reason on the page: its last column blank throughout)
        if columns is None or len(columns) != len(keyed):
            return None
        if any(_crosses(spans[k], columns) for k in body):
            return None
        for column, meaning in zip(columns, keyed):
            column.key, column.header = meaning.key, meaning.header
        table = cls(lines, None, body[0], [], body, total, columns, spans)
        table.keyed, table.widths = len(keyed), widths
        return table.rebuilt()

    def aligned(self) -> int:
        """How many cells of the body start where a cell of the header does: text laid out
        by display width, read so, lines its cells up with the header's."""
        starts = {c[0] for k in self.header_lines for c in _cells_of(self.spans[k])}
        return sum(c[0] in starts for k in self.body for c in _cells_of(self.spans[k]))

    def piece(self, k: int, column: _Column) -> str:
        """The words of line k in the column."""
        # (a line that holds no words has no span: a blank line above a cut text's last rows)
        if self.masked and (k, column.key) in self.masked:
            return ""
        return " ".join(w[2] for w in self.spans.get(k, ()) if _in_column(w, column, self.columns))

    def rebuilt(self) -> tuple[int, list[str]] | None:
        keyed = [c for c in self.columns if c.key]
        by_key = {c.key: c for c in keyed}
        points = [by_key[k] for k in _POINTS if k in by_key]
        anchors = [k for k in self.body if any(is_number(self.piece(k, c)) for c in points)]
        if anchors:
            anchors = sorted({*anchors, *self._rows_without_points(by_key, set(anchors))})
        if not anchors and not any(self.piece(k, c) for k in self.body for c in points):
            # no points printed in any row: a row is a line with a short target (one line)
            # and an actual beside it, each a line: a line with one has the other
            target, actual = by_key.get("target"), by_key.get("actual")
            if target and actual:
                held = [k for k in self.body if self.piece(k, target)]
                if (
                    held
                    and held == [k for k in self.body if self.piece(k, actual)]
                    and all(len(self.piece(k, c)) <= 10 for k in held for c in (target, actual))
                ):
                    anchors = self._named_lines(held, by_key.get("name"), [target, actual])
                elif held:
                    anchors = self._actuals_centred(held, target, actual)
        if not anchors:
            return None
        if any((p := self.piece(k, c)) and not is_number(p) for k in self.body for c in points):
            return None  # words in a column of points: the cells are not in these columns
        row_columns = [c for c in keyed if c.key not in _GROUPS and c.key not in _POINTS]
        row_lines = sorted(
            {*anchors, *(k for k in self.body if any(self.piece(k, c) for c in row_columns))}
        )
        place = {k: n for n, k in enumerate(row_lines)}
        at = [place[k] for k in anchors]
        cells: dict[str, list[list[str]]] = {}
        tops_only = False  # some column placed only with its cells at the top
        up = [0] * len(anchors)
        down = [0] * len(anchors)
        options = {}
        for column in row_columns:
            held = {n for n, k in enumerate(row_lines) if self.piece(k, column)}
            options[column.key] = _placings(held, at, row_lines, self.lines)
            if not options[column.key]:
                return None
        # the way the cells stand where a column has one way only decides where it has two
        ways = {f[0][2] for f in options.values() if len(f) == 1}
        for column in row_columns:
            found = options[column.key]
            texts = [
                [[self.piece(row_lines[j], column) for j in members] for members in f[0]]
                for f in found
            ]
            if len(found) > 1 and found[0][0] != found[1][0]:
                broken = [_broken_sentences(t) for t in texts]
                if broken[0] != broken[1]:
                    pick = broken.index(min(broken))
                elif len(ways) == 1:
                    pick = [f[2] for f in found].index(next(iter(ways)))
                else:
                    return None  # two placements, nothing to choose between them
            else:
                pick = 0
            rows, (ups, downs), top = found[pick]
            tops_only = tops_only or (top and all(f[2] for f in found if f[0] == rows))
            for n in range(len(rows)):
                up[n], down[n] = max(up[n], ups[n]), max(down[n], downs[n])
            cells[column.key] = texts[pick]
            if any(vocab.NUMBERING.match(p) for held in cells[column.key] for p in held[1:]):
                return None  # an item's number opens an item of its own, never a cell's rest
        values = [c for c in row_columns if c.key in ("name", "target", "actual")]
        labels = [c for c in keyed if c.key in _GROUPS]
        if tops_only and any(
            k not in anchors
            and len(values) == 3
            and all(self.piece(k, c) for c in values)
            and any(self.piece(k, c) for c in labels)
            for k in self.body
        ):
            # cells at the top: a line under a row with a group's label and a name, a target
            # and an actual is a row of its own with no points, not the rest of the row above
            return None
        tops = [row_lines[a - u] for a, u in zip(at, up)]
        bottoms = [row_lines[a + d] for a, d in zip(at, down)]
        way = next(iter(ways)) if len(ways) == 1 else None
        # the 二级指标 groups over the rows, then the 一级指标 groups over those (over the rows
        # where no 二级 group was placed): each group as tall as its rows and its label
        groups: dict[str, list[str]] = {}
        units = [(n, n) for n in range(len(anchors))]
        self.dropped = 0
        unknown: dict[str, dict[int, set[str]]] = {}  # (see _unknown_rows)
        for key in reversed(_GROUPS):
            if key not in by_key:
                continue
            # (labels a line off only over units that are sure: rows, or groups whose
            # labels are all whole)
            sure = all(_whole_label(label) for label in groups.get("level2", []) if label)
            if key == "level2" and way is None and "level1" in by_key:
                # (the 一级 column's labels say how the table sets its merged cells)
                way = _way_of_labels(self._pieces(by_key["level1"]), tops, bottoms)
            found = self._groups(by_key[key], tops, bottoms, way, sure)
            if key == "level2" and found is not None and self.tied and "level1" in by_key:
                found = self._settled_by_firsts(by_key, found, tops, bottoms)
            if found is not None and self.tied:
                found = self._settled_by_balance(by_key[key], found, tops, bottoms)
            if found is None and key == "level1" and self._cut_group_in_last(by_key):
                # (the row cut off at the table's end, a 二级 group of its own with no 一级
                # label, is of the last 一级 group: whose label stands in the middle of its
                # lines as well)
                found = self._groups(by_key[key], tops, [*bottoms[:-1], max(self.kept)], way, sure)
            if found is None and self.at is None:
                # rows going on after a new page print no header: every column stays, a
                # group's label left blank (the group above goes on) where the page prints
                # none, and the page not rebuilt where it prints one that cannot be placed
                if any(self.piece(k, by_key[key]) for k in self.body):
                    return None
                groups[key] = [""] * len(anchors)
                continue
            if found is None:
                self.dropped += any(self.piece(k, by_key[key]) for k in self.body)
                continue
            # (one 一级 group over every unit: a row's 一级 is its label, whatever its 二级)
            seconds = {} if key == "level1" and len(found) == 1 else unknown.get("level2", {})
            unknown[key] = _unknown_rows(key, self.tied, units, seconds)
            labels = [""] * len(anchors)
            for first, last, label, _, _ in found:
                labels[units[first][0]] = label
                # (and beside each 二级 label under it: a 二级 whose 一级 in the standard
                # template is another, 经济效益指标 printed under 产出指标, keeps the one printed)
                for n in range(units[first][0] + 1, units[last][1] + 1):
                    if key == "level1" and groups.get("level2", [""] * (n + 1))[n]:
                        labels[n] = label
            if key == "level1" and "level2" in groups:
                unknown[key] = _confirmed_by_seconds(
                    unknown[key], labels, groups["level2"], unknown.get("level2", {})
                )
            groups[key] = _marked(labels, unknown[key], UNKNOWN_LEVEL[key])
            units = [(units[first][0], units[last][1]) for first, last, *_ in found]
            tops = [min(tops[first], top) for first, _, _, top, _ in found]
            bottoms = [max(bottoms[last], bottom) for _, last, _, _, bottom in found]
        last = max([self.total if self.total is not None else self.body[-1], *self.kept])
        out = [""] * (1 + last - self.top)

        kept = [c for c in keyed if c.key not in _GROUPS or c.key in groups]
        if self.at is not None:
            out[self.at - self.top] = "\t".join(c.header for c in kept)
        for n, anchor in enumerate(anchors):
            row = []
            for c in kept:
                if c.key in groups:
                    row.append(groups[c.key][n])
                elif c.key in _POINTS:
                    row.append(self.piece(anchor, c))
                else:
                    row.append(_joined(cells[c.key][n]))
            if not row[[c.key for c in kept].index("name")]:
                return None  # a row with no name: not read so
            out[anchor - self.top] = "\t".join(row)
        if self.total is not None:
            out[self.total - self.top] = self._total_row(kept)
        return self.top, out

    def _settled_by_firsts(
        self,
        by_key: dict[str, _Column],
        found: list[tuple[int, int, str, int, int]],
        tops: list[int],
        bottoms: list[int],
    ) -> list[tuple[int, int, str, int, int]]:
        """The 二级 groups where two tilings tie (self.tied): of the tied tilings, those over
        whose groups the 一级 labels tile too (each 一级 label centred on its groups, every 二级
        group inside one 一级 group and of its family: _firsts_tile). Where that leaves some
        tilings out, the ties are those of the tilings left (self.tied narrowed; the kept
        tiling one of them); otherwise as they were."""
        seconds = self._pieces(by_key["level2"])
        tilings = _best_tilings(seconds, tops, bottoms)
        if not tilings or len(tilings) < 2:
            return found
        firsts = self._pieces(by_key["level1"])
        cut = self.total is None and self._page_after()
        left = [t for t in tilings if _firsts_tile(firsts, t, tops, bottoms, cut, _OFF_MIDDLE)]
        if not left:  # (as the 一级 labels are placed: a line off where none stands nearer)
            left = [t for t in tilings if _firsts_tile(firsts, t, tops, bottoms, cut, 1.0)]
        if not left or len(left) == len(tilings):
            return found
        self.tied = _disagreements(left, len(tops))
        self.left = left
        return found if found in left else left[0]

    def _settled_by_balance(
        self,
        column: _Column,
        found: list[tuple[int, int, str, int, int]],
        tops: list[int],
        bottoms: list[int],
    ) -> list[tuple[int, int, str, int, int]]:
        """The groups where two tilings tie (self.tied, of the tilings self.left where the 一级
        labels left some out) settled by rows of one line each: a label on a line of its own
        between rows of a line each has as many of its group's rows above it as below
        (数量指标 between the second and the third of four rows: _balanced). Of the tied
        tilings, the one whose every such group is so, where exactly one is: its ties settled
        (self.tied emptied). Otherwise as they were."""
        tilings = self.left or _best_tilings(self._pieces(column), tops, bottoms)
        if not tilings or len(tilings) < 2:
            return found
        left = [t for t in tilings if all(_balanced(g, tops, bottoms) for g in t)]
        if len(left) != 1:
            return found
        self.tied = {}
        return left[0]

    def _pieces(self, column: _Column) -> list[tuple[int, str]]:
        """The (line, text) of a group column's pieces in the table's body (as _groups reads
        them)."""
        return [
            (k, p)
            for k in self.body
            if (p := self.piece(k, column)) and vocab.label_key(p) != "绩效指标"
        ]

    def _page_after(self) -> bool:
        """The table's last line is followed by a new page (a form feed): its last group may
        go on over the page, its label standing on the part of its lines on this page."""
        after = self.body[-1] + 1
        return after < len(self.lines) and self.lines[after].startswith("\f")

    def _cut_group_in_last(self, by_key: dict[str, _Column]) -> bool:
        """The lines of a row cut off at the table's end (kept out) hold the rest of a 二级
        label (益指标 under 社会效, 度指标) and no piece of a 一级 label: the cut row opens
        a 二级 group of its own, under the last 一级 group."""
        if not self.kept or "level2" not in by_key:
            return False
        rest = "".join(self.piece(k, by_key["level2"]) for k in self.kept)
        return bool(rest) and not any(self.piece(k, by_key["level1"]) for k in self.kept)

    def _rows_without_points(self, by_key: dict[str, _Column], pointed: set[int]) -> list[int]:
        """The lines of rows that print no points in a table whose other rows do (其中桃树种植
        面积 | 1.5亩 | 1.5亩 under a row of points): a name's piece beside a target and an
        actual that are each a quantity whole (a number, its unit), which no wrapped cell's
        line is; or beside a target and an actual of the same words (对外形象好评度 | 无负面
        评价 | 无负面评价) right under a row of points (``pointed``) whose name is narrower than
        the column's widest: that name ended on its line, so the name under it is another
        row's, not its rest wrapped. And a name's piece beside a whole group label after the
        last row of points (质量指标 | 是否达到国): a group's label stands at its first row or in
        the middle of its rows, never under the last of them, so the group's rows are there."""
        columns = [by_key.get(k) for k in ("name", "target", "actual")]
        if None in columns:
            return []
        name, target, actual = columns
        groups = [by_key[k] for k in _GROUPS if k in by_key]
        last = max(pointed)
        widest = max((display_width(self.piece(k, name)) for k in self.body), default=0)
        full = filled_width(widest)
        out = []
        for k in self.body:
            if not self.piece(k, name):
                continue
            if k > last and self._opens_a_group(k, name, groups, full):
                out.append(k)
                continue
            aimed, done = self.piece(k, target), self.piece(k, actual)
            if (QUANTITY_ALONE.match(aimed) and QUANTITY_ALONE.match(done)) or (
                aimed
                and aimed == done
                and k - 1 in pointed
                and 0 < display_width(self.piece(k - 1, name)) < full
            ):
                out.append(k)
        return out

    def _opens_a_group(self, k: int, name: _Column, groups: list[_Column], full: int) -> bool:
        """Line k (after the last row of points) holds a whole group label and a name's piece
        that is no name's rest: the name above it ended short of the column's width, or it
        opens with a row's number (指标1:)."""
        if not any(_whole_label(self.piece(k, c)) for c in groups):
            return False
        if re.match(NAME_NUMBER, self.piece(k, name)):  # (the template's 指标N:)
            return True
        above = next((p for j in range(k - 1, self.top, -1) if (p := self.piece(j, name))), "")
        return 0 < display_width(above) < full

    def _actuals_centred(self, held: list[int], target: _Column, actual: _Column) -> list[int]:
        """Of a table with no points, the lines of its rows where each row's actual is a line
        and its target wraps around it (同比2022年销 / 显著提高 / 量显著提高: cells centred in
        their rows, the short actual on the middle line, the target's two lines above and
        under it): every actual a line of its own between two target lines or beside one, each
        target piece on an actual's line or next to one, and no two actuals' rows sharing a
        target piece. An empty list where the pieces stand otherwise."""
        actuals = [k for k in self.body if self.piece(k, actual)]
        if len(actuals) < 2:
            return []
        spans = []
        for k in actuals:
            near = [j for j in (k - 1, k, k + 1) if j in held]
            if not near or (k not in held and near != [k - 1, k + 1]):
                return []
            spans.append(near)
        taken = [j for near in spans for j in near]
        if len(taken) != len(set(taken)) or set(taken) != set(held):
            return []
        return actuals

    def _named_lines(
        self, held: list[int], name: _Column | None, values: list[_Column]
    ) -> list[int]:
        """Of the lines holding a target and an actual (a table with no points), those of a
        row: a line with a name's piece, or between two (a name wrapped around it). A line with
        neither holds the rest of a target and an actual wrapped alike around a row's line
        (降低村民出行 / 和农产品运输 / 成本 around the name's line)."""
        if name is None:
            return held

        def named(k: int) -> bool:
            return k in self.spans and bool(self.piece(k, name))

        drifted = self._drifted_rests(held, name, values)
        return [
            k for k in held if (named(k) or (named(k - 1) and named(k + 1))) and k not in drifted
        ]

    def _drifted_rests(self, held: list[int], name: _Column, values: list[_Column]) -> set[int]:
        """The lines k, under a row's line k - 1, that hold that row's cells' rests: laid out
        by characters (a PDF tool's reckoning of places, pdftotext -layout), a wrapped cell's
        next line drifts to the right of where its first line starts, two places or more,
        while every row's name starts at its column's left (家基本药物… at 23 under 指标1:政府办…
        at 18, the next row's 指标2:… at 18 again). A rest is words: a line with a number or a
        quantity in its target's or actual's column (4500, ≥90%) is a row of its own (a
        shorter name centred in its cell starts to the right as well)."""
        if self.widths:
            return set()
        starts = {k: self._start(k, name) for k in held}
        left = min((at for at in starts.values() if at is not None), default=None)
        drifted = set()
        for k in held:
            mine, above = starts[k], starts.get(k - 1)
            if mine is None or above is None or not (mine >= above + 2 and above <= left + 1):
                continue
            if any(QUANTITY_ALONE.match(self.piece(k, c)) for c in values):
                continue
            # (a name pushed right by a long label before it, 服务对象满意度指标, is no drift)
            if not any(mine - 2 <= w[1] <= mine for w in self.spans[k]):
                drifted.add(k)
        return drifted

    def _start(self, k: int, column: _Column) -> int | None:
        """Where line k's first word in the column starts, None where it has none."""
        return next((w[0] for w in self.spans[k] if _in_column(w, column, self.columns)), None)

    def _total_row(self, kept: list[_Column]) -> str:
        """The 总分 row: its label first, each number in the column it stands most in."""
        pieces = [""] * len(kept)
        for cell in _cells_of(self.spans[self.total]):
            if _is_total(cell[2]):
                pieces[0] = cell[2]
                continue
            overlap = [_overlap(cell, c) for c in kept]
            best = max(range(len(kept)), key=overlap.__getitem__)
            if overlap[best] > 0:
                pieces[best] = (pieces[best] + " " + cell[2]).strip()
        return "\t".join(pieces)

    def _groups(
        self,
        column: _Column,
        tops: list[int],
        bottoms: list[int],
        way: bool | None,
        sure: bool = False,
    ) -> list[tuple[int, int, str, int, int]] | None:
        """The groups (first unit, last unit, label) of one group column over units with these
        extents, or None where the labels cannot all be placed one way only (or, where they
        can be placed both ways, the way the rows' cells stand: ``way`` True at the top, False
        in the middle, None not known)."""
        pieces = [
            (k, p)
            for k in self.body
            if (p := self.piece(k, column)) and vocab.label_key(p) != "绩效指标"
        ]
        self.tied, self.left = {}, None
        if not pieces:
            return None
        middle, top = _centred_groups(pieces, tops, bottoms), _top_groups(pieces, tops)
        if middle is not None and (top is None or way is False or middle == top):
            # (the tiling kept is the centred one: the units other tilings place elsewhere)
            self.tied = _tied_units(pieces, tops, bottoms)
        if middle is None and top is None and self.at is not None:
            # (a header over the table: no page going on, whose first group may have no label)
            middle = _one_label_a_line_off(pieces, tops, bottoms)
            if middle is None and sure and self.total is not None:
                middle = _labels_a_line_off(pieces, tops, bottoms)
        if middle is None and top is None and self.at is not None and self.total is not None:
            # (a table closed by its 总分 row whose last rows no label of the column covers)
            tail = _groups_before_a_tail(pieces, tops, bottoms)
            if tail is not None:
                middle, self.tied = tail
        if middle is None and top is None and self.at is None:
            # rows going on after a new page: the first of them may be the end of a group
            # whose label stood on the page before (a first group with no label)
            return _groups_after_a_lead(pieces, tops, bottoms)
        if middle is None or top is None or middle == top:
            return middle or top
        return None if way is None else (top if way else middle)


def _groups_after_a_lead(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> list[tuple[int, int, str, int, int]] | None:
    """The groups of rows going on after a new page, whose first rows (the lead) may end a
    group whose label stood on the page before: of the leads up to the first label, the one
    whose tiling stands its labels most whole, then nearest their middles (as _centred_groups
    weighs a tiling: 可持续影响指标 centred on one row, not a half line off two, the row above
    it the lead's), not the shortest lead that tiles at all; None where two leads tile equally
    well."""
    found: list[tuple[tuple[int, float], list]] = []
    for lead in range(1, len(tops)):
        if pieces[0][0] < tops[lead] - 2:
            break
        tiling = _centred_groups(pieces, tops[lead:], bottoms[lead:]) or _top_groups(
            pieces, tops[lead:]
        )
        if tiling is None:
            continue
        shifted = [(i + lead, j + lead, *rest) for i, j, *rest in tiling]
        whole = sum(1 if _whole_label(label) else -1 for _, _, label, _, _ in shifted)
        off = sum(abs(a + b - tops[i] - bottoms[j]) / 2 for i, j, _, a, b in shifted)
        found.append(((whole, -off), [(0, lead - 1, "", tops[0], bottoms[lead - 1]), *shifted]))
    if not found:
        return None
    best = max(key for key, _ in found)
    tilings = [tiling for key, tiling in found if key == best]
    return tilings[0] if len(tilings) == 1 else None


def _groups_before_a_tail(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> tuple[list[tuple[int, int, str, int, int]], dict[int, set[str]]] | None:
    """The groups of a table whose last rows (the tail) stand in no group of the column: a
    merged cell left blank (整体景观效果 | 社会效益 after 结果目标's rows, centred on those rows
    alone), so no tiling of every unit stands each label in its group's middle. Of the tails
    after which the units before tile so (_best_tilings: as many labels whole as the best),
    every tiling is weighed: a unit takes the label all of them give it, and a unit some give
    another label, or leave in the tail, is not known (the ties returned, with the tiling of
    the longest tail and each unit of that tail a group of no label). None where the whole
    table tiles (several ways: _centred_groups keeps none), where no tail tiles, or where the
    tilings do not agree on the first unit's label."""
    size = len(tops)
    if _best_tilings(pieces, tops, bottoms):
        # (the whole table tiles, several ways as near as each other that _centred_groups kept
        # none of: no sign of a tail, and the ties are not this reading's to settle)
        return None
    ways: list[tuple[int, list[tuple[int, int, str, int, int]]]] = []
    for end in range(size - 1, 0, -1):
        if pieces[-1][0] >= tops[end]:
            break  # (a label beside or under the tail's first unit: the tail is in its group)
        for tiling in _best_tilings(pieces, tops[:end], bottoms[:end]) or []:
            ways.append((end, tiling))
    if not ways:
        return None
    labels: dict[int, set[str]] = {}
    for end, tiling in ways:
        for first, last, label, _, _ in tiling:
            for u in range(first, last + 1):
                labels.setdefault(u, set()).add(label)
        for u in range(end, size):
            labels.setdefault(u, set()).add("")
    if len(labels[0]) != 1:
        return None
    end, tiling = min(ways, key=lambda way: way[0])
    tail = [(u, u, "", tops[u], bottoms[u]) for u in range(end, size)]
    tied = {u: found for u, found in labels.items() if len(found) > 1 or "" in found}
    return [*tiling, *tail], tied


def _band(at: int, near: list[list[tuple[int, int, str]]]) -> list[int]:
    """The header's lines: lines[at] and the lines next to it (two above, two under; ``near``
    holds their cells) holding only the pieces of its wrapped words (一级指 / 标, 年度 / 指标值):
    each piece, with the pieces over and under it, makes a column's wording."""
    band = [2]
    for n in (1, 3, 0, 4):
        if abs(n - 2) == 2 and (n + (1 if n < 2 else -1)) not in band:
            continue
        if near[n] and all(_header_piece(cell, n, near) for cell in near[n]):
            band.append(n)
    return [at + n - 2 for n in sorted(band)]


def _header_piece(cell: tuple[int, int, str], n: int, near: list) -> bool:
    start, end, piece = cell
    if len(piece) > 8 or any(ch.isdigit() for ch in piece):
        return False
    stack = []
    for m, cells in enumerate(near):
        over = [c for c in cells if c[0] - 2 <= end and start <= c[1] + 2] if m != n else [cell]
        if len(over) == 1:
            stack.append((m, over[0][2]))
    texts = [t for _, t in stack]
    at = texts.index(piece)
    for first in range(at + 1):
        for last in range(at, len(texts)):
            if last > first and vocab.meaning(
                "".join(texts[first : last + 1]), "indicator_columns"
            ):
                return True
    return False


def _points_apart(
    columns: list[_Column], keyed: list[_Column], lines: list[list[tuple[int, int, str]]]
) -> list[_Column] | None:
    """A page's columns with its 得分 column and the 偏差原因 column after it, run into one
    (a tool placing Chinese text by its own widths puts a reason one place after the score:
    9.00 偏差原因：…), cut apart where every word left of the cut is a number and every word
    right of it is not; None where the column in the score's place is not so cut."""
    at = next(
        (
            n
            for n, (here, after) in enumerate(pairwise(keyed))
            if here.key == "score" and after.key == "deviation"
        ),
        None,
    )
    if at is None or at >= len(columns):
        return None
    column = columns[at]
    held = [w for words in lines for w in words if _in_column(w, column, columns)]
    numbers = [w for w in held if is_number(w[2])]
    texts = [w for w in held if not is_number(w[2])]
    if not numbers or not texts:
        return None
    cut = max(w[1] for w in numbers)
    if cut >= min(w[0] for w in texts):
        return None  # (a number beside or after the reason's words: no clean cut)
    return [*columns[:at], _Column(column.start, cut), _Column(cut, column.end), *columns[at + 1 :]]


def _crosses(words: list[tuple[int, int, str]], columns: list[_Column]) -> bool:
    """Some word of the line stands in two columns."""
    return any(sum(_overlap(w, c) > 0 for c in columns) > 1 for w in words)


_DIGITS = lazy(r"\d+")


def _twin_pushed(
    words: list[tuple[int, int, str]], columns: list[_Column]
) -> list[tuple[int, int, str]] | None:
    """The line's words where its one word across two columns is a value said twice, pushed
    right: the word before it, one place before, of the same shape (2021年12月31日
    2021年12月31日: the target and the actual value printed one space apart) standing wholly in
    the column on the left, and nothing else of the line in the column on the right. The second
    is set in the column on the right; None where the line crosses otherwise."""
    across = [n for n, w in enumerate(words) if sum(_overlap(w, c) > 0 for c in columns) > 1]
    if len(across) != 1 or across[0] == 0:
        return None
    n = across[0]
    word, twin = words[n], words[n - 1]
    held = [i for i, c in enumerate(columns) if _overlap(word, c) > 0]
    if len(held) != 2 or held[1] != held[0] + 1 or twin[1] + 1 != word[0]:
        return None
    left, right = columns[held[0]], columns[held[1]]
    if twin[0] < left.start or twin[1] > left.end:
        return None  # the first is not wholly in the column on the left
    if _DIGITS.sub("0", twin[2]) != _DIGITS.sub("0", word[2]):
        return None
    if any(_overlap(w, right) > 0 for i, w in enumerate(words) if i != n):
        return None  # the column on the right holds something else of the line
    return [*words[:n], (right.start, word[1], word[2]), *words[n + 1 :]]


def _in_column(word: tuple[int, int, str], column: _Column, columns: list[_Column]) -> bool:
    """The word stands in the column more than in any other."""
    # (_overlap spelled out: asked of every word for every column of every row of a table)
    start, end = word[0], word[1]
    here = min(end, column.end) - max(start, column.start)
    if here <= 0:
        return False
    for c in columns:
        if c is not column and min(end, c.end) - max(start, c.start) > here:
            return False
    return True


def _columns(
    lines: list[list[tuple[int, int, str]]],
    header: list[tuple[int, int, str]],
    key=None,
    least: int = 4,
) -> list[_Column] | None:
    """The table's columns: the runs of places where some line has a cell, between runs of two
    places or more where none has. A run under two of the header's words (a cell run into the
    next one, 新开工楼盘预搭测绘及重 =4000.00(万平方, closed the gap) is cut between them where
    the fewest words stand (the single space between two such cells)."""
    width = max((w[1] for words in lines for w in words), default=0)
    used = [False] * (width + 1)
    covered = [0] * (width + 1)
    for words in lines:
        for start, end, _ in _cells_of(words):
            for x in range(start, end):
                used[x] = True
        for start, end, _ in words:
            for x in range(start, end):
                covered[x] += 1
    columns: list[_Column] = []
    cuts = 0  # borders no gap shows, cut between two header words
    x = 0
    while x < width:
        if not used[x]:
            x += 1
            continue
        start = x
        while x < width and (used[x] or used[x + 1]):
            x += 1  # (a gap of one place is inside a cell: 项目 总成本)
        words = [h for h in header if start <= h[0] < x and (key or _column_key)(h[2])]
        for left, right in pairwise(words):
            middle = (left[1] + right[0]) / 2
            places = range(left[1], right[0] + 1) or range(right[0], right[0] + 1)
            cut = min(places, key=lambda p: (covered[p], abs(p - middle)))
            columns.append(_Column(start, cut))
            start = cut
            cuts += 1
        columns.append(_Column(start, x))
    if len(columns) < least or cuts * 2 > len(columns) - 1:
        return None  # (most borders cut, not shown by a gap: the text is not in columns)
    return columns


def _placings(held: set[int], anchors: list[int], row_lines: list[int], lines: list[str]):
    """The ways to place one column's pieces: each row's lines of the column, as indices
    among the table's lines with row text (``row_lines``, their numbers; ``held``: those holding
    a piece of the column), each row's lines above and under its numbers, and whether the cells
    stand at the top — by the cells standing in the middle of their rows, or at the top, each
    where it accounts for every piece. A cell's lines follow each other: at the top, line after
    line; in the middle, maybe with a line of a group's label between two (no blank line)."""
    found = []
    for way, step in ((_middle, 2), (_top, 1)):
        placed = way(held, anchors, row_lines)
        if placed is not None and all(
            row_lines[j2] - row_lines[j] <= step
            and all(lines[k].strip() for k in range(row_lines[j] + 1, row_lines[j2]))
            for members in placed[0]
            for j, j2 in pairwise(members)
        ):
            found.append((*placed, way is _top))
    return found


def _broken_sentences(rows: list[list[str]]) -> int:
    """How many cells go on after a piece that ends a sentence (。): a placement that does so
    has put the end of one cell before the start of another."""
    return sum(
        any(p.rstrip().endswith(("。", "；", "！", "？")) for p in pieces[:-1]) for pieces in rows
    )


def _middle(held: set[int], anchors: list[int], row_lines: list[int]):
    size = len(row_lines)
    rows, ups, downs = [], [], []
    cursor = 0
    for n, a in enumerate(anchors):
        following = anchors[n + 1] if n + 1 < len(anchors) else size
        head = [j for j in range(cursor, a) if j in held]
        if not head or (head[-1] == a - 1 and len(head) == a - head[0]):
            tail = list(range(a + 1, a + 1 + len(head)))
        else:
            tail = _every_other(head, a, held, row_lines)
            if tail is None:
                return None
        if any(j not in held or j >= following for j in tail):
            return None
        rows.append(head + ([a] if a in held else []) + tail)
        ups.append(len(head))
        downs.append(len(tail))
        cursor = (tail[-1] if tail else a) + 1
    if any(j >= cursor for j in held):
        return None
    return rows, (ups, downs)


def _every_other(head: list[int], a: int, held: set[int], row_lines: list[int]) -> list[int] | None:
    """The lines under the row's numbers (``a``) of a cell in the middle of its row whose lines
    stand every other line, another column's cell of fewer lines standing between them (a
    name of three lines around a target of two): as many as above, each two lines under the
    last; None where the head's lines do not stand so."""
    above = [row_lines[j] for j in head] + [row_lines[a]]
    if any(b - x != 2 for x, b in pairwise(above)):
        return None
    index = {k: j for j, k in enumerate(row_lines)}
    tail = [index.get(row_lines[a] + 2 * step) for step in range(1, len(head) + 1)]
    if None in tail or any(j in held and j not in tail for j in range(a + 1, tail[-1])):
        return None
    return tail


def _top(held: set[int], anchors: list[int], row_lines: list[int]):
    size = len(row_lines)
    if any(j < anchors[0] for j in held):
        return None
    rows, ups, downs = [], [], []
    for n, a in enumerate(anchors):
        following = anchors[n + 1] if n + 1 < len(anchors) else size
        members = [j for j in range(a, following) if j in held]
        if members and members != list(range(a, a + len(members))):
            return None
        rows.append(members)
        ups.append(0)
        downs.append(max(0, len(members) - 1))
    return rows, (ups, downs)


def _group_steps(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int], i: int, g: int, slack: float
):
    """Each group that units i… may open with pieces g… in a tiling of centred labels: (its last
    unit, the pieces' end, the label they join into, how far the label stands off the group's
    middle), where the label stands within ``slack`` of that middle, between the units around
    it, and joins no two labels into one (the steps _centred_groups, _tied_units and
    _whole_tilings each try)."""
    size, count = len(tops), len(pieces)
    low = bottoms[i - 1] if i else -1
    for j in range(i, size):
        if pieces[g][0] <= low:
            break
        middle = (tops[i] + bottoms[j]) / 2
        high = tops[j + 1] if j + 1 < size else 10**9
        for b in range(g + 1, count + 1):
            block = pieces[g:b]
            if block[-1][0] >= high or block[-1][0] - block[0][0] > 2 * len(block):
                break  # (a label's lines follow each other, or every other one)
            off = abs((block[0][0] + block[-1][0]) / 2 - middle)
            if off > slack:
                continue
            label = _joined([p[1] for p in block])
            if not _labels_run_together(label):  # (no tiling joins two labels)
                yield j, b, label, off


def _centred_groups(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int], slack: float = _OFF_MIDDLE
) -> list[tuple[int, int, str, int, int]] | None:
    """The groups (first unit, last unit, label, its first and last line) of units (rows, or
    the groups of the level under) whose labels stand in the middle of their lines (a half line
    either way) and between the units around them, tiling every unit and taking every piece in
    order. Of the tilings, the one with the most labels whole (一个 指标 at the end, or a
    framework's label), then the one whose labels stand nearest their middles; None unless
    exactly one is so."""
    size, count = len(tops), len(pieces)
    if size * count > _MAX_TILING:
        return None  # (a table too long to try every tiling of: its labels are left out)
    memo: dict[tuple[int, int], tuple[tuple[int, float], int, list]] = {}
    none = ((-(10**6), 0.0), 0, [])

    def best(i: int, g: int) -> tuple[tuple[int, float], int, list]:
        """((score, off the middles), tilings with it, one of them) of units i… and pieces g…"""
        if i == size or g == count:
            return ((0, 0.0), 1, []) if i == size and g == count else none
        if (i, g) in memo:
            return memo[i, g]
        found = none
        for j, b, label, off in _group_steps(pieces, tops, bottoms, i, g, slack):
            (score, offs), ways, rest = best(j + 1, b)
            if not ways:
                continue
            key = (score + (1 if _whole_label(label) else -1), offs - off)
            if key > found[0]:
                found = (key, ways, [(i, j, label, pieces[g][0], pieces[b - 1][0]), *rest])
            elif key == found[0]:
                found = (key, found[1] + ways, found[2])
        memo[i, g] = found
        return found

    _, ways, tiling = best(0, 0)
    return tiling if ways == 1 else None


def _tiling_scores(pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]):
    """The two functions _tied_units and _best_tilings walk the tilings of a group column by:
    ``steps(i, g)``, the (last unit, pieces' end, label, 1 whole / -1 not) of each group units
    i… may open with pieces g… (as _centred_groups tries them), and ``best(i, g)``, the most
    labels whole (less those not) of the tilings of units i… by pieces g… (None: no tiling)."""
    size, count = len(tops), len(pieces)
    memo: dict[tuple[int, int], int | None] = {}

    def steps(i: int, g: int):
        for j, b, label, _ in _group_steps(pieces, tops, bottoms, i, g, _OFF_MIDDLE):
            yield j, b, label, 1 if _whole_label(label) else -1

    def best(i: int, g: int) -> int | None:
        if i == size or g == count:
            return 0 if i == size and g == count else None
        if (i, g) not in memo:
            found = [r + s for j, b, _, s in steps(i, g) if (r := best(j + 1, b)) is not None]
            memo[i, g] = max(found, default=None)
        return memo[i, g]

    return steps, best


def _tied_units(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> dict[int, set[str]]:
    """The units that two tilings put in different groups, each with the labels they give it:
    of the tilings that stand every label within half a line of its group's middle with as many
    labels whole as the best (_centred_groups, which keeps the one nearest their middles). A
    page's lines are no even measure of its height (pdftotext -layout sets a label's line by its
    own rounding), so the nearest tiling may be a line off the true one at a group's edge: a
    row there may be the group's above or below, and its label is not known."""
    size, count = len(tops), len(pieces)
    steps, best = _tiling_scores(pieces, tops, bottoms)
    if size * count > _MAX_TILING or best(0, 0) is None:
        return {}
    labels: dict[int, set[tuple[int, str]]] = {}
    seen, todo = {(0, 0)}, [(0, 0)]
    while todo:  # every step of a best tiling, from the first unit on
        i, g = todo.pop()
        if i == size:
            continue
        for j, b, label, s in steps(i, g):
            if (r := best(j + 1, b)) is None or r + s != best(i, g):
                continue
            for u in range(i, j + 1):
                labels.setdefault(u, set()).add((g, label))
            if (j + 1, b) not in seen:
                seen.add((j + 1, b))
                todo.append((j + 1, b))
    return {u: {label for _, label in found} for u, found in labels.items() if len(found) > 1}


# the most tied tilings of a group column tried together with the 一级 labels over them
_MAX_TIED_TILINGS = 16


def _best_tilings(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> list[list[tuple[int, int, str, int, int]]] | None:
    """Every tiling with as many labels whole as the best (the tilings _tied_units weighs), as
    _centred_groups gives one (first unit, last unit, label, its first and last line); None
    where there are more than _MAX_TIED_TILINGS or none."""
    size, count = len(tops), len(pieces)
    if size * count > _MAX_TILING:
        return None
    steps, best = _tiling_scores(pieces, tops, bottoms)
    if best(0, 0) is None:
        return None
    out: list[list[tuple[int, int, str, int, int]]] = []

    def walk(i: int, g: int, done: list) -> bool:
        """Every best tiling from unit i and piece g on; False once there are too many."""
        if i == size:
            out.append(done)
            return len(out) <= _MAX_TIED_TILINGS
        for j, b, label, s in steps(i, g):
            if (r := best(j + 1, b)) is None or r + s != best(i, g):
                continue
            group = (i, j, label, pieces[g][0], pieces[b - 1][0])
            if not walk(j + 1, b, [*done, group]):
                return False
        return True

    return out if walk(0, 0, []) else None


def _firsts_tile(
    firsts: list[tuple[int, str]],
    seconds: list[tuple[int, int, str, int, int]],
    tops: list[int],
    bottoms: list[int],
    cut: bool,
    slack: float,
) -> bool:
    """Whether the 一级 labels (``firsts``) tile the 二级 groups ``seconds`` (over units with
    these extents): each 一级 label within half a line of its groups' middle and between the
    groups around it (within ``slack`` lines), and every 二级 label of its 一级's family where both are the framework's
    (LEVEL2_PARENT). Where the table is ``cut`` by a page, the last 一级 group goes on past
    it: its label may stand anywhere in its lines here."""
    if not firsts:
        return True
    unit_tops = [min(tops[first], top) for first, _, _, top, _ in seconds]
    unit_bottoms = [max(bottoms[last], bottom) for _, last, _, _, bottom in seconds]
    parents = [LEVEL2_PARENT.get(compact(without_points(label))) for _, _, label, _, _ in seconds]
    size, count = len(seconds), len(firsts)

    def family(i: int, j: int, label: str) -> bool:
        first = compact(without_points(label))
        return first not in LEVEL1 or all(p in (None, first) for p in parents[i : j + 1])

    def tiles(i: int, g: int) -> bool:
        if i == size or g == count:
            return i == size and g == count
        for j, b, label, _ in _group_steps(firsts, unit_tops, unit_bottoms, i, g, slack):
            if family(i, j, label) and tiles(j + 1, b):
                return True
        low = unit_bottoms[i - 1] if i else -1
        return (
            cut
            and max(low + 1, unit_tops[i]) <= firsts[g][0]
            and firsts[-1][0] <= unit_bottoms[-1]
            and not _labels_run_together(label := _joined([p for _, p in firsts[g:]]))
            and family(i, size - 1, label)
        )

    return tiles(0, 0)


def _balanced(group: tuple[int, int, str, int, int], tops: list[int], bottoms: list[int]) -> bool:
    """Whether a group (first unit, last unit, label, its first and last line) has as many
    units above its label as below it, where that is sure: units of one line each on lines
    that follow each other but for the label's own line between two of them (rows each of
    a line's height, the label on no row's line: its middle falls between two rows, so half
    of them stand above it). True where the lines are otherwise: a label on a row's line, or
    rows taller than their text, may round to either side of a print's lines."""
    first, last, _, top, bottom = group
    units = range(first, last + 1)
    if top != bottom or any(tops[u] != bottoms[u] or tops[u] == top for u in units):
        return True
    lines = [tops[u] for u in units]
    gaps = [a < top < b for a, b in pairwise(lines)]
    steps = [b - a for a, b in pairwise(lines)]
    if not any(gaps) or any(step != (2 if gap else 1) for step, gap in zip(steps, gaps)):
        return True
    return sum(line < top for line in lines) == sum(line > top for line in lines)


def _disagreements(
    tilings: list[list[tuple[int, int, str, int, int]]], size: int
) -> dict[int, set[str]]:
    """The units the tilings put in different groups, each with the labels they give it (as
    _tied_units)."""
    labels: dict[int, set[tuple[int, str]]] = {}
    for tiling in tilings:
        for first, last, label, top, _ in tiling:
            for u in range(first, last + 1):
                labels.setdefault(u, set()).add((top, label))
    return {u: {label for _, label in found} for u, found in labels.items() if len(found) > 1}


def _unknown_rows(
    key: str,
    tied: dict[int, set[str]],
    units: list[tuple[int, int]],
    seconds: dict[int, set[str]],
) -> dict[int, set[str]]:
    """The rows whose label of this level is not known, with the labels they may take: the
    rows of each tied unit (_tied_units), and for the 一级, the rows whose 二级 is not known where
    its labels are of different 一级 families (时效指标 or 社会效益指标: 产出 or 效益; 数量指标 or
    质量指标 leave the 一级 known)."""
    rows = {n: labels for u, labels in tied.items() for n in range(units[u][0], units[u][1] + 1)}
    if key == "level1":
        for n, labels in seconds.items():
            parents = {LEVEL2_PARENT.get(compact(without_points(label))) for label in labels}
            if len(parents) > 1 or None in parents:
                rows.setdefault(n, set())
    return rows


def _confirmed_by_seconds(
    unknown: dict[int, set[str]],
    firsts: list[str],
    seconds: list[str],
    unsure: dict[int, set[str]],
) -> dict[int, set[str]]:
    """The rows whose 一级 is not known (_unknown_rows) less those whose 二级, known, is of the
    family of the 一级 the kept tiling gives them, and of no other the tilings may give (时效指标
    under 产出指标 or 满意度指标: 产出's): the 二级 says which 一级 group the row is in."""
    out = {}
    first = second = ""
    for n, (a, b) in enumerate(zip(firsts, seconds, strict=True)):
        first, second = a or first, b or second
        labels = unknown.get(n)
        if labels is None:
            continue
        parent = LEVEL2_PARENT.get(compact(without_points(second)))
        family = {label for label in labels if compact(without_points(label)) == parent}
        if n in unsure or not parent or len(family) != 1 or first not in family:
            out[n] = labels
    return out


def _marked(labels: list[str], unknown: dict[int, set[str]], mark: str) -> list[str]:
    """A group column's cells (a label at a group's first row, blank after it: carried down)
    with each row whose label is not known marked so (``mark``: left out, not carried), and the
    row after a marked one given its group's label (a blank would carry nothing)."""
    if not unknown:
        return labels
    out, carried = [], ""
    for n, label in enumerate(labels):
        carried = label or carried
        if n in unknown:
            out.append(mark)
        elif not label and n - 1 in unknown:
            out.append(carried)
        else:
            out.append(label)
    return out


def _one_label_a_line_off(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> list[tuple[int, int, str, int, int]] | None:
    """The groups where no tiling stands every label within a half line of its group's middle
    (_centred_groups) but one does with every label whole and one label alone up to a line off,
    inside its group's lines, and no other run of that group's units centred on it. A page's
    lines are no even measure of its height (a cell's padding, the other group column's label
    lines set between the rows'), so a label may stand a line off its group's middle; where it
    would stand centred on a part of the group, the rest may be rows with no label of their own
    (a blank group cell) and the tiling is not sure. None otherwise."""
    found = _centred_groups(pieces, tops, bottoms, 2 * _OFF_MIDDLE)
    if found is None or not all(_whole_label(label) for _, _, label, _, _ in found):
        return None
    off = [
        tops[i] <= first_line
        and last_line <= bottoms[j]
        and not any(
            abs(first_line + last_line - tops[a] - bottoms[b]) <= 2 * _OFF_MIDDLE
            for a in range(i, j + 1)
            for b in range(a, j + 1)
            if (a, b) != (i, j)
        )
        for i, j, _, first_line, last_line in found
        if abs(first_line + last_line - tops[i] - bottoms[j]) > 2 * _OFF_MIDDLE
    ]
    return found if off == [True] else None


def _labels_a_line_off(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> list[tuple[int, int, str, int, int]] | None:
    """The groups where no tiling stands every label within a half line of its group's middle
    and no single label a line off (_one_label_a_line_off), but exactly one tiling stands every
    label whole and up to a line off, inside its group's lines where it is off more than half
    a line (a tall label centred on a short row stands past it; pdftotext -layout sets a
    label's lines between the rows' by its own rounding of heights, so several labels of one
    table may each stand a line off). Only in a table that ends in its 总分 row (the caller):
    a group cut by a page goes on after it, and its label stands centred on rows not all here."""
    found = _centred_groups(pieces, tops, bottoms, 2 * _OFF_MIDDLE)
    if found is None or not all(_whole_or_bare(label) for _, _, label, _, _ in found):
        return None
    if not all(
        abs(a + b - tops[i] - bottoms[j]) <= 2 * _OFF_MIDDLE or tops[i] <= a <= b <= bottoms[j]
        for i, j, _, a, b in found
    ):
        return None
    if _whole_tilings(pieces, tops, bottoms, 2 * _OFF_MIDDLE) != 1:
        return None
    return found


def _whole_tilings(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int], slack: float
) -> int:
    """How many tilings of the units by the labels stand every label whole and within
    ``slack`` of its group's middle (as _centred_groups, no two labels joined as one; the
    nearest not preferred)."""
    size, count = len(tops), len(pieces)
    memo: dict[tuple[int, int], int] = {}

    def ways(i: int, g: int) -> int:
        if i == size or g == count:
            return int(i == size and g == count)
        if (i, g) in memo:
            return memo[i, g]
        total = 0
        for j, b, label, _ in _group_steps(pieces, tops, bottoms, i, g, slack):
            if _whole_or_bare(label):
                total += ways(j + 1, b)
        memo[i, g] = total
        return total

    return ways(0, 0)


def _whole_or_bare(label: str) -> bool:
    """A label printed whole, or a 二级 label printed without its 指标 (生态效益)."""
    return _whole_label(label) or _bare_label(without_points(compact(label)))


def _whole_label(label: str) -> bool:
    """A group label printed whole: one 指标, at its end (数量指标, 产出指标(50分)), or a label
    of the 决策 / 过程 framework."""
    text = without_points(compact(label))
    return (text.endswith("指标") and text.count("指标") == 1 and len(text) > 2) or (
        text in FRAMEWORK
    )


def _labels_run_together(label: str) -> bool:
    """Pieces of two labels joined as one: 数量指标质量指标, 标质量指标 (the last piece of the
    label before), 生态效益可持续影响指标 (a label printed without its 指标, then another),
    经济效益指标社会效 (a whole label, then the head of the next)."""
    text = without_points(compact(label))
    head, _, rest = text.partition("指标")
    return (
        text.count("指标") > 1
        or (text[:1] == "标" and len(text) > 1)
        or (bool(rest) and _whole_label(head + "指标") and is_prefix(rest))
        or any(_two_labels(text, known) for known in LEVEL2_PARENT)
        or _bare_labels_run_together(text)
    )


def _bare_label(text: str) -> bool:
    """A 二级 label as printed, with its 指标 or without (成本, 经济效益, 数量指标)."""
    return text in LEVEL2_PARENT or text + "指标" in LEVEL2_PARENT


def _bare_labels_run_together(text: str) -> bool:
    """二级 labels printed without their 指标 and joined (数量时效社会效益: the labels of three
    groups, one a row, read as one group's): every part a 二级 label, the whole no label."""
    if text in VOCABULARY or text + "指标" in VOCABULARY or text in FRAMEWORK:
        return False

    def parts(rest: str, count: int) -> bool:
        if _bare_label(rest) and count:
            return True
        return any(
            _bare_label(rest[:n]) and parts(rest[n:], count + 1) for n in range(2, len(rest) - 1)
        )

    return len(text) <= 24 and parts(text, 0)


def _two_labels(text: str, known: str) -> bool:
    """``text`` is a label with 指标 left off (生态效益) and ``known``, a 二级 label, after it
    (可持续影响指标; 社会效益效益指标, a form's own slip, ends in no 二级 label)."""
    head = text[: len(text) - len(known)]
    return (
        len(text) > len(known)
        and text.endswith(known)
        and (head in VOCABULARY or head + "指标" in VOCABULARY)
    )


def _top_groups(
    pieces: list[tuple[int, str]], tops: list[int]
) -> list[tuple[int, int, str, int, int]] | None:
    """The groups of units whose labels stand at the top of their first unit: each label's
    pieces from a unit's first line to the line before the next label's."""
    groups = []
    g = 0
    while g < len(pieces):
        if pieces[g][0] not in tops:
            return None
        i = tops.index(pieces[g][0])
        b = g + 1
        while b < len(pieces) and pieces[b][0] not in tops:
            if pieces[b][0] != pieces[b - 1][0] + 1:
                return None  # a label's lines follow each other
            b += 1
        label = _joined([p[1] for p in pieces[g:b]])
        if _tail_only(label):
            return None  # (a label's tail, 指标, opens no group: its head stands above it)
        groups.append((i, label, pieces[g][0], pieces[b - 1][0]))
        g = b
    if not groups or groups[0][0] != 0:
        return None
    return [
        (i, (groups[n + 1][0] - 1) if n + 1 < len(groups) else len(tops) - 1, label, *lines)
        for n, (i, label, *lines) in enumerate(groups)
    ]


def _way_of_labels(
    pieces: list[tuple[int, str]], tops: list[int], bottoms: list[int]
) -> bool | None:
    """How a group column's labels stand in their merged cells, where only one way tiles the
    units and some group spans two units or more (a label alone on one unit says nothing):
    True at the top of their groups (产出指标 on the first of its four rows' lines, no tiling
    centring it), False in their middle; None where both ways tile, or neither. A table sets
    its merged cells alike, so the 一级 column says how its 二级 labels stand where their
    column tiles both ways (数量指标 on a row's line, 质量指标 on the line under the next
    row: the row between the first's at the top, the second's in the middle)."""
    if not pieces:
        return None
    middle, top = _centred_groups(pieces, tops, bottoms), _top_groups(pieces, tops)
    if (middle is None) == (top is None):
        return None
    found = top if middle is None else middle
    if not any(first < last for first, last, *_ in found):
        return None
    return middle is None


def _tail_only(label: str) -> bool:
    """A label's tail printed as a cell of its own (指标 under 经济效益, 标): the end of a
    known label and the start of none. A label printed at the top of its group prints its head
    there, so such a piece is never a group's first (it is the rest of the label above it)."""
    text = compact(label)
    return (
        bool(text)
        and not is_prefix(text)
        and not _whole_label(text)
        and any(known.endswith(text) for known in VOCABULARY)
    )


def _joined(pieces: list[str]) -> str:
    text = ""
    for piece in pieces:
        if not piece:
            continue
        if text and text[-1].isascii() and text[-1].isalnum() and piece[0].isascii():
            text += " "
        text += piece
    return text


# ---------------------------------------------------------------- the money table and the goals
def _money_key(text: str) -> str | None:
    return vocab.meaning(text, "fund_columns")


def _money_header(line: str) -> bool:
    keys = {_money_key(c) for c in _CELL.findall(line)}
    return len(keys - {None}) >= 3 and bool(keys & {"annual_budget", "executed"})


def _money_label(text: str) -> bool:
    return bool(vocab.meaning(text, "fund_rows") or vocab.meaning(text, "fund_rows_other"))


def _rebuild_money(lines: list[str], at: int) -> tuple[int, list[str]] | None:
    """The money table whose column header is lines[at]: each row (a line with a money label)
    with its amounts under the header's words, apart by tabs, the heading (项目资金 (万元),
    printed in the middle of the rows) first on the header's line. An amount goes to the header
    word its printed extent meets (amounts stand at the right of their cells, the words in the
    middle), else to the nearest one."""
    rows, heading, blank = [], [], 0
    k = at + 1
    while k < min(len(lines), at + 16):
        text = lines[k].strip()
        if "\t" in lines[k]:
            break
        if not text:
            blank += 1
            if blank >= 2:
                break
            k += 1
            continue
        blank = 0
        cells = _CELL.findall(text)
        if any(_money_label(c) for c in cells[:2]):
            rows.append(k)
        elif all(_heading_piece(c) for c in cells):
            heading.append(k)
        elif rows and all(is_number(c) or c in DASHES for c in cells):
            return None  # amounts on a line of their own, under their label: not placed so
        else:
            break
        k += 1
    for j in range(at - 1, max(-1, at - 3), -1):
        cells = _CELL.findall(lines[j].strip())
        if cells and all(_heading_piece(c) for c in cells):
            heading.insert(0, j)
        else:
            break
    if not rows:
        return None
    best = None
    for widths in (False, True):
        found = _money_rows(lines, at, rows, widths)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    if best is None:
        return None
    words, out_rows, row_pieces = best[1], best[2], best[3]
    header_cells = [m.group() for m in _CELL.finditer(lines[at])]
    if not all(_money_key(c) or _heading_piece(c) for c in header_cells):
        return None  # a column this table does not know: its amounts cannot be placed
    title = "".join(c for c in header_cells if not _money_key(c))
    pieces = {j: _CELL.findall(lines[j].strip()) for j in heading} | row_pieces
    title += "".join("".join(pieces[j]) for j in sorted(pieces))
    first = min([at, *heading, *rows])
    last = max([at, *heading, *rows])
    out = list(lines[first : last + 1])
    for j in heading:
        out[j - first] = ""
    out[at - first] = "\t".join([title or "项目资金", "", *(w[2] for w in words)])
    for k, row in out_rows.items():
        out[k - first] = row
    return first, out


def _heading_piece(cell: str) -> bool:
    """A piece of the money table's heading (项目资金 / (万元))."""
    return bool(
        vocab.meaning(cell, "fund_section")
        or _UNIT_NOTE.match(cell)
        or cell in ("项目资金", "资金")
    )


def _spans(line: str, widths: bool) -> list[tuple[int, int, str]]:
    """A line's cells with where each starts and ends as printed: a wide character is two
    places wide. ``widths``: the places before a cell count so too (text laid out by display
    width); else a cell starts at its character's place (a PDF tool placing each word where
    it stands on the page, a wide character taking one place in the text but two on the page)."""
    found = []
    for m in _CELL.finditer(line):
        start = display_width(line[: m.start()]) if widths else m.start()
        found.append((start, start + display_width(m.group()), m.group()))
    return found


def _money_rows(lines: list[str], at: int, rows: list[int], widths: bool):
    """(amounts placed by overlap, the header's words, each row as tab-separated text, the
    heading's pieces printed on a row's line before its label: 项目资金 | 当年财政拨款)."""
    words = [w for w in _spans(lines[at], widths) if _money_key(w[2])]
    keys = [_money_key(w[2]) for w in words]
    if len(words) < 3 or len(set(keys)) != len(keys):
        return None
    overlapping = 0
    out = {}
    placed: list[list[tuple[int, int]]] = [[] for _ in words]  # each column's cells' extents
    pieces: dict[int, list[str]] = {}
    for k in rows:
        cells = [""] * len(words)
        label = ""
        for start, end, text in _spans(lines[k], widths):
            if not label and _money_label(text):
                label = text
                continue
            if not label and _heading_piece(text):
                pieces.setdefault(k, []).append(text)
                continue
            gaps = [
                max(w[0] - end, start - w[1], 0) if not (start < w[1] and w[0] < end) else -1
                for w in words
            ]
            nearest = sorted(range(len(words)), key=gaps.__getitem__)
            n = nearest[0]
            if gaps[n] > 6 or (
                len(nearest) > 1 and gaps[nearest[1]] - gaps[n] < 2 and gaps[n] >= 0
            ):
                return None  # no header word for it, or two as near
            if cells[n] or not label:
                return None
            overlapping += gaps[n] < 0
            cells[n] = text
            placed[n].append((start, end))
        out[k] = "\t".join(["", label, *cells])
    if not all(_lined_up(extents) for extents in placed):
        return None
    return overlapping, words, out, pieces


def _lined_up(extents: list[tuple[int, int]]) -> bool:
    """The cells of one column, row under row, stand as a page lays a column out: their
    starts, their ends or their middles within two places of each other. Cells apart by a
    fixed run of spaces (typed, not laid out) drift from row to row: a short dash before them
    moves the next cell to the next column's word (10 | 0.9819 above, — | 0.9819 under it)."""
    if len(extents) < 2:
        return True
    starts = [a for a, _ in extents]
    ends = [b for _, b in extents]
    middles = [a + b for a, b in extents]  # (twice the middle: places stay whole)
    return (
        max(starts) - min(starts) <= 2
        or max(ends) - min(ends) <= 2
        or max(middles) - min(middles) <= 4
    )


_UNIT_NOTE = lazy(r"^[(（]\s*(?:万元|元)\s*[)）]$")


_GOALS_LABELS = ("年度总体目标", "年度绩效目标", "项目年度目标", "总体目标")


_INDICATOR_WORDS = vocab.words("indicator_columns")


def _header_start(cell: str) -> bool:
    """The start of an indicator column's word, wrapped (一级指 of 一级指标 / 标)."""
    return len(cell) >= 3 and any(w.startswith(cell) and w != cell for w in _INDICATOR_WORDS)


def goals_header(line: str) -> bool:
    keys = {vocab.meaning(c, "goals") for c in _CELL.findall(line)}
    return {"planned", "actual"} <= keys


def _rebuild_goals(
    lines: list[str], at: int, flush: bool = False
) -> tuple[tuple[int, list[str]] | None, str]:
    """The goals printed side by side under their header (预期目标 | 实际完成情况), each
    column's lines joined, on the line under the header; the section's label (年度总体目标,
    printed in the middle of its lines) before them. Where a column's lines are two
    paragraphs interleaved (see _two_paragraphs), both goals are left blank: the lines are no
    one text, whichever reader reads them; so too where the print lost its indents (``flush``)
    and a line of one goal's text stands among lines of both (lines_of_either_goal): the
    columns found are the stripped lines' chance. With what was done (a key of _SAID)."""
    either = lines_of_either_goal(lines, at) if flush else 0
    if either == 2:
        return _blank_goals(at, _goal_lines(lines, at)), "goals_flush"
    best = None
    for widths in (False, True):
        found = _goals_table(lines, at, widths)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    if best is None or best[2]:
        split = _goals_split_at_a_place(lines, at)
        if split is not None:
            best = (0, split, False)
    if best is None:
        return None, "goals"
    if either:
        return _blank_goals(at, _goal_lines(lines, at)), "goals_flush"
    return best[1], "goals_across" if best[2] else "goals"


def lines_of_either_goal(lines: list[str], at: int) -> int:
    """Whether the goals under their header lines[at] (which names both: the goals side by
    side) take two lines or more, one of them a line of one text (past a piece of the
    section's label, 年度总体目 / 标): that text is either goal's wrapped line. Asked of a
    print whose lines all start at the margin, where the achieved goal's lines lost the indent
    that set them apart from the planned goal's: whose it is, nothing printed tells. 2 where a
    line holds two texts too (the goals side by side shown), 1 where not, 0 for no such line."""
    texts = lone = both = 0
    for j in _goal_lines(lines, at):
        cells = _CELL.findall(lines[j])
        if cells and len(cells[0]) <= 6 and any(cells[0] in w for w in _GOALS_LABELS):
            cells.pop(0)
        if len(cells) == 1 and is_no_goal(cells[0]):
            continue  # (a table's title or a label under the goals: no goal's line)
        texts += bool(cells)
        lone += len(cells) == 1
        both += len(cells) >= 2
    if texts < 2 or not lone:
        return 0
    return 2 if both else 1


def _blank_goals(at: int, body: list[int]) -> tuple[int, list[str]] | None:
    """The goals' header and body rebuilt with both goals blank (left out), None for no body."""
    if not body:
        return None
    out = [""] * (body[-1] - at + 1)
    out[0] = "\t".join(["年度总体目标", "预期目标", "实际完成情况"])
    out[1] = "\t\t"
    return at, out


def _goal_lines(lines: list[str], at: int) -> list[int]:
    """The lines of the goals' texts under their header lines[at], up to the next part."""
    body = []
    k = at + 1
    while k < min(len(lines), at + 60):
        raw = lines[k]
        text = raw.strip()
        if "\t" in raw or (not text and (k + 1 >= len(lines) or not lines[k + 1].strip())):
            break
        cells = _CELL.findall(text)
        if text and (
            ("指标" in raw and _header_keys(raw) >= 3)
            or _money_header(raw)
            or vocab.is_any_label(cells[0])
            or any(vocab.meaning(c, "closing") or vocab.meaning(c, "identity") for c in cells)
            or all(map(_header_start, cells))  # (一级指 二级指: the indicator header's first line)
        ):
            break
        body.append(k)
        k += 1
    return body


def _goals_split_at_a_place(lines: list[str], at: int) -> tuple[int, list[str]] | None:
    """The two goals side by side where a tool placed each run of text at its place of the
    page, a wide character one place (pdftotext -layout): the achieved goal's lines start at
    one place (the planned goal's lines interleaved with them, further left), and where a line
    holds both, the achieved goal's piece starts at that same place, after a single space (the
    header's words stand elsewhere, spaced by their widths). Each line is cut there; read only
    where every line's words fall on one side of the place (none across it) and each goal has
    two lines or more. The section's label (年度总体目 / 标, left of the texts) is dropped."""
    header = [
        w for w in _cells_of(_words(lines[at].rstrip(), False)) if vocab.meaning(w[2], "goals")
    ]
    if [vocab.meaning(w[2], "goals") for w in header] != ["planned", "actual"]:
        return None
    body = _goal_lines(lines, at)
    words = {j: _words(lines[j].rstrip(), False) for j in body}

    def label_piece(word: tuple[int, int, str]) -> bool:
        return len(word[2]) <= 6 and any(word[2] in label for label in _GOALS_LABELS)

    texts_start = min(
        (w[0] for j in body for w in words[j][:2] if not label_piece(w)), default=None
    )
    label = ""
    for j in body:
        if words[j] and texts_start is not None and words[j][0][0] < texts_start:
            if not label_piece(words[j][0]):
                return None  # (a word left of the texts that is no piece of their label)
            label += words[j].pop(0)[2]
    if label and label not in _GOALS_LABELS:
        return None
    firsts = [words[j][0][0] for j in body if words[j]]
    if len(firsts) < 4:
        return None
    left = min(firsts)
    right_end = max(w[1] for j in body for w in words[j])
    middle = (left + right_end) / 2
    place = min((x for x in firsts if x > middle), default=None)
    if place is None:
        return None
    place -= 1  # (a piece after the other goal's on its line may start a place further left)
    texts: dict[str, list[str]] = {"planned": [], "actual": []}
    for j in body:
        sides: dict[str, list[str]] = {"planned": [], "actual": []}
        for start, end, word in words[j]:
            if start < place < end:
                return None  # a word across the place: not cut there
            sides["actual" if start >= place else "planned"].append(word)
        if sides["planned"] and sides["actual"]:
            first = next(w[0] for w in words[j] if w[0] >= place)
            if first > place + 2:
                return None  # (the line's second piece starts where no line of the goal does)
        for key, side in sides.items():
            if side:
                texts[key].append(" ".join(side))
    if min(len(t) for t in texts.values()) < 2:
        return None
    out = [""] * (body[-1] - at + 1)
    out[0] = "\t".join(["年度总体目标", "预期目标", "实际完成情况"])
    out[1] = "\t".join(["", _joined(texts["planned"]), _joined(texts["actual"])])
    return at, out


def _goals_table(lines: list[str], at: int, widths: bool):
    header_cells = _cells_of(_words(lines[at].rstrip(), widths))
    goal_words = [h for h in header_cells if vocab.meaning(h[2], "goals")]
    body = _goal_lines(lines, at)
    words = {j: _words(lines[j].rstrip(), widths) for j in [at, *body]}
    while body and all(
        any(
            h[0] - 2 <= c[1] and c[0] <= h[1] + 2 and vocab.meaning(h[2] + c[2], "goals")
            for h in goal_words
        )
        for c in _cells_of(words[body[0]])
    ):
        body.pop(0)  # the rest of a header word wrapped under it (年度总体目标完成情况 / 综述)
    if not body:
        return None
    outside: list[str] = []  # the section's label, 年度总体目标, wrapped: 年度总体目 / 标
    for j in body:
        first = words[j][0] if words[j] else None
        if (
            first
            and first[0] < goal_words[0][0]  # (left of the goals: 年 of 年 6 月 is none)
            and len(first[2]) <= 6
            and any(first[2] in w for w in _GOALS_LABELS)
        ):
            outside.append(words[j].pop(0)[2])
    key = lambda t: vocab.meaning(t, "goals")  # noqa: E731
    columns = _columns([words[j] for j in [at, *body]], goal_words, key, least=2)
    if columns is None:
        return None
    keys = []
    for column in columns:
        inside = [h for h in goal_words if column.start <= h[0] < column.end]
        keys.append(key(inside[0][2]) if len(inside) == 1 else None)
    if sorted(k for k in keys if k) != ["actual", "planned"]:
        return None
    texts: dict[str, list[str]] = {"planned": [], "actual": []}
    placed: dict[str, list[tuple[int, int, str, int]]] = {"planned": [], "actual": []}
    for j in body:
        for cell in _cells_of(words[j]):
            overlap = [_overlap(cell, c) for c in columns]
            if sum(o > 0 for o in overlap) > 1:
                return None  # text across the two columns: not printed side by side
            best = max(range(len(columns)), key=overlap.__getitem__)
            if keys[best]:
                texts[keys[best]].append(cell[2])
                placed[keys[best]].append((*cell, j))
            else:
                outside.append(cell[2])
    label = "".join(outside)
    if outside and not (vocab.is_any_label(label) or any(label in w for w in _GOALS_LABELS)):
        return None  # text under no goal's header: not laid out in these columns
    for cells in placed.values():
        # a paragraph's line is one cell: two on a line in one column are no such layout
        lines_of = [c[3] for c in cells]
        if len(lines_of) != len(set(lines_of)):
            return None
    across = any(_two_paragraphs(cells) for cells in placed.values())
    planned, actual = ("", "") if across else (_joined(texts[k]) for k in ("planned", "actual"))
    out = [""] * (body[-1] - at + 1)
    out[0] = "\t".join(["年度总体目标", "预期目标", "实际完成情况"])
    out[1] = "\t".join(["", planned, actual])
    return len(body), (at, out), across


# ---------------------------------------------------------------- the identity rows
def _identity_line(line: str) -> bool:
    return any(vocab.meaning(c, "identity") for c in _CELL.findall(line))


def _two_paragraphs(cells: list[tuple[int, int, str, int]]) -> bool:
    """Whether a goal column's lines stand in two places (text.two_places): two paragraphs whose
    lines a tool placed by its own widths where the columns' ends and starts overlap (the two
    goals side by side, their lines interleaved), not one goal's text."""
    return two_places([c[0] for c in cells], max((c[1] - c[0] for c in cells), default=0))


def _rebuild_identity(lines: list[str], at: int) -> tuple[int, list[str]] | None:
    """The identity rows from lines[at] (项目名称 | value, 主管部门 | value | 实施单位 | value)
    where a value wrapped over several lines stands around its label's line (in the middle of
    its row) or under it (at the top): each row's labels and values on its label's line, apart
    by tabs. Only where some value is wrapped, and every piece is placed one way."""
    block = []
    for k in range(at, min(len(lines), at + 12)):
        raw = lines[k]
        text = raw.strip()
        if "\t" in raw or (k > at and raw.startswith("\f")):
            break
        if text and (
            _money_header(raw)
            or goals_header(raw)
            or ("指标" in raw and _header_keys(raw) >= 3)
            or any(
                _money_label(c) or _heading_piece(c) or vocab.meaning(c, "fund_section")
                for c in _CELL.findall(text)
            )
        ):
            break
        block.append(k)
    while block and not lines[block[-1]].strip():
        block.pop()
    anchors = [k for k in block if _identity_line(lines[k]) or _labels_only(lines[k])]
    if not anchors or len(anchors) == len([k for k in block if lines[k].strip()]):
        return None  # no value wrapped: nothing to rebuild
    for widths in (False, True):
        found = _identity_rows(lines, block, anchors, widths)
        if found is not None:
            out = [""] * (block[-1] - block[0] + 1)
            for k, row in found.items():
                out[k - block[0]] = row
            return block[0], out
    return None


def _labels_only(line: str) -> bool:
    cells = _CELL.findall(line.strip())
    return bool(cells) and all(vocab.is_any_label(c) for c in cells)


def _identity_rows(lines, block, anchors, widths) -> dict[int, str] | None:
    words = {k: _words(lines[k].rstrip(), widths) for k in block}
    labels = {k: [c for c in _cells_of(words[k]) if vocab.is_any_label(c[2])] for k in anchors}
    pieces = {
        k: [c for c in _cells_of(words[k]) if not (k in labels and c in labels[k])] for k in block
    }
    row_lines = [k for k in block if pieces[k] or k in anchors]
    place = {k: n for n, k in enumerate(row_lines)}
    held = {place[k] for k in row_lines if pieces[k]}
    options = []
    for found in _placings(held, [place[k] for k in anchors], row_lines, lines):
        rows = _identity_values(found[0], anchors, labels, pieces, row_lines)
        if rows is not None and rows not in options:
            options.append(rows)
    return options[0] if len(options) == 1 else None


def _identity_values(placed, anchors, labels, pieces, row_lines) -> dict[int, str] | None:
    """Each identity row as tab-separated text, its values' pieces placed so; None where a
    value's pieces do not stand under one another (one start, or one middle, as a cell's lines
    do)."""
    rows = {}
    for anchor, members in zip(anchors, placed):
        slots = labels[anchor]
        values: list[list[tuple[int, int, str]]] = [[] for _ in slots]
        for j in members:
            for cell in pieces[row_lines[j]]:
                # the value of the label before it: the last label that starts left of it
                left = [n for n, s in enumerate(slots) if s[0] < cell[0]]
                if not left:
                    return None
                values[left[-1]].append(cell)
        for value in values:
            starts = [c[0] for c in value]
            middles = [c[0] + c[1] for c in value]
            if value and max(starts) - min(starts) > 1 and max(middles) - min(middles) > 6:
                return None
        rows[anchor] = "\t".join(
            text
            for slot, value in zip(slots, values)
            for text in (slot[2], _identity_joined([c[2] for c in value]))
        )
    return rows


def _identity_joined(pieces: list[str]) -> str:
    """A value's lines joined: a code glued to a unit's name and wrapped inside its digits
    (…事务局1164222101016 / 21779) goes on with no space, where _joined parts ASCII words."""
    if len(pieces) == 2 and _closing_piece(pieces[1], pieces[0]) and pieces[1].isdigit():
        return pieces[0] + pieces[1]
    return _joined(pieces)
