"""Rows of a table as cases: columns are the dotted paths of the case format.

A cell left empty is a fact left out (unknown). For the dates that may not have happened
(`job.signed_on`, `application.decided_on`, `.refusal_received_on`, `.appeal_filed_on`), the text
`none` says it has not happened (the case format's explicit null). A column named by a section
alone (`studies`, `job`, ...) with true says the section is given even when all its cells are empty.
`volunteering.general_interest_aims` is written as codes joined by `;` (`none`: an empty list)."""

from __future__ import annotations

import datetime
import functools

from sejour.case import FIELD_PATHS, SECTIONS
from sejour.engine import input_specs

NONE = "none"
SECTION_COLUMNS = tuple(SECTIONS)
LIST_FIELDS = ("volunteering.general_interest_aims",)


@functools.cache
def field_kinds() -> dict[str, str]:
    """Dotted path -> kind (tri, date, enum, cents, count, plain, list); 'version' and 'as_of' too."""
    kinds = {spec.field: spec.kind for spec in input_specs() if "." in spec.field and not spec.field.endswith("?")}
    kinds.update({"as_of": "date", "version": "count"})
    kinds.update({f: "list" for f in LIST_FIELDS})
    return kinds


@functools.cache
def event_fields() -> frozenset[str]:
    return frozenset(spec.field[:-1] for spec in input_specs() if spec.field.endswith("?"))


def known_columns() -> set[str]:
    return set(FIELD_PATHS) | set(SECTION_COLUMNS) | {"row"}


def case_to_row(case: dict) -> dict:
    """A case dict (case format) as one flat row."""
    row = {"version": case.get("version", 1), "as_of": str(case["as_of"])}
    for section in SECTIONS:
        values = case.get(section)
        if values is None:
            continue
        row[section] = True
        for name, value in values.items():
            path = f"{section}.{name}"
            if value is None:
                if path in event_fields():
                    row[path] = NONE
                continue
            if path in LIST_FIELDS:
                value = ";".join(value) or NONE
            elif isinstance(value, datetime.date):
                value = value.isoformat()
            row[path] = value
    return row


def row_to_case(row: dict) -> dict:
    """One flat row as a case dict, values as they were written (checked later by parse_case)."""
    case: dict = {}
    for key, value in row.items():
        if key == "row" or _empty(value):
            continue
        if key in SECTIONS:
            if _truthy(value):
                case.setdefault(key, {})
            continue
        if "." not in key:
            case[key] = value.isoformat() if isinstance(value, datetime.date) else value
            continue
        section, name = key.split(".", 1)
        if key in event_fields() and isinstance(value, str) and value.strip().lower() == NONE:
            value = None
        elif key in LIST_FIELDS and isinstance(value, str):
            value = [] if value.strip().lower() == NONE else [v for v in value.split(";") if v]
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        elif field_kinds().get(key) == "tri" and isinstance(value, str):
            value = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}.get(value.strip().lower(), value)
        elif field_kinds().get(key) in ("cents", "count") and isinstance(value, str):
            try:
                value = float(value) if field_kinds()[key] == "cents" else int(value)
            except ValueError:
                pass
        case.setdefault(section, {})[name] = value
    return case


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "") or (isinstance(value, float) and value != value)


def _truthy(value) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "1", "yes"))
