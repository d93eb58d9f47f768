"""Three-valued (Kleene) logic on numpy arrays.

OpenFisca has no "unknown" value. sejour encodes every yes/no fact and every condition as
an int array: FALSE = 0, UNKNOWN = 1, TRUE = 2. With this order, Kleene's *and* is the
element-wise minimum and *or* the maximum, so rules stay vectorised numpy expressions.
"""

from __future__ import annotations

import numpy as np

FALSE, UNKNOWN, TRUE = 0, 1, 2
TRI_NAMES = {FALSE: False, UNKNOWN: None, TRUE: True}


def tri(value, known=True):
    """A tri array from a boolean array and a boolean 'known' mask."""
    value = np.asarray(value, dtype=bool)
    known = np.asarray(known, dtype=bool)
    if known.shape != value.shape:
        value = np.broadcast_to(value, np.broadcast_shapes(value.shape, known.shape))
    result = value.astype(np.int32)
    result <<= 1  # False -> FALSE (0), True -> TRUE (2)
    np.copyto(result, UNKNOWN, where=~known)
    return result


def all_of(*terms):
    """Kleene AND: false if any is false, true if all are true, else unknown."""
    result = np.asarray(terms[0], dtype=np.int32)
    for term in terms[1:]:
        result = np.minimum(result, term)
    return result


def any_of(*terms):
    """Kleene OR: true if any is true, false if all are false, else unknown."""
    result = np.asarray(terms[0], dtype=np.int32)
    for term in terms[1:]:
        result = np.maximum(result, term)
    return result


def negate(term):
    return (TRUE - np.asarray(term)).astype(np.int32)




def date_on_or_before(left, right):
    """left <= right on datetime64 arrays; unknown (NaT) on either side gives UNKNOWN."""
    known = ~np.isnat(left) & ~np.isnat(right)
    return tri(left <= right, known)


def event_on_or_before(happened, day, limit, as_of):
    """Whether an event (or, if it has not happened, the assessment day) is on or before `limit`.

    A past event whose day is unknown happened, if at all, on or before `as_of` (domain.md, Dates):
    when it is not known whether it happened, the latest possible day is `as_of`, so the answer is
    true when `as_of` is on or before `limit` whatever happened, and unknown otherwise."""
    happened = np.asarray(happened)
    effective = np.where(happened == TRUE, day, as_of)
    result = date_on_or_before(effective, limit)
    return np.where((happened == UNKNOWN) & (result == FALSE), UNKNOWN, result).astype(np.int32)


def for_every(possible, values):
    """Kleene's answer over alternatives: `possible` (tri per alternative: TRUE it is the case,
    UNKNOWN it may be, FALSE it is not) and `values` (tri per alternative). TRUE when every
    possible alternative gives TRUE, FALSE when every one gives FALSE, else UNKNOWN."""
    lowest = np.full(np.shape(values[0]), TRUE, dtype=np.int32)
    highest = np.full(np.shape(values[0]), FALSE, dtype=np.int32)
    for can, value in zip(possible, values):
        open_ = np.asarray(can) != FALSE
        lowest = np.where(open_, np.minimum(lowest, value), lowest)
        highest = np.where(open_, np.maximum(highest, value), highest)
    none_open = ~np.any([np.asarray(can) != FALSE for can in possible], axis=0)
    result = np.where(lowest == highest, lowest, UNKNOWN)
    return np.where(none_open, UNKNOWN, result).astype(np.int32)


def earliest_possible(possible, days):
    """The earliest of the days of the alternatives that are or may be the case (`possible` tri
    per alternative). NaT when none is possible, or when a possible alternative's day is unknown:
    an unknown day could be the earliest (domain.md, Dates: never show only a later day)."""
    result = np.full(np.shape(days[0]), np.datetime64("NaT", "D"), dtype="datetime64[D]")
    blocked = np.zeros(np.shape(days[0]), dtype=bool)
    for can, day in zip(possible, days):
        open_ = np.asarray(can) != FALSE
        day = np.asarray(day, dtype="datetime64[D]")
        blocked |= open_ & np.isnat(day)
        better = open_ & ~np.isnat(day) & (np.isnat(result) | (day < result))
        result = np.where(better, day, result)
    return np.where(blocked, np.datetime64("NaT", "D"), result)


def certain_index(possible) -> np.ndarray:
    """Per row, the index of the first alternative that is certainly the case (TRUE), or -1."""
    index = np.full(np.shape(possible[0]), -1, dtype=np.int64)
    for position, can in reversed(list(enumerate(possible))):
        index = np.where(np.asarray(can) == TRUE, position, index)
    return index




def is_in(values, members) -> np.ndarray:
    """Boolean membership of each value (strings) in `members`; fast for short codes (countries,
    départements)."""
    keys = short_code_keys(values)
    members = list(members)
    if keys is None or any(len(member) > _WIDTH for member in members):
        members = frozenset(members)
        return np.fromiter((value in members for value in np.asarray(values).tolist()), dtype=bool, count=np.size(values))
    found = np.zeros(keys.shape, dtype=bool)
    for member in members:
        found |= keys == _key(member)
    return found


def lookup(values, mapping, default) -> np.ndarray:
    """mapping[value] for each value (short codes), `default` where the mapping has none."""
    keys = short_code_keys(values)
    if keys is None or any(len(code) > _WIDTH for code in mapping):
        return np.array([mapping.get(value, default) for value in np.asarray(values).tolist()])
    result = np.full(keys.shape, default)
    for code, value in mapping.items():
        result[keys == _key(code)] = value
    return result


_WIDTH, _BITS = 3, 21  # codes of up to 3 characters, 21 bits per Unicode code point


def short_code_keys(values) -> np.ndarray:
    """Each string of up to 3 characters as an int64 key, without a Python loop over the rows:
    the characters of a fixed-width numpy string array packed 21 bits each (None when some
    string is longer)."""
    values = np.ascontiguousarray(values)
    if values.dtype.kind != "U":
        values = values.astype(str)
    width = values.dtype.itemsize // 4
    keys = np.zeros(values.shape, dtype=np.int64)
    if width == 0:
        return keys
    if width > _WIDTH:
        return None
    chars = values.view(np.uint32).reshape(values.shape + (width,))
    for position in range(_WIDTH):
        keys <<= _BITS
        if position < width:
            keys |= chars[..., position].astype(np.int64)
    return keys


def _key(code: str) -> int:
    key = 0
    for position in range(_WIDTH):
        key = key << _BITS | (ord(code[position]) if position < len(code) else 0)
    return key
