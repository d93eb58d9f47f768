"""The dossier PDF, made apart from the pages.

A dossier's layout (sejour/documents/html_pdf.py) costs 30-90 ms of CPU, as much as a whole
interview's pages. Made in the request threads, PDFs took the cores from the pages under load (a
step waited seconds behind them). So a PDF is made in a renderer process of its own (one per server
worker, started with it), at most SEJOUR_PDF_SLOTS at once on the machine (default: one per core;
a lock file per slot); the worker computes other requests while its PDF is made (turns.py: the
waiting request does not hold its turn; with half the cores as slots, measured with 50 people
never pausing, the PDFs' queue held everyone: 5 s at the median). The worker lowers its own CPU
priority once its renderer is started (server.pages_nice: the renderer keeps the server's; one
restarted after a crash inherits the worker's). Renderers may also run at a lower CPU priority
(SEJOUR_PDF_NICE, 0 by default: on a machine shared with other work, a niced renderer is starved
by it, and PDFs then wait for minutes).

A dossier is made once per interview version, language and day, as soon as the result page
is shown (ahead of the click) and kept in the documents cache (shared by the workers), under
that name and under its content's hash: the same dossier for another interview (the same
answers on the same day, in the same language) is not made again. A
download finds it there, or waits for the one under way (in whichever worker: a claim file
beside the cache says one is), or has it made.
"""

from __future__ import annotations

import concurrent.futures
import gc
import hashlib
import logging
import multiprocessing
import os
import random
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from django.conf import settings
from django.core.cache import caches

from ..turns import cores, elsewhere, turns, whole_number

try:
    import fcntl
except ImportError:  # Windows (Django's server, one process): no slots to share
    fcntl = None

log = logging.getLogger("sejour.web")
WAIT = 110.0  # longest wait for a PDF, in seconds (gunicorn's timeout is 120 s)
DAY = 24 * 3600

_pool: concurrent.futures.ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_under_way: dict[str, concurrent.futures.Future] = {}  # made by this process: key -> its future


_slots: list[int] = []  # in a renderer: its open lock files, one per slot


def slots() -> int:
    return whole_number("SEJOUR_PDF_SLOTS", cores(), 1)


def renderer_nice() -> int:
    return whole_number("SEJOUR_PDF_NICE", 0, 0)


def _renderer_started(folder: str, count: int, nice: int, parent: int) -> None:
    """In the renderer process: its slots' lock files, its priority, the layout's modules loaded once;
    it ends when its server worker does, however that one ended."""
    threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    if fcntl is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        _slots.extend(os.open(Path(folder) / f"slot-{n}.lock", os.O_CREAT | os.O_RDWR, 0o600) for n in range(count))
    if nice and hasattr(os, "nice"):
        try:
            os.nice(nice)
        except OSError:  # not allowed here: the slots still bound the PDFs
            pass
    _write_pdf("<p>sejour</p>")
    gc.collect()
    gc.freeze()  # the layout's modules, loaded: never scanned again by this process's collections


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


def _write_pdf(html: str) -> bytes:
    """The PDF, made once a slot is free (held until it is made; freed too if the process dies)."""
    from sejour.documents import html_pdf

    held = next((fd for fd in _slots if _locked(fd)), None)
    if held is None and _slots:
        held = random.choice(_slots)
        fcntl.flock(held, fcntl.LOCK_EX)
    try:
        return html_pdf.pdf(html)
    finally:
        if held is not None:
            fcntl.flock(held, fcntl.LOCK_UN)


def _locked(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _renderer() -> concurrent.futures.ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            folder = str(Path(settings.DATA_DIR) / "cache" / "pdf-slots")
            _pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_renderer_started,
                initargs=(folder, slots(), renderer_nice(), os.getpid()))
        return _pool


def start() -> None:
    """Start this process's renderer now (a server worker calls it once forked)."""
    _renderer().submit(len, "")


def stop() -> None:
    """Stop this process's renderer (a server worker calls it as it ends)."""
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


def _submit(html: str) -> concurrent.futures.Future:
    """The making of `html`'s PDF, handed to the renderer (a new one if it died)."""
    global _pool
    try:
        future = _renderer().submit(_write_pdf, html)
    except BrokenProcessPool:
        with _pool_lock:
            _pool = None
        future = _renderer().submit(_write_pdf, html)
    elsewhere.handed(future)
    return future


def render(html: str) -> bytes:
    """The PDF of `html`, made by the renderer (by a new one if it died while making it)."""
    with turns.aside():
        try:
            return _submit(html).result(timeout=WAIT)
        except BrokenProcessPool:
            return _submit(html).result(timeout=WAIT)


def _claim_path(name: str) -> Path:
    return Path(settings.DATA_DIR) / "cache" / f"{hashlib.sha256(name.encode()).hexdigest()[:40]}.making"


def _claim(name: str) -> bool:
    """True when this process may make `name` (no other is making it): a claim file, made atomically."""
    path = _claim_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(2):
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            return True
        except FileExistsError:
            try:
                if time.time() - path.stat().st_mtime < WAIT:
                    return False
                path.unlink()  # its maker died: claimed again
            except FileNotFoundError:
                pass
    return False


def same_content(html: str) -> str:
    """The cache key of a dossier by its content: two interviews with the same answers, language and
    day have the same dossier (it holds no token, no name: nothing of one person another could not
    have typed), made once. Many people share a situation; each still gets it by its own link."""
    return "dossier-content-" + hashlib.sha256(html.encode()).hexdigest()


def _made(name: str, content_key: str, future: concurrent.futures.Future) -> None:
    try:
        if future.exception() is None:
            caches["documents"].set_many({name: future.result(), content_key: future.result()}, DAY)
        else:
            log.error("dossier PDF failed: %s", type(future.exception()).__name__)
    finally:
        _claim_path(name).unlink(missing_ok=True)
        _under_way.pop(name, None)
        _under_way.pop(content_key, None)


def prepare(name: str, make_html) -> concurrent.futures.Future | None:
    """Start making the PDF `name` (from `make_html()`) unless it is made or under way, or the same
    dossier is (for another interview); does not wait."""
    if name in _under_way or caches["documents"].has_key(name) or not _claim(name):
        return _under_way.get(name)
    try:
        html = make_html()
        content_key = same_content(html)
        future = _under_way.get(content_key)  # the same one under way in this process: shared
        if future is None:  # looked for before the cache: `_made` stores it in the cache, then forgets it here
            made = caches["documents"].get(content_key)
            if made is not None:  # the same dossier, made for another interview
                caches["documents"].set(name, made, DAY)
                _claim_path(name).unlink(missing_ok=True)
                return None
            future = _submit(html)
        _under_way[name] = _under_way[content_key] = future
    except BaseException:
        _claim_path(name).unlink(missing_ok=True)
        raise
    future.add_done_callback(lambda done: _made(name, content_key, done))
    return future


def pdf(name: str, make_html) -> bytes:
    """The PDF `name`: from the cache, from the making under way, or made now."""
    deadline = time.monotonic() + WAIT
    while True:
        found = caches["documents"].get(name)
        if found is not None:
            return found
        future = prepare(name, make_html)
        if future is not None:
            try:
                with turns.aside():  # made by the renderer: this worker computes other requests meanwhile
                    return future.result(timeout=max(deadline - time.monotonic(), 0.1))
            except BrokenProcessPool:
                return render(make_html())
        if time.monotonic() > deadline:  # another worker's making did not end: made here
            return render(make_html())
        with turns.aside():
            time.sleep(0.05)  # made by another worker: its result comes into the cache
