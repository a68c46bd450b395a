"""The form parser: text of 财政项目支出绩效自评表 in, contract-shaped dicts out.

A pure library (no Dagster): see parse_bytes / parse_file / parse_text.
"""
from __future__ import annotations

from pathlib import Path

from pipelines.parser.decode import NotText, decode
from pipelines.parser.form import MissingPart, parse_form
from pipelines.parser.result import FormError, ParseResult
from pipelines.parser.segment import form_ranges
from pipelines.parser.text import LazyLines

__all__ = ["parse_bytes", "parse_file", "parse_text", "ParseResult", "FormError"]


def parse_text(text: str, source_file: str, encoding: str | None = None) -> ParseResult:
    result = ParseResult(source_file=source_file, encoding=encoding)
    lines = LazyLines(text)
    # 评 and 称 for 自评 and 项目名称: the lines that may start a form
    lines, ranges = form_ranges(lines, lines.containing("评", "称"))
    if not ranges:
        result.file_error = "no form found (no 绩效自评表 title and no 项目名称 label)"
        return result
    for index, (start, end) in enumerate(ranges):
        segment = lines[start:end]  # made here, form by form, and let go after
        first, last = segment[0].no, segment[-1].no
        try:
            form = parse_form(segment)
        except MissingPart as exc:
            result.errors.append(FormError(
                source_file, index, first, last, exc.missing,
                "missing " + ", ".join(exc.missing), _raw(text, first, last)))
            continue
        except Exception as exc:  # a parser bug must not lose the other forms of the file
            result.errors.append(FormError(
                source_file, index, first, last, ["parser failure"],
                f"parser failure: {type(exc).__name__}: {exc}", _raw(text, first, last)))
            continue
        ordered = {"source_file": source_file, "form_index": index}
        ordered.update(form)
        ordered["line_start"], ordered["line_end"] = first, last
        result.forms.append(ordered)
    return result


def _raw(text: str, first: int, last: int) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(lines[first - 1:last])


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
        return ParseResult(source_file=path.name, file_error=f"cannot read the file: {exc.strerror or exc}")
    return parse_bytes(data, path.name)
