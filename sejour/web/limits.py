"""Two answers given before any view runs: 413 for a body over its size limit (on every endpoint,
the API's included), and no-store on pages that show a person's answers."""

from __future__ import annotations

import json

from django.conf import settings
from django.http import HttpResponse

PRIVATE_PREFIXES = ("/i/", "/advisor/", "/api/v1/cases", "/api/v1/assess", "/api/v1/ask", "/admin/")


def _limit(path: str) -> int:
    return next((size for prefix, size in settings.BODY_LIMITS.items() if path.startswith(prefix)), settings.DATA_UPLOAD_MAX_MEMORY_SIZE)


class BodySizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = _limit(request.path)
        if length > limit:
            return _too_large(request, limit)
        return self.get_response(request)


def _too_large(request, limit: int) -> HttpResponse:
    message = f"the body is too large: {int(request.META['CONTENT_LENGTH'])} bytes; expected at most {limit} bytes"
    if request.path.startswith("/api/"):
        body = json.dumps({"errors": [{"field": "<body>", "value": None, "message": message}]})
        return HttpResponse(body, status=413, content_type="application/json")
    return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")


class PrivatePagesMiddleware:
    """Interview pages, the advisors' workspace and the API's answers about a case are never kept
    by a browser or a proxy cache (they show a person's answers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(PRIVATE_PREFIXES) or request.path.startswith("/upload/"):
            response["Cache-Control"] = "private, no-store"
            response["Pragma"] = "no-cache"
        return response
