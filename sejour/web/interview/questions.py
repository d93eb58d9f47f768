"""The questions of the interview: one per field of the case format, in plain words, grouped by
topic (a section of the case). Their words are catalogue texts (:mod:`sejour.i18n`), keyed
``question.<field path>.label`` / ``.hint`` / ``.choice.<value>``: ``question.label[lang]``.
Which of them are asked is decided by the engine (`missing`), never by a fixed list: see
:mod:`sejour.web.interview.flow`. How answers are read and shown back: :mod:`.reading`."""

from __future__ import annotations

from dataclasses import dataclass

from sejour.i18n import Message, N_

from .reading import (  # noqa: F401  (the advisors' pages read answers through this module)
    AnswerError,
    country_names,
    money,
    parse_answer,
    parse_date,
    parse_money,
    parse_number,
    shown_value,
    sorted_countries,
)

TOPICS = ("person", "permit", "studies", "job", "volunteering", "application")
TOPIC_TITLES = {
    "person": N_("question.topic.person", "About you"),
    "permit": N_("question.topic.permit", "Your residence document"),
    "studies": N_("question.topic.studies", "Your studies in France"),
    "job": N_("question.topic.job", "Your job"),
    "volunteering": N_("question.topic.volunteering", "Your volunteer mission"),
    "application": N_("question.topic.application", "Your application to the préfecture"),
    "sections": N_("question.topic.sections", "Your situation"),
}

# What the person wants; the goal opens the "if any" section it is about.
GOALS = {
    "volunteer": (N_("question.goal.volunteer", "Come to France as a volunteer"), "volunteering"),
    "graduate": (N_("question.goal.graduate", "Stay in France after my studies"), None),
    "hired": (N_("question.goal.hired", "I have been hired (or have a job offer)"), "job"),
    "refused": (N_("question.goal.refused", "My application was refused or not answered"), "application"),
    "unsure": (N_("question.goal.unsure", "I am not sure"), None),
}
# For "I am not sure": whether each "if any" section exists is asked first.
SECTION_QUESTIONS = {
    "job": N_("question.section.job", "Do you have a job offer or a signed work contract?"),
    "volunteering": N_("question.section.volunteering", "Do you have (or plan) a volunteer mission with an association or foundation?"),
    "application": N_("question.section.application", "Have you already filed an application at the préfecture?"),
}


@dataclass(frozen=True)
class Question:
    """kind "event": a date that may not have happened (yet); "not yet" is kept as an explicit null."""
    path: str
    kind: str  # yesno | date | event | choice | country | departement | number | money | multi
    label: Message
    hint: Message | None = None
    choices: tuple = ()  # (value, Message)

    @property
    def topic(self) -> str:
        return self.path.split(".")[0]

    @property
    def name(self) -> str:
        return self.path.replace(".", "__")

    def texts(self) -> list[Message]:
        """Every text of the question: its label, its hint, its choices."""
        return [self.label, *([self.hint] if self.hint else []), *(text for _, text in self.choices)]


DATE_HINT = N_("question.date.hint", "For example 31/12/2026.")
QUESTIONS = {q.path: q for q in [
    Question("person.nationality", "country", N_("question.person.nationality.label", "What is your nationality?")),
    Question("person.in_france", "yesno", N_("question.person.in_france.label", "Are you in France now?")),
    Question("person.arrived_on", "date", N_("question.person.arrived_on.label", "When did you last arrive in France?"), DATE_HINT),
    Question("person.departement", "departement", N_("question.person.departement.label", "In which département do you live?"),
             N_("question.person.departement.hint", "The number of the département, e.g. 75 for Paris, 69 for the Rhône.")),
    Question("permit.kind", "choice", N_("question.permit.kind.label", "Which residence document do you hold now?"), choices=(
        ("none", N_("question.permit.kind.choice.none", "None")),
        ("long_stay_visa", N_("question.permit.kind.choice.long_stay_visa", "A long-stay visa")),
        ("student", N_("question.permit.kind.choice.student", "A student residence permit (titre de séjour « étudiant »)")),
        ("aps_graduate", N_("question.permit.kind.choice.aps_graduate", "An APS or a RECE card after my degree")),
        ("aps_volunteer", N_("question.permit.kind.choice.aps_volunteer", "An APS for volunteers")),
        ("employee", N_("question.permit.kind.choice.employee", "An employee permit (« salarié »)")),
        ("researcher", N_("question.permit.kind.choice.researcher", "A researcher permit")),
        ("other", N_("question.permit.kind.choice.other", "Another document")),
    )),
    Question("permit.expires_on", "date", N_("question.permit.expires_on.label", "When does it expire (or when did it expire)?"), DATE_HINT),
    Question("studies.diploma", "choice", N_("question.studies.diploma.label", "Which diploma did you obtain (or will you obtain) in France?"), choices=(
        ("none", N_("question.studies.diploma.choice.none", "None")),
        ("licence", N_("question.studies.diploma.choice.licence", "Licence (bachelor)")),
        ("licence_professionnelle", N_("question.studies.diploma.choice.licence_professionnelle", "Licence professionnelle")),
        ("master", N_("question.studies.diploma.choice.master", "Master")),
        ("engineering", N_("question.studies.diploma.choice.engineering", "Engineering degree (diplôme d'ingénieur)")),
        ("doctorate", N_("question.studies.diploma.choice.doctorate", "Doctorate (PhD)")),
        ("mba", N_("question.studies.diploma.choice.mba", "MBA")),
        ("msc", N_("question.studies.diploma.choice.msc", "MSc")),
        ("rncp_level_1", N_("question.studies.diploma.choice.rncp_level_1", "RNCP level 7 (formerly level I) certification")),
        ("accounting", N_("question.studies.diploma.choice.accounting", "Accounting diploma (DSCG)")),
        ("medical", N_("question.studies.diploma.choice.medical", "Medical diploma")),
        ("technology", N_("question.studies.diploma.choice.technology", "Technology diploma")),
        ("other", N_("question.studies.diploma.choice.other", "Another diploma")),
    )),
    Question("studies.confers_master_grade", "yesno", N_("question.studies.confers_master_grade.label", "Does the diploma confer the national « grade de master »?"),
             N_("question.studies.confers_master_grade.hint", "Your school or university can tell you; it is written on most diplomas.")),
    Question("studies.cge_labelled", "yesno", N_("question.studies.cge_labelled.label", "Is it labelled by the Conférence des grandes écoles (Mastère spécialisé, MSc)?")),
    Question("studies.institution_accredited", "yesno", N_("question.studies.institution_accredited.label", "Is the school or university accredited by the State (« habilité »)?")),
    Question("studies.obtained_on", "date", N_("question.studies.obtained_on.label", "When was (or will) the diploma be awarded?"), DATE_HINT),
    Question("studies.enrolled_next_year", "yesno", N_("question.studies.enrolled_next_year.label", "Are you enrolled for next academic year?")),
    Question("studies.years_completed_in_france", "number", N_("question.studies.years_completed_in_france.label", "How many years of higher education have you completed in France?")),
    Question("job.contract", "choice", N_("question.job.contract.label", "Which kind of contract?"), choices=(
        ("cdi", N_("question.job.contract.choice.cdi", "Permanent contract (CDI)")),
        ("cdd", N_("question.job.contract.choice.cdd", "Fixed-term contract (CDD)")),
        ("interim", N_("question.job.contract.choice.interim", "Temporary agency work (intérim)")),
        ("internship", N_("question.job.contract.choice.internship", "Internship")),
        ("student_job", N_("question.job.contract.choice.student_job", "Student job")),
    )),
    Question("job.months", "number", N_("question.job.months.label", "How many months does the contract last?")),
    Question("job.gross_monthly_salary_eur", "money", N_("question.job.gross_monthly_salary_eur.label", "What is the gross monthly salary, in euros?"),
             N_("question.job.gross_monthly_salary_eur.hint", "Before social contributions, as written in the contract, e.g. 2500 or 2 500,50.")),
    Question("job.related_to_studies", "yesno", N_("question.job.related_to_studies.label", "Is the job related to your studies?")),
    Question("job.pay_comparable", "yesno", N_("question.job.pay_comparable.label", "Are you paid like the employer's other staff in the same post?")),
    Question("job.signed_on", "event", N_("question.job.signed_on.label", "When were you hired (contract or promise signed)?"), DATE_HINT),
    Question("job.starts_on", "date", N_("question.job.starts_on.label", "When does the job start?"), DATE_HINT),
    Question("volunteering.host_public_utility", "yesno", N_("question.volunteering.host_public_utility.label", "Is the host an association or foundation « reconnue d'utilité publique »?")),
    Question("volunteering.host_approved_for_volunteers", "yesno", N_("question.volunteering.host_approved_for_volunteers.label", "Is the host approved to receive volunteers?")),
    Question("volunteering.mission_purpose", "choice", N_("question.volunteering.mission_purpose.label", "What is the mission's purpose?"), choices=(
        ("social", N_("question.volunteering.mission_purpose.choice.social", "Social")),
        ("humanitarian", N_("question.volunteering.mission_purpose.choice.humanitarian", "Humanitarian")),
        ("other", N_("question.volunteering.mission_purpose.choice.other", "Something else")),
    )),
    Question("volunteering.general_interest_aims", "multi", N_("question.volunteering.general_interest_aims.label", "Which general-interest aims does the mission pursue?"), choices=(
        ("self_reliance_and_cohesion", N_("question.volunteering.general_interest_aims.choice.self_reliance_and_cohesion", "Self-reliance and social cohesion")),
        ("solidarity_in_france", N_("question.volunteering.general_interest_aims.choice.solidarity_in_france", "Solidarity in France")),
    )),
    Question("volunteering.contract_signed_before_entry", "yesno", N_("question.volunteering.contract_signed_before_entry.label", "Was the volunteering contract signed before you entered France?")),
    Question("volunteering.long_stay_visa", "yesno", N_("question.volunteering.long_stay_visa.label", "Do you hold (or will you hold) a long-stay visa for the mission?")),
    Question("volunteering.acceptance_certificate", "yesno", N_("question.volunteering.acceptance_certificate.label", "Do you have the host's acceptance certificate?")),
    Question("volunteering.commits_to_leave", "yesno", N_("question.volunteering.commits_to_leave.label", "Do you undertake in writing to leave France at the end of the mission?")),
    Question("volunteering.starts_on", "date", N_("question.volunteering.starts_on.label", "When does the mission start?"), DATE_HINT),
    Question("volunteering.ends_on", "date", N_("question.volunteering.ends_on.label", "When does the mission end?"), DATE_HINT),
    Question("application.route", "choice", N_("question.application.route.label", "What did you apply for?"), choices=(
        ("aps_volunteer", N_("question.application.route.choice.aps_volunteer", "APS for volunteers")),
        ("aps_graduate", N_("question.application.route.choice.aps_graduate", "APS / RECE card after my degree")),
        ("employee_after_aps", N_("question.application.route.choice.employee_after_aps", "Employee permit after an APS")),
        ("employee_from_student", N_("question.application.route.choice.employee_from_student", "Employee permit from a student permit")),
        ("talent_qualified_employee", N_("question.application.route.choice.talent_qualified_employee", "« Talent – salarié qualifié » card")),
        ("student_renewal", N_("question.application.route.choice.student_renewal", "Renewal of my student permit")),
    )),
    Question("application.filed_on", "date", N_("question.application.filed_on.label", "When did you file it?"), DATE_HINT),
    Question("application.receipt_states_appeal_routes", "yesno", N_("question.application.receipt_states_appeal_routes.label", "Did the acknowledgement of receipt of your application say how, and within what time, you could contest a refusal?"),
             N_("question.application.receipt_states_appeal_routes.hint", "Look on the receipt (or the online filing certificate) for a paragraph on « voies et délais de recours ». If it has none, the two months to contest a refusal by silence have not started.")),
    Question("application.decision", "choice", N_("question.application.decision.label", "What has the préfecture answered?"), choices=(
        ("pending", N_("question.application.decision.choice.pending", "Nothing yet")),
        ("granted", N_("question.application.decision.choice.granted", "Granted")),
        ("refused", N_("question.application.decision.choice.refused", "Refused")),
    )),
    Question("application.decided_on", "event", N_("question.application.decided_on.label", "On which day was the decision taken?"), DATE_HINT),
    Question("application.refusal_received_on", "event", N_("question.application.refusal_received_on.label", "When did you receive the written refusal?"),
             DATE_HINT),
    Question("application.oqtf", "choice", N_("question.application.oqtf.label", "Does the refusal letter also order you to leave France?"),
             N_("question.application.oqtf.hint", "Look in the decision for the words « obligation de quitter le territoire français » (OQTF), followed either by « dans un délai de trente jours » (a period to leave) or by « sans délai ». Most refusals carry one, and it makes the time to contest much shorter."), choices=(
        ("none", N_("question.application.oqtf.choice.none", "No: the letter only refuses the permit")),
        ("with_departure_period", N_("question.application.oqtf.choice.with_departure_period", "Yes, with a period to leave (usually 30 days)")),
        ("without_departure_period", N_("question.application.oqtf.choice.without_departure_period", "Yes, with no period to leave (« sans délai »)")),
    )),
    Question("application.custody", "choice", N_("question.application.custody.label", "Where were you when this decision was handed to you?"),
             N_("question.application.custody.hint", "The time to contest is shorter for a person who is not free."), choices=(
        ("none", N_("question.application.custody.choice.none", "Free (at home, at the préfecture, by post)")),
        ("house_arrest", N_("question.application.custody.choice.house_arrest", "Under house arrest (assignation à résidence: I must report to the police)")),
        ("detention", N_("question.application.custody.choice.detention", "In prison")),
        ("retention", N_("question.application.custody.choice.retention", "In an administrative retention centre (centre de rétention administrative)")),
    )),
    Question("application.appeal_filed_on", "event", N_("question.application.appeal_filed_on.label", "Have you contested the refusal (or the préfecture's silence)? If so, on which day?"), DATE_HINT),
]}
