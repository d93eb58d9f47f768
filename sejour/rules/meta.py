"""What a variable means to a reader: the metadata that turns a computed value into an
explained line of the assessment.

OpenFisca reads a variable's definition from the class's own ``__dict__`` and ignores dunder
names, so each rule carries its assessment metadata in a ``__rule__`` attribute right beside
its formula: the rule lives once, and its verdict, text, sources and date come from it.
Input variables carry ``__field__``: the dotted path of the case field they hold.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from ..i18n import Message, message
from .entities import Person
from .tri import UNKNOWN

KINDS = ("applicability", "condition", "deadline", "cost", "figure")


@dataclass(frozen=True)
class Rule:
    """How one variable appears in an assessment: its id, its kind and the parameters it cites.

    Its words are in the catalogues (see :func:`sejour.i18n.rule_texts`), keyed by the variable's
    name: one text, or texts by state (``true``, ``false``, ``null`` for conditions) and, with
    ``by`` (an enum variable), by that variable's value name (``unknown`` included). Templates use
    ``{name}`` for the value of any variable of the same case, ``{name:money}`` and ``{name:date}``
    to format it. A condition's ``change`` text says what would change it when it is not met.
    ``parameters`` are the parameter paths whose value in force is cited as a source.
    """

    route: str
    kind: str
    id: str
    parameters: tuple[str, ...] = ()
    payer: str | None = None
    unit: str | None = None
    blocking: bool = True
    only_if: str | None = None  # a parameter path: the rule is shown only while it is true
    by: str | None = None  # an enum variable: a text given as a dict is chosen by its value's name
    cites_by: dict | None = None  # with `by`: the parameters cited for each of its values (else `parameters`)
    when: str | None = None  # a tri variable: a non-blocking rule is shown unless it is FALSE (it concerns the person)

    @property
    def routes(self) -> tuple[str, ...]:
        return (self.route,) if isinstance(self.route, str) else tuple(self.route)

    def __post_init__(self):
        assert self.kind in KINDS, self.kind


def applicability(route, *, parameters=(), by=None):
    return Rule(route, "applicability", "applies", parameters=tuple(parameters), by=by)


def condition(route, id, *, parameters=(), blocking=True, only_if=None, by=None, cites_by=None, when=None):
    assert when is None or not blocking, f"{id}: only a non-blocking condition may be hidden (`when`)"
    return Rule(route, "condition", id, tuple(parameters), blocking=blocking, only_if=only_if, by=by, cites_by=cites_by, when=when)


def deadline(route, id, *, parameters=(), by=None, cites_by=None):
    return Rule(route, "deadline", id, parameters=tuple(parameters), by=by, cites_by=cites_by)


def cost(route, id, *, payer, parameters=(), by=None, cites_by=None):
    return Rule(route, "cost", id, parameters=tuple(parameters), payer=payer, by=by, cites_by=cites_by)


def figure(route, id, *, unit, parameters=(), by=None, cites_by=None):
    return Rule(route, "figure", id, parameters=tuple(parameters), unit=unit, by=by, cites_by=cites_by)


# Variable bases. OpenFisca only reads a class's own attributes, so the shared defaults are
# copied into each subclass when it is defined.
class _Base(Variable):
    defaults: dict = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for klass in reversed(cls.__mro__[1:]):
            for key, value in klass.__dict__.get("defaults", {}).items():
                if key not in cls.__dict__:
                    setattr(cls, key, value)


class SejourVariable(_Base):
    """Every sejour variable: one value per person and per day (the assessment day)."""

    defaults = {"entity": Person, "definition_period": DAY}


class TriVariable(SejourVariable):
    """A yes/no fact or condition with an unknown value (see :mod:`sejour.rules.tri`)."""

    defaults = {"value_type": int, "default_value": UNKNOWN, "unit": "tri"}


class FactCondition(TriVariable):
    """A condition that is one yes/no fact of the case, named by ``__fact__``."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fact = cls.__dict__.get("__fact__")
        if fact and "formula" not in cls.__dict__:
            def formula(person, period, parameters):
                return person(fact, period)

            formula.__doc__ = f"The fact '{fact}' of the case."
            cls.formula = formula


class EnumVariable(SejourVariable):
    """A category; subclasses set ``possible_values`` (an enum with an ``unknown`` member)."""

    defaults = {"value_type": Enum}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "possible_values" in cls.__dict__ and "default_value" not in cls.__dict__:
            cls.default_value = cls.possible_values.unknown


class DateVariable(SejourVariable):
    defaults = {"value_type": datetime.date}


class CentsVariable(SejourVariable):
    """An amount of money in euro cents; -1 when it is not known."""

    defaults = {"value_type": int, "default_value": -1, "unit": "EUR-cents"}


class CountVariable(SejourVariable):
    """A whole number (months, hours, years); -1 when it is not known."""

    defaults = {"value_type": int, "default_value": -1}


@dataclass(frozen=True)
class Document:
    """A document to bring (its words: ``route.<route>.document.<id>`` in the catalogues). It is
    listed unless the tri variable ``when`` is FALSE, and unless the tri variable ``unless`` is
    TRUE (unknown facts keep it listed)."""

    id: str
    quantity: int = 1
    when: str | None = None
    unless: str | None = None
    only_if: str | None = None  # a boolean parameter path: listed only on the days it is true


@dataclass(frozen=True)
class Step:
    """A next step (its words: ``route.<route>.step.<id>``). ``on`` names the date variable giving
    its date; ``verdicts`` the route verdicts it is shown for; ``when`` a tri variable that must not
    be FALSE; ``only_if`` and ``unless_in_force`` date it by a boolean parameter (how and where to
    file on that day)."""

    id: str
    on: str | None = None
    verdicts: tuple[str, ...] = ("eligible", "needs_information")
    when: str | None = None
    only_if: str | None = None  # a boolean parameter path: shown only on the days it is true
    unless_in_force: str | None = None  # a boolean parameter path: shown only on the days it is false


@dataclass(frozen=True)
class Route:
    """A route (its title: ``route.<id>.title``; before the day the boolean parameter
    ``earlier_title`` becomes true, ``route.<id>.earlier_title``)."""

    id: str
    documents: tuple[Document, ...] = ()
    steps: tuple[Step, ...] = ()
    earlier_title: str | None = None

    @property
    def title(self) -> Message:
        return message(f"route.{self.id}.title")

    def title_before(self) -> Message:
        return message(f"route.{self.id}.earlier_title")

    def document_text(self, document: Document) -> Message:
        return message(f"route.{self.id}.document.{document.id}")

    def step_text(self, step: Step) -> Message:
        return message(f"route.{self.id}.step.{step.id}")


@dataclass
class Registry:
    """Every sejour variable class, and the rules among them by route."""

    variables: list = field(default_factory=list)
    routes: dict = field(default_factory=dict)

    def add(self, *classes):
        self.variables.extend(classes)

    def add_route(self, route: Route):
        self.routes[route.id] = route

    def rules(self, route=None, kind=None):
        for klass in self.variables:
            rule = klass.__dict__.get("__rule__")
            if rule and (route is None or route in rule.routes) and (kind is None or rule.kind == kind):
                yield klass.__name__, rule



def module_variables(namespace: dict) -> list:
    """The concrete Variable classes defined in a module (not the bases, not imports)."""
    name = namespace["__name__"]
    return [
        value
        for value in namespace.values()
        if isinstance(value, type) and issubclass(value, Variable)
        and value.__module__ == name and "value_type" in value.__dict__ and "defaults" not in value.__dict__
    ]


def in_force(parameters, period, path, default=None):
    """The value of parameter `path` in force for `period`, or `default` when no value is known."""
    node = parameters(period)
    for part in path.split("."):
        try:
            node = node[part]
        except Exception:  # ParameterNotFoundError: no value in force that day
            node = None
            break
    value = default if node is None else node
    record = getattr(parameters, "record", None)  # a batch noting what each formula reads
    if record is not None:
        record(path, value)
    return value


def value_on(path: str, day, default=None):
    """The value of parameter `path` in force on `day` (a date or ISO string), from its whole
    history as written: for a rule that depends on another day than the assessment's (the delay in
    force on the day a decision was notified). A what-if reform does not change past days."""
    from .sources import values_in_force

    day = day if isinstance(day, datetime.date) else datetime.date.fromisoformat(str(day))
    values = values_in_force(path, day)
    return default if not values or values[0].value is None else values[0].value


@functools.cache
def first_day_true(path: str) -> np.datetime64:
    """The first day on which the boolean parameter `path` is true (NaT if never)."""
    from .sources import _history

    for day, values in zip(*_history(path)):
        if values and all(bool(value.value) for value in values):
            return np.datetime64(day, "D")
    return np.datetime64("NaT", "D")


def codes_in_force(parameters, period, path) -> list[str]:
    """The keys of a node of booleans whose value is true on that day."""
    node = in_force(parameters, period, path)
    return [] if node is None else [key for key in node if node[key]]


def cents(amount_eur) -> np.ndarray:
    """Euros (float or array) to integer cents, rounded half up."""
    return np.floor(np.asarray(amount_eur, dtype=np.float64) * 100 + 0.5 + 1e-6).astype(np.int64)


def per_row(person, period, value, dtype=None) -> np.ndarray:
    """The same value for every person of the batch (a value that depends only on the day)."""
    return np.full(len(person("as_of", period)), value, dtype=dtype)


def parameter_per_row(person, period, parameters, path, convert=int) -> np.ndarray:
    """Parameter `path` in force on the day, converted (`int`, or `cents` for euros), for every
    person of the batch; -1 on a day no value is known (a null value, or no value in force)."""
    value = in_force(parameters, period, path)
    return per_row(person, period, -1 if value is None else convert(value))
