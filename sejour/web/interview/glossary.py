"""French legal terms kept in French, with their English translation in English mode."""

from __future__ import annotations

import re

TERMS = {
    "préfecture": "prefecture office",
    "récépissé": "receipt of application",
    "titre de séjour": "residence permit",
    "carte de séjour": "residence card",
    "autorisation provisoire de séjour": "temporary residence authorisation",
    "recours gracieux": "appeal to the author of the decision",
    "recours hiérarchique": "appeal to the minister",
    "préfet": "prefect",
    "salarié": "employee",
    "droit de timbre": "stamp duty",
}
_PATTERN = re.compile("|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)), re.IGNORECASE)


def gloss(text: str, lang: str) -> str:
    """In English, the first mention of each French legal term gets its translation in brackets."""
    if lang != "en" or not text:
        return text
    seen = set()

    def add(match):
        term = match.group(0)
        key = term.lower()
        if key in seen or text[match.end():match.end() + 2] == " (":
            return term
        seen.add(key)
        return f"{term} ({TERMS[key]})"

    return _PATTERN.sub(add, text)
