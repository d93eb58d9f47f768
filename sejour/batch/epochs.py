"""Rows of many rules epochs evaluated together.

A batch holds rows of many days, hence of many rules epochs (the parameters in force change
on ~30 days). Evaluating every variable once per epoch repeats each formula's Python ~30
times per chunk. Yet most variables read few parameters, and those change on few of these
days: `graduate_validity_months` is the same function of the facts in most epochs.

So each variable gets, per epoch, a *signature*: the values of the parameters its formula
reads that day and the signatures of the variables it reads. Epochs with the same signature
form one block, and the variable is computed once per block, over all the block's rows, with
the parameters of any of its epochs: by construction the formula reads the same parameter
values and the same inputs in all of them. What a formula reads is traced once per epoch on
one row (the rules' formulas branch in Python only on parameter values, never on the facts,
so one row shows every read of that epoch).
"""

from __future__ import annotations

import datetime
import functools

import numpy as np
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.periods import period as make_period

from sejour.rules.meta import in_force
from sejour.engine import CaseRows, DirectSimulation, _as_input, cast, tax_benefit_system


def freeze(value):
    """A parameter value (a number, a list, a node of values) as something hashable."""
    children = getattr(value, "_children", None)
    if children is not None:
        return tuple(sorted((key, freeze(child)) for key, child in children.items()))
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if isinstance(value, np.ndarray):
        return tuple(value.tolist())
    return value


class _Recorder:
    """The `parameters` argument of a traced formula: notes each (path, value) it reads."""

    def __init__(self, simulation):
        self.simulation, self.log = simulation, []

    def __call__(self, period):
        return self.simulation.parameters(period)

    def record(self, path, value):
        self.log.append((path, freeze(value)))


class _Tracer(DirectSimulation):
    """One row, one epoch: for each variable, the variables and parameter values it reads."""

    def __init__(self, columns, day, system):
        super().__init__(columns, day, system)
        self.reads, self.parameter_values, self.stack, self.done = {}, {}, [], []

    def calculate(self, name, period):
        if self.stack and name not in self.reads[self.stack[-1]]:
            self.reads[self.stack[-1]].append(name)
        if name in self.cache:
            return self.cache[name]
        self.reads[name], self.parameter_values[name] = [], ()
        formula = self.formula(name, period)
        variable = self.system.variables[name]
        if formula is None:
            value = variable.default_array(self.count)
        else:
            recorder = _Recorder(self)
            self.stack.append(name)
            try:
                value = cast(variable, formula(self.persons, period, recorder))
            finally:
                self.stack.pop()
            self.parameter_values[name] = tuple(recorder.log)
        self.cache[name] = value
        self.done.append(name)  # after everything it reads: an order for the next day
        return value

    def same_as(self, previous, name, sign, previous_signature) -> bool:
        """Whether `name` reads the same parameter values and variables today as on the day
        traced by `previous` (then it is the same function of the facts)."""
        return (all(sign(read) == previous_signature[read] for read in previous.reads[name])
                and all(freeze(in_force(self.parameters, None, path)) == value for path, value in previous.parameter_values[name]))

    def take(self, previous, name):
        """`name` as computed on the previous day, without running its formula again."""
        self.reads[name], self.parameter_values[name] = list(previous.reads[name]), previous.parameter_values[name]
        self.cache[name] = previous.cache[name]
        self.done.append(name)


@functools.lru_cache(maxsize=32)
def blocks(system, days: tuple[datetime.date, ...]) -> dict[str, tuple[tuple[int, ...], ...]]:
    """Per variable, its blocks: tuples of indices into `days` that give it the same signature.
    The first day is traced whole; on each next day only the formulas whose parameter values or
    inputs' signatures changed are run again."""
    inputs = CaseRows(_one_case(days[-1]), vary=False).arrays()
    ids: dict[str, list[int]] = {name: [] for name in system.variables}
    interned: dict[tuple, int] = {}
    previous, previous_signature = None, {}
    for day in days:
        tracer = _Tracer(inputs, day, system)
        period = make_period(day.isoformat())
        signature: dict[str, int] = {}

        def sign(name):
            if name not in signature:
                key = (name, tracer.parameter_values.get(name, ()), tuple((read, sign(read)) for read in tracer.reads.get(name, ())))
                signature[name] = interned.setdefault(key, len(interned))
            return signature[name]

        for name in (previous.done if previous else system.variables):
            if name in tracer.reads or name in inputs:
                continue
            if previous is not None and tracer.same_as(previous, name, sign, previous_signature):
                tracer.take(previous, name)
                signature[name] = previous_signature[name]
            else:
                tracer.calculate(name, period)
        for name in system.variables:
            ids[name].append(sign(name))
        previous, previous_signature = tracer, signature
    out = {}
    for name, per_day in ids.items():
        groups: dict[int, list[int]] = {}
        for index, value in enumerate(per_day):
            groups.setdefault(value, []).append(index)
        out[name] = tuple(tuple(group) for group in groups.values())
    return out


def _one_case(day):
    from sejour.case import parse_case

    return parse_case({"version": 1, "as_of": day.isoformat(), "person": {"nationality": "FR"}})


class _Rows:
    """What a formula sees as `person` for a block of rows."""

    def __init__(self, simulation, rows):
        self.simulation, self.rows = simulation, rows
        self.count = rows.stop - rows.start if isinstance(rows, slice) else len(rows)

    def __call__(self, name, period, options=None):
        return self.simulation.calculate(name, period)[self.rows]


class EpochSimulation:
    """Rows sorted by rules epoch; `spans[i]` = (first row, end row, day) of the i-th epoch.
    `calculate` gives a variable over all rows, computed once per block of epochs."""

    def __init__(self, columns: dict, spans: list[tuple[int, int, datetime.date]], system=None):
        self.system = system or tax_benefit_system()
        self.count = len(next(iter(columns.values())))
        self.spans = spans
        self.days = tuple(day for _, _, day in spans)
        self.cache = {name: _as_input(self.system.variables[name], column) for name, column in columns.items()}
        self.blocks = blocks(self.system, self.days)
        # one parameter source per epoch (the engine's own choice of instant for each day)
        self.epochs = [DirectSimulation({"as_of": columns["as_of"][:1]}, day, system) for day in self.days]

    def calculate(self, name, period):
        if name in self.cache:
            return self.cache[name]
        variable = self.system.variables[name]
        if self.epochs[0].formula(name, period) is None:
            value = variable.default_array(self.count)
        else:
            value = None
            for block in self.blocks[name]:
                rows = self._rows(block)
                epoch = self.epochs[block[0]]
                part = cast(variable, epoch.formula(name, period)(_Rows(self, rows), period, epoch.parameters))
                if len(self.blocks[name]) == 1:
                    value = part
                    break
                if value is None:
                    value = np.empty(self.count, dtype=np.asarray(part).dtype)
                value[rows] = np.asarray(part)
            if isinstance(value, np.ndarray) and not isinstance(value, EnumArray) and getattr(variable, "possible_values", None) is not None:
                value = EnumArray(value, variable.possible_values)
        self.cache[name] = value
        return value

    def _rows(self, block):
        """The rows of these epochs: one slice when they follow each other (the usual case)."""
        if list(block) == list(range(block[0], block[-1] + 1)):
            return slice(self.spans[block[0]][0], self.spans[block[-1]][1])
        return np.concatenate([np.arange(self.spans[i][0], self.spans[i][1]) for i in block])

    def rows_of_epochs(self, shown: list[bool]) -> np.ndarray:
        """A row mask from one flag per epoch."""
        return np.repeat(np.asarray(shown, dtype=bool), [stop - start for start, stop, _ in self.spans])
