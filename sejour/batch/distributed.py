"""The same evaluation on a Dask cluster, chunk by chunk: the client reads the input in chunks,
the workers assess them (`assess_table`), the client writes the results in the input's order."""

from __future__ import annotations

import csv
from collections import deque

import pyarrow.parquet as pq

from .run import Summary, assess_table
from .tables import Writer, format_of, open_parquet, read_chunks

IN_FLIGHT = 4


def client_for(address: str):
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def run_on_dask(address, source, output, errors_path, today, chunk_rows, progress=None, collect=None) -> Summary:
    client, cluster = client_for(address)
    try:
        return run_pooled(lambda *args: client.submit(*args, pure=False), source, output, errors_path, today, chunk_rows, progress, collect)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_on_processes(jobs, source, output, errors_path, today, chunk_rows, progress=None, collect=None) -> Summary:
    """The same on this machine's cores (one process per core)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return run_pooled(pool.submit, source, output, errors_path, today, chunk_rows, progress, collect)


def run_pooled(submit, source, output, errors_path, today, chunk_rows, progress=None, collect=None) -> Summary:
    """Chunks read here, assessed by `submit(assess_table, chunk, first_row, today)`, written in order."""
    summary = Summary()
    writer = Writer(output)
    try:
        with errors_path.open("w", newline="", encoding="utf-8") as handle:
            errors = csv.writer(handle)
            errors.writerow(["row", "field", "value", "reason"])
            pending = deque()
            first = 1

            def drain(limit):
                while len(pending) > limit:
                    future, rows = pending.popleft()
                    table, problems = future.result()
                    writer.write(table)
                    if collect is not None:
                        collect(table)
                    errors.writerows(problems)
                    summary.rows += rows
                    summary.assessed += table.num_rows
                    summary.errors += len(problems)
                    summary.error_rows.update(p[0] for p in problems)
                    if progress:
                        progress(rows)

            for rows, work in _work(source, chunk_rows, today):
                function, *arguments = work
                pending.append((submit(function, *arguments[:-1], first, today), rows))
                first += rows
                drain(IN_FLIGHT)
            drain(0)
    finally:
        writer.close()
    return summary


def assess_row_groups(path, groups, first_row, today):
    """A Parquet file's row groups, read and assessed where this runs (no input shipped)."""
    return assess_table(open_parquet(path).read_row_groups(groups), first_row, today)


def _work(source, chunk_rows, today):
    """(rows, (function, *arguments)) per unit of work; Parquet row groups are read by the worker."""
    if format_of(source) == "parquet":
        meta = pq.ParquetFile(source).metadata
        groups, rows = [], 0
        for index in range(meta.num_row_groups):
            groups.append(index)
            rows += meta.row_group(index).num_rows
            if rows >= chunk_rows:
                yield rows, (assess_row_groups, str(source), groups, None)
                groups, rows = [], 0
        if groups:
            yield rows, (assess_row_groups, str(source), groups, None)
    else:
        for chunk in read_chunks(source, chunk_rows):
            yield chunk.num_rows, (assess_table, chunk, None)
