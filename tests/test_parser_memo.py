"""The parser's cache for its small functions of one text (pipelines/parser/memo.py)."""

from __future__ import annotations

import pytest

from pipelines.parser.memo import memo


def _recorded(maxsize: int, fn):
    """``fn`` behind memo(maxsize), and the list of the arguments it was really called with."""
    calls = []

    def recording(text):
        calls.append(text)
        return fn(text)

    return memo(maxsize)(recording), calls


def test_a_kept_result_is_not_computed_again():
    double, calls = _recorded(8, lambda text: text * 2)
    assert [double("a"), double("b"), double("a"), double("a")] == ["aa", "bb", "aa", "aa"]
    assert calls == ["a", "b"]


def test_results_are_let_go_when_the_cache_is_full_and_computed_again():
    size, calls = _recorded(2, len)
    assert [size("x"), size("yy"), size("zzz")] == [1, 2, 3]  # the third empties the cache
    assert size("x") == 1 and size("zzz") == 3
    assert calls == ["x", "yy", "zzz", "x"]


def test_an_error_is_raised_again_and_nothing_is_kept():
    number, calls = _recorded(4, float)
    for _ in range(2):
        with pytest.raises(ValueError):
            number("ten")
    assert calls == ["ten", "ten"]
    assert number("10") == 10.0


def test_an_unhashable_argument_is_refused_as_lru_cache_refuses_it():
    @memo(4)
    def first(cells):
        return cells[0]

    with pytest.raises(TypeError):
        first(["a", "b"])
