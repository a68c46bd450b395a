"""The parser's patterns compiled on first use (pipelines/parser/patterns.py)."""

import re
import subprocess
import sys

import pytest

from pipelines.parser.patterns import LazyPattern, lazy


def test_a_pattern_is_not_compiled_until_its_first_use():
    broken = lazy("(unclosed")  # re.compile would raise here
    with pytest.raises(re.error):
        broken.search("text")


def test_a_lazy_pattern_answers_as_the_compiled_one():
    text = "产出指标(50分) 效益指标（30分）"
    pattern = r"[(（]\s*(\d+)\s*分\s*[)）]"
    compiled, deferred = re.compile(pattern), lazy(pattern)
    assert [m.group(1) for m in deferred.finditer(text)] == ["50", "30"]
    assert deferred.findall(text) == compiled.findall(text)
    assert deferred.sub("", text) == compiled.sub("", text)
    assert deferred.split(text) == compiled.split(text)
    assert deferred.fullmatch(text) is None and deferred.match(text) is None
    assert deferred.pattern == pattern


def test_after_the_first_use_its_methods_are_the_compiled_patterns_own():
    deferred = lazy(r"\d+", re.ASCII)
    deferred.search("12")
    assert type(deferred.search) is type(re.compile("x").search)  # a builtin method, no wrapper
    assert deferred.search.__self__ == re.compile(r"\d+", re.ASCII)


def test_an_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError):
        lazy("x").no_such_method  # noqa: B018


def test_importing_the_parser_compiles_few_of_its_patterns():
    # a new process, so that no earlier test has used a pattern yet
    code = (
        "import gc, pipelines.parser\n"
        "from pipelines.parser.patterns import LazyPattern\n"
        "used = [p.pattern for p in gc.get_objects() if isinstance(p, LazyPattern) and 'search' in vars(p)]\n"
        "total = sum(isinstance(p, LazyPattern) for p in gc.get_objects())\n"
        "print(total, len(used))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    total, used = map(int, out.stdout.split())
    # (the vocabulary's table of label keys, built at import, uses four)
    assert total > 100 and used < total / 20, out.stdout
    assert LazyPattern  # (the class the child process counts)
