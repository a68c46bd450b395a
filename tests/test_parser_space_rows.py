"""The sample template's line-by-line reader (indicators.parse_space) on invented forms printed a
line of the page a line of text, cells apart by one space (as pdfplumber prints), where a group
label's column runs into the row's text on the line above its values."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_centred_rows import HEAD as CENTRED_HEAD

# (the identity and money lines of test_parser_centred_rows, its 当年财政拨款 printing no rate:
# the sample template's reader reads the form)
HEAD = [
    *CENTRED_HEAD[:6],
    "项目资金",
    "当年财政拨款 80.00 80.00 78.00",
    "(万元)",
    "上年结转资金 0.00 0.00",
    "其他资金 0.00 0.00",
    "年度总体 预期目标 实际完成情况",
    "目标 完成档案数字化加工。 已完成档案数字化加工。",
]
# each group label wrapped over lines around its row's values' line (数量指 / … / 标); the
# 时效指标 row's target wrapped around that line too, its first line beside the label's head
TABLE = [
    "一级指 二级指",
    "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "标 标",
    "数量指",
    "档案加工卷数 =300卷 0 20.00 0.00 年初未安排资金",
    "标",
    "质量指",
    "档案加工验收合格率 =100% 0 20.00 0.00 年初未安排资金",
    "标",
    "产出指",
    "标",
    "时效指 在合同期限内",
    "加工完成及时性 0 20.00 0.00 年初未安排资金",
    "标 完成",
    "成本指",
    "加工成本合理性 合理 0 20.00 0.00 年初未安排资金",
    "标",
    "服务对",
    "满意度",
    "象满意 档案查阅人员满意度 >=90% 0 20.00 0.00 年初未安排资金",
    "指标",
    "度指标",
    "总分 100.00 0.00",
]


def _rows(table=TABLE) -> dict:
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    assert form["reader"] == "layout"
    return {row["line_start"]: row for row in form["indicators"]}


def test_a_label_s_head_beside_a_row_s_text_above_its_values_is_the_row_s_label():
    # 时效指 beside the target's first line: the label's column run into the row's. Read as the
    # row's text, the row kept the group above's label (质量指标); it is the row's own group
    rows = [r for r in _rows().values() if r["actual"] == "0" and r["weight"] == 20]
    assert [r["level2"] for r in rows] == [
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "服务对象满意度指标",
    ]


def test_a_cell_before_the_actual_under_a_label_s_head_beside_text_is_no_sure_target():
    # the text beside the label's head (在合同期限内) may be the name's first line or the
    # target's; the one cell on the values' line before the actual (加工完成及时性) the target
    # or the name: the target is left out, not given the name
    row = sorted(_rows().items())[2][1]  # (the third row)
    assert row["target"] is None and row["actual"] == "0"
    assert sorted(_rows().items())[3][1]["target"] == "合理"


def test_a_label_s_piece_under_a_reason_printed_beside_every_row_is_no_rest_of_it():
    # the reason printed beside each row's values (年初未安排资金) is whole there: the line
    # under a row that opens with a label's 标 (标 完成: the label's end beside the target's
    # rest) or that is a label's head (满意度) is no rest of that reason
    rows = sorted(_rows().items())
    assert [row["deviation"] for _, row in rows] == ["年初未安排资金"] * 5
