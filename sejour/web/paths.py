"""Where sejour keeps its data: ``SEJOUR_DATA_DIR`` when set, else the per-user data folder."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path


def data_dir() -> Path:
    configured = os.environ.get("SEJOUR_DATA_DIR")
    if configured:
        path = Path(configured).expanduser()
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "sejour"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / "sejour"
    else:
        path = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "sejour"
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key() -> str:
    """``SEJOUR_SECRET_KEY`` when set, else a key made once and kept (mode 600) in the data folder."""
    configured = os.environ.get("SEJOUR_SECRET_KEY")
    if configured:
        return configured
    path = data_dir() / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()
