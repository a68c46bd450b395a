"""A form's two goals read from a text flattened onto one line (a spreadsheet's or a web page's
text, every cell one space from the next, line ends gone): a line print wraps a long goal over
lines, and flattened, its lines stand apart by a space as the planned goal and the achieved one
do (预期目标 实际完成情况 …符合统一着 装的规范要求，维持中心良好形象。: one goal's two lines, read
as the planned goal and the achieved). Where the first stops inside a sentence, nothing tells
one goal wrapped from two goals: both are left out."""

from __future__ import annotations

import unicodedata

from pipelines.parser.text import TERMINAL

# (a goal's line a print wraps is long, a short text, 完成既定目标, may end without a stop;
# and no wider than a goal's column, half a page at most: a longer text is a cell whole)
_WRAPPED_LINE = 15
_WIDEST_LINE = 60
# (where a goal may end without a stop: its last character a closing bracket or quote, a
# figure's unit — a text a form prints whole)
_CLOSED = ("）", ")", "”", "’", "》", "%")


def goals_wrapped_as_two(form: dict) -> list[str]:
    """Leave out a flattened form's planned and achieved goals where the planned stops inside a
    sentence (no stop, no comma, no closing mark last) and is as long as a wrapped line (15 to 60
    characters): it may be the first line of one goal, the achieved its rest. Not where the two
    open with the same words (the achieved said as the planned was). The warnings said."""
    planned, actual = form.get("goal_planned"), form.get("goal_actual")
    if not planned or not actual or form.get("line_start") != form.get("line_end"):
        return []
    stripped = planned.rstrip()
    last = unicodedata.normalize("NFKC", stripped)[-1:]
    if (
        not _WRAPPED_LINE <= len(planned) <= _WIDEST_LINE
        or stripped.endswith(TERMINAL)
        or last in "，,、；;：:"
        or stripped.endswith(_CLOSED)
        or not (last.isalnum())
        or _open_alike(planned, actual)
    ):
        return []
    form["goal_planned"] = form["goal_actual"] = None
    return [
        "goals: the planned goal stops inside a sentence on a line flattened with the achieved "
        "one (one goal's wrapped lines, or two goals: not known): both left out"
    ]


# (characters two goals open with alike: the achieved told in the planned's words)
_OPENING = 4


def _open_alike(planned: str, actual: str) -> bool:
    """Whether the two texts open with the same words (提高医疗保障水平… twice): two goals, the
    achieved said as the planned was, no line's rest."""
    return planned.strip()[:_OPENING] == actual.strip()[:_OPENING]
