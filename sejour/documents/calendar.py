"""The deadlines of one or many assessments as an iCalendar (.ics): one all-day event per
deadline still to come, with a reminder a week before."""

from __future__ import annotations

import datetime
import hashlib
from typing import Iterable

from icalendar import Alarm, Calendar, Event

REMINDER = datetime.timedelta(days=7)


def deadline_events(assessment: dict, label: str = "", include_passed: bool = False) -> list[dict]:
    """Every deadline of the routes that are not 'not applicable', as plain dicts
    (date, route id, route title, deadline id, text, sources)."""
    events = []
    for route in assessment["routes"]:
        if route["verdict"] == "not_applicable":
            continue
        for deadline in route.get("deadlines", []):
            if deadline["passed"] and not include_passed:
                continue
            events.append({"date": datetime.date.fromisoformat(deadline["date"]), "route": route["id"], "route_title": route["title"],
                           "id": deadline["id"], "text": deadline["text"], "label": label,
                           "sources": list(deadline.get("sources", []))})
    return sorted(events, key=lambda e: (e["date"], e["route"], e["id"]))


def calendar_events(assessment: dict, lang: str) -> list[dict]:
    """The deadlines still to come that a person's calendar holds (web and CLI alike), each with the
    notice that a translation is an aid among its sources when `lang` is a translation; none: no
    calendar is offered."""
    from sejour.text import translation_notice

    notice = translation_notice(lang)
    return [dict(event, sources=[*event["sources"], notice] if notice else event["sources"]) for event in deadline_events(assessment)]


def to_ics(events: Iterable[dict], name: str = "sejour", uid_salt: str = "") -> bytes:
    """An .ics calendar: each event's UID is stable (same case, route and deadline → same UID),
    so a subscribed calendar updates an event rather than duplicating it."""
    calendar = Calendar()
    calendar.add("prodid", "-//sejour//deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    for item in events:
        event = Event()
        key = f"{uid_salt}|{item['label']}|{item['route']}|{item['id']}"
        event.add("uid", hashlib.sha256(key.encode()).hexdigest()[:32] + "@sejour")
        event.add("dtstamp", stamp)
        event.add("dtstart", item["date"])
        event.add("dtend", item["date"] + datetime.timedelta(days=1))
        prefix = f"{item['label']}: " if item["label"] else ""
        event.add("summary", f"{prefix}{item['route_title']}: {item['text']}"[:250])
        description = item["text"] + ("\n" + "\n".join(item["sources"]) if item["sources"] else "")
        event.add("description", description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item["text"][:250])
        alarm.add("trigger", -REMINDER)
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
