"""Session 37 (plain pdftotext streams): a row that lost its numbers, its name wrapped."""

from pipelines.parser.generic import Cell, _segment_rows

COLUMNS = ["name", "target", "weight", "score"]


def _stream(pairs: list[tuple[str, int]]) -> list[Cell]:
    return [Cell(text, no) for text, no in pairs]


def test_a_numberless_row_s_short_last_line_is_its_name_s_rest():
    # (invented: rows ending in two points, then a row whose values the text lost, its name
    # wrapped at the names' widest width onto a short line: the name's rest, not a target)
    body = _stream(
        [
            ("巡查制度", 1),
            ("5.00", 2),
            ("5.00", 3),
            ("公共厕所日常保洁达标", 4),
            ("95%", 5),
            ("5.00", 6),
            ("5.00", 7),
            ("城区绿化带养护验收合", 8),
            ("格率", 9),
        ]
    )
    rows, _ = _segment_rows(body, COLUMNS)
    assert [c.text for c in rows[-1]] == ["城区绿化带养护验收合格率"]


def test_a_numberless_row_in_a_table_of_no_points_is_left_as_read():
    # (no row ends in points: nothing says a row ended, the short line is not joined)
    body = _stream(
        [
            ("公共厕所日常保洁达标", 1),
            ("95%", 2),
            ("城区绿化带养护验收合", 3),
            ("格率", 4),
        ]
    )
    rows, _ = _segment_rows(body, COLUMNS)
    assert "城区绿化带养护验收合格率" not in [c.text for row in rows for c in row]
