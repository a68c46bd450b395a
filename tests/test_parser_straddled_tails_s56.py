"""A `-layout` print read one cell a line or as markdown rows (a web page's copy, an extraction
that keeps no gaps): a name wrapped at the name column's width prints its tail after the row's
points, and a group label's pieces stand on the names' lines (straddled_tails). The tail is
given back to its name and taken from the next row's name; a name opening with label pieces
is read from the cells after them; where the tail is not sure (a sentence, a label's one
character) the name is left out. Invented form, laid out as `pdftotext -layout` prints one."""

import re

from pipelines.parser import parse_text
from pipelines.parser.straddled_tails import (
    names_opening_with_label_pieces,
    names_wrapped_past_points,
    straddled_cells,
)

_LAYOUT = [
    "\x0c                                项目支出绩效自评表",
    "                                          (2023年度)",
    "",
    "       项目名称                                某某区社区公共设施巡查服务经费",
    "       主管部门         某某省某某市城市设施管理中心                   实施单位              某某省某某市城市设施管理中心",
    "",
    "                    年初预算数           全年预算数            全年执行数          分值          执行率        得分",
    "        年度资金总额          120000.00      120000.00      119990.00        10.00     100.00%    10.00",
    "项目资金",
    "        当年财政拨款          120000.00      120000.00      119990.00",
    " (元)",
    "        上年结转资金               0.00           0.00",
    "         其他资金                0.00           0.00",
    "",
    "年度总体                         预期目标                                              实际完成情况",
    " 目标                         完成既定目标                                             完成既定目标",
    "",
    "一级指    二级指",
    "                三级指标          年度指标值        实际完成值         分值       得分           偏差原因分析及改进措施",
    " 标      标",
    "",
    "       数量指    巡查人员配备数量          =2人            2人        10.00     10.00",
    "        标     巡查人员配备数量          =2人            2人        10.00     10.00",
    "",
    "              巡查台账的考核合格",
    "                               =100%          100%       10.00     10.00",
    "       质量指        率",
    "产出指     标     巡查台账的考核合格",
    " 标                             =100%          100%       10.00     10.00",
    "                  率",
    "                             在规定的时间       在规定的时间",
    "              巡查报告及时性                                     5.00      5.00",
    "       时效指                     内完成          内完成",
    "        标                    在规定的时间       在规定的时间",
    "              巡查报告及时性                                     5.00      5.00",
    "                               内完成          内完成",
    "",
    "       可持续    巡查工作管理制度         建立健全         建立健全         15.00     15.00",
    "效益指",
    "       影响指",
    " 标            巡查工作管理制度         建立健全         建立健全         15.00     15.00",
    "        标",
    "       服务对    沿街居民满意度          >=85%         >=85%        5.00      5.00",
    "满意度",
    "       象满意",
    " 指标           沿街居民满意度          >=85%         >=85%        5.00      5.00",
    "       度指标",
    "                       总分                               100.00    100.00",
]
_GAP = re.compile(r"[ \t]*(?:\t| {2,})[ \t]*")


def _one_cell_a_line(lines: list[str]) -> str:
    """Each line's cells (apart by two spaces or more) on lines of their own."""
    return "\n".join(
        "\n".join(c for c in _GAP.split(line.strip()) if c) if line.strip() else line
        for line in lines
    )


def _markdown(lines: list[str]) -> str:
    """Each line of two cells or more a markdown row, a rule line under the first of a run."""
    out, run = [], False
    for line in lines:
        cells = [c for c in _GAP.split(line.strip()) if c]
        if len(cells) < 2:
            out.append(line)
            run = False
            continue
        out.append("| " + " | ".join(cells) + " |")
        if not run:
            out.append("|" + "---|" * len(cells))
        run = True
    return "\n".join(out)


def _rows(text: str) -> list[dict]:
    return parse_text(text, source_file="straddled.txt").forms[0]["indicators"]


def test_a_name_wrapped_past_its_points_is_given_its_tail():
    names = [row["name"] for row in _rows(_one_cell_a_line(_LAYOUT))]
    assert names[2] == names[3] == "巡查台账的考核合格率"
    assert not any(name and name.startswith("率") for name in names)


def test_a_name_opening_with_label_pieces_is_read_after_them():
    rows = _rows(_one_cell_a_line(_LAYOUT))
    assert rows[6]["name"] == "巡查工作管理制度"  # (内完成 内完成 / blank / 可持续 before it)
    assert rows[6]["target"] == rows[6]["actual"] == "建立健全"
    assert rows[8]["name"] == "沿街居民满意度"  # (标 / 服务对 before it)
    assert rows[8]["weight"] == rows[8]["score"] == 5.0


def test_markdown_rows_of_the_print_give_the_tail_too():
    rows = _rows(_markdown(_LAYOUT))
    assert rows[0]["name"] == "巡查台账的考核合格率"
    assert rows[0]["target"] == "=100%"


def test_the_print_with_its_gaps_is_not_looked_at():
    assert straddled_cells("\n".join(_LAYOUT)) is None
    whole = _one_cell_a_line(_LAYOUT).replace("数量指\n", "数量指标\n").replace("质量指\n", "")
    whole = re.sub(
        r"\n(?:标|指标|度指标|影响指|效益指|产出指|满意度|象满意|可持续|服务对|时效指)(?=\n)",
        "",
        whole,
    )
    assert straddled_cells(whole) is None  # (no label cut around a row's points)


def _cells(lines: list[str]) -> tuple[list[str], list[int]]:
    return lines, list(range(len(lines)))


def _row(name, first, last, weight=10.0, score=10.0, **more) -> dict:
    return {
        "name": name,
        "line_start": first,
        "line_end": last,
        "weight": weight,
        "score": score,
        "target": more.get("target"),
        "actual": more.get("actual"),
        "deviation": more.get("deviation"),
    }


_PIECES = [
    "数量指",
    "巡查车辆配备数量",
    "=2辆",
    "2辆",
    "10.00",
    "10.00",
    "标",
    "巡查人员到岗率",
    "=100%",
    "100%",
    "10.00",
    "10.00",
]  # (three names read whole, one line each: the column's width is known)


def test_a_tail_that_is_a_sentence_leaves_the_name_out():
    lines = [
        *_PIECES,
        "道路养护巡查台账完",
        "=100%",
        "100%",
        "10.00",
        "10.00",
        "质量指",
        "部分路段未按时巡查，",
        "已整改",
        "标",
    ]
    rows = [
        _row("巡查车辆配备数量", 2, 6),
        _row("巡查人员到岗率", 8, 12),
        _row("道路养护巡查台账完", 13, 17),
    ]
    said = names_wrapped_past_points(rows, _cells(lines))
    assert rows[2]["name"] is None  # (its tail not known: a reason's words follow)
    assert [rows[0]["name"], rows[1]["name"]] == ["巡查车辆配备数量", "巡查人员到岗率"]
    assert said


def test_a_tail_said_twice_is_the_next_row_s():
    lines = [
        *_PIECES,
        "道路养护巡查台账完",
        "=100%",
        "100%",
        "10.00",
        "10.00",
        "完成",
        "完成",
        "标",
    ]
    rows = [
        _row("巡查车辆配备数量", 2, 6),
        _row("巡查人员到岗率", 8, 12),
        _row("道路养护巡查台账完", 13, 17),
    ]
    assert names_wrapped_past_points(rows, _cells(lines)) == []
    assert rows[2]["name"] == "道路养护巡查台账完"


def test_a_short_tail_is_joined_and_taken_from_the_next_name():
    lines = [
        *_PIECES,
        "道路养护巡查台账完",
        "=100%",
        "100%",
        "10.00",
        "10.00",
        "质量指",
        "整率",
        "巡查日志上传及时率",
        "及时",
        "及时",
        "10.00",
        "10.00",
        "标",
    ]
    rows = [
        _row("巡查车辆配备数量", 2, 6),
        _row("巡查人员到岗率", 8, 12),
        _row("道路养护巡查台账完", 13, 17),
        _row("整率巡查日志上传及时率", 19, 23),
    ]
    names_wrapped_past_points(rows, _cells(lines))
    assert rows[2]["name"] == "道路养护巡查台账完整率"
    assert rows[3]["name"] == "巡查日志上传及时率"


def test_only_label_pieces_before_a_text_are_dropped():
    lines = [
        "标",
        "服务对",
        "沿街商户满意度",
        ">=85%",
        ">=85%",
        "5.00",
        "5.00",
        "巡查记录",
        "效益指",
        "道路保洁质量达标",
        "达标",
        "达标",
        "5.00",
        "5.00",
    ]
    rows = [
        _row("标服务对沿街商户满意度", 1, 7, 5.0, 5.0),
        _row("巡查记录效益指道路保洁质量达标", 8, 14, 5.0, 5.0),
    ]
    names_opening_with_label_pieces(rows, _cells(lines))
    assert rows[0]["name"] == "沿街商户满意度"
    assert rows[1]["name"] is None  # (a text before the piece: this name's head, or not)
