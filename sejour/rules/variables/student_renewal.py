"""Route `student_renewal`: renewing the student permit while still enrolled.

Seed 000, reply to Tyler (« you can renew your student visa for an additional year as long as you
are still enrolled »); CESEDA R311-2 4° (the last two months, to 2021-04-30), R431-5 (between the
120th and the 60th day, from 2021-05-01); L311-13 D (late renewal: visa de régularisation).
"""

import numpy as np

from ...dates import add_days, add_months
from ..meta import CentsVariable, DateVariable, Document, FactCondition, Route, Step, TriVariable, applicability, cents, condition, cost, deadline, in_force, module_variables
from ..filing import REPUBLICAN_CONTRACT, student_filing_steps
from ..tri import all_of, date_on_or_before
from .enums import PermitKind

ROUTE = "student_renewal"
WINDOW = ["CESEDA art. R311-2 4° (« dans le courant des deux derniers mois précédant l'expiration », to 2021-04-30)",
          "CESEDA art. R431-5 (décret n° 2021-313: between the 120th and the 60th day before expiry, from 2021-05-01)"]


class renewal_applies(TriVariable):
    label = "The renewal of the student permit concerns this person: holds a student permit"
    reference = ["CESEDA art. L313-7 (to 2021-04-30), L422-1 (from 2021-05-01)"]
    __rule__ = applicability(ROUTE)

    def formula(person, period, parameters):
        return all_of(person("needs_permit", period), PermitKind.among(person("permit_kind", period), "student"))


class renewal_enrolled(FactCondition):
    label = "Still enrolled for the next academic year"
    reference = ["CESEDA art. L313-7 then L422-1 (real and serious studies)", "Seed 000, reply to Tyler: « as long as you are still enrolled »"]
    __fact__ = "enrolled_next_year"
    __rule__ = condition(ROUTE, "enrolled_next_year")


class renewal_in_france(FactCondition):
    label = "The student is in France"
    reference = ["CESEDA art. R311-2 then R431-5 (renewal asked in France)"]
    __fact__ = "in_france"
    __rule__ = condition(ROUTE, "in_france")


class renewal_before_expiry(TriVariable):
    label = "The student permit has not expired"
    reference = WINDOW
    __rule__ = condition(ROUTE, "before_permit_expiry")

    def formula(person, period, parameters):
        return date_on_or_before(person("as_of", period), person("permit_expires_on", period))


class renewal_apply_from(DateVariable):
    label = "First day of the renewal window: 2 months (to 2021-04-30), then 120 days before expiry"
    reference = WINDOW
    __rule__ = deadline(ROUTE, "apply_from", parameters=["student_renewal.window_in_days", "student_renewal.opens_months_before_expiry", "student_renewal.opens_days_before_expiry"])

    def formula(person, period, parameters):
        expiry = person("permit_expires_on", period)
        if in_force(parameters, period, "student_renewal.window_in_days", False):
            return add_days(expiry, -in_force(parameters, period, "student_renewal.opens_days_before_expiry"))
        return add_months(expiry, -in_force(parameters, period, "student_renewal.opens_months_before_expiry"))


class renewal_apply_by(DateVariable):
    label = "Last day of the renewal window: the expiry (to 2021-04-30), then 60 days before it"
    reference = WINDOW
    __rule__ = deadline(ROUTE, "apply_by", parameters=["student_renewal.closes_days_before_expiry"])

    def formula(person, period, parameters):
        days = in_force(parameters, period, "student_renewal.closes_days_before_expiry", 0)
        return add_days(person("permit_expires_on", period), -days)


class renewal_in_window(TriVariable):
    label = "The renewal is filed within the window of R431-5 (a late file gets no attestation de prolongation de l'instruction)"
    reference = ["CESEDA art. R431-15-1 and R431-5"]
    __rule__ = condition(ROUTE, "filed_in_window", blocking=False, only_if="procedure.late_renewal_no_attestation",
                         parameters=["procedure.late_renewal_no_attestation"])

    def formula(person, period, parameters):
        return date_on_or_before(person("as_of", period), person("renewal_apply_by", period))


class renewal_late_penalty(CentsVariable):
    label = "Droit de visa de régularisation due when the renewal is filed after the window"
    reference = ["CESEDA art. L311-13 D 2 (2013-01-01 to 2021-04-30), L436-5 (from 2021-05-01)", "shared/domain.md: « Filing late costs a 180 € visa de régularisation »"]
    __rule__ = cost(ROUTE, "late_filing_penalty", payer="applicant", parameters=["fees.late_renewal_penalty"])

    def formula(person, period, parameters):
        penalty = in_force(parameters, period, "fees.late_renewal_penalty")
        apply_by, as_of = person("renewal_apply_by", period), person("as_of", period)
        late = as_of > apply_by
        amount = np.where(late, -1 if penalty is None else cents(penalty), 0)
        return np.where(np.isnat(apply_by), -1, amount)


route = Route(
    ROUTE,
    documents=(
        Document("student_permit"),
        Document("enrolment_certificate"),
        Document("passport"),
        Document("proof_of_resources"),
        Document("proof_of_address"),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        *student_filing_steps("renewal_apply_from"),
        Step('last_day_window', on="renewal_apply_by"),
    ),
)

variables = module_variables(globals())
