"""No private token in any log line: interview resume links (/i/<token>/), calendar feed
addresses (/advisor/feed/<token>.ics) and API tokens (sej_…, "Bearer …") are blanked out of every
record that reaches sejour's log handlers (Django's and gunicorn's, the access log included)."""

from __future__ import annotations

import logging
import re

PATTERNS = [
    (re.compile(r"(/i/)[^/\s\"'?#]+"), r"\1<token>"),
    (re.compile(r"(/advisor/feed/)[^/\s\"'?#.]+"), r"\1<token>"),
    (re.compile(r"\bsej_[A-Za-z0-9_\-]+"), "sej_<token>"),
    (re.compile(r"(Bearer\s+)\S+", re.IGNORECASE), r"\1<token>"),
]
MARKERS = ("/i/", "/advisor/feed/", "sej_", "earer")


def redact(text: str) -> str:
    if any(marker in text for marker in MARKERS):
        for pattern, replacement in PATTERNS:
            text = pattern.sub(replacement, text)
    return text


class RedactTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record: leave it to the handler
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        if record.exc_info and record.exc_info[1] is not None:  # a traceback may quote a path
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


RedactFeedTokens = RedactTokens  # its first name, when it knew only the feed's tokens


def install() -> None:
    """On Django's loggers (for handlers configured elsewhere); settings.LOGGING's handlers have it too."""
    for name in ("django.request", "django.server", "django.security"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactTokens) for f in logger.filters):
            logger.addFilter(RedactTokens())
