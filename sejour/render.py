"""A person-readable rendering of an assessment with Rich (the CLI's default output), every word
from the catalogue in the assessment's language."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .i18n import N_
from .text import UNKNOWN, is_translation, long_date, money, translation_notice

VERDICT = {
    "eligible": ("green", N_("cli.verdict.eligible", "OPEN to you")),
    "not_eligible": ("red", N_("cli.verdict.not_eligible", "NOT open to you")),
    "needs_information": ("yellow", N_("cli.verdict.needs_information", "depends on facts not yet known")),
    "not_applicable": ("dim", N_("cli.verdict.not_applicable", "does not concern you")),
}
MARK = {False: ("✗", "red"), None: ("?", "yellow"), True: ("✓", "green")}
CONDITIONS = N_("cli.heading.conditions", "Conditions")
MISSING = N_("cli.heading.missing", "Still to find out")
CHANGE = N_("cli.heading.change", "What would change it")
DATES = N_("cli.heading.dates", "Dates")
DOCUMENTS = N_("cli.heading.documents", "Documents to bring")
COSTS = N_("cli.heading.costs", "Costs")
FIGURES = N_("cli.heading.figures", "Figures")
STEPS = N_("cli.heading.steps", "Next steps")
PAYER = {"applicant": N_("cli.payer.applicant", "you"), "employer": N_("cli.payer.employer", "the employer")}
COST_LINE = N_("cli.cost", "{amount} (paid by {payer}): {text}")
OTHERS = N_("cli.other_routes", "Routes that do not concern you: {routes}")
FOOTER = N_("cli.footer", "sejour explains the rules; the préfecture decides. sejour {version}, rules as of {rules_date}.")


def _missing(paths: list[str], lang: str) -> list[str]:
    """The facts still to find out, as the interview asks them (never a field path)."""
    from .web.interview.questions import QUESTIONS  # plain data: no Django needed

    return [QUESTIONS[path].label[lang] for path in paths if path in QUESTIONS]


def _route_panel(route: dict, lang: str) -> Panel:
    colour, label = VERDICT[route["verdict"]]
    parts = []
    conditions = sorted(route["conditions"], key=lambda c: {False: 0, None: 1, True: 2}[c["met"]])
    table = Table.grid(padding=(0, 1))
    for condition in conditions:
        if condition["id"] == "applies" and condition["met"] and route["verdict"] != "not_applicable":
            continue  # who the route is for: worth saying only when it is not for this person
        mark, mark_colour = MARK[condition["met"]]
        if condition.get("blocking") is False:
            mark, mark_colour = "i", "cyan"
        more = len(condition["sources"]) - 1
        source = condition["sources"][0] + (f" (+{more})" if more > 0 else "")
        table.add_row(Text(mark, style=mark_colour), Group(Text(condition["text"]), Text(source, style="dim")))
    parts += [Text(CONDITIONS[lang], style="bold"), table]
    missing = _missing(route["missing"], lang)
    if missing:
        parts.append(Text(MISSING[lang], style="bold yellow"))
        parts += [Text(f"  ? {question}", style="yellow") for question in missing]
    if route.get("what_would_change"):
        parts.append(Text(CHANGE[lang], style="bold"))
        parts += [Text(f"  • {line}") for line in route["what_would_change"]]
    if route["deadlines"]:
        timeline = Table(title=DATES[lang], title_justify="left", show_header=False, box=None)
        for deadline in sorted(route["deadlines"], key=lambda d: d["date"]):
            style = "dim strike" if deadline["passed"] else "bold"
            timeline.add_row(Text(long_date(deadline["date"], lang), style=style), Text(deadline["text"]))
        parts.append(timeline)
    if route["documents"]:
        parts.append(Text(DOCUMENTS[lang], style="bold"))
        parts += [Text(f"  ☐ {d['text']}") for d in route["documents"]]
    if route["costs"]:
        parts.append(Text(COSTS[lang], style="bold"))
        for cost in route["costs"]:
            amount = UNKNOWN[lang] if cost["amount_eur"] is None else money(cost["amount_eur"], lang)
            parts.append(Text("  " + COST_LINE[lang].format(amount=amount, payer=PAYER[cost["payer"]][lang], text=cost["text"])))
    if route["figures"]:
        parts.append(Text(FIGURES[lang], style="bold"))
        parts += [Text(f"  {f['text']}") for f in route["figures"]]
    if route["next_steps"]:
        parts.append(Text(STEPS[lang], style="bold"))
        parts += [Text(f"  {i}. {step}") for i, step in enumerate(route["next_steps"], start=1)]
    title = Text.assemble((route["title"], "bold"), " — ", (label[lang], colour))  # words as they are, never read as markup
    return Panel(Group(*parts), title=title, title_align="left")


def print_assessment(assessment: dict, console: Console | None = None) -> None:
    console = console or Console()
    lang = assessment.get("lang", "en")

    def concerns(route):  # a non-European needs a permit: say so in the footer, not in a panel
        return route["verdict"] != "not_applicable" and not (route["id"] == "no_permit_needed" and route["verdict"] == "not_eligible")

    if is_translation(lang):
        console.print(Text(translation_notice(lang), style="italic"))
    concerned = [r for r in assessment["routes"] if concerns(r)]
    others = [r for r in assessment["routes"] if not concerns(r)]
    for route in concerned:
        console.print(_route_panel(route, lang))
    if others:
        console.print(Text(OTHERS[lang].format(routes=", ".join(r["title"] for r in others)), style="dim"))
    version = assessment.get("version", {})
    rules_date = long_date(version["rules_date"], lang) if version.get("rules_date") else UNKNOWN[lang]
    console.print(Text(FOOTER[lang].format(version=version.get("sejour"), rules_date=rules_date), style="dim"))
