"""A reason column whose header plain pdftotext printed after 总分 (session 52), on invented forms:
a cell a paragraph, the header's last cell (偏差原因分析及改进措施) printed as a flow of its own
after the table, so each row's reason, printed after its points, was read as a row of a name
alone — read as that row's reason where the rows alternate so throughout
(late_reasons.reasons_read_as_rows)."""

from __future__ import annotations

from pipelines.parser import parse_text

_ROWS = (
    ("产出指标", "数量指标", "绿化养护面积", "≥12万平方米", "11万平方米", "20.00", "18.00"),
    (None, "质量指标", "苗木成活率", "≥95%", "93%", "20.00", "18.00"),
    (None, "时效指标", "养护完成时限", "12月底前", "12月底", "15.00", "15.00"),
    ("效益指标", "社会效益指\n标", "城区绿化覆盖", "提升", "提升", "15.00", "15.00"),
    ("满意度指\n标", "服务对象满\n意度指标", "居民满意度", "≥90%", "91%", "20.00", "20.00"),
)
_REASONS = (
    "部分地块移交延后,\n下年度补足面积",
    "春季低温致部分苗\n木死亡,已补植",
    "按期完成",
    "无偏差",
    "无偏差",
)


def plain_print(reasons: tuple[str | None, ...]) -> str:
    """A form as plain pdftotext prints it: a cell a paragraph; the indicator header without its
    reason word, each row's labels, name, target, actual, 分值, 得分 and its reason (where one is
    given), the totals before 总分, then the reason word and the money row's 得分."""
    cells = [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "城区绿化养护经费",
        "主管部门",
        "某某县住房和城乡建设局",
        "实施单位",
        "某某县园林绿化所",
        "项目资金(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "80.00",
        "80.00",
        "76.00",
        "10.00",
        "95.00%",
        "9.50",
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
    for (first, second, *values), reason in zip(_ROWS, reasons):
        cells += [x for x in (first, second) if x] + values + ([reason] if reason else [])
    cells += ["100.00", "95.50", "总分", "偏差原因分析及改进措施", "9.50"]
    return "\n\n".join(cells) + "\n"


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    return result.forms[0]["indicators"]


def test_reasons_printed_after_points():
    """Each text after a row's points is that row's reason; the rows' other values as read. A
    reason the reader refuses as a row's name (无偏差, read as no name at all) is left out, the
    last row's (held with the totals' figures) is read."""
    rows = _rows(plain_print(_REASONS))
    assert [r["name"] for r in rows] == [r[2] for r in _ROWS]
    expected = [x.replace("\n", "") for x in _REASONS]
    expected[3] = None
    assert [r["deviation"] for r in rows] == expected
    assert [r["weight"] for r in rows] == [20.0, 20.0, 15.0, 15.0, 20.0]
    assert [r["score"] for r in rows] == [18.0, 18.0, 15.0, 15.0, 20.0]
    assert rows[3]["level2"] == "社会效益指标"


def test_a_row_without_its_reason():
    """One row prints no reason: the rows do not alternate, so no text is read as a reason (which
    row a text after the points finishes is not known): no row is given one, each row's values
    as read without the rule."""
    reasons = (_REASONS[0], None, *_REASONS[2:])
    rows = _rows(plain_print(reasons))
    assert all(r["deviation"] is None for r in rows)
    by_name = {r["name"]: r for r in rows}
    for _, _, name, target, actual, weight, score in _ROWS:
        assert by_name[name]["target"] == target and by_name[name]["actual"] == actual
        assert (by_name[name]["weight"], by_name[name]["score"]) == (float(weight), float(score))


def test_no_reasons():
    """No row prints a reason: the rows as read, none given a reason."""
    rows = _rows(plain_print((None,) * len(_ROWS)))
    assert [r["name"] for r in rows] == [r[2] for r in _ROWS]
    assert all(r["deviation"] is None for r in rows)
