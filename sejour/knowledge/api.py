"""`GET /api/v1/ask?q=...&lang=<a language sejour speaks>` (and `POST` with a case, for personalised answers)."""

from __future__ import annotations

from typing import Any, Optional

from ninja import Router, Schema

from sejour.i18n import SOURCE, language_codes

from .ask import ask

router = Router(tags=["ask"])


class Answer(Schema):
    id: str
    question: str
    answer: str
    sources: list[str]
    route: Optional[str] = None
    aspect: Optional[str] = None


class Answers(Schema):
    covered: bool
    answers: list[Answer]
    message: Optional[str] = None
    facts: dict[str, Any] = {}
    as_of: Optional[str] = None


class Question(Schema):
    q: str
    lang: str = "en"
    case: Optional[dict[str, Any]] = None


def _lang(lang: str) -> str:
    """The language asked if sejour speaks it, else English (the source texts)."""
    return lang if lang in language_codes() else SOURCE


@router.get("", response=Answers, summary="Answers to a question, from the sources only")
def ask_get(request, q: str, lang: str = "en", top: int = 3):
    return ask(q[:500], lang=_lang(lang), top=max(1, min(top, 10)))


@router.post("", response=Answers, summary="Answers personalised with a case")
def ask_post(request, payload: Question):
    """A bad case answers 422 with each problem's field, value and reason (as POST /assess does)."""
    from sejour.case import CaseError
    from sejour.web.api.errors import case_errors

    try:
        return ask(payload.q[:500], lang=_lang(payload.lang), case=payload.case)
    except CaseError as error:
        raise case_errors(error) from None
