"""The single entity of sejour: the person whose situation is assessed.

One row of a simulation is one person's case, or one *variant* of it (the same case
with one unknown fact set to a candidate value, see :mod:`sejour.assessment`).
"""

from openfisca_core.entities import build_entity

Person = build_entity(
    key="person",
    plural="persons",
    label="A foreign national (or EU citizen) whose right to stay in France is assessed",
    doc="One case of the case format: one person on one day (`as_of`).",
    is_person=True,
)

entities = [Person]
