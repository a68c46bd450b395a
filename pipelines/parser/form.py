"""One form: find its parts (header, funds, goals, indicator table, 总分) and read each."""

from __future__ import annotations

import re
import unicodedata

from pipelines.parser import centred_labels, indicators
from pipelines.parser import vocabulary as vocab
from pipelines.parser.arithmetic import FULL_MARKS, parts_printed_as_columns, total_row
from pipelines.parser.label_tails import label_tail_apart
from pipelines.parser.labels import level_of
from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy
from pipelines.parser.spaced_labels import spaced_label_cells
from pipelines.parser.text import (
    CJK_GAP,
    PLACEHOLDER,
    POINTS_NOTE,
    WRAP_SLACK,
    Line,
    compact,
    display_width,
    ends_sentence,
    goals_cut_by_widths,
    is_number,
    is_page_marker,
    join_cells,
    join_wrapped,
    numbered_goals,
    one_text_wrapped,
    one_width,
    rate_from_ratio,
    section_points_first,
    to_number,
    two_names_of_one_place,
    two_places,
    wrapped_as_one_cell,
)

FUND_LINES = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
FUND_FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
AMOUNTS = FUND_FIELDS[:3]  # in the order every money table prints them (amounts_in_order)
_FUND_HEADER = (
    ("年初预算", "initial_budget"),
    ("全年预算", "annual_budget"),
    ("全年执行", "executed"),
    ("分值", "weight"),
    ("分数", "weight"),
    ("权重", "weight"),
    ("执行率", "execution_rate"),
    ("得分", "score"),
)
_LABELS = (
    ("project_name", lazy(r"^\s*项\s*目\s*名\s*称\s*[:：]?\s*")),
    ("department", lazy(r"^\s*主\s*管\s*(?:部\s*门|单\s*位)\s*[:：]?\s*")),
    ("implementing_unit", lazy(r"^\s*(?:实\s*施|执\s*行)\s*单\s*位\s*[:：]?\s*")),
)
# First characters of the labels above and below, and of the money table's section headings
# (synonyms.toml [fund_section]): a cell starting otherwise is no label.
_LABEL_INITIALS = frozenset("项主实执负联资") | {word[0] for word in vocab.words("fund_section")}
# Other header cells some templates print (their values are not part of the contract).
_OTHER_LABEL = lazy(
    r"^\s*(?:项目负责人|负责人|联系电话|联系人|项目属性|项目类型|项目类别|资金来源|"
    r"项目期限|项目编码|项目代码|项目编号)\s*[:：]?"
)
# A year, not a date's (2023年3月10日 and 2023-03-10 are when the form was filled in, the
# year after the one it evaluates)
_YEAR = lazy(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_BARE_YEAR = lazy(r"(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*[-/.年]\s*\d{1,2}\s*[-/.月])")
_UNIT = lazy(r"[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)")
# the grade's label (synonyms.toml [grade], or 等级 alone) and the grade after it in the cell
_GRADE = lazy(
    "^(?:"
    + "|".join(map(re.escape, sorted([*vocab.words("grade"), "等级"], key=len, reverse=True)))
    + ")[:：]?(.*)$"
)
_GOAL_WORDS = {
    "年度",
    "总体",
    "目标",
    "年度总体目标",
    "年度总体",
    "总体目标",
    "预期目标",
    "实际完成情况",
    "实际完成",
    "完成情况",
}


class MissingPart(ValueError):
    def __init__(self, missing: list[str]):
        super().__init__(", ".join(missing))
        self.missing = missing


def _locate(lines: list[Line]) -> tuple[int | None, ...]:
    """Where the parts of a form start: (项目名称, 项目资金, indicator table header, 年度总体目标,
    总分), each looked for from the part printed before it; None for a part not found.

    Each search first asks for a word the part's line must contain (a cheap str test on the
    compact text), so the full test runs on few lines. The compact texts are taken once, and
    the searches are plain loops over them (five generator expressions over the lines, each
    asking every line for its text, took about twice as long)."""
    texts = [line.compact for line in lines]
    n = len(texts)
    i_project = None
    for i in range(n):
        # (an `in` first: a str method call costs several times as much, on each line above)
        if "项目名称" in texts[i] and texts[i].startswith("项目名称"):
            i_project = i
            break
    # every test of _is_funds_start needs 资金 (项目资金, …资金总额/总计) or 预算
    i_funds = None
    for i in range(i_project or 0, n):
        text = texts[i]
        if ("资金" in text or "预算" in text) and _is_funds_start(lines[i]):
            i_funds = i
            break
    i_table = None
    for i in range(i_funds or i_project or 0, n):
        if "级指标" in texts[i] and indicators.is_table_header(lines[i]):
            i_table = i
            break
    # _is_goal_start: 总体目标 / 预期目标, or the line is just 年度 / 年度总体
    i_goal = None
    for i in range(i_funds or 0, n if i_table is None else i_table):
        text = texts[i]
        if ("目标" in text or "年度" in text) and _is_goal_start(lines[i]):
            i_goal = i
            break
    # _is_total: 总分, or a first cell 合计 / 总计, which the compact line starts with
    i_total = None
    if i_table is not None:
        for i in range(i_table + 1, n):
            text = texts[i]
            if (  # (the same: an `in` before the method call)
                ("总" in text or "合" in text)
                and text.startswith(_TOTAL_WORDS)
                and _is_total(lines[i])
            ):
                i_total = i
                break
    return i_project, i_funds, i_table, i_goal, i_total


_TOTAL_WORDS = ("总分", "合计", "总计")


# Printed names of the four money rows, canonical name first: the wordings of the template this
# layout reader knows line by line. Deliberately narrower than synonyms.toml: with the other
# templates' wordings it would take their forms and misread them (tried: 8 -> 17 wrong values on
# the real corpus); those forms go to the structure reader, which uses the whole table.
# The money rows' wordings: synonyms.toml [fund_rows], the one table of them.
_FUND_NAME = {
    vocab.label_key(word): name for name in FUND_LINES for word in vocab.words("fund_rows", name)
}


@memo(16384)  # runs on the first cells of most lines above the goals
def _fund_label(cell: str) -> str | None:
    if "资" not in cell and "拨" not in cell and "结" not in cell and "额" not in cell:
        return None  # every wording has 资金, 拨款, 结转 or 总额: most cells are settled here
    text = compact(cell).strip(":：")
    if text.startswith("其中"):
        text = text[2:].lstrip(":：")
    name = _FUND_NAME.get(text)
    if name is None and ("(" in text or "（" in text or vocab.NUMBERING.match(text)):
        # 年度资金总额（万元）, or numbered: 1.当年财政拨款, （1）上年结转资金
        name = _FUND_NAME.get(vocab.label_key(cell))
    return name


def _is_funds_start(line: Line) -> bool:
    text = line.compact
    return (
        text.startswith("项目资金")
        or "年初预算" in text
        or "全年预算" in text
        or any(_fund_label(c) == "年度资金总额" for c in line.filled)
    )


def _is_goal_start(line: Line) -> bool:
    text = line.compact
    return "总体目标" in text or "预期目标" in text or text in ("年度", "年度总体")


def _is_total(line: Line) -> bool:
    return line.compact.startswith("总分") or (
        bool(line.filled) and compact(line.filled[0]) in ("合计", "总计")
    )


# ---------------------------------------------------------------- header
def read_year(lines: list[Line], stop: int) -> int | None:
    """The fiscal year printed under the title: (2023 年度), （2023年）, 年度：2023."""
    head = [
        _years_in(line.text)
        for line in lines[: stop if stop > 1 else 1]
        if "日期" not in line.compact  # 填报日期: when it was filled in
    ]
    for year, _ in head:
        if year is not None:
            return year
    for _, bare in head:
        if bare is not None:
            return bare
    return None


@memo(4096)  # the lines under the title, alike from form to form
def _years_in(text: str) -> tuple[int | None, int | None]:
    """The year of a line (2023年), and a bare year in it (2023), each None if none."""
    text = unicodedata.normalize("NFKC", text)
    year, bare = _YEAR.search(text), _BARE_YEAR.search(text)
    return (int(year.group(1)) if year else None), (int(bare.group(1)) if bare else None)


_NOT_A_NAME_PIECE = re.compile(r"绩效|自评|年度|单位|[:：]")


def name_piece_above(text: str) -> bool:
    """Whether a line alone just above a 项目名称 label printed alone on its line, with the value
    on the line just below, is the first piece of a name wrapped over two lines in its cell (a
    PDF's layout print centres the label between them): a piece as long as a wrapped name's
    first line, not the title, its year, the form's unit or a label."""
    return (
        len(compact(text)) >= 8
        and not _NOT_A_NAME_PIECE.search(text)
        and not vocab.is_any_label(text)
    )


def read_header(lines: list[Line], stop: int) -> dict:
    """项目名称 / 主管部门 / 实施单位: each value is what stands between its label and the next."""
    pieces: dict[str, list[tuple[int, str]]] = {}
    current = None
    lone: tuple[int, str] | None = None  # the last line of one cell and no label before any label
    name_alone = None  # the line of a 项目名称 label printed alone on its line
    for line in lines[:stop]:
        # (only a line with a space may hold a label printed letter-spaced inside a cell)
        cells = _with_spaced_labels(line.filled) if " " in line.text else line.filled
        for cell in cells:
            label, text = _header_cell(cell)
            if label is not None:
                if label == "project_name" and not text and len(cells) == 1:
                    name_alone = line.no
                current = label or None
                if current:
                    pieces.setdefault(current, [])
            if current and text:
                pieces[current].append((line.no, text))
        if current is None and len(cells) == 1:
            lone = (line.no, cells[0])
    name = pieces.get("project_name")
    if (
        name
        and name_alone is not None
        and lone is not None
        and lone[0] == name_alone - 1
        and name[0][0] == name_alone + 1
        and name_piece_above(lone[1])
    ):
        # a name wrapped over two lines, its label centred between them
        name.insert(0, lone)
    out = {}
    for field, _ in _LABELS:
        by_line: dict[int, list[str]] = {}
        for no, text in pieces.get(field, []):
            by_line.setdefault(no, []).append(text)
        out[field] = join_wrapped(list(map(join_cells, by_line.values())))
    department = pieces.get("department")
    if department and len(department) == 2 and "implementing_unit" not in pieces:
        out["department"] = _department_with_no_unit_label(
            department, lines[:stop], out["department"]
        )
    out["_found"] = "project_name" in pieces
    return out


def _department_with_no_unit_label(
    pieces: list[tuple[int, str]], lines: list[Line], read: str
) -> str | None:
    """The department read in two pieces (line number, text) where the header prints no 实施单位
    label: the template's row 主管部门 | dept | 实施单位 | unit may have lost the unit's label.
    Two cells apart on one line (tabs, wide gaps) are the department, then the unit whose label
    was lost: the first is the department. Otherwise (pieces a single space parts, or on two
    lines) see department_or_unit_run_on: a department printed with a space, or wrapped over
    two lines, reads as before, ``read``: leaving it out would quarantine a form that prints no
    实施单位 at all, its identity lost. (Three pieces or more are read as before.)"""
    (no, first), (other_no, second) = pieces
    if no == other_no:
        for line in lines:
            if line.no == no and line.columns:
                return first
    return department_or_unit_run_on(first, second, read)


def department_or_unit_run_on(first: str, second: str, read: str) -> str | None:
    """The department where its two pieces, a single space apart or on two lines, may be the
    department and the unit whose label was lost. The same name twice: the first (a department
    that is its own unit). Two names of one place (某县水利局 某县河道管理所): the template's row
    主管部门 | dept | 实施单位 | unit that lost the unit's label, so the first is the department
    (a form has one 主管部门; leaving it out would leave a form whose unit went with the label
    no identity but its name). Else ``read``, the reading as before (a name wrapped, or with a
    space in it)."""
    if first == second or two_names_of_one_place(first, second):
        return first
    return read


@memo(4096)  # (the header's lines come back, alike, on every form)
def _with_spaced_labels(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A line's cells, a label printed with a space between its characters inside one (某局 实
    施 单 位) a cell of its own (spaced_labels), and a label ending a cell after one space (某某项目
    负责人及电话) apart from the value before it (label_tails)."""
    return tuple(
        part
        for cell in cells
        for piece in spaced_label_cells(cell)
        for part in (label_tail_apart(piece) if " " in piece.strip() else (piece,))
    )


@memo(16384)  # the cells above the money table: labels come back on every form
def _header_cell(cell: str) -> tuple[str | None, str]:
    """(the field whose label opens the cell, or "" for another label (项目负责人 …) or the unit
    printed for the form, which end the value before them, or None for none; the text of the
    cell after its label, stripped; none after the unit)."""
    if "单位" in cell and UNIT_LABEL.search(unicodedata.normalize("NFKC", cell)):
        return "", ""  # the unit printed for the form (金额单位：万元) ends a value
    initial = cell[:1]
    if initial not in _LABEL_INITIALS and not initial.isspace():
        return None, cell.strip()  # no label can match: the cell is text of the current field
    for field, pattern in _LABELS:
        match = pattern.match(cell)
        if match:
            return field, cell[match.end() :].strip()
    if _OTHER_LABEL.match(cell) or vocab.meaning(cell, "fund_section"):
        # (the money table's heading on a line of its own, 资金情况(万元), the table's columns
        # on the next: it ends the value before it, the unit's where the unit was not printed)
        return "", cell.strip()
    return None, cell.strip()


# 单位：万元 / 金额单位：元 printed for the whole form (not 单位名称); also where it ran into the
# value before it (…中心金额单位：元)
UNIT_LABEL = lazy(r"(?:金额|资金)?单位\s*[:：]\s*(万元|元)(?![\u4e00-\u9fff])")


def read_unit_label(lines: list[Line], start: int, stop: int) -> str | None:
    """The unit printed for the whole form above its tables (单位：万元, 金额单位：元)."""
    for line in lines[max(start, 0) : stop]:
        if "单位" in line.compact:
            match = UNIT_LABEL.search(unicodedata.normalize("NFKC", line.compact))
            if match:
                return match.group(1)
    return None


def read_unit(lines: list[Line], start: int, stop: int) -> str | None:
    for line in lines[start - 2 if start > 2 else 0 : stop]:
        unit = _unit_in(line.text)
        if unit:
            return unit
    return None


@memo(4096)  # the lines of the money table, alike from form to form
def _unit_in(text: str) -> str | None:
    match = _UNIT.search(unicodedata.normalize("NFKC", text).replace(" ", ""))
    return (match.group(1) or match.group(2)) if match else None


# ---------------------------------------------------------------- funds
def _is_value_cell(cell: str) -> bool:
    # (an amount printed with its unit, 50万元, is a value as the number alone is)
    return (
        is_number(cell)
        or _amount(cell) is not None
        or (to_number(cell) is None and len(compact(cell)) <= 2 and not _fund_label(cell))
    )


def _values_below(lines: list[Line], start: int, stop: int, wanted: int) -> list[str]:
    """A money row whose numbers were printed on the lines below its label."""
    values: list[str] = []
    for line in lines[start:stop]:
        if line.blank:
            continue
        if (
            not line.filled
            or not all(_is_value_cell(c) for c in line.filled)
            or len(values) >= wanted
        ):
            break
        values.extend(line.filled)
    return values


def _fund_order(lines: list[Line], start: int, stop: int) -> tuple[list[str], int]:
    """The money columns in printed order, read from the column header above the first money
    row (it may be wrapped over several lines), and the index of the first line with a money
    label among its first three filled cells (``stop`` if none)."""
    header = []
    index = start
    while index < stop and not _has_fund_label(lines[index].filled[:3]):
        header.append(lines[index].compact)
        index += 1
    return list(_fund_columns("".join(header))), index


@memo(4096)  # a template's money header, the same on every form printed with it
def _fund_columns(text: str) -> tuple[str, ...]:
    """The money columns a money table's header (its lines' compact text, joined) names, in
    printed order (see _fund_order); raises MissingPart for another template's header."""
    found: list[tuple[int, str]] = []
    seen = set()
    for word, field in _FUND_HEADER:
        at = text.find(word)
        if at >= 0 and field not in seen:
            found.append((at, field))
            seen.add(field)
    if found and not {"annual_budget", "executed"} <= seen:
        # a header of another template (预算数(A) / 执行数(B), no 全年预算/全年执行): its columns
        # are not these; the structure reader maps them from its own words
        raise MissingPart(["money columns of this layout (全年预算数, 全年执行数)"])
    order = amounts_in_order([field for _, field in sorted(found)])
    return tuple(order) if len(order) >= 3 else FUND_FIELDS


def amounts_in_order(columns: list[str]) -> list[str]:
    """The amount columns in the order every money table prints them: the budget at the year's
    start, the full year's budget, then what was spent of it (the rate is B/A, B after A). A
    header that names them otherwise was printed out of order by the tool that extracted it (a
    PDF's text block by block: 年初预算数 全年执行数 全年预算数 over rows of 78.90 78.90 67.15
    whose rate, 85.10%, is 67.15 / 78.90); its amounts are read in their printed order."""
    places = [k for k, c in enumerate(columns) if c in AMOUNTS]
    if len(places) < 2:
        return columns
    ordered = sorted((columns[k] for k in places), key=AMOUNTS.index)
    out = list(columns)
    for k, column in zip(places, ordered):
        out[k] = column
    return out


def _has_fund_label(cells: tuple[str, ...]) -> bool:
    for cell in cells:
        if _fund_label(cell):
            return True
    return False


def read_funds(lines: list[Line], start: int, stop: int) -> list[dict]:
    """The money rows found in lines[start:stop], in FUND_LINES order, each as the contract's
    dict: line, then the FUND_FIELDS (None where the row prints no number)."""
    # the lines above the first money label hold none read below either: read_funds looks at
    # the first three cells from the first filled one, _fund_order at the first three filled
    order, first_row = _fund_order(lines, start, stop)
    # the column of the rate, to read it as printed
    rate_at = order.index("execution_rate") if "execution_rate" in order else None
    # the places of the points columns, where _check_fund_cells looks for a number on a part row
    points_at = [order.index(field) for field in ("weight", "score") if field in order]
    found: dict[str, dict] = {}
    bare = 0  # part labels printing no values, one after another on the lines just above
    for index in range(first_row, stop):
        line = lines[index]
        if line.blank:
            continue
        above, bare = bare, 0
        cells = line.cells if line.tabbed else line.filled
        first_filled = 0
        while first_filled < len(cells) and not cells[first_filled]:
            first_filled += 1
        # (the bounds by a comparison: the builtin min of two values is a dear call here)
        leads = first_filled + 3 if first_filled + 3 < len(cells) else len(cells)
        for k in range(first_filled, leads):  # the label leads its row
            cell = cells[k]
            name = _fund_label(cell) if cell else None
            if not name or name in found:
                continue
            values = cells[k + 1 :]
            if not any(values) and not line.tabbed:
                values = _values_below(lines, index + 1, stop, len(order))
                if name != FUND_LINES[0] and not values and len(cells) == k + 1:
                    bare = above + 1
                elif above and parts_printed_as_columns(values, above + 1):
                    # part labels printed one after another, then equal amounts that may be
                    # their columns' cells as well as this row's: whose they are is not known
                    values = []
            _check_fund_cells(name, values, order, points_at)
            if name == FUND_LINES[0] and not line.tabbed and 0 < len(values) < len(order):
                # the total prints every column; short of some, with its empty cells dropped,
                # which ones it lost is not known: read in order, its numbers would shift
                raise MissingPart([f"the places of the values of {name} (cells lost)"])
            row = {"line": name, **_NO_FUNDS}
            row.update(zip(order, map(_amount, values)))
            rate = values[rate_at] if rate_at is not None and rate_at < len(values) else None
            if rate and "%" not in rate:
                row["execution_rate"] = _rate_in_percent(row)
            if (
                name == FUND_LINES[0]
                and line.tabbed
                and 0 < len(values) < len(order)
                and _short_total_contradicted(row, bool(rate and to_number(rate) is not None))
            ):
                # (a tabbed total short of cells, its numbers shifted: see the function)
                row = {"line": name, **_NO_FUNDS}
            found[name] = row
            break
        if len(found) == len(FUND_LINES):
            break  # every money row read: the lines left hold none
    return [found[name] for name in FUND_LINES if name in found]


_NO_FUNDS = dict.fromkeys(FUND_FIELDS)


def _short_total_contradicted(row: dict, rate_printed: bool) -> bool:
    """Whether a total row printed with fewer cells than the money columns (a tabbed or
    markdown row of an HTML table flattened without its empty cells), read in order, is
    contradicted by its own arithmetic: a rate printed that is not its executed / annual
    amount, a 分值 over full marks or a 得分 over its 分值. A row that lost a cell before its
    rate has its numbers shifted so (executed 10, 分值 100, rate 10 for 14.5 | 10 | 100 | 10):
    which cell it lost is not known, and its values are left out."""
    rate, budget, executed = row["execution_rate"], row["annual_budget"], row["executed"]
    if rate_printed and (
        rate is None
        or (budget and executed is not None and abs(executed / budget * 100 - rate) > 0.6)
    ):
        return True
    weight, score = row["weight"], row["score"]
    return weight is not None and (weight > FULL_MARKS or (score is not None and score > weight))


# Cached: asked of every money cell of every form, and the cells come back from form to form
# (a float is immutable, so the shared result is safe)
@memo(65536)
def _amount(cell: str | None) -> float | None:
    """A money cell's number; an amount printed with its unit (100万元) is the number before it."""
    value = to_number(cell)
    if value is None and cell and cell.endswith("元"):
        value = to_number(cell.removesuffix("元").removesuffix("万"))
    return value


def _check_fund_cells(name: str, values, order: list[str], points_at: list[int]) -> None:
    """Values are placed on the columns in printed order. Where a row lost cells (an extraction
    that drops empty cells) that shifts them, and a percentage landing outside the rate column
    shows it: such a row is left to the structure reader, which places by the shapes and the
    arithmetic."""
    rated = "%" in "".join(values)
    if name == FUND_LINES[0] and not rated:
        return  # (the total row, the one row a points column may hold a number in, no rate)
    if not rated:
        # (a part row printing no rate, most: only a number in a points column is out of place,
        # looked at in those columns alone, each named once in ``order``: ``points_at``)
        for k in points_at:
            if k < len(values) and values[k] and is_number(values[k]):
                raise MissingPart([f"the places of the values of {name} (points on a sub row)"])
        return
    for field, value in zip(order, values):
        if value and "%" in value and field != "execution_rate":
            raise MissingPart([f"the places of the values of {name} (a rate outside its column)"])
        if name != FUND_LINES[0] and field in ("weight", "score") and value and is_number(value):
            # only the total row has points: a number there on a 其中 row is another column's
            raise MissingPart([f"the places of the values of {name} (points on a sub row)"])


def _rate_in_percent(row: dict) -> float | None:
    """A rate printed without % (0.9 or 90): in percent, as the row's amounts show it
    (text.rate_from_ratio); as printed where they are missing or explain neither reading, unless
    it is no more than 1 (a ratio or a percent: not known)."""
    rate, budget, executed = row["execution_rate"], row["annual_budget"], row["executed"]
    if rate is None or not budget or executed is None:
        return rate
    percent = rate_from_ratio(rate, executed, budget)
    if percent is None and 0 < rate <= 1:
        return None  # (1 or 0.95 that the amounts explain neither way: 1% or 100% is not known)
    return rate if percent is None else percent


# ---------------------------------------------------------------- goals
def _goal_header(region: list[Line]) -> Line | None:
    """The first line holding 预期目标, or None. (An explicit loop, not next() over a generator:
    a generator stopped early is closed by an exception when freed.)"""
    for line in region:
        if "预期目标" in line.compact:
            return line
    return None


def read_goals(lines: list[Line], start: int, stop: int) -> tuple[str | None, str | None]:
    region = [l for l in lines[start:stop] if not is_page_marker(l)]
    header = _goal_header(region)
    body = region[region.index(header) + 1 :] if header else region
    if header is None and any(
        vocab.meaning(cell, "goals") == "actual" for line in body[:2] for cell in line.filled
    ):
        # a goal header worded otherwise (总体目标 | 总体目标完成情况): the structure reader
        # reads goals by their labels
        raise MissingPart(["goals of this layout (预期目标 and 实际完成情况 heading two columns)"])
    # drop the vertical 绩/效/指/标 label printed before the indicator table
    while body and (
        body[-1].blank
        or (len(body[-1].compact) <= 2 and body[-1].compact in "绩效指标")
        or indicators.is_header_only(body[-1])
        or indicators.is_header_head(body[-1])
    ):
        body.pop()
    words = [header.compact] if header is not None else []
    while body and (body[0].blank or compact(body[0].text) in _GOAL_WORDS):
        words.append(body.pop(0).compact)  # 实际完成情况 under 预期目标: one header cell a line
    if (
        body
        and not body[0].tabbed
        and body[0].filled
        and (
            compact(body[0].filled[0]) in _GOAL_WORDS
            or _label_tail_under_its_head(header, body[0].filled[0])
        )
    ):
        first = body[0]
        rest = first.text.strip()[len(first.filled[0]) :]
        body[0] = Line(first.no, rest, rest.split(), False, False)
    if not body:
        return None, None
    if pairs := numbered_goals([l.text.strip() for l in body if not l.blank]):
        # numbered goals one a line: 目标1 / 目标1 / 目标2 / 目标2, or 目标1 / 目标2 / 1. / 2.
        return pairs[0], pairs[1]
    if (
        header is not None
        and header.compact == "预期目标"
        and any(_ACTUAL_GOAL.match(w) for w in words)
        and not _in_columns(body)
    ):
        # the two labels on lines of their own: one cell a line, so two lines below are the two
        # texts (not one text wrapped); more lines cannot be told apart
        texts = [l.text.strip() for l in body if not l.blank and l.compact != "绩效指标"]
        if section_points_first(texts):
            texts = texts[1:]  # the goal section's points (20), printed after its header
        if len(texts) > 2 and (cut := goals_cut_by_widths(texts)):
            return cut[0] or None, cut[1] or None  # each goal wrapped: told apart by widths
        if len(texts) != 2 or one_text_wrapped(texts):
            return None, None
        return texts[0], texts[1]
    if header is not None and _goals_in_rows(header, body):
        # 预期目标 | its text, then 实际完成情况 | its text (or 预期目标：…): not this layout's
        # header of two columns; the structure reader reads goals by their labels
        raise MissingPart(["goals of this layout (预期目标 and 实际完成情况 heading two columns)"])
    if _in_columns(body):
        return _goals_by_column(header, body)
    both = header is not None and _an_actual_word(words)
    if header is not None and not both:
        # 预期目标 with no achieved goal's label: the header lost a cell (年度总体目标 预期目标 /
        # text text). Not in columns, one text or two cannot be told (a goal of two sentences,
        # or the two goals run together), nor a lone text planned from achieved: none read
        return None, None
    return _goals_by_paragraph(body, both)


# the goal row's own labels (the row whose cells are the planned and the achieved goal)
GOAL_ROW_LABELS = ("总体目标", "年度总体目标", "绩效目标", "年度绩效目标")


def goal_label_heads(tail: str, labels: tuple[str, ...] = GOAL_ROW_LABELS) -> list[str]:
    """The heads of the goal row's ``labels`` that ``tail`` (compacted) is the proper end of: a
    narrow label cell wrapped, its last characters printed under it (年度总体目 / 标). The one
    test of a goal label's tail for the line reader and the structure reader."""
    return [word[: -len(tail)] for word in labels if tail and word.endswith(tail) and word != tail]


def _label_tail_under_its_head(header: Line | None, piece: str) -> bool:
    """Whether ``piece``, opening the first line under the goal header, is the end of the goal
    row's label whose head opens the header's line (年度总体目 预期目标 实际完成情况 / 标 text
    text: the narrow label cell wrapped, a print joining a row's cells with single spaces):
    the label's, no goal's."""
    if header is None:
        return False
    return any(header.compact.startswith(head) for head in goal_label_heads(compact(piece)))


# the actual goal's labels (synonyms.toml [goals] actual), longest first
_ACTUAL_GOAL = lazy(
    "^(?:"
    + "|".join(map(re.escape, sorted(vocab.words("goals", "actual"), key=len, reverse=True)))
    + ")"
)
# the first characters of those labels: a text opening with none of them matches none
_ACTUAL_GOAL_HEADS = frozenset(word[0] for word in vocab.words("goals", "actual"))


def _in_columns(body: list[Line]) -> bool:
    """The goals' lines laid out in two columns: by tabs, or by wide gaps that part at most two
    cells on each line. A line of three cells or more apart by wide gaps is one text whose
    paragraphs the gaps part (<p>…</p> <p>…</p>, its tags gone), not the two goals side by side:
    taking its first paragraph for the planned goal gives the others to the actual one."""
    # (explicit loops, not any() / all() over generators: a generator stopped early is closed
    # by an exception when freed)
    for l in body:
        if l.tabbed:
            return True
    gapped = False
    for l in body:
        if l.columns:
            if len(l.filled) > 2:
                return False
            gapped = True
    return gapped


def _an_actual_word(words: list[str]) -> bool:
    """Whether a goal header's words name the actual goal (实际完成…, …完成情况). (An explicit
    loop, not any() over a generator: a generator stopped early is closed by an exception when
    freed.)"""
    for w in words:
        if "实际完成" in w or "完成情况" in w:
            return True
    return False


def _goals_in_rows(header: Line, body: list[Line]) -> bool:
    """The goals printed as label and text rows: text after 预期目标 on its own line (other than
    the other goal label), or a line below that opens with the actual goal's label and goes on."""
    after = header.compact.split("预期目标", 1)[1].lstrip(":：")
    if after and _ACTUAL_GOAL.sub("", after):
        return True
    # (the label alone on its line below the first text: one cell a line, rows of two cells)
    # (a line's first character tested before the pattern: most lines open with no label's;
    # a loop, not any() over a generator, which is resumed once a line)
    for k, line in enumerate(body):
        if (
            line.compact[:1] in _ACTUAL_GOAL_HEADS
            and (m := _ACTUAL_GOAL.match(line.compact))
            and (line.compact[m.end() :].lstrip(":：") or any(not b.blank for b in body[:k]))
        ):
            return True
    return False


def _goals_by_column(header: Line | None, body: list[Line]) -> tuple[str | None, str | None]:
    planned_at = actual_at = None
    if header is not None and header.tabbed:
        for i, cell in enumerate(header.cells):
            text = compact(cell)
            if "预期目标" in text and planned_at is None:
                planned_at = i
            elif ("实际完成" in text or "完成情况" in text) and actual_at is None:
                actual_at = i
    if header is not None and not header.tabbed and _interleaved(body):
        return None, None
    planned: list[str] = []
    actual: list[str] = []
    for line in body:
        filled = [(i, c) for i, c in enumerate(line.cells) if c and compact(c) not in _GOAL_WORDS]
        if not filled:
            continue
        if actual_at is not None and planned_at is not None:
            sides = ["actual" if i >= actual_at else "planned" for i, _ in filled]
            if len(filled) == 2 and sides[0] == sides[1]:
                sides = ["planned", "actual"]
        else:
            sides = ["planned", "actual"][: len(filled)] + ["actual"] * (len(filled) - 2)
        for (_, cell), side in zip(filled, sides):
            (planned if side == "planned" else actual).append(cell)
    return join_wrapped(planned), join_wrapped(actual)


def _interleaved(body: list[Line]) -> bool:
    """Whether the goals' lines laid out in columns by spaces hold one text each, no line a piece
    of both, standing in two places, each two lines or more, far apart (more than half the
    widest line's width): the two goals side by side whose lines a tool placed by its own
    widths on lines of their own, one goal's running on past where the other's start, which
    read one column a line would be interleaved into one text (see layout._two_paragraphs)."""
    starts, widths = [], []
    for line in body:
        texts = [c for c in line.filled if compact(c) not in _GOAL_WORDS]
        if len(texts) > 1:
            return False  # (a line holding a piece of each: the columns share lines)
        if texts:
            at = line.text.find(texts[0])
            if at < 0:
                return False  # (a cell not as printed: no place to tell)
            starts.append(display_width(line.text[:at]))
            widths.append(display_width(texts[0]))
    return two_places(starts, max(widths, default=0))


# Where one printed line holds both goals: a sentence's end, then a space, then the next text.
_GOAL_SPLIT = lazy(
    r"(?<=[。！？；.!?;])(?<!\d[.．])\s+(?!\d+\s*[、.．)）]|[（(]\s*\d+\s*[)）]|[一二三四五六七八九十]+、)(?=\S)"
)  # (not before a list's next item, 2、 (2) 二、, nor after a list's number, 1. 完成…)


def _goals_by_paragraph(body: list[Line], both: bool = False) -> tuple[str | None, str | None]:
    """Space layout: the planned goal, then the actual one, as paragraphs (blank-line separated;
    a paragraph that does not end a sentence continues in the next). ``both``: the header names
    both goals; then a single line holding both texts (an extraction that joined the row's cells
    with a space) is cut where one sentence ends and a space follows, and left unread when that
    place is not unique."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in body:
        if line.blank:
            if current:
                paragraphs.append(current)
                current = []
            continue
        current.append(line.text.strip())
    if current:
        paragraphs.append(current)
    merged: list[list[str]] = []
    for paragraph in paragraphs:
        if merged and not ends_sentence(merged[-1][-1]):
            merged[-1].extend(paragraph)
        else:
            merged.append(list(paragraph))
    if both and len(merged) == 1 and len(merged[0]) >= 2 and any(map(CJK_GAP.search, merged[0])):
        # the two goals side by side, each wrapped, a line holding a piece of each apart by one
        # space (pdfplumber): read column by column where the pieces' widths show the columns
        return _side_by_side(merged[0])
    if both and len(merged) == 1 and len(merged[0]) == 1 and re.search(r"\s", merged[0][0]):
        cuts = list(_GOAL_SPLIT.finditer(merged[0][0]))
        if not cuts:
            # no sentence ends before a space: the one space between two Chinese texts is the
            # cut (建设完成…并正常使用 已完成, a line of the page whose cells one space parts)
            cuts = list(CJK_GAP.finditer(merged[0][0]))
        if len(cuts) != 1:
            return None, None
        text = merged[0][0]
        return text[: cuts[0].start()].strip() or None, text[cuts[0].end() :].strip() or None
    if both and len(merged) == 1 and len(merged[0]) == 2 and ends_sentence(merged[0][0]):
        # two lines, the first a whole sentence, under a header naming both goals: one goal a
        # line (an extraction printing one cell per line), not one goal wrapped
        return merged[0][0], merged[0][1]
    if both and len(merged) == 1 and len(merged[0]) == 1:
        # one text alone under a header naming both goals, on a line that shows no columns:
        # which of the two it is (the other left blank) is not known
        return None, None
    if both and len(merged) == 1 and _stacked_goals(merged[0]):
        # the two goals one under the other with no blank line between (a tool that drops blank
        # lines): read where exactly one cut after a sentence's end leaves each a cell wrapped;
        # else which lines are which is not known (taken whole, the planned goal held the
        # actual one too)
        cut = goals_cut_by_widths(merged[0])
        return (cut[0], cut[1] or None) if cut and ends_sentence(cut[0]) else (None, None)
    planned = join_wrapped(merged[0]) if merged else None
    actual = join_wrapped([t for p in merged[1:] for t in p]) if len(merged) > 1 else None
    return planned, actual


def _stacked_goals(lines: list[str]) -> bool:
    """Whether a paragraph's lines under a header naming both goals may be both goals one under
    the other: three lines or more that are no one cell wrapped, a line before the last ending a
    sentence (one goal's text may have ended there)."""
    return (
        len(lines) >= 3
        and not wrapped_as_one_cell(lines)
        and any(ends_sentence(line) for line in lines[:-1])
    )


def _side_by_side(lines: list[str]) -> tuple[str | None, str | None]:
    """Two goal texts side by side, each wrapped in its column, printed a line of the page a
    line (a piece of each apart by one space), the longer text's last lines alone: the pieces
    before the space are the planned goal's, after it the achieved one's. Read only where the
    columns show: every line of two pieces comes first, a column has three pieces or more, each
    column's pieces but its last are of one width (the column's), and the lines alone go on
    from the one column whose last piece does not end a sentence. Otherwise neither text is
    read."""
    left: list[str] = []
    right: list[str] = []
    tail: list[str] = []
    for line in lines:
        pieces = CJK_GAP.split(line.strip())
        if len(pieces) > 2 or (len(pieces) == 2 and tail) or (len(pieces) == 1 and not left):
            return None, None
        if len(pieces) == 2:
            left.append(pieces[0])
            right.append(pieces[1])
        else:
            tail.append(pieces[0])
    if tail:
        left_ended, right_ended = ends_sentence(left[-1]), ends_sentence(right[-1])
        if left_ended == right_ended:
            return None, None
        (right if left_ended else left).extend(tail)
    if max(len(left), len(right)) < 3:
        return None, None  # (no column shows its width: two lines may be anything)
    for column in (left, right):
        widths = [display_width(piece) for piece in column[:-1]]
        if widths and (
            not one_width(widths) or display_width(column[-1]) > max(widths) + WRAP_SLACK
        ):
            return None, None
    return join_wrapped(left), join_wrapped(right)


# A template's placeholder left in an indicator table's name column (指标2：, ……), as a word.
_PLACEHOLDER_WORD = lazy(rf"(?<!\S){PLACEHOLDER}(?!\S)")


# 指标 with a number or a colon: a pattern that opens with a literal (指), which the regex
# engine finds much faster than a pattern of three alternatives (see _has_placeholder_hint)
_NUMBERED_HINT = lazy(r"指标 ?[\d:：]")


def _has_placeholder_hint(text: str) -> bool:
    """Whether ``text`` may hold a template's placeholder: dots (…, ..), looked for with
    ``in``, or 指标 with a number or a colon. (Run on the text of every table: one search of
    the three as alternatives took about 2% of the parse.)"""
    return "…" in text or ".." in text or _NUMBERED_HINT.search(text) is not None


def _without_placeholders(body: list[Line]) -> list[Line]:
    """The table's lines with the template's placeholders (指标2：, ……) blanked, in their place:
    they are no row's name, and a line of them alone is no wrapped part of the name above."""
    if not _has_placeholder_hint("\n".join([line.text for line in body])):
        return body  # (most tables: one search of the whole table)
    out: list[Line] = []
    for line in body:
        if not _has_placeholder_hint(line.text):
            out.append(line)
            continue
        if line.tabbed:
            cells = [
                " " * len(c) if _PLACEHOLDER_WORD.fullmatch(c.strip()) else c for c in line.cells
            ]
            cells = [c if c.strip() else "" for c in cells]
            if list(cells) == list(line.cells):
                out.append(line)
            else:
                out.append(Line(line.no, "\t".join(cells), cells, True, line.indented))
            continue
        text = _PLACEHOLDER_WORD.sub(lambda m: " " * len(m.group()), line.text)
        if text == line.text:
            out.append(line)
        elif text.strip():
            out.append(Line(line.no, text.rstrip(), text.split(), False, line.indented))
        else:
            out.append(Line(line.no, "", [], False, False))
    return out


# ---------------------------------------------------------------- totals
def read_total(
    lines: list[Line], at: int, rows: list[dict] | None = None, header: Line | None = None
) -> tuple[float | None, float | None]:
    """The 总分 row's 分值 and 得分; one number on lines that show no cell's bounds (a cell a
    line: the other cell may have been blank) is placed by the rows' sums (total_by_sums); a
    row of tabs that stands cell for cell under the indicator ``header`` by its columns."""
    numbers: list[float] = []
    first = lines[at]
    note = (
        POINTS_NOTE.search(unicodedata.normalize("NFKC", first.filled[0])) if first.filled else None
    )
    for cell in first.filled[1:]:
        if is_number(cell):
            numbers.append(to_number(cell))
    for line in lines[at + 1 : at + 8]:
        if len(numbers) >= 2 or (line.filled and not all(is_number(c) for c in line.filled)):
            break
        numbers.extend(to_number(c) for c in line.filled)
    if not first.filled[1:] and _column_after(lines, at):
        return None, None
    if note:  # 总分（100分） | 96: the label carries the weight, the number is the score
        return float(note.group(1)), numbers[0] if len(numbers) == 1 else None
    if header is not None and first.tabbed and header.tabbed:
        under = indicators.anchor_under_header(first.cells, header)
        if under is not None:
            return to_number(first.cells[under[0]]), to_number(first.cells[under[1]])
    if len(numbers) == 1 and not first.tabbed:
        return total_by_sums(numbers[0], rows, beside=len(first.filled) == 2)
    numbers += [None, None]
    return numbers[0], numbers[1]


_COLUMN_RUN = 4  # figures a line after a bare 总分: more than its 分值, 得分 and one more


def _column_after(lines: list[Line], at: int) -> bool:
    """Four or more figures a line each after a bare 总分 label: a column's figures printed after
    the label (pdfminer prints a table column by column, the total's own figure last), not
    the 总分 row's own."""
    run = 0
    for line in lines[at + 1 : at + 1 + 2 * _COLUMN_RUN]:  # (blank lines between, pdfminer's)
        if not line.filled:
            continue
        if len(line.filled) != 1 or not is_number(line.filled[0]):
            break
        run += 1
        if run == _COLUMN_RUN:
            return True
    return False


def total_by_sums(
    value: float, rows: list[dict] | None, beside: bool = False
) -> tuple[float | None, float | None]:
    """The 总分 row's one number, where the text does not show which of its 分值 and 得分 cells
    was blank: the total of the rows' weights or of their scores, whichever it is (and the other
    not); else neither (总分 95 under rows scoring 95 of 100 is the score, not a weight). A
    number ``beside`` the label, alone on its line with it (总分 95.00), below 100 where the
    rows' scores were not all read: the 得分's (a form's weights add up to 100, so no 分值
    total is less; on a line of its own after the label, a number may be a column's, printed
    after it, a row's points)."""
    sums = {}
    for key in ("weight", "score"):
        points = [row.get(key) for row in rows or ()]
        if points and all(p is not None for p in points):
            sums[key] = sum(points)
    fits = [key for key, total in sums.items() if abs(total - value) < 0.01]
    if beside and not fits and "score" not in sums and 0 <= value < FULL_MARKS - 0.5:
        # (a form's weights add up to 100: a total below that is no 分值's, so its 得分's,
        # where the rows' scores were not all read to check it)
        return None, value
    if len(fits) != 1:
        return None, None
    return (value, None) if fits == ["weight"] else (None, value)


def _total_label_at_the_end(lines: list[Line], at: int) -> bool:
    """The 总分 label the form's last words, no number on its line: the text may have been cut
    right after it (its numbers past the cut), the table above it whole."""
    return not _has_number(lines, at) and all(line.blank for line in lines[at + 1 :])


def _has_number(lines: list[Line], at: int) -> bool:
    """A number on the 总分 row's line or the line after it."""
    return any(is_number(c) for line in lines[at : at + 2] for c in line.filled)


# Cached per cell: asked of every cell from the 总分 row to the form's end, cells that come back
# from form to form (the template's grade label, the total's points).
@memo(4096)
def _grade_in(cell: str) -> str | None:
    """The grade printed after a grade label in the cell ("" after the label alone), or None
    when the cell opens with no grade label."""
    match = _GRADE.match(compact(cell))
    return match.group(1) if match else None


def read_grade(lines: list[Line], start: int) -> str | None:
    for index in range(start, len(lines)):
        cells = lines[index].filled
        for k, cell in enumerate(cells):
            grade = _grade_in(cell)
            if grade is None:
                continue
            if grade:
                return grade
            if k + 1 < len(cells):
                return cells[k + 1].strip()
            nxt = next((l for l in lines[index + 1 : index + 3] if not l.blank), None)
            if nxt and len(nxt.compact) <= 4:
                return nxt.compact
            return None
    return None


# ---------------------------------------------------------------- the whole form
def _mostly_tabbed(body: list[Line]) -> bool:
    """More tab-separated lines than half the other non-blank lines."""
    tabbed = plain = 0
    for line in body:
        if line.tabbed:
            tabbed += 1
        elif not line.blank:
            plain += 1
    return tabbed > plain / 2


_READ_PAST = (
    *vocab.words("indicator_columns", "other"),
    *vocab.words("indicator_columns", "other_value"),
    *vocab.words("indicator_column_words", "other"),
    *vocab.words("indicator_column_words", "other_value"),
    vocab.RATE_HEADER,
)


@memo(4096)  # a template's table header, the same on every form printed with it
def _indicator_header_fits(header: str) -> bool:
    """The indicator table's header is this layout's: the target split over 指标性质 / 指标值 /
    度量单位, or 分值 printed before the target, are other templates' (the rows are anchored on
    their two last numbers, 分值 and 得分, so those would be misread)."""
    if any(word in header for word in ("指标性质", "度量单位", "计量单位")):
        return False
    if not any(word in header for word in ("分值", "权重", "得分")):
        # no points columns: a row's trailing number (指标1:… 已完成 已完成 5) is not known to
        # be its 分值 or its 得分, which this layout's anchor would make it
        return False
    if any(word in header for word in _READ_PAST):
        # columns read past (上年完成值, 指标赋分规则, 完成率 …) between the contract's: the
        # last two numbers of a row are no longer its 分值 and 得分
        return False
    weight = min((at for at in (header.find("分值"), header.find("权重")) if at >= 0), default=-1)
    target = header.find("指标值")
    return not (weight >= 0 and target >= 0 and weight < target)


# what a text cut off after its indicator table began lacks: its end
CUT_OFF = "总分 row"
NO_ROWS = "indicator rows"
NO_NUMBERS = "总分 numbers"


def _labelled(row: dict) -> bool:
    """Whether a row took a group label of either level."""
    return row["level1"] is not None or row["level2"] is not None


def _level1_after_first_row(marks: list) -> bool:
    """Whether a table's first 一级 label was printed past its first row, none beside or
    above that row: a line print that centres its merged label cells (the 一级 in the middle of
    its group's rows), though its first 二级 stands beside the first row."""
    for at, labels, _ in marks:
        if any(level_of(text) == 1 for text, _ in labels):
            return at > 0
    return False


def _recentre(
    rows: list[dict], table: list, marks: list, closed: bool, body: list[Line], shown: bool = False
) -> None:
    """A line print's group labels (a page's lines one after another: a merged label cell
    printed on the line in the middle of its group's rows, after the group's first rows) given
    to the rows they stand in the middle of, as the structure reader's are
    (centred_labels.recentre). Only a table whose first row took no label at all is read so: a
    table opened by rows before any label, as a centred print shows (a label read at the wrong
    level, a 二级 taken for a 一级 beside the first row, would not say that). Each mark's row
    line is the row's first line past its labels."""
    printed = []
    tails = centred_labels.TAILS.get() or {}
    first: dict[int, int] = {}  # (each row's line past its first labels)
    for at, labels, own in marks:
        if not labels:
            continue
        if own is None:
            last = max(line for _, line in labels)
            after = [no for no in table[at].lines if no > last] if at < len(table) else []
            own = min(after) if after else last + 1
        own = first.setdefault(at, own)
        # (a label the text's reader joined from two lines: its tail's line too)
        ends = [
            (text, tails[line, compact(text)])
            for text, line in labels
            if (line, compact(text)) in tails
        ]
        printed.append((at, [*labels, *ends], own))
    filled = {line.no for line in body if not line.blank}
    centred_labels.recentre(rows, printed, closed, filled, centred_labels.SPREAD.get(), shown)


def parse_form(lines: list[Line], cut: bool = False) -> dict:
    """Parse one form's lines into the contract's dict (plus provenance). Raises MissingPart.
    ``cut``: the text stops inside the indicator table (no 总分 row): the form is read with its
    total left out, instead of raising for it."""
    missing = []
    i_project, i_funds, i_table, i_goal, i_total = _locate(lines)
    if i_project is None:
        missing.append("header (项目名称)")
    header_stop = (
        i_funds if i_funds is not None else (i_table if i_table is not None else len(lines))
    )
    funds = (
        read_funds(lines, i_funds, i_goal or i_table or len(lines)) if i_funds is not None else []
    )
    if total_row(funds) is None:
        missing.append("funds rows (年度资金总额)")
    rows: list[dict] = []
    if i_table is None:
        missing.append("indicator table (一级指标/二级指标/三级指标 header)")
    else:
        h_end = indicators.header_end(lines, i_table)
        if not _indicator_header_fits(
            "".join([line.compact for line in lines[i_table : h_end + 1]])
        ):
            raise MissingPart(
                ["indicator columns of this layout (…指标值, 实际完成值, 分值, 得分)"]
            )
        body = _without_placeholders(
            lines[h_end + 1 : i_total if i_total is not None else len(lines)]
        )
        tabbed = lines[i_table].tabbed and _mostly_tabbed(body)
        marks: list = []
        table = (
            indicators.parse_tab(lines[i_table], body, cut=i_total is None)
            if tabbed
            else indicators.parse_space(body, marks, cut=i_total is None)
        )
        rows = [r.to_dict() for r in table]
        if (
            centred_labels.LINE_PRINT.get()
            and not tabbed
            and rows
            and (
                not _labelled(rows[0])
                or centred_labels.SHOWN.get()
                or _level1_after_first_row(marks)
            )
        ):
            # (or a centred print that shows cells around their values' line: its first label
            # may stand beside the first row, centred, as the structure reader reads it too; or
            # whose 一级 labels show it, the first printed past the first row)
            shown = _labelled(rows[0]) and not centred_labels.SHOWN.get()
            _recentre(rows, table, marks, i_total is not None, body, shown)
        if not rows and not cut:
            missing.append(NO_ROWS)
    total_weight = total_score = None
    if i_total is None:
        if not cut:
            missing.append(CUT_OFF)
    elif cut and _total_label_at_the_end(lines, i_total):
        pass  # (its numbers past the cut: the total left out, as a text cut before it)
    else:
        total_weight, total_score = read_total(
            lines, i_total, rows, lines[i_table] if i_table is not None else None
        )
        if total_weight is None and total_score is None and not _has_number(lines, i_total):
            missing.append(NO_NUMBERS)
    if missing:
        raise MissingPart(missing)
    header = read_header(lines, header_stop)
    goal_planned, goal_actual = (
        read_goals(lines, i_goal, i_table) if i_goal is not None else (None, None)
    )
    form = {
        "year": read_year(lines, i_project),
        "project_name": header["project_name"],
        "department": header["department"],
        "implementing_unit": header["implementing_unit"],
        "amount_unit": read_unit(lines, i_funds, i_goal or i_table)
        or read_unit_label(lines, 0, i_funds),
        "funds": funds,
        "goal_planned": goal_planned,
        "goal_actual": goal_actual,
        "indicators": rows,
        "total_weight": total_weight,
        "total_score": total_score,
        "grade": read_grade(lines, i_total) if i_total is not None else None,
    }
    warnings = []
    if form["year"] is None:
        warnings.append("no year (…年度) found before 项目名称")
    if not form["project_name"]:
        warnings.append("项目名称 is blank")
    if form["amount_unit"] is None:
        warnings.append("no amount unit (元/万元) printed with 项目资金")
    found = {f["line"] for f in funds}
    for name in FUND_LINES:
        if name not in found:
            warnings.append(f"fund row {name} not found")
    form["warnings"] = warnings
    return form
