"""The form parser: text of 财政项目支出绩效自评表 in, contract-shaped dicts out.

A pure library (no Dagster): see parse_bytes / parse_file / parse_text.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from pipelines.parser import centred_labels
from pipelines.parser.arithmetic import total_row
from pipelines.parser.blocks import (
    drop_interleaved_rows,
    drop_joined_name_without_values,
    drop_names_before_a_wider_line,
    drop_values_after_bare_name,
    drop_values_without_points,
    from_blocks,
    grade_by_its_total,
    lone_points_by_sums,
    money_points_by_sums,
    money_score_printed_last,
    rejoin_split_cells,
)
from pipelines.parser.cell_lines import from_cell_lines
from pipelines.parser.centred_rows import (
    drop_doubled_labels,
    drop_stray_pieces,
    drop_unplaced_identity_rest,
    from_centred_rows,
    line_print,
    said_twice,
    shows_centred,
)
from pipelines.parser.csvtext import from_csv
from pipelines.parser.cut_values import goals_cut_at_the_end, identity_of_the_form_s_words
from pipelines.parser.decode import NotText, decode
from pipelines.parser.flattened_rows import drop_unbounded_marks
from pipelines.parser.form import (
    CUT_OFF,
    NO_NUMBERS,
    NO_ROWS,
    MissingPart,
    parse_form,
)
from pipelines.parser.generic import (
    bracketed_title_year,
    doubtful,
    give_lone_points,
    has_identity,
    missing_parts,
    read_form,
    title_year,
)
from pipelines.parser.goal_pieces import goals_wrapped_as_two
from pipelines.parser.guards import (
    a_row_line_without_columns,
    first_levels_resumed,
    guard_form,
    identity_cut_at_the_end,
    labels_past_a_change_of_weight,
    labels_past_a_lost_head,
    labels_past_scattered_characters,
    labels_past_unread_values,
    last_words,
    names_above_values_over_unread_pieces,
    names_between_unread_pieces,
    names_cut_in_line_prints,
    names_over_a_lone_tail,
    names_past_labels_under_a_lost_piece,
    names_under_a_loose_head,
    names_wrapped_under_their_line,
    points_printed_bare,
    reasons_past_a_centred_tail,
    reasons_under_a_lost_piece,
    rows_named_by_a_cells_end,
    rows_of_boxes_joined,
    values_between_loose_pieces,
    values_of_a_table_printed_by_columns,
    values_over_unread_pieces,
    values_tied_to_nothing,
)
from pipelines.parser.label_order import levels_by_order
from pipelines.parser.labels import drop_dash_targets
from pipelines.parser.layout import flush_print, from_layout
from pipelines.parser.lone_total import total_by_lone_scores
from pipelines.parser.lost_rows import (
    name_pieces_on_a_rows_line,
    nameless_rows_past_a_lost_row,
    names_headed_under_a_nameless_row,
    places_marks,
    reasons_read_as_rows,
    row_spans,
)
from pipelines.parser.money_runs import money_by_runs
from pipelines.parser.name_blocks import rows_by_name_blocks
from pipelines.parser.name_columns import rows_by_name_columns
from pipelines.parser.page_footers import without_page_footers
from pipelines.parser.patterns import lazy
from pipelines.parser.result import FormError, ParseResult
from pipelines.parser.run_cells import cells_apart
from pipelines.parser.running_lines import without_running_headers
from pipelines.parser.script import (
    drop_values_cut_before_gloss,
    is_traditional,
    narrow_cells,
    restore,
    strip_pinyin,
    to_simplified,
    with_pinyin,
)
from pipelines.parser.segment import any_between, form_ranges, is_title
from pipelines.parser.spaced_labels import spread_labels_joined
from pipelines.parser.stacked_names import drop_stacked_wrapped_names, may_be_interleaved
from pipelines.parser.straddled_tails import (
    names_opening_with_label_pieces,
    names_wrapped_past_points,
    straddled_cells,
)
from pipelines.parser.swapped_pages import (
    labels_from_above_the_header,
    labels_past_the_total,
    later_page_first,
)
from pipelines.parser.text import (
    PAGE_MARKER_MAX,
    LazyLines,
    ends_sentence,
    half_width_numbers,
    is_page_marker,
    is_page_number_between_rows,
    unix_newlines,
    without_zero_width,
)
from pipelines.parser.value_groups import drop_rows_over_stacked_groups, rows_by_value_groups
from pipelines.parser.values_past_total import values_past_the_total
from pipelines.parser.widthless_head import (
    FLUSH,
    department_wrapped_round_its_label,
    goals_of_a_flush_print,
)
from pipelines.parser.widthless_pieces import rows_among_loose_pieces

__all__ = ["FormError", "ParseResult", "parse_bytes", "parse_file", "parse_text"]


def parse_text(text: str, source_file: str, encoding: str | None = None) -> ParseResult:
    """The forms of one file's text. A text in traditional characters (or with a mirror's pinyin)
    is read from a simplified copy and its values given back as printed (script.py); a CSV
    export is read with its cells apart by tabs (csvtext.py)."""
    text = unix_newlines(text)  # (CR LF line ends: a CR is no cell of a line's own)
    text = half_width_numbers(text)  # (１００％, 指标１：: read as a print of ASCII digits)
    raw = text = without_zero_width(text)  # (a web page's zero-width spaces: a blank line's)
    raw = text = later_page_first(text)  # (a form's last page printed before its head)
    text = from_csv(text) or text  # a spreadsheet's CSV export: its cells apart by tabs
    text = spread_labels_joined(text)  # (labels letter-spaced: 项 目 名 称, 一  级  指  标)
    text = cells_apart(text)  # (cells of text an extraction ran together: 项目名称某某)
    text = without_running_headers(text)  # (a PDF's page header, printed on every page)
    text = without_page_footers(text)  # (a line print's page footers, with their blank lines)
    laid_out = from_layout(text)  # a PDF tool's tables laid out in columns: by tabs too
    notes: list[tuple[int, int, str]] = []
    centred = blocked = None
    unblocked = ""  # (a text a cell a paragraph as printed, before its cells were joined)
    tails: dict[tuple[int, str], int] = {}  # (see centred_labels.TAILS)
    spread: dict[int, tuple[int, int]] = {}  # (see centred_labels.SPREAD)
    line_printed = False  # (a page's lines one after another, cells apart by one space)
    # (a layout print whose every line starts at the margin: see widthless_head.FLUSH)
    flush = flush_print(text)
    if laid_out:
        text, notes = laid_out
    elif blocked := from_blocks(text):  # one cell a paragraph: a wrapped cell's lines joined
        unblocked = text
        text, notes = blocked
    elif celled := from_cell_lines(text):  # one cell a line: a space inside it is the cell's
        text, notes = celled
    elif (line_printed := line_print(text)) and (centred := from_centred_rows(text, tails, spread)):
        text, notes = centred  # a page's lines one after another, names around their values
    printed = text
    text, cuts = strip_pinyin(text)
    stripped = text
    back = None
    if is_traditional(text):
        text, back = to_simplified(text)
    token = centred_labels.CENTRED.set(bool(centred))
    shown = centred_labels.SHOWN.set(bool(centred) and shows_centred(centred[1]))
    lined = centred_labels.LINE_PRINT.set(bool(line_printed))
    joined = centred_labels.TAILS.set(tails if centred else None)
    spreads = centred_labels.SPREAD.set(spread if centred else None)
    flushed = FLUSH.set(flush)
    try:
        result = _parse(text, printed, source_file, encoding)
    finally:
        FLUSH.reset(flushed)
        centred_labels.CENTRED.reset(token)
        centred_labels.SHOWN.reset(shown)
        centred_labels.LINE_PRINT.reset(lined)
        centred_labels.TAILS.reset(joined)
        centred_labels.SPREAD.reset(spreads)
    # (a text a cell a paragraph mended by its lines as read: in simplified characters, without
    # a mirror's pinyin, as the rows' values are, where that kept its lines)
    as_read = printed if not blocked or text is printed else text
    if as_read is not printed and text.count("\n") != printed.count("\n"):
        as_read = printed
    # (a text with no blank line whose cells no shape told apart: its lines as read, for the
    # stacked names' runs; a text with blank lines is a paragraph print's or has its rows apart)
    unshaped = text if not (laid_out or blocked or centred or "\n\n" in text) else None
    _mend(
        result,
        notes,
        as_read if blocked else None,
        text if line_printed else None,
        unblocked,
        unshaped,
    )
    # (a -layout print read one cell a line or as markdown: names' tails after the points)
    if not (laid_out or blocked) and (cells := straddled_cells(text)):
        for form in (*result.forms, *(e.form for e in result.errors if e.form)):
            said = names_wrapped_past_points(form["indicators"], cells)
            if said := said + names_opening_with_label_pieces(form["indicators"], cells):
                form["warnings"] = [*form.get("warnings", ()), *said]
    for form in (*result.forms, *(e.form for e in result.errors if e.form)):
        if given := give_lone_points(form) + goals_wrapped_as_two(form):
            form["warnings"] = [*form.get("warnings", ()), *given]
        drop_unbounded_marks(form["indicators"])  # (read by the guards and give_lone_points)
    if back:
        result.forms = [restore(form, back, text, stripped) for form in result.forms]
        for error in result.errors:
            error.form = error.form and restore(error.form, back, text, stripped)
    if cuts:
        result.forms = [with_pinyin(form, stripped, printed, cuts) for form in result.forms]
        for error in result.errors:
            error.form = error.form and with_pinyin(error.form, stripped, printed, cuts)
        narrow = narrow_cells(raw)  # (once a text: asked of every form)
        for form in result.forms:
            drop_values_cut_before_gloss(form, narrow)  # (a narrow cell wrapped before a gloss)
            if dropped := values_tied_to_nothing(form["indicators"]):
                form["warnings"] = [*form.get("warnings", ()), *dropped]
    last = last_words(raw)  # (once a text: asked of every form, it grew with the text's length)
    for form in (*result.forms, *(e.form for e in result.errors if e.form)):
        if said := identity_cut_at_the_end(form, last) + goals_cut_at_the_end(form, last):
            form["warnings"] = [*form.get("warnings", ()), *said]
    return result


def _mend(
    result: ParseResult,
    notes: list,
    blocked: str | None,
    line_printed: str | None,
    unblocked: str = "",
    unshaped: str | None = None,
) -> None:
    """What the reading of a text's shape says of the forms read from it, each form's mends in
    its warnings: a text a cell a paragraph (``blocked``, as read: simplified, without pinyin,
    where its lines stayed) has its wrapped cells split at a space put back whole
    (blocks.rejoin_split_cells), and the values of rows whose cells
    moved left out: two rows interleaved (blocks.drop_interleaved_rows), a row under a bare name
    whose values may be the name's (blocks.drop_values_after_bare_name), rows read past two blank
    points columns (blocks.drop_values_without_points), and a money table none of whose values
    was read is read from its run of values where its structure settles them
    (money_runs.money_by_runs), and rows printed as a column of names, then their targets' and
    actuals' columns, where the counts and units settle them (name_columns); a page's lines one after another
    (``line_printed``, as read) loses the words said twice on a line that were read as a group
    label and the rows read from a wrapped cell's pieces (centred_rows); and the lines the shape's
    reader joined or moved are named (``notes``) in the forms they fall in; a text whose cells no
    shape told apart (``unshaped``, as read) loses the rows read from stacked names that may be
    wrapped (stacked_names) and the values of two rows interleaved (the second row kept blank
    where it was read: the rows' count there is the lines', no value)."""
    # (the texts' lines split once a text, not once a form: each is asked of every form)
    blocked_lines = blocked.split("\n") if blocked is not None else []
    unblocked_lines = unblocked.split("\n") if blocked is not None else []
    # (the line print's lines and its words said twice, once a text: asked of every form)
    printed_lines = line_printed.split("\n") if line_printed is not None else []
    doubled = said_twice(printed_lines)
    unshaped_lines = None  # (split once a text, where a form is read from it)
    for form in (*result.forms, *(e.form for e in result.errors if e.form)):
        said: list[str] = []
        if blocked is not None:
            said += drop_joined_name_without_values(form["indicators"], blocked_lines, notes)
            said += rejoin_split_cells(form["indicators"], blocked_lines, notes)
            said += drop_interleaved_rows(form["indicators"], blocked_lines)
            said += drop_values_after_bare_name(form["indicators"], blocked_lines)
            said += drop_values_without_points(form["indicators"])
            said += money_by_runs(form, blocked_lines)
            said += money_points_by_sums(form, blocked_lines)
            said += money_score_printed_last(form, blocked_lines)
            said += lone_points_by_sums(form, blocked_lines)
            said += total_by_lone_scores(form, blocked_lines)
            said += grade_by_its_total(form, blocked_lines)
            said += values_past_the_total(form, blocked_lines)
            said += rows_by_name_columns(form, blocked_lines)
            said += rows_by_value_groups(form, blocked_lines)
            said += rows_by_name_blocks(form, blocked_lines, unblocked_lines)
            said += levels_by_order(form, blocked_lines, unblocked_lines)
            said += drop_names_before_a_wider_line(form["indicators"], blocked_lines)
        if line_printed is not None:
            if dropped := drop_doubled_labels(form, doubled):
                said.append(
                    f"{dropped} group label(s) printed twice on a line of their own (a target's "
                    "and an actual's pieces alike) left out"
                )
            if dropped := drop_stray_pieces(form, printed_lines):
                said.append(f"{dropped} row(s) read from a wrapped cell's pieces dropped")
            said += drop_unplaced_identity_rest(form, printed_lines, notes)
        if unshaped is not None and may_be_interleaved(form["indicators"]):
            unshaped_lines = unshaped_lines or unshaped.split("\n")
            said += drop_stacked_wrapped_names(form, unshaped_lines)
            said += drop_interleaved_rows(form["indicators"], unshaped_lines, keep_place=True)
        if unshaped is not None:
            unshaped_lines = unshaped_lines or unshaped.split("\n")
            said += drop_rows_over_stacked_groups(form, unshaped_lines)
        said += [
            f"lines {first}-{last}: {note}"
            for first, last, note in notes
            if form["line_start"] <= last and first <= form["line_end"]
        ]
        if said:
            form["warnings"] = [*form.get("warnings", ()), *said]


def _parse(text: str, printed: str, source_file: str, encoding: str | None) -> ParseResult:
    result = ParseResult(source_file=source_file, encoding=encoding)
    lines = LazyLines(text)
    # 评 and 称 for 自评 and 项目名称: the lines that may start a form; and the lines that may be
    # a page's marker
    candidates, page_breaks = lines.form_marks()
    split, ranges = form_ranges(lines, candidates)
    # the lines a page break may have printed inside a form (a page marker, the title again):
    # a form with none of them is not looked through for them
    breaks = None
    if split is lines:
        breaks = sorted(
            {
                *page_breaks,
                *(i for i in candidates if "自评" in (raw := lines.raw(i)) and "表" in raw),
            }
        )
    lines = split
    if not ranges:
        result.file_error = (
            "no form found (no 绩效自评表 title and no 项目名称 label outside a 绩效目标表, "
            "which declares targets and is no self-evaluation)"
        )
        return result
    index = 0
    before = 0  # where the text before this form starts (after the previous form)
    printed_lines: list[str] = []  # the text as printed, split at the first failed form (_raw)
    for start, end in ranges:
        preamble, before = (before, start), end
        segment = lines[start:end]  # made here, form by form, and let go after
        if breaks is None or any_between(breaks, start, end):
            segment = _form_lines(segment)
        first, last = segment[0].no, segment[-1].no
        try:
            form = parse_form(segment)
            # (a layout read whole may still hold a part with nothing in it: money rows whose
            # amounts it did not take, a blank goal; named as the structure reader's are)
            form["missing_parts"], form["reader"] = missing_parts(form), "layout"
            if form["missing_parts"]:
                form["warnings"] = [
                    *form["warnings"],
                    *(f"not read: {part}" for part in form["missing_parts"]),
                ]
            if doubtful(form) or not has_identity(form):
                # a layout reader's misreading of another template: read by structure instead
                # when that says what the form is
                other, error, _ = _read_by_structure(
                    segment, MissingPart(["a reading they can trust (a value out of its place)"])
                )
                if other is not None and error is None:
                    form = other
                elif not has_identity(form):
                    # neither reader found who the form belongs to: quarantined (below)
                    raise MissingPart(["identity (项目名称 and 主管部门 or 实施单位)"])
        except Exception as exc:
            form, structure = _cut_off(segment, exc)
            error = None
            if form is None:
                form, error, reading = _read_by_structure(segment, exc, structure)
            if error is not None:
                failed = FormError(
                    source_file,
                    index,
                    first,
                    last,
                    error[0],
                    error[1],
                    _raw(printed, printed_lines, first, last),
                    reading,
                )
                if form is not None:
                    _finish(form, lines[preamble[0] : preamble[1]], segment)
                    failed.form = {"source_file": source_file, "form_index": index, **form}
                    failed.form.update(line_start=first, line_end=last, quarantined=True)
                result.errors.append(failed)
                index += 1
                continue
            if form is None:
                continue  # a title-like line with nothing of a form after it
        _finish(form, lines[preamble[0] : preamble[1]], segment)
        ordered = {"source_file": source_file, "form_index": index}
        ordered.update(form)
        ordered["line_start"], ordered["line_end"] = first, last
        result.forms.append(ordered)
        index += 1
    return result


def _finish(form: dict, preamble, segment) -> None:
    """What every form read gets, loaded or quarantined (a quarantined one is printed with what
    was read of it): the title's year, dash targets blanked, and what a misread left taken out
    (guards.guard_form), with its warnings and the parts then missing."""
    _year_from_title(form, preamble, segment)
    drop_dash_targets(form["indicators"])
    rows = form["indicators"]
    if rows and form["total_score"] is None and form["total_weight"] is None:
        _last_row_at_a_cut(rows[-1], segment)
    dropped = values_of_a_table_printed_by_columns(form["indicators"], segment)
    dropped += guard_form(form, segment)
    # (the rows' line spans, which the guards that read the rows' lines ask first, taken once:
    # given to a guard while no guard since has said something, every change coming with a
    # warning, and made again by the guard otherwise)
    spans, said = row_spans(form["indicators"]), len(dropped)
    dropped += rows_named_by_a_cells_end(form["indicators"], segment, spans)
    # (whether a line of a row's span prints no columns, names_cut_in_line_prints' first need
    # and labels_past_a_change_of_weight's last, asked once, as the spans: tab-separated and
    # laid-out prints have none)
    line_print = a_row_line_without_columns(
        form["indicators"], segment, spans if len(dropped) == said else None
    )
    printed = len(dropped)
    if line_print:
        dropped += names_cut_in_line_prints(
            form["indicators"], segment, spans if len(dropped) == said else None
        )
    dropped += points_printed_bare(form["indicators"], segment)
    dropped += names_under_a_loose_head(form["indicators"], segment)
    dropped += values_between_loose_pieces(form["indicators"], segment)
    dropped += labels_past_scattered_characters(form["indicators"], segment)
    dropped += labels_past_a_lost_head(form["indicators"], segment)
    dropped += labels_past_the_total(form["indicators"], segment)
    dropped += names_wrapped_under_their_line(form["indicators"], segment)
    # (the guards of rows' places below called only where the rows meet their first test,
    # lost_rows.places_marks, asked once here: or where a guard since has said something,
    # every change coming with a warning)
    apart, shared, nameless = places_marks(
        form["indicators"], spans if len(dropped) == said else None
    )
    said = len(dropped)
    if apart:
        dropped += labels_past_unread_values(form["indicators"], segment)
    dropped += first_levels_resumed(form["indicators"], segment)
    if line_print or len(dropped) != printed:
        dropped += labels_past_a_change_of_weight(form["indicators"], segment)
    dropped += values_over_unread_pieces(form["indicators"], segment)
    dropped += names_past_labels_under_a_lost_piece(form["indicators"], segment)
    dropped += names_above_values_over_unread_pieces(form["indicators"], segment)
    dropped += names_between_unread_pieces(form["indicators"], segment)
    dropped += reasons_under_a_lost_piece(form["indicators"], segment)
    dropped += reasons_past_a_centred_tail(form["indicators"], segment)
    dropped += rows_of_boxes_joined(form["indicators"], segment)
    dropped += names_over_a_lone_tail(form["indicators"], segment)
    if nameless or len(dropped) != said:
        dropped += nameless_rows_past_a_lost_row(form["indicators"], segment)
    if shared or len(dropped) != said:
        dropped += name_pieces_on_a_rows_line(form["indicators"])
    if nameless or len(dropped) != said:
        dropped += names_headed_under_a_nameless_row(form["indicators"], segment)
    dropped += identity_of_the_form_s_words(form)
    dropped += department_wrapped_round_its_label(form, segment)
    dropped += goals_of_a_flush_print(form, segment)
    if (shared and nameless) or len(dropped) != said:
        dropped += reasons_read_as_rows(form["indicators"])
    dropped += labels_from_above_the_header(form["indicators"], segment)
    dropped += rows_among_loose_pieces(form["indicators"], segment)
    if dropped:
        # (a row a guard left with a value alone, its name left out after drop_empty_rows ran:
        # every change comes with a warning, so none where nothing was said)
        dropped += values_tied_to_nothing(form["indicators"])
        form["warnings"] = [*form.get("warnings", ()), *dropped]
        form["missing_parts"] = missing_parts(form)


def _form_lines(segment: list) -> list:
    """A form's lines without what a page break printed inside it: the page's footer or number
    (第 1 页 共 2 页, - 2 -, 续表, or a number alone between two rows of tab-separated cells),
    even between two pieces of a wrapped cell, and the form's
    title printed again at the top of the page (the form goes on under it: see
    segment.form_ranges)."""
    if not segment:
        return segment
    title = segment[0].compact if is_title(segment[0]) else None
    kept = [segment[0]]
    for k, line in enumerate(segment[1:], 1):
        text = line.compact
        if not text or (len(text) > PAGE_MARKER_MAX and "自评" not in text):
            # (most lines: blank, or longer than a page's marker or number and no title's:
            # kept without the tests' calls, asked of every line of the form)
            kept.append(line)
        elif not (
            is_page_marker(line)
            or (title and "自评" in text and is_title(line) and title.startswith(text))
            or is_page_number_between_rows(segment, k)
        ):
            kept.append(line)
    return kept


def _cut_off(segment: list, exc: Exception) -> tuple[dict | None, tuple | None]:
    """A form of a layout the layout readers know, cut off inside its indicator table (a page
    or an excerpt that stops there): read by them with its total left out, when the end is all
    it lacks and what it holds reads as they expect. Returns (the form or None, the structure
    reader's reading where it was made, for the caller not to make it again)."""
    if not (
        isinstance(exc, MissingPart)
        and (CUT_OFF in exc.missing or NO_NUMBERS in exc.missing)
        and set(exc.missing) <= {NO_ROWS, CUT_OFF, NO_NUMBERS}
    ):
        return None, None
    try:
        form = parse_form(segment, cut=True)
    except Exception:
        return None, None
    if doubtful(form) or not has_identity(form):
        return None, None
    if CUT_OFF not in exc.missing and not _points_whole(form):
        # (a 总分 label with no number, the form's last words: a table cut right after it only
        # where its rows and money add up to the form's whole points; else the total's numbers
        # are printed elsewhere, or lost with more of the table, for the structure reader)
        return None, None
    # the layout reader reads its own templates better than the structure reader (a value
    # wrapped over lines, of which the structure reader takes the first): it is trusted where
    # the structure reader, which reads any template, does not say otherwise, and where it
    # read every row but the last with a name (a row without one: another template)
    structure = read_form(segment)
    other = structure[0]
    if other["total_score"] is not None or other["total_weight"] is not None:
        # not cut: its end is worded otherwise (自评得分), which the structure reader reads
        return None, structure
    for key in ("project_name", "department", "implementing_unit", "goal_planned", "goal_actual"):
        if other[key] and not (form[key] or "").startswith(other[key]):
            return None, structure
    rows = form["indicators"]
    if not rows or any(not row["name"] for row in rows[:-1]):
        # (cut before its first row was read by the layout reader, or another template's rows:
        # the structure reader's)
        form["indicators"] = other["indicators"]
    else:
        found = {row["name"]: row for row in other["indicators"] if row["name"]}
        last = rows[-1]
        if last["name"] not in found or _conflict(last, found[last["name"]]):
            # the row at the cut, read by the layout reader from what is left of it (a group
            # label wrapped over two lines, 经济效益 / 指标, taken for a name and a target)
            form["indicators"] = rows[:-1] + _rows_from_the_cut(rows, other["indicators"])
    if form["indicators"] and _name_tail_as_target(form["indicators"][-1]):
        form["indicators"] = form["indicators"][:-1]
    if form["indicators"] and _values_run_into_target(form["indicators"][-1]):
        form["indicators"][-1]["target"] = None
    form["missing_parts"], form["reader"] = missing_parts(form), "layout"
    form["warnings"] = [
        "the text stops inside the indicator table (no 总分 row): its last row may be cut",
        *form["warnings"],
        *(f"not read: {part}" for part in form["missing_parts"]),
    ]
    return form, None


def _points_whole(form: dict) -> bool:
    """Whether a form's 分值 add up to 100: its rows' and its money's (年度资金总额), every row
    that prints one read: the table is whole."""
    weights = [row["weight"] for row in form["indicators"] if row["weight"] is not None]
    money = total_row(form["funds"])
    points = sum(weights) + ((money or {}).get("weight") or 0)
    return bool(weights) and abs(points - 100) < 0.01


def _rows_from_the_cut(rows: list[dict], others: list[dict]) -> list[dict]:
    """The structure reader's rows from the layout reader's last one on, where that last row
    took the cut text's scrap into its name (完成数量 / … / 满: 完成数量满, the scrap the next
    row's name begun): the structure reader read every row before it by the same names, that
    row with the same values and a name the layout reader's starts with, and the scrap as a
    row of its own. [] otherwise (the layout reader's last row is left out)."""
    k = len(rows) - 1
    last = rows[-1]
    if len(others) <= k or [r["name"] for r in others[:k]] != [r["name"] for r in rows[:k]]:
        return []
    same = others[k]
    if not (
        same["name"]
        and last["name"]  # (a last row read without a name: nothing to compare)
        and last["name"] != same["name"]
        and last["name"].startswith(same["name"])
        and all(same[key] == last[key] for key in ("target", "actual", "weight", "score"))
    ):
        return []
    return others[k:]


# a few characters, no digit, sign or mark: what a name wrapped over lines leaves on its last
# line (率, 题解决率, 情况)
_NAME_TAIL = lazy(r"^[\u4e00-\u9fff]{1,4}$")


def _name_tail_as_target(row: dict) -> bool:
    """The cut text's last row as the layout reader read it: a name and, as its target, a few
    characters on their own (no points: its values cut off; no actual, or a few words that may
    as well be the target), which may as well be the rest of the name, wrapped onto the line
    below (热线呼叫工作考核合格 / 率, …数量 / 匹配度 / 高); the row is left out."""
    target = row["target"]
    return bool(
        target
        and _NAME_TAIL.match(target.replace(" ", ""))
        and all(row[k] is None for k in ("weight", "score", "deviation"))
        # (an actual of a few words after it: the target, the name's rest before it)
        and (row["actual"] is None or _NAME_TAIL.match(row["actual"].replace(" ", "")))
    )


def _values_run_into_target(row: dict) -> bool:
    """The cut text's last row as the layout reader read it: words apart by spaces as its target
    and no actual or points (健全 健全 5: its target, actual and 分值 on a line its 得分 was cut
    from, which the reader did not take apart): which of them is the target is not sure."""
    target = row["target"]
    return bool(
        target
        and " " in target.strip()
        and all(row[k] is None for k in ("actual", "weight", "score"))
    )


def _last_row_at_a_cut(row: dict, segment: list) -> None:
    """The last row of a form the text stops in (no total read) loses what the cut may have made
    wrong, each test against the text's last words (its last line that holds any)."""
    last = next((line.compact for line in reversed(segment) if line.compact), "")
    if _reason_to_the_end(row, last):
        # (its reason, or what was read as one, runs to the text's last line, cut there, maybe
        # the next row's name)
        row["deviation"] = None
    for key in ("target", "actual"):
        if _note_open_at_the_end(row[key], last):
            # (a value running into a note the cut left open, 95%4结果目标(16, the next group's
            # label with its points, read as the value's)
            row[key] = None
    if _values_shifted_at_the_end(row, last):
        # (its values printed up to the cut, read from the right, 得分 first: they may be its
        # first columns', the rest past the cut)
        row.update(actual=None, weight=None, score=None)


def _reason_to_the_end(row: dict, last: str) -> bool:
    """The cut text's last row with a reason that runs to the text's last line and ends no
    sentence: the reason may go on past the cut, and the words the reader joined to it from the
    last lines may be another cell's (the name's rest, 及时率, printed beside the reason's lines;
    the next row's name); it is left out."""
    reason = (row["deviation"] or "").replace(" ", "")
    if not reason or ends_sentence(reason):
        return False  # (a sentence ended: a reason whole, as far as it goes)
    return bool(last and reason.endswith(last.replace(" ", "")))


def _note_open_at_the_end(value: str | None, last: str) -> bool:
    """A value whose last bracket, opened and not closed, holds the text's last words: the cut
    stopped inside a note, (16 of (16分), which a whole text closes and reads as a label's
    points; what the value holds before it may be another cell's."""
    value = (value or "").replace(" ", "").replace("（", "(").replace("）", ")")
    opened = value.rfind("(")
    if opened < 0 or ")" in value[opened:]:
        return False
    last = last.replace(" ", "").replace("（", "(")
    return last.endswith(value[opened:])


def _values_shifted_at_the_end(row: dict, last: str) -> bool:
    """The cut text's last row read with an actual, 分值 and 得分 but no target, its 得分 the text's last
    word: the values printed before the cut were placed from the right, so where the row's
    first column (its target) stands empty its last ones may be past the cut."""
    if row["target"] is not None or any(row[k] is None for k in ("actual", "weight", "score")):
        return False  # (three values read, the first column empty: the shape of a shifted row)
    words = last.split()
    try:
        return bool(words) and float(words[-1]) == row["score"]
    except ValueError:
        return False


def _conflict(row: dict, other: dict) -> bool:
    """Whether two readings of a row give one of its values differently."""
    return any(
        row[k] is not None and other[k] is not None and row[k] != other[k]
        for k in ("level1", "level2", "target", "actual", "weight", "score", "deviation")
    )


def _year_from_title(form: dict, preamble, segment=()) -> None:
    """The year may stand only in the page or report title above the form, or else in a column
    header of the form's own tables (2022年度指标值, 2023年预算数) when one year is named there.
    A title just above the form, ``(2023年度)``, outranks what the reader found inside it."""
    titled = bracketed_title_year(preamble)
    if titled is not None:
        form["year"] = titled
    if form["year"] is None:
        form["year"] = title_year(preamble)
    if form["year"] is None:
        years = {
            int(m.group(1))
            for line in segment
            if "年" in line.compact
            for m in _HEADER_YEAR.finditer(line.compact)
        }
        form["year"] = years.pop() if len(years) == 1 else None
    if form["year"] is not None and "year" in form.get("missing_parts", ()):
        form["missing_parts"].remove("year")
        form["warnings"] = [w for w in form.get("warnings", []) if w != "not read: year"]


# a year that names a column of the form's tables (2022年度指标值, 2023年预算数, 2021年实际完成值)
_HEADER_YEAR = lazy(
    r"((?:19|20)\d{2})年度?(?:指标值|目标值|预算数|执行数|实际完成值|实际值|完成值|全年预算|全年执行)"
)


def _read_by_structure(
    segment, exc: Exception, structure: tuple | None = None
) -> tuple[dict | None, tuple[list[str], str] | None, dict | None]:
    """A form the layout readers could not read whole, read by its structure (generic.py).
    Returns (form, None, reading) when its identity was read (loaded with what was read, the rest
    null and named in ``missing_parts``), (form, (missing, message), reading) when it must be
    quarantined (the form: what was read of it, for `jixiao parse`), and (None, None, None) when
    the segment holds nothing of a form at all.
    ``reading`` is what the structure reader recognised (labels, columns, notes);
    ``structure``: read_form's reading of the segment where it was already made."""
    form, reading = structure or read_form(segment)
    missing = missing_parts(form)
    if (
        not form["project_name"]
        and not reading.labels
        and "funds" in missing
        and not form["indicators"]
    ):
        return None, None, None
    cause = (
        ", ".join(exc.missing) if isinstance(exc, MissingPart) else f"{type(exc).__name__}: {exc}"
    )
    form["missing_parts"], form["reader"] = missing, "structure"
    if not has_identity(form):
        need = ["identity (项目名称 and 主管部门 or 实施单位)", *missing]
        message = (
            "missing identity: 项目名称 with 主管部门 or 实施单位 not read"
            f"; also missing {', '.join(missing) or 'nothing else'}"
        )
        form["warnings"] = [f"quarantined: {message}", *reading.notes]
        return (
            form,
            (need, message),
            asdict(reading),
        )
    form["warnings"] = (
        [f"read by structure (the layout readers found: missing {cause})"]
        + [f"not read: {part}" for part in missing]
        + reading.notes
    )
    form["reading"] = asdict(reading)
    return form, None, None


def _raw(text: str, lines: list[str], first: int, last: int) -> str:
    """Lines ``first`` to ``last`` of the text as printed. ``lines``: the text's lines, filled
    here on the first call, so that a file of many failed forms is split once, not once for
    each of them (which made a file's parse grow with the square of its failed forms)."""
    if not lines:
        lines.extend(unix_newlines(text).split("\n"))
    return "\n".join(lines[first - 1 : last])


def parse_bytes(data: bytes, source_file: str) -> ParseResult:
    try:
        text, encoding = decode(data)
    except NotText as exc:
        return ParseResult(source_file=source_file, file_error=str(exc))
    return parse_text(text, source_file, encoding)


def parse_file(path: str | Path) -> ParseResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ParseResult(
            source_file=path.name, file_error=f"cannot read the file: {exc.strerror or exc}"
        )
    return parse_bytes(data, path.name)
