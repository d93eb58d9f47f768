"""The words of the rules in ``variables/aps_graduate.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("graduate_applies.text.true", "You are a non-European national who studied in France.")
N_("graduate_applies.text.false", "The post-study APS / RECE card is for non-European nationals who studied in France; it does not concern this case.")
N_("graduate_applies.text.null", "Whether the post-study APS / RECE card concerns you depends on facts not yet given.")

N_("graduate_nationality_allowed.text.true", "Your nationality does not exclude you from the post-study APS / RECE card.")
N_("graduate_nationality_allowed.text.false", "Algerian nationals are governed entirely by the Franco-Algerian agreement of 27 December 1968: the post-study APS / RECE card of the CESEDA is not open to them.")
N_("graduate_nationality_allowed.text.null", "Your nationality is not known.")
N_("graduate_nationality_allowed.change", "Nothing in the case can change this: ask the préfecture what the Franco-Algerian agreement allows.")

N_("graduate_student_permit.text.true", "You hold a student permit (or apply from abroad within 4 years of your diploma).")
N_("graduate_student_permit.text.false", "The post-study permit is asked by a holder of a student permit; the APS is not renewable and is not given twice.")
N_("graduate_student_permit.text.null", "The post-study permit is asked by a holder of a student permit; which permit do you hold?")
N_("graduate_student_permit.change", "A valid student permit when you apply.")

N_("graduate_diploma_level.text.true", "Your diploma ({diploma}) is of the level required.")
N_("graduate_diploma_level.text.false", "Your diploma ({diploma}) does not open the post-study permit: it needs a master-level diploma (or one conferring the grade de master; from 1 November 2016 also a CGE-labelled diploma or a licence professionnelle).")
N_("graduate_diploma_level.text.null", "The diploma must be of master level (or confer the grade de master; from 1 November 2016, a CGE label or a licence professionnelle also count); the facts given do not settle it.")
N_("graduate_diploma_level.change", "A diploma conferring the grade de master (or, from 1 November 2016, labelled by the Conférence des grandes écoles).")

N_("graduate_institution_accredited.text.true", "Your institution is accredited.")
N_("graduate_institution_accredited.text.false", "Your institution is not accredited to award the diploma: the post-study permit needs a diploma from an accredited institution.")
N_("graduate_institution_accredited.text.null", "The diploma must come from an accredited institution; is yours?")
N_("graduate_institution_accredited.change", "A diploma from an accredited institution.")

N_("graduate_in_france.text.true", "You can apply from France (or as a graduate abroad within 4 years of the diploma).")
N_("graduate_in_france.text.false", "The application is made at the préfecture, from France (from abroad only within 4 years of the diploma, from 1 March 2019).")
N_("graduate_in_france.text.null", "Where you apply depends on whether you are in France; are you?")
N_("graduate_in_france.change", "Being in France to file at the préfecture.")

N_("graduate_apply_before.text", "File on or before {graduate_apply_before:date}; after that day it is too late (your permit expires on {permit_expires_on:date}).")

N_("graduate_filed_in_time.text.true", "You are within the time to file (on or before {graduate_apply_before:date}).")
N_("graduate_filed_in_time.text.false", "It is too late: the application had to be filed on or before {graduate_apply_before:date}.")
N_("graduate_filed_in_time.text.null", "The application must be filed before the student permit expires; its expiry date is not known.")
N_("graduate_filed_in_time.change", "Filing on or before {graduate_apply_before:date}.")

N_("graduate_diploma_recent.text.true", "Your diploma was obtained within the year.")
N_("graduate_diploma_recent.text.false", "Your diploma was obtained more than a year before the application; the rules then in force require it within the year.")
N_("graduate_diploma_recent.text.null", "The diploma must have been obtained within the year; when was it awarded?")
N_("graduate_diploma_recent.change", "A diploma obtained within the year before the application.")

N_("graduate_apply_by_recommended.text.ile_de_france", "Advised: file by {graduate_apply_by_recommended:date}: the préfectures of the Paris region (Île-de-France) are slow.")
N_("graduate_apply_by_recommended.text.elsewhere", "Advised: file by {graduate_apply_by_recommended:date}: a préfecture can take months to handle an application.")
N_("graduate_apply_by_recommended.text.unknown", "Advised: file several months before your permit expires: a préfecture can take months to handle an application.")

N_("graduate_validity_months.text.not_renewable", "Length of the permit, in months: {graduate_validity_months} (not renewable).")
N_("graduate_validity_months.text.renewable_once", "Length of the permit, in months: {graduate_validity_months}, renewable once (the bilateral agreement).")
N_("graduate_validity_months.text.unknown", "Length of the permit, in months: {graduate_validity_months}; whether it may be renewed under the bilateral agreement is not confirmed by the sources read: ask the préfecture.")

N_("graduate_valid_until.text", "Your permit ends on {graduate_valid_until:date}: by then, find a job and ask for the change of status.")

N_("graduate_work_hours.text.aps", "While you look for a job you may work up to {graduate_work_hours} hours a year in any job.")
N_("graduate_work_hours.text.rece", "{graduate_work_hours} hours a year in any job was the limit on the APS (the figure of the APS era); no text read applies it to the RECE card, which allows work during its validity: ask the préfecture what limit applies to you.")
N_("graduate_work_hours.text.unknown", "{graduate_work_hours} hours a year in any job was the limit on the APS (the figure of the APS era); no text read applies it to the RECE card, which allows work during its validity: ask the préfecture what limit applies to you.")

N_("graduate_fee.text", "Cost of the permit for you: {graduate_fee:money}.")

N_("route.aps_graduate.title", "APS / RECE card to look for a job after a degree")
N_("route.aps_graduate.step.gather_documents_checklist", "Gather the documents of the checklist.")
N_("route.aps_graduate.step.advised_file_application", "Advised: file your application in person at the préfecture of your département (it is slow).")
N_("route.aps_graduate.step.advised_file_application_2", "Advised: file your application for the card at the préfecture of your département, or through the online procedure it gives on its website (it is slow).")
N_("route.aps_graduate.step.from_abroad_apply", "From abroad: apply at the French consulate of your country of residence for the long-stay visa « recherche d'emploi ou création d'entreprise », within 4 years of your diploma.")
N_("route.aps_graduate.step.last_day_file", "Last day to file, before your student permit expires.")
N_("route.aps_graduate.step.while_search_may", "While you search, you may hold any job within the yearly hours allowed. A complete file filed in time is not normally refused; the job you later find is what the préfecture checks (its link with your degree, its pay).")
N_("route.aps_graduate.step.while_search_rece", "While you search, the RECE card allows you to work; no text read sets a yearly limit of hours for it: ask the préfecture. A complete file filed in time is not normally refused; the job you later find is what the préfecture checks (its link with your degree, its pay).")
N_("route.aps_graduate.step.permit_ends_find", "Your permit ends: find a job before then and ask for the change of status to 'salarié'.")
N_("route.aps_graduate.document.passport_photos", "3 passport photos")
N_("route.aps_graduate.document.student_permit", "Your valid student residence permit")
N_("route.aps_graduate.document.diploma", "Your diploma")
N_("route.aps_graduate.document.attestation_de_reussite", "An « attestation de réussite » on the institution's letterhead (the diploma is not yet awarded; bring it to the préfecture later)")
N_("route.aps_graduate.document.health_insurance", "Proof of health insurance")
N_("route.aps_graduate.document.republican_contract", "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)")
