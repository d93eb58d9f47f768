"""A case's history in plain words: the interview's question labels for facts, route titles for
routes, the documents' own text, verdicts and statuses as the pages name them; never a field
path, a route or document id (the entries keep them, for the export)."""

from __future__ import annotations

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from sejour.web.interview.questions import QUESTIONS, shown_value

from . import listing
from .fact_questions import TOPIC_TITLES, question_label
from .models import AUTHORITIES, DECISIONS, DOCUMENT_STATUSES

SKIPPED = ("version",)


def _actions() -> dict:
    return {"created": _("Case created"), "facts_changed": _("Facts changed"), "reassessed": _("Assessed again"),
            "document_status": _("Document followed"), "closed": _("Case closed"), "reopened": _("Case reopened"),
            "note_added": _("Note added"), "outcome_recorded": _("Decision recorded")}


class Words:
    """What the entries of one case are shown with, in the page's language."""

    def __init__(self, case, lang: str):
        self.lang = lang
        self.titles = dict(listing.route_choices(lang))
        self.verdicts = dict(listing.VERDICTS, not_applicable=_("does not apply"))
        self.statuses = dict(DOCUMENT_STATUSES)
        self.documents = {(item.route, item.document): item.text for item in case.checklist.all()}
        self.items = {(route["id"], kind, item["id"]): item.get("text", "") for route in case.assessment.get("routes", [])
                      for kind in ("deadlines", "costs") for item in route.get(kind, [])}

    @staticmethod
    def said(label: str, value: str) -> str:
        """A label before its value ("Route: eligible", with the language's typography), a question
        before its answer without a colon ("Which...? India")."""
        if label.rstrip().endswith("?"):
            return f"{label} {value}"
        return pgettext("a label before its value", "%(label)s: %(value)s") % {"label": label, "value": value}

    def route(self, route: str) -> str:
        return self.titles.get(route) or _("another route")

    def verdict(self, verdict) -> str:
        return self.verdicts.get(verdict) or _("not judged")

    def value(self, path: str, value) -> str:
        question = QUESTIONS.get(path)
        if path == "as_of" and isinstance(value, str):
            return value
        if question is None:
            return "—" if value is None else _("changed")
        try:
            return shown_value(question, value, self.lang)
        except (TypeError, ValueError, KeyError, AttributeError):
            return _("changed")

    def fact_lines(self, changed: dict) -> list[str]:
        lines = []
        for key, change in changed.items():
            before, after = change.get("before"), change.get("after")
            if key in SKIPPED:
                continue
            if key in TOPIC_TITLES and not isinstance(before, dict) and isinstance(after, dict):
                lines.append(_("%(topic)s: added") % {"topic": TOPIC_TITLES[key]})
            elif key in TOPIC_TITLES and isinstance(before, dict) and not isinstance(after, dict):
                lines.append(_("%(topic)s: removed") % {"topic": TOPIC_TITLES[key]})
                continue
            if isinstance(before, dict) or isinstance(after, dict):
                before, after = before if isinstance(before, dict) else {}, after if isinstance(after, dict) else {}
                for field in [f for f in {**before, **after} if before.get(f) != after.get(f)]:
                    path = f"{key}.{field}"
                    lines.append(self.said(question_label(path, self.lang), f"{self.value(path, before.get(field))} → {self.value(path, after.get(field))}"))
            else:
                lines.append(self.said(question_label(key, self.lang), f"{self.value(key, before)} → {self.value(key, after)}"))
        return lines

    def assessment_lines(self, changes: list) -> list[str]:
        lines = []
        for change in changes:
            route, what = change.get("route", ""), change.get("what", "")
            if what == "verdict":
                lines.append(self.said(self.route(route), f"{self.verdict(change.get('before'))} → {self.verdict(change.get('after'))}"))
                continue
            kind, _sep, item = what.partition(":")
            euros = kind == "cost"
            text = self.items.get((route, kind + "s", item)) or (_("a cost") if euros else _("a deadline"))
            shown = [("—" if v is None else f"{v} €" if euros else str(v)) for v in (change.get("before"), change.get("after"))]
            lines.append(self.said(f"{self.route(route)}, {text}", f"{shown[0]} → {shown[1]}"))
        return lines

    def lines(self, entry) -> list[str]:
        detail, action = entry.detail or {}, entry.action
        if action == "created":
            return [self.said(self.route(route), self.verdict(item.get("verdict"))) for route, item in (detail.get("verdicts") or {}).items()]
        if action == "facts_changed":
            return self.fact_lines(detail.get("facts") or {}) + self.assessment_lines(detail.get("assessment") or [])
        if action == "reassessed":
            day = [_("situation on %(day)s") % {"day": detail["as_of"]}] if detail.get("as_of") else []
            return day + self.assessment_lines(detail.get("assessment") or [])
        if action == "document_status":
            document = self.documents.get((detail.get("route"), detail.get("document"))) or _("a document")
            return [self.said(f"{document} ({self.route(detail.get('route', ''))})",
                              f"{self.statuses.get(detail.get('before'), '—')} → {self.statuses.get(detail.get('after'), '—')}")]
        if action == "outcome_recorded":
            return [capfirst(_("%(decision)s by %(authority)s on %(day)s: %(route)s; sejour's verdict at filing: %(verdict)s") % {
                "decision": dict(DECISIONS).get(detail.get("decision"), "—"), "authority": dict(AUTHORITIES).get(detail.get("authority"), "—"),
                "day": detail.get("decided_on", "—"), "route": self.route(detail.get("route", "")), "verdict": self.verdict(detail.get("sejour_verdict"))})]
        return []


def who(name: str) -> str:
    from .operations import REASSESSED_BY

    if name.startswith("api token "):
        return _("API token “%(name)s”") % {"name": name[len("api token "):]}
    if name == REASSESSED_BY:
        return _("the reassessment of every case (sejour cases reassess)")
    return name


def history_rows(case, lang: str) -> list[dict]:
    words, actions = Words(case, lang), _actions()
    return [{"at": entry.at, "who": who(entry.who), "action": actions.get(entry.action, _("Change")), "lines": words.lines(entry)}
            for entry in case.history.all()]
