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

REPUBLICAN_CONTRACT = Document("republican_contract", only_if="procedure.republican_contract")


def student_filing_steps(on: str) -> tuple[Step, ...]:
    """Where a student permit (its renewal, or a change from it) is filed on each day; the words
    (which application, what happens that day) are the route's own."""
    return (
        Step("file_in_person", on=on, unless_in_force=STUDENT_AVAILABLE),
        Step("file_online_or_at_prefecture", on=on, only_if=STUDENT_AVAILABLE, unless_in_force=STUDENT_COMPULSORY),
        Step("file_online_only", on=on, only_if=STUDENT_COMPULSORY),
    )


def employer_steps() -> tuple[Step, ...]:
    """What the employer does before a change of status to employee, on each day (the words, which
    say when the labour-market test is waived, are the route's own)."""
    return (
        Step("employer_work_authorisation", unless_in_force=WORK_AUTHORISATION),
        Step("employer_work_authorisation_online", only_if=WORK_AUTHORISATION),
        Step("employer_tax_to_ofii", unless_in_force=TAX_WITH_VAT),
        Step("employer_tax_with_vat", only_if=TAX_WITH_VAT),
    )
