"""A text printed one cell a paragraph (pdfminer) where two rows' cells came out interleaved
(session 37), on an invented form: name 1, target 1, name 2, target 2, actual 1, actual 2, then
both rows' points. Read as a stream, the first row takes the second's name for its actual and no
points, and the second its target for a name and the first's points: the first row's values and
the second row are left out."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "某街道环境整治项目", "主管部门",
        "某区城管局", "实施单位", "某街道办事处", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "50.00", "50.00",
        "45.00", "10", "90.00%", "9.00", "年度总体目", "标", "预期目标", "整治街巷环境。",
        "实际完成情况", "已完成。", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标", "数量指标"]  # fmt: skip
FIRST = ["清理街巷条数", "=120条"]
TAIL = ["垃圾清运及时率", ">=95%", "96%", "20.00", "20.00", "效益指标", "社会效益指标",
        "街巷面貌改善", "明显改善", "明显改善", "30.00", "30.00", "满意度指标",
        "服务对象满意度指标", "居民满意度", ">=90%", "92%", "10.00", "10.00", "总分",
        "100.00", "99.00"]  # fmt: skip


def _rows(middle: list[str]) -> list[dict]:
    text = "\n\n".join([*HEAD, *FIRST, *middle, *TAIL]) + "\n"
    (form,) = parse_text(text, "x.txt").forms
    return form["indicators"]


def test_two_rows_printed_interleaved_are_left_out():
    # name 2, target 2, actual 1, actual 2, then the first row's points and the second's
    rows = _rows(
        ["巡查工作开展次\n数", "每月一次", "120", "12", "15.00", "15.00", "15.00", "15.00"]
    )
    first = rows[0]
    assert first["name"] == "清理街巷条数"
    assert (first["target"], first["actual"], first["weight"], first["score"]) == (None,) * 4
    assert "每月一次" not in [r["name"] for r in rows]
    assert rows[1]["name"] == "垃圾清运及时率"
    assert (rows[1]["target"], rows[1]["weight"]) == (">=95%", 20.0)


def test_rows_printed_in_turn_are_read():
    # the same rows printed one after the other: each its own values and points
    rows = _rows(
        ["120", "15.00", "15.00", "巡查工作开展次\n数", "每月一次", "12次", "15.00", "15.00"]
    )
    assert [(r["name"], r["target"], r["weight"]) for r in rows[:2]] == [
        ("清理街巷条数", "=120条", 15.0),
        ("巡查工作开展次数", "每月一次", 15.0),
    ]
