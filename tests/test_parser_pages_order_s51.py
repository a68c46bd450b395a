"""A form's later page printed before its head (a PDF's pages extracted out of reading order:
scripts/probes.py's pages_swapped): the indicator table's last rows and its 总分 before the title,
the identity, the money table and the table's first rows. The part before the head is put back
after the rest where the table's own order says it is the form's last page
(swapped_pages.later_page_first); a part no reading can place (another form's tail, a page from
the middle) stays where it is. Invented forms."""

from pipelines.parser import parse_text
from pipelines.parser.swapped_pages import later_page_first

# the form's first page: a web page's header, the title, the identity, the money table, the
# goals and the indicator table's head with its first rows
_FIRST = "\n".join(
    [
        "首页 > 信息公开 > 某某镇财政所",
        "发布日期:2024-03-01 来源:某某镇",
        "2023年度项目支出绩效自评表",
        "项目名称 | 某某村道路硬化工程 | 主管部门 | 某某镇人民政府",
        "实施单位 | 某某镇村镇建设办公室",
        "项目资金(万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分",
        "年度资金总额: | 80 | 80 | 76 | 10 | 95% | 9.5",
        "其中:当年财政拨款 | 80 | 80 | 76 | - | 95% | -",
        "年度总体目标 | 预期目标 | 实际完成情况",
        "| 硬化某某村道路三公里 | 已硬化某某村道路三公里",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
        "产出指标 | 数量指标 | 硬化道路长度 | 3公里 | 3公里 | 20 | 20",
        "| | 新建排水沟长度 | 1.2公里 | 1.2公里 | 10 | 10",
    ]
)
# its second page: the table's later rows and its 总分
_SECOND = "\n".join(
    [
        "| 质量指标 | 工程验收合格率 | 100% | 100% | 10 | 10",
        "| 时效指标 | 完工及时率 | 100% | 95% | 10 | 9",
        "效益指标 | 社会效益指标 | 群众出行条件改善 | 明显改善 | 明显改善 | 20 | 20",
        "满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 93% | 10 | 10",
        "总分 | 100 | 98.5",
    ]
)


def _rows(text):
    form = parse_text(text, source_file="x").contract_forms()[0]
    return form, [(r["level2"], r["name"], r["target"], r["actual"]) for r in form["indicators"]]


def test_the_last_page_printed_first_is_read_back_after_the_head():
    in_order, rows = _rows(_FIRST + "\n" + _SECOND)
    swapped, swapped_rows = _rows(_SECOND + "\n" + _FIRST)
    assert len(rows) == 6 and swapped_rows == rows
    assert swapped["total_score"] == in_order["total_score"] == 98.5
    assert swapped["project_name"] == "某某村道路硬化工程"


def test_the_page_s_own_head_stays_above_the_title():
    # what follows the part's last mark (the 总分) is the first page's web header: kept before
    # the title, not read as rows after the 总分
    moved = later_page_first(_SECOND + "\n" + _FIRST)
    assert moved.index("首页 > 信息公开") < moved.index("2023年度项目支出绩效自评表")
    assert moved.rstrip().endswith("总分 | 100 | 98.5")


def test_another_form_s_tail_before_a_head_without_its_table_stays():
    # a file opening with the previous form's last rows, then a form cut before its money table:
    # the rows are another form's, not this one's last page
    head = _FIRST.split("\n项目资金")[0]
    assert later_page_first(_SECOND + "\n" + head) == _SECOND + "\n" + head
    # the table's head printed before a head with no money table: no page of this form either
    table = "\n".join(_FIRST.split("\n")[10:]) + "\n" + _SECOND
    assert later_page_first(table + "\n" + head) == table + "\n" + head


def test_a_page_from_the_middle_stays():
    # pages 2, 1, 3: the rest (pages 1 and 3) holds the 总分, a mark after the part's: the part
    # cannot be placed
    second, third = _SECOND.split("\n效益指标")
    text = second + "\n" + _FIRST + "\n效益指标" + third
    assert later_page_first(text) == text


def test_a_declaration_s_table_before_the_self_evaluation_stays():
    # a 绩效目标表 (its own 项目名称, letter-spaced, and its table) before a form cut before its
    # table: a head of its own above the form's, no page of it
    declared = "\n".join(
        [
            "项目支出绩效目标表",
            "项 目 名 称 | 某某村道路硬化工程",
            "一级指标 | 二级指标 | 三级指标 | 指标值",
            "产出指标 | 数量指标 | 硬化道路长度 | 3公里",
        ]
    )
    head = _FIRST.split("\n年度总体目标")[0]
    assert later_page_first(declared + "\n" + head) == declared + "\n" + head


def test_a_paragraph_naming_the_labels_out_of_order_stays():
    # a page's summary before the title naming the framework's labels (一级指标 …, 满意度指标, then
    # 时效指标) over a form cut before its table: out of the table's order, no page of the table,
    # though its first mark (一级指标) is the one after the rest's (none)
    said = "综述:本项目一级指标含产出和效益,满意度指标达到预期,部分时效指标未按期完成。"
    head = _FIRST.split("\n一级指标")[0]
    assert later_page_first(said + "\n" + head) == said + "\n" + head


# a form cut after its money table (a web page's text), printed with the money table's rows one
# cell a line and its second page (the parts' rows) first
_MONEY_HEAD = "\n".join(
    [
        "某某县财政局",
        "2023年度项目支出绩效自评表",
        "项目名称 |",
        "某某社区养老服务补助 |",
        "主管部门 |",
        "某某县民政局 |",
        "项目资金(万元) |",
        "全年预算数 |",
        "全年执行数 |",
        "执行率 |",
    ]
)
_MONEY_TOTAL_ROW = "\n".join(["年度资金总额: |", "60 |", "54 |", "90% |"])
_MONEY_PARTS = "\n".join(
    ["其中:当年财政拨款 |", "50 |", "45 |", "90% |", "其他资金 |", "10 |", "9 |", "90% |"]
)


def _funds(text):
    form = parse_text(text, source_file="x").contract_forms()[0]
    return [(f["annual_budget"], f["executed"]) for f in form["funds"]]


def test_the_money_table_s_rows_printed_first_are_read_back():
    in_order = _funds(_MONEY_HEAD + "\n" + _MONEY_TOTAL_ROW + "\n" + _MONEY_PARTS)
    assert in_order[0] == (60.0, 54.0)
    # the parts' page before a head ending with the total row (其他资金's figures, a cell a
    # line after its label, go with it)
    parts_first = _MONEY_PARTS + "\n" + _MONEY_HEAD + "\n" + _MONEY_TOTAL_ROW
    assert _funds(parts_first) == in_order
    assert later_page_first(parts_first).rstrip().endswith("9 |\n90% |")
    # the whole money table's page before a head ending with the column headers
    rows_first = _MONEY_TOTAL_ROW + "\n" + _MONEY_PARTS + "\n" + _MONEY_HEAD
    assert _funds(rows_first) == in_order


def test_money_rows_before_a_head_holding_its_indicator_table_stay():
    # the indicator table after the money head: the parts' page belongs between them, where no
    # reading can place it
    table = "\n".join(_FIRST.split("\n")[10:])
    text = _MONEY_PARTS + "\n" + _MONEY_HEAD + "\n" + _MONEY_TOTAL_ROW + "\n" + table
    assert later_page_first(text) == text
    # money rows before a head printing no money table: another form's
    head = _MONEY_HEAD.split("\n项目资金")[0]
    assert later_page_first(_MONEY_PARTS + "\n" + head) == _MONEY_PARTS + "\n" + head
