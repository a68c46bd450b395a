"""A cache for the parser's small functions of one text, asked hundreds of times a form.

`memo(maxsize)` keeps each argument's result in a dict and gives back the dict's own lookup as
the function: a call that finds its result is one lookup in C, about half the instructions of an
`functools.lru_cache` hit (which also moves the entry to the front of its list), and the parser
makes ~450 such calls a form. The function is called, and its result kept, the first time an
argument is asked for; when ``maxsize`` results are kept, they are let go all at once, where
`lru_cache` lets go the least recently used one by one (the results are the same either way:
only which calls compute them again differs).

For functions of one positional, hashable argument whose result depends on it alone and is
never changed by a caller (strings, numbers, booleans, tuples), as `lru_cache` needs too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class _Kept(dict):
    __slots__ = ("fn", "maxsize")

    def __missing__(self, argument):
        value = self.fn(argument)
        if len(self) >= self.maxsize:
            self.clear()  # (two threads may both clear or both add: either is right)
        self[argument] = value
        return value


def memo(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """A decorator: ``fn`` called once per argument, its results kept (see above)."""

    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        kept = _Kept()
        kept.fn, kept.maxsize = fn, maxsize
        return kept.__getitem__

    return decorate
