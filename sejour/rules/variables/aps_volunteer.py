"""Route `aps_volunteer`: the APS for a volunteer mission with an association or foundation.

Seed 004 (service-public F17335); CESEDA L311-10 then L426-21 (1 May 2021), R311-34 then
R426-10 (one month to file), R426-11 (the APS lasts as long as the mission).
"""

import numpy as np

from ...dates import add_months
from ..filing import REPUBLICAN_CONTRACT
from ..meta import (CentsVariable, DateVariable, Document, FactCondition, Route, Step, TriVariable, applicability, condition, cost,
                    deadline, in_force, module_variables, cents, parameter_per_row)
from ..tri import all_of, tri
from .common import NationalityAllowed
from .enums import Decision, MissionPurpose, RouteId

BASIS = ["CESEDA art. L311-10 (to 2021-04-30), art. L426-21 (from 2021-05-01)", "Seed 004 (service-public F17335, APS for volunteers)"]
ROUTE = "aps_volunteer"


class volunteer_applies(TriVariable):
    label = "The APS for volunteers concerns this person: non-European, with a volunteer mission"
    reference = BASIS
    __rule__ = applicability(ROUTE)

    def formula(person, period, parameters):
        return all_of(person("needs_permit", period), person("has_volunteering", period))


class volunteer_nationality_allowed(NationalityAllowed):
    reference = BASIS[:1]
    __rule__ = NationalityAllowed.rule(ROUTE)


class volunteer_host_public_utility(FactCondition):
    label = 'The host is an association or foundation recognised of public utility'
    reference = BASIS + ['Seed 004: « carried out in a foundation or an association recognized as being in the public interest »']
    __fact__ = 'host_public_utility'
    __rule__ = condition(ROUTE, 'host_public_utility')


class volunteer_host_approved(FactCondition):
    label = 'The host holds the approval (agrément) to call on foreign volunteers'
    reference = ['CESEDA art. D311-33 (to 2021-04-30), art. D426-12 (from 2021-05-01)', 'Seed 004: « Accreditation of the association or foundation to call on volunteers »']
    __fact__ = 'host_approved_for_volunteers'
    __rule__ = condition(ROUTE, 'host_approved')


class volunteer_long_stay_visa(FactCondition):
    label = 'The volunteer holds a long-stay visa'
    reference = BASIS + ['CESEDA art. L311-10 4° / L426-21 (visa under L411-1 1°)', 'Seed 004: « Possession of a long-stay visa »']
    __fact__ = 'long_stay_visa'
    __rule__ = condition(ROUTE, 'long_stay_visa')


class volunteer_contract_before_entry(FactCondition):
    label = 'The volunteer contract was signed before entering France'
    reference = BASIS + ['Seed 004: « Signing of a voluntary contract before your entry into France »']
    __fact__ = 'contract_signed_before_entry'
    __rule__ = condition(ROUTE, 'contract_before_entry')


class volunteer_acceptance_certificate(FactCondition):
    label = 'The host certifies that it takes charge of the volunteer'
    reference = BASIS + ['Seed 004: « Certificate of acceptance by the association or foundation »']
    __fact__ = 'acceptance_certificate'
    __rule__ = condition(ROUTE, 'acceptance_certificate')


class volunteer_commits_to_leave(FactCondition):
    label = 'The volunteer undertakes in writing to leave France at the end of the mission'
    reference = BASIS + ['Seed 004: « Commitment to leave France at the end of your mission »']
    __fact__ = 'commits_to_leave'
    __rule__ = condition(ROUTE, 'commits_to_leave')


class volunteer_mission_purpose(TriVariable):
    label = "The mission has a social or humanitarian character"
    reference = BASIS + ["Seed 004: « Mission has a social or humanitarian character »"]
    __rule__ = condition(ROUTE, "mission_purpose")

    def formula(person, period, parameters):
        return MissionPurpose.among(person("mission_purpose", period), "social", "humanitarian")


class volunteer_general_interest(TriVariable):
    label = "The mission of general interest pursues at least one of the aims the law lists"
    reference = ["CESEDA art. R311-32 (to 2021-04-30), art. R426-9 (from 2021-05-01)",
                 "Seed 004: « Your volunteer mission must be of general interest. It must be aimed at one of the following actions »"]
    __rule__ = condition(ROUTE, "general_interest")

    def formula(person, period, parameters):
        aims = person("general_interest_aims", period)
        return tri(aims > 0, aims >= 0)


class volunteer_apply_by(DateVariable):
    label = "Last day to file the APS application: one month after arrival in France"
    reference = ["CESEDA art. R311-34 (to 2021-04-30), art. R426-10 (from 2021-05-01)", "Seed 004: « within one month of your arrival in France »"]
    __rule__ = deadline(ROUTE, "apply_by", parameters=["aps_volunteer.apply_within_months"])

    def formula(person, period, parameters):
        months = in_force(parameters, period, "aps_volunteer.apply_within_months", 1)
        return add_months(person("arrived_on", period), months)


class volunteer_application_pending(TriVariable):
    label = "An APS application for a volunteer mission is awaiting a decision"
    reference = ["sejour case format, section application"]

    def formula(person, period, parameters):
        filed = RouteId.code(person("application_route", period), "aps_volunteer")
        decision = person("decision", period)
        waiting = Decision.code(decision, "pending") | Decision.code(decision, "unknown")
        return tri(filed & waiting)


def implicit_refusal_day(person, period, parameters):
    """Filing day + the months after which silence is a refusal (R311-12, then R432-2)."""
    months = in_force(parameters, period, "general.implicit_refusal_months", 4)
    return add_months(person("application_filed_on", period), months)


class volunteer_implicit_refusal_on(DateVariable):
    label = "Day the préfecture's silence becomes a refusal: four months after filing"
    reference = ["CESEDA art. R311-12 (to 2021-04-30), art. R432-2 (from 2021-05-01)", "Seed 004: « if the prefecture ... has not replied to you in a four-month period, your request is refused »"]
    __rule__ = deadline(ROUTE, "implicit_refusal_on", parameters=["general.implicit_refusal_months"])

    def formula(person, period, parameters):
        pending = person("volunteer_application_pending", period) == 2
        return np.where(pending, implicit_refusal_day(person, period, parameters), np.datetime64("NaT"))


class volunteer_valid_until(DateVariable):
    label = "End of the APS: the end of the volunteer mission"
    reference = ["CESEDA art. R311-34 last para. (to 2021-04-30), art. R426-11 (from 2021-05-01)", "Seed 004: « The APS is issued for a period equal to the duration of your volunteer contract »"]
    __rule__ = deadline(ROUTE, "valid_until")

    def formula(person, period, parameters):
        return person("mission_ends_on", period)


class volunteer_fee(CentsVariable):
    label = "Tax on the issue of the APS for volunteers"
    reference = ["Seed 004: « Issuance of a SPA to perform a volunteer assignment is free »", "CESEDA art. L436-1 (APS excluded, then the 100 € APS tax of the loi de finances pour 2026)"]
    __rule__ = cost(ROUTE, "fee", payer="applicant", parameters=["fees.aps_tax"])

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "fees.aps_tax", cents)


route = Route(
    ROUTE,
    documents=(
        Document("long_stay_visa"),
        Document("birth_certificate"),
        Document("passport"),
        Document("volunteer_contract"),
        Document("host_approval_decision"),
        Document("undertaking_to_leave"),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        Step('gather_documents_checklist'),
        Step('file_aps_application',
             on="volunteer_apply_by"),
        Step('prefecture_has',
             on="volunteer_implicit_refusal_on"),
        Step('aps_ends_mission',
             on="volunteer_valid_until", verdicts=("eligible",)),
    ),
)

variables = module_variables(globals())
