"""The case: one person's situation on one day, as the case format defines it (section 1).

:func:`load_case` reads YAML or JSON, :func:`parse_case` a dict; anything unreadable raises :class:`CaseError`
naming the field (dotted path), the value and what was expected. A field left out is unknown; an explicit
``null`` says the event has not happened (:meth:`Case.explicit_nulls`)."""

from __future__ import annotations

import calendar
import datetime
import difflib
import json
import math
import os
import pathlib
import re
import reprlib
import stat
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Literal, get_args, get_origin

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictBool, ValidationError

from .countries import COUNTRY_NAMES, DEPARTEMENTS, ISO_ALPHA2

FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)
MAX_SALARY_EUR = 1_000_000
MAX_FILE_BYTES = 1_000_000
WHOLE_FILE = "<file>"
WHOLE_CASE = "<case>"
MINIMUM = "a case with at least as_of and person.nationality"

PermitKind = Literal["none", "long_stay_visa", "student", "aps_graduate", "aps_volunteer", "employee", "researcher", "other"]
Diploma = Literal["none", "licence", "licence_professionnelle", "master", "engineering", "doctorate", "mba", "msc",
                  "rncp_level_1", "accounting", "medical", "technology", "other"]
Contract = Literal["cdi", "cdd", "interim", "internship", "student_job"]
MissionPurpose = Literal["social", "humanitarian", "other"]
GeneralInterestAim = Literal["self_reliance_and_cohesion", "solidarity_in_france"]
RouteId = Literal["no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps", "employee_from_student",
                  "student_renewal", "appeal", "talent_qualified_employee"]
Decision = Literal["pending", "granted", "refused"]
Oqtf = Literal["none", "with_departure_period", "without_departure_period"]
Custody = Literal["none", "house_arrest", "detention", "retention"]
ROUTE_IDS: tuple[str, ...] = get_args(RouteId)


# -- errors -------------------------------------------------------------------------------------
_short = reprlib.Repr()
_short.maxstring, _short.maxother, _short.maxlong, _short.maxlevel = 60, 60, 40, 3


def _show(value) -> str:
    """A short repr, bounded whatever the value (deep, huge or shared structures)."""
    try:
        return _short.repr(value)
    except Exception:  # noqa: BLE001 - e.g. an int too long to print, or a repr that fails
        return f"<{type(value).__name__}>"


@dataclass(frozen=True)
class Problem:
    """One reason a case cannot be read: where (dotted path), what was there, what was expected."""

    path: str
    value: object
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" + ("" if self.value is None else f" (got {_show(self.value)})")


class CaseError(Exception):
    """A case that cannot be read; `problems` says where and why, one line each in ``str()``."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def _fail(path: str, message: str, value: object = None) -> CaseError:
    return CaseError([Problem(path, value, message)])


# -- field types: each check returns the value or raises ValueError saying what was expected ----
def _not_null(value, expected: str) -> None:
    if value is None:
        raise ValueError(f"must not be null; expected {expected}")


def _day(value):
    _not_null(value, "a date as YYYY-MM-DD")
    if isinstance(value, str):
        match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value)
        if not match:
            raise ValueError("expected a date as YYYY-MM-DD, e.g. 2015-06-16")
        year, month, day = (int(part) for part in match.groups())
        if not FIRST_DAY.year <= year <= LAST_DAY.year:
            raise ValueError(f"expected a date between {FIRST_DAY} and {LAST_DAY}")
        if not 1 <= month <= 12:
            raise ValueError(f"no such day: there is no month {month:02d}; expected a real date as YYYY-MM-DD")
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            raise ValueError(f"no such day: {calendar.month_name[month]} {year} has {days} days; expected a real date as YYYY-MM-DD")
        value = datetime.date(year, month, day)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if not isinstance(value, datetime.date):
        raise ValueError("expected a date as YYYY-MM-DD, e.g. 2015-06-16")  # noqa: TRY004 - pydantic wants ValueError
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"expected a date between {FIRST_DAY} and {LAST_DAY}")
    return value


def _euros(value):
    expected = f"a gross monthly salary in euros above 0 and at most {MAX_SALARY_EUR}, with at most 2 decimals"
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"expected a number: {expected}")  # noqa: TRY004
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not finite or not 0 < value <= MAX_SALARY_EUR or Decimal(str(value)).as_tuple().exponent < -2:
        raise ValueError(f"expected {expected}")
    return float(value)


def _whole(low: int, high: int, expected: str = ""):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValueError(expected or f"expected a whole number from {low} to {high}")
        return value
    return check


_COMMON_SLIPS = {"UK": "GB", "EL": "GR"}  # the EU's own codes for the United Kingdom and Greece
_CODE_OF_NAME = {name.casefold(): code for code, name in COUNTRY_NAMES.items()}


def _nationality(value):
    expected = "an ISO 3166-1 alpha-2 country code such as 'IN', 'FR', 'US'"
    _not_null(value, expected)
    if not isinstance(value, str):
        raise ValueError(f"expected {expected}, as text")  # noqa: TRY004
    code = value.upper() if re.fullmatch(r"[A-Za-z]{2}", value) else None
    if code in ISO_ALPHA2:
        return code
    hint = _COMMON_SLIPS.get(code) or _CODE_OF_NAME.get(value.strip().casefold())
    shown = code or value
    more = f"; did you mean {hint!r} ({COUNTRY_NAMES[hint]})?" if hint else ""
    raise ValueError(f"{_show(shown)} is not an ISO 3166-1 alpha-2 country code (expected e.g. 'IN', 'FR', 'US'){more}")


def _departement(value):
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1000:
        value = f"{value:02d}"  # YAML reads 75 as a number
    if isinstance(value, str) and value.upper() in DEPARTEMENTS:
        return value.upper()
    raise ValueError(f"{_show(value)} is not an INSEE département code; expected text: '01' to '95' (Corsica is '2A' or '2B', "
                     "not '20'), or '971', '972', '973', '974', '976' overseas")


def _checked(kind, check):
    """A field type whose input `check` validates and converts first (messages of our own)."""
    return Annotated[kind, BeforeValidator(check)]


Day = _checked(datetime.date, _day)
Euros = _checked(float, _euros)
Country = _checked(str, _nationality)
Departement = _checked(str, _departement)
Version = _checked(int, _whole(1, 1, "expected 1, the only version of the case format"))
Months = _checked(int, _whole(1, 120))
Years = _checked(int, _whole(0, 20))


# -- the case -----------------------------------------------------------------------------------
class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(Section):
    nationality: Country
    in_france: StrictBool | None = None
    arrived_on: Day | None = None
    departement: Departement | None = None


class Permit(Section):
    kind: PermitKind | None = None
    expires_on: Day | None = None


class Studies(Section):
    diploma: Diploma | None = None
    confers_master_grade: StrictBool | None = None
    cge_labelled: StrictBool | None = None
    institution_accredited: StrictBool | None = None
    obtained_on: Day | None = None
    enrolled_next_year: StrictBool | None = None
    years_completed_in_france: Years | None = None


class Job(Section):
    contract: Contract | None = None
    months: Months | None = None
    gross_monthly_salary_eur: Euros | None = None
    related_to_studies: StrictBool | None = None
    pay_comparable: StrictBool | None = None
    signed_on: Day | None = None
    starts_on: Day | None = None


class Volunteering(Section):
    host_public_utility: StrictBool | None = None
    host_approved_for_volunteers: StrictBool | None = None
    mission_purpose: MissionPurpose | None = None
    general_interest_aims: list[GeneralInterestAim] | None = None
    contract_signed_before_entry: StrictBool | None = None
    long_stay_visa: StrictBool | None = None
    acceptance_certificate: StrictBool | None = None
    commits_to_leave: StrictBool | None = None
    starts_on: Day | None = None
    ends_on: Day | None = None


class Application(Section):
    route: RouteId | None = None
    filed_on: Day | None = None
    receipt_states_appeal_routes: StrictBool | None = None
    decision: Decision | None = None
    decided_on: Day | None = None
    refusal_received_on: Day | None = None
    oqtf: Oqtf | None = None
    custody: Custody | None = None
    appeal_filed_on: Day | None = None


SECTIONS: dict[str, type[Section]] = {"person": Person, "permit": Permit, "studies": Studies, "job": Job,
                                      "volunteering": Volunteering, "application": Application}
# Events that cannot come before another one: (section, earlier field, later field).
ORDER = (("volunteering", "starts_on", "ends_on"), ("application", "filed_on", "decided_on"),
         ("application", "decided_on", "refusal_received_on"), ("application", "refusal_received_on", "appeal_filed_on"))


class Case(Section):
    version: Version = 1
    as_of: Day
    person: Person
    permit: Permit | None = None
    studies: Studies | None = None
    job: Job | None = None
    volunteering: Volunteering | None = None
    application: Application | None = None

    def sections(self):
        """(name, section) for every section present."""
        return ((name, section) for name in SECTIONS if (section := getattr(self, name)) is not None)

    def field_values(self) -> dict[str, object]:
        """Dotted path -> value: version, as_of and every field of every section present (None when left out)."""
        values: dict[str, object] = {"version": self.version, "as_of": self.as_of}
        for name, section in self.sections():
            values.update((f"{name}.{field}", getattr(section, field)) for field in type(section).model_fields)
        return values

    def explicit_nulls(self) -> set[str]:
        """The dotted paths given as an explicit null (a section given as null is its bare name)."""
        nulls = {name for name in SECTIONS if name in self.model_fields_set and getattr(self, name) is None}
        return nulls | {f"{name}.{field}" for name, section in self.sections()
                        for field in section.model_fields_set if getattr(section, field) is None}

    def to_dict(self) -> dict:
        """The case in the case format: ISO dates, keys left out stay out, explicit nulls stay null."""
        return self.model_dump(mode="json", exclude_unset=True)


FIELD_PATHS: tuple[str, ...] = ("version", "as_of") + tuple(
    f"{name}.{field}" for name, model in SECTIONS.items() for field in model.model_fields)


# -- from pydantic's errors to ours -------------------------------------------------------------
def _model_at(location: tuple) -> type[BaseModel] | None:
    return Case if not location else SECTIONS.get(location[0]) if len(location) == 1 else None


def _allowed(annotation) -> str:
    """The values a Literal (possibly in a list or Optional) allows, quoted."""
    if get_origin(annotation) is Literal:
        return ", ".join(repr(value) for value in get_args(annotation))
    return next((found for found in map(_allowed, get_args(annotation)) if found), "")


def _unknown_key(model: type[BaseModel] | None, key: str) -> str:
    known = list(model.model_fields) if model else []
    wanted = key.strip().lower().replace("-", "_").replace(" ", "_")
    close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.6) or [
        name for name in known if len(wanted) >= 3 and (wanted in name or name in wanted)][:1]
    hint = f"did you mean '{close[0]}'?" if close else "known keys here: " + ", ".join(known)
    return f"unknown key {key!r}; {hint}"


def _small(value, budget: int = 100):
    """The value itself when it is a reasonably small structure, else None (kept out of messages)."""
    stack, seen = [value], 0
    while stack and seen <= budget:
        item = stack.pop()
        seen += 1
        stack.extend(item.values() if isinstance(item, dict) else item if isinstance(item, (list, tuple)) else ())
    return value if seen <= budget else None


_FIXED = {"missing": "required field is missing", "bool_type": "expected true or false", "bool_parsing": "expected true or false"}


def _problem(error: dict) -> Problem:
    location, kind = tuple(error["loc"]), error["type"]
    value = None if kind in ("missing", "invalid_key") else _small(error.get("input"))
    path = ".".join(str(part) for part in location) or WHOLE_CASE
    model, field = (_model_at(location[:-1]), location[-1]) if location else (None, None)
    if kind in ("extra_forbidden", "invalid_key"):
        message = _unknown_key(model, str(field))
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        message = ("must not be null; " if value is None else "") + f"expected a mapping of the {field} fields (key: value)"
    elif kind == "literal_error":
        message = f"expected one of {error.get('ctx', {}).get('expected', '')}"
    elif kind in ("list_type", "list_parsing") and model and field in model.model_fields:
        message = f"expected a list of any of {_allowed(model.model_fields[field].annotation)}"
    elif kind == "value_error":
        message = str(error.get("ctx", {}).get("error", error["msg"]))
    else:
        message = _FIXED.get(kind, error["msg"])
    return Problem(path, value, message)


def _order_problems(case: Case) -> list[Problem]:
    days, problems = case.field_values(), []
    for name, earlier, later in ORDER:
        first, second = days.get(f"{name}.{earlier}"), days.get(f"{name}.{later}")
        if first and second and second < first:
            problems.append(Problem(f"{name}.{later}", second.isoformat(),
                                    f"is before {name}.{earlier} ({first.isoformat()}); expected a day on or after it"))
    return problems


def parse_case(data: dict | Case) -> Case:
    """A Case from a dict in the case format (a Case is returned as it is); else CaseError."""
    if isinstance(data, Case):
        return data
    if not isinstance(data, dict):
        raise _fail(WHOLE_CASE, f"expected a mapping (key: value): {MINIMUM}", _small(data))
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        raise CaseError([_problem(e) for e in error.errors()]) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as error:  # pragma: no cover - defensive
        raise _fail(WHOLE_CASE, f"cannot be read: {error}") from None
    problems = _order_problems(case)
    if problems:
        raise CaseError(problems)
    return case


# -- reading files ------------------------------------------------------------------------------
class CaseLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 scalars: no implicit dates (the case's date fields check
    them, with their path), booleans are only true/false (`NO`, Norway, and `yes` stay text),
    `1e12` is a number, no base-60 numbers; and a duplicate key is an error."""


_YAML12 = {  # tag: (regular expression, first characters)
    "bool": (r"true|True|TRUE|false|False|FALSE", "tTfF"),
    "int": (r"[-+]?(?:0|[1-9][0-9_]*|0[0-7][0-7_]*|0x[0-9a-fA-F][0-9a-fA-F_]*|0b[01][01_]*)", "-+0123456789"),
    "float": ((r"[-+]?(?:(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+)"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"), "-+0123456789."),
}
_REPLACED = {f"tag:yaml.org,2002:{tag}" for tag in (*_YAML12, "timestamp")}
CaseLoader.yaml_implicit_resolvers = {first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED]
                                      for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
for _tag, (_regexp, _first) in _YAML12.items():
    CaseLoader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_regexp})$"), list(_first))


def _mapping_without_duplicates(loader: CaseLoader, node, deep: bool = False):
    seen = set()
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=deep)
        try:
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}; each key may appear once",
                                                        key_node.start_mark)
            seen.add(key)
        except TypeError:  # an unhashable key: construct_mapping says so
            break
    return loader.construct_mapping(node, deep=deep)


CaseLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _json_object(pairs):
    data = dict(pairs)
    if len(data) < len(pairs):
        raise ValueError("duplicate key")  # the YAML reader then says which one, and where
    return data


def _parse_text(text: str):
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text, object_pairs_hook=_json_object)
        except (ValueError, RecursionError):
            pass  # not JSON after all: the YAML parser reads it or says where it goes wrong
    try:
        return yaml.load(text, Loader=CaseLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        what = " ".join(part for part in (error.context, error.problem) if part)
        raise _fail(WHOLE_FILE, f"not valid YAML or JSON{where}: {what}") from None
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        raise _fail(WHOLE_FILE, f"binary content: control character #x{error.character:04x} at line {line}; "
                                "expected a YAML or JSON text") from None
    except (yaml.YAMLError, ValueError, RecursionError, OverflowError) as error:
        raise _fail(WHOLE_FILE, f"not valid YAML or JSON: {error}") from None


def _read(path: pathlib.Path) -> bytes:
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            what = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            raise _fail(WHOLE_FILE, f"{path} is {what}; expected a case file (YAML or JSON)")
        with path.open("rb") as file:
            return file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(WHOLE_FILE, f"no such file: {path}") from None
    except OSError as error:
        raise _fail(WHOLE_FILE, f"{path} cannot be read: {error.strerror or error}") from None
    except ValueError as error:  # e.g. a NUL character in the path
        raise _fail(WHOLE_FILE, f"not a usable file name ({error})") from None


def load_case(source: str | pathlib.Path | bytes) -> Case:
    """A Case from a YAML or JSON file (a path) or from such a file's content (bytes); else CaseError."""
    if not isinstance(source, (bytes, bytearray, str, os.PathLike)):
        raise _fail(WHOLE_FILE, f"expected a file path or a file's content as bytes, not a {type(source).__name__}")
    content = bytes(source) if isinstance(source, (bytes, bytearray)) else _read(pathlib.Path(source))
    if len(content) > MAX_FILE_BYTES:
        raise _fail(WHOLE_FILE, f"the file is larger than {MAX_FILE_BYTES} bytes; expected {MINIMUM}, a few lines")
    if not content.strip():
        raise _fail(WHOLE_FILE, f"the file is empty; expected {MINIMUM}")
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(WHOLE_FILE, "UTF-16 text; expected a YAML or JSON text in UTF-8 (save the file as UTF-8)")
    if b"\x00" in content:
        raise _fail(WHOLE_FILE, "binary content (NUL bytes); expected a YAML or JSON text")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _fail(WHOLE_FILE, f"not UTF-8 text (byte 0x{content[error.start]:02x} at offset {error.start}); "
                                "expected a YAML or JSON text in UTF-8") from None
    data = _parse_text(text)
    if data is None:
        raise _fail(WHOLE_FILE, f"the file is empty (nothing but comments or blank lines); expected {MINIMUM}")
    if not isinstance(data, dict):
        raise _fail(WHOLE_FILE, f"the top level is a {type(data).__name__}; expected a mapping (key: value): {MINIMUM}",
                    _small(data))
    return parse_case(data)
