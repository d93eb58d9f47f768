"""The case: one person's situation on one day, as the case format defines it (section 1).

:func:`load_case` reads YAML or JSON, :func:`parse_case` a dict; anything unreadable raises :class:`CaseError`
naming the field (dotted path), the value and what was expected. A field left out is unknown; an explicit
``null`` says the event has not happened (:meth:`Case.explicit_nulls`)."""

from __future__ import annotations

import calendar
import datetime
import difflib
import math
import re
from decimal import Decimal
from typing import Annotated, Literal, get_args, get_origin

import babel
import babel.dates
from pydantic import BaseModel, BeforeValidator, ConfigDict, StrictBool, ValidationError

from . import case_errors as texts
from .case_errors import CaseError, Problem, Refused, Wording, _show, either, say
from .case_errors import fail as _fail
from .countries import COUNTRY_NAMES, DEPARTEMENTS, ISO_ALPHA2

FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)
MAX_SALARY_EUR = 1_000_000
WHOLE_CASE = "<case>"
MINIMUM = texts.MINIMUM

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


# -- errors: the texts and their classes live in case_errors.py ---------------------------------
def _refuse(message, **params) -> Refused:
    return Refused(say(message, **params))


def _month_name(month: int, year: int):
    """The month's name in the language the message is put in (English for a language Babel lacks)."""
    def name(lang: str) -> str:
        try:
            return babel.dates.format_date(datetime.date(year, month, 1), "LLLL", locale=lang)
        except (ValueError, babel.UnknownLocaleError):
            return calendar.month_name[month]
    return name


def _country_name(code: str):
    def name(lang: str) -> str:
        try:
            return babel.Locale.parse(lang).territories.get(code) or COUNTRY_NAMES[code]
        except (ValueError, babel.UnknownLocaleError):
            return COUNTRY_NAMES[code]
    return name


# -- field types: each check returns the value or raises Refused saying what was expected --------
def _not_null(value, expected) -> None:
    if value is None:
        raise _refuse(texts.NOT_NULL, expected=expected)


def _day(value):
    _not_null(value, texts.DAY)
    if isinstance(value, str):
        match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value)
        if not match:
            raise _refuse(texts.DAY_FORMAT)
        year, month, day = (int(part) for part in match.groups())
        if not FIRST_DAY.year <= year <= LAST_DAY.year:
            raise _refuse(texts.DAY_RANGE, first=FIRST_DAY, last=LAST_DAY)
        if not 1 <= month <= 12:
            raise _refuse(texts.NO_MONTH, month=f"{month:02d}")
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            raise _refuse(texts.NO_DAY, month=_month_name(month, year), year=year, days=days)
        value = datetime.date(year, month, day)
    if isinstance(value, datetime.datetime):
        value = value.date()
    if not isinstance(value, datetime.date):
        raise _refuse(texts.DAY_FORMAT)
    if not FIRST_DAY <= value <= LAST_DAY:
        raise _refuse(texts.DAY_RANGE, first=FIRST_DAY, last=LAST_DAY)
    return value


def _euros(value):
    expected = say(texts.SALARY, most=MAX_SALARY_EUR)
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise _refuse(texts.NUMBER, expected=expected)
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not finite or not 0 < value <= MAX_SALARY_EUR or Decimal(str(value)).as_tuple().exponent < -2:
        raise _refuse(texts.EXPECTED, expected=expected)
    return float(value)


def _whole(low: int, high: int, expected: Wording | None = None):
    def check(value):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise Refused(expected or say(texts.WHOLE, low=low, high=high))
        return value
    return check


_COMMON_SLIPS = {"UK": "GB", "EL": "GR"}  # the EU's own codes for the United Kingdom and Greece
_CODE_OF_NAME = {name.casefold(): code for code, name in COUNTRY_NAMES.items()}


def _nationality(value):
    _not_null(value, texts.COUNTRY)
    if not isinstance(value, str):
        raise _refuse(texts.AS_TEXT, expected=texts.COUNTRY)
    code = value.upper() if re.fullmatch(r"[A-Za-z]{2}", value) else None
    if code in ISO_ALPHA2:
        return code
    hint = _COMMON_SLIPS.get(code) or _CODE_OF_NAME.get(value.strip().casefold())
    shown = _show(code or value)
    if hint:
        raise _refuse(texts.NOT_COUNTRY_HINT, value=shown, hint=hint, country=_country_name(hint))
    raise _refuse(texts.NOT_COUNTRY, value=shown)


def _departement(value):
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1000:
        value = f"{value:02d}"  # YAML reads 75 as a number
    if isinstance(value, str) and value.upper() in DEPARTEMENTS:
        return value.upper()
    raise _refuse(texts.DEPARTEMENT, value=_show(value))


TEXT_MOST, ADDRESS_MOST = 100, 3


def _text_line(value, most: int = TEXT_MOST):
    """A name, a town, a line of address: text on one line, spaces tidied."""
    if not isinstance(value, str) or not 1 <= len(" ".join(value.split())) <= most or any(c in value for c in "\n\r\t\x00"):
        raise _refuse(texts.IDENTITY_TEXT, most=most)
    return " ".join(value.split())


def _address_lines(value):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not 1 <= len(value) <= ADDRESS_MOST:
        raise _refuse(texts.ADDRESS_LINES, most=ADDRESS_MOST, length=TEXT_MOST)
    try:
        return [_text_line(line) for line in value]
    except Refused:
        raise _refuse(texts.ADDRESS_LINES, most=ADDRESS_MOST, length=TEXT_MOST) from None


def _postcode(value):
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 99999:
        value = f"{value:05d}"  # YAML reads 01000 as text, 69003 as a number
    if isinstance(value, str) and re.fullmatch(r"[0-9]{5}", value.strip()):
        return value.strip()
    raise _refuse(texts.POSTCODE)


def _foreigner_number(value):
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str):
        digits = re.sub(r"[\s.]", "", value)
        # 9 or 10 digits: sources differ (titredesejour.fr: 10; Rennes Métropole's guide « Trouver son numéro
        # étranger AGDREF »: « 9 ou 10 chiffres »), so both are accepted rather than refuse a real number.
        if re.fullmatch(r"[0-9]{9,10}", digits):
            return digits
    raise _refuse(texts.FOREIGNER_NUMBER)


def _checked(kind, check):
    """A field type whose input `check` validates and converts first (messages of our own)."""
    return Annotated[kind, BeforeValidator(check)]


Day = _checked(datetime.date, _day)
Euros = _checked(float, _euros)
Country = _checked(str, _nationality)
Departement = _checked(str, _departement)
Version = _checked(int, _whole(1, 1, say(texts.VERSION)))
Months = _checked(int, _whole(1, 120))
Years = _checked(int, _whole(0, 20))
TextLine = _checked(str, _text_line)
AddressLines = _checked(list[str], _address_lines)
Postcode = _checked(str, _postcode)
ForeignerNumber = _checked(str, _foreigner_number)


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


class Identity(Section):
    """Who the person is, for the letters only (``sejour letter``): never assessed, never part of a
    batch, of the advisors' tracker or of an interview (``Case.to_dict`` leaves it out)."""

    given_name: TextLine | None = None
    family_name: TextLine | None = None
    address_lines: AddressLines | None = None
    postcode: Postcode | None = None
    city: TextLine | None = None
    birth_date: Day | None = None
    birth_place: TextLine | None = None
    foreigner_number: ForeignerNumber | None = None


IDENTITY = "identity"
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
    identity: Identity | None = None  # for the letters only: not a section of the facts (SECTIONS)

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

    def to_dict(self, identity: bool = False) -> dict:
        """The case in the case format: ISO dates, keys left out stay out, explicit nulls stay null.
        The identity section only when asked for (``identity=True``): what stores, assesses or
        passes on a case (interview, tracker, batch, API) never carries who the person is."""
        return self.model_dump(mode="json", exclude_unset=True, exclude=None if identity else {IDENTITY})


FIELD_PATHS: tuple[str, ...] = ("version", "as_of") + tuple(
    f"{name}.{field}" for name, model in SECTIONS.items() for field in model.model_fields)


# -- from pydantic's errors to ours -------------------------------------------------------------
def _section_model(name) -> type[BaseModel] | None:
    return Identity if name == IDENTITY else SECTIONS.get(name)


def _model_at(location: tuple) -> type[BaseModel] | None:
    return Case if not location else _section_model(location[0]) if len(location) == 1 else None


def _literal(annotation) -> tuple:
    """The values a Literal (possibly in a list or Optional) allows."""
    if get_origin(annotation) is Literal:
        return get_args(annotation)
    return next((found for found in map(_literal, get_args(annotation)) if found), ())


def _allowed(location: tuple) -> tuple:
    """The values the Literal field at `location` (a field of the case, or an item of its list) allows."""
    model, annotation = Case, None
    for part in location:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return ()
        annotation = model.model_fields[part].annotation
        model = _section_model(part) if model is Case else None
    return _literal(annotation) if annotation is not None else ()


def _unknown_key(model: type[BaseModel] | None, key: str) -> Wording:
    known = list(model.model_fields) if model else []
    wanted = key.strip().lower().replace("-", "_").replace(" ", "_")
    close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.6) or [
        name for name in known if len(wanted) >= 3 and (wanted in name or name in wanted)][:1]
    if close:
        return say(texts.UNKNOWN_KEY_CLOSE, key=repr(key), close=close[0])
    return say(texts.UNKNOWN_KEY, key=repr(key), known=", ".join(known))


def _small(value, budget: int = 100):
    """The value itself when it is a reasonably small structure, else None (kept out of messages)."""
    stack, seen = [value], 0
    while stack and seen <= budget:
        item = stack.pop()
        seen += 1
        stack.extend(item.values() if isinstance(item, dict) else item if isinstance(item, (list, tuple)) else ())
    return value if seen <= budget else None


_FIXED = {"missing": texts.MISSING, "bool_type": texts.BOOLEAN, "bool_parsing": texts.BOOLEAN,
          "int_type": texts.INTEGER, "int_parsing": texts.INTEGER, "int_from_float": texts.INTEGER}
_BOUNDS = {"greater_than_equal": (texts.AT_LEAST, "ge"), "less_than_equal": (texts.AT_MOST, "le")}  # the API's parameters


def problem_of(error: dict) -> Problem:
    """One of pydantic's errors (a dict of ``ValidationError.errors()``) as a Problem: its dotted
    path, the value, and the reason from the catalogue (``problem.text(lang)`` in any language;
    ``problem.type`` the reason's id). Used for the case format and for the API's parameters."""
    location, kind = tuple(error["loc"]), error["type"]
    value = None if kind in ("missing", "invalid_key") else _small(error.get("input"))
    path = ".".join(str(part) for part in location) or WHOLE_CASE
    model, field = (_model_at(location[:-1]), location[-1]) if location else (None, None)
    ctx = error.get("ctx") or {}
    reason = ctx.get("error")
    if kind in ("extra_forbidden", "invalid_key"):
        wording = _unknown_key(model, str(field))
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        wording = say(texts.MAPPING if value is not None else texts.NULL_MAPPING, section=field)
    elif kind == "literal_error":
        allowed = _allowed(location)
        wording = say(texts.ONE_OF, allowed=either(allowed) if allowed else ctx.get("expected", ""))
    elif kind in ("list_type", "list_parsing") and model and field in model.model_fields:
        wording = say(texts.LIST_OF, allowed=either(_allowed(location)))
    elif kind == "value_error" and isinstance(reason, Refused):
        wording = reason.wording
    elif kind in _FIXED:
        wording = say(_FIXED[kind])
    elif kind in _BOUNDS and _BOUNDS[kind][1] in ctx:
        wording = say(_BOUNDS[kind][0], bound=ctx[_BOUNDS[kind][1]])
    else:
        wording = say(texts.OTHER, reason=reason if kind == "value_error" and reason else error["msg"])
    return Problem.said(path, value, wording)


def _order_problems(case: Case) -> list[Problem]:
    days, problems = case.field_values(), []
    for name, earlier, later in ORDER:
        first, second = days.get(f"{name}.{earlier}"), days.get(f"{name}.{later}")
        if first and second and second < first:
            problems.append(Problem.said(f"{name}.{later}", second.isoformat(),
                                         say(texts.BEFORE, earlier=f"{name}.{earlier}", day=first.isoformat())))
    return problems


def _birth_problems(case: Case) -> list[Problem]:
    born = case.identity.birth_date if case.identity else None
    if born and born >= case.as_of:
        return [Problem.said(f"{IDENTITY}.birth_date", born.isoformat(), say(texts.BORN_AFTER, day=case.as_of.isoformat()))]
    return []


def parse_identity(data: dict, as_of: datetime.date | None = None) -> Identity:
    """An Identity from a dict of its fields (the letter form, `sejour letter`'s options); else
    CaseError naming ``identity.<field>``, the value and what was expected."""
    if not isinstance(data, dict):
        raise _fail(IDENTITY, say(texts.MAPPING, section=IDENTITY), _small(data))
    try:
        identity = Identity.model_validate(data)
    except ValidationError as error:
        raise CaseError([problem_of(dict(e, loc=(IDENTITY, *e["loc"]))) for e in error.errors()]) from None
    if as_of and identity.birth_date and identity.birth_date >= as_of:
        raise _fail(f"{IDENTITY}.birth_date", say(texts.BORN_AFTER, day=as_of.isoformat()), identity.birth_date.isoformat())
    return identity


def parse_case(data: dict | Case) -> Case:
    """A Case from a dict in the case format (a Case is returned as it is); else CaseError."""
    if isinstance(data, Case):
        return data
    if not isinstance(data, dict):
        raise _fail(WHOLE_CASE, say(texts.NOT_A_MAPPING, minimum=MINIMUM), _small(data))
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        raise CaseError([problem_of(e) for e in error.errors()]) from None
    except (ValueError, TypeError, OverflowError, RecursionError) as error:  # pragma: no cover - defensive
        raise _fail(WHOLE_CASE, say(texts.UNREADABLE, reason=error)) from None
    problems = _order_problems(case) + _birth_problems(case)
    if problems:
        raise CaseError(problems)
    return case


from .case_files import MAX_FILE_BYTES, WHOLE_FILE, CaseLoader, load_case  # noqa: E402,F401 - reading files, in a module of its own
