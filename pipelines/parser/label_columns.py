"""Group labels wrapped in their merged cells, in a table printed a line of the page a line of
text (pdfplumber's extract_text) with its cells centred in their rows, made whole by their two
columns.

The 一级 and 二级 labels stand in the table's first two columns, each in a merged cell that
spans its group's rows, centred on them and wrapped at the column's width: a line of the print
opens with the pieces the two columns hold at its height (产出指 创业担保贷款回收率 ≥90% …, then
标 质量指 on the next line, 标 alone two lines under). Read as printed, a piece opening a row's
line is taken for the row's name or a label of its own, and the row is lost or shifted.

Down the table, each line's opening pieces go on with the label open in their column (the 一级
first, the 二级 after it on the same line) or begin the next one; a label is whole when its
pieces make a label of the framework's vocabulary of that column's level, and a label left open
has its next piece within _GAP lines. Of the ways that place the most pieces and leave no label
open, all must print the same lines (a 成本指标 fits either column: ways that differ only so
print alike); else nothing is done. Each label is then printed whole where its head stood, its
other pieces taken off their lines (a line left empty is no line of the table's rows), and the
line of its last piece is kept (centred_labels.TAILS): the label stands in the middle of its
pieces' lines, as printed.

Nothing is done either where a label's piece other than its head stands before other cells'
words that are no row's values' line (标 益指标 文物价值，提升知名度 展示文物价值: the rest of a
name and a target wrapped beside the labels' tails, told apart only by standing after them), or
where a word the way leaves at a line's opening or after its labels, itself a label's piece (数
of 效益指 益指标 数; a label's head cut off at the text's end, its page printed elsewhere), is not
the one word under a row's values' line of a target and an actual with its name's head the one
word over it: such a name is joined here (the piece, read as a label's, would cut it).
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import FRAMEWORK, VOCABULARY, level_of
from pipelines.parser.patterns import lazy
from pipelines.parser.text import is_points

# the labels whose pieces are placed: the national framework's and the 决策 / 过程 one's
_WHOLE = frozenset(VOCABULARY) | FRAMEWORK
_PREFIXES = frozenset(w[:n] for w in _WHOLE for n in range(1, len(w) + 1))
_PIECES = frozenset(w[a:b] for w in _WHOLE for a in range(len(w)) for b in range(a + 1, len(w) + 1))
# the most lines a label's next piece stands under its last one (a centred label's pieces stand
# a line apart where the other column's pieces or a row's lines fall between)
_GAP = 3
# ways of placing enough to know there is more than one
_MANY = 2
# ways of placing the most pieces looked at, at most (more: too many to tell)
_MAX_WAYS = 32
_TARGET_START = lazy(r"^[=＝≥≤><＞＜≧≦\d]")  # a target opening with a comparison or a number


def _fits(label: str, column: int) -> bool:
    """A whole label of the column's level (成本指标, of either, in both)."""
    if label not in _WHOLE:
        return False
    level = level_of(label)
    return level is None or level == column + 1


def _opening_pieces(line: str) -> list[str]:
    """The words opening a line that may be group labels' pieces (or whole labels)."""
    out = []
    for word in line.split():
        if word not in _PIECES:
            break
        out.append(word)
    return out


def _header_tails(lines: list[str], start: int) -> bool:
    """Whether the line under the header at ``start`` holds only the tails of the header's
    labels wrapped around it (一级指 二级指 / 三级指标 … / 标 标)."""
    if start == 0 or start + 1 >= len(lines):
        return False
    above, under = lines[start - 1].split(), lines[start + 1].split()
    return 0 < len(under) == len(above) and all(
        vocab.meaning(a + u, "indicator_columns") is not None
        for a, u in zip(above, under, strict=True)
    )


def whole_labels_by_columns(
    lines: list[str],
    start: int,
    tails: dict[tuple[int, str], int],
    spread: dict[int, tuple[int, int]] | None = None,
) -> tuple[list[int], set[int]]:
    """Make the group labels of the table under the header at ``start`` whole where their
    pieces are placed one way only (see the module), in ``lines``; each label so joined from
    pieces on several lines is keyed in ``tails`` by (its line, the label) to its last piece's
    line, all numbered from 1; a row's name wrapped around its values' line, one of its pieces
    taken for a label's (see _name_around), is joined on that line and keyed in ``spread``.
    Gives the line of each label so joined (numbered from 1) and the lines emptied (indexes:
    lines of labels' pieces alone, no lines of the table's rows)."""
    first = start + 2 if _header_tails(lines, start) else start + 1
    end = first
    while end < len(lines):
        words = lines[end].split()
        if words and (vocab.meaning(words[0], "totals") or "三级指标" in words):
            break
        end += 1
    pieces = [_opening_pieces(lines[k]) for k in range(first, end)]
    if sum(len(p) > 0 for p in pieces) < 2:
        return [], set()
    count = len(pieces)
    memo: dict[tuple, tuple[int, int]] = {}

    def best(at: int, state: tuple) -> tuple[int, int]:
        """The most pieces the lines from ``at`` place, and in how many ways (up to _MANY)."""
        key = (at, state)
        if key in memo:
            return memo[key]
        if at == count:
            found = (0, 1) if state == (None, None) else (-1, 0)
        else:
            found = (-1, 0)
            for placed, after in _choices(pieces[at], at, state):
                most, ways = best(at + 1, after)
                if not ways:
                    continue
                most += len(placed)
                if most > found[0]:
                    found = (most, ways)
                elif most == found[0]:
                    found = (most, min(found[1] + ways, _MANY))
        memo[key] = found
        return found

    most, _ = best(0, (None, None))
    if most < 2:
        return [], set()
    # every way placing that many pieces (a 成本指标 fits either column: ways that differ only
    # so print the same), each walked to the lines it prints: all must print the same
    printed = None
    for seen, path in enumerate(_paths(pieces, best, most)):
        if seen == _MAX_WAYS:
            return [], set()  # (too many ways to tell)
        roles, made = _walk(pieces, path)
        if any(_tail_beside_words(lines[first + at], used, at) for at, used in roles.items()):
            return [], set()
        # (the lines whose words after their labels' pieces, if any, open with a piece the way
        # leaves: a name's, or a label's cut off at the text's end)
        left = [first + at for at, p in enumerate(pieces) if len(p) > len(roles.get(at, ()))]
        out = (*_printed(lines, first, roles, made), left)
        if printed is not None and out != printed:
            return [], set()
        printed = out
    if not printed or not printed[1]:
        return [], set()  # (no way, or every label whole on its line as printed)
    rewritten, kept, left = printed
    new = lines[:]
    for k, line in rewritten:
        new[k] = line
    # (a line whose words after its labels' pieces open with a piece too, 效益指 益指标 数: that
    # word is a name's, and read as printed it is taken for a label's piece, the name cut
    # short; joined here where it is the one word under a row's values' line of a target and an
    # actual, its name's head the one word over it; else the table's labels are left as printed)
    names = [_name_around(new, k, {label for label, _, _ in kept}) for k in left]
    if None in names:
        return [], set()
    for k, name in zip(left, names, strict=True):
        rewritten.extend(name)
        if spread is not None:
            spread[k] = (k - 1, k + 1)
    gone = set()
    for k, line in dict(rewritten).items():
        lines[k] = line
        if not line:
            gone.add(k)
    for label, top, bottom in kept:
        tails[top + 1, label] = bottom + 1
    return sorted(top + 1 for _, top, _ in kept), gone


def _name_around(lines: list[str], k: int, labels: set[str]) -> list[tuple[int, str]] | None:
    """The lines to print (index, text) that join a row's name wrapped around its values' line
    (the one word after line ``k``'s labels, its rest; the one word after the labels two lines
    up, its head), the values' line ``k - 1`` holding a target, an actual and two points alone;
    None where the lines are not so."""
    if k < 2:
        return None
    under, values, above = lines[k].split(), lines[k - 1].split(), lines[k - 2].split()
    tail = [w for w in under if w not in labels]
    head = [w for w in above if w not in labels]
    if len(tail) != 1 or len(head) != 1 or under[-1] != tail[0] or above[-1] != head[0]:
        return None
    if head[0] in _PIECES or is_points(head[0]):
        return None
    if len(values) != 4 or not (is_points(values[2]) and is_points(values[3])):
        return None
    if not (_TARGET_START.match(values[0]) or values[0] == values[1]):
        return None
    return [
        (k - 2, " ".join(above[:-1])),
        (k - 1, " ".join([head[0] + tail[0], *values])),
        (k, " ".join(under[:-1])),
    ]


def _tail_beside_words(line: str, used: list[list], at: int) -> bool:
    """Whether a line holds a label's piece other than its head before words of other cells
    that are no row's values' line (标 益指标 文物价值,提升知名度 展示文物价值: the rest of a name
    and a target wrapped beside the labels' tails, told apart only by where they stand after
    those tails)."""
    words = line.split()
    rest = words[len(used) :]
    if not rest or all(label[1] == at for label in used):
        return False
    return len(rest) > 1 and not (is_points(rest[-1]) and is_points(rest[-2]))


def _paths(pieces: list[list[str]], best, most: int):
    """The ways (up to _MAX_WAYS, then one more: too many to tell) of placing ``most`` pieces,
    each the columns each line's pieces went into."""
    found = 0
    stack = [(0, (None, None), most, ())]
    while stack:
        at, state, left, path = stack.pop()
        if at == len(pieces):
            found += 1
            yield path
            if found > _MAX_WAYS:
                return
            continue
        for placed, after in _choices(pieces[at], at, state):
            rest, ways = best(at + 1, after)
            if ways and rest + len(placed) == left:
                stack.append((at + 1, after, rest, (*path, placed)))


def _walk(pieces: list[list[str]], path: tuple) -> tuple[dict[int, list[list]], list[list]]:
    """Each line's labels its pieces went into (by line), and the labels in the order begun,
    each [its text, its first line, its last line, its pieces' lines]."""
    roles: dict[int, list[list]] = {}
    made: list[list] = []
    open_at: list[list | None] = [None, None]
    for at, placed in enumerate(path):
        for n, column in enumerate(placed):
            piece = pieces[at][n]
            if open_at[column] is None:
                open_at[column] = [piece, at, at, [at]]
                made.append(open_at[column])
            else:
                open_at[column][0] += piece
                open_at[column][2] = at
                open_at[column][3].append(at)
            roles.setdefault(at, []).append(open_at[column])
            if open_at[column][0] in _WHOLE:
                open_at[column] = None
    return roles, made


def _printed(
    lines: list[str], first: int, roles: dict[int, list[list]], made: list[list]
) -> tuple[list[tuple[int, str]], list[tuple[str, int, int]]]:
    """The lines a way rewrites (index, text), each label whole on its head's line and its
    other pieces taken off; and the labels joined from several lines (text, first and last
    line, indexes)."""
    kept = [(t, first + a, first + b) for t, a, b, _ in made if b > a]
    if not kept:
        return [], []
    out = []
    for at in sorted(roles):
        words = lines[first + at].split()
        used = roles[at]
        new = [label[0] for label in used if label[1] == at]
        line = " ".join([*new, *words[len(used) :]])
        if line != " ".join(words):
            out.append((first + at, line))
    return out, kept


def _choices(pieces: list[str], at: int, state: tuple):
    """The ways a line's opening pieces go into the two columns, given the labels open in them
    (each (its text so far, its last piece's line) or None): (the columns its pieces went
    into, in order, and the open labels after them). A label made whole closes its column."""
    open0, open1 = state
    for placed in ((), (0,), (1,), (0, 1)):
        if len(placed) > len(pieces):
            break
        now = [open0, open1]
        fits = True
        for piece, column in zip(pieces, placed, strict=False):
            moved = _put(piece, column, at, now[column])
            if moved is False:
                fits = False
                break
            now[column] = moved
        if not fits:
            continue
        # (a label left open with no piece on this many lines: no centred label's)
        if any(o is not None and c not in placed and at - o[1] >= _GAP for c, o in enumerate(now)):
            continue
        yield placed, (now[0], now[1])


def _put(piece: str, column: int, at: int, open_: tuple | None):
    """The column's open label after ``piece`` goes into it on line ``at``: None where it is
    made whole, False where the piece cannot go there."""
    text = piece if open_ is None else open_[0] + piece
    if text not in _PREFIXES:
        return False
    if text in _WHOLE:
        return None if _fits(text, column) else False
    return (text, at)
