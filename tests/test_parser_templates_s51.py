"""Left-outs of the template sweeps (scripts.sweep_templates) read by structure (session 51).

A document mirror runs every cell of a form together with no separator at all (corpus a03, h03,
d01). A row whose target and actual are both words, the actual saying the target was met
(…便利程度逐步提高已完成1010), has no mark where its name ends and its target begins: every cut
reads alike, so the row was left out whole, and with it the rows read after it in its group's
run. Its actual, 分值 and 得分 do not depend on that cut: they are read, its name and target
left out, where every row's 分值 is read and they add up to the 总分's (no row of the table left
out, so the row without a name stands in its own place)."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = (
    "项目支出绩效自评表（2023年度）项目名称城区绿道养护项目主管部门青川县住房和城乡建设局"
    "实施单位青川县园林绿化服务中心项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分"
    "年度资金总额12012012010100%10其中：当年财政拨款120120120—100%—上年结转资金—其他资金—"
    "年度总体目标预期目标实际完成情况完成绿道日常养护。完成绿道日常养护，设施完好。"
    "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
)
ROWS = (
    "产出指标数量指标养护绿道长度≥12公里12公里3030质量指标设施完好率≥95%97%2020"
    "效益指标社会效益指标市民出行条件稳步改善已完成1515绿道环境整洁度有效有效1515"
    "满意度指标服务对象满意度指标游园群众满意度≥90%93%1010"
)


def _rows(text: str) -> list[dict]:
    return parse_text(text, "t.txt").contract_forms()[0]["indicators"]


def test_a_row_of_words_run_together_gives_its_actual_and_points_without_its_name():
    rows = _rows(HEAD + ROWS + "总分100100")
    assert [r["name"] for r in rows] == [
        "养护绿道长度",
        "设施完好率",
        None,  # (市民出行条件 | 稳步改善, or 市民出行 | 条件稳步改善: nothing tells)
        "绿道环境整洁度",
        "游园群众满意度",
    ]
    unnamed = rows[2]
    assert (unnamed["level1"], unnamed["level2"]) == ("效益指标", "社会效益指标")
    assert (unnamed["target"], unnamed["actual"]) == (None, "已完成")
    assert (unnamed["weight"], unnamed["score"]) == (15.0, 15.0)
    # the row after it in its group's run, read whole as it was not before
    assert rows[3]["target"] == rows[3]["actual"] == "有效"


def test_the_row_without_its_name_is_left_out_where_the_points_do_not_add_up():
    # (总分 95: a row of 5 points may be left out; the row without a name could then stand in
    # its place, paired with another row's values)
    rows = _rows(HEAD + ROWS + "总分9595")
    assert None not in [r["name"] for r in rows]
    assert "绿道环境整洁度" in [r["name"] for r in rows]


def test_a_numbered_row_of_words_run_together_is_read_without_its_name():
    # the template's numbered names (指标1：…): the number opens the row, the words after it
    # still part anywhere between its name and its target
    numbered = (
        ROWS.replace("养护绿道长度", "指标1：养护绿道长度")
        .replace("设施完好率", "指标1：设施完好率")
        .replace("市民出行条件", "指标1：市民出行条件")
        .replace("绿道环境整洁度", "指标2：绿道环境整洁度")
        .replace("游园群众满意度", "指标1：游园群众满意度")
    )
    rows = _rows(HEAD + numbered + "总分100100")
    assert [r["name"] for r in rows] == [
        "指标1:养护绿道长度",
        "指标1:设施完好率",
        None,
        "指标2:绿道环境整洁度",
        "指标1:游园群众满意度",
    ]
    assert (rows[2]["actual"], rows[2]["weight"], rows[2]["score"]) == ("已完成", 15.0, 15.0)


# the 决策 / 过程 / 产出 / 效益 framework's table, each row's 二级 label printed on it
FRAMEWORK_ROWS = (
    "项目决策（10分）项目立项立项依据充分性-充分55项目立项立项程序规范性-规范55"
    "项目产出（40分）数量指标养护绿道长度≥12公里12公里2020数量指标养护桥梁座数≥3座3座2020"
    "项目效益（40分）社会效益指标市民出行改善率≥90%95%2020社会效益指标绿道环境整洁度有效有效2020"
)


def test_a_framework_label_printed_again_on_a_table_that_prints_labels_on_every_row():
    # 项目立项 after the row 立项依据充分性: printed again on its row, or 项目立项… the name's first
    # words? 数量指标 and 社会效益指标 printed again on each of their rows tell: the label
    rows = _rows(HEAD + FRAMEWORK_ROWS + "总分100100")
    assert [r["name"] for r in rows[:2]] == ["立项依据充分性", "立项程序规范性"]
    assert (rows[1]["level1"], rows[1]["level2"]) == ("项目决策", "项目立项")
    assert (rows[1]["actual"], rows[1]["weight"]) == ("规范", 5.0)


def test_the_framework_label_stays_in_doubt_where_a_label_holds_two_rows():
    # (游园群众满意度 and 沿线商户满意度 under one 服务对象满意度指标: the table does not print
    # every row's label, so 项目立项 may open the name: the row is left out)
    rows = _rows(
        HEAD
        + FRAMEWORK_ROWS.replace("2020项目效益（40分）", "1010项目效益（40分）")
        + "满意度指标服务对象满意度指标游园群众满意度≥90%93%55沿线商户满意度≥90%92%55"
        + "总分100100"
    )
    names = [r["name"] for r in rows]
    assert "立项程序规范性" not in names and "立项依据充分性" in names
