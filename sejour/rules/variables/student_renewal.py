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
    __rule__ = applicability(ROUTE, text={
        "en": {"true": "You hold a student permit.", "false": "The renewal concerns holders of a student permit; it does not concern this case.",
               "null": "Whether the renewal concerns you depends on the permit you hold."},
        "fr": {"true": "Vous avez un titre de séjour étudiant.", "false": "Le renouvellement concerne les titulaires d'un titre étudiant ; il ne concerne pas ce cas.",
               "null": "Que le renouvellement vous concerne dépend du titre que vous avez."}})

    def formula(person, period, parameters):
        return all_of(person("needs_permit", period), PermitKind.among(person("permit_kind", period), "student"))


class renewal_enrolled(FactCondition):
    label = "Still enrolled for the next academic year"
    reference = ["CESEDA art. L313-7 then L422-1 (real and serious studies)", "Seed 000, reply to Tyler: « as long as you are still enrolled »"]
    __fact__ = "enrolled_next_year"
    __rule__ = condition(ROUTE, "enrolled_next_year", text={
        "en": {"true": "You are enrolled for the next academic year.", "false": "You are not enrolled for the next academic year: the student permit is renewed only for studies that go on.",
               "null": "The student permit is renewed while you are still enrolled; are you enrolled for next year?"},
        "fr": {"true": "Vous êtes inscrit pour l'année universitaire suivante.", "false": "Vous n'êtes pas inscrit pour l'année suivante : le titre étudiant n'est renouvelé que pour des études qui continuent.",
               "null": "Le titre étudiant est renouvelé tant que vous êtes inscrit ; l'êtes-vous pour l'année prochaine ?"}},
        change={"en": "An enrolment for the next academic year.", "fr": "Une inscription pour l'année universitaire suivante."})


class renewal_in_france(FactCondition):
    label = "The student is in France"
    reference = ["CESEDA art. R311-2 then R431-5 (renewal asked in France)"]
    __fact__ = "in_france"
    __rule__ = condition(ROUTE, "in_france", text={
        "en": {"true": "You are in France.", "false": "The renewal is asked from France.", "null": "Are you in France?"},
        "fr": {"true": "Vous êtes en France.", "false": "Le renouvellement se demande depuis la France.", "null": "Êtes-vous en France ?"}},
        change={"en": "Being in France.", "fr": "Être en France."})


class renewal_before_expiry(TriVariable):
    label = "The student permit has not expired"
    reference = WINDOW
    __rule__ = condition(ROUTE, "before_permit_expiry", text={
        "en": {"true": "Your student permit is still valid (until {permit_expires_on:date}).",
               "false": "Your student permit expired on {permit_expires_on:date}: it can no longer be renewed as such.",
               "null": "The renewal is asked before the permit expires; when does it expire?"},
        "fr": {"true": "Votre titre étudiant est encore valide (jusqu'au {permit_expires_on:date}).",
               "false": "Votre titre étudiant a expiré le {permit_expires_on:date} : il ne peut plus être renouvelé comme tel.",
               "null": "Le renouvellement se demande avant l'expiration du titre ; quand expire-t-il ?"}},
        change={"en": "Filing on or before {permit_expires_on:date}.", "fr": "Un dépôt au plus tard le {permit_expires_on:date}."})

    def formula(person, period, parameters):
        return date_on_or_before(person("as_of", period), person("permit_expires_on", period))


class renewal_apply_from(DateVariable):
    label = "First day of the renewal window: 2 months (to 2021-04-30), then 120 days before expiry"
    reference = WINDOW
    __rule__ = deadline(ROUTE, "apply_from", parameters=["student_renewal.window_in_days", "student_renewal.opens_months_before_expiry", "student_renewal.opens_days_before_expiry"], text={
        "en": "The renewal window opens on {renewal_apply_from:date}.",
        "fr": "La période de renouvellement s'ouvre le {renewal_apply_from:date}."})

    def formula(person, period, parameters):
        expiry = person("permit_expires_on", period)
        if in_force(parameters, period, "student_renewal.window_in_days", False):
            return add_days(expiry, -in_force(parameters, period, "student_renewal.opens_days_before_expiry"))
        return add_months(expiry, -in_force(parameters, period, "student_renewal.opens_months_before_expiry"))


class renewal_apply_by(DateVariable):
    label = "Last day of the renewal window: the expiry (to 2021-04-30), then 60 days before it"
    reference = WINDOW
    __rule__ = deadline(ROUTE, "apply_by", parameters=["student_renewal.closes_days_before_expiry"], text={
        "en": "File the renewal by {renewal_apply_by:date}; later, a late-filing duty is due.",
        "fr": "Déposez le renouvellement au plus tard le {renewal_apply_by:date} ; au-delà, un droit pour dépôt tardif est dû."})

    def formula(person, period, parameters):
        days = in_force(parameters, period, "student_renewal.closes_days_before_expiry", 0)
        return add_days(person("permit_expires_on", period), -days)


class renewal_in_window(TriVariable):
    label = "The renewal is filed within the window of R431-5 (a late file gets no attestation de prolongation de l'instruction)"
    reference = ["CESEDA art. R431-15-1 and R431-5"]
    __rule__ = condition(ROUTE, "filed_in_window", blocking=False, only_if="procedure.late_renewal_no_attestation",
                         parameters=["procedure.late_renewal_no_attestation"], text={
        "en": {"true": "Filed by {renewal_apply_by:date}, within the window, the renewal gets an attestation de prolongation de l'instruction: you stay lawfully in France while it is examined, even after your permit expires.",
               "false": "After {renewal_apply_by:date} the renewal is late: it gets no attestation de prolongation de l'instruction, so once your permit expires on {permit_expires_on:date} you may have no proof of lawful stay until the decision (and a late-filing duty is due). File at once.",
               "null": "Filed within the window (from the 120th to the 60th day before your permit expires), the renewal gets an attestation de prolongation de l'instruction; filed later, it does not."},
        "fr": {"true": "Déposé au plus tard le {renewal_apply_by:date}, dans la période, le renouvellement donne droit à une attestation de prolongation de l'instruction : vous restez en séjour régulier pendant l'examen, même après l'expiration de votre titre.",
               "false": "Après le {renewal_apply_by:date}, le renouvellement est tardif : il ne donne pas d'attestation de prolongation de l'instruction ; dès l'expiration de votre titre le {permit_expires_on:date}, vous risquez de ne plus pouvoir justifier d'un séjour régulier jusqu'à la décision (et un droit pour dépôt tardif est dû). Déposez sans attendre.",
               "null": "Déposé dans la période (du 120e au 60e jour avant l'expiration de votre titre), le renouvellement donne droit à une attestation de prolongation de l'instruction ; déposé plus tard, non."}},
        change={"en": "Filing by {renewal_apply_by:date}.", "fr": "Un dépôt au plus tard le {renewal_apply_by:date}."})

    def formula(person, period, parameters):
        return date_on_or_before(person("as_of", period), person("renewal_apply_by", period))


class renewal_late_penalty(CentsVariable):
    label = "Droit de visa de régularisation due when the renewal is filed after the window"
    reference = ["CESEDA art. L311-13 D 2 (2013-01-01 to 2021-04-30), L436-5 (from 2021-05-01)", "shared/domain.md: « Filing late costs a 180 € visa de régularisation »"]
    __rule__ = cost(ROUTE, "late_filing_penalty", payer="applicant", parameters=["fees.late_renewal_penalty"], text={
        "en": "Late-filing duty (visa de régularisation) if you file after {renewal_apply_by:date}: {renewal_late_penalty:money} for this case.",
        "fr": "Droit pour dépôt tardif (visa de régularisation) si vous déposez après le {renewal_apply_by:date} : {renewal_late_penalty:money} dans ce cas."})

    def formula(person, period, parameters):
        penalty = in_force(parameters, period, "fees.late_renewal_penalty")
        apply_by, as_of = person("renewal_apply_by", period), person("as_of", period)
        late = as_of > apply_by
        amount = np.where(late, -1 if penalty is None else cents(penalty), 0)
        return np.where(np.isnat(apply_by), -1, amount)


route = Route(
    ROUTE,
    title={"en": "Renewal of the student permit", "fr": "Renouvellement du titre de séjour étudiant"},
    documents=(
        Document("student_permit", {"en": "Your current student permit", "fr": "Votre titre de séjour étudiant actuel"}),
        Document("enrolment_certificate", {"en": "Certificate of enrolment for the next academic year", "fr": "Certificat de scolarité pour l'année suivante"}),
        Document("passport", {"en": "Your passport", "fr": "Votre passeport"}),
        Document("proof_of_resources", {"en": "Proof of resources", "fr": "Justificatif de ressources"}),
        Document("proof_of_address", {"en": "Proof of address", "fr": "Justificatif de domicile"}),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        *student_filing_steps("renewal_apply_from", {"en": "your renewal", "fr": "votre renouvellement"},
                              {"en": "The renewal window opens. ", "fr": "La période de renouvellement s'ouvre. "}),
        Step({"en": "Last day of the window.", "fr": "Dernier jour de la période."}, on="renewal_apply_by"),
    ),
)

variables = module_variables(globals())
