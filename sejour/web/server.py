"""`sejour serve`: gunicorn (a production WSGI server) in front of the Django app.

Workers are processes (the assessment is CPU work: one per core and one more), each with 32
threads: a thread waiting for its PDF (made by a renderer process, interview/pdfs.py) holds no
core but holds its thread; with 4 threads, measured with benchmarks/web.py (50 people), the
threads waiting for PDFs left none to the pages (the .ics 3.8 s at the median, a first page 18 s
at p95); with 32, pages 7-17 ms at the median. The app is loaded once in the master before the workers are forked (shared memory
for the rules). Each worker computes its requests in turns (turns.py) at a lower CPU priority
than its PDF renderer (`pages_nice`). Logs, the access log included, go to standard output with tokens blanked out.
"""

from __future__ import annotations

import os

from .cases.logfilter import redact
from .turns import InTurn, whole_number
from .turns import cores as available_cores

THREADS = 32


def sizes(cores: int | None = None) -> tuple[int, int]:
    """(workers, threads per worker) for a machine with `cores` cores (the ones this process may use)."""
    if cores is None:
        cores = available_cores()
    return min(cores + 1, 2 * cores, 17) or 1, THREADS


def options(host: str, port: int, workers: int | None = None, threads: int | None = None) -> dict:
    default_workers, default_threads = sizes()
    return {"bind": f"{host}:{port}", "workers": workers or default_workers, "threads": threads or default_threads,
            "worker_class": "gthread", "preload_app": True, "timeout": 120, "graceful_timeout": 20, "keepalive": 5,
            "backlog": 2048, "accesslog": "-", "errorlog": "-", "loglevel": "info",
            "access_log_format": '%(h)s "%(r)s" %(s)s %(b)s %(M)sms',
            "logger_class": "sejour.web.server.RedactingLogger",
            # Behind a reverse proxy on this host, its X-Forwarded-* headers are trusted (see README).
            "forwarded_allow_ips": os.environ.get("SEJOUR_FORWARDED_ALLOW_IPS") or os.environ.get("SEJOUR_TRUSTED_PROXIES")
            or "127.0.0.1,::1",
            "limit_request_line": 8190, "limit_request_field_size": 8190,
            "post_worker_init": _worker_started, "worker_exit": _worker_ended}


def pages_nice() -> int:
    """How much lower than its PDF renderer a worker runs (Unix nice; SEJOUR_PAGES_NICE, 5 by default).
    A dossier is a few tenths of a second of CPU a person waits for at once; with the same priority
    as the pages, under load, it got half a core and waited behind them. Measured with 50 people
    never pausing (benchmarks/web.py, same hour): the PDF's p99 1.31 s at 0, 0.66 s at 5; the
    pages' p99 within 0.4 s either way."""
    return whole_number("SEJOUR_PAGES_NICE", 5, 0)


def _worker_started(worker) -> None:
    """Each worker's own PDF renderer, started with it (see interview/pdfs.py), then the worker's
    priority lowered below the renderer's (`pages_nice`)."""
    from .interview import pdfs

    pdfs.start()
    try:
        os.nice(pages_nice())  # after its renderer is started: the renderer keeps the server's priority
    except OSError:
        pass


def _worker_ended(server, worker) -> None:
    from .interview import pdfs

    pdfs.stop()


def run(application, host: str, port: int, workers: int | None = None, threads: int | None = None) -> None:
    from gunicorn.app.base import BaseApplication

    class Server(BaseApplication):
        def load_config(self):
            for key, value in options(host, port, workers, threads).items():
                self.cfg.set(key, value)
            if "control_socket_disable" in self.cfg.settings:  # gunicorn 27+: no control socket in $HOME
                self.cfg.set("control_socket_disable", True)

        def load(self):
            return InTurn(application)  # earliest deadline first (turns.py)

    Server().run()


try:
    from gunicorn.glogging import Logger as _GunicornLogger
except ImportError:  # a platform gunicorn does not support: `sejour serve` uses Django's server there
    _GunicornLogger = object


class RedactingLogger(_GunicornLogger):
    """Gunicorn's logger; every atom of the access log (request line, path, query, referrer) redacted."""

    def atoms(self, resp, req, environ, request_time):
        return {key: redact(value) if isinstance(value, str) else value
                for key, value in super().atoms(resp, req, environ, request_time).items()}
