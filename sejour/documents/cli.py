"""`sejour letter`: a letter a case needs, as PDF or DOCX: in French, with a translation to help
in the language asked (French: the letter alone)."""

from __future__ import annotations

import datetime
from pathlib import Path

import typer

from sejour.i18n import N_

NOT_PROTECTED = N_("cli.letter.gracieux_does_not_protect",
                   "A recours gracieux would not protect you: the refusal came with an obligation to leave France (OQTF), "
                   "whose delay only an appeal to the tribunal administratif stops (by {deadline}). See a lawyer.")
NOT_NEEDED = N_("cli.letter.not_needed", "This case does not need this letter: what it serves is not open to you ({routes}).")


def register(app: typer.Typer) -> None:
    from sejour.cli import lang_option

    @app.command()
    def letter(case: Path = typer.Argument(..., help="A case file, YAML or JSON."),
               letter_id: str = typer.Argument(..., help="volunteer_undertaking, change_of_status_request or administrative_appeal."),
               output: Path = typer.Option(..., "-o", "--output", help="Where to write it; .pdf or .docx."),
               lang: str = lang_option("fr", "The letter is in French (the one to send); in another language, a translation "
                                             "to help you follows it"),
               given_name: str = typer.Option(None, "--given-name", help="Your first name(s)."),
               family_name: str = typer.Option(None, "--family-name", help="Your family name."),
               address: list[str] = typer.Option(None, "--address", help="A line of your address (street...); repeat for each line."),
               postcode: str = typer.Option(None, "--postcode", help="Your postcode, 5 digits."),
               city: str = typer.Option(None, "--city", help="Your town: the letter is dated from it."),
               birth_date: str = typer.Option(None, "--birth-date", help="Your date of birth, YYYY-MM-DD."),
               birth_place: str = typer.Option(None, "--birth-place", help="Your place of birth."),
               foreigner_number: str = typer.Option(None, "--foreigner-number", help="Your numéro d'étranger, 9 or 10 digits (optional).")):
        """Write a letter the case needs, filled with its facts and the assessment's dates.

        Who signs it comes from these options, else from the case's identity section; what is in
        neither is left blank to fill by hand. None of it is logged or kept."""
        from sejour.assessment import assess
        from sejour.cli import _load

        from .letters import LETTER_LANGUAGE, NEEDED_BY, gracieux_protects, letter_docx, letter_pdf, letters_for

        if letter_id not in NEEDED_BY:
            typer.echo(f"error: LETTER_ID: {letter_id!r} is not a letter; expected one of {', '.join(NEEDED_BY)}", err=True)
            raise typer.Exit(2)
        if output.suffix not in (".pdf", ".docx"):
            typer.echo(f"error: --output: {output.name!r} does not end in .pdf or .docx", err=True)
            raise typer.Exit(2)
        loaded = _load(case)
        given = {"given_name": given_name, "family_name": family_name, "address_lines": address or None, "postcode": postcode,
                 "city": city, "birth_date": birth_date, "birth_place": birth_place, "foreigner_number": foreigner_number}
        identity = _identity(loaded, {key: value for key, value in given.items() if value is not None}, lang)
        assessment = assess(loaded, lang=LETTER_LANGUAGE)
        routes = {r["id"]: r for r in assessment["routes"]}
        if letter_id == "administrative_appeal" and gracieux_protects(assessment) is False:
            from sejour.text import UNKNOWN, long_date

            file_by = next((d["date"] for d in routes["appeal"]["deadlines"] if d["id"] == "file_by"), None)
            deadline = long_date(datetime.date.fromisoformat(file_by), lang) if file_by else UNKNOWN[lang]
            typer.echo("error: " + NOT_PROTECTED[lang].format(deadline=deadline), err=True)
            raise typer.Exit(2)
        if letter_id not in letters_for(assessment):
            from sejour.rules import tax_benefit_system

            titles = ", ".join(tax_benefit_system().registry.routes[r].title[lang] for r in NEEDED_BY[letter_id])
            typer.echo("error: " + NOT_NEEDED[lang].format(routes=titles), err=True)
            raise typer.Exit(2)
        make = letter_pdf if output.suffix == ".pdf" else letter_docx
        output.write_bytes(make(letter_id, loaded, assessment, lang, identity))
        typer.echo(f"wrote {output}")


def _identity(case, options: dict, lang: str):
    """The case's identity section with the options over it, checked (exit 2 naming the option)."""
    from sejour.case import CaseError, parse_identity

    if not options:
        return case.identity
    merged = dict(case.identity.model_dump(exclude_none=True) if case.identity else {}, **options)
    try:
        return parse_identity(merged, case.as_of)
    except CaseError as error:
        for problem in error.problems:
            option = "--" + problem.path.split(".")[-1].replace("_", "-").replace("address-lines", "address")
            typer.echo(f"error: {option}: {problem.text(lang)}" + (f" ({problem.value!r})" if problem.value is not None else ""), err=True)
        raise typer.Exit(2) from None
