"""The result types of the parser: parsed forms (contract dicts) and failures."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FormError:
    """A form that was found but could not be parsed (a required part is missing)."""

    source_file: str
    form_index: int
    line_start: int
    line_end: int
    missing: list[str]
    message: str
    raw_text: str = ""
    reading: dict | None = None  # what the structure reader recognised in it (see generic.Reading)
    # what was read of it, in the contract's shape with ``quarantined`` set (None when nothing
    # was): `jixiao parse --format json` prints it, the warehouse quarantines the form
    form: dict | None = None

    def describe(self) -> str:
        return (
            f"{self.source_file}: form {self.form_index} (lines {self.line_start}-{self.line_end}): "
            f"{self.message}"
        )

    def to_dict(self) -> dict:
        return {
            "source_file": self.source_file,
            "form_index": self.form_index,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "missing": list(self.missing),
            "message": self.message,
            "raw_text": self.raw_text,
        }


@dataclass
class ParseResult:
    """Everything the parser found in one file.

    ``forms`` are dicts in the shape of the contract (shared/form-schema.md) plus provenance:
    ``line_start``/``line_end`` (1-based, inclusive) on each form and each indicator row, and
    ``warnings`` (list of str) on each form. ``errors`` are forms that failed; ``file_error`` is
    set when the file as a whole could not be read (empty, binary, no form in it).
    Form indices count good and failed forms together, in file order.
    """

    source_file: str
    encoding: str | None = None
    forms: list[dict] = field(default_factory=list)
    errors: list[FormError] = field(default_factory=list)
    file_error: str | None = None

    @property
    def forms_found(self) -> int:
        return len(self.forms) + len(self.errors)

    def contract_forms(self) -> list[dict]:
        """Every form found, in file order, in the contract's shape: the loaded forms and what
        was read of the quarantined ones (marked ``"quarantined": true``). The contract keeps a
        form read in part as a form; only the warehouse sets the quarantined ones apart."""
        read_in_part = [error.form for error in self.errors if error.form is not None]
        if not read_in_part:
            return self.forms
        return sorted(self.forms + read_in_part, key=lambda form: form["form_index"])

    @property
    def ok(self) -> bool:
        return self.file_error is None and not self.errors
