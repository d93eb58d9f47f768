"""The public, read-only part of the API: assess a case, the routes, the parameters with their sources."""

from __future__ import annotations

from typing import Annotated

from ninja import Query, Router, Schema
from pydantic import AfterValidator, WithJsonSchema

from sejour import assess as run_assess
from sejour.case import Case, CaseError, parse_case
from sejour.case_errors import say
from sejour.i18n import SOURCE, language_codes

from . import texts
from .errors import ApiError, case_errors, checked_language, problem, read_json

router = Router(tags=["rules"])
# A language of the catalogue (sejour/locale/languages.toml): the schema lists them; another is a 422 naming the field.
Lang = Annotated[str, AfterValidator(checked_language),
                 WithJsonSchema({"type": "string", "enum": list(language_codes()), "default": SOURCE,
                                 "description": "The language of the texts and of the error messages"})]


class LangQuery(Schema):
    lang: Lang = SOURCE


class ErrorItem(Schema):
    field: str
    value: object = None
    message: str
    type: str | None = None  # the message's id, the same in every language


class Errors(Schema):
    errors: list[ErrorItem]


EXAMPLE = {"version": 1, "as_of": "2015-06-16", "person": {"nationality": "IN", "in_france": True, "departement": "75"},
           "permit": {"kind": "student", "expires_on": "2015-09-30"},
           "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True,
                       "obtained_on": "2015-06-01", "enrolled_next_year": False}}
# The case format's JSON schema, published as components (see SejourAPI in api.py) and referenced.
CASE_SCHEMAS = Case.model_json_schema(ref_template="#/components/schemas/{model}")
CASE_SCHEMAS = {**CASE_SCHEMAS.pop("$defs"), "Case": CASE_SCHEMAS}
CASE_REF = {"$ref": "#/components/schemas/Case"}
CASE_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": CASE_REF, "example": EXAMPLE}}}}
ERRORS = {400: Errors, 413: Errors, 415: Errors, 422: Errors}


def assess_body(request, lang: str) -> dict:
    """Read, check and assess the case in the request body: exactly `sejour assess --json`."""
    data = read_json(request)
    if not isinstance(data, dict):
        raise ApiError(422, [problem("<case>", say(texts.NOT_A_CASE, kind=type(data).__name__), data)])
    try:
        return run_assess(parse_case(data), lang=lang)
    except CaseError as error:
        raise case_errors(error) from None


def ids_by_route() -> str:
    """The ids of every route's deadlines, costs and figures (the assessment contract), for the API's description."""
    from sejour.assessment import ROUTE_ORDER
    from sejour.rules import tax_benefit_system

    registry = tax_benefit_system().registry
    lines = ["Route ids, and the ids of their deadlines, costs and figures:"]
    for route_id in ROUTE_ORDER:
        kinds = {kind: sorted({rule.id for _, rule in registry.rules(route_id, kind)}) for kind in ("deadline", "cost", "figure")}
        lines.append(f"- `{route_id}`: " + "; ".join(f"{kind}s: {', '.join(ids) or '-'}" for kind, ids in kinds.items()))
    return "\n".join(lines)


@router.post("/assess", response={200: dict, **ERRORS}, openapi_extra=CASE_BODY,
             summary="Assess a case: the same object as `sejour assess --json`", description=ids_by_route())
def assess(request, query: Query[LangQuery]):
    return assess_body(request, query.lang)


class RouteOut(Schema):
    id: str
    title: str


@router.get("/routes", response=list[RouteOut], summary="The routes sejour assesses")
def routes(request, query: Query[LangQuery]):
    from sejour.assessment import ROUTE_ORDER
    from sejour.rules import tax_benefit_system

    registry = tax_benefit_system().registry
    return [{"id": route_id, "title": registry.routes[route_id].title[query.lang]} for route_id in ROUTE_ORDER]


class ValueOut(Schema):
    since: str
    value: object
    references: list[str]
    unconfirmed: str | None = None


class ParameterOut(Schema):
    id: str
    description: str | None
    unit: str | None = None
    values: list[ValueOut]


def _parameter(parameter) -> dict:
    values = []
    for at in parameter.values_list:  # newest first, as OpenFisca keeps them
        metadata = at.metadata or {}
        references = metadata.get("reference") or parameter.metadata.get("reference") or []
        values.append({"since": at.instant_str, "value": at.value, "unconfirmed": metadata.get("unconfirmed"),
                       "references": [references] if isinstance(references, str) else list(references)})
    return {"id": parameter.name, "description": parameter.description, "unit": parameter.metadata.get("unit"), "values": values}


def _parameters() -> dict:
    from sejour.rules.sources import all_parameters

    return {parameter.name: parameter for parameter in all_parameters()}


@router.get("/parameters", response=list[ParameterOut], summary="Every parameter with its dated values and sources")
def parameters(request):
    return [_parameter(p) for _, p in sorted(_parameters().items())]


@router.get("/parameters/{parameter_id}", response={200: ParameterOut, 404: Errors}, summary="One parameter")
def parameter(request, parameter_id: str):
    found = _parameters().get(parameter_id)
    if found is None:
        raise ApiError(404, [problem("parameter_id", say(texts.NO_PARAMETER), parameter_id[:100])])
    return _parameter(found)
