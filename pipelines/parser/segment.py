"""Find where each form starts and ends in a file's lines."""
from __future__ import annotations

import re

from pipelines.parser.text import Line, make_line

_TITLE = re.compile(r"绩效自评(?:价)?表")
_PROJECT = re.compile(r"^项目名称")


def is_title(line: Line) -> bool:
    text = line.compact
    if "自评" not in text:
        return False
    match = _TITLE.search(text)
    if not match:
        return False
    return match.start() <= 16 and not _PROJECT.match(text)


def _split_glued_titles(lines: list[Line]) -> list[Line]:
    """'总分 100 97.60 财政项目支出绩效自评表' -> two lines with the same number."""
    out: list[Line] = []
    for line in lines:
        text = line.text
        if "自评" not in text:
            out.append(line)
            continue
        match = re.search(r"财政项目支出绩效自评(?:价)?表", text)
        at = match.start() if match else -1
        if at > 0 and text[:at].strip() and not is_title(make_line(line.no, text[:at])):
            out.append(make_line(line.no, text[:at]))
            out.append(make_line(line.no, text[at:]))
        else:
            out.append(line)
    return out


def split_forms(lines: list[Line]) -> list[list[Line]]:
    """Cut the file into one list of lines per form, in order.

    A form starts at its title (…绩效自评表). Files without titles are cut at each 项目名称;
    a title-less form glued after another form's 总分 is cut at its 项目名称 too.
    """
    lines = _split_glued_titles(lines)
    starts = [i for i, line in enumerate(lines) if is_title(line)]
    merged: list[int] = []
    for start in starts:  # a title wrapped over two lines is one start
        if merged and all(lines[j].blank or is_title(lines[j]) for j in range(merged[-1] + 1, start)):
            continue
        merged.append(start)
    starts = merged
    project_lines = [i for i, line in enumerate(lines) if line.compact.startswith("项目名称")]
    if not starts:
        starts = project_lines
    else:
        # a second 项目名称 inside one title's segment, after a 总分, starts a form of its own
        titles = set(starts)
        extra = []
        for prev, nxt in zip(project_lines, project_lines[1:]):
            between = range(prev + 1, nxt)
            if not any(j in titles for j in between) and \
                    any(lines[j].compact.startswith("总分") for j in between):
                extra.append(nxt)
        starts = sorted(set(starts + extra))
    segments = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        segment = lines[start:end]
        while segment and segment[-1].blank:
            segment.pop()
        if segment:
            segments.append(segment)
    return segments
