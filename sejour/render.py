"""A person-readable rendering of an assessment with Rich (the CLI's default output), every word
from the catalogue in the assessment's language."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .answer import WORDS, document_groups, fact_questions, quantity_note, sources_line
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
FOOTER = N_("cli.footer", "sejour explains the rules; the préfecture decides. sejour {version}, rules as of {rules_date}.")


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
        table.add_row(Text(mark, style=mark_colour), Group(Text(condition["text"]), *_unconfirmed(condition), Text(sources_line(condition["sources"]), style="dim")))
    parts += [Text(CONDITIONS[lang], style="bold"), table]
    missing = fact_questions(route["missing"], lang)
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
            timeline.add_row(Text(long_date(deadline["date"], lang), style=style), Group(Text(deadline["text"]), *_unconfirmed(deadline)))
        parts.append(timeline)
    if route["documents"]:
        parts.append(Text(DOCUMENTS[lang], style="bold"))
        parts += [Text(f"  ☐ {d['text']}") for d in route["documents"]]
    if route["costs"]:
        parts.append(Text(COSTS[lang], style="bold"))
        for cost in route["costs"]:
            amount = UNKNOWN[lang] if cost["amount_eur"] is None else money(cost["amount_eur"], lang)
            parts.append(Text("  " + COST_LINE[lang].format(amount=amount, payer=PAYER[cost["payer"]][lang], text=cost["text"])))
            parts += [_indented(note) for note in _unconfirmed(cost)]
    if route["figures"]:
        parts.append(Text(FIGURES[lang], style="bold"))
        for figure in route["figures"]:
            parts += [Text(f"  {figure['text']}"), *(_indented(note) for note in _unconfirmed(figure))]
    if route["next_steps"]:
        parts.append(Text(STEPS[lang], style="bold"))
        parts += [Text(f"  {i}. {step}") for i, step in enumerate(route["next_steps"], start=1)]
    title = Text.assemble((route["title"], "bold"), " — ", (label[lang], colour))  # words as they are, never read as markup
    return Panel(Group(*parts), title=title, title_align="left")


def _unconfirmed(item: dict) -> list[Text]:
    """The note of a value no source read confirms (« to be confirmed at the préfecture »), beside it."""
    return [Text(item["unconfirmed"], style="yellow")] if item.get("unconfirmed") else []


def _line(label: str, text: str, lang: str) -> str:
    return WORDS["line"][lang].format(label=label, text=text)


def _indented(*parts, style: str = "") -> Padding:
    return Padding(Text.assemble(*parts, style=style), (0, 0, 0, 2))


def _answer_panel(answer: dict, lang: str) -> Panel:
    """What the person can do now: the open routes in a sentence each, the date to act by, the
    costs, what to bring, the next step (or, when nothing is open, what could change that)."""
    parts = []
    if answer.get("application"):
        parts.append(Text(answer["application"]["text"]))
    for item in answer["open"]:
        mark, colour = ("✓", "green") if item["verdict"] == "eligible" else ("?", "yellow")
        parts.append(Text.assemble((f"{mark} ", colour), (item["title"], "bold")))
        parts.append(_indented(item["text"]))
        parts += [_indented(_line(WORDS["to_find_out"][lang], question, lang), style="yellow") for question in item["to_find_out"]]
    if answer.get("nothing_open"):
        parts.append(Text(answer["nothing_open"]["text"], style="bold"))
        parts += [_indented(f"• {line}") for line in answer["nothing_open"]["can_do"]]
    act_by = answer.get("act_by")
    if act_by:
        parts.append(Text(_line(WORDS["act_by"][lang], long_date(act_by["date"], lang), lang), style="bold red"))
        parts.append(_indented(act_by["text"]))
        if act_by.get("caution"):
            parts.append(_indented(act_by["caution"], style="yellow"))
        parts += [_indented(note) for note in _unconfirmed(act_by)]
    elif answer.get("no_date_text"):
        parts.append(Text(_line(WORDS["act_by"][lang], answer["no_date_text"], lang), style="bold"))
    if answer["costs"]:
        parts.append(Text(WORDS["cost"][lang], style="bold"))
        for cost in answer["costs"]:
            parts += [_indented(_line(cost["title"], cost["text"], lang)), *(_indented(note) for note in _unconfirmed(cost))]
    if answer["documents"]:
        parts.append(Text(WORDS["bring"][lang], style="bold"))
        for group in document_groups(answer):
            if group["for_routes"]:
                parts.append(_indented((WORDS["for_routes"][lang].format(routes=" ; ".join(group["for_routes"])), "italic")))
            for document in group["documents"]:
                note = quantity_note(document)
                parts.append(_indented(f"☐ {document['text']}", f" ({note})" if note else ""))
    step = answer.get("next_step")
    if step:
        text = _line(long_date(step["date"], lang), step["text"], lang) if step["date"] else step["text"]
        parts.append(Text(_line(WORDS["next_step"][lang], text, lang)))
    return Panel(Group(*parts), title=Text(WORDS["title"][lang], style="bold"), title_align="left", border_style="blue")


def print_assessment(assessment: dict, console: Console | None = None) -> None:
    """The answer first, then the routes worth reading in full, then the others in one line each."""
    console = console or Console()
    lang = assessment.get("lang", "en")
    if is_translation(lang):
        console.print(Text(translation_notice(lang), style="italic"))
    answer = assessment["answer"]
    console.print(_answer_panel(answer, lang))
    routes = {route["id"]: route for route in assessment["routes"]}
    for route_id in answer["full_routes"]:
        console.print(_route_panel(routes[route_id], lang))
    if answer["other_routes"]:
        console.print(Text(WORDS["other_routes"][lang], style="bold dim"))
        for line in answer["other_routes"]:
            console.print(_indented("• " + _line(line["title"], line["text"], lang), style="dim"))
    version = assessment.get("version", {})
    rules_date = long_date(version["rules_date"], lang) if version.get("rules_date") else UNKNOWN[lang]
    console.print(Text(FOOTER[lang].format(version=version.get("sejour"), rules_date=rules_date), style="dim"))
