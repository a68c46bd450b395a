"""A form printed one cell a line, as PyMuPDF prints it (pipelines/parser/cell_lines.py), on an
invented form: a space inside a cell's line is the cell's own, not a gap between two cells."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.cell_lines import from_cell_lines
from pipelines.parser.units import goes_on, values_whole

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "县级储备粮管理费用", "主管部门",
        "某县发展和改革局", "实施单位", "某县粮食储备中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "50.00", "50.00",
        "48.00", "10.00", "96.00%", "9.60", "当年财政拨款", "50.00", "50.00", "48.00", "96.00%",
        "上年结转资金", "其他资金", "年度总体", "目标", "预期目标", "实际完成情况",
        "保障县级储备粮安全。", "储备粮安全,管理规范。"]  # fmt: skip
TABLE = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施", "产出指标", "数量指标", "储备粮规模", "≥500吨", "520吨",
         "30.00", "30.00", "质量指标", "县级储备粮管理制 度", "严格执行率", "≥95%", "98%",
         "30.00", "30.00", "效益指标", "社会效益", "指标", "粮食市场", "供应保障", "有效保障",
         "有效保障", "20.00", "20.00", "满意度", "指标", "服务对象", "满意度指", "标",
         "群众满意度", "≥90%", "95%", "10.00", "9.00", "个别群众", "不够满意", "总分", "100.00",
         "98.60"]  # fmt: skip


def test_a_space_inside_a_cell_s_line_is_the_cell_s_own():
    text = "\n".join([*HEAD, *TABLE])
    joined, notes = from_cell_lines(text)
    assert "县级储备粮管理制度" in joined.split("\n")
    assert len(joined.split("\n")) == len(text.split("\n")) and notes
    (form,) = parse_text(text, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["县级储备粮管理制度严格执行率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("≥95%", "98%", 30, 30)


def test_two_cells_on_a_line_are_left_apart():
    # a label beside another cell (一级指标 二级指标), numbers (100.00 100.00), and a text
    # with a blank line after each block (pdftotext: a block's cells may share a line)
    text = "\n".join([*HEAD, *TABLE]).replace("一级指标\n二级指标", "一级指标 二级指标")
    joined, _ = from_cell_lines(text)
    assert "一级指标 二级指标" in joined.split("\n")
    assert from_cell_lines("\n\n".join([*HEAD, *TABLE]).replace("分值", "分 值")) is None


def test_a_row_without_points_before_a_group_label_is_a_row_of_its_own():
    # a cell a line: a row whose 分值 and 得分 are blank (its target and actual the same words),
    # then the next group's label: the row ends there (read on, its cells became the next
    # row's name)
    table = [*TABLE[:29], "10.00", "10.00", "对外形象好评度", "无负面评价", "无负面评价",
             "可持续影响", "指标", "长效管理制度建设情况", "制定并执行", "制定并执行", "10.00",
             "10.00", *TABLE[31:]]  # fmt: skip
    # (the sub-row's three amounts alone: the sample template's reader reads the form)
    head = [*HEAD[:27], *HEAD[28:]]
    assert HEAD[27] == "96.00%"
    (form,) = parse_text("\n".join([*head, *table]), "x.txt").forms
    assert form["reader"] == "layout"
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["对外形象好评度"]["target"], rows["对外形象好评度"]["weight"]) == (
        "无负面评价",
        None,
    )
    assert rows["长效管理制度建设情况"]["target"] == "制定并执行"


def test_a_name_narrower_than_its_column_is_whole():
    # names wrap at their column's width (十一个字, twice); a name far narrower than that is
    # whole, and the line after it is its target's first line, not the name's rest (read as
    # the rest, the target lost its head: 度规定)
    table = [*TABLE[:8], "产出指标", "数量指标", "基建工程委托业务项目数", "量", "≥50个",
             "50", "20.00", "20.00", "质量指标", "委托业务报告审核合格比", "率", "≥95%", "98%",
             "20.00", "20.00", "经费支出合规性", "严格执行相关制", "度规定", "达成预期指标",
             "20.00", "20.00", "时效指标", "提交报告及时性", "在项目计划完成", "时间内完成",
             "达成预期指标", "20.00", "20.00", *TABLE[31:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["基建工程委托业务项目数量"]["target"] == "≥50个"
    assert rows["经费支出合规性"]["target"] == "严格执行相关制度规定"
    assert rows["提交报告及时性"]["target"] == "在项目计划完成时间内完成"
    assert rows["提交报告及时性"]["actual"] == "达成预期指标"


def test_a_name_s_rest_in_a_table_that_prints_no_targets_is_the_name_s():
    # a table whose rows print no target or actual, only their points: a name as wide as the
    # column wrapped onto the next line, its rest a cell more than the other rows hold before
    # their points (read as the target, the name was cut short: 建设普通省道二级公)
    table = [*TABLE[:8], "产出指标", "数量指标", "建设普通省道二级公", "路32.1公里", "30.00",
             "30.00", "质量指标", "建设符合验收要求", "30.00", "30.00", "效益指标", "社会效益",
             "指标", "基本公共服务水平", "20.00", "20.00", "满意度", "指标", "服务对象", "满意度指",
             "标", "改善通行服务水平群", "众满意度", "10.00", "9.00", "个别群众", "不够满意",
             *TABLE[43:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names == ["建设普通省道二级公路32.1公里", "建设符合验收要求", "基本公共服务水平",
                     "改善通行服务水平群众满意度"]  # fmt: skip
    assert all(row["target"] is None for row in form["indicators"])


def test_a_name_s_rest_in_a_table_whose_rows_print_targets_or_not_is_the_name_s():
    # rows with a target and an actual (four cells before their points) and rows with their
    # points alone (two): a name as wide as the column wrapped onto the next line, three cells,
    # a count no other row has and one more than some, is the name wrapped (read as a target
    # with no actual, the name was cut short: 建设普通省道二级公)
    table = [*TABLE[:8], "产出指标", "数量指标", "建设普通省道二级公", "路32.1公里", "30.00",
             "30.00", "质量指标", "建设符合验收要求", "30.00", "30.00", "效益指标", "社会效益",
             "指标", "通行服务水平提升", "有效提升", "有效提升", "20.00", "20.00", "满意度", "指标",
             "服务对象", "满意度指", "标", "群众满意度", "≥90%", "95%", "10.00", "9.00", "个别群众",
             "不够满意", *TABLE[43:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = [(row["name"], row["target"]) for row in form["indicators"]]
    assert rows == [("建设普通省道二级公路32.1公里", None), ("建设符合验收要求", None),
                    ("通行服务水平提升", "有效提升"), ("群众满意度", "≥90%")]  # fmt: skip


def test_a_name_wrapped_over_three_lines_after_a_row_that_lost_no_point_is_a_name():
    # after a row whose 分值 and 得分 are the same, three lines (two as wide as the column, the
    # last shorter): the next row's name wrapped, not a reason no lost point asks for (read as
    # the reason, the name kept only its last line)
    table = [*TABLE[:15], "优秀历史建筑直管公房数", "字化测绘建档第一批相关", "工作验收合格率",
             "=100%", "100%", "30.00", "30.00", *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["储备粮规模"]["deviation"] is None
    row = rows["优秀历史建筑直管公房数字化测绘建档第一批相关工作验收合格率"]
    assert (row["target"], row["actual"]) == ("=100%", "100%")


def test_a_goal_ending_in_a_header_word_before_the_table_is_no_header():
    # the goals' last line ends in 单位。 (a 度量单位 column's word) right before the table's
    # header: a sentence's end, no header cell (read as one, the group labels became the rows'
    # units: 500质量指标)
    head = [*HEAD[:-1], "全省市级储备粮管理先进单位。"]
    (form,) = parse_text("\n".join([*head, *TABLE]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["储备粮规模"]["target"] == "≥500吨"
    assert rows["县级储备粮管理制度严格执行率"]["level2"] == "质量指标"


def test_three_figures_after_the_total_label_rising_again_are_no_total():
    # 总分 | 95.00 | 90.00 | 100.00: a column's figures printed after the label (pdfminer
    # prints a table column by column: the last rows' weights, then the total's), not the
    # total row's 分值 and 得分 (95 and 90, no fewer than the rows' points added up)
    table = [*TABLE[:-2], "95.00", "90.00", "100.00"]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    assert (form["total_weight"], form["total_score"]) == (None, None)
    # the total row's own two figures stay the total
    (form,) = parse_text("\n".join([*HEAD, *TABLE]), "x.txt").forms
    assert (form["total_weight"], form["total_score"]) == (100.0, 98.6)


def test_a_reason_s_last_line_ending_a_sentence_is_no_head_of_the_next_name():
    # a reason wrapped over four lines of its column's width, its last ending in 。, then a
    # short name: the 。 ends the reason, it is no wrapped name's first line (read so, the name
    # became 并补足缺口。仓储管理 and the reason lost its end)
    table = [*TABLE[:8], "产出指标", "数量指标", "储备粮规模", "≥500吨", "480吨", "30.00",
             "27.00", "部分粮库仓容不足，储备", "规模未达年初目标，后续", "将加快新建粮库建设进度",
             "并补足缺口。", "仓储管理", "规范有序", "规范有序", "30.00", "30.00",
             *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["仓储管理"]["target"] == "规范有序"
    assert rows["储备粮规模"]["deviation"] in (
        None,
        "部分粮库仓容不足，储备规模未达年初目标，后续将加快新建粮库建设进度并补足缺口。",
    )


def test_a_verdict_in_a_table_without_points_is_an_actual_not_a_name():
    # a cell a line, no 分值 or 得分 columns, a row printed again at a page's top: with nothing
    # holding rows apart, fewer rows (a name joined to its target, 健全 | 已完成 one name) had
    # cost less than three rows each skipping their blank cells; 已完成 is the 完成值 column's
    # verdict, which no indicator is named
    head = [c for c in HEAD if c not in ("分值", "得分")]
    table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施",
             "产出指标", "数量指标", "储备粮规模", "≥500吨", "520吨", "效益指标", "生态效益指标",
             "周边环境质量", "逐步提高", "达标", "资源节约利用水平", "健全", "已完成",
             "资源节约利用水平", "健全", "已完成", "满意度指标", "服务对象满意度指标",
             "群众满意度", "≥90%", "95%"]  # fmt: skip
    (form,) = parse_text("\n".join([*head, *table]), "x.txt").forms
    rows = [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]
    assert ("周边环境质量", "逐步提高", "达标") in rows
    assert ("资源节约利用水平", "健全", "已完成") in rows
    assert all(name not in ("已完成", "健全已完成") for name, _, _ in rows)


def test_a_name_a_character_narrower_than_bracketed_wrapped_names_is_whole():
    # the names wrap at their column's width on lines that hold brackets, which print narrower
    # than a character's half; a name of Chinese alone that leaves a character's room beside
    # the narrowest such line is whole, and the next line is its target's first (read as the
    # name's rest, the target lost its head: 度规定)
    table = [*TABLE[:8], "产出指标", "数量指标", "对保障村(社区)两委机构", "正常运行的影响程度",
             "效果明显", "达成预期指标", "20.00", "20.00", "质量指标", "经费审批流程规范性",
             "严格执行相关制", "度规定", "达成预期指标", "20.00", "20.00", "时效指标",
             "提高村(社区)干部工作积", "极性的影响程度", "效果明显", "达成预期指标", "20.00",
             "20.00", *TABLE[31:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["经费审批流程规范性"]["target"] == "严格执行相关制度规定"
    assert rows["对保障村(社区)两委机构正常运行的影响程度"]["target"] == "效果明显"
    assert rows["提高村(社区)干部工作积极性的影响程度"]["actual"] == "达成预期指标"


def test_a_line_of_a_number_and_its_unit_apart_is_one_cell():
    # pdftotext prints each cell as a block (a blank line after it): a value printed with a
    # space before its unit (500 吨, 2 小时) is the cell's own, not a number and another cell
    table = [*TABLE]
    table[table.index("≥500吨")] = "500 吨"
    table[table.index("520吨")] = "520 吨"
    table[table.index("有效保障")] = "2 小时"
    table[table.index("有效保障")] = "2 小时"
    (form,) = parse_text("\n\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["储备粮规模"]["target"], rows["储备粮规模"]["actual"]) == ("500 吨", "520 吨")
    row = rows["粮食市场供应保障"]
    assert (row["target"], row["actual"], row["weight"]) == ("2 小时", "2 小时", 20)
    assert "吨" not in {row["name"] for row in form["indicators"]}  # (no unit a row of its own)
    # points with 分 after them, or a number and a value's word (10 无: the points, then a
    # reason), are two cells
    assert not goes_on("10", "分") and not goes_on("10", "无")
    assert goes_on("10", "台套") and values_whole(["≥10", "台套", "10"]) == ["≥10 台套", "10"]


def test_a_form_whose_names_hold_spaces_on_many_lines_is_still_one_cell_a_line():
    # a form whose own names hold spaces (县级储备粮管理制 度 as the unit typed them) prints
    # them on a tenth of its lines: still a cell a line, each space inside a cell
    spaced = [("县级储备粮库存粮 食", "明显变质比例"), ("县级储备粮贷款付 息", "及时率"),
              ("县级储备粮应急保 障", "率"), ("国家政策性粮收购 价", "格执行率"),
              ("县级储备粮库存成 本", "核算率"), ("政策性挂账利息补 贴", "保障率"),
              ("储备粮管理专户管 理", "完成率"), ("粮食储备设备维 护及", "安全性")]  # fmt: skip
    table = [*TABLE[:41], "时效指标"]
    for k, (head, rest) in enumerate(spaced):
        table += [head, rest, f"≥9{k}%", "99%", "0.00", "0.00"]
    text = "\n".join([*HEAD, *table, *TABLE[41:]])
    lines = [line for line in text.split("\n") if line]
    assert sum(" " in line for line in lines) > 0.05 * len(lines)
    joined, _ = from_cell_lines(text)
    assert "县级储备粮贷款付息" in joined.split("\n")
    (form,) = parse_text(text, "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert "县级储备粮贷款付息及时率" in names and "国家政策性粮收购价格执行率" in names


def test_a_reason_the_same_as_the_actual_before_it_is_no_reason():
    # a row printing no points, its name wrapped over two lines and its target and actual the
    # same word (高 | 高): read with the name's rest as its target, the second 高 was its reason
    table = [*TABLE[:22], "可持续影响", "指标", "粮食储备设备维护及", "安全性", "高", "高",
             *TABLE[31:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["粮食储备设备维护及安全性"]
    assert (row["target"], row["actual"], row["deviation"]) == ("高", "高", None)


def test_words_after_a_row_that_prints_no_points_are_no_sure_reason():
    # rows printing no 分值 / 得分 under a row of a group's points (★补助… 10.00 10.00, its
    # items 梨树种植面积 6亩 6亩 …): the words after such a row may be its reason or the next
    # row's name, and a row with no points gives a reason about once in a hundred in the
    # labelled forms; they were read as 梨树种植面积's reason. No reason is given; a value where
    # the reason stands (a row read a cell off) is left for the guards
    table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", "产出指标", "数量指标", "★补助瓜果种植面积", "10.00",
             "10.00", "梨树种植面积", "6亩", "6亩", "桃种植面积", "1亩", "1亩", "葡萄种植面积",
             "4.5亩", "4.5亩", "★补助家禽养殖数量", "10.00", "10.00", "鸡养殖数量", "500只",
             "500只", "鸭养殖数量", "283只", "283只", "质量指标", "种植成活率", "≥90%", "95%",
             "30.00", "30.00", "效益指标", "社会效益指标", "带动农户增收", "明显", "明显",
             "30.00", "30.00", "满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "95%",
             "20.00", "20.00", "总分", "100.00", "100.00"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["梨树种植面积"]["target"], rows["梨树种植面积"]["actual"]) == ("6亩", "6亩")
    assert not any(row["deviation"] for row in form["indicators"])
    assert rows["种植成活率"]["weight"] == 30


def test_a_lone_zero_is_no_point_before_a_name_s_wrapped_rest():
    # a row printing no points: its name wrapped over two lines (建设环境空气质量自 / 动监测子站),
    # its target 11个 and its actual 0. Read as a score of 0 (the weight skipped), the 0 left
    # the name cut and its rest taken for the target; a point of 0 that stands alone, neither
    # a weight before a score nor a score after one, says nothing: the name is read whole, and
    # the 0 (an actual or a point?) leaves the values unplaced rather than misplaced
    table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", "产出指标", "数量指标", "建设环境空气质量自", "动监测子站",
             "11个", "0", "原计划建设内容不适合现状,已按程序调整。", "质量指标", "监测数据有效率",
             "≥90%", "95%", "总分"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    row = form["indicators"][0]
    assert row["name"] == "建设环境空气质量自动监测子站"
    assert row["target"] in (None, "11个") and row["actual"] in (None, "0")
    assert form["indicators"][1]["target"] == "≥90%"


def test_a_number_set_apart_inside_a_reason_s_line_is_no_cell_of_its_own():
    # PyMuPDF sets a number apart by spaces inside a sentence (全年认证受理 2180 件,数据不): read
    # at its spaces, the reason's line was cut into a name, a target and an actual (准确 | 3 |
    # 件,工作准确率有待提), and the rows after it lost their points. A number between a
    # sentence's words, on a line holding a sentence's mark, is the line's
    table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", "产出指标", "数量指标", "储备粮规模", "≥500吨", "520吨",
             "30.00", "30.00", "质量指标", "储备粮检验准确率", "≥97.00(%)", "99.86(%)",
             "30.00", "30.00", "全年认证受理 2180 件,数据不", "准确 3 件,工作准确率有待提",
             "高", "时效指标", "轮换完成及时率", "=100.00(%)", "100.00(%)", "20.00", "20.00",
             "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20.00", "20.00",
             "总分", "100.00", "100.00"]  # fmt: skip
    text = "\n".join([*HEAD, *table]) + "\n"
    joined, _ = from_cell_lines(text)
    assert "全年认证受理2180件,数据不" in joined.split("\n")
    (form,) = parse_text(text, "x.txt").contract_forms()
    rows = {row["name"]: (row["weight"], row["score"]) for row in form["indicators"]}
    assert rows == {
        "储备粮规模": (30, 30),
        "储备粮检验准确率": (30, 30),
        "轮换完成及时率": (20, 20),
        "群众满意度": (20, 20),
    }
    # (numbers apart with no sentence's mark on their line stay apart: two cells, 100.00
    # 100.00, or a value and its unit, 5 分钟)
    more = "\n".join([*HEAD, *table[:21], "100.00 100.00", "5 分钟", *table[21:]])
    lines = from_cell_lines(more)[0].split("\n")
    assert "100.00 100.00" in lines and "5 分钟" in lines


def test_a_latin_word_and_a_comma_s_space_inside_a_cell_s_line_are_the_cell_s():
    # PyMuPDF's spaces around a Latin word between Chinese words (经纪人 CA 密钥制作完成) and
    # after an ASCII comma (服务器问题导致无法登录, 建): read as gaps, the name and the reason
    # were cut into cells, and no row of the table was read with its points. No cell of a form
    # is a Latin word alone (a unit follows a number), and a comma goes on with its sentence
    table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", "产出指标", "数量指标", "交易数据清理完成率",
             "=100.00(%)", "100.00(%)", "10.00", "10.00", "经纪人 CA 密钥制作完成", "率",
             "=100.00(%)", "100.00(%)", "10.00", "10.00", "质量指标", "系统正常登录成功率",
             "=100.00(%)", "99.00(%)", "10.00", "9.00", "服务器问题导致无法登录, 建", "议及时维护",
             "满意度指标", "服务对象满意度指标", "用户满意度", "≥95.00(%)", "95.00(%)", "5.00",
             "5.00", "总分", "35.00", "34.00"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: (r["weight"], r["score"], r["deviation"]) for r in form["indicators"]}
    assert rows["经纪人CA密钥制作完成率"] == (10, 10, None)
    # (the comma and its space one full-width comma: as wide, and the same text under NFKC)
    assert rows["系统正常登录成功率"] == (10, 9, "服务器问题导致无法登录，建议及时维护")
    assert rows["用户满意度"] == (5, 5, None)


def test_a_reason_s_second_part_read_as_a_row_leaves_the_reason_out():
    # a reason over eight lines whose third, ending its first sentence, is short of the column
    # (…下降。): its lines up to there are read as the reason, and its second part (改进措施: …)
    # as a row of its own, which is no row (no name, no points) and is dropped. The reason
    # above it is then cut short, and where it ends is not known: left out, not given half.
    # (Since the thirty-ninth session a cell a line wraps over up to ten lines: the eight
    # lines are read as one reason, whole, and no second part is left to read as a row.)
    table = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", "产出指标", "数量指标", "热线受理办结率", "=100(%)",
             "100.00(%)", "5.00", "4.00", "原因: 全国经济发展受三年疫", "情影响, 导致群众购房意愿不",
             "强, 故话务咨询量随之下降。", "改进措施: 督查考核科将进一", "步收集市民群众的合理诉求,",
             "及时反馈到政策制定部门并做", "出相关政策的调整, 以提升群", "众购房热情。", "热线处理量",
             "≥30.00(万)", "23.00(万)", "5.00", "4.00", "质量指标", "培训人员到位率", "=100(%)",
             "100.00(%)", "5.00", "5.00", "总分", "15.00", "13.00"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: (r["weight"], r["score"], r["deviation"]) for r in form["indicators"]}
    reason = (
        "原因：全国经济发展受三年疫情影响，导致群众购房意愿不强，故话务咨询量随之下降。"
        "改进措施：督查考核科将进一步收集市民群众的合理诉求,及时反馈到政策制定部门并做出"
        "相关政策的调整，以提升群众购房热情。"
    )
    assert rows == {
        "热线受理办结率": (5, 4, reason),
        "热线处理量": (5, 4, None),
        "培训人员到位率": (5, 5, None),
    }


def test_a_target_wrapped_and_printed_again_as_its_actual_is_the_target_and_the_actual():
    # a table printing no points (分值 and 得分 blank): a target wrapped over three lines, the
    # actual the same three lines. Nothing after them holds the cells apart, but the lines
    # printed again say where the target ends (read without, the name took the target's first
    # lines and the target its last: 道路交通设施降低村民出行和农产品运输 | 成本)
    table = [*TABLE[:8], "产出指标", "数量指标", "新建道路", "524m", "524m", "效益指标",
             "经济效益", "指标", "道路交通设施", "降低村民出行", "和农产品运输", "成本",
             "降低村民出行", "和农产品运输", "成本", "社会效益", "指标", "村道养护",
             "提高村民收入", "提高村民收入", "总分", "100.00", "98.60"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: (r["target"], r["actual"]) for r in form["indicators"]}
    assert rows["道路交通设施"] == ("降低村民出行和农产品运输成本",) * 2
    assert rows["村道养护"] == ("提高村民收入",) * 2


def test_a_target_s_first_line_printed_again_ends_the_target():
    # a table with points whose last row a page cut after its actual's first lines: the target
    # wrapped over two lines, then its first line again (the actual printed as the target),
    # then the actual's cut rest. The first line again ends the target (read without, the
    # target kept its first line and the actual took the target's rest: 严格执行相关财 | 经法规
    # 制度); the stream's last line may be the first line's start, cut by the page
    table = [*TABLE[:22], "经费支出合规性", "严格执行相关财", "经法规制度", "严格执行相关财",
             "经法"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: (r["target"], r["actual"]) for r in form["indicators"]}
    assert rows["经费支出合规性"] == ("严格执行相关财经法规制度", "严格执行相关财经法")
    cut = [*TABLE[:22], "经费支出合规性", "严格执行相关财经法规", "制度", "严格执行相关财经法"]
    (form,) = parse_text("\n".join([*HEAD, *cut]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: (r["target"], r["actual"]) for r in form["indicators"]}
    assert rows["经费支出合规性"] == ("严格执行相关财经法规制度", "严格执行相关财经法")


def test_a_target_and_actual_that_may_be_one_cell_in_a_row_printing_no_points_are_left_out():
    # rows printing no points under a header with 分值 and 得分: a target wrapped over two
    # lines (its first as wide as the column's widest), an actual over three. Nothing after
    # them holds the cells apart: read as target | actual | reason, the target lost its rest
    # to the actual and the actual became the reason. Where the target ends is not known: the
    # target, the actual and the reason are left out, not given wrong
    table = [*TABLE[:15], "指标1:政府办基层医疗卫生机构实施国", "家基本药物制度覆盖率",
             "实施乡镇社区基层医疗", "机构37个。", "本年度已完成37个基层", "医疗机构基药补助制度",
             "实施。", "指标2:村卫生室实施国家基本药物制度", "实施基本药物制度补助", "村卫生室352个。",
             "本年度已完成352个村", "卫生室基药补助的实", "施。", *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: r for r in form["indicators"]}
    for name in (
        "指标1:政府办基层医疗卫生机构实施国家基本药物制度覆盖率",
        "指标2:村卫生室实施国家基本药物制度",
    ):
        row = rows[name]
        assert (row["target"], row["actual"], row["deviation"]) == (None, None, None)
    assert rows["储备粮规模"]["target"] == "≥500吨"


def test_a_value_printed_twice_running_is_the_target_and_the_actual():
    # a cell a line, a row printing its weight alone: its target and actual, the same words,
    # printed on one line with no space (2021年12月31日2021年12月31日). Read as one cell, the
    # name's rest was taken for the target and the doubled text for the actual
    table = [*TABLE[:15], "指标1:食品监管专项工作", "整体完成时间", "2021年12月31日2021年12月31日",
             "30.00", *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]) + "\n", "x.txt").contract_forms()
    rows = {r["name"]: (r["target"], r["actual"]) for r in form["indicators"]}
    assert rows["指标1:食品监管专项工作整体完成时间"] == ("2021年12月31日", "2021年12月31日")


def test_a_name_narrower_than_a_whole_name_above_ends_before_a_wrapped_target():
    # a cell a line, a row's actual a number (0, printed with the row's points): a name, then
    # two lines before it. Whether the name or the target wrapped the lines' own widths do not
    # tell (read as the name's, the target kept only its last line: 轮换完成及时性按计划时间内
    # | 完成); a name printed whole on one line elsewhere in the table, wider than the first line
    # by more than the next character, says the column holds that line's next character: the
    # name ended there, and the target is the two lines after it
    rows = ["产出指标", "数量指标", "储备粮规模", "≥500吨", "520", "30.00", "30.00",
            "质量指标", "储备粮质量检验合格率", "≥95%", "98", "30.00", "30.00", "时效指标",
            "轮换完成及时性", "按计划时间内", "完成", "0", "20.00", "0.00"]  # fmt: skip
    head = [*HEAD[:27], *HEAD[28:]]  # (the sample template's reader reads the form)
    (form,) = parse_text("\n".join([*head, *TABLE[:8], *rows, *TABLE[31:]]), "x.txt").forms
    assert form["reader"] == "layout"
    got = {r["actual"]: (r["name"], r["target"]) for r in form["indicators"]}
    assert got["0"] == ("轮换完成及时性", "按计划时间内完成")
    assert got["98"] == ("储备粮质量检验合格率", "≥95%")
    # no name on one line as wide: the name or the target may have wrapped, both are left out
    rows[8] = "储备粮质量"
    (form,) = parse_text("\n".join([*head, *TABLE[:8], *rows, *TABLE[31:]]), "x.txt").forms
    got = {r["actual"]: (r["name"], r["target"]) for r in form["indicators"]}
    assert got["0"] == (None, None)


def test_a_starred_name_wrapped_after_a_row_without_points_is_the_next_row_s_name():
    # a key indicator's name marked with a star (★), wrapped over two lines, after a sub-row
    # printing no points: its first line opens the next row (read as the sub-row's reason, the
    # row's name was its rest alone: 数量)
    table = [*TABLE[:13], "20.00", "20.00", "其中小麦储备规模", "≥300吨", "320吨",
             "★县级储备粮轮换", "数量", "≥100吨", "120吨", "10.00", "10.00",
             *TABLE[15:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert "数量" not in rows
    row = rows["★县级储备粮轮换数量"]
    assert (row["target"], row["actual"], row["weight"]) == ("≥100吨", "120吨", 10)
    assert rows["其中小麦储备规模"]["deviation"] is None


def test_a_name_s_rest_closed_by_a_unit_note_is_the_name_s():
    # a name wrapped over two lines whose rest ends in its unit note (…情况调 / 查(次)), after
    # a row printing one point: the first line opens the next row, not the row's reason (read
    # so, the row's name was its rest alone: 查(次))
    table = [*TABLE[:14], "储备粮轮换情况调", "查(次)", "≥4次", "4次", "10.00",
             *TABLE[15:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert "查(次)" not in rows
    row = rows["储备粮轮换情况调查(次)"]
    assert (row["target"], row["actual"]) == ("≥4次", "4次")
    assert rows["储备粮规模"]["deviation"] is None


def test_a_lone_row_s_name_rest_before_a_quantity_is_the_name_s():
    # a cell a line, a text cut after its first row, which prints no points: a name wrapped
    # over two lines, then a quantity. Nothing tells the cells apart: read as name | target |
    # actual, the name lost its rest to the target. The name is read whole; the quantity, its
    # target or its actual, is left out
    table = [*TABLE[:10], "县级储备粮轮换管理人", "员数量", "12", "储备粮质量检验合格",
             "率", "总分"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").contract_forms()
    (row,) = form["indicators"][:1]
    assert row["name"] == "县级储备粮轮换管理人员数量"
    assert (row["target"], row["actual"]) == (None, None)


def test_a_target_wider_than_the_line_after_it_is_the_one_wrapped():
    # a cell a line: a target wrapped over two lines, then a one-word actual. Read as a
    # target of one line and an actual wrapped over two, the actual's column would be
    # narrower than the target's line beside it: the target is the cell wrapped
    table = [*TABLE[:15], "质量指标", "维修面积", "1200平方米仓库", "全部维修", "好",
             "30.00", "30.00", *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["维修面积"]
    assert (row["target"], row["actual"]) == ("1200平方米仓库全部维修", "好")


def test_words_after_a_row_that_lost_no_point_open_the_next_row():
    # a cell a line: a short name after a row that lost no point, then a target wrapped over
    # two lines and a one-word actual. Read as the row above's reason (which no lost point
    # asks for), the name's place went to the target's first line
    table = [*TABLE[:15], "维修面积", "1200平方米仓库", "全部维修", "好", "30.00", "30.00",
             *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["维修面积"]
    assert (row["target"], row["actual"]) == ("1200平方米仓库全部维修", "好")
    assert rows["储备粮规模"]["deviation"] is None


def test_a_verdict_printed_twice_after_a_wrapped_name_is_the_target_and_the_actual():
    # a cell a line, a row printing its weight alone: a name wrapped over two lines, then its
    # target and actual, the same verdict (已完成 | 已完成). Read as the target's last line,
    # the first verdict took the name's rest for the target's head
    table = [*TABLE[:15], "指标1:开展储备粮轮换质量", "检查等专项工作", "已完成", "已完成",
             "30.00", *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["指标1:开展储备粮轮换质量检查等专项工作"]
    assert (row["target"], row["actual"]) == ("已完成", "已完成")


def test_a_short_note_cut_by_a_line_s_end_keeps_its_cell_whole():
    # a target wrapped inside its bracketed note (获得进口国(地 / 区)客户好评): no cell ends
    # between a note's two lines, so the note's first line is no name's rest (read so, the
    # name took it: 产品出口质量提升获得进口国(地)
    table = [*TABLE[:8], "产出指标", "数量指标", "出口企业户数", "≥20户", "22户", "20.00",
             "20.00", "质量指标", "产品出口质量提升", "获得进口国(地", "区)客户好评",
             "获进口国客户", "好评显著", "20.00", "20.00", *TABLE[22:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert "产品出口质量提升" in rows, list(rows)
    row = rows["产品出口质量提升"]
    # (where the target ends is not sure here: its lines and the actual's are as wide; left
    # out then, never a piece)
    assert row["target"] in (None, "获得进口国(地区)客户好评")
    assert row["actual"] in (None, "获进口国客户好评显著")


def test_a_form_whose_cells_hold_spaces_on_a_sixth_of_its_lines_is_still_one_cell_a_line():
    # a form whose own cells hold spaces on a sixth of its lines (企业满意 度, 获得进口国 (地:
    # a space before a note's bracket too) is still printed a cell a line: each space is the
    # cell's own, the note's bracket joined to the words before it
    spaced = [("出口企业户 数", "≥20 户", "22 户"), ("产品出口质 量提升", "获得进口国 (地", "区)好评"),
              ("展会参展企 业数", "≥5 家", "6 家"), ("企业培训覆 盖率", "≥90 %", "95 %"),
              ("出口订单履 约率", "≥95 %", "98 %"), ("企业满意 度", "≥90 %", "93 %")]  # fmt: skip
    table = [*TABLE[:8], "产出指标", "数量指标"]
    for name, target, actual in spaced:
        table += [name, target, actual, "10.00", "10.00"]
    table += TABLE[22:]
    text = "\n".join([*HEAD, *table])
    lines = [line for line in text.split("\n") if line]
    assert 0.15 < sum(" " in line for line in lines) / len(lines) <= 0.2
    joined, _ = from_cell_lines(text)
    assert "获得进口国(地" in joined.split("\n") and "企业培训覆盖率" in joined.split("\n")
    assert "≥20 户" in joined.split("\n")  # (a number and its unit are left as printed)


def test_a_name_cut_after_a_word_that_goes_on_takes_its_rest_back():
    # a name wrapped after 并 (完成设备采购并 / 按期支付资金), its rest read as the target and
    # the target, a bound, as the actual: a name ends in no word that joins or leads a phrase,
    # so the words are the name's rest and the bound its target
    table = [*TABLE[:8], "产出指标", "质量指标", "完成设备采购并", "按期支付资金", "=100",
             *TABLE[15:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    row = form["indicators"][0]
    assert (row["name"], row["target"], row["actual"]) == (
        "完成设备采购并按期支付资金",
        "=100",
        None,
    )
