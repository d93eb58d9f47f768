"""The command line: the JSON contract, readable output, and malformed cases refused with
exit status 2, the field named, never a traceback."""

import json
import io
import pathlib
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from sejour import assess
from sejour.case import CaseError, load_case, parse_case
from sejour.cli import app

ROOT = pathlib.Path(__file__).parent.parent
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_json_output_is_the_assessment():
    result = run("assess", ROOT / "examples" / "graduate.yaml", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == assess(load_case(ROOT / "examples" / "graduate.yaml"))


def test_readable_output_in_both_languages():
    english = run("assess", ROOT / "examples" / "hired_after_aps.yaml")
    assert english.exit_code == 0 and "June 30, 2016" in english.stdout and "préfecture decides" in english.stdout
    french = run("assess", ROOT / "examples" / "hired_after_aps.yaml", "--lang", "fr")
    assert french.exit_code == 0 and "Conditions" in french.stdout and "la préfecture décide" in french.stdout


def _flat(text: str) -> str:
    return " ".join(text.replace("│", " ").replace("╭", " ").replace("╰", " ").replace("─", " ").split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_readable_output_opens_with_the_answer(lang):
    """The answer (what to do, by when, at what cost, what to bring, the next step) before the routes
    in full; a route that is not the person's (EU free movement for an Indian graduate) only in
    the one-line list at the end; sources short (no address printed)."""
    from sejour.answer import WORDS
    from sejour.text import long_date, money

    path = ROOT / "examples" / "graduate.yaml"
    expected = assess(load_case(path), lang=lang)
    answer, routes = expected["answer"], {r["id"]: r for r in expected["routes"]}
    result = run("assess", path, "--lang", lang)
    assert result.exit_code == 0, result.stdout
    text = _flat(result.stdout)
    headed = text.index(_flat(WORDS["title"][lang]))
    act_by = text.index(_flat(long_date(answer["act_by"]["date"], lang)))
    costs = text.index(_flat(money(answer["costs"][0]["applicant"]["total_eur"], lang)))
    bring = text.index(_flat(WORDS["bring"][lang]))
    step = text.index(_flat(WORDS["next_step"][lang]))
    first_route = text.index(_flat(routes[answer["full_routes"][0]]["title"]), step)
    others = text.index(_flat(WORDS["other_routes"][lang]))
    assert headed < act_by < costs < bring < step < first_route < others
    eu_title = _flat(routes["no_permit_needed"]["title"])
    assert "no_permit_needed" not in answer["full_routes"] and text.index(eu_title) > others
    assert "https://" not in result.stdout


def test_readable_output_in_spanish():
    result = run("assess", ROOT / "examples" / "hired_after_aps.yaml", "--lang", "es")
    assert result.exit_code == 0, result.stdout
    for spanish in ("Condiciones", "Documentos que debe aportar", "Próximos pasos", "la préfecture (la oficina del Estado en el departamento) "
                    "decide", "Esta es una traducción para ayudarle"):
        assert spanish in " ".join(result.stdout.split()), spanish
    for english in ("Conditions", "Documents to bring", "Next steps", "OPEN to you", "préfecture decides", "Routes that do not concern you"):
        assert english not in result.stdout, english


@pytest.mark.parametrize("command", [["assess", ROOT / "examples" / "graduate.yaml"], ["explain", ROOT / "examples" / "graduate.yaml", "aps_graduate"]])
def test_an_unknown_language_is_a_clear_error(command):
    result = subprocess.run([sys.executable, "-m", "sejour", *map(str, command), "--lang", "xx"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "--lang must be one of en, fr, es, not 'xx'" in message, result.stderr


def test_explain_shows_values_parameters_and_sources():
    result = run("explain", ROOT / "examples" / "hired_after_aps.yaml", "employee_after_aps")
    assert result.exit_code == 0
    for expected in ("salary_floor", "employment.smic_monthly", "1457.52", "D5221-21-1", "condition salary_floor"):
        assert expected in result.stdout, expected
    assert run("explain", ROOT / "examples" / "graduate.yaml", "no_such_route").exit_code == 2
    french = run("explain", ROOT / "examples" / "hired_after_aps.yaml", "employee_after_aps", "--lang", "fr")
    assert french.exit_code == 0 and "paramètre employment.change_of_status_days_after_hire = 15" in french.stdout and "depuis le" in french.stdout and "Changement de statut" in french.stdout


MALFORMED = {
    "empty.yaml": (b"", "empty"),
    "binary.yaml": (bytes(range(256)), "binary"),
    "latin1.yaml": ("as_of: 2015-01-01\nperson:\n  nationality: IN # é".encode("latin-1"), "UTF-8"),
    "broken.yaml": (b"as_of: 2015-01-01\nperson: {nationality: IN\n", "line"),
    "list.yaml": (b"- as_of\n- person\n", "mapping"),
    "bad_date.yaml": (b"as_of: 2015-02-30\nperson:\n  nationality: IN\n", "as_of"),
    "no_nationality.yaml": (b"as_of: 2015-01-01\nperson: {}\n", "person.nationality"),
    "unknown_country.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: XX\n", "person.nationality"),
    "unknown_departement.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\n  departement: '99'\n", "person.departement"),
    "typo.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\njob:\n  salary: 2500\n", "gross_monthly_salary_eur"),
    "top_typo.yaml": (b"as_of: 2015-01-01\npersn:\n  nationality: IN\n", "person"),
    "negative.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\njob:\n  gross_monthly_salary_eur: -1\n", "job.gross_monthly_salary_eur"),
    "absurd.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\njob:\n  gross_monthly_salary_eur: 1e12\n", "job.gross_monthly_salary_eur"),
    "nan.json": (b'{"as_of": "2015-01-01", "person": {"nationality": "IN"}, "job": {"gross_monthly_salary_eur": NaN}}', "job.gross_monthly_salary_eur"),
    "yes.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\n  in_france: yes\n", "person.in_france"),
    "kind.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\npermit:\n  kind: tourist\n", "permit.kind"),
    "order.yaml": (b"as_of: 2015-01-01\nperson:\n  nationality: IN\nvolunteering:\n  starts_on: 2015-03-01\n  ends_on: 2015-01-01\n", "volunteering.ends_on"),
    "duplicate.yaml": (b"as_of: 2015-01-01\nas_of: 2015-01-02\nperson:\n  nationality: IN\n", "duplicate"),
    "version.yaml": (b"version: 2\nas_of: 2015-01-01\nperson:\n  nationality: IN\n", "version"),
    "year.yaml": (b"as_of: 99999-01-01\nperson:\n  nationality: IN\n", "as_of"),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_cases_exit_2_naming_the_field(tmp_path, name):
    content, expected = MALFORMED[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "sejour.cli", "assess", str(path), "--json"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert expected in result.stderr
    assert json.loads(result.stdout)["errors"]


def test_norway_is_a_nationality_not_false(tmp_path):
    path = tmp_path / "norway.yaml"
    path.write_text("as_of: 2015-01-01\nperson:\n  nationality: NO\n")
    assert load_case(path).person.nationality == "NO"


def test_explicit_null_is_not_unknown():
    case = parse_case({"as_of": "2016-03-20", "person": {"nationality": "US"},
                       "application": {"decision": "refused", "refusal_received_on": None}})
    assert "application.refusal_received_on" in case.explicit_nulls()
    assert "application.appeal_filed_on" not in case.explicit_nulls()
    assert parse_case(case.to_dict()) == case


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                       lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
                       max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["as_of", "person", "permit", "job", "studies", "application", "volunteering", "x"]), JSONISH, max_size=6))
def test_any_dict_is_a_case_or_a_case_error(data):
    try:
        parse_case(data)
    except CaseError as error:
        assert error.problems and all(p.path and p.message for p in error.problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_are_a_case_or_a_case_error(content):
    try:
        load_case(content)
    except CaseError as error:
        assert error.problems


@pytest.mark.parametrize("example", ["hired_after_aps", "graduate", "appeal", "volunteer", "eu_citizen"])
def test_every_word_of_the_readable_output_comes_from_the_catalogue(example):
    """In the pseudo-language every text is wrapped in ⟦ ⟧; the sources, cited in their own words
    by design, are left out (replaced by a mark)."""
    from rich.console import Console

    from sejour.i18n import PSEUDO
    from sejour.render import print_assessment

    from .pseudo import outside_the_catalogue

    assessment = assess(load_case(ROOT / "examples" / f"{example}.yaml"), lang=PSEUDO)
    for route in assessment["routes"]:
        for condition in route["conditions"]:
            condition["sources"] = ["§"]
    console = Console(record=True, width=100, file=io.StringIO())
    print_assessment(assessment, console)
    text = console.export_text()
    assert "⟦" in text and not outside_the_catalogue(text), outside_the_catalogue(text)
