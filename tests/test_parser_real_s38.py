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
