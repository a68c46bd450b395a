"""Forms whose whole text arrived on one line, read as a stream of cells: a column the contract
has no field for (得分计算方法) never takes the next row's group label (session 37)."""

from __future__ import annotations

import re

from pipelines.parser import parse_text
from pipelines.parser.generic import _fit

# an invented form whose indicator table ends in a 得分计算方法 column, printed blank (a dash)
# on every row but the first, whose merged cell's text stands after the first row's values;
# the whole page copied without its line ends
_FORM = re.sub(
    r"\s*\n\s*",
    " ",
    """
项目支出绩效自评表
( 2023 年度)
项目名称 图书采购经费 主管部门 某某县文化局
项目实施单位 某某县图书馆 项目负责人 李某 联系电话 12345678
年度总体目标 年初设定目标 年度总体目标完成情况综述
采购图书。 采购图书5000册,全部上架。
一级
指标
二级
指标
三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法
产出指标
数量指标 采购图书册数 5000册 5000册 20 20
定量指标:完成值达到指标值,记满分;未达到指标值,按比例记分。
-
质量指标 图书验收合格率 100% 100% 20 20
-
时效指标 图书上架及时率 100% 100% 20 20
-
成本指标 图书采购成本控制 30万 30万 20 20
-
效益指标
社会效益指标 读者借阅人次增长 ≥10% 12% 10 10
-
满意度指标
服务对象满意度指标 读者满意度 ≥90% 95% 10 10
-
总分 100 100
""",
).strip()


def _rows():
    (form,) = parse_text(_FORM, "one_line.txt").contract_forms()
    return {row["name"]: row for row in form["indicators"]}


def test_a_group_label_after_a_rows_blank_cells_is_the_next_rows_label():
    # … 20 20 - 时效指标 图书上架及时率 …: the dash is the row's blank reason, and 时效指标 opens
    # the next row; before, the 得分计算方法 column took it and the next row kept the label
    # above (质量指标)
    rows = _rows()
    assert rows["图书上架及时率"]["level2"] == "时效指标"
    assert rows["图书采购成本控制"]["level2"] == "成本指标"
    assert rows["图书验收合格率"]["level2"] == "质量指标"


def test_no_group_label_fits_a_column_the_contract_has_no_field_for():
    assert _fit("other", "时效指标") > 1
    assert _fit("other", "按比例记分。") == 0
    assert _fit("other", "-") == 0


# an invented form flattened onto one line, its cells apart by one space, one row's name holding
# a Latin word that Chinese type sets apart by spaces (数据 API 接口开通率)
_LATIN = " ".join(
    [
        "项目支出绩效自评表 (2023年度) 项目名称 政务数据共享平台运维 主管部门 某某市数据局",
        "实施单位 某某市大数据中心",
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "产出指标 数量指标 共享目录编制完成率 =100% 100% 20 20",
        "数据 API 接口开通率 =100% 100% 20 20",
        "质量指标 平台可用率 ≥99% 99.9% 20 20",
        "效益指标 社会效益指标 部门数据调用次数 ≥1000次 1500次 20 20",
        "满意度指标 服务对象满意度指标 使用部门满意度 ≥90% 95% 20 20",
        "总分 100 100",
    ]
)


def test_a_name_with_a_latin_word_set_apart_by_spaces_is_one_name():
    # … 20 20 数据 API 接口开通率 =100% …: the spaces around the Latin word are the name's own;
    # before, 数据 was read as a name and the row's values were lost with the rest
    (form,) = parse_text(_LATIN, "one_line.txt").contract_forms()
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["数据 API 接口开通率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("=100%", "100%", 20, 20)
    assert "数据" not in rows
