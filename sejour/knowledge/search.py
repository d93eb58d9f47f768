"""Ranked retrieval over the entries: SQLite FTS5 with BM25, accents folded, an English stemmer,
stop words of both languages, and typos corrected against the entries' own vocabulary.
Every language's phrasings of an entry are indexed together, so "APS salarié change" finds it."""

from __future__ import annotations

import difflib
import functools
import math
import re
import sqlite3
import statistics
import unicodedata

from sejour.i18n import language_codes

from .base import entries

STOP = set("""a about after am an and any are as at be been before but by can could did do does for from get got had has have how i if in into is it its
me my no not of on or our she should so than that the their them then there they this to too up us was we were what when where which while who why will
with would you your yours hi hello hey ok okay please thanks thank allison whether also just still really thing things exactly now true
heard know want wanted tell question questions somebody someone something any anything even kind sort ask asking guys dear regards
ai peux peut-on veux voudrais dois doit faire fait est-ce svp sil plait bien alors donc quand-meme meme
au aux avec ce ces c cela dans de des du elle en est et il ils je j la le les leur lui ma mais me mes moi mon ne nous on ou où par pas pour
qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y a-t-il est-ce peut puis faut quel quelle quels quelles c'est bonjour merci""".split())
WORD = re.compile(r"[a-z0-9]+")
# Everyday words mapped to the words the entries use (both languages; accents folded).
SYNONYMS = {"waiter": "job", "waitress": "job", "cafe": "job", "restaurant": "job", "resto": "job", "bosser": "travailler", "taffer": "travailler",
            "boulot": "emploi", "papiers": "documents", "papers": "documents", "payant": "coute", "paid": "pay", "price": "cost", "fee": "cost",
            "renouvelable": "prolonger", "renewable": "extend", "prolong": "extend", "graduation": "diploma", "degree": "diploma", "diplome": "diplome",
            "doctor": "medical", "medecin": "medical", "candidate": "labour", "candidat": "opposabilite", "volunteer": "volunteer", "benevole": "volontariat",
            "say": "refuse", "no": "refuse", "kill": "refuse", "citizenship": "naturalisation", "nationalite": "naturalisation",
            "move": "address", "moved": "address", "demenage": "adresse", "brussels": "belgium", "bruxelles": "belgique", "spain": "espagne"}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)).replace("’", "'")


def words(text: str, synonyms: bool = False) -> list[str]:
    found = [w for w in WORD.findall(fold(text)) if w not in STOP and len(w) > 1]
    return [SYNONYMS.get(w, w) for w in found] if synonyms else found


def _asked(entry) -> list[str]:
    """The entry's question in every language, then its other phrasings."""
    return list(dict.fromkeys([entry.question[lang] for lang in language_codes()] + list(entry.phrasings)))


def _answers(entry) -> str:
    return " ".join(dict.fromkeys(entry.answer[lang] for lang in language_codes()))


class Index:
    def __init__(self):
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, questions, answer, tokenize='porter unicode61 remove_diacritics 2')")
        self.terms: dict[str, set[str]] = {}
        self.phrasings: dict[str, list[set[str]]] = {}
        for entry in entries():
            asked = _asked(entry)
            questions, answer = " ".join(asked), _answers(entry)
            self.db.execute("INSERT INTO docs VALUES (?, ?, ?)", (entry.id, questions, answer))
            self.terms[entry.id] = {w[:5] for w in words(questions + " " + answer)}
            self.phrasings[entry.id] = [{w[:5] for w in words(q, synonyms=True)} for q in asked]
        frequency = {}
        for terms in self.terms.values():
            for term in terms:
                frequency[term] = frequency.get(term, 0) + 1
        count = len(self.terms)
        self.idf = {term: math.log(1 + count / df) for term, df in frequency.items()}
        self.unknown_weight = statistics.median(self.idf.values())
        self.vocabulary = sorted({w for e in entries() for q in _asked(e) for w in words(q)} | {w for e in entries() for w in words(_answers(e))})
        self.known = set(self.vocabulary)

    def correct(self, word: str) -> str | None:
        if word in self.known:
            return word
        if len(word) < 4:
            return None
        close = difflib.get_close_matches(word, self.vocabulary, n=1, cutoff=0.8)
        return close[0] if close else None

    def search(self, question: str, limit: int = 5) -> tuple[list[tuple[str, float, float]], list[str]]:
        """[(entry id, bm25 score (lower is better), coverage)] and the query's words. Coverage is the
        share of the question's own words (typos corrected; words unknown to the base count as
        missing) found in the entry."""
        asked = list(dict.fromkeys(words(question, synonyms=True)))
        corrected = {w: self.correct(w) for w in asked}
        terms = list(dict.fromkeys(t for t in corrected.values() if t))
        if not terms:
            return [], asked
        weight = {w: self.idf.get(t[:5], self.unknown_weight) if t else self.unknown_weight for w, t in corrected.items()}
        total = sum(weight.values())
        query = " OR ".join(f'"{t}"' for t in terms)
        rows = self.db.execute("SELECT id, bm25(docs, 0.0, 4.0, 1.0) AS score FROM docs WHERE docs MATCH ? ORDER BY score LIMIT ?",
                               (query, max(limit, 100))).fetchall()
        # Re-rank: an entry one of whose phrasings has nearly the same words as the question
        # goes up (Jaccard similarity of the word sets), which settles short questions.
        mine = {t[:5] for t in terms}

        def closeness(entry_id):
            return max(len(mine & p) / len(mine | p) for p in self.phrasings[entry_id] if p) if self.phrasings[entry_id] else 0.0

        rows = sorted(((entry_id, score - 3.0 * closeness(entry_id)) for entry_id, score in rows), key=lambda r: r[1])[:limit]
        def coverage(entry_id):
            return sum(weight[w] for w, t in corrected.items() if t and t[:5] in self.terms[entry_id]) / total

        return [(entry_id, score, coverage(entry_id)) for entry_id, score in rows], asked


@functools.cache
def index() -> Index:
    return Index()
