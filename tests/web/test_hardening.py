"""413 over the size limit on every endpoint, a CSP with no
inline script or style, no-store on pages with a person's answers, a private database file, and
a full or read-only data folder said in words."""

import json
import os
import pathlib
import re
import stat

import pytest
from django.test import Client

TEMPLATES = pathlib.Path(__file__).resolve().parents[2] / "sejour"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/ask", "/api/v1/assess", "/api/v1/cases", "/", "/upload/", "/advisor/login/"])
def test_bodies_over_the_limit_answer_413(path):
    body = b"x" * 2_700_000
    response = Client().generic("POST", path, body, content_type="application/json")
    assert response.status_code == 413, (path, response.status_code)
    if path.startswith("/api/"):
        assert json.loads(response.content)["errors"][0]["field"] == "<body>"


@pytest.mark.django_db
def test_pages_have_a_csp_without_inline_script_and_templates_have_none():
    policy = Client().get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "style-src 'self'" in policy
    inline = re.compile(r"<script(?![^>]*\bsrc=)|\sstyle=|\son[a-z]+=", re.IGNORECASE)
    offenders = [str(p) for p in TEMPLATES.rglob("*.html") if p.name != "dossier.html" and inline.search(p.read_text())]
    offenders += [str(p) for p in TEMPLATES.rglob("*.html") if p.name != "dossier.html" and "<style" in p.read_text()]
    assert offenders == []  # dossier.html is the PDF's source, never served as a page


@pytest.mark.django_db
def test_pages_with_answers_are_never_stored_by_a_cache(client):
    from sejour.web.interview.models import Interview

    interview = Interview.objects.create(goal="student", case={"version": 1, "person": {"nationality": "IN"}})
    for path in (f"/i/{interview.token}/", f"/i/{interview.token}/result/", f"/i/{interview.token}/case.yaml"):
        assert "no-store" in client.get(path)["Cache-Control"], path


def test_the_sqlite_file_is_made_readable_by_its_owner_only(tmp_path):
    from sejour.web.database import sqlite

    sqlite(tmp_path / "new.sqlite3")
    assert stat.S_IMODE(os.stat(tmp_path / "new.sqlite3").st_mode) == 0o600


def test_a_full_data_folder_is_named(tmp_path, monkeypatch):
    import shutil

    from sejour.web import preflight

    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 2**20, 2**20))
    assert preflight.data_folder_problem(tmp_path).startswith(f"the data folder {tmp_path} is full (1 MB free")


@pytest.mark.django_db
@pytest.mark.parametrize("lang, words", [("en", "could not be saved"), ("fr", "n'ont pas pu être enregistrées")])
def test_a_read_only_database_answers_503_in_words(monkeypatch, lang, words):
    from django.db import OperationalError

    from sejour.web.interview import views

    def readonly(*args, **kwargs):
        raise OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(views.Interview.objects, "create", readonly)
    client = Client(HTTP_ACCEPT_LANGUAGE=lang, raise_request_exception=False)
    response = client.post("/", {"goal": "graduate"})
    assert response.status_code == 503 and words in response.content.decode()
    assert "Traceback" not in response.content.decode()
