"""Draw one synthetic form as a contract dict (shared/form-schema.md), in a layout's wording.

The dict is what the parser must return for the rendered text (``expected``); the renderers in
``render`` print it. A few per cent of forms carry the defects real forms have (see DEFECTS).
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from pipelines.synth import vocab

TAB, SPACE = "tab", "space"
YEARS = (2020, 2021, 2022, 2023, 2024)

# Share of forms with each defect (independent draws).
DEFECTS = {
    "rate_mismatch": 0.03,  # printed 执行率 is not executed / budget
    "duplicate_row": 0.02,  # one indicator row printed twice
    "total_off": 0.02,  # 总分 得分 is not the sum of the scores
    "funds_off": 0.01,  # the sub-lines do not add up to 年度资金总额
    "lost_without_reason": 0.04,  # a row lost points and its deviation cell is blank
}
ROW_LOSS_RATE = 0.07  # share of indicator rows that lose points (with a reason)


def q2(x: Decimal | float | int) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _project(rng: random.Random, topic: str) -> str:
    return (
        rng.choice(vocab.PROJECT_AREAS)
        + topic
        + rng.choice(vocab.PROJECT_OBJECTS)
        + rng.choice(vocab.PROJECT_SUFFIXES)
        + rng.choice(vocab.PROJECT_PHASES)
    )


def _bodies(rng: random.Random) -> tuple[str, str, str]:
    """(department, implementing unit, topic)."""
    city = rng.choice(vocab.CITIES)
    district = rng.choice(vocab.DISTRICTS)
    bureau, units, topics = rng.choice(vocab.BUREAUS)
    place = city + district
    return place + bureau, place + rng.choice(units), rng.choice(topics)


# ---------------------------------------------------------------- money (in hundredths of a unit)


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    cuts = sorted(rng.randint(0, total) for _ in range(parts - 1))
    edges = [0, *cuts, total]
    return [b - a for a, b in pairwise(edges)]


def _amounts(rng: random.Random, unit: str) -> dict:
    """Budgets and execution of the total and the three sub-lines, integers in 0.01 of the unit."""
    if unit == "元":
        annual = rng.randint(20, 20000) * 1000 * 100 + (
            rng.randint(0, 99) * 100 if rng.random() < 0.3 else 0
        )
    else:
        annual = rng.randint(300, 300000) * 10 + rng.randint(0, 9)
    initial = annual if rng.random() < 0.6 else annual * rng.randint(70, 130) // 100
    roll = rng.random()
    if roll < 0.55:
        executed = annual
    elif roll < 0.9:
        executed = annual * rng.randint(9000, 9999) // 10000
    elif roll < 0.985:
        executed = annual * rng.randint(3000, 8999) // 10000
    else:
        executed = 0
    # sub-lines: most money is this year's appropriation, some carried over, rarely other funds
    shares = [1.0, 0.0, 0.0]
    if rng.random() < 0.2:
        shares = [0.7, 0.3, 0.0]
    if rng.random() < 0.08:
        shares = [shares[0] - 0.2, shares[1], 0.2]

    def part(total: int) -> list[int]:
        carried = int(total * shares[1])
        other = int(total * shares[2])
        return [total - carried - other, carried, other]

    return {
        "initial": initial,
        "annual": annual,
        "executed": executed,
        "sub_initial": part(initial),
        "sub_annual": part(annual),
        "sub_executed": part(executed),
    }


def _rate(executed: int, annual: int) -> Decimal | None:
    if annual == 0:
        return None
    return q2(Decimal(100) * executed / annual)


def _funds(
    rng: random.Random, layout: str, unit: str, defects: set[str]
) -> tuple[list[dict], Decimal]:
    """The four fund rows (amounts in the printed unit) and the fund score."""
    a = _amounts(rng, unit)
    if "funds_off" in defects:
        a["sub_executed"][0] += rng.choice((-1, 1)) * rng.randint(1, 500) * 100
        a["sub_executed"][0] = max(a["sub_executed"][0], 0)
    rate = _rate(a["executed"], a["annual"]) or Decimal(0)
    printed_rate = rate
    if "rate_mismatch" in defects:
        printed_rate = Decimal(100) if rate < 100 else q2(rate - Decimal(rng.randint(1, 900)) / 100)
    weight = Decimal(10)
    score = q2(weight * min(rate, Decimal(100)) / 100)
    cents = Decimal("0.01")
    rows = [
        {
            "line": "年度资金总额",
            "initial_budget": a["initial"] * cents,
            "annual_budget": a["annual"] * cents,
            "executed": a["executed"] * cents,
            "weight": weight,
            "execution_rate": printed_rate,
            "score": score,
        }
    ]
    for name, i in (("当年财政拨款", 0), ("上年结转资金", 1), ("其他资金", 2)):
        ini, ann, exe = a["sub_initial"][i], a["sub_annual"][i], a["sub_executed"][i]
        row = {
            "line": name,
            "initial_budget": ini * cents,
            "annual_budget": ann * cents,
            "executed": exe * cents,
            "weight": None,
            "execution_rate": None,
            "score": None,
        }
        if layout == TAB:
            row["execution_rate"] = _rate(exe, ann) or Decimal(0)
        elif ini == 0 and ann == 0 and exe == 0:
            row["executed"] = None  # the space layout prints `0 0 —` for an empty line
        rows.append(row)
    return rows, score


# ---------------------------------------------------------------- indicators


def _num_text(rng: random.Random, layout: str, op: str, value: Decimal, unit: str) -> str:
    if layout == TAB:
        ops = {"=": "=", ">=": "≥", "<=": "≤"}
        return f"{ops[op]}{value:.2f}({unit})"
    shown = f"{value:.2f}".rstrip("0").rstrip(".") if rng.random() < 0.8 else f"{value:.2f}"
    return f"{op}{shown}{unit}"


def _actual_text(rng: random.Random, layout: str, value: Decimal, unit: str) -> str:
    if layout == TAB:
        return f"{value:.2f}({unit})"
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return ("=" if rng.random() < 0.4 else "") + f"{shown}{unit}"


def _indicator(
    rng: random.Random,
    layout: str,
    level1: str,
    level2: str,
    topic: str,
    lose: bool,
    hard_shapes: bool,
) -> dict:
    """One row without weight/score: name, target, actual (met unless ``lose``)."""
    t = topic
    if level2 == "数量指标":
        name, unit = rng.choice(vocab.COUNT_NAMES)
        value = Decimal(
            rng.choice((1, 2, 3, 4, 6, 10, 12, 20, 24, 50, 52, 100, 120, 365, 500, 1200))
        )
        op = rng.choice(("=", ">="))
        actual = value if not lose else q2(value * Decimal(rng.randint(50, 95)) / 100)
        if not lose and op == ">=" and rng.random() < 0.3:
            actual = value + rng.randint(1, 10)  # beaten: still met
        target = _num_text(rng, layout, op, value, unit)
        act = _actual_text(rng, layout, Decimal(actual), unit)
    elif level2 in ("质量指标", "时效指标", "服务对象满意度指标"):
        satisfaction = vocab.SATISFACTION_NAMES
        if hard_shapes and layout == SPACE:
            satisfaction += vocab.LIMIT_SATISFACTION_NAMES * 3
        pool = {
            "质量指标": vocab.QUALITY_NAMES,
            "时效指标": vocab.TIME_NAMES,
            "服务对象满意度指标": satisfaction,
        }[level2]
        name = rng.choice(pool)
        if level2 == "服务对象满意度指标":
            value, op = Decimal(rng.choice((80, 85, 90, 95))), ">="
        else:
            value, op = Decimal(rng.choice((90, 95, 98, 100))), rng.choice(("=", ">="))
        if lose:
            actual = value - rng.randint(1, 12)
        elif op == ">=":
            actual = value + rng.randint(0, int(100 - value))
        else:
            actual = value
        target = _num_text(rng, layout, op, value, "%")
        act = _actual_text(rng, layout, Decimal(actual), "%")
    elif level2 == "成本指标":
        name = rng.choice(vocab.COST_NAMES)
        value = Decimal(rng.choice((100, 0)) if "超预算" not in name else 0)
        actual = value if not lose else value + rng.randint(1, 15)
        target = _num_text(rng, layout, "<=", value, "%")
        act = _actual_text(rng, layout, Decimal(actual), "%")
    else:
        name = rng.choice(vocab.QUAL_TEXT_NAMES[level2])
        target = rng.choice(vocab.QUAL_TARGETS)
        if lose:
            act = rng.choice(vocab.QUAL_ACTUAL_PART)
        elif layout == TAB or rng.random() < 0.5:
            act = rng.choice(vocab.QUAL_ACTUAL_MET)
        else:
            act = target
    return {
        "level1": level1,
        "level2": level2,
        "name": name.format(t=t),
        "target": target,
        "actual": act,
        "weight": None,
        "score": None,
        "deviation": None,
    }


def _structure(rng: random.Random) -> list[tuple[str, str]]:
    """The (一级, 二级) of each row, grouped in framework order."""
    rows: list[tuple[str, str]] = []
    for level2 in ("数量指标", "质量指标", "时效指标"):
        rows += [("产出指标", level2)] * rng.choice((1, 1, 2, 2, 3))
    if rng.random() < 0.3:
        rows.append(("产出指标", "成本指标"))
    for level2 in rng.sample(vocab.LEVEL2_OF["效益指标"], rng.randint(1, 3)):
        rows += [("效益指标", level2)] * rng.choice((1, 1, 2))
    rows.sort(key=lambda r: vocab.LEVEL2_OF["效益指标"].index(r[1]) if r[0] == "效益指标" else -1)
    rows += [("满意度指标", "服务对象满意度指标")] * rng.choice((1, 1, 2))
    return rows


def _weights(rng: random.Random, n: int, total: int = 90) -> list[Decimal]:
    base = [1] * n
    for _ in range(total - n):
        base[rng.randrange(n)] += 1
    return [Decimal(w) for w in base]


def _indicators(
    rng: random.Random, layout: str, topic: str, defects: set[str], hard_shapes: bool
) -> list[dict]:
    shape = _structure(rng)
    weights = _weights(rng, len(shape))
    rows = []
    reasonless = rng.randrange(len(shape)) if "lost_without_reason" in defects else -1
    names: set[str] = set()
    for i, ((level1, level2), weight) in enumerate(zip(shape, weights)):
        lose = (rng.random() < ROW_LOSS_RATE or i == reasonless) and weight >= 2
        for _ in range(5):  # a form rarely names two rows alike
            row = _indicator(rng, layout, level1, level2, topic, lose, hard_shapes)
            if row["name"] not in names:
                break
        names.add(row["name"])
        row["weight"] = weight
        if lose and row["actual"].startswith("部分达成"):
            # partly achieved scores 60% to 80% of the weight
            row["score"] = q2(weight * Decimal(rng.randint(60, 80)) / 100)
            row["deviation"] = None if i == reasonless else rng.choice(vocab.REASONS)
        elif lose:
            row["score"] = q2(weight - Decimal(rng.randint(1, int(weight * 4) // 2)) / 2)
            row["deviation"] = None if i == reasonless else rng.choice(vocab.REASONS)
        else:
            row["score"] = weight
            if layout == TAB and rng.random() < 0.02:
                row["deviation"] = rng.choice(vocab.NO_DEVIATION)
        rows.append(row)
    if "duplicate_row" in defects:
        at = rng.randrange(len(rows))
        rows.insert(at + 1, dict(rows[at]))
    return rows


# ---------------------------------------------------------------- the form


def _grade(score: Decimal) -> str:
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def draw_form(rng: random.Random, layout: str, hard_shapes: bool = True) -> dict:
    """A contract dict (numbers as Decimal; see ``to_contract``) with private render hints.

    ``hard_shapes``: also draw the shapes of pipelines.synth.HARD_SHAPES.
    """
    defects = {name for name, rate in DEFECTS.items() if rng.random() < rate}
    department, unit_name, topic = _bodies(rng)
    amount_unit = "元" if rng.random() < (0.6 if layout == SPACE else 0.3) else "万元"
    funds, fund_score = _funds(rng, layout, amount_unit, defects)
    indicators = _indicators(rng, layout, topic, defects, hard_shapes)
    total = fund_score + sum(r["score"] for r in indicators)
    if "total_off" in defects:
        total = q2(total + Decimal(rng.choice((-3, -1, 1, 2))) / rng.choice((1, 2, 4)))
    total = min(total, Decimal(100))
    form = {
        "year": rng.choice(YEARS),
        "project_name": _project(rng, topic),
        "department": department,
        "implementing_unit": unit_name,
        "amount_unit": amount_unit,
        "funds": funds,
        "goal_planned": rng.choice(vocab.GOAL_PLANNED).format(t=topic),
        "goal_actual": rng.choice(vocab.GOAL_ACTUAL).format(t=topic),
        "indicators": indicators,
        "total_weight": Decimal(100),
        "total_score": q2(total),
        "grade": _grade(total) if layout == TAB else None,
        "_defects": sorted(defects),
        "_thousands": rng.random() < 0.4,
        "_hard_shapes": hard_shapes,
    }
    return form


def to_contract(form: dict, source_file: str, form_index: int) -> dict:
    """The expected parse in the contract's shape: numbers as floats, render hints dropped."""

    def plain(value):
        return float(value) if isinstance(value, Decimal) else value

    out = {"source_file": source_file, "form_index": form_index}
    for key, value in form.items():
        if key.startswith("_"):
            continue
        if key in ("funds", "indicators"):
            out[key] = [{k: plain(v) for k, v in row.items()} for row in value]
        else:
            out[key] = plain(value)
    return out
