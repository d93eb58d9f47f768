"""Facts one answer already decides, so that the interview never asks them again.

A fact implied by another answer is put in the case the interview assesses (never over an answer
the person gave), and it is not asked while the answer that may imply it is still to come: the
volunteer who holds a long-stay visa says it once, as the residence document they hold. An
application also implies the section of its route: asking for an employee permit means having the
job, asking for the volunteers' APS means having the mission."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Implied:
    """`path` is `value` when `source` is one of `when` (and `path`'s section exists)."""

    path: str
    source: str
    when: tuple
    value: object

    def holds(self, case: dict) -> bool:
        section, name = self.source.split(".")
        return (case.get(section) or {}).get(name) in self.when


IMPLIED = (
    # the residence document held is a long-stay visa: the volunteer holds one (CESEDA L426-21)
    Implied("volunteering.long_stay_visa", "permit.kind", ("long_stay_visa",), True),
)

# the section an application for a route implies: that route needs it
SECTION_OF_APPLIED_ROUTE = {"aps_volunteer": "volunteering", "employee_after_aps": "job", "employee_from_student": "job",
                            "talent_qualified_employee": "job"}


def applied_route(case: dict) -> str | None:
    return (case.get("application") or {}).get("route")


def implied_case(case: dict) -> dict:
    """The case with the facts its answers imply (a copy; an answer given is never replaced)."""
    case = {section: dict(values) if isinstance(values, dict) else values for section, values in case.items()}
    section = SECTION_OF_APPLIED_ROUTE.get(applied_route(case))
    if section and not isinstance(case.get(section), dict):
        case[section] = {}
    for rule in IMPLIED:
        section, name = rule.path.split(".")
        if isinstance(case.get(section), dict) and name not in case[section] and rule.holds(case):
            case[section][name] = rule.value
    return case


def held_back(pending: list[str]) -> set[str]:
    """The pending fields that an answer still to come may imply: asked only once it is given."""
    return {rule.path for rule in IMPLIED if rule.path in pending and rule.source in pending}
