"""Gates of session 45's second speed round: each shortcut must say what the slow test said."""

from __future__ import annotations

from pipelines.parser.decode import _BAD, _utf8_clean


def test_utf8_clean_agrees_with_bad_on_every_character_of_lead_byte_ef() -> None:
    """_utf8_clean finds U+F000-U+F8FF and U+FFFD behind a 0xEF lead with one regex search (not
    a loop over the leads): every character U+F000-U+FFFF, among full-width punctuation that
    also leads with 0xEF (before it, after it, alone), is judged as _BAD judges it."""
    for cp in range(0xF000, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        bad = bool(_BAD.search(ch))
        for text in (ch, "项目，（" + ch + "）：完成", ch + "，" * 3):
            assert _utf8_clean(text.encode()) is not bad, hex(cp)
