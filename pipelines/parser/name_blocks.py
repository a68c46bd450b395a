"""Rows whose names a tool printed as a column, then their targets, actuals and points.

pdfminer prints a table's cells box by box; where a group of rows' name boxes came out first, it
prints their names one after another (with the group labels beside them), then their values:
each row's 年度指标值, 实际完成值, 分值 and 得分 together (指标甲 / 指标乙 / =2.00(项) / 2.00(项) /
4.00 / 4.00 / =1.00(项) / 1.00(项) / 5.00 / 5.00), or names and targets side by side, then the
actuals, then the points (指标甲 / =2.00(项) / 指标乙 / =1.00(项) / 2.00(项) / 1.00(项) / 4.00 / 4.00 /
5.00 / 5.00). The structure reader pairs no such run and leaves its rows out. Each column is
printed top down, so the i-th name, target, actual and points pair are one row's, wherever the
columns' cells interleave; the table's cells are read so from its first cell on, by their kinds:

- a name (words), a target (a figure with its unit and a bound: =2.00(项), ≥95%), an actual (a
  figure with its unit and no bound, or the 实际完成值 column's verdict 达成指标), a points figure
  (a bare number); a words cell right before an actual is a target of words (a row's target and
  actual side by side), any other a name; group labels are passed over;
- a row's name comes before its target and its target before its actual (no more targets than
  names, no more actuals than targets, at any cell); a run of m actuals is followed by its 2m
  points (each row's 分值 and 得分 in pairs, or the 分值 column then the 得分 column: where both
  readings fit — 得分 at most 分值 — and differ, those rows' points are left out), or by a name
  or a sentence (the points printed elsewhere: read without them, and no points after);
- the rows are read up to the last place where every name so far has its target, actual and
  points (the counts close); a cell of another kind (a sentence: a name or a reason, not told) or
  a broken rule ends the reading there.

A sentence right after a row's points where the counts close may be its reason or the next
row's name; the rows after it are read only where the counts close again at the table's end
(a name's target would be one too many otherwise), and from a later start (a words cell after a
row's points or a sentence) likewise; both only where no row's cell is printed past the 总分 (a
row's values printed there would leave the end proving nothing), and only where the header prints
its 三级指标 and nothing but header labels from there to 实际完成值.

A name line that opens with a group label beside it (时效指标 某某工作专项 / 完成及时率: pdfminer
puts a label's box and a name's first line on one line, the name's rest on the next) is joined
with the next name where that lets the reading go further and the piece is as wide as the first
line of another name of the form wrapped over lines (the names' column's wrap width: it went on).

A row read already whose values disagree with the reading leaves it out (its cells are another
reading's); one that agrees takes the values it lacks; other names are added as rows without
group labels (which rows a label printed among the names heads is not told by the order:
pdfminer prints a label's box by its height, not its first row's).
"""

from __future__ import annotations

from pipelines.parser.labels import is_label, is_labelish
from pipelines.parser.name_columns import (
    _figure,
    _fits,
    _label,
    _name,
    _table_cells,
    put_back_row,
)
from pipelines.parser.patterns import lazy
from pipelines.parser.text import compact, is_number, to_number
from pipelines.parser.values_past_total import COMPARISON
from pipelines.parser.vocabulary import is_any_label, meaning

_TOTAL = "总分"
_SENTENCE = lazy(r"[，,。；;：:！？]")


def rows_by_name_blocks(form: dict, lines: list[str], printed: list[str]) -> list[str]:
    """Give the rows printed as a names' column, then each row's values (``lines``: the text a
    cell a paragraph, wrapped cells joined on their first line; ``printed``: the same lines as
    printed, before the joins) their target, actual, 分值 and 得分 where the run's counts and
    shapes settle them; the warnings said, or []."""
    cells = _table_cells(form, lines)
    if not cells or not _header_whole(form, lines):
        return []
    rows = form["indicators"]
    by_name = {compact(r["name"]): r for r in rows if r.get("name")}
    said: list[str] = []
    wraps: list[set[int]] = []  # (the names' column's wrap widths, read where a run needs them)

    def widths() -> set[int]:
        if not wraps:
            wraps.append(_wrap_widths(form, lines, printed))
        return wraps[0]

    quiet = _quiet_after_total(form, lines)
    for names, blocks in _readings(_stretch(cells), widths, quiet):
        keys = [compact(name) for _, name in names]
        if len(set(keys)) < len(keys):
            continue  # (a name twice: whose block is whose is not known)
        found = [by_name.get(key) for key in keys]
        if any(
            r is not None and not _agrees(r, block) for r, block in zip(found, blocks, strict=True)
        ):
            continue  # (a row read otherwise: the cells are another reading's)
        added = filled = 0
        for (no, name), key, row, block in zip(names, keys, found, blocks, strict=True):
            if row is None:
                row = put_back_row(rows, by_name, key, no, name)
                added += 1
            given = False
            for field, value in zip(("target", "actual", "weight", "score"), block, strict=True):
                if value is not None and row[field] is None:
                    row[field], given = value, True
            filled += given
        if not filled:
            continue
        rows.sort(key=lambda r: r.get("line_start") or 0)
        if "indicators" in (missing := form.get("missing_parts") or ()):
            form["missing_parts"] = [part for part in missing if part != "indicators"]
        said.append(
            f"{len(names)} row(s) printed as a column of names, then their targets, actuals and"
            f" points, each column top down: read in that order ({filled} row(s) given values,"
            f" {added} name(s) put back as rows)"
        )
    return said


def _agrees(row: dict, block: tuple) -> bool:
    """Whether a row read already holds nothing the block does not say (each value left out on
    one side or the same)."""
    return all(
        mine is None or theirs is None or mine == theirs
        for mine, theirs in zip(
            block, (row.get("target"), row.get("actual"), row.get("weight"), row.get("score"))
        )
    )


# the cells' kinds in a run: a name or a target of words, a target's figure (a bound), an
# actual (a figure with its unit, no bound, or the 实际完成值 column's verdict), a points figure
_WORDS, _TARGET, _ACTUAL, _POINTS = "W", "T", "A", "P"
_NAME = "N"  # (a words cell read as a name)
_LABELLED = "L"  # (a group label, then a name's first piece: a name only once joined)
_REASON = "R"  # (a cell no run holds right after a row's points: its 偏差原因)
_VERDICT = lazy(r"^(?:部分|未|全部)?达成(?:预期)?(?:指标|目标)")


def _kind(text: str) -> str | None:
    """A cell's kind in a run (see above), "" for a group label (passed over), None for a cell
    no run holds (a sentence, a reason, a header's label)."""
    if _label(text):
        return ""
    if is_number(text, percent=False):
        return _POINTS
    flat = compact(text)
    if _figure(text):
        return _TARGET if COMPARISON.match(flat) else _ACTUAL
    if _VERDICT.match(flat) and not _SENTENCE.search(flat):
        return _ACTUAL
    if not _name(text):
        return None
    words = text.split()
    if len(words) > 1 and any(is_labelish(word) or is_any_label(word) for word in words):
        # (a group label's box beside a name's first line, to be joined with its rest (see
        # _joined); any other label among a cell's words: a header or a label run into it)
        labelled = len(words) == 2 and is_label(words[0]) and not is_labelish(words[1])
        return _LABELLED if labelled else None
    return _WORDS


def _readings(stretch: list, widths, quiet: bool) -> list[tuple[list, list]]:
    """The stretch's rows as read from the table's first cell, up to where its counts last
    close; and past that, from the first words cell after a row's points or a sentence whose
    reading closes at the table's end (every cell from there placed: no name before it waits
    for its values, else its target would be one too many there), where no row's cell is
    printed past the 总分 (``quiet``: else the end proves nothing)."""
    found = []
    read = _read_joined(stretch, widths, quiet)
    pos = 0
    if read is not None:
        found.append(read[:2])
        pos = read[2]
    kinds = [kind for _, kind in stretch]
    for at in range(pos + 1, len(kinds) if quiet else 0):
        if kinds[at] != _WORDS or kinds[at - 1] not in (_POINTS, None):
            continue
        rest = _read_joined(stretch[at:], widths, quiet)
        if rest is not None and rest[2] == len(kinds) - at:
            found.append(rest[:2])
            break
    return found


def _read_joined(stretch: list, widths, quiet: bool):
    """_read, or where a name line opening with a group label (see _joined) past the cells it
    reads lets it read further once joined with the next name, that reading."""
    read = _read(stretch, quiet)
    done = read[2] if read else 0
    if done < len(stretch) and (at := _one_label_opening(stretch, done)) is not None:
        joined = _joined(stretch, at, widths())
        if joined is not None and (further := _read(joined, quiet)) and further[2] > done + 1:
            return further
    return read


def _header_whole(form: dict, lines: list[str]) -> bool:
    """Whether the table's header prints its 三级指标 label, and nothing but header labels from
    there to its 实际完成值: a row's cell printed among them (a name's box before the header's
    last ones) would pair the rows after it one row over."""
    start, end = form["line_start"], min(form["line_end"], len(lines))
    inside = False
    for i in range(start - 1, end):
        text = lines[i].strip()
        key = meaning(text, "indicator_columns") if text else None
        if key == "name" and not inside:
            inside = True
        elif key == "actual" and inside:
            return True
        elif inside and text and key is None and _kind(text) != "":
            return False
    return False


def _quiet_after_total(form: dict, lines: list[str]) -> bool:
    """Whether the form prints no row's cell (a name, a target, an actual) past its 总分 line:
    where it does (pdfminer prints a row's values after the total at times), a reading that
    closes at the table's end may have left a row's values out there and paired the others
    one row over."""
    start, end = form["line_start"], min(form["line_end"], len(lines))
    past = False
    for i in range(start - 1, end):
        text = lines[i].strip()
        if compact(text) == _TOTAL:
            past = True
        elif past and text and _kind(text) in (_WORDS, _TARGET, _ACTUAL):
            return False
    return True


def _stretch(cells: list[tuple[int, str]]) -> list[tuple[tuple[int, str], str | None]]:
    """The table's cells with their kinds, group labels passed over."""
    return [(cell, kind) for cell in cells if (kind := _kind(cell[1])) != ""]


def _read(stretch: list[tuple[tuple[int, str], str]], quiet: bool = True):
    """The rows a stretch holds (names, blocks of target, actual, 分值, 得分; the cells read),
    read in order up to the last place where every name so far has its target, actual and
    points: the i-th name, target and actual are one row's (each column top down); a row's
    name comes before its target, its target before its actual, and the points of a run of
    actuals right after them (a run of m actuals, then 2m figures: each row's 分值 and 得分 in
    pairs, or the 分值 column then the 得分 column; where the two readings differ and both fit
    (得分 at most 分值), those rows' points are left out). A words cell right before an actual
    is a target (a row's target and actual side by side), any other a name. None where no row
    is read."""
    kinds = [kind for _, kind in stretch]
    roles: list[str] = []
    points: list[tuple[str, str] | None] = []  # (each actual's, in order)
    n = t = a = 0
    end = 0  # (the cells read up to the last place where the counts close)
    # (where they last closed before the first cell taken for a reason: a sentence after a
    # row's points may be the next row's name, its values printed after other names'; taken
    # for a reason only where the counts close at the table's end, every name with its values)
    clean = None
    bare = False  # (whether rows were read without their points)
    at = 0
    while at < len(kinds):
        kind = kinds[at]
        if kind == _POINTS:
            m, r = _trailing(roles, _ACTUAL), _trailing(kinds[at:], _POINTS, lead=True)
            if not m or r != 2 * m or len(points) != a - m or bare:
                break  # (points not right after as many actuals as they are rows' pairs)
            run = [text for (_, text), _ in stretch[at : at + r]]
            points += _points_of(run, m)
            roles += [_POINTS] * r
            at += r
            # (the counts close where the next cell opens a row, is a reason, or none is left)
            if n == t == a == len(points) and (at == len(kinds) or kinds[at] in (None, _WORDS)):
                end = at
            continue
        if kind == _LABELLED:
            break  # (a name's piece not joined with its rest: how many names, not told)
        if kind is None:
            if roles[-1:] not in ([_POINTS], [_REASON]) or not n == t == a == len(points):
                break  # (a sentence not after a row's points: a name, maybe, its values after)
            clean = end if clean is None else clean
            roles.append(_REASON)
            at += 1
            continue
        if kind == _WORDS:
            kind = _TARGET if at + 1 < len(kinds) and kinds[at + 1] == _ACTUAL else _NAME
        roles.append(kind)
        n += kind == _NAME
        t += kind == _TARGET
        a += kind == _ACTUAL
        if t > n or a > t:
            break
        at += 1
        if kind == _ACTUAL and n == t == a and (at == len(kinds) or kinds[at] in (None, _WORDS)):
            # (every name so far has its target and actual, the points printed elsewhere:
            # the rows are read without them, and no points after, whose rows are not told)
            end, bare = at, True
    if clean is not None and (end < len(kinds) or not quiet):
        end = clean
    if not end:
        return None
    picked = {
        role: [cell for (cell, _), r in zip(stretch[:end], roles) if r == role]
        for role in (_NAME, _TARGET, _ACTUAL)
    }
    blocks = []
    for (_, target), (_, actual), pair in zip(
        picked[_TARGET],
        picked[_ACTUAL],
        [*points, *[None] * len(picked[_ACTUAL])][: len(picked[_ACTUAL])],
        strict=True,
    ):
        if _figure(target) and not _fits([target], [actual]):
            return None
        blocks.append((target, actual, *(pair or (None, None))))
    return picked[_NAME], blocks, end


def _trailing(kinds: list[str], kind: str, *, lead: bool = False) -> int:
    """How many of ``kinds`` at their end (at their start where ``lead``) are ``kind``."""
    count = 0
    for one in kinds if lead else reversed(kinds):
        if one != kind:
            break
        count += 1
    return count


def _points_of(run: list[str], m: int) -> list[tuple[float, float] | None]:
    """The (分值, 得分) of the m rows whose 2m points figures are ``run``: in pairs or as the
    分值 column then the 得分 column, where the readings that fit (得分 at most 分值) agree;
    None for each row otherwise."""
    figures = [to_number(text) for text in run]
    readings = {
        tuple(zip(figures[0::2], figures[1::2], strict=True)),
        tuple(zip(figures[:m], figures[m:], strict=True)),
    }
    fitting = [reading for reading in readings if all(0 <= s <= w for w, s in reading)]
    return list(fitting[0]) if len(fitting) == 1 else [None] * m


def _one_label_opening(stretch: list, start: int) -> int | None:
    """The index in the stretch, from ``start`` on, of the one words cell, followed by another,
    whose line opens with a group label and a space before a name's words (a label's box
    beside a name's first line); None where none or several do."""
    found = [
        k
        for k, (_, kind) in enumerate(stretch[:-1])
        if k >= start and kind == _LABELLED and stretch[k + 1][1] == _WORDS
    ]
    return found[0] if len(found) == 1 else None


def _joined(stretch: list, at: int, wraps: set[int]) -> list | None:
    """The stretch with the words cell at ``at`` (a group label, then a name's first line)
    joined with the next where the piece after the label is as wide as a wrapped name's first
    line (the column's wrap width); None otherwise."""
    (no, text), _ = stretch[at]
    piece = compact(text.split(maxsplit=1)[1])
    if len(piece) not in wraps:
        return None
    whole = piece + compact(stretch[at + 1][0][1])
    return [*stretch[:at], ((no, whole), _WORDS), *stretch[at + 2 :]]


def _wrap_widths(form: dict, lines: list[str], printed: list[str]) -> set[int]:
    """The widths (characters) of the first printed lines of the form's cells that the reading
    joined from several lines and that read as names: the names' column's wrap width."""
    widths = set()
    for i in range(form["line_start"] - 1, min(form["line_end"], len(lines), len(printed))):
        first = printed[i].strip()
        if first and " " not in first and first != lines[i].strip() and _name(lines[i].strip()):
            widths.add(len(compact(first)))
    return widths
