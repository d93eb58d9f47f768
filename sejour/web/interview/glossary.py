"""French legal terms kept in French (they are the real names), glossed once in a page: the first
time a term appears, its explanation in the page's language follows it in brackets. The
explanations are catalogue texts; in French an explanation is the term itself, so nothing is
added. A term in brackets (the explanation of the words before it) or in quotes (part of a
name: the « talent – salarié qualifié » card) is left as it is."""

from __future__ import annotations

import re

from sejour.i18n import N_

TERMS = {
    "préfecture": N_("glossary.prefecture", "prefecture office"),
    "récépissé": N_("glossary.recepisse", "receipt of application"),
    "titre de séjour": N_("glossary.titre_de_sejour", "residence permit"),
    "carte de séjour": N_("glossary.carte_de_sejour", "residence card"),
    "autorisation provisoire de séjour": N_("glossary.autorisation_provisoire_de_sejour", "temporary residence authorisation"),
    "recours gracieux": N_("glossary.recours_gracieux", "appeal to the author of the decision"),
    "recours hiérarchique": N_("glossary.recours_hierarchique", "appeal to the minister"),
    "préfet": N_("glossary.prefet", "prefect"),
    "salarié": N_("glossary.salarie", "employee"),
    "droit de timbre": N_("glossary.droit_de_timbre", "stamp duty"),
    "timbres fiscaux": N_("glossary.timbres_fiscaux", "tax stamps"),
    "tribunal administratif": N_("glossary.tribunal_administratif", "administrative court"),
}
_PATTERN = re.compile(r"\b(" + "|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)) + r")s?\b", re.IGNORECASE)  # « les préfectures » too
_LOWER_TERMS = tuple(term.lower() for term in TERMS)  # a text without any of them has nothing to gloss


class Glossary:
    """The terms already glossed in one page (or document): each is explained once."""

    def __init__(self, lang: str):
        self.lang, self.seen = lang, set()

    def __call__(self, text: str) -> str:
        if not text or not any(term in text.lower() for term in _LOWER_TERMS):
            return text  # most texts: no term (the search below was ~1 ms of a result page's 107 texts)

        def add(match):
            term, key = match.group(0), match.group(1).lower()
            before = text[:match.start()]
            if key in self.seen or before.count("(") > before.count(")") or before.count("«") > before.count("»"):
                return term  # explained already, or within brackets (itself an explanation) or quotes (a name)
            self.seen.add(key)
            explained = TERMS[key][self.lang]
            if text[match.end():match.end() + 2] == " (" or explained.casefold() == key:
                return term  # already explained where it stands, or the term itself
            return f"{term} ({explained})"

        return _PATTERN.sub(add, text)


def gloss(text: str, lang: str) -> str:
    """One text on its own, each term glossed at its first mention."""
    return Glossary(lang)(text)
