"""Test-wide settings: Django allowed beside Playwright's event loop (the throw-away data folder
is chosen in tests/settings.py, before Django's settings are read)."""

from hypothesis import settings as hypothesis_settings

# Property tests assert outcomes, not speed (speed is measured in benchmarks/): no per-example
# deadline, which a shared machine under load breaks at random.
hypothesis_settings.register_profile("sejour", deadline=None)
hypothesis_settings.load_profile("sejour")

import os
import tempfile

# Playwright's sync API runs an event loop in the test thread; Django's ORM calls made by the
# test itself (fixtures, assertions) are still synchronous and safe there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """SQLite: the test database in a file, not in memory, so that a live server's threads each
    have a connection of their own, as under `sejour serve` (races are real, not serialised)."""
    from django.db import connections

    test = connections["default"].settings_dict.setdefault("TEST", {})
    if connections["default"].vendor == "sqlite" and not test.get("NAME"):
        test["NAME"] = os.path.join(tempfile.mkdtemp(prefix="sejour-test-db-"), "test.sqlite3")


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """One Debian chromium for every browser test of the session (Playwright), web and advisors' pages."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()
