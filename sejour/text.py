"""Turning computed values into the words of an assessment, in any language sejour speaks: the
words (yes, no, not known) come from the catalogue, amounts and dates are formatted by Babel for
the language (the pseudo-language of the tests is formatted as English)."""

from __future__ import annotations

import datetime
import functools
import re
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from .dates import to_date
from .i18n import SOURCE, N_
from .rules.tri import TRI_NAMES

LAW_LANGUAGE = "fr"  # the language of French law and of the letters to the préfecture
UNKNOWN = N_("value.unknown", "not known")
YES_NO = {True: N_("value.yes", "yes"), False: N_("value.no", "no"), None: UNKNOWN}
# A value not known, inside a sentence: by what it would be.
UNKNOWN_IN_TEXT = {"date": N_("value.unknown_date", "a date not known yet"), "cents": N_("value.unknown_amount", "an amount not known yet"),
                   "count": N_("value.unknown_number", "a number not known yet")}


TRANSLATION_NOTICE = N_("translation_notice", "This is a translation to help you: the French legal texts are the ones that count.")


def is_translation(lang: str) -> bool:
    """Whether texts in `lang` are a translation of the French legal texts (to say so beside them)."""
    return lang != LAW_LANGUAGE


def translation_notice(lang: str) -> str:
    """What a page, a document or the CLI says in a language other than French (nothing in French)."""
    return TRANSLATION_NOTICE[lang] if is_translation(lang) else ""


@functools.cache
def babel_locale(lang: str) -> Locale:
    """Babel's locale of `lang` (English for a language Babel does not know, as the pseudo-language)."""
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(SOURCE)


def country_name(code: str | None, lang: str) -> str | None:
    """A country's name (ISO 3166 code) as `lang` writes it, from Babel's locale data; the code itself
    when Babel has no name for it (None stays None)."""
    return babel_locale(lang).territories.get(code, code) if code else code


def euros(cents: int | None) -> float | None:
    """Integer cents (-1: unknown) as euros with two decimals."""
    if cents is None or cents < 0:
        return None
    return float((Decimal(int(cents)) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


@functools.lru_cache(maxsize=4096)  # the same fees and thresholds recur in every assessment
def money(amount_eur: float, lang: str) -> str:
    """An amount in euros as written in `lang` (« 2 186,28 € », « €2,186.28 », « 2.186,28 € »)."""
    return format_currency(amount_eur, "EUR", locale=babel_locale(lang))


def long_date(day, lang: str) -> str:
    """A day (a date or an ISO string) in words in `lang` (« 1 juillet 2015 », « 1 de julio de 2015 »,
    « July 1, 2015 »), as every text a person reads writes it."""
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day)
    words = format_date(day, "long", locale=babel_locale(lang))
    return FIRST_DAY_ONE.sub(FIRST_DAY[lang], words, count=1) if day.day == 1 else words


FIRST_DAY = N_("value.first_day_of_month", "1")  # how the first day of a month is written (« 1er mai » in French)
FIRST_DAY_ONE = re.compile(r"(?<!\d)1(?!\d)")
ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def days_in_words(text: str, lang: str) -> str:
    """`text` with every ISO day (as developers' references write them) in words."""
    return ISO_DAY.sub(lambda match: long_date(match.group(1), lang), text)


class Value:
    """A computed value that formats itself: `{x}`, `{x:money}`, `{x:date}`, `{x:number}` (a decimal
    number as the language writes it)."""

    def __init__(self, raw, kind: str, lang: str):
        self.raw, self.kind, self.lang = raw, kind, lang

    def __format__(self, spec: str) -> str:
        raw, lang = self.raw, self.lang
        if self.kind == "date":
            day = to_date(raw)
            return long_date(day, lang) if day else UNKNOWN_IN_TEXT["date"][lang]
        if self.kind == "cents":
            return UNKNOWN_IN_TEXT["cents"][lang] if raw < 0 else money(euros(raw), lang)
        if self.kind == "tri":
            return YES_NO[TRI_NAMES[int(raw)]][lang]
        if self.kind == "count":
            return UNKNOWN_IN_TEXT["count"][lang] if raw < 0 else str(int(raw))
        if spec == "country" and raw not in ("", None):  # a country code as the language names the country
            return country_name(str(raw), lang)
        if spec == "number" and raw not in ("", None):
            return format_decimal(float(raw), locale=babel_locale(lang))
        return str(raw) if raw not in ("", None) else UNKNOWN[lang]


class Context:
    """Template values: any variable of the case, computed on demand (row 0)."""

    def __init__(self, read, kinds: dict, lang: str):
        self.read, self.kinds, self.lang = read, kinds, lang

    def __getitem__(self, name):
        return Value(self.read(name), self.kinds.get(name, "plain"), self.lang)


def render(template: str, context: Context) -> str:
    return template.format_map(context)
