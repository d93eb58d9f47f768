"""One answer per route and aspect, from the assessment (see compose.py). General statements (the
renewal window, the time to appeal) are measured on probe cases of the same day's rules, so they
follow the rules when they change; the person's own dates are added when the facts give them."""

from __future__ import annotations

import datetime

from . import words
from .compose import Answer, Composer, decimal, money, months
from .rules_view import days_before, item, months_between


def graduate_intro(c: Composer, a: Answer):
    validity = c.find("figures", "validity_months")
    count = validity and validity.get("value")
    if count:
        a.add(words.GRADUATE_INTRO[c.lang].format(months=months(count, c.lang)), validity["sources"][:1])  # whether it is renewable: the figure's own text, shown next (by the person's agreement)


def graduate_deadline(c: Composer, a: Answer):
    if "permit.expires_on" in c.facts:
        c.deadlines(a)
        return
    expiry = c.day + datetime.timedelta(days=400)
    probe = c.probe.routes("aps_graduate", **{"permit.expires_on": expiry.isoformat()})["aps_graduate"]
    last = item(probe, "deadlines", "apply_before")
    if last:
        gap = days_before(last["date"], expiry)
        a.add(words.FILE_BEFORE_EXPIRY[c.lang] if gap == 0 else words.FILE_DAYS_BEFORE[c.lang].format(days=gap), last["sources"][:2])
    advised = {}
    for where, departement in (("elsewhere", "69"), ("idf", "75")):
        routes = c.probe.routes("aps_graduate", **{"permit.expires_on": expiry.isoformat(), "person.departement": departement})
        found = item(routes["aps_graduate"], "deadlines", "apply_by_recommended")
        advised[where] = found and months_between(datetime.date.fromisoformat(found["date"]), expiry)
    if advised["elsewhere"]:
        elsewhere = months(advised["elsewhere"], c.lang)
        a.add(words.ADVISED_PARIS[c.lang].format(months=elsewhere, paris=months(advised["idf"], c.lang)) if advised["idf"]
              else words.ADVISED[c.lang].format(months=elsewhere))
    returning(c, a)


def returning(c: Composer, a: Answer):
    """Graduates who left France: the years they have, read from the rule's own sentence."""
    import re

    permit = item(c.general, "conditions", "student_permit")
    years = permit and re.search(r"within (\d+) years", permit["text_en"])
    if years:
        a.add(words.FROM_ABROAD[c.lang].format(years=years.group(1)), permit["sources"][-2:])


def typical_figure(c: Composer, route: str, figure_id: str) -> dict | None:
    """A figure of a route for a typical case of the day (None when the rules give no value)."""
    found = item(c.probe.routes(route)[route], "figures", figure_id)
    return found if found and found.get("value") else None


def graduate_work(c: Composer, a: Answer):
    c.figures(a, "work_hours_per_year_max")
    if c.route["verdict"] == "not_applicable" or not item(c.route, "figures", "work_hours_per_year_max"):
        c.figures(a, "work_hours_per_year_max", route=c.general)
    floor = typical_figure(c, "employee_after_aps", "minimum_monthly_salary_eur")
    if floor:
        a.add(words.SALARY_FLOOR[c.lang].format(amount=money(floor["value"], c.lang)), floor["sources"][:2])


def graduate(c: Composer, aspect: str, a: Answer):
    if aspect in ("conditions", "how", "duration", "after", "work") or not aspect:
        graduate_intro(c, a)
    if aspect in ("conditions", None):
        c.conditions(a)
        returning(c, a)
        if not c.nationality_stated:
            a.add(words.BILATERAL[c.lang])
    elif aspect == "deadline":
        graduate_deadline(c, a)
    elif aspect == "documents":
        c.documents(a)
    elif aspect == "cost":
        c.costs(a, "applicant")
    elif aspect == "duration":
        c.figures(a, "validity_months")
        c.deadlines(a)
        if not c.nationality_stated:
            a.add(words.BILATERAL[c.lang])
    elif aspect == "work":
        graduate_work(c, a)
    elif aspect == "how":
        c.steps(a, dated=False)
        graduate_deadline(c, a)
        c.documents(a)
    elif aspect == "after":
        after = c.probe.routes("employee_after_aps")["employee_after_aps"]
        c.steps(a, dated="permit.expires_on" in c.facts)
        a.add(words.THEN_CHANGE[c.lang])
        c.conditions(a, after, skip=("applies",))
    elif aspect == "cost_employer":
        employee(c, aspect, a, route=c.probe.routes("employee_after_aps")["employee_after_aps"])
    elif aspect == "refusal":
        appeal(c, "deadline", a, route=c.probe.routes("appeal")["appeal"])


def employer_tax(c: Composer, a: Answer, route):
    tax = item(route, "costs", "employer_tax")
    if not tax:
        return
    if tax["amount_eur"] is not None and "gross_monthly_salary_eur" in c.case.get("job", {}):
        a.add_item(tax)
        return
    import re

    basis = re.search(r"\(([\d.]+) % of one month's gross salary, the salary counted up to ([\d.]+) times the SMIC\)", tax["text_en"])
    smic = item(route, "figures", "smic_monthly_eur")
    if basis:
        rate, cap = (decimal(float(number), c.lang) for number in basis.groups())
        if smic and smic.get("value"):
            text = words.EMPLOYER_TAX_CAPPED[c.lang].format(rate=rate, cap=cap, amount=money(float(basis.group(2)) * smic["value"], c.lang))
        else:
            text = words.EMPLOYER_TAX[c.lang].format(rate=rate, cap=cap)
        a.add(text, tax["sources"][:2])


def employee(c: Composer, aspect: str, a: Answer, route=None):
    route = route or c.route
    if aspect in ("conditions", None, "how"):
        c.conditions(a, route)
        c.figures(a, "minimum_monthly_salary_eur", route=c.general if route is c.route else route)
    if aspect == "cost_employer":
        employer_tax(c, a, route)
    elif aspect == "cost":
        c.costs(a, "applicant", route)
        employer_tax(c, a, route)
    elif aspect == "deadline":
        c.deadlines(a, route)
        if not route["deadlines"]:
            c.conditions(a, route, skip=("applies", "contract_type", "salary_floor", "related_to_studies", "pay_comparable", "labour_market_test_exempt"))
    elif aspect == "documents":
        c.documents(a, route)
    elif aspect == "how":
        c.steps(a, route)
    elif aspect == "work":
        hours = typical_figure(c, "aps_graduate", "work_hours_per_year_max")
        if hours:
            a.add(words.WORK_UNTIL_CHANGE[c.lang].format(hours=hours["value"]) + " " + hours["text"], hours["sources"][:1])
        c.steps(a, route, dated=False)
    elif aspect == "refusal":
        exempt = item(route, "conditions", "labour_market_test_exempt")
        if exempt:
            a.add_item(exempt)
        appeal(c, "deadline", a, route=c.probe.routes("appeal")["appeal"])
    elif aspect in ("duration", "after"):
        c.steps(a, route)


def renewal(c: Composer, aspect: str, a: Answer, route=None):
    route = route or c.route
    if aspect in ("conditions", None):
        c.conditions(a, route)
    if aspect in ("deadline", "how", "cost", None, "conditions"):
        expiry = c.day + datetime.timedelta(days=400)
        probe = c.probe.routes("student_renewal", **{"permit.expires_on": expiry.isoformat()})["student_renewal"]
        opens, closes = item(probe, "deadlines", "apply_from"), item(probe, "deadlines", "apply_by")
        if opens and closes:
            first, last = days_before(opens["date"], expiry), days_before(closes["date"], expiry)
            a.add(words.RENEWAL_WINDOW[c.lang].format(first=first, last=last), opens["sources"][:2])
        late = c.probe.routes("student_renewal", **{"permit.expires_on": (c.day + datetime.timedelta(days=20)).isoformat()})["student_renewal"]
        penalty = item(late, "costs", "late_filing_penalty")
        if penalty and penalty["amount_eur"]:
            a.add(words.LATE_DUTY[c.lang].format(amount=money(penalty["amount_eur"], c.lang)), penalty["sources"][:1])
        if "permit.expires_on" in c.facts:
            c.deadlines(a, route)
    if aspect in ("documents", "how"):
        c.documents(a, route)
    if aspect == "how":
        c.steps(a, route, dated=False)


def _probe_file_by(c: Composer, oqtf: str, custody: str = "none"):
    """The appeal's `file_by` for a refusal received on the question's day, in this regime."""
    probe = c.probe.routes("appeal", **{"application.refusal_received_on": c.day.isoformat(), "application.oqtf": oqtf,
                                        "application.custody": custody})["appeal"]
    return item(probe, "deadlines", "file_by")


def appeal(c: Composer, aspect: str, a: Answer, route=None):
    """The delay of each regime in force on the question's day (the rules' parameters), with the
    last day for a refusal received that day (the rules' deadlines), then the person's own dates."""
    from sejour.rules.meta import value_on

    route = route or c.route
    refused = c.facts.get("application.refusal_received_on")
    a.add(words.MOST_REFUSALS[c.lang], ["gillioen-avocat.com; alexia.fr fiche 12782 (« dans la grande majorité des cas, le refus de titre "
                                       "de séjour est accompagné par une OQTF »)"])
    without = _probe_file_by(c, "none")
    if without:
        count = value_on("appeal.appeal_months", c.day, 2)
        a.add(words.WITHOUT_OQTF[c.lang].format(months=months(count, c.lang), day=without["date"]), without["sources"][:2])
    with_oqtf = _probe_file_by(c, "with_departure_period")
    if with_oqtf:
        hours = value_on("appeal.oqtf.urgent_hours", c.day, 48)
        if value_on("appeal.oqtf.reform_2024", c.day, False):
            month, days = value_on("appeal.oqtf.free_months", c.day, 1), value_on("appeal.oqtf.custody_days", c.day, 7)
            text = words.WITH_OQTF[c.lang].format(months=months(month, c.lang), day=with_oqtf["date"], days=days, hours=hours)
        else:
            days = value_on("appeal.oqtf.departure_period_days", c.day, 30)
            text = words.WITH_OQTF_BEFORE_2024[c.lang].format(days=days, day=with_oqtf["date"], hours=hours)
        a.add(text, with_oqtf["sources"][:2])
    silent = c.probe.routes("appeal", **{"application.refusal_received_on": c.day.isoformat(), "application.oqtf": "none",
                                         "application.appeal_filed_on": c.day.isoformat()})["appeal"]
    answer_by, court_by = item(silent, "deadlines", "answer_due_on"), item(silent, "deadlines", "court_file_by")
    if answer_by and court_by:
        wait = months_between(c.day, datetime.date.fromisoformat(answer_by["date"]))
        court = value_on("appeal.court_months", c.day, 2)
        a.add(words.SILENCE[c.lang].format(wait=months(wait, c.lang), court=months(court, c.lang)), court_by["sources"][:1])
    if refused:
        c.deadlines(a, route)
    c.steps(a, route if refused else silent, dated=False)


def volunteer(c: Composer, aspect: str, a: Answer):
    if aspect in ("conditions", None, "how"):
        c.conditions(a)
    if aspect in ("deadline", "how", None, "conditions"):
        arrived = c.facts.get("person.arrived_on") or c.day
        probe = c.probe.routes("aps_volunteer", **{"person.arrived_on": arrived.isoformat()})["aps_volunteer"]
        found = item(probe, "deadlines", "apply_by")
        if found:
            count = months_between(arrived, datetime.date.fromisoformat(found["date"]))
            a.add(words.VOLUNTEER_APPLY[c.lang].format(months=months(count, c.lang)), found["sources"][:2])
    if aspect in ("duration", "after", "how", None, "conditions"):
        probe = c.probe.routes("aps_volunteer", **{"volunteering.ends_on": (c.day + datetime.timedelta(days=200)).isoformat()})["aps_volunteer"]
        found = item(probe, "deadlines", "valid_until")
        if found:
            a.add(words.VOLUNTEER_LENGTH[c.lang], found["sources"][:1])
    if aspect == "cost":
        c.costs(a, "applicant")
    if aspect in ("documents", "how"):
        c.documents(a)


def no_permit(c: Composer, aspect: str, a: Answer):
    c.conditions(a, skip=())


BUILDERS = {"aps_graduate": graduate, "employee_from_student": employee, "employee_after_aps": employee,
            "student_renewal": renewal, "appeal": appeal, "aps_volunteer": volunteer, "no_permit_needed": no_permit}


def build(route: str, aspect: str | None, yes_no: bool, facts: dict, lang: str, day: datetime.date, base_case=None) -> dict:
    """{"id", "question", "answer", "sources", "route", "aspect"} for this route and aspect."""
    composer = Composer(route, facts, lang, day, base_case)
    answer = Answer(lang)
    if yes_no:
        yes_no_lead(composer, aspect, answer)
    BUILDERS[route](composer, aspect, answer)
    title = words.TITLE[lang].format(route=composer.route["title"], aspect=words.ASPECT_TITLES[aspect or "conditions"][lang])
    return {"id": f"{route}.{aspect or 'conditions'}", "question": title, "answer": answer.text(),
            "sources": answer.sources, "route": route, "aspect": aspect or "conditions", "verdict": composer.route["verdict"]}


def yes_no_lead(c: Composer, aspect: str | None, a: Answer):
    """The first word of the answer to a yes/no question, from the rules."""
    if aspect in ("cost", "cost_employer"):
        payer = "employer" if aspect == "cost_employer" else "applicant"
        route = c.route if c.route["costs"] else c.probe.routes("employee_from_student")["employee_from_student"]
        costs = [x for x in route["costs"] if x["payer"] == payer]
        if payer == "employer" and costs:
            a.lead = words.NO_EMPLOYER_PAYS[c.lang]
        elif costs and all(x["amount_eur"] == 0 for x in costs):
            a.lead = words.YES[c.lang]
        elif costs and any(x["amount_eur"] for x in costs):
            a.lead = words.NO[c.lang]
        return
    if aspect == "work":
        a.lead = words.DEPENDS_ON_JOB[c.lang]
        return
    if aspect in ("conditions", None, "how", "after"):
        c.verdict_lead(a)
