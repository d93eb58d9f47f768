"""The dossier PDF is made apart from the pages: in a renderer process, ahead of the click (as
soon as the result page is shown), once per interview version, at most SEJOUR_PDF_SLOTS at once."""

import os
import threading
import time

import pytest
from django.core.cache import caches

from sejour.web.interview import downloads, pdfs
from sejour.web.interview.models import Interview

from .interviews import answer_all
from .test_interview import GRADUATE, start

pytestmark = pytest.mark.django_db


def test_pdfs_are_made_in_another_process():
    assert pdfs._renderer().submit(os.getpid).result(timeout=60) != os.getpid()
    assert pdfs.render("<p>sejour</p>").startswith(b"%PDF")


def test_the_dossier_is_made_once_as_soon_as_the_result_is_shown(client):
    caches["documents"].clear()  # the same dossier made by an earlier test would be found by its content
    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    interview = Interview.objects.get(token=url.split("/")[2])
    name, _ = downloads._dossier(interview, "en")
    assert caches["documents"].get(name) is None
    assert client.get(url + "result/").status_code == 200
    downloads.prepared()  # its HTML written by the worker's thread for dossiers, once the page was made
    future = pdfs._under_way.get(name)
    assert future is not None  # under way before any download was asked for
    made = future.result(timeout=60)
    for _ in range(100):  # the renderer's answer is stored by a callback, just after
        if caches["documents"].get(name) is not None:
            break
        time.sleep(0.05)
    assert caches["documents"].get(name) == made and made.startswith(b"%PDF")
    assert client.get(url + "dossier.pdf").content == made
    assert pdfs.prepare(name, lambda: pytest.fail("made twice")) is None  # already made: not again
    assert not pdfs._claim_path(name).exists()


def test_the_same_dossier_for_another_interview_is_not_made_again(client, monkeypatch):
    caches["documents"].clear()
    urls = [start(client, "graduate") for _ in range(2)]
    for url in urls:
        answer_all(client, url, GRADUATE)
    first, second = (Interview.objects.get(token=url.split("/")[2]) for url in urls)
    (name, make_html), (other, other_html) = downloads._dossier(first, "en"), downloads._dossier(second, "en")
    assert name != other and make_html() == other_html()  # two interviews, the same answers: the same dossier
    made = pdfs.pdf(name, make_html)
    submitted = []
    monkeypatch.setattr(pdfs, "_submit", lambda html: submitted.append(html) or pytest.fail("made again"))
    assert pdfs.pdf(other, other_html) == made and submitted == []
    assert client.get(urls[1] + "dossier.pdf").content == made


def test_a_dossier_under_way_elsewhere_is_waited_for_not_made_again(client, settings):
    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    interview = Interview.objects.get(token=url.split("/")[2])
    name, make_html = downloads._dossier(interview, "en")
    assert pdfs._claim(name)  # as if another worker were making it
    made = pdfs.render(make_html())
    threading.Timer(0.5, lambda: caches["documents"].set(name, made, 60)).start()  # ...and ended
    started = time.monotonic()
    assert pdfs.pdf(name, lambda: pytest.fail("made again")) == made
    assert time.monotonic() - started >= 0.4
    pdfs._claim_path(name).unlink()


def test_no_more_pdfs_at_once_than_slots(tmp_path, monkeypatch):
    lock = tmp_path / "slot-0.lock"
    monkeypatch.setattr(pdfs, "_slots", [os.open(lock, os.O_CREAT | os.O_RDWR, 0o600)])
    import fcntl

    other = os.open(lock, os.O_RDWR)  # another renderer, making a PDF in the only slot
    fcntl.flock(other, fcntl.LOCK_EX)
    done = []
    thread = threading.Thread(target=lambda: done.append(pdfs._write_pdf("<p>sejour</p>")))
    thread.start()
    thread.join(timeout=1.0)
    assert done == []  # waits for the slot
    fcntl.flock(other, fcntl.LOCK_UN)
    thread.join(timeout=60)
    assert done and done[0].startswith(b"%PDF")
    os.close(other)


def test_slots_default_to_one_per_core(monkeypatch):
    monkeypatch.delenv("SEJOUR_PDF_SLOTS", raising=False)
    cores = len(os.sched_getaffinity(0))
    assert pdfs.slots() == cores
    monkeypatch.setenv("SEJOUR_PDF_SLOTS", "3")
    assert pdfs.slots() == 3


def test_a_renderer_that_died_is_replaced():
    import signal

    pid = pdfs._renderer().submit(os.getpid).result(timeout=60)
    os.kill(pid, signal.SIGKILL)
    assert pdfs.render("<p>sejour</p>").startswith(b"%PDF")
    assert pdfs._renderer().submit(os.getpid).result(timeout=60) not in (pid, os.getpid())


def test_the_dossier_prepared_from_the_result_pages_context_is_the_one_a_download_makes(client, monkeypatch):
    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    interview = Interview.objects.get(token=url.split("/")[2])
    prepared = []
    monkeypatch.setattr(pdfs, "prepare", lambda name, make_html: prepared.append((name, make_html())))
    assert client.get(url + "result/").status_code == 200
    downloads.prepared()
    (name, html), = prepared
    made_apart, make_html = downloads._dossier(interview, "en")
    assert name == made_apart and html == make_html() and "data-answer" in html


def test_the_result_page_does_not_wait_for_its_dossier_to_be_written(client, monkeypatch):
    url = start(client, "graduate")
    answer_all(client, url, GRADUATE)
    release, started = threading.Event(), threading.Event()
    monkeypatch.setattr(pdfs, "prepare", lambda name, make_html: started.set() or release.wait(30) and make_html())
    try:
        assert client.get(url + "result/").status_code == 200  # sent while the dossier is still being written
        assert started.wait(30) and not release.is_set()
    finally:
        release.set()
        downloads.prepared()
