"""The letters: which ones a case needs, and that DOCX and PDF carry the assessment's facts."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings

from sejour import assess
from sejour.case import load_case, parse_case
from sejour.documents.letters import LETTER_TITLES, letter_docx, letter_pdf, letters_for

from .strategies import cases

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NEEDS = {"volunteer": ["volunteer_undertaking"], "hired_after_aps": ["change_of_status_request"],
         "hired_from_student": ["change_of_status_request"], "appeal": ["administrative_appeal"], "eu_citizen": []}


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def route_of(assessment, letter):
    ids = {"volunteer_undertaking": ("aps_volunteer",), "change_of_status_request": ("employee_after_aps", "employee_from_student"),
           "administrative_appeal": ("appeal",)}[letter]
    return next(r for r in assessment["routes"] if r["id"] in ids and r["verdict"] in ("eligible", "needs_information"))


@pytest.mark.parametrize("example", NEEDS)
def test_letters_for_each_example(example):
    assert letters_for(assess(load_case(EXAMPLES / f"{example}.yaml"))) == NEEDS[example]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("example", ["volunteer", "hired_after_aps", "appeal"])
def test_docx_holds_the_deadline_and_the_facts(example, lang):
    case = load_case(EXAMPLES / f"{example}.yaml")
    assessment = assess(case, lang=lang)
    letter = NEEDS[example][0]
    text = docx_text(letter_docx(letter, case.to_dict(), assessment, lang))
    days = ["/".join(reversed(d["date"].split("-"))) for d in route_of(assessment, letter)["deadlines"]]
    assert any(day in text for day in days), (days, text)
    assert "……………" in text  # no identity given: blanks to fill by hand
    if lang == "en":
        assert "préfecture expects letters in French" in text


def test_identity_fills_the_blanks_and_pdf_text_matches():
    case = load_case(EXAMPLES / "hired_after_aps.yaml")
    assessment = assess(case, lang="fr")
    identity = {"name": "Asha Rao", "address": "3 rue de la Paix, 75002 Paris", "birth_date": "02/03/1990", "birth_place": "Pune",
                "nationality": "indienne", "foreigner_number": "7501234567"}
    pdf = letter_pdf("change_of_status_request", case, assessment, "fr", identity)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    for value in ("Asha Rao", "7501234567", "01/07/2015", "CDI"):
        assert value in text
    salary = case.job.gross_monthly_salary_eur
    assert f"{salary:,.2f}".replace(",", "\u202f") in text.replace(" ", "\u202f") or str(int(salary)) in text.replace("\u202f", "").replace(" ", "")


@pytest.mark.parametrize("letter, lang, field", [("no_such_letter", "fr", "letter_id"), ("administrative_appeal", "de", "lang")])
def test_bad_letter_or_language_names_it(letter, lang, field):
    case = load_case(EXAMPLES / "appeal.yaml")
    with pytest.raises(ValueError, match=field):
        letter_docx(letter, case, assess(case), lang)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_every_proposed_letter_renders(case):
    parsed = parse_case(case)
    assessment = assess(parsed)
    for letter in letters_for(assessment):
        assert LETTER_TITLES[letter]["en"]
        assert docx_text(letter_docx(letter, case, assessment, "fr"))


def test_cli_writes_a_letter_and_refuses_one_not_needed(tmp_path):
    out = tmp_path / "appeal.docx"
    run = [sys.executable, "-m", "sejour", "letter"]
    done = subprocess.run(run + [str(EXAMPLES / "appeal.yaml"), "administrative_appeal", "--lang", "fr", "-o", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "recours gracieux" in docx_text(out.read_bytes())
    refused = subprocess.run(run + [str(EXAMPLES / "eu_citizen.yaml"), "administrative_appeal", "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True)
    assert refused.returncode == 2 and "appeal" in refused.stderr and not (tmp_path / "x.pdf").exists()
