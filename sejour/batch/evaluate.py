"""The verdicts, deadlines, costs and unmet conditions of many cases at once: one evaluation of
the rules per rules epoch present in a chunk (all parameters are constant within an epoch), each
over all the chunk's rows of that epoch, never one evaluation per case."""

from __future__ import annotations

import datetime
import functools

import numpy as np
from openfisca_core.periods import period as make_period

from sejour.assessment import FIRST_DAY, ROUTE_ORDER, _route_rules
from sejour.engine import _change_days

from .epochs import EpochSimulation
from sejour.rules.sources import values_in_force
from sejour.rules.tri import FALSE, TRUE, UNKNOWN

VERDICTS = ("not_applicable", "needs_information", "not_eligible", "eligible")
NA, NEEDS, NOT_ELIGIBLE, ELIGIBLE = range(4)


@functools.cache
def blocking_conditions(route_id: str) -> tuple[str, ...]:
    """The ids of a route's blocking conditions: bit i of its `unmet` mask is the i-th."""
    return tuple(r.id for _, r in _route_rules(route_id) if r.kind == "condition" and r.blocking)


@functools.cache
def output_columns() -> tuple[tuple[str, str], ...]:
    """(column name, kind) of the output: per route its verdict, deadlines, costs and unmet
    conditions. Verdicts are held as codes into VERDICTS and unmet conditions as bit masks
    (see `blocking_conditions`) until the table is written."""
    out = [("row", "int")]
    for route_id in ROUTE_ORDER:
        out.append((f"{route_id}.verdict", "verdict"))
        out += [(f"{route_id}.deadline.{r.id}", "date") for _, r in _route_rules(route_id) if r.kind == "deadline"]
        out += [(f"{route_id}.cost.{r.id}", "euros") for _, r in _route_rules(route_id) if r.kind == "cost"]
        out.append((f"{route_id}.unmet", "unmet"))
    return tuple(out)


def _shown(rule, day):
    return rule.only_if is None or any(bool(v.value) for v in values_in_force(rule.only_if, day))


def epochs_of(as_of: np.ndarray, instants: tuple[str, ...] = ()) -> np.ndarray:
    """For each day, the index of its rules epoch among the change days (plus extra instants)."""
    days = np.array(sorted(set(_change_days()) | set(instants)), dtype="datetime64[D]")
    return np.searchsorted(days, as_of, side="right") - 1, days


def evaluate(columns: dict, today: datetime.date, system=None, instants: tuple[str, ...] = ()) -> dict[str, np.ndarray]:
    """Output columns (see `output_columns`) for these input rows. The rows are put in order of
    their rules epoch once, evaluated together (see `epochs`), and put back in the input's order."""
    as_of = columns["as_of"]
    n = len(as_of)
    epoch, days = epochs_of(as_of, instants)
    known = (as_of >= np.datetime64(FIRST_DAY, "D")) & (as_of <= np.datetime64(today, "D"))
    group = np.where(known, epoch, -2)  # -2: no rule known that day, every route needs information
    # (a stable sort of 16-bit keys is a radix sort: 5x faster than on 64-bit ones, measured)
    order = None if n < 2 or (group[1:] >= group[:-1]).all() else np.argsort(group.astype(np.int16), kind="stable")
    if order is not None:
        group = group[order]
        columns = {name: column[order] for name, column in columns.items()}
    out = _empty_output(n)
    first = int(np.searchsorted(group, -1))  # the rows of group -2 come first
    for route_id in ROUTE_ORDER:
        out[f"{route_id}.verdict"][:first] = NEEDS
    if first < n:
        bounds = np.flatnonzero(np.diff(group[first:])) + 1
        starts, stops = np.concatenate([[0], bounds]), np.concatenate([bounds, [n - first]])
        spans = [(int(start), int(stop), days[group[first + start]].astype(datetime.date) if group[first + start] >= 0 else FIRST_DAY)
                 for start, stop in zip(starts, stops)]
        _evaluate_known({k: v[first:] for k, v in columns.items()}, spans, slice(first, n), out, system)
    if order is None:
        return out
    back = np.empty(n, dtype=np.int64)
    back[order] = np.arange(n)
    return {name: column[back] for name, column in out.items()}


def _empty_output(n):
    out = {}
    for name, kind in output_columns():
        if kind == "date":
            out[name] = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
        elif kind == "euros":
            out[name] = np.full(n, np.nan)
        elif kind == "int":
            out[name] = np.zeros(n, dtype=np.int64)
        elif kind == "verdict":
            out[name] = np.zeros(n, dtype=np.int8)
        else:  # unmet conditions: a bit per blocking condition
            bits = len(blocking_conditions(name.rsplit(".", 1)[0]))
            out[name] = np.zeros(n, dtype=np.int32 if bits < 31 else np.int64)
    return out


# the verdict from applicability (rows) and the worst blocking condition (columns), both tri
VERDICT_TABLE = np.array([[NA, NA, NA], [NEEDS, NEEDS, NEEDS], [NOT_ELIGIBLE, NEEDS, ELIGIBLE]], dtype=np.int8)


def _evaluate_known(columns, spans, rows, out, system):
    """The rows of known days (sorted by epoch, `spans` per epoch) into the slice `rows` of the
    output, in place. The output starts as NaT / NaN / no unmet condition, so only the values of
    open routes are copied; a rule shown only on some days (`only_if`) counts on those days' rows."""
    simulation = EpochSimulation(columns, spans, system)
    period = make_period(spans[-1][2].isoformat())
    count = rows.stop - rows.start
    for route_id in ROUTE_ORDER:
        rules, shown = [], {}
        for name, rule in _route_rules(route_id):
            flags = [_shown(rule, day) for day in simulation.days]
            if any(flags):
                rules.append((name, rule))
                shown[name] = None if all(flags) else simulation.rows_of_epochs(flags)
        applies = np.asarray(simulation.calculate(next(n for n, r in rules if r.kind == "applicability"), period))
        blocking = [(name, r.id, np.asarray(simulation.calculate(name, period))) for name, r in rules if r.kind == "condition" and r.blocking]
        worst = np.full(count, TRUE, dtype=np.int32)
        for name, _, column in blocking:
            np.minimum(worst, column if shown[name] is None else np.where(shown[name], column, TRUE), out=worst)
        verdict = VERDICT_TABLE[applies, worst]
        out[f"{route_id}.verdict"][rows] = verdict
        open_ = verdict != NA
        for name, rule in rules:
            where = open_ if shown[name] is None else open_ & shown[name]
            if rule.kind == "deadline":
                values = np.asarray(simulation.calculate(name, period), dtype="datetime64[D]")
                np.copyto(out[f"{route_id}.deadline.{rule.id}"][rows], values, where=where)
            elif rule.kind == "cost":
                cents = np.asarray(simulation.calculate(name, period))
                np.divide(cents, 100, out=out[f"{route_id}.cost.{rule.id}"][rows], where=where & (cents >= 0))
        bits = blocking_conditions(route_id)
        unmet = out[f"{route_id}.unmet"][rows]
        for name, rule_id, column in blocking:
            np.add(unmet, 1 << bits.index(rule_id), out=unmet, where=(column == FALSE) if shown[name] is None else (column == FALSE) & shown[name])
        unmet *= open_
