"""Answers built from the rules: for a route and an aspect, the sentences of the assessment of the
partial case the question's facts make (its conditions, dates, amounts, documents, steps), with
their sources, led by "Yes", "No" or "It depends on ..." when the question asks for one."""

from __future__ import annotations

import datetime
import re

from .rules_view import Probe, assessed, case_for, clean_source, days_before, item, months_between

W = {  # the few words of our own, in both languages
    "en": {"yes": "Yes.", "no": "No:", "depends": "It depends on {}.", "and": " and ", "months": "{} months", "month": "1 month",
           "days": "{} days", "since": "{new} since {day} ({old} before).", "nationality": "your nationality",
           "algerian": "Algerian nationals are governed by the Franco-Algerian agreement of 27 December 1968 instead ({src}).",
           "bilateral": "Nationals of a country with a bilateral agreement (for instance Benin, Gabon, India, Tunisia) get the APS of their agreement, whose length may differ.",
           "free": "free", "for you": "For you: ", "your dates": "For you: "},
    "fr": {"yes": "Oui.", "no": "Non :", "depends": "Cela dépend de {}.", "and": " et ", "months": "{} mois", "month": "1 mois",
           "days": "{} jours", "since": "{new} depuis le {day} ({old} avant).", "nationality": "votre nationalité",
           "algerian": "Les ressortissants algériens relèvent à la place de l'accord franco-algérien du 27 décembre 1968 ({src}).",
           "bilateral": "Les ressortissants d'un pays lié à la France par un accord bilatéral (par exemple Bénin, Gabon, Inde, Tunisie) obtiennent l'APS de leur accord, dont la durée peut différer.",
           "free": "gratuit", "for you": "Pour vous : ", "your dates": "Pour vous : "},
}
FACT_WORDS = {  # a case field, in plain words
    "person.nationality": ("your nationality", "votre nationalité"), "person.in_france": ("whether you are in France", "votre présence en France"),
    "permit.kind": ("the permit you hold", "le titre que vous avez"), "permit.expires_on": ("the day your permit expires", "la date d'expiration de votre titre"),
    "studies.diploma": ("your diploma", "votre diplôme"), "studies.confers_master_grade": ("whether your diploma confers the master's grade", "le fait que votre diplôme confère le grade de master"),
    "studies.institution_accredited": ("whether your institution is accredited", "l'habilitation de votre établissement"),
    "studies.enrolled_next_year": ("whether you are enrolled for next year", "votre inscription pour l'année suivante"),
    "studies.obtained_on": ("when you obtained your diploma", "la date d'obtention du diplôme"),
    "job.contract": ("your contract", "votre contrat"), "job.gross_monthly_salary_eur": ("your salary", "votre salaire"),
    "job.related_to_studies": ("whether the job is related to your studies", "le lien de l'emploi avec vos études"),
    "job.pay_comparable": ("whether you are paid like the other staff in the same post", "une rémunération comparable à celle des autres salariés"),
    "job.months": ("the length of the contract", "la durée du contrat"),
    "volunteering": ("your host and your mission (see the conditions)", "votre structure d'accueil et votre mission (voir les conditions)"),
    "application": ("the dates of your application and of its answer", "les dates de votre demande et de sa réponse"),
    "person.arrived_on": ("the day you arrived", "votre date d'arrivée"),
}
ASPECT_TITLES = {
    "en": {"conditions": "Who can get it, and on what conditions", "deadline": "When to file", "documents": "Documents", "cost": "Cost for you",
           "cost_employer": "Cost for the employer", "duration": "How long it lasts", "work": "Work allowed", "how": "Where and how to apply",
           "refusal": "If it is refused", "after": "What comes after"},
    "fr": {"conditions": "Qui peut l'obtenir, à quelles conditions", "deadline": "Quand déposer", "documents": "Documents", "cost": "Coût pour vous",
           "cost_employer": "Coût pour l'employeur", "duration": "Durée", "work": "Travail autorisé", "how": "Où et comment demander",
           "refusal": "En cas de refus", "after": "Et après"},
}


def money(amount: float, lang: str) -> str:
    whole = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    return (whole.replace(",", "\u202f").replace(".", ",") + "\u00a0€") if lang == "fr" else whole + " €"


def plain_money(text: str, lang: str) -> str:
    """Amounts of the rules' sentences without useless cents (75.00 € -> 75 €)."""
    return re.sub(r"(\d)[.,]00(\s?|\u00a0)€", r"\1\2€", text)


class Answer:
    """Sentences and their sources, led by a verdict word when asked."""

    def __init__(self, lang: str):
        self.lang, self.lead, self.lines, self.sources = lang, "", [], []

    def add(self, text: str | None, sources=()):
        if text and not any(line.startswith(text) or text.startswith(line) for line in self.lines):
            self.lines.append(plain_money(text, self.lang))
        for source in sources:
            cleaned = clean_source(source, self.lang)
            if cleaned and cleaned not in self.sources:
                self.sources.append(cleaned)
        return self

    def add_item(self, found: dict | None):
        return self.add(found["text"], found["sources"][:2]) if found else self

    def text(self) -> str:
        return " ".join(([self.lead] if self.lead else []) + self.lines)


class Composer:
    """Answers about one route for one reading, from the assessment of the partial case."""

    def __init__(self, route: str, facts: dict, lang: str, day: datetime.date, base_case: dict | None = None):
        self.route_name, self.facts, self.lang, self.day = route, facts, lang, day
        self.words = W[lang]
        self.nationality_stated = "person.nationality" in facts or bool(base_case)
        self.case = case_for(route, facts, day, base_case)
        self.routes = assessed(self.case, lang)
        self.route = self.routes[route]
        plain = assessed(case_for(route, facts, day, base_case, scenario=False), lang)[route]
        self.listed = plain if plain["verdict"] != "not_applicable" else self.route  # conditions as the facts leave them
        self.probe = Probe(day, lang, self.case["person"]["nationality"])
        self.general = self.probe.routes(route)[route]  # the route for a typical case: its general figures

    def find(self, kind: str, item_id: str, route=None) -> dict | None:
        """An item of the person's route, else of the typical case's (e.g. the length of the card for its holder)."""
        return item(route or self.route, kind, item_id) or (None if route else item(self.general, kind, item_id))

    # -- verdicts
    def fact_words(self, fields) -> str:
        index = 0 if self.lang == "en" else 1
        words = []
        for field in fields:
            key = field if field in FACT_WORDS else field.split(".")[0]
            if key in FACT_WORDS and FACT_WORDS[key][index] not in words:
                words.append(FACT_WORDS[key][index])
        if not self.nationality_stated and self.route_name in ("aps_graduate", "aps_volunteer"):
            words.insert(0, self.words["nationality"])
        if len(words) > 1:
            return ", ".join(words[:-1]) + self.words["and"] + words[-1]
        return words[0] if words else ""

    def blocking_false(self, route=None):
        route = route or self.route
        return [c for c in route["conditions"] if c["met"] is False and c.get("blocking", True)]

    def verdict_lead(self, answer: Answer, route=None):
        route = route or self.route
        verdict = route["verdict"]
        if verdict == "not_applicable":
            return  # the route does not concern the case as read: no verdict to give on it
        if verdict == "not_eligible":
            answer.lead = self.words["no"]
            for condition in self.blocking_false(route) or [c for c in route["conditions"] if c["met"] is False][:1]:
                answer.add(condition["text"] + f" ({clean_source(condition['sources'][0], self.lang)})", condition["sources"])
        elif verdict == "eligible" and self.nationality_stated:
            answer.lead = self.words["yes"]
        else:
            depends = self.fact_words(route["missing"]) or self.fact_words(["person.nationality"])
            answer.lead = self.words["depends"].format(depends) if depends else ""

    # -- the parts of an answer
    def conditions(self, answer: Answer, route=None, skip=("applies",)):
        route = route or self.listed
        for condition in route["conditions"]:
            if condition["id"] in skip or (condition["id"] == "nationality_allowed" and not self.nationality_stated):
                continue
            answer.add(condition["text"], condition["sources"][:2])
        if not self.nationality_stated and self.route_name in ("aps_graduate", "aps_volunteer"):
            self.algerian(answer)

    def algerian(self, answer: Answer):
        excluded = self.probe.routes(self.route_name, **{"person.nationality": "DZ"})[self.route_name]
        found = item(excluded, "conditions", "nationality_allowed")
        if found and found["met"] is False:
            answer.add(self.words["algerian"].format(src=clean_source(found["sources"][0], self.lang)), found["sources"])

    def deadlines(self, answer: Answer, route=None):
        for deadline in (route or self.route)["deadlines"]:
            answer.add(deadline["text"], deadline["sources"][:2])

    def documents(self, answer: Answer, route=None):
        listed = [d["text"] for d in (route or self.route)["documents"]]
        if listed:
            answer.add(("Documents: " if self.lang == "en" else "Pièces : ") + "; ".join(listed) + ".")

    def costs(self, answer: Answer, payer: str, route=None):
        route = route or self.route
        for cost in route["costs"]:
            if cost["payer"] != payer:
                continue
            if cost["amount_eur"] is None:
                continue
            answer.add(cost["text"], cost["sources"][:2])
            now, since, before = self.probe.amount_history(route["id"], "costs", cost["id"], **self._fact_kwargs())
            if since and before is not None and now is not None:
                answer.add(self.words["since"].format(new=money(now, self.lang), day=since.isoformat(), old=money(before, self.lang)))

    def _fact_kwargs(self):
        return {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in self.facts.items() if "." in k and k != "person.nationality"}

    def steps(self, answer: Answer, route=None, dated=True):
        for step in (route or self.route)["steps"]:
            if step["date"] and not dated:
                continue
            answer.add((f"{step['date']}: " if step["date"] else "") + step["text"])

    def figures(self, answer: Answer, *ids, route=None):
        for figure_id in ids:
            found = self.find("figures", figure_id, route)
            if found and found.get("value") is not None:
                answer.add_item(found)
