"""Find where each form starts and ends in a file's lines."""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from pipelines.parser import vocabulary as vocab
from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy
from pipelines.parser.text import TITLE, Line, make_line

_TITLE = lazy(TITLE)
_PROJECT = lazy(r"^项目名称")
# a line that opens with a project-name label of any template (项目名称, 专项资金名称,
# 转移支付(项目)名称 …: synonyms.toml [identity] project_name)
_NAME_LABEL = lazy(r"^.{0,10}?名称")


@memo(4096)
def names_project(text: str) -> bool:
    """A line's compact text opens with a project-name label (项目名称, 专项资金名称 …)."""
    if text.startswith("项目名称"):
        return True
    match = _NAME_LABEL.match(text)
    return bool(match) and vocab.meaning(match.group(0), "identity") == "project_name"


# a document's file name (…自评表单位名称…填报日期2022年3月18日.docx): the page's, no form's title
_FILE_NAME = lazy(r"\.(?:docx?|pdf|xlsx?|wps|et)$", re.I)


def is_title(line: Line) -> bool:
    return is_title_text(line.compact)


def is_title_text(text: str) -> bool:
    """is_title of a line's compact text."""
    if "自评" not in text or _FILE_NAME.search(text):
        return False
    match = _TITLE.search(text)
    if not match:
        return False
    return match.start() <= 16 and not _PROJECT.match(text)


def _split_glued_titles(lines: Sequence[Line], marked: list[int]) -> Sequence[Line]:
    """'总分 100 97.60 财政项目支出绩效自评表' -> two lines with the same number.
    marked: the indices of the lines whose compact text holds 自评 (and maybe others).
    Returns ``lines`` itself when no line needs splitting (the common case)."""
    pieces: dict[int, tuple[Line, ...]] = {}
    text_at = compact_of(lines)
    for i in marked:
        compact_text = text_at(i)
        if "自评" not in compact_text and "总分" not in compact_text:
            # (asked of the compact text first, which holds the words wherever the line's text
            # does: most marked lines, a 项目名称 alone, are settled without making their Line)
            continue
        line = lines[i]
        text = line.text
        if "自评" not in text and "总分" not in text:
            continue
        if "项目名称" not in text and text.find(_GLUED_TITLE_WORDS, 1) < 0:
            # (most marked lines: every cut below needs 项目名称 after it, or a title
            # after the line's start, and three pattern searches are spared)
            continue
        # every title after the line's start begins a line of its own (a whole file on one line
        # holds several forms), and so does a 项目名称 run in after a form's 总分 and its points
        # (…总分10098项目名称…: the next form, printed with no title of its own)
        cuts = sorted(
            {m.start() for m in _GLUED_TITLE.finditer(text) if m.start() > 0}
            | {m.start() for m in _TITLE_BEFORE_NAME.finditer(text) if m.start() > 0}
            | {
                at
                for m in _NAME_AFTER_TOTAL.finditer(text)
                for at in (m.start(), m.start(1))
                if at > 0
            }
        )
        cuts = [
            at
            for at in cuts
            if text[:at].strip()
            and not (is_title(make_line(line.no, text[:at])) and len(text[:at].strip()) <= 40)
        ]
        if cuts:
            bounds = [0, *cuts, len(text)]
            pieces[i] = tuple(make_line(line.no, text[a:b]) for a, b in itertools.pairwise(bounds))
    if not pieces:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        out.extend(pieces.get(i, (line,)))
    return out


_GLUED_TITLE = lazy(r"财政项目支出绩效自评(?:价)?表")
_GLUED_TITLE_WORDS = "财政项目支出绩效自评"  # (what every match of _GLUED_TITLE holds)
_NAME_AFTER_TOTAL = lazy(r"总分\s*\d[\d.\s]*(项目名称)")
# any form's title (with the year before it, if printed there) that a 项目名称 follows closely: a
# new form on the same line (a file of several forms flattened onto one line); its 财政 is the
# title's own (财政项目支出绩效自评表: cut before 项目, the 财政 was left behind as a line of its
# own and read as the end of the form's name or department)
_TITLE_BEFORE_NAME = lazy(
    r"(?:\d{4}\s*年度?\s*)?(?:财政)?项目支出绩效(?:目标)?自评(?:价)?表(?=[^\n]{0,40}?项目名称)"
)


def _marked(lines: Sequence[Line], candidates: Iterable[int] | None = None) -> list[int]:
    """Indices of the lines that may start a form: 自评 in them (a title) or 项目名称 first.
    candidates: indices known to include all of them (default: every line)."""
    indices = range(len(lines)) if candidates is None else candidates
    text_at = compact_of(lines)
    marked = []
    for i in indices:
        text = text_at(i)
        if "自评" in text or names_project(text) or _NAME_AFTER_TOTAL.search(text):
            marked.append(i)
    return marked


def split_forms(lines: list[Line]) -> list[list[Line]]:
    """Cut the file into one list of lines per form, in order (see form_ranges)."""
    lines, ranges = form_ranges(lines)
    return [lines[start:end] for start, end in ranges]


def form_ranges(
    lines: Sequence[Line], candidates: Iterable[int] | None = None
) -> tuple[Sequence[Line], list[tuple[int, int]]]:
    """Where each form starts and ends: (lines, [(start, end), ...]) with lines[start:end] the
    lines of one form, in order. The lines returned are the ones given unless a title glued to
    the end of a line had to be split off (then a list of all lines).

    A form starts at its title (…绩效自评表). Files without titles are cut at each 项目名称;
    a title-less form glued after another form's 总分 is cut at its 项目名称 too.
    candidates: indices of lines that include every title and 项目名称 line (see _marked).
    """
    marked = _marked(lines, candidates)
    glued = _split_glued_titles(lines, marked)
    if glued is not lines:
        lines, marked = glued, _marked(glued)
    text_at = compact_of(lines)
    # (the marked lines' compact texts, all that is asked of them here: LazyLines give them
    # without making a Line, which the form's slice would make again)
    at = {i: text_at(i) for i in marked}
    starts = [i for i in marked if is_title_text(at[i])]
    merged: list[int] = []
    for k, start in enumerate(starts):  # a title wrapped over two lines is one start
        # (a title line, not a whole form run onto one line: the title line just before, not
        # the start it was merged into, is the one that must be short)
        if (
            k
            and len(at[starts[k - 1]]) <= 40
            and _blank_or_titles(text_at, starts[k - 1] + 1, start)
        ):
            continue
        merged.append(start)
    # a title printed again inside a form (a page's running header) starts no form: between it
    # and the next start stand no name (项目名称, 专项名称 …) and no money table
    starts = [
        start
        for k, start in enumerate(merged)
        if k == 0
        or not _page_header(
            lines, start, merged[k + 1] if k + 1 < len(merged) else len(lines), at[merged[k - 1]]
        )
    ]
    project_lines = [
        i
        for i in marked
        if names_project(at[i])
        # (the project's 绩效目标表, its declared targets, printed before its 自评表 or alone:
        # its 项目名称 starts no self-evaluation form)
        and not _under_target_title(lines, i)
    ]
    titled = [i for i in project_lines if _TITLE.search(at[i])]
    if titled and len(titled) < len(project_lines):
        # a page's 项目名称: …绩效自评表 (a tender site's line naming the document) before the
        # form's own name label: no project's name, no form's start
        project_lines = [i for i in project_lines if i not in titled]
    if starts and project_lines and project_lines[0] < starts[0]:
        # a form before the first title that has none of its own (its title cut off, or a
        # template that prints none) starts at its 项目名称, where a money or indicator table of
        # its own follows before that title
        first = project_lines[0]
        if any(_TABLE_PART.search(lines[j].compact) for j in range(first + 1, starts[0])):
            starts = [first, *starts]
    if not starts:
        starts = project_lines
    if not starts:
        # text run together (a whole form on one line after a page's preamble): the first line
        # that names a project or carries a self-evaluation title starts the form
        pool = range(len(lines)) if candidates is None or glued is not lines else candidates
        starts = [
            i
            for i in pool
            if (_holds_a_name_label(lines[i].compact) or _TITLE.search(lines[i].compact))
            and not _under_target_title(lines, i)
        ][:1]
    else:
        # a second 项目名称 inside one title's segment, after a 总分, starts a form of its own
        extra = []
        for prev, nxt in itertools.pairwise(project_lines):
            if not any_between(starts, prev, nxt) and any(
                lines[j].compact.startswith("总分") for j in range(prev + 1, nxt)
            ):
                extra.append(nxt)
        # (and one cut from the 总分 it was run into: …总分10098 / 项目名称…)
        extra += [
            i
            for i in project_lines
            if i and i not in starts and _NAME_AFTER_TOTAL.match(text_at(i - 1) + "项目名称")
        ]
        starts = sorted(set(starts + extra))
    ranges = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        while end > start and not text_at(end - 1):  # (a blank line: no compact text)
            end -= 1
        if end > start:
            ranges.append((start, end))
    return lines, ranges


def _holds_a_name_label(text: str) -> bool:
    """Whether a line's compact text holds a project-name label of any template anywhere
    (项目名称, 转移支付(项目)名称, 专项(项目)名称 …: a whole form run onto one line after a
    preamble, its label inside the line)."""
    if "名称" not in text:
        return False  # (cheap first)
    text = unicodedata.normalize("NFKC", text)
    return any(label in text for label in _name_labels())


@cache
def _name_labels() -> tuple[str, ...]:
    """The project-name labels of synonyms.toml, as NFKC prints them."""
    return tuple(
        unicodedata.normalize("NFKC", w).replace(" ", "")
        for w in vocab.words("identity", "project_name")
    )


# a form's own parts: a name label anywhere (项目名称, 专项资金名称 …), or a line that opens the
# money table (a note under the table may speak of 预算数 and 资金总额 in passing)
_FORM_PART = lazy(r"名称|^\|?(?:项目资金|年度资金总额|资金总额|年初预算数|全年预算数)")


_TABLE_PART = lazy(r"资金总额|三级指标|^\|?(?:总分|合计)")
_TARGET_TITLE = lazy(r"绩效目标(?:申报)?表|目标申报表")


def _under_target_title(lines: Sequence[Line], i: int) -> bool:
    """Whether line i (a 项目名称) opens the project's 绩效目标表: its title on one of the three
    lines before that are not blank (a text that puts a blank line between its lines)."""
    raw = getattr(lines, "raw", None)  # (LazyLines: the raw line, no Line made for it)
    seen = 0
    for j in range(i - 1, i - 13 if i > 12 else -1, -1):
        text = raw(j) if raw else lines[j].compact
        if not text.strip():
            continue
        if "目标" in text and _target_table(text):
            return True
        seen += 1
        if seen == 3:
            break
    return False


def _target_table(text: str) -> bool:
    """A title of the form that declares a project's targets (项目支出绩效目标表, …申报表), not
    of its self-evaluation."""
    return "自评" not in text and bool(_TARGET_TITLE.search(text))


def _page_header(lines: Sequence[Line], start: int, end: int, before: str) -> bool:
    """Whether the title at ``start`` is the title ``before`` (its compact text) printed again
    at the top of a page: the same words (or the first of them), and none of a form's own parts
    (a name, the money table) after it until ``end``."""
    title = compact_of(lines)(start)
    # (the title again, or the words of it that a page header keeps: 绩效自评表 of
    # 绩效自评表(2023年度))
    if not before.startswith(title) or len(title) > 60:
        return False
    # (the raw text where the lines are made on demand: a form's lines are not made twice; a
    # raw line is made compact and searched only where it holds a character that every form's
    # part holds, 称 of 名称, 资 of the money labels or 预 of 预算数: few lines do)
    # (explicit loops, not any() over a generator: a generator stopped early is closed by an
    # exception when freed)
    raw = getattr(lines, "raw", None)
    if raw is None:
        for j in range(start + 1, end):
            if _FORM_PART.search(lines[j].compact):
                return False
        return True
    for j in range(start + 1, end):
        text = raw(j)
        if "称" not in text and "资" not in text and "预" not in text:
            continue
        if _FORM_PART.search("".join(text.split())):
            return False
    return True


def names_form(text: str) -> bool:
    """Whether a line (its compact text) holds a form's name label (项目名称, 专项资金名称 …),
    which opens a form."""
    return "名称" in text or names_project(text)


def _blank_or_titles(text_at: Callable[[int], str], low: int, high: int) -> bool:
    """Whether every line from ``low`` up to ``high`` (``text_at``: their compact texts, see
    compact_of) is blank or a title. (An explicit loop, not all() over a generator: a
    generator stopped early is closed by an exception when freed.)"""
    for j in range(low, high):
        text = text_at(j)
        if text and not is_title_text(text):
            return False
    return True


def compact_of(lines: Sequence[Line]) -> Callable[[int], str]:
    """The compact text of line ``i`` of ``lines``, as a function of ``i``: LazyLines give it
    without making the Line (compact_text), a list from its Line. A Line is blank exactly
    where its compact text is empty."""
    compact_text = getattr(lines, "compact_text", None)
    return compact_text or (lambda i: lines[i].compact)


def any_between(ordered: list[int], low: int, high: int) -> bool:
    """Whether the sorted list holds a number strictly between low and high."""
    k = bisect_right(ordered, low)
    return k < len(ordered) and ordered[k] < high
