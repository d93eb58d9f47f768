"""What a person reads as a source: the parameters and rules keep their full references for
developers (research notes, file names, quotes of the seed documents by number); an assessment,
a page, a PDF or a letter shows readable citations instead: the code, article, text and date,
with a link to the official text where one is known, and the two reference documents by their
title and publisher.
"""

from __future__ import annotations

import functools
import re

# The two reference documents, by title and publisher (never by their file or number).
SEEDS = {
    "000": {"en": "Allison Lounes, « Stay in France After Finishing Your Degree with an Authorisation Provisoire du Séjour », "
                  "Paris Unraveled (blog article and its readers' questions, 2014-2015)",
            "fr": "Allison Lounes, « Stay in France After Finishing Your Degree with an Authorisation Provisoire du Séjour », "
                  "Paris Unraveled (article de blog et questions des lecteurs, 2014-2015)"},
    "004": {"en": "« Temporary residence permit (APS) for volunteers in France », service-public.fr, Direction de l'information "
                  "légale et administrative (Prime Minister), verified 4 August 2023",
            "fr": "« Autorisation provisoire de séjour (APS) pour volontariat en France », service-public.fr, Direction de "
                  "l'information légale et administrative (Premier ministre), vérifié le 4 août 2023"},
}
SEED_LINKS = {"004": "https://www.service-public.fr/particuliers/vosdroits/F17335"}
_SEED = re.compile(r"^(?:Seed (?P<number>\d{3})|seed article \(Paris Unraveled\))(?P<rest>.*)$", re.IGNORECASE)
_PARENTHESIS = re.compile(r"^\s*\([^()]*\)")
# Pieces that point at the project's own notes, files or repositories: for developers only.
_INTERNAL = re.compile(r"shared/|law\.md|domain\.md|case[- ]format|\.ya?ml\b|\.py\b|github|openfisca|commit|\bsejour\b", re.IGNORECASE)
_INTERNAL_ASIDE = re.compile(r"\s*\((?:via |see )?[^()]*(?:law\.md|domain\.md|shared/)[^()]*\)")
_SEED_MENTION = re.compile(r"\bseed 000\b|\bthe seed\b", re.IGNORECASE)
_SEED_NAME = {"en": "the Paris Unraveled article", "fr": "l'article de Paris Unraveled"}
_UNCONFIRMED = re.compile(r"\bUNCONFIRMED\b")
_NOT_CONFIRMED = {"en": "not confirmed", "fr": "non confirmé"}
_NOTE = {"en": "Not confirmed by the sources read ({}): to be confirmed at the préfecture",
         "fr": "Non confirmé par les sources consultées ({}) : à confirmer à la préfecture"}

# Official texts (Légifrance, the Code du travail site of the ministry of labour, service-public.fr).
CESEDA_URL = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158"
_LINKS = (
    (re.compile(r"^CESEDA art\. "), lambda match, text: CESEDA_URL),
    (re.compile(r"^Code du travail art\. (?P<article>[LRD]\d{4}-\d+(?:-\d+)?)"),
     lambda match, text: "https://code.travail.gouv.fr/code-du-travail/" + match.group("article").lower()),
    (re.compile(r"service-public(?:\.fr)? (?:fiche |actualité )?(?P<fiche>[FA]\d{4,5})", re.IGNORECASE),
     lambda match, text: "https://www.service-public.fr/particuliers/" + ("vosdroits/" if match.group("fiche")[0] == "F" else "actualites/") + match.group("fiche")),
)


def _seed(reference: str, lang: str) -> tuple[str, str | None] | None:
    match = _SEED.match(reference.strip())
    if not match:
        return None
    number = match.group("number") or "000"
    rest = _PARENTHESIS.sub("", match.group("rest"))  # "(service-public F17335, ...)": said by the title
    rest = rest.strip()
    if rest and not rest.startswith((":", ",")):
        rest = ": " + rest
    return SEEDS[number][lang] + rest, SEED_LINKS.get(number)


def _link(text: str) -> str | None:
    for pattern, make in _LINKS:
        match = pattern.search(text)
        if match:
            return make(match, text)
    return None


@functools.lru_cache(maxsize=4096)
def readable(reference: str, lang: str = "en") -> str | None:
    """The citation a person reads for one developer reference, or None when it only points at
    the project's own notes or files."""
    seed = _seed(reference, lang)
    if seed:
        text, link = seed
    else:
        cleaned = _INTERNAL_ASIDE.sub("", reference)
        pieces = [piece.strip() for piece in cleaned.split("; ") if piece.strip() and not _INTERNAL.search(piece)]
        if not pieces:
            return None
        text = "; ".join(pieces)
        link = _link(text)
    text = _SEED_MENTION.sub(_SEED_NAME[lang], text)
    text = _UNCONFIRMED.sub(_NOT_CONFIRMED[lang], text)
    if link and link not in text:
        text = f"{text} ({link})"
    return text


def unconfirmed_note(note: str, lang: str) -> str:
    return _NOTE[lang].format(_UNCONFIRMED.sub(_NOT_CONFIRMED[lang], _INTERNAL_ASIDE.sub("", note)))


_AMOUNT = re.compile(r"(?:€\s?(\d[\d.,]*)|(\d[\d.,]*)\s?€)")


def _contradicts(citation: str, amount: float | None) -> bool:
    """A quote of a reference document giving another amount than the one shown (the 2014
    article's « €241 » beside today's tax)."""
    if amount is None or not any(seed in citation for seed in ("Paris Unraveled", "service-public.fr, Direction")):
        return False
    quoted = [float((a or b).replace(",", ".").rstrip(".")) for a, b in _AMOUNT.findall(citation)]
    return bool(quoted) and all(abs(q - amount) > 0.005 for q in quoted)


def readable_sources(references, lang: str = "en", amount: float | None = None) -> list[str]:
    """Readable citations of a list of developer references, in order, without repeats; a quote
    of an old amount is left out beside an `amount` it contradicts."""
    out = []
    for reference in references:
        citation = readable(reference, lang)
        if citation and not _contradicts(citation, amount):
            out.append(citation)
    return list(dict.fromkeys(out))
