"""A line print of a form flattened onto one line (cells one space apart), session 54.

The header row 主管部门 | dept | 实施单位 | unit of a line print whose department cell wraps:
the department's head is printed on the line above its label, its tail on the line below, and
the two labels stand side by side (主管部门 实施单位). Flattened, the head runs on after the
project's name and the tail after the unit's: where either value ends is not known, and both
are left out (never a name with another cell's words run into it)."""

from __future__ import annotations

from pipelines.parser import flattened_rows, generic, parse_text
from tests.test_parser_one_line_s53 import CUT
from tests.test_parser_one_line_s53 import HEAD as S53_HEAD
from tests.test_parser_one_line_s53 import ROWS as S53_ROWS

TABLE = (
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分 "
    "年度资金总额: 50.00 50.00 48.00 10.00 96.00 9.60 年度总体目标 预期目标 实际完成情况 "
    "完成全区河道日常保洁。 已完成全区河道日常保洁。 "
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标 数量指标 巡查河道条数 =12.00(条) 12.00(条) 30.00 30.00 "
    "质量指标 保洁验收合格率 =100.00(%) 100.00(%) 30.00 30.00 "
    "满意度指标 服务对象满意度指标 沿河居民满意度 ≥90.00(%) 95.00(%) 30.00 30.00 "
    "总分 100.00 99.60"
)
# (the department 某区城市河道综合管理事务中心 wrapped: 某区城市河道综合管理事务 above its
# label's line, 中心 below)
WRAPPED = (
    "财政项目支出绩效自评表 (2024年度) 项目名称 河道保洁经费 某区城市河道综合管理事务 "
    "主管部门 实施单位 某区河道管理所 中心 "
)
WHOLE = "财政项目支出绩效自评表 (2024年度) 项目名称 河道保洁经费 主管部门 某区水务局 实施单位 某区河道管理所 "


def _identity(text: str) -> tuple:
    (form,) = parse_text(text, "f.txt").contract_forms()
    return form["project_name"], form["department"], form["implementing_unit"]


def test_values_next_to_a_label_with_none_of_its_own_are_left_out():
    name, department, unit = _identity(WRAPPED + TABLE)
    assert name is None and unit is None
    assert department is None or department == "某区城市河道综合管理事务中心"


def test_without_the_rule_the_head_runs_into_the_name(monkeypatch):
    monkeypatch.setattr(generic, "_values_around_a_bare_label", lambda *a: set())
    name, _, unit = _identity(WRAPPED + TABLE)
    assert name == "河道保洁经费 某区城市河道综合管理事务"
    assert unit == "某区河道管理所 中心"


def test_one_word_values_and_labels_apart_are_kept():
    assert _identity(WHOLE + TABLE) == ("河道保洁经费", "某区水务局", "某区河道管理所")
    # (one word after the labels side by side: whole)
    one = WRAPPED.replace("某区城市河道综合管理事务 ", "").replace(" 中心", "")
    assert _identity(one + TABLE)[0] == "河道保洁经费"


# ---- names cut short in a flattened table whose cells wrap (flattened_rows._names_tailed_after_points)
# (the invented table of test_parser_one_line_s53: 河道巡查记录完整合格 | 率 wrapped)
WRAP = "10.00 10.00 率 质量指标 巡查覆盖率 =100.00(%) 100.00(%) 10.00 10.00 "


def _names(rows: str) -> list[str | None]:
    (form,) = parse_text(S53_HEAD + rows, "f.txt").contract_forms()
    return [row["name"] for row in form["indicators"]]


def _without_tail_rule(monkeypatch):
    monkeypatch.setattr(flattened_rows, "_names_tailed_after_points", lambda placed, texts: [])


def test_a_tail_printed_after_a_group_label_leaves_the_name_out(monkeypatch):
    # (the tail 记录率 on the line of the group label 质量指标, flattened after it, the next
    # row's label after it)
    rows = S53_ROWS.replace(WRAP, WRAP.replace("率 质量指标", "质量指标 记录率 产出指标"))
    names = _names(rows)
    assert CUT not in names and None in names and "巡查覆盖率" in names
    _without_tail_rule(monkeypatch)
    assert CUT in _names(rows)


def test_a_tail_joined_to_the_next_name_leaves_both_out(monkeypatch):
    # (记录率 巡查覆盖率: the tail of the name above or the head of this one, not known)
    rows = S53_ROWS.replace(
        WRAP, "10.00 10.00 记录率 巡查覆盖率 =100.00(%) 100.00(%) 10.00 10.00 质量指标 "
    )
    names = _names(rows)
    assert CUT not in names and "记录率巡查覆盖率" not in names
    assert names.count(None) == 2 and len(names) == 8
    _without_tail_rule(monkeypatch)
    assert "记录率巡查覆盖率" in _names(rows)


def test_a_name_wider_than_its_column_does_not_set_the_column_width(monkeypatch):
    # (the column's width is what two names reach at least: a cell wider than the others,
    # a reason read as a name or a name printed wide, is no line of the wrapped column)
    rows = S53_ROWS.replace("沿河垃圾清运车辆配备数", "沿河垃圾清运车辆配备数量统计")
    assert CUT not in _names(rows)
    monkeypatch.setattr(flattened_rows, "_column_width", max)
    assert CUT in _names(rows)


# ---- a unit read as the project's name (generic._unit_read_as_the_name)
# (a PDF tool's order: the labels' column first, 项目名称 with no value after it, the name
# printed before 实施单位 among the money cells)
LABELS_FIRST = (
    "项目支出绩效自评表 (2023年度) 项目名称 主管部门 某市农业农村局 项目资金(万元) 年初预算数 "
    "全年预算数 年度资金总额 当年财政拨款 上年结转资金 其他资金 年度总体目标 40.00 40.00 0.00 0.00 "
    "预期目标 40.00 40.00 0.00 0.00 农机购置补贴经费 实施单位 全年执行数 38.00 38.00 "
    "完成全市农机购置补贴发放。 某市农机服务中心 分值 执行率 得分 10.00 95.00% 9.50 实际完成情况 "
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标 数量指标 补贴农机台数 =200(台) 200(台) 30.00 30.00 "
    "质量指标 补贴发放准确率 =100(%) 100(%) 30.00 30.00 "
    "满意度指标 服务对象满意度指标 农户满意度 >=90(%) 95(%) 30.00 30.00 总分 100.00 99.50"
)


def test_a_unit_that_is_the_projects_name_is_left_out(monkeypatch):
    assert _identity(LABELS_FIRST) == ("农机购置补贴经费", "某市农业农村局", None)
    monkeypatch.setattr(generic, "_unit_read_as_the_name", lambda out, reading: None)
    assert _identity(LABELS_FIRST)[2] == "农机购置补贴经费"


# ---- words after a heading and its unit note (generic._value_before, _bare_identity_label_before)
# (pdftotext's order: 主管部门 with the money table's heading right after it, the department's
# name after the heading's unit note, then 实施单位 with the money header after it)
HEADING_BETWEEN = (
    "项目支出绩效自评表 (2024年度) 项目名称 河道保洁经费 主管部门 项目资金 (万元) 某市水务管理委员会 "
    "实施单位 年初预算数 全年执行数 全年预算数 某市河道管理所 分值 10.00 执行率 年度资金总额 50.00 "
    "50.00 48.00 当年财政拨款 50.00 50.00 48.00 96.00% 上年结转资金 0.00 0.00 0.00 0.00% 其他资金 "
    "0.00 0.00 0.00 0.00% 预期目标 96.00% 得分 9.60 实际完成情况 完成全区河道日常保洁。 "
    "已完成全区河道日常保洁。 年度总体目标 "
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标 数量指标 巡查河道条数 =12(条) 12(条) 30.00 30.00 "
    "质量指标 保洁验收合格率 =100(%) 100(%) 30.00 30.00 "
    "满意度指标 服务对象满意度指标 沿河居民满意度 >=90(%) 95(%) 30.00 30.00 总分 100.00 99.60"
)


def test_words_after_a_heading_a_bare_label_may_own_are_no_later_labels(monkeypatch):
    # (某市水务管理委员会 is 主管部门's, printed after the heading; not 实施单位's)
    assert _identity(HEADING_BETWEEN)[2] != "某市水务管理委员会"
    monkeypatch.setattr(generic, "_bare_identity_label_before", lambda cells, j, no: False)
    assert _identity(HEADING_BETWEEN)[2] == "某市水务管理委员会"
