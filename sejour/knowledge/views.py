"""The question box of the web pages: a GET form, answers rendered on the server."""

from django.shortcuts import render

from .ask import ask


def ask_page(request):
    from sejour.web.interview.presentation import page_language

    question = request.GET.get("q", "").strip()[:500]
    lang = page_language()
    result = ask(question, lang=lang) if question else None
    return render(request, "knowledge/ask.html", {"question": question, "result": result,
                                                  "facts_read": facts_read(result, lang) if result and result.get("covered") else []})


def facts_read(result: dict, lang: str) -> list[tuple[str, str]]:
    """The facts the question stated, as the interview's questions and answers (for the offer to
    start the interview with them)."""
    from sejour.web.interview.from_question import valid_facts
    from sejour.web.interview.questions import QUESTIONS
    from sejour.web.interview.reading import shown_value

    return [(QUESTIONS[path].label[lang], shown_value(QUESTIONS[path], value, lang))
            for path, value in valid_facts(result.get("facts") or {}).items() if path in QUESTIONS]
