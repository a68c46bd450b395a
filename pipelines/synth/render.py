"""Print a drawn form (see model.draw_form) as the text a PDF extraction gives, in one layout.

TAB: one tab-separated line per printed row (like the 001/003 samples).
SPACE: labels and values on separate lines, space-separated cells, indicator names on their own
line followed by `target actual weight score` (like the 000/004 samples).
"""

from __future__ import annotations

import random
from decimal import Decimal

from pipelines.synth.model import TAB
from pipelines.synth.vocab import looks_like_label_piece

# The space layout's indicator table header, as the PDF extraction prints it.
SPACE_TABLE_HEADER = [
    "绩",
    "效",
    "指",
    "标",
    "",
    "一级指标 二级指标 三级指标",
    "年度",
    "",
    "指标值",
    "实际",
    "",
    "完成值",
    "分值 得分",
    "",
    "偏差原因分析及",
    "改进措施",
    "",
]


def short(value: Decimal) -> str:
    """10 -> '10', 9.50 -> '9.5', 838405.17 -> '838405.17'."""
    text = f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _money(value: Decimal, thousands: bool) -> str:
    return f"{value:,.2f}" if thousands else f"{value:.2f}"


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


# ---------------------------------------------------------------- tab layout


def _cut(rng: random.Random, name: str, hard_shapes: bool) -> int | None:
    """Where a wrapped name breaks (its last piece is 1-3 characters), or None not to wrap.
    A last piece that is also a piece of a level label (满意度) is read as the label: a parser
    limit, printed only with ``hard_shapes``."""
    cut = rng.randint(len(name) - 3, len(name) - 1)
    if looks_like_label_piece(name[cut:]) and not hard_shapes:
        return None
    return cut


def _spaced(rng: random.Random, label: str) -> str:
    """A merged-cell label sometimes printed with an inner space (`产出 指标`)."""
    if rng.random() < 0.2 and len(label) >= 4:
        return label[:-2] + " " + label[-2:]
    return label


def render_tab(rng: random.Random, form: dict) -> list[str]:
    f = form
    out = [
        "",
        "财政项目支出绩效自评表",
        "",
        f"({f['year']}{rng.choice(('年度', ' 年度'))})",
        "",
        f"项目名称\t\t{f['project_name']}\t\t\t\t\t",
        f"主管部门\t\t{f['department']}\t\t实施单位\t\t{f['implementing_unit']}\t",
        f"项目资金 ({f['amount_unit']})\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分",
    ]
    for i, row in enumerate(f["funds"]):
        label = {0: "年度资金总额:", 1: "其中: 当年财政拨款"}.get(i, row["line"])
        cells = [
            _money(row[k], f["_thousands"]) for k in ("initial_budget", "annual_budget", "executed")
        ]
        weight = f"{row['weight']:.2f}" if row["weight"] is not None else "-"
        score = f"{row['score']:.2f}" if row["score"] is not None else "-"
        out.append("\t".join(["", label, *cells, weight, f"{row['execution_rate']:.2f}", score]))
    out += [
        "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t",
        f"\t{f['goal_planned']}\t\t\t{f['goal_actual']}\t\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    ]
    level1 = level2 = None
    for row in f["indicators"]:
        first = row["level1"] != level1
        new2 = first or row["level2"] != level2
        level1, level2 = row["level1"], row["level2"]
        name, tail = row["name"], ""
        cut = _cut(rng, name, f["_hard_shapes"]) if len(name) > 9 and rng.random() < 0.1 else None
        if cut:
            name, tail = name[:cut], name[cut:]
        cells = [
            _spaced(rng, level1) if first else "",
            _spaced(rng, level2) if new2 else "",
            name,
            row["target"] or "",
            row["actual"] or "",
            f"{row['weight']:.2f}",
            f"{row['score']:.2f}",
            row["deviation"] or "",
        ]
        out.append("\t".join(cells))
        if tail:  # the wrapped end of the name, on a line of its own in the name column
            out.append("\t".join(["", "", tail, "", "", "", "", ""]))
    out.append(f"总分\t\t\t\t\t{f['total_weight']:.2f}\t{f['total_score']:.2f}\t")
    if f["grade"] is not None:
        out.append(f"评分等级\t{f['grade']}\t\t\t\t\t\t")
    return out


# ---------------------------------------------------------------- space layout


def _header_value(rng: random.Random, value: str) -> list[str]:
    """A header value on the lines after its label, wrapped like a narrow merged cell."""
    if len(value) <= 10 or rng.random() < 0.3:
        return [value]
    cut = rng.randint(6, min(12, len(value) - 1))
    return [value[:cut], "", value[cut:]] if rng.random() < 0.5 else [value[:cut], value[cut:]]


def render_space(rng: random.Random, form: dict) -> list[str]:
    f = form
    out = [
        "",
        "财政项目支出绩效自评表",
        f"({f['year']} 年度)",
        "",
        f"项目名称 {f['project_name']}",
        "",
        "主管部门",
        *_header_value(rng, f["department"]),
        "实施单位",
        "",
        *_header_value(rng, f["implementing_unit"]),
        "",
        "项目资金",
        f"（{f['amount_unit']}）",
        "",
        "\u00a0\u00a0\u00a0\u00a0 年初预算数 全年预算数 全年执行数 \u00a0分值\u00a0 执行率 得分",
        "",
    ]
    total = f["funds"][0]
    executed = f"{total['executed']:,.2f}" if f["_thousands"] else f"{total['executed']:.2f}"
    if f["_thousands"] and executed.endswith(".00"):
        executed = executed[:-3]
    out += [
        f"年度资金总额 {total['initial_budget']:.2f} {total['annual_budget']:.2f} {executed} "
        f"{short(total['weight'])} {total['execution_rate']:.2f}% {short(total['score'])}",
        "",
    ]
    for i, row in enumerate(f["funds"][1:]):
        indent = "\u00a0\u00a0\u00a0\u00a0其中：" if i == 0 else "\u00a0" * 16
        cells = [short(row["initial_budget"]), short(row["annual_budget"])]
        if row["executed"] is not None:
            cells.append(short(row["executed"]))
        out += [
            indent
            + row["line"]
            + " "
            + " ".join(cells)
            + " —"
            + ("\u00a0\u00a0 " if i < 2 else ""),
            "",
        ]
    out += [
        "年度",
        "总体",
        "目标",
        "",
        "预期目标 实际完成情况",
        "",
        *_wrap(f["goal_planned"], 26),
        "",
        *_wrap(f["goal_actual"], 22),
        "",
        *SPACE_TABLE_HEADER,
    ]
    level1 = level2 = None
    page = 2
    after_reasonless = False
    for row in f["indicators"]:
        first = row["level1"] != level1
        new2 = first or row["level2"] != level2
        level1, level2 = row["level1"], row["level2"]
        if first and new2 and rng.random() < 0.3:
            out += [f"{level1} {level2}", ""]
        else:
            if first:
                out += [level1, ""]
            if new2:
                out += [level2, ""]
        numbers = f"{row['target']} {row['actual']} {short(row['weight'])} {short(row['score'])}"
        # After a row that lost points without a reason, a name on its own line would be read as
        # that row's deviation (a parser limit): print the next row on one line unless asked.
        one_line = rng.random() < 0.25
        if after_reasonless and not f["_hard_shapes"]:
            one_line = True
        after_reasonless = row["score"] < row["weight"] and not row["deviation"]
        name = row["name"]
        if one_line:
            out.append(f"{name} {numbers}")
        elif len(name) > 10 and rng.random() < 0.3 and (cut := _cut(rng, name, f["_hard_shapes"])):
            # a narrow 三级指标 cell wraps the name; its last piece is short
            out += [name[:cut], "", name[cut:], "", numbers]
        else:
            out += [name, numbers]
        if row["deviation"]:
            out += ["", *_wrap(row["deviation"], 9)]
        out.append("")
        if rng.random() < 0.04:
            out += [f"- {page} -", "", "", ""]
            page += 1
    out += [f"总分 {short(f['total_weight'])} {f['total_score']:.2f}\u00a0\u00a0"]
    return out


def render(rng: random.Random, layout: str, form: dict) -> list[str]:
    return render_tab(rng, form) if layout == TAB else render_space(rng, form)
