"""Route `talent_qualified_employee`: the multi-year « talent – salarié qualifié » card (CESEDA L421-9
as amended by loi n° 2024-42, in force 2024-01-28): a graduate of a master-grade diploma from a
French accredited institution in a salaried job paid at least the threshold (R421-16 A, décret
n° 2025-539; 39 582 € a year by the arrêté of 21 August 2025), up to 4 years (R421-12). Before
2024-01-28, and while the threshold is not confirmed, the route says what it needs instead of
guessing (research notes §15).
"""

import numpy as np

from ..filing import REPUBLICAN_CONTRACT
from ..meta import (CentsVariable, CountVariable, DateVariable, Document, EnumVariable, Route, Step, TriVariable, applicability, cents, condition,
                    cost, deadline, figure, in_force, module_variables, parameter_per_row, per_row)
from ..tri import FALSE, TRUE, UNKNOWN, all_of, any_of, date_on_or_before, tri
from .enums import Contract, Diploma, PermitKind, TalentName, TaxOwed

ROUTE = "talent_qualified_employee"
BASIS = ["CESEDA art. L421-9 (loi n° 2024-42 du 26 janvier 2024, art. 30, in force 2024-01-28)"]
MASTER_GRADE = ("master", "engineering", "doctorate")  # diplomas of the master grade or above
MAYBE_LISTED = ("mba", "msc", "rncp_level_1", "accounting", "medical", "technology", "other")  # unless master grade: the decree's list


NAMING = "procedure.talent_naming"
CARD = {"talent": {"en": "« talent – salarié qualifié »", "fr": "« talent – salarié qualifié »"},
        "passeport_talent": {"en": "« passeport talent – salarié qualifié »", "fr": "« passeport talent – salarié qualifié »"}}


def named(text: dict) -> dict:
    """Texts naming the card, chosen `by` talent_name: « passeport talent » before the décret of
    13 June 2025, « talent » from it ({card} in a template)."""
    def expand(template, lang):
        if isinstance(template, dict):
            return {key: expand(value, lang) for key, value in template.items()}
        versions = {name: template.replace("{card}", CARD[name][lang]) for name in CARD}
        return {**versions, "unknown": versions["talent"]}
    return {lang: expand(text[lang], lang) for lang in text}


class talent_name(EnumVariable):
    possible_values = TalentName
    label = "How the texts name the card on the day: « passeport talent », then « talent » from the décret of 13 June 2025"
    reference = ["Décret n° 2025-539 du 13 juin 2025"]

    def formula(person, period, parameters):
        renamed = bool(in_force(parameters, period, NAMING, False))
        name = TalentName.talent if renamed else TalentName.passeport_talent
        return per_row(person, period, name.index, dtype=np.int16)


class talent_applies(TriVariable):
    label = "The talent card concerns this person: a non-EU student or post-study permit holder with a salaried job"
    reference = BASIS
    __rule__ = applicability(ROUTE, by="talent_name", parameters=[NAMING], text=named({
        "en": {"true": "You hold a student or post-study permit and have a salaried job: the multi-year {card} card may be asked instead of the one-year 'salarié' card.",
               "false": "The {card} card is for a graduate in France (student or post-study permit) with a salaried job; it does not concern this case.",
               "null": "Whether the {card} card concerns you depends on facts not yet given (your permit, your job)."},
        "fr": {"true": "Vous avez un titre étudiant ou de fin d'études et un emploi salarié : la carte pluriannuelle {card} peut être demandée au lieu de la carte « salarié » d'un an.",
               "false": "La carte {card} concerne un diplômé en France (titre étudiant ou de fin d'études) qui a un emploi salarié ; elle ne concerne pas ce cas.",
               "null": "Que la carte {card} vous concerne dépend de faits encore inconnus (votre titre, votre emploi)."}}))

    def formula(person, period, parameters):
        graduate = PermitKind.among(person("permit_kind", period), "student", "aps_graduate")
        return all_of(person("needs_permit", period), graduate, person("has_job", period))


class talent_rules_known(TriVariable):
    label = "sejour knows the card's rules on this day (L421-9 as amended in 2024, from 2024-01-28)"
    reference = BASIS
    __rule__ = condition(ROUTE, "rules_known", parameters=["talent.qualified_employee_rules_known"], text={
        "en": {"true": "The card is governed by CESEDA art. L421-9 as amended by the law of 26 January 2024.",
               "false": "No rule of this card is known for this day.",
               "null": "Before 28 January 2024 this card was the « passeport talent – salarié qualifié » under earlier texts that this assessment does not cover: ask the préfecture."},
        "fr": {"true": "La carte relève de l'article L421-9 du CESEDA modifié par la loi du 26 janvier 2024.",
               "false": "Aucune règle de cette carte n'est connue pour ce jour.",
               "null": "Avant le 28 janvier 2024, cette carte était le « passeport talent – salarié qualifié », régi par des textes antérieurs que cette évaluation ne couvre pas : renseignez-vous à la préfecture."}})

    def formula(person, period, parameters):
        known = bool(in_force(parameters, period, "talent.qualified_employee_rules_known", False))
        return per_row(person, period, TRUE if known else UNKNOWN, dtype=np.int32)


class talent_nationality(TriVariable):
    label = "The nationality does not put the person outside the CESEDA card (Algerians: the 1968 agreement; not confirmed)"
    reference = ["Accord franco-algérien du 27 décembre 1968", "CE, avis, 22 mars 2010, n° 333679"]
    __rule__ = condition(ROUTE, "nationality_allowed", parameters=["nationality.aps_excluded"], text={
        "en": {"true": "Your nationality does not exclude you from this CESEDA card.",
               "false": "Your nationality excludes you from this CESEDA card.",
               "null": "Algerian nationals are governed by the Franco-Algerian agreement of 27 December 1968; whether this CESEDA card is open to them is not confirmed by the sources read: ask the préfecture."},
        "fr": {"true": "Votre nationalité ne vous exclut pas de cette carte du CESEDA.",
               "false": "Votre nationalité vous exclut de cette carte du CESEDA.",
               "null": "Les ressortissants algériens relèvent de l'accord franco-algérien du 27 décembre 1968 ; que cette carte du CESEDA leur soit ouverte n'est pas confirmé par les sources consultées : renseignez-vous à la préfecture."}})

    def formula(person, period, parameters):
        return np.where(person("aps_excluded_national", period) == TRUE, UNKNOWN, TRUE).astype(np.int32)


class talent_diploma(TriVariable):
    label = "A diploma at least equivalent to the master grade (or on the decree's list) from an accredited French institution"
    reference = BASIS
    __rule__ = condition(ROUTE, "diploma_level", text={
        "en": {"true": "Your diploma, from an accredited institution in France, is at least of the master grade.",
               "false": "The card needs a diploma at least equivalent to the master grade (or on the decree's list), obtained in an institution accredited in France.",
               "null": "The card needs a diploma at least equivalent to the master grade, or on a list set by decree (not confirmed here), from an institution accredited in France: which is yours, and does it confer the master grade?"},
        "fr": {"true": "Votre diplôme, obtenu dans un établissement habilité en France, est au moins du grade de master.",
               "false": "La carte exige un diplôme au moins équivalent au grade de master (ou figurant sur la liste fixée par décret), obtenu dans un établissement habilité en France.",
               "null": "La carte exige un diplôme au moins équivalent au grade de master, ou figurant sur une liste fixée par décret (non confirmée ici), obtenu dans un établissement habilité en France : quel est le vôtre, confère-t-il le grade de master ?"}},
        change={"en": "A master-grade diploma from an institution accredited in France.", "fr": "Un diplôme de grade master d'un établissement habilité en France."})

    def formula(person, period, parameters):
        diploma, grade = person("diploma", period), person("confers_master_grade", period)
        maybe_listed = np.where(Diploma.among(diploma, *MAYBE_LISTED) == FALSE, FALSE, UNKNOWN).astype(np.int32)
        level = any_of(grade, Diploma.among(diploma, *MASTER_GRADE), maybe_listed)
        return all_of(level, person("institution_accredited", period))


class talent_salaried(TriVariable):
    label = "A salaried professional activity (a CDI or CDD; temporary work not confirmed)"
    reference = BASIS
    __rule__ = condition(ROUTE, "salaried_job", text={
        "en": {"true": "Your job is a salaried activity (CDI or CDD).",
               "false": "The card is for a salaried professional activity; an internship or a student job does not give it.",
               "null": "The card needs a salaried professional activity: what is your contract (whether temporary agency work qualifies is not confirmed)?"},
        "fr": {"true": "Votre emploi est une activité salariée (CDI ou CDD).",
               "false": "La carte concerne une activité professionnelle salariée ; un stage ou un job étudiant ne la donne pas.",
               "null": "La carte exige une activité professionnelle salariée : quel est votre contrat (l'intérim n'est pas confirmé) ?"}},
        change={"en": "A CDI or a CDD.", "fr": "Un CDI ou un CDD."})

    def formula(person, period, parameters):
        contract = person("contract", period)
        salaried = Contract.among(contract, "cdi", "cdd")
        return np.where(Contract.code(contract, "interim"), UNKNOWN, salaried).astype(np.int32)


class talent_salary_floor(CentsVariable):
    label = "Gross annual salary the card requires (R421-16 A), in cents; -1 when no amount is confirmed for the day"
    reference = ["CESEDA art. L421-9 and R421-16 A (décret n° 2025-539 du 13 juin 2025)"]
    __rule__ = figure(ROUTE, "minimum_annual_salary_eur", unit="EUR", parameters=["talent.qualified_employee_salary_floor_annual"], text={
        "en": "The job must pay at least {talent_salary_floor:money} gross a year.",
        "fr": "L'emploi doit être payé au moins {talent_salary_floor:money} brut par an."})

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "talent.qualified_employee_salary_floor_annual", cents)


class talent_salary_met(TriVariable):
    label = "The gross annual salary (12 × the monthly salary) reaches the threshold in force"
    reference = ["CESEDA art. L421-9 and R421-16 A (décret n° 2025-539 du 13 juin 2025)"]
    __rule__ = condition(ROUTE, "salary_threshold", parameters=["talent.qualified_employee_salary_floor_annual"], text={
        "en": {"true": "Your salary ({gross_monthly_salary:money} a month, so {talent_annual_salary:money} a year) reaches the threshold of {talent_salary_floor:money} gross a year.",
               "false": "Your salary ({talent_annual_salary:money} gross a year) is below the threshold of {talent_salary_floor:money}: the one-year 'salarié' card remains.",
               "null": "The card requires a gross annual salary at least equal to a threshold set by the government; the amount in force on this day is not confirmed by the sources read, or your salary is not known: ask the préfecture."},
        "fr": {"true": "Votre salaire ({gross_monthly_salary:money} par mois, soit {talent_annual_salary:money} par an) atteint le seuil de {talent_salary_floor:money} brut par an.",
               "false": "Votre salaire ({talent_annual_salary:money} brut par an) est inférieur au seuil de {talent_salary_floor:money} : reste la carte « salarié » d'un an.",
               "null": "La carte exige un salaire annuel brut au moins égal à un seuil fixé par le gouvernement ; le montant en vigueur ce jour n'est pas confirmé par les sources consultées, ou votre salaire n'est pas connu : renseignez-vous à la préfecture."}},
        change={"en": "A gross annual salary of at least {talent_salary_floor:money}.", "fr": "Un salaire annuel brut d'au moins {talent_salary_floor:money}."})

    def formula(person, period, parameters):
        annual, floor = person("talent_annual_salary", period), person("talent_salary_floor", period)
        return tri(annual >= floor, (annual >= 0) & (floor >= 0))


class talent_annual_salary(CentsVariable):
    label = "Gross annual salary: 12 × the gross monthly salary"
    reference = ["CESEDA art. R421-16 A (« rémunération annuelle brute »)"]

    def formula(person, period, parameters):
        monthly = person("gross_monthly_salary", period)
        return np.where(monthly < 0, -1, monthly * 12)


class talent_before_expiry(TriVariable):
    label = "The current permit has not expired (the card is asked before it expires)"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]
    __rule__ = condition(ROUTE, "before_permit_expiry", text={
        "en": {"true": "Your permit is still valid (until {permit_expires_on:date}).",
               "false": "Your permit expired on {permit_expires_on:date}: the change had to be asked before.",
               "null": "The card is asked before your current permit expires; when does it expire?"},
        "fr": {"true": "Votre titre est encore valide (jusqu'au {permit_expires_on:date}).",
               "false": "Votre titre a expiré le {permit_expires_on:date} : le changement devait être demandé avant.",
               "null": "La carte se demande avant l'expiration de votre titre actuel ; quand expire-t-il ?"}},
        change={"en": "Asking on or before {permit_expires_on:date}.", "fr": "Une demande au plus tard le {permit_expires_on:date}."})

    def formula(person, period, parameters):
        return date_on_or_before(person("as_of", period), person("permit_expires_on", period))


class talent_apply_before(DateVariable):
    label = "Last day to ask for the card: the current permit's expiry"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]
    __rule__ = deadline(ROUTE, "apply_before", text={
        "en": "Ask for the card before your current permit expires, on {talent_apply_before:date} at the latest.",
        "fr": "Demandez la carte avant l'expiration de votre titre actuel, au plus tard le {talent_apply_before:date}."})

    def formula(person, period, parameters):
        return person("permit_expires_on", period)


class talent_stamp_duty(CentsVariable):
    label = "Tax and droit de timbre for the card, paid as a first titre by a former student"
    reference = ["CESEDA art. L436-1 and L436-7 (first-titre tax and droit de timbre)",
                 "expat-elan.fr (January 2020): the cartes de séjour pluriannuelles « salarié » and « passeport talent » pay the general tariff, 200 € + 25 € (LFI 2020)",
                 "Circulaire IOCL1201043C du 12 janvier 2012: a student card holder changing status pays the first-issue tariff of the new card"]
    __rule__ = cost(ROUTE, "stamp_duty", payer="applicant", parameters=["fees.first_permit_tax", "fees.droit_de_timbre"], text={
        "en": "Paid by you in timbres fiscaux for the card (first issue): {talent_stamp_duty:money}.",
        "fr": "Payé par vous en timbres fiscaux pour la carte (première délivrance) : {talent_stamp_duty:money}."})

    def formula(person, period, parameters):
        return person("stamp_duty", period)


EMPLOYER_TAX = "talent.qualified_employee_employer_tax"


class talent_employer_tax_owed(EnumVariable):
    possible_values = TaxOwed
    label = "Whether the employer tax is owed on this card: not owed from 2023 (no work authorisation needed), not confirmed before; Algerians not confirmed"
    reference = ["CESEDA art. L436-10 (loi n° 2022-1726 du 30 décembre 2022, art. 80)", "CESEDA art. L421-9"]

    def formula(person, period, parameters):
        amount = in_force(parameters, period, EMPLOYER_TAX)
        ceseda = person("aps_excluded_national", period) != TRUE  # the 1968 agreement: the CESEDA card itself not confirmed for Algerians
        return np.where(ceseda & (amount == 0), TaxOwed.not_owed.index, TaxOwed.unknown.index).astype(np.int16)


class talent_employer_tax(CentsVariable):
    label = "Employer tax (taxe due par l'employeur de main-d'œuvre étrangère) on hiring the card's holder, in cents; -1 when not confirmed"
    reference = ["CESEDA art. L436-10 (loi n° 2022-1726 du 30 décembre 2022, art. 80): due on a first admission to stay for a job that needs a work authorisation"]
    __rule__ = cost(ROUTE, "employer_tax", payer="employer", by="talent_employer_tax_owed", parameters=[EMPLOYER_TAX], text={
        "en": {"not_owed": "No employer tax: since 2023 the tax on employers of foreign workers is owed only for a job that needs a work authorisation, and this card itself allows the salaried activity.",
               "unknown": "Whether the employer owes the tax on employers of foreign workers (taxe due par l'employeur de main-d'œuvre étrangère) for this card is to be confirmed: it is owed on a first admission to stay as an employee that needs a work authorisation."},
        "fr": {"not_owed": "Pas de taxe employeur : depuis 2023, la taxe due par l'employeur de main-d'œuvre étrangère ne l'est que pour un emploi soumis à autorisation de travail, et cette carte permet elle-même l'activité salariée.",
               "unknown": "Que l'employeur doive la taxe due par l'employeur de main-d'œuvre étrangère pour cette carte est à confirmer : elle est due lors d'une première admission au séjour comme salarié soumise à autorisation de travail."}})

    def formula(person, period, parameters):
        owed = person("talent_employer_tax_owed", period)
        return np.where(TaxOwed.code(owed, "not_owed"), 0, -1)


class talent_validity_months(CountVariable):
    label = "Longest validity of the card, in months (the contract's length within this limit)"
    reference = ["CESEDA art. L421-9; R421-12"]
    __rule__ = figure(ROUTE, "validity_months_max", unit="month", parameters=["talent.validity_months_max"], text={
        "en": "The card lasts as long as your work contract, up to {talent_validity_months} months.",
        "fr": "La carte dure autant que votre contrat de travail, dans la limite de {talent_validity_months} mois."})

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "talent.validity_months_max")


route = Route(
    ROUTE,
    title={"en": "« Talent – salarié qualifié » card (multi-year)", "fr": "Carte « talent – salarié qualifié » (pluriannuelle)"},
    earlier_title=(NAMING, {"en": "« Passeport talent – salarié qualifié » card (multi-year)",
                            "fr": "Carte « passeport talent – salarié qualifié » (pluriannuelle)"}),
    # Documents as read: the list of the arrêté of 28 October 2016 (NOR INTV1629674A) for the
    # « passeport talent » salaried cards, as given by de.ambafrance.org, beaubourg-avocats.fr (diploma
    # at least of master level from a French institution, a contract of more than 3 months, the
    # form completed by the employer with the contract's main terms, the company's Kbis, its social
    # contributions certificate) and shebavok.com (« formulaire conforme au modèle fixé par arrêté qui
    # reprend les principaux éléments du contrat de travail »); civil status, address, photos as on
    # préfecture lists (lanorville-avocats.com). Whether the décret of 13 June 2025 changed the list:
    # not confirmed.
    documents=(
        Document("current_permit", {"en": "Your current residence permit", "fr": "Votre titre de séjour actuel"}),
        Document("passport", {"en": "Your passport (pages with your civil status, validity dates, entry stamps and visas)",
                              "fr": "Votre passeport (pages d'état civil, de validité, des cachets d'entrée et des visas)"}),
        Document("birth_certificate", {"en": "A birth certificate extract showing your parents, or a full copy of the birth certificate",
                                       "fr": "Un extrait d'acte de naissance avec filiation, ou une copie intégrale de l'acte de naissance"}),
        Document("employment_contract", {"en": "The signed employment contract, showing the gross annual pay", "fr": "Le contrat de travail signé, indiquant la rémunération annuelle brute"}),
        Document("employer_form", {"en": "The form completed by your employer on the official model, giving the main terms of the contract",
                                   "fr": "Le formulaire rempli par votre employeur sur le modèle officiel, reprenant les principaux éléments du contrat"}),
        Document("employer_registration", {"en": "Your employer's company registration extract (Kbis) and its certificate of payment of social contributions (URSSAF)",
                                           "fr": "L'extrait Kbis de votre employeur et son attestation de versement des cotisations sociales (URSSAF)"}),
        Document("diploma", {"en": "Your master-grade diploma from an institution accredited in France", "fr": "Votre diplôme de grade master d'un établissement habilité en France"}),
        Document("proof_of_address", {"en": "Proof of address", "fr": "Justificatif de domicile"}),
        Document("passport_photos", {"en": "3 passport photos", "fr": "3 photos d'identité"}, quantity=3),
        Document("timbres_fiscaux", {"en": "Timbres fiscaux for the card", "fr": "Timbres fiscaux pour la carte"}),
        REPUBLICAN_CONTRACT,
    ),
    steps=(
        Step({"en": "Ask for the card online on ANEF (administration-etrangers-en-france.interieur.gouv.fr), before your permit expires; a paper file only if the online service fails.",
              "fr": "Demandez la carte en ligne sur l'ANEF (administration-etrangers-en-france.interieur.gouv.fr), avant l'expiration de votre titre ; un dossier papier seulement si le service en ligne est défaillant."},
             on="talent_apply_before", only_if="procedure.student_online_compulsory"),
        Step({"en": "No separate work authorisation: the card itself allows the salaried activity that justified it.",
              "fr": "Pas d'autorisation de travail distincte : la carte permet elle-même l'activité salariée qui a justifié sa délivrance."}),
        Step({"en": "If your salary does not reach the threshold, the one-year 'salarié' card (change of status) remains open.",
              "fr": "Si votre salaire n'atteint pas le seuil, la carte « salarié » d'un an (changement de statut) reste possible."},
             verdicts=("needs_information", "not_eligible")),
    ),
)

variables = module_variables(globals())
