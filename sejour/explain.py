"""The full reasoning behind one route: every rule's value, the variables and parameters it
used (from OpenFisca's tracer) and where each comes from."""

from __future__ import annotations

import numpy as np
from openfisca_core.periods import period as make_period
from rich.console import Console
from rich.text import Text
from rich.tree import Tree

from .case import parse_case
from .dates import to_date
from .engine import CaseRows, simulate
from .i18n import N_
from .rules import tax_benefit_system
from .rules.sources import cited_values
from .rules.tri import TRI_NAMES
from .text import UNKNOWN, YES_NO, money

TITLE = N_("explain.title", "{route} on {day}")
PARAMETER = N_("explain.parameter", "parameter")
NOT_LISTED = N_("explain.not_listed", "{nationality} is not listed")
SOURCES = N_("explain.sources", "sources")
CITED = N_("explain.cited", "{path} = {value} since {since}: {citations}")


def _display(variable, value, lang: str) -> str:
    value = value[0] if isinstance(value, np.ndarray) and value.shape else value
    unit = getattr(variable, "unit", None)
    if isinstance(value, np.datetime64):
        day = to_date(value)
        return day.isoformat() if day else UNKNOWN[lang]
    if unit == "tri":
        return YES_NO[TRI_NAMES[int(value)]][lang]
    if unit == "EUR-cents":
        return UNKNOWN[lang] if value < 0 else money(value / 100, lang)
    if getattr(variable, "possible_values", None) is not None:
        return variable.possible_values._member_names_[int(value)] if not hasattr(value, "name") else value.name
    return str(value)


def _add(tree: Tree, node, system, seen: set, nationality: str, lang: str) -> None:
    variable = system.variables[node.name]
    branch = tree.add(Text.assemble((node.name, "bold"), f" = {_display(variable, node.value, lang)}  ", (variable.label, "dim")))
    if node.name in seen:
        return
    seen.add(node.name)
    by_country = [p for p in node.parameters if p.name.startswith("nationality.") and p.name.count(".") == 2]
    for parameter in node.parameters:
        if parameter in by_country and not parameter.name.endswith("." + nationality):
            continue  # a list by country: show the person's own
        branch.add(f"[cyan]{PARAMETER[lang]} {parameter.name}[/cyan] = {parameter.value!r}")
    if by_country and not any(p.name.endswith("." + nationality) for p in by_country):
        branch.add(f"[cyan]{PARAMETER[lang]} {by_country[0].name.rsplit('.', 1)[0]}[/cyan]: " + NOT_LISTED[lang].format(nationality=nationality))
    for child in node.children:
        _add(branch, child, system, seen, nationality, lang)


def explain(case, route_id: str, console: Console | None = None, lang: str = "en") -> None:
    """Print the trace of `route_id` for `case`: rule, variable and parameter names are the
    rules' own (this is the reasoning itself); their values and the words around them are in `lang`."""
    console = console or Console()
    case = parse_case(case)
    system = tax_benefit_system()
    if route_id not in system.registry.routes:
        raise KeyError(route_id)
    simulation = simulate(CaseRows(case, vary=False).arrays(), case.as_of, trace=True)
    period = make_period(case.as_of.isoformat())
    title = TITLE[lang].format(route=system.registry.routes[route_id].title[lang], day=case.as_of.isoformat())
    root = Tree(Text(title, style="bold"))
    for name, rule in system.registry.rules(route_id):
        simulation.calculate(name, period)
    seen: set = set()
    trees = {node.name: node for node in simulation.tracer.trees}
    order = ("applicability", "condition", "deadline", "cost", "figure")
    for name, rule in sorted(system.registry.rules(route_id), key=lambda item: order.index(item[1].kind)):
        node = trees.get(name)
        if node is not None:
            branch = root.add(f"[magenta]{rule.kind} {rule.id}[/magenta]")
            _add(branch, node, system, seen, case.person.nationality, lang)
            sources = branch.add(Text(SOURCES[lang], style="green"))
            for reference in system.variables[node.name].reference or []:
                sources.add(Text(reference))
            for value in cited_values(rule.parameters, case.as_of, case.person.nationality):
                sources.add(Text(CITED[lang].format(path=value.path, value=repr(value.value), since=value.since, citations="; ".join(value.citations(lang)))))
    console.print(root)
