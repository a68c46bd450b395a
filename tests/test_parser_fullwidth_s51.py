"""Forms printed with full-width digits, signs, brackets and colons (session 51), on invented
forms: as some web pages and Word documents print them (１００％, 项目资金（万元）, 指标１：). Such
a text is made ASCII in those characters before any reading (text.half_width_numbers, called
first in parse_text), so that every reading (a cell a paragraph, the layout's columns, where one
character is one place) sees the text a print of ASCII digits gives, and reads what it reads."""

from __future__ import annotations

import json
import unicodedata

from pipelines.parser import parse_text
from pipelines.parser.text import half_width_numbers

_FULL_WIDTH = str.maketrans(
    {**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％", ":": "：", "(": "（", ")": "）"}
)

_ROWS = (
    ("产出指标", "数量指标", "改造管网长度", "≥12公里", "13公里", "10.00"),
    (None, None, "新建泵站数量", "≥2座", "2座", "8.00"),
    (None, "质量指标", "水质达标率", "≥98%", "99%", "10.00"),
    (None, "时效指标", "完工时限", "≤60天", "55天", "8.00"),
    ("效益指标", "社会效益指\n标", "供水保障", "提升", "提升", "12.00"),
    ("满意度指\n标", "服务对象满\n意度指标", "群众满意度", "≥90%", "93%", "12.00"),
)


def _plain() -> str:
    """An invented form as plain pdftotext prints it: a cell a paragraph, each row's name,
    target, actual and one points figure (its 得分; the 分值 column blank), the money row's
    得分 printed last (the table's last column after every other)."""
    cells = [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "乡镇供水管网改造工程",
        "主管部门",
        "某某县水务局",
        "实施单位",
        "某某县供水公司",
        "项目资金(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "50.00",
        "48.00",
        "20.00",
        "96.00%",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
        "年度总体目标",
        "预期目标",
        "实际完成情况",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
    ]
    for first, second, name, target, actual, points in _ROWS:
        cells += [x for x in (first, second) if x] + [name, target, actual, points]
    return "\n\n".join([*cells, "总分", "偏差原因分析及改进措施", "17.50"]) + "\n"


def _read(text: str) -> dict:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    form = result.forms[0]
    # (values compared as the scorer does: NFKC, full-width and ASCII the same)
    return json.loads(
        unicodedata.normalize(
            "NFKC", json.dumps([form["indicators"], form["funds"]], ensure_ascii=False)
        )
    )


def test_full_width_print_reads_as_ascii_print():
    """The full-width print gives every value the ASCII print gives: the rows' 得分 too, which
    were left out when the cells were read before the digits were made ASCII (the lone figures
    after each row, １０．００, were no figures to the cell-a-paragraph reading)."""
    text = _plain()
    ascii_read = _read(text)
    assert [row["score"] for row in ascii_read[0]] == [10.0, 8.0, 10.0, 8.0, 12.0, 12.0]
    assert ascii_read[1][0]["score"] == 17.5
    assert _read(text.translate(_FULL_WIDTH)) == ascii_read


def test_brackets_and_colons_made_ascii_only_with_full_width_digits():
    """Brackets and colons are made ASCII only in a text that prints its digits full-width (a
    Chinese text's own （必填） and ： are left as printed elsewhere)."""
    assert half_width_numbers("指标１：完成率（％）") == "指标1:完成率(%)"
    assert half_width_numbers("２．８万元") == "2.8万元"
    assert half_width_numbers("时效指标（必填）：及时") == "时效指标（必填）：及时"
