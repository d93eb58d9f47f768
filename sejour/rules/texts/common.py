"""The words of the rules in ``variables/common.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("smic_monthly.text", "The gross monthly SMIC (minimum wage) in force: {smic_monthly:money}.")

N_("salary_floor.text", "The job must pay at least {salary_floor:money} gross a month (1.5 × the SMIC).")

N_("route.employee_after_aps.title", "Change of status from APS to employee")
N_("route.employee_after_aps.step.check_employer_that", "Check with the employer that the contract meets the conditions.")
N_("route.employee_after_aps.step.employer_work_authorisation", "Your employer obtains the work authorisation from the labour services (for a holder of the post-study permit meeting the conditions, without the labour-market test).")
N_("route.employee_after_aps.step.employer_work_authorisation_online", "Before the change of status, your employer asks online for the work authorisation (ANEF work-authorisation service); for a holder of the post-study permit meeting the conditions, without the labour-market test, but it is still needed.")
N_("route.employee_after_aps.step.employer_tax_to_ofii", "The employer pays the employer tax to OFII.")
N_("route.employee_after_aps.step.employer_tax_with_vat", "The employer declares and pays the employer tax with its VAT return to the tax administration (not to OFII).")
N_("route.employee_after_aps.step.ask_prefecture", "Ask the préfecture for the change of status to 'salarié' with your contract (no labour-market test); you get a récépissé, usually for 3 months.")
N_("route.employee_after_aps.step.once_work_authorisation", "Once the work authorisation is granted, ask for the change of status to 'salarié' at the préfecture, or through the online procedure it directs you to, with your contract.")
N_("route.employee_after_aps.step.once_hired_change", "Once hired, change your health-insurance office (caisse).")

N_("route.employee_from_student.title", "Change of status from student to employee")
N_("route.employee_from_student.step.employer_work_authorisation", "Your employer obtains the work authorisation from the labour services (subject to the labour-market test unless your diploma, a related job and the salary floor exempt you).")
N_("route.employee_from_student.step.employer_work_authorisation_online", "Before the change of status, your employer asks online for the work authorisation (ANEF work-authorisation service); subject to the labour-market test unless your diploma, a related job and the salary floor exempt you, but it is still needed.")
N_("route.employee_from_student.step.employer_tax_to_ofii", "The employer pays the employer tax to OFII.")
N_("route.employee_from_student.step.employer_tax_with_vat", "The employer declares and pays the employer tax with its VAT return to the tax administration (not to OFII).")
N_("route.employee_from_student.step.ask_prefecture", "Ask the préfecture for the change of status before your student permit expires.")
N_("route.employee_from_student.step.ask_change_status", "Ask for the change of status before your student permit expires, online on ANEF (administration-etrangers-en-france.interieur.gouv.fr) or at the préfecture as it directs, once the work authorisation is granted.")

N_("route.employee_after_aps.document.aps", "Your APS / RECE card")
N_("route.employee_after_aps.document.employment_contract", "The signed employment contract (or promise of hiring)")
N_("route.employee_after_aps.document.passport", "Your passport")
N_("route.employee_after_aps.document.proof_of_address", "Proof of address")
N_("route.employee_after_aps.document.passport_photos", "3 passport photos")
N_("route.employee_after_aps.document.diploma", "Your diploma (and transcript, to show the link with the job)")
N_("route.employee_after_aps.document.timbres_fiscaux", "Timbres fiscaux for the first 'salarié' card")
N_("route.employee_after_aps.document.republican_contract", "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)")

N_("route.employee_from_student.document.student_permit", "Your student residence permit")
N_("route.employee_from_student.document.employment_contract", "The signed employment contract (or promise of hiring)")
N_("route.employee_from_student.document.passport", "Your passport")
N_("route.employee_from_student.document.proof_of_address", "Proof of address")
N_("route.employee_from_student.document.passport_photos", "3 passport photos")
N_("route.employee_from_student.document.diploma", "Your diploma (and transcript, to show the link with the job)")
N_("route.employee_from_student.document.timbres_fiscaux", "Timbres fiscaux for the first 'salarié' card")
N_("route.employee_from_student.document.republican_contract", "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)")
