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


def test_a_points_row_whose_rule_stands_between_its_points_is_read_where_the_sums_hold():
    # a scrambled PDF's points table: 档案管理's rule words and points (有档案的 … 1 分,…) print
    # between its 分值 4 and 得分 3, 监督检查's rule points (0.5 分,…) between its 4 and 4; read
    # past, the 分值 3, 4, 4 close 项目管理's 11 (and 2 项目决策's 2)
    stream = (
        "分值 自评分 项目决策 2 分 立项依据 2 2 有批复文件计 2 分。 项目管理 11 分 资金管理 3 3 "
        "1、专款专用 1 分; 档案管理 4 有档案管理的专门记录和专人负责 1 分,没有 3 有不得分。 "
        "监督检查 4 0.5 分,扣完为止; 4 2、按时检查 1 分"
    )
    rows = [
        (r["level1"], r["name"], r["weight"], r["score"]) for r in read_points_rows(stream.split())
    ]
    assert rows == [
        ("项目决策", "立项依据", 2, 2),
        ("项目管理", "资金管理", 3, 3),
        ("项目管理", "档案管理", 4, 3),
        ("项目管理", "监督检查", 4, 4),
    ]
    # the sums failing even so (项目管理 12): the rows printed whole only, no group given
    failing = stream.replace("项目管理 11 分", "项目管理 12 分")
    rows = [(r["level1"], r["name"]) for r in read_points_rows(failing.split())]
    assert rows == [(None, "立项依据"), (None, "资金管理")]


# an OCR'd table run together, its names numbered 指标N with no colon
_NUMBERED_HEAD = (
    "项目支出绩效自评表(2022年度)项目名称某某项目项目实施单位某某中心自治区主管部门某某厅"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
    "产出指标(40分)数量指标指标1发放种子8550万粒550万粒8指标2建设基地8200亩200亩8"
    "效益指标(40分)经济效益指标"
)


def test_a_bare_benefit_label_run_in_before_a_numbered_name_opens_a_row():
    # 生态效益 after the row's points (…8) and before the next name's number (指标1…): the
    # label of the row after it, its 指标 the name's number as in the run's first name
    text = _NUMBERED_HEAD + (
        "指标1亩均收入增加8工5%工5%8生态效益指标1农药使用量较上年减少82%2%8"
        "可持续影响指标持续完善体系8是是8\n"
    )
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows[2:] == [
        ("经济效益指标", "指标1亩均收入增加", "工5%", "工5%", 8, 8),
        ("生态效益", "指标1农药使用量较上年减少", "2%", "2%", 8, 8),
        ("可持续影响指标", "持续完善体系", "是", "是", 8, 8),
    ]
    # the run's first name not numbered so: whose 指标 it is is not known, nothing cut there
    plain = text.replace("指标1亩均收入增加", "亩均收入增加")
    names = [r["name"] for r in parse_text(plain, "x.txt").forms[0]["indicators"]]
    assert "指标1农药使用量较上年减少" not in names


def test_a_total_score_whose_cell_opens_with_its_labels_colon_is_read():
    # 自评总分:95项目权重 …: the label cut off, its colon left opening the score's cell, the next
    # label's 项目 run in after the score
    head = _POINTS_HEAD.replace(
        "项目权重 评价内容", "填报日期:2023年4月1日自评总分:95项目权重 评价内容"
    )
    text = head + "项目决策 3 分 立项依据 3 3 项目管理 4 分 档案管理 4 4\n" + _INDICATOR_TABLE
    assert parse_text(text, "x.txt").forms[0]["total_score"] == 95
