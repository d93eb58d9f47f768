"""The facts of a case: one input variable per field of the case format.

Each carries ``__field__``, the dotted path it is read from. Unknown values: UNKNOWN for
yes/no facts, ``unknown`` for categories, NaT for dates, -1 for numbers. Four event dates
may be given as an explicit ``null`` (the event has not happened): a tri flag beside them
(``hired``, ``decided``, ``refusal_received``, ``appeal_filed``) says whether it happened.
A section left out (no job, no volunteer mission...) is told by the ``has_*`` flags.
"""

from ..meta import CentsVariable, CountVariable, DateVariable, EnumVariable, SejourVariable, TriVariable, module_variables
from .enums import Contract, Custody, Decision, Diploma, MissionPurpose, Oqtf, PermitKind, RouteId

CASE_FORMAT = "sejour case format (shared/case-format.md, section 1)"


class as_of(DateVariable):
    label = "Day of the assessment: the rules in force that day apply"
    reference = CASE_FORMAT
    __field__ = "as_of"


# person
class nationality(SejourVariable):
    value_type = str
    label = "Nationality (ISO 3166-1 alpha-2 code)"
    reference = CASE_FORMAT
    __field__ = "person.nationality"


class in_france(TriVariable):
    label = "The person is in France"
    reference = CASE_FORMAT
    __field__ = "person.in_france"


class arrived_on(DateVariable):
    label = "Day of the last arrival in France"
    reference = CASE_FORMAT
    __field__ = "person.arrived_on"


class departement(SejourVariable):
    value_type = str
    label = "INSEE code of the département of residence ('' when not known)"
    reference = CASE_FORMAT
    __field__ = "person.departement"


# permit
class permit_kind(EnumVariable):
    possible_values = PermitKind
    label = "Residence document held now"
    reference = CASE_FORMAT
    __field__ = "permit.kind"


class permit_expires_on(DateVariable):
    label = "Expiry of the residence document held now"
    reference = CASE_FORMAT
    __field__ = "permit.expires_on"


# studies
class has_studies(TriVariable):
    label = "The case describes higher education in France (section 'studies' given)"
    reference = CASE_FORMAT
    __field__ = "studies"


class diploma(EnumVariable):
    possible_values = Diploma
    label = "Diploma of French higher education"
    reference = CASE_FORMAT
    __field__ = "studies.diploma"


class confers_master_grade(TriVariable):
    label = "The diploma confers the national 'grade de master'"
    reference = CASE_FORMAT
    __field__ = "studies.confers_master_grade"


class cge_labelled(TriVariable):
    label = "The diploma is labelled by the Conférence des grandes écoles"
    reference = CASE_FORMAT
    __field__ = "studies.cge_labelled"


class institution_accredited(TriVariable):
    label = "The institution is accredited (habilitée) to award the diploma"
    reference = CASE_FORMAT
    __field__ = "studies.institution_accredited"


class diploma_obtained_on(DateVariable):
    label = "Day the diploma was (or will be) awarded"
    reference = CASE_FORMAT
    __field__ = "studies.obtained_on"


class enrolled_next_year(TriVariable):
    label = "Still enrolled for the next academic year"
    reference = CASE_FORMAT
    __field__ = "studies.enrolled_next_year"


class years_completed_in_france(CountVariable):
    label = "Years of higher education completed in France"
    reference = CASE_FORMAT
    __field__ = "studies.years_completed_in_france"


# job
class has_job(TriVariable):
    label = "The case describes a job offer or contract (section 'job' given)"
    reference = CASE_FORMAT
    __field__ = "job"


class contract(EnumVariable):
    possible_values = Contract
    label = "Kind of employment contract"
    reference = CASE_FORMAT
    __field__ = "job.contract"


class contract_months(CountVariable):
    label = "Length of a fixed-term contract in months (0 for a CDI)"
    reference = CASE_FORMAT
    __field__ = "job.months"


class gross_monthly_salary(CentsVariable):
    label = "Gross monthly salary of the job"
    reference = CASE_FORMAT
    __field__ = "job.gross_monthly_salary_eur"


class related_to_studies(TriVariable):
    label = "The job is related to the studies"
    reference = CASE_FORMAT
    __field__ = "job.related_to_studies"


class pay_comparable(TriVariable):
    label = "The job is paid like the employer's other staff in the same post"
    reference = CASE_FORMAT
    __field__ = "job.pay_comparable"


class hired(TriVariable):
    label = "The person has been hired (contract or promise signed)"
    reference = CASE_FORMAT
    __field__ = "job.signed_on?"


class hired_on(DateVariable):
    label = "Day the person was hired (contract or promise signed)"
    reference = CASE_FORMAT
    __field__ = "job.signed_on"


class job_starts_on(DateVariable):
    label = "First day of the job"
    reference = CASE_FORMAT
    __field__ = "job.starts_on"


# volunteering
class has_volunteering(TriVariable):
    label = "The case describes a volunteer mission (section 'volunteering' given)"
    reference = CASE_FORMAT
    __field__ = "volunteering"


class host_public_utility(TriVariable):
    label = "The host is an association or foundation recognised of public utility"
    reference = CASE_FORMAT
    __field__ = "volunteering.host_public_utility"


class host_approved_for_volunteers(TriVariable):
    label = "The host holds the approval (agrément) to take foreign volunteers"
    reference = CASE_FORMAT
    __field__ = "volunteering.host_approved_for_volunteers"


class mission_purpose(EnumVariable):
    possible_values = MissionPurpose
    label = "Purpose of the volunteer mission"
    reference = CASE_FORMAT
    __field__ = "volunteering.mission_purpose"


class general_interest_aims(CountVariable):
    label = "Number of general-interest aims of the mission"
    reference = CASE_FORMAT
    __field__ = "volunteering.general_interest_aims"


class contract_signed_before_entry(TriVariable):
    label = "The volunteer contract was signed before entering France"
    reference = CASE_FORMAT
    __field__ = "volunteering.contract_signed_before_entry"


class long_stay_visa(TriVariable):
    label = "The volunteer holds a long-stay visa"
    reference = CASE_FORMAT
    __field__ = "volunteering.long_stay_visa"


class acceptance_certificate(TriVariable):
    label = "The host has given its certificate of acceptance (prise en charge)"
    reference = CASE_FORMAT
    __field__ = "volunteering.acceptance_certificate"


class commits_to_leave(TriVariable):
    label = "The volunteer undertakes in writing to leave France at the end of the mission"
    reference = CASE_FORMAT
    __field__ = "volunteering.commits_to_leave"


class mission_starts_on(DateVariable):
    label = "First day of the volunteer mission"
    reference = CASE_FORMAT
    __field__ = "volunteering.starts_on"


class mission_ends_on(DateVariable):
    label = "Last day of the volunteer mission"
    reference = CASE_FORMAT
    __field__ = "volunteering.ends_on"


# application
class has_application(TriVariable):
    label = "An application has already been filed (section 'application' given)"
    reference = CASE_FORMAT
    __field__ = "application"


class application_route(EnumVariable):
    possible_values = RouteId
    label = "Route of the application already filed"
    reference = CASE_FORMAT
    __field__ = "application.route"


class application_filed_on(DateVariable):
    label = "Day the application was filed"
    reference = CASE_FORMAT
    __field__ = "application.filed_on"


class receipt_states_appeal_routes(TriVariable):
    label = "The acknowledgement of receipt of the application stated the appeal routes and delays"
    reference = CASE_FORMAT
    __field__ = "application.receipt_states_appeal_routes"


class decision(EnumVariable):
    possible_values = Decision
    label = "Decision on the application"
    reference = CASE_FORMAT
    __field__ = "application.decision"


class decided(TriVariable):
    label = "The préfecture has decided"
    reference = CASE_FORMAT
    __field__ = "application.decided_on?"


class decided_on(DateVariable):
    label = "Day of the decision"
    reference = CASE_FORMAT
    __field__ = "application.decided_on"


class refusal_received(TriVariable):
    label = "The written refusal has reached the person"
    reference = CASE_FORMAT
    __field__ = "application.refusal_received_on?"


class refusal_received_on(DateVariable):
    label = "Day the written refusal reached the person"
    reference = CASE_FORMAT
    __field__ = "application.refusal_received_on"


class oqtf(EnumVariable):
    possible_values = Oqtf
    label = "Obligation to leave France (OQTF) notified with the refusal, and whether it gave a departure period"
    reference = CASE_FORMAT
    __field__ = "application.oqtf"


class custody(EnumVariable):
    possible_values = Custody
    label = "Where the person was when the OQTF was notified: free, under house arrest, in detention or in retention"
    reference = CASE_FORMAT
    __field__ = "application.custody"


class appeal_filed(TriVariable):
    label = "The person has contested the refusal"
    reference = CASE_FORMAT
    __field__ = "application.appeal_filed_on?"


class appeal_filed_on(DateVariable):
    label = "Day the person contested the refusal"
    reference = CASE_FORMAT
    __field__ = "application.appeal_filed_on"


variables = module_variables(globals())
