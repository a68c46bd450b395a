"""The indicator framework's level labels (一级/二级指标) and how broken ones are put back together.

These are the standard names of the national performance-indicator framework, not sample content:
一级: 产出 / 效益 / 满意度 (and 成本 in the newer framework); 二级 under each.
"""

from __future__ import annotations

from functools import lru_cache

from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy
from pipelines.parser.text import DASHES, compact

LEVEL1 = ("产出指标", "效益指标", "满意度指标", "成本指标")
# either level: a 一级 in the newer framework, 产出指标's 二级 in the older
COST_LABEL = LEVEL1[3]
LEVEL2_PARENT = {
    "数量指标": "产出指标",
    "质量指标": "产出指标",
    "时效指标": "产出指标",
    "进度指标": "产出指标",  # the 时效 group as some provinces name it
    "成本指标": None,  # 产出指标 in the older framework, 一级 in the newer one
    "经济效益指标": "效益指标",
    "社会效益指标": "效益指标",
    "生态效益指标": "效益指标",
    "可持续影响指标": "效益指标",
    "服务对象满意度指标": "满意度指标",
    "经济成本指标": "成本指标",
    "社会成本指标": "成本指标",
    "生态环境成本指标": "成本指标",
}
VOCABULARY = tuple(dict.fromkeys(LEVEL1 + tuple(LEVEL2_PARENT)))
# A group cell whose label is not known (a reader of a text's layout, layout.py, found two
# tilings of a column's labels that put the row in different groups): the row's label of that
# level is left out, and never carried down to the rows after it (a blank cell carries the
# label above). Characters of Unicode's private use area, which no form prints.
UNKNOWN_LEVEL = {"level1": "\ue001", "level2": "\ue002"}
# The 二级 labels as some forms print them, without their 指标 (数量, 时效, 经济效益): words that
# open names too (成本控制), so read as labels only where a table's rows prove it (see
# generic._bare_levels_apart)
LEVEL2_BARE = tuple(sorted((k.removesuffix("指标") for k in LEVEL2_PARENT), key=len, reverse=True))
# The 决策 / 过程 / 产出 / 效益 framework of the national evaluation guidelines, which several
# provinces' forms print: its group labels are taken as printed (项目产出 stays the 一级 of its
# 数量指标 rows). Kept apart from VOCABULARY, whose words also cut runs of text and mend broken
# labels: 项目管理 or 财务管理 are words of names too. With them, the groups of goals that 苏州's
# template prints (一级 项目绩效实现情况, 二级 投入目标 / 产出目标 / 结果目标), taken as printed too.
FRAMEWORK_LEVEL1 = ("项目决策", "项目过程", "项目管理", "项目产出", "项目效益", "项目绩效实现情况")
FRAMEWORK_LEVEL2 = (
    "项目立项",
    "项目目标",
    "资金投入",
    "投入管理",
    "资金管理",
    "财务管理",
    "项目实施",
    "组织实施",
    "业务管理",
    "投入目标",
    "产出目标",
    "结果目标",
)
FRAMEWORK = frozenset(FRAMEWORK_LEVEL1 + FRAMEWORK_LEVEL2)
_FRAMEWORK_HEADS = frozenset(w[:2] for w in FRAMEWORK)


@memo(4096)
def _in_framework(text: str) -> bool:
    """A label of that framework, with its points or not (the first two characters tested
    first: most labels are the national framework's)."""
    return text[:2] in _FRAMEWORK_HEADS and without_points(text) in FRAMEWORK


# the framework's groups whose rows print a dash as their target (a dash OCR'd as 一 too)
FRAMEWORK_DASHED = frozenset(("项目决策", "项目过程", "项目管理"))
_SUFFIX_PARENT = (
    ("满意度指标", "满意度指标"),
    ("效益指标", "效益指标"),
    ("影响指标", "效益指标"),
    ("成本指标", "成本指标"),
)
_NOT_LABEL_CHARS = set("=<>≥≤＝％%0123456789０１２３４５６７８９，,。；;：:、（）()…·/／")


_LABEL_SUFFIXES = ("满意度指标", "效益指标", "影响指标", "成本指标", "产出指标")
# The points a group label may carry: 产出指标（50分）, 效益指标(30分).
_POINTS_TAIL = lazy(r"[(（]\d+(?:\.\d+)?分[)）]$")


def without_points(text: str) -> str:
    """A compact label without the points it carries (产出指标（50分） is 产出指标)."""
    return _POINTS_TAIL.sub("", text) if text.endswith(("分)", "分）")) else text


@memo(16384)
def is_label(cell: str) -> bool:
    """A complete level label: one of the framework's, or a short phrase ending like one
    (管理者满意度指标, 政治效益指标), with the points it carries or not. Other phrases ending in
    指标 (年度指标) are text, and so is one that opens with 标, the last piece of a label broken
    before it (服务对象满意度指 / 标满意度指标)."""
    text = without_points(compact(cell))
    if text in VOCABULARY or text in FRAMEWORK:
        return True
    return (
        text.endswith(_LABEL_SUFFIXES)
        and len(text) <= 12
        and not (set(text) & _NOT_LABEL_CHARS)
        and not text.startswith("标")
    )


@memo(16384)
def is_fragment(cell: str) -> bool:
    """A piece of a label broken by the PDF's merged cell: 可持续影, 响指, 标, 服务对象 ..."""
    text = compact(cell)
    if not text or len(text) > 9 or is_label(text):
        return False
    return any(text in label for label in VOCABULARY)


# The title of the whole indicator block, printed as a first column in some layouts.
BLOCK_TITLES = ("绩效指标", "绩效目标")


@memo(16384)
def is_labelish(cell: str) -> bool:
    return is_label(cell) or is_fragment(cell) or compact(cell) in BLOCK_TITLES


@memo(16384)
def complete(raw: str) -> str:
    """Finish a label whose tail has not arrived yet, when the vocabulary allows one answer
    (and without the points it carries)."""
    text = without_points(compact(raw))
    if text.endswith("指标"):
        return text
    matches = [label for label in VOCABULARY if label.startswith(text)]
    if len(matches) == 1:
        return matches[0]
    return text


@memo(16384)
def parent_of(level2: str | None) -> str | None:
    """The 一级 label a 二级 label belongs to in the framework, or None if it could be either."""
    if not level2:
        return None
    if level2.endswith("指标等"):
        # (服务对象满意度指标等: the group's label with its 等, etc., as some templates print it)
        level2 = level2[:-1]
    if level2 in LEVEL2_PARENT:
        return LEVEL2_PARENT[level2]
    for suffix, parent in _SUFFIX_PARENT:
        if level2.endswith(suffix) and level2 != suffix:
            return parent
    return None


@memo(16384)
def level_of(cell: str) -> int | None:
    """1 or 2 when the label names its level unambiguously, else None."""
    text = complete(cell)
    if text in ("产出指标", "效益指标", "满意度指标") or text in FRAMEWORK_LEVEL1:
        return 1
    if text in FRAMEWORK:
        return 2
    if text == "成本指标":
        return None
    if text in LEVEL2_PARENT or parent_of(text):
        return 2
    return None


class Label:
    """A label that rows refer to; later fragments of a broken label extend it in place (unless
    it is ``whole``: a label taken as printed from its column, which waits for no tail)."""

    __slots__ = ("raw", "whole")

    def __init__(self, raw: str, whole: bool = False):
        self.raw = compact(raw)
        self.whole = whole

    @property
    def incomplete(self) -> bool:
        # (a label with its points, 满意度指标（18分）, is whole too)
        return not self.whole and not without_points(self.raw).endswith("指标")

    def extend(self, fragment: str) -> None:
        self.raw += compact(fragment)

    @property
    def value(self) -> str | None:
        return complete(self.raw) if self.raw else None


_new_object = object.__new__


def _label_of(raw: str, whole: bool) -> Label:
    """``Label(raw, whole)`` of a ``raw`` that is compact already (a label's own, from the
    values of a state): made without calling the class, whose call (type.__call__, __init__ and
    its compact) costs ~2k instructions more; apply_args makes one for most label rows of a
    table."""
    label = _new_object(Label)
    label.raw = raw
    label.whole = whole
    return label


# lines of one group label broken by a narrow column (服务对 / 象满意 / 度指标)
MAX_LABEL_PIECES = 4


def label_run(pieces: list[str]) -> int | None:
    """How many of ``pieces`` (a few words each, on lines one after another), from the first,
    make one of the known group labels, with its 等 or not (可持续 / 影响指 / 标: 3); None where
    none do, or the first is a label by itself."""
    if not pieces or is_label(pieces[0]):
        return None
    joined = pieces[0]
    for count, piece in enumerate(pieces[1:MAX_LABEL_PIECES], 2):
        joined += piece
        if joined.removesuffix("等") in VOCABULARY:
            return count
    return None


@memo(16384)
def is_prefix(cell: str) -> bool:
    """The start of a label (可持续影, 服务对象) as opposed to a stray tail (标, 响指)."""
    text = compact(cell)
    return bool(text) and any(label.startswith(text) for label in VOCABULARY)


def _goes_on(raw: str, text: str) -> bool:
    """Whether ``text`` goes on with the label begun ``raw`` (a label's start, or whole)."""
    joined = raw + text
    return is_prefix(joined) or is_label(joined)


class LabelState:
    """The current 一级 and 二级 labels while walking down an indicator table.

    Runs once per label row, so it reads ``label.raw`` directly where Label's properties
    would do (a property call costs more than the test it wraps): ``not raw.endswith("指标")``
    is ``incomplete`` and ``complete(raw)`` is ``value`` (raw is never empty here: only
    non-empty compact cells become labels). _set1/_set2 make _continue's first test before
    calling it, as most labels are whole.
    """

    def __init__(self) -> None:
        self.level1: Label | None = None
        self.level2: Label | None = None
        # a label of the 决策 / 过程 / 产出 / 效益 framework read: the 一级 of a 数量指标 is the
        # framework's own (项目产出, as printed), never taken for 产出指标
        self.framework = False

    @staticmethod
    def _continue(label: Label | None, text: str) -> bool:
        """Extend a label still waiting for its tail; True if ``text`` was used up that way."""
        if label is None or label.whole or without_points(label.raw).endswith("指标"):
            return False  # waiting for no tail (a label with its points is whole too)
        finished = complete(label.raw)
        if is_label(text) and finished != label.raw and label.raw + text not in VOCABULARY:
            # the tail never came; the vocabulary knows the rest (but a 二级 of the framework
            # printed whole without its 指标, 社会效益 before 经济效益指标, stays as printed)
            if finished != label.raw + "指标" or finished in LEVEL1:
                label.raw = finished
            return False
        joined = label.raw + text
        if is_prefix(label.raw) and not is_prefix(joined) and not is_label(joined):
            # no label goes on so (服务对象 + 标: the 标 of another column's label, the cells
            # printed out of their columns): not this label's tail
            return False
        label.extend(text)
        return True

    def _set1(self, cell: str) -> None:
        text = compact(cell)
        level1 = self.level1
        if level1 is not None and not level1.raw.endswith("指标") and self._continue(level1, text):
            return
        if not is_label(text) and not is_prefix(text):
            return  # a stray tail (标, 指标) of a label that is already whole
        if self.level1 is None or complete(text) != complete(self.level1.raw):
            self.level1 = Label(text, whole=_in_framework(text))
            self.framework = self.framework or self.level1.whole
            self.level2 = None
        elif not self.level1.whole and not text.endswith("指标"):
            # (the label's head printed again, its group's middle: it waits for its tail, which
            # is no other cell's; the group and its 二级 go on)
            self.level1 = Label(text)

    def _set2(self, cell: str) -> None:
        text = compact(cell)
        level2 = self.level2
        if level2 is not None and not level2.raw.endswith("指标") and self._continue(level2, text):
            return
        if not is_label(text) and not is_prefix(text):
            return
        self.level2 = Label(text, whole=_in_framework(text))
        self.framework = self.framework or self.level2.whole
        parent = parent_of(complete(self.level2.raw))
        if (
            parent
            and not (self.framework and self.level1 is None)
            and (
                self.level1 is None
                or (not self.level1.whole and complete(self.level1.raw) != parent)
            )
        ):
            if (
                self.level1 is not None
                and (bare := without_points(self.level1.raw)) in LEVEL1
                and bare != self.level1.raw
            ):
                # (a national 一级 printed whole with its group's points, carried down to a
                # 二级 of another family: the form's own pairing, 产出指标(50分) | 经济效益指标,
                # or a group whose 一级 was printed elsewhere; which is not known: none)
                self.level1 = None
                return
            self.level1 = Label(parent)

    def apply(self, cells: list[str], positions: list[int | None] | None = None) -> None:
        """Apply the label cells of one row, left to right.

        positions: the level (1 or 2) each cell's column says, where the row is aligned with
        the header; used only when the label itself does not tell its level.
        """
        pairs: list[tuple[str, int | None]] = []
        positions = positions or [None] * len(cells)
        for i, cell in enumerate(cells):
            text = compact(cell)
            if not text or text in BLOCK_TITLES:
                continue
            if (
                pairs
                and not is_label(pairs[-1][0])
                and is_prefix(pairs[-1][0])
                and is_prefix(pairs[-1][0] + text)
            ):
                pairs[-1] = (pairs[-1][0] + text, pairs[-1][1])  # 产出 + 指标, split by a space
                continue
            pairs.append((text, positions[i]))
        if not pairs:
            return
        if len(pairs) >= 2:
            self._set1(pairs[0][0])
            for cell, _ in pairs[1:]:
                self._set2(cell)
            return
        cell, position = pairs[0]
        level = level_of(cell) if is_label(cell) else None
        if level is None and not is_label(cell):
            # a fragment goes to whichever label is still waiting for its tail and goes on with
            # it (满意度指 after 服务对象满意度指 is no more of it: the 一级's head, centred lower)
            if (
                self.level2 is not None
                and self.level2.incomplete
                and _goes_on(self.level2.raw, cell)
            ):
                level = 2
            elif self.level1 is not None and self.level1.incomplete:
                level = 1
        if level is None:
            level = position
        if level is None and not is_label(cell) and is_prefix(cell):
            # (a label's head waiting for its tail, 效益指 of 效益指标 printed on a row's line
            # with its 标 further down: its level the one label it opens)
            level = level_of(complete(cell))
        if level is None:
            level = 2 if self.level1 is not None else 1
        if level == 1:
            self._set1(cell)
        else:
            self._set2(cell)

    def apply_with(self, work, *args) -> None:
        """``work(self, *args)``, as apply_args."""
        self.apply_args(work, args)

    def apply_args(self, work, args: tuple) -> None:
        """``work(self, *args)``: a row's or a line's label cells applied to the state. Tables
        repeat their groups' labels row after row and forms the framework's: where the state is
        settled, what the cells make of it is looked up by its values (_settled_after) instead
        of worked out again. ``work`` changes the state by its labels alone, and ``args`` are
        hashable. (The arguments in a tuple, not as ``*args``: a call of a function taking
        ``*args`` is not inlined in 3.11, ~1k instructions more, once a label row.)"""
        # (settled(), values() and set_values() spelled out: this runs for every label row of
        # every table, and their three calls cost ~1.6k instructions of its ~13k)
        level1, level2 = self.level1, self.level2
        if (
            self.framework
            or (level1 is not None and not level1.raw.endswith("指标") and level1.incomplete)
            or (level2 is not None and not level2.raw.endswith("指标") and level2.incomplete)
        ):
            work(self, *args)
            return
        before = (
            None if level1 is None else (level1.raw, level1.whole),
            None if level2 is None else (level2.raw, level2.whole),
        )
        after, framework = _settled_after(work, before, args)
        if after != before:  # (a row that repeats its labels: they go on unchanged)
            one, two = after
            if one != before[0]:
                self.level1 = None if one is None else _label_of(one[0], one[1])
            if two != before[1]:
                self.level2 = None if two is None else _label_of(two[0], two[1])
            self.framework = framework

    def apply_printed(self, cells: list[str], levels: list[int | None]) -> None:
        """A row's group labels as its header's columns place them, whatever their words (项目
        决策, 项目产出: another framework's): a 一级 cell starts a group (its 二级 unknown until
        given), a 二级 cell is the row's, and no 二级 changes a 一级 printed so."""
        for cell, level in zip(cells, levels):
            text = compact(cell)
            if not text or text in BLOCK_TITLES or level not in (1, 2):
                continue
            if level == 1:
                self.level1, self.level2 = Label(text, whole=True), None
            else:
                self.level2 = Label(text, whole=True)

    def current(self) -> tuple[Label | None, Label | None]:
        return self.level1, self.level2

    # The state by value, for a caller to look up what a row's labels make of it instead of
    # working it out again (indicators._row_labels): (raw, whole) of each label, or None.
    def values(self) -> tuple[tuple[str, bool] | None, tuple[str, bool] | None]:
        level1, level2 = self.level1, self.level2
        return (
            None if level1 is None else (level1.raw, level1.whole),
            None if level2 is None else (level2.raw, level2.whole),
        )

    @classmethod
    def of(cls, values: tuple) -> LabelState:
        """A state holding new labels of the given values (see values)."""
        state = cls()
        state.level1, state.level2 = (None if v is None else Label(*v) for v in values)
        return state

    def settled(self) -> bool:
        """No label waits for its tail: none can be extended in place (see _continue), so the
        state is its values, whichever Label objects hold them."""
        # (the commonest case first, a label ending in 指标, which is never incomplete; the two
        # labels tested one after the other, not in a loop over a tuple made for each row)
        level1, level2 = self.level1, self.level2
        return not (
            (level1 is not None and not level1.raw.endswith("指标") and level1.incomplete)
            or (level2 is not None and not level2.raw.endswith("指标") and level2.incomplete)
        )

    def set_values(self, after: tuple, before: tuple) -> None:
        """Go from the settled state of values ``before`` to ``after``: a label whose value
        stays is kept (a settled label is never changed, so a new one of its value would read
        the same), one that changes is made anew, as apply would."""
        # (the values' raw texts are compact: _label_of, without Label's call)
        if after[0] != before[0]:
            self.level1 = None if after[0] is None else _label_of(*after[0])
        if after[1] != before[1]:
            self.level2 = None if after[1] is None else _label_of(*after[1])


@lru_cache(maxsize=4096)  # a few states and rows of labels, alike from form to form
def _settled_after(work, before: tuple, args: tuple) -> tuple[tuple, bool]:
    """The values of a settled state of values ``before`` after ``work(state, *args)``, and
    whether a label of those values is the 决策 / 过程 / 产出 / 效益 framework's (the state's
    ``framework`` after them: a state's labels are its values, see set_values, so this is
    found once for each, not for every label row of a space-layout table, most of which
    change the labels)."""
    state = LabelState.of(before)
    work(state, *args)
    framework = any(
        label is not None and label.whole and _in_framework(label.raw)
        for label in (state.level1, state.level2)
    )
    return state.values(), framework


# A dash printed in a target cell: no target (LABELLING.md). 一 is a dash only in the rows of the
# framework's groups whose targets are dashes (an OCR'd or typed —); elsewhere it may be a value.
_DASH_TARGETS = frozenset(DASHES - {"/", "／", "无"})  # (the dashes of text.DASHES)
_DASH_FIRST = frozenset("-—－–―一")


def drop_dash_targets(rows: list[dict]) -> None:
    """Blank the targets of ``rows`` that are only a dash."""
    for row in rows:
        target = row["target"]
        # (the first character tested first: this runs on every row of every form)
        if target and target[0] in _DASH_FIRST and len(target) <= 4:
            text = compact(target)
            if text in _DASH_TARGETS or (
                text == "一"
                and row["level1"]
                and without_points(compact(row["level1"])) in FRAMEWORK_DASHED
            ):
                row["target"] = None
