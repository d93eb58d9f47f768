"""The words of the rules in ``variables/aps_volunteer.py``, in English: the source texts of the catalogues
(``sejour/locale/<lang>/LC_MESSAGES/django.po``), each keyed by its variable and state, or by its route."""

from ...i18n import N_

N_("volunteer_applies.text.true", "You are a non-European national with a volunteer mission in France.")
N_("volunteer_applies.text.false", "The APS for volunteers is for non-European nationals with a volunteer mission; it does not concern this case.")
N_("volunteer_applies.text.null", "Whether the APS for volunteers concerns you depends on facts not yet given.")

N_("volunteer_nationality_allowed.text.true", "Your nationality does not exclude you from the APS for volunteers.")
N_("volunteer_nationality_allowed.text.false", "Algerian nationals are governed entirely by the Franco-Algerian agreement of 27 December 1968: the APS for volunteers of the CESEDA is not open to them.")
N_("volunteer_nationality_allowed.text.null", "Your nationality is not known.")
N_("volunteer_nationality_allowed.change", "Nothing in the case can change this: ask the préfecture what the Franco-Algerian agreement allows.")

N_("volunteer_host_public_utility.text.true", "Your host is an association or foundation recognised of public utility.")
N_("volunteer_host_public_utility.text.false", "Your host is not recognised of public utility: the mission must be with an association or foundation 'reconnue d'utilité publique'.")
N_("volunteer_host_public_utility.text.null", "The mission must be with an association or foundation recognised of public utility; is yours?")
N_("volunteer_host_public_utility.change", "A mission with an association or foundation recognised of public utility.")

N_("volunteer_host_approved.text.true", "Your host holds the approval (agrément) to call on volunteers.")
N_("volunteer_host_approved.text.false", "Your host does not hold the approval (agrément) to call on volunteers, which the préfet grants.")
N_("volunteer_host_approved.text.null", "The host must hold the approval (agrément) to call on volunteers; does it?")
N_("volunteer_host_approved.change", "A host that obtains the préfet's approval (agrément) for volunteers.")

N_("volunteer_long_stay_visa.text.true", "You hold a long-stay visa.")
N_("volunteer_long_stay_visa.text.false", "You do not hold a long-stay visa, which the APS for volunteers requires.")
N_("volunteer_long_stay_visa.text.null", "A long-stay visa is required; do you hold one?")
N_("volunteer_long_stay_visa.change", "A long-stay visa (asked for at the consulate before coming).")

N_("volunteer_contract_before_entry.text.true", "Your volunteer contract was signed before you entered France.")
N_("volunteer_contract_before_entry.text.false", "Your volunteer contract was not signed before you entered France, as the law requires.")
N_("volunteer_contract_before_entry.text.null", "The volunteer contract must be signed before entering France; was it?")
N_("volunteer_contract_before_entry.change", "A volunteer contract signed before entering France.")

N_("volunteer_acceptance_certificate.text.true", "Your host has given its certificate of acceptance (prise en charge).")
N_("volunteer_acceptance_certificate.text.false", "Your host has not given its certificate of acceptance (prise en charge).")
N_("volunteer_acceptance_certificate.text.null", "The host must give a certificate of acceptance (prise en charge); has it?")
N_("volunteer_acceptance_certificate.change", "A certificate of acceptance (prise en charge) from the host.")

N_("volunteer_commits_to_leave.text.true", "You undertake to leave France at the end of your mission.")
N_("volunteer_commits_to_leave.text.false", "You do not undertake to leave France at the end of the mission, which the APS for volunteers requires.")
N_("volunteer_commits_to_leave.text.null", "You must undertake in writing to leave France at the end of the mission; do you?")
N_("volunteer_commits_to_leave.change", "A signed letter undertaking to leave France at the end of the mission.")

N_("volunteer_mission_purpose.text.true", "Your mission has a social or humanitarian character.")
N_("volunteer_mission_purpose.text.false", "Your mission is neither social nor humanitarian, as the APS for volunteers requires.")
N_("volunteer_mission_purpose.text.null", "The mission must be social or humanitarian; what is its purpose?")
N_("volunteer_mission_purpose.change", "A mission of a social or humanitarian character.")

N_("volunteer_general_interest.text.true", "Your mission pursues a general-interest aim listed by the law.")
N_("volunteer_general_interest.text.false", "Your mission pursues none of the general-interest aims the law lists (self-reliance and social cohesion; solidarity with people in difficulty in France).")
N_("volunteer_general_interest.text.null", "The mission must aim at self-reliance and social cohesion, or at solidarity with people in difficulty living in France; does it?")
N_("volunteer_general_interest.change", "A mission aimed at self-reliance and social cohesion, or at solidarity with people in difficulty living in France.")

N_("volunteer_apply_by.text", "File your application at the préfecture of your home by {volunteer_apply_by:date}, one month after your arrival ({arrived_on:date}).")

N_("volunteer_implicit_refusal_on.text", "Without an answer by {volunteer_implicit_refusal_on:date} (four months after filing), your application is refused: you may then contest the refusal.")

N_("volunteer_valid_until.text", "The APS lasts as long as your mission: it ends on {volunteer_valid_until:date}, when you have undertaken to leave France.")

N_("volunteer_fee.text", "Tax on the issue of the APS: {volunteer_fee:money}.")

N_("route.aps_volunteer.title", "APS for a volunteer mission")
N_("route.aps_volunteer.step.gather_documents_checklist", "Gather the documents of the checklist.")
N_("route.aps_volunteer.step.file_aps_application", "File your APS application at the préfecture or sous-préfecture of your home (check its website: appointment, post or online).")
N_("route.aps_volunteer.step.prefecture_has", "If the préfecture has not answered by then, your application is refused: contest the refusal within two months.")
N_("route.aps_volunteer.step.aps_ends_mission", "Your APS ends with your mission: leave France as you undertook to.")
N_("route.aps_volunteer.document.long_stay_visa", "Your long-stay visa")
N_("route.aps_volunteer.document.birth_certificate", "Full copy of your birth certificate, with the most recent entries")
N_("route.aps_volunteer.document.passport", "Passport (pages on civil status, validity dates, entry stamps and visas), or a consular attestation with photo, a photo ID, a consular card with photo, or a certificate of nationality under 6 months with photo")
N_("route.aps_volunteer.document.volunteer_contract", "Your volunteer contract")
N_("route.aps_volunteer.document.host_approval_decision", "Copy of the decision approving the association or foundation for volunteers")
N_("route.aps_volunteer.document.undertaking_to_leave", "Signed letter undertaking to leave France at the end of your contract")
N_("route.aps_volunteer.document.republican_contract", "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)")
