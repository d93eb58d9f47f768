"""`GET /api/v1/ask?q=...&lang=en|fr` (and `POST` with a case, for personalised answers)."""

from __future__ import annotations

from typing import Any, Optional

from ninja import Router, Schema

from .ask import ask

router = Router(tags=["ask"])


class Answer(Schema):
    id: str
    question: str
    answer: str
    sources: list[str]


class Answers(Schema):
    covered: bool
    answers: list[Answer]
    message: Optional[str] = None


class Question(Schema):
    q: str
    lang: str = "en"
    case: Optional[dict[str, Any]] = None


def _lang(lang: str) -> str:
    return lang if lang in ("en", "fr") else "en"


@router.get("", response=Answers, summary="Answers to a question, from the sources only")
def ask_get(request, q: str, lang: str = "en", top: int = 3):
    return ask(q[:500], lang=_lang(lang), top=max(1, min(top, 10)))


@router.post("", response={200: Answers, 422: dict}, summary="Answers personalised with a case")
def ask_post(request, payload: Question):
    from sejour.case import CaseError

    try:
        return ask(payload.q[:500], lang=_lang(payload.lang), case=payload.case)
    except CaseError as error:
        return 422, {"detail": [{"loc": ["body", "case", *p.path.split(".")], "msg": p.message, "value": repr(p.value)[:100]} for p in error.problems]}
