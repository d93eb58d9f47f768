"""Turning computed values into the words of an assessment (English and French)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


from .dates import to_date
from .rules.tri import TRI_NAMES

LANGS = ("en", "fr")
UNKNOWN_WORD = {"en": "unknown", "fr": "inconnu"}
YES_NO = {"en": {True: "yes", False: "no", None: "unknown"}, "fr": {True: "oui", False: "non", None: "inconnu"}}


def euros(cents: int | None) -> float | None:
    """Integer cents (-1: unknown) as euros with two decimals."""
    if cents is None or cents < 0:
        return None
    return float((Decimal(int(cents)) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def money(amount_eur: float, lang: str) -> str:
    whole, cents = f"{amount_eur:,.2f}".split(".")
    if lang == "fr":
        return whole.replace(",", "\u202f") + "," + cents + "\u00a0€"
    return f"{whole}.{cents} €"


class Value:
    """A computed value that formats itself: `{x}`, `{x:money}`, `{x:date}`."""

    def __init__(self, raw, kind: str, lang: str):
        self.raw, self.kind, self.lang = raw, kind, lang

    def __format__(self, spec: str) -> str:
        raw, lang = self.raw, self.lang
        if self.kind == "date":
            day = to_date(raw)
            return day.isoformat() if day else UNKNOWN_WORD[lang]
        if self.kind == "cents":
            return UNKNOWN_WORD[lang] if raw < 0 else money(euros(raw), lang)
        if self.kind == "tri":
            return YES_NO[lang][TRI_NAMES[int(raw)]]
        if self.kind == "count":
            return UNKNOWN_WORD[lang] if raw < 0 else str(int(raw))
        return str(raw) if raw not in ("", None) else UNKNOWN_WORD[lang]


class Context:
    """Template values: any variable of the case, computed on demand (row 0)."""

    def __init__(self, read, kinds: dict, lang: str):
        self.read, self.kinds, self.lang = read, kinds, lang

    def __getitem__(self, name):
        return Value(self.read(name), self.kinds.get(name, "plain"), self.lang)


def render(template: str, context: Context) -> str:
    return template.format_map(context)
