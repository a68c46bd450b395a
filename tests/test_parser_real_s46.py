"""Real-corpus structures read in session 46. Every form here is invented."""

from pipelines.parser import parse_text

# an invented form printed with its cells apart by tabs, its names numbered by the template
# (指标1:…), the text cut off after its rows
HEAD = (
    "2023年度项目支出绩效自评表\n"
    "项目名称\t\t河道保洁服务项目\t\t\t\t\t\n"
    "主管部门\t\t某区水务局\t\t实施单位\t\t某区河道所\t\n"
    "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分\n"
    "\t年度资金总额:\t40.00\t40.00\t38.00\t10.00\t95.00\t9.50\n"
    "年度 总体 目标\t预期目标\t\t\t实际完成情况\t\t\t\n"
    "\t完成河道保洁。\t\t\t已完成河道保洁。\t\t\t\n"
    "一级 指标\t二级 指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析 及改进措施\n"
    "产出 指标\t数量 指标\t指标1:保洁河道长度\t=12.00(公里)\t12.00(公里)\t20.00\t20.00\t\n"
    "\t质量 指标\t指标1:水面漂浮物清除率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t\n"
)


def _rows(text: str) -> list[tuple]:
    (form,) = parse_text(text, "x.txt").forms
    return [(row["level2"], row["name"], row["target"], row["score"]) for row in form["indicators"]]


def test_a_bare_zhibiao_after_a_whole_second_level_label_at_the_cut_is_the_rows_name_begun():
    # the text stops on the line after a 二级 label printed whole (时效指标 / 指标): the bare
    # 指标 names no group (a label names its kind before 指标), so it is the next row's name
    # cut short (指标1:…), kept under its label with no value
    for tail in ("\t时效指标\t\n指标", "时效指标 |\n指标", "\t时效指标\n指标\n"):
        rows = _rows(HEAD + tail)
        assert rows[:2] == [
            ("数量指标", "指标1:保洁河道长度", "=12.00(公里)", 20.0),
            ("质量指标", "指标1:水面漂浮物清除率", "=100.00(%)", 20.0),
        ]
        assert rows[2:] == [("时效指标", "指标", None, None)]


def test_a_whole_label_after_the_second_level_label_at_the_cut_is_no_name():
    # the next group's label whole at the cut (时效指标 / 成本指标): a label, no row's name
    rows = _rows(HEAD + "\t时效指标\t\n成本指标")
    assert [name for _, name, _, _ in rows] == ["指标1:保洁河道长度", "指标1:水面漂浮物清除率"]


def test_a_label_piece_at_the_cut_after_rows_is_no_name():
    # 指标 under a row's values (no 二级 label just above it): a piece of the next label
    rows = _rows(HEAD + "\t\t指标")
    assert [name for _, name, _, _ in rows] == ["指标1:保洁河道长度", "指标1:水面漂浮物清除率"]
