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


def number_of(reference: str) -> str:
    match = _SEED.match(reference.strip())
    return (match.group("number") or "000") if match else ""


def _link(text: str) -> str | None:
    for pattern, make in _LINKS:
        match = pattern.search(text)
        if match:
            return make(match, text)
    return None


# French pages: the references' English connecting words said in French, the titles of the texts
# cited in English given their French names, and what is still English after that (a developer's
# gloss, a translated quote) left out; quotes of the English-language article are kept as quotes.
_DAY = r"(\d{4}-\d{2}-\d{2})"
_FRENCH = tuple((re.compile(pattern), words) for pattern, words in (
    (r"No source found for the RECE tax between " + _DAY + " and " + _DAY, r"Aucune source trouvée pour la taxe RECE entre le \1 et le \2"),
    (r"No source found before " + _DAY, r"Aucune source trouvée avant le \1"),
    (r"Replaced by the one-month procedure of CESEDA art\. L911-1", "Remplacé par la procédure d'un mois du CESEDA art. L911-1"),
    (r"Before " + _DAY + r" the « passeport talent – salarié qualifié » \(loi n° 2016-274\) had other texts, not encoded here",
     r"Avant le \1, la carte « passeport talent – salarié qualifié » (loi n° 2016-274) relevait d'autres textes"),
    (r"The United Kingdom was an EU member state until " + _DAY + r", then in the transition period until " + _DAY,
     r"Le Royaume-Uni était membre de l'Union européenne jusqu'au \1, puis en période de transition jusqu'au \2"),
    (r"Agreement on the European Economic Area(?: \(1994\))?", "Accord sur l'Espace économique européen (1994)"),
    (r"EC-Switzerland Agreement (?:on the free movement of persons )?(?:of )?\(?21 June 1999\)?",
     "Accord entre la Communauté européenne et la Suisse sur la libre circulation des personnes du 21 juin 1999"),
    (r"EU-UK Withdrawal Agreement, Part Two \(citizens' rights\)", "Accord de retrait entre l'Union européenne et le Royaume-Uni, deuxième partie (droits des citoyens)"),
    (r"EU-UK Withdrawal Agreement", "Accord de retrait entre l'Union européenne et le Royaume-Uni"),
    (r"Treaties of accession of Bulgaria and Romania \(2005\) and of Croatia \(2011\): transitional measures on workers",
     "Traités d'adhésion de la Bulgarie et de la Roumanie (2005) et de la Croatie (2011) : mesures transitoires relatives aux travailleurs"),
    (r"Treaty on European Union", "Traité sur l'Union européenne"),
    (r"Treaty of accession of Croatia", "Traité d'adhésion de la Croatie"),
    (r"Agreement on the withdrawal of the United Kingdom from the EU and Euratom", "Accord sur le retrait du Royaume-Uni de l'Union européenne et d'Euratom"),
    (r"Part Two \(citizens' rights\)", "deuxième partie (droits des citoyens)"),
    (r"\band its decree\b", "et son décret"),
    (r"\b([LRD]\d{3,4}-\d+) to ([LRD]\d{3,4}-\d+)", r"\1 à \2"),
    (r"No such contract before the (loi n° 2024-42 du 26 janvier 2024)", r"Pas de tel contrat avant la \1"),
    (r"Croatia not yet an EU member", "La Croatie n'est pas encore membre de l'Union européenne"),
    (r"No agreement in force before " + _DAY, r"Aucun accord en vigueur avant le \1"),
    (r"\(" + _DAY + r" to " + _DAY + r"\)", r"(du \1 au \2)"),
    (r"\bto " + _DAY, r"jusqu'au \1"), (r"\bfrom " + _DAY, r"à partir du \1"), (r"\bbefore " + _DAY, r"avant le \1"),
    (r"\bin force (?:on )?" + _DAY, r"en vigueur le \1"), (r"\bin force\b", "en vigueur"),
    (r"\bas amended by\b", "modifié par"), (r"\bas amended on\b", "modifié le"), (r"\bamended\b", "modifié"),
    (r", reply to\b", ", réponse à"),
    *((r"\b" + english + r"\b", french) for english, french in zip(
        ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"))), (r"\bthen\b", "puis"), (r"\band\b", "et"), (r"\bart\. (\S+) et\b", r"art. \1 et"),
))
_ENGLISH = re.compile(r"\b(?:the|is|are|was|were|of|to|from|not|only|when|which|with|before|after|until|by|this|that|its|be|been|has|have|"
                      r"whether|no|asked|used|read|found|assumed|applied|during|any|job|jobs|card|permit|holders?|figure|number|decree|practice|"
                      r"rule|legal|taxes|excluded|reduced|tariff|stamp|renewal|real|serious|studies|agreement|transitional|workers|free|"
                      r"movement|member|state|level|required|label|month|months|days?|years?|yearly|free|list|press|report|summarised|research|notes|text|texts)\b",
                      re.IGNORECASE)
_QUOTE = re.compile(r"«[^»]*»")


def _english(text: str) -> bool:
    return bool(_ENGLISH.search(_QUOTE.sub("", text)))


def _in_french(piece: str, english_quotes: bool) -> str | None:
    """One piece of a reference for a French page, or None when nothing French is left."""
    quotes = _QUOTE.findall(piece)
    for pattern, words in _FRENCH:  # outside the quotes only
        piece = _QUOTE.sub("\x00", piece)
        piece = pattern.sub(words, piece)
        for quote in quotes:
            piece = piece.replace("\x00", quote, 1)
    if not english_quotes:  # a quote translated into English of a French text: the French text is cited instead
        piece = re.sub(r":?\s*«[^»]*[A-Za-z]+[^»]*»", lambda m: "" if _english(m.group(0).strip(":« »")) else m.group(0), piece)
    piece = re.sub(r"\s*\((?![^()]*«)[^()]*\)", lambda m: "" if _english(m.group(0)) else m.group(0), piece)  # an English aside
    head, sep, gloss = piece.partition(": ")
    if sep and not gloss.lstrip().startswith("«") and _english(gloss):
        piece = head  # an English gloss after the citation
    piece = piece.strip(" :;,")
    return None if not piece or _english(piece) else piece


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
        if lang == "fr":
            pieces = [french for french in (_in_french(piece, english_quotes=False) for piece in pieces) if french]
            if not pieces:
                return None
            text = "; ".join(pieces)
    text = _SEED_MENTION.sub(_SEED_NAME[lang], text)
    if seed and lang == "fr":
        head, sep, rest = text.partition(SEEDS[number_of(reference)]["fr"])
        if number_of(reference) == "004":  # the French page quoted in English: its title says it
            text = sep
        elif rest:
            text = sep + (_in_french(rest, english_quotes=True) or "" if not rest.lstrip(" :,").startswith(("«", "réponse", "reply")) else rest.replace(", reply to", ", réponse à"))
    text = _UNCONFIRMED.sub(_NOT_CONFIRMED[lang], text)
    if link and link not in text:
        text = f"{text} ({link})"
    return text


_NOTE_ONLY = {"en": "Not confirmed by the sources read: to be confirmed at the préfecture",
              "fr": "Non confirmé par les sources consultées : à confirmer à la préfecture"}


def unconfirmed_note(note: str | None, lang: str) -> str:
    """The note of a value the sources read do not confirm; in French, its French wording
    (`unconfirmed_fr`) or the plain note when only an English one is written."""
    if not note or (lang == "fr" and _english(note)):
        return _NOTE_ONLY[lang]
    return _NOTE[lang].format(_UNCONFIRMED.sub(_NOT_CONFIRMED[lang], _INTERNAL_ASIDE.sub("", note)))


_AMOUNT = re.compile(r"(?:€\s?(\d[\d.,]*)|(\d[\d.,]*)\s?€)")
_FREE = re.compile(r"\b(free|gratuite?s?|sans frais)\b", re.IGNORECASE)  # a quoted « is free »: an amount of 0


def _contradicts(citation: str, amount: float | None) -> bool:
    """A quote of a reference document giving another amount than the one shown (the 2014
    article's « €241 » beside today's tax)."""
    if amount is None or not any(seed in citation for seed in ("Paris Unraveled", "service-public.fr, Direction")):
        return False
    quoted = [float((a or b).replace(",", ".").rstrip(".")) for a, b in _AMOUNT.findall(citation)]
    quoted += [0.0] * len(_FREE.findall(citation))
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
