"""The words of the rules in ``variables/talent.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("talent_applies.text.true.talent", "You hold a student or post-study permit and have a salaried job: the multi-year « talent – salarié qualifié » card may be asked instead of the one-year 'salarié' card.")
N_("talent_applies.text.true.passeport_talent", "You hold a student or post-study permit and have a salaried job: the multi-year « passeport talent – salarié qualifié » card may be asked instead of the one-year 'salarié' card.")
N_("talent_applies.text.true.unknown", "You hold a student or post-study permit and have a salaried job: the multi-year « talent – salarié qualifié » card may be asked instead of the one-year 'salarié' card.")
N_("talent_applies.text.false.talent", "The « talent – salarié qualifié » card is for a graduate in France (student or post-study permit) with a salaried job; it does not concern this case.")
N_("talent_applies.text.false.passeport_talent", "The « passeport talent – salarié qualifié » card is for a graduate in France (student or post-study permit) with a salaried job; it does not concern this case.")
N_("talent_applies.text.false.unknown", "The « talent – salarié qualifié » card is for a graduate in France (student or post-study permit) with a salaried job; it does not concern this case.")
N_("talent_applies.text.null.talent", "Whether the « talent – salarié qualifié » card concerns you depends on facts not yet given (your permit, your job).")
N_("talent_applies.text.null.passeport_talent", "Whether the « passeport talent – salarié qualifié » card concerns you depends on facts not yet given (your permit, your job).")
N_("talent_applies.text.null.unknown", "Whether the « talent – salarié qualifié » card concerns you depends on facts not yet given (your permit, your job).")

N_("talent_rules_known.text.true", "The card is governed by CESEDA art. L421-9 as amended by the law of 26 January 2024.")
N_("talent_rules_known.text.false", "No rule of this card is known for this day.")
N_("talent_rules_known.text.null", "Before 28 January 2024 this card was the « passeport talent – salarié qualifié » under earlier texts that this assessment does not cover: ask the préfecture.")

N_("talent_nationality.text.true", "Your nationality does not exclude you from this CESEDA card.")
N_("talent_nationality.text.false", "Your nationality excludes you from this CESEDA card.")
N_("talent_nationality.text.null", "Algerian nationals are governed by the Franco-Algerian agreement of 27 December 1968; whether this CESEDA card is open to them is not confirmed by the sources read: ask the préfecture.")

N_("talent_diploma.text.true", "Your diploma, from an accredited institution in France, is at least of the master grade.")
N_("talent_diploma.text.false", "The card needs a diploma at least equivalent to the master grade (or on the decree's list), obtained in an institution accredited in France.")
N_("talent_diploma.text.null", "The card needs a diploma at least equivalent to the master grade, or on a list set by decree (not confirmed here), from an institution accredited in France: which is yours, and does it confer the master grade?")
N_("talent_diploma.change", "A master-grade diploma from an institution accredited in France.")

N_("talent_salaried.text.true", "Your job is a salaried activity (CDI or CDD).")
N_("talent_salaried.text.false", "The card is for a salaried professional activity; an internship or a student job does not give it.")
N_("talent_salaried.text.null", "The card needs a salaried professional activity: what is your contract (whether temporary agency work qualifies is not confirmed)?")
N_("talent_salaried.change", "A CDI or a CDD.")

N_("talent_salary_floor.text", "The job must pay at least {talent_salary_floor:money} gross a year.")
N_("talent_salary_floor.unknown", "The gross yearly salary the job must pay for this card is not known on this day: ask the préfecture.")

N_("talent_salary_met.text.true", "Your salary ({gross_monthly_salary:money} a month, so {talent_annual_salary:money} a year) reaches the threshold of {talent_salary_floor:money} gross a year.")
N_("talent_salary_met.text.false", "Your salary ({talent_annual_salary:money} gross a year) is below the threshold of {talent_salary_floor:money}: the one-year 'salarié' card remains.")
N_("talent_salary_met.text.null", "The card requires a gross annual salary at least equal to a threshold set by the government; the amount in force on this day is not confirmed by the sources read, or your salary is not known: ask the préfecture.")
N_("talent_salary_met.change", "A gross annual salary of at least {talent_salary_floor:money}.")

N_("talent_before_expiry.text.true", "In time: the card is asked on or before the last day of your permit ({permit_expires_on:date}).")
N_("talent_before_expiry.text.false", "Your permit ended on {permit_expires_on:date}, before the card was asked ({talent_filing_day:date}): it had to be asked before.")
N_("talent_before_expiry.text.null", "The card is asked before your current permit expires; when does it expire?")
N_("talent_before_expiry.change", "Asking on or before {permit_expires_on:date}.")

N_("talent_apply_before.text", "Ask for the card before your current permit expires, on {talent_apply_before:date} at the latest.")

N_("talent_stamp_duty.text", "Paid by you in timbres fiscaux for the card (first issue): {talent_stamp_duty:money}.")

N_("talent_employer_tax.text.not_owed", "No employer tax: since 2023 the tax on employers of foreign workers is owed only for a job that needs a work authorisation, and this card itself allows the salaried activity.")
N_("talent_employer_tax.text.unknown", "Whether the employer owes the tax on employers of foreign workers (taxe due par l'employeur de main-d'œuvre étrangère) for this card is to be confirmed: it is owed on a first admission to stay as an employee that needs a work authorisation.")

N_("talent_validity_months.text", "The card lasts as long as your work contract, up to {talent_validity_months} months.")
N_("talent_validity_months.unknown", "The card lasts as long as your work contract; its longest length on this day is not known: ask the préfecture.")

N_("route.talent_qualified_employee.title", "« Talent – salarié qualifié » card (multi-year)")
N_("route.talent_qualified_employee.earlier_title", "« Passeport talent – salarié qualifié » card (multi-year)")
N_("route.talent_qualified_employee.step.ask_card_online", "Ask for the card online on ANEF (administration-etrangers-en-france.interieur.gouv.fr), before your permit expires; a paper file only if the online service fails.")
N_("route.talent_qualified_employee.step.no_separate_work", "No separate work authorisation: the card itself allows the salaried activity that justified it.")
N_("route.talent_qualified_employee.step.salary_does_not", "If your salary does not reach the threshold, the one-year 'salarié' card (change of status) remains open.")
N_("route.talent_qualified_employee.document.current_permit", "Your current residence permit")
N_("route.talent_qualified_employee.document.passport", "Your passport (pages with your civil status, validity dates, entry stamps and visas)")
N_("route.talent_qualified_employee.document.birth_certificate", "A birth certificate extract showing your parents, or a full copy of the birth certificate")
N_("route.talent_qualified_employee.document.employment_contract", "The signed employment contract, showing the gross annual pay")
N_("route.talent_qualified_employee.document.employer_form", "The form completed by your employer on the official model, giving the main terms of the contract")
N_("route.talent_qualified_employee.document.employer_registration", "Your employer's company registration extract (Kbis) and its certificate of payment of social contributions (URSSAF)")
N_("route.talent_qualified_employee.document.diploma", "Your master-grade diploma from an institution accredited in France")
N_("route.talent_qualified_employee.document.proof_of_address", "Proof of address")
N_("route.talent_qualified_employee.document.passport_photos", "3 passport photos")
N_("route.talent_qualified_employee.document.timbres_fiscaux", "Timbres fiscaux for the card")
N_("route.talent_qualified_employee.document.republican_contract", "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)")
