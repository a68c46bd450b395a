"""Values a text printed out of reading order leaves doubtful (a PDF's pages extracted in the
wrong order: a table's rows cut at a page's end and the next page's first cells read on), left
out where the form's own figures or structure say the text cannot place them.

A money row cut at a page's end takes the next page's first figures (an indicator's points) as its
amounts; the parts of a total that then add up to more than the total say so. A form's later page
printed before its head (its title or project-name label) is put back after it where the
indicator or money table's own order says so (later_page_first).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, pairwise
from operator import attrgetter

from pipelines.parser import vocabulary as vocab
from pipelines.parser.arithmetic import total_row
from pipelines.parser.labels import LEVEL1, is_label, level_of, parent_of
from pipelines.parser.patterns import lazy
from pipelines.parser.segment import is_title_text, names_project
from pipelines.parser.text import compact

# the amounts a total row holds the sum of its parts of (当年财政拨款, 上年结转资金, 其他资金)
_SUMMED = ("annual_budget", "executed")
# rounding of amounts printed to the hundredth, summed over a few parts
_SLACK = 0.015
# and of parts figured as shares of the total and rounded each (a yuan amount's parts may pass
# it by a few yuan): an excess within this share of the total is rounding, not a figure read on
_SHARE_SLACK = 0.005
# a part executing more than this times its own budget: no overspending a form prints
_OVERSPEND = 1.5


def _within_its_budget(row: dict, key: str) -> bool:
    """Whether a part's 执行数 stands within half again its own 全年预算数: a form's own
    overspending, printed so (a defect the quality rules report), not a figure read on past the
    row's end (0.58 budgeted, 7 executed: the next page's points)."""
    budget = row.get("annual_budget")
    return key == "executed" and bool(budget) and row[key] <= budget * _OVERSPEND


def parts_past_their_total(funds: list[dict]) -> list[str]:
    """Leave out a money part row's 全年预算数 or 执行数 where the parts together exceed the
    total's (a part is a share of the total: 其中), in each part row that prints no rate of its
    own: figures read on past the row's end (a page printed out of order put an
    indicator's points under 其他资金). A total of 0 (a form that left its total unfilled and
    filled its parts) says nothing."""
    total = total_row(funds)
    if total is None:
        return []
    warnings = []
    for key in _SUMMED:
        whole = total.get(key)
        given = [r for r in funds if r is not total and r.get(key) is not None]
        if not whole or sum([r[key] for r in given]) <= whole * (1 + _SHARE_SLACK) + _SLACK:
            continue
        for row in given:
            # (a part printing its own rate keeps its figures: a form's own slip of arithmetic,
            # printed so, is no figure read on past the row; a 0 adds nothing to the excess)
            if row[key] and row.get("execution_rate") is None and not _within_its_budget(row, key):
                warnings.append(
                    f"money row {row.get('line')!r}: {key} {row[key]:g} makes the parts exceed "
                    f"the total's {whole:g}, and the row prints no rate of its own: left out"
                )
                row[key] = None
    return warnings


def labels_from_above_the_header(rows: list[dict], lines) -> list[str]:
    """Leave out a row's 二级 label printed before the indicator table's header (the
    first line of its column headers: 一级指标, 二级指标 or 三级指标) and nowhere between the header and the row: a label printed above
    the table's head belongs to rows printed there (a page printed out of order put the
    table's last rows, with their labels, before its head); the row under the head was carried
    a label it does not hold. Not the 一级: a 一级 label spanning many rows is printed at their
    middle, and a layout may print it on the header's line or above it (pdftotext)."""
    # (this runs on every form and answers no on almost all: the header's line looked for
    # first, by a loop that keeps the compact lines above it for the join; the rows' labels
    # compacted once a run of rows carrying the same one, only where some line is printed
    # above the header, without a set; the headers' shared tail asked first: every line above
    # the table is asked)
    # (the header: the indicator table's column headers, 一级指标 | 二级指标 | 三级指标, the
    # national template's; a layout printing its columns as blocks prints the labels' column
    # under the first two)
    texts = []
    for line in lines:
        text = line.compact
        if "级指标" in text and ("一级指标" in text or "二级指标" in text or "三级指标" in text):
            break
        texts.append(text)
    else:
        return []
    header = lines[len(texts)].no
    # (the lines above the header first, and the rest only where one of the rows' labels is
    # printed there: most forms print none, and the lines below are most of the form's)
    above = "".join(texts)
    if not above:
        return []
    last = None
    for row in rows:
        label = row.get("level2")
        if label and label != last:
            last = label
            if compact(label) in above:
                break
    else:
        return []
    below = [line for line in lines if line.no > header]
    nos = [line.no for line in below]
    ends = list(accumulate(len(line.compact) for line in below))
    joined = "".join(line.compact for line in below)
    warnings = []
    for row in rows:
        start, end = row.get("line_start"), row.get("line_end")
        if start is None or end is None or start <= header:
            continue
        at = bisect_right(nos, end)
        printed = joined[: ends[at - 1]] if at else ""
        label = compact(row.get("level2") or "")
        if label and label in above and label not in printed:
            warnings.append(
                f"row at line {start}: level2 {label!r} printed only above the table's header "
                f"(line {header}): carried from rows printed there, left out"
            )
            row["level2"] = None
    return warnings


def labels_past_the_total(rows: list[dict], lines) -> list[str]:
    """Leave out the group labels rows carry from the row above where the table's labels go on
    past its total (总分 on a line after the last row read, then a line that is a level's label
    alone that no row read holds, 产出目标 | 结果目标, with rows' figures after it): a page of the table's rows printed after the page holding its
    end (a PDF's pages out of order). Rows were read up to the total; a page of rows with its
    own labels belongs somewhere between them, which no line says, so a label carried from
    above may have crossed it. A row's own label (a group's first row) stays; the 一级 goes
    too only where a 一级 follows the total, or a framework 二级 of another family."""
    last = rows[-1].get("line_end") if len(rows) > 1 else None
    # (a total, a label and a row's figures need three lines after the last row: most forms
    # print fewer, their total and a grade, asked first of the lines, in reading order)
    if last is None or len(lines) < 3 or lines[-3].no <= last:
        return []
    # (the lines after the last row, most forms' total and a few notes, are all that is read)
    at = bisect_right(lines, last, key=attrgetter("no"))
    total, later, figures = None, [], False
    for line in lines[at:]:
        text = line.compact
        if total is None:
            total = line.no if text.startswith("总分") else None
        elif vocab.meaning(text, "indicator_columns"):
            return []  # (the table's header cells past its total: a print of scattered cells)
        elif is_label(text) and level_of(text):
            later.append(text)
        elif later and not figures:
            figures = any(c.isdigit() for c in text)
    if not figures:
        return []  # (no row's figures after the labels: a column of labels printed apart)
    held = {compact(row.get(level) or "") for row in rows for level in ("level1", "level2")}
    later = [label for label in later if label not in held]
    if not later:
        return []  # (the rows' own labels printed apart from them: scattered cells too)
    levels = ["level2"]
    if any(level_of(label) == 1 for label in later) or any(
        parent_of(label) not in (None, rows[-1].get("level1")) for label in later
    ):
        levels.append("level1")
    warnings = []
    for level in levels:
        carried = [
            row
            for above, row in pairwise(rows)
            if row.get(level) is not None and row.get(level) == above.get(level)
        ]
        for row in carried:
            warnings.append(
                f"row at line {row.get('line_start')}: {level} {row[level]!r} carried down a "
                f"table whose labels go on past its total (line {total}): a page of its rows "
                "out of order may stand between, left out"
            )
            row[level] = None
    return warnings


# the indicator table's marks in the order a form prints them: its column headers, the national
# framework's 二级 labels group by group (a 一级 label, printed anywhere along its rows, is no
# mark: 效益指标 and 满意度指标 are read inside the longer 二级 labels holding them), its 总分
_TABLE_ORDER = (
    ("一级指标", "二级指标", "三级指标"),
    ("数量指标",),
    ("质量指标",),
    ("时效指标", "进度指标"),
    ("成本指标",),
    ("经济效益指标",),
    ("社会效益指标",),
    ("生态效益指标",),
    ("可持续影响指标",),
    ("满意度指标",),
    ("总分",),
)


def _long_wordings(group: str, *keys: str) -> tuple[str, ...]:
    """The wordings of a group's keys of four characters and more (总额, 其他, 财政拨款's 拨款
    alone are words of goals and names too)."""
    return tuple(w for key in keys for w in vocab.words(group, key) if len(w) >= 4)


# the money table's rows in the order a form prints them: its total (年度资金总额 …), then its
# parts (当年财政拨款, 上年结转资金, 其他资金: in any order, one place)
_MONEY_ORDER = (
    _long_wordings("fund_rows", "年度资金总额"),
    _long_wordings("fund_rows", "当年财政拨款", "上年结转资金", "其他资金"),
)


class _Order:
    """Marks in a table's order: each word's place, a pattern finding them (the longest first:
    年度财政资金总额 is the total's, not the part 财政资金), the head a form's first page prints
    before the table (``head``: words of it), and whether the table's last mark closes it."""

    def __init__(self, order: tuple[tuple[str, ...], ...], head: tuple[str, ...], closed: bool):
        self.rank = {word: rank for rank, words in enumerate(order) for word in words}
        self.pattern = _any_of(self.rank)
        self.head = _any_of(head)
        self.closing = len(order) - 1 if closed else None

    def marks(self, text: str) -> list[re.Match]:
        """The marks a text (white space removed) holds, up to the mark closing the table (past
        the indicator table's 总分 is a note: 一级指标分值统一设置为 …)."""
        found = []
        for mark in self.pattern.finditer(text):
            found.append(mark)
            if self.rank[mark.group()] == self.closing:
                break
        return found

    def ranks(self, text: str) -> list[int]:
        """The places of the marks a text holds."""
        return [self.rank[mark.group()] for mark in self.marks(_squeezed(text))]


def _any_of(words) -> re.Pattern:
    """A pattern of any of ``words``, the longest first."""
    return lazy("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


# the indicator table, under the money table's total row; the money table, under its column
# headers (全年预算数, 执行数 …)
_TABLE = _Order(_TABLE_ORDER, _MONEY_ORDER[0], closed=True)
_MONEY = _Order(
    _MONEY_ORDER,
    tuple(w for key in ("annual_budget", "executed") for w in vocab.words("fund_columns", key)),
    closed=False,
)
# the words a form's head line holds (its title's 自评, a project-name label's 名称)
_HEAD_WORDS = ("自评", "名称")
# a line of figures alone (a row's values printed under its label, cell by cell): digits, signs,
# bars, dashes, no word
_FIGURES = lazy(r"[\d.,%|\-—\s]*")


def _opening(line: str) -> str:
    """A line's compact text without the bars before its first cell (| 项目名称 | …)."""
    return compact(line).lstrip("|")


def _head_start(text: str) -> int | None:
    """Where the line of a text's first form head starts: the first line that is a form's title
    or opens with a project-name label (segment's marks of a form's start)."""
    at = 0
    while True:
        hits = [k for k in (text.find(w, at) for w in _HEAD_WORDS) if k >= 0]
        if not hits:
            return None
        hit = min(hits)
        start = text.rfind("\n", 0, hit) + 1
        end = text.find("\n", hit)
        end = len(text) if end < 0 else end
        line = _opening(text[start:end])
        if is_title_text(line) or names_project(line):
            return start
        at = end


def _squeezed(text: str) -> str:
    """A text without its white space (compact's, unmemoised: a whole page's)."""
    return "".join(text.split())


def _through_last_mark(text: str, order: _Order) -> int:
    """Where the line holding the end of a text's last mark ends (a mark may be wrapped over
    lines: 社会效益 | 指标), with the lines of figures alone after it (its row's values printed
    cell by cell): what follows in a later page printed before the form's head may be the
    page's own head (a web page's header, above the form's title) as well as rows, and stays
    where it is."""
    lines = text.split("\n")
    squeezed = [_squeezed(line) for line in lines]
    ends = list(accumulate(map(len, squeezed)))
    marks = order.marks("".join(squeezed))
    at = bisect_left(ends, marks[-1].end()) if marks else len(lines) - 1
    while at + 1 < len(lines) - 1 and squeezed[at + 1] and _FIGURES.fullmatch(lines[at + 1]):
        at += 1
    return sum(len(line) + 1 for line in lines[: at + 1])


def _placed_after(before: str, rest: str) -> _Order | None:
    """The table whose order places the part printed before a form's head after the rest (see
    later_page_first), or None."""
    order, ranks = _TABLE, _TABLE.ranks(before)
    if not ranks:
        # (a part of the money table alone: only before a rest holding no indicator table)
        order, ranks = _MONEY, _MONEY.ranks(before)
        if not ranks or _TABLE.ranks(rest):
            return None
    after = order.ranks(rest)
    if min(ranks) != max(after, default=-1) + 1:
        return None  # (the part is no page right after the rest: a page between, or none)
    if not after and not order.head.search(_squeezed(rest)):
        return None  # (a table begun before a head printing none before it: another form's)
    if any(a > b for a, b in pairwise(ranks)):
        return None  # (marks out of the table's order: a paragraph naming them, no table's)
    return order


# the indicator table's value columns' header words (年度指标值, 实际完成值: of four characters and
# more) and its name column's (三级指标, 指标名称 …)
_VALUE_HEADS = _long_wordings("indicator_columns", "target", "actual")
_NAME_HEADS = vocab.words("indicator_columns", "name")


def _header_cut_at(before: str, rest: str) -> int | None:
    """Where in the rest a later page printed before the form's head goes, where a page's cut
    at or inside the indicator table's column header shows it (a cell a line): the part opens
    with a value column's header (年度指标值 | 实际完成值 … the rest's header stopping at its
    name column, 三级指标 on its own line: cut inside the header), or with the table's first
    row (its 一级 label and the framework's first 二级, 产出指标 | 数量指标, printed at their top:
    the rest's header whole, the page cut right after it). The part goes right after the
    rest's header (the page the rest printed after it is a later one: pages 2, 1, 3 as 1, 2,
    3), where no value column's header follows it in the rest, the part's marks fall between
    the rest's before and after it, and no table label follows the rest's 总分; else None."""
    opening = next((compact(line) for line in before.split("\n") if line.strip()), "")
    if opening.startswith(_VALUE_HEADS):
        at = _header_end(rest, whole=False)
    elif _opens_the_table(before) or _header_columns_left(opening, before, rest):
        at = _header_end(rest, whole=True)
    else:
        return None
    if at is None:
        return None
    after = _squeezed(rest[at:])
    if any(word in after for word in _VALUE_HEADS):
        return None  # (the header goes on in the rest: no cut inside it)
    marks = _TABLE.marks(after)
    if marks and _TABLE.rank[marks[-1].group()] == _TABLE.closing:
        later = _TABLE.pattern.search(after, marks[-1].end())
        if later and _TABLE.rank[later.group()] != _TABLE.closing:
            return None  # (table's labels after its 总分: the rest's later pages out of order too)
    ranks = _TABLE.ranks(before)
    above, below = _TABLE.ranks(rest[:at]), [_TABLE.rank[mark.group()] for mark in marks]
    if not ranks or any(a > b for a, b in pairwise(ranks)):
        return None
    if max(above, default=-1) >= min(ranks) or max(ranks) > min(below, default=len(_TABLE_ORDER)):
        return None  # (the part's groups are not those between: another page's)
    return at


def _opens_the_table(part: str) -> bool:
    """The part opens with the indicator table's first row's labels: a 一级 label, then the
    national framework's first 二级 (产出指 / 标 / 数量指 / 标, printed at their rows' top),
    nothing before them (a page cut between the header and the table's first row)."""
    squeezed = _squeezed(part)
    first = _TABLE.pattern.search(squeezed)
    return bool(first) and _TABLE.rank[first.group()] == 1 and squeezed[: first.start()] in LEVEL1


def _header_columns_left(opening: str, before: str, rest: str) -> bool:
    """The part opens with lines of the indicator table's column header (分值 | 得分 | 偏差原因
    分析及改进措施: a cell a line) of columns the rest's header, printed whole up to its page's
    end, does not hold (一级指标 … 实际完成值): the page cut inside the header after its last
    whole column, the part's columns its next ones."""
    if not vocab.meaning(opening, "indicator_columns"):
        return False  # (asked first: most parts open with no column's header)
    at = _header_end(rest, whole=True)
    if at is None:
        return False
    held = _columns_up_to(rest[:at].split("\n")[-2::-1])
    left = _columns_up_to(before.split("\n"))
    return bool(left) and not held & left


def _columns_up_to(lines) -> set[str]:
    """The indicator columns of the run of column-header lines that ``lines`` open with (blank
    lines skipped), each line a column's header."""
    columns: list[str] = []
    for line in lines:
        text = compact(line)
        if not text:
            continue
        column = vocab.meaning(text, "indicator_columns")
        if not column:
            break
        columns.append(column)
    return set(columns) if len(set(columns)) == len(columns) else set()


def _header_end(rest: str, whole: bool) -> int | None:
    """Where the rest's indicator column header ends: after its name column's line (三级指标
    alone, ``whole`` False), or (``whole``) after the column headers' lines that follow it."""
    lines = iter(rest.split("\n"))  # (the header's name column, then the lines after it)
    at = 0
    for line in lines:
        at += len(line) + 1
        text = compact(line)
        if text.endswith(_NAME_HEADS) or (whole and text.startswith(_NAME_HEADS)):
            break
    else:
        return None
    if whole:
        for line in lines:
            if not vocab.meaning(compact(line), "indicator_columns"):
                break
            at += len(line) + 1
    return at


def later_page_first(text: str) -> str:
    """A text whose indicator table or money table, or part of it, is printed before the form's
    head (a PDF's later page extracted before the form's first: the table's last rows, 二级
    labels, 总分 before the title, the identity and the money table), with that part put back
    after the rest. Only where the first mark of the table that part holds (the indicator
    table's column headers, the framework's 二级 labels in their order, 总分; else the money
    table's total row, then its parts) is the one right after the last the rest holds (or, the
    rest holding none, the rest ends with the head printed before the table: the money table's
    total row before the indicator table, the money table's column headers before its rows),
    and its marks come in that order: the part then goes on where the rest stops, the form's
    last page. A rest holding a later mark (the 总分 of the form's last page, or another form's
    table), a part beginning further on (another form's tail before a head whose own table is
    cut off), holding its marks out of order (a paragraph naming the framework's labels:
    时效指标 after 满意度指标) or a head of its own (a 绩效目标表's 项目名称) leaves the text as it
    is: no reading can place it. What follows the part's last mark's line and its figures stays
    before the head (the page's own head, or rows: left out as before)."""
    # (asked of every text: the head is most texts' first lines, and most texts print no
    # table's word above it; the marks are read only where one might be there)
    start = _head_start(text)
    if not start:
        return text
    before, rest = text[:start], text[start:]
    if "指" not in before and "总" not in before and "资" not in before and "拨" not in before:
        return text
    order = _placed_after(before, rest)
    if any(names_project(_opening(line)) for line in before.split("\n")):
        return text  # (a head of its own above it, letter-spaced: another form, 绩效目标表)
    if order is None:
        at = _header_cut_at(before, rest)
        if at is None:
            return text
        return rest[:at] + before.rstrip("\n") + "\n" + rest[at:]
    cut = _through_last_mark(before, order)
    return before[cut:] + rest.rstrip("\n") + "\n" + before[:cut].rstrip("\n")
