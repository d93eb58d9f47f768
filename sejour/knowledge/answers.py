"""One answer per route and aspect, from the assessment (see compose.py). General statements (the
renewal window, the time to appeal) are measured on probe cases of the same day's rules, so they
follow the rules when they change; the person's own dates are added when the facts give them."""

from __future__ import annotations

import datetime

from .compose import ASPECT_TITLES, Answer, Composer, money
from .rules_view import days_before, item, months_between

EN, FR = "en", "fr"


def _t(lang, en, fr):
    return en if lang == EN else fr


def _months(lang, count):
    return _t(lang, f"{count} month" + ("s" if count != 1 else ""), f"{count} mois")


def graduate_intro(c: Composer, a: Answer):
    validity = c.find("figures", "validity_months")
    months = validity and validity.get("value")
    if months:
        a.add(_t(c.lang, f"The APS / RECE card (« recherche d'emploi ou création d'entreprise ») lets a non-European graduate of a French diploma stay {_months(c.lang, months)} to look for a job or create a business.",
                 f"L'APS / la carte RECE (« recherche d'emploi ou création d'entreprise ») permet au diplômé non européen d'un diplôme français de rester {_months(c.lang, months)} pour chercher un emploi ou créer une entreprise."),
              validity["sources"][:1])  # whether it is renewable: the figure's own text, shown next (by the person's agreement)


def graduate_deadline(c: Composer, a: Answer):
    if "permit.expires_on" in c.facts:
        c.deadlines(a)
        return
    expiry = c.day + datetime.timedelta(days=400)
    probe = c.probe.routes("aps_graduate", **{"permit.expires_on": expiry.isoformat()})["aps_graduate"]
    last = item(probe, "deadlines", "apply_before")
    if last:
        gap = days_before(last["date"], expiry)
        a.add(_t(c.lang, "File before your student permit expires (its last day at the latest)." if gap == 0 else f"File at the latest {gap} days before your student permit expires.",
                 "Déposez avant l'expiration de votre titre étudiant (au plus tard son dernier jour)." if gap == 0 else f"Déposez au plus tard {gap} jours avant l'expiration de votre titre étudiant."),
              last["sources"][:2])
    advised = {}
    for where, departement in (("elsewhere", "69"), ("idf", "75")):
        routes = c.probe.routes("aps_graduate", **{"permit.expires_on": expiry.isoformat(), "person.departement": departement})
        found = item(routes["aps_graduate"], "deadlines", "apply_by_recommended")
        advised[where] = found and months_between(datetime.date.fromisoformat(found["date"]), expiry)
    if advised["elsewhere"]:
        a.add(_t(c.lang, f"Advised: file {_months(c.lang, advised['elsewhere'])} before" + (f" ({_months(c.lang, advised['idf'])} in the Paris region)" if advised["idf"] else "") + "; préfectures are slow.",
                 f"Conseillé : déposez {_months(c.lang, advised['elsewhere'])} avant" + (f" ({_months(c.lang, advised['idf'])} en Île-de-France)" if advised["idf"] else "") + " ; les préfectures sont lentes."))
    returning(c, a)


def returning(c: Composer, a: Answer):
    """Graduates who left France: the years they have, read from the rule's own sentence."""
    import re

    permit = item(c.general, "conditions", "student_permit")
    years = permit and re.search(r"within (\d+) years", permit["text_en"])
    if years:
        n = years.group(1)
        a.add(_t(c.lang, f"A graduate who has left France may also apply from abroad, within {n} years of the diploma.",
                 f"Un diplômé qui a quitté la France peut aussi la demander depuis l'étranger, dans les {n} ans suivant le diplôme."),
              permit["sources"][-2:])


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
        a.add(_t(c.lang, f"A job related to your studies paid at least {money(floor['value'], c.lang)} gross a month (1.5 × the SMIC) lets you ask for the change of status to « salarié » and work full time.",
                 f"Un emploi en rapport avec vos études payé au moins {money(floor['value'], c.lang)} brut par mois (1,5 × le SMIC) permet de demander le changement de statut vers « salarié » et de travailler à temps plein."),
              floor["sources"][:2])


def graduate(c: Composer, aspect: str, a: Answer):
    if aspect in ("conditions", "how", "duration", "after", "work") or not aspect:
        graduate_intro(c, a)
    if aspect in ("conditions", None):
        c.conditions(a)
        returning(c, a)
        if not c.nationality_stated:
            a.add(c.words["bilateral"])
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
            a.add(c.words["bilateral"])
    elif aspect == "work":
        graduate_work(c, a)
    elif aspect == "how":
        c.steps(a, dated=False)
        graduate_deadline(c, a)
        c.documents(a)
    elif aspect == "after":
        after = c.probe.routes("employee_after_aps")["employee_after_aps"]
        c.steps(a, dated="permit.expires_on" in c.facts)
        a.add(_t(c.lang, "Then ask for the change of status to « salarié »:", "Demandez ensuite le changement de statut vers « salarié » :"))
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

    basis = re.search(r"([\d.]+) % × min\(salary, ([\d.]+) × SMIC\)", tax["text_en"])
    smic = item(route, "figures", "smic_monthly_eur")
    if basis:
        rate, cap = basis.groups()
        cap_fr = cap.replace(".", ",")
        amount = f" ({money(float(cap) * smic['value'], c.lang)})" if smic and smic.get("value") else ""
        a.add(_t(c.lang, f"The employer pays a tax once, on your first « salarié » card: {rate} % of one month's gross salary, the salary counted up to {cap} × the SMIC{amount} (CDI, or contract of 12 months or more; a fixed amount for 3 to 12 months).",
                 f"L'employeur paie une taxe une fois, sur votre première carte « salarié » : {rate} % d'un mois de salaire brut, salaire plafonné à {cap_fr} × le SMIC{amount} (CDI, ou contrat de 12 mois ou plus ; un montant fixe de 3 à 12 mois)."),
              tax["sources"][:2])


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
            a.add(_t(c.lang, f"Until the change of status is granted, you work under the permit you hold: a student permit allows up to {hours['value']} hours a year; the full-time job starts under the « salarié » permit. {hours['text_en']}",
                     f"Tant que le changement de statut n'est pas accordé, vous travaillez sous le titre que vous avez : un titre étudiant permet jusqu'à {hours['value']} heures par an ; l'emploi à temps plein commence sous le titre « salarié ». {hours['text_fr']}"),
                  hours["sources"][:1])
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
            a.add(_t(c.lang, f"File the renewal between the {first}th and the {last}th day before your permit expires.",
                     f"Déposez le renouvellement entre le {first}e et le {last}e jour avant l'expiration de votre titre."), opens["sources"][:2])
        late = c.probe.routes("student_renewal", **{"permit.expires_on": (c.day + datetime.timedelta(days=20)).isoformat()})["student_renewal"]
        penalty = item(late, "costs", "late_filing_penalty")
        if penalty and penalty["amount_eur"]:
            a.add(_t(c.lang, f"Filing later costs a late-filing duty (visa de régularisation) of {money(penalty['amount_eur'], c.lang)}.",
                     f"Un dépôt plus tardif coûte un droit de visa de régularisation de {money(penalty['amount_eur'], c.lang)}."), penalty["sources"][:1])
        if "permit.expires_on" in c.facts:
            c.deadlines(a, route)
    if aspect in ("documents", "how"):
        c.documents(a, route)
    if aspect == "how":
        c.steps(a, route, dated=False)


MOST_REFUSALS = ("It depends first on whether the refusal letter also orders you to leave France (an « obligation de quitter le territoire "
                 "français », OQTF): most refusals do, and the delay is then much shorter.",
                 "Cela dépend d'abord de ce que la lettre de refus vous oblige aussi à quitter la France (« obligation de quitter le "
                 "territoire français », OQTF) : c'est le cas de la plupart des refus, et le délai est alors bien plus court.")


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
    a.add(_t(c.lang, *MOST_REFUSALS), ["gillioen-avocat.com; alexia.fr fiche 12782 (« dans la grande majorité des cas, le refus de titre "
                                       "de séjour est accompagné par une OQTF »)"])
    without = _probe_file_by(c, "none")
    if without:
        months = value_on("appeal.appeal_months", c.day, 2)
        a.add(_t(c.lang, f"Without an OQTF: {_months(c.lang, months)} from the day the written refusal reached you (for a refusal received "
                         f"today, until {without['date']}), to go to the tribunal administratif, or first to send a recours gracieux to the "
                         "préfet, which keeps the court route open.",
                 f"Sans OQTF : {_months(c.lang, months)} à compter du jour où le refus écrit vous est parvenu (pour un refus reçu "
                 f"aujourd'hui, jusqu'au {without['date']}), pour saisir le tribunal administratif, ou d'abord adresser un recours "
                 "gracieux au préfet, qui conserve le recours devant le tribunal."), without["sources"][:2])
    with_oqtf = _probe_file_by(c, "with_departure_period")
    if with_oqtf:
        hours = value_on("appeal.oqtf.urgent_hours", c.day, 48)
        if value_on("appeal.oqtf.reform_2024", c.day, False):
            month, days = value_on("appeal.oqtf.free_months", c.day, 1), value_on("appeal.oqtf.custody_days", c.day, 7)
            en = (f"With an OQTF: {_months(EN, month)} if you are free (for a refusal received today, until {with_oqtf['date']}), {days} days "
                  f"under house arrest or in detention, {hours} hours in administrative retention; to the court only, since a recours "
                  "gracieux does not extend these delays.")
            fr = (f"Avec une OQTF : {_months(FR, month)} si vous êtes libre (pour un refus reçu aujourd'hui, jusqu'au {with_oqtf['date']}), "
                  f"{days} jours en cas d'assignation à résidence ou de détention, {hours} heures en rétention administrative ; devant le "
                  "tribunal seulement, car un recours gracieux ne prolonge pas ces délais.")
        else:
            days = value_on("appeal.oqtf.departure_period_days", c.day, 30)
            en = (f"With an OQTF and a departure period: {days} days (for a refusal received today, until {with_oqtf['date']}); without a "
                  f"departure period or in custody, {hours} hours; to the court only, since a recours gracieux does not extend these delays.")
            fr = (f"Avec une OQTF et un délai de départ : {days} jours (pour un refus reçu aujourd'hui, jusqu'au {with_oqtf['date']}) ; sans "
                  f"délai de départ ou en rétention, {hours} heures ; devant le tribunal seulement, car un recours gracieux ne prolonge pas ces délais.")
        a.add(_t(c.lang, en, fr), with_oqtf["sources"][:2])
    silent = c.probe.routes("appeal", **{"application.refusal_received_on": c.day.isoformat(), "application.oqtf": "none",
                                         "application.appeal_filed_on": c.day.isoformat()})["appeal"]
    answer_by, court_by = item(silent, "deadlines", "answer_due_on"), item(silent, "deadlines", "court_file_by")
    if answer_by and court_by:
        wait = months_between(c.day, datetime.date.fromisoformat(answer_by["date"]))
        court = value_on("appeal.court_months", c.day, 2)
        a.add(_t(c.lang, f"Without an OQTF, silence {_months(c.lang, wait)} after your recours gracieux means it is rejected; you then have "
                         f"{_months(c.lang, court)} to go to the tribunal administratif.",
                 f"Sans OQTF, le silence gardé {_months(c.lang, wait)} après votre recours gracieux vaut rejet ; vous avez alors "
                 f"{_months(c.lang, court)} pour saisir le tribunal administratif."), court_by["sources"][:1])
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
            months = months_between(arrived, datetime.date.fromisoformat(found["date"]))
            a.add(_t(c.lang, f"Apply at the préfecture of your home within {_months(c.lang, months)} of your arrival in France.",
                     f"Déposez la demande à la préfecture de votre domicile dans {_months(c.lang, months)} suivant votre arrivée en France."), found["sources"][:2])
    if aspect in ("duration", "after", "how", None, "conditions"):
        probe = c.probe.routes("aps_volunteer", **{"volunteering.ends_on": (c.day + datetime.timedelta(days=200)).isoformat()})["aps_volunteer"]
        found = item(probe, "deadlines", "valid_until")
        if found:
            a.add(_t(c.lang, "The APS lasts as long as your volunteer mission; you undertake to leave France at its end.",
                     "L'APS dure autant que votre mission de volontariat ; vous vous engagez à quitter la France à son terme."), found["sources"][:1])
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
    title = ASPECT_TITLES[lang].get(aspect or "conditions")
    return {"id": f"{route}.{aspect or 'conditions'}", "question": f"{composer.route['title']}: {title}", "answer": answer.text(),
            "sources": answer.sources, "route": route, "aspect": aspect or "conditions", "verdict": composer.route["verdict"]}


def yes_no_lead(c: Composer, aspect: str | None, a: Answer):
    """The first word of the answer to a yes/no question, from the rules."""
    if aspect in ("cost", "cost_employer"):
        payer = "employer" if aspect == "cost_employer" else "applicant"
        route = c.route if c.route["costs"] else c.probe.routes("employee_from_student")["employee_from_student"]
        costs = [x for x in route["costs"] if x["payer"] == payer]
        if payer == "employer" and costs:
            a.lead = c.words["no"] + (" the employer pays the employer tax." if c.lang == EN else " l'employeur paie la taxe employeur.")
        elif costs and all(x["amount_eur"] == 0 for x in costs):
            a.lead = c.words["yes"]
        elif costs and any(x["amount_eur"] for x in costs):
            a.lead = c.words["no"]
        return
    if aspect == "work":
        a.lead = c.words["depends"].format(_t(c.lang, "the permit you hold and the job", "votre titre et de l'emploi"))
        return
    if aspect in ("conditions", None, "how", "after"):
        c.verdict_lead(a)
