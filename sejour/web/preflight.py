"""A data folder that cannot be written (read-only, full, someone else's) said in one line, to
the operator at `sejour serve` and to the person on any page, never as a traceback or a bare 500."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import tempfile
from pathlib import Path

from django.db import OperationalError
from django.template.loader import render_to_string
from django.http import HttpResponse

log = logging.getLogger("sejour.web")
MIN_FREE_MB = 20
STORAGE_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT}
STORAGE_MESSAGES = ("readonly database", "disk is full", "unable to open database", "disk i/o error", "database or disk is full")


def data_folder_problem(path: Path, database: str | None = None) -> str | None:
    """Why sejour cannot keep its data in `path` (and its SQLite file `database`), or None."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".sejour-write-check-") as handle:
            handle.write(b"\0" * 65536)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        return f"the data folder {path} cannot be written ({_reason(error)}); set SEJOUR_DATA_DIR to a folder sejour may write"
    free_mb = shutil.disk_usage(path).free // 2**20
    if free_mb < MIN_FREE_MB:
        return f"the data folder {path} is full ({free_mb} MB free, at least {MIN_FREE_MB} MB needed); free some space"
    if database and os.path.exists(database) and not os.access(database, os.R_OK | os.W_OK):
        return f"the database {database} cannot be written by this user; give it back to the user running sejour"
    return None


def _reason(error: OSError) -> str:
    return {errno.ENOSPC: "the disk is full", errno.EROFS: "it is read-only", errno.EACCES: "permission denied",
            errno.EPERM: "permission denied", errno.EDQUOT: "the disk quota is reached"}.get(error.errno, error.strerror or str(error))


def is_storage_error(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in STORAGE_ERRNOS
    return isinstance(error, OperationalError) and any(m in str(error).lower() for m in STORAGE_MESSAGES)


def report(exception: BaseException) -> None:
    """One line for the operator: what to fix."""
    from django.conf import settings

    log.error("sejour cannot save its data: %s", data_folder_problem(Path(settings.DATA_DIR)) or exception)


def server_error(request, *args, **kwargs):
    """handler500: a storage error (read-only or full data folder) answers 503 with words the
    person can act on, in their language; anything else is Django's own 500 page."""
    import sys

    from django.views.defaults import server_error as django_server_error

    exception = sys.exc_info()[1]
    if exception is None or not is_storage_error(exception):
        return django_server_error(request, *args, **kwargs)
    report(exception)
    response = HttpResponse(render_to_string("unavailable.html", request=request), status=503)
    response["Retry-After"] = "300"
    return response
