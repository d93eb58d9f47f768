"""`sejour rules status`: how fresh each parameter is, so the next review knows where to look.

For every parameter: the day its last value came into force, the day that value was last checked
against a source (`checked_on`), and the notes of what no source confirmed (`unconfirmed`, on any
of its values); oldest check first.
"""

from __future__ import annotations

from dataclasses import dataclass

from .sources import all_parameters


@dataclass(frozen=True)
class Freshness:
    path: str
    last_value_since: str
    last_value: object
    checked_on: str | None  # the last value's check, or None when it has none
    references: tuple[str, ...]
    unconfirmed: tuple[str, ...]  # (day of the value, note) rendered as "day: note"


def _metadata(at) -> dict:
    return at.metadata or {}


def freshness() -> list[Freshness]:
    """Every parameter, oldest check first (a parameter never checked comes first)."""
    rows = []
    for parameter in all_parameters():
        values = parameter.values_list  # newest first
        last = values[0]
        metadata = _metadata(last)
        references = metadata.get("reference") or parameter.metadata.get("reference") or []
        references = (references,) if isinstance(references, str) else tuple(references)
        notes = tuple(f"{at.instant_str}: {_metadata(at)['unconfirmed']}" for at in reversed(values) if _metadata(at).get("unconfirmed"))
        checked = metadata.get("checked_on")
        rows.append(Freshness(parameter.name, last.instant_str, last.value, str(checked) if checked else None, references, notes))
    return sorted(rows, key=lambda row: (row.checked_on or "", row.path))


def problems() -> list[str]:
    """Every dated value lacking a reference or a checked_on, as 'path@day: what is missing'."""
    found = []
    for parameter in all_parameters():
        for at in parameter.values_list:
            metadata = _metadata(at)
            for key in ("reference", "checked_on"):
                if not metadata.get(key):
                    found.append(f"{parameter.name}@{at.instant_str}: no {key}")
    return found


def register(app):
    import typer

    rules = typer.Typer(help="The rules themselves: how fresh their sources are.", no_args_is_help=True)

    @rules.command("status")
    def status(as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table.")):
        """List every parameter with its last value's date, its checked_on and its UNCONFIRMED notes, oldest check first."""
        import json

        from rich.console import Console
        from rich.table import Table

        rows = freshness()
        if as_json:
            print(json.dumps([row.__dict__ for row in rows], ensure_ascii=False, indent=1, default=str))
        else:
            table = Table("parameter", "last value since", "value", "checked_on", "UNCONFIRMED")
            for row in rows:
                table.add_row(row.path, row.last_value_since, str(row.last_value), row.checked_on or "never", "\n".join(row.unconfirmed))
            Console(width=200).print(table)
        missing = problems()
        if missing:
            print("\n".join(["Values without a reference or a checked_on:"] + missing))
            raise typer.Exit(1)

    app.add_typer(rules, name="rules")
