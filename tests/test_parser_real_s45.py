"""Shapes of the real corpus's texts (web excerpts, document mirrors) read by structure, each on a
small invented form (session 45)."""

from pipelines.parser import parse_text

# an invented form run together on one line by a document mirror, its indicator table ending in a
# 未完成原因及改进措施 column; the 质量指标 row lost points (22 of 25) and its reason, with no
# sentence's end, runs straight into the next group label
_HEAD = (
    "乡村保洁项目绩效自评表(2022年度)项目名称乡村保洁项目实施单位某镇人民政府主管部门某县农业农村局"
    "资金情况(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额5050100%"
    "年度总体目标完成全镇道路保洁绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分"
    "未完成原因及改进措施产出指标(50分)数量指标清扫道路长度25200公里200公里25"
)
_TAIL = (
    "效益指标(30分)社会效益指标村容村貌改善30明显改善明显改善30"
    "满意度指标(20分)服务对象满意度指标群众满意率2090%95%20总分10097\n"
)


def _rows(text: str) -> list[dict]:
    (form,) = parse_text(text, "x.txt").forms
    return form["indicators"]


def test_a_reason_without_a_full_stop_before_a_group_label_is_the_row_that_lost_points():
    rows = _rows(_HEAD + "质量指标保洁合格率2595%90%22部分路段保洁不及时,加强巡查考核" + _TAIL)
    row = next(r for r in rows if r["name"] == "保洁合格率")
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("95%", "90%", 25, 22)
    assert row["deviation"] == "部分路段保洁不及时,加强巡查考核"


def test_words_after_a_row_that_kept_its_points_are_no_reason():
    # the row scored its full 25: the words after it may be a row of blank values, not its reason
    rows = _rows(_HEAD + "质量指标保洁合格率2595%98%25部分路段保洁不及时,加强巡查考核" + _TAIL)
    assert all(r["deviation"] is None for r in rows)


def test_a_reason_ending_its_run_keeps_its_full_stop_and_is_read():
    # the run's end is the reason's 。 (once cut off with the dots a run may end in): the row
    # kept its points, so only the full stop says the words are a reason, not a row
    rows = _rows(_HEAD + "质量指标保洁合格率2595%98%25部分路段保洁不及时，将加强巡查考核。" + _TAIL)
    row = next(r for r in rows if r["name"] == "保洁合格率")
    assert row["deviation"] == "部分路段保洁不及时,将加强巡查考核。"


def test_a_reason_ending_its_run_with_a_number_in_it_is_left_out():
    # words with a number before the run's 。 may hold a row the reading could not cut
    rows = _rows(_HEAD + "质量指标保洁合格率2595%98%25路段保洁率低于98%，将加强巡查考核。" + _TAIL)
    assert all(r["deviation"] is None for r in rows)
