"""The API in every language of the catalogue: ?lang= is checked against sejour/locale/languages.toml
(the schema lists them), the assessment's texts follow it (text_en and text_fr kept), and so do the
error messages, which still name the field and the value and keep a type that does not change."""

import json
import pathlib

import pytest

from sejour import assess
from sejour.case import load_case
from sejour.i18n import language_codes, translate
from sejour.web.cases.models import ApiToken, Organisation

ROOT = pathlib.Path(__file__).resolve().parents[2]
GRADUATE = load_case(ROOT / "examples" / "graduate.yaml").to_dict()
BAD = {"as_of": "2015-02-30", "person": {"nationality": "UK", "departement": "20"}, "job": {"contract": "CDI"}}


def post(client, body, path, **headers):
    return client.post(path, data=json.dumps(body), content_type="application/json", **headers)


def by_field(response) -> dict:
    return {error["field"]: error for error in response.json()["errors"]}


def texted(value) -> list[dict]:
    """Every item of an assessment that has its English and French texts beside its text, in order."""
    if isinstance(value, dict):
        return [value] if "text_en" in value else [item for v in value.values() for item in texted(v)]
    return [item for v in value for item in texted(v)] if isinstance(value, list) else []


def test_assess_in_spanish_keeps_the_english_and_french_texts(client):
    spanish = post(client, GRADUATE, "/api/v1/assess?lang=es")
    assert spanish.status_code == 200
    english, french, items = texted(assess(GRADUATE, lang="en")), texted(assess(GRADUATE, lang="fr")), texted(spanish.json())
    assert len(items) == len(english) == len(french) > 0
    for shown, en, fr in zip(items, english, french):
        assert shown["text_en"] == en["text"] and shown["text_fr"] == fr["text"]
        assert shown["text"] not in (en["text"], fr["text"]), shown  # Spanish: neither of the two


def test_an_invalid_case_in_spanish_names_the_field_and_the_value(client):
    response = post(client, BAD, "/api/v1/assess?lang=es")
    assert response.status_code == 422
    errors = by_field(response)
    assert errors["as_of"]["value"] == "2015-02-30"
    assert errors["as_of"]["message"] == ("ese día no existe: febrero de 2015 tiene 28 días; "
                                          "se esperaba una fecha real con el formato AAAA-MM-DD")
    assert "¿quiso decir 'GB' (Reino Unido)?" in errors["person.nationality"]["message"]
    assert errors["job.contract"]["value"] == "CDI"
    assert errors["job.contract"]["message"] == "se esperaba uno de estos valores: 'cdi', 'cdd', 'interim', 'internship' o 'student_job'"
    english = by_field(post(client, BAD, "/api/v1/assess"))
    assert english["job.contract"]["message"] == "expected one of 'cdi', 'cdd', 'interim', 'internship' or 'student_job'"
    assert {f: e["type"] for f, e in english.items()} == {f: e["type"] for f, e in errors.items()}  # for programs: the same
    assert errors["person.departement"]["type"] == "case.error.departement"


@pytest.mark.django_db
def test_a_case_posted_in_spanish_gets_spanish_messages(client):
    _, key = ApiToken.issue(Organisation.objects.create(name="Org"), "crm")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    response = post(client, {"person_name": "Ana", "lang": "es", "facts": BAD}, "/api/v1/cases", **auth)
    assert response.status_code == 422
    errors = by_field(response)
    assert errors["facts.job.contract"]["value"] == "CDI" and errors["facts.job.contract"]["message"].startswith("se esperaba uno de")
    assert "no es un código de département INSEE" in errors["facts.person.departement"]["message"]
    made = post(client, {"person_name": "Ana", "lang": "es", "facts": GRADUATE}, "/api/v1/cases", **auth)
    assert made.status_code == 201 and made.json()["lang"] == "es"
    french = post(client, {"person_name": "Ana", "lang": "es", "facts": BAD}, "/api/v1/cases?lang=fr", **auth)
    assert by_field(french)["facts.job.contract"]["message"].startswith("attendu : l'une des valeurs")


@pytest.mark.parametrize("path", ["/api/v1/assess?lang=xx", "/api/v1/routes?lang=xx"])
def test_an_unknown_language_is_a_clear_422(client, path):
    response = post(client, GRADUATE, path) if "assess" in path else client.get(path)
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] == "lang" and error["value"] == "xx"
    assert error["message"] == "expected one of the languages sejour speaks: " + ", ".join(
        repr(code) for code in language_codes()[:-1]) + f" or {language_codes()[-1]!r}"


@pytest.mark.django_db
def test_an_unknown_language_of_a_new_case_is_a_clear_422(client):
    _, key = ApiToken.issue(Organisation.objects.create(name="Org"), "crm")
    response = post(client, {"person_name": "Ana", "lang": "xx", "facts": GRADUATE}, "/api/v1/cases", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 422 and by_field(response)["lang"]["value"] == "xx"


def test_the_schema_lists_the_languages_of_the_catalogue(client):
    schema = client.get("/api/v1/openapi.json").json()
    parameters = [p for operation in schema["paths"]["/api/v1/assess"].values() for p in operation.get("parameters", [])]
    [lang] = [p for p in parameters if p["name"] == "lang"]
    assert lang["schema"]["enum"] == list(language_codes())
    new_case = schema["paths"]["/api/v1/cases"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert new_case["properties"]["lang"]["enum"] == list(language_codes())


def test_routes_in_spanish(client):
    titles = {route["id"]: route["title"] for route in client.get("/api/v1/routes?lang=es").json()}
    english = {route["id"]: route["title"] for route in client.get("/api/v1/routes").json()}
    assert titles.keys() == english.keys()
    assert titles == {route: translate("es", f"route.{route}.title", english[route]) for route in english}


def test_api_messages_in_spanish(client):
    response = client.post("/api/v1/assess?lang=es", data="{nope", content_type="application/json")
    assert response.status_code == 400 and response.json()["errors"][0]["message"].startswith("JSON no válido")
    response = client.get("/api/v1/cases/1?lang=es")
    assert response.status_code == 401
    assert response.json()["errors"][0]["message"].startswith("se esperaba 'Authorization: Bearer <token de API>'")


@pytest.mark.django_db
def test_a_refused_parameter_is_said_in_the_requested_language(client):
    _, key = ApiToken.issue(Organisation.objects.create(name="Org"), "crm")
    auth = {"HTTP_AUTHORIZATION": f"Bearer {key}"}
    for query, field, value, spanish in (("limit=0", "limit", "0", "se esperaba un número de al menos 1"),
                                         ("limit=9999", "limit", "9999", "se esperaba un número de como máximo 500"),
                                         ("offset=many", "offset", "many", "se esperaba un número entero")):
        response = client.get(f"/api/v1/cases?{query}&lang=es", **auth)
        assert response.status_code == 422
        [error] = response.json()["errors"]
        assert (error["field"], error["value"], error["message"]) == (field, value, spanish)
