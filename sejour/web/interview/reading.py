"""Answers as people type them, and as they read them back, in the page's language: dates,
amounts, numbers, countries (names from Babel's locale data), choices. Every message is a
catalogue text (:mod:`sejour.i18n`); numbers, money (:func:`sejour.text.money`, as the
assessment writes it) and month names are formatted by Babel."""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata

from babel.dates import format_skeleton, get_month_names
from babel.numbers import format_decimal
from django.utils.html import escape
from django.utils.safestring import mark_safe

from sejour.countries import COUNTRY_NAMES, DEPARTEMENTS, ISO_ALPHA2
from sejour.i18n import SOURCE, N_, language_codes
from sejour.text import babel_locale as locale
from sejour.text import money

ANSWER_NEEDED = N_("interview.error.answer_needed", "Answer the question, or choose « I don't know ».")
CHOOSE_YES_NO = N_("interview.error.choose_yes_no", "Choose yes or no.")
CHOOSE_OPTION = N_("interview.error.choose_option", "Choose one of the options.")
CHOOSE_COUNTRY = N_("interview.error.choose_country", "Choose a country from the list.")
NOT_DEPARTEMENT = N_("interview.error.not_departement", "« {text} » is not a département number (e.g. 75, 2A, 974).")
DATE_UNREADABLE = N_("interview.error.date_unreadable", "« {text} » is not a date we can read: type it as day/month/year, e.g. 31/12/2026.")
NOT_A_MONTH = N_("interview.error.not_a_month", "« {text} »: the month is not a month's name.")
NO_SUCH_MONTH = N_("interview.error.no_such_month", "« {text} » is not a date: there is no month {month}.")
DAY_FIRST = N_("interview.error.day_first", "Did you mean {date}? Type the day first.")
YEAR_OUT_OF_RANGE = N_("interview.error.year_out_of_range", "« {text} »: the year {year} is out of range (1900–2100).")
NO_SUCH_DAY = N_("interview.error.no_such_day", "« {text} » is not a date: {month} has {days} days.")
NOT_AN_AMOUNT = N_("interview.error.not_an_amount", "« {text} » is not an amount: type a number of euros, e.g. 2500.")
AMOUNT_OUT_OF_RANGE = N_("interview.error.amount_out_of_range", "« {text} »: expected an amount between 0 and {most} euros.")
NOT_A_NUMBER = N_("interview.error.not_a_number", "« {text} » is not a whole number: type e.g. 12.")

DONT_KNOW = N_("interview.answer.dont_know", "I don't know")
NOT_YET = N_("interview.answer.not_yet", "Not (yet)")
YES = N_("interview.answer.yes", "yes")
NO = N_("interview.answer.no", "no")
COUNTRY = N_("interview.answer.country", "{name} ({code})")

MOST_EUROS = 1_000_000


class AnswerError(ValueError):
    """An answer that cannot be read, with the message to show beside the field."""


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


@functools.cache
def month_numbers() -> dict[str, int]:
    """Month names and their abbreviations in every language sejour speaks, without accents,
    and every beginning of them (3 letters or more) that names only one month: "fev", "sept"."""
    found: dict[str, set[int]] = {}
    for lang in language_codes():
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale(lang)).items():
                name = _folded(name).rstrip(".")
                for end in range(3, len(name) + 1):
                    found.setdefault(name[:end], set()).add(number)
    return {name: numbers.pop() for name, numbers in found.items() if len(numbers) == 1}


def parse_date(text: str, lang: str = SOURCE) -> datetime.date:
    """A date typed the way people type it: 31/12/2026, 31.12.2026, 31-12-2026, 2026-12-31,
    « 31 décembre 2026 », "December 31, 2026", "1er mars 2026", "31 de diciembre de 2026"."""
    raw = text.strip()
    s = re.sub(r"\b(de|del)\b", " ", _folded(raw).replace(",", " ").replace("1er", "1"))
    s = re.sub(r"\s+", " ", s).strip()
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})", s):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if year < 100 else 0
    elif m := re.fullmatch(r"(\d{1,2})\s+([a-z.]+)\s+(\d{4})", s):
        day, month, year = int(m[1]), month_numbers().get(m[2].rstrip(".")), int(m[3])
    elif m := re.fullmatch(r"([a-z.]+)\s+(\d{1,2})\s+(\d{4})", s):
        month, day, year = month_numbers().get(m[1].rstrip(".")), int(m[2]), int(m[3])
    else:
        raise AnswerError(DATE_UNREADABLE[lang].format(text=raw))
    if month is None:
        raise AnswerError(NOT_A_MONTH[lang].format(text=raw))
    if not 1 <= month <= 12:
        message = NO_SUCH_MONTH[lang].format(text=raw, month=month)
        if 1 <= day <= 12:
            message += " " + DAY_FIRST[lang].format(date=f"{month:02d}/{day:02d}/{year}")
        raise AnswerError(message)
    if not 1900 <= year <= 2100:
        raise AnswerError(YEAR_OUT_OF_RANGE[lang].format(text=raw, year=year))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        first = datetime.date(year, month, 1)
        last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
        named = format_skeleton("yMMMM", first, locale=locale(lang))
        raise AnswerError(NO_SUCH_DAY[lang].format(text=raw, month=named, days=last)) from None


def parse_money(text: str, lang: str = SOURCE) -> float:
    s = text.strip().replace("€", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d{1,2})?", s):  # 2.500,50
        s = s.replace(".", "")
    s = s.replace(",", ".") if s.count(",") == 1 and "." not in s else s.replace(",", "")
    try:
        value = float(s)
    except ValueError:
        raise AnswerError(NOT_AN_AMOUNT[lang].format(text=text)) from None
    if not 0 <= value <= MOST_EUROS:
        raise AnswerError(AMOUNT_OUT_OF_RANGE[lang].format(text=text, most=format_decimal(MOST_EUROS, locale=locale(lang))))
    return round(value, 2)


def parse_number(text: str, lang: str = SOURCE) -> int:
    if not re.fullmatch(r"\s*\d{1,3}\s*", text):
        raise AnswerError(NOT_A_NUMBER[lang].format(text=text))
    return int(text)


def parse_answer(question, values: list[str], lang: str):
    """The value of one answered field, from the submitted form values; AnswerError if unreadable."""
    if question.kind == "multi":
        allowed = {v for v, _ in question.choices}
        return [v for v in values if v in allowed]
    text = (values[0] if values else "").strip()
    if not text:
        raise AnswerError(ANSWER_NEEDED[lang])
    if question.kind == "yesno":
        if text not in ("yes", "no"):
            raise AnswerError(CHOOSE_YES_NO[lang])
        return text == "yes"
    if question.kind in ("date", "event"):
        return parse_date(text, lang).isoformat()
    if question.kind == "money":
        return parse_money(text, lang)
    if question.kind == "number":
        return parse_number(text, lang)
    if question.kind == "choice":
        if text not in {v for v, _ in question.choices}:
            raise AnswerError(CHOOSE_OPTION[lang])
        return text
    if question.kind == "country":
        if text.upper() not in ISO_ALPHA2:
            raise AnswerError(CHOOSE_COUNTRY[lang])
        return text.upper()
    if question.kind == "departement":
        code = text.upper().zfill(2) if text.isdigit() else text.upper()
        if code not in DEPARTEMENTS:
            raise AnswerError(NOT_DEPARTEMENT[lang].format(text=text))
        return code
    raise AssertionError(question.kind)


def shown_value(question, value, lang: str, unknown: bool = False) -> str:
    """An answer as the person reads it back."""
    if unknown:
        return DONT_KNOW[lang]
    if value is None:
        return NOT_YET[lang] if question.kind == "event" else DONT_KNOW[lang]
    if question.kind == "yesno":
        return YES[lang] if value else NO[lang]
    if question.kind in ("choice", "multi"):
        labels = dict(question.choices)
        items = value if isinstance(value, list) else [value]
        return ", ".join(labels[v][lang] if v in labels else str(v) for v in items) or "—"
    if question.kind == "country":
        return country_shown(value, lang)
    if question.kind in ("date", "event"):
        return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
    if question.kind == "money":
        return money(value, lang)
    return str(value)


def typed_value(question, value, lang: str):
    """An answer as it is put back in its field, to be changed (read back by parse_answer)."""
    if question.kind in ("date", "event"):
        return shown_value(question, value, lang)
    if question.kind == "money":
        return format_decimal(value, format="0.00", locale=locale(lang))
    if question.kind == "yesno":
        return "yes" if value else "no"
    return value


@functools.cache
def country_names(lang: str) -> dict[str, str]:
    """Code -> name of the country in the page's language, from Babel's locale data (the ISO
    name for a code Babel would not know in that language)."""
    territories = locale(lang).territories
    return {code: territories.get(code) or COUNTRY_NAMES[code] for code in sorted(ISO_ALPHA2)}


def country_shown(code: str, lang: str) -> str:
    return COUNTRY[lang].format(name=country_names(lang).get(code, code), code=code)


@functools.cache
def _country_option_tags(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((code, f'<option value="{code}">{escape(country_shown(code, lang))}</option>') for code, _ in sorted_countries(lang))


def country_options(lang: str, selected: str | None) -> str:
    """The <option>s of the country question, `selected` marked: made once per language (250
    countries through the template's loop cost a step page 4 ms of its 6.5)."""
    return mark_safe("".join(tag.replace('">', '" selected>', 1) if code == selected else tag
                             for code, tag in _country_option_tags(lang)))


@functools.cache
def sorted_countries(lang: str) -> list[tuple[str, str]]:
    """(code, name) sorted by name as a reader looks for it (É with E)."""
    return sorted(country_names(lang).items(), key=lambda item: _folded(item[1]))
