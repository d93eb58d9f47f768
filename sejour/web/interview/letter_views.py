"""The letter page: « I want this letter ». Only when a letter is wanted does the interview ask who
signs it (name, address, date and place of birth, numéro d'étranger if any); the answer goes
straight into the PDF or DOCX of the response and nowhere else.

Why not stored at all: the letter is made in the same request as the form is sent, so nothing has
to outlive it. The identity is not saved in the interview, not cached, not logged (the view's POST
parameters are marked sensitive for Django's error reports; no log line names them), and a second
format is one more submission of the same form, which the browser keeps filled."""

from __future__ import annotations

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.debug import sensitive_post_parameters

from sejour.case import CaseError, parse_identity

from . import downloads
from .assessments import assessment as assessment_of
from .glossary import Glossary
from .models import Interview
from .presentation import page_language
from .reading import AnswerError, parse_date

FIELDS = ("given_name", "family_name", "address_1", "address_2", "postcode", "city", "birth_date", "birth_place", "foreigner_number")
FORMATS = ("pdf", "docx")


def _identity(post, lang, as_of) -> tuple[dict, dict[str, str]]:
    """The identity typed in the form, checked like the case's identity section: (identity, errors by field)."""
    typed = {name: " ".join(post.get(name, "").split()) for name in FIELDS}
    errors: dict[str, str] = {}
    data = {key: typed[key] for key in ("given_name", "family_name", "postcode", "city", "birth_place", "foreigner_number") if typed[key]}
    lines = [typed[name] for name in ("address_1", "address_2") if typed[name]]
    if lines:
        data["address_lines"] = lines
    if typed["birth_date"]:
        try:
            data["birth_date"] = parse_date(typed["birth_date"], lang).isoformat()
        except AnswerError as error:
            errors["birth_date"] = str(error)
    try:
        identity = parse_identity(data, as_of)
    except CaseError as error:
        for problem in error.problems:
            field = problem.path.split(".")[-1]
            errors.setdefault("address_1" if field == "address_lines" else field, problem.text(lang))
        identity = None
    return identity, errors


@sensitive_post_parameters()
def letter_page(request, token, letter_id):
    from sejour.documents import letters

    interview = get_object_or_404(Interview, token=token)
    lang = page_language()
    today = datetime.date.today()
    assessment = assessment_of(interview, lang, today)
    glossary = Glossary(lang)
    if letter_id not in letters.LETTER_TITLES:
        raise Http404("no such letter for this case")
    context = {"interview": interview, "letter_id": letter_id, "errors": {}, "values": {}, "title": glossary(letters.LETTER_TITLES[letter_id][lang])}
    if letter_id not in letters.letters_for(assessment):
        court = letters.court_instead(assessment, lang) if letter_id == "administrative_appeal" else None
        if court is None:
            raise Http404("no such letter for this case")
        context.update(court=court)
        return render(request, "interview/letter.html", context)
    context.update(description=glossary(letters.LETTER_DESCRIPTIONS[letter_id][lang]))
    if request.method == "POST":
        fmt = request.POST.get("format")
        identity, errors = _identity(request.POST, lang, today)
        if fmt in FORMATS and not errors:
            return downloads.letter_made(interview, letter_id, fmt, lang, identity, today)
        context.update(errors=errors, values={name: request.POST.get(name, "") for name in FIELDS})
        response = render(request, "interview/letter.html", context, status=400)
    else:
        response = render(request, "interview/letter.html", context)
    response["Cache-Control"] = "private, no-store"  # a page that may carry what the person typed
    return response
