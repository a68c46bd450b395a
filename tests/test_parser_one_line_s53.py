"""A line print of a table whose cells wrap (a name over two lines, its head above the row's
values and its tail below them; a group label's last piece, 标, a line under its head),
flattened onto one line: the name's tail stands after the row's 分值 and 得分, where a reason
stands too, and the head alone would be read as the name. Such a name is left out, never given
cut short; a name followed by a reason wider than it is kept."""

from __future__ import annotations

from pipelines.parser import flattened_rows, generic, parse_text

# an invented form as a line print flattened onto one line (cells one space apart)
HEAD = (
    "财政项目支出绩效自评表 (2024年度) 项目名称 某区河道保洁 主管部门 某区水务局 实施单位 "
    "某区河道管理所 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分 "
    "年度资金总额: 50.00 50.00 48.00 10.00 96.00 9.60 年度总体目标 预期目标 实际完成情况 "
    "完成全区河道日常保洁。 已完成全区河道日常保洁。 "
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
)
ROWS = (
    "巡查河道条数 =12.00(条) 12.00(条) 10.00 10.00 数量指标 "
    "保洁河道面积 =30.00(万平方米) 30.00(万平方米) 10.00 10.00 "
    "沿河垃圾清运车辆配备数 =5.00(辆) 5.00(辆) 10.00 10.00 产出指标 "
    "保洁验收合格率 =100.00(%) 100.00(%) 20.00 20.00 "
    # (河道巡查记录完整合格率 wrapped: 率 a line under the values)
    "河道巡查记录完整合格 =100.00(%) 100.00(%) 10.00 10.00 率 质量指标 "
    "巡查覆盖率 =100.00(%) 100.00(%) 10.00 10.00 "
    "河道水面整洁度 提升 达成指标 10.00 10.00 "
    "满意度指 沿河居民满意度 ≥90.00(%) 95.00(%) 10.00 10.00 标 总分 100.00 100.00"
)
CUT = "河道巡查记录完整合格"


def _names(text: str) -> list[str | None]:
    (form,) = parse_text(text, "f.txt").contract_forms()
    return [row["name"] for row in form["indicators"]]


def test_a_name_whose_tail_follows_the_points_is_left_out():
    names = _names(HEAD + ROWS)
    assert CUT not in names and CUT + "率" not in names
    # (the row stays, nameless, and the names around it are kept)
    assert None in names
    assert {"保洁验收合格率", "巡查覆盖率", "沿河垃圾清运车辆配备数"} <= set(names)


def test_without_the_rule_the_name_is_given_cut_short(monkeypatch):
    monkeypatch.setattr(flattened_rows, "_names_tailed_after_points", lambda placed, texts: [])
    assert CUT in _names(HEAD + ROWS)


def test_a_name_followed_by_a_wider_reason_or_after_lost_points_is_kept():
    # (words wider than the name are no line of its column; a row that lost points asks for a
    # reason, the words after them)
    wide = ROWS.replace(
        "10.00 10.00 率 质量指标", "10.00 10.00 上半年河道改造施工巡查记录缺失 质量指标"
    )
    assert CUT in _names(HEAD + wide)
    lost = ROWS.replace("10.00 10.00 率 质量指标", "10.00 8.00 率 质量指标")
    assert CUT in _names(HEAD + lost)


# (a 二级 label wrapped, 社会效益指 / 标, its head printed on the line of its group's row: run
# into the name on one line, the row read after the 产出指标 rows)
HEADED = ROWS.replace(
    "河道水面整洁度 提升 达成指标 10.00 10.00",
    "社会效益指 河道水面整洁度 ≥90.00(%) 92.00(%) 10.00 10.00 标",
)


def _rows(text: str) -> dict:
    (form,) = parse_text(text, "f.txt").contract_forms()
    return {row["name"]: row for row in form["indicators"]}


def test_a_label_head_run_into_a_name_is_taken_off_and_its_group_kept():
    rows = _rows(HEAD + HEADED)
    assert not any(name and name.startswith("社会效益指") for name in rows)
    row = rows["河道水面整洁度"]
    # (the label printed on the row's line is its group's: never 产出指标's group)
    assert row["level1"] in (None, "效益指标")
    assert row["level2"] in (None, "社会效益指标")
    # (a 一级 head, 满意度指, as well: its row is of no 二级 of 产出指标)
    row = rows["沿河居民满意度"]
    assert row["level1"] in (None, "满意度指标")
    assert row["level2"] in (None, "服务对象满意度指标")


def test_without_the_rule_the_head_is_read_as_the_names(monkeypatch):
    monkeypatch.setattr(generic, "strip_label_heads", lambda placed, texts: [])
    assert "社会效益指河道水面整洁度" in _rows(HEAD + HEADED)


def test_a_name_opening_with_a_labels_whole_word_is_not_cut():
    # (服务对象 of 服务对象满意度指标 ends where a word of the label does: a name's word too)
    rows = _rows(HEAD + HEADED.replace("社会效益指 河道水面整洁度", "服务对象 回访覆盖率"))
    assert "服务对象回访覆盖率" in rows
