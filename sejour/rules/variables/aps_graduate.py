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
from .common import NationalityAllowed, filing_day

ABROAD = "procedure.rece_abroad_at_consulate"
from .enums import Decision, Diploma, PermitKind, PostStudyPermit, Renewal, RouteId

ROUTE = "aps_graduate"
BASIS = ["CESEDA art. L311-11 (to 2019-02-28), L313-8 (2019-03-01 to 2021-04-30), L422-10 (from 2021-05-01)", "Seed 000 (APS after a master's degree)"]


class graduate_applies(TriVariable):
    label = "The post-study permit concerns this person: non-European, with studies in France or a student permit"
    reference = BASIS
    __rule__ = applicability(ROUTE)

    def formula(person, period, parameters):
        studied = any_of(person("has_studies", period), PermitKind.among(person("permit_kind", period), "student"))
        return all_of(person("needs_permit", period), studied)


class graduate_nationality_allowed(NationalityAllowed):
    reference = BASIS[:1]
    __rule__ = NationalityAllowed.rule(ROUTE)


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
    __rule__ = condition(ROUTE, "student_permit", parameters=["aps_graduate.returning_graduate_years"])

    def formula(person, period, parameters):
        return any_of(PermitKind.among(person("permit_kind", period), "student"), person("graduate_returning", period))


class graduate_diploma_level(TriVariable):
    label = "The diploma opens the post-study permit (master level, or on the list in force)"
    reference = ["CESEDA art. L311-11 (« au moins équivalent au master »), D313-16-5 (from 2016-11-01: CGE label, licence professionnelle), L422-10",
                 "Seed 000: « at least a Master's degree ... engineering, accounting or medical degrees, ... doctorate or technology degree »"]
    __rule__ = condition(ROUTE, "diploma_level", parameters=["aps_graduate.eligible_diplomas", "aps_graduate.cge_label_accepted"])

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
    __rule__ = condition(ROUTE, "institution_accredited")


class graduate_in_france(TriVariable):
    label = "Applies from France (or, from 2019-03-01, is a graduate abroad within 4 years of the diploma)"
    reference = BASIS + ["CESEDA art. L311-11 (to 2019-02-28): the APS is asked at the préfecture, from France"]
    __rule__ = condition(ROUTE, "in_france", parameters=["aps_graduate.returning_graduate_years", "procedure.rece_abroad_at_consulate"])

    def formula(person, period, parameters):
        return any_of(person("in_france", period), person("graduate_returning", period))


class graduate_filing_day(DateVariable):
    label = "Day the application is (or was) filed: the filing day of an application already made, else the assessment day"
    reference = ["sejour case format, section application"]

    def formula(person, period, parameters):
        return filing_day(person, period, ROUTE)


class graduate_apply_before(DateVariable):
    label = "Last day to file: the student permit's expiry (4 months before it until 2014-08-21)"
    reference = ["CESEDA art. R311-35 (« au plus tard quatre mois avant l'expiration », then from 2014-08-22 « avant l'expiration de son titre »)",
                 "Seed 000, reply to Neville: « You have to have applied before the expiration of your (then) current carte de séjour »"]
    __rule__ = deadline(ROUTE, "apply_before", parameters=["aps_graduate.apply_months_before_expiry"])

    def formula(person, period, parameters):
        months = in_force(parameters, period, "aps_graduate.apply_months_before_expiry", 0)
        student = PermitKind.code(person("permit_kind", period), "student")
        return np.where(student, add_months(person("permit_expires_on", period), -months), np.datetime64("NaT"))


class graduate_filed_in_time(TriVariable):
    label = "The application is (or was) filed in time"
    reference = ["CESEDA art. R311-35", "Seed 000, reply to Amit Gupta: « If your visa is expired you probably won't be able to get APS »"]
    __rule__ = condition(ROUTE, "filed_in_time", parameters=["aps_graduate.apply_months_before_expiry"])

    def formula(person, period, parameters):
        in_time = date_on_or_before(person("graduate_filing_day", period), person("graduate_apply_before", period))
        return any_of(in_time, person("graduate_returning", period))


class graduate_diploma_recent(TriVariable):
    label = "The diploma was obtained within the year before the application (2016-11-01 to 2019-02-28)"
    reference = ["CESEDA art. R311-35 (décret n° 2016-1456): « diplôme obtenu dans l'année »"]
    __rule__ = condition(ROUTE, "diploma_within_year", parameters=["aps_graduate.diploma_within_year_required"],
                         only_if="aps_graduate.diploma_within_year_required")

    def formula(person, period, parameters):
        required = bool(in_force(parameters, period, "aps_graduate.diploma_within_year_required", False))
        recent = date_on_or_before(add_months(person("graduate_filing_day", period), -12), person("diploma_obtained_on", period))
        return recent if required else np.full(len(recent), TRUE, dtype=np.int32)


class graduate_apply_by_recommended(DateVariable):
    label = "Advised filing day: 6 months before the permit expires in Île-de-France, 4 months elsewhere"
    reference = ["Seed 000: « file your application at least 4 months before your student carte de séjour expires. In regions like Paris ... 6 months in advance »"]
    # its words depend on where the person lives: the Paris region's slowness is said only to those who live there
    __rule__ = deadline(ROUTE, "apply_by_recommended", parameters=["aps_graduate.recommended_months_before_expiry", "general.ile_de_france_departements"],
                        by="residence_region")

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


class graduate_on_aps(TriVariable):
    label = "The permit after studies is the APS (known): its yearly hours of work apply"
    reference = ["CESEDA art. L311-11; Code du travail art. R5221-26"]

    def formula(person, period, parameters):
        return np.where(person("graduate_rece_card", period) == FALSE, TRUE, FALSE).astype(np.int32)


class graduate_not_on_aps(TriVariable):
    label = "The permit after studies is the RECE card, or not known: no yearly hours of work are known to apply"
    reference = ["CESEDA art. L313-8, then L422-10"]

    def formula(person, period, parameters):
        return negate(person("graduate_on_aps", period))


RENEWABLE_ONCE = "nationality.bilateral_aps_renewable_once"


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
                                        "nationality.bilateral_agreement", RENEWABLE_ONCE] for value in ("renewable_once", "unknown")})

    def formula(person, period, parameters):
        general = in_force(parameters, period, "aps_graduate.validity_months", -1)
        agreement = in_force(parameters, period, "nationality.bilateral_aps_months")
        months = {} if agreement is None else {country: int(agreement[country]) for country in agreement if agreement[country] is not None}
        by_country = lookup(person("nationality", period), months, -1)
        return np.where(person("graduate_bilateral_regime", period) == TRUE, by_country, general)


class graduate_valid_until(DateVariable):
    label = "End of the post-study permit: the grant day + its length, or the expiry of the one held"
    reference = BASIS
    __rule__ = deadline(ROUTE, "valid_until", parameters=["aps_graduate.validity_months"])

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


class graduate_work_hours(CountVariable):
    label = "Hours of work allowed per year while on the post-study APS, any job (the APS-era figure: not confirmed for the RECE card)"
    unit = "hour"
    reference = ["Code du travail art. R5221-26", "Seed 000: « work part-time (up to 964 hours per year) in any job »"]
    __rule__ = figure(ROUTE, "work_hours_per_year_max", unit="hour", parameters=["general.student_work_hours_per_year"], by="graduate_permit",
                      cites_by={"rece": ["general.student_work_hours_per_year", "aps_graduate.work_hours_on_rece"]})

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "general.student_work_hours_per_year")


class graduate_fee(CentsVariable):
    label = "Cost of the post-study permit: free for an APS; RECE card: tax + droit de timbre"
    reference = ["Seed 000: « A change of status from student to authorisation provisoire de séjour is free »", "CESEDA art. L311-13 A then L436-1 (RECE: reduced tariff)", "CESEDA art. L311-16 then L436-7 (droit de timbre)"]
    __rule__ = cost(ROUTE, "fee", payer="applicant", parameters=["fees.aps_tax", "fees.rece_tax", "fees.droit_de_timbre", "aps_graduate.rece_card",
                                                                 "aps_graduate.bilateral_aps_from", "nationality.bilateral_agreement"],
                    by="graduate_permit",  # the sources of the amount of the permit the person gets
                    cites_by={"aps": ["fees.aps_tax", "aps_graduate.bilateral_aps_from", "nationality.bilateral_agreement"],
                              "rece": ["fees.rece_tax", "fees.droit_de_timbre", "aps_graduate.rece_card"]})

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
    documents=(
        Document("passport_photos", quantity=3),
        Document("student_permit",
                 unless="graduate_returning"),
        Document("diploma", unless="graduate_diploma_pending"),
        Document("attestation_de_reussite",
            when="graduate_diploma_pending"),
        Document("health_insurance", when="graduate_health_insurance_required"),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        Step('gather_documents_checklist'),
        Step('advised_file_application',
             on="graduate_apply_by_recommended", unless_in_force=ABROAD),
        Step('advised_file_application_2',
             on="graduate_apply_by_recommended", only_if=ABROAD, when="in_france"),
        Step('from_abroad_apply',
             only_if=ABROAD, when="graduate_abroad"),
        Step('last_day_file',
             on="graduate_apply_before"),
        Step('while_search_may',
             verdicts=("eligible",), when="graduate_on_aps"),
        Step('while_search_rece',
             verdicts=("eligible",), when="graduate_not_on_aps"),
        Step('permit_ends_find',
             on="graduate_valid_until", verdicts=("eligible", "needs_information", "not_eligible")),
    ),
)

variables = module_variables(globals())
