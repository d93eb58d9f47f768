"""What a person reads as a source: the parameters and rules keep their full references for
developers (research notes, file names, quotes of the seed documents by number); an assessment,
a page, a PDF or a letter shows readable citations instead: the code, article, text and date,
with a link to the official text where one is known, and the two reference documents by their
title and publisher.
"""

from __future__ import annotations

import datetime
import functools
import re

from babel.dates import get_month_names

from sejour.i18n import N_, SOURCE
from sejour.text import babel_locale, days_in_words, long_date

from .source_lists import in_force_only, shortened

# The two reference documents, by title and publisher (never by their file or number); in another
# language than English, the words around the title in that language (the French page's own title
# in French: it is the real name of the page).
SEEDS = {
    "000": N_("citation.seed.000", "Allison Lounes, « Stay in France After Finishing Your Degree with an Authorisation Provisoire du Séjour », "
                                   "Paris Unraveled (blog article and its readers' questions, 2014-2015)"),
    "004": N_("citation.seed.004", "« Temporary residence permit (APS) for volunteers in France », service-public.fr, Direction de l'information "
                                   "légale et administrative (Prime Minister), verified 4 August 2023"),
}
SEED_LINKS = {"004": "https://www.service-public.fr/particuliers/vosdroits/F17335"}
_SEED = re.compile(r"^(?:Seed (?P<number>\d{3})|seed article \(Paris Unraveled\))(?P<rest>.*)$", re.IGNORECASE)
_PARENTHESIS = re.compile(r"^\s*\([^()]*\)")
# Pieces that point at the project's own notes, files or repositories: for developers only.
_INTERNAL = re.compile(r"shared/|law\.md|domain\.md|case[- ]format|\.ya?ml\b|\.py\b|github|openfisca|commit|\bsejour\b", re.IGNORECASE)
_INTERNAL_ASIDE = re.compile(r"\s*\((?:via |see )?[^()]*(?:law\.md|domain\.md|shared/)[^()]*\)")
_SEED_MENTION = re.compile(r"\bseed 000\b|\bthe seed\b", re.IGNORECASE)
SEED_NAME = N_("citation.seed_article", "the Paris Unraveled article")
_UNCONFIRMED = re.compile(r"\bUNCONFIRMED\b")
NOT_CONFIRMED = N_("citation.not_confirmed", "not confirmed")
NOTE = N_("citation.unconfirmed_because", "Not confirmed by the sources read ({note}): to be confirmed at the préfecture")
NOTE_ONLY = N_("citation.unconfirmed", "Not confirmed by the sources read: to be confirmed at the préfecture")
REPLY_TO = N_("citation.reply_to", "reply to")

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


# In another language than English: the references' English connecting words said in that
# language, the titles of the texts cited in English given their names in it (the French legal
# texts keep their French names everywhere), and what is still English after that (a developer's
# gloss, a translated quote) left out; quotes of the English-language article are kept as quotes.
# Each text is declared with its English words; its pattern is made from them ({day}, {first} and
# {last} stand for ISO dates, {first_article} and {last_article} for article numbers), unless the
# references write it in several ways (then the pattern is given).
_PIECES = {"day": r"\d{4}-\d{2}-\d{2}", "first": r"\d{4}-\d{2}-\d{2}", "last": r"\d{4}-\d{2}-\d{2}",
           "first_article": r"[LRD]\d{3,4}-\d+", "last_article": r"[LRD]\d{3,4}-\d+", "law": r"loi n° 2024-42 du 26 janvier 2024"}
_TRANSLATED = (  # (pattern or None, text), the longer first
    (None, N_("citation.no_source_rece_tax", "No source found for the RECE tax between {first} and {last}")),
    (None, N_("citation.no_source_before", "No source found before {day}")),
    (None, N_("citation.replaced_by_one_month", "Replaced by the one-month procedure of CESEDA art. L911-1")),
    (None, N_("citation.talent_before", "Before {day} the « passeport talent – salarié qualifié » (loi n° 2016-274) had other texts, not encoded here")),
    (None, N_("citation.uk_member_until", "The United Kingdom was an EU member state until {first}, then in the transition period until {last}")),
    (r"Agreement on the European Economic Area(?: \(1994\))?", N_("citation.eea_agreement", "Agreement on the European Economic Area (1994)")),
    (r"EC-Switzerland Agreement (?:on the free movement of persons )?(?:of )?\(?21 June 1999\)?",
     N_("citation.swiss_agreement", "EC-Switzerland Agreement on the free movement of persons of 21 June 1999")),
    (None, N_("citation.withdrawal_part_two", "EU-UK Withdrawal Agreement, Part Two (citizens' rights)")),
    (None, N_("citation.withdrawal", "EU-UK Withdrawal Agreement")),
    (None, N_("citation.accession_transitional", "Treaties of accession of Bulgaria and Romania (2005) and of Croatia (2011): transitional measures on workers")),
    (None, N_("citation.eu_treaty", "Treaty on European Union")),
    (None, N_("citation.croatia_accession", "Treaty of accession of Croatia")),
    (None, N_("citation.uk_withdrawal_euratom", "Agreement on the withdrawal of the United Kingdom from the EU and Euratom")),
    (None, N_("citation.part_two", "Part Two (citizens' rights)")),
    (None, N_("citation.and_its_decree", "and its decree")),
    (None, N_("citation.articles_to", "{first_article} to {last_article}")),
    (None, N_("citation.no_contract_before", "No such contract before the {law}")),
    (None, N_("citation.croatia_not_member", "Croatia not yet an EU member")),
    (None, N_("citation.no_agreement_before", "No agreement in force before {day}")),
    (None, N_("citation.between", "({first} to {last})")),
    (None, N_("citation.to", "to {day}")),
    (None, N_("citation.from", "from {day}")),
    (None, N_("citation.before", "before {day}")),
    (r"\bin force (?:on )?(?P<day>\d{4}-\d{2}-\d{2})", N_("citation.in_force_on", "in force {day}")),
    (None, N_("citation.in_force", "in force")),
    (None, N_("citation.as_amended_by", "as amended by")),
    (None, N_("citation.as_amended_on", "as amended on")),
    (None, N_("citation.amended", "amended")),
    (r"(?<=, )reply to\b", REPLY_TO),
    (None, N_("citation.then", "then")),
    (None, N_("citation.and", "and")),
)
_OPEN, _CLOSE = "\x01", "\x02"  # around the words already translated: never read as English again
_PROTECTED = re.compile("(\x01[^\x02]*\x02)")
_TOKEN = re.compile("\x03(\\d+)\x04")  # a quote set aside while the words around it are translated
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b(\d{{1,2}}) ({_MONTHS}) (\d{{4}})\b")
_MONTH = re.compile(rf"\b({_MONTHS})\b")
_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTHS.split("|"), start=1)}


def _pattern(english: str) -> re.Pattern:
    parts, position = [], 0
    for match in re.finditer(r"\{(\w+)\}", english):
        parts += [re.escape(english[position:match.start()]), f"(?P<{match.group(1)}>{_PIECES[match.group(1)]})"]
        position = match.end()
    parts.append(re.escape(english[position:]))
    edge = (r"\b" if english[0].isalnum() or english[0] == "{" else "", r"\b" if english[-1].isalnum() or english[-1] == "}" else "")
    return re.compile(edge[0] + "".join(parts) + edge[1])


@functools.cache
def _patterns() -> tuple:
    return tuple((re.compile(pattern) if pattern else _pattern(text.english), text) for pattern, text in _TRANSLATED)


def _outside(text: str, change) -> str:
    """`change` applied to the parts of `text` not yet translated."""
    return "".join(part if part.startswith(_OPEN) else change(part) for part in _PROTECTED.split(text))


def _say(piece: str, lang: str) -> str:
    """The English words of a piece (its quotes set aside) said in `lang`, each translation protected."""
    for pattern, text in _patterns():
        piece = _outside(piece, lambda part: pattern.sub(lambda m: _OPEN + text[lang].format(**m.groupdict()) + _CLOSE, part))

    def date(match):
        day = datetime.date(int(match.group(3)), _MONTH_NUMBER[match.group(2)], int(match.group(1)))
        return _OPEN + long_date(day, lang) + _CLOSE

    piece = _outside(piece, lambda part: _DATE.sub(date, part))
    names = get_month_names("wide", locale=babel_locale(lang))
    return _outside(piece, lambda part: _MONTH.sub(lambda m: _OPEN + names[_MONTH_NUMBER[m.group(1)]] + _CLOSE, part))


_ENGLISH = re.compile(r"\b(?:the|is|are|was|were|of|to|from|not|only|when|which|with|under|before|after|until|by|this|that|its|it|be|been|has|have|"
                      r"whether|no|asked|used|read|found|assumed|applied|during|any|job|jobs|card|permit|holders?|figure|number|decree|practice|"
                      r"rule|legal|taxes|excluded|reduced|tariff|stamp|renewal|real|serious|studies|agreement|transitional|workers|free|"
                      r"movement|member|state|level|required|label|month|months|days?|years?|yearly|free|list|press|report|summarised|research|notes|text|texts)\b",
                      re.IGNORECASE)
_QUOTE = re.compile(r"«[^»]*»")


def _untranslated(text: str) -> str:
    """`text` without its translated words (a translation cut in two included) and its quotes."""
    kept, inside = [], _CLOSE in text and (_OPEN not in text or text.index(_CLOSE) < text.index(_OPEN))
    for char in text:
        if char in (_OPEN, _CLOSE):
            inside = char == _OPEN
        elif not inside:
            kept.append(char)
    return _QUOTE.sub("", "".join(kept))


def _english(text: str) -> bool:
    return bool(_ENGLISH.search(_untranslated(text)))


def _translated(piece: str, lang: str, english_quotes: bool) -> str | None:
    """One piece of a reference for a reader of `lang` (not English), or None when nothing in
    that language is left."""
    quotes = []

    def set_aside(match):
        quotes.append(match.group(0))
        return f"\x03{len(quotes) - 1}\x04"

    piece = _say(_QUOTE.sub(set_aside, piece), lang)
    piece = _TOKEN.sub(lambda m: quotes[int(m.group(1))], piece)
    if not english_quotes:  # a quote translated into English of a French text: the French text is cited instead
        piece = re.sub(r":?\s*«[^»]*[A-Za-z]+[^»]*»", lambda m: "" if _english(m.group(0).strip(":« »")) else m.group(0), piece)
    piece = re.sub(r"\s*\((?![^()]*«)[^()]*\)", lambda m: "" if _english(m.group(0)) else m.group(0), piece)  # an English aside
    head, sep, gloss = piece.partition(": ")
    if sep and not gloss.lstrip().startswith("«") and _english(gloss):
        piece = head  # an English gloss after the citation
    piece = piece.strip(" :;,")
    return None if not piece or _english(piece) else piece.replace(_OPEN, "").replace(_CLOSE, "")


def _already_readable(reference: str, lang: str) -> bool:
    """A citation this module made (an answer's sources pass through it twice), or, in another
    language than English, an unconfirmed note already written in it."""
    made = [title[lang] for title in SEEDS.values()]
    if lang != SOURCE:
        made += [NOTE_ONLY[lang], NOTE[lang].partition("{note}")[0]]
    return any(start and reference.startswith(start) for start in made)


@functools.lru_cache(maxsize=4096)
def readable(reference: str, lang: str = "en") -> str | None:
    """The citation a person reads for one developer reference, or None when it only points at
    the project's own notes or files."""
    if _already_readable(reference, lang):
        return reference
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
        if lang != SOURCE:  # the references are written in English
            pieces = [said for said in (_translated(piece, lang, english_quotes=False) for piece in pieces) if said]
            if not pieces:
                return None
            text = "; ".join(pieces)
    text = _SEED_MENTION.sub(SEED_NAME[lang], text)
    if seed and lang != SOURCE:
        title = SEEDS[number_of(reference)][lang]
        head, sep, rest = text.partition(title)
        if number_of(reference) == "004":  # the French page quoted in English: its title says it
            text = sep
        elif rest.lstrip(" :,").startswith(("«", "reply")):
            text = sep + re.sub(r", reply to\b", ", " + REPLY_TO[lang], rest)
            # an English gloss before a quote (« reply to X: the employer must otherwise « ... » »)
            text = re.sub(r"(: )([^«»:]+?) (?=«)", lambda m: m.group(1) if _english(m.group(2)) else m.group(0), text)
        elif rest:
            text = sep + (_translated(rest, lang, english_quotes=True) or "")
    text = _outside_quotes(_UNCONFIRMED.sub(NOT_CONFIRMED[lang], text), lambda part: days_in_words(part, lang))
    if link and link not in text:
        text = f"{text} ({link})"
    return text


def _outside_quotes(text: str, change) -> str:
    """`change` applied to `text` but not to its quotes (« ... », the sources' own words)."""
    return "".join(part if part.startswith("«") else change(part) for part in re.split(r"(«[^»]*»)", text))


def unconfirmed_note(note: str | None, lang: str, translated: bool = False) -> str:
    """The note of a value the sources read do not confirm, given in the reader's language
    (`translated`: from the catalogue) or in English; in another language, an English note is
    left out (the plain note is shown)."""
    if not note or (lang != SOURCE and not translated and _english(note)):
        return NOTE_ONLY[lang]
    note = NOTE[lang].format(note=_UNCONFIRMED.sub(NOT_CONFIRMED[lang], _INTERNAL_ASIDE.sub("", note)))
    return _outside_quotes(note, lambda part: days_in_words(part, lang))


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


def readable_sources(references, lang: str = "en", amount: float | None = None, day: datetime.date | None = None) -> list[str]:
    """Readable citations of a list of developer references, in order, short (see
    :func:`sejour.rules.source_lists.shortened`): with a `day`, only what was in force that day
    (all of it when nothing is dated in force); a quote of an old amount is left out beside an
    `amount` it contradicts."""
    def cite(trim):
        out = []
        for reference in references:
            reference = in_force_only(reference, day.isoformat()) if trim else reference
            source, said = (readable(reference, SOURCE), readable(reference, lang)) if reference else (None, None)
            if source and said and not _contradicts(source, amount):
                out.append((source, said))
        return out

    out = (day and cite(True)) or cite(False)
    titles = [(title[SOURCE], title[lang]) for title in SEEDS.values()]
    return [with_colon(citation, lang) for citation in shortened(out, titles, english=lang == SOURCE)]


COLON = N_("punctuation.colon", ": ")  # a colon and the space(s) around it, as written in each language


def with_colon(text: str, lang: str) -> str:
    """`text` with its colons (outside quotes) written as `lang` writes them (« : » in French)."""
    colon = COLON[lang]
    if colon == ": ":
        return text
    return _outside_quotes(text, lambda part: re.sub(r"(?<=\S): ", colon, part))
