"""The pseudo-language of the tests ("qps"): every message of the catalogue wrapped in ⟦ ⟧, for
the engine (sejour.i18n) and for Django's pages, so that a word a person reads that did not go
through the catalogue shows (see :func:`outside_the_catalogue`)."""

from __future__ import annotations

import html
import re

import pytest
from babel.dates import get_month_names
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from sejour import i18n

# Words a page may show outside the catalogue: the product's name, each language named in itself in
# the language switch (by design, not translated), and the month names of days written in words
# (values, like numbers: Babel's data, the pseudo-language's days being written as English ones).
NOT_TRANSLATED = {"sejour", *[word for name in i18n.languages().values() for word in re.findall(r"[^\W\d_]+", name)],
                  *get_month_names("wide", locale=i18n.SOURCE).values()}


def wrap(text: str) -> str:
    return f"{i18n.PSEUDO_OPEN}{text}{i18n.PSEUDO_CLOSE}"


@pytest.fixture
def pseudo_language(settings, tmp_path):
    """Django speaks "qps" for the test: a catalogue of every message of the Spanish one, wrapped."""
    with open(i18n.LOCALE_DIR / "es" / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle, locale="es")
    for message in catalog:
        if message.id:
            message.string = tuple(wrap(m) for m in message.id) if isinstance(message.id, (tuple, list)) else wrap(message.id)
    folder = tmp_path / i18n.PSEUDO / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "django.mo", "wb") as handle:
        write_mo(handle, catalog)
    settings.LOCALE_PATHS = [tmp_path, *settings.LOCALE_PATHS]
    settings.LANGUAGES = [*settings.LANGUAGES, (i18n.PSEUDO, "Pseudo")]
    return i18n.PSEUDO


def outside_the_catalogue(text: str) -> list[str]:
    """Words of `text` not inside ⟦ ⟧ (values filled in are figures and dates, not words; a
    value that is itself a text, « not known », is wrapped inside its sentence's ⟦ ⟧)."""
    innermost = re.compile(f"{i18n.PSEUDO_OPEN}[^{i18n.PSEUDO_OPEN}{i18n.PSEUDO_CLOSE}]*{i18n.PSEUDO_CLOSE}")
    bare, before = text, None
    while bare != before:
        bare, before = innermost.sub(" ", bare), bare
    return [word for word in re.findall(r"[^\W\d_]{2,}", bare) if word not in NOT_TRANSLATED]


def visible_text(page: str) -> str:
    """What a person reads of an HTML page: its text, with scripts and styles left out."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(body)
