"""The parser's module-level patterns, compiled on their first use instead of at import.

Most patterns serve one template or one kind of extraction damage: reading the sample layouts
uses about a third of them. `re` builds the map of a character class spanning the CJK block
(`[\\u4e00-\\u9fff]`) in a Python loop over its 20,992 code points, about a millisecond a
class, so compiling every pattern at import made each `jixiao parse` process start ~0.08 s
later. A `LazyPattern` compiles on the first call of one of its methods and then keeps the
compiled pattern's own methods as attributes: later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """`re.compile(pattern, flags)` on first use; `.pattern` and `.flags` are read as given."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        # called only while a method is missing, that is before the first use
        if name not in _METHODS:
            raise AttributeError(f"LazyPattern has no attribute {name!r}")
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
