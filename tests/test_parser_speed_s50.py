"""Session 50's speed changes, byte-identical: a text's lines cleaned line by line, each line's
text kept (text.raw_lines: the passes over the whole text only where a line holds what a rarer
mend looks for), and the lines that may open a form or be a page's marker found from one mark a
line (LazyLines.form_marks), where the whole text was searched for each. The same lines and
marks as the passes over the whole text give, on invented texts."""

from __future__ import annotations

import random
import re

from pipelines.parser.text import LazyLines, _raw_text, raw_lines

# invented lines: odd spaces, nan cells, quoted cells, entities, full-width digits, page
# markers (a number alone after a row of tabs or bars, or not), titles and labels, blanks
_LINES = [
    "某某项目支出绩效自评表",
    "项目名称\u3000某某设备购置",
    "主管部门：某某局\u200b",
    "年度资金总额\t100\t100\t100",
    "产出指标\t数量指标\t采购数量\t=10台\t10台\t10\t10",
    "a|b|c",
    "3",
    " 12 ",
    "- 2 -",
    "第 1 页",
    "（续表）",
    "Page 3",
    "指标\tnan\t5",
    "None\t值",
    '"某某,工程"',
    '"某某工程"',
    "a&amp;b;",
    "合格率≥９５％",
    "２．５",
    "\x00",
    "\u00a0\u2009某\ufeff",
    "",
    "   ",
]

# the page markers' pattern as the whole text was searched with it (a newline before each line)
_BREAK_CANDIDATE = re.compile(
    r"\n(?=[^\S\n]*+[-－—–第\d(（续續Pp])"
    r"[^\S\n]*(?:[-－—–][^\S\n]*\d|第[^\S\n]*\d|\d{1,4}[^\S\n]*/|[(（]?[^\S\n]*[续續]|[Pp]age"
    r"|(?P<alone>\d{1,3}[^\S\n]*(?=\n)))"
)


def _whole_text_breaks(raws: list[str]) -> list[int]:
    text = "\n" + "\n".join(raws)
    found = []
    for match in _BREAK_CANDIDATE.finditer(text):
        at = match.start()
        if match.group("alone") is not None:
            above = text[text.rfind("\n", 0, at) + 1 : at]
            if "\t" not in above and above.count("|") < 2:
                continue
        found.append(text.count("\n", 0, at))
    return found


def test_lines_and_marks_the_same_as_the_whole_text_gives() -> None:
    rng = random.Random(50)
    for _ in range(1500):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(1, 12))]
        text = rng.choice(["\n", "\r\n"]).join(lines)
        raws = _raw_text(text).split("\n")
        assert raw_lines(text) == raws
        lazy = LazyLines(text)
        assert [lazy.raw(k) for k in range(len(lazy))] == raws
        opening = [k for k, raw in enumerate(raws) if "评" in raw or "称" in raw]
        assert lazy.form_marks() == (opening, _whole_text_breaks(raws))
        assert lazy.containing("评", "称") == opening


def test_a_number_alone_is_a_page_marker_between_rows_only() -> None:
    lazy = LazyLines("a\tb\n3\nc\td\na b\n4\ne\n5")
    # (3 under a row of tabs; 4 under words apart by a space; 5 the last line)
    assert lazy.page_breaks() == [1]
