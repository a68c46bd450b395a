"""Shapes of the real corpus's texts (web excerpts, document mirrors) read by structure, each on a
small invented form (session 41)."""

from pipelines.parser import parse_text

# an invented cover of a 市级 self-evaluation form, run together on one line by a document
# mirror: the 评价层次 options name the 项目承担单位 and the 主管部门 as checkbox words (the ticked
# box left as a stray r) before the cover's own labels, printed with their colons
_COVER = (
    "文档简介 1、财政项目支出绩效自评表( 2019年度)评价层次: 项目承担单位自评r 县直主管部门"
    "自评评价类型: 事中评价 事后评价r项目名称: 河道保洁运行经费项目承担单位: 某县水务中心 "
    "(公章)项目主管部门: 某县水利局 (公章)填报日期 2020年5月6日 制表单位基本信息"
)


def test_cover_labels_with_their_colons_win_over_the_same_words_in_checkbox_options():
    (form,) = parse_text(_COVER + "\n", "x.txt").forms
    assert form["project_name"] == "河道保洁运行经费"
    assert form["implementing_unit"].startswith("某县水务中心")
    assert form["department"].startswith("某县水利局")


def test_a_label_printed_once_bare_and_once_in_prose_is_still_cut_at():
    # no colon anywhere after the bare labels: nothing is dropped (项目名称某某主管部门某某…)
    text = (
        "项目支出绩效自评表(2021年度)项目名称城区路灯维护主管部门某区城管局实施单位某区路灯所"
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额10101010100%10\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["department"] == "某区城管局"
    assert form["implementing_unit"] == "某区路灯所"
