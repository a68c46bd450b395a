"""Speed helper 44: output-identical shortcuts, each checked against the test it stands for."""

from __future__ import annotations

import pytest

from pipelines.parser.decode import _BAD, _utf8_clean


@pytest.mark.parametrize(
    "text",
    [
        "项目\xa0\xa0名称\x85（一）",  # a C1 control after no-break spaces (0xC2 counted apart)
        "\x9f项目\xa0名称",  # a C1 control before them
        "项目\xa0·名称\x80",  # another 0xC2 character (·) beside them
        "项目（一）\uf8ff，",  # a private-use character among full-width marks (0xEF)
        "，项目\ufffd",  # the replacement character after one
        "\uf000项目，（）",
    ],
)
def test_utf8_clean_finds_a_bad_character_among_the_lead_bytes(text: str) -> None:
    """_utf8_clean looks lead byte by lead byte (0xC2, 0xEF) only where the no-break spaces'
    count does not settle it: a bad character anywhere among them is still seen."""
    assert _BAD.search(text)
    assert not _utf8_clean(text.encode())


@pytest.mark.parametrize(
    "text", ["项目\xa0\xa0名称·°（一）", "，（）\uf900\ufffc\xa0", "\xa0" * 50]
)
def test_utf8_clean_passes_the_good_characters_of_the_same_lead_bytes(text: str) -> None:
    assert not _BAD.search(text)
    assert _utf8_clean(text.encode())
