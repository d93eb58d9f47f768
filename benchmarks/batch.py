"""Batch throughput: synthetic cases Parquet -> Parquet, end to end, with peak memory, and the
ratio against assessing the same cases one by one (timed on a sample, extrapolated).

    python benchmarks/batch.py                     # 1,000,000 cases
    python benchmarks/batch.py --rows 10000000     # the peak-memory check at 10 million rows
    python benchmarks/batch.py --dask local        # the same through a LocalCluster of 2 workers

Peak memory is the maximum resident set size of the process running `sejour batch`
(and, with --dask, of the largest worker is not included: run without --dask for the memory figure).
"""

from __future__ import annotations

import argparse
import datetime
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TODAY = "2026-11-22"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--chunk", type=int, default=100_000)  # the command's default
    parser.add_argument("--dask", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source, output = Path(tmp) / "pop.parquet", Path(tmp) / "out.parquet"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sejour", "synth", str(args.rows), "-o", str(source), "--seed", "1", "--today", TODAY], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"synth: {args.rows:,} cases in {time.perf_counter() - started:.1f} s ({source.stat().st_size / 1e6:.0f} MB)")
        command = [sys.executable, "-m", "sejour", "batch", str(source), "-o", str(output), "--today", TODAY, "--chunk", str(args.chunk)]
        if args.dask:
            command += ["--dask", args.dask]
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        rate = args.rows / elapsed
        print(f"batch: {args.rows:,} cases in {elapsed:.2f} s end to end = {rate:,.0f} cases/s; peak memory {peak_mb:,.0f} MB")
        one = one_by_one(source, args.sample)
        print(f"one by one: {one * 1e3:.2f} ms per case on a sample of {args.sample:,} -> {args.rows * one:,.0f} s for all; "
              f"batch is {args.rows * one / elapsed:,.0f} times faster")


def one_by_one(source: Path, sample: int) -> float:
    import pyarrow.parquet as pq

    from sejour import assess
    from sejour.batch.schema import row_to_case

    rows = next(pq.ParquetFile(source).iter_batches(batch_size=sample)).to_pylist()
    cases = [row_to_case(row) for row in rows]
    today = datetime.date.fromisoformat(TODAY)
    started = time.perf_counter()
    for case in cases:
        assess(case, today=today)
    return (time.perf_counter() - started) / len(cases)


if __name__ == "__main__":
    main()
