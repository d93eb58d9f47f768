"""`assess(case)`: a case in, its assessment out. The only way into the rules.

For each route: the verdict, every condition with its value (true, false or null) and its
sources, the unknown facts that could change the verdict (`missing`), what would change a
refusal, the deadlines as dates, the documents, the costs, the figures and the next steps.
"""

from __future__ import annotations

import datetime
import functools
import json

import numpy as np
from openfisca_core.periods import period as make_period

from . import __version__
from .answer import answer_of
from .case import FIELD_PATHS, parse_case
from .dates import to_date
from .engine import CaseRows, DirectSimulation, simulate, variable_kinds
from .rules import tax_benefit_system
from .rules.citations import NOTE_ONLY, readable_sources
from .rules.sources import cited_values, values_in_force
from .rules.tri import FALSE, TRI_NAMES, TRUE, UNKNOWN
from .i18n import SOURCE, N_, check_language, rule_texts
from .text import Context, euros, long_date, render

ROUTE_ORDER = ("no_permit_needed", "aps_volunteer", "aps_graduate", "employee_after_aps",
               "employee_from_student", "talent_qualified_employee", "student_renewal", "appeal")
FIRST_DAY = datetime.date(2012, 1, 1)
EARLIEST = N_("assessment.earliest_possible", " This is the earliest possible day: facts not yet given could make it later, never earlier.")
NOT_KNOWN = N_("assessment.not_known", " Not known for this case on this day (a fact is missing, or no rule is known): ask the préfecture.")
PASSED = N_("assessment.passed", " (passed)")
DATED_STEP = N_("assessment.dated_step", "{date}{passed}: {text}")
NO_RULE_KNOWN = N_("assessment.no_rule_known", "sejour knows no rule in force on {as_of}: it covers {first} to {last}.")
CONTRACT_LANGS = ("en", "fr")  # text_en and text_fr, kept for existing clients


def text_languages(lang: str) -> tuple[str, ...]:
    """The languages an assessment's texts are written in: the one asked, and English and French."""
    return tuple(dict.fromkeys((lang, *CONTRACT_LANGS)))


def verdict_of(applies: int, conditions: list[int]) -> str:
    """The verdict from the applicability and the blocking conditions (tri values)."""
    worst = min(conditions, default=TRUE)
    if applies == FALSE:
        return "not_applicable"
    if applies == TRUE and worst != UNKNOWN:
        return "eligible" if worst == TRUE else "not_eligible"
    return "needs_information"


class _Facts(str):
    """A case as JSON (what the kept simulations are found by), carrying the case."""

    def __new__(cls, case):
        facts = super().__new__(cls, json.dumps(case.to_dict(identity=True), sort_keys=True))
        facts.case = case
        return facts


@functools.lru_cache(maxsize=64)
def _simulation(facts: _Facts) -> tuple[CaseRows, DirectSimulation, dict]:
    """The rows of these facts, their simulation on their day and the routes settled from it (filled
    by `Assessor.settled`), kept for the next assessment of the same facts in this process (the last
    64): an interview's last step page chooses its questions from it, then its result page assesses
    the same answers; the rows, the rules' values and the verdicts are made once. The rows and the
    simulation are read only (formulas never change the arrays they read)."""
    rows = CaseRows(facts.case)
    return rows, DirectSimulation(rows.arrays(), facts.case.as_of), {}


class Assessor:
    """Builds the assessment of one case from its simulation."""

    def __init__(self, case, lang: str, engine: str = "direct"):
        self.case, self.lang = case, lang
        self.system = tax_benefit_system()
        self.registry = self.system.registry
        self.kinds = variable_kinds()
        if engine == "direct":
            self.rows, self.simulation, self.settled_routes = _simulation(_Facts(case))
        else:
            self.rows = CaseRows(case)
            self.simulation, self.settled_routes = simulate(self.rows.arrays(), case.as_of), {}
        self.variant_fields = np.array([field for field, _ in self.rows.variants], dtype=object)
        self.period = make_period(case.as_of.isoformat())
        self.cited_days: set[str] = set()
        self.langs = text_languages(lang)
        self.contexts = {code: Context(self.value, self.kinds, code) for code in self.langs}

    # -- values
    def column(self, name):
        return self.simulation.calculate(name, self.period)

    def value(self, name):
        column = self.column(name)
        if self.kinds.get(name) == "enum":
            return column.decode_to_str()[0]
        return column[0]

    def sources(self, variable_name, rule, amount=None):
        """The readable citations of a rule: its legal references and the parameters' values in
        force (see :mod:`sejour.rules.citations`), short; a quote of an old amount is left out
        beside an amount it contradicts. With them, the note of a value the sources read do not
        confirm, as a note, not a source."""
        paths = rule.parameters if not rule.cites_by else rule.cites_by.get(self.value(rule.by), rule.parameters)
        paths = tuple(paths)
        nationality = self.case.person.nationality if any(path.startswith("nationality.") for path in paths) else None
        sources, days = _sources_of(variable_name, paths, self.case.as_of, nationality, self.lang, amount)
        self.cited_days.update(days)
        return {key: list(value) if isinstance(value, list) else value for key, value in sources.items()}

    def texts(self, messages, state=None, unknown=False, by=None):
        """The text in each language of the assessment, from the rule's messages (one, or a dict
        by state then by the value of the enum `by`); `unknown` adds that no rule (or fact)
        gives the value."""
        if isinstance(messages, dict) and state in messages:
            messages = messages[state]
        if isinstance(messages, dict):
            messages = messages[self.value(by)]
        return {lang: render(messages[lang], self.contexts[lang]) + (NOT_KNOWN[lang] if unknown else "") for lang in self.langs}

    def item_texts(self, texts) -> dict:
        """`text` in the language asked, `text_en` and `text_fr` (the contract)."""
        return {"text": texts[self.lang], **{f"text_{lang}": texts[lang] for lang in CONTRACT_LANGS}}

    def _in_force(self, path):
        return any(bool(v.value) for v in values_in_force(path, self.case.as_of))

    def _shown(self, item):
        """Whether a rule, document or step dated by a boolean parameter is shown on as_of."""
        if getattr(item, "only_if", None) and not self._in_force(item.only_if):
            return False
        return not (getattr(item, "unless_in_force", None) and self._in_force(item.unless_in_force))

    def title(self, route):
        """The route's title on as_of (a card renamed on a day keeps its former name before it)."""
        if route.earlier_title and not self._in_force(route.earlier_title):
            return route.title_before()[self.lang]
        return route.title[self.lang]

    # -- one route
    def settled(self, route_id) -> dict:
        """What decides the route, without any text: its rules shown on as_of, its verdict, the facts
        that would settle it (`missing`) and those that could still move one of its dates or costs or
        its documents (`missing_details`). The route's assessment adds the words to it; the interview
        chooses its next questions from this alone (see `facts_wanted`). Kept with the simulation it
        is read from (the same facts on the same day): a result page assessing the answers its last
        step page chose from settles no route again. Read only: its lists are copied into outputs."""
        if route_id not in self.settled_routes:
            self.settled_routes[route_id] = self._settle(route_id)
        return self.settled_routes[route_id]

    def _settle(self, route_id) -> dict:
        rules = [(name, rule) for name, rule in _route_rules(route_id) if self._shown(rule)]
        applies_name, applies_rule = next((n, r) for n, r in rules if r.kind == "applicability")
        conditions = [(n, r) for n, r in rules if r.kind == "condition"]
        blocking = [self.column(n) for n, r in conditions if r.blocking]
        applies = self.column(applies_name)
        verdict = verdict_of(int(applies[0]), [int(column[0]) for column in blocking])
        missing = []
        if verdict == "needs_information":
            # Facts that settle a condition alone; when none does (two unknown facts are needed
            # together, e.g. a filing day and the permit's end), the facts that fix any of the
            # route's dates, costs or conditions.
            missing = self.missing([applies] + blocking) or self.ordered(self._fields_changing([self.column(n) for n, _ in rules]))
        settled = {"rules": rules, "applies": (applies_name, applies_rule), "conditions": conditions, "verdict": verdict,
                   "missing": missing, "missing_details": []}
        if verdict != "not_applicable":
            dated = [self.column(n) for n, r in rules if r.kind in ("deadline", "cost")]
            # facts that could still move a date shown (the earliest possible one) are worth asking too
            settled["depends_on"] = {n: self.ordered(self._fields_changing([self.column(n)])) for n, r in rules
                                     if r.kind == "deadline" and not np.isnat(self.column(n)[0])}
            moving = {field for fields in settled["depends_on"].values() for field in fields}
            # and so are the facts that decide which documents are listed (the diploma or, before it is
            # awarded, an « attestation de réussite »)
            listing = self.missing([self.column(n) for d in self.registry.routes[route_id].documents for n in (d.when, d.unless) if n])
            settled["missing_details"] = self.ordered(set(self.missing_details(dated)) | moving | set(listing))
        return settled

    def route(self, route_id):
        settled = self.settled(route_id)
        rules, conditions, verdict = settled["rules"], settled["conditions"], settled["verdict"]
        out = {"id": route_id, "title": self.title(self.registry.routes[route_id]), "verdict": verdict}
        shown_conditions = [settled["applies"]] + ([] if verdict == "not_applicable" else conditions)
        out["conditions"] = [self.condition(n, r) for n, r in shown_conditions if not (r.when and self.column(r.when)[0] == FALSE)]
        out["missing"] = list(settled["missing"])
        if verdict == "not_eligible":
            out["what_would_change"] = [self.texts(rule_texts(n, "change"))[self.lang] for n, r in conditions
                                        if r.blocking and rule_texts(n, "change") and self.column(n)[0] == FALSE]
        if verdict == "not_applicable":
            out.update(deadlines=[], documents=[], costs=[], figures=[], next_steps=[], steps=[], missing_details=[])
            return out
        out["deadlines"] = [self.deadline(n, r, settled["depends_on"][n]) for n, r in rules if n in settled["depends_on"]]
        out["documents"] = self.documents(route_id) if verdict != "not_eligible" else []
        out["costs"] = [self.cost(n, r) for n, r in rules if r.kind == "cost"]
        out["figures"] = [self.figure(n, r) for n, r in rules if r.kind == "figure"]
        out["steps"] = self.steps(route_id, verdict)
        out["next_steps"] = [self.dated(s) if s["date"] else s["text"] for s in out["steps"]]
        out["missing_details"] = list(settled["missing_details"])
        return out

    def dated(self, step) -> str:
        """A next step with its day in words, as the language writes it (« 31 août 2026 (passée) : ... »)."""
        return DATED_STEP[self.lang].format(date=long_date(step["date"], self.lang), passed=PASSED[self.lang] if step["passed"] else "",
                                            text=step["text"])

    def condition(self, name, rule):
        met = TRI_NAMES[int(self.column(name)[0])]
        state = {True: "true", False: "false", None: "null"}[met]
        texts = self.texts(rule_texts(name), state, by=rule.by)
        item = {"id": rule.id, "met": met, **self.item_texts(texts), **self.sources(name, rule)}
        if not rule.blocking:
            item["blocking"] = False
        return item

    def deadline(self, name, rule, depends_on):
        """A date shown; `depends_on`: the facts not given that could move it (from `settled`)."""
        texts = self.texts(rule_texts(name), by=rule.by)
        column = self.column(name)
        day = to_date(column[0])
        item = {"id": rule.id, "date": day.isoformat(), "passed": day < self.case.as_of, **self.item_texts(texts),
                **self.sources(name, rule)}
        # Facts not given that could move this day (the same variants that find `missing`): the day
        # shown is then the earliest possible one, and the facts are named.
        if depends_on:
            later = _as_int64(column)[1:] >= _as_int64(column)[:1]
            item["depends_on"] = list(depends_on)
            item["earliest_possible"] = bool(later[self.rows_changing(column)].all())
            said = rule.by is not None and self.value(rule.by) == "unknown"  # the rule's own text says it already
            if item["earliest_possible"] and not said:
                item["text"] += EARLIEST[self.lang]
                for lang in CONTRACT_LANGS:
                    item[f"text_{lang}"] += EARLIEST[lang]
        return item

    def rows_changing(self, column):
        """The variant rows (as a mask over rows 1..) where this column differs from row 0, among
        the candidate values of categorical facts and past events."""
        values = _as_int64(column)
        return (values[1:] != values[:1]) & (values[1:] != NAT_INT)

    def cost(self, name, rule):
        amount = euros(int(self.column(name)[0]))
        texts = self.value_texts(name, rule, amount)
        return {"id": rule.id, "payer": rule.payer, "amount_eur": amount, **self.item_texts(texts),
                **self.sources(name, rule, amount=amount)}

    def value_texts(self, name, rule, value):
        """The texts of a cost or a figure; when its value is not known, the rule's own words for
        that (``<variable>.unknown``) if it has them, else its text and that it is not known."""
        unknown = rule_texts(name, "unknown") if value is None else None
        return self.texts(unknown) if unknown else self.texts(rule_texts(name), unknown=value is None, by=rule.by)

    def figure(self, name, rule):
        raw = int(self.column(name)[0])
        value = euros(raw) if self.kinds[name] == "cents" else (None if raw < 0 else raw)
        texts = self.value_texts(name, rule, value)
        return {"id": rule.id, "value": value, "unit": rule.unit, **self.item_texts(texts),
                **self.sources(name, rule)}

    def documents(self, route_id):
        listed = []
        route = self.registry.routes[route_id]
        for document in route.documents:
            if document.when and self.column(document.when)[0] == FALSE:
                continue
            if document.unless and self.column(document.unless)[0] == TRUE:
                continue
            if not self._shown(document):
                continue
            listed.append({"id": document.id, "text": route.document_text(document)[self.lang], "quantity": document.quantity})
        return listed

    def steps(self, route_id, verdict):
        steps = []
        route = self.registry.routes[route_id]
        for step in route.steps:
            if verdict not in step.verdicts or (step.when and self.column(step.when)[0] == FALSE) or not self._shown(step):
                continue
            day = None
            if step.on:
                day = to_date(self.column(step.on)[0])
                if day is None:
                    continue
            steps.append({"date": day.isoformat() if day else None, "passed": bool(day and day < self.case.as_of),
                          "text": route.step_text(step)[self.lang]})
        return sorted(steps, key=lambda s: s["date"] or "")

    # -- what could change the outcome
    def _fields_changing(self, columns) -> set:
        """The unknown fields whose candidate values change any of these columns (vs row 0)."""
        if not columns or not self.rows.variants:
            return set()
        stacked = np.stack([_as_int64(column) for column in columns])
        changed = (stacked[:, 1:] != stacked[:, :1]).any(axis=0)
        return set(self.variant_fields[changed])

    @staticmethod
    def ordered(fields):
        return [f for f in FIELD_PATHS if f in fields]

    def missing(self, decisive):
        return self.ordered(self._fields_changing([c for c in decisive if c[0] == UNKNOWN]))

    def missing_details(self, columns):
        """Unknown facts that would not change the verdict but would fix a date or a cost."""
        return self.ordered(self._fields_changing([c for c in columns if _as_int64(c)[0] in (-1, NAT_INT)]))


NAT_INT = np.datetime64("NaT").astype(np.int64)


def _as_int64(column):
    column = np.asarray(column)
    return column.view(np.int64) if column.dtype.kind == "M" else column.astype(np.int64)


@functools.lru_cache(maxsize=8192)
def _sources_of(variable_name, paths, day, nationality, lang, amount) -> tuple[dict, tuple[str, ...]]:
    """A rule's sources on `day` for a national of `nationality` in `lang` (see Assessor.sources),
    and the days its values came into force: the same for every case with these, made once (a
    quarter of an assessment's work). `nationality` is None for a rule citing no value by
    country (`cited_values`): its sources are then shared by every nationality."""
    cited, notes, days = list(tax_benefit_system().variables[variable_name].reference or []), [], []
    for value in cited_values(paths, day, nationality):
        days.append(value.since)
        cited.extend(value.references)
        if not value.doubt_on_citation_only:
            notes.append(value.note(lang))
    sources = {"sources": readable_sources(cited, lang, amount=amount, day=day)}
    notes = list(dict.fromkeys(note for note in notes if note))
    if notes:
        sources["unconfirmed"] = notes[0] if len(notes) == 1 else NOTE_ONLY[lang]
    return sources, tuple(days)


@functools.cache
def _route_rules(route_id):
    return tuple(tax_benefit_system().registry.rules(route_id))


def _no_rule_known(case, lang, today):
    days = {"as_of": case.as_of, "first": FIRST_DAY, "last": today}
    texts = {code: NO_RULE_KNOWN[code].format(**{name: long_date(day, code) for name, day in days.items()}) for code in text_languages(lang)}
    registry = tax_benefit_system().registry
    return [{"id": route_id, "title": registry.routes[route_id].title[lang], "verdict": "needs_information",
             "conditions": [{"id": "rules_known", "met": None, "text": texts[lang], "text_en": texts["en"], "text_fr": texts["fr"],
                             "sources": [texts[lang]]}],
             "missing": [], "missing_details": [], "deadlines": [], "documents": [], "costs": [], "figures": [],
             "next_steps": [], "steps": []} for route_id in ROUTE_ORDER]


def assess(case, *, lang: str = "en", today: datetime.date | None = None, engine: str = "direct") -> dict:
    """The assessment of `case` (a dict in the case format, or a :class:`sejour.case.Case`).

    `engine` is "direct" (the fast evaluator of the same rules) or "openfisca" (OpenFisca's
    `Simulation`); both give the same assessment.
    """
    check_language(lang)
    case = parse_case(case)
    today = today or datetime.date.today()
    result = {"as_of": case.as_of.isoformat(), "lang": lang}
    if not FIRST_DAY <= case.as_of <= today:
        result["routes"] = _no_rule_known(case, lang, today)
        result["version"] = {"sejour": __version__, "rules_date": None}
        result["answer"] = answer_of(case.to_dict(), result["routes"], lang, case.as_of, rules_known=False)
        return result
    if engine not in ("direct", "openfisca"):
        raise ValueError(f"engine must be 'direct' or 'openfisca', not {engine!r}")
    assessor = Assessor(case, lang, engine)
    result["routes"] = [assessor.route(route_id) for route_id in ROUTE_ORDER]
    result["version"] = {"sejour": __version__, "rules_date": max(assessor.cited_days) if assessor.cited_days else None}
    silence = to_date(assessor.value("implicit_refusal_on"))  # the day a pending application's silence is a refusal
    result["answer"] = answer_of(case.to_dict(), result["routes"], lang, case.as_of, silence_refusal_on=silence)  # what the person can do now, first
    return result


def facts_wanted(case, *, today: datetime.date | None = None) -> list[dict]:
    """Per route of `assess`: its id, verdict, `missing` and `missing_details`, the same as `assess`
    gives, without the texts, sources and answer (about half its work): what an interview needs to
    choose its next questions."""
    case = parse_case(case)
    today = today or datetime.date.today()
    if not FIRST_DAY <= case.as_of <= today:
        return [{"id": route_id, "verdict": "needs_information", "missing": [], "missing_details": []} for route_id in ROUTE_ORDER]
    assessor = Assessor(case, SOURCE)
    return [{"id": route_id, "verdict": settled["verdict"], "missing": list(settled["missing"]), "missing_details": list(settled["missing_details"])}
            for route_id, settled in ((route_id, assessor.settled(route_id)) for route_id in ROUTE_ORDER)]
