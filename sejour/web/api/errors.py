"""Reading a JSON body safely, and the API's error answers: 4xx naming the field, never a 500 traceback.

An error is a :class:`sejour.case_errors.Problem` (field, value, a catalogue wording); it is put
into words when answered, in the request's language (:func:`request_lang`), as
``{"field", "value", "message", "type"}`` (``type``: the wording's id, the same in every language)."""

from __future__ import annotations

import json
import logging

from django.core.exceptions import RequestDataTooBig

from sejour.case import CaseError, Problem, _show
from sejour.case_errors import Refused, Wording, either, say
from sejour.i18n import SOURCE, check_language, language_codes

from . import texts

log = logging.getLogger("sejour.api")
MAX_DEPTH = 20


class ApiError(Exception):
    def __init__(self, status: int, errors: list[Problem]):
        self.status, self.errors = status, errors
        super().__init__(errors)


def problem(path: str, wording: Wording, value=None) -> Problem:
    return Problem.said(path, value, wording)


def answered(problems: list[Problem], lang: str) -> list[dict]:
    """The problems as the API answers them, in `lang`."""
    return [{"field": p.path, "value": _jsonable(p.value), "message": p.text(lang), "type": p.type} for p in problems]


def checked_language(value: str) -> str:
    """`value` if sejour speaks it, else Refused (pydantic makes it a 422 naming the field)."""
    try:
        return check_language(value)
    except ValueError:
        raise Refused(say(texts.LANG, allowed=either(language_codes()))) from None


def request_lang(request) -> str:
    """The language of the request's messages: ``?lang=`` when sejour speaks it, else the language
    a view chose (a case's, a body's), else English."""
    asked = request.GET.get("lang")
    if asked:
        try:
            return check_language(asked)
        except ValueError:
            pass
    return getattr(request, "sejour_lang", None) or SOURCE


def _jsonable(value):
    try:
        json.dumps(value, allow_nan=False)
        return value
    except (TypeError, ValueError, OverflowError, RecursionError):
        return _show(value)


def case_errors(error: CaseError, prefix: str = "") -> ApiError:
    """The case's problems as a 422, their fields under `prefix` (e.g. "facts.")."""
    return ApiError(422, [Problem(prefix + p.path, p.value, p.message, p.wording) for p in error.problems])


def _depth(value, limit: int) -> bool:
    """True when `value` nests deeper than `limit` (iterative: no recursion on hostile input)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def _no_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def read_json(request) -> object:
    """The request's JSON body, or ApiError (415 wrong content type, 413 too big, 400 unreadable JSON)."""
    content_type = request.content_type or ""
    if content_type not in ("application/json", "") and not content_type.endswith("+json"):
        raise ApiError(415, [problem("<body>", say(texts.CONTENT_TYPE, kind=repr(content_type)))])
    try:
        body = request.body
    except RequestDataTooBig:
        raise ApiError(413, [problem("<body>", say(texts.TOO_LARGE))]) from None
    try:
        data = json.loads(body.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as error:
        raise ApiError(400, [problem("<body>", say(texts.NOT_UTF8, offset=error.start))]) from None
    except RecursionError:
        raise ApiError(400, [problem("<body>", say(texts.TOO_DEEP, most=MAX_DEPTH))]) from None
    except ValueError as error:  # JSONDecodeError, too many digits in an integer, NaN/Infinity
        raise ApiError(400, [problem("<body>", say(texts.NOT_JSON, reason=error))]) from None
    if _depth(data, MAX_DEPTH):
        raise ApiError(400, [problem("<body>", say(texts.TOO_DEEP, most=MAX_DEPTH))])
    return data

