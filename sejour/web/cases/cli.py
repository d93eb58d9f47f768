"""`sejour createadvisor`, `sejour remind`, `sejour cases ...`: thin wrappers of the management commands."""

from __future__ import annotations

import typer

PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def _run(name: str, args: list[str]) -> None:
    from sejour.web.cli import setup_django

    setup_django()
    from django.core.management import call_command
    from django.core.management.base import CommandError

    try:
        call_command("migrate", interactive=False, verbosity=0)
        call_command(name, *args)
    except CommandError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None


def _forward(action: str):
    def command(ctx: typer.Context):
        _run("cases", [action, *ctx.args])
    return command


def register(app: typer.Typer) -> None:
    cases = typer.Typer(help="The advisors' cases: reassess, import, export, person, outcomes.", no_args_is_help=True)

    @app.command(context_settings=PASS_THROUGH)
    def createadvisor(ctx: typer.Context):
        """Create an advisor: USERNAME --organisation NAME [--email E] [--create-organisation] [--api-tokens]."""
        _run("createadvisor", ctx.args)

    @app.command(context_settings=PASS_THROUGH)
    def createapitoken(ctx: typer.Context):
        """Issue an API token (printed once): NAME --organisation NAME; --revoke to revoke."""
        _run("createapitoken", ctx.args)

    @app.command(context_settings=PASS_THROUGH)
    def remind(ctx: typer.Context):
        """Deadlines within --days N (default 14), by advisor; --send emails them."""
        _run("remind", ctx.args)

    for action, doc in (("reassess", "Re-run every open case under the rules now in force; list the changes."),
                        ("import", "Import cases: FILE.csv|.jsonl|.parquet|.yaml... --organisation NAME [--advisor U] [--lang fr] [--dry-run]; all or nothing."),
                        ("export", "Export cases: --organisation NAME -o FILE.csv|.parquet|.yaml|.json."),
                        ("person", "Everything held about one person: NAME --organisation NAME [-o FILE]."),
                        ("outcomes", "Decisions recorded vs sejour's verdicts at filing: --organisation NAME [--csv FILE] (anonymised).")):
        cases.command(action, context_settings=PASS_THROUGH, help=doc)(_forward(action))
    app.add_typer(cases, name="cases")
