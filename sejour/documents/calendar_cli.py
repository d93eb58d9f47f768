"""`sejour calendar`: a case's deadlines still to come as an .ics calendar (a reminder a week before
each). A case with none gets a clear message, no file and exit code 1: never an empty calendar."""

from __future__ import annotations

from pathlib import Path

import typer

from sejour.i18n import N_

CALENDAR_NAME = N_("cli.calendar.name", "sejour: the deadlines")
NOTHING = N_("cli.calendar.nothing", "Nothing to put in a calendar: none of the routes checked for this case has a date still to come. "
                                     "No file was written.")
WROTE = N_("cli.calendar.wrote", "{count} deadline(s) written to {output}.")
NOT_ICS = N_("cli.calendar.not_ics", "--output: {name} does not end in .ics")


def register(app: typer.Typer) -> None:
    from sejour.cli import lang_option

    @app.command()
    def calendar(case: Path = typer.Argument(..., help="A case file, YAML or JSON."),
                 output: Path = typer.Option(..., "-o", "--output", help="Where to write the calendar; .ics."),
                 lang: str = lang_option("en", "Language of the events' texts")):
        """The case's deadlines still to come as an .ics calendar; none: a message, no file, exit code 1."""
        from sejour.assessment import assess
        from sejour.cli import _load
        from .calendar import calendar_events, to_ics

        if output.suffix.lower() != ".ics":
            typer.echo("error: " + NOT_ICS[lang].format(name=repr(output.name)), err=True)
            raise typer.Exit(2)
        events = calendar_events(assess(_load(case), lang=lang), lang)
        if not events:
            typer.echo(NOTHING[lang], err=True)
            raise typer.Exit(1)
        output.write_bytes(to_ics(events, name=CALENDAR_NAME[lang], uid_salt=str(case.resolve())))
        typer.echo(WROTE[lang].format(count=len(events), output=output))
