"""Every text a person reads, through one gettext catalogue per language.

The catalogues are ``sejour/locale/<lang>/LC_MESSAGES/django.po`` (compiled to ``.mo``): the
web's templates (read by Django) and the engine's texts (read here with the standard library's
``gettext``, so the engine does not depend on Django) share them. The languages spoken are listed
in ``sejour/locale/languages.toml``: adding one is a catalogue and a line there, no Python.

A text is written once, in English, beside its id (the message context): ``N_("id", "English")``
returns a :class:`Message`, which gives its words in a language with ``message[lang]``. Rule
texts are keyed by the variable that holds the rule and the state they describe
(``volunteer_host_approved.text.false``); see :func:`rule_texts`. Extraction:
``sejour manage makemessages -l <lang>`` (keyword ``N_:1c,2``, see
``sejour/web/cases/management/commands/makemessages.py``).

``PSEUDO`` ("qps") is a pseudo-language for tests: every text wrapped in ⟦ ⟧, so that a string
that did not go through the catalogue shows.
"""

from __future__ import annotations

import functools
import gettext
import tomllib
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "django"  # one catalogue per language, shared with Django's templates
SOURCE = "en"
PSEUDO = "qps"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"


@functools.cache
def languages() -> dict[str, str]:
    """The languages sejour speaks, code -> own name, from ``locale/languages.toml``."""
    with open(LOCALE_DIR / "languages.toml", "rb") as handle:
        return dict(tomllib.load(handle)["languages"])


def language_codes() -> tuple[str, ...]:
    return tuple(languages())


class _Pseudo(gettext.NullTranslations):
    def pgettext(self, context, message):
        return f"{PSEUDO_OPEN}{message}{PSEUDO_CLOSE}"

    def gettext(self, message):
        return f"{PSEUDO_OPEN}{message}{PSEUDO_CLOSE}"


@functools.cache
def translation(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang` (English: the source texts themselves)."""
    if lang == PSEUDO:
        return _Pseudo()
    if lang == SOURCE:
        return gettext.NullTranslations()
    if lang not in languages():
        raise LookupError(f"no catalogue for language {lang!r}: sejour speaks {', '.join(languages())}")
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang])


def check_language(lang: str, field: str = "lang") -> str:
    """`lang` if sejour speaks it (or the pseudo-language of the tests), else a clear error."""
    if lang in languages() or lang == PSEUDO:
        return lang
    raise ValueError(f"{field} must be one of {', '.join(languages())}, not {lang!r}")


def translate(lang: str, context: str, english: str) -> str:
    return translation(lang).pgettext(context, english)


class Message:
    """One text: its id (the message context) and its English source; ``message[lang]`` gives
    it in a language, from the catalogue."""

    __slots__ = ("context", "english")

    def __init__(self, context: str, english: str):
        self.context, self.english = context, english

    def __getitem__(self, lang: str) -> str:
        return translate(lang, self.context, self.english)

    def get(self, lang: str, default=None) -> str:
        return self[lang]

    def __repr__(self):
        return f"Message({self.context!r}, {self.english!r})"


MESSAGES: dict[str, Message] = {}


def N_(context: str, english: str) -> Message:
    """Declare a text (extracted into the catalogues by its context and English words)."""
    known = MESSAGES.get(context)
    if known is not None and known.english != english:
        raise ValueError(f"message {context!r} declared twice with different words")
    message = MESSAGES[context] = known or Message(context, english)
    return message


def message(context: str) -> Message:
    """A declared text by its id."""
    _load_texts()
    try:
        return MESSAGES[context]
    except KeyError:
        raise KeyError(f"no text {context!r} is declared (see sejour/rules/texts)") from None


@functools.cache
def rule_texts(variable: str, part: str = "text"):
    """The texts of a rule held by `variable`: its `part` ("text" or "change") as one
    :class:`Message`, or a dict of them keyed by state ("true", "false", "null") and/or by the
    value of the rule's enum (nested in that order), as declared under ``<variable>.<part>.``."""
    _load_texts()
    prefix = f"{variable}.{part}"
    if prefix in MESSAGES:
        return MESSAGES[prefix]
    tree: dict = {}
    for context, msg in MESSAGES.items():
        if context.startswith(prefix + "."):
            keys = context[len(prefix) + 1:].split(".")
            node = tree
            for key in keys[:-1]:
                node = node.setdefault(key, {})
            node[keys[-1]] = msg
    return tree or None


@functools.cache
def _load_texts():
    """Import every module that declares texts (the rules' words)."""
    from .rules import texts  # noqa: F401  (declares on import)
