"""Private calendar tokens never reach the logs: Django's request and server loggers print paths."""

from __future__ import annotations

import logging
import re

FEED_PATH = re.compile(r"(/advisor/feed/)[^/\s\"'?]+")


class RedactFeedTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record: leave it to the handler
            return True
        if "/advisor/feed/" in message:
            record.msg, record.args = FEED_PATH.sub(r"\1<token>", message), ()
        return True


def install() -> None:
    for name in ("django.request", "django.server", "django.security"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactFeedTokens) for f in logger.filters):
            logger.addFilter(RedactFeedTokens())
