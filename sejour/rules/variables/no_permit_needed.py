"""Route `no_permit_needed`: EU, EEA and Swiss nationals need no residence permit."""

from ..meta import FactCondition, Route, Step, TriVariable, applicability, condition, module_variables
from ..tri import TRUE

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


route = Route(ROUTE, title={"en": "No residence permit needed (EU, EEA, Switzerland)", "fr": "Pas de titre de séjour (UE, EEE, Suisse)"},
              steps=(Step({"en": "No residence permit is needed: you may live, study and work in France with your identity card or passport.",
                           "fr": "Aucun titre de séjour n'est nécessaire : vous pouvez vivre, étudier et travailler en France avec votre carte d'identité ou votre passeport."},
                          verdicts=("eligible",)),))

variables = module_variables(globals())
