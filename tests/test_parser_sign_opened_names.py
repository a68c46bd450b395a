"""Rows whose 三级 name opens with a sign (≥300天开放服务群众) in a text that prints each cell
on its own line (pdftotext without -layout), read by the structure reader."""

from __future__ import annotations

from pipelines.parser.generic import read_form
from pipelines.parser.text import split_lines


def test_a_bound_opened_name_after_its_group_label_in_a_stream_of_cells_is_the_rows_name():
    # 可持续影响指标 / ≥300天开放服务群众 / ≥300天 / 310天 — each cell on its line: read as a
    # target, the two values after the name had no column and the whole row was lost; right
    # after its group label, a text opening with a bound that goes on with words is the name
    cells = [
        "项目名称",
        "某某服务经费",
        "主管部门",
        "某某局",
        "实施单位",
        "某某中心",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "产出指标",
        "数量指标",
        "开展活动次数",
        "12次",
        "12次",
        "20",
        "20",
        "质量指标",
        "活动完成率",
        "100%",
        "100%",
        "20",
        "20",
        "效益指标",
        "可持续影响指标",
        "≥300天开放服务群众",
        "≥300天",
        "310天",
        "总分",
    ]
    form, _ = read_form(split_lines("\n\n".join(cells)))
    assert [(r["name"], r["target"], r["actual"]) for r in form["indicators"]] == [
        ("开展活动次数", "12次", "12次"),
        ("活动完成率", "100%", "100%"),
        ("≥300天开放服务群众", "≥300天", "310天"),
    ]
