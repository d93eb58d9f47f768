"""Route `no_permit_needed`: EU, EEA and Swiss nationals need no residence permit."""

from ..meta import FactCondition, Route, Step, TriVariable, applicability, condition, module_variables
from ..tri import TRUE, all_of, negate
from .enums import Contract

ROUTE = "no_permit_needed"


class no_permit_applies(TriVariable):
    label = "Whether a permit is needed concerns everyone"
    reference = ["Directive 2004/38/CE"]
    __rule__ = applicability(ROUTE, text={"en": "This question concerns everyone: does this nationality need a residence permit in France?",
                                                 "fr": "Cette question concerne chacun : cette nationalité a-t-elle besoin d'un titre de séjour en France ?"})

    def formula(person, period, parameters):
        return person("as_of", period).astype("int64") * 0 + TRUE


class no_permit_free_movement(FactCondition):
    label = "National of an EU member state, of the EEA or of Switzerland on the day"
    reference = ["Directive 2004/38/CE", "Agreement on the European Economic Area", "EC-Switzerland Agreement of 21 June 1999",
                 "Seed 004: « A European volunteer does not need a residence permit »"]
    __fact__ = "free_movement_national"
    __rule__ = condition(ROUTE, "free_movement_national", parameters=["nationality.free_movement"], text={
        "en": {"true": "As a national of the EU, the EEA or Switzerland ({nationality}), you need no residence permit in France.",
               "false": "Nationals of the EU, the EEA and Switzerland need no permit; your nationality ({nationality}) is not one of them on this day.",
               "null": "Your nationality is not known."},
        "fr": {"true": "Ressortissant de l'UE, de l'EEE ou de la Suisse ({nationality}), vous n'avez pas besoin de titre de séjour en France.",
               "false": "Les ressortissants de l'UE, de l'EEE et de la Suisse n'ont pas besoin de titre ; votre nationalité ({nationality}) n'en fait pas partie ce jour-là.",
               "null": "Votre nationalité n'est pas connue."}},
        change={"en": "The nationality of an EU member state, of the EEA or of Switzerland.",
                "fr": "La nationalité d'un État membre de l'UE, de l'EEE ou de la Suisse."})


class no_permit_transitional(TriVariable):
    label = "Not an EU citizen under transitional measures who works as an employee (they needed a permit and a work authorisation)"
    reference = ["Treaties of accession of Bulgaria and Romania (2005) and of Croatia (2011): transitional measures on workers"]
    __rule__ = condition(ROUTE, "transitional_measures", parameters=["nationality.transitional_measures"], text={
        "en": {"true": "No transitional measure restricts your work as an employee on this day.",
               "false": "On this day your country ({nationality}) was under the EU transitional measures (Bulgaria and Romania until 31 December 2013, Croatia from 1 July 2013 to 30 June 2015): to work as an employee you needed a residence permit and a work authorisation (the labour-market test was waived for the listed occupations). Ask the préfecture for them before starting the job.",
               "null": "Under the EU transitional measures on this day, a job as an employee needs a residence permit and a work authorisation: is your job salaried (what is the contract)?"},
        "fr": {"true": "Aucune mesure transitoire ne limite votre travail salarié ce jour-là.",
               "false": "Ce jour-là, votre pays ({nationality}) était soumis aux mesures transitoires de l'UE (Bulgarie et Roumanie jusqu'au 31 décembre 2013, Croatie du 1er juillet 2013 au 30 juin 2015) : pour travailler comme salarié, il fallait un titre de séjour et une autorisation de travail (sans opposabilité de la situation de l'emploi pour les métiers de la liste). Demandez-les à la préfecture avant de commencer l'emploi.",
               "null": "Sous les mesures transitoires de l'UE ce jour-là, un emploi salarié exige un titre de séjour et une autorisation de travail : votre emploi est-il salarié (quel contrat) ?"}},
        change={"en": "A residence permit and a work authorisation for the salaried job (or the end of the transitional measures).",
                "fr": "Un titre de séjour et une autorisation de travail pour l'emploi salarié (ou la fin des mesures transitoires)."})

    def formula(person, period, parameters):
        salaried = Contract.among(person("contract", period), "cdi", "cdd", "interim", "student_job")
        employee = all_of(person("has_job", period), salaried)
        return negate(all_of(person("transitional_measures_national", period), employee))


class no_permit_withdrawal_agreement(TriVariable):
    label = "A British national living in France before 2021-01-01 is under the Withdrawal Agreement (its own residence card)"
    reference = ["EU-UK Withdrawal Agreement, Part Two (citizens' rights)"]
    __rule__ = condition(ROUTE, "withdrawal_agreement", blocking=False, only_if="nationality.uk_withdrawal_agreement", when="british_national",
                         parameters=["nationality.uk_withdrawal_agreement"], text={
        "en": {"true": "As a British national living in France before 1 January 2021, you fall under the EU-UK Withdrawal Agreement: your residence rests on it, with its own residence card (« Accord de retrait »), not on the permits for other non-EU nationals.",
               "false": "The EU-UK Withdrawal Agreement concerns British nationals living in France before 1 January 2021; it does not apply to this case.",
               "null": "A British national living in France before 1 January 2021 falls under the Withdrawal Agreement, one who came later under the rules for other non-EU nationals: when did you arrive in France?"},
        "fr": {"true": "Ressortissant britannique résidant en France avant le 1er janvier 2021, vous relevez de l'accord de retrait UE-Royaume-Uni : votre séjour repose sur lui, avec sa propre carte de séjour (« Accord de retrait »), et non sur les titres des autres ressortissants non européens.",
               "false": "L'accord de retrait UE-Royaume-Uni concerne les Britanniques résidant en France avant le 1er janvier 2021 ; il ne s'applique pas à ce cas.",
               "null": "Un Britannique résidant en France avant le 1er janvier 2021 relève de l'accord de retrait, un Britannique arrivé après, des règles des autres ressortissants non européens : quand êtes-vous arrivé en France ?"}})

    def formula(person, period, parameters):
        return person("withdrawal_agreement_resident", period)


route = Route(ROUTE, title={"en": "No residence permit needed (EU, EEA, Switzerland)", "fr": "Pas de titre de séjour (UE, EEE, Suisse)"},
              steps=(Step({"en": "No residence permit is needed: you may live, study and work in France with your identity card or passport.",
                           "fr": "Aucun titre de séjour n'est nécessaire : vous pouvez vivre, étudier et travailler en France avec votre carte d'identité ou votre passeport."},
                          verdicts=("eligible",)),))

variables = module_variables(globals())
