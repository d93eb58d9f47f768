"""Cases in and out in the batch mode's table formats (CSV, JSON Lines, Parquet; columns are the
case format's dotted paths, read by `sejour.batch.schema`), with a `name` column: the person's name.

An import is read whole first: how many rows, which are refused and why, named by row and field
as `sejour batch` names them; it is then stored all or nothing, and only when no row is refused."""

from __future__ import annotations

import datetime
import io
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from django.db import transaction

from sejour import assess
from sejour.batch.encode import TableError, _short, check_columns
from sejour.batch.schema import case_to_row, row_to_case
from sejour.batch.tables import FormatError, format_of, read_chunks
from sejour.case import CaseError, parse_case
from sejour.i18n import N_, SOURCE

from .models import Case, ChecklistItem, HistoryEntry
from .table_columns import COLUMNS, NAME
from .outcomes import keep_filing_assessment
from .services import OPEN_VERDICTS, denormalise, summary

MAX_ROWS = 20_000
NAME_MISSING = N_("cases.import.name_missing", "required: the name of the person the row is about")
NAME_TOO_LONG = N_("cases.import.name_too_long", "expected a name of at most 200 characters")
NAME_COLUMN = N_("cases.import.name_column", "the column name is required: the name of the person each row is about")
TOO_MANY_ROWS = N_("cases.import.too_many_rows", "more than {most} rows; split the table")


@dataclass
class Preview:
    """What a table holds: the rows read, the cases they make, the problems (row, field, value, reason)."""
    file_name: str
    rows: int = 0
    cases: list = field(default_factory=list)  # {"row", "name", "facts"}
    errors: list = field(default_factory=list)

    @property
    def refused_rows(self) -> int:
        return len({e[0] for e in self.errors if e[0]})


def read_upload(chunks, file_name: str, lang: str = SOURCE) -> Preview:
    """A table sent as chunks of bytes (an upload) read like a file of that name; the reasons a
    row is refused in `lang`."""
    suffix = Path(file_name).suffix.lower()
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        for chunk in chunks:
            handle.write(chunk)
        handle.flush()
        return read_table(Path(handle.name), file_name, lang)


def read_table(path: Path, file_name: str | None = None, lang: str = SOURCE) -> Preview:
    preview = Preview(file_name or path.name)
    try:
        format_of(Path(preview.file_name))
        first = 1
        for chunk in read_chunks(path, 10_000):
            if first == 1:
                check_columns([n for n in chunk.column_names if n != NAME])
                if NAME not in chunk.column_names:
                    raise TableError(NAME_COLUMN[lang])
            for offset, record in enumerate(chunk.to_pylist()):
                _read_row(preview, first + offset, record, lang)
            first += chunk.num_rows
            if first - 1 > MAX_ROWS:
                raise TableError(TOO_MANY_ROWS[lang].format(most=MAX_ROWS))
    except (TableError, FormatError, pa.ArrowInvalid, UnicodeDecodeError, OSError) as error:
        preview.errors.insert(0, (0, "", "", str(error)))
    return preview


def _read_row(preview: Preview, number: int, record: dict, lang: str = SOURCE) -> None:
    preview.rows += 1
    name = record.pop(NAME, None)
    name = str(name).strip() if name is not None else ""
    problems = []
    if not name:
        problems.append((number, NAME, "", NAME_MISSING[lang]))
    elif len(name) > 200:
        problems.append((number, NAME, _short(name), NAME_TOO_LONG[lang]))
    version = record.get("version")
    if isinstance(version, str) and version.strip().isdigit():
        record["version"] = int(version)  # a text column (CSV), as `sejour batch` reads it
    try:
        facts = parse_case(row_to_case(record)).to_dict()
    except CaseError as error:
        problems += [(number, p.path, _short(p.value), p.text(lang)) for p in error.problems]
    if problems:
        preview.errors += problems
    else:
        preview.cases.append({"row": number, "name": name, "facts": facts})


def import_cases(organisation, cases: list[dict], who: str, advisor=None, lang: str = SOURCE) -> list[Case]:
    """The cases of a preview, all stored or none; each assessed, with its checklist and history."""
    assessed = [(item, assess(item["facts"], lang=lang)) for item in cases]
    with transaction.atomic():
        made = []
        for item, assessment in assessed:
            case = Case(organisation=organisation, advisor=advisor, person_name=item["name"], facts=item["facts"], lang=lang,
                        assessment=assessment)
            denormalise(case)
            keep_filing_assessment(case)
            made.append(case)
        made = Case.objects.bulk_create(made, batch_size=500)
        ChecklistItem.objects.bulk_create([
            ChecklistItem(case=case, route=route["id"], document=doc["id"], text=doc["text"])
            for case in made for route in case.assessment["routes"] if route["verdict"] in OPEN_VERDICTS
            for doc in route.get("documents", [])], batch_size=1000, ignore_conflicts=True)
        HistoryEntry.objects.bulk_create([HistoryEntry(case=case, who=who, action="created", detail={
            "facts": case.facts, "verdicts": summary(case.assessment), "imported_row": item["row"]})
            for case, (item, _) in zip(made, assessed)], batch_size=1000)
    return made


def export_table(cases) -> pa.Table:
    """The cases as rows of the batch mode's format, with their names; every cell text."""
    rows = []
    for case in cases:
        row = {NAME: case.person_name, **case_to_row(case.facts)}
        rows.append({k: _text(v) for k, v in row.items()})
    return pa.table({c: pa.array([r.get(c) for r in rows], type=pa.string()) for c in COLUMNS})


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, datetime.date) else str(value)


def table_bytes(table: pa.Table, fmt: str) -> bytes:
    sink = io.BytesIO()
    if fmt == "parquet":
        pq.write_table(table, sink)
    else:
        pacsv.write_csv(table, sink)
    return sink.getvalue()
