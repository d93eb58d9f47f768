"""A table of cases (pyarrow) into the engine's input columns, vectorised, with the rows that
are not valid cases set apart. Rows the fast checks doubt are checked again one by one with
the case model itself (`parse_case`), so the reasons given are exactly those of `sejour assess`."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sejour.case import FIRST_DAY, IDENTITY, LAST_DAY, MAX_SALARY_EUR, ORDER, CaseError, parse_case
from sejour.countries import DEPARTEMENTS, ISO_ALPHA2
from sejour.engine import NAT, SECTIONS_IF_ANY, CaseRows, input_specs
from sejour.rules.tri import FALSE, TRUE, UNKNOWN

from .schema import NONE, event_fields, field_kinds, known_columns, row_to_case

TRUE_WORDS, FALSE_WORDS = ["true", "1", "yes"], ["false", "0", "no"]
RANGES = {"version": (1, 1), "job.months": (1, 120), "studies.years_completed_in_france": (0, 20)}
D_FIRST, D_LAST = np.datetime64(FIRST_DAY, "D"), np.datetime64(LAST_DAY, "D")


class TableError(ValueError):
    """The table itself cannot be read (e.g. an unknown column)."""


def check_columns(names) -> None:
    personal = [n for n in names if n == IDENTITY or n.startswith(IDENTITY + ".")]
    if personal:  # who the person is serves only their letters: a table of cases never carries it
        raise TableError(f"column(s) {', '.join(map(repr, personal))} refused: a batch assesses facts, never who the person is "
                         f"(name, address, birth, numéro d'étranger); remove the {IDENTITY}.* columns")
    unknown = [n for n in names if n not in known_columns()]
    if unknown:
        import difflib

        hints = [f"{n!r} (did you mean {difflib.get_close_matches(n, sorted(known_columns()), 1)[0]!r}?)"
                 if difflib.get_close_matches(n, sorted(known_columns()), 1) else repr(n) for n in unknown]
        raise TableError(f"unknown column(s): {', '.join(hints)}; columns are the dotted paths of the case format, e.g. person.nationality")
    if "as_of" not in names or "person.nationality" not in names:
        raise TableError("the columns as_of and person.nationality are required")


def _strings(column: pa.ChunkedArray | pa.Array) -> pa.Array:
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        array = pc.cast(array, pa.string())
    array = pc.utf8_trim_whitespace(array)
    return pc.if_else(pc.equal(array, ""), pa.scalar(None, pa.string()), array)


def _nulls(array) -> np.ndarray:
    """Which cells are empty, read from the array's validity bitmap."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if array.null_count == 0:
        return np.zeros(len(array), dtype=bool)
    validity = array.buffers()[0]
    if validity is None or pa.types.is_dictionary(array.type) or pa.types.is_null(array.type):
        return np.asarray(array.is_null().to_numpy(zero_copy_only=False), dtype=bool)
    return ~_bitmap(validity, array.offset, len(array))


def _bitmap(buffer, offset: int, n: int) -> np.ndarray:
    return np.unpackbits(np.frombuffer(buffer, dtype=np.uint8), count=offset + n, bitorder="little")[offset:].view(bool)


def _booleans(array) -> np.ndarray:
    """The values of a boolean array (False where empty)."""
    return _bitmap(array.buffers()[1], array.offset, len(array)) & ~_nulls(array)


def _days(array) -> np.ndarray:
    """The values of a date32 array as datetime64[D] (whatever where empty)."""
    raw = np.frombuffer(array.buffers()[1], dtype=np.int32)[array.offset:array.offset + len(array)]
    return raw.astype(np.int64).view("datetime64[D]")


class Parsed:
    """One column parsed: values, which cells were empty, which were wrong, which said `none`."""

    def __init__(self, values, empty, bad, none=None):
        self.values, self.empty, self.bad = values, empty, bad
        self.none = none if none is not None else np.zeros(len(empty), dtype=bool)


def parse_column(path: str, kind: str, column, spec=None) -> Parsed:
    array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if _is_text(array.type) and len(array) > DISTINCT_FIRST:
        return _parse_distinct(path, kind, array, spec)
    return _parse_values(path, kind, array, spec)


DISTINCT_FIRST = 64  # a text column longer than this is parsed once per distinct value


def _is_text(type_) -> bool:
    return pa.types.is_string(type_) or pa.types.is_large_string(type_) or pa.types.is_dictionary(type_)


def _parse_distinct(path, kind, array, spec) -> Parsed:
    """Text cells repeat (a few countries, categories and days): parse each distinct text once
    (plus one empty cell) and spread the results to the rows."""
    if not pa.types.is_dictionary(array.type):
        array = pc.dictionary_encode(array)
    distinct = array.dictionary
    if not (pa.types.is_string(distinct.type) or pa.types.is_large_string(distinct.type)):
        distinct = pc.cast(distinct, pa.string())
    distinct = pa.concat_arrays([distinct.cast(pa.string()), pa.array([None], pa.string())])
    parsed = _parse_values(path, kind, distinct, spec)
    index = np.asarray(pc.fill_null(array.indices, len(distinct) - 1).to_numpy(zero_copy_only=False), dtype=np.int64)
    return Parsed(parsed.values[index], parsed.empty[index], parsed.bad[index], parsed.none[index])


def _parse_values(path: str, kind: str, array, spec=None) -> Parsed:
    n = len(array)
    if kind == "date":
        none = np.zeros(n, dtype=bool)
        if pa.types.is_date(array.type) or pa.types.is_timestamp(array.type):
            days = pc.cast(array, pa.date32()) if not pa.types.is_date32(array.type) else array
            empty = _nulls(days)
            bad = np.zeros(n, dtype=bool)
        else:
            text = _strings(array)
            empty = _nulls(text)
            if path in event_fields():
                none = np.asarray(pc.fill_null(pc.equal(pc.utf8_lower(text), NONE), False).to_numpy(zero_copy_only=False), dtype=bool)
            matched = np.asarray(pc.fill_null(pc.match_substring_regex(text, r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), False).to_numpy(zero_copy_only=False), dtype=bool)
            candidates = pc.if_else(pa.array(matched), text, pa.scalar(None, pa.string()))
            stamps = pc.strptime(candidates, format="%Y-%m-%d", unit="s", error_is_null=True)
            # a day that does not exist (2015-02-30) must not roll over into the next month
            # (compared on the day number: a roll-over always changes it; strftime costs 2 us a value)
            day_number = pc.cast(pc.utf8_slice_codeunits(candidates, 8, 10), pa.int64())
            same = pc.fill_null(pc.equal(pc.day(stamps), day_number), False)
            stamps = pc.if_else(same, stamps, pa.scalar(None, stamps.type))
            days = pc.cast(stamps, pa.date32())
            bad = ~empty & ~none & _nulls(days)
            empty = empty | none
        values = _days(days) if pa.types.is_date32(days.type) else days.to_numpy(zero_copy_only=False).astype("datetime64[D]")
        values = np.where(empty | bad, NAT, values)
        bad |= ~(empty | bad) & ((values < D_FIRST) | (values > D_LAST))
        return Parsed(values, empty, bad, none)
    if kind == "tri":
        if pa.types.is_boolean(array.type):
            return Parsed(_booleans(array), _nulls(array), np.zeros(n, dtype=bool))
        text = pc.utf8_lower(_strings(array))
        empty = _nulls(text)
        index = pc.index_in(text, value_set=pa.array(TRUE_WORDS + FALSE_WORDS))
        found = ~_nulls(index)
        values = np.asarray(pc.fill_null(index, 99).to_numpy(zero_copy_only=False)) < len(TRUE_WORDS)
        return Parsed(values, empty, ~empty & ~found)
    if kind in ("enum", "plain", "list"):
        text = _strings(array)
        if path == "person.nationality":
            text = pc.utf8_upper(text)
            allowed = sorted(ISO_ALPHA2)
        elif path == "person.departement":
            text = pc.utf8_upper(text)
            short = pc.fill_null(pc.and_(pc.utf8_is_digit(text), pc.less(pc.utf8_length(text), 2)), False)
            text = pc.if_else(short, pc.utf8_lpad(text, 2, "0"), text)
            allowed = sorted(DEPARTEMENTS)
        elif kind == "list":
            return _parse_list(text, spec)
        else:
            allowed = [item.name for item in spec.klass.possible_values if item.name != "unknown"]
        empty = _nulls(text)
        index = pc.index_in(text, value_set=pa.array(allowed))
        bad = ~empty & _nulls(index)
        if kind == "enum":
            codes = np.array([spec.klass.possible_values[name].index for name in allowed], dtype=np.int16)
            raw = np.asarray(pc.fill_null(index, 0).to_numpy(zero_copy_only=False))
            values = np.where(empty | bad, spec.klass.possible_values["unknown"].index, codes[raw]).astype(np.int16)
        else:  # fixed-width numpy strings (no Python object per row): '' when empty or wrong
            raw = np.asarray(pc.fill_null(index, len(allowed)).to_numpy(zero_copy_only=False))
            values = np.array(allowed + [""])[raw]
        return Parsed(values, empty, bad)
    # numbers
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type) or pa.types.is_dictionary(array.type):
        text = _strings(array)
        empty = _nulls(text)
        numbers = np.full(n, np.nan)
        for i, value in enumerate(text.to_pylist()):
            if value is not None:
                try:
                    numbers[i] = float(value)
                except ValueError:
                    pass
    elif pa.types.is_boolean(array.type):
        empty = _nulls(array)
        numbers = np.full(n, np.nan)  # true/false is not a number
    else:
        empty = _nulls(array)
        numbers = np.asarray(pc.cast(array, pa.float64()).to_numpy(zero_copy_only=False), dtype=float)
    bad = ~empty & ~np.isfinite(numbers)
    filled = np.where(empty | bad, 0.0, numbers)
    if kind == "cents":
        cents = np.floor(filled * 100 + 0.5 + 1e-6)
        bad |= ~empty & ((filled <= 0) | (filled > MAX_SALARY_EUR) | (np.abs(cents - filled * 100) > 1e-6))
        return Parsed(np.where(empty | bad, -1, cents).astype(np.int64), empty, bad)
    low, high = RANGES.get(path, (0, 10**6))
    bad |= ~empty & ((filled != np.floor(filled)) | (filled < low) | (filled > high))
    return Parsed(np.where(empty | bad, -1, filled).astype(np.int64), empty, bad)


def _parse_list(text, spec) -> Parsed:
    empty = _nulls(text)
    text = pc.if_else(pc.fill_null(pc.equal(pc.utf8_lower(text), NONE), False), pa.scalar("", pa.string()), text)
    parts = pc.split_pattern(pc.fill_null(text, ""), ";")
    flat = pc.list_flatten(parts)
    allowed = ["self_reliance_and_cohesion", "solidarity_in_france"]
    ok_items = pc.is_in(flat, value_set=pa.array(allowed + [""]))
    lengths = np.asarray(pc.list_value_length(parts).to_numpy(zero_copy_only=False))
    owners = np.repeat(np.arange(len(lengths)), lengths)
    bad = np.zeros(len(lengths), dtype=bool)
    bad[owners[~np.asarray(ok_items.to_numpy(zero_copy_only=False), dtype=bool)]] = True
    nonblank = np.asarray(pc.not_equal(flat, "").to_numpy(zero_copy_only=False), dtype=bool)
    count = np.bincount(owners[nonblank], minlength=len(lengths))
    return Parsed(np.where(empty, -1, count), empty, bad & ~empty)


class Encoded:
    """The engine's input columns for the valid rows of a table, and the problems of the others."""

    def __init__(self, columns: dict, rows: np.ndarray, errors: list[tuple[int, str, str, str]]):
        self.columns, self.rows, self.errors = columns, rows, errors


def encode(table: pa.Table, first_row: int = 1) -> Encoded:
    check_columns(table.column_names)
    n = table.num_rows
    kinds = field_kinds()
    specs = {spec.field: spec for spec in input_specs()}
    parsed: dict[str, Parsed] = {}
    doubtful = np.zeros(n, dtype=bool)
    for path in table.column_names:
        if path in kinds:
            parsed[path] = parse_column(path, kinds[path], table.column(path), specs.get(path))
            doubtful |= parsed[path].bad
    doubtful |= parsed["as_of"].empty | parsed["person.nationality"].empty
    present = {}
    for section in SECTIONS_IF_ANY + ("permit", "studies"):
        given = np.zeros(n, dtype=bool)
        if section in table.column_names:
            flag = parse_column(section, "tri", table.column(section))
            doubtful |= flag.bad
            given |= flag.values & ~flag.empty
        for path, p in parsed.items():
            if path.startswith(section + "."):
                given |= ~p.empty | p.none
        present[section] = given
    for section, earlier, later in ORDER:
        a, b = parsed.get(f"{section}.{earlier}"), parsed.get(f"{section}.{later}")
        if a is not None and b is not None:
            doubtful |= ~np.isnat(a.values) & ~np.isnat(b.values) & (b.values < a.values)
    columns = _columns(parsed, present, n)
    errors, rescued = [], []
    if doubtful.any():
        records = table.filter(pa.array(doubtful)).to_pylist()
        for index, record in zip(np.flatnonzero(doubtful), records):
            try:
                case = parse_case(row_to_case(record))
            except CaseError as error:
                errors.extend((first_row + int(index), p.path, _short(p.value), p.message) for p in error.problems)
                continue
            rescued.append((index, case))  # the fast checks were too strict: take the model's word
    valid = ~doubtful
    for index, case in rescued:
        valid[index] = True
        one = CaseRows(case, vary=False).arrays()
        for name, column in one.items():
            columns[name][index] = column[0]
    if valid.all():
        return Encoded(columns, np.arange(first_row, first_row + n), errors)
    return Encoded({name: column[valid] for name, column in columns.items()}, np.flatnonzero(valid) + first_row, errors)


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _columns(parsed: dict, present: dict, n: int) -> dict[str, np.ndarray]:
    columns = {}
    for spec in input_specs():
        field = spec.field
        if spec.variable == "as_of":
            columns["as_of"] = parsed["as_of"].values
        elif "." not in field:
            columns[spec.variable] = np.where(present[field], TRUE, FALSE).astype(np.int32)
        elif field.endswith("?"):
            p = parsed.get(field[:-1])
            section = spec.section
            if p is None:
                column = np.where(present[section], UNKNOWN, FALSE)
            else:
                column = np.where(~np.isnat(p.values), TRUE, np.where(p.none, FALSE, UNKNOWN))
                column = np.where(present[section], column, FALSE)
            columns[spec.variable] = column.astype(np.int32)
        else:
            p = parsed.get(field)
            columns[spec.variable] = _column(spec, p, n)
    return columns


def _column(spec, p, n):
    kind = spec.kind
    if kind == "tri":
        return np.full(n, UNKNOWN, np.int32) if p is None else np.where(p.empty | p.bad, UNKNOWN, np.where(p.values, TRUE, FALSE)).astype(np.int32)
    if kind == "date":
        return np.full(n, NAT) if p is None else p.values
    if kind == "enum":
        unknown = spec.klass.possible_values["unknown"].index
        return np.full(n, unknown, np.int16) if p is None else p.values.astype(np.int16)
    if kind in ("cents", "count"):
        return np.full(n, -1, np.int32) if p is None else p.values.astype(np.int32)
    return np.full(n, "", dtype="U3") if p is None else p.values
