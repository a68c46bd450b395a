"""Arbitrary text and bytes never raise out of the parser, nor hit its internal-failure net."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.parser import parse_bytes, parse_text
from tests.forms import SPACE_FORM, TAB_FORM

FORM_WORDS = [
    "财政项目支出绩效自评表",
    "(2023 年度)",
    "项目名称",
    "主管部门",
    "实施单位",
    "项目资金（万元）",
    "年初预算数",
    "年度资金总额",
    "其中：当年财政拨款",
    "上年结转资金",
    "其他资金",
    "年度总体目标",
    "预期目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "产出指标",
    "数量指标",
    "标",
    "总分",
    "评分等级",
    "=100%",
    "10",
    "9.5",
    "—",
    "\t",
    "\n",
    " ",
    "| 100 |",
    "<p>",
    "- 3 -",
    "≥90.00(%)",
]


def assert_clean(result):
    assert all("parser failure" not in e.message for e in result.errors), [
        e.message for e in result.errors
    ]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes(data):
    assert_clean(parse_bytes(data, "x.txt"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FORM_WORDS) | st.text(max_size=8), max_size=200).map("".join))
def test_text_made_of_form_words(text):
    assert_clean(parse_text(text, "x.txt"))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_real_forms_with_lines_deleted_or_shuffled(data):
    lines = data.draw(st.sampled_from([TAB_FORM, SPACE_FORM])).split("\n")
    drop = data.draw(st.sets(st.integers(0, len(lines) - 1), max_size=12))
    kept = [line for i, line in enumerate(lines) if i not in drop]
    if data.draw(st.booleans()):
        kept = data.draw(st.permutations(kept))
    assert_clean(parse_text("\n".join(kept), "x.txt"))
