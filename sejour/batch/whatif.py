"""What-if: the same population under changed rules (an OpenFisca reform), and what changes."""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import yaml
from openfisca_core.reforms import Reform

from sejour.assessment import ROUTE_ORDER
from sejour.rules import tax_benefit_system
from sejour.rules.sources import all_parameters


class ReformError(ValueError):
    pass


@dataclass(frozen=True)
class Change:
    parameter: str
    value: object
    start: datetime.date


def parse_set(text: str, start: datetime.date) -> Change:
    """`PARAMETER=VALUE` (the value read as YAML: 2.0, true, 150)."""
    if "=" not in text:
        raise ReformError(f"--set {text!r}: expected PARAMETER=VALUE, e.g. employment.salary_floor_smic_multiple=2")
    name, raw = text.split("=", 1)
    return Change(name.strip(), yaml.safe_load(raw), start)


def read_reform_file(path: Path) -> list[Change]:
    """A YAML list of {parameter, value, from}."""
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ReformError(f"{path}: cannot be read ({error})") from None
    if not isinstance(items, list):
        raise ReformError(f"{path}: expected a list of {{parameter, value, from}}")
    changes = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not {"parameter", "value", "from"} <= set(item):
            raise ReformError(f"{path}, item {i}: expected the keys parameter, value and from")
        start = item["from"] if isinstance(item["from"], datetime.date) else datetime.date.fromisoformat(str(item["from"]))
        changes.append(Change(str(item["parameter"]), item["value"], start))
    return changes


def reformed_system(changes: list[Change]):
    names = {p.name: p for p in all_parameters()}
    for change in changes:
        if change.parameter not in names:
            import difflib

            close = difflib.get_close_matches(change.parameter, list(names), 1)
            raise ReformError(f"unknown parameter {change.parameter!r}" + (f"; did you mean {close[0]!r}?" if close else ""))

    class WhatIf(Reform):
        name = "what-if: " + ", ".join(f"{c.parameter}={c.value} from {c.start}" for c in changes)

        def apply(self):
            def modify(parameters):
                for change in changes:
                    node = parameters
                    for part in change.parameter.split("."):
                        node = node.children[part]
                    node.update(start=change.start.isoformat(), value=change.value)
                return parameters

            self.modify_parameters(modifier_function=modify)

    return WhatIf(tax_benefit_system())


@dataclass
class Comparison:
    changed: Counter = field(default_factory=Counter)  # (route, before, after) -> count
    examples: dict = field(default_factory=dict)  # route -> [row numbers]
    rows: int = 0

    def add(self, before: pa.Table, after: pa.Table):
        self.rows += before.num_rows
        rows = before.column("row").to_pylist()
        for route in ROUTE_ORDER:
            old, new = before.column(f"{route}.verdict").to_pylist(), after.column(f"{route}.verdict").to_pylist()
            for row, a, b in zip(rows, old, new):
                if a != b:
                    self.changed[(route, a, b)] += 1
                    if len(self.examples.setdefault(route, [])) < 5:
                        self.examples[route].append(row)

    def as_dict(self):
        return {"rows": self.rows, "changes": [{"route": r, "from": a, "to": b, "cases": n} for (r, a, b), n in sorted(self.changed.items())],
                "examples": self.examples}
