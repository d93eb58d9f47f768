"""Routes `employee_after_aps` and `employee_from_student`: the change of status to 'salarié'.

Seed 000; CESEDA L311-11, R311-35 (15 days, to 2019-02-28), L313-8 / L422-11 (RECE), L313-10
(from 2016-11-01: direct route without labour-market test); employer tax L311-15 then L436-10;
first-titre tax L311-13 then L436-1; Code du travail D5221-21-1 (1.5 × SMIC). law.md §1, §5, §6, §10.
"""

import numpy as np

from ...dates import add_days
from ..meta import (FactCondition, CentsVariable, CountVariable, DateVariable, Document, EnumVariable, Route, SejourVariable, Step, TriVariable, applicability, cents, condition,
                    cost, deadline, in_force, module_variables, per_row)
from ..filing import REPUBLICAN_CONTRACT, employer_steps
from ..tri import TRUE, all_of, date_on_or_before, negate, tri
from .common import filing_day
from .enums import Contract, EmployerTaxBasis, PermitKind

AFTER_APS, FROM_STUDENT = "employee_after_aps", "employee_from_student"
BASIS = ["CESEDA art. L311-11 and R311-35 (to 2019-02-28), L313-8 (to 2021-04-30), L422-11 (from 2021-05-01)", "Seed 000: « What kind of job do I have to find under APS? »"]


class hire_applies(TriVariable):
    label = "The change from APS to employee concerns this person: holds the post-study APS / RECE card and has a job"
    reference = BASIS
    __rule__ = applicability(AFTER_APS)

    def formula(person, period, parameters):
        aps = PermitKind.among(person("permit_kind", period), "aps_graduate")
        return all_of(person("needs_permit", period), aps, person("has_job", period))


class job_contract_type(TriVariable):
    label = "The job is a CDI or a CDD"
    reference = ["CESEDA art. L313-10 (« un contrat de travail à durée indéterminée ou déterminée »)", "Seed 000: « Be a CDD or CDI »"]
    __rule__ = condition(AFTER_APS, "contract_type")

    def formula(person, period, parameters):
        return Contract.among(person("contract", period), "cdi", "cdd")


class job_salary_floor_met(TriVariable):
    label = "The gross monthly salary is at least 1.5 × the SMIC"
    reference = ["Code du travail art. D5221-21-1", "CESEDA art. L311-11, L313-8, L422-11", "Seed 000: « Be paid at least 1.5 times the SMIC »"]
    __rule__ = condition(AFTER_APS, "salary_floor", parameters=["employment.salary_floor_smic_multiple", "employment.smic_monthly"])

    def formula(person, period, parameters):
        salary, floor = person("gross_monthly_salary", period), person("salary_floor", period)
        return tri(salary >= floor, (salary >= 0) & (floor >= 0))


class job_related_to_studies(FactCondition):
    label = "The job is related to the studies"
    reference = ["CESEDA art. L311-11 (« en relation avec sa formation »), L422-11", "Seed 000: « Have something to do with your degree »"]
    __fact__ = "related_to_studies"
    __rule__ = condition(AFTER_APS, "related_to_studies")


class job_pay_comparable(FactCondition):
    label = "The job is paid like the employer's other staff in the same post"
    reference = ["Seed 000: « Be paid comparably to other French salaried workers in the same company »"]
    __fact__ = "pay_comparable"
    __rule__ = condition(AFTER_APS, "pay_comparable")


class hire_nationality_allowed(TriVariable):
    label = "The CESEDA's change of status applies to the nationality (not to Algerians: the 1968 agreement)"
    # Its sources: the routes' own basis (open to any non-European national); the agreement that governs
    # Algerians instead (art. 7 b), CE avis 22 mars 2010) is cited by the parameter, to them only.
    reference = ["CESEDA art. L313-8 (to 2021-04-30), L422-11 (from 2021-05-01): change of status of a post-study permit holder",
                 "CESEDA art. L313-10 (to 2021-04-30), L421-1 and L421-3 (from 2021-05-01): change of status of a student"]
    __rule__ = condition((AFTER_APS, FROM_STUDENT), "nationality_allowed", parameters=["nationality.aps_excluded"])

    def formula(person, period, parameters):
        return negate(person("aps_excluded_national", period))


class hire_file_by(DateVariable):
    label = "Last day to ask for the change of status: 15 days after hiring (to 2019-02-28), then the RECE card's expiry"
    reference = ["CESEDA art. R311-35 (« dans les quinze jours »), then L313-8 / L422-11", "Seed 000: « bring your work contract to the préfecture within 15 days »"]
    __rule__ = deadline(AFTER_APS, "file_by", parameters=["employment.change_of_status_days_after_hire"])

    def formula(person, period, parameters):
        days = in_force(parameters, period, "employment.change_of_status_days_after_hire")
        if days is None:
            return person("permit_expires_on", period)
        hired_on = person("hired_on", period)
        return np.where(person("hired", period) == TRUE, add_days(hired_on, days), np.datetime64("NaT"))


class employer_tax(CentsVariable):
    label = "Tax the employer pays on hiring the person (OFII, then DGFiP from 2023)"
    reference = ["CESEDA art. L311-15 (to 2021-04-30), L436-10 (from 2021-05-01)", "Seed 000: « The tax is equal to 55% of one month of gross salary, up to a maximum 2.5 times the SMIC »"]
    __rule__ = cost((AFTER_APS, FROM_STUDENT), "employer_tax", payer="employer", parameters=["employment.employer_tax", "employment.smic_monthly"],
                    by="employer_tax_basis")

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "employment.employer_tax")
        smic, salary = person("smic_monthly", period), person("gross_monthly_salary", period)
        months, contract = person("contract_months", period), person("contract", period)
        cdi = Contract.code(contract, "cdi")
        long_contract = cdi | (months >= tax["long_contract_months"])
        short_contract = ~cdi & (months > tax["short_contract_min_months"]) & (months < tax["long_contract_months"])
        percent = int(round(tax["rate_long_contract"] * 100))
        cap_halves = int(round(tax["pay_cap_smic_multiple"] * 2))  # the cap in half-SMICs keeps integer arithmetic exact
        base_halves = np.minimum(2 * salary, cap_halves * smic)
        proportional = (base_halves * percent + 100) // 200
        bands = tax["short_contract"]
        fixed = np.where(salary <= smic, cents(bands["up_to_1_smic"]),
                         np.where(2 * salary <= 3 * smic, cents(bands["up_to_1_5_smic"]), cents(bands["above_1_5_smic"])))
        amount = np.where(long_contract, proportional, np.where(short_contract, fixed, -1))
        known = (salary >= 0) & (smic >= 0) & (cdi | (months >= 0)) & ~Contract.code(contract, "unknown")
        ceseda = person("aps_excluded_national", period) != TRUE  # the 1968 agreement: CESEDA amounts not confirmed for Algerians
        return np.where(known & ceseda, amount, -1)


class employer_tax_basis(EnumVariable):
    possible_values = EmployerTaxBasis
    label = "How the employer tax is counted (for its explanation): by the length of the contract"
    reference = ["CESEDA art. L311-15, L436-10"]

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "employment.employer_tax")
        months, contract = person("contract_months", period), person("contract", period)
        cdi = Contract.code(contract, "cdi")
        long_contract = cdi | (months >= tax["long_contract_months"])
        short_contract = (months > tax["short_contract_min_months"]) & ~long_contract
        unknown = ~long_contract & ((months < 0) | Contract.code(contract, "unknown"))
        return np.select([long_contract, short_contract, unknown],
                         [EmployerTaxBasis.proportional.index, EmployerTaxBasis.fixed.index, EmployerTaxBasis.unknown.index],
                         EmployerTaxBasis.not_covered.index).astype(np.int16)


class employer_tax_percent(CountVariable):
    label = "Rate of the employer tax on one month of gross salary, in percent (contract of 12 months or more)"
    unit = "percent"
    reference = ["CESEDA art. L311-15, L436-10"]

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "employment.employer_tax")
        return per_row(person, period, int(round(tax["rate_long_contract"] * 100)), dtype=np.int32)


class employer_tax_cap_smic(SejourVariable):
    label = "The salary counted for the employer tax is capped at this multiple of the SMIC"
    value_type = float
    reference = ["CESEDA art. L311-15, L436-10"]

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "employment.employer_tax")
        return per_row(person, period, float(tax["pay_cap_smic_multiple"]), dtype=np.float32)


class stamp_duty(CentsVariable):
    label = "Tax and droit de timbre the person pays on the first 'salarié' card"
    reference = ["CESEDA art. L311-13 B al. 2 (a former student pays the first-titre tax), L436-1 (from 2021-05-01)", "Seed 000: « You will have to pay a fee of €241 in timbres fiscaux on your first carte de séjour – salarié »"]
    __rule__ = cost((AFTER_APS, FROM_STUDENT), "stamp_duty", payer="applicant", parameters=["fees.first_permit_tax", "fees.droit_de_timbre"])

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "fees.first_permit_tax")
        stamp = in_force(parameters, period, "fees.droit_de_timbre", 0)
        amount = per_row(person, period, -1 if tax is None else cents(tax + stamp))
        return np.where(person("aps_excluded_national", period) == TRUE, -1, amount)  # the 1968 agreement: not confirmed


# employee_from_student
class direct_hire_applies(TriVariable):
    label = "The change from student to employee concerns this person: holds a student permit and is offered a CDI or CDD"
    reference = ["CESEDA art. L313-10", "Seed 000, reply to Melissa: « You can switch directly from 'student' to 'salarié' without going through APS »"]
    __rule__ = applicability(FROM_STUDENT)

    def formula(person, period, parameters):
        student = PermitKind.among(person("permit_kind", period), "student")
        return all_of(person("needs_permit", period), student, person("has_job", period), person("job_contract_type", period))


class direct_hire_in_france(FactCondition):
    label = "The student is in France"
    reference = ["CESEDA art. L313-10 (to 2021-04-30): the change of status is asked in France, before the student permit expires"]
    __fact__ = "in_france"
    __rule__ = condition(FROM_STUDENT, "in_france")


class direct_hire_apply_before(DateVariable):
    label = "Last day to ask for the change of status: the student permit's expiry"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)", "shared/domain.md: « Before the permit expires » means on or before permit.expires_on"]
    __rule__ = deadline(FROM_STUDENT, "apply_before")

    def formula(person, period, parameters):
        return person("permit_expires_on", period)


class direct_hire_before_expiry(TriVariable):
    label = "The student permit has not expired"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]
    __rule__ = condition(FROM_STUDENT, "before_permit_expiry")

    def formula(person, period, parameters):
        return date_on_or_before(person("direct_hire_filing_day", period), person("permit_expires_on", period))


class direct_hire_filing_day(DateVariable):
    label = "Day the change of status is (or was) asked: the filing day of an application already made for it, else the assessment day"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]

    def formula(person, period, parameters):
        return filing_day(person, period, FROM_STUDENT)


class direct_hire_labour_market_test_exempt(TriVariable):
    label = "The employer is exempt from the labour-market test (from 2016-11-01: eligible diploma, related job, salary floor)"
    reference = ["CESEDA art. L313-10, last para. (loi n° 2016-274, from 2016-11-01)", "Seed 000, reply to Sumanth: the employer must otherwise « prove that no current applicants on the French job market can do this particular job »"]
    __rule__ = condition(FROM_STUDENT, "labour_market_test_exempt", blocking=False,
                         parameters=["employment.labour_market_test_exemption_for_graduates", "employment.salary_floor_smic_multiple"])

    def formula(person, period, parameters):
        exempt_route = bool(in_force(parameters, period, "employment.labour_market_test_exemption_for_graduates", False))
        checks = all_of(person("graduate_diploma_level", period), person("job_related_to_studies", period), person("job_salary_floor_met", period))
        return checks if exempt_route else np.zeros(len(checks), dtype=np.int32)


JOB_DOCUMENTS = (
    Document("employment_contract"),
    Document("passport"),
    Document("proof_of_address"),
    Document("passport_photos", quantity=3),
    Document("diploma"),
    Document("timbres_fiscaux"),
    REPUBLICAN_CONTRACT,
)

route_after_aps = Route(
    AFTER_APS,
    documents=(Document("aps"),) + JOB_DOCUMENTS,
    steps=(
        Step('check_employer_that'),
        *employer_steps(),
        Step('ask_prefecture',
             on="hire_file_by", unless_in_force="procedure.work_authorisation_online"),
        Step('once_work_authorisation',
             on="hire_file_by", only_if="procedure.work_authorisation_online"),
        Step('once_hired_change',
             verdicts=("eligible",)),
    ),
)

route_from_student = Route(
    FROM_STUDENT,
    documents=(Document("student_permit"),) + JOB_DOCUMENTS,
    steps=(
        *employer_steps(),
        Step('ask_prefecture',
             on="direct_hire_apply_before", unless_in_force="procedure.student_online_compulsory"),
        Step('ask_change_status',
             on="direct_hire_apply_before", only_if="procedure.student_online_compulsory"),
    ),
)

variables = module_variables(globals())
routes = (route_after_aps, route_from_student)
