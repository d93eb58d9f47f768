"""`sejour batch`: a table of cases in, their verdicts, deadlines, costs and unmet conditions out."""

from __future__ import annotations

import csv
import datetime
from dataclasses import dataclass, field
from pathlib import Path

from .encode import encode
from .evaluate import evaluate
from .memory import keep_freed_memory
from .tables import Writer, read_chunks, to_table


@dataclass
class Summary:
    rows: int = 0
    assessed: int = 0
    errors: int = 0
    error_rows: set = field(default_factory=set)


def assess_table(table, first_row: int, today: datetime.date, system=None, instants=()):
    """(output table, errors) for one chunk: the unit of work, locally or on a Dask worker."""
    keep_freed_memory()
    encoded = encode(table, first_row)
    out = evaluate(encoded.columns, today, system, instants)
    out["row"] = encoded.rows
    return to_table(out), encoded.errors


def run_batch(source: Path, output: Path, errors_path: Path, today: datetime.date, chunk_rows: int = 100_000,
              progress=None, collect=None, work=None) -> Summary:
    """Stream `source` chunk by chunk through `work(table, first_row)` (default: assess_table)."""
    work = work or (lambda table, first: assess_table(table, first, today))
    summary = Summary()
    writer = Writer(output)
    with errors_path.open("w", newline="", encoding="utf-8") as handle:
        errors = csv.writer(handle)
        errors.writerow(["row", "field", "value", "reason"])
        first = 1
        for chunk in read_chunks(source, chunk_rows):
            table, problems = work(chunk, first)
            writer.write(table)
            if collect is not None:
                collect(table)
            errors.writerows(problems)
            summary.rows += chunk.num_rows
            summary.assessed += table.num_rows
            summary.errors += len(problems)
            summary.error_rows.update(p[0] for p in problems)
            first += chunk.num_rows
            if progress:
                progress(chunk.num_rows)
    writer.close()
    return summary
