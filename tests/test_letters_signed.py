"""Letters a person can sign and send: the préfet by name, who signs, the legal basis of that
route for that person, first-person enclosures, no internal names; the identity section kept out
of everything that stores or passes on a case."""

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from sejour import assess
from sejour.batch.encode import TableError, check_columns
from sejour.case import CaseError, load_case, parse_case, parse_identity
from sejour.countries import DEPARTEMENTS
from sejour.documents import letter_texts
from sejour.documents.letters import NEEDED_BY, court_instead, letter_content, letter_docx, letter_pdf, letters_for
from sejour.documents.prefectures import PREFECTURES
from sejour.rules import tax_benefit_system

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
IDENTITY = {"given_name": "Maria", "family_name": "Santos", "address_lines": ["12 rue de la République", "Bâtiment B"],
            "postcode": "54000", "city": "Nancy", "birth_date": "1998-04-02", "birth_place": "Manille (Philippines)",
            "foreigner_number": "5412345678"}
VOLUNTEER_PH = {"version": 1, "as_of": "2026-12-01", "person": {"nationality": "PH", "in_france": True, "arrived_on": "2026-11-20", "departement": "54"},
                "permit": {"kind": "long_stay_visa", "expires_on": "2027-11-01"},
                "volunteering": {"host_public_utility": True, "host_approved_for_volunteers": True, "mission_purpose": "social",
                                 "general_interest_aims": ["solidarity_in_france"], "contract_signed_before_entry": True, "long_stay_visa": True,
                                 "acceptance_certificate": True, "commits_to_leave": True, "starts_on": "2026-11-15", "ends_on": "2027-11-01"}}


def text_of(body: dict) -> str:
    parts = [*body["sender"], *body["addressee"], body["registered"] or "", body["place_date"], body["subject"], body["salutation"],
             *body["paragraphs"], body["closing"], body["enclosed"], *body["enclosures"], body["signature"]]
    return "\n".join(parts)


def with_departement(path: str, departement: str) -> dict:
    case = load_case(EXAMPLES / path).to_dict()
    case["person"]["departement"] = departement
    return case


def test_the_table_has_the_101_departements_each_with_its_prefet_and_town():
    assert len(PREFECTURES) == 101 and set(PREFECTURES) == set(DEPARTEMENTS)
    assert all(p.town and p.of_name.endswith(p.name) for p in PREFECTURES.values())
    assert {PREFECTURES[c].of_name for c in ("69", "31", "13", "01", "54", "2A", "974", "971")} == {
        "du Rhône", "de la Haute-Garonne", "des Bouches-du-Rhône", "de l'Ain", "de Meurthe-et-Moselle", "de la Corse-du-Sud",
        "de La Réunion", "de la Guadeloupe"}


@pytest.mark.parametrize("departement, prefet, town", [
    ("69", "Monsieur le Préfet du Rhône", "Lyon"), ("75", "Monsieur le Préfet de police", "Paris"),
    ("54", "Monsieur le Préfet de Meurthe-et-Moselle", "Nancy"), ("2A", "Monsieur le Préfet de la Corse-du-Sud", "Ajaccio"),
    ("974", "Monsieur le Préfet de La Réunion", "Saint-Denis"), ("13", "Monsieur le Préfet des Bouches-du-Rhône", "Marseille")])
def test_the_letter_goes_to_the_prefet_of_the_departement_by_its_name(departement, prefet, town):
    case = with_departement("hired_after_aps.yaml", departement)
    letter = letter_content("change_of_status_request", case, assess(case, lang="fr"), "fr")["letter"]
    assert letter["addressee"][0] == prefet and letter["addressee"][-1] == f"[code postal] {town}"
    assert letter["salutation"] == prefet.removeprefix("Monsieur le Préfet").join(("Monsieur le Préfet", ",")) or departement != "75"
    assert letter["salutation"] == ("Monsieur le Préfet de police," if departement == "75" else "Monsieur le Préfet,")
    assert "département 69" not in text_of(letter) and "Préfecture de police" in letter["addressee"][1] or departement != "75"


def test_without_a_departement_the_prefet_is_the_one_of_the_postcode():
    from sejour.documents.prefectures import departement_of_postcode

    assert [departement_of_postcode(p) for p in ("69001", "01000", "20000", "20200", "97400", "97600", "75015", "999", None)] == [
        "69", "01", "2A", "2B", "974", "976", "75", None, None]
    case = load_case(EXAMPLES / "volunteer.yaml").to_dict()
    del case["person"]["departement"]
    letter = letter_content("volunteer_undertaking", case, assess(case), "fr", dict(IDENTITY, postcode="20090", city="Ajaccio"))["letter"]
    assert letter["addressee"][0] == "Monsieur le Préfet de la Corse-du-Sud"
    assert letter_content("volunteer_undertaking", case, assess(case), "fr")["letter"]["addressee"][0] == "Monsieur le Préfet ……………"


def test_identity_fills_the_sender_the_place_and_the_signature():
    case = parse_case(dict(VOLUNTEER_PH, identity=IDENTITY))
    content = letter_content("volunteer_undertaking", case, assess(case, lang="fr"), "fr")
    letter = content["letter"]
    assert letter["sender"][:4] == ["Maria SANTOS", "12 rue de la République", "Bâtiment B", "54000 Nancy"]
    assert "Né·e le 2 avril 1998 à Manille (Philippines)" in letter["sender"] and "N° d'étranger : 5412345678" in letter["sender"]
    assert letter["place_date"] == "À Nancy, le 1er décembre 2026" and letter["signature"] == "Maria SANTOS"
    assert "Je soussigné·e Maria SANTOS" in letter["paragraphs"][0] and "[" not in "".join(letter["sender"] + letter["paragraphs"])
    assert [line for line in text_of(letter).splitlines() if "[" in line] == ["[adresse postale de la préfecture]", "[code postal] Nancy"]


def test_without_identity_the_letter_has_blanks_to_fill_never_none():
    case = load_case(EXAMPLES / "hired_after_aps.yaml")
    content = letter_content("change_of_status_request", case, assess(case, lang="fr"), "fr")
    text = text_of(content["letter"])
    assert "[vos prénom et nom] ……………" in text and "[votre adresse]" in text and "À [ville], le 3 juillet 2015" in text
    assert "None" not in text and letter_texts.FILL_BLANKS["fr"] in content["notes"]


def test_philippine_volunteer_cites_the_ceseda_not_the_algerian_agreement():
    case = parse_case(VOLUNTEER_PH)
    assessment = assess(case, lang="fr")
    assert letters_for(assessment) == ["volunteer_undertaking"]
    for lang in ("fr", "en", "es"):
        content = letter_content("volunteer_undertaking", case, assessment, lang)
        text = text_of(content["letter"]) + (text_of(content["translation"]) if content["translation"] else "")
        assert "L. 426-21" in text and not re.search(r"alg[eé]ri|Algeria|argelin|1968", text, re.I), text
    assert "Pays de nationalité : Philippines" in content["letter"]["sender"]


def test_the_article_is_the_one_in_force_on_the_letters_day():
    old = load_case(EXAMPLES / "volunteer.yaml")  # 2023: L426-21; before May 2021: L311-10
    assert "L. 426-21" in text_of(letter_content("volunteer_undertaking", old, assess(old), "fr")["letter"])
    earlier = dict(old.to_dict(), as_of="2021-03-10")
    assessment = assess(earlier)
    assert "L. 311-10" in text_of(letter_content("volunteer_undertaking", earlier, assessment, "fr")["letter"])


def test_an_agreement_country_graduate_relies_on_their_own_countrys_agreement_only():
    case = load_case(EXAMPLES / "hired_after_aps.yaml").to_dict()  # an Indian graduate, 2015: India's agreement not yet in force
    assert "accord bilatéral" not in text_of(letter_content("change_of_status_request", case, assess(case), "fr")["letter"])
    case["person"]["nationality"] = "TN"  # Tunisia: an agreement in force
    text = text_of(letter_content("change_of_status_request", case, assess(case), "fr")["letter"])
    assert "accord bilatéral applicable aux ressortissants de mon pays (Tunisie)" in text and "algérien" not in text


def first_person(enclosure: str) -> bool:
    return bool(re.match(r"(Mon|Ma|Mes|Copie|Un|Une|Les|Le|La|Trois) ", enclosure)) and not re.search(r"\b(votre|vos|your)\b", enclosure, re.I)


@pytest.mark.parametrize("example, letter", [("volunteer", "volunteer_undertaking"), ("hired_after_aps", "change_of_status_request"),
                                             ("hired_from_student", "change_of_status_request"), ("appeal", "administrative_appeal")])
def test_enclosures_are_in_the_first_person_and_never_the_letter_itself(example, letter):
    case = load_case(EXAMPLES / f"{example}.yaml")
    body = letter_content(letter, case, assess(case, lang="fr"), "fr")["letter"]
    assert body["enclosures"] and all(first_person(e) for e in body["enclosures"]), body["enclosures"]
    assert not [e for e in body["enclosures"] if re.search(r"lettre|engagement à quitter|recours gracieux", e, re.I)]


def test_every_document_of_a_letters_route_has_its_first_person_enclosure():
    routes = tax_benefit_system().registry.routes
    ids = {document for letter, route_ids in NEEDED_BY.items() for r in route_ids for document in (d.id for d in routes[r].documents)}
    assert ids - {"undertaking_to_leave"} <= set(letter_texts.ENCLOSURES), ids - set(letter_texts.ENCLOSURES)


ENGLISH = re.compile(r"\b(the|and|of my|Dear|Subject|Enclosed|Born on|Please accept|Foreigners|street address|postcode)\b")
INTERNAL = re.compile(r"\b(None|unknown|UNCONFIRMED|aps_graduate|aps_volunteer|employee_after_aps|employee_from_student|"
                      r"student_renewal|talent_qualified_employee|appeal|seed)\b|\.(py|md|yaml)\b")


@pytest.mark.parametrize("example", ["volunteer", "hired_after_aps", "hired_from_student", "appeal", "student_renewal", "graduate"])
def test_no_english_internal_name_or_iso_date_in_the_french_letter_docx_and_pdf(example):
    case = load_case(EXAMPLES / f"{example}.yaml")
    assessment = assess(case, lang="fr")
    for letter in letters_for(assessment):
        for identity in (None, IDENTITY):
            docx = "\n".join(p.text for p in Document(io.BytesIO(letter_docx(letter, case, assessment, "fr", identity))).paragraphs)
            pdf = subprocess.run(["pdftotext", "-", "-"], input=letter_pdf(letter, case, assessment, "fr", identity),
                                 capture_output=True, check=True).stdout.decode()
            for text in (docx, " ".join(pdf.split())):
                assert not ISO_DATE.search(text) and not INTERNAL.search(text), (letter, INTERNAL.search(text) or ISO_DATE.search(text))
                assert not ENGLISH.search(text), (letter, ENGLISH.search(text))
                assert "Monsieur le Préfet" in text and "Objet :" in text


def test_an_appeal_with_an_oqtf_offers_no_letter_but_the_court_with_its_date():
    case = load_case(EXAMPLES / "appeal_oqtf.yaml")
    assessment = assess(case, lang="fr")
    assert "administrative_appeal" not in letters_for(assessment)
    said = court_instead(assessment, "fr")
    deadline = next(d["date"] for r in assessment["routes"] if r["id"] == "appeal" for d in r["deadlines"])
    from sejour.text import long_date
    import datetime
    assert said and "tribunal administratif" in said and long_date(datetime.date.fromisoformat(deadline), "fr") in said
    assert court_instead(assess(load_case(EXAMPLES / "appeal.yaml")), "fr") is None  # no OQTF: the recours gracieux is offered


@pytest.mark.parametrize("field, value, expected", [
    ("postcode", "5400", "5 digits"), ("foreigner_number", "12345", "9 or 10 digits"), ("birth_date", "2030-01-01", "before"),
    ("given_name", "", "1 to 100"), ("address_lines", ["a"] * 4, "1 to 3 lines"), ("birth_date", "1998-02-30", "February 1998 has 28 days")])
def test_a_bad_identity_names_the_field_the_value_and_what_was_expected(field, value, expected):
    with pytest.raises(CaseError) as error:
        parse_case(dict(VOLUNTEER_PH, identity={field: value}))
    line = str(error.value)
    assert line.startswith(f"identity.{field}:") and expected in line and (repr(value) in line or field == "birth_date")


def test_identity_stays_out_of_the_facts_and_out_of_a_batch():
    case = parse_case(dict(VOLUNTEER_PH, identity=IDENTITY))
    assert "identity" not in case.to_dict() and case.to_dict(identity=True)["identity"]["foreigner_number"] == "5412345678"
    assert "Santos" not in repr(assess(case))
    for columns in (["as_of", "person.nationality", "identity.family_name"], ["as_of", "person.nationality", "identity"]):
        with pytest.raises(TableError, match="refused: a batch assesses facts, never who the person is"):
            check_columns(columns)
    assert parse_identity({"foreigner_number": "54 1234 5678"}).foreigner_number == "5412345678"


def test_cli_takes_identity_from_options_over_the_case_and_names_a_bad_option(tmp_path):
    source = tmp_path / "case.yaml"
    import yaml
    source.write_text(yaml.safe_dump(dict(VOLUNTEER_PH, identity=dict(IDENTITY, given_name="Ana")), allow_unicode=True))
    out = tmp_path / "letter.docx"
    run = [sys.executable, "-m", "sejour", "letter", str(source), "volunteer_undertaking", "-o", str(out)]
    done = subprocess.run(run + ["--given-name", "Maria Luz", "--city", "Toul"], capture_output=True, text=True, cwd=EXAMPLES.parent)
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "Maria Luz SANTOS" in text and "À Toul, le 1er décembre 2026" in text and "5412345678" in text and "Ana" not in text
    assert "Monsieur le Préfet de Meurthe-et-Moselle" in text
    bad = subprocess.run(run + ["--foreigner-number", "12"], capture_output=True, text=True, cwd=EXAMPLES.parent)
    assert bad.returncode == 2 and "--foreigner-number" in bad.stderr and "10 chiffres" in bad.stderr and "'12'" in bad.stderr


@pytest.mark.parametrize("contract, card, not_card", [("cdi", "« salarié »", "travailleur temporaire"),
                                                      ("cdd", "« travailleur temporaire »", "« salarié » (ou")])
def test_the_change_of_status_asks_for_the_card_of_the_contract(contract, card, not_card):
    case = load_case("tests/situations/hired_rece_paris.yaml").to_dict()
    case["job"] = {**case["job"], "contract": contract, **({"months": 18} if contract == "cdd" else {})}
    text = text_of(letter_content("change_of_status_request", case, assess(case, lang="fr"), "fr")["letter"])
    assert f"carte de séjour {card}" in text and not_card not in text
