"""The letters: which ones a case needs, and that DOCX and PDF carry the assessment's facts."""

import datetime
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings

from sejour import assess
from sejour.case import load_case, parse_case
from sejour.documents import letter_texts
from sejour.documents.letters import LETTER_TITLES, letter_content, letter_docx, letter_pdf, letters_for
from sejour.i18n import PSEUDO, PSEUDO_CLOSE, PSEUDO_OPEN, language_codes, message
from sejour.text import long_date

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


def letter_words(lang: str) -> list[str]:
    """The fixed words of every letter text in `lang` (the pieces between placeholders)."""
    messages = [*letter_texts.TITLES.values(), *letter_texts.SUBJECTS.values(), *letter_texts.DECISION.values(),
                *(m for paragraphs in letter_texts.PARAGRAPHS.values() for m in paragraphs), letter_texts.TO_PREFET, letter_texts.PREFECTURE,
                letter_texts.BORN, letter_texts.NATIONALITY, letter_texts.CLOSING, letter_texts.SEND_BY, letter_texts.PLACE_DATE, letter_texts.ENCLOSED, letter_texts.HEADING, letter_texts.NOTE]
    return [piece.strip() for m in messages for piece in re.split(r"\{\w+\}", m[lang]) if len(piece.strip()) > 8]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
@pytest.mark.parametrize("example", ["volunteer", "hired_after_aps", "appeal"])
def test_docx_is_the_french_letter_with_a_translation_beside_it(example, lang):
    case = load_case(EXAMPLES / f"{example}.yaml")
    assessment = assess(case, lang="fr")
    letter = NEEDS[example][0]
    text = docx_text(letter_docx(letter, case.to_dict(), assessment, lang))
    days = [datetime.date.fromisoformat(d["date"]) for d in route_of(assessment, letter)["deadlines"]]
    assert any(long_date(day, "fr") in text for day in days), (days, text)  # « 2 mai 2016 »
    assert "……………" in text  # no identity given: blanks to fill by hand
    assert letter_texts.SUBJECTS[letter]["fr"] in text and re.search(r"Je vous prie d'agréer, Monsieur le Préfet( de police)?, l'expression", text)
    enclosed = [d["id"] for d in route_of(assessment, letter)["documents"]]
    assert all(letter_texts.ENCLOSURES[d]["fr"].split(" (")[0] in text for d in enclosed if d != "undertaking_to_leave")  # first person
    assert message("route.aps_volunteer.document.undertaking_to_leave")["fr"] not in text  # the letter does not enclose itself
    french, _, translation = text.partition(letter_texts.HEADING[lang])
    if lang == "fr":
        assert not translation  # the letter alone
        return
    assert translation and letter_texts.SUBJECTS[letter][lang] in translation
    assert any(long_date(day, lang) in translation for day in days)
    assert "préfecture expects letters in French" in text or lang != "en"
    for other in ("en", "es"):  # the other translation's words appear nowhere
        if other != lang:
            assert not [w for w in letter_words(other) if w in text and w not in letter_words(lang)], other
    assert not re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b", text.replace(
        letter_texts.TITLES[letter]["en"], "")) or lang == "en"


@pytest.mark.parametrize("letter, example", [("volunteer_undertaking", "volunteer"), ("change_of_status_request", "hired_after_aps"),
                                             ("administrative_appeal", "appeal")])
def test_every_word_of_the_translation_comes_from_the_catalogue(letter, example):
    """In the pseudo-language, each text of the translation is wrapped in ⟦ ⟧; the French letter is not."""
    case = load_case(EXAMPLES / f"{example}.yaml")
    content = letter_content(letter, case, assess(case, lang="fr"), PSEUDO)
    translation = content["translation"]
    texts = [translation["heading"], translation["note"], content["intro"], translation["place_date"], translation["subject"],
             translation["enclosed"], *translation["addressee"], *translation["paragraphs"], *translation["enclosures"]]
    assert all(t.startswith(PSEUDO_OPEN) and t.endswith(PSEUDO_CLOSE) for t in texts), texts
    assert PSEUDO_OPEN not in repr(content["letter"])


def test_identity_fills_the_blanks_and_pdf_text_matches():
    case = load_case(EXAMPLES / "hired_after_aps.yaml")
    assessment = assess(case, lang="fr")
    identity = {"given_name": "Asha", "family_name": "Rao", "address_lines": ["3 rue de la Paix"], "postcode": "75002", "city": "Paris",
                "birth_date": "1990-03-02", "birth_place": "Pune", "foreigner_number": "7501234567"}
    pdf = letter_pdf("change_of_status_request", case, assessment, "fr", identity)
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    for value in ("Asha RAO", "7501234567", "1er juillet 2015", "CDI", "Monsieur le Préfet de police", "À Paris, le 3 juillet 2015"):
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
    done = subprocess.run(run + [str(EXAMPLES / "appeal.yaml"), "administrative_appeal", "--lang", "fr", "-o", str(out)], capture_output=True, text=True, cwd=EXAMPLES.parent)
    assert done.returncode == 0, done.stderr
    assert "recours gracieux" in docx_text(out.read_bytes())
    refused = subprocess.run(run + [str(EXAMPLES / "eu_citizen.yaml"), "administrative_appeal", "-o", str(tmp_path / "x.pdf")], capture_output=True, text=True, cwd=EXAMPLES.parent)
    assert refused.returncode == 2 and "pas besoin de cette lettre" in refused.stderr and "Contester un refus" in refused.stderr and not (tmp_path / "x.pdf").exists()


def test_cli_letter_in_spanish_is_the_french_letter_and_a_spanish_aid(tmp_path):
    out = tmp_path / "appeal.docx"
    done = subprocess.run([sys.executable, "-m", "sejour", "letter", str(EXAMPLES / "appeal.yaml"), "administrative_appeal", "--lang", "es",
                           "-o", str(out)], capture_output=True, text=True, cwd=EXAMPLES.parent)
    assert done.returncode == 0, done.stderr
    text = docx_text(out.read_bytes())
    french, heading, aid = text.partition("Traducción para ayudarle: no la envíe")
    assert heading and "Objet : recours gracieux contre le refus de ma demande" in french and "2 mai 2016" in french
    assert "Asunto: recours gracieux" in aid and "que vence el 2 de mayo de 2016" in aid and "Le ruego acepte, Señor Prefecto," in aid
    assert "Envíela a más tardar el 2 de mayo de 2016" in french  # the note to the person, in their language, above the letter
    for english in ("Subject", "Yours faithfully", "I am writing", "Translation", "Done at", "May 2016", "préfecture expects"):
        assert english not in text, english


@pytest.mark.parametrize("args", [["--lang", "xx"], ["--lang", "EN"]])
def test_cli_letter_refuses_a_language_naming_the_option_and_the_languages(tmp_path, args):
    done = subprocess.run([sys.executable, "-m", "sejour", "letter", str(EXAMPLES / "appeal.yaml"), "administrative_appeal",
                           "-o", str(tmp_path / "x.docx"), *args], capture_output=True, text=True, cwd=EXAMPLES.parent)
    assert done.returncode == 2 and "--lang" in done.stderr and ", ".join(language_codes()) in done.stderr, done.stderr
    assert not (tmp_path / "x.docx").exists()
