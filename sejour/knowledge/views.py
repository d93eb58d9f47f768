"""The question box of the web pages: a GET form, answers rendered on the server."""

from django.shortcuts import render
from django.utils.translation import get_language

from .ask import ask


def ask_page(request):
    question = request.GET.get("q", "").strip()[:500]
    lang = (get_language() or "en")[:2]
    result = ask(question, lang=lang) if question else None
    return render(request, "knowledge/ask.html", {"question": question, "result": result})
