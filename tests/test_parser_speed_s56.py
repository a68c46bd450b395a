"""The readers' shortcuts of session 56 (speed, no rule changed): rows made by new_row, labels
made from a state's values by _label_of, label rows applied through apply_args (the arguments in
a tuple) as through apply_with. Each reads as the slower way it replaces. Every form here is
invented."""

from pipelines.parser import parse_text
from pipelines.parser.indicators import Row, new_row
from pipelines.parser.labels import Label, LabelState, _label_of

# an invented form printed with its cells apart by tabs, its group labels in merged cells
TABBED = (
    "2024年度项目支出绩效自评表\n"
    "项目名称\t\t社区图书角维护项目\t\t\t\t\t\n"
    "主管部门\t\t某区文化局\t\t实施单位\t\t某区图书馆\t\n"
    "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分\n"
    "\t年度资金总额:\t30.00\t30.00\t27.00\t10.00\t90.00\t9.00\n"
    "\t其中: 当年财政拨款\t30.00\t30.00\t27.00\t-\t90.00\t-\n"
    "年度 总体 目标\t预期目标\t\t\t实际完成情况\t\t\t\n"
    "\t维护图书角。\t\t\t已维护图书角。\t\t\t\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t新增图书册数\t≥500(册)\t520(册)\t20.00\t20.00\t\n"
    "\t\t维护书架个数\t=8(个)\t8(个)\t10.00\t10.00\t\n"
    "\t质量指标\t图书完好率\t≥95%\t93%\t20.00\t18.00\t部分图书破损\n"
    "效益指标\t社会效益指标\t居民阅读便利度\t提升\t达成指标\t20.00\t20.00\t\n"
    "满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t96%\t20.00\t20.00\t\n"
    "总分\t\t\t\t\t100.00\t97.00\t\n"
)


def _rows(text: str) -> list[tuple]:
    (form,) = parse_text(text, "x.txt").forms
    keys = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")
    return [tuple(row[k] for k in keys) for row in form["indicators"]]


def test_a_tabbed_table_reads_the_same_when_its_labels_are_looked_up():
    # the first read works the labels out, the second finds them kept (apply_args' look-up):
    # both give every row its group's labels, the rows under merged cells too
    first, again = _rows(TABBED), _rows(TABBED)
    assert first == again
    assert first == [
        ("产出指标", "数量指标", "新增图书册数", "≥500(册)", "520(册)", 20, 20, None),
        ("产出指标", "数量指标", "维护书架个数", "=8(个)", "8(个)", 10, 10, None),
        ("产出指标", "质量指标", "图书完好率", "≥95%", "93%", 20, 18, "部分图书破损"),
        ("效益指标", "社会效益指标", "居民阅读便利度", "提升", "达成指标", 20, 20, None),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "96%", 20, 20, None),
    ]


def test_a_row_made_by_new_row_is_the_row_its_class_makes():
    one = Row(None, None, ["名称"], ["≥1"], ["1"], 10.0, 9.0, ["原因"], [3])
    two = new_row(None, None, ["名称"], ["≥1"], ["1"], 10.0, 9.0, ["原因"], [3])
    assert one == two
    assert two.to_dict() == one.to_dict()
    assert two.lost_points and two.to_dict()["deviation"] == "原因"
    blank = new_row(None, None, [], [], [], None, None, [], [])
    assert blank == Row(None, None) and blank.name is not blank.target


def test_a_label_made_from_a_states_values_is_the_label_its_class_makes():
    made, taken = Label("质量指标"), _label_of("质量指标", False)
    assert (made.raw, made.whole) == (taken.raw, taken.whole)
    assert not taken.incomplete and taken.value == "质量指标"
    # a label's head waits for its tail, as one its class made does
    head = _label_of("社会效", False)
    assert head.incomplete and not _label_of("社会效", True).incomplete


def test_label_rows_applied_with_a_tuple_or_with_args_give_the_same_state():
    by_tuple, by_args = LabelState(), LabelState()
    for cells in (("产出指标", "数量指标"), ("质量指标",), ("效益指标", "社会效益指标")):
        by_tuple.apply_args(LabelState.apply, (cells,))
        by_args.apply_with(LabelState.apply, cells)
        assert by_tuple.values() == by_args.values()
    assert by_tuple.values() == (("效益指标", False), ("社会效益指标", False))
