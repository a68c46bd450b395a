"""Forms of the real corpus read by their structure (session 42, helper f01), on small invented
forms: a header printed out of reading order on one line (a PDF's text layer with its line
breaks lost), whose identity values stand apart from their labels."""

from __future__ import annotations

from pipelines.parser import parse_text


def _scrambled(units: str, name: str = "农村饮水安全维修项目", extra: str = "") -> str:
    """A one-line header of the 广水 template's shape: 项目名称 and 项目主管单位 with no value,
    项目实施单位 with ``units`` after it, the project's name after the signature's label."""
    return " ".join(
        [
            "某县财政预算支出项目绩效目标自评表 填报日期:2023 年 3 月 5",
            f"项目名称 项目主管单 位 自评总分: 90 项目实施单位 {units}",
            "项目负责人 张三 1、常年性 2、延续性□ 中央 省、地 本级 其他 合计 执行数",
            "执行 (万元) (万元) (万元) 率 50 50 来源 项目年度目标 单位领导审签:",
            f"{name} {extra} 项目属性 项目资金 日 50 100 % 1.维修供水管网 20 公里;",
            "项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2",
            "复核分 评价标准及依据 有项目年度工作计划计 2 分。",
        ]
    )


def test_one_unit_said_twice_is_both_units_and_the_lone_name_the_projects() -> None:
    result = parse_text(_scrambled("某县水利局 某县水利局"), "scrambled_header.txt")
    assert not result.errors  # (the form loads: its identity read)
    form = result.forms[0]
    assert form["department"] == "某县水利局"
    assert form["implementing_unit"] == "某县水利局"
    assert form["project_name"] == "农村饮水安全维修项目"


def test_two_different_units_after_one_label_give_the_other_none() -> None:
    # (which of two names is the department's is not known: PDF tools print such rows in
    # either order)
    result = parse_text(_scrambled("某县水利局 某县财政局"), "two_units.txt")
    form = (result.forms or [e.form for e in result.errors])[0]
    assert form["department"] is None


def test_two_texts_that_may_be_the_name_give_none() -> None:
    result = parse_text(
        _scrambled("某县水利局 某县水利局", extra="城乡供水一体化工程"), "two_names.txt"
    )
    form = (result.forms or [e.form for e in result.errors])[0]
    assert form["project_name"] is None


def _goal_apart(between: str) -> str:
    """A one-line header whose 项目年度目标 has the money row's cells printed after it, then the
    goal as a numbered list, then the points table's header."""
    return " ".join(
        [
            "某县财政预算支出项目绩效目标自评表 填报日期:2023 年 3 月 5 日 自评总分: 90",
            "项目名称 校舍维修经费 项目实施单位 某县教育局 项目主管单位 某县教育局",
            "项目负责人 李四 项目属性 项目资金 1、常年性 √ 2、延续性□ 中央 省、地 本级 其他",
            "合计 执行数 (万元) (万元) (万元) 20 20 来源",
            f"项目年度目标 {between} 1. 维修教学楼屋面,消除漏雨隐患。",
            "项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2",
            "复核分 评价标准及依据 有项目年度工作计划计 2 分。",
        ]
    )


def test_a_numbered_goal_after_the_money_cells_printed_past_its_label() -> None:
    form = parse_text(_goal_apart("3、一次性□ 20 执行率 100%"), "goal_apart.txt").forms[0]
    assert form["goal_planned"] == "1. 维修教学楼屋面,消除漏雨隐患。"


def test_words_between_the_label_and_the_list_give_no_goal() -> None:
    # (words that are no label, amount or option: the goal's own, perhaps)
    form = parse_text(_goal_apart("3、一次性□ 20 完成校舍维修"), "goal_words.txt").forms[0]
    assert form["goal_planned"] is None


def _numbered_block(targets: str) -> str:
    """An xlsx block printed a column at a time on one line: the numbered names (指标3 and 指标4
    lost), then the five targets, then each row's actual, 分值 and 得分; then rows whole."""
    return " ".join(
        [
            "某县项目支出绩效自评表 (2022年度) 项目名称 乡村医生培训 主管部门 某县卫生健康局",
            "实施单位 某县人民医院 项目资金 (万元) 年度资金总额 全年预算数 全年执行数 分值 执行率 得分",
            "10 10 10 100% 10 一级 指标 年度 实际 指标值 完成值",
            f"指标1:培训村医人数 {targets.split('|')[0]} 指标2:发放培训手册",
            f"{targets.split('|')[1]} 二级指标 三级指标 指标5:开展现场教学",
            "分值 得分 118人 3 3 210册 2 2 9期 1 1 4次 1 1 6次 2 1.5",
            "指标6:组织结业考核 2次 2次 2 2 指标7:考核合格率 95% 97% 2 2",
            "指标8:学员满意度 90% 93% 2 2",
        ]
    )


def test_a_block_printed_a_column_at_a_time_is_placed_by_the_rows_numbers() -> None:
    form = parse_text(_numbered_block("120人|200册 8期 4次 5次"), "numbered_block.txt").forms[0]
    rows = {row["name"]: row for row in form["indicators"]}
    first, second, fifth = (
        rows["指标1:培训村医人数"],
        rows["指标2:发放培训手册"],
        rows["指标5:开展现场教学"],
    )
    assert (first["target"], first["actual"], first["weight"], first["score"]) == (
        "120人",
        "118人",
        3,
        3,
    )
    assert (second["target"], second["actual"]) == ("200册", "210册")
    assert (fifth["target"], fifth["actual"], fifth["weight"], fifth["score"]) == (
        "5次",
        "6次",
        2,
        1.5,
    )


def test_a_block_short_of_one_target_is_left_out() -> None:
    # (four targets for five rows: which is whose is not known)
    form = parse_text(_numbered_block("120人|200册 8期 4次"), "short_block.txt").forms[0]
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["指标1:培训村医人数"]["target"] is None
    assert rows["指标5:开展现场教学"]["actual"] is None


def test_the_words_right_after_the_goal_label_are_no_name() -> None:
    # (the one name-shaped text follows 项目年度目标 at once: the goal's words, not the name)
    text = _scrambled("某县水利局 某县水利局").replace("单位领导审签: ", "")
    result = parse_text(text, "goal_words_no_name.txt")
    form = (result.forms or [e.form for e in result.errors])[0]
    assert form["project_name"] is None
