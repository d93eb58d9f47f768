"""The `sejour` command line: thin, everything goes through :func:`sejour.assess`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from .case import CaseError, load_case
from .i18n import check_language, language_codes

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Where a foreigner in France stands with the APS and the status changes around it.")
err = Console(stderr=True)


def _version(value: bool):
    if value:
        from . import __version__

        print(f"sejour {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit.")):
    """Where a foreigner in France stands with the APS and the status changes around it."""


def _load(path: Path, as_json: bool = False):
    try:
        return load_case(path)
    except CaseError as error:
        if as_json:
            print(json.dumps({"errors": [{"field": p.path, "value": _jsonable(p.value), "message": p.message} for p in error.problems]},
                             ensure_ascii=False, indent=2))
        sys.stderr.write(f"error: the case in {path} cannot be read ({len(error.problems)} problem(s)):\n")
        for problem in error.problems:
            sys.stderr.write(f"  {problem}\n")
        raise typer.Exit(2)


def _checked_language(value: str) -> str:
    try:
        return check_language(value, "--lang")
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def lang_option(default: str = "en", help: str = "Language of the texts") -> typer.models.OptionInfo:
    """The --lang option of every command: one of the languages sejour speaks (from the
    catalogue's list), else a clear error naming the option, the value and the languages."""
    return typer.Option(default, "--lang", callback=_checked_language, help=f"{help}: {', '.join(language_codes())}.")


def _jsonable(value):
    try:
        json.dumps(value)
        return value
    except (TypeError, ValueError):
        return repr(value)


@app.command()
def assess(case: Path = typer.Argument(..., help="A case file, YAML or JSON (see the case format)."),
           as_json: bool = typer.Option(False, "--json", help="Print the assessment as JSON (the contract)."),
           lang: str = lang_option()):
    """Assess a case: every route, its verdict, conditions, dates, documents and costs."""
    from .assessment import assess as run
    from .render import print_assessment

    loaded = _load(case, as_json)
    try:
        result = run(loaded, lang=lang)
    except Exception as error:  # a bug of ours, never the person's input: say so plainly
        sys.stderr.write(f"error: sejour could not assess {case} ({type(error).__name__}: {error}); please report it\n")
        raise typer.Exit(1) from None
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        print_assessment(result)


@app.command()
def explain(case: Path = typer.Argument(..., help="A case file, YAML or JSON."),
            route: str = typer.Argument(..., help="A route id, e.g. aps_graduate."),
            lang: str = lang_option()):
    """The full reasoning for one route: every condition, variable and parameter, with its source."""
    from .explain import explain as run
    from .rules import tax_benefit_system

    routes = list(tax_benefit_system().registry.routes)
    if route not in routes:
        err.print(f"error: ROUTE: unknown route {route!r}; expected one of {', '.join(routes)}")
        raise typer.Exit(2)
    run(_load(case), route, lang=lang)


# The other sides of sejour add their own commands (each module imports its heavy parts lazily).
from .web.cli import register as _register_web  # noqa: E402
from .batch.cli import register as _register_batch  # noqa: E402
from .knowledge.cli import register as _register_knowledge  # noqa: E402
from .documents.cli import register as _register_documents  # noqa: E402
from .documents.calendar_cli import register as _register_calendar  # noqa: E402
from .web.cases.cli import register as _register_cases  # noqa: E402
from .rules.freshness import register as _register_rules  # noqa: E402

for _register in (_register_web, _register_cases, _register_documents, _register_calendar, _register_batch, _register_knowledge, _register_rules):
    _register(app)


def main():
    """The `sejour` command as a process of its own. Once the command is done, the exit handlers
    run (files, logs, worker pools, servers are closed as usual), then the process ends without
    Python's own teardown of every module and object: measured 0.26 s for the modules a batch
    loads, a twentieth of a million-row batch."""
    import atexit
    import os

    try:
        app(prog_name="sejour")
        code = 0
    except SystemExit as exit_:
        code = exit_.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


if __name__ == "__main__":
    main()
