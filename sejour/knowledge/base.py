"""The answers base: curated entries (YAML, French and English), each with several phrasings
of the question, a short answer, its sources and the dates it holds for. Nothing is generated:
every sentence shown comes from an entry, and with a case the placeholders of its `personal`
sentence are filled from the assessment of that case."""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ENTRIES_DIR = Path(__file__).parent / "entries"
LANGS = ("en", "fr")
PLACEHOLDER = re.compile(r"\{(\w+)\.(verdict|deadline|figure|cost|condition)(?:\.(\w+))?\}")


class KnowledgeError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    id: str
    questions: dict
    answer: dict
    sources: tuple
    covered: bool = True
    personal: dict = field(default_factory=dict)
    valid_from: datetime.date = datetime.date(2012, 1, 1)
    valid_until: datetime.date | None = None

    def valid_on(self, day: datetime.date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def _entry(raw: dict, where: str) -> Entry:
    missing = {"id", "questions", "answer", "sources"} - set(raw)
    if missing:
        raise KnowledgeError(f"{where}: missing {', '.join(sorted(missing))}")
    for key in ("questions", "answer"):
        if set(raw[key]) != set(LANGS):
            raise KnowledgeError(f"{where} ({raw['id']}): {key} needs both 'en' and 'fr'")
    if not raw["sources"]:
        raise KnowledgeError(f"{where} ({raw['id']}): an entry without a source")
    return Entry(id=raw["id"], questions={k: tuple(v) for k, v in raw["questions"].items()}, answer=raw["answer"],
                 sources=tuple(raw["sources"]), covered=raw.get("covered", True), personal=raw.get("personal", {}),
                 valid_from=raw.get("valid_from", datetime.date(2012, 1, 1)), valid_until=raw.get("valid_until"))


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
