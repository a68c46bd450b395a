"""The parser on the real-world corpus (tests/fixtures/real): published forms of other provinces and
templates, hand-labelled before the parser read them, scored by shared/eval/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.parser import parse_file, parse_text
from pipelines.parser.generic import (
    Cell,
    _fund_columns,
    _fund_values,
    _said_once,
    _split_as_total,
    _unglue,
    _unit_amounts,
    agreed,
    cells_of,
    place,
    title_year,
)
from pipelines.parser.text import split_lines
from pipelines.parser.vocabulary import label_key, meaning
from scripts.scoring import figures, score

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
# What the parser reaches today (issue 11 asks for 0.98): a floor, so that a change that reads
# less of these forms, or reads a value wrong, fails here.
# (corpus A to E: 0.911 and 3 wrong values; corpus F adds f01 13, f04 10, f03 2, f07 2; after
# the branch p2 rules A to E give 1 wrong value, f01 7)
# (corpora G and H, 15 forms never seen, as first read: 0.70 with 61 wrong values and 0.71 with 8;
# corpora I and J, 5 more: 0.57 with 10 and 0.90 with 2; after this session's fixes the whole
# corpus of 65 forms reads 0.900 with the same 6 wrong values, f01's and a07's)
# (a07's 一级 read as the form groups it, by its points, since: 5 wrong values, all f01's pairing;
# and f01's row number 指标1 no longer taken into the label before it: no wrong value)
# (corpus K, 3 forms never seen (济南 历城区, 六安, 黄石): first read 0.842 with 3 wrong values, all
# k03's; after this session's fixes 1.000 with none, and the whole corpus of 68 forms 0.904 with 0)
# (corpus L, 2 forms never seen (宣城 禁毒, 石狮 看守所): first read 0.963 with no wrong value; after
# this session's fixes 1.000, and the whole corpus of 70 forms 0.908 with 0)
# (i02's 河北 header refined by its row of sub-columns, and the guards: 0.913, no wrong value)
# (corpus M, 5 forms never seen (重庆 忠县, 安徽 萧县 ×2 and 霍山, 四川 旺苍): first read 0.949 with 2
# wrong values, 4 of 5 loaded; after this session's fixes 0.984 with none, 5 of 5, and the whole
# corpus of 75 forms 0.920 with none)
# (corpus N, 2 forms never seen (滁州 人社局, 苏州 财政局 on a document site): first read 0.346 with
# 1 wrong value (n02's department `(单`, a label's note broken by a space), 2 of 2 loaded; n02 is a
# PDF whose names and values come in separate runs (as g08, c04): 0.248, its department now left
# out (a year printed before it), so quarantined; the whole corpus of 77 forms 0.897 with none)
# (corpus O, 3 forms (湖北 黄石 ×2, 内蒙古 巴彦淖尔's 2024 template): first read 0.850 with 13 wrong
# values, 12 of them the 2024 template's 指标性质 + 指标方向 columns; after 0.989 with none)
# (corpora P and Q, 7 forms never seen (深圳 街道's 专项债券 form, 天津 西青, 湖北 ×5): first reads 0.905
# with 2 wrong values and 0.654 with 8; after them 0.946 and 0.80 with one: q04's project name, run
# into its next label (…一次性开办费项目实施单位…), where the 项目 may end the name or open the
# label 项目实施单位; a name ends in 项目 more often (test_a_project_name_ending_in_xiangmu_…), and
# its labeller read this one the other way. The whole corpus of 87 forms: 0.900 with that one)
# (corpora R and S, 2 forms never seen (湖南 邵阳's 项目绩效自评报告表 run together in traditional
# characters, 天津 宝坻's 抗疫特别国债 form): first reads 0.912 with 2 wrong values (a label inside the
# title's note, (实施单位用); 主要内容 unknown) and 1.000; after 0.971 with none. 89 forms: 0.902)
# (2026-12-03, eleventh session: run-together rows (q02, q03, h05, h06) read by their structure: 0.908)
# (2026-12-04, seventeenth session: a year by its label, 项目年份 2017 (g03): 0.9096)
# (2026-12-05, thirtieth session: n02's department, the one word after the year that ends as an
# organisation's name, so n02 loaded: 0.9097; f01's names numbered 指标1 with no colon, and a
# one-character target said twice, 是是, in its run-together rows: 0.9136)
# (2026-12-05, thirty-first session: f06's money rows, a 得分 label printed among them: 0.9151;
# thirty-fourth: i01's last row, cut after its 二级 label, kept with its name begun, h04's
# 得分合计100。 and f03's 其他资金 note broken by a space: 0.9159; f04's 自评得分 printed after
# the header's label pairs: 0.9160; with the pdfplumber helper's rule for rows above a
# centred 二级 label, i01's last whole row, above its cut row's 社会效益指标, loses its 二级: 0.9159)
# (thirty-fifth session: h06's rows of words said twice, read where the table prints one row
# a line: 0.9173; g03's rows above its 一级 label, inside the 二级 group placed by points: 0.9183;
# f04's rows' numbers under its 自评得分 column, read as their scores: 0.9195; f03's 二级 label
# printed inside the indicator header, the header read past it: 0.9202)
# (thirty-sixth session: c04 and e03's points table before the indicator table, out of reading
# order, its whole rows read, and their money rows by the arithmetic ending at that table: 0.9250)
# (thirty-sixth session, another helper: f01's 项目总得分 and its 实施单位 / 项目负责人 pair, its
# row 是 | 基本达到; h05's sentence names' glued digits cut where the target is said twice: 0.9225; p01's bond
# money row, column labels on one line and values on the next, no row label: 0.9231; a11's
# 自评得分 with the next label run into its score: 0.9232; both together 0.9281; b07's run-together
# row read past its scoring-method sentence: 0.9283; i01's row under a label opening its group
# keeps it, the line print's only change its marks, no cell centred: 0.9285)
# (thirty-seventh session, goals helper: the one text under 年度总体目标 with no column label, closed
# by the indicator table, is the planned goal (f01, h05): 0.9286; the one text between that heading
# and an achieved goal's label, no planned-goal label printed (h04): 0.9287; the same goal text twice
# after the indicator header's first word, the goal heading right before it (d02): 0.9290; with the
# rows helper's i01: 0.9292; real3 helper: b09's run-together row whose actual ran into its reason,
# 100%无没有轮换…, keeps its name and percent target, the actual left out: 0.9297)
# (thirty-eighth session: h05's cost row named by its amount, 38.75万元, its glued digits cut where
# the target is that amount: 0.9307; b06's first form, its indicator header lost, its rows read in
# the common template's order where each row shows that shape: 0.9325; a run-together text cut in
# the name of the row its group labels open, h05 and b07, that name read: 0.9333; d02's money values
# before their row labels cut where each row closes with one cell after its rate: 0.9334)
# (thirty-ninth session: q04's points table run together by OCR, 决策依据22 …, read where the rows'
# 分值 close each group's points: 0.9362; e03's points rows whose rule's words and points stand
# between their 分值 and 得分, read where every group's sum then holds: 0.9377; f01's bare 生态效益
# run in between a row's points and the next numbered name, 指标1…, cut there: 0.9387; q04's
# total score whose cell opens with its label's colon, 自评总分 | :98项目: 0.9388; q04's project
# name run into 项目实施单位 cut before the 项目, the form printing its department's label with
# 项目 too (项目主管单位), the template's family: 0.9390 and no wrong value; q04's money line by
# sources run together, 4.918.423.323.31(X)%, cut where 4.9 + 18.4 = 23.3, its 合计: 0.9392;
# f06's goal printed in both columns, wrapped at other widths and taken by turns: 0.9395; f01's
# last run cut in its name after its 一级's points and a 二级 without 指标, (20分)服务对象满意度…:
# 0.9399; a12's 二级 printed without its 指标 before a numbered name, 社会效益 | 指标1:…: 0.9401;
# a12's 二级 wrapped around its one numbered row, 服务对象满 | 指标1:… | 意度指标: 0.9402)
# (fortieth session: m03's text cut in its last row, ★… 10 9, keeps the 分值 that both its
# readings give where the table prints every 得分 with its 分值: 0.9403; a08's 其中 row printing
# the total's two amounts and dashes, placed nowhere by its own reading, takes the total's
# columns for them: 0.9405)
# (forty-first session: h02's text cut inside its 其中 row, 915,000.00 915,000.0, keeps the whole
# cell that is the total's in its column and drops the one cut short: 0.9406; a cut last row's
# reading with its target blank dropped where every row above prints its target, g04's 20 20
# and g03's 生态效益 提: 0.9410, reverted in the review: the same texts cut at every third word
# gave 5 new wrong values, q05's 二级 read as a cut row's name, a08's 10 as an actual)
# (forty-first session, corpus T: 2 forms never seen (宁德 福安's 市級財政項目支出績效自評表 cover,
# 武汉 蔡甸's 区级 項目績效自評表), both traditional characters with pinyin: first read 0.6731 with 2
# wrong values (t01's department and unit taken from the 評價層次 checkbox options) and 0.94 / 0.60;
# the whole corpus of 91 forms 0.9348 with those 2 wrong values: new unseen forms, not a regression;
# then a run-together cover's identity label that the same cell prints again with its colon
# further on is a checkbox option's word, not cut at (t01 1.0000): 0.9351, no wrong value)
# (both together, the cut rows' rules and corpus T: 0.9357; without the reverted rule 0.9353)
# (forty-second session: t02's run-together rows each ending in the verdict that the target was
# met, 不低于95%达成预期指标, cut at the verdicts, a bare 二级 such as 产出数量 opening a piece:
# 0.9415; its 合计 row of a money table by sources run together, 合计6363100%, cut where 执行数 /
# 预算数 is the rate: 0.9419, t02 1.0000)
# (forty-second session: c04's 主管单位 with no value beside 实施单位's name said twice, and its
# project's name the one name-shaped text after an empty 项目名称 (c04 loads): 0.9355; c04's and
# e03's planned goal, a numbered list after 项目年度目标 past the money cells printed between:
# 0.9358; d02's numbered rows printed a column at a time, names then targets then actual / 分值 /
# 得分 groups, placed by the rows' own numbers: 0.9373, no wrong value)
# (both merged: 0.9439)
# (a11's run-together framework table: its OCR-garbled 分值 header word read where the rows'
# points add up to two groups' printed points, a label's points note run into the next row cut
# off, an actual of clauses after a dash closing its run: 0.9480, no wrong value)
# (a11's groups none of whose rows was read, their 分值 run into their targets' numbers, cut
# where exactly one cut adds up to the group's printed points: 0.9509, no wrong value)
# (forty-third session: q04's run-together header 年终完成值 / 复核分 / 评价标准 read, each row's
# criteria after its 得分 cut out, and a row whose actual and 得分 ran together after its target's
# unit read with both left out: 0.9520, no wrong value)
# (forty-third session: f01's numbered rows whose target and actual OCR garbled give name, 分值
# and 得分, a 分值 glued to its target's digits cut where the 一级's points leave one cut; a
# numbered row printing no points read where its 一级's other rows fill the points: 0.9546, no
# wrong value; both together: 0.9557)
# (a11 again: its OCR'd group labels with a look-alike character (顼目产出, 项Fl实施) cut out
# of the run, the 决策 rows read where their 分值 add up to the group's printed points, words
# closed by a stop said twice, the name the text ends in: 0.9576, no wrong value; with the
# forty-third session's q04 and f01 rules: 0.9623)
# (g08's 总分 after its late rows' cells: the last number, the sum of the 一级 labels' printed
# points, read as the total's score in a table with no 分值 column: 0.9558, no wrong value)
# (b10's second form: its 年初预算数 the first of two copies of the arithmetic's 全年预算数 printed
# right after the money header, its 执行数 another amount: 0.9559, no wrong value; with the a11,
# q04 and f01 rules: 0.9626)
# (g08's rows read by the widths of their wrapped lines: a row printed whole whose target and
# actual wrapped, the last rows printed as label, name and target with their actuals and scores
# after 总分, and the 一级 of the rows above by those rows' points: 0.9647, no wrong value)
# (forty-fifth session: f01's 可持续影响 row, which lost a point, takes the words run in after its
# 得分 up to the next group label as its reason, no full stop needed: 0.9649)
# (forty-sixth session: o03's cut text ending in a bare 指标 on the line after a whole 二级 label,
# 时效指标 / 指标, keeps it as that group's last row's name begun: 0.9651, no wrong value)
# (forty-seventh session: c04 / e03's two-line header flattened onto one line read (年初指 年终完
# … 标值 成值), only the rows printing their target and actual the same, a wrapped one with its
# name's rest and its twin rests (里 里): 0.9651 -> 0.9661, no wrong value)
# (forty-eighth session: corpus V, 0 forms never seen: its 48 searches of the pages corpus kept no
# form (SOURCES.md, corpus V), so nothing was read and the corpus (91 forms, 89 loaded) and this
# floor are unchanged: 0.9661, no wrong value)
# (forty-eighth session: in that flattened template, a group label printed before the table's
# first row, nothing else before its name, is that row's 二级 (e03's 数量指标 15 分 采购设备), its
# 一级 the framework's where printed: 0.9661 -> 0.9663, no wrong value)
# (the same session: a form scoring its sections in a 自评得分 column down its right side gives the
# money section, printed as label and value pairs, the number after its last pair as its score
# (f04's 预算数: 2.38 执行数: 2.38 | 20): 0.9663 -> 0.9665, no wrong value)
# (2026-12-07, forty-ninth session: a cut text's last row whose 得分 would take its 一级 group's
# scores past the points its label prints is read as its target and actual (g04's 20 | 20 under
# 产出指标(40分), 28 scored above it): 0.9665 -> 0.9666, no wrong value)
# (2026-12-07, fiftieth session: a numbered OCR'd row printing the same percent twice, each
# after a garbled sign (80% | ^80%, 250% | 5=50%), cut at the target's percent (f01 +4):
# 0.9666 -> 0.9672, no wrong value; a11's OCR'd money line, 年初预匏数 | 调整预算 | 全年执行数 |
# 执行率 | (B/A)64.864.864.8100%, its total's three amounts and rate cut where exactly one cut
# fits the rate, a header cell one character off a money column's label counted as that column:
# 0.9677, no wrong value; f01's money figures run into the cells around them, (A)300 |
# …自治区补助300万元 | 259.45万元 | 86.5%市县资金, given to the total's arithmetic (the one pair of
# amounts fitting the printed rate): 0.9681, no wrong value; o03's 其他资金 rate printed 0 on a
# row of one cell a column whose amounts say 100%, read as printed (zero either way): 0.9682)
MIN_ACCURACY = 0.9682
MAX_WRONG = 0
# forms loaded of the corpus's 91 (2026-12-05, thirtieth session: n02's department read after a
# year printed before it, so loaded: 85 -> 86; c01 prints its 主管部门 and 实施单位 blank: no
# identity as issue 11 defines it (项目名称 plus 主管部门 or 实施单位), so it stays quarantined;
# forty-first session: corpus T's 2 forms both loaded: 86 -> 88; forty-second session: c04's
# identity read, loaded: 88 -> 89)
MIN_LOADED = 89


def _score(tmp_path: Path) -> str:
    for text in sorted((REAL / "forms").glob("*.txt")):
        out = subprocess.run(
            [sys.executable, "-m", "pipelines", "parse", "--format", "json", str(text)],
            capture_output=True,
            cwd=ROOT,
            check=False,
        )
        assert out.returncode in (0, 1), out.stderr.decode()
        (tmp_path / f"{text.stem}.json").write_bytes(out.stdout)
    return score(REAL / "gold", tmp_path)


def test_corpus_is_complete():
    texts = sorted(p.stem for p in (REAL / "forms").glob("*.txt"))
    golds = sorted(p.stem for p in (REAL / "gold").glob("*.json"))
    assert texts == golds and len(texts) >= 20
    forms = [
        f for g in (REAL / "gold").glob("*.json") for f in json.loads(g.read_text(encoding="utf-8"))
    ]
    assert len(forms) >= 20
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name in texts)


@pytest.mark.integration
def test_accuracy_on_the_real_corpus(tmp_path):
    report = _score(tmp_path)
    accuracy, wrong = figures(report)
    assert accuracy >= MIN_ACCURACY, report
    assert wrong <= MAX_WRONG, report
    # (the JSON holds what was read of a quarantined form too, for the scorer: loaded forms are
    # the parser's own count)
    loaded = sum(len(parse_file(p).forms) for p in (REAL / "forms").glob("*.txt"))
    assert loaded >= MIN_LOADED, f"{loaded} forms loaded"


def test_a_form_of_another_template_loads_with_what_was_read():
    # Sichuan's 510000 template, one cell per line: read by structure, not quarantined
    result = parse_file(REAL / "forms" / "a01_sichuan.txt")
    assert not result.errors and len(result.forms) == 1
    form = result.forms[0]
    assert (
        form["project_name"].endswith("工资性支出")
        and form["department"]
        and form["implementing_unit"]
    )
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        251.89,
        251.89,
        100.0,
    )
    assert form["indicators"][0]["target"] == "=100%"  # 指标性质 + 指标值 + 度量单位
    assert "total" not in form["missing_parts"] and "goals" not in form["missing_parts"]
    # the same form's cells one a line with a blank line between its rows and the empty cells
    # dropped: the 度量单位 cell (%) of a row whose 完成值 is blank is no 完成值
    rows = [
        [c.strip() for c in line.split("|") if c.strip()]
        for line in (REAL / "forms" / "a01_sichuan.txt").read_text("utf-8").splitlines()
    ]
    flat = "\n\n".join("\n".join(row) for row in rows if row)
    (other,) = parse_text(flat, "a01.txt").forms
    assert [(r["target"], r["actual"]) for r in other["indicators"][:2]] == [("=100%", None)] * 2


def test_a_value_printed_twice_over_is_said_once():
    # two cells of one text run together (a scrambled page's 主管部门 and 实施单位): kept once,
    # and the label of the other copy is not guessed
    assert _said_once("某市交通运输局 某市交通运输局") == "某市交通运输局"
    assert _said_once("某市交通运输局 某市财政局") == "某市交通运输局 某市财政局"
    assert _said_once("某某 项目 某某 项目") == "某某 项目 某某 项目"


def test_a_second_level_group_with_no_rows_of_its_own_is_not_a_first_level():
    from pipelines.parser.generic import _apply_labels

    # 时效指标 (its rows' cells dropped) then 成本指标 with the row: 产出指标 stays the 一级
    assert _apply_labels(["时效指标", "成本指标"], "产出指标", "质量指标") == (
        "产出指标",
        "成本指标",
    )
    assert _apply_labels(["产出指标", "成本指标"], "效益指标", None) == ("产出指标", "成本指标")


def test_a_layout_reading_with_an_operator_or_a_header_in_a_name_is_doubted():
    from pipelines.parser.generic import doubtful

    def form(name):
        return {"indicators": [{"name": name, "target": "100%", "actual": "100%"}]}

    assert doubtful(form("资金到位及时率≧")) and doubtful(form("指标性质度量单位学生受资助人数"))
    assert not doubtful(form("资金到位及时率"))
    # a template's placeholder, a points note or a group label as a name
    assert all(map(doubtful, map(form, ["指标２：", "……", "（10分）", "产出指标（50分）"])))
    assert not doubtful(form("指标完成率"))


def test_a_money_row_ends_at_words_after_its_numbers():
    from pipelines.parser.generic import _join_row_labels, _row_values

    cells = [Cell(t, 1) for t in ["年度资金总额", "10", "10", "其中:当年财政", "拨款", "8", "8"]]
    cells = _join_row_labels(cells)
    assert [c.text for c in cells][3] == "其中:当年财政拨款"
    assert _row_values(cells, 1, len(cells), ["annual_budget", "executed"]) == (["10", "10"], 3)
    words = [Cell(t, 1) for t in ["总额", "10", "10", "某某说明", "8"]]
    assert _row_values(words, 1, 5, ["annual_budget", "executed"]) == (["10", "10"], 5)
    assert _row_values(words, 1, 5, ["annual_budget", "executed", "other"])[0][-1] == "某某说明"


def test_a_run_of_one_row_gives_its_name_when_its_numbers_cannot_be_cut():
    from pipelines.parser.generic import _name_of_one_row

    # 2020: 20 | 20 or 202 | 0? The numbers are left out, the name is not in doubt
    assert _name_of_one_row("建设普通省道二级公路32.1公里2020") == "建设普通省道二级公路32.1公里"
    assert _name_of_one_row("按期完成投资1010") == "按期完成投资"
    # numbers not printed twice over: the words may hold a target or an actual
    assert _name_of_one_row("补贴渔船数6620") is None
    # words after the numbers (another row, or an actual in words): no single row
    assert _name_of_one_row("按期完成投资1010完成") is None
    # a group label inside: the text of more than one row
    assert _name_of_one_row("社会效益指标基本公共服务水平1010") is None
    assert _name_of_one_row("意指斥满度打服务对象满意度退捕渔民满意度90%") is None
    # 指标 alone is a word names hold
    assert _name_of_one_row("食品安全指标达标率100100") == "食品安全指标达标率"
    # a target's sign or its unit note after a number is no part of a name
    assert _name_of_one_row("大数据分析报告=1.00(份)1.00(份)8.008.00") is None


def test_a_numbered_goal_heading_is_no_part_of_a_row_run_together():
    from pipelines.parser.generic import _is_heading

    assert _is_heading("年度绩效目标2(40分)") and _is_heading("年初目标值(A)")
    # a money label inside a name is not a heading (县级储备粮管理制度严格执行率)
    assert not _is_heading("执行率") and not _is_heading("整编资料审核98%98%19.6")


def test_a_cell_that_opens_with_a_numbered_heading_is_the_next_part():
    from pipelines.parser.generic import _opens_with_heading

    assert _opens_with_heading("2.项目实施内容及过程概述2023年购买13台电脑")
    assert not _opens_with_heading("2.完成项目实施")
    assert not _opens_with_heading("项目实施内容及过程概述")  # (a label alone is found as such)


def test_a_total_row_run_together_is_cut_after_the_100_the_weights_add_up_to():
    from pipelines.parser.generic import _total_glued

    assert _total_glued("100100注:1.一级指标分值") == (100.0, 100.0)
    assert _total_glued("10096.5") == (100.0, 96.5)
    # no 100 first, a score over 100, or nothing after it: left out
    assert _total_glued("9590") is None and _total_glued("100105") is None
    assert _total_glued("100") is None and _total_glued("1000") is None


def test_labels_are_normalised_before_lookup():
    assert label_key("其中：财政资金") == "财政资金"
    assert label_key("全年预算数（A）") == "全年预算数"
    assert label_key("1.项目年度目标") == "项目年度目标"
    assert meaning("实施单位 (盖章)", "identity") == "implementing_unit"
    assert meaning("调整后预算数", "fund_columns") == "annual_budget"
    assert (
        meaning("分值", "indicator_columns") == "weight"
        and meaning("分值", "fund_columns") == "weight"
    )
    assert meaning("某某项目", "identity") is None


def test_cells_of_each_separator_style():
    one_per_line = "项目名称 |\n某项目 |\n|\n主管部门 |\n"
    assert [c.text for c in cells_of(split_lines(one_per_line))] == [
        "项目名称",
        "某项目",
        "",
        "主管部门",
    ]
    markdown = "| 总额 | 1 | | 3 | ||||\n"
    assert [c.text for c in cells_of(split_lines(markdown))] == ["总额", "1", "", "3"]
    bars_between = "项目名称\n|\n某项目\n|\n预算执行情况(万元)\n(20分)\n|\n主管部门\n|\n某局\n|\n"
    assert [c.text for c in cells_of(split_lines(bars_between))] == [
        "项目名称",
        "某项目",
        "预算执行情况(万元)(20分)",
        "主管部门",
        "某局",
    ]


def test_placement_keeps_only_what_every_best_reading_agrees_on():
    columns = ["initial_budget", "annual_budget", "executed", "execution_rate"]
    # three amounts, one rate: exact
    assert agreed(place(["1", "2", "2", "100%"], columns, {}), columns)["execution_rate"] == "100%"
    # two amounts under three amount columns: which column is blank cannot be told from shapes…
    chosen = agreed(place(["2", "2", "100%"], columns, {}), columns)
    assert (
        chosen["execution_rate"] == "100%"
        and chosen["executed"] is None
        and chosen["initial_budget"] is None
    )
    # …but the rate they print confirms budget and executed, so a money row takes that reading
    assert _fund_values(["2", "2", "100%"], columns) == {
        "annual_budget": 2.0,
        "executed": 2.0,
        "execution_rate": 100.0,
    }
    # and a rate the amounts contradict is not a rate
    row = _fund_values(
        ["880", "880", "880", "10", "10"],
        [
            "initial_budget",
            "annual_budget",
            "executed",
            "fund_weight",
            "execution_rate",
            "fund_score",
        ],
    )
    assert row["weight"] == 10.0 and row["score"] == 10.0 and "execution_rate" not in row


SIX = ["initial_budget", "annual_budget", "executed", "fund_weight", "execution_rate", "fund_score"]


def test_a_row_under_the_total_has_no_points_of_its_own():
    # three amounts under 年初/全年/执行 of a table that also has 分值/执行率/得分
    assert _fund_values(["90", "89.974", "89.974"], SIX, sub_row=True) == {
        "initial_budget": 90.0,
        "annual_budget": 89.974,
        "executed": 89.974,
    }
    # the total row may hold points: which three of its six columns the values stand in is
    # not known, so none is placed (not even the first, which may be the 全年 with 年初 blank)
    assert _fund_values(["90", "89.974", "89.974"], SIX) == {}
    # a dash is a printed blank, maybe the sub row's 分值 or 得分: nothing is assumed then
    assert "executed" not in _fund_values(["0", "0", "—"], SIX, sub_row=True)


def test_the_points_of_the_money_section_are_read_when_joined_to_the_first_column():
    # 预算执行情况(万元)(20分)预算数(A)…: the run-together cut leaves the heading's notes on
    # the first column's label
    cells = [Cell(t, 1) for t in ["预算执行情况", "(万元)(20分)预算数", "(A)执行数", "执行率"]]
    assert _fund_columns(cells) == (["annual_budget", "executed", "execution_rate"], 20.0)
    # a points note after another column is that column's formula, not the section's
    cells = [Cell(t, 1) for t in ["预算数", "执行数", "得分", "(20分*执行率)"]]
    assert _fund_columns(cells)[1] is None


def test_values_before_their_rows_are_cut_where_the_rows_print_as_many_cells():
    from pipelines.parser.generic import _split_orphans

    values = ["65.66", "65.07", "10", "99%", "9", "65.66", "65.07", "—", "99%", "—"]
    total, sub = _split_orphans(values, 2, SIX)
    assert total["score"] == 9.0 and total["weight"] == 10.0
    assert sub["annual_budget"] == 65.66 and sub.get("score") is None


def test_a_sub_row_of_the_totals_amounts_takes_the_totals_columns():
    from pipelines.parser.generic import _as_total

    total = {"initial_budget": None, "annual_budget": 387.5, "executed": 380.0}
    row = {"initial_budget": 387.5, "annual_budget": None, "executed": None}
    assert _as_total(["387.5", "380", "—", "—"], row, total) == {
        "initial_budget": None,
        "annual_budget": 387.5,
        "executed": 380.0,
    }
    # other amounts, or as many placed already: nothing changes
    assert _as_total(["387.5", "300", "—"], row, total) == {}
    placed = {"initial_budget": None, "annual_budget": 387.5, "executed": 380.0}
    assert _as_total(["387.5", "380"], placed, total) == {}


def test_a_rate_printed_as_zero_where_nothing_was_spent_is_zero():
    row = _fund_values(["0", "0", "0", "10", "0", "0"], SIX)
    assert row["execution_rate"] == 0.0 and row["weight"] == 10.0
    # but not where something was spent
    assert _fund_values(["5", "5", "5", "10", "0", "0"], SIX).get("execution_rate") is None


def test_numbers_run_together_are_cut_only_where_the_arithmetic_confirms():
    columns = ["annual_budget", "executed", "fund_weight", "execution_rate", "fund_score"]
    assert _unglue("202010100.00%10", columns) == {
        "annual_budget": 20.0,
        "executed": 20.0,
        "weight": 10.0,
        "execution_rate": 100.0,
        "score": 10.0,
    }
    # no rate to check against: left out rather than guessed
    assert _unglue("2020", ["annual_budget", "executed"]) == {}


SIX_MONEY_COLUMNS = [
    "initial_budget",
    "annual_budget",
    "executed",
    "fund_weight",
    "execution_rate",
    "fund_score",
]


def test_amounts_run_together_with_thousands_separators_or_a_ratio_are_cut():
    # thousands separators; of the cuts that add up (23,025.5 | 423,025.54 also does), the one
    # whose amounts share their decimals
    assert _unglue("23,025.5423,025.5423,025.5410100%10", SIX_MONEY_COLUMNS) == {
        "initial_budget": 23025.54,
        "annual_budget": 23025.54,
        "executed": 23025.54,
        "weight": 10.0,
        "execution_rate": 100.0,
        "score": 10.0,
    }
    # a rate printed as a ratio with four decimals (0.9221 for 92.21%)
    assert _unglue("25682.0325682.0323681.39100.92219.22", SIX_MONEY_COLUMNS) == {
        "initial_budget": 25682.03,
        "annual_budget": 25682.03,
        "executed": 23681.39,
        "weight": 10.0,
        "execution_rate": 92.21,
        "score": 9.22,
    }
    # digits no one amount can be (8.5e25): cut; 855900085 | 5900085 | 5900010 | 1 | 1 | 0 adds
    # up too, but its score is not its weight times its rate
    assert _fund_values(["85590008559000855900010110其中："], SIX_MONEY_COLUMNS) == {
        "initial_budget": 8559000.0,
        "annual_budget": 8559000.0,
        "executed": 8559000.0,
        "weight": 10.0,
        "execution_rate": 100.0,
        "score": 10.0,
    }
    # a number of the row after the run (its rate, after a dash): no ratio is read inside the
    # run, where 25195.1 | 125195.1 | 125195.1 | 1 would add up; the rate after the dash is
    # the row's, cut with the amounts (since the thirtieth session; nothing was placed before)
    assert _fund_values(["25195.1125195.1125195.11—100%"], SIX_MONEY_COLUMNS, sub_row=True) == {
        "initial_budget": 25195.11,
        "annual_budget": 25195.11,
        "executed": 25195.11,
        "execution_rate": 100.0,
    }
    assert _fund_values(["338.25338.25336.21—0.994"], SIX_MONEY_COLUMNS, sub_row=True) == {}


def test_a_rate_column_headed_percent_reads_its_bare_numbers_as_percents():
    # 执行率(%) prints 99.00 for 99%: in a run of digits it is cut as a percent and checked so
    run = "31.1531.1530.8410.0099.009.90"
    assert _unglue(run, SIX_MONEY_COLUMNS, "percent") == {
        "initial_budget": 31.15,
        "annual_budget": 31.15,
        "executed": 30.84,
        "weight": 10.0,
        "execution_rate": 99.0,
        "score": 9.9,
    }
    # without the header's (%), no rate without % above 1.5 is read in a run: left out
    assert _unglue(run, SIX_MONEY_COLUMNS) == {}
    # the header's note cut off into its own cell (labels run together) still counts
    from pipelines.parser import parse_text

    text = (
        "项目支出绩效自评表（2023年度）\n项目名称某某经费\n主管部门某某局实施单位某某中心\n"
        "项目资金(万元)年初预算数全年预算数全年执行数分值执行率(%)得分\n"
        f"年度资金总额:{run}\n其中:当年财政拨款\n上年结转资金\n其他资金\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["funds"][0]["execution_rate"] == 99.0


def test_amounts_printed_with_their_unit_and_run_together_are_cut_at_the_unit():
    columns = ["annual_budget", "executed", "execution_rate", "fund_score"]
    assert _fund_values(["10万10万100%20年度"], columns) == {
        "annual_budget": 10.0,
        "executed": 10.0,
        "execution_rate": 100.0,
        "score": 20.0,
    }
    # a cell that is not only amounts and their units stays as it is (not a money value)
    assert _unit_amounts(["约10万人"]) == ["约10万人"]


def test_a_sub_row_run_together_is_cut_only_where_it_repeats_the_total():
    columns = ["annual_budget", "executed", "fund_weight", "execution_rate", "fund_score"]
    total = _fund_values([":310.2154.741050%5"], columns)
    assert total["annual_budget"] == 310.2 and total["executed"] == 154.74
    assert _split_as_total("310.2154.74", columns, total) == {
        "annual_budget": 310.2,
        "executed": 154.74,
    }
    # amounts the total does not print are not cut at all
    assert _split_as_total("300.2154.74", columns, total) == {}
    # a run that reads as one number, but more than the total's amounts, is two of them
    # (2020 under a total of 20 | 20)
    total = {"initial_budget": None, "annual_budget": 20.0, "executed": 20.0}
    assert _split_as_total("2020", columns, total) == {"annual_budget": 20.0, "executed": 20.0}
    assert _split_as_total("20", columns, total) == {}


def test_the_year_above_a_form_is_taken_only_when_every_mention_agrees():
    def lines(*texts):
        return split_lines("\n".join(texts))

    assert title_year(lines("某某局2020年度_第1页", "填报日期:2021年4月")) == 2020
    assert title_year(lines("2020年度项目", "2021年度预算")) is None
    assert title_year(lines("填报日期:2021年4月")) is None


def test_traditional_characters_and_pinyin_are_read_and_given_back_as_printed():
    from pipelines.parser import parse_text

    text = (
        "2020年度項(xiàng)目支出績效自評表\n| 項(xiàng)目名稱 | 某某經費 |\n"
        "| 主管部門 | 麗江市自然資源局 | 實施單位 | 麗江市古城區自然資源局 |\n"
        "| 項(xiàng)目資金 (萬元) | 年初預算數 | 全年預算數 | 全年執行數 | 分值 | 執行率 | 得分 |\n"
        "| 年度資金總額 | 7.29 | 7.29 | 7.29 | 10.00 | 100% | 10.00 |\n"
    )
    (form,) = parse_text(text, "t.txt").forms
    assert form["project_name"] == "某某經費"  # traditional, as printed
    assert (
        form["department"] == "麗江市自然資源局"
        and form["implementing_unit"] == "麗江市古城區自然資源局"
    )
    assert form["amount_unit"] == "万元" and form["year"] == 2020  # the contract's own words
    assert form["funds"][0]["annual_budget"] == 7.29 and form["funds"][0]["execution_rate"] == 100.0


def test_a_character_a_traditional_page_printed_simplified_stays_simplified():
    # 不少于 in a page of traditional characters: the value as printed, not 不少於
    from pipelines.parser.script import restore, to_simplified

    printed = "績效指標 數量指標 公眾號運維 不少于800篇 800篇 8"
    simple, back = to_simplified(printed)
    assert restore("不少于800篇", back, simple, printed) == "不少于800篇"
    assert restore("公众号运维", back, simple, printed) == "公眾號運維"


def test_pinyin_annotations_stay_in_values_as_printed():
    from pipelines.parser.script import strip_pinyin, with_pinyin

    printed = "項(xiàng)目名稱 衛(wèi)片執(zhí)法 (A)"
    stripped, cuts = strip_pinyin(printed)
    assert stripped == "項目名稱 衛片執法 (A)"  # an ASCII note without tone marks is no pinyin
    assert with_pinyin("衛片執法", stripped, printed, cuts) == "衛(wèi)片執(zhí)法"
    assert strip_pinyin("no annotations (km)") == ("no annotations (km)", None)
    # the annotation after the last character of the cell before belongs to that cell
    printed = "指標(biāo)質(zhì)量指標(biāo)"
    stripped, cuts = strip_pinyin(printed)
    assert with_pinyin("質量指標", stripped, printed, cuts) == "質(zhì)量指標(biāo)"
    # in full-width brackets too (a converter that prints every bracket full-width)
    printed = "項（xiàng）目名稱 衛（wèi）片執法（A）"
    stripped, cuts = strip_pinyin(printed)
    assert stripped == "項目名稱 衛片執法（A）"
    assert with_pinyin("衛片執法", stripped, printed, cuts) == "衛（wèi）片執法"


def test_money_in_full_width_digits_is_read():
    from pipelines.parser import parse_text

    # some converters print digits and % full-width (１００％); a row's cells run together are
    # cut by the same arithmetic as in ASCII digits
    for total in ("７.２９７.２９１００％", "7.297.29100%"):
        text = (
            "项目支出绩效自评表\n项目名称 某某经费\n主管部门 某某局 实施单位 某某中心\n"
            f"项目资金（万元） 全年预算数 全年执行数 执行率\n年度资金总额{total}\n"
        )
        (form,) = parse_text(text, "t.txt").forms
        row = form["funds"][0]
        assert (row["annual_budget"], row["executed"], row["execution_rate"]) == (7.29, 7.29, 100)


def test_identity_takes_the_most_specific_label_and_no_heading_numbering_as_a_goal():
    from pipelines.parser import parse_text

    text = (
        "2020年度项目绩效自评表\n单位名称:某某工作科\n项目名称\t某某补贴\n主管部门\t某某局\n"
        "项目实施单位\t某某科\n年度绩效目标1(40分)\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["implementing_unit"] == "某某科" and form["department"] == "某某局"
    assert form["goal_planned"] is None


def test_two_goal_texts_apart_by_a_dotted_leader():
    from pipelines.parser import parse_text

    text = (
        "项目支出绩效自评表\n项目名称 某某经费 主管部门 某某局 实施单位 某某中心 "
        "年度总体目标 预期目标 实际完成情况 申请资金20万元, 用于某某 工作。 .. ........ "
        "完成资金19万元。 绩效指标\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["goal_planned"] == "申请资金20万元, 用于某某 工作。"
    assert form["goal_actual"] == "完成资金19万元。"


def test_a_label_inside_a_sentence_does_not_cut_it():
    text = "项目名称某某经费主管部门某某局实施单位某某中心年度总体目标按照年初设定目标,完成某某工作"
    cells = [c.text for c in cells_of(split_lines(text))]
    assert "年初设定目标" not in cells and any("按照年初设定目标," in c for c in cells)


def test_rows_run_together_are_cut_only_where_one_reading_fits():
    from pipelines.parser.generic import _unrun

    columns = ["name", "weight", "target", "actual", "score"]
    assert _unrun("项目(工程)验收合格率20100%100%20", columns) == [
        {
            "name": "项目(工程)验收合格率",
            "weight": "20",
            "target": "100%",
            "actual": "100%",
            "score": "20",
        }
    ]
    two = _unrun("安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10", columns)
    assert [r["name"] for r in two] == ["安装坡面水标尺", "水标尺宽度"]
    # no reading fits (a name must end in a word, the numbers must fill the row): left out
    assert _unrun("满意度1010", columns) is None


def test_rows_run_together_under_a_split_target_header_skip_the_header_printed_again():
    from pipelines.parser.generic import read_run_rows

    # 指标性质 / 指标值 / 度量单位 run together as one target does (=3人); the header printed
    # again after a page break (一级指标 二级指标 三级指标 …) is no group of the rows after it
    texts = ["产出指标", "数量指标", "配备人员=3人=3人33", "质量指标", "设备完好率≥98%100%44"]
    texts += ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值"]
    texts += ["验收合格率≥98%99%55"]
    columns = ["level1", "level2", "name", "nature", "target", "unit", "actual", "weight"]
    rows = read_run_rows([Cell(t, 1) for t in texts], [*columns, "score", "deviation"])
    assert [(r["level2"], r["name"], r["target"], r["actual"], r["score"]) for r in rows] == [
        ("数量指标", "配备人员", "=3人", "=3人", 3.0),
        ("质量指标", "设备完好率", "≥98%", "100%", 4.0),
        ("质量指标", "验收合格率", "≥98%", "99%", 5.0),
    ]


def test_group_labels_run_into_a_row_are_its_groups_and_not_its_name():
    from pipelines.parser.generic import _split_runs, read_run_rows

    # 服务对象满意度指标等: the 等 (etc.) is the label's, no name opens with it
    cut = _split_runs([Cell("满意度指标服务对象满意度指标等学生满意度≧95%100%1010", 1)])
    assert [c.text for c in cut] == ["满意度指标", "服务对象满意度指标等", "学生满意度≧95%100%1010"]
    # a 二级 label run into the row's name is the group of that row and of the rows after it;
    # ═ is how some PDFs print =
    texts = ["效益指标", "经济效益指标", "成本节约率═5%5%1010"]
    texts += ["社会效益指标政策知晓率═100%98%109", "群众知晓度≥90%95%1010"]
    rows = read_run_rows(
        [Cell(t, 1) for t in texts], ["name", "target", "actual", "weight", "score"]
    )
    assert [(r["level2"], r["name"], r["target"], r["score"]) for r in rows] == [
        ("经济效益指标", "成本节约率", "═5%", 10.0),
        ("社会效益指标", "政策知晓率", "═100%", 9.0),
        ("社会效益指标", "群众知晓度", "≥90%", 10.0),
    ]
    # a name's own words ending in 指标 are not a label of the framework: kept whole
    rows = read_run_rows(
        [Cell("食品安全指标达标率100%100%1010", 1)], ["name", "target", "actual", "weight", "score"]
    )
    assert rows[0]["name"] == "食品安全指标达标率"


def test_rows_run_together_with_their_reasons_and_word_values():
    from pipelines.parser.generic import _unrun

    columns = ["name", "target", "actual", "weight", "score"]
    # a reason ended by 。 after a row's points is that row's (no name holds 。)
    rows = _unrun(
        "支付及时率≥90%=78%107.5资金未到位导致采购推迟，将加强沟通。完好率≥98%100%44", columns
    )
    assert [(r["name"], r.get("deviation")) for r in rows] == [
        ("支付及时率", "资金未到位导致采购推迟，将加强沟通。"),
        ("完好率", None),
    ]
    # a target and an actual that are the same words are read where they are
    rows = _unrun("服务保障能力显著提升显著提升88完成率≥100%=100%1212", columns)
    assert [(r["name"], r["target"], r["actual"], r["score"]) for r in rows] == [
        ("服务保障能力", "显著提升", "显著提升", "8"),
        ("完成率", "≥100%", "=100%", "12"),
    ]
    # different words (有效 | 达标): where one ends is not known, the run is left out; and a
    # name never swallows a row's points between words (…达成指标66公共服务水平)
    assert _unrun("长效管理机制有效达标66", columns) is None
    assert _unrun("便利程度提升达成指标66公共服务水平有效有效88", columns) is None
    # without points, rows of words are not read at all (a name could swallow the row before)
    assert _unrun("设备维护及安全性高高", ["name", "target", "actual"]) is None
    # the page's number run in after its last row is no part of it
    from pipelines.parser.generic import read_run_rows

    rows = read_run_rows([Cell("完好率≥98%=98%1212第 1 页 共 2 页", 1)], columns)
    assert [(r["name"], r["score"]) for r in rows] == [("完好率", 12.0)]


def test_a_run_no_reading_takes_whole_gives_the_rows_of_its_beginning():
    from pipelines.parser.generic import _unrun, read_run_rows
    from pipelines.parser.labels import is_label

    columns = ["name", "target", "actual"]
    # the second row's actual is a word (无) and its reason runs on without a sentence's end:
    # no reading takes the run whole, but its first row is bounded on both sides
    text = "利息费用保障率100%100%挂账利息补贴保障率100%无没有轮换、动用库存"
    assert _unrun(text, columns) is None
    # (and the second row, its rest: a name of words, a percent target, then words alone, gives
    # its name and target, its actual left out: where 无 ends is not known)
    assert _unrun(text, columns, prefix=True) == [
        {"name": "利息费用保障率", "target": "100%", "actual": "100%"},
        {"name": "挂账利息补贴保障率", "target": "100%"},
    ]
    # a note run in after the table's last row (说明无注:1、…) is no row
    assert [r["name"] for r in _unrun("发生数0起0起满意度90%100%说明无注:1、", columns, True)] == [
        "发生数",
        "满意度",
    ]
    # the words after a reason ended by 。 may be more of it: the rows end before the reason
    points = ["name", "target", "actual", "weight", "score"]
    rows = _unrun("满意度≥90%95%108有待提升。将加强沟通", points, prefix=True)
    assert rows == [
        {"name": "满意度", "target": "≥90%", "actual": "95%", "weight": "10", "score": "8"}
    ]
    # a row cut off after its name and target is not read; the row before it is
    assert _unrun("完好率≥98%100%44满意度90", points, prefix=True) == [
        {"name": "完好率", "target": "≥98%", "actual": "100%", "weight": "4", "score": "4"}
    ]
    # a beginning with several readings (98 | 989, 989 | 89 …) gives nothing
    assert _unrun("完好率98989满意度", columns, prefix=True) is None
    # in a table, a line of words alone after the run may be its last name's wrapped tail:
    # the run's beginning is not read then (the run as a whole still is)
    body = [Cell("数据服务清单≥98%100%44无偏差", 1), Cell("数据准确率", 2)]
    assert read_run_rows(body, points) == []
    body = [Cell("数据服务清单≥98%100%44无偏差", 1), Cell("完好率≥98%100%44", 2)]
    assert [r["name"] for r in read_run_rows(body, points)] == ["数据服务清单", "完好率"]
    # a label broken before its last character leaves 标 on the next: no label opens with it
    assert is_label("管理者满意度指标") and not is_label("标满意度指标")


def test_rows_without_points_are_cut_where_each_actual_is_in_its_targets_unit():
    from pipelines.parser.generic import _unrun

    columns = ["name", "target", "actual"]
    rows = _unrun("安全事件发生数0起0起市民满意度调查90%100%", columns)
    assert rows == [
        {"name": "安全事件发生数", "target": "0起", "actual": "0起"},
        {"name": "市民满意度调查", "target": "90%", "actual": "100%"},
    ]
    # 00 is two numbers (no number starts with 0 and goes on), and the first name may start
    # with a number
    assert _unrun("5000吨储备到位率100%100%变质比例00", columns) == [
        {"name": "5000吨储备到位率", "target": "100%", "actual": "100%"},
        {"name": "变质比例", "target": "0", "actual": "0"},
    ]
    # a target in one unit and an actual in another: no reading to trust
    assert _unrun("事件发生数0起0次满意度90%100%", columns) is None


def test_a_run_together_page_loses_its_chunk_markers_and_finds_its_spaced_labels():
    # a document-sharing site's text: one long line per chunk, numbered 1、 2、, spaces inside words
    text = (
        "1、2020年度专项资金绩效目标自评表专项资金名称某某储备县级主管部门某某局实施单位某某股"
        "项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额10.010.0100%绩 效 指 标"
        "一级 指标二级 指标三级指标年度指标 值全年 完成值产 出 指 标数量 指标储备到位率100%\n"
        "2、100%质量 指标管理制度严格执行率100%100%合格率100%100%满意度 指标服务对象满意度指标"
        "群众满意度90%95%\n"
    )
    cells = cells_of(split_lines(text))
    texts = [c.text for c in cells]
    assert not any(t.startswith("2、") for t in texts)
    assert "一级 指标" in texts and "产 出 指 标" in texts
    from pipelines.parser import parse_text

    (form,) = parse_text(text, "x.txt").forms
    assert [(r["level2"], r["name"], r["target"], r["actual"]) for r in form["indicators"]] == [
        ("数量指标", "储备到位率", "100%", "100%"),
        ("质量指标", "管理制度严格执行率", "100%", "100%"),
        ("质量指标", "合格率", "100%", "100%"),
        ("服务对象满意度指标", "群众满意度", "90%", "95%"),
    ]


def test_markdown_rows_with_bare_bar_lines_and_a_row_broken_over_two_lines():
    # a 部门决算 table flattened to markdown rows, with `|` lines between blocks (not the
    # one-cell-per-line style), ≧/═ as 指标性质, one row broken after its target, and the 总分
    # row with its grade after a closing label
    from pipelines.parser import parse_text

    text = (
        "2022年度项目支出绩效自评表 | 部门:某某中学 |\n|\n|\n|\n"
        "| 项目名称 | 某某专项资金 | 主管部门 | 某某局 | 实施单位 | 某某中学 |\n"
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
        "| 产出指标 | 数量指标 | 受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |\n"
        "| 质量指标 | 覆盖率 | ═ | 100 | % | 100% | 10 | 9 |\n"
        "| 效益指标 | 经济效益 指标 | 减轻家庭负担 | 有效 |\n"
        "| 有效 | 10 | 10 |\n"
        "| 其他需要说明事项 | 无 | 总分 | 30 | 29 | 优 |\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    rows = [
        (r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in form["indicators"]
    ]
    assert rows == [
        ("受资助人数", "≧735人次", "735", 10.0, 10.0),
        ("覆盖率", "═100%", "100%", 10.0, 9.0),
        ("减轻家庭负担", "有效", "有效", 10.0, 10.0),
    ]
    assert (form["total_weight"], form["total_score"], form["grade"]) == (30.0, 29.0, "优")


def test_a_transfer_payment_form_with_its_lines_run_together():
    # 转移支付 wordings; a line that holds two labels and their values; a money row's label run
    # into its numbers; a header run together in a form whose other cells stand apart
    from pipelines.parser import parse_text

    text = (
        "某某补助资金绩效目标自评表\n(2021年度)\n"
        "转移支付(项目)名称某某补助资金(省道建设)\n中央主管部门财政部\n"
        "地方主管部门某某市交通运输局资金使用单位某某市公路中心\n项目资金\n(万元)\n\n"
        "全年预算数(A)全年执行数(B)预算执行率(B/A)\n年度资金总额:40004000100%\n其他资金\n\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert (form["year"], form["project_name"], form["department"], form["implementing_unit"]) == (
        2021,
        "某某补助资金(省道建设)",
        "某某市交通运输局",
        "某某市公路中心",
    )
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        4000.0,
        4000.0,
        100.0,
    )


def test_a_run_of_digits_is_cut_where_something_was_spent():
    columns = ["annual_budget", "executed", "execution_rate"]
    # 400040001 | 0 | 0% adds up too, but 0 spent checks against any budget
    assert _unglue("40004000100%", columns) == {
        "annual_budget": 4000.0,
        "executed": 4000.0,
        "execution_rate": 100.0,
    }


def test_numbered_rows_of_a_scrambled_spreadsheet_take_their_values_in_order():
    from pipelines.parser.generic import read_numbered_rows

    def rows(text):
        # (a line of a form whose identity labels stand apart: its words are its cells)
        cells = cells_of(split_lines("项目名称 某某 主管部门 某某局 实施单位 某某中心 " + text))
        found, totals = read_numbered_rows(cells, 0, len(cells))
        return [
            (r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in found
        ], totals

    # one row prints the values of the three after it, and the 总分 pair: in printed order
    moved, totals = rows(
        "数量指标 指标1:资金是否全部纳 入 100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 "
        "95% 95% 10 9 100 94 成本指标 指标1:配套资金每人每年 效益指 标(30 分) "
        "指标1:是否解决看病难问题 满意度 指标 指标1:是否满意 (10分 意度指标 ) 总分"
    )
    assert moved == [
        ("指标1:资金是否全部纳 入", "100%", "100%", 10.0, 10.0),
        ("指标1:配套资金每人每年", "75元", "75元", 10.0, 10.0),
        ("指标1:是否解决看病难问题", "95%", "95%", 30.0, 27.0),
        ("指标1:是否满意", "95%", "95%", 10.0, 9.0),
    ]
    assert totals == (100.0, 94.0)
    # a row without values before one with two rows' worth; a unit printed apart
    held, _ = rows(
        "指标7:接种证 221人 221人 2 2 指标8:发放资料 不少于12 种 14种 1 1 "
        "指标24:事件报告 数 指标25:签约率 14例 14例 2 2 24694人 22584人 2 1.7"
    )
    assert held == [
        ("指标7:接种证", "221人", "221人", 2.0, 2.0),
        ("指标8:发放资料", "不少于12 种", "14种", 1.0, 1.0),
        ("指标24:事件报告 数", "14例", "14例", 2.0, 2.0),
        ("指标25:签约率", "24694人", "22584人", 2.0, 1.7),
    ]
    # groups and rows that are not as many: no value is placed
    uneven, _ = rows("指标1:甲 1人 1人 2 2 3人 3人 2 2 指标2:乙 4人 4人 2 2 指标3:丙 5人 5人 2 2")
    assert uneven[0][1:] == (None, None, None, None) and uneven[1][1:] == (None, None, None, None)
    assert uneven[2] == ("指标3:丙", "5人", "5人", 2.0, 2.0)


def _numbered_levels(table: str) -> list[tuple]:
    """(一级, 二级) of each numbered row read from a line of a form's words (its cells)."""
    from pipelines.parser.generic import read_numbered_rows

    cells = cells_of(split_lines("项目名称 某某 主管部门 某某局 实施单位 某某中心 " + table))
    found, _ = read_numbered_rows(cells, 0, len(cells))
    return [(r["level1"], r["level2"]) for r in found]


def test_numbered_rows_after_a_column_of_three_group_labels_take_no_2nd_level():
    # the 二级 labels printed as one column before the rows (a text box each): which rows are
    # whose cannot be told, so the rows keep the 一级 the three share and no 二级
    assert (
        _numbered_levels(
            "数量指 标 质量指 标 时效指 标 三级指标 指标1:甲件数 大于等于1次 "
            "指标2:乙个数 小于等于2个 指标1:丙合格率 等于100% 指标2:丁及时率 等于100%"
        )
        == [("产出指标", None)] * 4
    )


def test_cost_label_then_a_second_level_of_another_first_level_is_no_pair():
    # 成本指标 (a label of either level) then 经济效益指标 (a 二级 of 效益指标) before a row: two
    # groups' labels printed together, not a 一级 and its 二级; which is the row's is unknown
    assert _numbered_levels(
        "三级指标 时效指标 指标1:甲及时率 成本指标 经济效益指 标 指标1:乙控制率 "
        "指标1:丙节约额 社会效益指 标 指标1:丁覆盖率"
    ) == [
        ("产出指标", "时效指标"),
        (None, None),
        (None, None),
        ("效益指标", "社会效益指标"),
    ]


def test_a_pdf_text_out_of_reading_order_pairs_values_and_names_only_when_as_many():
    # a district's PDF text layer: each money row's values before its label, the implementing
    # unit after the money table began, every indicator row's values before the names
    from pipelines.parser import parse_text

    text = (
        "财政项目支出绩效自评表 (2022 年度) 某某结算费用 项目名称 主管部门 某某区体育局 "
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 "
        "250000.00 250000.00 215457.6 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) "
        "某某区体育 事业管理中心 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 86.19% 实际完成情况 "
        "已完成费用结算。 一级指标 二级指标 数量指标 三级指标 与运营方结算完成 年度 指标值 实际 完成值 "
        "分值 得分 =100% 100% 10 10 及时 及时 20 18 100 28 率 产出指标 时效指标 费用结算及时性 总分 -1-\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["implementing_unit"] == "某某区体育 事业管理中心"
    total, grant = form["funds"][0], form["funds"][1]
    assert (total["annual_budget"], total["executed"], total["weight"], total["score"]) == (
        250000.0,
        215457.6,
        10.0,
        8.62,
    )
    # printed far from its row, placed by the row's arithmetic (215457.6 / 250000 = 86.18%,
    # the only printed rate that fits, to a hundredth)
    assert total["execution_rate"] == 86.19
    assert (grant["annual_budget"], grant["executed"]) == (250000.0, 215457.6)
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in form["indicators"]
    ]
    # one 二级 label per row, as many as the names: paired in printed order too
    assert rows == [
        ("数量指标", "与运营方结算完成率", "=100%", "100%", 10.0, 10.0),
        ("时效指标", "费用结算及时性", "及时", "及时", 20.0, 18.0),
    ]
    assert [r["level1"] for r in form["indicators"]] == ["产出指标", "产出指标"]
    assert (form["total_weight"], form["total_score"]) == (100.0, 28.0)


def test_scrambled_values_and_names_that_are_not_as_many_are_not_paired():
    from pipelines.parser.generic import read_scrambled_rows

    cells = cells_of(
        split_lines(
            "项目名称 某 主管部门 某局 实施单位 某中心 甲指标名称 =100% 100% 10 10 及时 及时 20 20"
        )
    )
    rows, _ = read_scrambled_rows(cells[6:])
    assert rows == []  # two rows of values, one name: none is paired


def test_scrambled_values_read_as_a_row_only_with_points_a_share_of_100():
    from pipelines.parser.generic import Cell, read_scrambled_rows

    # a cell a line: rows of a name, a target, an actual and one point each (the 分值 column
    # blank), then the group labels' pieces; 乙 | 11442 | 4164 | 7.30 read as a target, an
    # actual, a 分值 and a 得分 would pair each name with the next row's values
    texts = [
        "甲项目数(个)",
        "15",
        "6",
        "8.00",
        "乙人数(人)",
        "11442",
        "4164",
        "7.30",
        "丙产值(%)",
        "8000",
        "12767.36",
        "31.90",
        "丁收入(元)",
        "1980",
        "2074",
        "10.50",
        "满意度(%)",
        "90",
        "100",
        "11.10",
        "经济效益",
        "指标",
        "服务对象",
        "满意度指",
        "标",
    ]
    rows, _ = read_scrambled_rows([Cell(text, no) for no, text in enumerate(texts, 1)])
    assert all(r["weight"] is None or r["weight"] <= 100 for r in rows)
    assert not any(r["target"] == "乙人数(人)" for r in rows)


def test_numbers_a_space_sets_apart_are_never_read_as_one():
    from pipelines.parser.generic import _spaced_numbers, _squeeze, _unrun

    columns = ["name", "target", "actual", "weight", "score"]
    text = _squeeze("满意度评价样本量 >=500 1500 10 10 审计报告合格率 =100% 100% 15 15")
    assert _unrun(text, columns) == [
        {
            "name": "满意度评价样本量",
            "target": ">=500",
            "actual": "1500",
            "weight": "10",
            "score": "10",
        },
        {
            "name": "审计报告合格率",
            "target": "=100%",
            "actual": "100%",
            "weight": "15",
            "score": "15",
        },
    ]
    assert _spaced_numbers(["100 98.98", "总分"]) == ["100", "98.98", "总分"]
    # a space inside a word (a wrap) is no boundary
    assert _squeeze("500吨成 品粮储备到位率100%") == "500吨成品粮储备到位率100%"


NATIONAL_FORM = """项目支出绩效自评表
（2022年度）
{identity}
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t100\t100\t90\t10\t90%\t9
\t其中：当年财政拨款\t100\t100\t90\t—\t90%\t—
\t上年结转资金\t\t\t\t—\t\t—
\t其他资金\t\t\t\t—\t\t—
年度总体目标\t预期目标\t实际完成情况
\t完成某某工作。\t已完成某某工作。
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t完成数量\t≥10个\t12个\t50\t50\t
\t效益指标\t社会效益指标\t群众受益\t明显\t明显\t30\t30\t
\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%\t10\t10\t
总分\t\t\t\t\t\t100\t99\t
"""


@pytest.mark.parametrize(
    "identity",
    [
        "项目名称\t某某经费\n主管部门\t某某局\t实施单位\t某某中心",
        "项目名称\t某某经费\n主管部门及代码\t某某局\t实施单位（盖章）\t某某中心",
        "项目名称\t某某经费\n预算部门\t某某局\t项目单位\t某某中心",
        "项目名称：某某经费主管部门：某某局实施单位：某某中心",
        # (cells apart by commas in a text not read as CSV: no comma is the value's)
        "项目名称,某某经费\n主管部门,某某局,实施单位,某某中心",
    ],
    ids=["national", "with notes", "other wording", "run together", "commas"],
)
def test_identity_wordings_of_other_templates_in_the_tab_layout(identity):
    # the tab layout of the samples with another template's identity labels: the layout reader
    # would read 及代码 / (盖章) / the next label into the values; such a reading is doubted and
    # the structure reader's is taken
    from pipelines.parser import parse_text

    (form,) = parse_text(NATIONAL_FORM.format(identity=identity), "x.txt").forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某经费",
        "某某局",
        "某某中心",
    )
    assert form["funds"][0]["executed"] == 90.0 and len(form["indicators"]) == 3
    assert (form["total_weight"], form["total_score"]) == (100.0, 99.0)


MONEY_HEADERS = {
    "A/B": "项目资金（万元）\t\t预算数(A)\t执行数(B)\t执行率(B/A)\t权重\t得分\n"
    "\t年度资金总额\t100\t90\t90%\t10\t9\n\t其中：财政资金\t100\t90\t90%\t\t",
    "rate as a ratio": "项目资金（万元）\t\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "\t年度资金总额\t100\t90\t10\t0.9\t9\n\t其中：当年财政拨款\t100\t90\t\t0.9\t",
}
INDICATOR_HEADERS = {
    "other wordings": "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因\n"
    "\t产出指标\t数量指标\t完成数量\t≥10个\t12个\t50\t50\t\n"
    "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t85%\t10\t8\t样本少",
    "分值 before the target": "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t"
    "未完成原因分析\n\t产出指标\t数量指标\t完成数量\t50\t≥10个\t12个\t50\t\n"
    "\t满意度指标\t服务对象满意度指标\t满意度\t10\t≥90%\t85%\t8\t样本少",
    "target over three cells": "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t"
    "实际完成值\t分值\t得分\t偏差原因\n\t产出指标\t数量指标\t完成数量\t≥\t10\t个\t12个\t50\t50\t\n"
    "\t满意度指标\t服务对象满意度指标\t满意度\t≥\t90\t%\t85%\t10\t8\t样本少",
}
# the national template with the plain identity labels, as most tests below print it
NATIONAL = NATIONAL_FORM.format(identity="项目名称\t某某经费\n主管部门\t某某局\t实施单位\t某某中心")
STANDARD_MONEY = NATIONAL_FORM.split("年度总体目标")[0].split("{identity}\n")[1].rstrip("\n")
STANDARD_INDICATORS = "绩效指标" + NATIONAL_FORM.split("绩效指标")[1].split("总分")[0].rstrip("\n")


SEPARATORS = {"tabs": "\t", "wide gaps": "    ", "one cell per line": "\n", "markdown": " | "}


def _read_on_one_line(text: str) -> dict:
    """The one form of ``text`` printed on one line (a page copied without its line ends)."""
    from pipelines.parser import parse_text

    (form,) = parse_text(" ".join(text.split()), "x.txt").forms
    return form


@pytest.mark.parametrize("money", ["standard", *MONEY_HEADERS])
@pytest.mark.parametrize("table", ["standard", *INDICATOR_HEADERS])
@pytest.mark.parametrize("separator", SEPARATORS)
def test_column_headers_of_other_templates_in_each_layout(money, table, separator):
    # the layout reader reads the samples' columns only: a money header without 全年预算/全年执行,
    # (the national template printed with tabs, wide gaps, one cell per line or markdown rows)
    # or an indicator header with 分值 before the target or the target over 指标性质 / 指标值 /
    # 度量单位, is left to the structure reader, which maps the columns from the header's words
    from pipelines.parser import parse_text

    text = NATIONAL
    if money != "standard":
        text = text.replace(STANDARD_MONEY, MONEY_HEADERS[money])
    if table != "standard":
        text = text.replace(STANDARD_INDICATORS, INDICATOR_HEADERS[table])
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (100, 90, 90)
    assert (total["weight"], total["score"]) == (10, 9)
    first, last = form["indicators"][0], form["indicators"][-1]
    assert (first["name"], first["target"], first["weight"], first["score"]) == (
        "完成数量",
        "≥10个",
        50,
        50,
    )
    assert last["name"] == "满意度" and last["target"] == "≥90%"


LABEL_WORDINGS = {
    "national": (
        "项目支出绩效自评表\n（2022年度）",
        "年度资金总额",
        "其中：当年财政拨款",
        "产出指标",
        "总分",
    ),
    "points on the group": (
        "2022年度项目支出绩效自评表",
        "资金总额",
        "其中：财政资金",
        "产出指标（50分）",
        "合计",
    ),
    "colon and unit": (
        "某某局2022年度项目支出绩效自评表",
        "年度资金总额（万元）：",
        "其中：本年财政拨款",
        "产出指标(50分)",
        "总  分",
    ),
}


@pytest.mark.parametrize("wording", LABEL_WORDINGS)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_label_wordings_of_other_templates_in_each_layout(wording, separator):
    # money-row, group and total labels as other templates word them (资金总额, 产出指标（50分）,
    # 合计), in each layout: read right, the group's points not part of its name
    from pipelines.parser import parse_text

    title, total, sub, level1, total_row = LABEL_WORDINGS[wording]
    text = (
        NATIONAL.replace("项目支出绩效自评表\n（2022年度）", title)
        .replace("\t年度资金总额", f"\t{total}")
        .replace("\t其中：当年财政拨款", f"\t{sub}")
        .replace("\t产出指标\t", f"\t{level1}\t")
        .replace("总分\t", f"{total_row}\t")
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert form["year"] == 2022 and form["project_name"] == "某某经费"
    assert [(f["annual_budget"], f["executed"]) for f in form["funds"][:2]] == [(100, 90)] * 2
    first = form["indicators"][0]
    assert (first["level1"], first["level2"], first["name"]) == ("产出指标", "数量指标", "完成数量")
    assert (form["total_weight"], form["total_score"]) == (100.0, 99.0)


WRAPPED_FORM = """项目支出绩效自评表
（2022年度）
项目名称\t某某经费
主管部门\t某某局\t实施单位\t某某中心
项目资金（万元）\t\t预算数(A)\t执行数(B)\t执行率(B/A)\t权重\t得分
\t年度资金总额\t100\t90\t90%\t10\t9
年度总体目标\t预期目标\t实际完成情况
\t完成某某工作，保障某某\t已完成某某工作，保障
\t运行。\t了某某运行。
绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因
\t产出指标\t数量指标\t完成某某设施建设数\t≥10个\t12个\t50\t50\t
\t\t\t量\t\t\t\t\t
\t效益指标\t社会效益指标\t群众受益\t明显\t明显\t30\t30\t
\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t85%\t10\t8\t样本少，下一年
\t\t\t\t\t\t\t\t扩大调查。
总分\t\t\t\t\t\t100\t98\t
"""


@pytest.mark.parametrize("layout", ["tabs", "markdown"])
def test_cells_wrapped_onto_a_line_of_their_own_in_a_table_of_columns(layout):
    # another template (read by structure) whose goals, a name and a reason wrapped in their
    # cells: each line of rest is joined to the cell above it, not read as a row of its own
    from pipelines.parser import parse_text

    text = WRAPPED_FORM
    if layout == "markdown":
        text = "\n".join("| " + line.replace("\t", " | ") + " |" for line in text.splitlines())
    (form,) = parse_text(text, "x.txt").forms
    assert form["goal_planned"] == "完成某某工作，保障某某运行。"
    assert form["goal_actual"] == "已完成某某工作，保障了某某运行。"
    assert [(r["name"], r["weight"], r["deviation"]) for r in form["indicators"]] == [
        ("完成某某设施建设数量", 50, None),
        ("群众受益", 30, None),
        ("满意度", 10, "样本少，下一年扩大调查。"),
    ]


def test_a_sentence_on_a_line_of_its_own_is_the_reason_above_not_a_row():
    # wide gaps keep no columns for the wrapped rest of a reason: a sentence with no values is
    # that reason's rest, never a row of its own
    from pipelines.parser import parse_text

    (form,) = parse_text(WRAPPED_FORM.replace("\t", "    "), "x.txt").forms
    assert [r["name"] for r in form["indicators"]] == ["完成某某设施建设数量", "群众受益", "满意度"]
    assert form["indicators"][-1]["deviation"] == "样本少，下一年扩大调查。"
    # and the two goals wrapped in their columns are each read whole
    assert form["goal_planned"] == "完成某某工作，保障某某运行。"
    assert form["goal_actual"] == "已完成某某工作，保障了某某运行。"


def test_a_header_naming_one_column_twice_places_without_failing():
    # a header broken out of order (实际 / 完成值 apart) can name the actual column twice;
    # placing a row on it gave a KeyError (found by tests/test_parser_properties.py)
    columns = ["name", "target", "actual", "actual", "weight", "score"]
    placements = place(["维护数量", "=3000盏", "=3000盏", "=3000盏", "20", "20"], columns, {})
    assert placements and all(set(p) <= set(columns) for p in placements)


@pytest.mark.parametrize("separator", SEPARATORS)
def test_the_date_a_form_was_filled_in_is_not_its_year(separator):
    # 填报日期 2023年3月 is the year after the one the form evaluates: no year, not 2023
    from pipelines.parser import parse_text

    form = NATIONAL
    for date, year in (("填报日期：2023年3月10日\n", None), ("2023-03-10\n（2022年度）\n", 2022)):
        text = form.replace("（2022年度）\n", date).replace("\t", SEPARATORS[separator])
        assert parse_text(text, "x.txt").forms[0]["year"] == year


def test_a_year_after_a_label_that_names_it_is_the_form_s_year():
    # 项目年份 2017 (a Suzhou template's identity row, the page flattened onto one line): the
    # year by its label, with no 年 after it; a bare number after another label is no year
    for label, year in (("项目年份", 2017), ("预算年度：", 2017), ("项目编号", None)):
        text = NATIONAL.replace("（2022年度）\n", f"{label} 2017\n")
        assert _read_on_one_line(text)["year"] == year


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_year_in_a_goal_is_not_the_year_of_the_title_above(separator):
    # the title run into the text before it (an attachment's OCR: 详情见附件…自评表（2022年度）)
    # is not a form's first line; a year in the goal's prose (我市2018年度…) is not its year
    from pipelines.parser import parse_text

    goals = "年度总体目标\t预期目标\t实际完成情况\n\t完成某某工作。\t已完成某某工作。\n"
    text = (
        NATIONAL.replace(goals, "")
        .replace("实施单位\t某某中心\n", "实施单位\t某某中心\n" + goals)
        .replace(STANDARD_MONEY, MONEY_HEADERS["A/B"])
        .replace(
            "项目支出绩效自评表\n（2022年度）\n",
            "详情见附件，以下为识别内容项目支出绩效自评表（2022年度）\n",
        )
        .replace("\t完成某某工作。", "\t完成我市2018年度某某工作。")
    )
    assert "实施单位\t某某中心\n年度总体目标" in text
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert form["year"] == 2022 and form["goal_planned"] == "完成我市2018年度某某工作。"


@pytest.mark.parametrize(
    "name, department, unit",
    [
        ("项目名称", "主管部门", "实施单位"),
        ("政策(项目)名称", "项目主管部门", "资金使用单位"),
        ("转移支付(项目)名称", "地方主管部门", "资金使用单位"),
        ("项目(政策)名称", "业务主管部门", "项目实施机构"),
        ("预算项目名称", "主管单位名称", "预算执行单位"),
        ("专项资金项目名称", "市级主管部门", "项目责任单位"),
    ],
)
def test_the_identity_under_the_labels_of_other_templates(name, department, unit):
    # without its identity a form is quarantined whole: each template's wording of the three
    from pipelines.parser import parse_text

    identity = f"{name}\t某某经费\n{department}\t某某局\t{unit}\t某某中心"
    (form,) = parse_text(NATIONAL_FORM.format(identity=identity), "x.txt").forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某经费",
        "某某局",
        "某某中心",
    )


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_header_with_last_years_value_the_scoring_rule_and_evidence_columns(separator):
    # a 新疆 template: 资金来源 heads the row labels, 分值权重 the points; the indicator table
    # adds 指标值设置依据, 上年完成值 (last year's value: never this year's actual), 指标赋分规则,
    # 佐证资料 and 完成率 between the columns of the contract
    from pipelines.parser import parse_text

    indicators = (
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t"
        "指标赋分规则\t佐证资料\t指标实际完成值\t完成率\t指标得分\t偏差原因分析及改进措施\n"
        "\t产出指标\t数量指标\t完成数量\t≥10个\t计划标准\t8个\t50\t完成得满分\t台账\t12个\t120%\t50\t\n"
        "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t历史标准\t88%\t10\t按比例\t问卷\t85%\t94%\t8\t样本少"
    )
    text = (
        NATIONAL.replace("项目资金（万元）\t\t年初预算数", "项目资金（万元）\t资金来源\t年初预算数")
        .replace("\t分值\t执行率", "\t分值权重\t执行率")
        .replace(STANDARD_INDICATORS, indicators)
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["weight"], total["score"]) == (
        100,
        90,
        10,
        9,
    )
    first, last = form["indicators"][0], form["indicators"][-1]
    assert (first["name"], first["target"], first["actual"], first["weight"], first["score"]) == (
        "完成数量",
        "≥10个",
        "12个",
        50,
        50,
    )
    assert (last["actual"], last["score"], last["deviation"]) == ("85%", 8, "样本少")


@pytest.mark.parametrize("separator", ["tabs", "wide gaps", "markdown"])
def test_goals_headed_by_a_label_and_the_same_label_with_completion(separator):
    # 总体目标 | 总体目标完成情况: the first is the planned goal's label here, not the block's
    # heading; the achieved text held a space before a comma (…建设 ，有益于…), one text
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "年度总体目标\t预期目标\t实际完成情况\n\t完成某某工作。\t已完成某某工作。",
        "年度总体目标\t总体目标\t总体目标完成情况\n\t完成某某工作。\t已完成某某建设 ，有益于某某。",
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert form["goal_planned"] == "完成某某工作。"
    assert form["goal_actual"] == "已完成某某建设 ，有益于某某。"


def test_a_date_run_together_with_the_cells_beside_it_is_one_value():
    # each row's cells run together (…完成时限2023年12月2023年10月3030无): the dates are the
    # target and the actual whole, and no year's digits are points (2023年 | 12月 | 20 | 23)
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "\t效益指标\t社会效益指标\t群众受益\t明显\t明显\t30\t30\t",
        "\t产出指标\t时效指标\t完成时限\t2023年12月\t2023年10月\t30\t30\t无",
    )
    text = "\n".join("".join(line.split("\t")) for line in text.splitlines())
    row = parse_text(text, "x.txt").forms[0]["indicators"][1]
    assert (row["name"], row["target"], row["actual"]) == ("完成时限", "2023年12月", "2023年10月")
    assert (row["weight"], row["score"]) == (30, 30)


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_sub_row_with_two_dashes_for_three_cells_keeps_its_amounts(separator):
    # 其中：当年财政拨款 100 100 90 — —: five values under six columns; wherever the dashes
    # stand, the three numbers are the amounts (a row under the total has no points of its own)
    from pipelines.parser import parse_text

    text = NATIONAL.replace(STANDARD_MONEY, MONEY_HEADERS["rate as a ratio"]).replace(
        "\t其中：当年财政拨款\t100\t90\t\t0.9\t", "\t其中：当年财政拨款\t100\t90\t—\t—"
    )
    assert "100\t90\t—\t—" in text
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    sub = form["funds"][1]
    assert (sub["annual_budget"], sub["executed"], sub["weight"], sub["score"]) == (
        100,
        90,
        None,
        None,
    )


@pytest.mark.parametrize("separator", ["tabs", "wide gaps", "markdown"])
def test_rows_that_end_in_points_no_header_names(separator):
    # 年度指标值 | 实际完成指标值 and no 分值/得分, yet each row ends in a number: its points,
    # 分值 or 得分 nobody can say; left out, and never the next row's target, nor a numbered
    # name (指标2:…) anyone's actual
    from pipelines.parser import parse_text

    table = (
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "\t产出指标\t质量指标\t指标1:人员培训\t已完成\t已完成\t5\n"
        "\t\t\t指标2:案件查办率\t100%\t100%\t4\n"
        "\t效益指标\t社会效益指标\t指标1:公众满意\t逐步提高\t逐步提高\t3"
    )
    text = NATIONAL.replace(STANDARD_INDICATORS, table).replace("\t", SEPARATORS[separator])
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    assert [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("指标1:人员培训", "已完成", "已完成", None, None),
        ("指标2:案件查办率", "100%", "100%", None, None),
        ("指标1:公众满意", "逐步提高", "逐步提高", None, None),
    ]


def test_a_numbered_name_does_not_swallow_its_target_and_actual_said_alike():
    # 指标2:修缮级别 市级保护单位 市级保护单位 7 7, read by the rows' numbers (a header over two
    # lines): the words said twice are the target and the actual, not the name's
    from pipelines.parser import parse_text

    table = (
        "绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值\n"
        "产出指标 数量指标 指标1:修缮面积 6000平方米 6000平方米 7 7\n"
        "指标2:修缮级别 市级保护单位 市级保护单位 7 7\n"
        "质量指标 指标3:验收通过率 100% 95% 6 5"
    )
    text = NATIONAL.replace(STANDARD_INDICATORS, table).replace("\t", " ")
    row = parse_text(text, "x.txt").forms[0]["indicators"][1]
    assert (row["name"], row["target"], row["actual"]) == (
        "指标2:修缮级别",
        "市级保护单位",
        "市级保护单位",
    )


def test_a_header_wrapped_over_two_lines_keeps_the_target_before_the_actual():
    # 年度 实际 分值 得分 … / 指标值 完成值, every space lost: the second line's 指标值 is the
    # 年度 cell's rest; read last, it made the target the last column (6000平方米6000平方米77
    # was 0平方 | 6000平方米 | 60 | 0)
    from pipelines.parser import parse_text

    text = (
        "项目名称某某经费\n主管部门某某局实施单位某某中心\n"
        "绩效指标一级指标二级指标三级指标年度实际分值得分偏差原因分析及改进措施\n指标值完成值\n"
        "产出指标数量指标指标1:修缮建筑面积6000平方米6000平方米77\n"
        "指标2:修缮级别市级保护单位市级保护单位77\n质量指标指标3:验收通过率100%95%65\n总分10099"
    )
    row = parse_text(text, "x.txt").forms[0]["indicators"][0]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "6000平方米",
        "6000平方米",
        7,
        7,
    )


def test_a_text_cut_after_a_group_labels_first_character_keeps_the_last_name():
    # … 程度较高 15 15 / 可 (the page ends inside 可持续影响指标): the scrap is no name's rest
    from pipelines.parser import parse_text

    text = NATIONAL.split("总分")[0].rstrip("\n") + "\n可\n"
    (form,) = parse_text(text.replace("\t", "    "), "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[:2] == ["完成数量", "群众受益"] and set(names) <= {
        "完成数量",
        "群众受益",
        "满意度",
    }


def test_a_text_cut_after_a_second_level_label_keeps_its_rows_name_begun():
    # … 社会效益指标 / 满 (the page ends after a 二级 label whole and one character on the line
    # after it): a 二级 label heads a row (a 一级 label comes before it, never after), so the scrap
    # is that row's name cut short, not the next group's label (满 of 满意度指标)
    from pipelines.parser import parse_text

    head = NATIONAL.split("\t效益指标")[0]
    text = head + "\t效益指标\t社会效益\n指标\t满\n"  # (its 二级 label wrapped: 社会效益 / 指标)
    (form,) = parse_text(text.replace("\t", "    "), "x.txt").forms
    last = form["indicators"][-1]
    assert (last["level1"], last["level2"], last["name"]) == ("效益指标", "社会效益指标", "满")
    assert all(last[k] is None for k in ("target", "actual", "weight", "score"))


def test_a_layout_rows_name_that_took_the_cut_scrap_gives_way_to_the_structure_readers_rows():
    # the same cut (社会效益指标 / 满) in the wide-gap layout the layout reader reads: it took
    # the scrap into the row above's name (完成数量满), which the structure reader reads with
    # the same values as 完成数量 and the scrap as a row of its own. That row was left out,
    # and with it every row of the table; the structure reader's rows from it on are taken
    from pipelines.parser import parse_text

    text = NATIONAL.split("\t效益指标")[0] + "\t效益指标\t社会效益指标\n满\n"
    (form,) = parse_text(text.replace("\t", "    "), "x.txt").forms
    rows = [(r["level2"], r["name"], r["target"], r["score"]) for r in form["indicators"]]
    assert rows == [("数量指标", "完成数量", "≥10个", 50), ("社会效益指标", "满", None, None)]


@pytest.mark.parametrize("name", ["转移支付（项目）名称", "专项资金名称", "政策(项目)名称"])
def test_a_form_whose_title_was_cut_off_starts_at_any_name_label(name):
    # an excerpt that opens below the title, (2021年度) | … then 转移支付(项目)名称 | …: the form
    # starts at its name label, whatever the template calls it ("no form found" before)
    from pipelines.parser import parse_text

    identity = f"{name}\t某某经费\n主管部门\t某某局\t实施单位\t某某中心"
    text = NATIONAL_FORM.format(identity=identity).replace("项目支出绩效自评表\n", "")
    (form,) = parse_text(text, "x.txt").forms
    assert (form["project_name"], form["year"], len(form["indicators"])) == ("某某经费", 2022, 3)


def test_an_option_list_after_the_goal_label_is_no_goal():
    # a scrambled PDF prints 项目年度目标, then the 项目属性 options and an amount: no goal holds
    # a checkbox, so nothing is read rather than the options
    from pipelines.parser.generic import _goal_text

    assert _goal_text("3、一次性□ 5.5") is None
    assert _goal_text("1、常年性 √ 2、延续性") is None
    assert (
        _goal_text("1. 对某某系统改造升级，提高办公速度。")
        == "1. 对某某系统改造升级，提高办公速度。"
    )


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_unit_printed_for_the_whole_form_above_its_tables(separator):
    from pipelines.parser import parse_text

    form = NATIONAL
    form = form.replace("项目资金（万元）", "项目资金")
    for line, unit in (("金额单位：万元", "万元"), ("单位：元", "元"), ("单位名称：某某局", None)):
        text = form.replace("（2022年度）\n", f"（2022年度）\n{line}\n")
        assert (
            parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms[0]["amount_unit"]
            == unit
        )


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_grade_after_its_label_and_a_colon_in_one_cell(separator):
    from pipelines.parser import parse_text

    form = NATIONAL
    text = form.rstrip("\n") + "\n自评等级：良\n"
    assert parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms[0]["grade"] == "良"


def test_a_total_row_printed_as_its_labels_then_its_values_is_read():
    # 总分 | 评分等级 on a line, then 100 99 | 优 (a spreadsheet's two rows of labels and values,
    # a cell a line): the numbers are the 总分's, the word after them the grade
    from pipelines.parser import parse_text

    text = NATIONAL.replace("总分\t\t\t\t\t\t100\t99\t", "总分\n评分等级\n100 99\n优")
    assert "评分等级\n100 99\n优" in text
    form = parse_text(text, "x.txt").forms[0]
    assert (form["total_weight"], form["total_score"], form["grade"]) == (100, 99, "优")


def test_a_names_wrapped_character_is_not_joined_to_the_next_group_label():
    from pipelines.parser.generic import _join_label_pieces

    def joined(*texts):
        return [c.text for c in _join_label_pieces([Cell(t, k) for k, t in enumerate(texts)])]

    assert joined("量", "效益指标", "社会效益指标") == ["量", "效益指标", "社会效益指标"]
    assert joined("社会", "效益指标", "群众受益") == ["社会效益指标", "群众受益"]
    assert joined("经济效益", "指标") == ["经济效益指标"]


def test_a_money_row_that_lost_a_cell_keeps_its_rate_in_the_rate_column():
    # the national header printed with spaces, a sub row's empty 分值 cell dropped: placed in
    # printed order the rate would be its weight; the structure reader places it by its shape
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "\t其中：当年财政拨款\t100\t100\t90\t—\t90%\t—",
        "\t其中：当年财政拨款\t60\t60\t54\t\t90%\t",
    )
    spaced = "\n".join(" ".join(c for c in line.split("\t") if c) for line in text.split("\n"))
    (form,) = parse_text(spaced, "x.txt").forms
    sub = form["funds"][1]
    assert (sub["executed"], sub["weight"], sub["execution_rate"]) == (54, None, 90)


def test_an_actual_saying_the_target_was_met_is_no_group_label():
    # 达成指标 ends in 指标 like a group, but opens with the verb of meeting the target
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        STANDARD_INDICATORS,
        "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t未完成原因\n"
        "\t产出指标\t数量指标\t完成数量\t50\t≥10个\t12个\t50\t\n"
        "\t效益指标\t社会效益指标\t群众受益\t20\t提升\t达成指标\t20\t\n"
        "\t\t\t群众知晓\t10\t提高\t部分达成指标\t10\t\n"
        "\t满意度指标\t服务对象满意度指标\t满意度\t10\t≥90%\t95%\t10\t",
    )
    (form,) = parse_text(text, "x.txt").forms
    rows = form["indicators"]
    assert [(r["level2"], r["name"], r["actual"]) for r in rows[1:3]] == [
        ("社会效益指标", "群众受益", "达成指标"),
        ("社会效益指标", "群众知晓", "部分达成指标"),
    ]


def test_goals_printed_one_cell_per_line_are_two_goals():
    from pipelines.parser import parse_text

    text = NATIONAL
    (form,) = parse_text(text.replace("\t", "\n"), "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == ("完成某某工作。", "已完成某某工作。")


def test_a_split_target_with_a_text_value_and_empty_parts_in_a_table_of_columns():
    # 指标性质 / 指标值 / 度量单位 with only 指标值 filled (有效): the tabs keep every cell in its
    # column, so the text is the target, not its unit
    from pipelines.parser import parse_text

    text = NATIONAL.replace(STANDARD_MONEY, MONEY_HEADERS["A/B"]).replace(
        STANDARD_INDICATORS,
        INDICATOR_HEADERS["target over three cells"].replace(
            "\t满意度指标",
            "\t效益指标\t社会效益指标\t群众受益\t\t有效\t\t有效\t30\t30\t\n\t满意度指标",
        ),
    )
    (form,) = parse_text(text, "x.txt").forms
    row = form["indicators"][1]
    assert (row["name"], row["target"], row["actual"], row["weight"], row["score"]) == (
        "群众受益",
        "有效",
        "有效",
        30,
        30,
    )


def test_rows_of_a_table_without_points_under_merged_group_cells_are_rows():
    # a table with no 分值 column: a row whose group cells are empty (merged) and whose three
    # texts stand under the row above is a row, not that row's cells wrapped
    from pipelines.parser import parse_text

    text = NATIONAL.replace(STANDARD_MONEY, MONEY_HEADERS["A/B"]).replace(
        STANDARD_INDICATORS,
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析及改进措施\n"
        "\t产出指标\t数量指标\t完成数量\t≥10个\t12个\t\n"
        "\t\t\t完成批次\t≥2批\t3批\t\n"
        "\t效益指标\t社会效益指标\t群众受益\t提升\t明显提升\t\n"
        "\t\t\t群众知晓\t提高\t达成指标\t",
    )
    (form,) = parse_text(text, "x.txt").forms
    assert [(r["name"], r["target"], r["actual"]) for r in form["indicators"][:4]] == [
        ("完成数量", "≥10个", "12个"),
        ("完成批次", "≥2批", "3批"),
        ("群众受益", "提升", "明显提升"),
        ("群众知晓", "提高", "达成指标"),
    ]


NO_POINTS_TABLE = (
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析及改进措施\n"
    "\t产出指标\t数量指标\t完成数量\t≥10个\t12个\t\n"
    "\t\t\t完成批次\t≥2批\t3批\t\n"
    "\t效益指标\t社会效益指标\t群众受益\t提升\t部分达成指标\t宣传不足，下一年加强宣传。\t\n"
    "\t\t\t群众知晓\t提高\t达成指标\t\n"
    "\t满意度指标\t服务对象满意度指标\t满意度\t≥90%\t95%\t\t"
)


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_table_without_points_closed_by_a_self_evaluation_score(separator):
    # no 分值/得分 columns, the form's score under the table (自评得分 96): the rows are cut by
    # their shapes (a target opens with its operator, a sentence is a reason, a group label is
    # no target), every row is read, and 自评得分 is the total score, not a row's reason
    from pipelines.parser import parse_text

    text = (
        NATIONAL.replace(STANDARD_MONEY, MONEY_HEADERS["A/B"])
        .replace(STANDARD_INDICATORS, NO_POINTS_TABLE)
        .replace("总分\t\t\t\t\t\t100\t99\t", "自评得分\t96\t")
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["deviation"])
        for r in form["indicators"]
    ]
    assert rows == [
        ("数量指标", "完成数量", "≥10个", "12个", None),
        ("数量指标", "完成批次", "≥2批", "3批", None),
        ("社会效益指标", "群众受益", "提升", "部分达成指标", "宣传不足，下一年加强宣传。"),
        ("社会效益指标", "群众知晓", "提高", "达成指标", None),
        ("服务对象满意度指标", "满意度", "≥90%", "95%", None),
    ]
    assert form["total_score"] == 96


def test_a_sub_rows_rate_printed_as_a_ratio_is_not_read_as_its_points():
    # cells apart by single spaces, the sub row's empty 分值 dropped and its rate printed as a
    # ratio (0.9): in printed order the ratio would be the row's points, which only the total
    # row has; the structure reader reads it as the rate
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "\t年度资金总额\t100\t100\t90\t10\t90%\t9", "\t年度资金总额\t100\t100\t90\t10\t0.9\t9"
    ).replace(
        "\t其中：当年财政拨款\t100\t100\t90\t—\t90%\t—",
        "\t其中：当年财政拨款\t60\t60\t54\t\t0.9\t—",
    )
    spaced = "\n".join(" ".join(c for c in line.split("\t") if c) for line in text.split("\n"))
    (form,) = parse_text(spaced, "x.txt").forms
    sub = form["funds"][1]
    assert (sub["executed"], sub["weight"], sub["execution_rate"]) == (54, None, 90)


def test_a_long_run_of_digits_is_cut_without_trying_every_cut():
    # money cells run together (10447.9112741.3612734.98—99.95%): the pattern for amounts that
    # carry their unit once tried every way of cutting a run of digits that then failed to
    # match (minutes on a 600-character form); the alarm turns such a hang into a failure
    import signal

    def hang(*_):
        raise TimeoutError("the pattern backtracks over the run of digits")

    signal.signal(signal.SIGALRM, hang)
    signal.alarm(10)
    try:
        assert _unit_amounts(["1" * 40 + ".5—"]) == ["1" * 40 + ".5—"]
        assert _unit_amounts(["10万25.5万元"]) == ["10", "25.5"]
    finally:
        signal.alarm(0)


def test_two_goals_run_together_are_cut_at_the_first_sentences_end():
    # a document's text with its cells run together: 预期目标实际完成情况, then both texts with
    # nothing between them; two sentences, each a goal
    from pipelines.parser import parse_text

    text = NATIONAL.replace("完成某某工作。", "按计划完成某某设施的建设工作。").replace(
        "已完成某某工作。", "已按计划完成某某设施的建设工作。"
    )
    (form,) = parse_text(text.replace("\t", "").replace("\n", ""), "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == (
        "按计划完成某某设施的建设工作。",
        "已按计划完成某某设施的建设工作。",
    )
    # a goal of two sentences makes three ends: not cut, not read
    (form,) = parse_text(
        text.replace("建设工作。\t已", "建设工作。再完成验收。\t已")
        .replace("\t", "")
        .replace("\n", ""),
        "x.txt",
    ).forms
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


def test_two_goals_run_together_are_cut_where_the_second_repeats_how_the_first_ends():
    from pipelines.parser import parse_text

    def goals(planned: str, actual: str) -> tuple:
        text = NATIONAL.replace("已完成某某工作。", "\0").replace("完成某某工作。", planned)
        text = text.replace("\0", actual)
        (form,) = parse_text(text.replace("\t", "").replace("\n", ""), "x.txt").forms
        return form["goal_planned"], form["goal_actual"]

    # no sentence's end between them, but the achieved text repeats the planned one's last
    # clauses (or all of it): it starts where the repeat does
    planned = "对供水计量设施进行改进,对项目区农业用水计量,为农业生产夯实基础,"
    assert goals(planned, "对项目区农业用水计量,为农业生产夯实基础,") == (
        planned,
        "对项目区农业用水计量,为农业生产夯实基础,",
    )
    assert goals("保障公共卫生服务", "保障公共卫生服务") == ("保障公共卫生服务", "保障公共卫生服务")
    # a repeat that does not start a clause, or two different texts: where to cut is not known
    assert goals("稳定粮食储备机制", "食储备机制") == (None, None)
    assert goals("稳定粮食储备机制", "储备粮食规模达标") == (None, None)


@pytest.mark.parametrize("empty", ["nan", "None", "NaN"])
def test_empty_cells_a_dataframe_prints_as_nan_are_empty(empty):
    # a spreadsheet exported through pandas (to_csv / to_markdown) prints its empty cells as
    # nan or None: they are empty cells, never values, and a markdown row that opens with an
    # empty cell (|| or | nan |) keeps it
    from pipelines.parser import parse_text

    text = NATIONAL
    filled = "\n".join(
        "\t".join(c if c.strip() else empty for c in line.split("\t")) if "\t" in line else line
        for line in text.split("\n")
    )
    (plain,) = parse_text(text, "x.txt").forms
    (form,) = parse_text(filled, "x.txt").forms
    keys = ("project_name", "department", "implementing_unit", "funds", "indicators", "total_score")
    assert {k: form[k] for k in keys} == {k: plain[k] for k in keys}
    markdown = "\n".join(
        "|" + "|".join(line.split("\t")) + "|" if "\t" in line else line
        for line in filled.split("\n")
    )
    (form,) = parse_text(markdown, "x.txt").forms
    assert [r["name"] for r in form["indicators"]] == [r["name"] for r in plain["indicators"]]
    assert form["funds"][0] == plain["funds"][0]


def test_html_entities_in_a_pages_text_are_read_as_their_characters():
    # a page's table as HTML with its entities (&ge; for ≥, &#65288; for （, &nbsp;)
    from pipelines.parser import parse_text

    text = NATIONAL
    page = "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>"
        if "\t" in line
        else line
        for line in text.split("\n")
    )
    page = page.replace("≥", "&ge;").replace("（", "&#65288;").replace("某某局", "某某&nbsp;局")
    (form,) = parse_text(page, "x.txt").forms
    assert form["indicators"][0]["target"] == "≥10个" and form["year"] == 2022
    assert form["department"] in ("某某 局", "某某局")


def test_a_project_name_ending_in_xiangmu_run_into_a_label_keeps_it():
    # 项目名称…更新项目主管部门…: the project's 项目, not the label's (项目主管部门 is one too);
    # after a department the label keeps it (…管理局项目实施单位…)
    from pipelines.parser import parse_text

    text = (
        NATIONAL_FORM.format(
            identity="项目名称\t某某设备更新项目\n主管部门\t某某管理局\t项目实施单位\t某某中心"
        )
        .replace("\t", "")
        .replace("\n", "")
    )
    (form,) = parse_text(text, "x.txt").forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某设备更新项目",
        "某某管理局",
        "某某中心",
    )
    # and the label it ran into goes on (主管部门及代码): all of it is the label's
    text = text.replace("主管部门某某管理局", "主管部门及代码某某管理局")
    (form,) = parse_text(text, "x.txt").forms
    assert form["department"] == "某某管理局"


@pytest.mark.parametrize(
    "identity",
    [
        "项 目 名 称\t某某经费\n主 管 部 门\t某某局\t实 施 单 位\t某某中心",
        "项目名称(全称)\t某某经费\n主管部门\t某某局\t实施单位（签章）\t某某中心",
        "项目名称\t某某经费\t项目编码\t12345\n主管部门\t某某局\t实施单位\t某某中心",
        "项目名称\t某某经费\n一级预算单位\t某某局\t二级预算单位\t某某中心",
        "项目全称\t某某经费\n主管部门\t某某局\t实施单位\t某某中心",
    ],
    ids=["spaced labels", "label notes", "project code", "budget levels", "other wordings"],
)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_more_identity_wordings_in_each_layout(identity, separator):
    from pipelines.parser import parse_text

    text = NATIONAL_FORM.format(identity=identity).replace("\t", SEPARATORS[separator])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某经费",
        "某某局",
        "某某中心",
    )


def test_a_form_whose_identity_neither_reader_finds_is_quarantined():
    # the layout reader once loaded such a form with a warning (项目名称 is blank)
    from pipelines.parser import parse_text

    text = NATIONAL_FORM.format(identity="项目名称\t\n主管部门\t\t实施单位\t")
    result = parse_text(text, "x.txt")
    assert result.forms == [] and len(result.errors) == 1
    assert "identity" in result.errors[0].message


@pytest.mark.parametrize(
    "money",
    [
        "项目资金（万元）\t年初预算数\t100\t全年预算数\t100\t全年执行数\t90\t执行率\t90%\t分值\t10\t得分\t9",
        "项目资金（万元）\n年初预算数\t100\n全年预算数\t100\n全年执行数\t90\n执行率\t0.9\n分值\t10\n得分\t9",
    ],
    ids=["across a line", "down the page"],
)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_money_section_of_label_and_value_pairs_is_the_total_row(money, separator):
    # no row labels (年度资金总额): each column's label with its value after it
    from pipelines.parser import parse_text

    text = NATIONAL.replace(STANDARD_MONEY, money)
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    total = form["funds"][0]
    assert total["line"] == "年度资金总额"
    assert [total[k] for k in ("initial_budget", "annual_budget", "executed")] == [100, 100, 90]
    assert [total[k] for k in ("execution_rate", "weight", "score")] == [90, 10, 9]
    assert all(v is None for row in form["funds"][1:] for k, v in row.items() if k != "line")


@pytest.mark.parametrize("separator", SEPARATORS)
def test_numbered_group_labels_are_group_labels_not_part_of_a_name(separator):
    # 一、产出指标 / 1.数量指标: the layout reader once read them into the row's name
    from pipelines.parser import parse_text

    text = NATIONAL.replace("\t产出指标\t数量指标", "\t一、产出指标\t1.数量指标").replace(
        "\t效益指标\t社会效益指标", "\t二、效益指标\t1.社会效益指标"
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert [(r["level1"], r["level2"], r["name"]) for r in form["indicators"][:2]] == [
        ("产出指标", "数量指标", "完成数量"),
        ("效益指标", "社会效益指标", "群众受益"),
    ]


@pytest.mark.parametrize("separator", SEPARATORS)
def test_group_labels_with_a_colon_and_a_year_only_in_a_column_header(separator):
    # 产出指标： / 数量指标： (the layout reader once read them into the name), and no year in
    # the title but one in the indicator header (2022年度指标值)
    from pipelines.parser import parse_text

    text = (
        NATIONAL.replace("\t产出指标\t", "\t产出指标：\t")
        .replace("\t数量指标\t", "\t数量指标：\t")
        .replace("（2022年度）\n", "")
        .replace("年度指标值", "2022年度指标值")
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    first = form["indicators"][0]
    assert (first["level1"], first["level2"], first["name"]) == ("产出指标", "数量指标", "完成数量")
    assert form["year"] == 2022


@pytest.mark.parametrize("grade", ["综合评价等级：优秀", "综合评价等级\t优", "自评等次\t良"])
@pytest.mark.parametrize("separator", SEPARATORS)
def test_grade_labels_of_other_templates_in_each_layout(grade, separator):
    # the layout reader had its own list of grade labels; both readers now take synonyms.toml's
    from pipelines.parser import parse_text

    text = NATIONAL.replace("总分\t\t\t\t\t\t100\t99\t", "总分\t\t\t\t\t\t100\t99\t\n" + grade)
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert form["grade"] == grade.replace("：", "\t").split("\t")[1]


@pytest.mark.parametrize(
    "goals",
    [
        "年度总体目标\t预期目标\t完成某某工作。\n\t实际完成情况\t已完成某某工作。",
        "预期目标：完成某某工作。\n实际完成情况：已完成某某工作。",
    ],
    ids=["label and text rows", "labels with colons"],
)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_goals_printed_as_label_and_text_rows_are_never_swapped(goals, separator):
    # the layout reader took the actual goal for the planned one (or read the label into it);
    # such goals are now left to the structure reader: right, or left out
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "年度总体目标\t预期目标\t实际完成情况\n\t完成某某工作。\t已完成某某工作。", goals
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert form["goal_planned"] in ("完成某某工作。", None)
    assert form["goal_actual"] in ("已完成某某工作。", None)
    if "：" not in goals:
        assert (form["goal_planned"], form["goal_actual"]) == ("完成某某工作。", "已完成某某工作。")


@pytest.mark.parametrize("separator", ["tabs", "wide gaps"])
def test_amounts_with_their_unit_and_a_total_label_with_its_points(separator):
    # 100万元 in a money cell is 100; 总分（100分） | 99: the weight is the label's, 99 the score
    # (the layout reader had read 99 as the total weight)
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "\t年度资金总额\t100\t100\t90\t", "\t年度资金总额\t100万元\t100万元\t90万元\t"
    ).replace("总分\t\t\t\t\t\t100\t99\t", "总分（100分）\t\t\t\t\t\t\t99\t")
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (100, 90, 90)
    assert (form["total_weight"], form["total_score"]) == (100, 99)


@pytest.mark.parametrize("seed", [65, 108])
def test_html_rows_under_merged_cells_print_none_for_them(seed):
    # <td rowspan=…>: the rows under a merged group cell print no cell for it. Two drawn forms
    # (pipelines.synth.templates) whose rows once gave their names, and their names' wrapped
    # rests, to the row above as its reason
    import random

    from pipelines.parser import parse_text
    from pipelines.synth.templates import SPACE, _choose, _lay_out, _print, draw_form

    rng = random.Random(seed)
    form = draw_form(rng, SPACE, hard_shapes=False)
    money, table, _, options = _choose(rng)
    identity = "项目名称\t{p}\n主管部门\t{d}\t实施单位\t{u}"
    lines, expected = _print(
        rng,
        form,
        money,
        table,
        ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"),
        identity,
        False,
        "总分",
        options | {"wrap"},
    )
    (got,) = parse_text(_lay_out(lines, "html_rowspan"), "x.txt").forms
    keys = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")
    assert [tuple(r[k] for k in keys) for r in got["indicators"]] == [
        tuple(r[k] for k in keys) for r in expected["indicators"]
    ]


def test_a_name_wrapped_after_nine_characters_one_cell_per_line_is_joined():
    # 青少年训练按计划开 / 工率 under a row with full points: the head is the next row's name
    # wrapped, not this row's reason (heads of up to 14 characters; 8 before)
    from pipelines.parser.generic import _segment_rows

    texts = ["产出指标", "时效指标", "按期完成率", "≥90%", "100%", "9", "9"]
    texts += ["青少年训练按计划开", "工率", "≥95%", "98%", "5", "5"]
    columns = ["name", "target", "actual", "weight", "score", "deviation"]
    rows, _ = _segment_rows([Cell(t, k) for k, t in enumerate(texts)], columns)
    assert [c.text for c in rows[-1]] == ["青少年训练按计划开工率", "≥95%", "98%", "5", "5"]


def test_the_layout_reader_maps_a_name_column_worded_as_in_synonyms():
    # 指标内容 is the 三级指标's column (synonyms.toml): the rest of a name wrapped onto a row
    # of its own under it (意度 of 使用者满意度, a piece of a label too) goes back to the name,
    # not into the 一级 label
    from pipelines.parser import parse_text
    from pipelines.parser.indicators import columns_of
    from pipelines.parser.text import split_lines

    header = "绩效指标\t一级指标\t二级指标\t指标内容\t预期指标值\t实际完成值\t分值\t得分\t备注"
    assert columns_of(split_lines(header)[0]).name == 3
    text = NATIONAL_FORM.format(identity="项目名称\t某某经费\n主管部门\t某某局\t实施单位\t某某中心")
    text = text.replace("三级指标", "指标内容").replace("指标\t满意度\t", "指标\t使用者满\t")
    lines = text.split("\n")
    at = next(k for k, line in enumerate(lines) if "\t使用者满\t" in line)
    lines.insert(at + 1, "\t\t\t意度")
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("使用者"))
    assert (row["level1"], row["name"]) == ("满意度指标", "使用者满意度")


def test_a_group_with_only_empty_cells_gives_its_place_to_the_next_group():
    # 时效指标 printed with blank rows (one cell per line, empty cells kept), then 成本指标 and its
    # row: the empty group goes, and the row is read under 成本指标 (it was left out)
    from pipelines.parser.generic import _drop_empty_groups

    texts = ["时效指标", "", "", "", "成本指标", "运行维护费", "150万", "150万", "10", "10"]
    kept = _drop_empty_groups([Cell(t, k) for k, t in enumerate(texts)])
    assert [c.text for c in kept] == ["时效指标", "成本指标", *texts[5:]]


def test_a_total_score_with_the_next_cells_words_run_into_it_is_read():
    from pipelines.parser.generic import read_total

    columns = ["level1", "level2", "name", "target", "actual", "score"]
    cells = [Cell(t, 1) for t in ["总分", "99.6偏差大或目标", "未完成原因分析"]]
    assert read_total(cells, 0, len(cells), columns) == (None, 99.6)
    # a number with its unit (10万元) or run into more digits is no such score
    for text in ["10万元项目", "1000偏差大"]:
        cells = [Cell(t, 1) for t in ["总分", text]]
        assert read_total(cells, 0, len(cells), columns) == (None, None)


def test_a_score_total_worded_defen_heji_closing_the_texts_last_sentence_is_read():
    # a 转移支付 form's page run together, its table closed by 得分合计 and the score, the
    # text's last sentence (…5%48得分合计98。): the form's total score, its full stop no digit
    from pipelines.parser import parse_text

    text = (
        "专项名称某某培训补助资金省级主管部门某某厅资金情况(万元)年度金额:50万元"
        "年度总体目标目标1:完成培训。绩效目标完成情况一级指标二级指标三级指标指标值完成值权重得分"
        "产出指标数量指标培训人数≥100人120人50%50效益指标社会效益指标培训覆盖率≥60%85%50%48"
        "得分合计98。\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert (form["total_weight"], form["total_score"]) == (None, 98)


@pytest.mark.parametrize("after", ["92", "92\n\n93", "某省某局2\n\n92"])
def test_a_self_score_merged_down_a_header_of_label_pairs_is_read_after_them(after):
    # a 转移支付 区域 form one cell a line: 自评得分 printed in the header's last column, its
    # cell merged down the rows of label and value pairs beside it, so its score comes after
    # them (…省级主管部门 / 某省某局 / 92 / 预算执行情况). Two numbers there, or a value with a
    # digit among the pairs, and which is the score is not known: none
    from pipelines.parser import parse_text

    cells = [
        *("某某补助资金区域绩效自评表", "专项名称", "某某补助资金", "中央主管部门", "某部"),
        *("自评得分", "省级财政部门", "某省财政厅", "省级主管部门", "某省某局", "92"),
        *("预算执行情况", "预算数:", "10", "执行数:", "9", "年度绩效指标完成情况", "一级指标"),
        *("二级指标", "三级指标", "年度指标值", "实际完成指标值", "产出指标", "数量指标"),
        *("指标1:培训人数", "100人", "120人", "5"),
    ]
    text = "\n\n".join(cells).replace("某省某局\n\n92", f"某省某局\n\n{after}") + "\n"
    (form,) = parse_text(text, "x.txt").forms
    assert form["total_score"] == (92 if after == "92" else None)


def test_each_row_s_number_under_a_self_score_column_down_the_form_is_its_score():
    # the same 区域 form: its scores stand in a column of their own down the right side
    # (自评得分 beside the identity rows, the section's 30 after the indicator header, which
    # names no points column): the number after each row's target and actual is its score
    from pipelines.parser import parse_text

    cells = [
        *("某某补助资金区域绩效自评表", "专项名称", "某某补助资金", "中央主管部门", "某部"),
        *("自评得分", "省级财政部门", "某省财政厅", "省级主管部门", "某省某局", "92"),
        *("预算执行情况", "预算数:", "10", "执行数:", "9", "年度绩效指标完成情况", "一级指标"),
        *("二级指标", "三级指标", "年度指标值", "实际完成指标值", "30", "产出指标", "数量指标"),
        *("指标1:培训人数", "100人", "120人", "8", "指标2:发放手册", "500册", "480册", "6"),
        *("时效指标", "指标1:完成时间", "2023年12月", "2023年11月", "7"),
    ]
    text = "\n\n".join(cells) + "\n"
    (form,) = parse_text(text, "x.txt").forms
    rows = [(r["name"], r["target"], r["actual"], r["score"]) for r in form["indicators"]]
    assert rows == [
        ("指标1:培训人数", "100人", "120人", 8),
        ("指标2:发放手册", "500册", "480册", 6),
        ("指标1:完成时间", "2023年12月", "2023年11月", 7),
    ]
    assert all(r["weight"] is None for r in form["indicators"])
    # scores over the section's points, or no section's number after the header: none read
    for old, new in (("\n\n7\n", "\n\n27\n"), ("实际完成指标值\n\n30\n", "实际完成指标值\n")):
        (form,) = parse_text(text.replace(old, new), "x.txt").forms
        assert all(r["score"] is None for r in form["indicators"])


def test_a_level2_label_printed_inside_the_indicator_header_opens_the_first_row():
    # an xlsx flattened onto one line out of reading order: the first row's 二级 cell, merged
    # down its rows, printed between the header's 二级指标 and 三级指标; the header goes on
    # past it, and the label stands before the first row as its group
    from pipelines.parser import parse_text
    from pipelines.parser.generic import _indicator_header

    texts = ["年度总体目标", "完成培训任务", "已完成", "一级指标", "二级指标", "数量指标"]
    texts += ["三级指标", "年度指标值", "实际完成值", "培训人数", "100人", "120人"]
    cells = [Cell(t, 1) for t in texts]
    _, body_at, columns = _indicator_header(cells, 0)
    assert columns == ["level1", "level2", "name", "target", "actual"]
    assert [c.text for c in cells[body_at : body_at + 2]] == ["数量指标", "培训人数"]
    text = (
        "某某项目支出绩效自评表 (2022年度) 项目名称 某某培训经费 主管部门 某某局 实施单位 "
        "某某中心 项目资金 (万元) 年初预算数 全年预算数 全年执行数 年度资金总额 10 10 10 "
        "年度总体目标 预期目标 实际完成情况 完成培训任务 已完成培训任务 一级 指标 二级指标 "
        "数量指标 三级指标 年度指标值 实际完成值 培训人数 100人 120人 发放手册 500册 480册\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert [(r["level2"], r["name"], r["target"], r["actual"]) for r in form["indicators"]] == [
        ("数量指标", "培训人数", "100人", "120人"),
        ("数量指标", "发放手册", "500册", "480册"),
    ]
    # a label after 二级指标 that no header word follows (the header ends there): left in place
    texts[6:9] = []
    cells = [Cell(t, 1) for t in texts]
    assert _indicator_header(cells, 0)[2] == ["level1", "level2"]
    assert [c.text for c in cells] == texts


def test_a_ratio_rate_is_checked_to_its_printed_precision():
    from pipelines.parser.text import rate_from_ratio

    # 94 / 650 = 14.5%, printed as the ratio 0.1 (one decimal): 10%, as printed
    assert rate_from_ratio(0.1, 94, 650, decimals=1) == 10.0
    # with two decimals the same ratio must be within 0.6 points: 0.10 is not 14.5%
    assert rate_from_ratio(0.1, 94, 650, decimals=2) is None
    # 1 (no decimals) is 100% only within 0.6 points of the amounts' rate
    assert rate_from_ratio(1, 94, 100) is None and rate_from_ratio(1, 99.5, 100) == 100.0


def test_an_actual_is_no_head_of_a_name_wrapped_one_cell_per_line():
    # a table without points, one cell per line: 改善情况 is the rest of the name above it, not
    # the target; 已完成 (an actual) and 健全 after 健全 (an actual like its target) are never a
    # wrapped name's head
    from pipelines.parser.generic import _segment_rows

    columns = ["name", "target", "actual", "deviation"]
    for actual in ["已完成", "健全"]:
        texts = ["产出指标", "数量指标", "环境改善", "情况", "健全", actual]
        texts += ["资源节约利用水平", "完善", "达成指标"]
        rows, _ = _segment_rows([Cell(t, k) for k, t in enumerate(texts)], columns)
        assert [[c.text for c in row] for row in rows][-2:] == [
            ["产出指标", "数量指标", "环境改善情况", "健全", actual],
            ["资源节约利用水平", "完善", "达成指标"],
        ], actual


def test_rows_run_together_as_the_shanghai_template_prints_them():
    from pipelines.parser.generic import _unrun, read_run_rows

    columns = ["name", "target", "actual", "weight", "score"]
    # a unit in brackets, points with two decimals (30.0030.00 is 30.00 | 30.00, not 30.003 | 0.00)
    assert _unrun("维修更新工程数量=3.00(个)3.00(个)30.0030.00", columns) == [
        {
            "name": "维修更新工程数量",
            "target": "=3.00(个)",
            "actual": "3.00(个)",
            "weight": "30.00",
            "score": "30.00",
        }
    ]
    # an actual saying the target was met (达成指标) is no name: 健全 | 健全 then 达成指标 is no
    # reading; and a name never holds another row's points with a space (…4.004.00 电话…)
    assert _unrun("长效管理机制健全健全达成指标10.0010.00", columns) is None
    assert _unrun("平台运行服务365 天*24 小时达成指标4.004.00 电话接通率≥95%96%44", columns) is None
    texts = ["数量指标", "工作验收合格=100.00(%)100.00(%)4.004.00"]
    # a row's name tail wrapped onto its own line goes back to it; the labels a run that
    # cannot be read opens with still hold for the rows after it
    texts += ["格率", "质量指标平台运行服务365 天*24 小时达成指标4.004.00", "办结率≥99%99%44"]
    cells = [Cell(t, k) for k, t in enumerate(texts)]
    rows = read_run_rows(cells, ["level1", "level2", *columns])
    assert [(r["level2"], r["name"]) for r in rows] == [
        ("数量指标", "工作验收合格率"),
        ("质量指标", "办结率"),
    ]


def test_the_last_names_rest_before_the_total_row_goes_back_to_it_in_the_space_layout():
    # cells apart by wide gaps: 使用者 / 满意度, the rest on a line of its own just before 总分,
    # is the last row's name (it was read as a row of its own with no values)
    from pipelines.parser import parse_text

    text = NATIONAL.replace("指标\t满意度\t", "指标\t使用者\t").replace(
        "总分\t", "\t\t\t\t满意度\n总分\t"
    )
    (form,) = parse_text(text.replace("\t", "    "), "x.txt").forms
    assert [r["name"] for r in form["indicators"]][-1] == "使用者满意度"
    assert len(form["indicators"]) == 3


def test_a_reason_that_names_its_parts_is_one_cell_not_cells_run_together():
    # 偏差原因：…跟踪。改进措施：… in a table whose cells stand apart: one text (its labels name
    # its parts), not cells run together (that sent the whole table to the run-together reader,
    # which left it out); 项目名称：…主管部门：… is still cut
    from pipelines.parser.generic import _split_led_run

    reason = "偏差原因：分析时未进一步有效跟踪。改进措施：按时检查台账记录工作。"
    assert [c.text for c in _split_led_run(Cell(reason, 1))] == [reason]
    identity = "项目名称：某某经费主管部门：某某局"
    assert len(_split_led_run(Cell(identity, 1))) == 4


def test_a_table_printed_column_by_column_gives_no_wrong_row():
    # a PDF tool that prints a table's columns one after another (all the names, then all the
    # targets, …): the layout reader joined them into one row named 完成数量群众受益满意度≥10个…;
    # two targets in one name make its reading doubtful, and the rows are left out
    from pipelines.parser import parse_text

    lines = NATIONAL.split("\n")
    head = next(k for k, line in enumerate(lines) if line.startswith("绩效指标"))
    total = next(k for k, line in enumerate(lines) if line.startswith("总分"))
    columns = zip(*(line.split("\t") for line in lines[head + 1 : total]))
    cells = [cell for column in columns for cell in column if cell]
    (form,) = parse_text("\n".join(lines[: head + 1] + cells + lines[total:]), "x.txt").forms
    assert form["indicators"] == [] and "indicators" in form["missing_parts"]
    assert form["funds"][0]["executed"] == 90
    # the money table printed so: every value after the last row's label, more numbers than a
    # row has columns; no row takes them (其他资金 took the first six). Since the thirty-seventh
    # session each column's two printed cells (100 | 100, 90 | 90) are read as a pair of equal
    # amounts, the total's 90% fitting 90 / 100 (arithmetic.columns_printed_as_blocks): the
    # table reads as the form prints it, nothing in another row (left out before)
    head = next(k for k, line in enumerate(lines) if line.startswith("项目资金"))
    goals = next(k for k, line in enumerate(lines) if line.startswith("年度总体目标"))
    rows = [line.split("\t") for line in lines[head + 1 : goals]]
    width = max(len(row) for row in rows)
    columns = zip(*(row + [""] * (width - len(row)) for row in rows))
    cells = [cell for column in columns for cell in column if cell]
    (form,) = parse_text("\n".join(lines[: head + 1] + cells + lines[goals:]), "x.txt").forms
    (whole,) = parse_text(NATIONAL, "x.txt").forms
    assert form["funds"] == whole["funds"]


@pytest.mark.parametrize("blank", ["weight", "score"])
def test_a_row_with_a_blank_points_cell_gives_no_wrong_value(blank):
    from pipelines.parser import parse_text

    # tabs: the last row's 分值 or 得分 blank; its name (满意度, also a piece of a label) stands
    # in the name's column and the lone number in its own (it was named ≥90%, 95% its target)
    cells = "\t95%\t\t10\t" if blank == "weight" else "\t95%\t10\t\t"
    (form,) = parse_text(NATIONAL.replace("\t95%\t10\t10\t", cells), "x.txt").forms
    row = form["indicators"][-1]
    assert (row["level2"], row["name"], row["target"], row["actual"]) == (
        "服务对象满意度指标",
        "满意度",
        "≥90%",
        "95%",
    )
    assert (row["weight"], row["score"]) == ((None, 10.0) if blank == "weight" else (10.0, None))
    # wide gaps: the row's cells were all taken for a name (产出指标 数量指标 完成数量 ≥10个) with
    # 12个 and 50 as its target and actual; no row now gives a value out of its place
    text = NATIONAL.replace("\t12个\t50\t50\t", "\t12个\t50\t\t").replace("\t", "    ")
    (form,) = parse_text(text, "x.txt").forms
    for row in form["indicators"]:
        assert not (row["name"] or "").startswith("产出指标")
        if row["name"] == "完成数量":
            assert row["target"] in ("≥10个", None) and row["actual"] in ("12个", None)


def test_two_rows_run_into_one_name_make_the_reading_doubtful():
    # one cell per line, the first row's 得分 dropped: the layout reader ran it into the next
    # row (完成数量≥10个12个50群众受益); a target, numbers, then words in a name make it doubtful,
    # and the structure reader reads the rows, leaving the lone 50 (分值 or 得分?) out
    from pipelines.parser import parse_text

    text = NATIONAL.replace("\t12个\t50\t50\t", "\t12个\t50\t").replace("\t", "\n")
    (form,) = parse_text(text, "x.txt").forms
    rows = [
        (r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in form["indicators"]
    ]
    assert rows == [
        ("完成数量", "≥10个", "12个", None, None),
        ("群众受益", "明显", "明显", 30.0, 30.0),
        ("满意度", "≥90%", "95%", 10.0, 10.0),
    ]


def test_money_values_printed_before_their_row_labels_go_one_rate_a_row():
    from pipelines.parser.generic import Reading, _fund_values, read_funds

    # a spreadsheet's text out of order: the total row's label, the header, all the values,
    # then the other row labels; two rates (100%) for four rows: the values are the first two
    # rows', one rate each, and the two rows after them print nothing
    texts = ["年度资金总额", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    texts += ["0", "207.4538", "10", "100%", "10", "207.4538", "—", "100%", "—"]
    texts += ["其中:当年财政拨款", "上年结转资金", "其他资金"]
    rows = read_funds([Cell(t, 1) for t in texts], 0, len(texts), Reading())
    total, grant, carried, other = rows
    # where the row's values are cut (after 100% or after the 10 that follows) and which
    # amount column is blank are not known: only what every reading gives is kept
    assert (total["initial_budget"], total["weight"], total["execution_rate"]) == (0, 10, 100)
    assert total["annual_budget"] is None and total["executed"] is None
    assert grant["execution_rate"] == 100 and grant["annual_budget"] is None
    assert all(v is None for k, v in carried.items() if k != "line")
    assert all(v is None for k, v in other.items() if k != "line")
    # a rate of 100% with 207.4538 spent of a budget of 0 is no reading
    columns = ["initial_budget", "annual_budget", "executed", "fund_weight", "execution_rate"]
    assert "executed" not in _fund_values(["0", "207.4538", "10", "100%"], columns)


@pytest.mark.parametrize("between_rows", ["\n", "\n\n"])
def test_goals_one_cell_a_line_without_a_sentences_end_are_the_two_lines(between_rows):
    # a page's table flattened one cell a line (the empty cells dropped, a blank line between
    # rows or not): the two goal labels on lines of their own, then the two texts, neither ending
    # a sentence; two lines are the two goals, not one goal wrapped
    from pipelines.parser import parse_text

    text = NATIONAL.replace("已完成某某工作。", "已完成").replace("完成某某工作。", "完成某某工作")
    rows = [[c for c in line.split("\t") if c.strip()] for line in text.split("\n")]
    flat = between_rows.join("\n".join(row) for row in rows if row)
    (form,) = parse_text(flat, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == ("完成某某工作", "已完成")


def test_rows_run_together_with_numbered_names_are_read_one_by_one():
    from pipelines.parser.generic import read_run_rows

    # the template numbers its names (指标1：, 指标2：) and leaves placeholders (指标2：……): each
    # number starts a row, so a row of words can be read even without points to end it; a row
    # whose target and actual are different words is still left out
    run = "指标1：资源节约利用水平持续改善持续改善指标2：运行成本节约完善达标指标3：检查次数≥6次6次指标4：……"
    rows = read_run_rows([Cell(run, 1)], ["name", "target", "actual", "deviation"])
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        ("指标1:资源节约利用水平", "持续改善", "持续改善"),
        ("指标3:检查次数", "≥6次", "6次"),
    ]
    # without the numbers a row of words is left out, and no name swallows it (资源节约利用水平
    # 持续改善持续改善检查次数 was read as one name before)
    plain = "资源节约利用水平持续改善持续改善检查次数≥6次6次"
    assert read_run_rows([Cell(plain, 1)], ["name", "target", "actual", "deviation"]) == []


def test_a_form_without_a_title_before_a_titled_one_is_a_form_of_its_own():
    # a file whose first form prints no title (or lost it at a page's cut) and whose next form
    # prints one: the first starts at its 项目名称, where its own tables follow
    from pipelines.parser import parse_text

    untitled = NATIONAL.split("\n", 2)[2]  # without 项目支出绩效自评表 / （2022年度）
    forms = parse_text(untitled + "\n" + NATIONAL.replace("某某经费", "另一经费"), "x.txt").forms
    assert [f["project_name"] for f in forms] == ["某某经费", "另一经费"]
    assert all(len(f["indicators"]) == 3 for f in forms)


@pytest.mark.parametrize("numbered", ["1.当年财政拨款", "1、当年财政拨款", "（1）当年财政拨款"])
def test_money_row_labels_with_their_numbers_are_read(numbered):
    from pipelines.parser import parse_text

    (form,) = parse_text(NATIONAL.replace("其中：当年财政拨款", numbered), "x.txt").forms
    grant = next(r for r in form["funds"] if r["line"] == "当年财政拨款")
    assert (grant["annual_budget"], grant["executed"]) == (100, 90)


def test_group_labels_of_another_framework_in_their_columns_are_read_as_printed():
    # the 决策 / 过程 / 产出 / 效益 framework (项目决策, 项目产出 …) is not in the label vocabulary;
    # in a table whose rows stand under their header (tabs) its labels are in the 一级/二级
    # columns, so they are the rows' groups as printed, not part of the names, and a 二级 of the
    # vocabulary (数量指标) does not turn the printed 一级 into 产出指标
    from pipelines.parser import parse_text

    rows = (
        "\t项目决策\t项目立项\t立项依据充分性\t充分\t充分\t10\t10\t\n"
        "\t项目管理\t资金管理\t资金到位率\t100%\t100%\t10\t10\t\n"
        "\t项目产出\t数量指标\t完成数量\t≥10个\t12个\t30\t30\t\n"
        "\t\t质量指标\t验收合格率\t100%\t100%\t10\t10\t\n"
    )
    text = NATIONAL.replace("\t产出指标\t数量指标\t完成数量\t≥10个\t12个\t50\t50\t\n", rows)
    (form,) = parse_text(text.replace("\t效益指标\t", "\t项目效益\t"), "x.txt").forms
    assert [(r["level1"], r["level2"], r["name"]) for r in form["indicators"]] == [
        ("项目决策", "项目立项", "立项依据充分性"),
        ("项目管理", "资金管理", "资金到位率"),
        ("项目产出", "数量指标", "完成数量"),
        ("项目产出", "质量指标", "验收合格率"),
        ("项目效益", "社会效益指标", "群众受益"),
        ("满意度指标", "服务对象满意度指标", "满意度"),
    ]


def test_an_identity_label_misread_by_one_character_still_ends_the_value_before_it():
    # an OCR'd form run together: 实施单位 read as 实施第位 (the unit's value lost in the scan)
    text = (
        "1、某市本级部门项目支出绩效自评表(2021年)项目名称初中公用经费主管部门某市教育局"
        "实施第位自评得分98项目资金(万元)年度资金总额年初预算数全年预算数全年执行数"
        "执行率64.864.864.8100%\n"
    )
    from pipelines.parser import parse_text

    form = parse_text(text, "ocr.txt").contract_forms()[0]
    assert form["project_name"] == "初中公用经费"
    assert form["department"] == "某市教育局"  # not 某市教育局实施第位


@pytest.mark.parametrize("separator", ["tabs", "wide gaps", "markdown"])
def test_goals_after_a_row_heading_worded_as_the_achieved_goals_label(separator):
    # 总体目标完成情况 | 总体目标 | 全年实际完成情况: the first names the row, the two after it
    # the columns of the two texts on the next row
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "年度总体目标\t预期目标\t实际完成情况\n",
        "总体目标完成情况\t总体目标\t全年实际完成情况\n",
    )
    (form,) = parse_text(text.replace("\t", SEPARATORS[separator]), "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == ("完成某某工作。", "已完成某某工作。")


def test_numbered_goals_printed_in_pairs_one_cell_a_line():
    # each goal's planned cell then its achieved one, one cell a line, after the section's points
    # (20): the planned goals are the first of each pair, the achieved the second
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "年度总体目标\t预期目标\t实际完成情况\n\t完成某某工作。\t已完成某某工作。",
        "年度总体目标\t预期目标\t实际完成情况\t20\n目标1:完成甲。\n目标1:完成甲。\n"
        "目标2:开展乙。\n目标2:乙已开展。",
    )
    (form,) = parse_text(text.replace("\t", "\n"), "x.txt").forms
    assert form["goal_planned"] == "目标1:完成甲。 目标2:开展乙。"
    assert form["goal_actual"] == "目标1:完成甲。 目标2:乙已开展。"
    # numbered goals of one text each (1, 2 then 1, 2) are no pairs: left unread, never swapped
    unpaired = text.replace(
        "目标1:完成甲。\n目标1:完成甲。\n目标2:开展乙。",
        "目标1:完成甲。\n目标2:开展乙。\n目标1:完成甲。",
    )
    (form,) = parse_text(unpaired.replace("\t", "\n"), "x.txt").forms
    assert form["goal_planned"] != "目标1:完成甲。 目标1:完成甲。"


def test_a_number_printed_after_the_department_is_not_its_name():
    # the 自评得分 beside the identity labels run onto the department's line, apart by a space
    text = NATIONAL.replace("主管部门\t某某局", "主管部门\t某某局 100")
    # (the whole page on one line, as a page copied without its line ends)
    form = _read_on_one_line(text)
    assert form["department"] == "某某局"


def test_numbered_goal_pairs_on_one_line_are_the_two_goals():
    text = NATIONAL.replace(
        "年度总体目标\t预期目标\t实际完成情况\n\t完成某某工作。\t已完成某某工作。",
        "年度总体目标\t预期目标\t实际完成情况\n20 目标1:完成甲。 目标1:完成甲。 目标2:开展乙。 目标2:乙已开展。",
    )
    form = _read_on_one_line(text)
    assert form["goal_planned"] == "目标1:完成甲。 目标2:开展乙。"
    assert form["goal_actual"] == "目标1:完成甲。 目标2:乙已开展。"


def test_a_name_that_swallowed_its_row_apart_by_spaces_is_left_out():
    from pipelines.parser.generic import _swallowed_values

    assert _swallowed_values("指标1:完成时间 2021年12月31日 2021年12月31日 5")
    assert _swallowed_values("指标1:事故发生数 0次 0次 3 指标2:知识素养")
    assert not _swallowed_values("指标1:完成时间")
    assert not _swallowed_values("2021年完成 100 户改造")


# a table whose rows ran together where one row's 自评分 meets the next row's name, its group
# labels printed with their points in the middle of their rows (a merged cell's label at its
# middle), one value cut by a space inside a word
RUN_AT_POINTS = (
    "项目支出绩效自评表（2022年度）\n项目名称 某某经费 主管部门 某某局 实施单位 某某中心\n"
    "指标名称 目标值 权重 实际完成 值 自评分甲项合规性 合格 3 好 3项目绩效(10 分)投入目标(6 分)乙项规范性 合格 3 好 "
    "3丙项及时性 按时,完 成 2 按时,完 成 2产出目标(4 分)丁项完整性 合格 1 好 1戊项完成率 95% 1 95% 1\n"
)


def test_rows_run_together_at_their_points_are_cut_there():
    from pipelines.parser import parse_text

    (form,) = parse_text(RUN_AT_POINTS, "x.txt").forms
    rows = [
        (r["name"], r["target"], r["weight"], r["actual"], r["score"]) for r in form["indicators"]
    ]
    assert rows == [
        ("甲项合规性", "合格", 3, "好", 3),
        ("乙项规范性", "合格", 3, "好", 3),
        ("丙项及时性", "按时,完成", 2, "按时,完成", 2),
        ("丁项完整性", "合格", 1, "好", 1),
        ("戊项完成率", "95%", 1, "95%", 1),
    ]


def test_groups_printed_among_their_rows_take_the_rows_that_add_up_to_their_points():
    # 投入目标(6) printed before 乙 and 产出目标(4) before 丁 (under 项目绩效(10)): as printed,
    # 乙+丙 = 5 points, so the labels stand in the middle of their rows; the one tiling of the
    # rows that adds up is 甲乙 | 丙丁戊
    from pipelines.parser import parse_text

    (form,) = parse_text(RUN_AT_POINTS, "x.txt").forms
    assert [r["level2"] for r in form["indicators"]] == [
        "投入目标",
        "投入目标",
        "产出目标",
        "产出目标",
        "产出目标",
    ]
    # points that no tiling adds up to: no row is given either group (never a wrong one)
    (form,) = parse_text(RUN_AT_POINTS.replace("产出目标(4 分)", "产出目标(9 分)"), "x.txt").forms
    assert [r["level2"] for r in form["indicators"]] == [None] * 5


def test_a_level1_label_printed_inside_a_level2_group_placed_by_points_is_the_whole_group_s():
    # 项目绩效(10 分) printed before 乙, inside 投入目标's rows 甲乙 (placed by their points): a
    # 二级 group lies whole in one 一级, so 甲, above the 一级 label, is under it too
    from pipelines.parser import parse_text

    (form,) = parse_text(RUN_AT_POINTS, "x.txt").forms
    assert [r["level1"] for r in form["indicators"]] == ["项目绩效"] * 5
    # where the 二级 groups cannot be told by their points, no row above the label takes it
    (form,) = parse_text(RUN_AT_POINTS.replace("产出目标(4 分)", "产出目标(9 分)"), "x.txt").forms
    assert form["indicators"][0]["level1"] is None


def test_a_row_of_zeros_fills_the_amounts_not_a_rate_of_a_zero_budget():
    # 其他资金 | 0 | 0 | 0 (cut after them): 年初, 全年, 执行; a rate 0 of a budget 0 checks nothing
    from pipelines.parser.generic import _fund_values

    columns = [
        "initial_budget",
        "annual_budget",
        "executed",
        "fund_weight",
        "execution_rate",
        "fund_score",
    ]
    out = _fund_values(["0", "0", "0"], columns, sub_row=True)
    assert (out.get("initial_budget"), out.get("annual_budget"), out.get("executed")) == (0, 0, 0)
    assert out.get("execution_rate") is None


def test_the_last_words_of_a_cut_text_after_rows_printed_apart_are_the_next_name():
    # markdown rows, then the text cut after the next row's first words (no `|`): a row of its
    # own, never the tail of the name above
    from pipelines.parser import parse_text

    head = NATIONAL.split("绩效指标\t")[0].replace("\t", " | ")
    text = (
        head
        + "绩效指标 |\n一级指标 |\n二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 偏差原因 |\n"
        "产出指标 |\n数量指标 | 完成数量 | 1 | 建设中 |\n总建\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    names = [r["name"] for r in form["indicators"]]
    assert names[0] == "完成数量" and "完成数量总建" not in names


def test_a_more_specific_unit_label_printed_among_the_money_cells_wins():
    # 单位名称 in the header, 项目实施单位 (more specific) printed later among the money table's
    # cells by a scrambled extraction, its value followed by an option list
    text = NATIONAL.replace(
        "项目名称\t某某经费\n主管部门\t某某局\t实施单位\t某某中心",
        "单位名称:某某局\n项目名称\t某某经费\n主管部门\t某某局",
    ).replace("\t年度资金总额", "\t项目实施单位 某某中心 □ 3、一次性项目 □\n\t年度资金总额")
    form = _read_on_one_line(text)
    assert form["implementing_unit"] == "某某中心"


def test_an_identity_value_ends_at_a_label_the_parser_does_not_know():
    # a page copied without line ends: 实施单位: … 是否公开: 网址: (labels of another form part)
    text = NATIONAL.replace(
        "项目名称\t某某经费\n主管部门\t某某局\t实施单位\t某某中心",
        "项目名称: 某某经费\n主管部门: 某某局 实施单位: 某某中心\n是否公开: 网址:",
    )
    form = _read_on_one_line(text)
    assert form["implementing_unit"] == "某某中心"


def test_two_goals_run_together_with_a_gap_before_the_first_stop_are_left_unread():
    # 用于甲… 发放乙…。丙…。 in one cell: the gap may be where the first goal ended, without a
    # stop, so the first stop does not part the two goals
    from pipelines.parser.generic import Cell, Reading, read_goals

    goals = (
        "用于资助贫困教师及学生 发放成长计划资助学生10人次及其他。另由中央直接拨付到个人银行账户。"
    )
    cells = [Cell("预期目标", 1), Cell("实际完成情况", 1), Cell(goals, 2)]
    assert read_goals(cells, 0, len(cells), Reading()) == (None, None)
    apart = "发放成长计划资助学生10人次及其他。另由中央直接拨付到个人银行账户。"
    cells[2] = Cell(apart, 2)
    assert read_goals(cells, 0, len(cells), Reading()) == (
        "发放成长计划资助学生10人次及其他。",
        "另由中央直接拨付到个人银行账户。",
    )


def test_a_value_of_words_and_a_number_said_twice_is_the_target_and_the_actual():
    # every space lost: …素质提升10%提升10%6: the name ends before the value said twice
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "\t效益指标\t社会效益指标\t群众受益\t明显\t明显\t30\t30\t",
        "\t效益指标\t社会效益指标\t公民文化素质\t提升10%\t提升10%\t30\t30\t",
    )
    text = "\n".join("".join(line.split()) for line in text.splitlines())
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    row = next(r for r in rows if (r["name"] or "").startswith("公民"))
    assert (row["name"], row["target"], row["actual"]) == ("公民文化素质", "提升10%", "提升10%")


def test_a_title_that_opens_with_its_year_without_nian_du_gives_the_year():
    from pipelines.parser.generic import title_year
    from pipelines.parser.text import split_lines

    assert title_year(split_lines("2023年福彩中心绩效项目支出自评表\n")) == 2023
    # a date is not a fiscal year, nor a year in a line that is no form's title
    assert title_year(split_lines("2023年6月1日项目支出自评表\n")) is None
    assert title_year(split_lines("2023年工作总结\n")) is None


def test_an_amount_with_its_unit_then_two_numbers_run_together():
    # OCR of a money row: 50万元47.6895.00% is 全年预算 50, 执行 47.68, 执行率 95.00%
    from pipelines.parser.generic import _fund_values

    out = _fund_values(["50万元47.6895.00%"], ["annual_budget", "executed", "execution_rate"])
    assert out == {"annual_budget": 50, "executed": 47.68, "execution_rate": 95.0}


def test_a_money_row_printing_its_amount_once_too_often_and_a_reversed_total_label():
    # 28.1 four times under 年初 | 全年 | 执行: the amounts are 28.1 whichever copy is dropped;
    # 分总 is 总分 with its two characters reversed by a PDF tool
    from pipelines.parser.generic import _fund_values

    columns = [
        "initial_budget",
        "annual_budget",
        "executed",
        "fund_weight",
        "execution_rate",
        "fund_score",
    ]
    out = _fund_values(["28.1", "28.1", "28.1", "28.1", "10", "100%", "10"], columns)
    assert out == {
        "initial_budget": 28.1,
        "annual_budget": 28.1,
        "executed": 28.1,
        "weight": 10,
        "execution_rate": 100,
        "score": 10,
    }
    # amounts that differ: which one is extra is not known, so none is placed
    assert _fund_values(["28.1", "28.1", "27", "28.1", "10", "100%", "10"], columns) == {}
    from pipelines.parser.vocabulary import meaning

    assert meaning("分总", "totals") is not None


def test_a_sub_row_label_run_into_its_numbers_and_a_level2_label_without_zhibiao():
    # 其中:财政资金: 0.00 0.00 0.00 in one cell (single spaces), and 满意度指标 | 服务对象满意度 |
    # the row's name: the second is the 二级 label printed without its 指标
    from pipelines.parser import parse_text

    text = (
        "项目支出绩效自评表\n项目名称: 某某经费 填报人: 某某\n主管部门: 某某局 实施单位: 某某中心\n"
        "资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分\n"
        "资金总额: 120,000.00 120,000.00 30,000.00 10.00  25 2.5\n"
        "其中:财政资金: 100.00 100.00 90.00   90\n"
        "一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 "
        "未完成原因分析\n"
        "产出指标 数量指标 资助学生 52 10 19.23% 20.00 3.85 未全部发放。\n"
        "满意度指标 服务对象满意度 受助学生满意度 52 100 100.00% 10.00 10\n"
        "合计 100.00 46.35\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    sub = form["funds"][1]
    assert (sub["initial_budget"], sub["annual_budget"], sub["executed"]) == (100, 100, 90)
    last = form["indicators"][-1]
    assert (last["level1"], last["level2"], last["name"]) == (
        "满意度指标",
        "服务对象满意度",
        "受助学生满意度",
    )
    assert (last["target"], last["actual"], last["weight"]) == ("52", "100", 10)


def test_goals_printed_column_after_column_each_numbered_from_one():
    # 目标1:… 目标2:… then 1.… 2.…: the numbering starts again where the achieved goals start
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "年度总体目标\t预期目标\t实际完成情况\n\t完成某某工作。\t已完成某某工作。",
        "年度总体目标\t预期目标\t实际完成情况\n目标1:完成甲。\n目标2:开展乙。\n1.甲已完成。\n2.乙已开展。",
    )
    for layout in (text, text.replace("\t", "    ")):
        (form,) = parse_text(layout, "x.txt").forms
        assert form["goal_planned"] == "目标1:完成甲。 目标2:开展乙。"
        assert form["goal_actual"] == "1.甲已完成。 2.乙已开展。"
    from pipelines.parser.text import numbered_runs

    assert numbered_runs(["1.甲", "2.乙", "3.丙", "4.丁"]) == []  # one run: no two columns


def test_a_name_printed_again_after_its_target_is_no_row():
    # one cell per line: 建设…子站 | 11个 | 建设…子站 | 0 | reason: the repeat is the extraction's
    from pipelines.parser import parse_text

    text = NATIONAL.replace(
        "\t产出指标\t数量指标\t完成数量\t≥10个\t12个\t50\t50\t",
        "\t产出指标\t数量指标\t建设空气质量监测子站\t11个\t建设空气质量监测子站\t0\t50\t0\t未建成。",
    )
    (form,) = parse_text(text.replace("\t", "\n\n"), "x.txt").forms
    first = form["indicators"][0]
    assert (first["name"], first["target"], first["actual"]) == (
        "建设空气质量监测子站",
        "11个",
        "0",
    )
    assert sum(r["name"] == "建设空气质量监测子站" for r in form["indicators"]) == 1


def test_a_separate_indicator_table_with_coded_natures_and_a_line_of_points():
    # markdown rows: both goals on one row, then the title of a separate 项目支出绩效指标表 (no
    # goal's), a header over two rows, a line of the table's points alone (90.00 | 90.00), and
    # 指标性质 printed with a system's code before the sign (004 >=)
    from pipelines.parser import parse_text

    text = (
        "项目支出绩效自评表\n项目名称 | 某某经费 |\n主管部门 | 某某局 | 实施单位 | 某某中心 |\n"
        "项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 | 100 | 100 | 90 | 10 | 90% | 9 |\n"
        "年度 总体 目标 | 预期目标 | 实际完成情况 | ||||\n完成某某工作。 | 已完成某某工作。 | ||||\n"
        "项目支出绩效指标表 | ||||||\n"
        "绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||\n"
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||\n"
        "90.00 | 90.00 | ||||||\n"
        "产出指标 | 数量指标 | 检查次数 | 004 >= | 20 | 次 | 113 | 50.00 | 50.00 | |||\n"
        "产出指标 | 成本指标 | 经费支出 | 005 <= | 33 | 万元 | 32.9 | 40.00 | 40.00 | |||\n"
        "其他需要说明事项 | 无 |\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == ("完成某某工作。", "已完成某某工作。")
    rows = [(r["name"], r["target"], r["actual"], r["weight"]) for r in form["indicators"]]
    assert rows == [("检查次数", "004 >=20次", "113", 50), ("经费支出", "005 <=33万元", "32.9", 40)]


def test_a_pages_project_name_that_is_the_forms_title_starts_no_form():
    # a tender aggregator's 项目名称: <the form's title> before the form, and the form's 一级
    # labels printed one character a line (产 / 出 / 指 / 标 + the first row)
    from pipelines.parser import parse_text

    text = (
        "项目名称: 某某专项资金转移支付区域(项目)绩效自评表\n招标公司: 某某政府\n( 2025 年度)\n"
        + NATIONAL.split("（2022年度）\n")[1].replace(
            "\t产出指标\t数量指标", "产\n出\n指\n标\t数量指标"
        )
    )
    result = parse_text(text, "x.txt")
    assert len(result.forms) == 1 and not result.errors
    (form,) = result.forms
    assert form["project_name"] == "某某经费" and form["year"] == 2025
    first = form["indicators"][0]
    assert (first["level1"], first["level2"], first["name"]) == ("产出指标", "数量指标", "完成数量")


def test_two_goal_texts_a_line_apart_by_one_space_under_a_header_with_a_rate_column():
    # 年度预期目标 具体完成情况 总体完成率(%), then lines holding both texts and the rate
    from pipelines.parser.generic import Cell, Reading, read_goals

    first = "为我县百岁高龄老年人发放补贴,使老年人得到照顾。"
    second = "为全县共享改革开放成果,促进社会稳定文明和谐"
    cells = [
        Cell("年度预期目标", 1),
        Cell("具体完成情况", 1),
        Cell("总体完成率(%)", 1),
        Cell(first, 2),
        Cell(first, 2),
        Cell("100.00", 2),
        Cell(second, 3),
        Cell(second, 3),
    ]
    planned, actual = read_goals(cells, 0, len(cells), Reading())
    assert planned == actual == first + second


def test_a_row_that_opens_with_the_same_words_twice_is_a_group_of_its_own():
    # a text cut after 预算执行率 预算执行率: the merged 一级 cell and the row's name, not a name
    # under the groups of the rows before
    from pipelines.parser import parse_text

    text = (
        "项目支出绩效自评表\n项目名称: 某某经费 实施(主管)单位 某某局\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 完成数量 ≥10个 12个 50 50\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 40 40\n"
        "预算执行率 预算执行率\n"
    )
    last = parse_text(text, "x.txt").forms[0]["indicators"][-1]
    assert (last["level1"], last["level2"], last["name"]) == ("预算执行率", None, "预算执行率")


def test_identity_labels_run_into_a_title_a_year_and_a_money_header():
    # a document mirror: …绩效自评表项目名称 | 某某经费 | 项目年份 | 2017项目主管部门(单位) |
    # 某某局年初预算数…: each label apart, and the department without the money header
    from pipelines.parser.generic import Cell, Reading, _split_led_run, read_identity

    cells = [
        Cell("某某市财政支出项目绩效自评表项目名称", 1, False, True),
        Cell("某某经费", 1, False, True),
        Cell("项目年份", 1, False, True),
        Cell("2017项目主管部门(单位)", 1, False, True),
        Cell("某某市园林管理局年初预算数当年使用", 1, False, True),
    ]
    split = [c for cell in cells for c in _split_led_run(cell)]
    assert [c.text for c in split[:2]] == ["某某市财政支出项目绩效自评表", "项目名称"]
    assert [c.text for c in split[4:6]] == ["2017", "项目主管部门(单位)"]
    identity = read_identity(split, len(split), Reading())
    assert identity["project_name"] == "某某经费"
    assert identity["department"] == "某某市园林管理局"


def test_a_form_run_in_after_the_total_of_the_form_before_is_found():
    # a document mirror's chunks (1、 … 2、 …): the second form has no title of its own, its
    # 项目名称 run in after the first form's 总分 100 98; its goal is cut by a chunk marker
    from pipelines.parser import parse_text

    one = "".join(NATIONAL.split("\n")[2:]).replace("\t", "")
    first = "1、项目支出绩效自评表(2020年度)" + one.replace("总分10099", "")
    second = one.replace("某某经费", "另一经费").replace("已完成某某工作。", "已完成另一工作。")
    cut = second.index("完成某某工作。") + 3
    text = first + "总分10098" + second[:cut] + "\n2、" + second[cut:] + "\n"
    forms = parse_text(text, "x.txt").forms
    assert [f["project_name"] for f in forms] == ["某某经费", "另一经费"]
    assert forms[1]["goal_planned"] in (None, "完成某某工作。")
    assert "2、" not in (forms[1]["goal_actual"] or "")


def test_a_group_whose_rows_add_up_to_its_points_keeps_a_row_of_another_groups_label():
    # 产出指标(50分) over 数量指标 rows, one 经济效益指标 row and a 时效指标 row, 50 points in all:
    # the form's grouping holds (产出指标 for every row); without the points the framework's does
    from pipelines.parser import parse_text

    rows = (
        "产出指标(50分) | 数量指标 | 建设冷库 | ≥1000平方米 | 1000平方米 | 20 | 20 |\n"
        "经济效益 指标 | 奖补资金兑付率 | ≥100% | 100% | 20 | 20 |\n"
        "时效指标 | 任务完成时限 | 12月 | 12月 | 10 | 10 |\n"
    )
    head = (
        "项目支出绩效自评表\n(2022年度)\n项目名称 | 某某经费 |\n主管部门 | 某某局 | 实施单位 | 某某中心 |\n"
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    )
    form = parse_text(head + rows + "总分 | 50 | 50 |\n", "x.txt").forms[0]
    assert [r["level1"] for r in form["indicators"]] == ["产出指标"] * 3
    other = head + rows.replace("(50分)", "(60分)") + "总分 | 50 | 50 |\n"
    form = parse_text(other, "x.txt").forms[0]
    assert [r["level1"] for r in form["indicators"]] == ["产出指标", "效益指标", "产出指标"]


def test_the_zhibiao_of_a_row_number_run_into_the_group_label_before_it():
    # OCR lost a label's own 指标: 生态效益指标1病害减少… is 生态效益 | 指标1病害减少… in a table
    # whose names are numbered 指标1, 指标2 …; a count after a label (数量指标2个乡镇) stays a name
    from pipelines.parser.generic import Cell, _cut_at, _labels_in, _nfkc_each, _run_pattern

    def cut(text):
        found = _labels_in(_nfkc_each(text), _run_pattern())
        return [c.text for c in _cut_at(Cell(text, 1), found)]

    assert cut("社会效益指标指标1推广面积8生态效益指标1病害减少82%2%8")[-2:] == [
        "生态效益",
        "指标1病害减少82%2%8",
    ]
    assert cut("数量指标2个乡镇覆盖率100%100%5") == ["数量指标", "2个乡镇覆盖率100%100%5"]


def test_a_run_of_money_digits_never_gives_a_full_rate_a_score_well_below_its_weight():
    # 总额5.005.005.00100.00%10 under 年初 | 全年 | 执行 | 执行率 | 权重 | 得分 (the score blank):
    # 1 | 0 is the digits' cut, not the form's (100% earns the whole weight), so nothing is read
    from pipelines.parser.generic import _unglue

    columns = [
        "initial_budget",
        "annual_budget",
        "executed",
        "execution_rate",
        "fund_weight",
        "fund_score",
    ]
    assert _unglue("5.005.005.00100.00%10", columns) == {}
    assert _unglue("5.005.005.00100.00%1010", columns)["score"] == 10


def test_a_note_that_names_an_identity_label_gives_it_no_value():
    # 注:1.资金使用单位按项目填报,主管部门和财政部门汇总时…。 after the tables: prose, not a
    # more specific 主管部门 than the 地方主管部门 read above
    from pipelines.parser.generic import Cell, Reading, read_identity

    cells = [
        Cell("项目名称", 1),
        Cell("某某资金", 1),
        Cell("地方主管部门", 2),
        Cell("某某市交通运输局", 2),
        Cell("项目资金", 3),
        Cell("主管部门", 9),
        Cell("和财政部门汇总时按区域绩效目标填报。 2.", 9),
    ]
    identity = read_identity(cells, 4, Reading())
    assert identity["department"] == "某某市交通运输局"


def test_a_money_table_of_label_and_value_pairs_with_rows_repeating_their_label():
    # 预算数 x 到位数 y 执行数 z and the rate: the total row as pairs; the rows under it print their
    # label before each of their values, in the pairs' order (到位数, money received, is read past)
    money = (
        "二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n"
        "预算数 12.50 到位数 12.00 执行数 10.00 80.00\n"
        "其中:财政资金 12.50 其中:财政资金 12.00 其中:财政资金 10.00\n"
        "其他 0.00 其他 0.00 其他 0.00\n"
    )
    text = (
        "某县某局2021年度预算项目绩效自评表\n"
        "一、基本情况 项目名称: 某某补贴 实施(主管)单位 某县某局 金额单位: 万元\n"
        + money
        + "三、目标完成情况 年度预期目标 具体完成情况\n发放某某补贴。 已发放某某补贴。\n"
    )
    for variant in (text, text.replace("\n", " ")):
        funds = {r["line"]: r for r in parse_text(variant, "x.txt").contract_forms()[0]["funds"]}
        total, budget, other = funds["年度资金总额"], funds["当年财政拨款"], funds["其他资金"]
        assert (total["annual_budget"], total["executed"]) == (12.5, 10)
        assert total["execution_rate"] == 80
        assert (budget["annual_budget"], budget["executed"]) == (12.5, 10)
        assert (other["annual_budget"], other["executed"]) == (0, 0)
    # a rate the amounts do not confirm is left out
    wrong_rate = text.replace("10.00 80.00", "10.00 90.00")
    total = parse_text(wrong_rate, "x.txt").contract_forms()[0]["funds"][0]
    assert total["executed"] == 10 and total["execution_rate"] is None


def test_a_row_named_by_a_verdict_a_unit_note_or_one_character_gives_no_values():
    # a 完成情况 verdict (完成), a unit note (%(百分比)) or one character of a group label printed a
    # character a line (产) read as a row's name: the row's values belong to no row for sure
    from pipelines.parser.guards import drop_misread

    def row(name, **values):
        return {
            "name": name,
            "target": None,
            "actual": None,
            "weight": None,
            "score": None,
        } | values

    rows = [
        row("完成", weight=40.0, score=16.0),
        row("%(百分比)", target="30.00"),
        row("产", target="出", actual="指"),
        row("指标2:", weight=5.0),
        row("补贴发放人数", target="≥120人", actual="126人", weight=40.0, score=40.0),
        row("完成率", target="100%", actual="100%"),  # a name that opens with a verdict's word
        row("岗"),  # a name alone, where a cut text stopped: kept as printed
    ]
    warnings = drop_misread(rows)
    assert [r["name"] for r in rows] == ["补贴发放人数", "完成率", "岗"]
    assert len(warnings) == 4 and "'完成'" in warnings[0]
    # and in a parsed form, whichever reader read it: a verdict printed on a line of its own
    text = (
        "某县某局2021年度项目支出绩效自评表\n项目名称 某某补贴 主管部门 某县某局 实施单位 某县某局\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 补贴发放人数 ≥120人 126人 40 40\n完成 100% 100% 10 10\n"
        "效益指标 社会效益指标 群众知晓率 ≥90% 92% 50 50\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").contract_forms()[0]
    assert [r["name"] for r in form["indicators"]] == ["补贴发放人数", "群众知晓率"]
    assert any("'完成' is no indicator's name" in w for w in form["warnings"])


def test_a_row_whose_target_is_the_actuals_verdict_gives_no_values():
    # 达成指标 (the 实际完成值 column's verdict) where the target stands: the row was read one
    # column off (a table printed a column at a time), its name a target, its actual a point
    from pipelines.parser.guards import other_cells_in_texts

    shifted = {
        "name": "增强",
        "target": "达成指标",
        "actual": "4.00",
        "weight": 5.0,
        "score": 4.0,
        "deviation": None,
    }
    kept = {"name": "宣传覆盖面", "target": "扩大", "actual": "达成指标", "weight": 5.0}
    warnings = other_cells_in_texts([shifted, kept])
    assert len(warnings) == 1 and "one column off" in warnings[0]
    assert not any(shifted[k] for k in ("name", "target", "actual", "weight", "score"))
    assert kept["actual"] == "达成指标" and kept["weight"] == 5.0


def test_a_name_of_two_characters_that_is_a_value_is_left_out_with_the_target():
    # 增强 | 扩大 | 达成指标: two characters beside a target of two (a column's words read one
    # cell off, the row's target taken for its name), or a name its actual says again (显著 |
    # 3场 | 显著): the name and the target are left out, the actual and points kept; a short
    # name beside figures or longer words (流量 | >=30G, 保洁 | 及时,整洁), or whose actual says
    # its target again (运行 | 稳定 | 较稳定), stays
    from pipelines.parser.guards import other_cells_in_texts

    def row(name, target, actual):
        keys = ("name", "target", "actual", "weight", "score", "deviation")
        return dict(zip(keys, (name, target, actual, 5.0, 5.0, None)))

    shifted = [row("增强", "扩大", "达成指标"), row("显著", "3场", "显著")]
    kept = [
        row("流量", ">=30G", "30G"),
        row("保洁", "及时,整洁", "及时,整洁"),
        row("运行", "稳定", "较稳定"),  # (its actual says its target again: the row's own pair)
    ]
    warnings = other_cells_in_texts(shifted + kept)
    assert len(warnings) == 2
    assert [(r["name"], r["target"], r["actual"], r["weight"]) for r in shifted] == [
        (None, None, "达成指标", 5.0),
        (None, None, "显著", 5.0),
    ]
    assert [r["name"] for r in kept] == ["流量", "保洁", "运行"]


def test_a_name_that_is_a_rate_is_left_out():
    # ≥75% read with its sign lost (工75%, ^75%) where a name stands: a value's words, never an
    # indicator's name; a name holding a rate among its words stays
    from pipelines.parser.guards import other_cells_in_texts

    rows = [
        {"name": name, "target": None, "actual": None, "weight": 5.0, "score": 5.0}
        for name in ("工75%", "^75%", "62.5%", "合格率达到95%的项目数")
    ]
    other_cells_in_texts(rows)
    assert [r["name"] for r in rows] == [None, None, None, "合格率达到95%的项目数"]
    assert rows[0]["weight"] == 5.0


def test_a_target_or_actual_that_is_a_rows_name_or_a_group_label_is_no_value():
    # a numbered name (指标1:…) or a group label (生态效益指标) taken into a value cell by a
    # misread table: the value is left out, the row kept
    from pipelines.parser.guards import drop_misread

    rows = [
        {
            "name": "指标2:",
            "target": "……",
            "actual": "指标1:工程质量合格",
            "weight": None,
            "score": None,
        },
        {
            "name": "全市安全度汛",
            "target": "生态效益指标",
            "actual": "安全",
            "weight": 5.0,
            "score": 5.0,
        },
        {"name": "建成率", "target": "≥90%", "actual": "92%", "weight": 5.0, "score": 5.0},
    ]
    warnings = drop_misread(rows)
    assert [r["name"] for r in rows] == ["全市安全度汛", "建成率"]  # (指标2: then holds nothing)
    assert rows[0]["target"] is None and rows[0]["actual"] == "安全"
    assert rows[1]["target"] == "≥90%" and len(warnings) == 3


def test_a_name_holding_a_target_its_row_does_not_print_leaves_the_row_out():
    # 创业担保基金放大倍数≥2倍 | 10倍 | 10%: the name holds a target and the row another one, its
    # cells taken from other rows; a name whose target is its row's own is kept
    from pipelines.parser.guards import drop_misread

    def row(name, target):
        return {"name": name, "target": target, "actual": "10%", "weight": 1.0, "score": 0.0}

    rows = [row("担保基金放大倍数≥2倍", "10倍"), row("满意度≥90%", "≥90%"), row("放大倍数", "≥2倍")]
    assert len(drop_misread(rows)) == 1
    assert [r["name"] for r in rows] == ["满意度≥90%", "放大倍数"]


def test_a_name_holding_a_points_note_or_a_placeholder_leaves_the_row_out():
    # 指标2:……(30分)经济效益 | 指标 and (50分)指标1:完成数量 | 1 | 1: a group's points and a
    # template's placeholder read into a row, whose cells are then other rows'
    from pipelines.parser.guards import drop_misread

    def row(name, target):
        return {"name": name, "target": target, "actual": None, "weight": 10.0, "score": 10.0}

    rows = [
        row("指标2:……(30分)经济效益", "指标"),
        row("(50分)指标1:完成数量", "1"),
        row("完成数量", "1"),
    ]
    assert len(drop_misread(rows)) == 2
    assert [r["name"] for r in rows] == ["完成数量"]


def test_a_row_named_by_one_character_is_kept_only_as_the_last_row():
    # one character alone is a name only where a cut text stopped (the last row, 岗); before
    # other rows it is a piece of a header or a label (值, 洁), and the rows after it pair wrong
    from pipelines.parser.guards import drop_misread

    def row(name):
        return {"name": name, "target": None, "actual": None, "weight": None, "score": None}

    rows = [row("值"), row("资金使用合规性"), row("岗")]
    assert len(drop_misread(rows)) == 1
    assert [r["name"] for r in rows] == ["资金使用合规性", "岗"]


def test_a_benefit_group_label_printed_without_its_zhibiao_heads_its_rows():
    # corpus K (黄石 项目自评表): under 效益指标(30分) the 二级 cells print 经济效益 / 社会效益 / 环境效益
    # without 指标; the 得分 once a group, on its first row. Each such word heads its rows (the row
    # after a lost 环境效益 row took 经济效益's group); outside a 效益指标 group the same word is a
    # name (苏州's 结果目标 rows name 社会效益)
    text = "\n".join(
        [
            "项目名称 | 某某运行经费 |",
            "主管部门 | 某某局 | 项目实施单位 | 某某中心 |",
            "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
            "年度财政资金总额 | 8 | 8 | 100% | 20 |",
            "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
            "产出指标(40分) | 数量指标 | 开展活动次数 | 12次 | 12次 | 40 |",
            "效益指标(30分) | 经济效益 | 带动消费 | 有所增加 | 有所增加 | 10 |",
            "社会效益 | 活动覆盖人群 | 逐步扩大 | 逐步扩大 | 10 |",
            "生态效益 | 设施节能运行 | 达标 | 达标 | 10 |",
            "节水设施使用 | 正常 | 正常 |",
            "满意度指标(10分) | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 |",
            "总分 | 100 |",
        ]
    )
    (form,) = parse_text(text, "k.txt").forms
    rows = {r["name"]: (r["level1"], r["level2"]) for r in form["indicators"]}
    assert rows["活动覆盖人群"] == ("效益指标", "社会效益")
    assert rows["设施节能运行"] == ("效益指标", "生态效益")
    assert rows["节水设施使用"] == ("效益指标", "生态效益")
    assert "社会效益" not in rows and "生态效益" not in rows


def test_the_cell_after_a_groups_first_label_is_its_second_label_where_the_table_pairs_them():
    # corpus K (黄石): every row that opens with its 一级 label prints a 二级 label after it, so
    # the cut last row 满意度指标(10分) | 读者 | 在网络上… is 二级 读者 and the name after it, not a
    # row named 读者; where the 一级 label is followed by the row's name, nothing changes
    head = [
        "项目名称 | 某某服务经费 |",
        "主管部门 | 某某局 | 项目实施单位 | 某某中心 |",
        "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
        "年度财政资金总额 | 8 | 8 | 100% | 20 |",
        "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
    ]
    paired = [
        "产出指标(40分) | 数量指标 | 开展活动次数 | 12次 | 12次 | 40 |",
        "效益指标(30分) | 社会效益指标 | 活动覆盖人群 | 逐步扩大 | 逐步扩大 | 30 |",
        "满意度指标(10分) | 居民 | 在社区开展居民满意度调查",
    ]
    (form,) = parse_text("\n".join(head + paired), "k.txt").forms
    last = form["indicators"][-1]
    assert (last["level1"], last["level2"], last["name"]) == (
        "满意度指标",
        "居民",
        "在社区开展居民满意度调查",
    )
    alone = [
        "产出指标(40分) | 开展活动次数 | 12次 | 12次 | 40 |",
        "满意度指标(10分) | 居民满意 | 满意 | 满意 | 10 |",
    ]
    (form,) = parse_text("\n".join(head + alone), "k.txt").forms
    assert [r["name"] for r in form["indicators"]] == ["开展活动次数", "居民满意"]


def test_a_label_with_only_the_forms_unit_after_it_leaves_the_label_printed_later_its_value():
    # corpus K (济南 历城区): 主管部门(盖章): 单位:万元 on the line under the title, then the table's
    # own 主管部门 cell with the department: the first label has no value, the second gives it
    from pipelines.parser.generic import Cell, Reading, read_identity

    cells = [
        Cell("主管部门(盖章):", 2),
        Cell("单位:万元", 2),
        Cell("项目名称", 3),
        Cell("某某服务经费", 3),
        Cell("主管部门", 3),
        Cell("某某区文化和旅游局", 3),
        Cell("项目实施单位", 4),
        Cell("某某区文化馆", 4),
        Cell("年度总体目标", 5),
    ]
    identity = read_identity(cells, 8, Reading())
    assert identity["department"] == "某某区文化和旅游局"
    assert identity["implementing_unit"] == "某某区文化馆"


def test_the_goal_texts_end_where_the_money_sections_heading_wraps_over_lines_of_its_own():
    # corpus K (济南 历城区): both goal texts on one line apart by a space, then the money
    # section's heading in a narrow cell, 项目预算 / 执行情况 / (10分): not a third goal text
    text = "\n".join(
        [
            "区级部门预算项目支出绩效自评表",
            "( 2021 年度)",
            "主管部门(盖章):          单位:万元",
            "项目名称 某某运行经费 主管部门 某某区某某局",
            "项目实施单位 某某区某某中心 项目负责人 某某 联系电话 12345678",
            "年度总体目标 年初设定目标 年度总体目标完成情况综述",
            "保障中心正常运行 全年保障中心正常运行,开展各项服务工作。",
            "项目预算",
            "执行情况",
            "(10分)",
            "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法",
            "年度资金总额 20 20 10 100% 10 执行率*该指标分值",
            "其中:财政拨款 20 20 - - -",
        ]
    )
    (form,) = parse_text(text, "k.txt").forms
    assert form["goal_planned"] == "保障中心正常运行"
    assert form["goal_actual"] == "全年保障中心正常运行,开展各项服务工作。"


def test_a_templates_dash_row_before_the_next_groups_label_is_no_part_of_that_row():
    # corpus K (济南 历城区): each group's second template row printed - (its cells blank), run
    # before the next row's 二级 label: - 时效指标 免费开放率 … is the 时效指标 row
    text = "\n".join(
        [
            "区级部门预算项目支出绩效自评表",
            "( 2021 年度)",
            "项目名称 某某运行经费 主管部门 某某区某某局",
            "项目实施单位 某某区某某中心",
            "  年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法",
            "年度资金总额 20 20 10 100% 10 执行率*该指标分值",
            "三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法",
            "(50分)",
            "数量指标 服务场次 12场 12场 15 15  ",
            "定量指标计算:完成值达到指标值,记满分。",
            "-          ",
            "质量指标 服务达标率 100% 100% 15 15  ",
            "-          ",
            "时效指标 按时完成率 100% 100% 20 20  ",
            "-          ",
            "- -          ",
            "(30分)",
            "社会效益指标 群众参与度 提高 提高 30 30  ",
            "-          ",
        ]
    )
    (form,) = parse_text(text, "k.txt").forms
    assert [(r["level2"], r["name"], r["score"]) for r in form["indicators"]] == [
        ("数量指标", "服务场次", 15),
        ("质量指标", "服务达标率", 15),
        ("时效指标", "按时完成率", 20),
        ("社会效益指标", "群众参与度", 30),
    ]


def test_a_lone_cell_line_after_a_row_printed_whole_on_its_line_is_the_next_rows_name():
    # corpus K (黄石): a row with no 得分 (社会效益 | 使读者… | 独有… | 独有… |) and then a line of
    # one cell, 促进…活动 |: the next row, its target and actual merged with the row above, not
    # the rest of the row before (whose 得分 it was read as, losing both rows)
    text = "\n".join(
        [
            "项目名称 | 某某服务经费 |",
            "主管部门 | 某某局 | 项目实施单位 | 某某中心 |",
            "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
            "年度财政资金总额 | 8 | 8 | 100% | 20 |",
            "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
            "产出指标(40分) | 数量指标 | 开展活动次数 | 12次 | 12次 | 40 |",
            "效益指标(30分) | 社会效益指标 | 活动覆盖人群 | 逐步扩大 | 逐步扩大 |",
            "丰富群众文化生活 |",
            "可持续影响指标 | 长效机制 | 建立 | 建立 | 30 |",
            "总分 | 100 |",
        ]
    )
    (form,) = parse_text(text, "k.txt").forms
    assert [(r["name"], r["target"], r["score"]) for r in form["indicators"]] == [
        ("开展活动次数", "12次", 40),
        ("活动覆盖人群", "逐步扩大", None),
        ("丰富群众文化生活", None, None),
        ("长效机制", "建立", 30),
    ]


def test_a_name_that_opens_with_a_bound_stands_in_its_place_of_a_row_of_cells_apart():
    # corpus K (黄石): 可持续影响指标 | ≥360天服务读者 | ≥360天 | ≥360天 | 10 | — the 三级 name opens
    # with a bound but goes on with words, in the name's place of a row printed one cell a
    # column: the row is read, not lost for a name shaped like a target
    text = "\n".join(
        [
            "项目名称 | 某某服务经费 |",
            "主管部门 | 某某局 | 项目实施单位 | 某某中心 |",
            "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
            "年度财政资金总额 | 8 | 8 | 100% | 20 |",
            "年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
            "产出指标(40分) | 数量指标 | 开展活动次数 | 12次 | 12次 | 20 |",
            "质量指标 | 活动完成率 | 100% | 100% | 20 |",
            "效益指标(30分) | 可持续影响指标 | ≥300天开放服务群众 | ≥300天 | 310天 | 30 |",
            "总分 | 100 |",
        ]
    )
    from pipelines.parser.generic import read_form

    form, _ = read_form(split_lines(text))  # (the structure reader, as k03 is read)
    assert [(r["name"], r["target"], r["actual"]) for r in form["indicators"]] == [
        ("开展活动次数", "12次", "12次"),
        ("活动完成率", "100%", "100%"),
        ("≥300天开放服务群众", "≥300天", "310天"),
    ]


# The head of an invented 湖北-style 项目自评表 (identity, money, the indicator header, two rows),
# for the tests of corpus K's rows below
_SERVICE_FORM_HEAD = [
    ["项目名称", "某某服务经费"],
    ["主管部门", "某某局", "项目实施单位", "某某中心"],
    [
        "预算执行情况(万元) (20分)",
        "预算数(A)",
        "执行数(B)",
        "执行率(B/A)",
        "得分 (20分*执行率)",
    ],
    ["年度财政资金总额", "8", "8", "100%", "20"],
    [
        "年度绩效目标1 (80分)",
        "一级指标",
        "二级指标",
        "三级指标",
        "年初目标值(A)",
        "实际完成值(B)",
        "得分",
    ],
    ["产出指标(40分)", "数量指标", "开展活动次数", "12次", "12次", "20"],
    ["质量指标", "活动完成率", "100%", "100%", "20"],
]


def test_a_name_that_opens_with_a_bound_right_after_its_label_in_a_stream_of_cells():
    # corpus K (黄石) printed one cell a line: 可持续影响指标 / ≥360天服务读者 / ≥360天 / ≥360天 / 10 —
    # right after a group label, a text that opens with a bound and goes on with words is the
    # row's name (read as a target, it lost the label and gave the row before's actual as a name)
    rows = [
        *_SERVICE_FORM_HEAD,
        ["效益指标(30分)", "社会效益指标", "群众参与度", "提高", "提高", "10"],
        ["场馆开放运行", "良好", "良好"],
        ["可持续影响指标", "≥300天开放服务群众", "≥300天", "310天", "20"],
        ["总分", "100"],
    ]
    (form,) = parse_text("\n".join(c for row in rows for c in row), "k.txt").forms
    last = form["indicators"][-1]
    assert (last["level2"], last["name"], last["target"], last["actual"]) == (
        "可持续影响指标",
        "≥300天开放服务群众",
        "≥300天",
        "310天",
    )


def test_a_bare_benefit_label_run_into_its_rows_name_is_cut_from_it():
    # corpus K (黄石) with each row's cells run together: 效益指标(30分)经济效益社会公益… and
    # 环境效益数字图书馆环境优良无污染良好良好10 — the 一级 label, the 二级 word without its 指标 and
    # the row's name ran together; the 二级 word is cut from the name, as its own cell was
    rows = [
        *_SERVICE_FORM_HEAD,
        ["效益指标(30分)", "经济效益", "带动周边消费", "有所增加", "有所增加", "10"],
        ["社会效益", "群众参与度", "提高", "提高", "10"],
        ["生态效益", "场馆节能运行", "良好", "良好", "10"],
        ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10"],
    ]
    text = "\n".join("".join(row) for row in rows)
    (form,) = parse_text(text, "k.txt").forms
    got = {r["name"]: r["level2"] for r in form["indicators"]}
    assert got.get("场馆节能运行") == "生态效益"
    assert not any(name and name.startswith(("经济效益", "生态效益")) for name in got)


def test_a_name_holding_its_own_bound_keeps_its_row():
    # 覆盖率≥95% | 95%: the bound printed in the name and, without its sign, in the target; a
    # name whose row read no target is not judged either
    from pipelines.parser.guards import drop_misread

    rows = [
        {"name": "覆盖率≥95%", "target": "95%", "actual": "97%", "weight": 5.0, "score": 5.0},
        {"name": "满意度≥90%", "target": None, "actual": "95%", "weight": 5.0, "score": 5.0},
        {"name": "放大倍数≥2倍", "target": "12倍", "actual": "13倍", "weight": 5.0, "score": 5.0},
    ]
    assert len(drop_misread(rows)) == 1
    assert [r["name"] for r in rows] == ["覆盖率≥95%", "满意度≥90%"]


def test_a_name_printing_its_own_points_keeps_its_row():
    # 项目立项规范性(2分) | 2: a framework's row that prints its points in its name; a group's
    # note at a name's start, or other points than the row's, still leave the row out
    from pipelines.parser.guards import drop_misread

    def row(name, weight):
        return {"name": name, "target": "规范", "actual": "规范", "weight": weight, "score": weight}

    rows = [row("项目立项规范性(2分)", 2.0), row("(50分)完成数量", 10.0), row("完成率(5分)", 10.0)]
    assert len(drop_misread(rows)) == 2
    assert [r["name"] for r in rows] == ["项目立项规范性(2分)"]


def test_a_goal_text_of_labels_only_or_a_tables_title_is_no_goal():
    # a header read as the goal: 目标实际完成情况 (a goal label), 实际完成情况 (年度目标) (labels and
    # a note), 项目支出绩效指标表 (the next table's title); a short goal of words or numbers is one
    # (已完成, 43.2)
    from pipelines.parser.guards import guard_form, is_no_goal

    assert is_no_goal("实际完成情况 (年度目标)")
    assert is_no_goal("目标实际完成情况") and is_no_goal("项目支出绩效指标表")
    assert not is_no_goal("已完成") and not is_no_goal("43.2") and not is_no_goal("完成年度目标。")
    # a rate alone (the money table's 95.01%) and a label's first characters (年度总体 of 年度总体
    # 目标, 二级指 of 二级指标: a label broken over lines, printed where the goal stands) are none;
    # two characters may be a goal (完成), and a cut goal's words that begin no label are one
    assert is_no_goal("95.01%") and is_no_goal("年度总体") and is_no_goal("二级指")
    assert is_no_goal("质量指") and not is_no_goal("完成") and not is_no_goal("对国家级")
    # an amount as the money table prints it (0.00, 840000.00: a column of amounts printed where
    # the goal stands) is none; a bare number printed otherwise may be a goal (287, 37.24)
    assert is_no_goal("0.00") and is_no_goal("840000.00") and is_no_goal("0")
    assert not is_no_goal("287") and not is_no_goal("37.24") and not is_no_goal("100")
    form = {"indicators": [], "goal_planned": "项目支出绩效指标表", "goal_actual": "已完成"}
    assert len(guard_form(form)) == 1
    assert form["goal_planned"] is None and form["goal_actual"] == "已完成"


def test_a_planned_goal_of_a_figure_alone_beside_no_achieved_figure_is_left_out():
    # a money cell (56.35) a tool printed where the planned goal stands, the achieved goal a
    # text or not read: no goal; forms that give their goals as figures give both (the budget
    # and the amount spent: 287 | 171), which stay
    from pipelines.parser.guards import guard_form

    for actual in (None, "已完成年度目标。"):
        form = {"indicators": [], "goal_planned": "56.35", "goal_actual": actual}
        assert len(guard_form(form)) == 1
        assert form["goal_planned"] is None and form["goal_actual"] == actual
    form = {"indicators": [], "goal_planned": "287", "goal_actual": "171"}
    assert guard_form(form) == [] and (form["goal_planned"], form["goal_actual"]) == ("287", "171")


def test_a_goal_cut_at_its_first_line_with_text_going_on_is_left_out():
    # pdftotext prints the two goals' lines in turn, one cell a line, the labels apart (the
    # money row's cells between them): the cell after 实际完成情况 is the goal's first line
    # only, stopping inside a sentence, and the lines after it are text. It is left out, not
    # cut; a goal that ends a sentence, or whose next cell is a label, is read
    from pipelines.parser.generic import Cell, Reading, read_goals

    head = ["预期目标", "100.00%", "得分", "10.00", "实际完成情况"]
    lines = [
        "加强维修资金使用监管, 不断夯实基础数",
        "做好全年商品住宅维修资金的归集、划转和使用的监管, 承担对各区房管局、物",
        "据, 全面推进了维修资金续筹和公共收益",
    ]

    def goals(texts):
        cells = [Cell(text, no) for no, text in enumerate(texts, 1)]
        return read_goals(cells, 0, len(cells), Reading())

    assert goals([*head, *lines])[1] is None  # (the planned, 100.00%, the guards leave out)
    whole = "加强维修资金使用监管, 不断夯实基础数据。"
    assert goals([*head, whole, *lines[1:]])[1] == whole
    assert goals([*head, lines[0], "一级指标"])[1] == lines[0]


def test_a_goal_holding_the_goals_section_label_was_read_across_and_is_left_out():
    # two goals printed side by side with one space between them on some lines, and the
    # section's label wrapped beside them (年度总体目 / 标): read line by line, a goal takes
    # the label's words and the other goal's pieces; no goal's text holds that label, and the
    # other goal, read the same way, holds pieces of the first: both are left out
    from pipelines.parser.guards import guard_form

    form = {
        "indicators": [],
        "goal_planned": "为解决市民物业方面的疑问提供咨询服务;年度总体目标解物业矛盾",
        "goal_actual": "为方便市民维修提供报修服务; 为化解物为解决市民物业方面的疑问",
    }
    warnings = guard_form(form)
    assert len(warnings) == 1 and "年度总体目标" in warnings[0]
    assert form["goal_planned"] is None and form["goal_actual"] is None
    # goals that hold no such label are kept (完成年度目标: a goal's own words)
    form = {"indicators": [], "goal_planned": "完成年度目标。", "goal_actual": "已完成年度目标。"}
    assert guard_form(form) == [] and form["goal_actual"] == "已完成年度目标。"


def test_a_bound_taken_into_the_name_goes_back_to_its_target_and_a_grade_needs_its_words():
    # …運維不少于 | 800篇: a lost gap joined the bound to the name; 将用于 after 评价等级 on one line
    # is the next sentence's words, no grade
    from pipelines.parser.guards import guard_form

    row = {"name": "公众号运维不少于", "target": "800篇", "actual": "820篇", "weight": 5.0}
    kept = {"name": "培训不少于", "target": "两次", "actual": "两次", "weight": 5.0}
    form = {"indicators": [row | {"score": 5.0}, kept | {"score": 5.0}], "grade": "将用于"}
    assert len(guard_form(form)) == 2
    assert form["indicators"][0]["name"] == "公众号运维"
    assert form["indicators"][0]["target"] == "不少于800篇"
    assert form["indicators"][1]["name"] == "培训不少于"  # (its target opens with no number)
    assert form["grade"] is None
    for grade in ("优", "良好", "合格", "B级", "较差"):
        form = {"indicators": [], "grade": grade}
        assert not guard_form(form) and form["grade"] == grade


def test_a_cut_texts_last_row_is_not_read_past_the_forms_points():
    # the text ends on a row printed whole (target, actual, 分值, 得分, no reason): read as whole
    # with its first cells blank, its 100 would be a 分值 taking the table past 100 points
    text = "\n".join(
        [
            "专项资金绩效自评表",
            "(2023年度)",
            "专项名称 档案整理经费",
            "主管部门 档案局 实施单位 某县档案馆",
            "项目资金(万元)   年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分",
            "年度资金总额 20.00 20.00 20.00 10 100.00 10",
            "其中:当年财政拨款 20.00 20.00 20.00 100.00  ",
            "年度总体目标 预期目标 实际完成情况",
            "完成馆藏档案整理 完成馆藏档案整理。",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 偏差原因分析及改进措施",
            "产出指标 数量指标 整理卷数 500卷 520卷 20 20 无偏差",
            "时效指标 整理完成率 100% 100 20 20  ",
        ]
    )
    (form,) = parse_text(text, "l.txt").forms
    last = form["indicators"][-1]
    assert (last["target"], last["actual"], last["weight"], last["score"]) == (
        "100%",
        "100",
        20.0,
        20.0,
    )


def test_a_units_value_ends_at_the_project_overview_row_after_it():
    # 项目概况 / 主要成效: text rows of 福建's 专项资金绩效自评表 between the identity and the money;
    # with the line ends lost the unit ran into them
    text = " ".join(
        [
            "专项资金绩效自评表 (2023年度) 专项名称 档案整理经费",
            "主管部门 档案局 实施单位 某县档案馆 项目概况 本项目资金用于馆藏档案整理。",
            "主要成效 完成档案整理五百卷。",
            "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率(%) 得分",
            "年度资金总额 20.00 20.00 20.00 10 100.00 10",
            "年度总体目标 预期目标 实际完成情况 完成馆藏档案整理 完成馆藏档案整理。",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 指标分值 自评得分 偏差原因分析及改进措施",
            "产出指标 数量指标 整理卷数 500卷 520卷 20 20 无偏差",
        ]
    )
    (form,) = parse_text(text, "l.txt").forms
    assert form["implementing_unit"] == "某县档案馆"


def test_a_cut_texts_last_row_whose_actual_repeats_its_target_cut_short():
    # the text ends inside the 实际完成值 that repeats the 指标值 (…财务制度 | …财): not a row whose
    # first cells are blank and whose reason is the head of its actual
    text = "\n".join(
        [
            "项目支出绩效自评表",
            "(2022年度)",
            "项目名称 档案整理经费",
            "主管部门 某县档案馆 实施单位 档案整理科",
            "项目资金",
            "(万元)",
            "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
            "年度资金总额: 20 20 20 10 100% 10",
            "年度总体目标完成情况 预期目标 实际完成情况",
            "完成馆藏档案整理 完成了馆藏档案整理。",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
            "产出指标 数量指标 指标1:整理卷数 ≥500卷 520卷 20 20",
            "质量指标 指标1:资金使用合规性 严格执行财务制度 严格执行财",
        ]
    )
    (form,) = parse_text(text, "l.txt").forms
    last = form["indicators"][-1]
    assert (last["target"], last["actual"], last["deviation"]) == (
        "严格执行财务制度",
        "严格执行财",
        None,
    )


def test_a_header_refined_by_a_row_of_sub_columns_after_it():
    # 河北 预算项目绩效自评表: 预期指标值 over 符号 | 单位(文字描述), 自评得分 over 单项指标得分 |
    # 权重占比(%) | 单项指标折算得分; the 指标分值 column holds a sentence (the weight is the score's
    # sub-column) and 单项指标完成情况 a verdict: on lines and on one line
    text = (
        "某县某局2021年度预算项目绩效自评表\n"
        "一、基本情况 项目名称: 某某补贴 实施(主管)单位 某县某局 金额单位: 万元\n"
        "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 "
        "单项指标实际完成值 单项指标完成情况 自评得分\n"
        "符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分\n"
        "产出指标 数量指标 补贴发放人数 领取补贴的人数 >= 120 人(人数) 126人 完成 40.00 40.00 16.00\n"
        "效益指标 社会效益指标 群众知晓率 知晓补贴政策的群众比例 >= 90 %(百分比) 92% 完成 30.00 30.00 9.00\n"
    )
    for variant in (text, text.replace("\n", " ")):
        rows = parse_text(variant, "x.txt").contract_forms()[0]["indicators"]
        got = [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows]
        assert got == [
            ("补贴发放人数", ">=120人(人数)", "126人", 40, 40),
            ("群众知晓率", ">=90%(百分比)", "92%", 30, 30),
        ], got


def test_labels_printed_a_character_a_line_or_wrapped_with_the_gaps_lost():
    # a PDF tool that joins a line's characters with no gap: the vertical group label's last
    # character runs into the first row (产 / 出 / 指 / 标数量指标…), and a 二级 label's 指标
    # wrapped onto the next line runs into the row's name (经济效益 / 指标全年观影人数…)
    lines = [
        "某某专项资金绩效自评表",
        "项目名称某某放映补助主管部门某某局实施单位某某中心",
        "一级指标二级指标三级指标年度指标值全年完成值分值得分",
        "产",
        "出",
        "指",
        "标数量指标维护放映设备数量≥5套5套2020",
        "质量指标提升放映质量明显明显1010",
        "效",
        "益",
        "指",
        "标经济效益",
        "指标全年观影人数≥4万人次4.4万人次5050",
        "总分100100",
    ]
    rows = parse_text("\n".join(lines), "x.txt").contract_forms()[0]["indicators"]
    got = [(r["level1"], r["level2"], r["name"]) for r in rows]
    assert got == [
        ("产出指标", "数量指标", "维护放映设备数量"),
        ("产出指标", "质量指标", "提升放映质量"),
        ("效益指标", "经济效益指标", "全年观影人数"),
    ], got


def test_a_value_run_into_the_heading_qingkuang_shuoming_ends_before_it():
    # a 转移支付 form run together: …地方主管部门某某市某某局情况说明分配科学性…; 情况说明 (the 资金管理情况
    # table's heading) ends the department, where 说明 alone, a money column's word, left 情况 in it
    text = (
        "某某资金绩效目标自评表(2022年度)\n转移支付(项目)名称某某补助资金中央主管部门某某部"
        "地方主管部门某某市某某局情况说明分配科学性根据业务情况进行合理的分配资金使用单位某某中心\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert (form["department"], form["implementing_unit"]) == ("某某市某某局", "某某中心")


def test_a_quarantined_form_is_printed_without_what_a_misread_left():
    # no 主管部门 or 实施单位: quarantined, and printed with what was read of it, guarded as a
    # loaded form is (its verdict row left out)
    text = (
        "某县某局2021年度项目支出绩效自评表\n项目名称 某某补贴\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 补贴发放人数 ≥120人 126人 40 40\n完成 100% 100% 10 10\n"
        "效益指标 社会效益指标 群众知晓率 ≥90% 92% 50 50\n总分 100 100\n"
    )
    (form,) = parse_text(text, "x.txt").contract_forms()
    assert form.get("quarantined") is True
    assert [r["name"] for r in form["indicators"]] == ["补贴发放人数", "群众知晓率"]


def test_a_run_of_digits_with_blank_cells_is_cut_when_one_blank_fits():
    # 年初预算数 blank and 得分 blank after the rate (the run ends with its %): 50 | 50 | 10 | 100%
    assert _unglue("505010100%", SIX_MONEY_COLUMNS, None) == {
        "annual_budget": 50.0,
        "executed": 50.0,
        "weight": 10.0,
        "execution_rate": 100.0,
    }
    # only 得分 blank: 年初 | 全年 | 执行 | 分值 | rate
    assert _unglue("7070631090%", SIX_MONEY_COLUMNS, None) == {
        "initial_budget": 70.0,
        "annual_budget": 70.0,
        "executed": 63.0,
        "weight": 10.0,
        "execution_rate": 90.0,
    }
    # two blanks fit (分值 20 with 年初 blank, or 年初 20 with no points): nothing is read
    assert _unglue("202020100%", SIX_MONEY_COLUMNS, None) == {}
    # (分值 60 is no money row's weight, more than half the 100: 年初 60 | 60 | 60 | 100%)
    assert _unglue("606060100%", SIX_MONEY_COLUMNS, None)["initial_budget"] == 60


def test_a_form_laid_out_in_columns_with_single_spaces_inside_its_cells():
    # cells apart by two spaces, words of a cell by one: a label that ends a cell after one
    # space (… 负责人及电话, … 实施单位) is a label, not the value's tail; amounts printed with
    # their unit are apart as bare numbers are; a row whose one wide gap follows its group
    # label prints its other cells apart by single spaces, as the rows under it
    text = "\n".join(
        [
            "某县专项转移支付绩效目标自评表",
            "(2021年度)",
            "专项(项目)名称  某乡某村道路硬化项目 负责人及电话  张某",
            "县级主管部门  某县交通局 实施单位  某乡人民政府",
            "项目资金(万元) ",
            "全年预算数(A)  全年执行数(B)  执行率(B/A) ",
            "年度资金总额:  120.50万元 120.50万元 100% ",
            "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施",
            "数量指标  指标1:硬化道路长度 硬化道路2公里。 已硬化道路2公里。",
            " 指标2:新建便桥数量 新建便桥1座。 已新建便桥1座。",
            "填报人  李某",
        ]
    )
    form = parse_text(text, "x.txt").contract_forms()[0]
    assert form["project_name"] == "某乡某村道路硬化项目"
    assert (form["department"], form["implementing_unit"]) == ("某县交通局", "某乡人民政府")
    total = next(f for f in form["funds"] if f["line"] == "年度资金总额")
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        120.5,
        120.5,
        100.0,
    )
    rows = [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]
    assert rows[0] == ("指标1:硬化道路长度", "硬化道路2公里。", "已硬化道路2公里。")
    assert rows[1] == ("指标2:新建便桥数量", "新建便桥1座。", "已新建便桥1座。")


def _guard_row(name, **values):
    """A row for the guards' tests: its name, the values given, the rest blank."""
    return {"name": name, "target": None, "actual": None, "weight": None, "score": None} | values


def test_rows_read_one_off_or_run_into_their_names_are_left_out():
    from pipelines.parser.guards import drop_misread

    row = _guard_row
    rows = [
        # a quantity as the name and a row's name as a value: cells read one row off
        row("5亩", target="其中露天蔬菜", actual="20亩"),
        # a name, then its target and actual apart by a space: sentences, not one name
        row("指标1:覆盖率 实施机构37个。 已完成37个。", weight=10.0),
        # a name that is a quantity, with quantities as values (as some templates print it)
        row("38.75万元", target="38.75", actual="36.2", weight=10.0, score=9.34),
        # a name of several sentences with no space between them
        row("保障群众权益。满足群众需求", target="≥95%", actual="96%"),
    ]
    warnings = drop_misread(rows)
    assert [r["name"] for r in rows] == ["38.75万元", "保障群众权益。满足群众需求"]
    assert len(warnings) == 2


def test_a_name_that_is_a_quantity_its_values_do_not_print_is_left_out():
    from pipelines.parser.guards import drop_misread

    row = _guard_row
    rows = [
        # a table printed a column at a time: another row's actual read as this row's name
        row("8台", target="≥95%", actual="98%", weight=5.0, score=5.0),
        row("6万元", weight=10.0, score=10.0),
        # a name that is its own values' quantity (as some templates print it) stays
        row("2年", target="2年", actual="2年", weight=5.0, score=5.0),
        row("12.5万元", target="12.5", actual="11", weight=5.0, score=4.0),
        # a name of more words after its number stays
        row("2023年全年", target="≥360天", actual="365天"),
    ]
    warnings = drop_misread(rows)
    assert [r["name"] for r in rows] == [None, None, "2年", "12.5万元", "2023年全年"]
    assert (rows[0]["target"], rows[0]["weight"]) == ("≥95%", 5.0)
    assert len(warnings) == 2


def test_a_whole_bound_after_a_name_with_no_values_is_its_target():
    from pipelines.parser.guards import bound_back_to_target

    row = _guard_row
    rows = [
        # the name's and the target's cells printed as one block of lines, joined by a space
        row("指标1:维修道路长度(公里) 大于等于2公里"),
        row("指标2:验收合格率 等于100%"),
        # a name that prints its bound with no space, or a row with values of its own, stays
        row("覆盖率≥95%"),
        row("指标3:服务人次 不少于300人次", target="≥300人次", actual="320人次"),
    ]
    warnings = bound_back_to_target(rows)
    assert [(r["name"], r["target"]) for r in rows] == [
        ("指标1:维修道路长度(公里)", "大于等于2公里"),
        ("指标2:验收合格率", "等于100%"),
        ("覆盖率≥95%", None),
        ("指标3:服务人次 不少于300人次", "≥300人次"),
    ]
    assert len(warnings) == 2


def test_a_row_named_by_the_no_deviation_reason_is_left_out():
    from pipelines.parser.guards import drop_misread

    # 无偏差 is what a reason says (no deviation), never a name: the reasons' column read as a
    # row (a table printed a column at a time); a name that goes on past it stays
    rows = [
        _guard_row("无偏差", target="无偏差", actual="无偏差"),
        _guard_row("无偏差率控制", target="≥95%", actual="96%", weight=5.0, score=5.0),
    ]
    assert len(drop_misread(rows)) == 1
    assert [r["name"] for r in rows] == ["无偏差率控制"]


def test_a_reason_that_is_a_number_alone_is_left_out():
    from pipelines.parser.guards import drop_misread

    def row(name, **values):
        return _guard_row(name, weight=5.0, score=5.0) | values

    rows = [
        # a row's points, or another column's figure, read where the reason stands
        row("图书借阅人次", target="≥5000人次", actual="5200人次", deviation="5.00"),
        row("接待外宾批次", target="20", actual="22", deviation="3000"),
        # a reason of 0 (no deviation) and a reason of words with a figure stay
        row("设备完好率", target="100%", actual="100%", deviation="0"),
        row("维修及时率", target="100%", actual="95%", deviation="受天气影响延误3天"),
    ]
    warnings = drop_misread(rows)
    assert [r["deviation"] for r in rows] == [None, None, "0", "受天气影响延误3天"]
    assert (rows[0]["target"], rows[0]["actual"]) == ("≥5000人次", "5200人次")
    assert len(warnings) == 2


def test_a_project_name_label_of_an_unknown_wording_is_read_by_its_shape():
    # no synonym lists 补助资金名称: a short label of the identity block ending in 名称 that
    # speaks of a 项目 or 资金 is the project's name label, so the form is loaded, not quarantined
    text = (
        "某县2022年度项目支出绩效自评表\n补助资金名称  某某村道路维修补助\n"
        "主管部门  某县交通局  实施单位  某乡人民政府\n"
        "项目资金(万元)  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
        "年度资金总额  10  10  9  10  90%  9\n"
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        "产出指标  数量指标  维修道路长度  ≥2公里  2公里  50  50\n总分  100  90\n"
    )
    result = parse_text(text, "x.txt")
    assert [f["project_name"] for f in result.forms] == ["某某村道路维修补助"]
    # a label ending in 名称 that names neither (指标名称, 单位名称 is a known label) is not one
    assert parse_text(text.replace("补助资金名称", "指标类别名称"), "x.txt").forms == []


def test_department_and_unit_labels_of_unknown_wordings_are_read_by_their_endings():
    # 镇级主管部门 and 村级实施单位 are listed nowhere: a short qualifier before a wording of the
    # field (主管部门, 实施单位) makes them its labels
    text = (
        "某县2022年度项目支出绩效自评表\n项目名称  某某村道路维修补助\n"
        "镇级主管部门  某镇人民政府  村级实施单位  某村村民委员会\n"
        "项目资金(万元)  年初预算数  全年预算数  全年执行数  分值  执行率  得分\n"
        "年度资金总额  10  10  9  10  90%  9\n"
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        "产出指标  数量指标  维修道路长度  ≥2公里  2公里  50  50\n总分  100  90\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["department"], form["implementing_unit"]) == ("某镇人民政府", "某村村民委员会")


def test_the_same_goal_twice_on_one_line_is_the_planned_and_the_achieved_goal():
    text = (
        "某县2022年度项目支出绩效自评表\n项目名称  某某村道路维修补助\n"
        "主管部门  某县交通局  实施单位  某乡人民政府\n"
        "年度总体目标  年初设定目标  全年实际完成情况\n"
        "维修道路 2公里;新建便桥 1座。 维修道路 2公里;新建便桥 1座。\n"
        "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分\n"
        "产出指标  数量指标  维修道路长度  ≥2公里  2公里  50  50\n总分  100  90\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert form["goal_planned"] == form["goal_actual"] == "维修道路 2公里;新建便桥 1座。"
    # two texts that differ are not cut at a guess
    other = text.replace("。 维修道路 2公里", "。 已维修道路 2公里")
    form = parse_text(other, "x.txt").forms[0]
    assert form["goal_planned"] is None and form["goal_actual"] is None


def test_a_label_note_broken_by_a_space_and_a_number_before_a_department():
    base = (
        "某县2022年度项目支出绩效自评表\n项目名称 某某系统建设\n"
        "项目主管部门(单 位) {dept} 实施单位 某县信息中心\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 建设系统数量 1套 1套 50 50\n总分 100 100\n"
    )
    # the note (单 位) is the label's: the value is after it, not its first piece
    form = parse_text(base.format(dept="某县财政局"), "x.txt").forms[0]
    assert form["department"] == "某县财政局"
    # a bare number before the name (a year printed out of its place), then the name and a piece
    # of the next cell: the word after the number is the name where it alone ends as an
    # organisation's name does
    form = parse_text(base.format(dept="2021 某县财政局 县级预"), "x.txt").forms[0]
    assert form["department"] == "某县财政局" and form["implementing_unit"] == "某县信息中心"
    # else the words are in doubt (which of them are the name is not known): left out
    for dept in (
        "2021某县财政局",  # run into the number
        "2021 某县 财政局",  # the name split at a space
        "2021 某县财政局 某县信息中心",  # two names
        "2021 县级预 某县财政局",  # the name not right after the number
    ):
        form = parse_text(base.format(dept=dept), "x.txt").forms[0]
        assert form["department"] is None, dept


def _in_columns(cells, width: int) -> str:
    """A line of a layout text: each cell padded to ``width`` columns (a CJK character two)."""
    from pipelines.parser.text import display_width

    return "".join(c + " " * (width - display_width(c)) for c in cells).rstrip()


def test_cells_wrapped_in_a_layout_of_columns_are_joined_by_where_they_start():
    # a PDF tool's layout text: cells apart by wide gaps, a long cell wrapped onto the next
    # lines at the same column; the pieces are the cell's, not new rows
    def row(*cells):
        return _in_columns(cells, 20)

    text = "\n".join(
        [
            "某县2022年度项目支出绩效自评表",
            row("项目名称", "某某乡村道路硬化及", "", "", ""),
            row("", "配套设施建设项目"),
            row("主管部门", "某县交通运输局", "实施单位", "某乡人民政府"),
            row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
            + "  偏差原因分析及改进措施",
            row("产出指标", "数量指标", "硬化村组道路总长", "≥12公里", "12.5公里", "30", "30"),
            row("", "", "度"),
            row("", "质量指标", "工程验收合格率", "100%", "95%", "30", "27", "两段路面返工,已"),
            row("", "", "", "", "", "", "", "督促施工单位整改"),
            row("效益指标", "社会效益指标", "群众出行便利程度", "明显改善", "明显改善", "40", "40"),
            # an item's number opens an item of its own under a text cell, never its rest
            row("", "", "2.其他说明"),
            "总分  100  97",
        ]
    )
    form = parse_text(text, "x.txt").forms[0]
    assert form["project_name"] == "某某乡村道路硬化及配套设施建设项目"
    # (and the form says so, for --explain)
    assert any("read as the rest of cells wrapped" in w for w in form["warnings"])
    rows = [
        (r["name"], r["target"], r["actual"], r["weight"], r["score"], r["deviation"])
        for r in form["indicators"]
    ]
    assert rows[:3] == [
        ("硬化村组道路总长度", "≥12公里", "12.5公里", 30.0, 30.0, None),
        ("工程验收合格率", "100%", "95%", 30.0, 27.0, "两段路面返工,已督促施工单位整改"),
        ("群众出行便利程度", "明显改善", "明显改善", 40.0, 40.0, None),
    ]


def test_a_header_word_wrapped_in_a_layout_of_columns_is_not_a_value():
    # 年度总体目标完成情况 / 综述: the header word's rest under it is the header's, not the
    # planned goal
    def row(*cells):
        return _in_columns(cells, 22)

    text = "\n".join(
        [
            "某县2022年度项目支出绩效自评表",
            row("项目名称", "某某道路维修"),
            row("主管部门", "某县交通运输局", "实施单位", "某乡人民政府"),
            row("年度总体目标", "年初设定目标", "年度总体目标完成情况"),
            row("", "", "综述"),
            row("", "维修道路2公里", "已维修道路2公里"),
            row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
            row("产出指标", "数量指标", "维修道路长度", "≥2公里", "2公里", "100", "100"),
            "总分  100  100",
        ]
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["goal_planned"], form["goal_actual"]) == ("维修道路2公里", "已维修道路2公里")


def test_a_verdict_run_in_after_the_planned_goal_is_the_achieved_goal():
    text = (
        "项目支出绩效自评表(2020年度)项目名称设备更新经费主管部门某区文化局实施单位某区剧团"
        "年度总体目标预期目标实际完成情况更新老化的音响、灯光等演出设备。已完成"
        "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
        "产出指标数量指标更新设备数量50件50件5050总分10098\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["goal_planned"], form["goal_actual"]) == (
        "更新老化的音响、灯光等演出设备。",
        "已完成",
    )
    # a second sentence after the stop is no verdict: the two are not cut at a guess
    other = text.replace("。已完成", "。已完成全部设备更新并投入使用")
    form = parse_text(other, "x.txt").forms[0]
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


def test_an_identity_value_wrapped_onto_a_line_of_its_own_is_read_whole():
    # cells apart by single spaces, the lines kept but not the columns: the piece alone on the
    # line after a label and its value, before the next label, is the value's rest
    text = (
        "某县2022年度项目支出绩效自评表\n项目名称 51092324T000010263357-2023年全县安\n可替代补助资金项目\n"
        "主管部门 某县司法局 实施单位 某县司法局\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 采购设备数量 ≥13台 13台 100 100\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert form["project_name"] == "51092324T000010263357-2023年全县安可替代补助资金项目"
    # over three lines
    three = text.replace("2023年全县安\n可替代补助资金项目", "20\n23年全县安可替代补助资金\n项目")
    form = parse_text(three, "x.txt").forms[0]
    assert form["project_name"] == "51092324T000010263357-2023年全县安可替代补助资金项目"
    # a piece that the next line does not follow with a label is not taken
    other = text.replace("可替代补助资金项目\n主管部门", "可替代补助资金项目\n某某说明\n主管部门")
    form = parse_text(other, "x.txt").forms[0]
    assert form["project_name"] != "51092324T000010263357-2023年全县安可替代补助资金项目"


def test_the_corpus_script_scores_each_file_and_the_whole():
    out = subprocess.run(
        [sys.executable, "-m", "scripts.real_corpus", "l0"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[1:3]] == ["l01_anhui", "l02_fujian"]
    assert any(line.startswith("accuracy: ") for line in lines)
    assert lines[-1] == "2 files: 2 forms loaded, 0 quarantined"
    failed = subprocess.run(
        [sys.executable, "-m", "scripts.real_corpus", "zz"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert failed.returncode == 2 and "no corpus file starts with 'zz'" in failed.stderr


def test_a_numbered_name_on_a_line_of_its_own_opens_a_row_at_a_cut():
    # rows one a line, cells apart by single spaces, no points: the text cut in the next row's
    # name (指标2:村卫生) keeps the row before it whole, and the cut name is a row of its own
    text = (
        "某县2021年度项目支出绩效自评表\n项目名称 某某补助资金\n主管部门 某县卫生健康局 实施单位 某县卫生健康局\n"
        "一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施\n"
        "产出指标 数量指标 指标1:覆盖乡镇卫生院数 37个 37个\n"
        "质量指标 指标1:补助资金发放到位率 100% 100%\n 指标2:村卫生\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert [(r["name"], r["target"], r["actual"]) for r in form["indicators"]] == [
        ("指标1:覆盖乡镇卫生院数", "37个", "37个"),
        ("指标1:补助资金发放到位率", "100%", "100%"),
        ("指标2:村卫生", None, None),
    ]


def test_two_goals_side_by_side_then_lines_of_one_piece_are_not_guessed():
    # the planned and the achieved goal on one line, then a piece alone on the next: which text
    # it goes on is not known where the columns were lost, so neither is given
    text = (
        "某县2023年度项目支出绩效自评表\n项目名称 某某设备购置\n主管部门 某县司法局 实施单位 某县司法局\n"
        "项目年度目标 年度目标完成情况\n根据要求购买设备,并 完成\n完成项目资金支付。\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 采购设备数量 ≥13台 13台 100 100\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)
    # one text a line stays as it was read
    other = text.replace(
        "根据要求购买设备,并 完成\n完成项目资金支付。", "根据要求购买设备\n已完成购买并支付"
    )
    form = parse_text(other, "x.txt").forms[0]
    assert (form["goal_planned"], form["goal_actual"]) == ("根据要求购买设备", "已完成购买并支付")


def test_a_target_and_actual_alike_wrapped_at_the_same_place_go_on_together():
    # lines kept, columns lost: a row whose target and actual are the same words, both wrapped,
    # then a line of the same words twice: the rest of both
    text = (
        "某市2022年度项目支出绩效自评表\n项目名称 数字资源采购\n主管部门 某市文旅局 实施单位 某市图书馆\n"
        "一级指标 二级指标 三级指标 年初目标值 实际完成值 得分\n"
        "效益指标 社会效益 查找检阅便捷 独有数据资源查询,查询范 独有数据资源查询,查询范 10\n"
        "围可扩展到省图 围可扩展到省图\n"
        "满意度指标 服务对象满意度指标 读者满意率 ≥90% 95% 10\n总分 100 100\n"
    )
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    assert (rows[0]["target"], rows[0]["actual"]) == (
        "独有数据资源查询,查询范围可扩展到省图",
        "独有数据资源查询,查询范围可扩展到省图",
    )
    assert (rows[1]["name"], rows[1]["target"]) == ("读者满意率", "≥90%")


def test_two_identity_values_wrapped_at_once_take_their_rests_in_order():
    # lines kept, columns lost: both values of a line of two labels wrapped, their rests on the
    # next line in the same order; one rest for two values is joined to neither
    text = (
        "某县2022年度项目支出绩效自评表\n项目名称 制式服装购置\n"
        "主管部门 某县文化广播电视和旅游 实施单位 (盖章) 某县文化广播电视和旅游\n局部门 局\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 购置服装数量 ≥9套 9套 100 100\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["department"], form["implementing_unit"]) == (
        "某县文化广播电视和旅游局部门",
        "某县文化广播电视和旅游局",
    )
    one = text.replace("局部门 局\n", "局\n")
    form = parse_text(one, "x.txt").forms[0]
    assert form["department"] != "某县文化广播电视和旅游局"


def test_a_pdf_text_out_of_order_keeps_its_money_row_and_the_rows_printed_whole():
    # a PDF's text layer on one line: 一级指标 printed among the money table's cells (no header
    # of values follows it), the checkbox list's items between the row label and the money
    # header, the 得分 header's note broken by a space; the indicator header without its 一级
    # and 二级 columns, three rows printed whole, then a row whose text values wrapped and the
    # group labels out of order
    text = (
        "2021 年某某专项资金项目自评表 单位名称:某区某局 "
        "项目名称 2021 年某某专项资金 主管部门 某区某局 项目类别 1、部门预算项目 □ "
        "预算执行情况(万元)(20 分) 一级指标 年度财政 资金总额 项目实施单位 某某中心 □ "
        "3、一次性项目 □ 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) "
        "120.5 120.5 100% 20 三级指标 年初目标值 (A) 实际完成值 (B) 得分 "
        "培训人次(人次) 300 320 10 开展检查、抽 查次数 12次 12次 10 "
        "资金拨付及时率 95%以上 100% 10 服务质量提升 获得群众 好评 群众好评 较多 10 "
        "受益群众满意度 ≥90% 96% 20 社会效益 指标 数量指标 产出指标 (60分) 总分 100 95\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        120.5,
        120.5,
        100.0,
    )
    assert (total["weight"], total["score"]) == (20.0, 20.0)
    rows = [(r["name"], r["target"], r["actual"], r["score"]) for r in form["indicators"]]
    assert rows == [
        ("培训人次(人次)", "300", "320", 10.0),
        ("开展检查、抽查次数", "12次", "12次", 10.0),
        ("资金拨付及时率", "95%以上", "100%", 10.0),
        ("受益群众满意度", "≥90%", "96%", 20.0),
    ]
    assert all(r["level1"] is None and r["level2"] is None for r in form["indicators"])
    # a header followed by no whole row anchors nothing: no row is read
    cut = text.replace("培训人次(人次) 300 320 10 ", "培训 人次 好评 300 ")
    assert not any(r["target"] for r in parse_text(cut, "x.txt").forms[0]["indicators"])


def test_the_2024_template_prints_a_direction_and_a_comparison_before_its_values():
    # 指标性质 (正向 / 反向) and 指标方向 (大于等于 …) both printed, the unit after the actual:
    # the target is the comparison, the value and the unit; the direction is no part of it
    cells = [
        "项目支出绩效自评表 (2024年度)",
        "项目名称",
        "某某业务支出项目",
        "主管部门",
        "某某局",
        "实施单位",
        "某某分局",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标方向",
        "年度指标值",
        "实际完成值",
        "计量单位",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
        "产出指标",
        "数量指标",
        "指标1:巡查次数",
        "正向",
        "大于等于",
        "12",
        "15",
        "次",
        "10",
        "10",
        "",
        "质量指标",
        "指标1:合格率",
        "正向",
        "等于",
        "100",
        "98",
        "%",
        "10",
        "9",
        "抽检不合格",
        "效益指标",
        "社会效益指标",
        "指标1:投诉件数",
        "反向",
        "小于等于",
        "3",
        "1",
        "件",
        "10",
        "10",
        "",
        "总分",
        "30",
        "29",
    ]
    form = parse_text("\n".join(f"{c} |" for c in cells) + "\n", "x.txt").forms[0]
    rows = [(r["name"], r["target"], r["actual"], r["score"]) for r in form["indicators"]]
    assert rows == [
        ("指标1:巡查次数", "大于等于12次", "15", 10.0),
        ("指标1:合格率", "等于100%", "98", 9.0),
        ("指标1:投诉件数", "小于等于3件", "1", 10.0),
    ]


def test_notes_that_lost_a_bracket_and_a_closing_label_wrapped_over_cells():
    # every cell its own paragraph: the money header's letter notes lost their ( (执行数B)),
    # the section's points note its own cell (20分)), the goal block's points (98分)) are no
    # goal, and the deviation block's label wrapped over three cells ends the table
    cells = [
        "2023年度某某购置项目自评表",
        "项目名称",
        "某某购置",
        "主管部门",
        "某市某局",
        "项目实施单位",
        "某市某中心",
        "预算执行情况(万元)",
        "20分)",
        "预算数(A)",
        "执行数B)",
        "执行率B/A)",
        "年度财政资金总额",
        "50万元",
        "45万元",
        "90%",
        "年度绩效目标",
        "98分)",
        "一级指标",
        "二级指标",
        "三级指标",
        "年初目标值(A",
        "实际完成值(B",
        "产出指标",
        "数量指标",
        "购置设备台数",
        "10台",
        "10台",
        "满意度指标",
        "具体指标",
        "使用人员满意度",
        "≥90%",
        "95%",
        "偏差大或",
        "目标未完成",
        "原因分析",
        "改进措施及",
        "结果应用方案",
        "备注:",
        "1.预算执行情况口径:预算数为调整后财政资金总额。",
    ]
    form = parse_text("\n\n".join(cells) + "\n", "x.txt").forms[0]
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        50.0,
        45.0,
        90.0,
    )
    assert total["weight"] == 20.0
    assert form["goal_planned"] is None
    assert [r["name"] for r in form["indicators"]] == ["购置设备台数", "使用人员满意度"]


def test_a_group_label_after_the_last_rows_points_is_no_reason():
    # cells on one line, a 偏差 column left blank, the text cut after the next group's label:
    # 时效指标 (four characters, like a short reason) is that group's, not the row's reason
    text = (
        "项目名称 某某业务支出项目 主管部门 某某局 实施单位 某某分局 "
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
        "产出指标 数量指标 指标1:巡查次数 ≥12次 15次 10 10 质量指标 指标1:合格率 100% 100% 10 10 "
        "时效指标 指标\n"
    )
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    assert [(r["name"], r["deviation"]) for r in rows][:2] == [
        ("指标1:巡查次数", None),
        ("指标1:合格率", None),
    ]


def test_a_goal_section_heading_before_its_column_labels_and_the_table_heading_after():
    # 年度 绩效目标 (a planned-goal wording itself) heads the columns 预期目标 | 全年实际完成情况;
    # the next line's 当年绩效指标 heads the indicator table, no part of a goal
    text = (
        "项目名称 | 某某改造工程 | 投向领域 | 某某领域100 |\n"
        "项目主管部门 | 某区住房和建设局 | 项目单位 | 某街道办事处 |\n"
        "年度 绩效目标 | 预期目标 | 全年实际完成情况 |\n"
        "目标1:年底前完成改造,保障用气安全。 | 已于12月完成改造,保障了用气安全。 |\n"
        "当年绩效指标 | 资金管理指标(10分) | 支出进度 | 金额 |\n"
        "一级指标 | 二级指标 | 三级指标 | 目标值 | 实际完成值 | 分值 | 得分 |\n"
        "产出指标 | 数量指标 | 改造户数 | 100户 | 102户 | 10 | 10 |\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert form["project_name"] == "某某改造工程"
    assert (form["goal_planned"], form["goal_actual"]) == (
        "目标1:年底前完成改造,保障用气安全。",
        "已于12月完成改造,保障了用气安全。",
    )


_TARGETS_THEN_FORM = (
    "项目支出绩效目标表 | |\n(2021年度) | |\n项目名称 | 某某补助 | |\n"
    "主管预算部门 | 某区卫健委 | 项目实施单位 | 某某中心 | |\n项目资金 (万元) | 3.0 | |\n"
    "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | |\n"
    "产出指标 | 数量指标 | 指标1:补助人数 | 3人 | |\n"
    "项目支出绩效自评表 | |\n(2021年度) | |\n项目名称 | 某某补助 | |\n"
    "主管主管部门 | 某市某区卫生健康委员会 | 项目实施单位 | 某市某区某某中心 | |\n"
    "项目资金 (万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | |\n"
    "年度资金总额: | 3 | 3 | 3 | 10 | 100% | 10 | |\n"
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | |\n"
    "产出指标 | 数量指标 | 指标1:补助人数 | 3人 | 3人 | 90 | 90 | |\n总分 | 100 | 100 | |\n"
)


def test_a_target_table_before_the_form_or_alone_is_no_form():
    # the project's 绩效目标表 (declared targets, one 指标值 column) printed before its 自评表:
    # only the 自评表 is a form; a text of the 目标表 alone holds none, and says why
    forms = parse_text(_TARGETS_THEN_FORM, "x.txt").forms
    assert [(f["department"], f["implementing_unit"]) for f in forms] == [
        ("某市某区卫生健康委员会", "某市某区某某中心")
    ]
    alone = parse_text(_TARGETS_THEN_FORM.split("项目支出绩效自评表")[0], "x.txt")
    assert alone.forms == [] and "绩效目标表" in alone.file_error
    # and one cell a line, the doubled label 主管主管部门 is a label, no rest of the name
    one = "\n".join(
        c.strip() for line in _TARGETS_THEN_FORM.splitlines() for c in line.split("|") if c.strip()
    )
    (form,) = parse_text(one, "x.txt").forms
    assert form["project_name"] == "某某补助"


def test_a_documents_file_name_is_no_title_and_a_bracketed_label_is_cut_from_a_run():
    # a page that names its document (…自评表单位名称某医院….docx) before the form's text run
    # together, whose name label has a note inside it (专项(项目)名称)
    text = (
        "2021年度财政项目绩效自评表单位名称某市中心医院填报日期2022年3月18日.docx\n资源大小:13KB\n"
        "某某专项资金绩效自评报告(2021年度)一、项目绩效自评表专项(项目)名称 急救运营专项"
        "主管部门某区卫生健康局实施单位某区急救站项目资金(万元)全年预算数(A)全年执行数(B)"
        "执行率(B/A)年度资金总额:6060100%\n"
    )
    forms = parse_text(text, "x.txt").forms
    assert [(f["project_name"], f["department"], f["implementing_unit"]) for f in forms] == [
        ("急救运营专项", "某区卫生健康局", "某区急救站")
    ]


def test_run_together_values_with_a_money_unit_and_digits_glued_into_a_name():
    from pipelines.parser.generic import _swallowed_values, _unrun

    # 6.47亿元: an amount with its unit, not a row's points (6.47) before 亿元
    columns = ["name", "target", "actual", "score"]
    rows = _unrun("医疗收入达到5亿元5亿元6.47亿元10", columns)
    assert not rows or all(r.get("score") != "6.47" for r in rows)
    # a run of seven digits or more between words is a target and an actual glued
    assert _swallowed_values("调度中心接警次数1200014084救护车出车次数")
    assert not _swallowed_values("2021年度补助发放人数")


def test_a_bare_number_under_a_total_whose_rate_has_its_sign_is_an_amount():
    # 202 202 100 under a total printed 202 202 100 10 50% 5: the three amounts, no rate of 100
    text = (
        "项目支出绩效自评表\n2019年度)\n项目名称 某某管理\n主管部门 某市某局 实施单位 某市某局\n"
        "项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元)\n"
        "  年度资金总额 202 202 100 10 50% 5\n  其中:当年财政拨款 202 202 100  \n"
        "        上年结转资金        \n    其他资金        \n"
        "年度总体目标 预期目标 实际完成情况\n  202 100\n"
        "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值\n"
        "  产出指标 质量指标 项目合格率 90% 60% 20 10 部分项目延续至下年\n"
        "    成本指标 成本控制率 90% 90% 20 20  \n  满\n"
    )
    sub = parse_text(text, "x.txt").forms[0]["funds"][1]
    assert (sub["annual_budget"], sub["executed"], sub["execution_rate"]) == (202.0, 100.0, None)


def test_a_xiangmu_a_space_sets_apart_from_a_heading_ends_the_name():
    # 专项(项目)名称  …精准帮扶项目 负责人及电话  某某, the text cut after it: the space says
    # where the name's cell ended, so the 项目 is the name's (项目负责人及电话 is a heading too)
    text = (
        "某乡2021年度项目绩效自评表\n\n中央、市级专项转移支付绩效目标自评表\n(2021年度)\n"
        "专项(项目)名称  某村移民安置区精准帮扶项目 负责人及电话  某某"
    )
    (form,) = parse_text(text, "x.txt").contract_forms()
    assert form["project_name"] == "某村移民安置区精准帮扶项目"


def test_a_first_level_label_whose_zhibiao_wrapped_after_its_row_keeps_the_row():
    # lines kept with their spaces: 满意度指标 wrapped as 满意度 (on the row) / 指标 (after it)
    text = (
        "项目支出绩效自评表\n项目名称 某某服务\n主管部门 某市某局 实施单位 某市某局\n"
        "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值\n"
        "  产出指标 数量指标 服务人数 100人次 100人次 40 40  \n"
        "    质量指标 服务达标率 80% 80% 40 40  \n"
        "  满意度 服务对象满意度指标 受益群体满意度 90% 90% 20 20  \n指标\n总分 100 100\n"
    )
    rows = parse_text(text, "x.txt").forms[0]["indicators"]
    assert (rows[-1]["level1"], rows[-1]["level2"], rows[-1]["name"], rows[-1]["score"]) == (
        "满意度指标",
        "服务对象满意度指标",
        "受益群体满意度",
        20.0,
    )


def test_a_label_inside_a_titles_note_is_no_label_and_zhuyao_neirong_ends_the_name():
    # run together: the title's note (实施单位用) names who fills the form in, no 实施单位 label;
    # 主要内容 (the project's description) ends the project's name
    text = (
        "2021年项目绩效自评报告表(实施单位用)填报单位:某市某中心填报日期:2022年9月18日基本情况"
        "项目名称某某防治项目主要内容预防和控制传染病的发生,保障接种工作正常运转。"
        "项目单位市某某中心主管部门市卫生健康委员会单位负责人某某项目属性√经常性\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某防治项目",
        "市卫生健康委员会",
        "市某某中心",
    )


def test_the_2024_template_run_together_or_without_blanks_reads_its_comparisons():
    # the 2024 table's cells run together: the direction is left out, the comparison in words
    # is the target's first part, and the unit read at the actual's end is the target's
    head = (
        "项目支出绩效自评表 (2024年度)项目名称某某业务支出项目主管部门某某局实施单位某某分局"
        "一级指标二级指标三级指标指标性质指标方向年度指标值实际完成值计量单位分值得分偏差原因分析及改进措施"
    )
    text = (
        head
        + "产出指标数量指标巡查次数正向大于等于12=15次1010质量指标抽检合格率正向等于98=96%108总分2018\n"
    )
    rows = [
        (r["name"], r["target"], r["actual"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert ("巡查次数", "大于等于12次", "=15") in rows
    # cells apart by a space, the blank comparison of a target in words lost: nothing compares
    spaced = (
        "项目支出绩效自评表\n项目名称 某某业务支出项目\n主管部门 某某局 实施单位 某某分局\n"
        "一级指标 二级指标 三级指标 指标性质 指标方向 年度指标值 实际完成值 计量单位 分值 得分\n"
        "产出指标 数量指标 巡查次数 正向 大于等于 12 15 次 50 50\n"
        "效益指标 社会效益指标 公共服务水平 正向 明显提高 达成指标 50 50\n总分 100 100\n"
    )
    rows = [
        (r["name"], r["target"], r["actual"])
        for r in parse_text(spaced, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [("巡查次数", "大于等于12次", "15"), ("公共服务水平", "明显提高", "达成指标")]


def test_a_form_run_onto_one_line_with_a_stray_wide_gap_reads_its_cells_by_single_spaces():
    # a page's text copied without its line ends: its cells apart by single spaces, and a wide
    # gap only in the site's header above the form (文  号:). The wide gap does not make the line
    # one laid out in columns, where a single space would be part of a cell
    text = (
        "发布机构: 某镇人民政府 文  号: 名  称: 某某补贴 "
        "项目名称 某某补贴到户项目 主管部门 某县农业农村局 实施单位 某镇人民政府 资金情况 (万元) "
        "全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 年度资金总额: 8.5 8.5 10 100% 10 "
        "其中:本年财政拨款 8.5 8.5 10 100% 10 其他资金 0 0 "
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 全年实际值 分值 得分 "
        "产出指标 数量指标 补助户数 64户 64户 50 50 质量指标 补助发放准确率 100% 100% 20 20 "
        "效益指标 社会效益指标 增加脱贫户收入 增加 增加 20 20 总分 100 100\n"
    )
    form = parse_text(text, "x.txt").contract_forms()[0]
    assert form["funds"][0]["annual_budget"] == 8.5 and form["funds"][0]["score"] == 10
    assert [(r["name"], r["target"], r["weight"]) for r in form["indicators"]] == [
        ("补助户数", "64户", 50),
        ("补助发放准确率", "100%", 20),
        ("增加脱贫户收入", "增加", 20),
    ]
    # a line laid out in columns keeps its single spaces inside its cells
    laid = "项目名称    某某 补贴项目    主管部门    某县 农业农村局\n"
    assert parse_text(laid, "x.txt").forms[0]["project_name"] == "某某 补贴项目"


def test_a_reason_that_is_a_quantity_or_a_group_label_is_no_reason():
    # rows run together, a row printing fewer cells than the header's columns: the next row's
    # target read as a reason (5.5亩) — the row's other cells are shifted too, it is left out;
    # a group label after a blank cell's dash (-社会效益指标) is the next group's, not a reason
    from pipelines.parser.guards import drop_misread

    def row(name, **values):
        return {
            "name": name,
            "target": None,
            "actual": None,
            "weight": None,
            "score": None,
        } | values

    rows = [
        row("★补助种植面积", target="10", actual="红薯种植面积", weight=10.0, deviation="5.5亩"),
        row("红薯种植面积", target="5.5亩", actual="5.5亩"),
        row("助推民生事业发展", target="100%", actual="100%", deviation="-社会效益指标"),
        row("完成率", target="100%", actual="90%", weight=5.0, score=4.0, deviation="0"),
    ]
    warnings = drop_misread(rows)
    assert [r["name"] for r in rows] == ["红薯种植面积", "助推民生事业发展", "完成率"]
    assert rows[1]["deviation"] is None and rows[2]["deviation"] == "0"
    assert len(warnings) == 2


def test_a_wrapped_name_ends_at_a_label_no_synonym_lists():
    # lines kept, columns lost: the project name wrapped over three lines, then a label of a
    # wording no synonym lists (主管主管部门, the template's cell printed twice): the name's rest
    # is the pieces up to it
    text = (
        "项目支出绩效自评表\n项目名称 某某机构诊疗服务能力\n提升-某某卫生机构绩\n效工资补助\n"
        "主管主管部门 某区卫生健康委员会 项目实施单位 某某卫生服务中心\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 补助人数 3人 3人 50 50\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert form["project_name"] == "某某机构诊疗服务能力提升-某某卫生机构绩效工资补助"


def test_a_reason_wrapped_in_pieces_in_a_stream_is_no_row_and_a_name_head_goes_back():
    # a table flattened onto one line, its wrapped cells' pieces in the stream: a reason over
    # four lines (略低于 / 年度指标值，后续 / 将加强监管 / 能力的督促。) is no row of its own, and
    # the reason, cut, is left out; a name's head after a row that lost no points (居民“急、难”
    # 问 / 题解决率) is the next row's name's
    text = (
        "项目支出绩效自评表 项目名称 某某运营服务 主管部门 某区某局 实施单位 某区某中心 "
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
        "产出指标 时效指标 热线接听及时率 =100% =98% 50 40 响应及时率略低于 年度指标值后续 "
        "将加强监管工作 能力的督促。 效益指标 社会效益指标 投诉处置率 =100% =100% 20 20 "
        "居民“急、难”问 题解决率 >=95% >=95% 30 30 总分 100 90\n"
    )
    rows = parse_text(text, "x.txt").contract_forms()[0]["indicators"]
    assert [(r["name"], r["weight"], r["deviation"]) for r in rows] == [
        ("热线接听及时率", 50, None),
        ("投诉处置率", 20, None),
        ("居民“急、难”问题解决率", 30, None),
    ]


def test_a_group_label_with_a_sentences_punctuation_is_no_label():
    # a goal's wrapped rest read in the 一级 column of a layout (国家政策福利,改善学生体质): no
    # group label prints a comma, a stop or a semicolon; the label is left out, the row kept
    from pipelines.parser.guards import blank_sentence_levels

    rows = [
        {"level1": "国家政策福利,改善学生体质", "level2": "质量指标", "name": "覆盖率"},
        {"level1": "产出指标", "level2": "数量指标", "name": "受助人数"},
    ]
    assert len(blank_sentence_levels(rows)) == 1
    assert [(r["level1"], r["level2"]) for r in rows] == [
        (None, "质量指标"),
        ("产出指标", "数量指标"),
    ]


def test_a_goal_on_the_headers_line_takes_its_wrapped_rest_in_a_layout():
    # a PDF tool's layout: the goals printed on the line of the table's header labels, each
    # wrapped in its column onto the lines below (…享受到 / 国家政策福利,改善 / 学生体质)
    gap = " " * 4
    head = f"年度总体目标{gap}预期目标{gap}实际完成情况{gap}"
    pad = " " * len(head.encode("gbk"))  # (display columns: a CJK character two wide)
    text = (
        f"项目名称{gap}某某专项资金{gap}主管部门{gap}某县教育局{gap}实施单位{gap}某县中学\n"
        f"{head}确保学生都能享受到{gap}确保学生都能享受到{gap}一级指标{gap}二级指标{gap}"
        f"三级指标{gap}年度指标值{gap}实际完成值{gap}分值{gap}得分\n"
        f"{pad}国家政策福利,改善{gap}  国家政策福利,改善\n"
        f"{pad}学生体质{' ' * 14}学生体质\n"
        f"产出指标{gap}数量指标{gap}受助人数{gap}735人{gap}735人{gap}50{gap}50\n"
        f"效益指标{gap}社会效益指标{gap}政策知晓率{gap}100%{gap}98%{gap}50{gap}45\n"
        "总分 100 95\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert form["goal_planned"] == "确保学生都能享受到国家政策福利,改善学生体质"


def test_in_a_stream_a_full_marks_rows_words_after_its_points_are_no_sure_reason():
    # cells one a line, the empty ones dropped: a ★ row (分值, two values, 得分) with its 其中
    # rows (two values) under it; the 其中 row's name after the ★ row's points could be its
    # reason or the next row's name: left out as a reason. A reason that is a sentence, or
    # says 无偏差, stays
    cells = [
        "项目名称",
        "某某补贴项目",
        "主管部门",
        "某县农业农村局",
        "实施单位",
        "某镇人民政府",
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "年度指标值",
        "全年实际值",
        "得分",
        "未完成原因及改进措施",
        "产出指标",
        "数量指标",
        "★补助种植面积",
        "20",
        "29.5亩",
        "29.5亩",
        "20",
        "其中桃树种植面积",
        "1.5亩",
        "1.5亩",
        "其中苹果树种植面积",
        "5亩",
        "5亩",
        "其中露天蔬菜",
        "20亩",
        "20亩",
        "★补助养殖数量",
        "30",
        "192只",
        "192只",
        "30",
        "无偏差",
        "效益指标",
        "社会效益指标",
        "增收户数",
        "50",
        "64户",
        "60户",
        "45",
        "部分农户未申报。",
    ]
    rows = parse_text("\n".join(cells) + "\n", "x.txt").contract_forms()[0]["indicators"]
    reasons = {r["name"]: r["deviation"] for r in rows}
    assert reasons["★补助种植面积"] is None
    assert reasons["★补助养殖数量"] == "无偏差"
    assert reasons["增收户数"] == "部分农户未申报。"


def test_a_cut_texts_last_few_words_after_its_last_row_are_no_reason():
    # a page cut off right after a row (… 1 | 建设中) and two characters of what came next
    # (总建): the next row's name begun as well as a reason cut short, so no reason
    cells = [
        "项目名称",
        "某某健身中心建设",
        "主管部门",
        "某市体育局",
        "实施单位",
        "某市体育中心",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "全年实际完成值",
        "未完成原因和改进措施",
        "产出指标",
        "数量指标",
        "新建健身中心数量",
        "1",
        "建设中",
        "总建",
    ]
    rows = parse_text("\n".join(cells) + "\n", "x.txt").contract_forms()[0]["indicators"]
    assert [(r["name"], r["target"], r["actual"], r["deviation"]) for r in rows] == [
        ("新建健身中心数量", "1", "建设中", None)
    ]


def test_a_total_said_in_words_without_a_money_table_is_the_annual_budget():
    # a 专项 form with no money table: 资金总额 and its amount in words (the label and the
    # amount in one cell or two); two different amounts so said leave it out
    text = (
        "某县某某专项绩效自评表(2016年度)\n项目名称 某某专项 主管部门 某县农业局 "
        "实施单位 某县植保站\n项目属性 延续专项 资金总额 41万元 专项起止时间 2016年5月\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 防治面积 ≥5万亩 5.2万亩 100 100\n总分 100 100\n"
    )
    text = text.replace("资金总额 41万元", "资金总额及构成总额41万元,其中:中央30万元")
    assert parse_text(text, "x.txt").contract_forms()[0]["funds"][0]["annual_budget"] == 41
    two = text.replace("专项起止时间", "资金总额45万元 专项起止时间")
    total = parse_text(two, "x.txt").contract_forms()[0]["funds"][0]
    assert total["annual_budget"] is None and total["initial_budget"] is None


def test_identity_values_wrapped_after_a_label_no_synonym_lists_take_their_rests():
    # lines kept, columns lost: a line of two identity labels (one of a wording no synonym
    # lists, 主管主管部门) whose values both wrapped, their rests on the next line in order
    text = (
        "项目支出绩效自评表\n项目名称 某某补助\n"
        "主管主管部门 某某区卫生健康委员 项目实施单位 某某区某某社区卫生\n会 服务中心\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 补助人数 3人 3人 100 100\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["department"], form["implementing_unit"]) == (
        "某某区卫生健康委员会",
        "某某区某某社区卫生服务中心",
    )


def test_a_lone_piece_under_a_line_of_identity_values_goes_on_with_the_widest():
    # lines kept, columns lost: a line of three labels and values, then one piece (资金): the
    # value whose first line filled its cell, wider than every other by two characters or more,
    # wrapped; values of about the same width leave the piece unplaced
    line = "项目名称 某某义务教育营养改善计划专项 主管部门 某县教育体育局 实施单位 某县中学 项目资金 (元)"
    rest = (
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 受资助人数 735人 735人 100 100\n总分 100 100\n"
    )
    form = parse_text(f"项目支出绩效自评表\n{line}\n资金\n{rest}", "x.txt").forms[0]
    assert form["project_name"] == "某某义务教育营养改善计划专项资金"
    assert form["department"] == "某县教育体育局"
    even = line.replace("某县教育体育局", "某某县教育体育卫生健康委员")
    form = parse_text(f"项目支出绩效自评表\n{even}\n资金\n{rest}", "x.txt").forms[0]
    assert form["project_name"] == "某某义务教育营养改善计划专项"


def test_the_indicator_header_printed_again_with_its_heading_after_a_page_break_is_no_row():
    # a page break inside the table, the header row printed again with the block's heading in
    # its first cell (年度绩效目标 (80分), 四、年度绩效指标完成情况) and its 改进措施 column: no row,
    # and no end of the table
    head = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 未完成原因及改进措施 |"
    text = (
        "项目支出绩效自评表\n项目名称 | 某某补助项目 | 主管部门 | 某县某局 | 实施单位 | 某县某站 |\n"
        f"年度绩效目标 (80分) | {head}\n"
        "产出指标 | 数量指标 | 补助户数 | 64户 | 64户 | 30 | 30 | |\n"
        "产出指标 | 质量指标 | 补助准确率 | 100% | 100% | 20 | 20 | |\n第 2 页\n"
        f"四、年度绩效指标完成情况 | {head}\n"
        "效益指标 | 社会效益指标 | 群众知晓率 | ≥90% | 85% | 30 | 25 | 宣传不足 |\n"
        "总分 | 100 | 95 |\n"
    )
    rows = parse_text(text, "x.txt").contract_forms()[0]["indicators"]
    assert [(r["name"], r["weight"], r["deviation"]) for r in rows] == [
        ("补助户数", 30, None),
        ("补助准确率", 20, None),
        ("群众知晓率", 30, "宣传不足"),
    ]
    # the reason's column printed as two cells, 原因 | 改进措施: its 改进措施 closes nothing
    split = text.replace("未完成原因及改进措施 |", "未完成原因 | 改进措施 |")
    rows = parse_text(split, "x.txt").contract_forms()[0]["indicators"]
    assert [r["name"] for r in rows] == ["补助户数", "补助准确率", "群众知晓率"]


def test_a_pages_number_alone_between_two_rows_of_a_table_is_nothing_of_the_form():
    # a page break between two rows of a table whose cells tabs part: the page's number alone
    # on its line (2), or in English (Page 2 of 5), is no wrapped rest of the row before
    text = (
        "项目支出绩效自评表\n项目名称\t某某补助项目\t主管部门\t某县某局\t实施单位\t某县某站\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t补助户数\t64户\t64户\t50\t50\n{mark}\n"
        "效益指标\t社会效益指标\t群众知晓率\t≥90%\t92%\t50\t50\n总分\t100\t100\n"
    )
    for mark in ("2", "Page 2 of 5"):
        rows = parse_text(text.format(mark=mark), "x.txt").contract_forms()[0]["indicators"]
        assert [r["name"] for r in rows] == ["补助户数", "群众知晓率"], mark


def test_a_text_with_a_blank_line_between_its_lines_reads_as_without():
    # a page's text that puts a blank line between its lines: a 绩效目标表 printed before the
    # form is still no form, and a group label printed a character a line is still one label
    lines = [
        "项目支出绩效目标表",
        "项目名称 某某补助",
        "主管部门 某县某局",
        "项目支出绩效自评表",
        "项目名称\t某某补助\t主管部门\t某县某局\t实施单位\t某县某站",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产",
        "出",
        "指",
        "标\t数量指标\t补助户数\t64户\t64户\t50\t50",
        "效益指标\t社会效益指标\t群众知晓率\t≥90%\t92%\t50\t50",
        "总分",
        "100",
        "100",
    ]
    form = parse_text("\n\n".join(lines) + "\n", "x.txt").contract_forms()
    assert len(form) == 1
    rows = form[0]["indicators"]
    assert [(r["level1"], r["name"]) for r in rows] == [
        ("产出指标", "补助户数"),
        ("效益指标", "群众知晓率"),
    ]


def test_an_identity_value_ends_at_a_label_no_synonym_lists_on_its_line():
    # 项目名称 某某项目 项目联系人 张三: a short word that ends as labels end (联系人, 电话, 日期,
    # 用途 …) with a value after it is a label of a wording no synonym lists, not the name's
    text = (
        "项目支出绩效自评表\n项目名称 某某村道路建设项目 项目联系人 张三 0557-1234567\n"
        "主管部门 某县交通局 实施单位 某镇人民政府 资金用途 道路硬化\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "产出指标 数量指标 硬化道路长度 ≥5公里 5.2公里 100 100\n总分 100 100\n"
    )
    form = parse_text(text, "x.txt").forms[0]
    assert (form["project_name"], form["implementing_unit"]) == (
        "某村道路建设项目"[0:0] + "某某村道路建设项目",
        "某镇人民政府",
    )


def test_a_target_and_actual_glued_digit_into_digit_leave_their_row_its_name():
    # a docx's cells run together in a table with no 分值/得分: a row's target and actual ran
    # digit into digit (巡逻出勤次数36004152): where they part is not known, so they are left
    # out, but the names around them are bounded by them and read, with their groups
    text = (
        "项目支出绩效自评表项目名称某某巡防补助主管部门某某局实施单位某某大队"
        "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施"
        "产出指标数量指标巡逻出勤次数36004152巡防覆盖率95%98%质量指标"
        "效益指标社会效益指标群众求助处置件数2438满意度指标服务对象满意度指标群众满意率90%96%\n"
    )
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("数量指标", "巡逻出勤次数", None, None),
        ("数量指标", "巡防覆盖率", "95%", "98%"),
        ("社会效益指标", "群众求助处置件数", None, None),
        ("服务对象满意度指标", "群众满意率", "90%", "96%"),
    ]
    # a name's round number (完成2000次) is no glued pair: the run is left as it was
    rows = parse_text(text.replace("巡逻出勤次数", "完成2000次巡逻率"), "x.txt").forms[0][
        "indicators"
    ]
    assert "完成" not in [r["name"] for r in rows]
    # a target with its unit whose actual is blank (1215公里) is no pair: the next name would be
    # 公里巡防覆盖率
    rows = parse_text(text.replace("36004152", "1215公里"), "x.txt").forms[0]["indicators"]
    assert all(not (r["name"] or "").startswith("公里") for r in rows)
    # a target with its sign before an actual of even digits (≥3000人次4182) is no name and pair
    rows = parse_text(text.replace("巡逻出勤次数36004152", "巡逻出勤≥3000人次4182"), "x.txt")
    assert all("≥" not in (r["name"] or "") for r in rows.forms[0]["indicators"])


def test_a_number_target_met_in_words_is_read_in_a_table_without_points():
    # a run-together row of a table with no 分值/得分: a target with its unit, then an actual in
    # words that says it was met (完成时限6月已完成): the words whole are the actual (never
    # 6月已 | 完成), where before a target and actual of two kinds left the row out
    text = (
        "项目支出绩效自评表\n项目名称某某系统升级项目主管部门某某局实施单位某某中心\n"
        "绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施\n"
        "产出指标数量指标升级模块数4个4个\n时效指标完成时限6月已完成\n"
        "质量指标功能测试通过率100%部分完成\n"
    )
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("数量指标", "升级模块数", "4个", "4个"),
        ("时效指标", "完成时限", "6月", "已完成"),
        ("质量指标", "功能测试通过率", "100%", "部分完成"),
    ]
    # and in a table with 分值/得分 after the actual (a date's target too)
    text = (
        "项目支出绩效自评表\n项目名称某某系统升级项目主管部门某某局实施单位某某中心\n"
        "一级指标二级指标三级指标年度指标值实际完成值分值得分\n"
        "产出指标数量指标升级模块数4个4个2020时效指标完成时限2023年12月底前已完成1010"
        "质量指标测试通过率100%部分完成2015\n"
    )
    rows = [
        (r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("升级模块数", "4个", "4个", 20, 20),
        ("完成时限", "2023年12月底前", "已完成", 10, 10),
        ("测试通过率", "100%", "部分完成", 20, 15),
    ]
    # but not where the 分值 stands before the target: 13完善 may be 1 | 3完善
    points_first = text.replace("年度指标值实际完成值分值得分", "分值年度指标值实际完成值得分")
    points_first = points_first.replace("时效指标完成时限2023年12月底前已完成1010", "")
    points_first = points_first.replace("测试通过率100%部分完成2015", "测试通过率13完善达成指标13")
    rows = parse_text(points_first, "x.txt").forms[0]["indicators"]
    assert all(r["target"] != "3完善" for r in rows)


def test_a_run_row_whose_name_holds_an_amount_and_a_wrap_is_read_under_its_bare_label():
    # a docx's cells run together: a 二级 label printed without its 指标 (经济效益) runs into a
    # name wrapped inside a word (…旅 游…), and the name holds an amount (达到2亿元) before the
    # row's target and actual: a number 亿 follows is a quantity, never a row's points
    text = (
        "2022年度财政项目绩效自评表项目名称某某景区提升补助主管部门某某局项目实施单位某某中心"
        "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
        "产出指标数量指标改造步道长度12公里12公里20"
        "效益指标经济效益带动片区旅 游收入达到2亿元2亿元3.1亿元20\n"
    )
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("数量指标", "改造步道长度", "12公里", "12公里", 20),
        ("经济效益", "带动片区旅游收入达到2亿元", "2亿元", "3.1亿元", 20),
    ]


def test_a_value_said_three_times_before_the_points_ends_the_name_with_its_first_copy():
    # a docx's cells run together: the name ends with the value its target and actual repeat
    # (每月发放补贴500元500元500元15): the first copy is the name's, the others the target and
    # actual, where before a number between words in a name was taken for a swallowed row's points
    text = (
        "2022年度财政项目绩效自评表项目名称某某困难补贴主管部门某某局项目实施单位某某中心"
        "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
        "产出指标数量指标发放对象覆盖率100%100%15质量指标每月发放补贴500元500元500元15\n"
    )
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("数量指标", "发放对象覆盖率", "100%", "100%", 15),
        ("质量指标", "每月发放补贴500元", "500元", "500元", 15),
    ]


def test_bare_group_labels_after_a_rows_points_are_cut_where_the_table_prints_them_so():
    # a table whose 效益 group prints its 二级 labels without 指标 (社会效益) prints the 产出
    # group's so too: after a row's points, 时效 / 成本 open a group of their own, where every
    # piece then reads as one row; a name opening with such a word right after a group's own
    # label (成本核算…) stays whole, and in a table that prints no bare label nothing is cut
    head = (
        "2022年度财政项目绩效自评表项目名称某某设备购置主管部门某某局项目实施单位某某中心"
        "一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分"
    )
    rows_text = (
        "产出指标数量指标成本核算规范规范规范10质量指标设备验收合格率100%100%10"
        "时效3个月3个月3个月10成本采购成本控制≤80万元78万元10"
    )
    text = head + rows_text + "效益指标社会效益服务群众人次≥2000人次2600人次10\n"
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("数量指标", "成本核算规范", "规范", "规范"),
        ("质量指标", "设备验收合格率", "100%", "100%"),
        ("时效", "3个月", "3个月", "3个月"),
        ("成本", "采购成本控制", "≤80万元", "78万元"),
        ("社会效益", "服务群众人次", "≥2000人次", "2600人次"),
    ]
    text = head + rows_text + "效益指标社会效益指标服务群众人次≥2000人次2600人次10\n"
    names = [r["name"] for r in parse_text(text, "x.txt").forms[0]["indicators"]]
    assert "3个月" not in names and "时效3个月" not in names and "采购成本控制" not in names


def test_a_run_row_whose_values_all_glued_after_a_sentence_name_gives_its_name():
    # cells run together under 分值 | 指标值 | 实际值 | 得分: a row's name is a sentence with
    # quantities in it (1200户, 12个村, 2023年10月), and all its values ran together after it
    # (3015015030). Its digits hold more than the two points could, so its target and actual
    # are among them and the words are the name: read. Its values are read where one cut alone
    # gives a target and an actual said twice (30 | 150 | 150 | 30, not 30 | 150 | 1503 | 0), as
    # _said_twice reads such digits; else (3015014528: 30 | 150 | 145 | 28 or 30 | 1501 | 45 | 28?)
    # they are left out
    head = (
        "项目支出绩效自评表(2023年度)项目名称某某取暖补贴项目主管部门某某局实施单位某某镇政府"
        "绩效指标一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分计算方法得分未完成原因分析"
    )
    text = head + (
        "产出指标(60分)数量指标(必填)为全镇1200户困难家庭发放取暖补贴,覆盖12个行政村,3015015030"
        "时效指标(必填)于2023年10月底前发放到户3010010028.5"
        "成本指标(必填)每户补贴资金足额发放到户到人3015014528\n"
    )
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in parse_text(text, "x.txt").forms[0]["indicators"]
    ]
    assert rows == [
        ("数量指标", "为全镇1200户困难家庭发放取暖补贴,覆盖12个行政村,", "150", "150", 30, 30),
        ("时效指标", "于2023年10月底前发放到户", "100", "100", 30, 28.5),
        ("成本指标", "每户补贴资金足额发放到户到人", None, None, None, None),
    ]
    # digits that may be the two points alone (3030): the words may hold a target and actual
    text = head + "产出指标(60分)数量指标(必填)为全镇困难家庭发放取暖补贴持续改善已完成3030\n"
    names = [r["name"] for r in parse_text(text, "x.txt").forms[0]["indicators"]]
    assert not any("已完成" in (name or "") for name in names)


def test_a_money_row_run_together_with_amounts_to_the_yuan_in_wan_yuan_is_cut_by_its_arithmetic():
    # 278.444930.0010.77%2.16: amounts in 万元 printed to the yuan (four decimals) run into the
    # next cells; the one cut whose rate is executed / budget gives 278.4449 | 30.00 | 10.77%
    text = (
        "项目支出绩效自评表\n项目名称某某补助资金\n主管部门某区农业农村局项目实施单位某区某站\n"
        "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分\n"
        "年度财政资金总额278.444930.0010.77%2.16\n"
    )
    total = parse_text(text, "x.txt").contract_forms()[0]["funds"][0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        278.4449,
        30.0,
        10.77,
    )


def test_weights_that_add_up_to_more_than_100_are_no_weights():
    # a form's points add up to 100: a blank 分值 in a text that shows no cell's bounds lets the
    # row's target into the 分值 column (公猪舍 22.8 22.8 1.00)
    from pipelines.parser.guards import weights_within_100

    def row(name, target, actual, weight, score):
        return {"name": name, "target": target, "actual": actual, "weight": weight, "score": score}

    rows = [
        row("公猪舍(≥**平方米)", "22.8", None, 22.8, 1.0),
        row("母猪舍(≥**平方米)", "180", None, 180.0, 3.0),
        row("群众满意度", "≥90%", "92%", 10.0, 10.0),
    ]
    warnings = weights_within_100(rows)
    assert [r["weight"] for r in rows] == [None, None, 10.0]
    assert len(warnings) == 2 and "22.8" in warnings[0]
    # where what is left still adds up to more than 100, no weight is sure
    rows = [row("甲", "1", "1", 60.0, 60.0), row("乙", "2", "2", 50.0, 50.0)]
    assert weights_within_100(rows) and [r["weight"] for r in rows] == [None, None]
    # a form's own weights, 100 in all, are kept, a row printed twice counted once
    rows = [row("甲", "1", "1", 60.0, 60.0), row("乙", "40", "40", 40.0, 40.0)]
    assert weights_within_100(rows) == [] and [r["weight"] for r in rows] == [60.0, 40.0]
    rows.append(dict(rows[0]))
    assert weights_within_100(rows) == [] and [r["weight"] for r in rows] == [60.0, 40.0, 60.0]


def test_points_in_a_table_whose_rows_print_none_are_left_out():
    # a table whose 分值 and 得分 columns are blank (every row prints a target and an actual
    # only): a row read with points (0 0 after its name, its target and actual of 0) holds two
    # of its values there: not sure, left out
    from pipelines.parser.guards import guard_form

    def row(name, target, actual, weight, score):
        return {"name": name, "target": target, "actual": actual, "weight": weight, "score": score}

    valued = [row(f"储备粮{n}到位率", "100%", "100%", None, None) for n in "甲乙丙丁"]
    form = {"indicators": [*valued, row("库存粮食变质比例", None, None, 0.0, 0.0)]}
    assert guard_form(form)
    assert (form["indicators"][-1]["weight"], form["indicators"][-1]["score"]) == (None, None)
    # a table whose rows print their points keeps them
    pointed = [row(f"储备粮{n}到位率", "100%", "100%", 10.0, 10.0) for n in "甲乙丙丁"]
    kept = {"indicators": [*pointed, row("库存粮食变质比例", None, None, 5.0, 5.0)]}
    guard_form(kept)
    assert kept["indicators"][-1]["weight"] == 5.0
    # and too few rows without points say nothing of the table
    few = {"indicators": [*valued[:2], row("库存粮食变质比例", None, None, 0.0, 0.0)]}
    guard_form(few)
    assert few["indicators"][-1]["score"] == 0.0


def test_a_weight_in_a_table_whose_rows_print_no_weight_is_its_score_or_left_out():
    # a table printing a 得分 and no 分值 in its rows (the groups' points in their labels): a
    # row printed in fewer cells (on a page laid out otherwise) is read from the left, its one
    # points figure taken as a weight (its 得分), or its target and actual as its points
    from pipelines.parser.guards import guard_form

    def row(name, target, actual, weight, score):
        return {"name": name, "target": target, "actual": actual, "weight": weight, "score": score}

    def form(*rows):
        return {"indicators": list(rows)}

    scored = [row(f"设备{n}(≥台)", "1", "1", None, 1.0) for n in "甲乙丙丁"]
    one = form(*[dict(r) for r in scored], row("种公猪(≥头)", "2", "2", 2.0, None))
    assert guard_form(one) and [(r["weight"], r["score"]) for r in one["indicators"]][-1] == (
        None,
        2.0,
    )
    both = form(*[dict(r) for r in scored], row("种母猪(≥头)", None, None, 20.0, 20.0))
    assert guard_form(both) and (
        both["indicators"][-1]["weight"],
        both["indicators"][-1]["score"],
    ) == (
        None,
        None,
    )
    # a table whose rows print their weights keeps a row with a weight and no score
    weighted = [row(f"设备{n}(≥台)", "1", "1", 10.0, 10.0) for n in "甲乙丙丁"]
    kept = form(*weighted, row("保障人数", "2370人", "2370人", 10.0, None))
    guard_form(kept)
    assert (kept["indicators"][-1]["weight"], kept["indicators"][-1]["score"]) == (10.0, None)
    # and too few rows with a score alone say nothing of the table
    few = form(*[dict(r) for r in scored[:2]], row("种公猪(≥头)", "2", "2", 2.0, None))
    guard_form(few)
    assert few["indicators"][-1]["weight"] == 2.0


def test_a_group_label_cut_between_zhi_and_biao_is_the_label_it_begins():
    from pipelines.parser.guards import labels_cut_at_zhi

    rows = [
        {"level1": "效益指标", "level2": "社会效益指", "name": "甲", "line_start": 3},
        {"level1": "满意度指", "level2": "服务对象满意度指标", "name": "乙", "line_start": 4},
        {"level1": "产出指标", "level2": "数量", "name": "丙", "line_start": 5},
    ]
    warnings = labels_cut_at_zhi(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
        ("产出指标", "数量"),  # (not cut at 指: as printed)
    ]
    assert len(warnings) == 2


# An invented form as pdftotext prints a table without -layout: one cell a line, in the order
# the cells were drawn, the 总分 row's two numbers before its label (… 20 | 19.5 | 100 | 99.5 |
# 总分), group labels centred on the last rows perhaps printed between them (LATE).
_DRAWN_ORDER = """项目支出绩效自评表
(2024年度)
项目名称
某街道公共设施养护经费
主管部门
某县住房和城乡建设局
实施单位
某县某街道办事处
项目资金
(万元)
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
40.00
40.00
38.00
10.00
95.00%
9.50
预期目标
实际完成情况
完成设施养护任务。
已完成设施养护任务。
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
养护设施数量
≥30处
32处
40.00
40.00
QUALITY养护验收合格率
≥95%
96%
30.00
30.00
满意度指标
服务对象满意度指标
居民满意度
≥90%
93%
20.00
19.50
100.00
99.50
LATE总分
"""


def _drawn_order(quality: str = "质量指标\n", late: str = "") -> dict:
    text = _DRAWN_ORDER.replace("QUALITY", quality).replace("LATE", late)
    return parse_text(text, "x.txt").contract_forms()[0]


def test_a_total_printed_before_its_label_is_the_total_not_the_last_rows_points():
    # the last row read 20 | 100 (its score the total's weight, then left out as above its
    # weight) and 99.5 as its reason before
    for late in ("", "服务对象\n满意度指\n标\n"):
        form = _drawn_order(late=late)
        assert (form["total_weight"], form["total_score"]) == (100.0, 99.5), late
        last = form["indicators"][-1]
        assert (last["name"], last["weight"], last["score"], last["deviation"]) == (
            "居民满意度",
            20.0,
            19.5,
            None,
        ), late
    # the label's own numbers after it: the last row keeps what stands before the label
    text = _DRAWN_ORDER.replace("QUALITY", "").replace(
        "100.00\n99.50\nLATE总分\n", "总分\n100\n99.5\n"
    )
    form = parse_text(text, "x.txt").contract_forms()[0]
    assert (form["total_weight"], form["total_score"]) == (100.0, 99.5)
    assert form["indicators"][-1]["score"] == 19.5


def test_figures_before_a_total_label_with_a_number_after_it_are_the_last_row_s():
    # 满意度(%) | 90 | 100 | 11.10 | 总分 | 71.70, one cell a line: the last row prints its
    # target, actual and score; the total prints its score after its label. The three figures
    # before the label are the row's, not the total's (100 | 11.1 read as the total before)
    from pipelines.parser.generic import Cell, _total_printed_before

    texts = ["满意度(%)", "90", "100", "11.10", "总分", "71.70"]
    cells = [Cell(text, no) for no, text in enumerate(texts, 60)]
    columns = ["name", "target", "actual", "weight", "score"]
    assert _total_printed_before(cells, 0, 4, columns) is None
    # with no number after the label, the figures before it are the total's
    found = _total_printed_before(cells[:5], 0, 4, columns)
    assert found is not None and found[1:3] == (100.0, 11.1)


def test_a_row_weight_of_100_in_a_table_of_several_rows_is_no_weight():
    # a form's points add up to 100: a row read with all of them took another cell's figure
    from pipelines.parser.guards import guard_form

    rows = [
        {
            "name": "带动贫困户(人)",
            "target": "11442",
            "actual": "4164",
            "weight": None,
            "score": 7.3,
        },
        {"name": "满意度(%)", "target": None, "actual": None, "weight": 100.0, "score": 11.1},
    ]
    one = {"indicators": [dict(rows[1])]}
    form = {"indicators": rows}
    assert guard_form(form)
    assert [(r["weight"], r["score"]) for r in rows] == [(None, 7.3), (None, None)]
    # a form of one row may hold them all
    guard_form(one)
    assert (one["indicators"][0]["weight"], one["indicators"][0]["score"]) == (100.0, 11.1)


def test_a_group_label_printed_after_the_last_row_takes_back_the_label_its_rows_carried():
    # 质量指标, centred on its one row, printed after the table's last row: that row would carry
    # 数量指标 down from the row above; it is left out, the labels printed before rows kept.
    # (Since the thirty-eighth session the row takes 质量指标 back: 产出指标's two 二级 labels
    # cover its two rows, 数量指标 the first, the rows adding up to the 总分: label_readings)
    form = _drawn_order(quality="", late="质量指标\n")
    assert [row["level2"] for row in form["indicators"]] == [
        "数量指标",
        "质量指标",
        "服务对象满意度指标",
    ]
    assert form["indicators"][1]["weight"] == 30.0 and form["total_score"] == 99.5
    # a late label that a row holds already takes nothing back
    form = _drawn_order(late="满意度指标\n")
    assert [row["level2"] for row in form["indicators"]] == [
        "数量指标",
        "质量指标",
        "服务对象满意度指标",
    ]


def test_a_score_above_its_weight_is_left_out():
    # no labelled real row scores above its weight: the 总分 line's figure run into the last
    # row (a total's size) loses the score; a smaller one may be the two columns swapped
    from pipelines.parser.guards import scores_within_weights

    rows = [
        {"name": "甲", "weight": 5.0, "score": 100.0, "line_start": 1},
        {"name": "乙", "weight": 10.0, "score": 10.3, "line_start": 2},
        {"name": "丙", "weight": 10.0, "score": 9.0, "line_start": 3},
    ]
    warnings = scores_within_weights(rows)
    assert [(r["weight"], r["score"]) for r in rows] == [(5.0, None), (None, None), (10.0, 9.0)]
    assert len(warnings) == 2 and "100" in warnings[0] and "10.3" in warnings[1]


def test_a_money_header_whose_annual_budget_label_was_printed_elsewhere():
    # 年初预算数 and 全年执行数 before the rows, 全年预算数 printed after them (drawn order): the
    # header reads as one budget column, but the total row prints three amounts. The sub-row's
    # two amounts took 全年预算数 and 全年执行数 before (which cell of three is blank is not known)
    money = (
        "年初预算数\n全年执行数\n年度资金总额\n40.00\n40.00\n38.00\n当年财政拨款\n40.00\n40.00\n"
        "38.00\n上年结转资金\n0.00\n0.00\n全年预算数\n分值\n10.00\n执行率\n95.00%\n得分\n9.50\n"
    )
    head, rest = _DRAWN_ORDER.split("年初预算数\n", 1)
    text = head + money + rest[rest.index("预期目标") :]
    funds = parse_text(text.replace("QUALITY", "").replace("LATE", ""), "x.txt").contract_forms()[
        0
    ]["funds"]
    amounts = [(f["initial_budget"], f["annual_budget"], f["executed"]) for f in funds[:3]]
    assert amounts == [(40.0, 40.0, 38.0), (40.0, 40.0, 38.0), (None, None, None)]


def test_two_identity_labels_then_two_values_told_apart_by_their_shapes():
    # pdfminer prints the labels' column before the values' (项目名称 | 主管部门 | value | value):
    # which value is whose is not known from the order (pdftotext keeps another), but a unit's
    # name ends as an organisation's does; no form of such a print loaded before
    identity = "项目名称\n某街道公共设施养护经费\n主管部门\n某县住房和城乡建设局\n实施单位\n某县某街道办事处\n"
    base = _DRAWN_ORDER.replace("QUALITY", "").replace("LATE", "")
    assert identity in base
    for first, second in (
        ("某街道公共设施养护经费", "某县住房和城乡建设局"),
        ("某县住房和城乡建设局", "某街道公共设施养护经费"),
    ):
        text = base.replace(
            identity, f"项目名称\n主管部门\n{first}\n{second}\n实施单位\n某县某街道办事处\n"
        )
        form = parse_text(text, "x.txt").contract_forms()[0]
        assert (form["project_name"], form["department"]) == (
            "某街道公共设施养护经费",
            "某县住房和城乡建设局",
        ), first
    # both values shaped as a unit's name: neither is placed
    text = base.replace(
        identity,
        "项目名称\n主管部门\n某街道服务中心\n某县住房和城乡建设局\n实施单位\n某县某街道办事处\n",
    )
    result = parse_text(text, "x.txt")
    forms = result.contract_forms()
    assert forms[0]["project_name"] is None and forms[0]["department"] is None


def test_a_header_word_read_as_a_group_label_takes_the_rows_labels_out():
    # pdftotext prints the header's 一级指标 / 二级指标 among the rows where it drew them: a row
    # read 二级指标 | 产出指标 for 产出指标 | 质量指标 has both labels one place off
    from pipelines.parser.guards import blank_header_levels

    rows = [
        {"level1": "二级指标", "level2": "产出指标", "line_start": 1},
        {"level1": "产出指标", "level2": "一级 指标", "line_start": 2},
        {"level1": "产出指标", "level2": "质量指标", "line_start": 3},
    ]
    warnings = blank_header_levels(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        (None, None),
        (None, None),
        ("产出指标", "质量指标"),
    ]
    assert len(warnings) == 2 and "二级指标" in warnings[0]


def test_a_group_label_that_is_only_the_end_of_labels_is_left_out():
    # 益指标 (社会效益指标? 经济效益指标?), 量指標, 指标 alone: a label broken over lines whose
    # head went to another row; whole labels, a form's own (项目管理) and a label's head are kept
    from pipelines.parser.guards import blank_label_tails

    rows = [
        {"level1": "效益指标", "level2": "益指标", "line_start": 1},
        {"level1": "指标", "level2": "量指標", "line_start": 2},
        {"level1": "项目管理", "level2": "社会效益", "line_start": 3},
        {"level1": "产出指标", "level2": "数量指标", "line_start": 4},
    ]
    warnings = blank_label_tails(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("效益指标", None),
        (None, None),
        ("项目管理", "社会效益"),
        ("产出指标", "数量指标"),
    ]
    assert len(warnings) == 3


def test_a_reason_that_says_no_shortfall_is_no_name_s_head():
    # a cell a line: … 40.00 | 40.00 | 无偏差 | 养护验收合格率 | ≥95% …: 无偏差 is the row's whole
    # reason, not the next name's first line (无偏差养护验收合格率 before)
    text = _DRAWN_ORDER.replace("QUALITY", "").replace("LATE", "")
    text = text.replace("40.00\n40.00\n养护验收合格率", "40.00\n40.00\n无偏差\n养护验收合格率")
    rows = parse_text(text, "x.txt").contract_forms()[0]["indicators"]
    assert [r["name"] for r in rows][:2] == ["养护设施数量", "养护验收合格率"]


def test_a_name_s_last_character_wrapped_alone_is_no_target():
    # a cell a line (PyMuPDF), a row with blank target and actual: 养护设施巡查覆盖范围扩 / 大 /
    # 30.00 / 30.00: 大 is the name's last character, not the target (the name read cut short)
    text = _DRAWN_ORDER.replace("LATE", "").replace(
        "QUALITY养护验收合格率\n≥95%\n96%\n", "质量指标\n养护设施巡查覆盖范围扩\n大\n"
    )
    rows = parse_text(text, "x.txt").contract_forms()[0]["indicators"]
    row = rows[1]
    assert (row["name"], row["target"], row["weight"]) == ("养护设施巡查覆盖范围扩大", None, 30.0)
    # a value of one character that says something (高, 无) fits as before, and so does 一, a
    # dash printed as a character (a blank cell: the sweeps' national template gave 52 wrong
    # values when it cost as much)
    from pipelines.parser.generic import _fit

    assert _fit("target", "大") > 1 and _fit("actual", "大") > 1
    assert _fit("target", "高") == _fit("target", "一") == _fit("actual", "无") == 0


def test_a_name_that_holds_a_group_label_s_piece_apart_by_a_space_is_left_out():
    # pdfplumber joins a line's cells with one space: the label column's piece (社会效, 质量指)
    # runs into the name; a name whose words a space parts (县级储备粮管理制 度严格执行率) is kept
    from pipelines.parser.guards import blank_names_with_label_pieces

    rows = [
        {"name": "社会效 保障市民服务热线有", "line_start": 1},
        {"name": "质量指 每天使用超过1标", "line_start": 2},
        {"name": "县级储备粮管理制 度严格执行率", "line_start": 3},
        {"name": "系统平稳运行", "line_start": 4},
    ]
    warnings = blank_names_with_label_pieces(rows)
    assert [r["name"] for r in rows] == [
        None,
        None,
        "县级储备粮管理制 度严格执行率",
        "系统平稳运行",
    ]
    assert len(warnings) == 2
    # a name that ends in a label's words up to its 指 (its 标 on the next line) likewise; a
    # name that ends in 标 may be whole (水质达标), and 指 alone is a name cut off
    rows = [
        {"name": "指标1:新建道路数量指", "line_start": 1},
        {"name": "水质达标", "line_start": 2},
        {"name": "指", "line_start": 3},
    ]
    assert len(blank_names_with_label_pieces(rows)) == 1
    assert [r["name"] for r in rows] == [None, "水质达标", "指"]
    # a label's end alone (标, 响指标 of 可持续影 / 响指标) is no name; 指标 alone is a name cut
    # off as 指 is (real forms' labellers kept it), and a whole label's 标 is a label's
    rows = [{"name": name, "line_start": k} for k, name in enumerate(("标", "响指标", "指标"))]
    assert len(blank_names_with_label_pieces(rows)) == 2
    assert [r["name"] for r in rows] == [None, None, "指标"]


def test_a_target_or_actual_ending_in_a_label_s_words_up_to_its_zhi_is_left_out():
    # the label's column run into the value's (产出指 / 标 on the next line): as a name's
    from pipelines.parser.guards import blank_label_piece_values

    rows = [
        {"target": "≥95%产出指", "actual": "98%", "line_start": 1},
        {"target": "100%", "actual": "标时效指", "line_start": 2},
        {"target": "达标", "actual": "水质达标", "line_start": 3},
        # the label's words alone, from its first character (a row with blank values under a
        # label's column: 经费使用率 | 产出指, its 标 on the next line)
        {"target": None, "actual": "产出指", "line_start": 4},
    ]
    assert len(blank_label_piece_values(rows)) == 3
    assert [(r["target"], r["actual"]) for r in rows] == [
        (None, "98%"),
        ("100%", None),
        ("达标", "水质达标"),
        (None, None),
    ]


def test_a_target_or_actual_that_is_a_piece_from_inside_a_group_label_is_left_out():
    # a merged cell's label broken over lines (服务对 / 象满意 / 度指标), its pieces read into a
    # row's blank cells: the pieces from inside or at the end of a label are no value; a
    # label's first characters may be a real target (满意, 可持续) and stay
    from pipelines.parser.guards import blank_label_piece_values

    rows = [
        {"target": "满意度", "actual": "象满意", "line_start": 1},
        {"target": "标", "actual": "响指标", "line_start": 2},
        {"target": "满意", "actual": "可持续", "line_start": 3},
        # a reason that is a label's end (指标 of 社会效益 / 指标, read after a row's points)
        {"target": "100%", "actual": "100%", "deviation": "指标", "line_start": 4},
    ]
    assert len(blank_label_piece_values(rows)) == 4
    assert [(r["target"], r["actual"], r.get("deviation")) for r in rows] == [
        ("满意度", None, None),
        (None, None, None),
        ("满意", "可持续", None),
        ("100%", "100%", None),
    ]


def test_a_group_label_in_the_other_level_s_slot_is_left_out():
    # pdfplumber's centred labels, out of their columns: 数量指标 read as the 一级 label, 产出指标
    # as the 二级; 满意度指标 stands as a 二级 label in some real forms and is kept
    from pipelines.parser.guards import blank_levels_in_the_wrong_place

    rows = [
        {"level1": "数量指标", "level2": "产出指标", "line_start": 1},
        {"level1": "满意度指标", "level2": "满意度指标", "line_start": 2},
        {"level1": "产出指标", "level2": "数量指标", "line_start": 3},
    ]
    warnings = blank_levels_in_the_wrong_place(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        (None, None),
        ("满意度指标", "满意度指标"),
        ("产出指标", "数量指标"),
    ]
    assert len(warnings) == 2


@pytest.mark.parametrize("separator", ["\n", "\n\n"])  # (a blank line between: pdfminer's)
def test_a_column_of_figures_after_the_total_label_is_not_the_total_rows(separator):
    # pdfminer prints a table column by column: 总分 then the 分值 column's figures a line each,
    # the total's own weight last. The first two are the rows', not the total's: left out
    column = "总分\n40.00\n30.00\n20.00\n100.00\n"
    text = _DRAWN_ORDER.replace("QUALITY", "").replace("100.00\n99.50\nLATE总分\n", column)
    (read,) = parse_text(separator.join(text.splitlines()), "x.txt").forms
    assert (read["total_weight"], read["total_score"]) == (None, None)
    assert [row["weight"] for row in read["indicators"]] == [40.0, 30.0, 20.0]
    # left out by the reading, not read as 40 | 30 and then left out by the sums' guard
    assert not [w for w in read.get("warnings", ()) if "below the rows" in w]
    # three figures (分值, 得分 and one more) are still the total row's
    text = _DRAWN_ORDER.replace("QUALITY", "").replace(
        "100.00\n99.50\nLATE总分\n", "总分\n100\n99.5\n优\n"
    )
    form = parse_text(text, "x.txt").contract_forms()[0]
    assert (form["total_weight"], form["total_score"]) == (100.0, 99.5)


def test_a_total_below_the_rows_sum_or_a_score_above_the_weight_is_left_out():
    from pipelines.parser.guards import totals_within_rows

    def form(weight, score):
        rows = [
            {"name": n, "target": None, "actual": None, "weight": w, "score": s}
            for n, w, s in (("甲", 40.0, 38.0), ("乙", 50.0, 50.0), ("乙", 50.0, 50.0))
        ]  # (乙 printed twice counts once: the rows add up to 90 and 88)
        return {"total_weight": weight, "total_score": score, "indicators": rows}

    right = form(100.0, 97.5)
    assert totals_within_rows(right) == [] and (right["total_weight"], right["total_score"]) == (
        100.0,
        97.5,
    )
    low = form(60.0, 58.0)  # (other rows' points read as the total's)
    warnings = totals_within_rows(low)
    assert (low["total_weight"], low["total_score"]) == (None, None) and len(warnings) == 2
    swapped = form(97.5, 100.0)
    assert totals_within_rows(swapped)
    assert (swapped["total_weight"], swapped["total_score"]) == (None, None)
    only_score = form(None, 50.0)
    assert totals_within_rows(only_score) and only_score["total_score"] is None
    # a total's weight under half of 100, with rows that print no points to check it by:
    # another cell's figures (the last rows' points), both left out
    small = {"total_weight": 10.0, "total_score": 10.0, "indicators": [
        {"name": "甲", "target": "良好", "actual": "良好", "weight": None, "score": None}]}  # fmt: skip
    assert totals_within_rows(small)
    assert (small["total_weight"], small["total_score"]) == (None, None)


def test_a_form_printed_a_cell_a_line_without_its_blank_lines_reads_no_number_as_a_name():
    # b05 printed a cell a paragraph; a tool that drops blank lines and blank cells prints it a
    # cell a line, a row's reason (0) right after its points. A layout reader took the reason
    # for a point and each cell after it a place off (指标1安全率100 | 100 | 10 | 10 | 0, a
    # row named 100): a number read as a name is a misreading, and the structure reads it
    text = (REAL / "forms" / "b05_hebei.txt").read_text("utf-8")
    lines = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    assert "指标1安全率\n100\n100\n10\n10\n0\n" in lines
    form = parse_text(lines, "b05_lines.txt").forms[0]
    names = [row["name"] for row in form["indicators"]]
    assert not any(name and name.isdigit() for name in names)
    rows = {row["name"]: row for row in form["indicators"]}
    safety = rows["指标1安全率"]
    assert (safety["target"], safety["actual"], safety["weight"], safety["score"]) == (
        "100",
        "100",
        10,
        10,
    )


def test_a_text_holding_a_row_s_values_is_left_out():
    # pdftotext -layout printed two columns of a table on one line, and a name or an actual took
    # another row's target, actual and points with it: which words are whose is not known
    from pipelines.parser.guards import other_cells_in_texts

    def row(**texts):
        return {"name": "甲", "target": None, "actual": None, "deviation": None, **texts}

    rows = [
        row(name="质量监测数据必 100% 100% 10.00 须合格"),
        row(actual="100% 100% 5.00分级质量指标 指标4"),
        row(name="食品安全监管人员已完成 已完成 5.00培训"),
        # a name with figures, a target with a range, a reason with two figures: words
        row(
            name="指标1:完成 2 项 3 次培训",
            target="≥ 95% 且 ≤ 100%",
            deviation="完成 98 户 共 3 批",
        ),
    ]
    assert len(other_cells_in_texts(rows)) == 3
    assert [r["name"] for r in rows] == [None, "甲", None, "指标1:完成 2 项 3 次培训"]
    assert rows[1]["actual"] is None
    assert (rows[3]["target"], rows[3]["deviation"]) == ("≥ 95% 且 ≤ 100%", "完成 98 户 共 3 批")
    # a name that is the 实际完成值 column's verdict (or a target and that verdict run
    # together): no indicator's name; one that measures a rate of reaching a goal is
    rows = [
        row(name="部分达成指标并具有一定效果"),
        row(name="提升达成指标"),
        row(name="目标达成率"),
    ]
    assert len(other_cells_in_texts(rows)) == 2
    assert [r["name"] for r in rows] == [None, None, "目标达成率"]
    # a header's or a section's label read as a name or a value (pdftotext prints a table's
    # cells out of order): no indicator's; 预算执行率 also names an indicator of the 过程 group
    rows = [row(name="偏差原因分析及改进措施", target="全年预算数", actual="预期目标"),
            row(name="预算执行率", target="100%", actual="98%")]  # fmt: skip
    assert len(other_cells_in_texts(rows)) == 3
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        (None, None, None),
        ("预算执行率", "100%", "98%"),
    ]


def test_a_project_name_printed_before_a_late_unit_label_is_read():
    # pdfminer's order of a Word table: the labels' column first, the 项目名称's wide cell after
    # the money table's first figures, right before 实施单位, whose own value comes after the
    # money columns' labels printed beside it
    from pipelines.parser import parse_text

    head = ["项目支出绩效自评表", "(2022年度)", "项目名称", "主管部门", "某区某某局", "项目资金(元)",
            "年初预算数", "全年预算数", "年度资金总额", "当年财政拨款", "上年结转资金", "其他资金",
            "年度总体目标", "100.00", "100.00", "0.00", "0.00"]  # fmt: skip
    tail = ["实施单位", "全年执行数", "某区某某服务中心", "分值", "执行率", "得分", "98.00", "98.00",
            "10.00", "98.00%", "9.80", "预期目标", "完成全年服务。", "实际完成情况", "已完成。",
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施", "产出指标", "数量指标", "服务次数", "≥40次", "48次", "90",
            "90", "总分", "100", "99.8"]  # fmt: skip
    text = "\n".join([*head, "某某服务项目经费", *tail])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某服务项目经费",
        "某区某某局",
        "某区某某服务中心",
    )
    # the cell before it a word (a value's piece, whose label is not known): nothing taken
    text = "\n".join([*head[:-1], "某某说明文字", "某某服务项目经费", *tail])
    result = parse_text(text, "x.txt")
    assert all(f.get("project_name") != "某某服务项目经费" for f in result.forms)


def test_a_unit_name_printed_before_its_label_is_told_from_the_project_s_by_its_shape():
    # pdftotext's order of a spreadsheet's merged cells: the project's value, then the
    # department's name wrapped over two lines, then its label with a money label right after
    from pipelines.parser import parse_text

    tail = ["年初预算数", "项目资金", "(元)", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "100.00", "100.00", "98.00", "10.00", "98.00%", "9.80", "预期目标",
            "完成全年服务。", "实际完成情况", "已完成。", "一级指标", "二级指标", "三级指标",
            "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标",
            "数量指标", "服务次数", "≥40次", "48次", "90", "90", "总分", "100", "99.8"]  # fmt: skip
    head = ["项目支出绩效自评表", "(2023年度)", "项目名称", "区域视频会商系统"]
    text = "\n".join([*head, "上海市某区城市网格化综合管理", "中心", "主管部门", *tail])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["project_name"], form["department"]) == (
        "区域视频会商系统",
        "上海市某区城市网格化综合管理中心",
    )
    # a line before the last that ends as a unit's name (某某服务站): a value of its own, maybe
    # (the unit's, or another label's): which lines are the unit's is not known
    text = "\n".join(
        [*head, "某某服务站", "上海市某区城市网格化综合管理", "中心", "主管部门", *tail]
    )
    result = parse_text(text, "x.txt")
    assert all(f.get("department") is None for f in result.forms)


def test_a_text_cut_inside_a_pinyin_gloss_is_left_out():
    # a page that glosses rare characters with their pinyin (衛(wèi)片執(zhí)法), its table cut into
    # pieces inside a gloss: a piece that opens or ends within one is another cell's words
    from pipelines.parser.guards import other_cells_in_texts

    rows = [
        {"name": "(biā", "target": "產(chǎ", "actual": "ù)對象", "deviation": None},
        {
            "name": "衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi)",
            "target": "≥95%",
            "actual": "95",
            "deviation": None,
        },
        {"name": "(a)类项目完成率", "target": "100%", "actual": "100%", "deviation": None},
    ]
    assert len(other_cells_in_texts(rows)) == 3
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        (None, None, None),
        ("衛(wèi)片執(zhí)法補(bǔ)助經(jīng)費(fèi)", "≥95%", "95"),
        ("(a)类项目完成率", "100%", "100%"),
    ]


def test_a_gloss_cut_where_its_tone_mark_fell_on_the_other_side_is_left_out():
    # (biā / o): the piece after the cut holds no tone mark, only letters and the close (o),
    # n)出指); before it, the open and letters (服務(w): pieces of a gloss all the same. A
    # value's own brackets, (km) whole or a letter alone in them, (a)类, stay
    from pipelines.parser.guards import other_cells_in_texts

    rows = [
        {"name": "服務(w", "target": "o)", "actual": "n)出指", "deviation": None},
        {"name": "(a)类项目完成率", "target": "≥5(km)", "actual": "6(km)", "deviation": None},
    ]
    assert len(other_cells_in_texts(rows)) == 3
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        (None, None, None),
        ("(a)类项目完成率", "≥5(km)", "6(km)"),
    ]


def test_a_text_holding_a_gloss_whose_character_is_in_another_cell_is_left_out():
    # the glosses printed after their characters are stripped before the form is read, so a
    # whole gloss left in a text, (xiàng) alone or before a name's words, read a character in
    # another cell (a label's 指標 / (biāo) wrapped onto a name's line): the text joins two
    # cells' words, and the row that took it would be a row off
    from pipelines.parser.guards import other_cells_in_texts

    rows = [
        {"name": "(xiàng)", "target": None, "actual": None, "deviation": None},
        {"name": "(lǜ)某某设备完好率", "target": "≥90%", "actual": "95%", "deviation": None},
        {"name": "某某站点覆盖率", "target": "(A)类全覆盖", "actual": "100%", "deviation": None},
    ]
    assert len(other_cells_in_texts(rows)) == 2
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        (None, None, None),
        (None, "≥90%", "95%"),
        ("某某站点覆盖率", "(A)类全覆盖", "100%"),
    ]


def test_a_goal_s_numbered_sentences_read_as_a_row_are_left_out():
    # a goal of numbered sentences printed near the table (pdftotext without -layout): a
    # sentence's end read as a name and the next item, 2、…, as its target: no name ends in 。
    # and no value of a row of no points opens a list's next item
    from pipelines.parser.guards import guard_form

    good = {
        "level1": "产出指标",
        "level2": "数量指标",
        "name": "某某台账数量",
        "target": "≥10本",
        "actual": "12本",
        "weight": 10.0,
        "score": 10.0,
        "deviation": None,
    }
    prose = {
        "level1": "产出指标",
        "level2": "质量指标",
        "name": "建立某某工作台账。",
        "target": "2、按季度汇总某某",
        "actual": "数据并形成报告",
        "weight": None,
        "score": None,
        "deviation": "报送主管部门。",
    }
    listed = {**good, "name": "1、某某清单", "target": "2、某某", "weight": None, "score": None}
    form = {"indicators": [good, prose, listed]}
    guard_form(form)
    assert [r["name"] for r in form["indicators"]] == ["某某台账数量", "1、某某清单"]
    assert form["indicators"][1]["target"] == "2、某某"  # (a name of its own, not a sentence's end)


def test_a_rowspan_row_under_a_group_label_is_the_next_row_not_a_wrap():
    # an HTML table flattened row by row: a group's later rows print no cell for the merged
    # 一级 and 二级 labels, so their cells stand under the labels of the row above; they had been
    # read as that row's cells wrapped (项目过程资金到位及时性 | 投入管理— | 资金到位率及时), the rows
    # lost and the next ones given the group before
    from pipelines.parser import parse_text

    def tr(*cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    text = "\n".join([
        "项目支出绩效自评表", "（2021年度）", tr("项目名称", "某某补助资金"),
        tr("主管部门", "某区教育局", "实施单位", "某区教育中心"),
        tr("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        tr("年度资金总额", "100", "100", "96", "10", "96%", "9.6"),
        tr("年度总体目标", "预期目标", "实际完成情况"), tr("完成全年工作。", "已完成。"),
        tr("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"),
        tr("项目决策（9分）", "项目立项", "立项程序规范性", "—", "规范", ""),
        tr("项目过程（15分）", "投入管理", "资金到位率", "—", "100%", "个别资金拨付延迟。"),
        tr("资金到位及时性", "—", "及时", ""),
        tr("财务管理", "资金使用合规性", "—", "合规", ""),
        tr("项目产出（45分）", "数量指标", "服务人次", "≥100人次", "120人次", ""),
        tr("自评得分", "95.6", ""),
    ])  # fmt: skip
    (form,) = parse_text(text, "x.txt").forms
    rows = {r["name"]: (r["level1"], r["level2"], r["actual"]) for r in form["indicators"]}
    assert rows["资金到位及时性"] == ("项目过程", "投入管理", "及时")
    assert rows["资金使用合规性"] == ("项目过程", "财务管理", "合规")
    assert rows["资金到位率"][2] == "100%"


def test_the_headers_points_words_among_rows_without_points_leave_the_rows_out():
    # pdftotext without -layout on a spreadsheet's print: a cell a line, each column's cells
    # one after another, so that the header's 分值 and 得分 come out among the rows and no row
    # is read with its points; pairing the cells gave names such as 分值得分 and weights as
    # actuals: the rows are left out, said so, and the form is loaded with the rest
    from pipelines.parser import parse_text

    cells = [
        "项目支出绩效自评表", "(2020年度)", "项目名称", "某某设备更新经费", "主管部门",
        "某某区文化局", "实施单位", "某某剧团", "项目资金(万元)", "年初预算数", "全年预算数",
        "全年执行数", "分值", "执行率", "得分", "年度资金总额", "30.00", "30.00", "30.00",
        "10.00", "100.00%", "10.00", "年度总体目标", "预期目标", "实际完成情况",
        "更新老化的设备。", "已完成", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "产出指标", "数量指标", "更新老化的音响设备", "50件", "购置新剧目道具",
        "质量指标", "分值", "得分", "50件", "20.00", "20.00", "100件", "100件", "20.00",
        "20.00", "设备质量", "合格", "合格", "20.00", "20.00", "总分",
    ]  # fmt: skip
    (form,) = parse_text("\n".join(cells) + "\n", "x.txt").forms
    assert form["project_name"] == "某某设备更新经费"
    # (since the thirty-first session the row after the rows cut by the header's words is
    # read: its points are its own, no header word is a name; since the thirty-second the cut
    # rows are put back together, each one's cells after the header ending in its two points)
    rows = {r["name"]: (r["target"], r["actual"], r["weight"]) for r in form["indicators"]}
    assert rows == {
        "更新老化的音响设备": ("50件", "50件", 20),
        "购置新剧目道具": ("100件", "100件", 20),
        "设备质量": ("合格", "合格", 20),
    }
    assert any("the rows cut so put back together" in w for w in form["warnings"])


def test_a_name_that_opens_with_two_group_labels_pieces_is_left_out():
    # the labels' column run into the name, no space between (数量指标 then 质量指, 满意度指
    # twice: pdftotext -layout of a merged cell's labels beside a row); one whole label
    # before a name is a form's own wording (a run-together row) and is kept, as are names
    # that merely end in a label's words
    from pipelines.parser.guards import blank_names_with_label_pieces

    names = (
        "数量指标质量指享受医疗救助人次",
        "满意度指满意度指信息使用方满意度",
        "数量指标福彩APP系统改版升级",
        "系统维护数量",
        "服务对象满意度",
    )
    rows = [{"name": name, "line_start": k} for k, name in enumerate(names)]
    warnings = blank_names_with_label_pieces(rows)
    assert [r["name"] for r in rows] == [None, None, *names[2:]]
    assert len(warnings) == 2 and "opens with group labels' pieces" in warnings[0]


def test_a_name_that_is_a_group_label_s_head_cut_inside_a_word_is_left_out():
    # a merged cell's label broken over lines (经济效 / 益指标, 项目决 / 策), its first line read
    # as a row's name (pdfplumber, PyMuPDF); a head that is a word (经济效益, 服务对象, 可持续)
    # or a whole label may be a name and is kept, as are short names (质量) and other names
    from pipelines.parser.guards import blank_names_with_label_pieces

    names = (
        "经济效",
        "服务对",
        "项目决",
        "投入管",
        "项目按时完成率社会效",  # (the label column's first line run into the name)
        "经济效益",
        "服务对象",
        "可持续",
        "质量",
        "社会效益",
        "提高经济效益",
    )
    rows = [{"name": name, "line_start": k} for k, name in enumerate(names)]
    warnings = blank_names_with_label_pieces(rows)
    assert [r["name"] for r in rows] == [None] * 5 + list(names[5:])
    assert len(warnings) == 5 and "head cut inside a word" in warnings[0]


def test_a_name_or_value_ending_in_a_label_s_stray_biao_is_left_out():
    # 指 / 标 of a label printed over two lines, its 标 run onto the end of a row's name or
    # target (pdfplumber): a name ending in 率标, 性标 or 度标 is no name; 达标, 招标 are words
    from pipelines.parser.guards import blank_label_piece_values, blank_names_with_label_pieces

    names = ("工程验收合格率标", "执行有效性标", "影像扫描工作考核达标", "公开招标", "合格率")
    rows = [{"name": name, "line_start": k} for k, name in enumerate(names)]
    assert len(blank_names_with_label_pieces(rows)) == 2
    assert [r["name"] for r in rows] == [None, None, *names[2:]]
    rows = [{"target": "经费使用率标", "actual": "达标", "line_start": 1}]
    assert len(blank_label_piece_values(rows)) == 1
    assert rows[0]["target"] is None and rows[0]["actual"] == "达标"
    # and the label's 指 run onto a name (科普宣传时限指, its 标 on another line); 指 alone is a
    # name cut off, kept as the labellers kept it
    rows = [{"name": name, "line_start": k} for k, name in enumerate(("科普宣传时限指", "指"))]
    assert len(blank_names_with_label_pieces(rows)) == 1
    assert [r["name"] for r in rows] == [None, "指"]


def test_a_row_with_no_name_and_no_value_is_dropped_and_named_in_a_warning():
    # a label or a wrapped cell's pieces read as a row, or a row every cell of which a guard
    # left out: no indicator; a row with a name alone is the form's indicator and is kept, and
    # so is a row with no name but its points (its values stand where a row's do)
    from pipelines.parser.guards import drop_empty_rows

    empty = {"level2": "时效指标", "name": None, "target": None, "line_start": 7, "line_end": 8}
    named = {"level2": "时效指标", "name": "完成及时率", "target": None, "line_start": 9}
    zero = {"name": None, "actual": "100%", "weight": 0.0, "line_start": 11}
    rows = [empty, named, zero]
    warnings = drop_empty_rows(rows)
    assert rows == [named, zero]
    assert len(warnings) == 1 and "lines 7-8" in warnings[0]
    # one text with no value in three rows or more: a reason printed in each row, read as rows
    # (`pdftotext`); twice, or with values, it may be two groups' indicators of one name
    reason = [{"name": "财政年初未安排资金", "line_start": k} for k in range(3)]
    twice = [{"name": "满意度", "line_start": k} for k in range(2)]
    valued = [{"name": "合格率", "target": "100%", "line_start": k} for k in range(3)]
    rows = [*reason, *twice, *valued]
    assert len(drop_empty_rows(rows)) == 3 and rows == [*twice, *valued]


def test_a_row_with_no_name_and_no_points_whose_values_are_texts_is_dropped():
    # texts in the value columns with no name and no points beside them: a label's or a cut
    # row's piece the name guards left the row with (经费完成情况标 of a cut table whose rows
    # print names alone), or a reason's lines cut into a target and an actual (全国经济发展受三年
    # 疫 | 情影响,导致群众购房意愿不, PyMuPDF); with points beside them, or a name, they are kept
    from pipelines.parser.guards import drop_empty_rows

    target = {"name": None, "target": "经费完成情况标", "line_start": 67, "line_end": 71}
    reason = {"name": None, "deviation": "资金未及时拨付", "line_start": 72, "line_end": 72}
    pieces = {"name": None, "target": "全国经济发展受三年疫", "actual": "情影响,导致群众购房意愿不"}
    pointed = {"name": None, "target": "≥90%", "actual": "95%", "weight": 10.0, "score": 10.0}
    named = {"name": "满意度", "target": "≥90%", "line_start": 74}
    rows = [target, reason, pieces, pointed, named]
    warnings = drop_empty_rows(rows)
    assert rows == [pointed, named]
    assert len(warnings) == 3 and "lines 67-71" in warnings[0] and "value columns" in warnings[0]


def test_a_name_or_value_that_opens_as_a_reason_does_is_left_out():
    # a reason's lines (偏差原因：… / 措施：…, wrapped in its column) read as the next row's name
    # or values (`pdftotext`, pdfplumber): no name, target or actual opens so; a reason does
    from pipelines.parser.guards import other_cells_in_texts

    rows = [
        {
            "name": "偏差原因：对小区房源租金的",
            "target": "措施：按时检查台账记录工",
            "line_start": 1,
        },
        {"name": "原因分析覆盖率", "target": "改进措施到位", "actual": "100%", "line_start": 2},
        {"name": "合格率", "deviation": "偏差原因：资金未到位", "line_start": 3},
    ]
    assert len(other_cells_in_texts(rows)) == 2
    assert rows[0]["name"] is None and rows[0]["target"] is None
    assert rows[1]["name"] == "原因分析覆盖率" and rows[1]["target"] == "改进措施到位"
    assert rows[2]["deviation"] == "偏差原因：资金未到位"


def test_an_actual_that_is_a_bound_beside_a_target_of_words_leaves_the_cells_out():
    # a cell a line, the name wrapped: its rest (按要求支付资金) read as the target and the
    # target (=100) as the actual; a bound as the actual after a target of figures or a bound
    # is what labelled forms print, and is kept
    from pipelines.parser.guards import target_shifted_into_actual

    rows = [
        {"target": "按要求支付资金", "actual": "=100", "deviation": "100", "line_start": 1},
        {"target": "员数量", "actual": "≥4443人", "deviation": None, "line_start": 2},
        {"target": "95%", "actual": "=98%", "deviation": None, "line_start": 3},
        {"target": "≥95%", "actual": "≥95%", "deviation": None, "line_start": 4},
        {"target": "按期完成", "actual": "已完成", "deviation": None, "line_start": 5},
    ]
    warnings = target_shifted_into_actual(rows)
    assert [(r["target"], r["actual"], r["deviation"]) for r in rows] == [
        (None, None, None),
        (None, None, None),
        ("95%", "=98%", None),
        ("≥95%", "≥95%", None),
        ("按期完成", "已完成", None),
    ]
    assert len(warnings) == 2 and "a column off" in warnings[0]


def test_a_rows_labels_of_two_families_leave_out_the_one_carried_on():
    # a text out of reading order: a new 一级 whose rows' 二级 was not read keep the last
    # group's 二级 (时效指标 under 效益指标): the carried 二级 is left out, the 一级 kept; where
    # neither was carried from the last row that agreed, both are left out
    from pipelines.parser.guards import levels_of_two_families

    rows = [
        {"level1": "产出指标", "level2": "时效指标", "name": "甲"},
        {"level1": "效益指标", "level2": "时效指标", "name": "乙"},
        {"level1": "效益指标", "level2": "时效指标", "name": "丙"},
        {"level1": "效益指标", "level2": "社会效益指标", "name": "丁"},
        {"level1": "满意度指标", "level2": "经济效益指标", "name": "戊"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "己"},
        # (成本指标: a 一级 or 产出指标's 二级, never 效益指标's: a clash too since the
        # thirty-eighth session, kept before)
        {"level1": "效益指标", "level2": "成本指标", "name": "庚"},
    ]
    warnings = levels_of_two_families(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("产出指标", "时效指标"),
        ("效益指标", None),
        ("效益指标", None),
        ("效益指标", "社会效益指标"),
        (None, None),
        ("满意度指标", "服务对象满意度指标"),
        (None, None),
    ]
    assert len(warnings) == 4


def test_a_national_second_level_under_a_decision_or_management_group_is_stale():
    # the other framework's 项目决策 / 项目管理 groups hold its own 二级 labels (项目立项,
    # 资金管理): a national 二级 (数量指标, 成本指标) under 项目管理 is a new group whose 一级 was
    # not read (a misprinted 坝目严出), the 一级 carried on from the rows above, and left out
    from pipelines.parser.guards import levels_of_two_families

    labels = [("项目决策", "项目立项"), ("项目管理", "资金管理"), ("项目管理", "数量指标"),
              ("项目管理", "成本指标"), ("项目产出", "质量指标")]  # fmt: skip
    rows = [{"level1": one, "level2": two, "name": "甲"} for one, two in labels]
    assert len(levels_of_two_families(rows)) == 2
    kept = [(r["level1"], r["level2"]) for r in rows]
    assert kept == [*labels[:2], (None, "数量指标"), (None, "成本指标"), labels[4]]


def test_a_name_ending_in_a_word_that_goes_on_is_left_out():
    # 采购设备和 / 完成情况的: a name cut after a word that joins or leads a phrase, its rest
    # read elsewhere; no labelled name ends so (a name ending in 率, 数 or 度 is kept)
    from pipelines.parser.guards import blank_cut_names

    rows = [{"name": name} for name in ("采购设备和", "完成情况的", "设备采购完成率", None)]
    assert len(blank_cut_names(rows)) == 2
    assert [row["name"] for row in rows] == [None, None, "设备采购完成率", None]


def test_a_value_that_opens_with_a_rows_number_is_a_names_piece():
    # 指标1采购的原种合 as an actual, 指标1工程完工率 as a target: a name's words (a template's
    # numbered names) read into a value's cell; no labelled value opens so. The name keeps it.
    from pipelines.parser.guards import other_cells_in_texts

    rows = [
        {"name": "指标1:原种合格率", "target": "指标1原种合", "actual": "≥90%", "deviation": None},
        {"name": "指标2工程完工率", "target": "100%", "actual": "100%", "deviation": "指标3开工"},
    ]
    warnings = other_cells_in_texts(rows)
    assert [(r["name"], r["target"], r["actual"], r["deviation"]) for r in rows] == [
        ("指标1:原种合格率", None, "≥90%", None),
        ("指标2工程完工率", "100%", "100%", None),
    ]
    assert len(warnings) == 2


def test_a_row_named_by_another_row_s_value_is_dropped():
    # the table's cells read across their rows (pdfminer prints a table's columns one after
    # another): a value (100.00(%), 效果明显) taken for a row's name, that row's other cells as
    # misplaced. A row whose target or actual reads as its own name (满意度 | 满意度) is kept
    from pipelines.parser.guards import guard_form

    def row(name, target, actual, line):
        return {"level1": None, "level2": None, "name": name, "target": target,
                "actual": actual, "weight": 10.0, "score": 10.0, "deviation": None,
                "line_start": line}  # fmt: skip

    good = row("短信发送准确率", "≥98.00(%)", "100.00(%)", 1)
    misread = row("100.00(%)", "密钥制作及时率", "=100.00(%)", 2)
    same = row("效果明显", "效果明显", "达成指标", 3)
    form = {"indicators": [good, misread, same]}
    warnings = guard_form(form)
    assert form["indicators"] == [good, same]
    assert any("another row's value" in w for w in warnings)


def test_a_group_label_with_its_etc_belongs_to_its_family():
    # 服务对象满意度指标等 (the label with its 等, etc., as some templates print it) belongs under
    # 满意度指标 as the label does: a 效益指标 carried on to its rows is stale and left out
    from pipelines.parser.guards import levels_of_two_families
    from pipelines.parser.labels import parent_of

    assert parent_of("服务对象满意度指标等") == "满意度指标"
    assert parent_of("经济效益指标等") == "效益指标"
    rows = [
        {"level1": "效益指标", "level2": "可持续影响指标", "name": "甲"},
        {"level1": "效益指标", "level2": "服务对象满意度指标等", "name": "乙"},
    ]
    assert len(levels_of_two_families(rows)) == 1
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("效益指标", "可持续影响指标"),
        (None, "服务对象满意度指标等"),
    ]


def test_two_first_level_labels_as_a_rows_two_are_both_left_out():
    # 效益指标 and 满意度指标 printed together before a row of another group (a stream out of
    # reading order): read as the row's 一级 and 二级, neither is known to be its
    from pipelines.parser.guards import levels_of_two_families

    rows = [
        {"level1": "产出指标", "level2": "数量指标", "name": "甲"},
        {"level1": "效益指标", "level2": "满意度指标", "name": "乙"},
        {"level1": "效益指标", "level2": "满意度指标", "name": "丙"},
        {"level1": "满意度指标", "level2": "满意度指标", "name": "丁"},  # (as some forms print)
    ]
    assert len(levels_of_two_families(rows)) == 2
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("产出指标", "数量指标"),
        (None, None),
        (None, None),
        ("满意度指标", "满意度指标"),
    ]


def test_rows_numbered_from_one_again_under_one_label_lose_the_carried_label():
    # 指标1 … 指标2 … 指标1 under one 二级: the second 指标1 opens another group (a form numbers
    # each group's rows from 1), whose label was printed away; its rows carried the one above
    from pipelines.parser.guards import numbering_restarted_in_a_group

    def row(level2, name):
        return {"level1": "效益指标", "level2": level2, "name": name, "line_start": 1}

    rows = [
        row("经济效益指标", "指标1带动农户增收"),
        row("经济效益指标", "指标2企业营收增长"),
        row("经济效益指标", "指标1推广面积占比"),
        row("经济效益指标", "指标2群众认知度"),
        row("可持续影响指标", "指标1长效机制"),
        row("可持续影响指标", "指标12024年底前完成"),  # (a year run into it: no number 1)
    ]
    assert len(numbering_restarted_in_a_group(rows)) == 1
    assert [r["level2"] for r in rows] == [
        "经济效益指标",
        "经济效益指标",
        None,
        None,
        "可持续影响指标",
        "可持续影响指标",
    ]
    assert all(r["level1"] == "效益指标" for r in rows)


def test_rows_numbered_on_before_their_label_s_own_first_row_lose_the_label():
    # 指标1 … 指标3 under no label, then 指标4, 指标5 and a new 指标1 under 时效指标: the label,
    # printed among the rows above its own (a page's break), was carried back onto 指标4 and
    # 指标5, which number on from 指标3; from the 指标1 on, the rows are the label's own
    from pipelines.parser.guards import numbering_restarted_in_a_group

    names = ["指标1病虫害防治面积", "指标2补助农户数", "指标3新建机耕道", "指标4育苗数量",
             "指标5培训人次", "指标1完成时限", "指标2资金拨付时间"]  # fmt: skip
    labels = [None, None, None, "时效指标", "时效指标", "时效指标", "时效指标"]
    rows = [{"level2": two, "name": name, "line_start": 1} for two, name in zip(labels, names)]
    assert len(numbering_restarted_in_a_group(rows)) == 1
    assert [r["level2"] for r in rows] == [None] * 5 + ["时效指标"] * 2
    # (a label printed in its group's middle, its rows numbered on and no 指标1 after them under
    # it, is kept: 指标4 of a centred label's group)
    rows = [{"level2": two, "name": name, "line_start": 1} for two, name in zip(labels, names[:5])]
    assert numbering_restarted_in_a_group(rows) == []
    assert [r["level2"] for r in rows] == labels[:5]


def test_a_rows_points_read_as_its_target_and_actual_are_left_out():
    # 10.00 | 10.00 as target and actual beside a weight and a score of 10: the points columns'
    # cells read twice (the values' columns printed elsewhere in the stream); a bare 100 kept
    from pipelines.parser.guards import guard_form

    def row(name, target, actual):
        return {"level1": None, "level2": None, "name": name, "target": target,
                "actual": actual, "weight": 10.0, "score": 10.0, "deviation": None}  # fmt: skip

    rows = [row("工程验收合格率", "10.00", "10.00"), row("项目完成及时率", "100", "100")]
    guard_form({"indicators": rows, "funds": [], "grade": None})
    assert (rows[0]["target"], rows[0]["actual"], rows[0]["weight"]) == (None, None, 10.0)
    assert (rows[1]["target"], rows[1]["actual"]) == ("100", "100")


def test_a_value_that_opens_as_a_sub_rows_name_is_left_out():
    # 其中… / ★… open a sub-row's or a key row's name, never a value: a target or an actual so
    # opened is the next rows' names read into the values' cells (a stream of a page's boxes)
    from pipelines.parser.guards import guard_form

    cells = [("★新建果园面积", "其中梨园面积", "★新修水渠长度"), ("其中梨园面积", "12亩", "12亩")]
    rows = [dict(zip(("name", "target", "actual"), c), weight=10.0, score=10.0) for c in cells]
    guard_form({"indicators": rows, "funds": [], "grade": None})
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        ("★新建果园面积", None, None),
        ("其中梨园面积", "12亩", "12亩"),
    ]


def test_an_actual_of_its_target_after_other_words_is_two_cells_joined():
    # 有序 | 规范有序 beside a row read as 规范: the actual is two rows' cells joined as one
    # wrapped cell (the rows' cells interleaved in a stream): both left out
    from pipelines.parser.guards import guard_form

    cells = [("档案管理", "有序", "规范有序"), ("规范", None, None), ("运行", "稳定", "较稳定")]
    rows = [dict(zip(("name", "target", "actual"), c), weight=5.0, score=5.0) for c in cells]
    guard_form({"indicators": rows, "funds": [], "grade": None})
    # (较稳定 qualifies its target: 较 is no other cell of the form)
    assert [(r["target"], r["actual"]) for r in rows] == [(None, None)] * 2 + [("稳定", "较稳定")]


def test_a_points_table_before_the_indicator_table_out_of_reading_order_reads_its_whole_rows():
    # a county's PDF text layer: a table of management items (评价内容 | 分值 | 自评分) before the
    # indicator table, its header's words, group labels, rows and rule texts in one stream; a
    # group label printed between a row's name and its numbers, a rule's own `N 分` after rows
    text = (
        "某县财政预算支出项目绩效自评表 项目名称 某某河道清淤项目 主管部门 某县水务局 实施单位 "
        "某县河道站 项目权重 评价内容 分值 自评分 前期工作 3 分 立项程序 3 3 复核分 评价标准 "
        "有批复文件计 3 分,没有不得分。 制度建设 2 2 1、有内部制度 1 分; 资金使用 日常落实 9 分 "
        "4 3 专款专用计 4 分; 档案管理 3 3 0.5 分,缺一项扣 检查记录 2 0.5 分,扣完为止; "
        "一级指标 二级指标 指标名称 年初指标值 年终完成值 自评分\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    rows = [(r["level1"], r["name"], r["weight"], r["score"]) for r in form["indicators"]]
    # 2 + 4 + 3 close 日常落实's 9 (检查记录's 0.5 is its rule's points: left out)
    assert rows == [
        ("前期工作", "立项程序", 3.0, 3.0),
        ("日常落实", "制度建设", 2.0, 2.0),
        ("日常落实", "资金使用", 4.0, 3.0),
        ("日常落实", "档案管理", 3.0, 3.0),
    ]


def test_a_points_table_whose_sums_fail_keeps_its_plain_rows_without_groups():
    from pipelines.parser.points_rows import read_points_rows

    stream = "分值 自评分 前期工作 3 分 立项程序 3 3 资金使用 日常落实 9 分 4 3 档案管理 3 3"
    # 3 + 4 + 3 is not 9 (a row missed): no group given, the row split by its label dropped
    assert [(r["level1"], r["name"]) for r in read_points_rows(stream.split())] == [
        (None, "立项程序"),
        (None, "档案管理"),
    ]
    # no group label with its points (a 情况说明 | 分值 | 得分 table): nothing read
    plain = "情况说明 分值 得分 按规定拨付 6 6 按要求执行 5 5"
    # (a rule's words standing alone before its points, 计 4 分, read as a group label make the
    # sums fail too: no group given)
    rule = "分值 自评分 前期工作 3 分 立项程序 3 3 专款专用计 4 分 档案管理 3 3"
    assert [r["level1"] for r in read_points_rows(rule.split())] == [None, None]
    assert read_points_rows(plain.split()) == []
    # with a group label, a words column beside the names (name | 情况说明 | 分值 | 得分, a row a
    # line): the words before the points are no row's name
    beside = "分值 得分 资金管理 12分 分配科学性 资金已拨付 6 6 拨付合规性 按规定拨付 6 6"
    assert read_points_rows(beside.split()) == []
    # a second number a list's mark follows (4 | 、资料齐全) opens a rule's item: no row of it
    listed = "分值 自评分 前期工作 3分 立项程序 3 3 日常落实 5分 档案管理 5 4 、资料齐全 检查 2 2"
    assert [r["name"] for r in read_points_rows(listed.split())] == ["立项程序", "检查"]
    # a group label's points in one cell (项目决策 3分)
    glued = "分值 自评分 前期工作 3分 立项程序 3 3 日常落实 5分 档案管理 5 4"
    assert [(r["level1"], r["score"]) for r in read_points_rows(glued.split())] == [
        ("前期工作", 3.0),
        ("日常落实", 4.0),
    ]


def test_a_total_score_worded_xiangmu_zong_defen_above_the_form_is_read():
    # an OCR'd form whose score stands above its identity rows, worded 项目总得分 (…自评表
    # 项目总得分96分项目名称…): the form's total score, as 自评得分 printed there would be
    from pipelines.parser import parse_text

    text = (
        "某某补助项目绩效自评表(2022年度)项目总得分96分项目名称某某补助项目主管部门某某局"
        "实施单位某某中心资金情况(万元)年度资金总额全年预算数全年执行数执行率\n"
        "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分\n"
        "产出指标数量指标培训人数50100人120人50效益指标社会效益指标覆盖率5060%55%46\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["total_score"] == 96


@pytest.mark.parametrize(
    ("value", "unit"), [("某某农技中心/张某", "某某农技中心"), ("某某农技中心", None), ("/", None)]
)
def test_a_unit_label_slashed_to_another_label_takes_its_part_of_the_slashed_value(value, unit):
    # 项目实施单位 / 项目负责人 printed as one label cell, its value the same way (某某农技中心/
    # 张某): the part before the slash is the unit's; a value without one slash, or a slash
    # alone (a blank cell), is not known to be the unit's
    from pipelines.parser import parse_text

    text = (
        "某某项目绩效自评表(2022年度)\n项目名称 某某推广项目\n主管部门 某某局\n"
        f"项目实施单位 / 项目负责人 {value}\n"
        "资金情况(万元) 年度资金总额 全年预算数 全年执行数 执行率\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["implementing_unit"] == unit


@pytest.mark.parametrize("label", ["得分合计", "自评得分", "总得分"])
@pytest.mark.parametrize(
    ("points", "total"), [("100\n96", (100, 96)), ("90\n86", (None, None)), ("10096", (None, None))]
)
def test_a_closing_row_labelled_as_a_score_with_two_numbers_is_its_weight_and_score(
    label, points, total
):
    # the table closed by a row worded as a score (得分合计 | 100 | 96) instead of 总分: its
    # 分值 and its 得分, the weights adding up to 100 (the first number was read as the score);
    # two numbers whose first is not 100, or run together (10096), are not known apart: none
    from pipelines.parser import parse_text

    text = (
        "项目支出绩效自评表\n项目名称\t某某服务项目\n主管部门\t某某局\n实施单位\t某某中心\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t服务人次\t≥500人次\t620人次\t50\t50\n"
        "效益指标\t社会效益指标\t群众满意度\t≥90%\t86%\t50\t46\n"
        f"{label}\n{points}\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert (form["total_weight"], form["total_score"]) == total


@pytest.mark.parametrize(("cell", "score"), [("97财政评分", 97), ("500人次以上", None)])
def test_a_self_score_with_the_next_label_run_into_it_is_read(cell, score):
    # an OCR'd header: 自评得分, then the score with the next label run into it (97财政评分…):
    # the number before the words is the score, as after 总分; a number above 100 is none
    from pipelines.parser import parse_text

    text = (
        "某某部门项目支出绩效自评表(2022年)\n项目名称\n某某运行经费\n主管部门\n某某局\n"
        f"自评得分\n{cell}\n实施单位\n某某中心\n"
        "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n"
        "产出指标\t数量指标\t保障人数\t50\t300人\t300人\t50\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["total_score"] == score


def test_a_row_read_a_column_off_leaves_its_points_out_where_its_weight_is_the_bound_s_figure():
    # a label's piece read as the target (满意度 | 满意度 | ≥95% | 95 | 10.00): the bound read as
    # the actual, the actual 95 as the weight and the weight 10 as the score; a weight that is
    # the bound's figure again says the points are a column off too. A weight of its own stays
    from pipelines.parser.guards import target_shifted_into_actual

    def row(weight, score):
        return {"name": "居民满意度", "target": "居民满意度", "actual": "≥90%", "deviation": None,
                "weight": weight, "score": score, "line_start": 1}  # fmt: skip

    rows = [row(90.0, 10.0), row(10.0, 9.0)]
    warnings = target_shifted_into_actual(rows)
    assert [(r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        (None, None, None, None),
        (None, None, 10.0, 9.0),
    ]
    assert "its points with them" in warnings[0] and "points" not in warnings[1]


def test_the_one_weight_that_alone_takes_the_rows_past_100_leaves_its_score_out():
    # the rows' weights are within 100 but for one row's (an actual of 95 read into the 分值
    # column, the weight into the 得分): every weight is left out, as before, and that row's
    # score too; where no one row alone breaks the sum, the scores stay
    from pipelines.parser.guards import weights_within_100

    def row(name, weight, score):
        return {"name": name, "target": None, "actual": None, "weight": weight, "score": score}

    rows = [row("甲", 30.0, 28.0), row("乙", 40.0, 40.0), row("丙", 95.0, 10.0)]
    warnings = weights_within_100(rows)
    assert [(r["weight"], r["score"]) for r in rows] == [(None, 28.0), (None, 40.0), (None, None)]
    assert any("alone takes the rows past 100" in w for w in warnings)
    rows = [row("甲", 60.0, 60.0), row("乙", 50.0, 50.0), row("丙", 40.0, 30.0)]
    weights_within_100(rows)
    assert [(r["weight"], r["score"]) for r in rows] == [(None, 60.0), (None, 50.0), (None, 30.0)]


def test_a_name_ending_in_a_quantity_s_liang_and_a_label_s_stray_biao_is_left_out():
    # a name's wrapped rest (员数量) beside a label's last line (标) read as one cell: no
    # labelled name ends in 量标, as none ends in 率标, 性标 or 度标
    from pipelines.parser.guards import blank_names_with_label_pieces

    names = ("服务人员数量标", "受益人员数量")
    rows = [{"name": name, "line_start": k} for k, name in enumerate(names)]
    assert len(blank_names_with_label_pieces(rows)) == 1
    assert [r["name"] for r in rows] == [None, "受益人员数量"]
