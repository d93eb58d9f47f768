"""Running the rules: one OpenFisca simulation over the rows of a case and its variants.

Row 0 is the case as given. Every other row is a *variant*: the same case with one unknown
fact set to one candidate value. Comparing rows tells which unknown facts can change an
outcome (see :mod:`sejour.assessment`). The same code evaluates many cases at once: each
row is independent, only the period (the rules in force) is shared.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from dataclasses import dataclass

import numpy as np
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.periods import period as make_period
from openfisca_core.populations import Population
from openfisca_core.simulations import Simulation

from .rules import tax_benefit_system
from .rules.meta import CentsVariable, CountVariable, DateVariable, EnumVariable, TriVariable
from .rules.tri import FALSE, TRUE, UNKNOWN

NAT = np.datetime64("NaT", "D")
FAR_PAST, FAR_FUTURE = np.datetime64("1900-01-01", "D"), np.datetime64("2100-12-31", "D")
# Sections whose absence means "none" (a job, a mission, an application "if any"); the facts of
# the other sections (person, permit, studies) are unknown when left out.
SECTIONS_IF_ANY = ("job", "volunteering", "application")


def kind_of(klass) -> str:
    for base, kind in ((TriVariable, "tri"), (DateVariable, "date"), (CentsVariable, "cents"),
                       (CountVariable, "count"), (EnumVariable, "enum")):
        if issubclass(klass, base):
            return kind
    return "plain"


@dataclass(frozen=True)
class InputSpec:
    variable: str
    field: str  # dotted path; "section" for a presence flag; "x.y?" for a happened flag
    kind: str
    klass: type

    @property
    def section(self) -> str:
        return self.field.split(".")[0].rstrip("?")


@functools.cache
def input_specs() -> tuple[InputSpec, ...]:
    registry = tax_benefit_system().registry
    return tuple(InputSpec(k.__name__, k.__dict__["__field__"], kind_of(k), k) for k in registry.variables if "__field__" in k.__dict__)


def _enum_index(klass, name):
    return klass.possible_values[name].index


class CaseRows:
    """The input arrays for a case and its variants, built column by column."""

    def __init__(self, case, vary: bool = True):
        self.case = case
        self.as_of = np.datetime64(case.as_of, "D")
        values, nulls = case.field_values(), case.explicit_nulls()
        self.specs = input_specs()
        self.flag_fields = {spec.field for spec in self.specs if spec.field.endswith("?")}
        self.base = {spec.variable: self._base_value(spec, values, nulls) for spec in self.specs}
        # variants: (field, {variable: value}) for each candidate of each unknown field
        self.variants: list[tuple[str, dict]] = []
        if vary:
            for spec in self.specs:
                if self._is_unknown(spec):
                    for candidate in self._candidates(spec):
                        self.variants.append((spec.field.rstrip("?"), candidate))

    # -- the case as given
    def _present(self, section):
        return getattr(self.case, section, None) is not None

    def _base_value(self, spec, values, nulls):
        field = spec.field
        if spec.variable == "as_of":
            return self.as_of
        if "." not in field:  # presence flag of a section
            return TRUE if self._present(field) else FALSE
        if field.endswith("?"):  # happened flag of an event date
            path = field[:-1]
            if not self._present(spec.section) or path in nulls:
                return FALSE
            return TRUE if values.get(path) is not None else UNKNOWN
        value = values.get(field)
        return self._encode(spec, value)

    def _encode(self, spec, value):
        if spec.kind == "tri":
            return UNKNOWN if value is None else (TRUE if value else FALSE)
        if spec.kind == "date":
            return NAT if value is None else np.datetime64(value, "D")
        if spec.kind == "enum":
            return _enum_index(spec.klass, "unknown" if value is None else value)
        if spec.kind == "cents":
            return -1 if value is None else int((np.float64(value) * 100 + 0.5 + 1e-6) // 1)
        if spec.kind == "count":
            if isinstance(value, (list, tuple)):
                return len(value)
            return -1 if value is None else int(value)
        return "" if value is None else str(value)

    def _is_unknown(self, spec) -> bool:
        if "." not in spec.field or spec.variable in ("as_of", "nationality"):
            return False
        if spec.section in SECTIONS_IF_ANY and not self._present(spec.section):
            return False
        if spec.field.endswith("?"):
            return self.base[spec.variable] == UNKNOWN
        if spec.kind == "date" and spec.field + "?" in self.flag_fields:
            return False  # varied together with its happened flag
        value = self.base[spec.variable]
        if spec.kind == "date":
            return np.isnat(value)
        if spec.kind == "enum":
            return value == _enum_index(spec.klass, "unknown")
        if spec.kind == "tri":
            return value == UNKNOWN
        if spec.kind in ("cents", "count"):
            return value < 0
        return value == ""

    def _candidates(self, spec):
        if spec.field.endswith("?"):
            date_variable = next(s.variable for s in self.specs if s.field == spec.field[:-1])
            yield {spec.variable: FALSE, date_variable: NAT}
            # a past event happened, if at all, on or before as_of (domain.md, Dates)
            for day in (FAR_PAST, self.as_of):
                yield {spec.variable: TRUE, date_variable: day}
            return
        if spec.kind == "tri":
            options = (FALSE, TRUE)
        elif spec.kind == "date":
            options = (FAR_PAST, self.as_of, FAR_FUTURE)
        elif spec.kind == "enum":
            options = tuple(item.index for item in spec.klass.possible_values if item.name != "unknown")
        elif spec.kind == "cents":
            options = (0, 10**9)
        elif spec.kind == "count":
            options = (0, 1, 6, 24)
        else:
            # a département in Île-de-France, one outside, and two with public holidays of their own
            # (Moselle, La Réunion) that can move a contentious deadline
            options = ("75", "13", "57", "974")
        for option in options:
            yield {spec.variable: option}

    # -- arrays
    def __len__(self):
        return 1 + len(self.variants)

    def arrays(self) -> dict[str, np.ndarray]:
        count = len(self)
        columns = {}
        for spec in self.specs:
            base = self.base[spec.variable]
            if spec.kind == "date":
                column = np.full(count, base, dtype="datetime64[D]")
            elif spec.kind == "plain":
                column = np.full(count, base, dtype=object)
            else:
                column = np.full(count, base, dtype=np.int32 if spec.kind != "enum" else np.int16)
            columns[spec.variable] = column
        for row, (_, candidate) in enumerate(self.variants, start=1):
            for variable, value in candidate.items():
                columns[variable][row] = value
        return columns


def simulate(columns: dict[str, np.ndarray], day: datetime.date, trace: bool = False) -> Simulation:
    """An OpenFisca simulation of these input columns under the rules in force on `day`."""
    system = tax_benefit_system()
    count = len(next(iter(columns.values())))
    population = Population(system.person_entity)
    population.count = count
    population.ids = np.arange(count)
    simulation = Simulation(system, {system.person_entity.key: population})
    simulation.trace = trace
    period = make_period(day.isoformat())
    for variable, column in columns.items():
        simulation.set_input(variable, period, _as_input(system.variables[variable], column))
    return simulation


def _as_input(variable, column):
    if getattr(variable, "possible_values", None) is not None:
        return EnumArray(column.astype(np.int16), variable.possible_values)
    return column


class _Persons:
    """What a formula sees as `person`: `person(name, period)` reads another variable."""

    def __init__(self, simulation):
        self.simulation = simulation
        self.count = simulation.count

    def __call__(self, name, period, options=None):
        return self.simulation.calculate(name, period)


@functools.cache
def variable_kinds() -> dict[str, str]:
    return {name: kind_of(type(variable)) for name, variable in tax_benefit_system().variables.items()}


@functools.cache
def _change_days() -> tuple[str, ...]:
    """Every day on which some parameter takes a new value: between two of them, all
    parameters are constant, so the parameters of any day equal those of the last change."""
    from .rules.sources import all_parameters

    return tuple(sorted({at.instant_str for parameter in all_parameters() for at in parameter.values_list}))


def rules_epoch(day: datetime.date) -> str:
    """The last day on or before `day` on which a parameter changed."""
    days = _change_days()
    index = bisect.bisect_right(days, day.isoformat())
    return days[index - 1] if index else day.isoformat()


@functools.cache
def _single_formula(name):
    variable = tax_benefit_system().variables[name]
    return next(iter(variable.formulas.values())) if len(variable.formulas) == 1 else None


class DirectSimulation:
    """The same OpenFisca variables, formulas and parameters, evaluated without OpenFisca's
    per-call bookkeeping (holders, tracer checks, period checks), for a single case.

    One assessment reads ~120 variables over a few dozen rows; OpenFisca's `Simulation` spends
    ~20-40 µs of Python per variable read, more than the numpy work itself (see
    benchmarks/assess_one.py). This evaluator calls each variable's formula once, in
    dependency order, memoised. `tests/test_engines.py` checks that both give identical
    assessments; the YAML tests, `sejour explain` and batches use OpenFisca's `Simulation`.
    """

    def __init__(self, columns: dict, day: datetime.date, system=None):
        self.system = system or tax_benefit_system()  # a reformed system for what-if
        self.count = len(next(iter(columns.values())))
        self.cache = {name: _as_input(self.system.variables[name], column) for name, column in columns.items()}
        self.persons = _Persons(self)
        # same parameters, shared cache across days (a reform passes its own epoch day)
        self.instant = make_period(rules_epoch(day) if system is None else day.isoformat()).start

    def parameters(self, period):
        return self.system.get_parameters_at_instant(self.instant)

    def formula(self, name, period):
        return (_single_formula(name) if self.system is tax_benefit_system() else None) or self.system.variables[name].get_formula(period)

    def calculate(self, name, period):
        try:
            return self.cache[name]
        except KeyError:
            pass
        variable = self.system.variables[name]
        formula = self.formula(name, period)
        if formula is None:
            value = variable.default_array(self.count)
        else:
            value = cast(variable, formula(self.persons, period, self.parameters))
        self.cache[name] = value
        return value


def cast(variable, value):
    if getattr(variable, "possible_values", None) is not None:
        return value if isinstance(value, EnumArray) else EnumArray(np.asarray(value, dtype=np.int16), variable.possible_values)
    return np.asarray(value, dtype=variable.dtype)
