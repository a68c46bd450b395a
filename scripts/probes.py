"""Two probes for wrong values the corpora's whole texts do not show, over every real-corpus text
(tests/fixtures/real) and every sample (data/raw, gold in ../shared/gold), scored field by field
with shared/eval/score.py's own functions:

    python -m scripts.probes cuts [--step N] [--show N]
    python -m scripts.probes perturb [--only NAME,NAME] [--show N] [--printed TOOL|all]
    python -m scripts.probes lostcell [--forms KEY,KEY] [--prints NAME,NAME] [--show N]

``cuts`` cuts each text after every N-th word (3 unless told), parses the head and lists each
distinct value the gold does not accept: ``a`` where it is a prefix of the gold's value (a goal or
a number cut short by the cut itself), ``b`` where it is not (truly wrong at a cut); ``cut@K`` is
the offset: parse ``text[:K]`` to see it. ``perturb`` prints each text as other extractions would
(cells apart by tabs, CRLF, full-width digits, a page footer, pages out of order, labels
letter-spaced …; ``TRANSFORMS``, and ``EXTRA`` when named with --only) and lists the wrong values
(given, not accepted) the untouched text did not give; a transform that moves rows
(``REORDERING``) has its rows paired by name before the scorer's pairing by order. ``--printed``
runs it over the printed corpus instead (tests/fixtures/printed/TOOL, the gold forms as a PDF tool
prints them, scripts/printed_corpus.py): one tool's texts, or each tool's in turn (``all``), a
section for each. ``lostcell`` drops or blanks each cell (but a row's label) of each row of the
invented forms of scripts/lost_cell_forms.py, prints each damaged form each way of
``ROW_PRINTS`` (a web page's table one cell a line, tabs, markdown, cells apart by spaces …) and
lists the wrong values (scored against the intact form read from its tab print) the intact
print does not give: a cell lost is a value a reading can take from the cell beside it. All end
with a line of totals.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
from pathlib import Path

from pipelines.parser import parse_text
from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import is_label
from scripts.lost_cell_forms import FORMS as LOST_CELL_FORMS
from scripts.print_forms import TOOLS
from scripts.printed_corpus import texts as printed_texts
from scripts.scoring import ROOT, SCORER

_spec = importlib.util.spec_from_file_location("shared_score", SCORER)
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

_MISS = re.compile(r"(.*) (\S+): gold=(.*) pred=(.*)$")


def cases(printed: str | None = None) -> list[tuple[Path, list[dict]]]:
    """(text, its gold forms) of every real-corpus text and every sample; ``printed``: of every
    text of that tool's printed corpus instead."""
    if printed:
        pairs = printed_texts(printed)
    else:
        real = ROOT / "tests" / "fixtures" / "real"
        pairs = [(t, real / "gold" / f"{t.stem}.json") for t in sorted(real.glob("forms/*.txt"))]
        pairs += [
            (t, SCORER.parents[1] / "gold" / f"{t.stem}.json")
            for t in sorted(ROOT.glob("data/raw/*.txt"))
        ]
    return [(t, json.loads(g.read_text("utf-8"))) for t, g in pairs if t.is_file() and g.is_file()]


def _in_gold_order(gold: dict, pred: dict) -> None:
    """The predicted rows put in the gold's order where their names are the gold's (a row of a
    name the gold lacks stays after the row before it): for a transform that moves rows, whose
    order the scorer's pairing by order would count, not their values."""
    names = [S.norm_text(r.get("name")) or "" for r in gold.get("indicators") or []]
    used: set[int] = set()
    keys, last = [], -1.0
    for row in pred.get("indicators") or []:
        name = S.norm_text(row.get("name")) or ""
        at = next((k for k, n in enumerate(names) if n == name and n and k not in used), None)
        if at is not None:
            used.add(at)
            last = float(at)
        else:
            last += 1e-3
        keys.append(last)
    rows = pred.get("indicators") or []
    pred["indicators"] = [row for _, row in sorted(zip(keys, rows), key=lambda kr: kr[0])]


def misses(gold_forms: list[dict], text: str, name: str, pair=None) -> tuple[list[tuple], int]:
    """(where, field, gold, pred) of each value given that the gold does not accept, and the
    fields scored right; ``pair``: (gold form, predicted form) -> None, the predicted rows put in
    the gold's order before the scorer's pairing by order (_in_gold_order: by their names)."""
    pred_forms = parse_text(text, source_file=name).contract_forms()
    pred_forms = json.loads(json.dumps(pred_forms, ensure_ascii=False))
    pairs = S.align(
        [S.norm_text(f.get("project_name")) or "" for f in gold_forms],
        [S.norm_text(f.get("project_name")) or "" for f in pred_forms],
    )
    tally = S.Tally()
    for gi, pi in pairs:
        if gi is not None and pi is not None:
            if pair:
                pair(gold_forms[gi], pred_forms[pi])
            S.score_form(tally, f"{name}#{gi}", gold_forms[gi], pred_forms[pi])
    found = []
    for miss in tally.misses:
        m = _MISS.match(miss)
        if m and m.group(4) != "None":
            found.append((m.group(1), m.group(2), ast.literal_eval(m.group(3)), m.group(4)))
    return found, sum(tally.correct.values())


def _at_gold_rows(gold: dict, pred: dict) -> None:
    """The predicted rows each put at its gold row's place, an empty row where none is: a row
    whose name is the gold's, else holds it or is held in it (a name run into its target, cut
    short), else a nameless row between two rows so placed that leave one gold row between
    them. A row placed nowhere (a row split in two, its values apart from its name) is left
    out: the scorer pairs rows of other names by order, which counts a row lost before them as
    every later row's values wrong."""
    names = [S.norm_text(r.get("name")) or "" for r in gold.get("indicators") or []]
    rows = pred.get("indicators") or []
    own = [S.norm_text(r.get("name")) or "" for r in rows]
    at: list[int | None] = [None] * len(rows)
    for near in (str.__eq__, lambda a, b: a in b or b in a):
        for i, name in enumerate(own):
            free = [k for k, n in enumerate(names) if k not in at and n and name and near(n, name)]
            if at[i] is None and free:
                at[i] = free[0]
    for i in range(1, len(rows) - 1):
        before, after = at[i - 1], at[i + 1]
        if at[i] is None and not own[i] and before is not None and after == before + 2:
            at[i] = before + 1 if before + 1 not in at else None
    placed = dict((k, rows[i]) for i, k in enumerate(at) if k is not None)
    pred["indicators"] = [placed.get(k, {"name": None}) for k in range(len(names))]


def _prefix(gold, pred: str) -> bool:
    """Whether the given value (as the scorer printed it) is the gold's cut short (numbers
    compared without trailing zeros)."""
    if gold is None:
        return False
    g, p = S.norm_text(gold) or "", S.norm_text(ast.literal_eval(pred)) or ""
    if re.fullmatch(r"-?[\d.]+", g) and "." in g:
        g, p = g.rstrip("0").rstrip("."), p.rstrip("0").rstrip(".") if "." in p else p
    return g.startswith(p)


def cut_scan(step: int, show: int) -> None:
    seen: dict[tuple, tuple] = {}
    for path, gold in cases():
        text = path.read_text("utf-8")
        for at in [m.end() for m in re.finditer(r"\S+", text)][step - 1 :: step]:
            for where, field, g, p in misses(gold, text[:at], path.stem)[0]:
                seen.setdefault((where, field, p), (at, "a" if _prefix(g, p) else "b", g))
    ordered = sorted(seen.items(), key=lambda item: item[1][1], reverse=True)  # b first
    for (where, field, p), (at, kind, g) in ordered[:show]:
        print(f"{kind} {where} {field} cut@{at} gold={g!r} pred={p}")
    b = sum(v[1] == "b" for v in seen.values())
    print(f"TOTAL all={len(seen)} a(prefix)={len(seen) - b} b(truly wrong)={b}")


_FULL_WIDTH = str.maketrans(
    {**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％", ":": "：", "(": "（", ")": "）"}
)


def _pages(text: str, header: str | None) -> str:
    """A page footer every 40 lines; ``header``: "col" the indicator table's column-header line
    again once the table has begun, "title" the text's first line as a running page header."""
    lines = text.split("\n")
    title = next((line for line in lines if line.strip()), "")
    column = next((line for line in lines if "一级指标" in line and "二级指标" in line), None)
    out, page, in_table = [], 0, False
    for i, line in enumerate(lines):
        if i and i % 40 == 0:
            page += 1
            out += ["", f"第 {page} 页 共 {len(lines) // 40 + 1} 页", ""]
            if header == "title":
                out.append(title)
            elif header == "col" and in_table and "总分" not in "".join(lines[max(0, i - 40) : i]):
                out.append(column)
        in_table = in_table or line == column
        out.append(line)
    return "\n".join(out)


_CELL_GAP = re.compile(r"[ \t]*(?:\||\t| {2,})[ \t]*")
_CJK = r"[\u3400-\u9fff\uff01-\uff5e]"


def _cells(line: str) -> list[str]:
    """A line's cells: the pieces between `|`, tabs and runs of 2+ spaces, empty ones kept."""
    return [c.strip() for c in _CELL_GAP.split(line.strip())]


def cell_lines(text: str) -> str:
    """One cell per line (a PDF text layer read cell by cell): every line's non-empty cells each
    on a line of its own, blank lines kept."""
    return "\n".join(
        "\n".join(c for c in _cells(line) if c) if line.strip() else line
        for line in text.split("\n")
    )


def one_line(text: str) -> str:
    """A spreadsheet flattened onto one line: every filled cell of every line apart by one
    space, line ends and empty cells gone."""
    return " ".join(c for line in text.split("\n") for c in _cells(line) if c)


def html_flat(text: str) -> str:
    """An HTML table's text with its empty cells dropped: each line's filled cells joined by
    one space, so a row with an empty cell is a cell short."""
    return "\n".join(" ".join(c for c in _cells(line) if c) for line in text.split("\n"))


def no_sep(text: str) -> str:
    """Cells run together: a gap of tabs or 2+ spaces between two CJK characters removed, so
    neighbouring text cells print as one word (a tool that prints `|` knows its cells and
    never runs them together: pipes are kept)."""
    return re.sub(rf"(?<={_CJK})[ \t]*(?:\t| {{2,}})[ \t]*(?={_CJK})", "", text)


def pages_swapped(text: str) -> str:
    """PDF pages out of reading order in a one-form text: the text cut into pages of 40 lines
    (at form feeds where it has them), each second page printed before the page it follows (a
    table's last rows before its head). A file of several forms is left as it is (a page moved
    there puts rows in another form, which no reading can tell)."""
    if len(re.findall(r"项\s*目\s*名\s*称", text)) > 1:
        return text  # (a file of forms: a page swapped moves rows into another form)
    pages = text.split("\f") if "\f" in text else None
    if pages is None:
        lines = text.split("\n")
        pages = ["\n".join(lines[k : k + 40]) for k in range(0, len(lines), 40)]
    for k in range(0, len(pages) - 1, 2):
        pages[k], pages[k + 1] = pages[k + 1], pages[k]
    return "\n".join(pages)


def markdown(text: str) -> str:
    """A page turned to markdown: each line of two or more cells a row `| a | b |` (cells as
    _cells finds them, empty ones dropped), a `|---|` row under the first row of each run."""
    out: list[str] = []
    in_table = False
    for line in text.split("\n"):
        cells = [c.strip() for c in _cells(line) if c.strip()]
        if len(cells) < 2:
            out.append(line)
            in_table = False
            continue
        out.append("| " + " | ".join(cells) + " |")
        if not in_table:
            out.append("|" + "---|" * len(cells))
        in_table = True
    return "\n".join(out)


def zero_width(text: str) -> str:
    """A web page's zero-width spaces (U+200B) left in its text: every blank line holds one, and
    every other line ends in one."""
    return "\n".join(line + "\u200b" if line.strip() else "\u200b" for line in text.split("\n"))


# a word of Chinese characters (and brackets) alone, between white space, bars or the line's
# ends, and the spaces after it
_HAN_WORD = re.compile(r"(?<![^\s|])([\u4e00-\u9fff()（）]{2,10})(?![^\s|])( *)")


def letter_spaced(text: str, gap: str = " ", in_width: bool = False) -> str:
    """Labels printed letter-spaced (项 目 名 称, 年  度  资  金  总  额): every word that is a
    whole label (of any part, or a level's) with ``gap`` between its characters, brackets too,
    as a PDF that spreads a cell's text over its width (distributed alignment) prints it and an
    extraction reads it back: one space, or two and more where the cell is wide. ``in_width``:
    as a layout print shows it (pdftotext -layout), the label spread over the spaces after it,
    the cells after it in their places, where two spaces are left after it (else printed as
    it is)."""

    def spread(match: re.Match) -> str:
        word, after = match.group(1), match.group(2)
        if not (vocab.is_any_label(word) or is_label(word)):
            return match.group(0)
        wider = len(gap) * (len(word) - 1)
        if in_width and len(after) < wider + 2:
            return match.group(0)
        return gap.join(word) + (after[wider:] if in_width else after)

    return _HAN_WORD.sub(spread, text)


TRANSFORMS = {
    "pipe_tab": lambda t: t.replace("|", "\t"),
    "pipe_2sp": lambda t: t.replace("|", "  "),
    "collapse_sp": lambda t: re.sub(r" {2,}", " ", t),
    "strip_lines": lambda t: "\n".join(line.strip() for line in t.split("\n")),
    "fullwidth": lambda t: t.translate(_FULL_WIDTH),
    "footer": lambda t: _pages(t, None),
    "footer_colhead": lambda t: _pages(t, "col"),
    "footer_title": lambda t: _pages(t, "title"),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "no_blank": lambda t: "\n".join(line for line in t.split("\n") if line.strip()),
    "double_blank": lambda t: re.sub(r"\n[ \t]*\n", "\n\n\n", t),
    "cell_lines": cell_lines,
    "one_line": one_line,
    "html_flat": html_flat,
    "no_sep": no_sep,
    "pages_swapped": pages_swapped,
    "zero_width": zero_width,
    "markdown": markdown,
    "spaced_lab": letter_spaced,
    "spaced_lab2": lambda t: letter_spaced(t, "  "),
}
# transforms run only when named (--only): spaced_lab_width changes few of these texts (a layout
# print's wide gaps); scripts.printed_corpus pdftotext-layout on its texts so spread is the test
EXTRA: dict = {"spaced_lab_width": lambda t: letter_spaced(t, " ", in_width=True)}
# transforms that move rows out of the order the gold lists them in: the scorer pairs rows by
# order where names differ, so their rows are first paired by name (_in_gold_order), else part
# of what it counts is the order, not a value
REORDERING = {"pages_swapped"}


def perturb(only: list[str], show: int, printed: str | None = None) -> None:
    """Each transform's new wrong values and fields right, over the real corpus and samples, or
    over the printed corpus of one tool or (``all``) of each tool in turn, then their total."""
    every = {**TRANSFORMS, **EXTRA}
    names = [n for n in every if (n in only if only else n in TRANSFORMS)]
    groups = [None] if not printed else TOOLS if printed == "all" else [printed]
    total = 0
    for group in groups:
        if group:
            print(f"== {group}")
        total += _perturb_texts(cases(group), {n: every[n] for n in names}, show)
    print(f"TOTAL new wrong {total}")


def _perturb_texts(texts: list[tuple[Path, list[dict]]], transforms: dict, show: int) -> int:
    """Print, for each transform, the wrong values it gives over ``texts`` that the untouched
    texts do not, and the fields right; the number of those wrong values."""
    names = list(transforms)
    new_wrong: dict[str, list[str]] = {n: [] for n in names}
    right = dict.fromkeys(names, 0)
    base_right = base_wrong = 0
    for path, gold in texts:
        text = path.read_text("utf-8")
        base, ok = misses(gold, text, path.stem)
        base_right += ok
        base_wrong += len(base)
        for name in names:
            pair = _in_gold_order if name in REORDERING else None
            found, ok = misses(gold, transforms[name](text), path.stem, pair)
            right[name] += ok
            new_wrong[name] += [
                f"{w} {f}: gold={g!r} pred={p}" for w, f, g, p in found if (w, f, g, p) not in base
            ]
    print(f"untouched: {base_right} fields right, {base_wrong} wrong")
    for name in names:
        print(f"{name:15s} new wrong {len(new_wrong[name]):4d}   right {right[name]}")
        for line in new_wrong[name][:show]:
            print("   ", line)
    return sum(len(v) for v in new_wrong.values())


Rows = list[list[str]]


def web_print(rows: Rows, opener: bool = True) -> str:
    """A web page's table one cell a line: each cell's line ending ` |` (a blank cell a line `|`),
    each row closed by a line of `|` only and (``opener``) opened by a line `|`."""
    lines: list[str] = []
    for row in rows:
        cells = [f"{cell} |" if cell else "|" for cell in row]
        lines += ["|"] * opener + cells + ["|" * (len(row) + 2)]
    return "\n".join(lines)


def tab_print(rows: Rows) -> str:
    """Cells apart by tabs, empty ones kept (a spreadsheet saved as text)."""
    return "\n".join("\t".join(row) for row in rows)


def markdown_print(rows: Rows) -> str:
    """Each row `| a | b |`, empty cells kept (a table exported to markdown)."""
    return "\n".join("| " + " | ".join(row) + " |" for row in rows)


ROW_PRINTS = {
    "web": web_print,
    "web_noopen": lambda rows: web_print(rows, opener=False),
    "tab": tab_print,
    "space": lambda rows: "\n".join("  ".join(cell for cell in row if cell) for row in rows),
    "space1": lambda rows: html_flat(tab_print(rows)),
    "md": markdown_print,
    "cellline": lambda rows: cell_lines(tab_print(rows)),
}


def damaged(rows: Rows):
    """(what was done, the rows) for each cell but the first of each row of three cells or more:
    the cell dropped (the cells after it one place left) and the cell blanked."""
    for r, row in enumerate(rows):
        if len(row) < 3:
            continue
        for c, cell in enumerate(row[1:], 1):
            if not cell:
                continue
            dropped = [list(x) for x in rows]
            del dropped[r][c]
            yield f"row{r}:{row[0]}:drop{c}({cell})", dropped
            blanked = [list(x) for x in rows]
            blanked[r][c] = ""
            yield f"row{r}:{row[0]}:blank{c}({cell})", blanked


def lost_cells(forms: list[str], prints: list[str], show: int) -> dict[str, tuple[int, int]]:
    """For each print style, the wrong values over every damaged form that its intact print
    does not give, and the fields right; printed a line a style (and ``show`` wrong values)."""
    counts: dict[str, tuple[int, int]] = {}
    for style in prints or ROW_PRINTS:
        printer, wrong, right = ROW_PRINTS[style], [], 0
        for key in forms or LOST_CELL_FORMS:
            rows = LOST_CELL_FORMS[key]
            gold = json.loads(json.dumps(parse_text(tab_print(rows), "t").contract_forms()))
            base = misses(gold, printer(rows), key, pair=_at_gold_rows)[0]
            for what, drows in damaged(rows):
                found, ok = misses(gold, printer(drows), key, pair=_at_gold_rows)
                right += ok
                wrong += [
                    f"{what} {w} {f}: gold={g!r} pred={p}"
                    for w, f, g, p in found
                    if (w, f, g, p) not in base
                ]
        counts[style] = (len(wrong), right)
        print(f"{style:11s} new wrong {len(wrong):4d}   right {right}")
        for line in wrong[:show]:
            print("   ", line)
    print(f"TOTAL new wrong {sum(w for w, _ in counts.values())}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="probe", required=True)
    cuts = sub.add_parser("cuts", help="cut every text after every N-th word")
    cuts.add_argument("--step", type=int, default=3)
    cuts.add_argument("--show", type=int, default=1000, help="lines of values to print")
    pert = sub.add_parser("perturb", help="print every text as other extractions would")
    pert.add_argument("--only", default="", help="transforms, comma-separated")
    pert.add_argument("--show", type=int, default=50, help="wrong values to print a transform")
    pert.add_argument(
        "--printed",
        choices=[*TOOLS, "all"],
        help="over the printed corpus of this tool (all: of each tool in turn)",
    )
    lost = sub.add_parser("lostcell", help="drop or blank each cell of invented forms' rows")
    lost.add_argument(
        "--forms", default="", help="forms (scripts/lost_cell_forms.py), comma-separated"
    )
    lost.add_argument("--prints", default="", help="print styles, comma-separated")
    lost.add_argument("--show", type=int, default=50, help="wrong values to print a style")
    args = parser.parse_args()
    if args.probe == "cuts":
        cut_scan(args.step, args.show)
    elif args.probe == "lostcell":
        lost_cells(_names(args.forms), _names(args.prints), args.show)
    else:
        perturb(_names(args.only), args.show, args.printed)


def _names(listed: str) -> list[str]:
    """The names of a comma-separated option (none: every one)."""
    return [name for name in listed.split(",") if name]


if __name__ == "__main__":
    main()
