"""Drawn forms printed as OTHER templates and extraction tools print them: a stress test of the
parser's structure readers, with the truth known for every field.

A form drawn by model.draw_form is printed in the national template's table shape with, each
chosen at random per form:
  - the identity, money-header, money-row, indicator-header and total wordings of other
    templates (预算数(A)/执行数(B); 调整后预算数/预算执行数/权重; 指标性质/指标值/度量单位;
    分值 before the target; no 分值/得分 columns at all, closed by 自评得分);
  - group labels with their points, 二级指标 printed on every row, names wrapped onto a line of
    their own (one cell per line: all after as many characters, as a PDF tool wraps a cell at
    its column's width; other layouts anywhere), a rate printed as a ratio, amounts with thousands separators, extra money rows
    (财政专户管理资金), a grade line, the year in a one-line title, identity with colons;
  - one extraction layout: tabs, wide gaps, one cell per line, markdown, single spaces (empty
    cells dropped), HTML rows, or the whole form on one line;
  - drawn apart from the rest (so that adding them changed no other form): the national
    template's numbered names with their placeholders, and the 决策/过程/产出/效益 framework
    (项目决策 and 项目过程 rows with dash targets, the rows under 项目产出 / 项目效益).

Like the rest of pipelines.synth these forms are invented: what the parser reads of them says
how well it holds up across wordings and layouts it was built to read, not how accurate it is on
real published forms (tests/fixtures/real measures that). The sweep found the faults fixed on
2026-12-02 (see docs/templates.md); `python -m scripts.sweep_templates` prints its figures.
"""

from __future__ import annotations

import random
import re
from decimal import Decimal

from pipelines.synth import vocab
from pipelines.synth.model import SPACE, draw_form

IDENTITIES = (
    "项目名称\t{p}\n主管部门\t{d}\t实施单位\t{u}",
    "项目名称\t{p}\n主管部门及代码\t{d}\t实施单位（盖章）\t{u}",
    "项目名称\t{p}\n预算部门\t{d}\t项目单位\t{u}",
    "项目名称\t{p}\t\t\t\t\n主管部门\t{d}\t\t实施单位\t{u}\t",
)
# money table header and the contract field of each printed column
MONEY_HEADERS = {
    "national": (
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score"),
    ),
    "ab": (
        "项目资金（万元）\t\t预算数(A)\t执行数(B)\t执行率(B/A)\t权重\t得分",
        ("annual_budget", "executed", "execution_rate", "weight", "score"),
    ),
    "adjusted": (
        "项目资金（万元）\t\t年初预算数\t调整预算数\t全年执行数\t分值\t执行率\t得分",
        ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score"),
    ),
    "sichuan": (
        "预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分",
        ("initial_budget", "annual_budget", "executed", "execution_rate", "weight", "score"),
    ),
}
MONEY_ROWS = (
    ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"),
    ("资金总额", "其中：财政资金", "上年结转资金", "其他资金"),
    ("总额", "其中：财政拨款", "上年结转", "其他资金"),
)
CONTRACT_ROWS = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
# indicator table header and what each printed column after the name holds
TABLE_HEADERS = {
    "national": (
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        ("target", "actual", "weight", "score", "deviation"),
    ),
    "other": (
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\t未完成原因",
        ("target", "actual", "weight", "score", "deviation"),
    ),
    "points_first": (
        "绩效指标\t一级指标\t二级指标\t三级指标\t分值\t年度指标值\t全年实际值\t得分\t未完成原因分析",
        ("weight", "target", "actual", "score", "deviation"),
    ),
    "split": (
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析",
        ("op", "value", "unit", "actual", "weight", "score", "deviation"),
    ),
    "named_other": (
        "绩效指标\t一级指标\t二级指标\t指标内容\t预期指标值\t实际完成值\t分值\t得分\t备注",
        ("target", "actual", "weight", "score", "deviation"),
    ),
    "no_points": (
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t偏差原因分析及改进措施",
        ("target", "actual", "deviation"),
    ),
}
# The 2024 template's table, its target over a direction (正向 / 反向), a comparison (大于等于 …),
# a value and, after the actual, a unit: drawn apart from the form's own draws (see _direction),
# so it is in no choice of TABLE_HEADERS and adding it changed no other form
DIRECTION_TABLE = (
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t年度指标值\t实际完成值\t计量单位"
    "\t分值\t得分\t偏差原因分析及改进措施",
    ("direction", "comparison", "value", "bare_actual", "unit", "weight", "score", "deviation"),
)
TABLES = {**TABLE_HEADERS, "direction": DIRECTION_TABLE}
_COMPARISONS = {"≥": "大于等于", "≤": "小于等于", "=": "等于", "": ""}
LAYOUTS = (
    "tabs",
    "gaps",
    "cell_per_line",
    "markdown",
    "spaces",
    "html",
    "html_rowspan",
    "one_line",
    "run_together",
)
OPTIONS = (
    "ratio",
    "thousands",
    "wrap",
    "grade",
    "every_level2",
    "extra_rows",
    "title_one_line",
    "identity_colons",
    "header_notes",
    "page_break",
    "blank_lines",
    "unit_line",
)
_TARGET_PARTS = re.compile(r"^([≥≤=]?)(\d+(?:\.\d+)?)(\D*)$")


def _short(value: Decimal) -> str:
    text = f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _grade(score: Decimal) -> str:
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def draw(seed: int) -> tuple[str, str, dict]:
    """(name, text, expected contract dict) of form ``seed``: the same seed, the same form."""
    rng = random.Random(seed)
    form = draw_form(rng, SPACE, hard_shapes=False)
    money, table, layout, options = _choose(rng)
    table = _direction(seed, table)
    options |= _numbered(seed)
    if _framework(seed):
        options = (options - {"numbered"}) | {"framework"}
        form = _in_framework(form, seed)
    rows = rng.choice(MONEY_ROWS)
    identity = rng.choice(IDENTITIES)
    level1_points = rng.random() < 0.4
    total_label = rng.choice(("总分", "合计"))
    if layout == "cell_per_line":
        options = options | {"column_width"}  # (see _print)
    lines, expected = _print(
        rng, form, money, table, rows, identity, level1_points, total_label, options
    )
    if layout == "cell_per_line":
        # one cell per line keeps a wrapped cell's lines together: the name's rest follows its
        # head, before the target
        lines = _rest_after_head(lines)
    name = f"t{seed:05d}_{money}_{table}_{layout}"
    expected = {"source_file": f"{name}.txt", "form_index": 0, **expected}
    return name, _lay_out(lines, layout), expected


def _choose(rng: random.Random) -> tuple[str, str, str, set[str]]:
    money = rng.choice(sorted(MONEY_HEADERS))
    table = rng.choice(sorted(TABLE_HEADERS))
    layout = rng.choice(LAYOUTS)
    options = {name for name in OPTIONS if rng.random() < 0.3}
    if layout in ("one_line", "run_together"):
        options.discard("wrap")  # a spreadsheet flattened onto one line wraps nothing
    return money, table, layout, options


def choices(seed: int) -> tuple[str, str, str, set[str]]:
    """(money header, table header, layout, options) that form ``seed`` is printed with."""
    rng = random.Random(seed)
    draw_form(rng, SPACE, hard_shapes=False)
    money, table, layout, options = _choose(rng)
    table = _direction(seed, table)
    options |= _numbered(seed)
    if _framework(seed):
        options = (options - {"numbered"}) | {"framework"}
    return money, table, layout, options


def _direction(seed: int, table: str) -> str:
    """The 2024 template's table (DIRECTION_TABLE) for half the forms that drew the split
    target (指标性质 / 指标值 / 度量单位), drawn apart from the form's own draws like _numbered."""
    if table == "split" and random.Random(f"direction {seed}").random() < 0.5:
        return "direction"
    return table


def _numbered(seed: int) -> set[str]:
    """The national template's numbered names (指标1：…, then the placeholders 指标2： and ……
    left in each group), for a quarter of the forms: drawn apart from the form's own draws, so
    that adding it changed no other form."""
    return {"numbered"} if random.Random(f"numbered {seed}").random() < 0.25 else set()


def _framework(seed: int) -> bool:
    """The 决策 / 过程 / 产出 / 效益 framework (of the national evaluation guidelines, printed by
    several provinces' self-evaluation forms) for a fifth of the forms, drawn apart from the
    form's own draws like _numbered."""
    return random.Random(f"framework {seed}").random() < 0.2


# The framework's 一级 groups before the output rows, their 二级 groups and rows: (name, the
# actual values printed for it). Their targets are a dash.
FRAMEWORK_DECISION = (
    (
        "项目立项",
        (("立项依据充分性", ("充分", "依据充分")), ("立项程序规范性", ("规范", "程序规范"))),
    ),
    ("项目目标", (("绩效目标合理性", ("合理",)), ("绩效指标明确性", ("明确", "指标明确")))),
)
FRAMEWORK_PROCESS = (
    ("投入管理", (("资金到位率", ("100%",)), ("资金到位及时性", ("及时",)))),
    ("财务管理", (("资金使用合规性", ("合规",)), ("财务管理制度健全性", ("健全", "制度健全")))),
    ("项目实施", (("管理制度健全性", ("健全",)), ("制度执行有效性", ("有效", "执行有效")))),
)
# the framework's names of the national template's 一级 groups (满意度 is one of the 效益 rows)
FRAMEWORK_LEVEL1 = {
    "产出指标": "项目产出",
    "成本指标": "项目产出",
    "效益指标": "项目效益",
    "满意度指标": "项目效益",
}
FRAMEWORK_DASHES = ("一", "-", "—")


def _in_framework(form: dict, seed: int) -> dict:
    """``form`` with its rows under the framework's 一级 groups, after the 项目决策 and 项目过程
    (or 项目管理) rows: their points are taken from the largest output and outcome rows, so the
    weights still add up to the total."""
    rng = random.Random(f"framework rows {seed}")
    dash = rng.choice(FRAMEWORK_DASHES)
    process = rng.choice(("项目过程", "项目管理"))
    added = []
    for level1, groups in (("项目决策", FRAMEWORK_DECISION), (process, FRAMEWORK_PROCESS)):
        for level2, rows in groups:
            if rng.random() < 0.25:
                continue  # a group the form does not print
            for name, actuals in rng.sample(rows, rng.randint(1, len(rows))):
                weight = Decimal(rng.randint(2, 4))
                lose = rng.random() < 0.2  # a point lost, with its reason (as model.py does)
                score = weight - 1 if lose else weight
                added.append(
                    {
                        "level1": level1,
                        "level2": level2,
                        "name": name,
                        "target": dash,
                        "actual": rng.choice(actuals),
                        "weight": weight,
                        "score": score,
                        "deviation": rng.choice(vocab.REASONS) if lose else None,
                    }
                )
    rows = [
        dict(row, level1=FRAMEWORK_LEVEL1.get(row["level1"], row["level1"]))
        for row in form["indicators"]
    ]
    before = sum(row["score"] for row in rows)
    for _ in range(int(sum(row["weight"] for row in added))):
        largest = max(rows, key=lambda row: row["weight"])
        if largest["weight"] <= 1:
            break
        largest["weight"] -= 1
        largest["score"] = min(largest["score"], largest["weight"])
    rows = added + rows
    total = form["total_score"] - before + sum(row["score"] for row in rows)
    return {**form, "indicators": rows, "total_score": min(total, Decimal(100))}


def _print(rng, form, money, table, rows, identity, level1_points, total_label, options):
    """The form's printed lines (cells apart by tabs) and the contract values they hold."""
    year = form["year"]
    lines = (
        [f"{year}年度项目支出绩效自评表"]
        if "title_one_line" in options
        else ["项目支出绩效自评表", f"（{year}年度）"]
    )
    if "identity_colons" in options:
        identity = "项目名称：{p}\n主管部门：{d}\t实施单位：{u}"
    p, d, u = form["project_name"], form["department"], form["implementing_unit"]
    lines += identity.format(p=p, d=d, u=u).split("\n")
    header, columns = MONEY_HEADERS[money]
    if "header_notes" in options and money == "national":
        header = header.replace("全年预算数", "全年预算数（A）").replace(
            "全年执行数", "全年执行数（B）"
        )
        header = header.replace("执行率", "执行率（B/A）")
    if form["amount_unit"] == "元":
        header = header.replace("万元", "元")
    if "unit_line" in options:
        lines.append(f"金额单位：{form['amount_unit']}")
        header = header.replace(f"（{form['amount_unit']}）", "")
    lines.append(header)
    funds = []
    for i, (row, label) in enumerate(zip(form["funds"], rows)):
        cells, out = [], {"line": CONTRACT_ROWS[i]}
        out.update(dict.fromkeys(MONEY_HEADERS["national"][1]))
        for column in columns:
            value = row.get(column)
            if i > 0 and column in ("weight", "score"):
                cells.append(rng.choice(("—", "")))  # only the total row has points
                continue
            if i > 0 and column == "execution_rate" and row["annual_budget"]:
                value = (row["executed"] / row["annual_budget"] * 100).quantize(Decimal("0.01"))
            if i >= 2 and not row["annual_budget"] and not row["executed"]:
                value = None  # an empty row prints nothing
            if value is None:
                cells.append("")
                continue
            if column == "execution_rate":
                ratio = f"{value / 100:.4f}".rstrip("0").rstrip(".")
                cells.append(ratio if "ratio" in options else f"{_short(value)}%")
            elif column in ("initial_budget", "annual_budget", "executed"):
                cells.append(f"{value:,.2f}" if "thousands" in options else _short(value))
            else:
                cells.append(_short(value))
            out[column] = float(value)
        funds.append(out)
        lines.append("\t" + label + "\t" + "\t".join(cells))
        if i == 1 and "extra_rows" in options and money == "sichuan":
            lines.append("\t财政专户管理资金\t0.00\t0.00\t0.00\t0.00%\t/\t/")
            lines.append("\t单位资金\t0.00\t0.00\t0.00\t0.00%\t/\t/")
    lines += [
        "年度总体目标\t预期目标\t实际完成情况",
        f"\t{form['goal_planned']}\t{form['goal_actual']}",
    ]
    header, columns = TABLES[table]
    lines.append(header)
    points: dict[str, Decimal] = {}
    for row in form["indicators"]:
        points[row["level1"]] = points.get(row["level1"], 0) + row["weight"]
    indicators = []
    level1 = level2 = None
    has_points = "weight" in columns
    break_at = len(form["indicators"]) // 2 if "page_break" in options else -1
    in_group = 0  # the rows of the group so far (numbered names)
    wrap_at = 0  # the name column's width in characters, once a name is wrapped
    for number, row in enumerate(form["indicators"]):
        if "numbered" in options and number and row["level2"] != level2:
            # the template's placeholders left under the group before: 指标N： and ……
            lines += [f"\t\t\t指标{in_group + 1}：\t", "\t\t\t……\t"]
            in_group = 0
        if number == break_at:
            # a page's footer, then on the next page the title again (a spreadsheet's print
            # titles) or a 续表 note, and the header again
            top = lines[0] if len(form["indicators"]) % 2 == 0 else "续表"
            lines += ["", "第 1 页 共 2 页", "", top, header]
        elif number and "blank_lines" in options:
            lines.append("")
        first1 = row["level1"] != level1
        first2 = row["level2"] != level2 or first1
        level1, level2 = row["level1"], row["level2"]
        cell1 = (
            (f"{level1}（{_short(points[level1])}分）" if level1_points else level1)
            if first1
            else ""
        )
        cell2 = level2 if first2 or "every_level2" in options else ""
        target = row["target"].replace(">=", "≥").replace("<=", "≤")
        dash = target in FRAMEWORK_DASHES  # a dash is no target: null (LABELLING.md)
        actual = row["actual"].replace(">=", "≥").replace("<=", "≤")
        parts = _TARGET_PARTS.match(target)
        op, value, unit = parts.groups() if parts else ("", target, "")
        bare_actual = actual[: -len(unit)] if unit and actual.endswith(unit) else actual
        if table == "direction":
            # printed as the 2024 template prints it: the comparison in words, the unit after
            # the actual, which is printed without it (LABELLING.md, corpus O)
            target = None if dash else _COMPARISONS.get(op, op) + value + unit
            actual = bare_actual
        values = {
            "op": op,
            "direction": "反向" if op == "≤" else "正向",
            "comparison": _COMPARISONS.get(op, op),
            "bare_actual": bare_actual,
            "value": value,
            "unit": unit,
            "target": target,
            "actual": actual,
            "weight": _short(row["weight"]),
            "score": _short(row["score"]),
            "deviation": row["deviation"] or "",
        }
        name, rest = row["name"], None
        if "wrap" in options and len(name) > 8:
            cut = rng.randint(5, len(name) - 2)
            if "column_width" in options:
                # a PDF tool wraps a cell at its column's width: every name of the form wrapped
                # after as many characters as the first (a name no longer is printed whole)
                cut = wrap_at = wrap_at or cut
            if len(name) > cut:
                name, rest = name[:cut], name[cut:]
        prefix = ""
        if "numbered" in options:
            in_group += 1
            prefix = f"指标{in_group}："  # (before the name's first line, wrapped or not)
        name, printed = prefix + name, prefix + row["name"]
        lines.append(f"\t{cell1}\t{cell2}\t{name}\t" + "\t".join(values[c] for c in columns) + "\t")
        if rest:
            lines.append(f"\t\t\t{rest}\t" + "\t" * len(columns))
        indicators.append(
            {
                "level1": level1,
                "level2": level2,
                "name": printed,
                "target": None if dash else target,
                "actual": actual,
                "weight": float(row["weight"]) if has_points else None,
                "score": float(row["score"]) if has_points else None,
                "deviation": row["deviation"],
            }
        )
    total = form["total_score"]
    grade = None
    if has_points:
        lines.append(f"{total_label}\t\t\t\t\t\t100\t{_short(total)}\t")
        if "grade" in options:
            grade = _grade(total)
            lines.append(f"自评等级\t{grade}\t")
    else:
        lines.append(f"自评得分\t{_short(total)}\t")
    expected = {
        "year": year,
        "project_name": p,
        "department": d,
        "implementing_unit": u,
        "amount_unit": form["amount_unit"],
        "funds": funds,
        "goal_planned": form["goal_planned"],
        "goal_actual": form["goal_actual"],
        "indicators": indicators,
        "total_weight": 100.0 if has_points else None,
        "total_score": float(total),
        "grade": grade,
    }
    return lines, expected


_REST = "\t\t\t"  # a line holding only a wrapped name's rest, in the name column
_PLACEHOLDER = re.compile(r"^(?:指标\d+：|……)$")  # a template's empty row, not a rest


def _rest_after_head(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        cells = line.split("\t")
        if (
            line.startswith(_REST)
            and len([c for c in cells if c]) == 1
            and not _PLACEHOLDER.match(cells[3])
            and out
        ):
            above = out[-1].split("\t")
            above[3] = above[3] + "\n" + cells[3]
            out[-1] = "\t".join(above)
            continue
        out.append(line)
    return out


def _lay_out(lines: list[str], layout: str) -> str:
    """The printed lines (cells apart by tabs) as the extraction ``layout`` gives them."""
    if layout == "tabs":
        return "\n".join(lines) + "\n"
    if layout == "gaps":  # pdftotext -layout: wide gaps, empty cells gone with their gap
        return "\n".join("    ".join(c for c in line.split("\t") if c) for line in lines) + "\n"
    if layout == "spaces":  # one space between cells, empty cells dropped
        return "\n".join(" ".join(c for c in line.split("\t") if c) for line in lines) + "\n"
    if layout == "cell_per_line":
        return "\n".join(c for line in lines for c in line.split("\t") if c.strip()) + "\n"
    if layout == "markdown":
        return (
            "\n".join(
                "| " + line.replace("\t", " | ") + " |" if "\t" in line else line for line in lines
            )
            + "\n"
        )
    if layout == "html":
        return (
            "\n".join(
                "<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>"
                if "\t" in line
                else line
                for line in lines
            )
            + "\n"
        )
    if layout == "html_rowspan":  # merged cells (rowspan): the rows under them print none
        rows = []
        for line in lines:
            cells = line.split("\t")
            while "\t" in line and cells and not cells[0]:
                cells.pop(0)
            rows.append(
                "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" if "\t" in line else line
            )
        return "\n".join(rows) + "\n"
    if layout == "one_line":
        return " ".join(c for line in lines for c in line.split("\t") if c.strip()) + "\n"
    if layout == "run_together":  # a document's text with its table cells run together
        return "".join(c for line in lines for c in line.split("\t") if c.strip()) + "\n"
    raise ValueError(f"unknown layout {layout!r}")
