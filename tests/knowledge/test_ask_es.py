"""`sejour ask` in Spanish: the answers' own words, the hand-written entries and the messages come
from the catalogue; the dates and amounts are the same as in English."""

import json
import re
import subprocess
import sys
import unicodedata

from babel.messages.pofile import read_po
import pytest

from sejour.i18n import MESSAGES, LOCALE_DIR
from sejour.knowledge import words
from sejour.knowledge.ask import ask
from sejour.knowledge.base import entries

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
EURO = re.compile(r"€\s?(\d[\d.,\u202f\u00a0]*\d|\d)|(\d[\d.,\u202f\u00a0]*\d|\d)\s?€")
PLACEHOLDER = re.compile(r"\{\w+\}")


def euros(text: str) -> list[float]:
    """The amounts in euros of a text, whatever the language's way of writing them."""
    found = []
    for before, after in EURO.findall(text):
        digits = re.sub(r"[\u202f\u00a0]", "", before or after)
        cents = re.search(r"[.,](\d{2})$", digits)
        whole = re.sub(r"[.,]", "", digits[:cents.start()] if cents else digits)
        found.append(float(whole + ("." + cents.group(1) if cents else "")))
    return sorted(found)


def facts_of(text: str) -> tuple:
    return sorted(ISO_DAY.findall(text)), euros(text)


def test_every_hand_written_entry_is_in_french_and_spanish_with_the_same_dates_and_amounts():
    for entry in entries():
        for lang in ("fr", "es"):
            for part in (entry.question, entry.answer):
                assert part[lang] != part["en"], (entry.id, lang, part["en"])
            assert facts_of(entry.answer[lang]) == facts_of(entry.answer["en"]), (entry.id, lang)


def test_a_hand_written_answer_in_spanish():
    result = ask("what documents do I need", lang="es")
    answer = result["answers"][0]
    assert answer["id"] == "aps_documents" and answer["question"] == "¿Qué documentos necesito para la APS?"
    assert answer["answer"].startswith("Tres fotos de identidad") and "seguro de enfermedad" in answer["answer"]
    assert any("Paris Unraveled" in source and "artículo de blog" in source for source in answer["sources"])


@pytest.mark.parametrize("question, topic", [("How do I apply for asylum in France?", "asylum"), ("permis de conduire étranger en France", "driving"),
                                             ("Je ne trouve pas de rendez-vous disponible en préfecture", "appointment")])
def test_out_of_scope_is_refused_in_spanish(question, topic):
    result = ask(question, lang="es")
    assert result["covered"] is False and result["message"] == words.WHOM[topic]["es"]
    assert "queda fuera de las reglas de sejour" in result["message"] or "quedan fuera de las reglas de sejour" in result["message"]


def test_a_question_nothing_answers_gets_the_spanish_not_covered():
    result = ask("zzz qqq", lang="es")
    assert result["covered"] is False and result["message"].startswith("Las fuentes de sejour no responden a esta pregunta")


@pytest.mark.parametrize("question", ["How long do I have to appeal a refusal?", "When should I renew my student residence permit?",
                                      "How much does the RECE card cost?", "Les Algériens peuvent-ils obtenir l'APS après leurs études ?",
                                      "My employer says he has to pay a tax to the OFII to hire me, how much is it?"])
def test_spanish_answers_carry_the_same_dates_and_amounts_as_english(question):
    day = __import__("datetime").date(2026, 11, 30)
    english, spanish = ask(question, lang="en", today=day), ask(question, lang="es", today=day)
    assert spanish["covered"] and [a["id"] for a in spanish["answers"]] == [a["id"] for a in english["answers"]]
    for en, es in zip(english["answers"], spanish["answers"]):
        assert facts_of(es["answer"]) == facts_of(en["answer"]), (en["answer"], es["answer"])
        aspect = words.ASPECT_TITLES[es["aspect"]]
        assert aspect["es"] in es["question"] and aspect["en"] not in es["question"]
        # as many sources, or fewer: two English citations that differ only by an English gloss read
        # the same in Spanish and are given once
        assert 0 < len(es["sources"]) <= len(en["sources"]) and len(set(es["sources"])) == len(es["sources"])


def test_the_lead_of_a_yes_or_no_is_spanish():
    answer = ask("Can Algerian students get the job search (RECE) permit or APS?", lang="es")["answers"][0]
    assert answer["answer"].startswith(words.NO["es"]) and "1968" in answer["answer"]
    assert words.FROM_ABROAD["es"].format(years=4) in answer["answer"]


def test_cli_answers_in_spanish_with_the_translation_notice():
    done = subprocess.run([sys.executable, "-m", "sejour", "ask", "Can I travel to Belgium with my APS?", "--lang", "es"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shown = " ".join(done.stdout.split())
    assert "Los viajes con un permiso" in shown and "Reglas vigentes al" in shown and "los textos jurídicos franceses son los que cuentan" in shown
    bad = subprocess.run([sys.executable, "-m", "sejour", "ask", "x", "--lang", "de"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--lang" in bad.stderr and "es" in bad.stderr and "'de'" in bad.stderr


@pytest.mark.django_db
def test_api_answers_in_spanish(client):
    data = client.get("/api/v1/ask", {"q": "puis-je voyager en Belgique avec l'APS", "lang": "es"}).json()
    assert data["covered"] is False and data["message"] == words.WHOM["travel"]["es"]
    data = client.get("/api/v1/ask", {"q": "what documents do I need", "lang": "es"}).json()
    assert data["answers"][0]["answer"] == next(e for e in entries() if e.id == "aps_documents").answer["es"]


def _catalogue(lang):
    with open(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po", "rb") as handle:
        return {entry.context: entry for entry in read_po(handle) if entry.context}


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_texts_of_ask_and_of_citations_are_in_the_catalogue_and_extractable(lang):
    """Every text of `sejour ask` and of the citations is translated with the same placeholders, and
    every catalogue entry of theirs is declared in the code (re-extraction would drop it otherwise)."""
    import sejour.knowledge.entry_texts  # noqa: F401
    import sejour.rules.citations  # noqa: F401
    import sejour.rules.unconfirmed_texts  # noqa: F401

    prefixes = ("knowledge.", "citation.", "unconfirmed.")
    catalogue = {context: entry for context, entry in _catalogue(lang).items() if context.startswith(prefixes)}
    declared = {context: message for context, message in MESSAGES.items() if context.startswith(prefixes)}
    assert set(catalogue) == set(declared)
    for context, message in declared.items():
        entry = catalogue[context]
        assert entry.id == message.english and entry.string and not entry.fuzzy, context
        assert sorted(PLACEHOLDER.findall(entry.string)) == sorted(PLACEHOLDER.findall(entry.id)), context
        assert unicodedata.normalize("NFC", entry.string) == entry.string, context


def test_json_of_the_cli_in_spanish():
    done = subprocess.run([sys.executable, "-m", "sejour", "ask", "what documents do I need", "--lang", "es", "--json"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["answers"][0]["question"] == "¿Qué documentos necesito para la APS?"


@pytest.mark.parametrize("question, route, aspect, yes_no, facts", [
    ("¿Cuánto cuesta la APS?", "aps_graduate", "cost", False, {}),
    ("Soy argelino, ¿puedo obtener la APS?", "aps_graduate", "conditions", True, {"person.nationality": "DZ"}),
    ("¿Cuándo debo renovar mi permiso de estudiante?", "student_renewal", "deadline", False, {"permit.kind": "student"}),
    ("Me denegaron el permiso, ¿cuánto tiempo tengo para recurrir?", "appeal", "refusal", False, {"application.decision": "refused"}),
    ("¿Cuánto paga mi empleador a la OFII para contratarme?", "employee", "cost_employer", False, {}),
    ("Soy brasileño, mi permiso de estudiante vence el 31 de octubre de 2027, ¿hasta cuándo puedo pedir la APS?", "aps_graduate", "deadline", False,
     {"person.nationality": "BR", "permit.kind": "student", "permit.expires_on": __import__("datetime").date(2027, 10, 31)}),
])
def test_simple_spanish_questions_are_read(question, route, aspect, yes_no, facts):
    from sejour.knowledge.reader import read

    whole, _ = read(question)
    assert whole.routes[0] == route and (aspect is None or whole.aspects[0] == aspect) and whole.yes_no is yes_no
    assert whole.facts == facts


def test_spanish_out_of_scope_questions_are_recognised():
    assert ask("¿Cómo pedir el asilo en Francia?", lang="es")["topic"] == "asylum"
    assert ask("¿Puedo viajar a Bélgica con mi APS?", lang="es")["topic"] == "travel"
