"""The web project's settings: the database from DATABASE_URL, the data folder, the languages."""

import pytest

from sejour.web.database import DatabaseUrlError, from_url, sqlite


def test_postgres_url_is_split_into_its_parts():
    db = from_url("postgres://ana:p%40ss@db.example:5433/sejour?sslmode=require")
    assert (db["ENGINE"], db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "django.db.backends.postgresql", "sejour", "ana", "p@ss", "db.example", "5433")
    assert db["OPTIONS"] == {"sslmode": "require"}


def test_sqlite_url_and_default_use_wal(tmp_path):
    assert from_url("sqlite:////var/lib/sejour/db.sqlite3")["NAME"] == "/var/lib/sejour/db.sqlite3"
    assert "journal_mode=WAL" in sqlite(str(tmp_path / "x.sqlite3"))["OPTIONS"]["init_command"]


@pytest.mark.parametrize("url", ["mysql://u:p@h/db", "postgres://u:p@localhost:5432/"])
def test_bad_database_url_names_the_problem(url):
    with pytest.raises(DatabaseUrlError, match="DATABASE_URL"):
        from_url(url)


@pytest.mark.django_db
def test_first_page_answers_in_the_browsers_language(client):
    assert '<html lang="fr">' in client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9").content.decode()
    assert '<html lang="en">' in client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()


@pytest.mark.django_db
def test_the_database_in_use_is_the_one_configured(settings):
    import os

    from django.db import connection

    expected = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == expected
    if connection.vendor == "sqlite" and not connection.settings_dict["NAME"].startswith(("file:", ":memory:")):
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
