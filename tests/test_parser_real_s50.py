"""The real corpus's run-together OCR'd forms (session 50, helper real), on small invented forms:
a numbered row whose target and actual print the same percent twice, each after a sign the OCR
garbled (90% | ^90%, 260% | 6=60% for ≥60% | ≥60%), is cut where the target's percent ends; the
values stay as printed. Two different percents, or a word or a range mark between them, leave
both out."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text

# an invented form, its cells run together on one line as an OCR'd document prints it
_HEAD = (
    "某某区苗木培育项目绩效目标自评表(2023年度)项目总得分96分项目名称苗木培育项目"
    "项目实施单位某某区林业站自治区主管部门林业和草原局市县主管部门某某区林业局"
    "资金情况(万元)年度资金总额全年预算数(A)80全年执行数(B)执行率(B/A)80万元\n80万元\n"
    "100%年度总体目标培育苗木十万株,建设苗圃200亩绩效指标一级指标二级指标三级指标分值"
    "年度指标值全年实际值得分未完成原因及改进措施"
)
_ROWS = (
    "产出指标(60分)数量指标指标1培育苗木20100000株100000株20指标2建设苗圃20200亩200亩20"
    "质量指标指标1苗木成活率20成活率不低于90%91%20"
    "效益指标(30分)社会效益指标指标1苗圃用工比例10{ratio}10指标2林农知晓度10{known}10"
)


def _rows(ratio: str = "90%^90%", known: str = "260%6=60%") -> dict[str, dict]:
    text = _HEAD + _ROWS.format(ratio=ratio, known=known)
    (form,) = parse_text(text, "signed_percents.txt").forms
    return {r["name"]: r for r in form["indicators"] if r["name"]}


def test_the_same_percent_twice_after_garbled_signs_is_cut_at_the_targets_percent() -> None:
    rows = _rows()
    ratio, known = rows["指标1苗圃用工比例"], rows["指标2林农知晓度"]
    assert (ratio["target"], ratio["actual"]) == ("90%", "^90%")
    assert (known["target"], known["actual"]) == ("260%", "6=60%")
    assert (ratio["weight"], ratio["score"], known["weight"], known["score"]) == (10, 10, 10, 10)
    assert (ratio["level1"], ratio["level2"]) == ("效益指标", "社会效益指标")


@pytest.mark.parametrize(
    "ratio",
    [
        "90%^95%",  # two percents: which cut, not told
        "90%约^90%",  # a word between: the target may be 90%约
        "90%-90%",  # a range mark: one cell's range
    ],
)
def test_other_values_between_the_percents_leave_target_and_actual_out(ratio: str) -> None:
    row = _rows(ratio=ratio)["指标1苗圃用工比例"]
    assert row["target"] is None and row["actual"] is None
    assert (row["weight"], row["score"]) == (10, 10)
