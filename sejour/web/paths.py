"""Where sejour keeps its data: ``SEJOUR_DATA_DIR`` when set, else the per-user data folder."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path


def data_dir(create: bool = True) -> Path:
    """The data folder (made, private to its user, when absent and `create`)."""
    configured = os.environ.get("SEJOUR_DATA_DIR")
    if configured:
        path = Path(configured).expanduser()
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "sejour"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / "sejour"
    else:
        path = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "sejour"
    if create:
        try:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:  # reported in words by `sejour serve` and by each page (see preflight.py)
            pass
    return path


def secret_key() -> str:
    """``SEJOUR_SECRET_KEY`` when set, else a key made once and kept (mode 600) in the data folder."""
    configured = os.environ.get("SEJOUR_SECRET_KEY")
    if configured:
        return configured
    path = data_dir() / "secret_key"
    try:
        if not path.exists():
            path.touch(mode=0o600)
            path.write_text(secrets.token_urlsafe(50))
        return path.read_text().strip()
    except OSError:  # a read-only or full data folder: a key for this process; preflight.py says why
        return secrets.token_urlsafe(50)
