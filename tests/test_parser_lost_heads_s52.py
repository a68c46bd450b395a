"""A line print's indicator table cut short (a page printed out of order, the table's last page
elsewhere: scripts/probes.py's pages_swapped over pdfplumber's texts), whose group label lost
its cell to a line of its own (数量指 / 标 beside rows, read as no label): the labels around it,
centred on their groups, are not read as reaching up past that head to rows above it
(guards.labels_past_a_lost_head, _taken_from_below). Invented forms, printed as pdfplumber
prints a form: a line a row, a merged label cell's pieces on the lines around its middle."""

from pipelines.parser import parse_text

# a form's first page, the table cut after 经济效益指标's row (its 效益指 / 标 and the rest on
# the next page): 数量指 / 标 printed beside two of its rows, 质量指 / 标 under them
_CUT_UNDER_A_LOST_HEAD = "\n".join(
    [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称 某某村种植养殖奖补项目",
        "主管部门 某某县农业局 实施单位 某某乡人民政府",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 7.20 7.20 10.00 100.00% 10.00",
        "项目资金",
        "当年财政拨款 7.20 7.20 10.00 100.00% 10.00",
        "(万元)",
        "上年结转资金",
        "其他资金",
        "预期目标 实际完成情况",
        "年度总体",
        "目标 落实25户种植养殖奖补政策,增加农户收入 落实25户种植养殖奖补政策,增加农户",
        "收入",
        "一级指 二级指",
        "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "标 标",
        "★奖补各类中药材种植",
        "18亩 18亩 20.00 20.00",
        "面积",
        "其中黄芪种植面积 6亩 6亩",
        "其中党参种植面积 8亩 8亩",
        "其中当归种植 3亩 3亩",
        "数量指 其中其他药材 1亩 1亩",
        "标 ★奖补茶园面积 4亩 4亩 10.00 10.00",
        "产出指",
        "标 其中新植茶园面积 4亩 4亩",
        "★奖补肉牛肉羊养殖",
        "60只 60只 10.00 10.00",
        "数量",
        "其中肉羊养殖数量 52只 52只",
        "其中肉牛养殖数量 8头 8头",
        "质量指 药材种植成活率 90% 92% 5.00 5.00",
        "标",
        "肉牛肉羊养殖成活率 95% 98% 5.00 5.00",
        "经济效 奖补农户种植养殖增",
        "≥6万元 7万元 20.00 20.00",
        "益指标 收(总收入)",
        "效益指",
    ]
)
# the same cut, each 二级 label on the lines around its row's (质量指 above the row's values,
# 标 under them): the label of the row between is lost to none
_HEAD_AROUND_ITS_ROW = "\n".join(
    [
        "项目支出绩效自评表",
        "(2022年度)",
        "项目名称 公共服务运行经费",
        "主管部门 某某区文化局 实施单位 某某区图书馆",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 30.00 30.00 10.00 100.00% 10.00",
        "项目资金",
        "当年财政拨款 30.00 30.00",
        "(万元)",
        "上年结转资金",
        "其他资金",
        "预期目标 实际完成情况",
        "年度总体",
        "用于某某区图书馆全年开放,主要支付",
        "目标 某某区图书馆全年开放 聘用人员工资,确保全年正常开放",
        "和读者服务工作开展。",
        "一级指 二级指",
        "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "标 标",
        "数量指",
        "全年开放天数 300天 300天 12.50 12.50",
        "标",
        "质量指 借阅服务制度健",
        "100% 100% 12.50 12.50",
        "标 全、执行有效性",
        "时效指",
        "借阅开放率 100% 100% 12.50 12.50",
        "标",
        "成本指 实际成本与服务内容",
        "30万 30万 12.50 12.50",
        "标 的匹配程度",
        "承担公益阅读服务项",
        "经济效",
        "目、助推全民阅读发 100% 100% 10.00 10.00",
        "益指标",
        "展",
    ]
)


def _levels(text):
    form = parse_text(text + "\n", source_file="x").contract_forms()[0]
    return {r["name"]: (r["level1"], r["level2"]) for r in form["indicators"] if r["name"]}


def test_rows_above_a_lost_head_take_no_label_printed_below_it():
    levels = _levels(_CUT_UNDER_A_LOST_HEAD)
    # (the rows above 数量指: their group is the lost label's, not 质量指标 printed under it)
    for name in ("★奖补各类中药材种植面积", "其中黄芪种植面积", "其中党参种植面积"):
        assert levels[name] == ("产出指标", None)
    assert levels["药材种植成活率"][1] != "数量指标"


def test_the_row_inside_a_lost_head_s_lines_takes_no_label_printed_below():
    levels = _levels(_HEAD_AROUND_ITS_ROW)
    # (质量指 / 标 around its row, made whole by their column, label_columns: not 时效指标)
    assert levels["借阅服务制度健全、执行有效性"][1] == "质量指标"
    assert levels["全年开放天数"][1] == "数量指标"
    assert levels["借阅开放率"][1] == "时效指标"
