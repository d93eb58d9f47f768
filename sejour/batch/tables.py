"""Reading tables of cases in chunks (CSV, JSON Lines, Parquet) and writing results (Parquet, CSV),
so that memory does not grow with the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .evaluate import output_columns

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


class FormatError(ValueError):
    pass


def format_of(path: Path, allowed=("csv", "jsonl", "parquet")) -> str:
    kind = FORMATS.get(path.suffix.lower())
    if kind not in allowed:
        raise FormatError(f"{path.name}: expected a file ending in {', '.join(s for s, k in FORMATS.items() if k in allowed)}")
    return kind


def count_rows(path: Path) -> int | None:
    if format_of(path) == "parquet":
        return pq.ParquetFile(path).metadata.num_rows
    return None


def read_chunks(path: Path, chunk_rows: int) -> Iterator[pa.Table]:
    kind = format_of(path)
    if kind == "parquet":
        source = pq.ParquetFile(path)
        for batch in source.iter_batches(batch_size=chunk_rows):
            yield pa.Table.from_batches([batch])
    elif kind == "csv":
        header = _csv_header(path)
        reader = pacsv.open_csv(path, read_options=pacsv.ReadOptions(block_size=1 << 22),
                                convert_options=pacsv.ConvertOptions(column_types={name: pa.string() for name in header}, strings_can_be_null=True))
        pending = []
        size = 0
        for batch in reader:
            pending.append(batch)
            size += batch.num_rows
            if size >= chunk_rows:
                yield pa.Table.from_batches(pending)
                pending, size = [], 0
        if pending:
            yield pa.Table.from_batches(pending)
    else:
        yield from _jsonl_chunks(path, chunk_rows)


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [h.strip().strip('"') for h in handle.readline().rstrip("\n").split(",")]


def _jsonl_chunks(path: Path, chunk_rows: int) -> Iterator[pa.Table]:
    rows, number = [], 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            number += 1
            if not line.strip():
                rows.append({})
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                raise FormatError(f"{path.name}, line {number}: not JSON ({error.msg})") from None
            rows.append({k: _cell(k, v) for k, v in value.items()} if isinstance(value, dict) else {"as_of": None})
            if len(rows) >= chunk_rows:
                yield _jsonl_table(rows)
                rows = []
    if rows:
        yield _jsonl_table(rows)


def _cell(key, value):
    """A JSON value as the text of a cell: null is the explicit null (`none`) of an event date."""
    from .schema import NONE, event_fields

    if value is None:
        return NONE if key in event_fields() else None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return value if isinstance(value, str) else json.dumps(value)


def _jsonl_table(rows):
    names = list(dict.fromkeys(k for row in rows for k in row))
    return pa.table({name: pa.array([row.get(name) for row in rows], type=pa.string()) for name in names})


def output_schema() -> pa.Schema:
    types = {"int": pa.int64(), "str": pa.string(), "date": pa.date32(), "euros": pa.float64()}
    return pa.schema([(name, types[kind]) for name, kind in output_columns()])


def to_table(out: dict[str, np.ndarray]) -> pa.Table:
    schema = output_schema()
    arrays = []
    for field in schema:
        values = out[field.name]
        if pa.types.is_date32(field.type):
            arrays.append(pa.array(values, type=pa.date32(), mask=np.isnat(values)))
        elif pa.types.is_floating(field.type):
            arrays.append(pa.array(values, type=pa.float64(), mask=np.isnan(values)))
        else:
            arrays.append(pa.array(values, type=field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


class Writer:
    def __init__(self, path: Path):
        self.path, self.kind = path, format_of(path, ("csv", "parquet"))
        self.writer = None

    def write(self, table: pa.Table):
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, table.schema) if self.kind == "parquet" else pacsv.CSVWriter(self.path, table.schema)
        self.writer.write_table(table)

    def close(self):
        if self.writer is None:  # no row at all: still a valid, empty file
            self.write(output_schema().empty_table())
        self.writer.close()
