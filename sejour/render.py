"""A person-readable rendering of an assessment with Rich (the CLI's default output)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .text import money

VERDICT = {
    "eligible": ("green", {"en": "OPEN to you", "fr": "OUVERTE pour vous"}),
    "not_eligible": ("red", {"en": "NOT open to you", "fr": "NON ouverte pour vous"}),
    "needs_information": ("yellow", {"en": "depends on facts not yet known", "fr": "dépend de faits encore inconnus"}),
    "not_applicable": ("dim", {"en": "does not concern you", "fr": "ne vous concerne pas"}),
}
MARK = {False: ("✗", "red"), None: ("?", "yellow"), True: ("✓", "green")}
WORDS = {
    "en": {"conditions": "Conditions", "missing": "Still needed", "change": "What would change it", "dates": "Dates",
           "documents": "Documents to bring", "costs": "Costs", "figures": "Figures", "steps": "Next steps",
           "applicant": "you", "employer": "employer", "unknown": "not known", "passed": "passed", "other": "Routes that do not concern you",
           "decides": "sejour explains the rules; the préfecture decides.", "rules": "rules as of"},
    "fr": {"conditions": "Conditions", "missing": "Encore nécessaire", "change": "Ce qui changerait la réponse", "dates": "Dates",
           "documents": "Documents à fournir", "costs": "Coûts", "figures": "Chiffres", "steps": "Prochaines étapes",
           "applicant": "vous", "employer": "employeur", "unknown": "inconnu", "passed": "passée", "other": "Voies qui ne vous concernent pas",
           "decides": "sejour explique les règles ; la préfecture décide.", "rules": "règles au"},
}


def _route_panel(route: dict, lang: str) -> Panel:
    words = WORDS[lang]
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
    parts += [Text(words["conditions"], style="bold"), table]
    if route["missing"]:
        parts.append(Text(f"{words['missing']}: " + ", ".join(route["missing"]), style="yellow"))
    if route.get("what_would_change"):
        parts.append(Text(words["change"], style="bold"))
        parts += [Text(f"  • {line}") for line in route["what_would_change"]]
    if route["deadlines"]:
        timeline = Table(title=words["dates"], title_justify="left", show_header=False, box=None)
        for deadline in sorted(route["deadlines"], key=lambda d: d["date"]):
            style = "dim strike" if deadline["passed"] else "bold"
            timeline.add_row(Text(deadline["date"], style=style), Text(deadline["text"]))
        parts.append(timeline)
    if route["documents"]:
        parts.append(Text(words["documents"], style="bold"))
        parts += [Text(f"  ☐ {d['text']}") for d in route["documents"]]
    if route["costs"]:
        parts.append(Text(words["costs"], style="bold"))
        for cost in route["costs"]:
            amount = words["unknown"] if cost["amount_eur"] is None else money(cost["amount_eur"], lang)
            parts.append(Text(f"  {amount} ({words[cost['payer']]}): {cost['text']}"))
    if route["figures"]:
        parts.append(Text(words["figures"], style="bold"))
        parts += [Text(f"  {f['text']}") for f in route["figures"]]
    if route["next_steps"]:
        parts.append(Text(words["steps"], style="bold"))
        parts += [Text(f"  {i}. {step}") for i, step in enumerate(route["next_steps"], start=1)]
    return Panel(Group(*parts), title=f"[bold]{route['title']}[/bold] — [{colour}]{label[lang]}[/{colour}]", title_align="left")


def print_assessment(assessment: dict, console: Console | None = None) -> None:
    console = console or Console()
    lang = assessment.get("lang", "en")
    def concerns(route):  # a non-European needs a permit: say so in the footer, not in a panel
        return route["verdict"] != "not_applicable" and not (route["id"] == "no_permit_needed" and route["verdict"] == "not_eligible")

    concerned = [r for r in assessment["routes"] if concerns(r)]
    others = [r for r in assessment["routes"] if not concerns(r)]
    for route in concerned:
        console.print(_route_panel(route, lang))
    if others:
        console.print(Text(f"{WORDS[lang]['other']}: " + ", ".join(r["title"] for r in others), style="dim"))
    version = assessment.get("version", {})
    console.print(Text(f"{WORDS[lang]['decides']} sejour {version.get('sejour')}, {WORDS[lang]['rules']} {version.get('rules_date')}", style="dim"))
