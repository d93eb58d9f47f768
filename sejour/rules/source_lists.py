"""The sources of one item of an assessment, short: the pieces of a reference in force on the day
only, each reference document named once, a citation said by a longer one left out, and each link
given once (see :func:`sejour.rules.citations.readable_sources`)."""

from __future__ import annotations

import functools
import re

_ISO = r"\d{4}-\d{2}-\d{2}"
# The period a piece of a reference covers, at the end of its last parenthesis: "(to D)",
# "(D1 to D2)", "(from D)", possibly after other words ("(« quote », to D)"), the piece's end or
# before a gloss ("(to D): the APS is asked...").
_PERIOD = re.compile(rf"(?P<lead>\s*\((?:(?P<before>[^()]*?),\s*)?)(?:(?P<first>{_ISO}) to (?P<last>{_ISO})|to (?P<until>{_ISO})|from (?P<since>{_ISO}))\)(?=$|:\s)")
_CODE = re.compile(r"^(?P<code>.*?\bart\.\s)")
_ARTICLE = re.compile(r"^[LRD]\*?\d")
_LINK = re.compile(r" \((https?://[^\s()]+)\)$")


@functools.lru_cache(maxsize=4096)
def _split(text: str, separator: str) -> tuple[str, ...]:
    """`text` cut at `separator`, but not inside parentheses or « quotes »."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(text):
        char = text[index]
        if char in "(«":
            depth += 1
        elif char in ")»":
            depth = max(depth - 1, 0)
        elif depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            start = index + len(separator)
            index = start
            continue
        index += 1
    parts.append(text[start:])
    return tuple(parts)


@functools.lru_cache(maxsize=4096)
def _dated_pieces(reference: str):
    """The pieces of one reference with the period each covers: ((piece, first, last, cut), ...), where
    `cut` is the piece without its period; None when a piece is not dated (kept whole, see below)."""
    pieces = _split(reference, ", ")
    periods = [_PERIOD.search(piece) for piece in pieces]
    if not all(periods):
        return None
    dated, previous_end = [], ""
    for piece, period in zip(pieces, periods):
        # "to D" alone starts the day after the previous piece ends ("T" sorts after that day)
        first = period.group("first") or period.group("since") or (previous_end + "T" if previous_end else "")
        last = period.group("last") or period.group("until") or "9999-12-31"
        previous_end = last
        before = period.group("before")
        dated.append((piece, first, last, piece[:period.start()] + (f" ({before})" if before else "") + piece[period.end():]))
    return tuple(dated)


def _in_force_pieces(reference: str, day: str) -> str | None:
    """One reference ("CESEDA art. L311-11 (to 2019-02-28), L313-8 (2019-03-01 to 2021-04-30),
    L422-10 (from 2021-05-01)") reduced to its pieces in force on `day` ("CESEDA art. L422-10"), or
    None when no piece is; a reference that does not date each of its pieces is kept whole
    ("L911-1, L921-1, L921-2 (from D)": the period may be the whole list's)."""
    dated = _dated_pieces(reference)
    if dated is None:
        return reference
    kept = [cut for _, first, last, cut in dated if first <= day <= last]
    if not kept:
        return None
    head = dated[0][0]
    code = _CODE.match(head)
    if code and not kept[0].startswith(head[:code.end()]):
        if _ARTICLE.match(kept[0]):
            kept[0] = code.group("code") + kept[0]
        elif kept[0].startswith("art. "):
            kept[0] = code.group("code")[:-len("art. ")] + kept[0]
    return ", ".join(kept)


@functools.lru_cache(maxsize=8192)  # a few hundred references: pure, asked thousands of times
def in_force_only(reference: str, day: str) -> str | None:
    """A developer reference with only what was in force on `day` (an ISO date), or None."""
    pieces = [_in_force_pieces(piece, day) for piece in _split(reference, "; ")]
    kept = [piece for piece in pieces if piece]
    return "; ".join(kept) if kept else None


def _without_link(citation: str) -> tuple[str, str | None]:
    match = _LINK.search(citation)
    return (citation[:match.start()], match.group(1)) if match else (citation, None)


def shortened(citations: list[tuple[str, str]], titles: list[tuple[str, str]], english: bool) -> list[str]:
    """Readable citations of one item, short, from (English, reader's language) pairs: each reference
    document (its (English, reader's) `titles`) named once, with its quotes gathered after it (in
    English; in another language its quotes, in English, are left out), a citation that a longer
    one begins with left out, each link given once. What is kept is decided on the English words,
    so that a page shows the same sources in every language."""
    gathered: dict[str, list] = {}  # English citation or title -> [citation in the reader's language, its quotes, its link]
    for source, said in citations:
        source, link = _without_link(source)
        said, said_link = _without_link(said)
        title = next(((en, own) for en, own in titles if source.startswith(en) and said.startswith(own)), None)
        key = title[0] if title else source
        entry = gathered.setdefault(key, [title[1] if title else said, [], link or said_link])
        rest = said[len(title[1]):].lstrip(" :,") if title else ""
        if rest and english and rest not in entry[1]:
            entry[1].append(rest)
        entry[2] = entry[2] or link or said_link
    kept: dict[str, str | None] = {}  # citation in the reader's language -> its link
    for key, (said, rests, link) in gathered.items():
        longer = [other for other in gathered if other != key and _begins(other, key)]
        if longer:  # said by a longer citation, which carries the link
            gathered[longer[0]][2] = gathered[longer[0]][2] or link
            continue
        text = said + (": " + "; ".join(rests) if rests else "")
        kept[text] = kept.get(text) or link  # two English citations can read the same in another language
    out, shown = [], set()
    for text, link in kept.items():
        longer = [other for other in kept if other != text and _begins(other, text)]
        if longer:
            kept[longer[0]] = kept[longer[0]] or link
            continue
        out.append(text)
    said = []
    for text in out:
        link = kept[text]
        if link and link not in shown and link not in text:
            shown.add(link)
            text = f"{text} ({link})"
        said.append(text)
    return said


def _begins(longer: str, text: str) -> bool:
    """Whether citation `longer` begins with `text` and says more after it."""
    return longer.startswith(text) and longer[len(text)] in " (:,;"
