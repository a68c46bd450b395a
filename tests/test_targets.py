from decimal import Decimal

import pytest

from pipelines.warehouse.targets import QUALITATIVE, RANGE, parse_actual, parse_target, target_met
from tests.helpers import SAMPLES, load_gold

D = Decimal


@pytest.mark.parametrize(
    "text, operator, value, value_max, unit",
    [
        ("=9人", "=", D("9"), None, "人"),
        (">=85%", ">=", D("85"), None, "%"),
        ("≥33.00(门)", ">=", D("33.00"), None, "门"),
        ("≤2.00(%)", "<=", D("2.00"), None, "%"),
        ("=100.00(%)", "=", D("100"), None, "%"),
        ("＞90％", ">", D("90"), None, "%"),
        ("<=0.006%", "<=", D("0.006"), None, "%"),
        ("≤50000.00(条/月)", "<=", D("50000"), None, "条/月"),
        (">=2次/天", ">=", D("2"), None, "次/天"),
        ("=390", "=", D("390"), None, None),
        ("5000-6000 卷", RANGE, D("5000"), D("6000"), "卷"),
        ("30 万页", "=", D("30"), None, "万页"),
        ("1,200元", "=", D("1200"), None, "元"),
        ("提升", QUALITATIVE, None, None, None),
        ("及时", QUALITATIVE, None, None, None),
        ("365天*24小时", QUALITATIVE, None, None, None),
        ("一级故障<=90分钟，二级故障<=180分钟", QUALITATIVE, None, None, None),
        ("", QUALITATIVE, None, None, None),
        (None, QUALITATIVE, None, None, None),
    ],
)
def test_parse_target(text, operator, value, value_max, unit):
    target = parse_target(text)
    assert (target.operator, target.value, target.value_max, target.unit) == (
        operator,
        value,
        value_max,
        unit,
    )
    assert target.quantitative == (operator != QUALITATIVE)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("52.00(门)", D("52"), "门"),
        ("=98%", D("98"), "%"),
        ("99.16%", D("99.16"), "%"),
        ("0", D("0"), None),
        ("42人", D("42"), "人"),
        ("达成指标", None, None),
        ("部分达成指标并具有一定效果", None, None),
        (None, None, None),
    ],
)
def test_parse_actual(text, value, unit):
    actual = parse_actual(text)
    assert (actual.value, actual.unit) == (value, unit)


@pytest.mark.parametrize(
    "target, actual, met",
    [
        ("=100%", "=98%", False),
        ("=100%", "100%", True),
        (">=85%", ">=85%", True),
        ("≥33.00(门)", "52.00(门)", True),
        ("≥95.00(%)", "90.00(%)", False),
        ("≤2.00(%)", "0.00(%)", True),
        ("≤100.00(本/年)", "400.00(本/年)", False),
        (">90%", "90%", False),
        ("<=45人", "42人", True),
        ("=15个", "0", False),  # a bare number is compared with the target's unit
        ("5000-6000 卷", "5500卷", True),
        ("5000-6000 卷", "6001卷", False),
        ("=100%", "3人", None),  # different units cannot be compared
        ("提升", "达成指标", True),
        ("及时", "及时", True),
        ("到位", "部分达成指标并具有一定效果", False),
        ("合理", "0", None),
        ("及时性", "及时", None),
        ("提升", None, None),
    ],
)
def test_target_met(target, actual, met):
    assert target_met(target, actual) is met


def test_every_gold_target_with_an_operator_is_quantitative():
    targets = [
        row["target"]
        for path in sorted(SAMPLES.glob("*.txt"))
        for form in load_gold(path.name)
        for row in form["indicators"]
        if row["target"]
    ]
    assert len(targets) > 300
    with_operator = [t for t in targets if t.lstrip()[:1] in "=><≥≤"]
    assert with_operator and all(parse_target(t).quantitative for t in with_operator)
