"""``/api/v1/cases``: an organisation's cases for programs, with a bearer API token.

A token sees only its organisation's cases: another organisation's case answers 404, as if absent.

Two programs (or a program and an advisor) changing one case's facts at the same moment never
overwrite each other: a case has a version (in its body and its ETag), and ``PUT .../facts``
says which version it was written from (``If-Match: "3"`` or ``?version=3``); if the facts
changed since, nothing is saved and the answer is 409 with the current case, to apply the change
to and send again. A PUT that names no version is refused (428): it would overwrite blindly.
"""

from __future__ import annotations

from django.db import transaction
from django.http import HttpResponse
from ninja import Query, Router, Schema
from ninja.security import HttpBearer

from sejour.case import CaseError
from sejour.case_errors import either, say
from sejour.i18n import language_codes
from sejour.web.cases import services
from sejour.web.cases.models import ApiToken, Case, token_hash

from . import texts
from .errors import ApiError, answered, case_errors, problem, read_json, request_lang
from .public import CASE_BODY, CASE_REF, ERRORS, EXAMPLE, ErrorItem, Errors, LangQuery

TOKEN_PREFIX = "sej_"
MAX_PAGE = 500


class TokenAuth(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request, token):
        if not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            return None
        found = ApiToken.objects.select_related("organisation").filter(key_hash=token_hash(token), revoked=False).first()
        return found


router = Router(tags=["cases"], auth=TokenAuth())


class CaseOut(Schema):
    id: int
    person_name: str
    lang: str
    closed: bool
    version: int
    next_deadline: str | None
    facts: dict
    assessment: dict


class Conflict(Schema):
    errors: list[ErrorItem]
    case: CaseOut


class FactsVersion(LangQuery):
    version: int | None = None  # the case version the facts were written from (or If-Match)


class CaseSummary(Schema):
    id: int
    person_name: str
    next_deadline: str | None
    verdicts: dict


def _out(case: Case) -> dict:
    return {"id": case.pk, "person_name": case.person_name, "lang": case.lang, "closed": case.closed, "version": case.version,
            "next_deadline": case.next_deadline.isoformat() if case.next_deadline else None,
            "facts": case.facts, "assessment": case.assessment}


def _get(request, case_id: int) -> Case:
    case = Case.objects.filter(pk=case_id, organisation=request.auth.organisation).first() if 0 < case_id < 2**62 else None
    if case is None:
        raise ApiError(404, [problem("case_id", say(texts.NO_CASE), case_id)])
    return case


def _who(request) -> str:
    return f"api token {request.auth.name}"[:150]


def _body(request) -> dict:
    data = read_json(request)
    if not isinstance(data, dict):
        raise ApiError(422, [problem("<body>", say(texts.NOT_AN_OBJECT, kind=type(data).__name__), data)])
    return data


NEW_CASE = {"requestBody": {"required": True, "content": {"application/json": {"schema": {
    "type": "object", "required": ["person_name", "facts"], "additionalProperties": False,
    "properties": {"person_name": {"type": "string", "minLength": 1, "maxLength": 200},
                   "lang": {"type": "string", "enum": list(language_codes()), "description": "The language of the assessment"},
                   "facts": CASE_REF}}, "example": {"person_name": "Priya", "facts": EXAMPLE}}}}}


@router.get("/cases", response=list[CaseSummary], summary="The organisation's cases: overdue and next deadline first",
            description="A list of the organisation's cases, as ever, sorted as the advisors' list: by the earliest deadline of a route "
                        "still open (missed ones first), cases without a deadline last, then by id. With `limit` (1 to 500), one page "
                        "of it from `offset`: the header `X-Total-Count` gives how many cases there are in all, and `Link` "
                        "(rel=\"next\") the next page while there is one. Without `limit`, every case (prefer pages above a few hundred).")
def list_cases(request, response: HttpResponse,
               limit: int | None = Query(None, ge=1, le=MAX_PAGE, description=f"Cases per page, 1 to {MAX_PAGE}; every case when left out"),
               offset: int = Query(0, ge=0, le=2**31, description="How many cases to skip")):
    cases = Case.objects.filter(organisation=request.auth.organisation)
    count = cases.count()
    ordered = cases.order_by("due_on", "pk").only("pk", "person_name", "next_deadline", "assessment")
    page = ordered[offset:offset + limit] if limit else ordered[offset:]
    response["X-Total-Count"] = str(count)
    if limit and offset + limit < count:
        response["Link"] = f'<{request.path}?limit={limit}&offset={offset + limit}>; rel="next"'
    return [{"id": c.pk, "person_name": c.person_name, "next_deadline": c.next_deadline.isoformat() if c.next_deadline else None,
             "verdicts": {route: item["verdict"] for route, item in services.summary(c.assessment).items()}} for c in page]


@router.post("/cases", response={201: CaseOut, **ERRORS}, openapi_extra=NEW_CASE, summary="Create a case (assessed at once)")
def create_case(request):
    data = _body(request)
    lang = _language(request, data.get("lang", "en"))
    unknown = sorted(set(data) - {"person_name", "lang", "facts"})
    if unknown:
        raise ApiError(422, [problem(key, say(texts.UNKNOWN_KEY, known="person_name, facts, lang")) for key in unknown])
    name = data.get("person_name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise ApiError(422, [problem("person_name", say(texts.PERSON_NAME), name)])
    facts = data.get("facts")
    if not isinstance(facts, dict):
        raise ApiError(422, [problem("facts", say(texts.FACTS), facts)])
    try:
        case = services.create_case(request.auth.organisation, facts, name.strip(), _who(request), lang=lang)
    except CaseError as error:
        raise case_errors(error, prefix="facts.") from None
    return 201, _out(case)


def _language(request, lang) -> str:
    """The body's language of the assessment (a language of the catalogue, kept with the case);
    the messages' too, unless ?lang= says otherwise."""
    if not isinstance(lang, str) or lang not in language_codes():
        raise ApiError(422, [problem("lang", say(texts.LANG, allowed=either(language_codes())), lang)])
    request.sejour_lang = lang
    return lang


def _tagged(response: HttpResponse, case: Case) -> HttpResponse:
    response["ETag"] = f'"{case.version}"'
    return response


@router.get("/cases/{case_id}", response={200: CaseOut, 404: Errors}, summary="One case with its assessment (ETag: its version)")
def get_case(request, response: HttpResponse, case_id: int):
    case = _get(request, case_id)
    _tagged(response, case)
    return _out(case)


def _expected(request, query: FactsVersion) -> int:
    """The version the new facts were written from: If-Match ("3", W/"3" or 3) or ?version=3."""
    header = request.headers.get("If-Match")
    from_header = None
    if header is not None:
        text = header.strip().removeprefix("W/").strip('"')
        if not text.isdigit() or len(text) > 12:
            raise ApiError(422, [problem("If-Match", say(texts.IF_MATCH), header)])
        from_header = int(text)
    if from_header is not None and query.version is not None and from_header != query.version:
        raise ApiError(422, [problem("version", say(texts.TWO_VERSIONS, version=from_header), query.version)])
    expected = from_header if from_header is not None else query.version
    if expected is None:
        raise ApiError(428, [problem("If-Match", say(texts.NO_VERSION))])
    return expected


FACTS_ANSWERS = {200: CaseOut, 404: Errors, 409: Conflict, 428: Errors, **ERRORS}
IF_MATCH = {"parameters": [{"in": "header", "name": "If-Match", "required": False, "schema": {"type": "string"},
                            "description": 'The case\'s ETag when its facts were read, e.g. "3" (or ?version=3)'}]}


@router.put("/cases/{case_id}/facts", response=FACTS_ANSWERS, openapi_extra={**CASE_BODY, **IF_MATCH},
            summary="Replace the case's facts, written from a given version (If-Match or ?version=); re-assessed at once",
            description="409 with the current case when the facts changed since that version (nothing saved); "
                        "428 when no version is given.")
def put_facts(request, response: HttpResponse, case_id: int, query: Query[FactsVersion]):
    case = _get(request, case_id)
    request.sejour_lang = case.lang  # the case's language for its messages, unless ?lang= says otherwise
    data = _body(request)
    expected = _expected(request, query)
    try:
        with transaction.atomic():
            services.change_facts(case, data, _who(request), expected=expected)
    except CaseError as error:
        raise case_errors(error) from None
    except services.ChangedMeanwhile:
        current = _get(request, case_id)
        conflict = problem("version", say(texts.CHANGED_MEANWHILE, version=current.version), expected)
        _tagged(response, current)
        return 409, {"errors": answered([conflict], request_lang(request)), "case": _out(current)}
    _tagged(response, case)
    return _out(case)


@router.delete("/cases/{case_id}", response={204: None, 404: Errors},
               summary="Delete a case with its notes, history, decisions and documents (the person's right of erasure; "
                       "only the fact that the case number was deleted is kept)")
def delete_case(request, case_id: int):
    services.erase_case(_get(request, case_id), _who(request))
    return 204, None
