"""The words of the letters, in English (the source); their French (the letter itself) and other
languages (the translation beside it) are in the catalogues. Placeholders are filled by
letters.py from the case and the assessment ({deadline}, {mission_end}, ...) and the person's
identity ({name}...)."""

from sejour.i18n import N_

BLANK = "……………"

TITLES = {
    "volunteer_undertaking": N_("letter.volunteer_undertaking.title", "Undertaking to leave France at the end of the volunteer mission"),
    "change_of_status_request": N_("letter.change_of_status_request.title", "Request for a change of status to employee"),
    "administrative_appeal": N_("letter.administrative_appeal.title", "Administrative appeal (recours gracieux) against the refusal"),
}
DESCRIPTIONS = {
    "volunteer_undertaking": N_("letter.volunteer_undertaking.description",
                                "The written undertaking the APS for volunteers requires (CESEDA L311-10, now L426-21)."),
    "change_of_status_request": N_("letter.change_of_status_request.description",
                                   "The letter to the préfet asking for the employee permit, with your contract's facts."),
    "administrative_appeal": N_("letter.administrative_appeal.description",
                                "The letter asking the préfet to withdraw the refusal, to send before the deadline."),
}

# Around the letter, to the person (in their language), never part of what is sent.
INTRO = N_("letter.translation.intro", "The préfecture expects letters in French: the letter to sign and send is the French one, "
           "first. A translation to help you understand it follows; do not send the translation.")
HEADING = N_("letter.translation.heading", "Translation to help you: do not send")
NOTE = N_("letter.translation.note", "The préfecture expects letters in French. This translation only helps you understand the "
          "French letter above, which is the one to sign and send: the French text is the one that counts.")
# Shown above the recours gracieux when it is not known to protect the person: with an
# obligation to leave France, only the court stops the delay.
OQTF_WARNING = N_("letter.administrative_appeal.oqtf_warning",
                  "Before you send this letter: send it only if the refusal came without an obligation to leave France "
                  "(« obligation de quitter le territoire français », OQTF). With one, a recours gracieux does not stop the delay: "
                  "only an appeal to the tribunal administratif does, by {deadline} at the latest. See a lawyer.")

# The parts every letter shares.
IDENTITY = N_("letter.identity", "Born on {birth_date} in {birth_place}, national of {nationality}; foreigner number: {foreigner_number}")
ADDRESSEE = (N_("letter.addressee.prefet", "To the Préfet of the département {departement}"),
             N_("letter.addressee.service", "Foreigners' department (service des étrangers)"))
PLACE_DATE = N_("letter.place_date", "Done at {blank}, on {today}")
ENCLOSED = N_("letter.enclosed", "Enclosed:")
CLOSING = N_("letter.closing", "Yours faithfully,")

# The facts the letters name, as a letter says them (a value the case format does not name
# precisely, "other" or "none", is left blank to fill by hand).
CONTRACTS = {
    "cdi": N_("letter.contract.cdi", "a permanent contract (CDI)"),
    "cdd": N_("letter.contract.cdd", "a fixed-term contract (CDD)"),
    "interim": N_("letter.contract.interim", "a temporary agency contract (intérim)"),
    "internship": N_("letter.contract.internship", "an internship agreement (stage)"),
    "student_job": N_("letter.contract.student_job", "a student job"),
}
PERMITS = {
    "long_stay_visa": N_("letter.permit.long_stay_visa", "long-stay visa"),
    "student": N_("letter.permit.student", "« étudiant » residence card (student)"),
    "aps_graduate": N_("letter.permit.aps_graduate", "temporary residence authorisation (APS) after my degree"),
    "aps_volunteer": N_("letter.permit.aps_volunteer", "temporary residence authorisation (APS) as a volunteer"),
    "employee": N_("letter.permit.employee", "« salarié » residence card (employee)"),
    "researcher": N_("letter.permit.researcher", "researcher's residence card"),
}

SUBJECTS = {
    "volunteer_undertaking": N_("letter.volunteer_undertaking.subject",
                                "Subject: undertaking to leave France at the end of my volunteer mission"),
    "change_of_status_request": N_("letter.change_of_status_request.subject",
                                   "Subject: request for a change of status to employee (« salarié »)"),
    "administrative_appeal": N_("letter.administrative_appeal.subject", "Subject: recours gracieux against the refusal of my application"),
}

PARAGRAPHS = {
    "volunteer_undertaking": (
        N_("letter.volunteer_undertaking.undertaking",
           "I, the undersigned {name}, undertake to leave French territory at the end of my volunteer mission, "
           "which starts on {mission_start} and ends on {mission_end}."),
        N_("letter.volunteer_undertaking.basis",
           "I make this undertaking in support of my request for a temporary residence authorisation (autorisation provisoire de "
           "séjour) as a volunteer, as required by article L311-10 (now L426-21) of the CESEDA."),
        CLOSING,
    ),
    "change_of_status_request": (
        N_("letter.change_of_status_request.situation",
           "I hold a residence document ({permit_kind}) valid until {permit_end}. I have been hired on {hired_on} on {contract}, "
           "with a gross monthly salary of {salary}, starting on {job_start}."),
        N_("letter.change_of_status_request.request",
           "I hereby request a change of status and the issue of a residence permit « salarié » (or « travailleur temporaire »), "
           "and I enclose the documents listed below. I file this request by {deadline}."),
        N_("letter.change_of_status_request.available", "I remain at your disposal for any further document."),
        CLOSING,
    ),
    "administrative_appeal": (
        # the first paragraph: the refusal, by silence or by a decision (see DECISION)
        N_("letter.administrative_appeal.request",
           "By this recours gracieux, I ask you to withdraw this refusal and to examine my application again, in the light of the "
           "facts and documents enclosed. I file this appeal by {deadline}, within the two months of the litigation deadline, which "
           "this appeal interrupts (Code de justice administrative, art. R421-1 and R421-2; Conseil d'État, Section, 10 July 1964)."),
        N_("letter.administrative_appeal.hierarchical",
           "I may also address a recours hiérarchique to the Minister of the Interior within the same deadline."),
        CLOSING,
    ),
}
DECISION = {
    True: N_("letter.administrative_appeal.implicit",
             "I am writing to you because my application filed on {filed_on} has received no answer, which amounts to an implicit refusal."),
    False: N_("letter.administrative_appeal.explicit",
              "I am writing to you because, by a decision of {decided_on}, received on {received_on}, you refused my application "
              "filed on {filed_on}."),
}
