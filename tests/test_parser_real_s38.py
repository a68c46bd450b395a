"""Rules of the thirty-eighth session's real-corpus helper, each with a small invented form."""

from pipelines.parser import parse_text

# a table run together under 分值 | 指标值 | 实际值 | 得分计算方法 | 得分 | 未完成原因分析
_RUN_HEAD = (
    "项目支出绩效自评表(2023年度)项目名称某某养护项目主管部门某某局实施单位某某中心"
    "绩效指标一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分计算方法得分未完成原因分析"
)


def _rows(text: str) -> list[tuple]:
    return [
        (r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]


def test_a_cost_row_named_by_its_amount_has_its_glued_digits_cut_where_the_target_is_that_amount():
    # a 成本 row whose name is its amount with its unit (52.5万元) and whose 分值, target, actual
    # and 得分 ran together (1052.548.38.5): cut where the target is the name's amount (10 |
    # 52.5 | 48.3 | 8.5, the only such cut; 10 | 52.54 | 8.3 | 8.5 has another target)
    text = _RUN_HEAD + (
        "产出指标(30分)时效指标(必填)于2023年10月底前完成养护任务151001001"
        "成本指标(必填)52.5万元1052.548.38.5\n"
    )
    assert _rows(text)[-1] == ("成本指标", "52.5万元", "52.5", "48.3", 10, 8.5)
    # its reason printed after the digits, opening with a year: the row is read, the reason
    # (cut at the next label, its last mark maybe lost) left out
    text = _RUN_HEAD + (
        "产出指标(30分)时效指标(必填)于2023年10月底前完成养护任务151001001"
        "成本指标(必填)52.5万元1052.548.38.52023年末结算资金48.3万元,剩余资金已收回,"
        "效益指标(30分)社会效益指标(必填)道路通行条件改善改善改善3030\n"
    )
    cost = next(
        r for r in parse_text(text, "x.txt").forms[0]["indicators"] if r["name"] == "52.5万元"
    )
    assert (cost["target"], cost["actual"], cost["weight"], cost["score"]) == (
        "52.5",
        "48.3",
        10,
        8.5,
    )
    assert cost["deviation"] is None


def test_a_cost_row_named_by_its_amount_is_not_cut_where_no_cut_gives_that_target():
    # the name's amount is not among the digits (50万元, digits 1052.548.38.5): no value read
    text = _RUN_HEAD + (
        "产出指标(30分)时效指标(必填)于2023年10月底前完成养护任务151001001"
        "成本指标(必填)50万元1052.548.38.5\n"
    )
    assert all(row[2:] == (None, None, None, None) for row in _rows(text) if row[1] == "50万元")


# a preview that lost part of a form one cell per line: the indicator header is gone, its rows
# and 总分 row are left after the money table's header
_HEADLESS_HEAD = (
    "项目支出绩效自评表\n(2022年度)\n项目名称\n某某检验经费\n主管部门\n某某局\n实施单位\n"
    "某某中心\n项目资金\n(万元)\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
    "年度资金总≥95%\n98%\n20\n20\n"
)


def test_a_table_whose_header_was_lost_is_read_in_the_common_order_where_every_row_shows_it():
    # each row printed whole (a name, its target and actual, its 分值 and a 得分 within it),
    # nothing between but group labels, a 总分 row of 100: the common template's order
    text = _HEADLESS_HEAD + (
        "社会效益指标\n检验结果公开\n公开\n已公开\n20\n18\n"
        "满意度\n指标\n服务对象满意度指标\n受检单位满意度\n≥85%\n92%\n10\n10\n"
        "总分\n100\n96\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in form["indicators"]
    ]
    assert rows == [
        ("社会效益指标", "检验结果公开", "公开", "已公开", 20, 18),
        ("服务对象满意度指标", "受检单位满意度", "≥85%", "92%", 10, 10),
    ]
    assert (form["total_weight"], form["total_score"]) == (100, 96)


def test_a_table_whose_header_was_lost_is_not_read_where_a_row_shows_another_order():
    # a row with its 分值 second (受检单位满意度 | 10 | ≥85% | 92% | 10: a template with 分值
    # before 指标值), or a row short of a cell: no row is read
    for rows in (
        "社会效益指标\n检验结果公开\n公开\n已公开\n20\n18\n"
        "服务对象满意度指标\n受检单位满意度\n10\n≥85%\n92%\n10\n",
        "社会效益指标\n检验结果公开\n公开\n20\n18\n服务对象满意度指标\n受检单位满意度\n≥85%\n92%\n10\n10\n",
    ):
        form = parse_text(_HEADLESS_HEAD + rows + "总分\n100\n96\n", "x.txt").forms[0]
        assert all(r["weight"] is None and r["target"] is None for r in form["indicators"])


def test_a_run_together_table_cut_in_the_name_its_group_labels_open_gives_that_name():
    # the text ends inside the table, right after a group's labels and words alone (是否按时完成
    # 验收): the name of that group's row, cut with its values; its groups hold
    text = _RUN_HEAD + (
        "产出指标(30分)数量指标(必填)于2023年10月底前完成养护任务151001001"
        "效益指标(30分)社会效益指标(必填)是否按时完成验"
    )
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    assert (rows[-1]["level1"], rows[-1]["level2"], rows[-1]["name"], rows[-1]["target"]) == (
        "效益指标",
        "社会效益指标",
        "是否按时完成验",
        None,
    )
    # words with a digit or a sign after the labels (a target may have begun: 道路完好率≥9), or
    # a table closed by its 总分 row: no such row
    for tail in ("社会效益指标(必填)道路完好率≥9", "社会效益指标(必填)是否按时完成验总分10095"):
        rows = parse_text(
            _RUN_HEAD + "产出指标(30分)数量指标(必填)于2023年10月底前完成养护任务151001001"
            "效益指标(30分)" + tail,
            "x.txt",
        ).forms[0]["indicators"]
        assert all(r["level2"] != "社会效益指标" for r in rows)


def test_money_values_before_their_row_labels_are_cut_where_each_row_closes_with_its_cells_after_the_rate():
    # a spreadsheet flattened onto one line: the money values printed before the 其中 row's
    # label, one cell vanished from the total (0 88.5 10 100% 10 | 88.5 — 100% —). The sub-row
    # prints a dash for its 得分: each row closes with one cell after its rate, so the total's
    # last 10 is its 得分, not the sub-row's 年初预算数 (0 88.5 10 100% | 10 88.5 — 100% —)
    text = (
        "某县项目支出绩效自评表 (2022年度) 项目名称 某某服务项目 主管部门 某某局 "
        "实施单位 某某中心 项目资金 (万元) 年度资金总额 年初预算数 全年预算数 全年执行数 分值 "
        "执行率 得分 0 88.5 10 100% 10 88.5 — 100% — 其中:当年财政拨款 上年结转资金 其他资金 "
        "年度总体目标 预期目标 实际完成情况 完成服务 已完成服务\n"
    )
    total = parse_text(text, "x.txt").forms[0]["funds"][0]
    assert (total["weight"], total["execution_rate"], total["score"]) == (10, 100, 10)


def test_a_cut_run_of_words_is_no_name_where_the_target_follows_the_name():
    # a table whose 年度指标值 follows the name (no points between): the words after the labels
    # may be a name, its target and an actual cut (道路养护提高通行效率提高通行效), so no row
    text = (
        "项目支出绩效自评表(2023年度)项目名称某某养护项目主管部门某某局实施单位某某中心"
        "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施\n"
        "产出指标数量指标养护道路里程52公里52公里\n"
        "效益指标社会效益指标道路养护提高通行效率提高通行效"
    )
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    assert all(r["level2"] != "社会效益指标" for r in rows)
