"""An empty calendar is never offered: with no date still to come, the .ics address answers a page
saying so (404) in the person's language, and `sejour calendar` says so and writes nothing."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from icalendar import Calendar
from typer.testing import CliRunner

from sejour.cli import app
from sejour.web.interview.models import Interview

from .page_checks import ROOT

NOTHING = {"en": "Nothing to put in a calendar", "fr": "Rien à mettre dans un agenda", "es": "Nada que poner en un calendario"}


def _uploaded(client, name):
    response = client.post("/upload/", {"case": SimpleUploadedFile("case.yaml", (ROOT / name).read_bytes())})
    assert response.status_code == 302, response.content[:500]
    return "/i/" + response["Location"].split("/")[2] + "/"


@pytest.mark.django_db
@pytest.mark.parametrize("lang", list(NOTHING))
def test_no_date_to_come_is_a_page_not_an_empty_calendar(client, lang):
    url = _uploaded(client, "examples/eu_citizen.yaml")  # free movement: no deadline at all
    response = client.get(url + "deadlines.ics", HTTP_ACCEPT_LANGUAGE=lang)
    text = response.content.decode()
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")
    assert NOTHING[lang] in text and "BEGIN:VCALENDAR" not in text
    assert f'href="{url}result/"' in text  # the way back to the result
    assert Interview.objects.count() == 1


@pytest.mark.django_db
def test_a_date_to_come_is_a_calendar(client):
    url = _uploaded(client, "tests/situations/volunteer_nancy.yaml")  # as_of moved to today by the interview
    response = client.get(url + "deadlines.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    assert Calendar.from_ical(response.content).walk("VEVENT")


def test_sejour_calendar_writes_the_days_to_come_and_refuses_an_empty_one(tmp_path):
    runner = CliRunner()
    written = tmp_path / "days.ics"
    result = runner.invoke(app, ["calendar", str(ROOT / "tests/situations/volunteer_nancy.yaml"), "-o", str(written), "--lang", "fr"])
    assert result.exit_code == 0, result.output
    days = sorted(e.decoded("dtstart").isoformat() for e in Calendar.from_ical(written.read_bytes()).walk("VEVENT"))
    assert days == ["2026-12-20", "2027-11-15"]  # the APS for volunteers: apply by, valid until
    empty = tmp_path / "empty.ics"
    result = runner.invoke(app, ["calendar", str(ROOT / "examples/eu_citizen.yaml"), "-o", str(empty), "--lang", "fr"])
    assert result.exit_code == 1 and NOTHING["fr"] in result.output and not empty.exists()
    result = runner.invoke(app, ["calendar", str(ROOT / "examples/eu_citizen.yaml"), "-o", str(tmp_path / "x.txt")])
    assert result.exit_code == 2 and "--output" in result.output and ".ics" in result.output
