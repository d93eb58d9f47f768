"""Commands of the web side: ``sejour serve`` and ``sejour manage``."""

from __future__ import annotations

import os

import typer


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sejour.web.settings")
    import django

    django.setup()


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
              port: int = typer.Option(8000, "--port", help="Port to listen on.")):
        """Start the web app (the interview, the advisors' tracker, the API); migrations are applied first."""
        setup_django()
        from django.conf import settings
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        typer.echo(f"sejour: data in {settings.DATA_DIR}; database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
        typer.echo(f"sejour: open http://{host}:{port}/  (Ctrl+C to stop)")
        call_command("runserver", f"{host}:{port}", use_reloader=False, insecure_serving=True, skip_checks=True)

    @app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
    def manage(ctx: typer.Context):
        """Run a Django management command, e.g. ``sejour manage check --deploy``."""
        setup_django()
        from django.core.management import execute_from_command_line

        execute_from_command_line(["sejour manage", *ctx.args])
