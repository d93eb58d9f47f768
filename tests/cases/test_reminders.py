"""Reminders: `remind --days N` by advisor, sent by email; the private .ics feed, revocable."""

import datetime
import logging

import pytest
from django.core import mail
from django.core.management import call_command

from sejour.documents.calendar import deadline_events
from sejour.web.cases.services import create_case

from .conftest import example


@pytest.fixture
def graduate_case(advisors):
    return create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0])


def run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_remind_lists_the_deadlines_within_the_days_by_advisor(graduate_case, settings):
    events = deadline_events(graduate_case.assessment)
    first = events[0]["date"]
    output = run("remind", "--days", "14", "--today", (first - datetime.timedelta(days=14)).isoformat())
    assert "== ana: " in output and first.isoformat() in output and f"#{graduate_case.pk} Priya" in output
    beyond = [e for e in events if e["date"] > first]
    assert beyond  # the graduate case has deadlines more than 14 days apart
    assert all(e["date"].isoformat() not in output for e in beyond if e["date"] > first + datetime.timedelta(days=14))
    assert "no deadline" in run("remind", "--days", "14", "--today", (first - datetime.timedelta(days=15)).isoformat())
    assert "no deadline" in run("remind", "--days", "14", "--today", (events[-1]["date"] + datetime.timedelta(days=1)).isoformat())


@pytest.mark.django_db
def test_remind_send_emails_each_advisor(graduate_case, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    first = deadline_events(graduate_case.assessment)[0]["date"]
    output = run("remind", "--days", "14", "--send", "--today", first.isoformat())
    assert "1 email(s) sent" in output
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ana@a.example"] and first.isoformat() in mail.outbox[0].body


@pytest.mark.django_db
def test_feed_is_private_and_revocable(client, advisors, graduate_case):
    advisor = advisors[0]
    ana = client
    ana.force_login(advisor.user)
    ana.post("/advisor/feed/token/", {"action": "new"})
    page = ana.get("/advisor/").content.decode()
    url = page.split("<code>", 1)[1].split("</code>", 1)[0]
    path = url.split("testserver", 1)[1]
    assert path.startswith("/advisor/feed/") and path.endswith(".ics")
    assert "<code>" not in ana.get("/advisor/").content.decode()  # shown once
    from django.test import Client

    calendar = Client().get(path)  # a calendar application: no session
    assert calendar.status_code == 200 and calendar["Content-Type"].startswith("text/calendar")
    body = calendar.content.decode()
    for event in deadline_events(graduate_case.assessment):
        assert event["date"].strftime("%Y%m%d") in body
    ana.post("/advisor/feed/token/", {"action": "revoke"})
    assert Client().get(path).status_code == 404
    ana.post("/advisor/feed/token/", {"action": "new"})
    assert Client().get(path).status_code == 404  # a new address: the old one stays dead


def test_feed_tokens_never_reach_the_logs():
    from sejour.web.cases.logfilter import RedactFeedTokens

    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Internal Server Error: %s", ("/advisor/feed/SECRETTOKEN.ics",), None)
    RedactFeedTokens().filter(record)
    assert "SECRETTOKEN" not in record.getMessage() and "/advisor/feed/<token>" in record.getMessage()
    assert any(isinstance(f, RedactFeedTokens) for f in logging.getLogger("django.request").filters)
