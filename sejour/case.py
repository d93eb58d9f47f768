"""The case: one person's situation on one day, exactly as the case format defines it.

Read from YAML or JSON (`load_case`) or from a dict (`parse_case`). Anything that cannot be read
raises :class:`CaseError`, whose problems name the field (dotted path), the value and what was
expected; nothing else ever escapes. A field left out is unknown; for the event dates of a job
or an application, an explicit ``null`` says the event has not happened (`explicit_nulls`).
"""

from __future__ import annotations

import datetime
import difflib
import json
import math
import pathlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Literal, Optional

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StrictInt, ValidationError

from .countries import DEPARTEMENTS, ISO_ALPHA2

FIRST_DAY, LAST_DAY = datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)
ROUTE_IDS = ("no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps", "employee_from_student",
             "student_renewal", "appeal")


@dataclass(frozen=True)
class Problem:
    path: str
    value: object
    message: str

    def __str__(self):
        return f"{self.path}: {self.message}" + ("" if self.value is None else f" (got {self.value!r})")


class CaseError(Exception):
    """A case that cannot be read; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


# -- field types --------------------------------------------------------------------------
def _iso_date(value):
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            value = datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a day of the calendar; expected a real date as YYYY-MM-DD") from None
    if not isinstance(value, datetime.date):
        raise ValueError("expected a date as YYYY-MM-DD")
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(f"expected a date between {FIRST_DAY} and {LAST_DAY}")
    return value


def _money(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("expected a number of euros, e.g. 2500 or 2186.28")
    if not math.isfinite(value) or value <= 0 or value > 1_000_000:
        raise ValueError("expected a gross monthly salary above 0 and at most 1,000,000 euros")
    if Decimal(str(value)).as_tuple().exponent < -2:
        raise ValueError("expected euros with at most two decimals")
    return float(value)


def _nationality(value):
    if not isinstance(value, str) or value.upper() not in ISO_ALPHA2:
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code (expected e.g. 'IN', 'FR', 'US')")
    return value.upper()


def _departement(value):
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:02d}"
    if not isinstance(value, str) or value.upper() not in DEPARTEMENTS:
        raise ValueError(f"{value!r} is not an INSEE département code (expected e.g. '75', '2A', '974')")
    return value.upper()


Day = Annotated[datetime.date, BeforeValidator(_iso_date)]
Euros = Annotated[float, BeforeValidator(_money)]
Country = Annotated[str, BeforeValidator(_nationality)]
Departement = Annotated[str, BeforeValidator(_departement)]
Flag = Optional[StrictBool]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(Section):
    nationality: Country
    in_france: Flag = None
    arrived_on: Optional[Day] = None
    departement: Optional[Departement] = None


class Permit(Section):
    kind: Optional[Literal["none", "long_stay_visa", "student", "aps_graduate", "aps_volunteer", "employee", "researcher", "other"]] = None
    expires_on: Optional[Day] = None


class Studies(Section):
    diploma: Optional[Literal["none", "licence", "licence_professionnelle", "master", "engineering", "doctorate", "mba", "msc",
                              "rncp_level_1", "accounting", "medical", "technology", "other"]] = None
    confers_master_grade: Flag = None
    cge_labelled: Flag = None
    institution_accredited: Flag = None
    obtained_on: Optional[Day] = None
    enrolled_next_year: Flag = None
    years_completed_in_france: Optional[Annotated[StrictInt, Field(ge=0, le=20)]] = None


class Job(Section):
    contract: Optional[Literal["cdi", "cdd", "interim", "internship", "student_job"]] = None
    months: Optional[Annotated[StrictInt, Field(ge=1, le=120)]] = None
    gross_monthly_salary_eur: Optional[Euros] = None
    related_to_studies: Flag = None
    pay_comparable: Flag = None
    signed_on: Optional[Day] = None
    starts_on: Optional[Day] = None


class Volunteering(Section):
    host_public_utility: Flag = None
    host_approved_for_volunteers: Flag = None
    mission_purpose: Optional[Literal["social", "humanitarian", "other"]] = None
    general_interest_aims: Optional[list[Literal["self_reliance_and_cohesion", "solidarity_in_france"]]] = None
    contract_signed_before_entry: Flag = None
    long_stay_visa: Flag = None
    acceptance_certificate: Flag = None
    commits_to_leave: Flag = None
    starts_on: Optional[Day] = None
    ends_on: Optional[Day] = None


class Application(Section):
    route: Optional[Literal[ROUTE_IDS]] = None
    filed_on: Optional[Day] = None
    decision: Optional[Literal["pending", "granted", "refused"]] = None
    decided_on: Optional[Day] = None
    refusal_received_on: Optional[Day] = None
    appeal_filed_on: Optional[Day] = None


SECTIONS = {"person": Person, "permit": Permit, "studies": Studies, "job": Job, "volunteering": Volunteering, "application": Application}
# Later event before an earlier one: (section, earlier field, later field).
ORDER = (("volunteering", "starts_on", "ends_on"), ("application", "filed_on", "decided_on"),
         ("application", "decided_on", "refusal_received_on"), ("application", "refusal_received_on", "appeal_filed_on"))


class Case(Section):
    version: Literal[1] = 1
    as_of: Day
    person: Person
    permit: Optional[Permit] = None
    studies: Optional[Studies] = None
    job: Optional[Job] = None
    volunteering: Optional[Volunteering] = None
    application: Optional[Application] = None

    def sections(self):
        for name in SECTIONS:
            section = getattr(self, name)
            if section is not None:
                yield name, section

    def field_values(self) -> dict[str, object]:
        """Dotted path -> value for every field of every section given (None when left out)."""
        values = {"as_of": self.as_of}
        for name, section in self.sections():
            for field in type(section).model_fields:
                values[f"{name}.{field}"] = getattr(section, field)
        return values

    def explicit_nulls(self) -> set[str]:
        return {f"{name}.{field}" for name, section in self.sections()
                for field in section.model_fields_set if getattr(section, field) is None}

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", exclude_unset=True)


FIELD_PATHS: tuple[str, ...] = ("as_of",) + tuple(f"{name}.{field}" for name, model in SECTIONS.items() for field in model.model_fields)


# -- errors -------------------------------------------------------------------------------
def _model_at(location) -> type[BaseModel] | None:
    model = Case
    for part in location:
        if isinstance(part, str) and part in SECTIONS and model is Case:
            model = SECTIONS[part]
        else:
            return None
    return model


def _problem(error) -> Problem:
    location = error["loc"]
    path = ".".join(str(part) for part in location)
    value = error.get("input")
    kind = error["type"]
    if kind == "extra_forbidden":
        model = _model_at(location[:-1])
        known = list(model.model_fields) if model else []
        key = str(location[-1]).lower()
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.5) or [k for k in known if key in k or k in key][:1]
        hint = f"did you mean '{close[0]}'?" if close else "known keys: " + ", ".join(known)
        return Problem(path, value, f"unknown key '{location[-1]}'; {hint}")
    if kind == "missing":
        return Problem(path, None, "required field is missing")
    message = error["msg"].removeprefix("Value error, ")
    if kind == "model_type" or kind == "dict_type":
        message = "expected a mapping of fields (key: value)"
    elif kind in ("bool_type", "bool_parsing"):
        message = "expected true or false"
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        message = "expected a whole number"
    elif kind == "list_type":
        message = "expected a list"
    return Problem(path or "<case>", value, message)


def _order_problems(case: Case) -> list[Problem]:
    problems = []
    for section_name, earlier, later in ORDER:
        section = getattr(case, section_name)
        if section is None:
            continue
        first, second = getattr(section, earlier), getattr(section, later)
        if first is not None and second is not None and second < first:
            problems.append(Problem(f"{section_name}.{later}", second.isoformat(),
                                    f"is before {section_name}.{earlier} ({first.isoformat()}); expected a day on or after it"))
    return problems


def parse_case(data) -> Case:
    """A Case from a dict in the case format (a Case is returned as it is)."""
    if isinstance(data, Case):
        return data
    if not isinstance(data, dict):
        raise CaseError([Problem("<case>", data, "expected a mapping with at least as_of and person.nationality")])
    try:
        case = Case.model_validate(data)
    except ValidationError as error:
        raise CaseError([_problem(e) for e in error.errors()]) from None
    except (TypeError, ValueError, OverflowError) as error:  # pragma: no cover - defensive
        raise CaseError([Problem("<case>", None, str(error))]) from None
    problems = _order_problems(case)
    if problems:
        raise CaseError(problems)
    return case


# -- reading files ------------------------------------------------------------------------
class _Loader(yaml.SafeLoader):
    """YAML without implicit dates (pydantic checks them, with their path) and with YAML 1.2
    booleans only: `NO` (Norway) and `yes` stay strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
# YAML 1.2 floats: `1e12` is a number, not a string
_Loader.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$"), list("-+0123456789."))


def _mapping_without_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    for key in keys:
        if keys.count(key) > 1:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", node.start_mark)
    return loader.construct_mapping(node, deep=deep)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _parse_text(text: str, where: str):
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            pass  # JSON-looking YAML (flow mapping): let the YAML parser say what is wrong
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise CaseError([Problem(where, None, f"not valid YAML or JSON{at}: {error.problem or error.context}")]) from None
    except (yaml.YAMLError, RecursionError, ValueError) as error:
        raise CaseError([Problem(where, None, f"not valid YAML or JSON: {error}")]) from None


def load_case(source) -> Case:
    """A Case from a file (path) or from its content (bytes)."""
    if isinstance(source, bytes):
        where, content = "<file>", source
    else:
        path = pathlib.Path(source)
        where = str(path)
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            raise CaseError([Problem(where, None, "no such file")]) from None
        except IsADirectoryError:
            raise CaseError([Problem(where, None, "is a directory; expected a case file")]) from None
        except OSError as error:
            raise CaseError([Problem(where, None, f"cannot be read: {error.strerror}")]) from None
    if not content.strip():
        raise CaseError([Problem(where, None, "the file is empty; expected a case with at least as_of and person.nationality")])
    if b"\x00" in content:
        raise CaseError([Problem(where, None, "a binary file; expected a YAML or JSON text")])
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseError([Problem(where, None, "not UTF-8 text; expected a YAML or JSON text")]) from None
    data = _parse_text(text, where)
    if not isinstance(data, dict):
        raise CaseError([Problem(where, data if isinstance(data, (str, int, float, list)) else None,
                                 "expected a mapping with at least as_of and person.nationality at the top level")])
    return parse_case(data)
