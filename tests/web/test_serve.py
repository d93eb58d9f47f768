"""`sejour serve` as the README starts it: gunicorn, static files, logs on standard output with no
private token in any line, and a one-line refusal when the data folder cannot be written."""

import os
import socket
import subprocess
import sys
import time

import pytest
import requests

from sejour.web.cases.logfilter import redact
from sejour.web.server import RedactingLogger, options, sizes


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_workers_and_threads_follow_the_cores():
    assert sizes(1) == (2, 32) and sizes(2) == (3, 32) and sizes(8) == (9, 32)
    assert options("127.0.0.1", 8000)["worker_class"] == "gthread" and options("127.0.0.1", 8000)["accesslog"] == "-"


def test_every_kind_of_token_is_blanked_out():
    line = 'GET /i/AbC-123_xyz/result/ /advisor/feed/Zz9.ics Authorization: Bearer sej_secretKEY "https://h/i/Tok/"'
    cleaned = redact(line)
    assert not any(secret in cleaned for secret in ("AbC-123_xyz", "Zz9", "secretKEY", "Tok/"))
    assert "/i/<token>/result/" in cleaned and "/advisor/feed/<token>.ics" in cleaned
    assert issubclass(RedactingLogger, object) and hasattr(RedactingLogger, "atoms")


def test_serve_refuses_to_start_on_a_data_folder_it_cannot_write(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = dict(os.environ, SEJOUR_DATA_DIR=str(blocker / "data"), DJANGO_SETTINGS_MODULE="sejour.web.settings")
    env.pop("DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "sejour", "serve", "--port", str(_free_port())], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr + done.stdout
    assert done.stderr.startswith("sejour: cannot start: the data folder") and "SEJOUR_DATA_DIR" in done.stderr


def test_serve_refuses_to_start_with_a_bad_trusted_proxy(tmp_path):
    env = dict(os.environ, SEJOUR_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="sejour.web.settings",
               SEJOUR_TRUSTED_PROXIES="127.0.0.1, proxy.example")
    env.pop("DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "sejour", "serve", "--port", str(_free_port())], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert done.stderr.strip() == ("sejour: cannot start: SEJOUR_TRUSTED_PROXIES: 'proxy.example' is not an IP address "
                                   "or network; expected e.g. 127.0.0.1,10.0.0.0/8,::1")


@pytest.mark.parametrize("name, value, least", [("SEJOUR_PAGES_NICE", "high", 0), ("SEJOUR_REQUESTS_AT_ONCE", "0", 1),
                                                 ("SEJOUR_PDF_SLOTS", "-2", 1)])
def test_serve_refuses_to_start_with_a_setting_that_is_not_a_whole_number(tmp_path, name, value, least):
    env = dict(os.environ, SEJOUR_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="sejour.web.settings", **{name: value})
    env.pop("DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "sejour", "serve", "--port", str(_free_port())], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert done.stderr.strip() == f"sejour: cannot start: {name}: {value!r} is not a whole number of at least {least}"


@pytest.mark.skipif(sys.platform == "win32", reason="gunicorn runs on Unix only")
def test_serve_runs_gunicorn_and_its_logs_hold_no_token(tmp_path):
    port = _free_port()
    env = dict(os.environ, SEJOUR_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="sejour.web.settings")
    env.pop("DATABASE_URL", None)
    log = open(tmp_path / "server.log", "w+")
    server = subprocess.Popen([sys.executable, "-m", "sejour", "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                page = requests.get(base + "/", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.5)
        assert page.status_code == 200 and page.headers["Server"].startswith("gunicorn")
        assert len(_processes_on(env["SEJOUR_DATA_DIR"])) >= 3  # the master, its workers and their PDF renderers
        own = os.getpriority(os.PRIO_PROCESS, 0)
        for _ in range(120):  # a worker lowers its priority once its renderer is started: the first may answer before the others
            renderers = [nice for command, nice in _priorities_on(env["SEJOUR_DATA_DIR"]) if "multiprocessing" in command]
            others = [nice for command, nice in _priorities_on(env["SEJOUR_DATA_DIR"]) if "multiprocessing" not in command]
            if others.count(own) == 1:  # the master alone at the server's priority: every worker lowered
                break
            time.sleep(0.5)
        assert renderers and set(renderers) == {own}  # the PDFs at the server's priority
        assert others.count(own) == 1 and others.count(own + 5) >= 2  # the master; the workers 5 lower
        css = page.text.split('rel="stylesheet" href="')[1].split('"')[0]
        assert requests.get(base + css, timeout=10).headers["Cache-Control"].endswith("immutable")
        secrets = ["ResumeTok3nXYZ", "FeedTok3nXYZ", "sej_ApiTok3nXYZ"]
        session = requests.Session()
        session.get(base + "/i/ResumeTok3nXYZ/", timeout=10)  # 404
        session.get(base + "/i/ResumeTok3nXYZ/result/", timeout=10)
        session.post(base + "/i/ResumeTok3nXYZ/", data={"topic": "person"}, timeout=10)  # 403: no CSRF token
        session.get(base + "/i/ResumeTok3nXYZ/letters/x.pdf", headers={"Referer": base + "/i/ResumeTok3nXYZ/result/"}, timeout=10)
        session.get(base + "/advisor/feed/FeedTok3nXYZ.ics", timeout=10)
        session.get(base + "/api/v1/cases", headers={"Authorization": "Bearer sej_ApiTok3nXYZ"}, timeout=10)  # 401
        session.put(base + "/api/v1/cases/1/facts", headers={"Authorization": "Bearer sej_ApiTok3nXYZ"}, data="{", timeout=10)
    finally:
        server.terminate()
        server.wait(timeout=60)
    log.seek(0)
    text = log.read()
    assert "Booting worker" in text and "/i/<token>/" in text and '"GET /advisor/feed/<token>.ics' in text
    assert not [line for line in text.splitlines() if any(secret in line for secret in secrets)]
    for _ in range(40):  # every process it started ends with it, the PDF renderers too
        if not _processes_on(env["SEJOUR_DATA_DIR"]):
            break
        time.sleep(0.5)
    assert _processes_on(env["SEJOUR_DATA_DIR"]) == []


def _priorities_on(data_dir: str) -> list[tuple[str, int]]:
    """(command line, nice value) of the processes running with this data folder."""
    import pathlib

    found = []
    for proc in pathlib.Path("/proc").iterdir():
        try:
            if f"SEJOUR_DATA_DIR={data_dir}".encode() in (proc / "environ").read_bytes().split(b"\0"):
                nice = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[16])
                found.append(((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(), nice))
        except (OSError, ValueError):
            continue
    return found


def _processes_on(data_dir: str) -> list[str]:
    """The command lines of the processes running with this data folder."""
    import pathlib

    found = []
    for proc in pathlib.Path("/proc").iterdir():
        try:
            if f"SEJOUR_DATA_DIR={data_dir}".encode() in (proc / "environ").read_bytes().split(b"\0"):
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except (OSError, ValueError):
            continue
    return found


def test_what_the_master_loads_before_the_fork_is_out_of_the_collectors_reach(tmp_path):
    env = dict(os.environ, SEJOUR_DATA_DIR=str(tmp_path / "data"), DJANGO_SETTINGS_MODULE="sejour.web.settings")
    code = ("import gc, sys, django; django.setup(); from sejour.web.cli import _before_fork; "
            "before = gc.get_freeze_count(); _before_fork(); print(before, gc.get_freeze_count(), "
            "all(m in sys.modules for m in ('sejour.web.urls', 'sejour.web.api.api', 'sejour.web.cases.urls', 'sejour.documents.letters')))")
    before, after, loaded = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout.split()
    assert int(before) == 0 and int(after) > 50_000  # the rules, catalogues and templates: never scanned by a worker's collections
    assert loaded == "True"  # the URLs and the views they lead to: not imported again by each worker's first page


@pytest.mark.django_db
def test_the_pdf_renderer_freezes_what_it_loaded():
    import gc

    from sejour.web.interview import pdfs

    assert pdfs._renderer().submit(gc.get_freeze_count).result(timeout=60) > 1_000


def test_serve_computes_requests_in_turns(monkeypatch):
    """gunicorn is given the app wrapped by turns.InTurn (earliest deadline first, the door)."""
    from gunicorn.app.base import BaseApplication

    from sejour.web import server
    from sejour.web.turns import InTurn

    loaded = []
    monkeypatch.setattr(BaseApplication, "run", lambda self: loaded.append(self.load()))
    app = object()
    server.run(app, "127.0.0.1", _free_port())
    assert isinstance(loaded[0], InTurn) and loaded[0].application is app
