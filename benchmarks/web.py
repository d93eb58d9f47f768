"""The web app as a new operator runs it: `sejour serve` started in a fresh data folder, then

1. each page kind alone (one person, one request at a time): p50 and p99 in milliseconds;
2. PEOPLE people doing whole interviews at once for DURATION seconds (the start page, each step
   shown and answered, the result page, the dossier PDF, the .ics): requests per second,
   p50/p95/p99 per page kind, errors; `to_result` is the request for a step that finds no question
   left and sends to the result page (no page: it makes the result page's assessment);
3. the JSON API (POST /api/v1/assess) at 1, 8, 32 and 128 clients: the same figures.

    python benchmarks/web.py [--people 50] [--duration 60] [--api-duration 15] [--alone 40]
                             [--think 0] [--workers N --threads N] [--api-clients 1,8,32,128]
                             [--same-answers]

--think S: each person pauses S seconds (on average, uniformly 0 to 2S) before each request,
as a person reading a page does; 0 (the default) is people who never pause (a closed loop:
the server is always saturated, and the queue lands on whatever is slowest).

Times are measured by the clients, on the same machine as the server (the clients' own work
competes with the server's for the cores: figures are an upper bound of the server's time).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict

import requests

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
TOPIC = re.compile(r'name="topic" value="([^"]+)"')
FIELDS = re.compile(r'name="fields" value="([^"]+)"')
ANSWERS = {"person.nationality": "IN"}  # the rest "I don't know": every page is still shown once
# --vary: each person's own nationality and département (answered when asked), so that their dossiers
# differ (a dossier is made once per content: with the same answers, people share one)
NATIONALITIES = ("IN", "BR", "MA", "TN", "SN", "CN", "US", "PH", "VN", "CM", "CI", "MX", "CO", "LB", "TR", "RU", "UA", "NG", "EG", "JP")
DEPARTEMENTS = tuple(f"{n:02d}" for n in range(1, 96) if n != 20)
CASE = {"version": 1, "as_of": "2015-06-16", "person": {"nationality": "IN", "in_france": True, "departement": "75"},
        "permit": {"kind": "student", "expires_on": "2015-09-30"},
        "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True,
                    "obtained_on": "2015-06-01", "enrolled_next_year": False}}


class Timings:
    def __init__(self):
        self.lock, self.times, self.errors = threading.Lock(), defaultdict(list), defaultdict(int)

    def call(self, kind: str, method, url: str, ok=(200, 302), kind_of=None, **kwargs):
        """`kind_of(response)`, when given, names the kind by the answer (a step sending to the result)."""
        start = time.perf_counter()
        try:
            response = method(url, timeout=60, allow_redirects=False, **kwargs)
            failed = response.status_code not in ok
            kind = kind_of(response) if kind_of else kind
        except requests.RequestException:
            response, failed = None, True
        with self.lock:
            self.times[kind].append((time.perf_counter() - start) * 1000)
            self.errors[kind] += failed
        return response

    def report(self, title: str, seconds: float | None = None):
        total = sum(len(v) for v in self.times.values())
        print(f"\n{title}" + (f": {total / seconds:.1f} requests/s, {sum(self.errors.values())} errors" if seconds else ""))
        print(f"  {'page kind':<12} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
        for kind, values in self.times.items():
            values = sorted(values)
            pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]  # noqa: E731
            print(f"  {kind:<12} {len(values):>6} {statistics.median(values):>8.1f} {pick(0.95):>8.1f} {pick(0.99):>8.1f} {self.errors[kind]:>6}")


class Thinking:
    """Timings whose person reads each page before the next request (the pause is not timed)."""

    def __init__(self, timings: Timings, think: float):
        self.timings, self.think = timings, think

    def call(self, *args, **kwargs):
        time.sleep(random.uniform(0, 2 * self.think))
        return self.timings.call(*args, **kwargs)


def interview(base: str, timings: Timings, stop: float = float("inf"), think: float = 0.0, vary: bool = False) -> None:
    """One person's whole interview, in a session of their own (`vary`: answers of their own)."""
    session = requests.Session()
    answers = ({**ANSWERS, "person.nationality": random.choice(NATIONALITIES), "person.departement": random.choice(DEPARTEMENTS)}
               if vary else ANSWERS)
    if think:
        timings = Thinking(timings, think)
    start = timings.call("start", session.get, base + "/")
    if start is None or start.status_code != 200:
        return
    csrf = CSRF.search(start.text)[1]
    created = timings.call("start_post", session.post, base + "/", data={"csrfmiddlewaretoken": csrf, "goal": "graduate"})
    if created is None or created.status_code != 302:
        return
    url = base + created.headers["Location"]
    for _ in range(30):
        if time.perf_counter() > stop:
            return
        page = timings.call("step", session.get, url, kind_of=lambda response: "to_result" if response.status_code == 302 else "step")
        if page is None or page.status_code != 200:
            break
        topic, fields = TOPIC.search(page.text)[1], FIELDS.findall(page.text)
        data = {"csrfmiddlewaretoken": csrf, "topic": topic, "fields": fields}
        for field in fields:
            name = field.replace(".", "__")
            data.update({name: answers[field]} if field in answers else {name + "__unknown": "1"})
        timings.call("step_post", session.post, url, data=data)
    timings.call("result", session.get, url + "result/", ok=(200,))
    timings.call("pdf", session.get, url + "dossier.pdf", ok=(200,))
    timings.call("ics", session.get, url + "deadlines.ics", ok=(200, 404))  # 404: nothing to come, no calendar offered


ACCESS = re.compile(r'"(GET|POST) (\S+) HTTP/[\d.]+" (\d+) \S+ (\d+)ms')


def _kind(method: str, path: str) -> str:
    if path.startswith("/api/"):
        return "assess"
    if path == "/":
        return "start" if method == "GET" else "start_post"
    for end, kind in (("result/", "result"), ("dossier.pdf", "pdf"), ("deadlines.ics", "ics")):
        if path.endswith(end):
            return kind
    return "step" if method == "GET" else "step_post"


def server_times(log_path: str, start: int, end: int) -> Timings:
    """The server's own time per request (gunicorn's access log, in whole ms) between two offsets of its log."""
    timings = Timings()
    with open(log_path, encoding="utf-8", errors="replace") as log:
        log.seek(start)
        for line in log.read(end - start).splitlines():
            found = ACCESS.search(line)
            if found:
                kind = _kind(found[1], found[2])
                kind = "to_result" if kind == "step" and found[1] == "GET" and found[3] == "302" else kind
                timings.times[kind].append(float(found[4]))
                timings.errors[kind] += found[3][0] == "5"
    return timings


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: str, sizing: list[str] = ()) -> tuple[subprocess.Popen, str]:
    """`sejour serve` as the README starts it (SQLite in a fresh data folder)."""
    port = _port()
    env = dict(os.environ, SEJOUR_DATA_DIR=data_dir)
    env.pop("DATABASE_URL", None)
    log = open(os.path.join(data_dir, "server.log"), "w")
    server = subprocess.Popen([sys.executable, "-m", "sejour", "serve", "--port", str(port), *sizing], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            requests.get(base + "/", timeout=5)
            return server, base
        except requests.ConnectionError:
            time.sleep(0.2)
    raise SystemExit("the server did not start; see " + log.name)


def cpu_seconds(root: int) -> dict[str, float]:
    """CPU seconds used so far by the server's processes (Linux /proc): the page workers (gunicorn's
    master and workers) and the PDF renderers (their children)."""
    ticks, parents, used, names = os.sysconf("SC_CLK_TCK"), {}, {}, {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                    names[int(entry)] = cmdline.read()
            except OSError:
                continue
            parents[int(entry)], used[int(entry)] = int(fields[1]), (int(fields[11]) + int(fields[12])) / ticks
    totals = {"pages": 0.0, "pdf": 0.0}
    for pid in used:
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            totals["pdf" if b"multiprocessing" in names.get(pid, b"") else "pages"] += used[pid]
    return totals


def cpu_report(before: dict, after: dict, client_seconds: float, cycles: int) -> None:
    if cycles:
        per = {kind: (after[kind] - before[kind]) * 1000 / cycles for kind in before}
        print(f"  CPU per whole interview: server pages {per['pages']:.0f} ms, PDF renderers {per['pdf']:.0f} ms, "
              f"clients {client_seconds * 1000 / cycles:.0f} ms ({cycles} interviews)")


def in_threads(count: int, seconds: float, work) -> float:
    stop = time.perf_counter() + seconds

    def again_and_again():
        while time.perf_counter() < stop:
            work(stop)

    threads = [threading.Thread(target=again_and_again) for _ in range(count)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--api-duration", type=float, default=15)
    parser.add_argument("--alone", type=int, default=40, help="whole interviews done one after the other, alone")
    parser.add_argument("--think", type=float, default=0.0, help="seconds each person pauses before a request, on average")
    parser.add_argument("--workers", type=int, default=0, help="passed to sejour serve (default: its own sizing)")
    parser.add_argument("--threads", type=int, default=0, help="passed to sejour serve (default: its own sizing)")
    parser.add_argument("--api-clients", default="1,8,32,128", help="client counts for the API; empty: no API run")
    parser.add_argument("--same-answers", action="store_true",
                        help="every person gives the same answers (their dossiers are then made once); default: each their own")
    options = parser.parse_args()
    sizing = [*(["--workers", str(options.workers)] if options.workers else []),
              *(["--threads", str(options.threads)] if options.threads else [])]
    with tempfile.TemporaryDirectory(prefix="sejour-bench-web-") as data_dir:
        server, base = start_server(data_dir, sizing)
        try:
            for _ in range(3):
                interview(base, Timings())  # warm-up: every worker has loaded its templates
            log_path, began = os.path.join(data_dir, "server.log"), os.path.getsize(os.path.join(data_dir, "server.log"))
            alone = Timings()
            cpu_before, client_before = cpu_seconds(server.pid), time.process_time()
            for _ in range(options.alone):
                interview(base, alone, vary=not options.same_answers)
            cpu_after, client_after = cpu_seconds(server.pid), time.process_time()
            alone.report(f"Alone: {options.alone} whole interviews, one request at a time (times seen by the client)")
            cpu_report(cpu_before, cpu_after, client_after - client_before, options.alone)
            time.sleep(1)  # the access log is written after each answer
            server_times(log_path, began, os.path.getsize(log_path)).report("Alone, the server's own time (its access log, whole ms)")
            crowd, began = Timings(), os.path.getsize(log_path)
            cpu_before, client_before = cpu_seconds(server.pid), time.process_time()
            seconds = in_threads(options.people, options.duration, lambda stop: interview(base, crowd, stop, options.think, vary=not options.same_answers))
            pause = f", pausing {options.think:g} s on average before each request" if options.think else ", without pause"
            same = ", all with the same answers" if options.same_answers else ", each with their own answers"
            crowd.report(f"{options.people} people doing whole interviews for {seconds:.0f} s{pause}{same}", seconds)
            cpu_report(cpu_before, cpu_seconds(server.pid), time.process_time() - client_before, len(crowd.times["pdf"]))
            time.sleep(1)
            server_times(log_path, began, os.path.getsize(log_path)).report("The same, the server's own time (its access log)")
            for clients in [int(c) for c in options.api_clients.split(",") if c.strip()]:
                api = Timings()
                seconds = in_threads(clients, options.api_duration, lambda stop: api.call(
                    "assess", requests.post, base + "/api/v1/assess", ok=(200,), json=CASE))
                api.report(f"API POST /api/v1/assess, {clients} client(s) for {seconds:.0f} s", seconds)
        finally:
            server.terminate()
            server.wait(timeout=60)


if __name__ == "__main__":
    main()
