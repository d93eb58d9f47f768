"""The words of the rules in ``variables/employee.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("hire_applies.text.true", "You hold the post-study APS / RECE card and have a job offer.")
N_("hire_applies.text.false", "The change from APS to employee is for a holder of the post-study APS / RECE card who has been offered a job; it does not concern this case.")
N_("hire_applies.text.null", "Whether the change from APS to employee concerns you depends on facts not yet given (your permit, your job).")

N_("job_contract_type.text.true", "Your contract is a CDI or a CDD.")
N_("job_contract_type.text.false", "Your contract is not a CDI or a CDD: it does not allow the change to 'salarié'; stay on the APS (work within the hours allowed) and look for a CDI or CDD.")
N_("job_contract_type.text.null", "The job must be a CDI or a CDD; what is the contract?")
N_("job_contract_type.change", "A CDI or a CDD.")

N_("job_salary_floor_met.text.true", "Your salary ({gross_monthly_salary:money}) is at least the floor of {salary_floor:money} (1.5 × the SMIC).")
N_("job_salary_floor_met.text.false", "Your salary ({gross_monthly_salary:money}) is below the floor of {salary_floor:money} (1.5 × the SMIC).")
N_("job_salary_floor_met.text.null", "The job must pay at least {salary_floor:money} gross a month (1.5 × the SMIC); what is the salary?")
N_("job_salary_floor_met.change", "A salary of at least {salary_floor:money} gross a month.")

N_("job_related_to_studies.text.true", "The job is related to your studies.")
N_("job_related_to_studies.text.false", "The job is not related to your studies, as the change of status requires (a transcript and the programme's brochure help show the link).")
N_("job_related_to_studies.text.null", "The job must be related to your studies; is it?")
N_("job_related_to_studies.change", "A job related to your studies.")

N_("job_pay_comparable.text.true", "You are paid like the employer's other staff in the same post.")
N_("job_pay_comparable.text.false", "You are not paid like the employer's other staff in the same post, as the change of status requires.")
N_("job_pay_comparable.text.null", "The pay must be comparable to the employer's other staff in the same post; is it?")
N_("job_pay_comparable.change", "Pay comparable to the employer's other staff in the same post.")

N_("hire_nationality_allowed.text.true", "Your nationality does not exclude you from the CESEDA's change of status.")
N_("hire_nationality_allowed.text.false", "Algerian nationals are governed entirely by the Franco-Algerian agreement of 27 December 1968: the CESEDA's change of status (its exemption from the labour-market test, its fees) does not apply to them. The route to work as an employee is the certificat de résidence « salarié » of article 7 b) of the agreement, on a work contract approved by the labour services; its other conditions and costs are to be confirmed at the préfecture.")
N_("hire_nationality_allowed.text.null", "Your nationality is not known.")
N_("hire_nationality_allowed.change", "Ask the préfecture for the certificat de résidence « salarié » of article 7 b) of the Franco-Algerian agreement, with a work contract approved by the labour services.")

N_("hire_file_by.text", "Ask the préfecture for the change of status, with your contract, by {hire_file_by:date}.")

N_("employer_tax.text.proportional", "Tax paid once by the employer: {employer_tax:money} ({employer_tax_percent} % of one month's gross salary, the salary counted up to {employer_tax_cap_smic:number} times the SMIC).")
N_("employer_tax.text.fixed", "Tax paid once by the employer: {employer_tax:money} (a fixed amount for a contract of more than 3 and less than 12 months).")
N_("employer_tax.text.not_covered", "Tax paid once by the employer: this assessment does not count it for a contract of 3 months or less.")
N_("employer_tax.text.unknown", "Tax paid once by the employer: its amount depends on your contract (a CDI or a fixed term, and its length), not given yet.")

N_("stamp_duty.text", "Paid by you in timbres fiscaux for the first 'salarié' card: {stamp_duty:money}.")

N_("direct_hire_applies.text.true", "You hold a student permit and are offered a CDI or a CDD.")
N_("direct_hire_applies.text.false", "The change from student to employee is for a holder of a student permit offered a CDI or a CDD; it does not concern this case.")
N_("direct_hire_applies.text.null", "Whether the change from student to employee concerns you depends on facts not yet given (your permit, your contract).")

N_("direct_hire_in_france.text.true", "You are in France.")
N_("direct_hire_in_france.text.false", "The change of status is asked at the préfecture, from France.")
N_("direct_hire_in_france.text.null", "Are you in France?")
N_("direct_hire_in_france.change", "Being in France to file at the préfecture.")

N_("direct_hire_apply_before.text", "Ask for the change of status before your student permit expires, on {direct_hire_apply_before:date} at the latest.")

N_("direct_hire_before_expiry.text.true", "In time: the change of status is asked on or before the last day of your student permit ({permit_expires_on:date}).")
N_("direct_hire_before_expiry.text.false", "Your student permit ended on {permit_expires_on:date}, before the change of status was asked ({direct_hire_filing_day:date}): it had to be asked before.")
N_("direct_hire_before_expiry.text.null", "The change of status is asked before the student permit expires; when does it expire?")
N_("direct_hire_before_expiry.change", "Asking on or before {permit_expires_on:date}.")

N_("direct_hire_labour_market_test_exempt.text.true", "No labour-market test: your diploma, a job related to it and a salary of at least {salary_floor:money} exempt your employer.")
N_("direct_hire_labour_market_test_exempt.text.false", "Your employer must obtain a work authorisation, subject to the labour-market test (showing no suitable candidate was found on the job market). This does not close the route.")
N_("direct_hire_labour_market_test_exempt.text.null", "Whether your employer is spared the labour-market test depends on your diploma, the link of the job to it and the salary (at least {salary_floor:money}).")
N_("direct_hire_labour_market_test_exempt.change", "From 1 November 2016: a master-level diploma, a job related to it and a salary of at least {salary_floor:money}.")
