"""`sejour ask`: answers to a free-text question, from the sources only."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def ask(question: str = typer.Argument(..., help="Your question, in English or French."),
            as_json: bool = typer.Option(False, "--json", help="Print {covered, answers: [{id, question, answer, sources, route, aspect}], facts, as_of} as JSON."),
            lang: str = typer.Option("en", "--lang", help="Language of the answers: en or fr."),
            case: Optional[Path] = typer.Option(None, "--case", help="A case file: the answers then use your own dates and figures."),
            top: int = typer.Option(3, "--top", min=1, max=10, help="How many answers at most.")):
        """Answer a question from sejour's sources (never invented); says so when they do not cover it."""
        from rich.console import Console

        from sejour.cli import _load

        from .ask import ask as run

        if lang not in ("en", "fr"):
            typer.echo(f"error: --lang: {lang!r} is not a language sejour speaks; expected 'en' or 'fr'", err=True)
            raise typer.Exit(2)
        loaded = _load(case, as_json) if case is not None else None
        result = run(question, lang=lang, case=loaded, top=top)
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            return
        console = Console(highlight=False)
        if not result["covered"]:
            console.print(result["message"], style="bold yellow", markup=False)
        for i, answer in enumerate(result["answers"], start=1):
            console.print(f"\n{i}. {answer['question']}", style="bold", markup=False)
            console.print(answer["answer"], markup=False)
            for source in answer["sources"]:
                console.print(f"  - {source}", style="dim", markup=False)
        console.print(("\nRules as of " if lang == "en" else "\nRègles au ") + result["as_of"] + (" — sejour explains the rules; the préfecture decides." if lang == "en"
                      else " — sejour explique les règles ; la préfecture décide."), style="dim", markup=False)
