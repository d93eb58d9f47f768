"""Answers built from the rules: for a route and an aspect, the sentences of the assessment of the
partial case the question's facts make (its conditions, dates, amounts, documents, steps), with
their sources, led by "Yes", "No" or "It depends on ..." when the question asks for one."""

from __future__ import annotations

import datetime
import re

from babel.numbers import format_currency, format_decimal

from sejour.text import babel_locale, long_date

from . import words
from .rules_view import Probe, assessed, case_for, clean_source, item


def money(amount: float, lang: str) -> str:
    """An amount in euros as the reader's language writes it (Babel), without cents when it has none."""
    locale = babel_locale(lang)
    pattern = locale.currency_formats["standard"].pattern
    if float(amount).is_integer():
        pattern = pattern.replace(".00", "")
    return format_currency(amount, "EUR", format=pattern, locale=locale, currency_digits=False)


def decimal(number: float, lang: str) -> str:
    return format_decimal(number, locale=babel_locale(lang))


def months(count: int, lang: str) -> str:
    return (words.ONE_MONTH if count == 1 else words.MONTHS)[lang].format(count=count)


def plain_money(text: str, lang: str) -> str:
    """Amounts of the rules' sentences without useless cents (75.00 € -> 75 €, €75.00 -> €75)."""
    text = re.sub(r"(\d)[.,]00(\s?|\u00a0)€", r"\1\2€", text)
    return re.sub(r"(€\s?\d[\d,.\u202f\u00a0]*?)[.,]00(?![\d])", r"\1", text)


def _same_document(source: str, shown: str, lang: str) -> bool:
    """The same citation, or another passage of a reference document already cited (named once)."""
    from sejour.rules.citations import SEEDS

    return source == shown or any(source.startswith(title[lang]) and shown.startswith(title[lang]) for title in SEEDS.values())


class Answer:
    """Sentences and their sources, led by a verdict word when asked."""

    def __init__(self, lang: str):
        self.lang, self.lead, self.lines, self.sources = lang, "", [], []

    def add(self, text: str | None, sources=()):
        if text and not any(line.startswith(text) or text.startswith(line) for line in self.lines):
            self.lines.append(plain_money(text, self.lang))
        for source in sources:
            cleaned = clean_source(source, self.lang)
            if cleaned and not any(_same_document(cleaned, shown, self.lang) for shown in self.sources):
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
        said = []
        for field in fields:
            key = field if field in words.FACT_WORDS else field.split(".")[0]
            if key in words.FACT_WORDS and words.FACT_WORDS[key][self.lang] not in said:
                said.append(words.FACT_WORDS[key][self.lang])
        nationality = words.FACT_WORDS["person.nationality"][self.lang]
        if not self.nationality_stated and self.route_name in ("aps_graduate", "aps_volunteer") and nationality not in said:
            said.insert(0, nationality)
        if len(said) > 1:
            return words.LIST_AND[self.lang].format(items=", ".join(said[:-1]), last=said[-1])
        return said[0] if said else ""

    def blocking_false(self, route=None):
        route = route or self.route
        return [c for c in route["conditions"] if c["met"] is False and c.get("blocking", True)]

    def verdict_lead(self, answer: Answer, route=None):
        route = route or self.route
        verdict = route["verdict"]
        if verdict == "not_applicable":
            return  # the route does not concern the case as read: no verdict to give on it
        if verdict == "not_eligible":
            answer.lead = words.NO[self.lang]
            for condition in self.blocking_false(route) or [c for c in route["conditions"] if c["met"] is False][:1]:
                answer.add(condition["text"] + f" ({clean_source(condition['sources'][0], self.lang)})", condition["sources"])
        elif verdict == "eligible" and self.nationality_stated:
            answer.lead = words.YES[self.lang]
        else:
            depends = self.fact_words(route["missing"]) or self.fact_words(["person.nationality"])
            answer.lead = words.DEPENDS[self.lang].format(facts=depends) if depends else ""

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
            answer.add(words.ALGERIAN[self.lang].format(source=clean_source(found["sources"][0], self.lang)), found["sources"])

    def deadlines(self, answer: Answer, route=None):
        for deadline in (route or self.route)["deadlines"]:
            answer.add(deadline["text"], deadline["sources"][:2])

    def documents(self, answer: Answer, route=None):
        listed = [d["text"] for d in (route or self.route)["documents"]]
        if listed:
            answer.add(words.DOCUMENTS[self.lang].format(documents="; ".join(listed)))

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
                answer.add(words.SINCE[self.lang].format(new=money(now, self.lang), day=long_date(since, self.lang), old=money(before, self.lang)))

    def _fact_kwargs(self):
        return {k: (v.isoformat() if isinstance(v, datetime.date) else v) for k, v in self.facts.items() if "." in k and k != "person.nationality"}

    def steps(self, answer: Answer, route=None, dated=True):
        for step in (route or self.route)["steps"]:
            if step["date"] and not dated:
                continue
            answer.add(words.DATED_STEP[self.lang].format(date=step["date"], step=step["text"]) if step["date"] else step["text"])

    def figures(self, answer: Answer, *ids, route=None):
        for figure_id in ids:
            found = self.find("figures", figure_id, route)
            if found and found.get("value") is not None:
                answer.add_item(found)
