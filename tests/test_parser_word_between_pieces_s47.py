"""Session 47 (helper "wrong2"): in a line print (pdfplumber's: cells one space apart, a tall
row's cells centred), a cell wrapped over two lines prints one piece above its row's values'
line and one under it. Where that line holds one word before the points (按月巡查维 / 巡查频次
20.00 20.00 / 护), the pieces may be the name's (the word then the target or the actual) or the
target's (the word then the name, the actual blank): a print without places does not say whose,
so neither the pieces nor the word is placed; the row keeps its points.

Every form here is invented."""

from __future__ import annotations

from pipelines.parser import parse_text

_FORM = """项目支出绩效自评表
(2022年度)
项目名称 社区路灯维护经费
主管部门 某县住建局 实施单位 某县路灯管理所
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 20.00 20.00 20.00 10.00 100.00% 10.00
项目资金
当年财政拨款 20.00 20.00 20.00
(万元)
上年结转资金
其他资金
年度总体 预期目标 实际完成情况
目标 维护全县路灯正常运行 已完成
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 维护路灯数量 200盏 200盏 30.00 30.00
质量指标 亮灯率 达标 达标 20.00 20.00
{rows}总分 100.00 100.00
"""

_WRAPPED = "按月巡查维\n巡查频次 20.00 20.00\n护\n"
_AFTER = (
    "效益指标 社会效益指标 夜间出行安全 提升 提升 10.00 10.00\n"
    "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 10.00 10.00\n"
)


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    return result.forms[0]["indicators"]


def _row_of_the_pieces(rows: list[dict]) -> dict:
    # (the third row, whose points are 20.00 20.00 after 亮灯率's)
    names = [r["name"] for r in rows]
    at = names.index("亮灯率") + 1
    return rows[at]


def test_pieces_around_a_one_word_line_are_placed_nowhere():
    # the row above a whole row: 按月巡查维护 may be its name (巡查频次 the target or the
    # actual) or its target (巡查频次 the name): none of the three is placed
    for rows in (_WRAPPED + _AFTER, _AFTER + _WRAPPED):
        read = _rows(_FORM.format(rows=rows))
        row = _row_of_the_pieces(read) if rows.startswith("按月") else read[-1]
        assert (row["name"], row["target"], row["actual"]) == (None, None, None)
        assert (row["weight"], row["score"]) == (20.0, 20.0)
        assert not any("按月巡查维" in (r["name"] or "") for r in read)
        assert not any(r["actual"] == "巡查频次" for r in read)


def test_however_the_piece_under_is_read():
    # the piece under printed with the wrap's character twice (维 / 维护), or read as the head
    # of the next row's name (护 / 夜间出行 / 安全 …), or the next row's name centred too: the
    # row of the one word still places nothing of its three texts
    for under in (
        "维护\n" + _AFTER,
        "护\n效益指标 社会效益指标 夜间出行\n安全 提升 提升 10.00 10.00\n"
        + _AFTER.split("\n")[1]
        + "\n",
        "护\n效益指标 社会效益指标 夜间出行安\n提升 提升 10.00 10.00\n全\n"
        + _AFTER.split("\n")[1]
        + "\n",
    ):
        read = _rows(_FORM.format(rows="按月巡查维\n巡查频次 20.00 20.00\n" + under))
        row = _row_of_the_pieces(read)
        assert (row["name"], row["target"], row["actual"]) == (None, None, None)
        assert (row["weight"], row["score"]) == (20.0, 20.0)
        assert not any(r["actual"] == "巡查频次" for r in read)
        assert not any((r["name"] or "").startswith(("按月", "护")) for r in read)


def test_whole_rows_around_it_stay():
    rows = _rows(_FORM.format(rows=_WRAPPED + _AFTER))
    named = {r["name"]: (r["target"], r["actual"]) for r in rows if r["name"]}
    assert named["亮灯率"] == ("达标", "达标")
    assert named["夜间出行安全"] == ("提升", "提升")
    assert named["群众满意度"] == ("≥90%", "95%")
