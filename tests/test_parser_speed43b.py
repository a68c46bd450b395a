"""Speed changes of session 43 (helper sp2): each gate must not skip a due check."""

from __future__ import annotations

import pytest

from pipelines.parser.decode import _BAD, NotText, _utf8_clean, decode

# Characters the _BAD class matches, one of each kind (C0, DEL, C1, private use on both lead
# bytes, the replacement character), and characters next to them that it does not match.
_BAD_CHARS = ["\x00", "\x08", "\x0e", "\x1f", "\x7f", "\x80", "\x9f", "\ue000", "\uefff"]
_BAD_CHARS += ["\uf000", "\uf8ff", "\ufffd"]
_GOOD_CHARS = ["\t", "\n", "\r", "\xa0", "\xbf", "\uf900", "\uff08", "\uffe5", "\ufffc", "项"]


@pytest.mark.parametrize("ch", _BAD_CHARS)
def test_utf8_clean_sees_each_bad_character(ch: str) -> None:
    text = f"项目名称：测试{ch}（一）￥12"
    assert _BAD.search(text)
    assert not _utf8_clean(text.encode())


def test_utf8_clean_passes_good_characters() -> None:
    text = "项目名称：" + "".join(_GOOD_CHARS) + "（一）"
    assert not _BAD.search(text)
    assert _utf8_clean(text.encode())


@pytest.mark.parametrize("ch", ["\x80", "\uf000", "\ufffd", "\ue123"])
def test_decode_still_refuses_a_text_of_bad_characters(ch: str) -> None:
    """A UTF-8 text full of C1 controls or private-use characters is refused as before."""
    data = ("项目名称" + ch * 40).encode()
    with pytest.raises(NotText):
        decode(data)


def test_decode_keeps_a_clean_utf8_text() -> None:
    assert decode("项目名称：测试\xa0（一）￥12\n".encode()) == (
        "项目名称：测试\xa0（一）￥12\n",
        "utf-8",
    )


def test_deviation_extent_reads_the_lines_a_blank_follows_only_where_needed() -> None:
    """A reason with no sentence's end runs to its paragraph's end: the lines a blank line
    follows, worked out on first use (parse_space no longer works them out for every table)."""
    from pipelines.parser.indicators import Row, _deviation_extent
    from pipelines.parser.text import make_line

    asked: list[int] = []

    def blank_after() -> set[int]:
        asked.append(1)
        return {11}

    row = Row(None, None, ["开展培训次数"], ["≥3次"], ["2次"], 10.0, 8.0, ["部分培训"], [10])
    following = [make_line(11, "因疫情推迟"), make_line(13, "次年补办")]
    assert _deviation_extent(row, following, blank_after) == 1
    assert asked == [1]
    # (a reason ending its sentence on its own line: no paragraph looked for)
    row.deviation = ["培训已完成。"]
    assert _deviation_extent(row, following, blank_after) == 0
    assert asked == [1]
