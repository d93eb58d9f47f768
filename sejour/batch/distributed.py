"""The same evaluation on a Dask cluster, chunk by chunk: the client reads the input in chunks,
the workers assess them (`assess_table`), the client writes the results in the input's order."""

from __future__ import annotations

import csv
from collections import deque

from .run import Summary, assess_table
from .tables import Writer, read_chunks

IN_FLIGHT = 4


def client_for(address: str):
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(address), None


def run_on_dask(address, source, output, errors_path, today, chunk_rows, progress=None, collect=None) -> Summary:
    client, cluster = client_for(address)
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

            for chunk in read_chunks(source, chunk_rows):
                pending.append((client.submit(assess_table, chunk, first, today, pure=False), chunk.num_rows))
                first += chunk.num_rows
                drain(IN_FLIGHT)
            drain(0)
    finally:
        writer.close()
        client.close()
        if cluster is not None:
            cluster.close()
    return summary
