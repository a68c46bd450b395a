"""Speed changes of session 47 (speed2) read as the code they replaced, over invented inputs:
LazyLines.compact_text (a line's compact text without its Line, asked while finding the
forms) and labels._settled_after's framework flag (found once for each settled state, not
on every label row)."""

from __future__ import annotations

import random

from pipelines.parser.labels import LabelState, _in_framework
from pipelines.parser.segment import compact_of
from pipelines.parser.text import LazyLines, make_line

# invented lines of every kind line_of meets: blank, white space only, tags, a Markdown table's
# row and rule, tabs, wide gaps, odd spaces, a title, a name label
_PIECES = [
    "",
    "   ",
    "\t",
    "项目支出绩效自评表",
    "<b>项目名称</b>  某某 设备",
    "|一级指标|二级指标|分值|",
    "|---|---|---|",
    "|  |  |",
    "产出指标\t数量指标\t购置数量\t10台\t10台\t10\t10",
    "总分   100    98.5",
    "年度资金总额\u3000100\u00a0 100",
    "a <x",
    "某某 年 2023 年",
    "\u200b",
]


def test_compact_text_is_the_lines_compact() -> None:
    rng = random.Random(472)
    for _ in range(600):
        texts = [
            "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 3)))
            for _ in range(rng.randint(1, 8))
        ]
        lazy = LazyLines("\n".join(texts))
        text_at = compact_of(lazy)
        made = [make_line(k + 1, t) for k, t in enumerate(texts)]
        listed = compact_of(made)
        for i in rng.sample(range(len(texts)), len(texts)):
            line = LazyLines("\n".join(texts))[i]
            assert text_at(i) == line.compact, (texts, i)
            assert (not text_at(i)) == line.blank, (texts, i)
            assert listed(i) == made[i].compact, (texts, i)


_CELLS = [
    "产出指标",
    "数量指标",
    "质量指标",
    "效益指标",
    "社会效益指标",
    "满意度指标",
    "服务对象满意度指标",
    "项目决策",
    "项目产出",
    "项目过程",
    "项目效益",
    "决策",
    "产出",
    "满意度",
    "指标",
    "标",
    "成本指标",
]


def test_settled_after_framework_is_the_states_labels_tested_again() -> None:
    """apply_with set ``framework`` from the state's labels after set_values; now from the
    cached values: the same flag, row after row, whatever the labels."""
    rng = random.Random(473)
    for _ in range(400):
        state, old = LabelState(), LabelState()
        for _ in range(rng.randint(1, 10)):
            cells = tuple(rng.choice(_CELLS) for _ in range(rng.randint(1, 2)))
            state.apply_with(LabelState.apply, cells)
            # the old apply_with, written out
            if not old.settled() or old.framework:
                old.apply(cells)
            else:
                before = old.values()
                probe = LabelState.of(before)
                probe.apply(cells)
                after = probe.values()
                if after != before:
                    old.set_values(after, before)
                    old.framework = any(
                        label is not None and label.whole and _in_framework(label.raw)
                        for label in (old.level1, old.level2)
                    )
            assert state.values() == old.values(), cells
            assert state.framework == old.framework, cells
