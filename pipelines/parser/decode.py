"""Bytes to text: detect the encoding of a form file and refuse what is not text."""

from __future__ import annotations

import codecs

from pipelines.parser.patterns import lazy


class NotText(ValueError):
    """The bytes are empty or not text in any encoding the parser reads."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_BAD = lazy("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")


def _looks_like_text(text: str) -> bool:
    """Few control characters and few undecodable/private-use characters."""
    if not text:
        return False
    sample = text[:200_000]
    return len(_BAD.findall(sample)) <= max(2, len(sample) // 200)


# The bytes that begin, in UTF-8, a character _BAD matches: the control bytes themselves, 0xC2
# (U+0080-U+00BF: the C1 controls U+0080-U+009F), 0xEE (U+E000-U+EFFF, private use) and 0xEF
# (U+F000-U+FFFF: private use up to U+F8FF, and U+FFFD). Surrogates never decode from UTF-8.
_SUSPECT_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0xC2, 0xEE, 0xEF])
_INNOCENT_BYTES = bytes(range(256)).translate(None, _SUSPECT_BYTES)


def _utf8_clean(data: bytes) -> bool:
    """True when `data`, bytes that decoded as UTF-8 without error, hold no character _BAD
    matches; False when they may (then _looks_like_text counts them on the text).

    Exact, told from the bytes at C speed instead of a regex over every character (the regex
    was ~3% of a parse): with every other byte deleted, nothing is left (the common case), or
    only 0xC2 and 0xEF lead bytes, each followed (valid UTF-8) by its continuation byte: 0xC2
    then 0x80-0x9F is a C1 control, 0xEF then 0x80-0xA3 is U+F000-U+F8FF, 0xEF 0xBF 0xBD is
    U+FFFD."""
    suspects = data.translate(None, _INNOCENT_BYTES)
    if not suspects:
        return True
    if suspects.translate(None, b"\xc2\xef"):
        return False  # a control byte, or 0xEE
    if (
        b"\xc2" in suspects
        # (most 0xC2s of a text are a no-break space's, 0xC2 0xA0: counted at once)
        and data.count(b"\xc2\xa0") < suspects.count(b"\xc2")
        and _some_lead_before(data, b"\xc2", 0xA0)
    ):
        return False  # a C1 control
    return b"\xef" not in suspects or not _PRIVATE_OR_REPLACEMENT.search(data)


# A character of U+F000-U+F8FF (0xEF then 0x80-0xA3) or U+FFFD (0xEF 0xBF 0xBD) in valid UTF-8,
# where 0xEF is always a lead byte. One regex search (its literal first byte found in C) instead
# of a Python loop over every 0xEF lead: a Chinese text holds one for each full-width ，（）：
# (U+FF00-U+FF5F, 0xEF 0xBC/0xBD), and the loop took ~2.5M instructions of a ~300M round, the
# search ~1.5M.
_PRIVATE_OR_REPLACEMENT = lazy(rb"\xef(?:[\x80-\xa3]|\xbf\xbd)")


def _some_lead_before(data: bytes, lead: bytes, least: int) -> bool:
    """Whether a ``lead`` byte of ``data`` (valid UTF-8) is followed by a byte under ``least``.
    Found lead by lead with bytes.find (memchr), a few in a text: splitting the whole text at
    them took several times as long."""
    at = data.find(lead)
    while at >= 0:
        if data[at + 1] < least:
            return True
        at = data.find(lead, at + 2)
    return False


def _mostly_words(text: str) -> bool:
    """Half the characters are CJK, ASCII letters/digits, punctuation or white space."""
    sample = text[:20_000]
    good = sum(
        1
        for ch in sample
        if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
    )
    return good >= len(sample) / 2


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_zero = head[0::2].count(0)
    odd_zero = head[1::2].count(0)
    half = len(head) // 2
    if odd_zero > half * 0.3 and even_zero < half * 0.05:
        return "utf-16-le"
    if even_zero > half * 0.3 and odd_zero < half * 0.05:
        return "utf-16-be"
    return None


# At most this many NUL bytes in the first 4 KB, and about one per 1,000 bytes in the whole
# file, are stray bytes in a text file; more mean a binary file.
STRAY_NULS_HEAD = 4


def _stray_nuls(data: bytes) -> bool:
    return (
        data[:4096].count(0) <= STRAY_NULS_HEAD
        and data.count(0) <= STRAY_NULS_HEAD + len(data) // 1000
    )


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raise NotText for empty or binary input."""
    if not data or not data.strip(b" \t\r\n\x00"):
        raise NotText("the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise NotText(
                    f"the file starts with a {name} byte-order mark but does not decode: {exc.reason}"
                ) from exc
            if not _looks_like_text(text):
                raise NotText(f"the file is not text (decoded as {name})")
            return text.lstrip("\ufeff"), "utf-8-bom" if name == "utf-8-sig" else name
    if b"\x00" in data[:4096]:
        name = _utf16_without_bom(data)
        if name:
            try:
                text = data.decode(name)
                if _looks_like_text(text) and _mostly_words(text):
                    return text, name
            except UnicodeDecodeError:
                pass
        if not _stray_nuls(data):
            raise NotText("the file is binary, not text (it contains NUL bytes)")
        # A few stray NUL bytes (a glitch of the export) do not make a text file binary: they
        # are dropped and the rest is decoded as any other file.
        data = data.replace(b"\x00", b"")
    for name in ("utf-8", "gb18030"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if (name == "utf-8" and _utf8_clean(data)) or _looks_like_text(text):
            return text, name
        break
    raise NotText("the file is binary or in an unknown encoding (tried UTF-8, GB18030, UTF-16)")
