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
    return np.where(known, np.where(value, TRUE, FALSE), UNKNOWN).astype(np.int32)


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




def is_in(values, members) -> np.ndarray:
    """Boolean membership of each value (strings) in `members`."""
    members = frozenset(members)
    values = np.asarray(values)
    return np.fromiter((value in members for value in values.tolist()), dtype=bool, count=values.size)
