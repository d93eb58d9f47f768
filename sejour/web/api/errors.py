"""Reading a JSON body safely, and the API's error answers: 4xx naming the field, never a 500 traceback."""

from __future__ import annotations

import json
import logging

from django.core.exceptions import RequestDataTooBig

from sejour.case import WHOLE_CASE, CaseError, Problem, _show

log = logging.getLogger("sejour.api")
MAX_DEPTH = 20


class ApiError(Exception):
    def __init__(self, status: int, errors: list[dict]):
        self.status, self.errors = status, errors
        super().__init__(errors)


def problem(path: str, message: str, value=None) -> dict:
    return {"field": path, "value": _jsonable(value), "message": message}


def _jsonable(value):
    try:
        json.dumps(value, allow_nan=False)
        return value
    except (TypeError, ValueError, OverflowError, RecursionError):
        return _show(value)


def case_errors(error: CaseError) -> ApiError:
    return ApiError(422, [problem(p.path, p.message, p.value) for p in error.problems])


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
        raise ApiError(415, [problem("<body>", f"content type {content_type!r}; expected application/json")])
    try:
        body = request.body
    except RequestDataTooBig:
        raise ApiError(413, [problem("<body>", "the body is too large; expected a case of a few kilobytes")]) from None
    try:
        data = json.loads(body.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError as error:
        raise ApiError(400, [problem("<body>", f"not UTF-8 (byte at offset {error.start}); expected JSON in UTF-8")]) from None
    except RecursionError:
        raise ApiError(400, [problem("<body>", f"nested too deeply; expected at most {MAX_DEPTH} levels")]) from None
    except ValueError as error:  # JSONDecodeError, too many digits in an integer, NaN/Infinity
        raise ApiError(400, [problem("<body>", f"not valid JSON: {error}")]) from None
    if _depth(data, MAX_DEPTH):
        raise ApiError(400, [problem("<body>", f"nested too deeply; expected at most {MAX_DEPTH} levels")])
    return data


def as_case_error(path: str, message: str, value=None) -> CaseError:
    return CaseError([Problem(path or WHOLE_CASE, value, message)])
