"""The public API: /assess is `sejour assess --json`; bad payloads answer 4xx naming the field."""

import json
import pathlib
import re
import subprocess
import sys

import pytest

from sejour.case import load_case

ROOT = pathlib.Path(__file__).resolve().parents[2]
GRADUATE = load_case(ROOT / "examples" / "graduate.yaml").to_dict()


def post(client, body, path="/api/v1/assess", content_type="application/json"):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(path, data=data, content_type=content_type)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_assess_is_exactly_the_cli_json(client, lang):
    cli = subprocess.run([sys.executable, "-m", "sejour", "assess", str(ROOT / "examples" / "graduate.yaml"), "--json", "--lang", lang],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    response = post(client, GRADUATE, f"/api/v1/assess?lang={lang}")
    assert response.status_code == 200
    assert response.json() == json.loads(cli.stdout)


@pytest.mark.parametrize("body, field, fragment", [
    ({"as_of": "2015-06-16", "person": {"nationality": "XX"}}, "person.nationality", ""),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "job": {"gross_monthly_salary_eur": -5}}, "job.gross_monthly_salary_eur", ""),
    ({"as_of": "2015-02-30", "person": {"nationality": "IN"}}, "as_of", ""),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "permit": {"kind": "tourist"}}, "permit.kind", "student"),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN", "nationalty": "IN"}}, "person.nationalty", "unknown key"),
    ({"as_of": "2015-06-16"}, "person", "missing"),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "job": {"gross_monthly_salary_eur": 10**40}}, "job.gross_monthly_salary_eur", ""),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "studies": {"years_completed_in_france": "two"}},
     "studies.years_completed_in_france", ""),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "volunteering": {"general_interest_aims": ["fun"]}},
     "volunteering.general_interest_aims.0", ""),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "application": {"filed_on": "2015-06-10", "decided_on": "2015-06-01"}},
     "application.decided_on", "before"),
    ('{"as_of": "2015-06-16", "person": {"nationality": "IN"}, "job": {"months": 1e400}}', "job.months", "whole number"),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN", "departement": {"a": [1]}}}, "person.departement", "INSEE"),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "studies": {"years_completed_in_france": 10**30}},
     "studies.years_completed_in_france", "whole number"),
    ({"as_of": "2015-06-16", "person": None}, "person", "null"),
    ({"as_of": "2015-06-16", "person": {"nationality": "IN"}, "permit": []}, "permit", "mapping"),
])
def test_bad_case_answers_422_with_the_dotted_field(client, body, field, fragment):
    response = post(client, body)
    assert response.status_code == 422, response.content
    errors = response.json()["errors"]
    assert field in [e["field"] for e in errors]
    found = next(e for e in errors if e["field"] == field)
    assert found["message"] and fragment in found["message"]


@pytest.mark.parametrize("body, content_type, status", [
    ("not json at all", "application/json", 400),
    ('{"as_of": ', "application/json", 400),
    ("[" * 5000 + "]" * 5000, "application/json", 400),
    ('{"a":' * 100 + "1" + "}" * 100, "application/json", 400),
    ("1" * 5000, "application/json", 400),
    ('{"as_of": NaN}', "application/json", 400),
    (b"\xff\xfe\x00", "application/json", 400),
    ("as_of=2015-06-16", "application/x-www-form-urlencoded", 415),
    ('[1, 2]', "application/json", 422),
    ('"text"', "application/json", 422),
    ("", "application/json", 400),
])
def test_strange_bodies_answer_4xx_never_5xx(client, body, content_type, status):
    response = post(client, body, content_type=content_type)
    assert response.status_code == status, response.content
    assert response.json()["errors"][0]["message"]


def test_huge_body_answers_413(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(client, {"as_of": "2015-06-16", "person": {"nationality": "IN"}, "pad": "x" * 5000})
    assert response.status_code == 413


def test_bad_query_parameter_names_it(client):
    response = post(client, GRADUATE, "/api/v1/assess?lang=de")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "lang"


def test_routes_in_both_languages(client):
    en = client.get("/api/v1/routes").json()
    fr = client.get("/api/v1/routes?lang=fr").json()
    assert [r["id"] for r in en] == ["no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps",
                                     "employee_from_student", "talent_qualified_employee", "student_renewal", "appeal"]
    assert [r["id"] for r in fr] == [r["id"] for r in en] and fr[2]["title"] != en[2]["title"]


def test_parameters_have_dated_values_and_sources(client):
    listed = client.get("/api/v1/parameters").json()
    assert len(listed) > 20
    for parameter in listed:
        assert parameter["values"], parameter["id"]
        for value in parameter["values"]:
            assert value["since"][:2] in ("19", "20") and value["references"], parameter["id"]
    smic = client.get("/api/v1/parameters/employment.smic_monthly").json()
    assert smic["id"] == "employment.smic_monthly" and len(smic["values"]) > 3
    assert smic == next(p for p in listed if p["id"] == "employment.smic_monthly")
    missing = client.get("/api/v1/parameters/no.such.thing")
    assert missing.status_code == 404 and missing.json()["errors"][0]["field"] == "parameter_id"


def _no_key_twice(pairs):
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), f"a key given twice in the schema: {keys}"  # Swagger UI cannot read it
    return dict(pairs)


def test_openapi_schema_and_docs(client):
    schema = json.loads(client.get("/api/v1/openapi.json").content, object_pairs_hook=_no_key_twice)
    assert {"/api/v1/assess", "/api/v1/routes", "/api/v1/parameters", "/api/v1/parameters/{parameter_id}", "/api/v1/cases"} <= set(schema["paths"])
    body = schema["paths"]["/api/v1/assess"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    case = schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
    assert "person" in case["properties"] and "as_of" in case["required"]
    text = json.dumps(schema)
    for ref in set(re.findall(r'"#/components/schemas/([^"]+)"', text)):
        assert ref in schema["components"]["schemas"], ref  # every reference resolves
    assert client.get("/api/v1/docs").status_code == 200


def test_an_engine_failure_answers_without_a_traceback(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr("sejour.web.api.public.run_assess", broken)
    response = post(client, GRADUATE)
    assert response.status_code == 500
    assert "secret internal detail" not in response.content.decode() and "Traceback" not in response.content.decode()
