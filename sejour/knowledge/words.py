"""The few words of `sejour ask` that are its own (the rest of an answer is the assessment's
texts or a hand-written entry's), in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), keyed ``knowledge.<what>``. Placeholders are
filled after translation; numbers, dates and amounts stay the same in every language."""

from sejour.i18n import N_

# -- the lead of an answer to a yes/no question
YES = N_("knowledge.lead.yes", "Yes.")
NO = N_("knowledge.lead.no", "No:")
NO_EMPLOYER_PAYS = N_("knowledge.lead.no_employer_pays", "No: the employer pays the employer tax.")
DEPENDS = N_("knowledge.lead.depends", "It depends on {facts}.")
DEPENDS_ON_JOB = N_("knowledge.lead.depends_on_job", "It depends on the permit you hold and the job.")
LIST_AND = N_("knowledge.list.and", "{items} and {last}")
NO_PERMIT_NEEDED = N_("knowledge.no_permit_needed", "No permit needed: {answer}")

# -- the facts a question may leave out, in plain words ("It depends on ...")
FACT_WORDS = {
    "person.nationality": N_("knowledge.fact.person.nationality", "your nationality"),
    "person.in_france": N_("knowledge.fact.person.in_france", "whether you are in France"),
    "permit.kind": N_("knowledge.fact.permit.kind", "the permit you hold"),
    "permit.expires_on": N_("knowledge.fact.permit.expires_on", "the day your permit expires"),
    "studies.diploma": N_("knowledge.fact.studies.diploma", "your diploma"),
    "studies.confers_master_grade": N_("knowledge.fact.studies.confers_master_grade", "whether your diploma confers the master's grade"),
    "studies.institution_accredited": N_("knowledge.fact.studies.institution_accredited", "whether your institution is accredited"),
    "studies.enrolled_next_year": N_("knowledge.fact.studies.enrolled_next_year", "whether you are enrolled for next year"),
    "studies.obtained_on": N_("knowledge.fact.studies.obtained_on", "when you obtained your diploma"),
    "job.contract": N_("knowledge.fact.job.contract", "your contract"),
    "job.gross_monthly_salary_eur": N_("knowledge.fact.job.gross_monthly_salary_eur", "your salary"),
    "job.related_to_studies": N_("knowledge.fact.job.related_to_studies", "whether the job is related to your studies"),
    "job.pay_comparable": N_("knowledge.fact.job.pay_comparable", "whether you are paid like the other staff in the same post"),
    "job.months": N_("knowledge.fact.job.months", "the length of the contract"),
    "volunteering": N_("knowledge.fact.volunteering", "your host and your mission (see the conditions)"),
    "application": N_("knowledge.fact.application", "the dates of your application and of its answer"),
    "person.arrived_on": N_("knowledge.fact.person.arrived_on", "the day you arrived"),
}

# -- the aspect a question asks about: the second half of an answer's title
ASPECT_TITLES = {
    "conditions": N_("knowledge.aspect.conditions", "Who can get it, and on what conditions"),
    "deadline": N_("knowledge.aspect.deadline", "When to file"),
    "documents": N_("knowledge.aspect.documents", "Documents"),
    "cost": N_("knowledge.aspect.cost", "Cost for you"),
    "cost_employer": N_("knowledge.aspect.cost_employer", "Cost for the employer"),
    "duration": N_("knowledge.aspect.duration", "How long it lasts"),
    "work": N_("knowledge.aspect.work", "Work allowed"),
    "how": N_("knowledge.aspect.how", "Where and how to apply"),
    "refusal": N_("knowledge.aspect.refusal", "If it is refused"),
    "after": N_("knowledge.aspect.after", "What comes after"),
}
TITLE = N_("knowledge.title", "{route}: {aspect}")

# -- pieces of answers
ONE_MONTH = N_("knowledge.months.one", "1 month")
MONTHS = N_("knowledge.months.other", "{count} months")
SINCE = N_("knowledge.amount_since", "{new} since {day} ({old} before).")
DOCUMENTS = N_("knowledge.documents", "Documents: {documents}.")
DATED_STEP = N_("knowledge.dated_step", "{date}: {step}")
ALGERIAN = N_("knowledge.algerian", "Algerian nationals are governed by the Franco-Algerian agreement of 27 December 1968 instead ({source}).")
BILATERAL = N_("knowledge.bilateral", "Nationals of a country with a bilateral agreement (for instance Benin, Gabon, India, Tunisia) get the APS of their agreement, whose length may differ.")

# -- the post-study card
GRADUATE_INTRO = N_("knowledge.graduate.intro", "The APS / RECE card (« recherche d'emploi ou création d'entreprise ») lets a non-European graduate of a French diploma stay {months} to look for a job or create a business.")
FILE_BEFORE_EXPIRY = N_("knowledge.graduate.file_before_expiry", "File before your student permit expires (its last day at the latest).")
FILE_DAYS_BEFORE = N_("knowledge.graduate.file_days_before", "File at the latest {days} days before your student permit expires.")
ADVISED = N_("knowledge.graduate.advised", "Advised: file {months} before; préfectures are slow.")
ADVISED_PARIS = N_("knowledge.graduate.advised_paris", "Advised: file {months} before ({paris} in the Paris region); préfectures are slow.")
FROM_ABROAD = N_("knowledge.graduate.from_abroad", "A graduate who has left France may also apply from abroad, within {years} years of the diploma.")
SALARY_FLOOR = N_("knowledge.graduate.salary_floor", "A job related to your studies paid at least {amount} gross a month (1.5 × the SMIC) lets you ask for the change of status to « salarié » and work full time.")
THEN_CHANGE = N_("knowledge.graduate.then_change", "Then ask for the change of status to « salarié »:")

# -- the change to the « salarié » card
EMPLOYER_TAX = N_("knowledge.employee.employer_tax", "The employer pays a tax once, on your first « salarié » card: {rate} % of one month's gross salary, the salary counted up to {cap} × the SMIC (CDI, or contract of 12 months or more; a fixed amount for 3 to 12 months).")
EMPLOYER_TAX_CAPPED = N_("knowledge.employee.employer_tax_capped", "The employer pays a tax once, on your first « salarié » card: {rate} % of one month's gross salary, the salary counted up to {cap} × the SMIC ({amount}) (CDI, or contract of 12 months or more; a fixed amount for 3 to 12 months).")
WORK_UNTIL_CHANGE = N_("knowledge.employee.work_until_change", "Until the change of status is granted, you work under the permit you hold: a student permit allows up to {hours} hours a year; the full-time job starts under the « salarié » permit.")

# -- the renewal of a student permit
RENEWAL_WINDOW = N_("knowledge.renewal.window", "File the renewal between the {first}th and the {last}th day before your permit expires.")
LATE_DUTY = N_("knowledge.renewal.late_duty", "Filing later costs a late-filing duty (visa de régularisation) of {amount}.")

# -- contesting a refusal
MOST_REFUSALS = N_("knowledge.appeal.most_refusals", "It depends first on whether the refusal letter also orders you to leave France (an « obligation de quitter le territoire français », OQTF): most refusals do, and the delay is then much shorter.")
WITHOUT_OQTF = N_("knowledge.appeal.without_oqtf", "Without an OQTF: {months} from the day the written refusal reached you (for a refusal received today, until {day}), to go to the tribunal administratif, or first to send a recours gracieux to the préfet, which keeps the court route open.")
WITH_OQTF = N_("knowledge.appeal.with_oqtf", "With an OQTF: {months} if you are free (for a refusal received today, until {day}), {days} days under house arrest or in detention, {hours} hours in administrative retention; to the court only, since a recours gracieux does not extend these delays.")
WITH_OQTF_BEFORE_2024 = N_("knowledge.appeal.with_oqtf_before_2024", "With an OQTF and a departure period: {days} days (for a refusal received today, until {day}); without a departure period or in custody, {hours} hours; to the court only, since a recours gracieux does not extend these delays.")
SILENCE = N_("knowledge.appeal.silence", "Without an OQTF, silence {wait} after your recours gracieux means it is rejected; you then have {court} to go to the tribunal administratif.")

# -- the APS for volunteers
VOLUNTEER_APPLY = N_("knowledge.volunteer.apply", "Apply at the préfecture of your home within {months} of your arrival in France.")
VOLUNTEER_LENGTH = N_("knowledge.volunteer.length", "The APS lasts as long as your volunteer mission; you undertake to leave France at its end.")

# -- questions sejour does not answer, and whom to ask
NOT_COVERED = N_("knowledge.not_covered", "sejour's sources do not answer this question. Ask the préfecture of your département, or an association that helps foreigners.")
WHOM = {
    "naturalisation": N_("knowledge.whom.naturalisation", "Naturalisation is outside sejour's rules: ask the naturalisation service of your préfecture (service-public.fr explains the procedure)."),
    "family": N_("knowledge.whom.family", "Family reunification is outside sejour's rules: ask the OFII or the préfecture, or an association that helps foreigners."),
    "asylum": N_("knowledge.whom.asylum", "Asylum is outside sejour's rules: ask a reception platform for asylum seekers (SPADA), the OFPRA, or an association such as La Cimade."),
    "driving": N_("knowledge.whom.driving", "Driving licences are outside sejour's rules: ask the ANTS (ants.gouv.fr)."),
    "appointment": N_("knowledge.whom.appointment", "Appointments are outside sejour's rules: they depend on your préfecture; see its website, or ask an association that helps foreigners."),
    "travel": N_("knowledge.whom.travel", "Travel with a permit or a récépissé is outside sejour's rules: ask the préfecture, or the consulate of the country you want to visit."),
    "civil_status": N_("knowledge.whom.civil_status", "Civil-status documents (originals, translations) are outside sejour's rules: ask the préfecture that handles your file."),
    "processing": N_("knowledge.whom.processing", "Processing times are not in sejour's rules: they vary by préfecture; ask yours."),
    "covid": N_("knowledge.whom.covid", "The special measures of the Covid-19 period are not in sejour's rules: ask the préfecture."),
    "health": N_("knowledge.whom.health", "Permits for medical care are outside sejour's rules: ask the préfecture or an association that helps foreigners."),
}

# -- the readable output of `sejour ask`
RULES_AS_OF = N_("knowledge.cli.rules_as_of", "Rules as of {day} — sejour explains the rules; the préfecture decides.")
