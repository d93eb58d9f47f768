"""`sejour batch` and `sejour synth`: whole populations, vectorised."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from typing import List, Optional

import typer


def _fail(message: str):
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    @app.command()
    def batch(source: Path = typer.Argument(..., help="Cases, one per row: .csv, .jsonl or .parquet; columns are dotted paths."),
              output: Path = typer.Option(..., "-o", "--output", help="Results: .parquet or .csv."),
              errors: Optional[Path] = typer.Option(None, "--errors", help="Rows that are not valid cases (default: OUTPUT.errors.csv)."),
              report: Optional[Path] = typer.Option(None, "--report", help="Write a cohort report (self-contained HTML)."),
              set_: List[str] = typer.Option([], "--set", help="What-if: PARAMETER=VALUE (repeatable), from --from."),
              from_: Optional[str] = typer.Option(None, "--from", help="Day the --set values take effect (YYYY-MM-DD)."),
              reform: Optional[Path] = typer.Option(None, "--reform", help="What-if: a YAML list of {parameter, value, from}."),
              dask: Optional[str] = typer.Option(None, "--dask", help="'local' (a LocalCluster of 2 workers) or a scheduler address."),
              chunk: int = typer.Option(100_000, "--chunk", min=100, help="Rows per chunk (memory stays flat)."),
              jobs: int = typer.Option(0, "--jobs", min=0, help="Processes on this machine (0: one per core; 1: no extra process)."),
              today: Optional[str] = typer.Option(None, "--today", help="The day taken as today (default: today).")):
        """Assess every case of a table: per route the verdict, each deadline, each cost and the unmet conditions."""
        import contextlib

        from .startup import without_pandas

        with (without_pandas() if dask is None else contextlib.nullcontext()):
            _batch(source, output, errors, report, set_, from_, reform, dask, chunk, jobs, today)

    @app.command()
    def synth(count: int = typer.Argument(..., min=1, help="How many cases."),
              output: Path = typer.Option(..., "-o", "--output", help=".parquet, .csv or .jsonl"),
              seed: int = typer.Option(0, "--seed"), today: Optional[str] = typer.Option(None, "--today")):
        """A synthetic population: every route, unknown facts, edge dates; for tests and benchmarks."""
        from .synth_io import write_synth
        from .tables import FormatError, format_of

        try:
            format_of(output)
            day = datetime.date.fromisoformat(today) if today else datetime.date.today()
        except (ValueError, FormatError) as error:
            _fail(str(error))
        write_synth(count, output, seed, day)
        typer.echo(f"{count} cases written to {output}")


def _batch(source, output, errors, report, set_, from_, reform, dask, chunk, jobs, today):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from .encode import TableError
    from .report import Cohort
    from .run import run_batch
    from .tables import FormatError, count_rows, format_of
    from .whatif import Comparison, ReformError, parse_set, read_reform_file, reformed_system

    try:
        day = datetime.date.fromisoformat(today) if today else datetime.date.today()
        format_of(source)
        format_of(output, ("csv", "parquet"))
    except (ValueError, FormatError) as error:
        _fail(str(error))
    if not source.exists():
        _fail(f"{source}: no such file")
    changes = []
    try:
        if set_:
            if not from_:
                _fail("--set needs --from DATE (the day the new values take effect)")
            changes += [parse_set(s, datetime.date.fromisoformat(from_)) for s in set_]
        if reform:
            changes += read_reform_file(reform)
        system = reformed_system(changes) if changes else None
    except (ReformError, ValueError) as error:
        _fail(str(error))
    instants = tuple(sorted({c.start.isoformat() for c in changes}))
    errors = errors or output.with_name(output.stem + ".errors.csv")
    cohort = Cohort(day) if report else None
    comparison = Comparison() if changes else None
    baseline = {}

    def collect(table):
        if cohort:
            cohort.add(table)
        if comparison is not None:
            comparison.add(baseline.pop("table"), table)

    total = count_rows(source)
    try:
        with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      transient=True) as progress:
            task = progress.add_task("assessing", total=total)
            advance = lambda rows: progress.advance(task, rows)  # noqa: E731
            if dask:
                from .distributed import run_on_dask

                summary = run_on_dask(dask, source, output, errors, day, chunk, advance, collect=collect if cohort else None)
            elif changes:
                summary = _run_whatif(source, output, errors, day, chunk, advance, system, instants, baseline, collect)
            elif (jobs or os.cpu_count() or 1) > 1 and (total is None or total > chunk):
                from .distributed import run_on_processes

                summary = run_on_processes(jobs or os.cpu_count(), source, output, errors, day, chunk, advance, collect=collect if cohort else None)
            else:
                summary = run_batch(source, output, errors, day, chunk, advance, collect=collect if cohort else None)
    except (TableError, FormatError) as error:
        _fail(str(error))
    typer.echo(f"{summary.assessed} cases assessed, {len(summary.error_rows)} rows not valid cases "
               f"({summary.errors} problems, see {errors}); results in {output}")
    if report:
        report.write_text(cohort.html(), encoding="utf-8")
        typer.echo(f"report: {report}")
    if comparison is not None:
        path = output.with_name(output.stem + ".whatif.json")
        path.write_text(json.dumps(comparison.as_dict(), indent=2), encoding="utf-8")
        changed = sum(comparison.changed.values())
        typer.echo(f"what-if: {changed} verdicts change over {comparison.rows} cases ({path})")
        for (route, before, after), count in sorted(comparison.changed.items(), key=lambda kv: -kv[1])[:12]:
            typer.echo(f"  {route}: {before} -> {after}: {count}")


def _run_whatif(source, output, errors, day, chunk, advance, system, instants, baseline, collect):
    """The population under the current rules and under the reform, chunk by chunk, compared."""
    from .run import assess_table, run_batch

    def both(table, first):
        baseline["table"], _ = assess_table(table, first, day)
        return assess_table(table, first, day, system, instants)

    return run_batch(source, output, errors, day, chunk, advance, collect=collect, work=both)
