"""Plain words everywhere a person reads an assessment (issue 15, point 2): the texts of the JSON
(conditions, deadlines, documents, costs, figures, next steps, what would change, steps) and its
sources, in every language, never show an internal name (a field path, a route id, "unknown",
"None", "UNCONFIRMED", "seed", a file name, a repository path), never an ISO date, and the French
texts are French (no English words outside the quotes of a source, French punctuation)."""

from __future__ import annotations

import datetime
import pathlib
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from sejour.assessment import ROUTE_ORDER, assess
from sejour.case import FIELD_PATHS
from sejour.i18n import language_codes

from .strategies import cases

TODAY = datetime.date(2026, 12, 1)
EXAMPLES = sorted((pathlib.Path(__file__).parent.parent / "examples").glob("*.yaml"))

# The four situations of the issue (as the tests/situations fixtures describe them).
SITUATIONS = {
    "graduate_lyon": {"as_of": "2026-12-01", "person": {"nationality": "BR", "in_france": True, "departement": "69"},
                      "permit": {"kind": "student", "expires_on": "2026-12-31"},
                      "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True}},
    "rece_hired_paris": {"as_of": "2026-10-15", "person": {"nationality": "IN", "in_france": True, "departement": "75"},
                         "permit": {"kind": "aps_graduate", "expires_on": "2027-06-30"},
                         "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True, "obtained_on": "2025-06-30"},
                         "job": {"contract": "cdi", "gross_monthly_salary_eur": 3200, "related_to_studies": True, "pay_comparable": True,
                                 "signed_on": "2026-10-01", "starts_on": "2026-11-02"}},
    "volunteer_nancy": {"as_of": "2026-09-10", "person": {"nationality": "PH", "in_france": True, "arrived_on": "2026-09-01", "departement": "54"},
                        "permit": {"kind": "long_stay_visa", "expires_on": "2027-08-31"},
                        "volunteering": {"host_public_utility": True, "host_approved_for_volunteers": True, "mission_purpose": "social",
                                         "general_interest_aims": ["solidarity_in_france"], "contract_signed_before_entry": True,
                                         "long_stay_visa": True, "acceptance_certificate": True, "commits_to_leave": True,
                                         "starts_on": "2026-09-01", "ends_on": "2027-08-31"}},
    "status_change_silence": {"as_of": "2026-11-15", "person": {"nationality": "MA", "in_france": True, "departement": "13"},
                              "permit": {"kind": "student", "expires_on": "2026-06-30"},
                              "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True},
                              "job": {"contract": "cdi", "gross_monthly_salary_eur": 2900, "related_to_studies": True, "pay_comparable": True,
                                      "signed_on": "2026-05-20"},
                              "application": {"route": "employee_from_student", "filed_on": "2026-05-25", "decision": "pending"}},
}

ROUTE_IDS = [route for route in ROUTE_ORDER if "_" in route]  # "appeal" is also a word
EVERYWHERE = [
    ("a field path", re.compile("|".join(re.escape(path) for path in FIELD_PATHS if "." in path))),
    ("a route id", re.compile(r"\b(?:%s)\b" % "|".join(ROUTE_IDS))),
    ("an unknown value", re.compile(r"\bunknown\b|\binconnue?s?\b|\bdesconocid[oa]s?\b", re.IGNORECASE)),
    ("None", re.compile(r"\bNone\b")),
    ("UNCONFIRMED", re.compile(r"UNCONFIRMED")),
    ("seed", re.compile(r"\bseeds?\b", re.IGNORECASE)),
    ("a file name", re.compile(r"\w\.(?:md|ya?ml|py|json)\b")),
    ("a repository path", re.compile(r"shared/|github|\bsejour/")),
    ("an ISO date", re.compile(r"\b\d{4}-\d{2}-\d{2}\b")),
]
# Common English words, as whole words, in a French or Spanish text (outside « quotes »). Words
# that are also French or Spanish ("a", "on", "par"...) are left out, and « job étudiant » is French.
ENGLISH = re.compile(r"\b(?:the|and|you|your|if|it|its|is|are|was|were|of|for|stay|file|filed|with|from|until|before|after|when|which|this|that|must|may|not|"
                     r"under|passed|known|yearly|hours|job(?!\s+étudiants?)|permit|days?|months?|within|ask|apply|reply|free|only|any)\b", re.IGNORECASE)
QUOTE = re.compile(r"«[^»]*»")
URL = re.compile(r"\(?https?://\S+")
BY_LANGUAGE = {
    "fr": [("English words", ENGLISH), ("a colon without the space before it", re.compile(r"[^\s«]:(?:\s|$)")),
           ("an untranslated « passed »", re.compile(r"passed\)"))],
    "es": [("English words", ENGLISH), ("an untranslated « passed »", re.compile(r"passed\)"))],
}


def readable_texts(result):
    """(where, language, text) for every text of an assessment a person reads."""
    lang = result["lang"]
    for route in result["routes"]:
        where = route["id"]
        yield where + ".title", lang, route["title"]
        for key in ("conditions", "deadlines", "costs", "figures", "documents"):
            for item in route.get(key, []):
                at = f"{where}.{key}.{item['id']}"
                yield at, lang, item["text"]
                for code in ("en", "fr"):
                    if f"text_{code}" in item:
                        yield at + f".text_{code}", code, item[f"text_{code}"]
                for source in item.get("sources", []):
                    yield at + ".sources", lang, source
                if item.get("unconfirmed"):
                    yield at + ".unconfirmed", lang, item["unconfirmed"]
        for key in ("next_steps", "what_would_change"):
            for text in route.get(key, []):
                yield f"{where}.{key}", lang, text
        for step in route.get("steps", []):
            yield f"{where}.steps", lang, step["text"]


def problems(result):
    found = []
    for where, lang, text in readable_texts(result):
        outside_quotes = URL.sub("", QUOTE.sub("«»", text))
        for what, pattern in EVERYWHERE:
            if pattern.search(URL.sub("", text)):
                found.append(f"{where} [{lang}] {what}: {text}")
        for what, pattern in BY_LANGUAGE.get(lang, []):
            if pattern.search(outside_quotes):
                found.append(f"{where} [{lang}] {what}: {text}")
    return found


def sources_problems(result):
    """Sources short and readable: no repeated citation or link within one item, no note posing as a source."""
    found = []
    for route in result["routes"]:
        for key in ("conditions", "deadlines", "costs", "figures"):
            for item in route.get(key, []):
                sources = item["sources"]
                if key != "figures":
                    assert sources, f"{route['id']}.{item['id']}: no source"
                links = [link for source in sources for link in URL.findall(source)]
                if len(links) != len(set(links)):
                    found.append(f"{route['id']}.{key}.{item['id']}: a link repeated: {sources}")
                if len(sources) != len(set(sources)):
                    found.append(f"{route['id']}.{key}.{item['id']}: a source repeated: {sources}")
                if any(re.match(r"(?:Not confirmed|Non confirmé|No confirmado)", source) for source in sources):
                    found.append(f"{route['id']}.{key}.{item['id']}: a note among the sources: {sources}")
    return found


def _situation_cases():
    yield from ((path.stem, yaml.safe_load(path.read_text())) for path in EXAMPLES)
    yield from SITUATIONS.items()


@pytest.mark.parametrize("lang", language_codes())
@pytest.mark.parametrize("name,case", list(_situation_cases()), ids=[name for name, _ in _situation_cases()])
def test_examples_and_situations_in_plain_words(name, case, lang):
    result = assess(case, lang=lang, today=TODAY)
    assert problems(result) == []
    assert sources_problems(result) == []


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_any_case_in_plain_words(case):
    for lang in language_codes():
        result = assess(case, lang=lang, today=TODAY)
        assert problems(result) == []
        assert sources_problems(result) == []


def test_the_check_finds_what_it_looks_for():
    """The checks are not vacuous: each kind of leak in a text is found."""
    def one(text, lang="fr"):
        return problems({"lang": lang, "routes": [{"id": "x", "title": text}]})

    for leak in ("studies.diploma", "(aps_graduate)", "after unknown", "None", "UNCONFIRMED", "Seed 000", "shared/domain.md",
                 "le 2026-12-31", "if you file", "31 août 2026 (passée): Conseillé", "31 août 2026 (passed)"):
        assert one(leak), leak
    assert not one("31 août 2026 (passée) : Conseillé ; « If your visa is expired » (https://www.legifrance.gouv.fr/x)")
    assert not one("Déposez au plus tard le 31 décembre 2026.", "es") and one("if you file", "es")


def _route(case, route_id, lang="en"):
    return next(route for route in assess(case, lang=lang, today=TODAY)["routes"] if route["id"] == route_id)


def _item(route, key, item_id):
    return next(item for item in route[key] if item["id"] == item_id)


def test_an_agreement_is_cited_only_to_the_nationality_it_concerns():
    brazilian = _item(_route(SITUATIONS["graduate_lyon"], "aps_graduate", "fr"), "conditions", "nationality_allowed")
    assert brazilian["sources"] and not any("algérien" in source.lower() for source in brazilian["sources"])
    assert any("L422-10" in source for source in brazilian["sources"])
    algerian = {**SITUATIONS["graduate_lyon"], "person": {**SITUATIONS["graduate_lyon"]["person"], "nationality": "DZ"}}
    assert any("Accord franco-algérien" in source for source in _item(_route(algerian, "aps_graduate", "fr"), "conditions", "nationality_allowed")["sources"])


def test_sources_not_cited_by_country_are_made_once_for_every_nationality():
    from sejour.assessment import _sources_of

    def sources(nationality):
        case = {**SITUATIONS["graduate_lyon"], "person": {**SITUATIONS["graduate_lyon"]["person"], "nationality": nationality}}
        return [(route["id"], item["id"], item.get("sources")) for route in assess(case, lang="fr", today=TODAY)["routes"]
                for item in route["conditions"] + route["costs"] + route["deadlines"]]

    _sources_of.cache_clear()
    brazilian = sources("BR")
    made = _sources_of.cache_info().misses
    algerian = sources("DZ")
    made_again = _sources_of.cache_info().misses - made
    assert 0 < made_again < len(brazilian) / 4  # only the rules citing a value by country
    differ = {(route, item) for (route, item, a), (_, _, b) in zip(brazilian, algerian) if a != b}
    assert ("aps_graduate", "nationality_allowed") in differ  # the Algerian agreement, to Algerians only


def test_a_cost_cites_the_sources_of_its_amount_on_the_day():
    fee = _item(_route(SITUATIONS["graduate_lyon"], "aps_graduate"), "costs", "fee")
    assert fee["amount_eur"] == 150.0
    said = " ".join(fee["sources"])
    assert "is free" not in said and "of an APS" not in said  # not the free APS of 2014, nor the APS's tax beside the RECE card's
    assert "reduced tariff 100 €" in said and "droit de timbre 50 €" in said
    assert "Not confirmed" in fee["unconfirmed"]


def test_the_search_step_agrees_with_the_hours_figure():
    rece = _route(SITUATIONS["graduate_lyon"], "aps_graduate")
    hours = _item(rece, "figures", "work_hours_per_year_max")["text"]
    assert "no text read applies it to the RECE card" in hours
    assert not any("yearly hours allowed" in step for step in rece["next_steps"])
    assert any("RECE card allows you to work" in step for step in rece["next_steps"])
    aps = _route(yaml.safe_load((EXAMPLES[0].parent / "graduate.yaml").read_text()), "aps_graduate")  # 2015: the APS
    assert any("yearly hours allowed" in step for step in aps["next_steps"])
    assert "may work up to 964 hours" in _item(aps, "figures", "work_hours_per_year_max")["text"]


def test_a_reference_keeps_what_was_in_force_on_the_day():
    from sejour.rules.source_lists import in_force_only

    reference = "CESEDA art. L311-11 (to 2019-02-28), L313-8 (2019-03-01 to 2021-04-30), L422-10 (from 2021-05-01)"
    assert [in_force_only(reference, day) for day in ("2015-06-01", "2019-02-28", "2019-03-01", "2026-12-01")] == \
        ["CESEDA art. L311-11", "CESEDA art. L311-11", "CESEDA art. L313-8", "CESEDA art. L422-10"]
    assert in_force_only("CESEDA art. R311-2 4° (« dans le courant des deux derniers mois », to 2021-04-30)", "2026-12-01") is None
    assert in_force_only("CESEDA art. L911-1, L921-1, L921-2 (from 2024-07-15)", "2020-01-01") == "CESEDA art. L911-1, L921-1, L921-2 (from 2024-07-15)"


def test_the_employer_tax_says_how_it_is_counted_in_the_readers_language():
    hired = yaml.safe_load((EXAMPLES[0].parent / "hired_after_aps.yaml").read_text())
    tax = _item(_route(hired, "employee_after_aps", "fr"), "costs", "employer_tax")
    assert tax["text"].startswith("Taxe payée une fois par l'employeur : 1") and "55 % d'un mois de salaire brut" in tax["text"]
    assert "2,5 fois le SMIC" in tax["text"]
    short = {**hired, "job": {**hired["job"], "contract": "cdd", "months": 6}}
    assert "montant forfaitaire" in _item(_route(short, "employee_after_aps", "fr"), "costs", "employer_tax")["text"]


@pytest.mark.parametrize("lang, name", [("en", "Algeria"), ("fr", "Algérie"), ("es", "Argelia")])
def test_a_nationality_is_named_as_the_language_names_the_country_never_by_its_code(lang, name):
    case = {"version": 1, "as_of": "2026-12-01", "person": {"nationality": "DZ", "in_france": True}}
    texts = [c["text"] for r in assess(case, lang=lang)["routes"] for c in r["conditions"]]
    assert any(name in text for text in texts) and not any("(DZ)" in text for text in texts)
