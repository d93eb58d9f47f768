"""Commands of the web side: ``sejour serve`` and ``sejour manage``."""

from __future__ import annotations

import os
from pathlib import Path

import typer


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sejour.web.settings")
    import django

    django.setup()


def _warm_up() -> None:
    """Load the rules, the catalogues, each language's country names and date and money formats
    (Babel's data), the URLs with every view they lead to, and assess one case, in the master before
    the workers are forked: they share it, and the first person to come does not wait for it (the
    URLs alone, with the API and the tracker they import, were ~0.5 s of each worker's first page)."""
    import datetime

    from sejour import i18n
    from sejour.assessment import assess
    from sejour.documents import letters  # noqa: F401  (imported by the first result page otherwise)
    from sejour.text import long_date, money
    from sejour.web.interview.reading import country_options

    from django.template.loader import get_template
    from django.urls import get_resolver
    from django.utils import translation
    from django.utils.translation import trans_real

    for lang in i18n.language_codes():
        i18n.translation(lang)
        country_options(lang, None)
        long_date(datetime.date.today(), lang), money(1.0, lang)
        assess({"version": 1, "as_of": datetime.date.today().isoformat(), "person": {"nationality": "IN"}}, lang=lang)
        trans_real.translation(lang)  # Django's catalogue of the language, merged once
        with translation.override(lang):
            get_resolver().reverse_dict  # noqa: B018  (the URL patterns imported, their reversal prepared)
    for folder in Path(__file__).parent.glob("**/templates"):
        for template in folder.glob("**/*.html"):
            get_template(template.relative_to(folder).as_posix())  # compiled once, before the fork


def _before_fork() -> None:
    """The master's work before gunicorn forks the workers: the warm-up, then what it loaded (the
    rules, catalogues, templates: ~120,000 objects) frozen out of the garbage collector's reach:
    a worker's full collection scanned them all, ~100 ms of a page every few dozen pages."""
    import gc

    _warm_up()
    gc.collect()
    gc.freeze()


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
              port: int = typer.Option(8000, "--port", help="Port to listen on."),
              workers: int = typer.Option(0, "--workers", help="Worker processes (default: from the machine's cores)."),
              threads: int = typer.Option(0, "--threads", help="Threads per worker (default: 32)."),
              dev: bool = typer.Option(False, "--dev", help="Django's development server, reloading on code changes.")):
        """Start the web app (the interview, the advisors' tracker, the API) with a production
        server (gunicorn); migrations are applied first. --dev: Django's development server."""
        import sys

        from .paths import data_dir
        from .preflight import data_folder_problem

        from .interview.pdfs import renderer_nice, slots
        from .proxies import parse as parse_proxies
        from .server import pages_nice
        from .turns import at_once

        problem = data_folder_problem(data_dir(create=False))
        try:
            parse_proxies(os.environ.get("SEJOUR_TRUSTED_PROXIES", ""))
            for setting in (pages_nice, renderer_nice, at_once, slots):  # each says which and what was expected
                setting()
        except ValueError as error:
            problem = problem or str(error)
        if problem:
            typer.echo(f"sejour: cannot start: {problem}", err=True)
            raise typer.Exit(1)
        production_server = not dev and sys.platform != "win32"  # gunicorn runs on Unix only
        if production_server:
            os.environ["SEJOUR_COLLECTED_STATIC"] = "1"
        setup_django()
        from django.conf import settings
        from django.core.management import call_command
        from django.db import DatabaseError, connections

        try:
            call_command("migrate", interactive=False, verbosity=0)
            if production_server:
                call_command("collectstatic", interactive=False, verbosity=0)
        except (DatabaseError, OSError) as error:
            reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            typer.echo(f"sejour: cannot start: the database cannot be prepared ({reason})", err=True)
            raise typer.Exit(1) from None
        engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
        typer.echo(f"sejour: data in {settings.DATA_DIR}; database {engine}")
        typer.echo(f"sejour: open http://{host}:{port}/  (Ctrl+C to stop)")
        if not production_server:
            if not dev:
                typer.echo("sejour: gunicorn does not run on this platform: Django's server is used (for one person, not for a site)")
            call_command("runserver", f"{host}:{port}", use_reloader=dev, insecure_serving=True, skip_checks=True)
            return
        from . import server
        from .wsgi import application

        _before_fork()
        connections.close_all()  # each worker opens its own after the fork
        server.run(application, host, port, workers or None, threads or None)

    @app.command()
    def cleanup(older_than: str = typer.Option("", "--older-than", help="Age of the interviews to delete, e.g. 90d "
                                                  "(default: SEJOUR_INTERVIEW_RETENTION_DAYS, 90 days).")):
        """Delete abandoned interviews: those not changed for that long (their answers go with them)."""
        from .interview.retention import RetentionError, delete_abandoned, parse_age

        try:
            days = parse_age(older_than) if older_than else None
        except RetentionError as error:
            typer.echo(f"error: --older-than: {error}", err=True)
            raise typer.Exit(2) from None
        setup_django()
        count, days = delete_abandoned(days)
        typer.echo(f"sejour: {count} interview(s) not changed for {days} days deleted")

    @app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
    def manage(ctx: typer.Context):
        """Run a Django management command, e.g. ``sejour manage check --deploy``."""
        setup_django()
        from django.core.management import execute_from_command_line

        execute_from_command_line(["sejour manage", *ctx.args])
