"""The tests never touch the user's real data folder: they run in a throw-away one, chosen before
Django's settings are read (tests/settings.py), whatever SEJOUR_DATA_DIR says."""

import os
import pathlib
import subprocess
import sys
import tempfile

from django.conf import settings

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_this_session_keeps_its_data_in_a_throw_away_folder():
    data = pathlib.Path(settings.DATA_DIR)
    assert data.name.startswith("sejour-test-data-") and data.parent == pathlib.Path(tempfile.gettempdir())
    assert os.environ["SEJOUR_DATA_DIR"] == str(data)  # processes the tests start inherit it
    assert pathlib.Path(settings.CACHES["documents"]["LOCATION"]).is_relative_to(data)
    assert pathlib.Path(settings.STATIC_ROOT).is_relative_to(data)
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # the test database: a folder of its own (conftest.py)
        assert pathlib.Path(settings.DATABASES["default"]["NAME"]).is_relative_to(tempfile.gettempdir())


def test_a_test_run_leaves_the_users_data_folders_alone(tmp_path):
    home, real = tmp_path / "home", tmp_path / "real-data"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME", "DATABASE_URL", "SEJOUR_TEST_DATABASE", "DJANGO_SETTINGS_MODULE")}
    env.update(HOME=str(home), SEJOUR_DATA_DIR=str(real))  # as in a user's shell
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "tests/web/test_settings.py::test_first_page_answers_in_the_browsers_language"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert not real.exists()  # the folder SEJOUR_DATA_DIR named: untouched
    assert list(home.rglob("*")) == []  # nothing under the home folder (~/.local/share/sejour)
