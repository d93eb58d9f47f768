"""Batch throughput: synthetic cases Parquet -> Parquet, end to end, with peak memory, and the
ratio against assessing the same cases one by one (timed on a sample, extrapolated).

    python benchmarks/batch.py                     # 1,000,000 cases
    python benchmarks/batch.py --rows 10000000     # the peak-memory check at 10 million rows
    python benchmarks/batch.py --dask local        # the same through a LocalCluster of 2 workers

The project's modules are compiled to bytecode first, as an installed package has them (pip
compiles a wheel's modules at install; an editable checkout under PYTHONDONTWRITEBYTECODE=1 would
otherwise compile them again in every run: measured 0.86x the wall time with bytecode).

Peak memory: the largest resident set of one process of `sejour batch` (the command and its
worker processes, from the kernel's accounting), and the peak of all of them together (sampled
proportional set sizes). With --dask the cluster's workers are not children of the command:
run without --dask for the memory figures.
"""

from __future__ import annotations

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
import threading
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
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(__file__).resolve().parents[1] / "sejour")], check=True,
                   stdout=subprocess.DEVNULL)
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
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        tree = TreeMemory(process.pid)
        tree.start()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        tree.stop()
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"sejour batch failed ({os.waitstatus_to_exitcode(status)})")
        rate = args.rows / elapsed
        print(f"batch: {args.rows:,} cases in {elapsed:.2f} s end to end = {rate:,.0f} cases/s; peak memory: "
              f"largest process {usage.ru_maxrss / 1024:,.0f} MB, all its processes together {tree.peak_mb:,.0f} MB")
        one, results = one_by_one(source, args.sample)
        print(f"one by one: {one * 1e3:.2f} ms per case on a sample of {args.sample:,} -> {args.rows * one:,.0f} s for all; "
              f"batch is {args.rows * one / elapsed:,.0f} times faster")
        same, compared = same_verdicts(output, results)
        print(f"identical verdicts and unmet conditions, batch against one by one: {same:,} of {compared:,} route answers "
              f"({len(results):,} cases)")


class TreeMemory(threading.Thread):
    """The peak of the memory of a process and its children together, sampled every 100 ms as the
    sum of their proportional set sizes (Linux: shared pages counted once across processes)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_mb, self.done = pid, 0.0, threading.Event()

    def run(self):
        while not self.done.wait(0.1):
            self.peak_mb = max(self.peak_mb, sum(_pss_kb(p) for p in _tree(self.pid)) / 1024)

    def stop(self):
        self.done.set()
        self.join()


def _tree(root: int) -> list[int]:
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += [child for child, parent in parents.items() if parent == pid]
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def one_by_one(source: Path, sample: int) -> float:
    import pyarrow.parquet as pq

    from sejour import assess
    from sejour.batch.schema import row_to_case

    rows = next(pq.ParquetFile(source).iter_batches(batch_size=sample)).to_pylist()
    cases = [row_to_case(row) for row in rows]
    today = datetime.date.fromisoformat(TODAY)
    started = time.perf_counter()
    results = [assess(case, today=today) for case in cases]
    return (time.perf_counter() - started) / len(cases), results


def same_verdicts(output: Path, results: list) -> tuple[int, int]:
    """(route answers alike, route answers compared) between the batch's first rows and `assess`."""
    import pyarrow.parquet as pq

    rows = pq.read_table(output).slice(0, len(results)).to_pylist()
    same = compared = 0
    for row, result in zip(rows, results):
        for route in result["routes"]:
            unmet = ";".join(c["id"] for c in route["conditions"] if c["met"] is False and c.get("blocking", True))
            expected = (route["verdict"], unmet if route["verdict"] != "not_applicable" else "")
            same += (row[f"{route['id']}.verdict"], row[f"{route['id']}.unmet"]) == expected
            compared += 1
    return same, compared


if __name__ == "__main__":
    main()
