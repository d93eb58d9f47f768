"""Route `aps_graduate`: the permission to stay and look for work after a degree.

APS under CESEDA L311-11 (6 months, then 12 months from 2013-07-24), then from 2019-03-01 the
card « recherche d'emploi ou création d'entreprise » (RECE, L313-8, then L422-10), or the APS of a
bilateral agreement. Seed 000; law.md §1, §3, §4, §5.
"""

import numpy as np

from ...dates import add_months
from ..meta import (FactCondition, CentsVariable, CountVariable, DateVariable, Document, EnumVariable, Route, Step, TriVariable, applicability,
                    cents, codes_in_force, condition, cost, deadline, figure, in_force, module_variables, parameter_per_row, per_row)
from ..tri import FALSE, TRUE, all_of, any_of, date_on_or_before, lookup, negate, tri
from ..filing import REPUBLICAN_CONTRACT
from .common import NationalityAllowed

ABROAD = "procedure.rece_abroad_at_consulate"
from .enums import Decision, Diploma, PermitKind, PostStudyPermit, Renewal, RouteId

ROUTE = "aps_graduate"
BASIS = ["CESEDA art. L311-11 (to 2019-02-28), L313-8 (2019-03-01 to 2021-04-30), L422-10 (from 2021-05-01)", "Seed 000 (APS after a master's degree)"]


class graduate_applies(TriVariable):
    label = "The post-study permit concerns this person: non-European, with studies in France or a student permit"
    reference = BASIS
    __rule__ = applicability(ROUTE, text={
        "en": {"true": "You are a non-European national who studied in France.",
               "false": "The post-study APS / RECE card is for non-European nationals who studied in France; it does not concern this case.",
               "null": "Whether the post-study APS / RECE card concerns you depends on facts not yet given."},
        "fr": {"true": "Vous êtes ressortissant d'un pays non européen et avez étudié en France.",
               "false": "L'APS / la carte RECE de fin d'études concerne les ressortissants non européens ayant étudié en France ; elle ne concerne pas ce cas.",
               "null": "Que l'APS / la carte RECE de fin d'études vous concerne dépend de faits encore inconnus."}})

    def formula(person, period, parameters):
        studied = any_of(person("has_studies", period), PermitKind.among(person("permit_kind", period), "student"))
        return all_of(person("needs_permit", period), studied)


class graduate_nationality_allowed(NationalityAllowed):
    __rule__ = NationalityAllowed.rule(ROUTE, "the post-study APS / RECE card", "l'APS / la carte RECE de fin d'études")


class graduate_returning(TriVariable):
    label = "Former student abroad applying within 4 years of the diploma (from 2019-03-01)"
    reference = ["CESEDA art. L313-8 IV (loi n° 2018-778), then L422-14"]

    def formula(person, period, parameters):
        years = in_force(parameters, period, "aps_graduate.returning_graduate_years")
        if years is None:
            return np.zeros(len(person("as_of", period)), dtype=np.int32)
        window_end = add_months(person("diploma_obtained_on", period), 12 * years)
        return all_of(negate(person("in_france", period)), date_on_or_before(person("as_of", period), window_end))


class graduate_student_permit(TriVariable):
    label = "Holds a student permit (or, from 2019-03-01, left France within 4 years of the diploma)"
    reference = BASIS + ["Seed 000: « a special type of student carte de séjour »"]
    __rule__ = condition(ROUTE, "student_permit", parameters=["aps_graduate.returning_graduate_years"], text={
        "en": {"true": "You hold a student permit (or apply from abroad within 4 years of your diploma).",
               "false": "The post-study permit is asked by a holder of a student permit; the APS is not renewable and is not given twice.",
               "null": "The post-study permit is asked by a holder of a student permit; which permit do you hold?"},
        "fr": {"true": "Vous avez un titre de séjour étudiant (ou demandez depuis l'étranger dans les 4 ans de votre diplôme).",
               "false": "Le titre de fin d'études est demandé par le titulaire d'un titre étudiant ; l'APS n'est ni renouvelable ni accordée deux fois.",
               "null": "Le titre de fin d'études est demandé par le titulaire d'un titre étudiant ; quel titre avez-vous ?"}},
        change={"en": "A valid student permit when you apply.", "fr": "Un titre de séjour étudiant valide au moment de la demande."})

    def formula(person, period, parameters):
        return any_of(PermitKind.among(person("permit_kind", period), "student"), person("graduate_returning", period))


class graduate_diploma_level(TriVariable):
    label = "The diploma opens the post-study permit (master level, or on the list in force)"
    reference = ["CESEDA art. L311-11 (« au moins équivalent au master »), D313-16-5 (from 2016-11-01: CGE label, licence professionnelle), L422-10",
                 "Seed 000: « at least a Master's degree ... engineering, accounting or medical degrees, ... doctorate or technology degree »"]
    __rule__ = condition(ROUTE, "diploma_level", parameters=["aps_graduate.eligible_diplomas", "aps_graduate.cge_label_accepted"], text={
        "en": {"true": "Your diploma ({diploma}) is of the level required.",
               "false": "Your diploma ({diploma}) does not open the post-study permit: it needs a master-level diploma (or one conferring the grade de master; from 2016-11-01 also a CGE-labelled diploma or a licence professionnelle).",
               "null": "The diploma must be of master level (or confer the grade de master; from 2016-11-01, a CGE label or a licence professionnelle also count); the facts given do not settle it."},
        "fr": {"true": "Votre diplôme ({diploma}) est du niveau exigé.",
               "false": "Votre diplôme ({diploma}) n'ouvre pas droit au titre de fin d'études : il faut un diplôme de niveau master (ou conférant le grade de master ; depuis le 1er novembre 2016, aussi un diplôme labellisé CGE ou une licence professionnelle).",
               "null": "Le diplôme doit être de niveau master (ou conférer le grade de master ; depuis le 1er novembre 2016, le label CGE ou la licence professionnelle comptent aussi) ; les faits donnés ne permettent pas de conclure."}},
        change={"en": "A diploma conferring the grade de master (or, from 2016-11-01, labelled by the Conférence des grandes écoles).",
                "fr": "Un diplôme conférant le grade de master (ou, depuis le 1er novembre 2016, labellisé par la Conférence des grandes écoles)."})

    def formula(person, period, parameters):
        diploma = person("diploma", period)
        listed = Diploma.among(diploma, *codes_in_force(parameters, period, "aps_graduate.eligible_diplomas"))
        cge_accepted = bool(in_force(parameters, period, "aps_graduate.cge_label_accepted", False))
        cge = all_of(person("cge_labelled", period), tri(per_row(person, period, cge_accepted)))
        no_diploma = Diploma.among(diploma, "none")
        return all_of(negate(no_diploma), any_of(listed, person("confers_master_grade", period), cge))


class graduate_institution_accredited(FactCondition):
    label = "The diploma comes from an accredited institution"
    reference = BASIS + ["Seed 000: « completes at least a Master's degree in an accredited institution of higher education in France »"]
    __fact__ = "institution_accredited"
    __rule__ = condition(ROUTE, "institution_accredited", text={
        "en": {"true": "Your institution is accredited.",
               "false": "Your institution is not accredited to award the diploma: the post-study permit needs a diploma from an accredited institution.",
               "null": "The diploma must come from an accredited institution; is yours?"},
        "fr": {"true": "Votre établissement est habilité.",
               "false": "Votre établissement n'est pas habilité à délivrer le diplôme : le titre de fin d'études exige un diplôme d'un établissement habilité.",
               "null": "Le diplôme doit venir d'un établissement habilité ; le vôtre l'est-il ?"}},
        change={"en": "A diploma from an accredited institution.", "fr": "Un diplôme d'un établissement habilité."})


class graduate_in_france(TriVariable):
    label = "Applies from France (or, from 2019-03-01, is a graduate abroad within 4 years of the diploma)"
    reference = BASIS + ["CESEDA art. L311-11 (to 2019-02-28): the APS is asked at the préfecture, from France"]
    __rule__ = condition(ROUTE, "in_france", parameters=["aps_graduate.returning_graduate_years", "procedure.rece_abroad_at_consulate"], text={
        "en": {"true": "You can apply from France (or as a graduate abroad within 4 years of the diploma).",
               "false": "The application is made at the préfecture, from France (from abroad only within 4 years of the diploma, from 1 March 2019).",
               "null": "Where you apply depends on whether you are in France; are you?"},
        "fr": {"true": "Vous pouvez déposer la demande depuis la France (ou comme diplômé à l'étranger dans les 4 ans du diplôme).",
               "false": "La demande se fait à la préfecture, depuis la France (depuis l'étranger seulement dans les 4 ans du diplôme, à partir du 1er mars 2019).",
               "null": "Le lieu de la demande dépend de votre présence en France ; êtes-vous en France ?"}},
        change={"en": "Being in France to file at the préfecture.", "fr": "Être en France pour déposer la demande à la préfecture."})

    def formula(person, period, parameters):
        return any_of(person("in_france", period), person("graduate_returning", period))


class graduate_filing_day(DateVariable):
    label = "Day the application is (or was) filed: the filing day of an application already made, else the assessment day"
    reference = ["sejour case format, section application"]

    def formula(person, period, parameters):
        route = person("application_route", period)
        filed = RouteId.code(route, ROUTE)
        filed_on = person("application_filed_on", period)
        # An application whose route is not known may be this one: its day is then not known either.
        maybe_this = (person("has_application", period) == TRUE) & RouteId.code(route, "unknown")
        day = np.where(filed, filed_on, person("as_of", period))
        return np.where(maybe_this, np.datetime64("NaT"), day)


class graduate_apply_before(DateVariable):
    label = "Last day to file: the student permit's expiry (4 months before it until 2014-08-21)"
    reference = ["CESEDA art. R311-35 (« au plus tard quatre mois avant l'expiration », then from 2014-08-22 « avant l'expiration de son titre »)",
                 "Seed 000, reply to Neville: « You have to have applied before the expiration of your (then) current carte de séjour »"]
    __rule__ = deadline(ROUTE, "apply_before", parameters=["aps_graduate.apply_months_before_expiry"], text={
        "en": "File on or before {graduate_apply_before:date}; after that day it is too late (your permit expires on {permit_expires_on:date}).",
        "fr": "Déposez au plus tard le {graduate_apply_before:date} ; après, il est trop tard (votre titre expire le {permit_expires_on:date})."})

    def formula(person, period, parameters):
        months = in_force(parameters, period, "aps_graduate.apply_months_before_expiry", 0)
        student = PermitKind.code(person("permit_kind", period), "student")
        return np.where(student, add_months(person("permit_expires_on", period), -months), np.datetime64("NaT"))


class graduate_filed_in_time(TriVariable):
    label = "The application is (or was) filed in time"
    reference = ["CESEDA art. R311-35", "Seed 000, reply to Amit Gupta: « If your visa is expired you probably won't be able to get APS »"]
    __rule__ = condition(ROUTE, "filed_in_time", parameters=["aps_graduate.apply_months_before_expiry"], text={
        "en": {"true": "You are within the time to file (on or before {graduate_apply_before:date}).",
               "false": "It is too late: the application had to be filed on or before {graduate_apply_before:date}.",
               "null": "The application must be filed before the student permit expires; its expiry date is not known."},
        "fr": {"true": "Vous êtes dans le délai pour déposer (au plus tard le {graduate_apply_before:date}).",
               "false": "C'est trop tard : la demande devait être déposée au plus tard le {graduate_apply_before:date}.",
               "null": "La demande doit être déposée avant l'expiration du titre étudiant ; sa date d'expiration n'est pas connue."}},
        change={"en": "Filing on or before {graduate_apply_before:date}.", "fr": "Un dépôt au plus tard le {graduate_apply_before:date}."})

    def formula(person, period, parameters):
        in_time = date_on_or_before(person("graduate_filing_day", period), person("graduate_apply_before", period))
        return any_of(in_time, person("graduate_returning", period))


class graduate_diploma_recent(TriVariable):
    label = "The diploma was obtained within the year before the application (2016-11-01 to 2019-02-28)"
    reference = ["CESEDA art. R311-35 (décret n° 2016-1456): « diplôme obtenu dans l'année »"]
    __rule__ = condition(ROUTE, "diploma_within_year", parameters=["aps_graduate.diploma_within_year_required"],
                         only_if="aps_graduate.diploma_within_year_required", text={
        "en": {"true": "Your diploma was obtained within the year.",
               "false": "Your diploma was obtained more than a year before the application; the rules then in force require it within the year.",
               "null": "The diploma must have been obtained within the year; when was it awarded?"},
        "fr": {"true": "Votre diplôme a été obtenu dans l'année.",
               "false": "Votre diplôme a été obtenu plus d'un an avant la demande ; les règles alors en vigueur l'exigent dans l'année.",
               "null": "Le diplôme doit avoir été obtenu dans l'année ; quand a-t-il été délivré ?"}},
        change={"en": "A diploma obtained within the year before the application.", "fr": "Un diplôme obtenu dans l'année précédant la demande."})

    def formula(person, period, parameters):
        required = bool(in_force(parameters, period, "aps_graduate.diploma_within_year_required", False))
        recent = date_on_or_before(add_months(person("graduate_filing_day", period), -12), person("diploma_obtained_on", period))
        return recent if required else np.full(len(recent), TRUE, dtype=np.int32)


class graduate_apply_by_recommended(DateVariable):
    label = "Advised filing day: 6 months before the permit expires in Île-de-France, 4 months elsewhere"
    reference = ["Seed 000: « file your application at least 4 months before your student carte de séjour expires. In regions like Paris ... 6 months in advance »"]
    __rule__ = deadline(ROUTE, "apply_by_recommended", parameters=["aps_graduate.recommended_months_before_expiry", "general.ile_de_france_departements"], text={
        "en": "Advised: file by {graduate_apply_by_recommended:date}; préfectures are slow, above all in the Paris region.",
        "fr": "Conseillé : déposez avant le {graduate_apply_by_recommended:date} ; les préfectures sont lentes, surtout en Île-de-France."})

    def formula(person, period, parameters):
        advice = in_force(parameters, period, "aps_graduate.recommended_months_before_expiry")
        idf = person("in_ile_de_france", period)
        student = PermitKind.code(person("permit_kind", period), "student")
        expiry = np.where(student, person("permit_expires_on", period), np.datetime64("NaT"))
        months = np.where(idf == TRUE, advice["ile_de_france"], advice["elsewhere"])
        return np.where(idf == 1, np.datetime64("NaT"), add_months(expiry, -months))


class graduate_bilateral_regime(TriVariable):
    label = "The APS of a bilateral agreement applies instead of the general route (from 2019-03-01)"
    reference = ["shared/domain.md, route aps_graduate", "access.ciup.fr; campusfrance.org (law.md §3)"]

    def formula(person, period, parameters):
        applies = bool(in_force(parameters, period, "aps_graduate.bilateral_aps_from", False))
        national = person("bilateral_agreement_national", period)
        return national if applies else np.zeros(len(national), dtype=np.int32)


class graduate_rece_card(TriVariable):
    label = "The permit after studies is the RECE card (from 2019-03-01, outside bilateral agreements)"
    reference = ["CESEDA art. L313-8, then L422-10"]

    def formula(person, period, parameters):
        rece = bool(in_force(parameters, period, "aps_graduate.rece_card", False))
        return all_of(tri(per_row(person, period, rece)), negate(person("graduate_bilateral_regime", period)))


RENEWABLE_ONCE = "nationality.bilateral_aps_renewable_once"
VALIDITY = {"en": "Length of the permit, in months: {graduate_validity_months}", "fr": "Durée du titre, en mois : {graduate_validity_months}"}
RENEWAL = {"en": {"not_renewable": " (not renewable).", "renewable_once": ", renewable once (the bilateral agreement).",
                  "unknown": "; whether it may be renewed under the bilateral agreement is not confirmed by the sources read: ask the préfecture."},
           "fr": {"not_renewable": " (non renouvelable).", "renewable_once": ", renouvelable une fois (l'accord bilatéral).",
                  "unknown": " ; qu'il soit renouvelable au titre de l'accord bilatéral n'est pas confirmé par les sources consultées : renseignez-vous à la préfecture."}}


class graduate_renewal(EnumVariable):
    possible_values = Renewal
    label = "Whether the post-study permit may be renewed: not under the general rule; once under the Gabon and Burkina Faso agreements; else not known"
    reference = BASIS + ["Accord France-Gabon du 5 juillet 2007, art. 2 al. 2", "Accord France-Burkina Faso (2009)"]

    def formula(person, period, parameters):
        node = in_force(parameters, period, RENEWABLE_ONCE)
        once = {} if node is None else {country: bool(node[country]) for country in node if node[country] is not None}
        agreement = lookup(person("nationality", period), once, False)
        bilateral = person("graduate_bilateral_regime", period)
        codes = np.where(bilateral == FALSE, Renewal.not_renewable.index, np.where((bilateral == TRUE) & agreement, Renewal.renewable_once.index, Renewal.unknown.index))
        return codes.astype(np.int16)


class graduate_validity_months(CountVariable):
    label = "Length of the post-study permit, in months (the agreement's for bilateral nationals)"
    unit = "month"
    reference = BASIS
    __rule__ = figure(ROUTE, "validity_months", unit="month", by="graduate_renewal",
                      parameters=["aps_graduate.validity_months", "nationality.bilateral_aps_months", "aps_graduate.bilateral_aps_from",
                                  "nationality.bilateral_agreement"],
                      cites_by={value: ["aps_graduate.validity_months", "nationality.bilateral_aps_months", "aps_graduate.bilateral_aps_from",
                                        "nationality.bilateral_agreement", RENEWABLE_ONCE] for value in ("renewable_once", "unknown")},
                      text={lang: {value: VALIDITY[lang] + RENEWAL[lang][value] for value in RENEWAL[lang]} for lang in ("en", "fr")})

    def formula(person, period, parameters):
        general = in_force(parameters, period, "aps_graduate.validity_months", -1)
        agreement = in_force(parameters, period, "nationality.bilateral_aps_months")
        months = {} if agreement is None else {country: int(agreement[country]) for country in agreement if agreement[country] is not None}
        by_country = lookup(person("nationality", period), months, -1)
        return np.where(person("graduate_bilateral_regime", period) == TRUE, by_country, general)


class graduate_valid_until(DateVariable):
    label = "End of the post-study permit: the grant day + its length, or the expiry of the one held"
    reference = BASIS
    __rule__ = deadline(ROUTE, "valid_until", parameters=["aps_graduate.validity_months"], text={
        "en": "Your permit ends on {graduate_valid_until:date}: by then, find a job and ask for the change of status.",
        "fr": "Votre titre prend fin le {graduate_valid_until:date} : d'ici là, trouvez un emploi et demandez le changement de statut."})

    def formula(person, period, parameters):
        granted = RouteId.code(person("application_route", period), ROUTE) & Decision.code(person("decision", period), "granted")
        months = person("graduate_validity_months", period)
        end = add_months(person("decided_on", period), np.maximum(months, 0))
        held = PermitKind.code(person("permit_kind", period), "aps_graduate")
        return np.where(granted & (months > 0), end, np.where(held, person("permit_expires_on", period), np.datetime64("NaT")))


class graduate_permit(EnumVariable):
    possible_values = PostStudyPermit
    label = "The permit after studies on the day: the APS or the RECE card"
    reference = ["CESEDA art. L311-11 (APS), L313-8 then L422-10 (RECE card, from 2019-03-01)"]

    def formula(person, period, parameters):
        rece = person("graduate_rece_card", period)
        codes = np.array([PostStudyPermit.aps.index, PostStudyPermit.unknown.index, PostStudyPermit.rece.index], dtype=np.int16)
        return codes[rece]


APS_HOURS = {"en": "While you look for a job you may work up to {graduate_work_hours} hours a year in any job.",
             "fr": "Pendant votre recherche, vous pouvez travailler jusqu'à {graduate_work_hours} heures par an, dans tout emploi."}
RECE_HOURS = {"en": "{graduate_work_hours} hours a year in any job was the limit on the APS (the figure of the APS era); no text read "
                    "applies it to the RECE card, which allows work during its validity: ask the préfecture what limit applies to you.",
              "fr": "{graduate_work_hours} heures par an dans tout emploi était la limite sous l'APS (le chiffre de l'époque de l'APS) ; aucun texte "
                    "consulté ne l'applique à la carte RECE, qui autorise à travailler pendant sa validité : demandez à la préfecture quelle limite "
                    "s'applique à vous."}


class graduate_work_hours(CountVariable):
    label = "Hours of work allowed per year while on the post-study APS, any job (the APS-era figure: not confirmed for the RECE card)"
    unit = "hour"
    reference = ["Code du travail art. R5221-26", "Seed 000: « work part-time (up to 964 hours per year) in any job »"]
    __rule__ = figure(ROUTE, "work_hours_per_year_max", unit="hour", parameters=["general.student_work_hours_per_year"], by="graduate_permit",
                      cites_by={"rece": ["general.student_work_hours_per_year", "aps_graduate.work_hours_on_rece"]}, text={
        lang: {"aps": APS_HOURS[lang], "rece": RECE_HOURS[lang], "unknown": RECE_HOURS[lang]} for lang in ("en", "fr")})

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "general.student_work_hours_per_year")


class graduate_fee(CentsVariable):
    label = "Cost of the post-study permit: free for an APS; RECE card: tax + droit de timbre"
    reference = ["Seed 000: « A change of status from student to authorisation provisoire de séjour is free »", "CESEDA art. L311-13 A then L436-1 (RECE: reduced tariff)", "CESEDA art. L311-16 then L436-7 (droit de timbre)"]
    __rule__ = cost(ROUTE, "fee", payer="applicant", parameters=["fees.aps_tax", "fees.rece_tax", "fees.droit_de_timbre", "aps_graduate.rece_card",
                                                                 "aps_graduate.bilateral_aps_from", "nationality.bilateral_agreement"], text={
        "en": "Cost of the permit for you: {graduate_fee:money}.",
        "fr": "Coût du titre pour vous : {graduate_fee:money}."})

    def formula(person, period, parameters):
        aps = in_force(parameters, period, "fees.aps_tax")
        rece = in_force(parameters, period, "fees.rece_tax")
        stamp = in_force(parameters, period, "fees.droit_de_timbre", 0)
        rece_cost = -1 if rece is None else cents(rece + stamp)
        aps_cost = -1 if aps is None else cents(aps)
        return np.where(person("graduate_rece_card", period) == TRUE, rece_cost, aps_cost)


class graduate_diploma_pending(TriVariable):
    label = "The diploma is not yet awarded on the assessment day"
    reference = ["Seed 000: « you'll have to provide an attestation de réussite on university letterhead »"]

    def formula(person, period, parameters):
        obtained = person("diploma_obtained_on", period)
        return tri(obtained > person("as_of", period), ~np.isnat(obtained))


class graduate_health_insurance_required(TriVariable):
    label = "Proof of health insurance is required (from 2019-03-01)"
    reference = ["CESEDA art. R313-11-1 (décret n° 2019-141), L422-10"]

    def formula(person, period, parameters):
        required = bool(in_force(parameters, period, "aps_graduate.health_insurance_required", False))
        return tri(per_row(person, period, required))


class graduate_abroad(TriVariable):
    label = "The graduate is not in France (applies from abroad, at the consulate, from 2019-03-01)"
    reference = ["CESEDA art. L313-8 (loi n° 2018-778), then L422-14"]

    def formula(person, period, parameters):
        return negate(person("in_france", period))


route = Route(
    ROUTE,
    title={"en": "APS / RECE card to look for a job after a degree", "fr": "APS / carte RECE pour chercher un emploi après le diplôme"},
    documents=(
        Document("passport_photos", {"en": "3 passport photos", "fr": "3 photos d'identité"}, quantity=3),
        Document("student_permit", {"en": "Your valid student residence permit", "fr": "Votre titre de séjour étudiant en cours de validité"},
                 unless="graduate_returning"),
        Document("diploma", {"en": "Your diploma", "fr": "Votre diplôme"}, unless="graduate_diploma_pending"),
        Document("attestation_de_reussite", {
            "en": "An « attestation de réussite » on the institution's letterhead (the diploma is not yet awarded; bring it to the préfecture later)",
            "fr": "Une attestation de réussite sur papier à en-tête de l'établissement (le diplôme n'est pas encore délivré ; apportez-le plus tard à la préfecture)"},
            when="graduate_diploma_pending"),
        Document("health_insurance", {"en": "Proof of health insurance", "fr": "Justificatif d'assurance maladie"}, when="graduate_health_insurance_required"),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        Step({"en": "Gather the documents of the checklist.", "fr": "Rassemblez les documents de la liste."}),
        Step({"en": "Advised: file your application in person at the préfecture of your département (it is slow).",
              "fr": "Conseillé : déposez votre demande en personne à la préfecture de votre département (elle est lente)."},
             on="graduate_apply_by_recommended", unless_in_force=ABROAD),
        Step({"en": "Advised: file your application for the card at the préfecture of your département, or through the online procedure it gives on its website (it is slow).",
              "fr": "Conseillé : déposez votre demande de carte à la préfecture de votre département, ou par la démarche en ligne indiquée sur son site (elle est lente)."},
             on="graduate_apply_by_recommended", only_if=ABROAD, when="in_france"),
        Step({"en": "From abroad: apply at the French consulate of your country of residence for the long-stay visa « recherche d'emploi ou création d'entreprise », within 4 years of your diploma.",
              "fr": "Depuis l'étranger : demandez au consulat de France de votre pays de résidence le visa de long séjour « recherche d'emploi ou création d'entreprise », dans les 4 ans qui suivent votre diplôme."},
             only_if=ABROAD, when="graduate_abroad"),
        Step({"en": "Last day to file, before your student permit expires.", "fr": "Dernier jour pour déposer, avant l'expiration de votre titre étudiant."},
             on="graduate_apply_before"),
        Step({"en": "While you search, you may hold any job within the yearly hours allowed. A complete file filed in time is not normally refused; the job you later find is what the préfecture checks (its link with your degree, its pay).",
              "fr": "Pendant votre recherche, vous pouvez occuper tout emploi dans la limite d'heures annuelle. Un dossier complet déposé à temps n'est normalement pas refusé ; c'est l'emploi trouvé ensuite que la préfecture examine (lien avec le diplôme, rémunération)."},
             verdicts=("eligible",)),
        Step({"en": "Your permit ends: find a job before then and ask for the change of status to 'salarié'.",
              "fr": "Votre titre prend fin : trouvez un emploi avant et demandez le changement de statut vers « salarié »."},
             on="graduate_valid_until", verdicts=("eligible", "needs_information", "not_eligible")),
    ),
)

variables = module_variables(globals())
