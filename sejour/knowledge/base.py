"""The answers base: curated entries, each with the question it answers, a short answer, other
phrasings of the question (for the search), its sources and the dates it holds for. The question
and the answer a person reads are catalogue texts (``entry_texts.py``, keyed by the entry's id;
their translations in ``sejour/locale``); the YAML files (``entries/``) hold the rest. Nothing is
generated: every sentence shown comes from an entry."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from sejour.i18n import MESSAGES, Message

ENTRIES_DIR = Path(__file__).parent / "entries"


class KnowledgeError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    id: str
    question: Message  # the question as shown; ``entry.question[lang]``
    answer: Message
    phrasings: tuple[str, ...]  # other ways people ask it (any language), for the search only
    sources: tuple
    covered: bool = True
    valid_from: datetime.date = datetime.date(2012, 1, 1)
    valid_until: datetime.date | None = None

    def valid_on(self, day: datetime.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def text(entry_id: str, part: str, where: str) -> Message:
    """The catalogue text `part` ("question" or "answer") of an entry."""
    from . import entry_texts  # noqa: F401  (declares the texts on import)

    found = MESSAGES.get(f"knowledge.{entry_id}.{part}")
    if found is None:
        raise KnowledgeError(f"{where} ({entry_id}): no {part} declared as knowledge.{entry_id}.{part} in sejour/knowledge/entry_texts.py")
    return found


def _entry(raw: dict, where: str) -> Entry:
    missing = {"id", "sources"} - set(raw)
    if missing:
        raise KnowledgeError(f"{where}: missing {', '.join(sorted(missing))}")
    if not raw["sources"]:
        raise KnowledgeError(f"{where} ({raw['id']}): an entry without a source")
    phrasings = raw.get("phrasings") or {}
    return Entry(id=raw["id"], question=text(raw["id"], "question", where), answer=text(raw["id"], "answer", where),
                 phrasings=tuple(p for listed in phrasings.values() for p in listed), sources=tuple(raw["sources"]),
                 covered=raw.get("covered", True), valid_from=raw.get("valid_from", datetime.date(2012, 1, 1)),
                 valid_until=raw.get("valid_until"))


@functools.cache
def entries() -> tuple[Entry, ...]:
    found = []
    for path in sorted(ENTRIES_DIR.glob("*.yaml")):
        for i, raw in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            found.append(_entry(raw, f"{path.name} #{i + 1}"))
    ids = [e.id for e in found]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise KnowledgeError(f"duplicate entry ids: {', '.join(sorted(duplicates))}")
    return tuple(found)


def by_id() -> dict[str, Entry]:
    return {e.id: e for e in entries()}
