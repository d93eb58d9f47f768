"""Writing a synthetic population in chunks, in the format the file name asks for."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .synth import synth
from .tables import format_of

CHUNK = 500_000


def write_synth(count: int, path: Path, seed: int, today: datetime.date) -> None:
    kind = format_of(path)
    writer = None
    with path.open("w", encoding="utf-8") if kind == "jsonl" else _nothing() as handle:
        for i, start in enumerate(range(0, count, CHUNK)):
            table = synth(min(CHUNK, count - start), seed=seed * 1_000_003 + i, today=today)
            if kind == "parquet":
                writer = writer or pq.ParquetWriter(path, table.schema)
                writer.write_table(table, row_group_size=100_000)
            elif kind == "csv":
                table = pa.table({name: pc.cast(col, pa.string()) for name, col in zip(table.column_names, table.columns)})
                writer = writer or pacsv.CSVWriter(path, table.schema)
                writer.write_table(table)
            else:
                for row in table.to_pylist():
                    handle.write(json.dumps({k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in row.items() if v is not None}) + "\n")
    if writer:
        writer.close()


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
