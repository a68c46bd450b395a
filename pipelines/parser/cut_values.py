"""Values a text cut short mid-form leaves doubtful (a page cut off, a download's first pages),
left out: a unit read from the form's own words, and goals that share the text's last line.

A cut text holds the first of two places a value may stand (a 评价层次 choice, 项目承担单位
绩效自评, before the 项目承担单位 label proper) and not the second, where the whole text reads
the right one; and two goals on the last line of a cut text may part anywhere.
"""

from __future__ import annotations

from pipelines.parser.text import compact

# (the words of a self-evaluation form's title: no unit's name holds them; a project's name
# may be printed as the title, 2020年…经费支出绩效自评表)
_FORM_WORDS = ("绩效自评",)
# a goal's last words as short as this may end the text by chance (已完成)
_MIN_GOAL_TAIL = 6


def identity_of_the_form_s_words(form: dict) -> list[str]:
    """Leave out a 主管部门 or 实施单位 that holds the form's title words (绩效自评): a 评价层次
    choice (项目承担单位绩效自评) read where the value stands."""
    said = []
    for key in ("department", "implementing_unit"):
        value = form.get(key)
        if value and _holds_form_words(compact(value)):
            form[key] = None
            said.append(f"{key} {value!r} holds the form's title words: left out")
    return said


def _holds_form_words(text: str) -> bool:
    """Whether ``text`` holds one of _FORM_WORDS. (A loop, not any() over a generator: asked of
    every form, and a generator is resumed once a word.)"""
    for word in _FORM_WORDS:
        if word in text:
            return True
    return False


def goals_cut_at_the_end(form: dict, last: str) -> list[str]:
    """Leave out both goals where both stand on the text's last line and the achieved one runs
    to its end (``last``: that line's words, guards.last_words): the text was cut in the goals,
    and where the two part on a line (a space inside a goal, 村民监督委员会 工资28000元, as
    well as between the goals) is not known from what was printed: the planned goal's tail may
    be read as the achieved goal. Goals on lines of their own, the last cut at the end, stay
    as printed."""
    actual = compact(form.get("goal_actual") or "")
    if len(actual) < _MIN_GOAL_TAIL or not last.endswith(actual):
        return []
    planned = compact(form.get("goal_planned") or "")
    if not planned or planned + actual not in last:
        return []
    form["goal_planned"] = form["goal_actual"] = None
    return ["both goals left out: they share the text's last line, cut there (a cut text)"]
