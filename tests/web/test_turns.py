"""Which request a worker computes next (sejour/web/turns.py): earliest deadline first, at most
N at once, nobody held forever, newcomers kept at the door while the machine is behind, and the
counts shared by the workers forgetting a worker that died."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from sejour.web import turns as turns_module
from sejour.web.turns import GOALS, InTurn, SharedCount, Turns, after_response, goal


def _queue_behind(turns: Turns, deadlines, served: list) -> list[threading.Thread]:
    """Threads asking for a turn with these deadlines, one after the other, each queued before the next."""
    threads = []
    for deadline in deadlines:
        def ask(deadline=deadline):
            turns.take(deadline)
            served.append(deadline)
            turns.give_back()
        thread = threading.Thread(target=ask)
        waiting = len(turns._waiting)
        thread.start()
        while len(turns._waiting) == waiting:  # queued
            time.sleep(0.001)
        threads.append(thread)
    return threads


def test_the_earliest_deadline_is_served_first_not_the_first_come():
    turns, served = Turns(1), []
    turns.take(0.0)
    threads = _queue_behind(turns, [30.0, 10.0, 20.0, 5.0], served)
    assert turns.queued() == 4
    turns.give_back()
    for thread in threads:
        thread.join(5)
    assert served == [5.0, 10.0, 20.0, 30.0]
    assert turns.queued() == 0


def test_no_more_than_at_once_compute_together():
    turns, inside, most = Turns(2), [0], [0]
    lock = threading.Lock()

    def work():
        turns.take(time.monotonic())
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.01)
        with lock:
            inside[0] -= 1
        turns.give_back()

    threads = [threading.Thread(target=work) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert most[0] == 2


def test_waiting_aside_lets_another_request_compute_and_comes_back_early():
    turns, served = Turns(1), []
    turns.take(100.0)
    threads = _queue_behind(turns, [50.0], served)
    with turns.aside():  # e.g. waiting for the renderer's PDF
        threads[0].join(5)
        assert served == [50.0]  # served meanwhile
    assert turns.holding()  # taken back with its own deadline
    turns.give_back()
    assert not turns.holding()


def test_aside_without_a_turn_does_nothing():
    turns = Turns(1)
    with turns.aside():
        assert not turns.holding()
    assert turns._free == 1


def test_goals_by_kind_of_request():
    assert goal("GET", "/") == GOALS["home"] > GOALS["page"]
    assert goal("POST", "/") == GOALS["page"]  # the interview is being started: a page like the others
    assert goal("GET", "/i/abc/") == goal("GET", "/i/abc/result/") == GOALS["page"]
    assert goal("GET", "/i/abc/dossier.pdf") == GOALS["pdf"]
    assert goal("POST", "/api/v1/assess") == GOALS["api"]


def _app(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def _timed(app, path: str) -> float:
    began = time.monotonic()
    assert app({"REQUEST_METHOD": "GET", "PATH_INFO": path}, lambda *a: None) == [b"ok"]
    return time.monotonic() - began


def test_a_newcomer_waits_at_the_door_while_the_machine_is_behind(monkeypatch):
    app = InTurn(_app, Turns(1))
    behind = {"value": True}
    monkeypatch.setattr(turns_module.elsewhere, "count", lambda: 100 if behind["value"] else 0)
    threading.Timer(0.3, behind.update, kwargs={"value": False}).start()
    assert _timed(app, "/i/abc/") < 0.2  # someone mid-interview: not held
    assert 0.25 < _timed(app, "/") < 2  # the newcomer: let in once the machine caught up
    assert _timed(app, "/") < 0.2  # nothing behind: nothing waits


def test_a_newcomer_is_not_held_beyond_its_goal(monkeypatch):
    monkeypatch.setitem(GOALS, "home", 0.9)
    app = InTurn(_app, Turns(1))
    monkeypatch.setattr(turns_module.elsewhere, "count", lambda: 100)  # behind, forever
    waited = _timed(app, "/")
    assert 0.3 < waited < 0.9  # its goal less the time a page takes


def _count_then_wait(count: SharedCount, added, leave):
    count.add(3)
    added.set()
    leave.wait(10)


@pytest.mark.skipif(not hasattr(multiprocessing, "get_context") or "fork" not in multiprocessing.get_all_start_methods(),
                    reason="processes are forked only where fork exists")
def test_a_shared_count_sums_the_live_processes_and_forgets_the_dead():
    count = SharedCount()
    count.add(1)
    context = multiprocessing.get_context("fork")
    added, leave = context.Event(), context.Event()
    child = context.Process(target=_count_then_wait, args=(count, added, leave))
    child.start()
    assert added.wait(10)
    assert count.total() == 4  # this process's 1 and the child's 3
    leave.set()
    child.join(10)
    assert count.total() == 1  # the child ended without taking its 3 back: not counted
    count.add(-1)
    assert count.total() == 0


class _Body(list):
    """A response body that records its closing."""

    def __init__(self, chunks, events):
        super().__init__(chunks)
        self.events = events

    def close(self):
        self.events.append("body closed")


def _app_leaving(work_items, events):
    def app(environ, start_response):
        for work in work_items:
            after_response(environ, work)
        start_response("200 OK", [("Content-Type", "text/html")])
        return _Body([b"the ", b"page"], events)
    return app


def test_work_left_for_after_the_response_runs_when_it_is_closed_and_out_of_turn():
    turns, events = Turns(1), []
    body = InTurn(_app_leaving([lambda: events.append(("dossier", turns._free))], events), turns)({"PATH_INFO": "/i/x/result/"}, lambda *a: None)
    assert events == []  # not while the page is made, nor before it is sent
    assert b"".join(body) == b"the page" and events == []
    body.close()
    assert events == ["body closed", ("dossier", 1)]  # after the app's own close, the turn given back


def test_a_response_with_no_work_after_it_is_the_apps_own():
    events = []
    app = _app_leaving([], events)
    body = InTurn(app, Turns(1))({"PATH_INFO": "/static/x.css"}, lambda *a: None)
    assert type(body) is _Body  # unwrapped: a file response keeps the server's sendfile


def test_work_after_the_response_that_fails_is_logged_and_the_rest_still_runs(caplog):
    events = []
    def fails():
        raise RuntimeError("no renderer")
    body = InTurn(_app_leaving([fails, lambda: events.append("second")], events), Turns(1))({"PATH_INFO": "/"}, lambda *a: None)
    with caplog.at_level("ERROR", logger="sejour.web"):
        body.close()
    assert events == ["body closed", "second"]
    assert "work after a response failed" in caplog.text


def test_without_the_server_the_work_runs_at_once():
    done = []
    after_response({}, lambda: done.append(1))  # the tests' client, Django's development server
    assert done == [1]
