"""Rules of the thirty-eighth session for forms reprinted as other extraction tools damage them
(tests/test_parser_extractions.py measures the corpora so reprinted): each test an invented
form."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented transfer-payment form printed with every space lost, cut after a group label's
# 指标 and the first character of the next (vertical) label run together on one line (指标满)
_CUT_AFTER_A_LABEL = "\n".join(
    [
        "某某专项资金区域绩效自评表",
        "(2024年度)",
        "转移支付(项目)名称2024年某某专项资金",
        "地方主管部门某某县文化局资金使用单位某某县文化中心",
        "资金投入情况",
        "(万元)全年预算数(A)全年执行数(B)分值预算执行率",
        "(B/A×100%)得分",
        "年度资金总额:8810100%10",
        "绩效指标一级指标二级指标三级指标年度指标值全年完成值分值得分未完成原因和改进措施",
        "产",
        "出",
        "指",
        "标数量指标举办展览场次≥6场7场2020",
        "质量指标展品完好程度完好完好1010",
        "效",
        "益",
        "指",
        "标经济效益",
        "指标年度参观人数≥2万人次2.5万人次55",
        "门票收入≥30万元32万元55",
        "社会效益",
        "指标满",
    ]
)


def test_a_labels_first_character_at_a_cut_texts_end_is_no_name_tail():
    # the text's last line, 指标满, is the label 社会效益's 指标 and the head of 满意度指标 cut
    # there: the 满 cut out of that last cell is the text's last words, the start of a label,
    # not the last row's name's wrapped tail (门票收入满 before)
    (form,) = parse_text(_CUT_AFTER_A_LABEL, "cut_after_a_label.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert "门票收入满" not in names
    assert names[-1] in ("门票收入", None)


# an invented form printed with every space lost: the 一级 满意度指标 printed vertically, its
# 指标 on the line before and after, the row's line opening with 满意度 run into its 二级
_VERTICAL_HEAD_RUN_IN = "\n".join(
    [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称某某社区服务项目",
        "主管部门某某区民政局实施单位某某街道办事处",
        "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
        "产出指标数量指标服务社区居民人数200人次210人次2020",
        "质量指标服务合格率90%95%2020",
        "时效指标完成时限2023年2023年2020",
        "效益指标社会效益指标居民活动参与率≥80%85%2020",
        "指标",
        "满意度服务对象满意度指标参与居民满意度90%92%2020",
        "指标",
        "总分100100",
    ]
)


def test_a_level1_head_run_into_a_framework_label_is_two_labels():
    # 满意度服务对象满意度指标 is no label of its own: the 一级 满意度(指标)'s head, then the
    # row's 二级 whole (before, the whole run was read as the row's 二级, under 满意度指标)
    (form,) = parse_text(_VERTICAL_HEAD_RUN_IN, "vertical_head_run_in.txt").forms
    row = next(r for r in form["indicators"] if r["name"] == "参与居民满意度")
    assert row["level2"] in ("服务对象满意度指标", None)
    assert row["level1"] in ("满意度指标", None)
