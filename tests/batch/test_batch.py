"""Batch assessment: the same answers as `assess`, case by case; bad rows set apart with their
field and reason; every input and output format; what-if; report; Dask."""

import csv
import datetime
import json
import subprocess
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sejour import assess
from sejour.batch.run import assess_table
from sejour.batch.schema import case_to_row, row_to_case
from sejour.batch.synth import synth

from ..strategies import any_cases, cases

TODAY = datetime.date(2026, 11, 22)


def expected_row(case):
    """What `sejour assess` says, in the batch's output columns."""
    out = {}
    for route in assess(case, today=TODAY)["routes"]:
        rid = route["id"]
        out[f"{rid}.verdict"] = route["verdict"]
        out[f"{rid}.unmet"] = ";".join(c["id"] for c in route["conditions"] if c["met"] is False and c.get("blocking", True)) \
            if route["verdict"] != "not_applicable" else ""
        out.update({f"{rid}.deadline.{d['id']}": d["date"] for d in route["deadlines"]})
        out.update({f"{rid}.cost.{c['id']}": c["amount_eur"] for c in route["costs"] if c["amount_eur"] is not None})
    return out


def got_row(row):
    return {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in row.items() if k != "row" and v is not None}


def table_of(rows):
    names = sorted({k for r in rows for k in r})
    text = lambda v: None if v is None else ("true" if v is True else "false" if v is False else str(v))  # noqa: E731
    return pa.table({n: pa.array([text(r.get(n)) for r in rows], type=pa.string()) for n in names})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.one_of(cases(), any_cases()), min_size=1, max_size=60))
def test_batch_gives_the_same_answers_as_assess(population):
    table, problems = assess_table(table_of([case_to_row(c) for c in population]), 1, TODAY)
    assert problems == []
    for case, row in zip(population, table.to_pylist()):
        assert got_row(row) == expected_row(case), case


def test_thousands_of_synthetic_cases_agree_with_assess():
    population = synth(1500, seed=11, today=TODAY)
    table, problems = assess_table(population, 1, TODAY)
    assert problems == [] and table.num_rows == 1500
    for source, row in zip(population.to_pylist(), table.to_pylist()):
        assert got_row(row) == expected_row(row_to_case(source))


BAD = [({"as_of": "2015-02-30", "person.nationality": "IN"}, "as_of"), ({"as_of": "2015-01-01", "person.nationality": "XX"}, "person.nationality"),
       ({"as_of": "2015-01-01", "person.nationality": "IN", "job.gross_monthly_salary_eur": "-5"}, "job.gross_monthly_salary_eur"),
       ({"as_of": "2015-01-01", "person.nationality": "IN", "permit.kind": "tourist"}, "permit.kind"),
       ({"as_of": "2015-01-01", "person.nationality": "IN", "person.in_france": "maybe"}, "person.in_france"),
       ({"as_of": "2015-01-01", "person.nationality": "IN", "volunteering.starts_on": "2015-05-01", "volunteering.ends_on": "2015-04-01"}, "volunteering.ends_on"),
       ({"as_of": None, "person.nationality": "IN"}, "as_of")]


def test_bad_rows_go_to_the_errors_with_row_field_and_reason_and_the_rest_is_assessed():
    good = {"as_of": "2015-06-16", "person.nationality": "IN", "permit.kind": "student"}
    rows = [good] + [row for row, _ in BAD] + [good]
    table, problems = assess_table(table_of(rows), 1, TODAY)
    assert table.column("row").to_pylist() == [1, len(rows)]
    assert sorted({(p[0], p[1]) for p in problems}) == sorted((i + 2, field) for i, (_, field) in enumerate(BAD))
    assert all(p[3] for p in problems)


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "sejour", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("suffix", ["parquet", "csv", "jsonl"])
def test_cli_every_format_gives_the_same_results(tmp_path, suffix):
    assert run("synth", "400", "-o", f"pop.{suffix}", "--seed", "5", "--today", "2026-11-22", cwd=tmp_path).returncode == 0
    done = run("batch", f"pop.{suffix}", "-o", "out.csv", "--today", "2026-11-22", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    reference = tmp_path / "ref.csv"
    if not reference.exists():
        run("synth", "400", "-o", "ref.parquet", "--seed", "5", "--today", "2026-11-22", cwd=tmp_path)
        run("batch", "ref.parquet", "-o", "ref.csv", "--today", "2026-11-22", cwd=tmp_path)
    assert (tmp_path / "out.csv").read_text() == reference.read_text()


def test_cli_errors_file_and_unknown_column(tmp_path):
    (tmp_path / "in.csv").write_text("as_of,person.nationality,permit.kind\n2015-06-16,IN,student\n2015-06-16,ZZ,student\n")
    done = run("batch", "in.csv", "-o", "out.parquet", cwd=tmp_path)
    assert done.returncode == 0 and "1 rows not valid" in done.stdout
    errors = list(csv.DictReader((tmp_path / "out.errors.csv").open()))
    assert errors[0]["row"] == "2" and errors[0]["field"] == "person.nationality"
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 1
    (tmp_path / "typo.csv").write_text("as_of,person.nationalty\n2015-06-16,IN\n")
    done = run("batch", "typo.csv", "-o", "out.parquet", cwd=tmp_path)
    assert done.returncode == 2 and "person.nationality" in done.stderr


def test_whatif_counts_verdict_changes_and_report_is_self_contained(tmp_path):
    run("synth", "3000", "-o", "pop.parquet", "--seed", "2", "--today", "2026-11-22", cwd=tmp_path)
    done = run("batch", "pop.parquet", "-o", "out.parquet", "--today", "2026-11-22", "--set", "employment.salary_floor_smic_multiple=3",
               "--from", "2012-01-01", "--report", "report.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    comparison = json.loads((tmp_path / "out.whatif.json").read_text())
    moved = {(c["route"], c["from"], c["to"]): c["cases"] for c in comparison["changes"]}
    assert moved.get(("employee_after_aps", "eligible", "not_eligible"), 0) > 0
    assert all(to != "eligible" for (route, _, to) in moved if route == "employee_after_aps")  # a higher floor opens nothing
    html = (tmp_path / "report.html").read_text()
    assert "<svg" in html and "http" not in html.replace("http://www.w3.org/2000/svg", "")
    bad = run("batch", "pop.parquet", "-o", "x.parquet", "--set", "employment.salary_flor=3", "--from", "2020-01-01", cwd=tmp_path)
    assert bad.returncode == 2 and "salary_floor_smic_multiple" in bad.stderr


def test_dask_local_cluster_gives_the_same_output(tmp_path):
    run("synth", "4000", "-o", "pop.parquet", "--seed", "9", "--today", "2026-11-22", cwd=tmp_path)
    assert run("batch", "pop.parquet", "-o", "local.parquet", "--today", "2026-11-22", cwd=tmp_path).returncode == 0
    done = run("batch", "pop.parquet", "-o", "dask.parquet", "--today", "2026-11-22", "--dask", "local", "--chunk", "1000", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert pq.read_table(tmp_path / "dask.parquet").equals(pq.read_table(tmp_path / "local.parquet"))


def test_a_local_batch_never_loads_pandas_and_lifts_the_block_after(tmp_path):
    run("synth", "300", "-o", "pop.parquet", "--seed", "3", "--today", "2026-11-22", cwd=tmp_path)
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from sejour.cli import app\n"
        "done = CliRunner().invoke(app, ['batch', 'pop.parquet', '-o', 'out.parquet', '--jobs', '1', '--today', '2026-11-22'])\n"
        "assert done.exit_code == 0, done.output\n"
        "print('pandas' in sys.modules, any(type(f).__name__ == '_NoPandas' for f in sys.meta_path))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 300
