"""The sample forms, and the real-world corpus's forms printed as tables, as other extraction
tools print them — every cell on a line of its own, cells apart by one space, the whole form on
one line, or each printed row's cells run together with no separator — read by the structure
reader: what it reads must be right (a value it cannot place is left out), scored against the
hand-labelled gold with shared/eval/score.py."""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from pathlib import Path

import pytest

from pipelines.parser import parse_text
from pipelines.parser.text import display_width
from scripts.scoring import figures, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
REAL = ROOT / "tests" / "fixtures" / "real"
# The samples printed in the tab layout (one tab-separated line per printed row).
TABBED = [
    p for p in sorted((ROOT / "data" / "raw").glob("*.txt")) if "|" not in p.read_text("utf-8")
]


def one_cell_per_line(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out += [f"{c.strip()} |" for c in line.split("\t")] if "\t" in line else [line]
    return "\n".join(out)


def run_together(text: str) -> str:
    return text.replace("\t", "")


def spaces_collapsed(text: str) -> str:
    """Every run of spaces and tabs one space (a web page's text, a PDF tool without layout):
    a cell's own spaces (a wrapped cell joined) can no longer be told from the gaps between
    cells."""
    return re.sub(r"[ \t]+", " ", text)


def cells_on_lines(text: str) -> str:
    """Each cell on a line of its own with no mark between them (a PDF text layer read cell by
    cell), an empty cell a blank line."""
    return re.sub(r"[ \t]*\t[ \t]*", "\n", text)


def flattened(text: str) -> str:
    """A spreadsheet flattened onto one line: its filled cells apart by one space (as the
    template sweep's one_line layout prints its invented forms)."""
    return " ".join(c.strip() for line in text.split("\n") for c in line.split("\t") if c.strip())


def _csv_row(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def as_csv(text: str) -> str:
    """A spreadsheet's CSV export: each printed row's cells apart by commas, quoted where
    needed, CRLF line ends."""
    return "".join(
        _csv_row(line.split("\t")) if line.strip() else "\r\n" for line in text.split("\n")
    )


# The real forms printed as a markdown table, one `|`-separated line per printed row (the
# empty cells are dropped below, as an HTML page's text drops them).
PIPED = [
    p
    for p in sorted((REAL / "forms").glob("*.txt"))
    if sum(line.count("|") >= 2 for line in p.read_text("utf-8").splitlines()) >= 15
]


def _piped_rows(text: str) -> list[list[str]]:
    rows = [[c.strip() for c in line.split("|") if c.strip()] for line in text.splitlines()]
    return [row for row in rows if row]


def real_one_cell_per_line(text: str) -> str:
    return "\n".join(cell for row in _piped_rows(text) for cell in row)


def real_cells_apart_by_a_space(text: str) -> str:
    return "\n".join(" ".join(row) for row in _piped_rows(text))


def real_on_one_line(text: str) -> str:
    return " ".join(cell for row in _piped_rows(text) for cell in row)


def real_rows_run_together(text: str) -> str:
    return "\n".join("".join(row) for row in _piped_rows(text))


def real_as_csv(text: str) -> str:
    """A spreadsheet keeps its empty cells: each `|` row's cells as they stand."""
    return "".join(
        _csv_row([c.strip() for c in line.strip().strip("|").split("|")])
        if "|" in line
        else (_csv_row([line]) if line.strip() else "\r\n")
        for line in text.splitlines()
    )


def _wrong_values(tmp_path: Path, variant, files=None, gold_dir=GOLD) -> tuple[int, float]:
    pred, gold = tmp_path / "pred", tmp_path / "gold"
    pred.mkdir()
    gold.mkdir()
    for path in TABBED if files is None else files:
        result = parse_text(variant(path.read_text("utf-8")), path.name)
        (pred / f"{path.stem}.json").write_text(
            json.dumps(result.contract_forms(), ensure_ascii=False)
        )
        (gold / f"{path.stem}.json").write_bytes((gold_dir / f"{path.stem}.json").read_bytes())
    accuracy, wrong = figures(score(gold, pred))
    return wrong, accuracy


# A CSV export is a spreadsheet's: only the forms whose printed rows hold several cells.
TABBED_ROWS = [p for p in TABBED if p.read_text("utf-8").count("\t") > 100]


def test_the_samples_have_tab_layout_files():
    assert len(TABBED) >= 3


@pytest.mark.parametrize(
    "variant, max_wrong, min_accuracy",
    [
        # two names of sample forms that the PDF split over unaligned rows (0.994 today): a long
        # name whose tail, a sentence, is read as the row's reason, and a name printed in the
        # 一级 column whose blank name cell moves the row's cells by one
        (one_cell_per_line, 2, 0.99),
        # two values of a row whose name ran into a piece of its group label (服务对象使用者
        # 满意度): its name and groups are left out, and the scorer, which pairs rows by name,
        # pairs its values with a neighbouring row that was left out
        # (0.66 before; 0.680 measured again in the thirty-eighth session; 0.6805 in the
        # forty-fifth, 003's 合同正常网签 row, which lost points, reading its reason run in
        # before the next group label with no full stop)
        (run_together, 2, 0.6805),
        (as_csv, 0, 1.0),
        # (30 wrong values before: a row's words cut into name, target and actual at a guess,
        # and 指标 962121 taken for a template's placeholder; 5 before a reason that says 无偏差
        # was taken as whole and a goals line of <p> paragraphs as one text; what is left: a
        # name's wrapped tail that is a sentence, read as the next row's name's head)
        # (0.984 before; 0.986 measured again in the thirty-eighth session)
        (spaces_collapsed, 1, 0.986),
        # the samples' own wrapped cells and reasons make this far harder than the sweep's
        # invented forms (1.0 there): 0.73 read, 6 wrong values (46 before a reason printed
        # after every row's points, 无偏差, was kept out of the next row's name, a name that
        # swallowed two numbers, 3.003.00, left out, and 居民满意度提升达成指标 no group label;
        # 21 before a target cut through a space between cells, 及时性 及时, was left out, a
        # short piece before a name given back to the name above, and a goal's second sentence
        # opening with 并 kept in it, a range's unit apart, 5000-6000 卷, kept in its cell, and
        # a name's tail with the character at the wrap twice, 合格 / 格率, no reason). What is
        # left: a name's tail printed beside its reason's last line (及时率), names with spaces
        # or commas inside cut as cells (经纪人 CA 密钥…, 通过…寄存, 确保…), and 服务对象 run
        # into a name
        # (19 and 0.81 since a long line whose cells single spaces part is no line laid out in
        # columns for a few wide gaps in it, 全年执行数  分值  执行率 where &nbsp; padded a cell:
        # 000's and 003's tables, unread before (0.73), read, with the same hazard as above —
        # wrapped names and reasons cut into pieces (响应及时率略低于 / 年度指标值，后续 / …), and
        # one page's footer, - 3 -, inside a row, its 3 taken for a weight; 16 and 0.82 since
        # a reason's pieces are no row and a name's head is no full-marks row's reason; 15
        # measured again in the thirty-seventh session; 14 since a name with a Latin word set
        # apart by spaces, 经纪人 CA 密钥制作完成率, is one name; 14 and 0.846 measured again in
        # the thirty-eighth session; 13 and 0.848 in the thirty-ninth, since a 二级 label's
        # head before a name that does not go on with it, 服务对象 | 使用者满意度, is no name's
        # head: it was joined to the name, which the paired labels then took for the row's
        # 二级, the row nameless and the next row's 二级 wrong; now the 二级, never finished,
        # is left out; 7 and 0.847 since a page's footer among the cells, - 3 -, in a table
        # that marks no blank cell with a dash, is dropped: its 3 was a weight and the reason's
        # pieces around it a row of six wrong values, now left out; 5 and 0.845 (lower: the
        # row no longer aligns with its gold, an extra row) since a value cut at a space inside
        # its brackets, （在部门职能范围 / 内）有效保障, is left out, not read as a target and
        # an actual; what is left: a name's tail printed after its reason, 及时率 and
        # 数据准确率, and 003's sentence name cut at its commas' spaces)
        # (0 and 0.850 in the fortieth session: a name's last line printed after its row's
        # 无偏差 (…清单 | … | 无偏差 | 数据准确率) or among its reason's full lines, narrower
        # (…能 | 及时率 | 力的…), is the name's; a name ending in a comma in a row of no points,
        # 通过…寄存, | 确保…安全, | 使…服务更, is a sentence going on: its three cells left out)
        (flattened, 0, 0.850),
        # (22 wrong values before a reason printed after several rows, 财政年初未安排资金, was
        # kept from the next row's name, and a cell's words joined by spaces were cut into a
        # target and an actual; 8 before a goals line of <p> paragraphs was read as one text, a
        # name's tail under 无偏差 given back to it, and 满意 before 达成指标 read as a target,
        # not a label's start; left: a long name's tail, a sentence, read as its reason)
        # (0.99 before; 0.991 measured again in the thirty-eighth session)
        (cells_on_lines, 2, 0.991),
    ],
    ids=[
        "one cell per line",
        "cells run together",
        "CSV",
        "spaces collapsed",
        "one line",
        "cells on lines, unmarked",
    ],
)
def test_other_extractions_of_the_samples_give_no_wrong_values(
    tmp_path, variant, max_wrong, min_accuracy
):
    wrong, accuracy = _wrong_values(tmp_path, variant, TABBED_ROWS if variant is as_csv else None)
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


PIPED_ROWS = [
    p
    for p in PIPED
    if sorted(len(row) for row in _piped_rows(p.read_text("utf-8")))[
        len(_piped_rows(p.read_text("utf-8"))) // 2
    ]
    >= 2
]


def test_the_real_corpus_has_forms_printed_as_tables():
    assert len(PIPED) >= 6 and len(PIPED_ROWS) >= 5 and len(TABBED_ROWS) >= 2


@pytest.mark.parametrize(
    "variant, max_wrong, min_accuracy",
    [
        # what stays wrong: a 二级 label one form printed under another 一级 (the framework's
        # 一级 is given), and the scrap a page cut off after its last label (read as the row
        # before's deviation once the empty cells are gone)
        # (corpus M: m02's ★ rows (分值, two values, 得分) with 其中 rows (two values) under them,
        # their empty cells dropped: a row of another width read one row off gave 15 wrong
        # values each way; since a quantity read as a name with words as a value drops the
        # row, 2 are left, a ★ row's deviation taken from the 其中 row's name after it;
        # 2 and 2 since in a stream a full-marks row's words that are no sentence are no sure
        # reason: those two left out; 1 and 1 since a cut text's last few words after its
        # last row are no sure reason: g07's 总建)
        # (0.95, 2 and 1 wrong values before; 1 / 0.959, 0 / 0.986 and 0 / 0.969 measured
        # again in the thirty-eighth session: the bounds had not followed the gains between)
        (real_one_cell_per_line, 1, 0.959),
        (real_cells_apart_by_a_space, 0, 0.986),
        (real_on_one_line, 0, 0.969),
        # corpus E's e01 (临翔) as CSV is read as text (its rows are not padded to the same
        # cells): 0.30 of it, and its identity values no longer keep the commas around them
        # (`,临沧市临翔区林业和草原局,`: 3 wrong values before); 0.998 without it
        # (corpus K: k03 (黄石), whose rows print 3 to 6 cells, is read as text as CSV like e01:
        # a row's lone name cell run into the names about it and a 二级 label into the next
        # row's, 6 wrong values)
        # (6 since: k03's are all that is left. The forms whose rows print one cell are not in
        # this set; as a one-column CSV, see test_a_one_column_csv_reads_as_its_cells_one_a_line)
        # (corpus M: m02's and m05's rows read less as CSV; no wrong value more)
        # (0 wrong values and 0.937 measured again in the thirty-eighth session: k03's 6 gone)
        (real_as_csv, 0, 0.937),
        # (e01's `项目完工时限2023年12月2023年10月1515无` was read as 2023年 / 12月 / 20 / 23: a
        # date run together with its neighbours is now one value, and a year no row's points)
        # (corpus J: j02's cut scrap 生态 taken for the tail of the name above, 1 wrong value,
        # now none; accuracy 0.726, as j01's and j02's tables read less run together)
        # (corpus K: k03's 二级 labels printed without their 指标, 环境效益, ran into the rows'
        # names (环境效益数字图书馆…): 3 wrong values when it came, none since they are cut apart)
        # (0.740 since the eleventh session: a sentence name's glued values, a glued digit pair,
        # a name holding an amount, bare 二级 labels after a row's points; 0.730 before)
        # (0.744 measured again in the thirty-eighth session)
        (real_rows_run_together, 0, 0.744),
    ],
    ids=[
        "one cell per line",
        "cells apart by a space",
        "all on one line",
        "CSV",
        "each row's cells run together",
    ],
)
def test_other_extractions_of_the_real_forms_give_almost_no_wrong_values(
    tmp_path, variant, max_wrong, min_accuracy
):
    files = PIPED_ROWS if variant is real_as_csv else PIPED
    wrong, accuracy = _wrong_values(tmp_path, variant, files, REAL / "gold")
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


def real_in_layout(text: str, width: int = 0) -> str:
    """A PDF tool's layout text: each printed row's cells in columns ``width`` wide (a CJK
    character two) apart by wide gaps, a longer cell wrapped onto the next lines in its column
    (``width`` 0: every cell on one line, the columns as wide as their cells need)."""
    out = []
    for row in _piped_rows(text):
        size = width or max(display_width(c) for c in row) + 2
        pieces = []
        for cell in row:
            lines, line = [], ""
            for ch in cell:
                if width and line and display_width(line + ch) > width:
                    lines.append(line)
                    line = ""
                line += ch
            pieces.append([*lines, line])
        for k in range(max(len(p) for p in pieces)):
            cells = [p[k] if k < len(p) else "" for p in pieces]
            out.append("".join(c + " " * (size + 2 - display_width(c)) for c in cells).rstrip())
    return "\n".join(out)


@pytest.mark.parametrize(
    "width, max_wrong, min_accuracy",
    [
        # every cell on its line: read as the same cells apart by a space (0 wrong values)
        (0, 0, 0.98),
        # cells wrapped in columns 24 and 16 wide: a line whose every chunk starts where a text
        # cell of the line above starts goes on with it (_join_wrapped_columns). 59 and 74
        # wrong values before; what is left: names and identity values wrapped where the
        # reprint's rows are a markdown table's with cells dropped (a07, a08) or one cell a row
        # (a10), and traditional characters with pinyin (a06) — and wrapped targets, which are
        # never joined (a value's words under it may be another cell's)
        # (20 and 34 since a group label with a sentence's comma is none and a goal printed on
        # the header's line takes its rest wrapped under it: a08's; 8 and 26, 0.949 and 0.856,
        # when measured again in the twenty-second session: the bounds had not followed the
        # layout reader's gains of the sessions between)
        (24, 8, 0.949),
        # (37 at 16 before an item's number, 2.项目实施内容及…, was kept from joining a2's goal;
        # 35 with corpus O: o02's reprint gives one; 37 with corpus Q: q01's gives two)
        (16, 26, 0.856),  # (0.85 before corpus Q)
    ],
)
def test_real_forms_in_a_layout_of_columns_with_wrapped_cells(
    tmp_path, width, max_wrong, min_accuracy
):
    wrong, accuracy = _wrong_values(
        tmp_path, lambda text: real_in_layout(text, width), PIPED, REAL / "gold"
    )
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


def real_in_lines(text: str, width: int = 0) -> str:
    """real_in_layout's lines with their gaps made one space: a PDF tool that keeps the lines
    of a page but not its columns (each wrapped cell's rest on the next lines, among the rests
    of the other cells of its row)."""
    return "\n".join(
        re.sub(r" {2,}", " ", line.strip()) for line in real_in_layout(text, width).splitlines()
    )


@pytest.mark.parametrize(
    "width, max_wrong, min_accuracy",
    [
        (0, 1, 0.97),
        # with no column to tell where a wrapped cell's rest belongs, a row's rests are read as
        # cells of their own: what is known is that these still give wrong values (2026-12-03:
        # 60 and 78; 54 and 76 since an identity value's rest alone on its line is joined, 52
        # and 71 since its rest over up to three lines is; 50 since two goals side by side
        # with a piece on the next line are not guessed; 41 and 66 since a target and an actual
        # alike, wrapped at the same place, go on together; 37 and 62 since the values of a line
        # of two identity labels take their rests in order; 44 and 74 with corpus O, whose
        # o02 reprinted so gives 7 and 12; 47 and 77 with corpus Q, whose q01 gives 3 and 3;
        # 46 and 76 since a wrapped identity value ends at a label no synonym lists, 主管主管部门;
        # 43 and 73 since a group label with a sentence's comma is none; 41 since identity
        # values after a label no synonym lists take their rests: q01's; 38 and 72 since a lone
        # piece under a line of identity values goes on with the widest: a08's and m02's; 29
        # and 60, 0.900 and 0.772, measured again in the twenty-second session)
        (24, 29, 0.900),
        (16, 60, 0.772),  # (0.77 before corpus O, 0.75 before corpus Q)
    ],
)
def test_real_forms_in_lines_with_wrapped_cells(tmp_path, width, max_wrong, min_accuracy):
    wrong, accuracy = _wrong_values(
        tmp_path, lambda text: real_in_lines(text, width), PIPED, REAL / "gold"
    )
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


def test_csv_is_told_from_prose_with_commas():
    from pipelines.parser.csvtext import from_csv

    prose = "年度总体目标\n明确专项资金使用目的,实现科学管理,充分发挥作用,更好服务\n完成,达标\n"
    assert from_csv(prose) is None
    # a run-together form cut into a few lines, its prose full of short comma-separated
    # phrases: no line shows a CSV cell and no count of cells repeats
    prose = "\n".join(
        [
            "项目名称,某某经费,主管部门,某某局,实施单位,某某中心",
            "年度总体目标,明确专项资金使用目的,实现科学管理,充分发挥作用",
            "完成某某工作,保障运行,达到预期",
            "绩效指标,产出指标,数量指标,完成数量,10个,12个,50,50",
            "满意度,达到,95%",
        ]
    )
    assert from_csv(prose) is None
    table = "项目名称,某某经费,,\n主管部门,某某局,实施单位,某某中心\n年度资金总额,10,10,100%\n"
    assert from_csv(table).split("\n")[:2] == [
        "项目名称\t某某经费",
        "主管部门\t某某局\t实施单位\t某某中心",
    ]


def test_a_one_column_csv_reads_as_its_cells_one_a_line():
    # a form printed one cell a line, exported as CSV: an empty cell is a row `""`, a cell
    # holding a comma is quoted; read as the same cells on their lines
    cells = real_one_cell_per_line((REAL / "forms" / "a10_yunnan.txt").read_text("utf-8"))
    plain, exported = [], []
    for cell in cells.split("\n"):
        plain += [cell, ""]
        exported += [_csv_row([cell]).rstrip("\r\n"), '""']
    forms = parse_text("\n".join(plain), "a.txt").contract_forms()
    assert forms and forms[0]["project_name"] and forms[0]["indicators"]
    assert any("," in cell and cell.startswith('"') for cell in exported)
    assert parse_text("\n".join(exported), "a.txt").contract_forms() == forms


def test_a_csv_cell_over_several_lines_keeps_the_line_numbers():
    from pipelines.parser.csvtext import from_csv

    text = 'a,b,c,d\n预期目标,"第一行,\n第二行",x,y\n年度资金总额,1,1,100%\n,,,\n'
    lines = from_csv(text).split("\n")
    assert lines[1] == "预期目标\t第一行, 第二行\tx\ty" and lines[2] == ""
    assert lines[3] == "年度资金总额\t1\t1\t100%"  # the fourth line of the file, as printed


def _without_lines(value):
    """A parsed value without its line numbers (which a line put in shifts) and the reader's
    notes (which name them)."""
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    if isinstance(value, dict):
        drop = ("line_start", "line_end", "reading")
        return {k: _without_lines(v) for k, v in value.items() if k not in drop}
    return value


@pytest.mark.parametrize(
    "footer", ["第 1 页 共 2 页", "- 1 -", "3/5", "续表", "（续）", " " * 40 + "- 2 -"]
)
def test_a_page_footer_between_the_pieces_of_a_cell_changes_nothing(footer):
    # a page break inside a cell wrapped over lines (a department 某某住房保障和房 / 屋管理局)
    # prints the page's footer between its two pieces: it is no part of any value, in every
    # sample and every line it may fall before
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = path.read_text("utf-8")
        plain = _without_lines(parse_text(text, path.name).contract_forms())
        lines = text.split("\n")
        for at in range(len(lines) // 8, len(lines), len(lines) // 8):
            broken = "\n".join([*lines[:at], "", footer, "", *lines[at:]])
            forms = parse_text(broken, path.name).contract_forms()
            assert _without_lines(forms) == plain, (path.name, at)


def test_the_title_printed_again_at_the_top_of_a_page_starts_no_form():
    # a spreadsheet printed with its title rows repeated on every page: the title stands again
    # inside a form's indicator table, and the form goes on under it
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = path.read_text("utf-8")
        plain = _without_lines(parse_text(text, path.name).contract_forms())
        lines = text.split("\n")
        title = next(line for line in lines if "自评" in line and len(line.strip()) < 40)
        header = [k for k, line in enumerate(lines) if "三级指标" in line]
        total = [k for k, line in enumerate(lines) if line.strip().startswith("总分")]
        for start in header:
            end = min((k for k in total if k > start), default=None)
            if end is None or end - start < 4:
                continue
            at = (start + end) // 2
            broken = "\n".join([*lines[:at], "", title, "", *lines[at:]])
            forms = parse_text(broken, path.name).contract_forms()
            assert _without_lines(forms) == plain, (path.name, at)


def real_flattened(text: str) -> str:
    """The whole file on one line as printed (its pipes and blank cells kept): a page's text
    copied without its line ends."""
    return re.sub(r"\s*\n\s*", " ", text)


def real_spaces_lost(text: str) -> str:
    """Every space and tab gone, the lines kept: a PDF tool that joins the characters of a line
    with no gap between cells."""
    return re.sub(r"[ \t]+", "", text)


ALL_REAL = sorted((REAL / "forms").glob("*.txt"))


@pytest.mark.parametrize(
    "variant, max_wrong, min_accuracy",
    [
        # 3 wrong values on corpora A to D as they stand (a07's 二级 label printed under another 一级,
        # b06's dropped money cell); flattened, none more (there were
        # 21: a template's placeholder joined to the next group label, a not-applicable row's
        # slashes given to the row before, a row's trailing blanks read as its columns, a
        # two-row header lost, a form merged into the one before, a date taken for the year)
        # (corpus E added e02's year from its goal text, e03's goal from an option list, e05's
        # two goal texts as one: none now)
        # (corpus F: 14 now, 26 when it came: f01's one row read right that the scorer pairs with
        # its first row, as every row before it is unread (5), and f04 on one line: the 自评得分
        # run into the department (四川省市场监管局 100), its goal pairs joined, and rows whose
        # names took the values of others (8))
        # (corpora G and H: 0 more wrong values once their forms' own were fixed (g02's value
        # kept as printed, h02's unit run into 是否公开:, its two goals cut at a stop after a
        # gap); accuracy 0.830, as the new forms read less once on one line)
        # (corpora I and J: 9 more: i02's 河北 template, whose 指标分值 column holds a sentence
        # and whose rows print ten cells for five columns, read on one line with the sentence
        # as the target and the target's number as the score (8), and i01's site line 招标公司:
        # run into the 项目名称 of the title line before it (1))
        # (9 since a bound joined to the name goes back to its target, 不少于 | 800篇: g02's two;
        # 1 since i02's header is refined by its row of sub-columns: i01's site line left)
        # (corpus M: 2 more, m01's (重庆) department value run on to the money table's heading
        # and its goals to the header after them, 项目资金(万元) and 全年实际完成情况 on the line
        # that was two)
        # (11 then: a07, f01 and d01 right; 0.81 with n02 scrambled; 4 with corpus Q: q04's
        # project name, the corpus's own wrong value)
        # (7 and 0.86 since a long line whose cells single spaces part is no line laid out in
        # columns for a stray wide gap in it (文  号 in a site's header): m03's, f07's, g02's,
        # h02's, l02's … tables read (0.82 before), and k01's merged 得分计算方法 cell read as
        # its first row's reason and two rows' 二级 labels taken by the cell's dashes)
        # (5 since a value run into the money table's heading and its first column's label
        # after one space, 忠县…政府 项目资金(万元) 全年预算数(A), is cut from them, and a goal
        # column's label with its sentence after one space, 全年实际完成情况 新建道路…。, is a
        # label: m01's 实施单位 and planned goal)
        # (3 since a column the contract has no field for, 得分计算方法, takes no group label:
        # k01's 时效指标 and 成本指标, after a row's blank dashes, open their rows again)
        # (3 and 0.894 measured again in the thirty-eighth session: i01's site line, k01's
        # 得分计算方法 cell read as its first row's reason, q04's project name)
        # (2 and 0.897 since a 项目实施单位 run in after a project's name keeps its 项目 where
        # the form prints 项目主管单位 after a unit's value: q04's)
        # (1 and 0.898 in the thirty-ninth session: a word and its colon alone after a label,
        # 项目名称: 招标公司:, is another label, not the value: i01's name read from its own
        # 转移支付(项目)名称. Left: k01's 得分计算方法 cell read as its first row's reason)
        # (0 and 0.898 in the fortieth: a full-marks row's reason and text column both read as
        # sentences, k01's 得分计算方法 cell's two, may be that merged cell alone: no reason)
        # (0.8947 in the forty-first session: corpus T's two forms, new, their pinyin texts and
        # run-together rows read less far flattened; new unseen forms, not a regression)
        (real_flattened, 0, 0.894),
        # (14 before names that swallowed their values were left out; 8 before 其中: was no
        # longer taken for 实施单位's value, 某某局某某局 said once and two goals cut at the dotted
        # leader between them). Left: the corpus's own 3 (a07, b06) and b03's 满意度 row, its
        # name left out (a group label ran into it), which the scorer pairs with the table's
        # first row, as every row before it is unread
        # (corpus E adds 1: e03's 项目名称 run into the 项目实施单位 label after it, 办公局域网维护费
        # 项目, which the spaces told apart)
        # (corpus F: f01's row the scorer pairs with its first (5); 33 when it came: f04's
        # points with no header, f07's header wrapped over two lines, and identity labels)
        # (corpora G and H: 28 when they came: g02's 提升10%提升10% rows, g03's 项目年份 and
        # (单位), h01's 100%100%55 read as a 权重 of 100%; 15 now: g02's 不少于 taken into the
        # name, h01's and h02's run-together numbers, and the 6 of corpora A to F)
        # (corpora I and J: 7 more, i01's one-character-a-line 一级 labels, whose last character
        # the lost space runs into the first row's 二级 label (标数量指标))
        # (14 since a bound joined to the name goes back to its target: g02's two; 8 since a
        # vertical label's last character and a wrapped label's 指标 are cut from the row they
        # ran into: i01's 一级 and 二级 of two rows, and a name)
        # (7 since 情况说明 is a heading: f03's department no longer ends in 情况)
        # (corpus M: 4 more, m04's names run into their targets (指标2:村卫生室实施…制度实施…352
        # 个。), and m01's project name cut before its 项目 (…精准帮扶项目负责人及电话: the label
        # read as 项目负责人…))
        # (corpus N: 1 more, n02's project name read with its 项目 (…建设项目主管部门(单位)))
        # (a07's 一级 and f01's row number right then: 16; 14 with corpus Q: q04's project name,
        # the corpus's own wrong value, and q05's last 二级 label run into its 一级, 满意度服务对象…)
        # (0.779 since the eleventh session's run-together rows; 0.772 before)
        # (13 since an actual run into the 完成率 printed after it, 100100.00%, is left out:
        # h02's; 10 since a numbered name with a sentence's end and words right after it,
        # …覆盖率实施…37个。本年度已完成…。, is a name run into its target and actual: m04's
        # three, left out)
        # (10 and 0.795 measured again in the thirty-eighth session; 9 since the first
        # character of a label cut out of the text's last line, 指标满, is no name's tail: i01's;
        # 8 since a 一级's head run into a 二级 whole, 满意度服务对象满意度指标, is two labels: q05's;
        # 6 and 0.800 since a 项目实施单位 run in after a project's name keeps its 项目 where the
        # form prints its department's label with 项目 (项目主管单位): e03's and q04's. Left: m01's
        # and n02's names (a heading, 项目负责人及电话, and 项目主管部门(单位) with no other label
        # to tell the template by), b03's first row, h02's two goals)
        # (2 and 0.801 in the thirty-ninth session: m01's name read right, the contact's label
        # worded as the name's (专项(项目)名称: 负责人及电话 bare, the 项目 the name's); n02's
        # left out, and no name taken from a bracketed note ((…各子项目名称和金额)); b03's
        # 满意度 row keeps its name, 指标1:服务对象满意度, as its row number opens it. Left: h02's
        # two goals, 用于…学生 and 发放…。滋慧…。 run together, cut at the first stop, the
        # gap that told them apart lost)
        # (0.7998 in the forty-first session: corpus T's two forms, new; no wrong value of theirs)
        (real_spaces_lost, 2, 0.799),
    ],
    ids=["whole file on one line", "every space lost"],
)
def test_every_real_form_reprinted_gives_no_more_wrong_values(
    tmp_path, variant, max_wrong, min_accuracy
):
    wrong, accuracy = _wrong_values(tmp_path, variant, ALL_REAL, REAL / "gold")
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


def _cut_at_lines(tmp_path: Path, files: list[Path], gold_dir: Path, parts) -> tuple[int, float]:
    """Each file cut after each fraction of its lines in ``parts`` (a page or an excerpt that
    stops mid-form), scored against the whole file's gold: what the cut removed is left out,
    and what is read must still be right."""
    pred, gold = tmp_path / "pred", tmp_path / "gold"
    pred.mkdir()
    gold.mkdir()
    for path in files:
        lines = path.read_text("utf-8").split("\n")
        for k, part in enumerate(parts):
            name = f"{path.stem}_cut{k}"
            result = parse_text("\n".join(lines[: int(len(lines) * part)]), f"{name}.txt")
            (pred / f"{name}.json").write_text(
                json.dumps(result.contract_forms(), ensure_ascii=False)
            )
            (gold / f"{name}.json").write_bytes((gold_dir / f"{path.stem}.json").read_bytes())
    wrong, accuracy = figures(score(gold, pred))[::-1]
    return wrong, accuracy


def test_real_forms_cut_at_a_line_give_few_wrong_values(tmp_path):
    # the last row of a cut text is either cut after its last cell or whole with its first
    # cells blank (指标1:… 10 10 is 分值 and 得分): a value only one reading places is left out
    # (13 wrong values before; the 4 left are the whole corpus's own wrong values met in several
    # cuts)
    wrong, accuracy = _cut_at_lines(tmp_path, ALL_REAL, REAL / "gold", (1 / 3, 1 / 2, 2 / 3, 5 / 6))
    # (corpus F: 41 when it came, 7 now: f01's row the scorer pairs with its first, in cuts)
    # (corpora G and H: 6 now, after a comparison sign left alone by the cut (=) is no value and
    # the last row's 度量单位 may be what the cut removed (=100 of = 100 %))
    # (1 now: a07's 一级 in the cut that leaves its group's points unchecked; f01's row number fixed)
    # (4 with corpus Q: q04's project name, the corpus's own wrong value, in three cuts)
    assert wrong <= 4, (wrong, accuracy)


SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))
# 68 before the layout reader read a cut form; 7 before a wrapped 实施单位 was read on past its
# first line and a value the cut may have cut left out; 4 now (see the test)
WRONG_IN_CUT_SAMPLES = 4


def test_sample_files_cut_at_a_line_keep_the_forms_before_the_cut_right(tmp_path):
    # a file cut inside a form's indicator table (the samples' layout, a value wrapped in its
    # cell over several lines): the layout reader reads that form with its total left out
    # where the structure reader does not say otherwise, instead of the structure reader alone
    # (which took the first line of each wrapped value: 区房屋维修应急中心运营服务 for …服务费,
    # and read a wrapped reason's lines as rows). What stays counted wrong is a wrapped cell's
    # lines before the cut (a reason printed as far as the page goes, a name whose last line,
    # 率, the cut leaves alone or cuts off), which an excerpt's own gold would label as
    # printed.
    parts = tuple(k / 13 for k in range(1, 13))
    wrong, accuracy = _cut_at_lines(tmp_path, SAMPLES, GOLD, parts)
    assert wrong <= WRONG_IN_CUT_SAMPLES, (wrong, accuracy)


@functools.cache
def _s2t():
    from opencc_purepy import OpenCC

    return OpenCC("s2t").convert


def _in_traditional(value, key=None):
    """A contract value as a traditional-character print gives it (the contract's own words, the
    money rows' names and the unit, as they are)."""
    if isinstance(value, str):
        if key in ("line", "amount_unit", "source_file"):
            return value
        return _s2t()(value)
    if isinstance(value, list):
        return [_in_traditional(v, key) for v in value]
    if isinstance(value, dict):
        return {k: _in_traditional(v, k) for k, v in value.items()}
    return value


@pytest.mark.parametrize(
    "files, gold_dir, max_wrong, min_accuracy",
    [
        # one simplified character stands for several traditional ones (系統 and 聯繫, 機制 and
        # 製作), which a character-by-character map got wrong: 0.980 with 79 wrong values before
        (SAMPLES, GOLD, 0, 0.999),
        # as printed in simplified characters: 0.914, 3 wrong values (a label the parser works
        # out, 产出指标 from its 二级, came back half converted, 产出指標, before)
        # (corpus A to E: 0.911 and 3 wrong values, the same as in simplified characters)
        # (corpus A to F: 0.888 and 6 wrong values, the same as in simplified characters)
        # (0.908 since the run-together rows of the eleventh session; 0.902 before)
        (ALL_REAL, REAL / "gold", 6, 0.908),
    ],
    ids=["samples", "real corpus"],
)
def test_forms_in_traditional_characters_read_as_printed(
    tmp_path, files, gold_dir, max_wrong, min_accuracy
):
    # a mirror's text in traditional characters is read from a simplified copy, and each value
    # given back as printed where it stands in the text
    traditional_gold = tmp_path / "traditional_gold"
    traditional_gold.mkdir()
    for path in files:
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text(encoding="utf-8"))
        (traditional_gold / f"{path.stem}.json").write_text(
            json.dumps(_in_traditional(gold), ensure_ascii=False), encoding="utf-8"
        )
    wrong, accuracy = _wrong_values(tmp_path, _s2t(), files, traditional_gold)
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


def real_header_again(text: str) -> str:
    """A page break four lines into the indicator table: the page's number, then the table's
    header line printed again (a PDF whose table repeats its header row on each page)."""
    out: list[str] = []
    header, count = None, 0
    for line in text.split("\n"):
        out.append(line)
        if "三级指标" in line and re.search("指标值|分值|得分", line):
            header, count = line, 0
        elif header is not None:
            count += 1
            if count == 4:
                out += ["第 2 页", header]
                header = None
    return "\n".join(out)


def test_real_forms_whose_indicator_header_is_printed_again_after_a_page_break(tmp_path):
    # the header again with the block's heading in its first cell (年度绩效目标 (80分), 四、年度
    # 绩效指标完成情况), or cut where its words ran together (未完成原因 | 及拟采取的 | 改进措施):
    # 16 wrong values and 0.882 before such a line was known for a header and its 改进措施 for no
    # end of the table; the one wrong value left is the corpus's own (q04)
    # (0.902 since the run-together rows of the eleventh session; 0.896 before)
    wrong, accuracy = _wrong_values(tmp_path, real_header_again, ALL_REAL, REAL / "gold")
    assert wrong <= 1 and accuracy >= 0.902, (wrong, accuracy)


def blank_line_between(text: str) -> str:
    """A blank line between every two lines (a page's text that gives each line a paragraph)."""
    return "\n\n".join(text.split("\n"))


def test_a_blank_line_between_every_line_changes_nothing(tmp_path):
    # the corpus 0.8901 with 7 wrong values before: a 绩效目标表's title looked for three lines
    # up, blank ones included (q01 read its target table as a form), and a group label printed
    # a character a line joined only over lines next to each other (i01). What is left: the
    # samples' 总分 whose numbers stand on lines of their own, each after two blank lines (002:
    # the layout reader looks seven lines down; looking further gave it a total and so kept
    # its misreading of a one-cell-a-line form another test prints)
    wrong, accuracy = _wrong_values(tmp_path, blank_line_between)
    assert wrong == 0 and accuracy >= 0.999, (wrong, accuracy)
    real = tmp_path / "real"
    real.mkdir()
    # (0.908 since the run-together rows of the eleventh session; 0.902 before)
    wrong, accuracy = _wrong_values(real, blank_line_between, ALL_REAL, REAL / "gold")
    assert wrong <= 1 and accuracy >= 0.908, (wrong, accuracy)


SAMPLES = sorted((ROOT / "data" / "raw").glob("*.txt"))


def lines_without_blanks(text: str) -> str:
    """A cell a line, blank lines and blank cells dropped (a page's text copied, a tool that
    prints each cell on a line and no empty line): a line's cells are its pieces between ``|``
    or tabs, a line without them one cell (the samples' space layout keeps a row's values on
    one line, its name on the line over them)."""
    cells = (c.strip() for line in text.split("\n") for c in re.split(r"\||\t", line))
    return "\n".join(c for c in cells if c)


@pytest.mark.parametrize(
    "files, gold_dir, max_wrong, min_accuracy",
    [
        # the samples' space layout, its blank lines gone: each row's name over its values'
        # line, nameless, one line apart, was read as names centred around their values (as
        # pdfplumber prints them) and joined with the next row's name (25 wrong values, 0.974)
        # until the twenty-first session; left: two goals run together, a sentence name's
        # tail, and two reasons that ran on into the next row (003)
        (SAMPLES, GOLD, 6, 0.989),
        # the real corpus: a layout reader's row named 100 (b05's reason, 0, read as a point),
        # and names over values joined, until the twenty-first session (12 wrong values);
        # left: a07's and p01's group labels, q04's name
        (ALL_REAL, REAL / "gold", 5, 0.902),
    ],
    ids=["samples", "real forms"],
)
def test_forms_a_cell_a_line_without_blank_lines_give_few_wrong_values(
    tmp_path, files, gold_dir, max_wrong, min_accuracy
):
    wrong, accuracy = _wrong_values(tmp_path, lines_without_blanks, files, gold_dir)
    assert wrong <= max_wrong and accuracy >= min_accuracy, (wrong, accuracy)


# an invented form a cell a line (PyMuPDF's print): the 主管部门 value wrapped in its cell, its
# last line a word and a note in brackets (…管理 / 局(本级))
_WRAPPED_DEPARTMENT = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "某某县水利和湖泊管理局城区河道保洁养护项目",
    "主管部门",
    "某某省某某市某某县水利和湖泊管理",
    "局(本级)",
    "实施单位",
    "某某县河道管理站",
    *("项目资金", "(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
    *("年度资金总额", "12.00", "12.00", "11.00", "10.00", "91.67%", "9.17"),
    *("当年财政拨款", "12.00", "12.00", "11.00", "91.67%", "上年结转资金", "其他资金"),
    *("年度总体", "目标", "预期目标", "实际完成情况", "完成河道保洁。", "已完成河道保洁。"),
    *("一级指", "标", "二级指", "标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    *("偏差原因分析及改进措施", "产出指", "标", "数量指", "标"),
    *("保洁河道长度", "≥20公里", "21公里", "20.00", "20.00"),
    *("质量指", "标", "保洁合格率", "≥95%", "96%", "20.00", "20.00", "总分", "100", "99.17"),
]


def test_a_value_wrapped_onto_a_word_and_a_note_in_brackets_is_read_whole():
    # the line right after the value's first line, the next label right after it: the value's
    # last line (before, a line with brackets was no piece of a wrapped value: the name was cut)
    (form,) = parse_text("\n".join(_WRAPPED_DEPARTMENT), "wrapped_department.txt").forms
    assert form["department"] == "某某省某某市某某县水利和湖泊管理局(本级)"
    assert form["implementing_unit"] == "某某县河道管理站"


def test_a_line_with_brackets_after_other_pieces_is_not_taken_into_the_value_before():
    # pdftotext's print: the project's name, then the department's two lines, then the 主管部门
    # label after them: a line in brackets further on than right after the first line may be
    # another cell's; the name is not run on into the department's lines
    lines = list(_WRAPPED_DEPARTMENT)
    at = lines.index("主管部门")
    lines[at : at + 3] = ["某某省某某市某某县水利和湖泊管理", "局(本级)", "主管部门"]
    (form,) = parse_text("\n".join(lines), "wrapped_department.txt").forms
    assert form["project_name"] in ("某某县水利和湖泊管理局城区河道保洁养护项目", None)


def test_a_code_wrapped_after_a_units_name_is_read_whole_and_a_lone_number_is_not():
    # the 主管部门 cell holds the unit's name and its code run together, the code wrapped
    # (…事务局1234567 / 89012), the next label right after: the code's digits are the value's;
    # a number alone after a name that ends in no code is no piece of it
    lines = list(_WRAPPED_DEPARTMENT)
    at = lines.index("主管部门")
    lines[at + 1 : at + 3] = ["某某县民族宗教事务局1234567", "89012"]
    (form,) = parse_text("\n".join(lines), "wrapped_code.txt").forms
    assert form["department"] == "某某县民族宗教事务局123456789012"
    lines[at + 1] = "某某县民族宗教事务局"
    (form,) = parse_text("\n".join(lines), "wrapped_code.txt").forms
    assert form["department"] in ("某某县民族宗教事务局", None)
