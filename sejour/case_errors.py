"""The case model's error messages, in every language of the catalogue.

A :class:`Problem` says where (the dotted path, for machines and for the case format's writers),
what was there, and why, as a :class:`Wording`: a catalogue text (``N_``, see :mod:`sejour.i18n`)
with its placeholders' values, put into words in any language with ``problem.text(lang)``. Its
``message`` stays the English words (the CLI, the logs, ``str(error)``); its ``type`` is the
text's id, stable whatever the language (what a program tests). The texts are declared here, so
that extraction finds them; :mod:`sejour.case` raises them."""

from __future__ import annotations

import reprlib
from dataclasses import dataclass, field

from .i18n import SOURCE, Message, N_

_short = reprlib.Repr()
_short.maxstring, _short.maxother, _short.maxlong, _short.maxlevel = 60, 60, 40, 3


def _show(value) -> str:
    """A short repr, bounded whatever the value (deep, huge or shared structures)."""
    try:
        return _short.repr(value)
    except Exception:  # noqa: BLE001 - e.g. an int too long to print, or a repr that fails
        return f"<{type(value).__name__}>"


class Wording:
    """A catalogue text with the values of its placeholders; ``wording[lang]`` is its words in a
    language. A value may itself be a Message or a Wording (put in the same language), or a
    function of the language (a month's or a country's name)."""

    __slots__ = ("message", "params")

    def __init__(self, message: Message, **params):
        self.message, self.params = message, params

    def __getitem__(self, lang: str) -> str:
        return self.message[lang].format(**{name: _in(value, lang) for name, value in self.params.items()})

    @property
    def context(self) -> str:
        return self.message.context

    def __str__(self) -> str:
        return self[SOURCE]


def _in(value, lang: str) -> str:
    if isinstance(value, (Message, Wording)):
        return value[lang]
    return value(lang) if callable(value) else str(value)


class Refused(ValueError):
    """A field's value refused by one of the case format's checks, with the reason as a Wording
    (pydantic keeps the exception: :mod:`sejour.case` reads the wording back)."""

    def __init__(self, wording: Wording):
        self.wording = wording
        super().__init__(str(wording))


def say(message: Message, **params) -> Wording:
    return Wording(message, **params)


def either(values) -> Wording:
    """'a', 'b' or 'c', with the "or" of the language."""
    shown = [repr(value) for value in values]
    if len(shown) < 2:
        return Wording(JUST, item="".join(shown))
    return Wording(EITHER, items=", ".join(shown[:-1]), last=shown[-1])


@dataclass(frozen=True)
class Problem:
    """One reason a case cannot be read: where (dotted path), what was there, what was expected."""

    path: str
    value: object
    message: str  # in English
    wording: Wording | None = field(default=None, compare=False, repr=False)

    @classmethod
    def said(cls, path: str, value: object, wording: Wording) -> Problem:
        return cls(path, value, str(wording), wording)

    @property
    def type(self) -> str:
        """The id of the reason, the same in every language."""
        return self.wording.context if self.wording else OTHER.context

    def text(self, lang: str = SOURCE) -> str:
        """The reason in `lang` (the English message for a problem made without a wording)."""
        return self.wording[lang] if self.wording else self.message

    def line(self, lang: str = SOURCE) -> str:
        if self.value is None:
            return LINE[lang].format(field=self.path, message=self.text(lang))
        return LINE_WITH_VALUE[lang].format(field=self.path, message=self.text(lang), value=_show(self.value))

    def __str__(self) -> str:
        return self.line()


class CaseError(Exception):
    """A case that cannot be read; `problems` says where and why, one line each in ``str()``."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    def lines(self, lang: str = SOURCE) -> list[str]:
        return [problem.line(lang) for problem in self.problems]


def fail(path: str, wording: Wording, value: object = None) -> CaseError:
    return CaseError([Problem.said(path, value, wording)])


# -- the texts ----------------------------------------------------------------------------------
LINE = N_("case.error.line", "{field}: {message}")
LINE_WITH_VALUE = N_("case.error.line_with_value", "{field}: {message} (got {value})")
EITHER = N_("case.error.either", "{items} or {last}")
JUST = N_("case.error.just", "{item}")
OTHER = N_("case.error.other", "not accepted here ({reason})")

MINIMUM = N_("case.error.minimum", "a case with at least as_of and person.nationality")
NOT_NULL = N_("case.error.not_null", "must not be null; expected {expected}")
EXPECTED = N_("case.error.expected", "expected {expected}")
MISSING = N_("case.error.missing", "required field is missing")
BOOLEAN = N_("case.error.boolean", "expected true or false")
INTEGER = N_("case.error.integer", "expected a whole number")
AT_LEAST = N_("case.error.at_least", "expected a number of at least {bound}")
AT_MOST = N_("case.error.at_most", "expected a number of at most {bound}")
ONE_OF = N_("case.error.one_of", "expected one of {allowed}")
LIST_OF = N_("case.error.list_of", "expected a list of any of {allowed}")
MAPPING = N_("case.error.mapping", "expected a mapping of the {section} fields (key: value)")
NULL_MAPPING = N_("case.error.null_mapping", "must not be null; expected a mapping of the {section} fields (key: value)")
UNKNOWN_KEY_CLOSE = N_("case.error.unknown_key.close", "unknown key {key}; did you mean '{close}'?")
UNKNOWN_KEY = N_("case.error.unknown_key", "unknown key {key}; known keys here: {known}")
BEFORE = N_("case.error.before", "is before {earlier} ({day}); expected a day on or after it")
NOT_A_MAPPING = N_("case.error.not_a_mapping", "expected a mapping (key: value): {minimum}")
UNREADABLE = N_("case.error.unreadable", "cannot be read: {reason}")

DAY = N_("case.error.day", "a date as YYYY-MM-DD")
DAY_FORMAT = N_("case.error.day.format", "expected a date as YYYY-MM-DD, e.g. 2015-06-16")
DAY_RANGE = N_("case.error.day.range", "expected a date between {first} and {last}")
NO_MONTH = N_("case.error.day.no_month", "no such day: there is no month {month}; expected a real date as YYYY-MM-DD")
NO_DAY = N_("case.error.day.no_day", "no such day: {month} {year} has {days} days; expected a real date as YYYY-MM-DD")
SALARY = N_("case.error.salary", "a gross monthly salary in euros above 0 and at most {most}, with at most 2 decimals")
NUMBER = N_("case.error.number", "expected a number: {expected}")
WHOLE = N_("case.error.whole", "expected a whole number from {low} to {high}")
VERSION = N_("case.error.version", "expected 1, the only version of the case format")
COUNTRY = N_("case.error.country", "an ISO 3166-1 alpha-2 country code such as 'IN', 'FR', 'US'")
AS_TEXT = N_("case.error.country.text", "expected {expected}, as text")
NOT_COUNTRY = N_("case.error.country.unknown", "{value} is not an ISO 3166-1 alpha-2 country code (expected e.g. 'IN', 'FR', 'US')")
NOT_COUNTRY_HINT = N_("case.error.country.hint", "{value} is not an ISO 3166-1 alpha-2 country code (expected e.g. 'IN', 'FR', "
                                                 "'US'); did you mean '{hint}' ({country})?")
DEPARTEMENT = N_("case.error.departement", "{value} is not an INSEE département code; expected text: '01' to '95' (Corsica is '2A' "
                                           "or '2B', not '20'), or '971', '972', '973', '974', '976' overseas")

IDENTITY_TEXT = N_("case.error.identity.text", "expected text on one line, of 1 to {most} characters")
ADDRESS_LINES = N_("case.error.identity.address_lines", "expected 1 to {most} lines of address (street, building...), each of 1 to {length} characters")
POSTCODE = N_("case.error.identity.postcode", "expected a French postcode of 5 digits, e.g. '69003'")
FOREIGNER_NUMBER = N_("case.error.identity.foreigner_number", "expected the foreign-national number (numéro d'étranger) printed on the residence permit or the "
                                                                "récépissé: 9 or 10 digits, e.g. '6912345678'")
BORN_AFTER = N_("case.error.identity.born_after", "is after as_of ({day}); expected a birth date before it")

INVALID_TEXT = N_("case.error.file.invalid", "not valid YAML or JSON: {reason}")
INVALID_AT = N_("case.error.file.invalid_at", "not valid YAML or JSON at line {line}, column {column}: {reason}")
DUPLICATE_KEY = N_("case.error.file.duplicate_key", "duplicate key {key} at line {line}, column {column}; each key may appear once")
CONTROL = N_("case.error.file.control", "binary content: control character #x{code} at line {line}; expected a YAML or JSON text")
NOT_A_FILE = N_("case.error.file.not_a_file", "{path} is not a regular file; expected a case file (YAML or JSON)")
DIRECTORY = N_("case.error.file.directory", "{path} is a directory; expected a case file (YAML or JSON)")
NO_FILE = N_("case.error.file.missing", "no such file: {path}")
CANNOT_READ = N_("case.error.file.cannot_read", "{path} cannot be read: {reason}")
BAD_NAME = N_("case.error.file.bad_name", "not a usable file name ({reason})")
NOT_A_SOURCE = N_("case.error.file.source", "expected a file path or a file's content as bytes, not a {kind}")
TOO_LARGE = N_("case.error.file.too_large", "the file is larger than {most} bytes; expected {minimum}, a few lines")
EMPTY = N_("case.error.file.empty", "the file is empty; expected {minimum}")
ONLY_COMMENTS = N_("case.error.file.only_comments", "the file is empty (nothing but comments or blank lines); expected {minimum}")
UTF16 = N_("case.error.file.utf16", "UTF-16 text; expected a YAML or JSON text in UTF-8 (save the file as UTF-8)")
NUL = N_("case.error.file.nul", "binary content (NUL bytes); expected a YAML or JSON text")
NOT_UTF8 = N_("case.error.file.not_utf8", "not UTF-8 text (byte 0x{byte} at offset {offset}); expected a YAML or JSON text in UTF-8")
TOP_LEVEL = N_("case.error.file.top_level", "the top level is a {kind}; expected a mapping (key: value): {minimum}")
