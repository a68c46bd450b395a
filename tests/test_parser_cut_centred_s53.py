"""A line print whose cells stand in the middle of their rows (pdfplumber's), cut at the text's
end inside the indicator table (a PDF's later page printed elsewhere: pages out of order, or the
text cut): the last row's name wrapped around its values' line lost its last piece. The rows
above, counted from the header down, are joined as in the whole text; the last row's name is
left out, not read from its pieces (centred_rows._counted_rows, _name_cut_off). Invented form."""

from pipelines.parser import parse_text

_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称 居家养老服务补贴",
    "主管部门 某某区民政局 实施单位",
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 40.00 40.00 10.00 100.00% 10.00",
    "项目资金",
    "当年财政拨款 40.00 40.00 10.00 100.00% 10.00",
    "(万元)",
    "上年结转资金",
    "其他资金",
    "预期目标 实际完成情况",
    "年度总体目",
    "标 为辖区高龄老人提供居家养老服务 全年服务高龄老人1200人",
    "次,补贴资金40万元,完成目标任务。",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "★高龄老人居家养老服务",
    ">=1100人 1200人 10.00 10.00",
    "人数(按月平均)(≥**人)",
    "★★其中:高龄老人中失能",
    "半失能老人护理人数 >=300人 320人 10.00 10.00",
    "(按月平均)(≥**人)",
    "★★★居家养老服务站点",
    "数量指标",
    "中提供助餐服务的站点数 >=12个 14个 10.00 10.00",
    "(≥**个)",
    "★★★上门巡访独居老人",
    ">=800人次 860人次 10.00 10.00",
    "产出指标 人次数(按季平均)(≥**人次)",
    "★居家养老服务补贴标准(≥",
    ">=200元/人*月 200元/人*月 10.00 10.00",
    "**元/人·月)",
    "质量指标",
    "助餐服务补贴标准(<**元/",
    "人·餐)——每餐最高补贴 <=8元/人 8元/人 10.00 10.00",
]

_LAST_PAGE = [
    "8元",
    "社会效益 ★★★受益高龄老人",
    "效益指标 >=1100人 1200人 30.00 30.00",
    "指标 人数≥**人",
    "总分",
]


def _rows(lines):
    form = parse_text("\n".join(lines) + "\n", source_file="x").contract_forms()[0]
    return [(r["name"], r["target"], r["weight"]) for r in form["indicators"]]


def test_a_table_cut_at_the_text_s_end_joins_the_rows_above_and_leaves_the_cut_name_out():
    whole, cut = _rows(_HEAD + _LAST_PAGE), _rows(_HEAD)
    assert cut[:-1] == whole[: len(cut) - 1]
    assert cut[1] == ("★★其中:高龄老人中失能半失能老人护理人数(按月平均)(≥**人)", ">=300人", 10.0)
    assert cut[-1] == (None, "<=8元/人", 10.0)
