"""The words of the letters, in French and English. Placeholders are filled by letters.py from
the case and the assessment ({deadline}, {mission_end}, ...) and the person's identity ({name}...)."""

BLANK = "……………"
TRANSLATION_NOTE = ("Translation to help you: the préfecture expects letters in French. Send the French version "
                    "(download it with the language set to Français).")
# Shown above the recours gracieux when it is not known to protect the person (a note to them, not
# part of the letter): with an obligation to leave France, only the court stops the delay.
OQTF_WARNING = {
    "en": ("Before you send this letter: send it only if the refusal came without an obligation to leave France (« obligation de "
           "quitter le territoire français », OQTF). With one, a recours gracieux does not stop the delay: only an appeal to the tribunal "
           "administratif does, by {deadline} at the latest. See a lawyer."),
    "fr": ("Avant d'envoyer cette lettre : envoyez-la seulement si le refus n'est pas assorti d'une obligation de quitter le territoire "
           "français (OQTF). Avec une OQTF, un recours gracieux n'arrête pas le délai : seul un recours devant le tribunal administratif "
           "le fait, au plus tard le {deadline}. Consultez un avocat."),
}

LETTER_TITLES = {
    "volunteer_undertaking": {"en": "Undertaking to leave France at the end of the volunteer mission",
                              "fr": "Engagement à quitter le territoire à l'issue de la mission de volontariat"},
    "change_of_status_request": {"en": "Request for a change of status to employee", "fr": "Demande de changement de statut vers « salarié »"},
    "administrative_appeal": {"en": "Administrative appeal (recours gracieux) against the refusal", "fr": "Recours gracieux contre le refus"},
}
LETTER_DESCRIPTIONS = {
    "volunteer_undertaking": {"en": "The written undertaking the APS for volunteers requires (CESEDA L311-10, now L426-21).",
                              "fr": "L'engagement écrit qu'exige l'APS « volontaire » (CESEDA L311-10, aujourd'hui L426-21)."},
    "change_of_status_request": {"en": "The letter to the préfet asking for the employee permit, with your contract's facts.",
                                 "fr": "La lettre au préfet demandant la carte « salarié », avec les éléments de votre contrat."},
    "administrative_appeal": {"en": "The letter asking the préfet to withdraw the refusal, to send before the deadline.",
                              "fr": "La lettre demandant au préfet de retirer le refus, à envoyer avant la date limite."},
}

_IDENTITY = {"en": "Born on {birth_date} in {birth_place}, national of {nationality}; foreigner number: {foreigner_number}",
             "fr": "Né·e le {birth_date} à {birth_place}, de nationalité {nationality} ; numéro étranger : {foreigner_number}"}
_PREFET = {"en": ["To the Préfet of the département {departement}", "Foreigners' department (service des étrangers)"],
           "fr": ["Monsieur le Préfet / Madame la Préfète du département {departement}", "Service des étrangers"]}
_PLACE = {"en": "Done at {BLANK}, on {today}".replace("{BLANK}", BLANK), "fr": "Fait à {BLANK}, le {today}".replace("{BLANK}", BLANK)}


def _volunteer_en(facts):
    return ["I, the undersigned {name}, undertake to leave French territory at the end of my volunteer mission, "
            "which starts on {mission_start} and ends on {mission_end}.",
            "I make this undertaking in support of my request for a temporary residence authorisation (autorisation provisoire de séjour) "
            "as a volunteer, as required by article L311-10 (now L426-21) of the CESEDA.",
            "Yours faithfully,"]


def _volunteer_fr(facts):
    return ["Je soussigné·e {name} m'engage à quitter le territoire français à l'issue de ma mission de volontariat, "
            "qui commence le {mission_start} et se termine le {mission_end}.",
            "Je prends cet engagement à l'appui de ma demande d'autorisation provisoire de séjour en qualité de volontaire, "
            "conformément à l'article L311-10 (aujourd'hui L426-21) du CESEDA.",
            "Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération."]


def _status_en(facts):
    return ["I hold a residence document ({permit_kind}) valid until {permit_end}. I have been hired on {hired_on} on a {contract} "
            "with a gross monthly salary of {salary}, starting on {job_start}.",
            "I hereby request a change of status and the issue of a residence permit « salarié » (or « travailleur temporaire »), "
            "and I enclose the documents listed below. I file this request by {deadline}, the date my assessment gives.",
            "I remain at your disposal for any further document. Yours faithfully,"]


def _status_fr(facts):
    return ["Je suis titulaire d'un titre de séjour ({permit_kind}) valable jusqu'au {permit_end}. J'ai été embauché·e le {hired_on} "
            "en {contract}, pour un salaire mensuel brut de {salary}, à compter du {job_start}.",
            "J'ai l'honneur de solliciter un changement de statut et la délivrance d'une carte de séjour « salarié » "
            "(ou « travailleur temporaire »). Vous trouverez ci-joint les pièces listées ci-dessous. Je dépose cette demande au plus tard le {deadline}.",
            "Je reste à votre disposition pour tout document complémentaire. Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération."]


def _appeal_en(facts):
    decision = ("my application filed on {filed_on} has received no answer, which amounts to an implicit refusal"
                if facts["implicit"] else "by a decision of {decided_on}, received on {received_on}, you refused my application filed on {filed_on}")
    return [f"I am writing to you because {decision}.",
            "By this recours gracieux, I ask you to withdraw this refusal and to examine my application again, in the light of the facts and "
            "documents enclosed. I file this appeal by {deadline}, within the two months of the litigation deadline, which this appeal interrupts "
            "(Code de justice administrative, art. R421-1 and R421-2; Conseil d'État, Section, 10 July 1964).",
            "I may also address a recours hiérarchique to the Minister of the Interior within the same deadline.",
            "Yours faithfully,"]


def _appeal_fr(facts):
    decision = ("ma demande déposée le {filed_on} est restée sans réponse, ce qui vaut décision implicite de rejet"
                if facts["implicit"] else "par une décision du {decided_on}, reçue le {received_on}, vous avez rejeté ma demande déposée le {filed_on}")
    return [f"Je me permets de vous écrire car {decision}.",
            "Par le présent recours gracieux, je vous demande de bien vouloir retirer ce refus et réexaminer ma demande au regard des éléments "
            "joints. Je forme ce recours au plus tard le {deadline}, dans le délai de recours contentieux de deux mois, que ce recours interrompt "
            "(Code de justice administrative, art. R421-1 et R421-2 ; Conseil d'État, Section, 10 juillet 1964).",
            "Je peux également former, dans le même délai, un recours hiérarchique auprès du ministre de l'Intérieur.",
            "Je vous prie d'agréer, Monsieur le Préfet, l'expression de ma haute considération."]


def _letter(subject_en, subject_fr, en, fr):
    return {lang: {"identity": _IDENTITY[lang], "addressee": _PREFET[lang], "place_date": _PLACE[lang],
                   "subject": subject, "paragraphs": paragraphs}
            for lang, subject, paragraphs in (("en", subject_en, en), ("fr", subject_fr, fr))}


TEXTS = {
    "volunteer_undertaking": _letter("Subject: undertaking to leave France at the end of my volunteer mission",
                                     "Objet : engagement à quitter le territoire à l'issue de ma mission de volontariat", _volunteer_en, _volunteer_fr),
    "change_of_status_request": _letter("Subject: request for a change of status to employee (« salarié »)",
                                        "Objet : demande de changement de statut – carte de séjour « salarié »", _status_en, _status_fr),
    "administrative_appeal": _letter("Subject: recours gracieux against the refusal of my application",
                                     "Objet : recours gracieux contre le refus de ma demande", _appeal_en, _appeal_fr),
}
