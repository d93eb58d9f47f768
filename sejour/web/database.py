"""The database: SQLite in the data folder (WAL), or what ``DATABASE_URL`` names."""

from __future__ import annotations

import os
from urllib.parse import parse_qs, unquote, urlsplit

ENGINES = {"postgres": "django.db.backends.postgresql", "postgresql": "django.db.backends.postgresql",
           "sqlite": "django.db.backends.sqlite3"}


class DatabaseUrlError(ValueError):
    pass


def sqlite(path) -> dict:
    _private_file(str(path))
    return {"ENGINE": ENGINES["sqlite"], "NAME": str(path),
            # WAL: readers never wait for the writer; IMMEDIATE: writers queue instead of failing.
            # Connections kept (one per server thread): closing the last one checkpoints and removes the
            # WAL, reopening remakes it; per request, that was a quarter of a page's CPU (py-spy, a worker).
            "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                        "transaction_mode": "IMMEDIATE", "timeout": 20}, "CONN_MAX_AGE": None}


def _private_file(name: str) -> None:
    """The database file is made readable by its owner only (0600) before SQLite opens it; SQLite
    gives its -wal and -shm files the same mode."""
    if name.startswith("file:") or name == ":memory:" or os.path.exists(name):
        return
    try:
        os.close(os.open(name, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    except OSError:  # no such folder, read-only, or made meanwhile: SQLite or preflight.py says so
        pass


def from_url(url: str) -> dict:
    """``postgres://user:password@host:port/name`` or ``sqlite:///path/to/file.sqlite3``."""
    parts = urlsplit(url)
    if parts.scheme not in ENGINES:
        raise DatabaseUrlError(f"DATABASE_URL: the scheme {parts.scheme!r} is not supported; expected postgres:// or sqlite:///")
    if parts.scheme == "sqlite":
        return sqlite(unquote(parts.path[1:] if parts.path.startswith("//") else parts.path) or ":memory:")
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise DatabaseUrlError("DATABASE_URL: no database name after the host, e.g. postgres://user:pass@localhost:5432/sejour")
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {"ENGINE": ENGINES[parts.scheme], "NAME": name, "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""), "HOST": parts.hostname or "", "PORT": str(parts.port or ""),
            "OPTIONS": options, "CONN_MAX_AGE": 60}
