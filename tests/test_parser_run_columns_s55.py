"""A header whose words came out of order, 实际 and 完成值 on lines apart, read as two actuals:
a table of rows run together cannot be cut by such columns (read_run_rows), and the text is
read without a crash (found by tests/test_parser_properties.py's shuffles: a KeyError in the
run reader's walk, which fills one column at a time and took the second actual for the first).
The form is an invented one (tests/forms.py's street-light form) printed as raw pdftotext
prints it, its header lines shuffled."""

from pipelines.parser import parse_text
from pipelines.parser.generic import Cell, read_run_rows

SHUFFLED_HEADER = "财政项目支出绩效自评表\n(2022 年度)\n\n项目名称 路灯运行维护费\n\n主管部门\n某区绿化和市容管理\n\n局\n实施单位\n\n某区路灯\n管理所\n\n项目资金\n（元）\n\n保障全区路灯正常运行，亮灯率达到\n\n年度资金总额 500000.00 480000.00 456,000.00 10 95.00% 9.50\n\n\xa0\xa0其中：当年财政拨款 500000 480000 456000 — \xa0\n\n\xa0\xa0\xa0\xa0上年结转资金 0 0 — \xa0\n\n\xa0\xa0\xa0\xa0其他资金 0 0 —\n\n年度\n总体\n目标\n\n预期目标 实际完成情况\n\n98%以上。\n\n改进措施\n全年路灯运行正常，亮灯率达到99%。\n\n绩\n\n指\n标\n\n\n效\n年度\n指标值\n实际\n\n\n完成值\n一级指标 二级指标 三级指标\n偏差原因分析及\n\xa0\xa0 年初预算数 全年预算数 全年执行数 \xa0分值\xa0 执行率 得分\n\n产出指标\n\n数量指标\n\n维护路灯数量\n=3000盏 =3000盏 20 20\n\n质量指标\n\n亮灯率\n>=98% 99% 20 20\n分值 得分\n\u3000\n率\n\n=100% =100% 0 0\n\n故障修复响应\n\n=100% =95% 10 8\n\n个别故障返修，后\n续将加强维修质量\n 及时率 的监督。\n\n- 2 -\n\n效益指标 社会效益指标\n\n夜间出行安全保障 有效保障 有效保障 20 20\n\n满意度指标 服务对象满意度指标\n市民满意度\n\n>=90% 93% 30 29.5\n\n问卷样本偏少，满\n意度略有波动。\n\n总分 100 97.00\n"


def test_a_header_read_with_a_column_twice_cuts_no_run():
    body = [Cell("维护路灯数量=3000盏=3000盏2020", 1)]
    columns = ["level1", "level2", "name", "target", "actual", "actual", "weight", "score"]
    assert read_run_rows(body, columns) == []


def test_a_shuffled_header_is_read_without_a_crash():
    result = parse_text(SHUFFLED_HEADER, "shuffled.txt")
    (form,) = result.forms
    assert form["project_name"] == "路灯运行维护费"
    # (its rows are run together under a header read out of order: none is cut from a run)
    assert form["indicators"] == [] or all(row["name"] for row in form["indicators"])
