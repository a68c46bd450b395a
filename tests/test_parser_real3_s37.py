"""Run-together rows read safely in session 37 (helper-real3): a row whose actual ran straight
into its reason keeps its name and target, its actual left out."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import _unrun

# A docx text whose table cells ran together (no points columns): the last row's actual (无)
# runs straight into its reason, so where the actual ends is unknown.
RUN_TOGETHER = (
    "1、2021年度县级专项资金绩效目标自评表专项资金名称乡村道路养护负责人及电话张三"
    "县级主管部门某县交通运输局实施单位某县公路养护站项目资金(万元)全年预算数(A)"
    "全年执行数(B)执行率(B/A)年度资金总额80.580.5100%其中:中央、省、市补助县级资金"
    "80.580.5100%其他资金年度 总体 目标年初设定目标全年实际完成情况养护乡村道路道路养护达标"
    "绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施"
    "产 出 指 标数量 指标养护道路里程120公里120公里质量 指标养护合格率95%95%"
    "效益 指标经济 效益 指标养护资金到位率100%100%路面病害处置补助率100%无未发生路面病害"
    "满意 度指 标服务 对象 满意 度指 标沿线群众满意度90%93%说明无"
)


def test_prefix_reading_keeps_the_last_rows_name_and_target():
    rows = _unrun(
        "养护资金到位率100%100%路面病害处置补助率100%无未发生路面病害",
        ["name", "target", "actual"],
        prefix=True,
    )
    assert rows == [
        {"name": "养护资金到位率", "target": "100%", "actual": "100%"},
        {"name": "路面病害处置补助率", "target": "100%"},
    ]


def test_rest_with_digits_or_points_columns_gives_no_row():
    # more numbers after the target: the rest is more than one row, nothing is read of it
    rows = _unrun(
        "养护资金到位率100%100%路面病害处置补助率100%无未发生3处",
        ["name", "target", "actual"],
        prefix=True,
    )
    assert rows == [{"name": "养护资金到位率", "target": "100%", "actual": "100%"}]


def test_run_together_form_keeps_the_row_without_its_actual():
    result = parse_text(RUN_TOGETHER, "invented.txt")
    rows = {r["name"]: r for form in result.forms for r in form["indicators"]}
    row = rows.get("路面病害处置补助率")
    assert row is not None, sorted(rows)
    assert row["target"] == "100%"
    assert row["actual"] is None
    assert rows["养护资金到位率"]["actual"] == "100%"
