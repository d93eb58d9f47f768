"""Which request a server worker computes next: earliest deadline first, newcomers at the door.

A worker's threads share one interpreter lock: with every request let in at once, all share
the cores and, under load, every page is as slow as the queue is long (benchmarks/web.py, 50
people never pausing: a step 28 ms at the median but 0.8 s at p99, the dossier 6 s). Here a
worker computes at most SEJOUR_REQUESTS_AT_ONCE requests at a time (1 by default; a request
waiting for its PDF, made by a renderer process, does not hold its turn: `aside`), and the next
one is the one whose deadline comes first: its arrival plus the time its kind may take
(`GOALS`): a page or the dossier of an interview under way half a second, an API call one
second, the home page, where a new interview starts, ten seconds.

When more people come than the machine can serve, someone waits: here the newcomer, at the
home page, while requests wait for a turn in any worker or PDFs for a renderer beyond what the
cores make at once (counts shared by the workers, `SharedCount`), rather than everyone on every
page. A newcomer who has waited (nearly) its whole goal goes in all the same, so nobody waits
forever, and with few requests nothing waits.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import multiprocessing
import os
import threading
import time
from contextlib import contextmanager

log = logging.getLogger("sejour.web")

# Seconds a request of each kind may take, waiting included: what a person in the middle of an interview
# should wait at most; how long a newcomer may be kept at the door when the machine is full
GOALS = {"home": 10.0, "pdf": 0.5, "api": 1.0, "page": 0.5}


def goal(method: str, path: str) -> float:
    """The time a request may take, by what it asks for."""
    if path == "/" and method in ("GET", "HEAD"):
        return GOALS["home"]  # a new person: waits first when the machine is full
    if path.endswith(".pdf"):
        return GOALS["pdf"]
    if path.startswith("/api/"):
        return GOALS["api"]
    return GOALS["page"]


class Turns:
    """At most `at_once` holders at a time; the others wait and are let in by earliest deadline."""

    def __init__(self, at_once: int = 1):
        self._lock = threading.Lock()
        self._free = at_once
        self._waiting: list = []  # heap of (deadline, arrival order, event)
        self._order = itertools.count()
        self._held = threading.local()  # this thread's deadline while it holds a turn
        self._queued = SharedCount()  # requests waiting for a turn, in all the workers

    def take(self, deadline: float) -> None:
        with self._lock:
            if self._free and not self._waiting:
                self._free -= 1
                event = None
            else:
                event = threading.Event()
                heapq.heappush(self._waiting, (deadline, next(self._order), event))
        if event is not None:
            self._queued.add(+1)
            event.wait()  # the turn is handed over by `give_back`
            self._queued.add(-1)
        self._held.deadline = deadline

    def give_back(self) -> None:
        self._held.deadline = None
        with self._lock:
            if self._waiting:
                heapq.heappop(self._waiting)[2].set()
            else:
                self._free += 1

    def holding(self) -> bool:
        return getattr(self._held, "deadline", None) is not None

    @contextmanager
    def aside(self):
        """Wait for something outside this worker (a PDF made apart, another process's lock)
        without holding a turn; taken again after, with the request's own deadline (now early)."""
        deadline = getattr(self._held, "deadline", None)
        if deadline is None:
            yield
            return
        self.give_back()
        try:
            yield
        finally:
            self.take(deadline)

    def queued(self) -> int:
        """Requests waiting for a turn, in all the workers."""
        return self._queued.total()


class SharedCount:
    """A count kept by each process in shared memory (made before the workers are forked), summed
    over the processes alive: a worker that dies leaves nothing counted behind it."""

    SLOTS = 64

    def __init__(self):
        self._cells = multiprocessing.get_context("fork").Array("q", 2 * self.SLOTS) if hasattr(os, "fork") else None
        self._mine: tuple[int, int] | None = None  # (pid, slot)
        self._local = 0  # without fork (Windows): this process alone

    def _slot(self) -> int | None:
        pid = os.getpid()
        if self._mine and self._mine[0] == pid:
            return self._mine[1]
        cells = self._cells.get_obj()
        with self._cells.get_lock():
            for slot in range(self.SLOTS):
                owner = cells[2 * slot]
                if owner in (0, pid) or not _alive(owner):
                    cells[2 * slot], cells[2 * slot + 1] = pid, 0
                    self._mine = (pid, slot)
                    return slot
        return None  # more processes than slots: not counted

    def add(self, change: int) -> None:
        if self._cells is None:
            self._local += change
            return
        slot = self._slot()
        if slot is not None:
            with self._cells.get_lock():
                self._cells.get_obj()[2 * slot + 1] += change

    def total(self) -> int:
        if self._cells is None:
            return self._local
        with self._cells.get_lock():
            cells = list(self._cells.get_obj())
        return sum(count for pid, count in zip(cells[::2], cells[1::2]) if pid and count and _alive(pid))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True


class Elsewhere:
    """Work the workers handed to other processes (the PDF renderers) and not done yet."""

    def __init__(self):
        self._count = SharedCount()

    def handed(self, future) -> None:
        self._count.add(+1)
        future.add_done_callback(lambda _done: self._count.add(-1))

    def count(self) -> int:
        return self._count.total()


elsewhere = Elsewhere()


def cores() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def whole_number(name: str, default: int, least: int) -> int:
    """A setting that is a whole number: its value, or ValueError saying what was expected."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < least:
        raise ValueError(f"{name}: {value!r} is not a whole number of at least {least}")
    return int(value)


def at_once() -> int:
    return whole_number("SEJOUR_REQUESTS_AT_ONCE", 1, 1)


def _at_once_or_one() -> int:
    try:
        return at_once()
    except ValueError:  # `sejour serve` refuses to start with it (cli.py): 1 for anything else
        return 1


turns = Turns(_at_once_or_one())


AFTER_RESPONSE = "sejour.after_response"


def after_response(environ: dict, work) -> None:
    """`work()` once this request's response is sent: under `sejour serve`, when the server closes
    it, after writing it and its access-log line; else (the tests' client, `--dev`) at once. What
    the person does not wait for stays out of the page's time (a dossier begun at the end of the
    result page held the GIL ~4 ms of it: benchmarks/web.py alone, result p50 23 → 17.5 ms)."""
    later = environ.get(AFTER_RESPONSE)
    if later is None:
        work()
    else:
        later.append(work)


class _ThenLater:
    """A response whose `close()` is followed by the work kept for after it."""

    def __init__(self, body, later: list):
        self.body, self.later = body, later

    def __iter__(self):
        return iter(self.body)

    def close(self) -> None:
        try:
            if hasattr(self.body, "close"):
                self.body.close()
        finally:
            for work in self.later:
                try:
                    work()
                except Exception:  # noqa: BLE001 - the response is sent; what failed after it is logged
                    log.exception("work after a response failed")


class InTurn:
    """WSGI middleware: the app called in its turn (the response's body is sent after the turn)."""

    def __init__(self, application, turns_: Turns | None = None):
        self.application, self.turns = application, turns_ or turns
        self.backlog = cores()
        self.door = threading.Lock()

    def behind(self) -> bool:
        """Requests wait for a turn in some worker, or PDFs for a renderer, beyond what the cores do."""
        return self.turns.queued() + elsewhere.count() > self.backlog

    def __call__(self, environ, start_response):
        allowed = goal(environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/"))
        deadline = time.monotonic() + allowed
        if allowed >= GOALS["home"]:
            with self.door:  # one newcomer of this worker looks at a time; the others wait behind, idle
                while self.behind() and time.monotonic() < deadline - GOALS["page"]:
                    time.sleep(0.02)
        later = environ[AFTER_RESPONSE] = []
        self.turns.take(deadline)
        try:
            body = self.application(environ, start_response)
        finally:
            self.turns.give_back()
        return _ThenLater(body, later) if later else body  # unwrapped otherwise: files keep the server's sendfile
