"""The columns of a table of cases: a person's name, then the batch mode's (the case format's dotted paths)."""

from sejour.case import FIELD_PATHS, SECTIONS

NAME = "name"
COLUMNS = [NAME, "version", "as_of"] + [c for s in SECTIONS for c in [s] + [p for p in FIELD_PATHS if p.startswith(s + ".")]]
