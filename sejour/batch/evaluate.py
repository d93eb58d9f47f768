"""The verdicts, deadlines, costs and unmet conditions of many cases at once: one evaluation of
the rules per rules epoch present in a chunk (all parameters are constant within an epoch), each
over all the chunk's rows of that epoch, never one evaluation per case."""

from __future__ import annotations

import datetime
import functools

import numpy as np
from openfisca_core.periods import period as make_period

from sejour.assessment import FIRST_DAY, ROUTE_ORDER, _route_rules
from sejour.engine import DirectSimulation, _change_days
from sejour.rules.sources import values_in_force
from sejour.rules.tri import FALSE, TRUE, UNKNOWN

VERDICTS = np.array(["not_applicable", "needs_information", "not_eligible", "eligible"], dtype=object)
NA, NEEDS, NOT_ELIGIBLE, ELIGIBLE = range(4)


@functools.cache
def output_columns() -> tuple[tuple[str, str], ...]:
    """(column name, kind) of the output: per route its verdict, deadlines, costs and unmet conditions."""
    out = [("row", "int")]
    for route_id in ROUTE_ORDER:
        out.append((f"{route_id}.verdict", "str"))
        out += [(f"{route_id}.deadline.{r.id}", "date") for _, r in _route_rules(route_id) if r.kind == "deadline"]
        out += [(f"{route_id}.cost.{r.id}", "euros") for _, r in _route_rules(route_id) if r.kind == "cost"]
        out.append((f"{route_id}.unmet", "str"))
    return tuple(out)


def _shown(rule, day):
    return rule.only_if is None or any(bool(v.value) for v in values_in_force(rule.only_if, day))


def epochs_of(as_of: np.ndarray, instants: tuple[str, ...] = ()) -> np.ndarray:
    """For each day, the index of its rules epoch among the change days (plus extra instants)."""
    days = np.array(sorted(set(_change_days()) | set(instants)), dtype="datetime64[D]")
    return np.searchsorted(days, as_of, side="right") - 1, days


def evaluate(columns: dict, today: datetime.date, system=None, instants: tuple[str, ...] = ()) -> dict[str, np.ndarray]:
    """Output columns (see `output_columns`) for these input rows."""
    as_of = columns["as_of"]
    n = len(as_of)
    out = _empty_output(n)
    known = (as_of >= np.datetime64(FIRST_DAY, "D")) & (as_of <= np.datetime64(today, "D"))
    for route_id in ROUTE_ORDER:  # no rule known that day: every route needs information
        out[f"{route_id}.verdict"][~known] = "needs_information"
    epoch, days = epochs_of(as_of, instants)
    for e in np.unique(epoch[known]):
        rows = np.flatnonzero(known & (epoch == e))
        day = days[e].astype(datetime.date) if e >= 0 else FIRST_DAY
        _evaluate_group({k: v[rows] for k, v in columns.items()}, rows, day, out, system)
    return out


def _empty_output(n):
    out = {}
    for name, kind in output_columns():
        if kind == "date":
            out[name] = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
        elif kind == "euros":
            out[name] = np.full(n, np.nan)
        elif kind == "int":
            out[name] = np.zeros(n, dtype=np.int64)
        else:
            out[name] = np.full(n, "", dtype=object)
    return out


def _evaluate_group(columns, rows, day, out, system):
    simulation = DirectSimulation(columns, day, system=system)
    period = make_period(day.isoformat())
    for route_id in ROUTE_ORDER:
        rules = [(name, rule) for name, rule in _route_rules(route_id) if _shown(rule, day)]
        applies = np.asarray(simulation.calculate(next(n for n, r in rules if r.kind == "applicability"), period))
        blocking = [(r.id, np.asarray(simulation.calculate(n, period))) for n, r in rules if r.kind == "condition" and r.blocking]
        worst = np.min(np.stack([c for _, c in blocking]), axis=0) if blocking else np.full(len(rows), TRUE)
        verdict = np.where(applies == FALSE, NA, np.where((applies == TRUE) & (worst != UNKNOWN),
                                                          np.where(worst == TRUE, ELIGIBLE, NOT_ELIGIBLE), NEEDS))
        out[f"{route_id}.verdict"][rows] = VERDICTS[verdict]
        open_ = verdict != NA
        for name, rule in rules:
            if rule.kind == "deadline":
                values = np.asarray(simulation.calculate(name, period)).astype("datetime64[D]")
                out[f"{route_id}.deadline.{rule.id}"][rows] = np.where(open_, values, np.datetime64("NaT"))
            elif rule.kind == "cost":
                cents = np.asarray(simulation.calculate(name, period)).astype(np.int64)
                out[f"{route_id}.cost.{rule.id}"][rows] = np.where(open_ & (cents >= 0), cents / 100, np.nan)
        unmet = np.full(len(rows), "", dtype=object)
        for rule_id, column in blocking:
            hit = open_ & (column == FALSE)
            unmet[hit] = np.where(unmet[hit] == "", rule_id, unmet[hit] + ";" + rule_id)
        out[f"{route_id}.unmet"][rows] = unmet
