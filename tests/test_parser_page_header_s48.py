"""Session 48 (helper hdr): a PDF's running page header (a unit's name, a banner, the form's own
title) printed at the top of every page, after the page's number or a form feed, is no value of
the form; a text of several forms that prints its title before each of them still gives every
form. Every form here is invented."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.running_lines import without_running_headers

_HEADER = "某某市人民政府门户网站 信息公开专栏"

_FORM = """项目支出绩效自评表
(2023年度)
项目名称|{name}
主管部门|某某县文化旅游局|实施单位|某某县文化旅游发展中心
项目资金(万元)|年初预算数|全年预算数|全年执行数|分值|执行率|得分
年度资金总额|20.00|20.00|19.00|10|95.00%|9.50
当年财政拨款|20.00|20.00|19.00|-|95.00%|-
年度总体目标|预期目标|实际完成情况
|完成乡村书屋的图书更新与日常开放|已完成图书更新，书屋全年开放
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
产出指标|数量指标|更新图书册数|≥3000册|3200册|20|20|
产出指标|质量指标|图书验收合格率|≥95%|98%|10|10|
产出指标|时效指标|更新完成时间|2023年10月前|2023年9月|10|10|
产出指标|成本指标|单册采购成本|≤40元|38元|10|10|
效益指标|社会效益指标|书屋年借阅人次|≥2000人次|2300人次|20|20|
效益指标|可持续影响指标|书屋开放长效机制|建立|已建立|10|10|
满意度指标|服务对象满意度指标|读者满意度|≥90%|93%|10|10|
总分|||||100|99.50|"""


def _form(name: str = "乡村书屋图书更新项目") -> list[str]:
    return _FORM.format(name=name).split("\n")


def _paged(lines: list[str], every: int, header: str | None, feed: bool, number: bool) -> str:
    """``lines`` printed on pages of ``every`` lines, each page after the first opened by a
    page's number (第 N 页 共 M 页) and/or a form feed, and by ``header`` (the first page too)."""
    pages = [lines[k : k + every] for k in range(0, len(lines), every)]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        top = [header] if header else []
        if n > 1 and number:
            out += ["", f"第 {n - 1} 页 共 {len(pages)} 页", ""]
        if n > 1 and feed:
            top = [f"\f{top[0]}"] if top else ["\f"]
        out += top + page
    return "\n".join(out)


def _values(form: dict) -> list:
    """What a form says, without where it says it (line numbers, warnings)."""
    keys = ("project_name", "department", "implementing_unit", "goal_planned", "goal_actual")
    rows = [
        (r["level1"], r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"])
        for r in form["indicators"]
    ]
    return [form[k] for k in keys] + [form["total_score"], rows]


def _plain() -> list:
    (form,) = parse_text("\n".join(_form()), "invented.txt").forms
    return _values(form)


def test_a_running_header_after_each_page_number_is_no_value():
    text = _paged(_form(), 6, _HEADER, feed=False, number=True)
    result = parse_text(text, "invented.txt")
    (form,) = result.forms
    assert _values(form) == _plain()


def test_a_running_header_after_each_form_feed_is_no_value():
    text = _paged(_form(), 7, _HEADER, feed=True, number=False)
    (form,) = parse_text(text, "invented.txt").forms
    assert _values(form) == _plain()


def test_the_form_s_title_as_running_header_inside_the_form_starts_no_form():
    # the form's own title at the top of each page (its first page's opens the form)
    lines = _form()
    text = "\n".join([lines[0], *_paged(lines[1:], 6, lines[0], False, True).split("\n")[1:]])
    (form,) = parse_text(text, "invented.txt").forms
    assert _values(form) == _plain()


def test_a_form_feed_is_kept_where_its_line_is_blanked():
    text = _paged(_form(), 7, _HEADER, feed=True, number=False)
    cleaned = without_running_headers(text)
    assert _HEADER not in cleaned
    assert cleaned.count("\f") == text.count("\f")
    assert cleaned.count("\n") == text.count("\n")  # (lines keep their numbers)


def test_a_text_of_several_forms_repeating_its_title_gives_every_form():
    # each form on a page of its own: its title at the top of every page, a name under it
    names = ["乡村书屋图书更新项目", "文化广场设备维护项目", "非遗传承人补助项目"]
    forms = [_form(name) for name in names]
    lines = [line for form in forms for line in form]
    text = _paged(lines, len(forms[0]), None, feed=True, number=True)
    assert without_running_headers(text) == text
    result = parse_text(text, "invented.txt")
    assert [f["project_name"] for f in result.forms] == names
    assert [len(f["indicators"]) for f in result.forms] == [7, 7, 7]


def test_a_column_header_or_short_label_at_every_page_top_is_kept():
    # a table's column header repeated on every page, and 总分 opening a page: a form's own
    # words, however often a page opens with them
    column = "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分"
    text = "\n".join(["项目支出绩效自评表", "a", "\f" + column, "b", "\f" + column, "c", "\f总分"])
    assert without_running_headers(text) == text
    text = "\n".join(["总分", "a", "\f总分", "b", "\f总分"])
    assert without_running_headers(text) == text


def test_a_line_at_some_page_tops_only_is_kept():
    # a value a page happens to open with, on two pages of five: no running header
    pages = [
        "某某县文化旅游发展中心",
        "按计划完成全部任务",
        "按计划完成全部任务",
        "其他内容的一行",
        "另一行",
    ]
    text = "\f".join(f"{top}\n正文" for top in pages)
    assert without_running_headers(text) == text
