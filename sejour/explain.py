"""The full reasoning behind one route: every rule's value, the variables and parameters it
used (from OpenFisca's tracer) and where each comes from."""

from __future__ import annotations

import numpy as np
from openfisca_core.periods import period as make_period
from rich.console import Console
from rich.tree import Tree

from .case import parse_case
from .dates import to_date
from .engine import CaseRows, simulate
from .rules import tax_benefit_system
from .rules.sources import cited_values
from .rules.tri import TRI_NAMES


def _display(variable, value) -> str:
    value = value[0] if isinstance(value, np.ndarray) and value.shape else value
    unit = getattr(variable, "unit", None)
    if isinstance(value, np.datetime64):
        day = to_date(value)
        return day.isoformat() if day else "unknown"
    if unit == "tri":
        return {True: "true", False: "false", None: "unknown"}[TRI_NAMES[int(value)]]
    if unit == "EUR-cents":
        return "unknown" if value < 0 else f"{value / 100:.2f} €"
    if getattr(variable, "possible_values", None) is not None:
        return variable.possible_values._member_names_[int(value)] if not hasattr(value, "name") else value.name
    return str(value)


def _add(tree: Tree, node, system, seen: set, nationality: str) -> None:
    variable = system.variables[node.name]
    branch = tree.add(f"[bold]{node.name}[/bold] = {_display(variable, node.value)}  [dim]{variable.label}[/dim]")
    if node.name in seen:
        return
    seen.add(node.name)
    by_country = [p for p in node.parameters if p.name.startswith("nationality.") and p.name.count(".") == 2]
    for parameter in node.parameters:
        if parameter in by_country and not parameter.name.endswith("." + nationality):
            continue  # a list by country: show the person's own
        branch.add(f"[cyan]parameter {parameter.name}[/cyan] = {parameter.value!r}")
    if by_country and not any(p.name.endswith("." + nationality) for p in by_country):
        branch.add(f"[cyan]parameter {by_country[0].name.rsplit('.', 1)[0]}[/cyan]: {nationality} is not listed")
    for child in node.children:
        _add(branch, child, system, seen, nationality)


def explain(case, route_id: str, console: Console | None = None) -> None:
    console = console or Console()
    case = parse_case(case)
    system = tax_benefit_system()
    if route_id not in system.registry.routes:
        raise KeyError(route_id)
    simulation = simulate(CaseRows(case, vary=False).arrays(), case.as_of, trace=True)
    period = make_period(case.as_of.isoformat())
    root = Tree(f"[bold]{system.registry.routes[route_id].title['en']}[/bold] on {case.as_of.isoformat()}")
    for name, rule in system.registry.rules(route_id):
        simulation.calculate(name, period)
    seen: set = set()
    trees = {node.name: node for node in simulation.tracer.trees}
    order = ("applicability", "condition", "deadline", "cost", "figure")
    for name, rule in sorted(system.registry.rules(route_id), key=lambda item: order.index(item[1].kind)):
        node = trees.get(name)
        if node is not None:
            branch = root.add(f"[magenta]{rule.kind} {rule.id}[/magenta]")
            _add(branch, node, system, seen, case.person.nationality)
            sources = branch.add("[green]sources[/green]")
            for reference in system.variables[node.name].reference or []:
                sources.add(reference)
            for value in cited_values(rule.parameters, case.as_of, case.person.nationality):
                sources.add(f"{value.path} = {value.value!r} since {value.since}: " + "; ".join(value.citations()))
    console.print(root)
