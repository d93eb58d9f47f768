"""The command-line side: reassess after the rules change, import/export, one person's data,
createadvisor, and `check --deploy` with the production settings."""

import json
import os
import subprocess
import sys
from io import StringIO

import pytest
import yaml
from django.core.management import CommandError, call_command
from typer.testing import CliRunner

from sejour import assess
from sejour.web.cases.models import Advisor, Case
from sejour.web.cases.services import add_note, create_case

from .conftest import ROOT, example

# A master's graduate on 2026-04-20: the APS is free; from 2026-05-01 a 100 € tax applies (LFI 2026).
BEFORE_THE_TAX = {"as_of": "2026-04-20", "person": {"nationality": "IN", "in_france": True},
                  "permit": {"kind": "student", "expires_on": "2026-09-30"},
                  "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True,
                              "obtained_on": "2026-04-01", "enrolled_next_year": False}}


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def fee(assessment):
    route = next(r for r in assessment["routes"] if r["id"] == "aps_graduate")
    return next(c["amount_eur"] for c in route["costs"] if c["id"] == "fee")


@pytest.mark.django_db
def test_reassess_lists_what_the_rules_now_in_force_change(advisors):
    case = create_case(advisors[0].organisation, BEFORE_THE_TAX, "Priya", "ana", advisor=advisors[0])
    unchanged = create_case(advisors[1].organisation, example("eu_citizen"), "Jan", "bob")
    assert "0 case(s) changed" in run("cases", "reassess")  # same rules, same day: nothing to report
    output = run("cases", "reassess", "--as-of", "2026-05-10")
    expected = assess(dict(BEFORE_THE_TAX, as_of="2026-05-10"))
    assert fee(case.assessment) != fee(expected)
    assert f"#{case.pk} Priya" in output and f"aps_graduate cost:fee: {fee(case.assessment)} -> {fee(expected)}" in output
    assert f"#{unchanged.pk} " not in output.split("changed", 1)[1].replace(f"#{case.pk} ", "")
    case.refresh_from_db()
    assert case.assessment == expected and case.facts["as_of"] == "2026-05-10"
    entry = case.history.get(action="reassessed")
    assert entry.who == "sejour cases reassess" and {"route": "aps_graduate", "what": "cost:fee", "before": 0.0, "after": 100.0} in entry.detail["assessment"]


@pytest.mark.django_db
def test_export_then_import_gives_the_same_cases(advisors, tmp_path):
    org_a = advisors[0].organisation
    first = create_case(org_a, example("graduate"), "Priya", "ana")
    create_case(org_a, example("volunteer"), "Kofi", "ana")
    item = first.checklist.first()
    item.status = "received"
    item.save()
    for fmt in ("yaml", "json"):
        path = tmp_path / f"all.{fmt}"
        run("cases", "export", "--organisation", org_a.name, "--format", fmt, "-o", str(path))
        data = json.loads(path.read_text()) if fmt == "json" else yaml.safe_load(path.read_text())
        assert [c["person_name"] for c in data["cases"]] == ["Priya", "Kofi"]
        run("cases", "import", str(path), "--organisation", advisors[1].organisation.name, "--advisor", "bob")
    copies = Case.objects.filter(organisation=advisors[1].organisation).order_by("pk")
    assert [c.person_name for c in copies] == ["Priya", "Kofi"] * 2
    assert copies[0].facts == first.facts and copies[0].assessment == first.assessment
    assert copies[0].checklist.get(document=item.document, route=item.route).status == "received"


@pytest.mark.django_db
def test_import_is_all_or_nothing_and_names_the_field(advisors, tmp_path):
    path = tmp_path / "two.yaml"
    path.write_text(yaml.safe_dump([{"person_name": "Ok", **example("graduate")},
                                    {"person_name": "Bad", "as_of": "2015-06-16", "person": {"nationality": "ZZ"}}]))
    with pytest.raises(CommandError, match="case 2: .*person.nationality"):
        run("cases", "import", str(path), "--organisation", advisors[0].organisation.name)
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_everything_held_about_one_person(advisors, tmp_path):
    case = create_case(advisors[0].organisation, example("graduate"), "Priya Sharma", "ana")
    add_note(case, "Passport copy received.", advisors[0].user)
    create_case(advisors[0].organisation, example("volunteer"), "Someone Else", "ana")
    create_case(advisors[1].organisation, example("volunteer"), "Priya Sharma", "bob")  # another organisation's
    path = tmp_path / "priya.json"
    run("cases", "person", "priya sharma", "--organisation", advisors[0].organisation.name, "-o", str(path))
    data = json.loads(path.read_text())
    assert [c["id"] for c in data["cases"]] == [case.pk]
    held = data["cases"][0]
    assert held["facts"] == case.facts and held["notes"][0]["text"] == "Passport copy received."
    assert [h["action"] for h in held["history"]] == ["created", "note_added"] and held["checklist"]


@pytest.mark.django_db
def test_createadvisor_and_errors(monkeypatch):
    monkeypatch.setenv("SEJOUR_ADVISOR_PASSWORD", "a-long-Passphrase-9")
    assert "created" in run("createadvisor", "zoe", "--organisation", "Cimade", "--create-organisation", "--email", "z@c.example")
    advisor = Advisor.objects.get(user__username="zoe")
    assert advisor.organisation.name == "Cimade" and advisor.user.check_password("a-long-Passphrase-9")
    with pytest.raises(CommandError, match="taken"):
        run("createadvisor", "zoe", "--organisation", "Cimade")
    with pytest.raises(CommandError, match="no organisation named 'Nope'"):
        run("createadvisor", "yan", "--organisation", "Nope")
    monkeypatch.setenv("SEJOUR_ADVISOR_PASSWORD", "123")
    with pytest.raises(CommandError, match="password"):
        run("createadvisor", "yan", "--organisation", "Cimade")


@pytest.mark.django_db(transaction=True)
def test_typer_commands_are_registered(advisors, tmp_path):
    import typer

    from sejour.web.cases.cli import register

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0])
    result = runner.invoke(app, ["remind", "--days", "60", "--today", "2015-07-15"])
    assert result.exit_code == 0 and "== ana: " in result.output and "2015-07-30" in result.output
    result = runner.invoke(app, ["createapitoken", "crm", "--organisation", advisors[0].organisation.name])
    key = result.output.strip()
    assert result.exit_code == 0 and key.startswith("sej_")
    from sejour.web.cases.models import ApiToken, token_hash

    assert ApiToken.objects.get(key_hash=token_hash(key)).organisation == advisors[0].organisation
    result = runner.invoke(app, ["cases", "export", "--organisation", "Nope", "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 2 and "no organisation named 'Nope'" in result.output


def test_check_deploy_is_clean_in_production(tmp_path):
    import secrets

    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "SEJOUR_DEBUG")}
    env.update(SEJOUR_ENV="production", SEJOUR_SECRET_KEY=secrets.token_urlsafe(50),
               SEJOUR_ALLOWED_HOSTS="sejour.example.org", SEJOUR_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="sejour.web.settings")
    result = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
                            capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_a_bare_case_file_is_named_after_its_file(advisors):
    run("cases", "import", str(ROOT / "examples" / "graduate.yaml"), "--organisation", advisors[0].organisation.name)
    case = Case.objects.get()
    assert case.person_name == "graduate" and case.facts == example("graduate")
