"""Three-valued logic helpers and the fast membership tests on short codes."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sejour.rules.tri import FALSE, TRUE, UNKNOWN, is_in, lookup, tri

codes = st.text(alphabet=st.sampled_from(list("ABFRZ29é") + ["\u4e2d", "\U0001f600"]), max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(codes, min_size=1, max_size=30), st.lists(codes, max_size=6), st.booleans())
def test_is_in_and_lookup_agree_with_python(values, members, as_objects):
    array = np.array(values, dtype=object if as_objects else str)
    assert is_in(array, members).tolist() == [v in set(members) for v in values]
    mapping = {m: i for i, m in enumerate(members)}
    assert lookup(array, mapping, -1).tolist() == [mapping.get(v, -1) for v in values]


def test_tri_from_value_and_known():
    assert tri([True, False, True], [True, True, False]).tolist() == [TRUE, FALSE, UNKNOWN]
    assert tri(np.array([True, False])).tolist() == [TRUE, FALSE]
    assert tri(True, np.array([True, False])).tolist() == [TRUE, UNKNOWN]
    assert tri(np.array([True]), True).dtype == np.int32
