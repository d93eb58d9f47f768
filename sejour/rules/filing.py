"""How and where to file on the assessment day: steps and documents shared by the routes, each
dated by a boolean parameter of `parameters/procedure` (shared/domain.md, "How and where to file
today"; research notes §11, §15).

- student permits: at the préfecture; online on ANEF from 2020-09-17; online only from 2021-05-01
  (R431-2), a paper file only when the online service fails;
- before a change of status to employee, the employer asks online for the work authorisation from
  April 2021 (décret n° 2021-360), still needed when the labour-market test is waived;
- the employer tax: paid to OFII, then declared with the VAT return to the DGFiP from 2023-01-01;
- from 2024-07-17, every applicant signs the contract of commitment to the principles of the
  Republic (L412-7).
"""

from .meta import Document, Step

ANEF = "administration-etrangers-en-france.interieur.gouv.fr"
STUDENT_AVAILABLE, STUDENT_COMPULSORY = "procedure.student_online_available", "procedure.student_online_compulsory"
WORK_AUTHORISATION = "procedure.work_authorisation_online"
TAX_WITH_VAT = "procedure.employer_tax_with_vat"

REPUBLICAN_CONTRACT = Document("republican_contract", {
    "en": "The contract of commitment to respect the principles of the Republic, signed (required of every applicant since 17 July 2024)",
    "fr": "Le contrat d'engagement à respecter les principes de la République, signé (exigé de tout demandeur depuis le 17 juillet 2024)"},
    only_if="procedure.republican_contract")


def student_filing_steps(on: str, what: dict, lead: dict) -> tuple[Step, ...]:
    """Where a student permit (its renewal, or a change from it) is filed on each day: `what`
    names the application in each language, `lead` says what happens that day."""
    return (
        Step({"en": f"{lead['en']}File {what['en']} in person at the préfecture of your département.",
              "fr": f"{lead['fr']}Déposez {what['fr']} en personne à la préfecture de votre département."},
             on=on, unless_in_force=STUDENT_AVAILABLE),
        Step({"en": f"{lead['en']}File {what['en']} online on ANEF ({ANEF}) or at the préfecture.",
              "fr": f"{lead['fr']}Déposez {what['fr']} en ligne sur l'ANEF ({ANEF}) ou à la préfecture."},
             on=on, only_if=STUDENT_AVAILABLE, unless_in_force=STUDENT_COMPULSORY),
        Step({"en": f"{lead['en']}File {what['en']} online on ANEF ({ANEF}): online filing is compulsory; a paper file is accepted only if the online service fails.",
              "fr": f"{lead['fr']}Déposez {what['fr']} en ligne sur l'ANEF ({ANEF}) : le dépôt en ligne est obligatoire ; un dossier papier n'est accepté que si le service en ligne est défaillant."},
             on=on, only_if=STUDENT_COMPULSORY),
    )


def employer_steps(exempt: dict) -> tuple[Step, ...]:
    """What the employer does before a change of status to employee, on each day: `exempt` says
    in each language when the labour-market test is waived."""
    return (
        Step({"en": f"Your employer obtains the work authorisation from the labour services ({exempt['en']}).",
              "fr": f"Votre employeur obtient l'autorisation de travail auprès des services du travail ({exempt['fr']})."},
             unless_in_force=WORK_AUTHORISATION),
        Step({"en": f"Before the change of status, your employer asks online for the work authorisation (ANEF work-authorisation service); {exempt['en']}, but it is still needed.",
              "fr": f"Avant le changement de statut, votre employeur demande en ligne l'autorisation de travail (service « autorisation de travail » de l'ANEF) ; {exempt['fr']}, mais elle reste nécessaire."},
             only_if=WORK_AUTHORISATION),
        Step({"en": "The employer pays the employer tax to OFII.", "fr": "L'employeur paie la taxe employeur à l'OFII."},
             unless_in_force=TAX_WITH_VAT),
        Step({"en": "The employer declares and pays the employer tax with its VAT return to the tax administration (not to OFII).",
              "fr": "L'employeur déclare et paie la taxe employeur avec sa déclaration de TVA auprès de l'administration fiscale (et non à l'OFII)."},
             only_if=TAX_WITH_VAT),
    )
