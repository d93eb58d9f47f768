"""Route `talent_qualified_employee`: the multi-year « talent – salarié qualifié » card (CESEDA L421-9
as amended by loi n° 2024-42, in force 2024-01-28): a graduate of a master-grade diploma from a
French accredited institution in a salaried job paid at least the threshold (R421-16 A, décret
n° 2025-539; 39 582 € a year by the arrêté of 21 August 2025), up to 4 years (R421-12). Before
2024-01-28, and while the threshold is not confirmed, the route says what it needs instead of
guessing (research notes §15).
"""

import numpy as np

from ..filing import REPUBLICAN_CONTRACT
from ..meta import (CentsVariable, CountVariable, DateVariable, Document, EnumVariable, Route, Step, TriVariable, applicability, cents, condition,
                    cost, deadline, figure, in_force, module_variables, parameter_per_row, per_row)
from ..tri import FALSE, TRUE, UNKNOWN, all_of, any_of, date_on_or_before, tri
from .common import filing_day
from .enums import Contract, Diploma, PermitKind, TalentName, TaxOwed

ROUTE = "talent_qualified_employee"
BASIS = ["CESEDA art. L421-9 (loi n° 2024-42 du 26 janvier 2024, art. 30, in force 2024-01-28)"]
MASTER_GRADE = ("master", "engineering", "doctorate")  # diplomas of the master grade or above
MAYBE_LISTED = ("mba", "msc", "rncp_level_1", "accounting", "medical", "technology", "other")  # unless master grade: the decree's list


NAMING = "procedure.talent_naming"
class talent_name(EnumVariable):
    possible_values = TalentName
    label = "How the texts name the card on the day: « passeport talent », then « talent » from the décret of 13 June 2025"
    reference = ["Décret n° 2025-539 du 13 juin 2025"]

    def formula(person, period, parameters):
        renamed = bool(in_force(parameters, period, NAMING, False))
        name = TalentName.talent if renamed else TalentName.passeport_talent
        return per_row(person, period, name.index, dtype=np.int16)


class talent_applies(TriVariable):
    label = "The talent card concerns this person: a non-EU student or post-study permit holder with a salaried job"
    reference = BASIS
    __rule__ = applicability(ROUTE, by="talent_name", parameters=[NAMING])

    def formula(person, period, parameters):
        graduate = PermitKind.among(person("permit_kind", period), "student", "aps_graduate")
        return all_of(person("needs_permit", period), graduate, person("has_job", period))


class talent_rules_known(TriVariable):
    label = "sejour knows the card's rules on this day (L421-9 as amended in 2024, from 2024-01-28)"
    reference = BASIS
    __rule__ = condition(ROUTE, "rules_known", parameters=["talent.qualified_employee_rules_known"])

    def formula(person, period, parameters):
        known = bool(in_force(parameters, period, "talent.qualified_employee_rules_known", False))
        return per_row(person, period, TRUE if known else UNKNOWN, dtype=np.int32)


class talent_nationality(TriVariable):
    label = "The nationality does not put the person outside the CESEDA card (Algerians: the 1968 agreement; not confirmed)"
    reference = BASIS  # the agreement that governs Algerians is cited to them only (the parameter)
    __rule__ = condition(ROUTE, "nationality_allowed", parameters=["nationality.aps_excluded"])

    def formula(person, period, parameters):
        return np.where(person("aps_excluded_national", period) == TRUE, UNKNOWN, TRUE).astype(np.int32)


class talent_diploma(TriVariable):
    label = "A diploma at least equivalent to the master grade (or on the decree's list) from an accredited French institution"
    reference = BASIS
    __rule__ = condition(ROUTE, "diploma_level")

    def formula(person, period, parameters):
        diploma, grade = person("diploma", period), person("confers_master_grade", period)
        maybe_listed = np.where(Diploma.among(diploma, *MAYBE_LISTED) == FALSE, FALSE, UNKNOWN).astype(np.int32)
        level = any_of(grade, Diploma.among(diploma, *MASTER_GRADE), maybe_listed)
        return all_of(level, person("institution_accredited", period))


class talent_salaried(TriVariable):
    label = "A salaried professional activity (a CDI or CDD; temporary work not confirmed)"
    reference = BASIS
    __rule__ = condition(ROUTE, "salaried_job")

    def formula(person, period, parameters):
        contract = person("contract", period)
        salaried = Contract.among(contract, "cdi", "cdd")
        return np.where(Contract.code(contract, "interim"), UNKNOWN, salaried).astype(np.int32)


class talent_salary_floor(CentsVariable):
    label = "Gross annual salary the card requires (R421-16 A), in cents; -1 when no amount is confirmed for the day"
    reference = ["CESEDA art. L421-9 and R421-16 A (décret n° 2025-539 du 13 juin 2025)"]
    __rule__ = figure(ROUTE, "minimum_annual_salary_eur", unit="EUR", parameters=["talent.qualified_employee_salary_floor_annual"])

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "talent.qualified_employee_salary_floor_annual", cents)


class talent_salary_met(TriVariable):
    label = "The gross annual salary (12 × the monthly salary) reaches the threshold in force"
    reference = ["CESEDA art. L421-9 and R421-16 A (décret n° 2025-539 du 13 juin 2025)"]
    __rule__ = condition(ROUTE, "salary_threshold", parameters=["talent.qualified_employee_salary_floor_annual"])

    def formula(person, period, parameters):
        annual, floor = person("talent_annual_salary", period), person("talent_salary_floor", period)
        return tri(annual >= floor, (annual >= 0) & (floor >= 0))


class talent_annual_salary(CentsVariable):
    label = "Gross annual salary: 12 × the gross monthly salary"
    reference = ["CESEDA art. R421-16 A (« rémunération annuelle brute »)"]

    def formula(person, period, parameters):
        monthly = person("gross_monthly_salary", period)
        return np.where(monthly < 0, -1, monthly * 12)


class talent_before_expiry(TriVariable):
    label = "The current permit has not expired (the card is asked before it expires)"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]
    __rule__ = condition(ROUTE, "before_permit_expiry")

    def formula(person, period, parameters):
        return date_on_or_before(person("talent_filing_day", period), person("permit_expires_on", period))


class talent_filing_day(DateVariable):
    label = "Day the card is (or was) asked: the filing day of an application already made for it, else the assessment day"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]

    def formula(person, period, parameters):
        return filing_day(person, period, ROUTE)


class talent_apply_before(DateVariable):
    label = "Last day to ask for the card: the current permit's expiry"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]
    __rule__ = deadline(ROUTE, "apply_before")

    def formula(person, period, parameters):
        return person("permit_expires_on", period)


class talent_stamp_duty(CentsVariable):
    label = "Tax and droit de timbre for the card, paid as a first titre by a former student"
    reference = ["CESEDA art. L436-1 and L436-7 (first-titre tax and droit de timbre)",
                 "expat-elan.fr (January 2020): the cartes de séjour pluriannuelles « salarié » and « passeport talent » pay the general tariff, 200 € + 25 € (LFI 2020)",
                 "Circulaire IOCL1201043C du 12 janvier 2012: a student card holder changing status pays the first-issue tariff of the new card"]
    __rule__ = cost(ROUTE, "stamp_duty", payer="applicant", parameters=["fees.first_permit_tax", "fees.droit_de_timbre"])

    def formula(person, period, parameters):
        return person("stamp_duty", period)


EMPLOYER_TAX = "talent.qualified_employee_employer_tax"


class talent_employer_tax_owed(EnumVariable):
    possible_values = TaxOwed
    label = "Whether the employer tax is owed on this card: not owed from 2023 (no work authorisation needed), not confirmed before; Algerians not confirmed"
    reference = ["CESEDA art. L436-10 (loi n° 2022-1726 du 30 décembre 2022, art. 80)", "CESEDA art. L421-9"]

    def formula(person, period, parameters):
        amount = in_force(parameters, period, EMPLOYER_TAX)
        ceseda = person("aps_excluded_national", period) != TRUE  # the 1968 agreement: the CESEDA card itself not confirmed for Algerians
        return np.where(ceseda & (amount == 0), TaxOwed.not_owed.index, TaxOwed.unknown.index).astype(np.int16)


class talent_employer_tax(CentsVariable):
    label = "Employer tax (taxe due par l'employeur de main-d'œuvre étrangère) on hiring the card's holder, in cents; -1 when not confirmed"
    reference = ["CESEDA art. L436-10 (loi n° 2022-1726 du 30 décembre 2022, art. 80): due on a first admission to stay for a job that needs a work authorisation"]
    __rule__ = cost(ROUTE, "employer_tax", payer="employer", by="talent_employer_tax_owed", parameters=[EMPLOYER_TAX])

    def formula(person, period, parameters):
        owed = person("talent_employer_tax_owed", period)
        return np.where(TaxOwed.code(owed, "not_owed"), 0, -1)


class talent_validity_months(CountVariable):
    label = "Longest validity of the card, in months (the contract's length within this limit)"
    reference = ["CESEDA art. L421-9; R421-12"]
    __rule__ = figure(ROUTE, "validity_months_max", unit="month", parameters=["talent.validity_months_max"])

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "talent.validity_months_max")


route = Route(
    ROUTE,
    earlier_title=NAMING,
    # Documents as read: the list of the arrêté of 28 October 2016 (NOR INTV1629674A) for the
    # « passeport talent » salaried cards, as given by de.ambafrance.org, beaubourg-avocats.fr (diploma
    # at least of master level from a French institution, a contract of more than 3 months, the
    # form completed by the employer with the contract's main terms, the company's Kbis, its social
    # contributions certificate) and shebavok.com (« formulaire conforme au modèle fixé par arrêté qui
    # reprend les principaux éléments du contrat de travail »); civil status, address, photos as on
    # préfecture lists (lanorville-avocats.com). Whether the décret of 13 June 2025 changed the list:
    # not confirmed.
    documents=(
        Document("current_permit"),
        Document("passport"),
        Document("birth_certificate"),
        Document("employment_contract"),
        Document("employer_form"),
        Document("employer_registration"),
        Document("diploma"),
        Document("proof_of_address"),
        Document("passport_photos", quantity=3),
        Document("timbres_fiscaux"),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        Step('ask_card_online',
             on="talent_apply_before", only_if="procedure.student_online_compulsory"),
        Step('no_separate_work'),
        Step('salary_does_not',
             verdicts=("needs_information", "not_eligible")),
    ),
)

variables = module_variables(globals())
