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
    __rule__ = applicability(ROUTE, text={
        "en": {"true": "You are a non-European national with a volunteer mission in France.",
               "false": "The APS for volunteers is for non-European nationals with a volunteer mission; it does not concern this case.",
               "null": "Whether the APS for volunteers concerns you depends on facts not yet given."},
        "fr": {"true": "Vous êtes ressortissant d'un pays non européen et avez une mission de volontariat en France.",
               "false": "L'APS volontariat concerne les ressortissants non européens ayant une mission de volontariat ; elle ne concerne pas ce cas.",
               "null": "Que l'APS volontariat vous concerne dépend de faits encore inconnus."}})

    def formula(person, period, parameters):
        return all_of(person("needs_permit", period), person("has_volunteering", period))


class volunteer_nationality_allowed(NationalityAllowed):
    __rule__ = NationalityAllowed.rule(ROUTE, "the APS for volunteers", "l'APS volontariat")


class volunteer_host_public_utility(FactCondition):
    label = 'The host is an association or foundation recognised of public utility'
    reference = BASIS + ['Seed 004: « carried out in a foundation or an association recognized as being in the public interest »']
    __fact__ = 'host_public_utility'
    __rule__ = condition(ROUTE, 'host_public_utility', text={
        "en": {"true": 'Your host is an association or foundation recognised of public utility.',
               "false": "Your host is not recognised of public utility: the mission must be with an association or foundation 'reconnue d'utilité publique'.",
               "null": 'The mission must be with an association or foundation recognised of public utility; is yours?'},
        "fr": {"true": "Votre structure d'accueil est une association ou fondation reconnue d'utilité publique.",
               "false": "Votre structure d'accueil n'est pas reconnue d'utilité publique : la mission doit se faire dans une association ou fondation reconnue d'utilité publique.",
               "null": "La mission doit se faire dans une association ou fondation reconnue d'utilité publique ; est-ce le cas de la vôtre ?"}},
        change={"en": 'A mission with an association or foundation recognised of public utility.', "fr": "Une mission dans une association ou fondation reconnue d'utilité publique."})


class volunteer_host_approved(FactCondition):
    label = 'The host holds the approval (agrément) to call on foreign volunteers'
    reference = ['CESEDA art. D311-33 (to 2021-04-30), art. D426-12 (from 2021-05-01)', 'Seed 004: « Accreditation of the association or foundation to call on volunteers »']
    __fact__ = 'host_approved_for_volunteers'
    __rule__ = condition(ROUTE, 'host_approved', text={
        "en": {"true": 'Your host holds the approval (agrément) to call on volunteers.',
               "false": 'Your host does not hold the approval (agrément) to call on volunteers, which the préfet grants.',
               "null": 'The host must hold the approval (agrément) to call on volunteers; does it?'},
        "fr": {"true": "Votre structure d'accueil a l'agrément pour faire appel à des volontaires.",
               "false": "Votre structure d'accueil n'a pas l'agrément pour faire appel à des volontaires, que délivre le préfet.",
               "null": "La structure d'accueil doit avoir l'agrément pour faire appel à des volontaires ; l'a-t-elle ?"}},
        change={"en": "A host that obtains the préfet's approval (agrément) for volunteers.", "fr": "Une structure d'accueil qui obtient l'agrément du préfet pour les volontaires."})


class volunteer_long_stay_visa(FactCondition):
    label = 'The volunteer holds a long-stay visa'
    reference = BASIS + ['CESEDA art. L311-10 4° / L426-21 (visa under L411-1 1°)', 'Seed 004: « Possession of a long-stay visa »']
    __fact__ = 'long_stay_visa'
    __rule__ = condition(ROUTE, 'long_stay_visa', text={
        "en": {"true": 'You hold a long-stay visa.',
               "false": 'You do not hold a long-stay visa, which the APS for volunteers requires.',
               "null": 'A long-stay visa is required; do you hold one?'},
        "fr": {"true": 'Vous avez un visa de long séjour.',
               "false": "Vous n'avez pas de visa de long séjour, que l'APS volontariat exige.",
               "null": 'Un visa de long séjour est exigé ; en avez-vous un ?'}},
        change={"en": 'A long-stay visa (asked for at the consulate before coming).', "fr": 'Un visa de long séjour (demandé au consulat avant de venir).'})


class volunteer_contract_before_entry(FactCondition):
    label = 'The volunteer contract was signed before entering France'
    reference = BASIS + ['Seed 004: « Signing of a voluntary contract before your entry into France »']
    __fact__ = 'contract_signed_before_entry'
    __rule__ = condition(ROUTE, 'contract_before_entry', text={
        "en": {"true": 'Your volunteer contract was signed before you entered France.',
               "false": 'Your volunteer contract was not signed before you entered France, as the law requires.',
               "null": 'The volunteer contract must be signed before entering France; was it?'},
        "fr": {"true": 'Votre contrat de volontariat a été signé avant votre entrée en France.',
               "false": "Votre contrat de volontariat n'a pas été signé avant votre entrée en France, comme la loi l'exige.",
               "null": "Le contrat de volontariat doit être signé avant l'entrée en France ; l'a-t-il été ?"}},
        change={"en": 'A volunteer contract signed before entering France.', "fr": "Un contrat de volontariat signé avant l'entrée en France."})


class volunteer_acceptance_certificate(FactCondition):
    label = 'The host certifies that it takes charge of the volunteer'
    reference = BASIS + ['Seed 004: « Certificate of acceptance by the association or foundation »']
    __fact__ = 'acceptance_certificate'
    __rule__ = condition(ROUTE, 'acceptance_certificate', text={
        "en": {"true": 'Your host has given its certificate of acceptance (prise en charge).',
               "false": 'Your host has not given its certificate of acceptance (prise en charge).',
               "null": 'The host must give a certificate of acceptance (prise en charge); has it?'},
        "fr": {"true": "Votre structure d'accueil a délivré son attestation de prise en charge.",
               "false": "Votre structure d'accueil n'a pas délivré d'attestation de prise en charge.",
               "null": "La structure d'accueil doit délivrer une attestation de prise en charge ; l'a-t-elle fait ?"}},
        change={"en": 'A certificate of acceptance (prise en charge) from the host.', "fr": "Une attestation de prise en charge par la structure d'accueil."})


class volunteer_commits_to_leave(FactCondition):
    label = 'The volunteer undertakes in writing to leave France at the end of the mission'
    reference = BASIS + ['Seed 004: « Commitment to leave France at the end of your mission »']
    __fact__ = 'commits_to_leave'
    __rule__ = condition(ROUTE, 'commits_to_leave', text={
        "en": {"true": 'You undertake to leave France at the end of your mission.',
               "false": 'You do not undertake to leave France at the end of the mission, which the APS for volunteers requires.',
               "null": 'You must undertake in writing to leave France at the end of the mission; do you?'},
        "fr": {"true": 'Vous vous engagez à quitter la France à la fin de votre mission.',
               "false": "Vous ne vous engagez pas à quitter la France à la fin de la mission, ce que l'APS volontariat exige.",
               "null": 'Vous devez vous engager par écrit à quitter la France à la fin de la mission ; le faites-vous ?'}},
        change={"en": 'A signed letter undertaking to leave France at the end of the mission.', "fr": 'Une lettre signée par laquelle vous vous engagez à quitter la France à la fin de la mission.'})


class volunteer_mission_purpose(TriVariable):
    label = "The mission has a social or humanitarian character"
    reference = BASIS + ["Seed 004: « Mission has a social or humanitarian character »"]
    __rule__ = condition(ROUTE, "mission_purpose", text={
        "en": {"true": "Your mission has a social or humanitarian character.",
               "false": "Your mission is neither social nor humanitarian, as the APS for volunteers requires.",
               "null": "The mission must be social or humanitarian; what is its purpose?"},
        "fr": {"true": "Votre mission a un caractère social ou humanitaire.",
               "false": "Votre mission n'est ni sociale ni humanitaire, comme l'APS volontariat l'exige.",
               "null": "La mission doit être sociale ou humanitaire ; quel est son objet ?"}},
        change={"en": "A mission of a social or humanitarian character.", "fr": "Une mission à caractère social ou humanitaire."})

    def formula(person, period, parameters):
        return MissionPurpose.among(person("mission_purpose", period), "social", "humanitarian")


class volunteer_general_interest(TriVariable):
    label = "The mission of general interest pursues at least one of the aims the law lists"
    reference = ["CESEDA art. R311-32 (to 2021-04-30), art. R426-9 (from 2021-05-01)",
                 "Seed 004: « Your volunteer mission must be of general interest. It must be aimed at one of the following actions »"]
    __rule__ = condition(ROUTE, "general_interest", text={
        "en": {"true": "Your mission pursues a general-interest aim listed by the law.",
               "false": "Your mission pursues none of the general-interest aims the law lists (self-reliance and social cohesion; solidarity with people in difficulty in France).",
               "null": "The mission must aim at self-reliance and social cohesion, or at solidarity with people in difficulty living in France; does it?"},
        "fr": {"true": "Votre mission poursuit un but d'intérêt général prévu par la loi.",
               "false": "Votre mission ne poursuit aucun des buts d'intérêt général prévus par la loi (autonomie et cohésion sociale ; solidarité envers des personnes en difficulté en France).",
               "null": "La mission doit viser l'autonomie et la cohésion sociale, ou la solidarité envers des personnes en difficulté résidant en France ; est-ce le cas ?"}},
        change={"en": "A mission aimed at self-reliance and social cohesion, or at solidarity with people in difficulty living in France.",
                "fr": "Une mission visant l'autonomie et la cohésion sociale, ou la solidarité envers des personnes en difficulté résidant en France."})

    def formula(person, period, parameters):
        aims = person("general_interest_aims", period)
        return tri(aims > 0, aims >= 0)


class volunteer_apply_by(DateVariable):
    label = "Last day to file the APS application: one month after arrival in France"
    reference = ["CESEDA art. R311-34 (to 2021-04-30), art. R426-10 (from 2021-05-01)", "Seed 004: « within one month of your arrival in France »"]
    __rule__ = deadline(ROUTE, "apply_by", parameters=["aps_volunteer.apply_within_months"], text={
        "en": "File your application at the préfecture of your home by {volunteer_apply_by:date}, one month after your arrival ({arrived_on:date}).",
        "fr": "Déposez votre demande à la préfecture de votre domicile au plus tard le {volunteer_apply_by:date}, un mois après votre arrivée ({arrived_on:date})."})

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
    __rule__ = deadline(ROUTE, "implicit_refusal_on", parameters=["general.implicit_refusal_months"], text={
        "en": "Without an answer by {volunteer_implicit_refusal_on:date} (four months after filing), your application is refused: you may then contest the refusal.",
        "fr": "Sans réponse le {volunteer_implicit_refusal_on:date} (quatre mois après le dépôt), votre demande est rejetée : vous pourrez alors contester ce refus."})

    def formula(person, period, parameters):
        pending = person("volunteer_application_pending", period) == 2
        return np.where(pending, implicit_refusal_day(person, period, parameters), np.datetime64("NaT"))


class volunteer_valid_until(DateVariable):
    label = "End of the APS: the end of the volunteer mission"
    reference = ["CESEDA art. R311-34 last para. (to 2021-04-30), art. R426-11 (from 2021-05-01)", "Seed 004: « The APS is issued for a period equal to the duration of your volunteer contract »"]
    __rule__ = deadline(ROUTE, "valid_until", text={
        "en": "The APS lasts as long as your mission: it ends on {volunteer_valid_until:date}, when you have undertaken to leave France.",
        "fr": "L'APS dure autant que votre mission : elle prend fin le {volunteer_valid_until:date}, date à laquelle vous vous êtes engagé à quitter la France."})

    def formula(person, period, parameters):
        return person("mission_ends_on", period)


class volunteer_fee(CentsVariable):
    label = "Tax on the issue of the APS for volunteers"
    reference = ["Seed 004: « Issuance of a SPA to perform a volunteer assignment is free »", "CESEDA art. L436-1 (APS excluded, then the 100 € APS tax of the loi de finances pour 2026)"]
    __rule__ = cost(ROUTE, "fee", payer="applicant", parameters=["fees.aps_tax"], text={
        "en": "Tax on the issue of the APS: {volunteer_fee:money}.",
        "fr": "Taxe sur la délivrance de l'APS : {volunteer_fee:money}."})

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "fees.aps_tax", cents)


route = Route(
    ROUTE,
    title={"en": "APS for a volunteer mission", "fr": "APS pour une mission de volontariat"},
    documents=(
        Document("long_stay_visa", {"en": "Your long-stay visa", "fr": "Votre visa de long séjour"}),
        Document("birth_certificate", {"en": "Full copy of your birth certificate, with the most recent entries",
                                       "fr": "Copie intégrale de votre acte de naissance, avec les mentions les plus récentes"}),
        Document("passport", {"en": "Passport (pages on civil status, validity dates, entry stamps and visas), or a consular attestation with photo, a photo ID, a consular card with photo, or a certificate of nationality under 6 months with photo",
                              "fr": "Passeport (pages d'état civil, de validité, tampons d'entrée et visas), ou attestation consulaire avec photo, pièce d'identité avec photo, carte consulaire avec photo, ou certificat de nationalité de moins de 6 mois avec photo"}),
        Document("volunteer_contract", {"en": "Your volunteer contract", "fr": "Votre contrat de volontariat"}),
        Document("host_approval_decision", {"en": "Copy of the decision approving the association or foundation for volunteers",
                                            "fr": "Copie de la décision d'agrément de l'association ou de la fondation"}),
        Document("undertaking_to_leave", {"en": "Signed letter undertaking to leave France at the end of your contract",
                                          "fr": "Lettre signée par laquelle vous vous engagez à quitter la France à la fin de votre contrat"}),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        Step({"en": "Gather the documents of the checklist.", "fr": "Rassemblez les documents de la liste."}),
        Step({"en": "File your APS application at the préfecture or sous-préfecture of your home (check its website: appointment, post or online).",
              "fr": "Déposez votre demande d'APS à la préfecture ou sous-préfecture de votre domicile (voir son site : rendez-vous, courrier ou en ligne)."},
             on="volunteer_apply_by"),
        Step({"en": "If the préfecture has not answered by then, your application is refused: contest the refusal within two months.",
              "fr": "Si la préfecture n'a pas répondu à cette date, votre demande est rejetée : contestez ce refus dans les deux mois."},
             on="volunteer_implicit_refusal_on"),
        Step({"en": "Your APS ends with your mission: leave France as you undertook to.",
              "fr": "Votre APS prend fin avec votre mission : quittez la France comme vous vous y êtes engagé."},
             on="volunteer_valid_until", verdicts=("eligible",)),
    ),
)

variables = module_variables(globals())
