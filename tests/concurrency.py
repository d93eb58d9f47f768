"""Two people at once against a live server: real threads, each with its own HTTP session."""

from __future__ import annotations

import re
import threading

import requests

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def browser_session(base: str, path: str = "/", session_cookie: str | None = None) -> tuple[requests.Session, str]:
    """A session with its CSRF cookie (and a login session cookie when given), and its form token."""
    session = requests.Session()
    if session_cookie:
        session.cookies.set("sessionid", session_cookie)
    page = session.get(base + path, timeout=30)
    assert page.status_code == 200, page.status_code
    return session, CSRF.search(page.text)[1]


def in_lockstep(rounds: int, workers, check) -> list[BaseException]:
    """Each worker(round) in its own thread, all starting each round at the same moment; once
    all have done a round, check(round) runs alone (no request in flight) before the next one."""
    barrier = threading.Barrier(len(workers), action=_Rounds(check))
    failures: list[BaseException] = []

    def run(worker):
        try:
            for number in range(rounds):
                barrier.wait(timeout=120)
                worker(number)
            barrier.wait(timeout=120)  # the last round's check
        except BaseException as error:  # noqa: BLE001 - reported to the test
            failures.append(error)
            barrier.abort()

    threads = [threading.Thread(target=run, args=(worker,)) for worker in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    return failures


class _Rounds:
    """The barrier's action: before round n starts, round n - 1 is checked."""

    def __init__(self, check):
        self.check, self.started = check, 0

    def __call__(self):
        if self.started:
            self.check(self.started - 1)
        self.started += 1
