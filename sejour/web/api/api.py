"""The JSON API, versioned under ``/api/v1/`` (django-ninja; OpenAPI at ``/api/v1/openapi.json``,
docs at ``/api/v1/docs``). Errors are JSON ``{"errors": [{"field", "value", "message"}]}``;
nothing answers with a traceback."""

from __future__ import annotations

import logging

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from sejour import __version__

from sejour.knowledge.api import router as ask_router

from sejour.case import problem_of
from sejour.case_errors import say

from . import case_outcomes, cases, public, texts
from .errors import ApiError, answered, problem, request_lang

log = logging.getLogger("sejour.api")

class SejourAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Ninja's schema, with the case format's models (the /assess and /cases bodies) as components."""
        schema = super().get_openapi_schema(*args, **kwargs)
        schema.setdefault("components", {}).setdefault("schemas", {}).update(public.CASE_SCHEMAS)
        _every_answer(schema)
        return schema

    def validation_error_from_error_contexts(self, error_contexts):
        """Ninja's errors, with what it drops put back: the value refused and the reason's own
        exception (its wording, to answer in the request's language; see on_validation_error)."""
        error = super().validation_error_from_error_contexts(error_contexts)
        originals = [item for context in error_contexts for item in context.pydantic_validation_error.errors(include_url=False)]
        for item, original in zip(error.errors, originals):
            item.update((key, original[key]) for key in ("input", "ctx") if key in original)
        return error


def _every_answer(schema: dict) -> None:
    """Answers every operation may give besides its own: 422 (a parameter or body refused), 413
    (a body too large), 503 (the data folder cannot be written), 401 where a token is needed,
    400 and 415 where a body is read."""
    errors = {"$ref": "#/components/schemas/Errors"}
    schema["components"]["schemas"].setdefault("Errors", {
        "type": "object", "required": ["errors"], "properties": {"errors": {"type": "array", "items": {
            "type": "object", "required": ["field", "message"],
            "properties": {"field": {"type": "string"}, "value": {}, "message": {"type": "string"},
                           "type": {"type": ["string", "null"]}}}}}})
    texts = {"400": "The body is not readable JSON", "415": "The body is not JSON", "401": "No valid API token", "413": "The body is too large", "422": "A parameter or the body is refused",
             "503": "sejour cannot save its data at the moment"}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            codes = ["422", "413", "503"] + (["401"] if operation.get("security") else []) + (
                ["400", "415"] if "requestBody" in operation else [])
            # ninja's own codes are numbers: as strings, so that JSON has each key once (Swagger UI refuses duplicates)
            operation["responses"] = {str(code): answer for code, answer in operation["responses"].items()}
            for code in codes:
                operation["responses"].setdefault(code, {"description": texts[code], "content": {"application/json": {"schema": errors}}})


api = SejourAPI(title="sejour API", version="1", description=f"sejour {__version__}: the APS and the status changes around it, with sources.",
               urls_namespace="api-v1")
api.add_router("/", public.router)
api.add_router("/", cases.router)
api.add_router("/", case_outcomes.router)
api.add_router("/ask", ask_router)  # GET /api/v1/ask, POST /api/v1/ask (sejour.knowledge)


def _errors(request, status: int, problems: list):
    """An error answer, its messages in the request's language."""
    return api.create_response(request, {"errors": answered(problems, request_lang(request))}, status=status)


@api.exception_handler(ApiError)
def on_api_error(request, exc: ApiError):
    return _errors(request, exc.status, exc.errors)


@api.exception_handler(ValidationError)
def on_validation_error(request, exc: ValidationError):
    """Ninja's own checks (query and path parameters): the parameter's name, dotted, the value and
    the reason, from the catalogue as the case format's (sejour.case.problem_of)."""
    errors = []
    for error in exc.errors:
        location = [str(part) for part in error.get("loc", ())]
        location = location[1:] if location and location[0] in ("query", "path", "body", "header") else location
        if len(location) > 1 and location[0] in ("query", "path"):  # the parameters' schema: its fields
            location = location[1:]
        found = problem_of({**error, "loc": tuple(location)})
        errors.append(found if location else problem("<request>", found.wording, found.value))
    return _errors(request, 422, errors)


@api.exception_handler(AuthenticationError)
def on_auth_error(request, exc):
    response = _errors(request, 401, [problem("Authorization", say(texts.TOKEN))])
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Http404)
def on_not_found(request, exc):
    return _errors(request, 404, [problem("<path>", say(texts.NOT_FOUND))])


@api.exception_handler(HttpError)
def on_http_error(request, exc: HttpError):
    return _errors(request, exc.status_code, [problem("<request>", say(texts.REFUSED, reason=exc))])


@api.exception_handler(Exception)
def on_anything_else(request, exc):
    """A bug of ours: logged by type and place only (no request data), answered without a traceback."""
    from sejour.web.preflight import is_storage_error, report

    if is_storage_error(exc):  # the data folder is full or read-only: the operator is told, the client may retry
        report(exc)
        return _errors(request, 503, [problem("<server>", say(texts.CANNOT_SAVE))])
    log.error("API error %s on %s %s", type(exc).__name__, request.method, request.resolver_match.route if request.resolver_match else "?")
    return _errors(request, 500, [problem("<server>", say(texts.FAILED))])
