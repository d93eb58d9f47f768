"""`sejour letter`: a letter a case needs, as PDF or DOCX."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def letter(case: Path = typer.Argument(..., help="A case file, YAML or JSON."),
               letter_id: str = typer.Argument(..., help="volunteer_undertaking, change_of_status_request or administrative_appeal."),
               output: Path = typer.Option(..., "-o", "--output", help="Where to write it; .pdf or .docx."),
               lang: str = typer.Option("fr", "--lang", help="fr (the one to send) or en (a translation to help)."),
               name: str = typer.Option("", "--name", help="Your full name, printed on the letter.")):
        """Write a letter the case needs, filled with its facts and the assessment's dates."""
        from sejour.assessment import assess
        from sejour.cli import _load

        from .letters import NEEDED_BY, gracieux_protects, letter_docx, letter_pdf, letters_for

        if letter_id not in NEEDED_BY:
            typer.echo(f"error: LETTER_ID: {letter_id!r} is not a letter; expected one of {', '.join(NEEDED_BY)}", err=True)
            raise typer.Exit(2)
        if lang not in ("en", "fr") or output.suffix not in (".pdf", ".docx"):
            typer.echo(f"error: expected --lang en|fr (got {lang!r}) and an output ending in .pdf or .docx (got {output.name!r})", err=True)
            raise typer.Exit(2)
        loaded = _load(case)
        assessment = assess(loaded, lang=lang)
        if letter_id == "administrative_appeal" and gracieux_protects(assessment) is False:
            file_by = next((d["date"] for r in assessment["routes"] if r["id"] == "appeal" for d in r["deadlines"] if d["id"] == "file_by"), None)
            typer.echo("error: a recours gracieux would not protect you: the refusal came with an obligation to leave France (OQTF), "
                       f"whose delay only an appeal to the tribunal administratif stops (by {file_by}); see a lawyer", err=True)
            raise typer.Exit(2)
        if letter_id not in letters_for(assessment):
            verdicts = ", ".join(f"{r['id']}: {r['verdict']}" for r in assessment["routes"] if r["id"] in NEEDED_BY[letter_id])
            typer.echo(f"error: this case does not need the letter {letter_id} (the route it serves is not open: {verdicts})", err=True)
            raise typer.Exit(2)
        make = letter_pdf if output.suffix == ".pdf" else letter_docx
        output.write_bytes(make(letter_id, loaded, assessment, lang, {"name": name} if name else None))
        typer.echo(f"wrote {output}")
