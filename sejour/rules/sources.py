"""The parameter values in force on a day, with their references: what an assessment cites."""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from dataclasses import dataclass

from openfisca_core.parameters import Parameter, ParameterNode

from . import tax_benefit_system


CITATION_ONLY = re.compile(r"^(?:current D-article number|number of the amending decree|the number of the implementing decree|"
                           r"article number of |exact content of |the article for |'?the BOFiP paragraph itself was not read)", re.IGNORECASE)


@dataclass(frozen=True)
class ValueInForce:
    path: str
    value: object
    since: str  # the day this value came into force
    references: tuple[str, ...]
    unconfirmed: str | None = None

    def citations(self, lang: str = "en") -> list[str]:
        """The references of this value, and its unconfirmed note (see :meth:`note`)."""
        note = self.note(lang)
        return list(self.references) + ([note] if note else [])

    @property
    def doubt_on_citation_only(self) -> bool:
        """Whether the doubt is only about how the rule is cited (an article or decree number, the exact
        wording of a text) and not about the value, the date or the rule a person acts on: such a doubt
        stays with the parameter (`sejour explain`, the API's rules), not beside the person's date or amount."""
        return bool(self.unconfirmed and CITATION_ONLY.search(self.unconfirmed))

    def note(self, lang: str = "en") -> str | None:
        """The note of a value the sources read do not confirm, in the reader's words (the
        assessment makes it readable, see :mod:`sejour.rules.citations`): the note's translation
        when the catalogue has one (:mod:`sejour.rules.unconfirmed_texts`), else the plain note."""
        from .citations import unconfirmed_note
        from .unconfirmed_texts import note

        if not self.unconfirmed:
            return None
        translated = note(self.path, self.since, self.unconfirmed)
        return unconfirmed_note(translated[lang], lang, translated=True) if translated else unconfirmed_note(self.unconfirmed, lang)


def _node(path: str):
    node = tax_benefit_system().parameters
    for part in path.split("."):
        node = node.children[part]
    return node


def _leaves(node):
    if isinstance(node, Parameter):
        yield node
    elif isinstance(node, ParameterNode):
        for child in node.children.values():
            yield from _leaves(child)


@functools.cache
def _history(path: str) -> tuple[tuple[str, ...], tuple[tuple[ValueInForce, ...], ...]]:
    """For parameter (or node) `path`: the days its leaves change, and the values in force from each."""
    leaves = list(_leaves(_node(path)))
    days = sorted({at.instant_str for leaf in leaves for at in leaf.values_list})
    return tuple(days), tuple(tuple(_at(leaf, day) for leaf in leaves if _at(leaf, day)) for day in days)


def _at(leaf, iso: str) -> ValueInForce | None:
    for at in leaf.values_list:  # newest first
        if at.instant_str <= iso:
            metadata = at.metadata or {}
            references = metadata.get("reference") or leaf.metadata.get("reference") or [leaf.description or leaf.name]
            if isinstance(references, str):
                references = [references]
            return ValueInForce(leaf.name, at.value, at.instant_str, tuple(references), metadata.get("unconfirmed"))
    return None


def values_in_force(path: str, day: datetime.date) -> tuple[ValueInForce, ...]:
    """The values of parameter (or node) `path` in force on `day`, one per leaf parameter."""
    days, values = _history(path)
    index = bisect.bisect_right(days, day.isoformat())
    return values[index - 1] if index else ()


def all_parameters() -> list[Parameter]:
    return list(_leaves(tax_benefit_system().parameters))


def cited_values(paths, day: datetime.date, nationality: str) -> list[ValueInForce]:
    """The values a rule cites: each parameter's value in force; for a node keyed by country
    (under `nationality.`), only the person's own country, and a list of countries only to a
    national of one of them."""
    cited = []
    for path in paths:
        for value in values_in_force(path, day):
            if path.startswith("nationality.") and not value.path.endswith("." + nationality) and not _lists(value.value, nationality):
                continue
            cited.append(value)
    return cited


def _lists(value, nationality: str) -> bool:
    return isinstance(value, (list, tuple)) and nationality in value
