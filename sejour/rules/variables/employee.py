"""Routes `employee_after_aps` and `employee_from_student`: the change of status to 'salarié'.

Seed 000; CESEDA L311-11, R311-35 (15 days, to 2019-02-28), L313-8 / L422-11 (RECE), L313-10
(from 2016-11-01: direct route without labour-market test); employer tax L311-15 then L436-10;
first-titre tax L311-13 then L436-1; Code du travail D5221-21-1 (1.5 × SMIC). law.md §1, §5, §6, §10.
"""

import numpy as np

from ...dates import add_days
from ..meta import (FactCondition, CentsVariable, DateVariable, Document, Route, SejourVariable, Step, TriVariable, applicability, cents, condition,
                    cost, deadline, in_force, module_variables, per_row)
from ..filing import REPUBLICAN_CONTRACT, employer_steps
from ..tri import TRUE, all_of, date_on_or_before, negate, tri
from .enums import Contract, PermitKind

AFTER_APS, FROM_STUDENT = "employee_after_aps", "employee_from_student"
BASIS = ["CESEDA art. L311-11 and R311-35 (to 2019-02-28), L313-8 (to 2021-04-30), L422-11 (from 2021-05-01)", "Seed 000: « What kind of job do I have to find under APS? »"]


class hire_applies(TriVariable):
    label = "The change from APS to employee concerns this person: holds the post-study APS / RECE card and has a job"
    reference = BASIS
    __rule__ = applicability(AFTER_APS, text={
        "en": {"true": "You hold the post-study APS / RECE card and have a job offer.",
               "false": "The change from APS to employee is for a holder of the post-study APS / RECE card who has been offered a job; it does not concern this case.",
               "null": "Whether the change from APS to employee concerns you depends on facts not yet given (your permit, your job)."},
        "fr": {"true": "Vous avez l'APS / la carte RECE de fin d'études et une offre d'emploi.",
               "false": "Le changement de statut APS vers salarié concerne le titulaire de l'APS / de la carte RECE qui a une offre d'emploi ; il ne concerne pas ce cas.",
               "null": "Que le changement de statut APS vers salarié vous concerne dépend de faits encore inconnus (votre titre, votre emploi)."}})

    def formula(person, period, parameters):
        aps = PermitKind.among(person("permit_kind", period), "aps_graduate")
        return all_of(person("needs_permit", period), aps, person("has_job", period))


class job_contract_type(TriVariable):
    label = "The job is a CDI or a CDD"
    reference = ["CESEDA art. L313-10 (« un contrat de travail à durée indéterminée ou déterminée »)", "Seed 000: « Be a CDD or CDI »"]
    __rule__ = condition(AFTER_APS, "contract_type", text={
        "en": {"true": "Your contract is a CDI or a CDD.",
               "false": "Your contract is not a CDI or a CDD: it does not allow the change to 'salarié'; stay on the APS (work within the hours allowed) and look for a CDI or CDD.",
               "null": "The job must be a CDI or a CDD; what is the contract?"},
        "fr": {"true": "Votre contrat est un CDI ou un CDD.",
               "false": "Votre contrat n'est ni un CDI ni un CDD : il ne permet pas le passage à « salarié » ; restez sous APS (dans la limite d'heures autorisée) et cherchez un CDI ou un CDD.",
               "null": "L'emploi doit être un CDI ou un CDD ; quel est le contrat ?"}},
        change={"en": "A CDI or a CDD.", "fr": "Un CDI ou un CDD."})

    def formula(person, period, parameters):
        return Contract.among(person("contract", period), "cdi", "cdd")


class job_salary_floor_met(TriVariable):
    label = "The gross monthly salary is at least 1.5 × the SMIC"
    reference = ["Code du travail art. D5221-21-1", "CESEDA art. L311-11, L313-8, L422-11", "Seed 000: « Be paid at least 1.5 times the SMIC »"]
    __rule__ = condition(AFTER_APS, "salary_floor", parameters=["employment.salary_floor_smic_multiple", "employment.smic_monthly"], text={
        "en": {"true": "Your salary ({gross_monthly_salary:money}) is at least the floor of {salary_floor:money} (1.5 × the SMIC).",
               "false": "Your salary ({gross_monthly_salary:money}) is below the floor of {salary_floor:money} (1.5 × the SMIC).",
               "null": "The job must pay at least {salary_floor:money} gross a month (1.5 × the SMIC); what is the salary?"},
        "fr": {"true": "Votre salaire ({gross_monthly_salary:money}) atteint le plancher de {salary_floor:money} (1,5 × le SMIC).",
               "false": "Votre salaire ({gross_monthly_salary:money}) est inférieur au plancher de {salary_floor:money} (1,5 × le SMIC).",
               "null": "L'emploi doit payer au moins {salary_floor:money} brut par mois (1,5 × le SMIC) ; quel est le salaire ?"}},
        change={"en": "A salary of at least {salary_floor:money} gross a month.", "fr": "Un salaire d'au moins {salary_floor:money} brut par mois."})

    def formula(person, period, parameters):
        salary, floor = person("gross_monthly_salary", period), person("salary_floor", period)
        return tri(salary >= floor, (salary >= 0) & (floor >= 0))


class job_related_to_studies(FactCondition):
    label = "The job is related to the studies"
    reference = ["CESEDA art. L311-11 (« en relation avec sa formation »), L422-11", "Seed 000: « Have something to do with your degree »"]
    __fact__ = "related_to_studies"
    __rule__ = condition(AFTER_APS, "related_to_studies", text={
        "en": {"true": "The job is related to your studies.",
               "false": "The job is not related to your studies, as the change of status requires (a transcript and the programme's brochure help show the link).",
               "null": "The job must be related to your studies; is it?"},
        "fr": {"true": "L'emploi est en relation avec vos études.",
               "false": "L'emploi n'est pas en relation avec vos études, comme l'exige le changement de statut (relevé de notes et plaquette du diplôme aident à montrer le lien).",
               "null": "L'emploi doit être en relation avec vos études ; l'est-il ?"}},
        change={"en": "A job related to your studies.", "fr": "Un emploi en relation avec vos études."})


class job_pay_comparable(FactCondition):
    label = "The job is paid like the employer's other staff in the same post"
    reference = ["Seed 000: « Be paid comparably to other French salaried workers in the same company »"]
    __fact__ = "pay_comparable"
    __rule__ = condition(AFTER_APS, "pay_comparable", text={
        "en": {"true": "You are paid like the employer's other staff in the same post.",
               "false": "You are not paid like the employer's other staff in the same post, as the change of status requires.",
               "null": "The pay must be comparable to the employer's other staff in the same post; is it?"},
        "fr": {"true": "Vous êtes payé comme les autres salariés de l'employeur au même poste.",
               "false": "Vous n'êtes pas payé comme les autres salariés de l'employeur au même poste, comme l'exige le changement de statut.",
               "null": "La rémunération doit être comparable à celle des autres salariés au même poste ; l'est-elle ?"}},
        change={"en": "Pay comparable to the employer's other staff in the same post.", "fr": "Une rémunération comparable à celle des autres salariés au même poste."})


class hire_nationality_allowed(TriVariable):
    label = "The CESEDA's change of status applies to the nationality (not to Algerians: the 1968 agreement)"
    reference = ["Accord franco-algérien du 27 décembre 1968, art. 7 b)", "CE, avis, 22 mars 2010, n° 333679"]
    __rule__ = condition((AFTER_APS, FROM_STUDENT), "nationality_allowed", parameters=["nationality.aps_excluded"], text={
        "en": {"true": "Your nationality does not exclude you from the CESEDA's change of status.",
               "false": "Algerian nationals are governed entirely by the Franco-Algerian agreement of 27 December 1968: the CESEDA's change of status (its exemption from the labour-market test, its fees) does not apply to them. The route to work as an employee is the certificat de résidence « salarié » of article 7 b) of the agreement, on a work contract approved by the labour services; its other conditions and costs are to be confirmed at the préfecture.",
               "null": "Your nationality is not known."},
        "fr": {"true": "Votre nationalité ne vous exclut pas du changement de statut du CESEDA.",
               "false": "Les ressortissants algériens relèvent entièrement de l'accord franco-algérien du 27 décembre 1968 : le changement de statut du CESEDA (sa dispense d'opposabilité de la situation de l'emploi, ses taxes) ne s'applique pas à eux. La voie vers un emploi salarié est le certificat de résidence « salarié » de l'article 7 b) de l'accord, sur un contrat de travail visé par les services du travail ; ses autres conditions et coûts sont à confirmer à la préfecture.",
               "null": "Votre nationalité n'est pas connue."}},
        change={"en": "Ask the préfecture for the certificat de résidence « salarié » of article 7 b) of the Franco-Algerian agreement, with a work contract approved by the labour services.",
                "fr": "Demandez à la préfecture le certificat de résidence « salarié » de l'article 7 b) de l'accord franco-algérien, avec un contrat de travail visé par les services du travail."})

    def formula(person, period, parameters):
        return negate(person("aps_excluded_national", period))


class hire_file_by(DateVariable):
    label = "Last day to ask for the change of status: 15 days after hiring (to 2019-02-28), then the RECE card's expiry"
    reference = ["CESEDA art. R311-35 (« dans les quinze jours »), then L313-8 / L422-11", "Seed 000: « bring your work contract to the préfecture within 15 days »"]
    __rule__ = deadline(AFTER_APS, "file_by", parameters=["employment.change_of_status_days_after_hire"], text={
        "en": "Ask the préfecture for the change of status, with your contract, by {hire_file_by:date}.",
        "fr": "Demandez le changement de statut à la préfecture, avec votre contrat, au plus tard le {hire_file_by:date}."})

    def formula(person, period, parameters):
        days = in_force(parameters, period, "employment.change_of_status_days_after_hire")
        if days is None:
            return person("permit_expires_on", period)
        hired_on = person("hired_on", period)
        return np.where(person("hired", period) == TRUE, add_days(hired_on, days), np.datetime64("NaT"))


class employer_tax(CentsVariable):
    label = "Tax the employer pays on hiring the person (OFII, then DGFiP from 2023)"
    reference = ["CESEDA art. L311-15 (to 2021-04-30), L436-10 (from 2021-05-01)", "Seed 000: « The tax is equal to 55% of one month of gross salary, up to a maximum 2.5 times the SMIC »"]
    __rule__ = cost((AFTER_APS, FROM_STUDENT), "employer_tax", payer="employer", parameters=["employment.employer_tax", "employment.smic_monthly"], text={
        "en": "Tax paid once by the employer: {employer_tax:money} ({employer_tax_basis}).",
        "fr": "Taxe payée une fois par l'employeur : {employer_tax:money} ({employer_tax_basis})."})

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "employment.employer_tax")
        smic, salary = person("smic_monthly", period), person("gross_monthly_salary", period)
        months, contract = person("contract_months", period), person("contract", period)
        cdi = Contract.code(contract, "cdi")
        long_contract = cdi | (months >= tax["long_contract_months"])
        short_contract = ~cdi & (months > tax["short_contract_min_months"]) & (months < tax["long_contract_months"])
        percent = int(round(tax["rate_long_contract"] * 100))
        cap_halves = int(round(tax["pay_cap_smic_multiple"] * 2))  # the cap in half-SMICs keeps integer arithmetic exact
        base_halves = np.minimum(2 * salary, cap_halves * smic)
        proportional = (base_halves * percent + 100) // 200
        bands = tax["short_contract"]
        fixed = np.where(salary <= smic, cents(bands["up_to_1_smic"]),
                         np.where(2 * salary <= 3 * smic, cents(bands["up_to_1_5_smic"]), cents(bands["above_1_5_smic"])))
        amount = np.where(long_contract, proportional, np.where(short_contract, fixed, -1))
        known = (salary >= 0) & (smic >= 0) & (cdi | (months >= 0)) & ~Contract.code(contract, "unknown")
        ceseda = person("aps_excluded_national", period) != TRUE  # the 1968 agreement: CESEDA amounts not confirmed for Algerians
        return np.where(known & ceseda, amount, -1)


class employer_tax_basis(SejourVariable):
    label = "How the employer tax is counted (for its explanation)"
    value_type = str
    reference = ["CESEDA art. L311-15, L436-10"]

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "employment.employer_tax")
        months, cdi = person("contract_months", period), Contract.code(person("contract", period), "cdi")
        rate = f"{tax['rate_long_contract'] * 100:g} % × min(salary, {tax['pay_cap_smic_multiple']:g} × SMIC)"
        long_contract = cdi | (months >= tax["long_contract_months"])
        short_contract = (months > tax["short_contract_min_months"]) & ~long_contract
        return np.where(long_contract, rate, np.where(short_contract, "fixed amount for a contract of 3 to 12 months",
                                                      "contract of 3 months or less, or length not known: not covered"))


class stamp_duty(CentsVariable):
    label = "Tax and droit de timbre the person pays on the first 'salarié' card"
    reference = ["CESEDA art. L311-13 B al. 2 (a former student pays the first-titre tax), L436-1 (from 2021-05-01)", "Seed 000: « You will have to pay a fee of €241 in timbres fiscaux on your first carte de séjour – salarié »"]
    __rule__ = cost((AFTER_APS, FROM_STUDENT), "stamp_duty", payer="applicant", parameters=["fees.first_permit_tax", "fees.droit_de_timbre"], text={
        "en": "Paid by you in timbres fiscaux for the first 'salarié' card: {stamp_duty:money}.",
        "fr": "Payé par vous en timbres fiscaux pour la première carte « salarié » : {stamp_duty:money}."})

    def formula(person, period, parameters):
        tax = in_force(parameters, period, "fees.first_permit_tax")
        stamp = in_force(parameters, period, "fees.droit_de_timbre", 0)
        amount = per_row(person, period, -1 if tax is None else cents(tax + stamp))
        return np.where(person("aps_excluded_national", period) == TRUE, -1, amount)  # the 1968 agreement: not confirmed


# employee_from_student
class direct_hire_applies(TriVariable):
    label = "The change from student to employee concerns this person: holds a student permit and is offered a CDI or CDD"
    reference = ["CESEDA art. L313-10", "Seed 000, reply to Melissa: « You can switch directly from 'student' to 'salarié' without going through APS »"]
    __rule__ = applicability(FROM_STUDENT, text={
        "en": {"true": "You hold a student permit and are offered a CDI or a CDD.",
               "false": "The change from student to employee is for a holder of a student permit offered a CDI or a CDD; it does not concern this case.",
               "null": "Whether the change from student to employee concerns you depends on facts not yet given (your permit, your contract)."},
        "fr": {"true": "Vous avez un titre étudiant et une offre de CDI ou de CDD.",
               "false": "Le changement de statut étudiant vers salarié concerne le titulaire d'un titre étudiant à qui l'on propose un CDI ou un CDD ; il ne concerne pas ce cas.",
               "null": "Que le changement de statut étudiant vers salarié vous concerne dépend de faits encore inconnus (votre titre, votre contrat)."}})

    def formula(person, period, parameters):
        student = PermitKind.among(person("permit_kind", period), "student")
        return all_of(person("needs_permit", period), student, person("has_job", period), person("job_contract_type", period))


class direct_hire_in_france(FactCondition):
    label = "The student is in France"
    reference = ["CESEDA art. L313-10 (to 2021-04-30): the change of status is asked in France, before the student permit expires"]
    __fact__ = "in_france"
    __rule__ = condition(FROM_STUDENT, "in_france", text={
        "en": {"true": "You are in France.", "false": "The change of status is asked at the préfecture, from France.", "null": "Are you in France?"},
        "fr": {"true": "Vous êtes en France.", "false": "Le changement de statut se demande à la préfecture, depuis la France.", "null": "Êtes-vous en France ?"}},
        change={"en": "Being in France to file at the préfecture.", "fr": "Être en France pour déposer la demande à la préfecture."})


class direct_hire_apply_before(DateVariable):
    label = "Last day to ask for the change of status: the student permit's expiry"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)", "shared/domain.md: « Before the permit expires » means on or before permit.expires_on"]
    __rule__ = deadline(FROM_STUDENT, "apply_before", text={
        "en": "Ask for the change of status before your student permit expires, on {direct_hire_apply_before:date} at the latest.",
        "fr": "Demandez le changement de statut avant l'expiration de votre titre étudiant, au plus tard le {direct_hire_apply_before:date}."})

    def formula(person, period, parameters):
        return person("permit_expires_on", period)


class direct_hire_before_expiry(TriVariable):
    label = "The student permit has not expired"
    reference = ["CESEDA art. R311-2 (to 2021-04-30), R431-5 (from 2021-05-01)"]
    __rule__ = condition(FROM_STUDENT, "before_permit_expiry", text={
        "en": {"true": "Your student permit is still valid (until {permit_expires_on:date}).",
               "false": "Your student permit expired on {permit_expires_on:date}: the change of status had to be asked before.",
               "null": "The change of status is asked before the student permit expires; when does it expire?"},
        "fr": {"true": "Votre titre étudiant est encore valide (jusqu'au {permit_expires_on:date}).",
               "false": "Votre titre étudiant a expiré le {permit_expires_on:date} : le changement de statut devait être demandé avant.",
               "null": "Le changement de statut se demande avant l'expiration du titre étudiant ; quand expire-t-il ?"}},
        change={"en": "Asking on or before {permit_expires_on:date}.", "fr": "Une demande au plus tard le {permit_expires_on:date}."})

    def formula(person, period, parameters):
        return date_on_or_before(person("as_of", period), person("permit_expires_on", period))


class direct_hire_labour_market_test_exempt(TriVariable):
    label = "The employer is exempt from the labour-market test (from 2016-11-01: eligible diploma, related job, salary floor)"
    reference = ["CESEDA art. L313-10, last para. (loi n° 2016-274, from 2016-11-01)", "Seed 000, reply to Sumanth: the employer must otherwise « prove that no current applicants on the French job market can do this particular job »"]
    __rule__ = condition(FROM_STUDENT, "labour_market_test_exempt", blocking=False,
                         parameters=["employment.labour_market_test_exemption_for_graduates", "employment.salary_floor_smic_multiple"], text={
        "en": {"true": "No labour-market test: your diploma, a job related to it and a salary of at least {salary_floor:money} exempt your employer.",
               "false": "Your employer must obtain a work authorisation, subject to the labour-market test (showing no suitable candidate was found on the job market). This does not close the route.",
               "null": "Whether your employer is spared the labour-market test depends on your diploma, the link of the job to it and the salary (at least {salary_floor:money})."},
        "fr": {"true": "Pas d'opposabilité de la situation de l'emploi : votre diplôme, un emploi en rapport et un salaire d'au moins {salary_floor:money} en dispensent votre employeur.",
               "false": "Votre employeur doit obtenir une autorisation de travail, soumise à l'opposabilité de la situation de l'emploi (montrer qu'aucun candidat adapté n'a été trouvé). Cela ne ferme pas la voie.",
               "null": "La dispense d'opposabilité de la situation de l'emploi dépend de votre diplôme, du lien de l'emploi avec lui et du salaire (au moins {salary_floor:money})."}},
        change={"en": "From 2016-11-01: a master-level diploma, a job related to it and a salary of at least {salary_floor:money}.",
                "fr": "Depuis le 1er novembre 2016 : un diplôme de niveau master, un emploi en rapport et un salaire d'au moins {salary_floor:money}."})

    def formula(person, period, parameters):
        exempt_route = bool(in_force(parameters, period, "employment.labour_market_test_exemption_for_graduates", False))
        checks = all_of(person("graduate_diploma_level", period), person("job_related_to_studies", period), person("job_salary_floor_met", period))
        return checks if exempt_route else np.zeros(len(checks), dtype=np.int32)


JOB_DOCUMENTS = (
    Document("employment_contract", {"en": "The signed employment contract (or promise of hiring)", "fr": "Le contrat de travail signé (ou la promesse d'embauche)"}),
    Document("passport", {"en": "Your passport", "fr": "Votre passeport"}),
    Document("proof_of_address", {"en": "Proof of address", "fr": "Justificatif de domicile"}),
    Document("passport_photos", {"en": "3 passport photos", "fr": "3 photos d'identité"}, quantity=3),
    Document("diploma", {"en": "Your diploma (and transcript, to show the link with the job)", "fr": "Votre diplôme (et relevé de notes, pour montrer le lien avec l'emploi)"}),
    Document("timbres_fiscaux", {"en": "Timbres fiscaux for the first 'salarié' card", "fr": "Timbres fiscaux pour la première carte « salarié »"}),
    REPUBLICAN_CONTRACT,
)

route_after_aps = Route(
    AFTER_APS,
    title={"en": "Change of status from APS to employee", "fr": "Changement de statut de l'APS vers salarié"},
    documents=(Document("aps", {"en": "Your APS / RECE card", "fr": "Votre APS / carte RECE"}),) + JOB_DOCUMENTS,
    steps=(
        Step({"en": "Check with the employer that the contract meets the conditions.",
              "fr": "Vérifiez avec l'employeur que le contrat remplit les conditions."}),
        *employer_steps({"en": "for a holder of the post-study permit meeting the conditions, without the labour-market test",
                         "fr": "pour le titulaire du titre de fin d'études qui remplit les conditions, sans opposabilité de la situation de l'emploi"}),
        Step({"en": "Ask the préfecture for the change of status to 'salarié' with your contract (no labour-market test); you get a récépissé, usually for 3 months.",
              "fr": "Demandez à la préfecture le changement de statut vers « salarié » avec votre contrat (sans opposabilité de la situation de l'emploi) ; vous recevez un récépissé, en général de 3 mois."},
             on="hire_file_by", unless_in_force="procedure.work_authorisation_online"),
        Step({"en": "Once the work authorisation is granted, ask for the change of status to 'salarié' at the préfecture, or through the online procedure it directs you to, with your contract.",
              "fr": "Une fois l'autorisation de travail accordée, demandez le changement de statut vers « salarié » à la préfecture, ou par la démarche en ligne qu'elle indique, avec votre contrat."},
             on="hire_file_by", only_if="procedure.work_authorisation_online"),
        Step({"en": "Once hired, change your health-insurance office (caisse).", "fr": "Une fois embauché, changez de caisse d'assurance maladie."},
             verdicts=("eligible",)),
    ),
)

route_from_student = Route(
    FROM_STUDENT,
    title={"en": "Change of status from student to employee", "fr": "Changement de statut d'étudiant vers salarié"},
    documents=(Document("student_permit", {"en": "Your student residence permit", "fr": "Votre titre de séjour étudiant"}),) + JOB_DOCUMENTS,
    steps=(
        *employer_steps({"en": "subject to the labour-market test unless your diploma, a related job and the salary floor exempt you",
                         "fr": "soumise à l'opposabilité de la situation de l'emploi sauf si votre diplôme, un emploi en rapport et le salaire plancher vous en dispensent"}),
        Step({"en": "Ask the préfecture for the change of status before your student permit expires.",
              "fr": "Demandez le changement de statut à la préfecture avant l'expiration de votre titre étudiant."},
             on="direct_hire_apply_before", unless_in_force="procedure.student_online_compulsory"),
        Step({"en": "Ask for the change of status before your student permit expires, online on ANEF (administration-etrangers-en-france.interieur.gouv.fr) or at the préfecture as it directs, once the work authorisation is granted.",
              "fr": "Demandez le changement de statut avant l'expiration de votre titre étudiant, en ligne sur l'ANEF (administration-etrangers-en-france.interieur.gouv.fr) ou à la préfecture selon ses indications, une fois l'autorisation de travail accordée."},
             on="direct_hire_apply_before", only_if="procedure.student_online_compulsory"),
    ),
)

variables = module_variables(globals())
routes = (route_after_aps, route_from_student)
