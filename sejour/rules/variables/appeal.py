"""Route `appeal`: contesting a refusal, explicit or implicit (four months of silence).

Seed 000, reply to Jessica; CESEDA R311-12 then R432-2 (silence = refusal after 4 months);
Code de justice administrative R421-1, R421-2 (2 months); law.md §8.
"""

import numpy as np

from ...dates import add_months
from ..meta import DateVariable, Route, Step, TriVariable, applicability, condition, deadline, in_force, module_variables
from ..tri import FALSE, TRUE, UNKNOWN, any_of, date_on_or_before, tri
from .enums import Decision

ROUTE = "appeal"
CJA = ["Code de justice administrative art. R421-1 and R421-2", "Seed 000, reply to Jessica: « you get 2 months ... from the time you get the letter of refusal, and then they get an additional 2 months to respond »"]


class implicit_refusal_on(DateVariable):
    label = "Day a pending application is refused by silence: four months after filing"
    reference = ["CESEDA art. R311-12 (to 2021-04-30), R432-2 (from 2021-05-01)"]

    def formula(person, period, parameters):
        months = in_force(parameters, period, "general.implicit_refusal_months", 4)
        pending = Decision.code(person("decision", period), "pending")
        return np.where(pending, add_months(person("application_filed_on", period), months), np.datetime64("NaT"))


class refused(TriVariable):
    label = "The application was refused, in writing or by four months of silence"
    reference = ["CESEDA art. R311-12, R432-2"]

    def formula(person, period, parameters):
        decision = person("decision", period)
        silent = date_on_or_before(implicit := person("implicit_refusal_on", period), person("as_of", period))
        silent = np.where(np.isnat(implicit) & Decision.code(decision, "pending"), UNKNOWN, silent)
        result = np.where(Decision.code(decision, "refused"), TRUE, np.where(Decision.code(decision, "pending"), silent, FALSE))
        return np.where(Decision.code(decision, "unknown"), UNKNOWN, result).astype(np.int32)


class appeal_applies(TriVariable):
    label = "The appeal concerns this person: an application was refused (or has met four months of silence)"
    reference = CJA
    __rule__ = applicability(ROUTE, text={
        "en": {"true": "Your application was refused (in writing, or by four months of silence).",
               "false": "No refusal to contest in this case.", "null": "Whether there is a refusal to contest depends on facts not yet given."},
        "fr": {"true": "Votre demande a été rejetée (par écrit, ou par quatre mois de silence).",
               "false": "Pas de refus à contester dans ce cas.", "null": "Qu'il y ait un refus à contester dépend de faits encore inconnus."}},
        parameters=["general.implicit_refusal_months"])

    def formula(person, period, parameters):
        return np.minimum(person("has_application", period), person("refused", period)).astype(np.int32)


class appeal_file_by(DateVariable):
    label = "Last day to contest the refusal: 2 months after receiving it (or after the implicit refusal)"
    reference = CJA
    __rule__ = deadline(ROUTE, "file_by", parameters=["appeal.appeal_months"], text={
        "en": "Contest the refusal (administrative appeal to the préfet or the minister, or court appeal) by {appeal_file_by:date}.",
        "fr": "Contestez le refus (recours gracieux ou hiérarchique, ou recours devant le tribunal administratif) au plus tard le {appeal_file_by:date}."})

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.appeal_months", 2)
        explicit = Decision.code(person("decision", period), "refused")
        start = np.where(explicit, person("refusal_received_on", period), person("implicit_refusal_on", period))
        return add_months(start, months)


class appeal_in_time(TriVariable):
    label = "The refusal is (or was) contested within the time allowed"
    reference = CJA
    __rule__ = condition(ROUTE, "within_time", parameters=["appeal.appeal_months"], text={
        "en": {"true": "You are within the time to contest the refusal.",
               "false": "The time to contest the refusal ended on {appeal_file_by:date}.",
               "null": "The two months to contest run from the day the written refusal reached you; when did it?"},
        "fr": {"true": "Vous êtes dans le délai pour contester le refus.",
               "false": "Le délai pour contester le refus a pris fin le {appeal_file_by:date}.",
               "null": "Les deux mois pour contester courent du jour où le refus écrit vous est parvenu ; quand était-ce ?"}},
        change={"en": "Contesting on or before {appeal_file_by:date}.", "fr": "Un recours au plus tard le {appeal_file_by:date}."})

    def formula(person, period, parameters):
        file_by = person("appeal_file_by", period)
        filed = person("appeal_filed", period)
        day = np.where(filed == TRUE, person("appeal_filed_on", period),
                       np.where(filed == FALSE, person("as_of", period), np.datetime64("NaT")))
        in_time = date_on_or_before(day, file_by)
        explicit = Decision.code(person("decision", period), "refused")
        not_started = explicit & (person("refusal_received", period) == FALSE)  # the written refusal has not reached the person yet
        return any_of(in_time, tri(not_started))


class appeal_answer_due_on(DateVariable):
    label = "Day silence on the administrative appeal becomes a rejection: 2 months after filing it"
    reference = CJA + ["CRPA art. L231-4"]
    __rule__ = deadline(ROUTE, "answer_due_on", parameters=["appeal.answer_months"], text={
        "en": "Without an answer by {appeal_answer_due_on:date}, your administrative appeal is rejected.",
        "fr": "Sans réponse le {appeal_answer_due_on:date}, votre recours administratif est rejeté."})

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.answer_months", 2)
        filed = person("appeal_filed", period) == TRUE
        return np.where(filed, add_months(person("appeal_filed_on", period), months), np.datetime64("NaT"))


class appeal_court_file_by(DateVariable):
    label = "Last day to go to the administrative court after the administrative appeal is rejected by silence"
    reference = CJA
    __rule__ = deadline(ROUTE, "court_file_by", parameters=["appeal.court_months"], text={
        "en": "Then go to the tribunal administratif by {appeal_court_file_by:date}.",
        "fr": "Saisissez ensuite le tribunal administratif au plus tard le {appeal_court_file_by:date}."})

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.court_months", 2)
        return add_months(person("appeal_answer_due_on", period), months)


route = Route(
    ROUTE,
    title={"en": "Contesting a refusal", "fr": "Contester un refus"},
    steps=(
        Step({"en": "Ask for the written refusal if you only heard of it informally: the time to contest runs from its receipt. A refusal with an obligation to leave France (OQTF) has shorter deadlines: read the letter now.",
              "fr": "Demandez le refus écrit si vous n'en avez eu qu'une information orale : le délai court de sa réception. Un refus assorti d'une OQTF a des délais plus courts : lisez la lettre tout de suite."}),
        Step({"en": "Send your administrative appeal (recours gracieux to the préfet, or hiérarchique to the minister) by registered letter.",
              "fr": "Envoyez votre recours gracieux (au préfet) ou hiérarchique (au ministre) en recommandé avec accusé de réception."}, on="appeal_file_by"),
        Step({"en": "Without an answer, the appeal is rejected.", "fr": "Sans réponse, le recours est rejeté."}, on="appeal_answer_due_on"),
        Step({"en": "Last day to go to the tribunal administratif.", "fr": "Dernier jour pour saisir le tribunal administratif."}, on="appeal_court_file_by"),
    ),
)

variables = module_variables(globals())
