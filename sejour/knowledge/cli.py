"""`sejour ask`: answers to a free-text question, from the sources only."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    from sejour.cli import lang_option
    from sejour.text import is_translation, translation_notice

    @app.command()
    def ask(question: str = typer.Argument(..., help="Your question (read best in English or French)."),
            as_json: bool = typer.Option(False, "--json", help="Print {covered, answers: [{id, question, answer, sources, route, aspect}], facts, as_of} as JSON."),
            lang: str = lang_option(help="Language of the answers"),
            case: Optional[Path] = typer.Option(None, "--case", help="A case file: the answers then use your own dates and figures."),
            top: int = typer.Option(3, "--top", min=1, max=10, help="How many answers at most.")):
        """Answer a question from sejour's sources (never invented); says so when they do not cover it."""
        from rich.console import Console

        from sejour.cli import _load

        from . import words
        from .ask import ask as run

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
        console.print("\n" + words.RULES_AS_OF[lang].format(day=result["as_of"]), style="dim", markup=False)
        if is_translation(lang):
            console.print(translation_notice(lang), style="dim", markup=False)
