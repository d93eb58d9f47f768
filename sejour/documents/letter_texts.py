"""The words of the letters, in English (the source); their French (the letter itself) and other
languages (the translation beside it) are in the catalogues. Placeholders are filled by
letters.py from the case, the assessment and the person's identity.

Each letter was reviewed against a model from an association or an official page:
- every letter's frame (sender block with name, date and place of birth, nationality, address and
  numéro d'étranger; « Monsieur le Préfet » and the préfecture as addressee; « Objet : »; the
  salutation repeated in the closing formula; the enclosures listed at the end): GISTI, « Recours
  gracieux ou hiérarchique contre un refus de séjour », http://www.gisti.org/spip.php?article578
  (taken: the sender block, the addressee, the « LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION » line,
  the two openings, explicit refusal « par une décision du … » or implicit refusal by silence,
  « Je vous demande de bien vouloir revenir sur ce refus », the copy of the decision enclosed).
- the volunteer's undertaking: service-public.fr F17335, « Autorisation provisoire de séjour (APS)
  pour volontaire en France », https://www.service-public.fr/particuliers/vosdroits/F17335 (taken:
  the condition « vous prenez l'engagement de quitter la France à la fin de votre mission », the
  list of documents of the application, which the undertaking joins).
- the change of status: service-public.fr F2229, « Étranger en France : changement de statut
  d'étudiant à salarié », https://www.service-public.fr/particuliers/vosdroits/F2229, and GISTI,
  « Travailleur après des études en France : le changement de statut » (note pratique),
  https://www.gisti.org/spip.php?article6217 (taken: the request of a carte « salarié » or
  « travailleur temporaire » with the contract's facts; the application at the préfecture of the
  home, in Paris at the préfecture de police)."""

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
SEND_BY = N_("letter.note.send_by", "To send by {deadline} at the latest. Check the préfecture's address on its website, sign the "
             "letter and keep a copy of it and of every enclosure.")
FILL_BLANKS = N_("letter.note.fill_blanks", "Fill in by hand what is between brackets before you sign.")
# Shown above the recours gracieux when it is not known to protect the person: with an
# obligation to leave France, only the court stops the delay.
OQTF_WARNING = N_("letter.administrative_appeal.oqtf_warning",
                  "Before you send this letter: send it only if the refusal came without an obligation to leave France "
                  "(« obligation de quitter le territoire français », OQTF). With one, a recours gracieux does not stop the delay: "
                  "only an appeal to the tribunal administratif does, by {deadline} at the latest. See a lawyer.")
# Offered instead of the recours gracieux when the refusal came with an OQTF.
COURT_INSTEAD = N_("letter.administrative_appeal.court_instead",
                   "No letter to the préfet is offered: the refusal came with an obligation to leave France (OQTF), and a recours "
                   "gracieux would not stop its delay. The way to contest it is an appeal to the tribunal administratif, by {deadline} "
                   "at the latest. See a lawyer or an association (La Cimade, GISTI) now.")

# The sender, as the GISTI model writes it; blanks where the person did not say.
BORN = N_("letter.sender.born", "Born on {birth_date} in {birth_place}")
NATIONALITY = N_("letter.sender.nationality", "Country of nationality: {country}")
FOREIGNER_NUMBER = N_("letter.sender.foreigner_number", "Foreign-national number (numéro d'étranger): {number}")
BLANKS = {
    "name": N_("letter.blank.name", "[your first name and family name]"),
    "address": N_("letter.blank.address", "[your address]"),
    "postcode_city": N_("letter.blank.postcode_city", "[postcode and town]"),
    "city": N_("letter.blank.city", "[town]"),
    "birth_date": N_("letter.blank.birth_date", "[date of birth]"),
    "birth_place": N_("letter.blank.birth_place", "[place of birth]"),
    "foreigner_number": N_("letter.blank.foreigner_number", "[the number on your residence permit or récépissé, if you have one]"),
}

# The addressee: the préfet of the département by its name (prefectures.py), in Paris the préfet de police.
TO_PREFET = N_("letter.to.prefet", "To the Préfet {of_departement}")
TO_POLICE = N_("letter.to.prefet_de_police", "To the Préfet de police")
PREFECTURE = N_("letter.to.prefecture", "Préfecture {of_departement}, foreigners' department")
PREFECTURE_POLICE = N_("letter.to.prefecture_de_police", "Préfecture de police, foreigners' department")
PREFECTURE_BLANK = N_("letter.to.prefecture_blank", "Préfecture of [your département], foreigners' department")
STREET = N_("letter.to.street", "[the préfecture's street address]")
TOWN = N_("letter.to.town", "[postcode] {town}")
TITLE = N_("letter.title.prefet", "Préfet")
TITLE_POLICE = N_("letter.title.prefet_de_police", "Préfet de police")
SALUTATION = N_("letter.salutation", "Dear {title},")
CLOSING = N_("letter.closing.formal", "Please accept, {title}, the assurance of my highest consideration.")
PLACE_DATE = N_("letter.place_and_date", "{city}, {today}")
REGISTERED = N_("letter.registered", "Registered letter with acknowledgement of receipt")
ENCLOSED = N_("letter.enclosed", "Enclosed:")

# The facts the letters name, as a letter says them (a value the case format does not name
# precisely, "other" or "none", is left blank to fill by hand).
CONTRACTS = {
    "cdi": N_("letter.contract.cdi", "a permanent contract (CDI)"),
    "cdd": N_("letter.contract.cdd", "a fixed-term contract (CDD)"),
    "interim": N_("letter.contract.interim", "a temporary agency contract (intérim)"),
    "internship": N_("letter.contract.internship", "an internship agreement (stage)"),
    "student_job": N_("letter.contract.student_job", "a student job"),
}
# The card a change of status asks for: « salarié » for a CDI (CESEDA L421-1), « travailleur temporaire »
# for a fixed-term or agency contract (L421-3, before 1 May 2021 L313-10 as amended by loi n° 2016-274, in
# force 1 November 2016: a CDD no longer gives the « salarié » card); both when the contract is not known.
CARDS = {
    "cdi": N_("letter.card.salarie", "« salarié »"),
    "cdd": N_("letter.card.travailleur_temporaire", "« travailleur temporaire »"),
    None: N_("letter.card.either", "« salarié » (or « travailleur temporaire »)"),
}
PERMITS = {
    "long_stay_visa": N_("letter.permit.long_stay_visa", "long-stay visa"),
    "student": N_("letter.permit.student", "« étudiant » residence card (student)"),
    "aps_graduate": N_("letter.permit.aps_graduate", "temporary residence authorisation (APS) after my degree"),
    "aps_volunteer": N_("letter.permit.aps_volunteer", "temporary residence authorisation (APS) as a volunteer"),
    "employee": N_("letter.permit.employee", "« salarié » residence card (employee)"),
    "researcher": N_("letter.permit.researcher", "researcher's residence card"),
}
# From 1 March 2019 the graduate's APS became the card « recherche d'emploi ou création d'entreprise ».
RECE_CARD = N_("letter.permit.rece", "« recherche d'emploi ou création d'entreprise » residence card (job search or business creation)")

# The enclosures, in the first person: the person lists what they send. Keyed by the route's
# document ids (rules/texts), plus the appeal's own.
ENCLOSURES = {
    "long_stay_visa": N_("letter.enclosure.long_stay_visa", "My long-stay visa"),
    "birth_certificate": N_("letter.enclosure.birth_certificate", "A full copy of my birth certificate, with the most recent entries"),
    "passport": N_("letter.enclosure.passport", "A copy of my passport (pages on civil status, validity, entry stamps and visas)"),
    "volunteer_contract": N_("letter.enclosure.volunteer_contract", "My volunteer contract"),
    "host_approval_decision": N_("letter.enclosure.host_approval_decision",
                                 "A copy of the decision approving the association or foundation that hosts me for volunteers"),
    "republican_contract": N_("letter.enclosure.republican_contract",
                              "The contract of commitment to respect the principles of the Republic, signed by me"),
    "aps": N_("letter.enclosure.aps", "A copy of my residence permit ({permit_kind})"),
    "student_permit": N_("letter.enclosure.student_permit", "A copy of my residence permit ({permit_kind})"),
    "employment_contract": N_("letter.enclosure.employment_contract", "My signed employment contract (or my promise of hiring)"),
    "proof_of_address": N_("letter.enclosure.proof_of_address", "A proof of my address"),
    "passport_photos": N_("letter.enclosure.passport_photos", "Three recent passport photos of me"),
    "diploma": N_("letter.enclosure.diploma", "A copy of my diploma and of my transcript"),
    "timbres_fiscaux": N_("letter.enclosure.timbres_fiscaux", "The timbres fiscaux due for my first « salarié » card"),
    "refusal_decision": N_("letter.enclosure.refusal_decision", "A copy of the refusal decision of {decided_on}"),
    "filing_proof": N_("letter.enclosure.filing_proof",
                       "A copy of the proof that I filed my application on {filed_on} (récépissé or acknowledgement of receipt)"),
    "my_documents": N_("letter.enclosure.my_documents", "The documents that show my situation: [list them]"),
}

SUBJECTS = {
    "volunteer_undertaking": N_("letter.volunteer_undertaking.subject",
                                "Subject: undertaking to leave France at the end of my volunteer mission"),
    "change_of_status_request": N_("letter.change_of_status_request.subject",
                                   "Subject: request for a change of status to employee (« salarié »)"),
    "administrative_appeal": N_("letter.administrative_appeal.subject", "Subject: recours gracieux against the refusal of my application"),
}

# The legal basis, by route, with the article in force on the letter's day (letter_basis.py).
BASIS = {
    "aps_volunteer": N_("letter.volunteer_undertaking.basis.article",
                        "I make this undertaking in support of my request for a temporary residence authorisation (autorisation "
                        "provisoire de séjour) as a volunteer, as required by article {article} of the code de l'entrée et du séjour "
                        "des étrangers et du droit d'asile (CESEDA)."),
    "employee_after_aps": N_("letter.change_of_status_request.basis.after_aps",
                             "I make this request as a graduate holding a {permit_kind} who has found a job related to my studies, "
                             "under article {article} of the code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)."),
    "employee_from_student": N_("letter.change_of_status_request.basis.from_student",
                                "I make this request under article {article} of the code de l'entrée et du séjour des étrangers et du "
                                "droit d'asile (CESEDA)."),
}
AGREEMENT = N_("letter.basis.agreement", "I also rely on the bilateral agreement that applies to nationals of my country ({country}), "
               "where it provides otherwise.")

PARAGRAPHS = {
    "volunteer_undertaking": (
        N_("letter.volunteer_undertaking.undertaking",
           "I, the undersigned {name}, undertake to leave French territory at the end of my volunteer mission, "
           "which starts on {mission_start} and ends on {mission_end}."),
    ),
    "change_of_status_request": (
        N_("letter.change_of_status_request.situation",
           "I hold a residence document ({permit_kind}) valid until {permit_end}. I have been hired on {hired_on} on {contract}, "
           "with a gross monthly salary of {salary}, starting on {job_start}."),
        N_("letter.change_of_status_request.request.in_time",
           "I hereby request a change of status and the issue of a residence permit {card}. "
           "I make this request in time, before {deadline}, and I enclose the documents listed below."),
    ),
    "administrative_appeal": (
        # first: the refusal, by silence or by a decision (see DECISION)
        N_("letter.administrative_appeal.request.in_time",
           "By this recours gracieux, I ask you to withdraw this refusal and to examine my application again, in the light of the "
           "facts and documents enclosed. I make it within the time limit to go to court, which ends on {deadline} and which this "
           "appeal interrupts ({basis})."),
        N_("letter.administrative_appeal.hierarchical",
           "I may also address a recours hiérarchique to the Minister of the Interior within the same deadline."),
    ),
}
AVAILABLE = N_("letter.change_of_status_request.available", "I remain at your disposal for any further document.")
DECISION = {
    True: N_("letter.administrative_appeal.implicit",
             "I am writing to you because my application filed on {filed_on} has received no answer, which amounts to an implicit refusal."),
    False: N_("letter.administrative_appeal.explicit",
              "I am writing to you because, by a decision of {decided_on}, received on {received_on}, you refused my application "
              "filed on {filed_on}."),
}
