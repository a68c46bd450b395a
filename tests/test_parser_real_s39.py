"""Rules of the thirty-ninth session's real-corpus helper, each with a small invented form."""

from pipelines.parser import parse_text
from pipelines.parser.points_rows import read_points_rows

# a 财政预算支出项目绩效目标自评表 whose management points table (项目决策 / 项目管理 with their
# 分值 and 自评分) an OCR'd print ran together with no space
_POINTS_HEAD = (
    "某市财政预算支出项目绩效目标自评表\n"
    "项目名称 某某道路维修项目 项目主管单位 某市住建局 项目实施单位 某市市政处\n"
    "项目权重 评价内容 分值 自评分\n"
)
_INDICATOR_TABLE = (
    "一级指标 二级指标 指标名称 年初指标值 年终完成值 自评分\n"
    "产出指标 数量指标 维修道路长度 10公里 12公里 20\n"
)


def _points(text: str) -> list[tuple]:
    return [
        (r["level1"], r["level2"], r["name"], r["weight"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]


def test_a_points_table_run_together_is_read_where_its_groups_sums_hold():
    # 项目决策3分 立项依据 3 3 | 项目管理12分 资金管理 5 4 (its rule's 1、 after the digits) |
    # 档案管理 3 3 | 监督检查 4 4: the 分值 3 close 项目决策's 3, 5 + 3 + 4 close 项目管理's 12
    text = (
        _POINTS_HEAD + "复核分评价标准及依据项目决策3分立项依据33有批复文件计3分,没有不得分。"
        "项目管理12分资金管理541、专款专用2分;2、账目清晰3分。档案管理33有档案计3分。"
        "监督检查44有检查记录计4分。\n" + _INDICATOR_TABLE
    )
    assert _points(text) == [
        ("项目决策", None, "立项依据", 3, 3),
        ("项目管理", None, "资金管理", 5, 4),
        ("项目管理", None, "档案管理", 3, 3),
        ("项目管理", None, "监督检查", 4, 4),
        ("产出指标", "数量指标", "维修道路长度", None, 20),
    ]


def test_a_points_table_run_together_whose_sums_fail_is_not_read():
    # 5 + 3 is not 项目管理's 12 (a row lost, or its digits cut another way): nothing read
    glued = (
        "分值 自评分 复核分评价标准及依据项目决策3分立项依据33有批复文件计3分。"
        "项目管理12分资金管理541、专款专用2分。档案管理33有档案计3分。"
    )
    assert read_points_rows(glued.split()) == []
    # a 得分 over its 分值 (立项依据 3 then 5): no row of it, the sums fail
    over = "分值 自评分 项目决策3分立项依据35有批复文件。项目管理3分档案管理33有档案。"
    assert read_points_rows(over.split()) == []
    # one row alone: no table's arithmetic to check it by
    assert read_points_rows(["分值", "自评分", "项目决策3分立项依据33有批复文件。"]) == []
