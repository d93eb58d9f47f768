"""The case model and its loading: the contract's example reads as given, every malformed input
is refused with a CaseError naming the field, and nothing else ever escapes."""

import dataclasses
import datetime
import json
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from sejour import countries
from sejour.case import FIELD_PATHS, Case, CaseError, Problem, load_case, parse_case
from sejour.countries import COUNTRY_NAMES, DEPARTEMENTS, ISO_ALPHA2

ROOT = pathlib.Path(__file__).parent.parent

# The example of the case format (shared/case-format.md, section 1), as given there.
EXAMPLE = b"""\
version: 1
as_of: 2015-06-16              # the day of the assessment; the rules in force that day apply
person:
  nationality: IN              # ISO 3166-1 alpha-2; EU/EEA/Swiss citizens need no permit
  in_france: true
  arrived_on: 2013-09-01       # last arrival in France
  departement: "75"            # INSEE code of the departement of residence ("75", "2A", "974")
permit:                        # the residence document held now
  kind: student
  expires_on: 2015-09-30
studies:                       # higher education in France
  diploma: master
  confers_master_grade: true
  cge_labelled: false
  institution_accredited: true
  obtained_on: 2015-06-01
  enrolled_next_year: false
  years_completed_in_france: 2
job:                           # a job offer or signed contract, if any
  contract: cdi
  months: 12
  gross_monthly_salary_eur: 2500
  related_to_studies: true
  pay_comparable: true
  signed_on: 2015-07-01
  starts_on: 2015-09-01
volunteering:                  # a volunteer mission, if any
  host_public_utility: true
  host_approved_for_volunteers: true
  mission_purpose: social
  general_interest_aims:
    - solidarity_in_france
  contract_signed_before_entry: true
  long_stay_visa: true
  acceptance_certificate: true
  commits_to_leave: true
  starts_on: 2023-03-01
  ends_on: 2024-02-28
application:                   # an application already filed, if any
  route: aps_volunteer
  filed_on: 2023-03-10
  decision: pending
  decided_on: null
  refusal_received_on: null    # day the written refusal reached the person
  appeal_filed_on: null        # day the person contested the refusal
"""

MINIMAL = {"as_of": "2015-06-16", "person": {"nationality": "IN"}}


def refused(source) -> CaseError:
    """The CaseError that reading `source` (bytes: a file's content; dict: a case) raises."""
    with pytest.raises(CaseError) as caught:
        parse_case(source) if isinstance(source, dict) else load_case(source)
    assert caught.value.problems, "a CaseError always says why"
    assert all(isinstance(p, Problem) for p in caught.value.problems)
    return caught.value


def problem_at(error: CaseError, path: str) -> Problem:
    found = [p for p in error.problems if p.path == path]
    assert found, f"no problem at {path}: {error}"
    return found[0]


def with_(section: str, **fields) -> dict:
    return {**MINIMAL, section: {**MINIMAL.get(section, {}), **fields}}


# -- countries ----------------------------------------------------------------------------------
def test_country_and_departement_lists():
    assert len(ISO_ALPHA2) == 249 and ISO_ALPHA2 == frozenset(COUNTRY_NAMES)
    assert {"IN", "FR", "US", "NO", "DZ", "GB", "CH"} <= ISO_ALPHA2 and "XX" not in ISO_ALPHA2 and "UK" not in ISO_ALPHA2
    assert COUNTRY_NAMES["NO"] == "Norway" and COUNTRY_NAMES["IN"] == "India"
    assert all(len(code) == 2 and code.isupper() for code in ISO_ALPHA2)
    assert len(DEPARTEMENTS) == 101
    assert {"01", "19", "2A", "2B", "21", "75", "95", "971", "972", "973", "974", "976"} <= DEPARTEMENTS
    assert not {"20", "00", "96", "975", "1", "2a"} & DEPARTEMENTS


def test_countries_is_a_static_list():
    source = pathlib.Path(countries.__file__).read_text(encoding="utf-8")
    assert "import" not in source and "pycountry " in source  # named as the origin, never imported


# -- the contract's example ---------------------------------------------------------------------
def test_the_contract_example_reads_as_given():
    case = load_case(EXAMPLE)
    assert case.version == 1 and case.as_of == datetime.date(2015, 6, 16)
    assert case.person.nationality == "IN" and case.person.in_france is True and case.person.departement == "75"
    assert case.person.arrived_on == datetime.date(2013, 9, 1)
    assert case.permit.kind == "student" and case.permit.expires_on == datetime.date(2015, 9, 30)
    assert case.studies.diploma == "master" and case.studies.cge_labelled is False and case.studies.years_completed_in_france == 2
    assert case.job.gross_monthly_salary_eur == 2500.0 and isinstance(case.job.gross_monthly_salary_eur, float)
    assert case.job.months == 12 and case.job.contract == "cdi"
    assert case.volunteering.general_interest_aims == ["solidarity_in_france"]
    assert case.volunteering.ends_on == datetime.date(2024, 2, 28)
    assert case.application.route == "aps_volunteer" and case.application.decision == "pending"
    assert case.application.decided_on is None
    assert case.explicit_nulls() == {"application.decided_on", "application.refusal_received_on", "application.appeal_filed_on"}


def test_every_field_of_the_example_is_a_field_path():
    case = load_case(EXAMPLE)
    values = case.field_values()
    assert list(values) == list(FIELD_PATHS)
    assert values["job.gross_monthly_salary_eur"] == 2500.0 and values["person.departement"] == "75"
    assert values["volunteering.general_interest_aims"] == ["solidarity_in_france"]
    assert len(FIELD_PATHS) == len(set(FIELD_PATHS)) == 41
    for path in ("version", "as_of", "person.nationality", "job.gross_monthly_salary_eur", "volunteering.general_interest_aims",
                 "application.appeal_filed_on", "application.oqtf", "application.custody", "application.receipt_states_appeal_routes", "studies.years_completed_in_france", "permit.kind"):
        assert path in FIELD_PATHS


def test_to_dict_round_trips():
    case = load_case(EXAMPLE)
    data = case.to_dict()
    assert data["as_of"] == "2015-06-16" and data["person"]["departement"] == "75"
    assert data["application"]["decided_on"] is None and data["job"]["gross_monthly_salary_eur"] == 2500
    assert json.loads(json.dumps(data)) == data  # plain data only
    again = Case.model_validate(data)
    assert again == case and again.to_dict() == data and again.explicit_nulls() == case.explicit_nulls()
    assert load_case(json.dumps(data).encode()) == case


@pytest.mark.parametrize("path", sorted((ROOT / "examples").glob("*.yaml")), ids=lambda p: p.name)
def test_the_project_examples_load_and_round_trip(path):
    case = load_case(path)
    assert load_case(str(path)) == case
    assert parse_case(case.to_dict()).to_dict() == case.to_dict()


def test_minimal_case_and_absent_sections():
    case = parse_case(MINIMAL)
    assert case.version == 1 and case.permit is None and case.job is None and case.application is None
    assert case.explicit_nulls() == set()
    assert case.field_values() == {"version": 1, "as_of": datetime.date(2015, 6, 16), "person.nationality": "IN",
                                   "person.in_france": None, "person.arrived_on": None, "person.departement": None}
    assert case.to_dict() == MINIMAL


def test_a_case_is_frozen_and_parse_case_keeps_a_case():
    case = parse_case(MINIMAL)
    assert parse_case(case) is case
    with pytest.raises(ValidationError):
        case.as_of = datetime.date(2020, 1, 1)
    with pytest.raises(ValidationError):
        case.person.nationality = "FR"


# -- explicit null vs absent --------------------------------------------------------------------
def test_explicit_null_is_not_absent():
    case = parse_case({**MINIMAL, "application": {"decision": "refused", "refusal_received_on": None},
                       "job": {"signed_on": None, "contract": "cdi"}, "permit": None})
    assert case.explicit_nulls() == {"application.refusal_received_on", "job.signed_on", "permit"}
    values = case.field_values()
    assert values["application.refusal_received_on"] is None and values["application.appeal_filed_on"] is None
    assert "application.appeal_filed_on" not in case.explicit_nulls()
    assert "permit.kind" not in values  # a section given as null is not present
    data = case.to_dict()
    assert data["application"] == {"decision": "refused", "refusal_received_on": None}
    assert data["permit"] is None and "appeal_filed_on" not in data["application"]
    again = parse_case(data)
    assert again.explicit_nulls() == case.explicit_nulls() and again.application.model_fields_set == {"decision", "refusal_received_on"}


# -- values the readers write -------------------------------------------------------------------
def test_norway_unquoted_is_a_nationality():
    for spelling in (b"NO", b"no", b"No", b"'NO'"):
        case = load_case(b"as_of: 2015-01-01\nperson:\n  nationality: " + spelling + b"\n")
        assert case.person.nationality == "NO"


def test_yaml_12_booleans_and_dates_as_text():
    case = load_case(b"as_of: 2015-01-01\nperson: {nationality: fr, in_france: True}\nstudies: {cge_labelled: FALSE}\n")
    assert case.person.in_france is True and case.studies.cge_labelled is False and case.person.nationality == "FR"
    for word in (b"yes", b"on", b"Y", b"off", b"n"):
        error = refused(b"as_of: 2015-01-01\nperson: {nationality: FR, in_france: " + word + b"}\n")
        assert problem_at(error, "person.in_france").value == word.decode()


@pytest.mark.parametrize("given, expected", [(75, "75"), (1, "01"), (9, "09"), ("2a", "2A"), ("2B", "2B"), (974, "974"), ("971", "971")])
def test_departement_forms(given, expected):
    assert parse_case(with_("person", departement=given)).person.departement == expected


def test_departement_from_yaml_numbers():
    assert load_case(b"as_of: 2015-01-01\nperson: {nationality: FR, departement: 75}\n").person.departement == "75"
    assert load_case(b"as_of: 2015-01-01\nperson: {nationality: FR, departement: 08}\n").person.departement == "08"
    assert load_case(b"as_of: 2015-01-01\nperson: {nationality: FR, departement: 2A}\n").person.departement == "2A"


def test_numbers_at_their_limits():
    assert parse_case(with_("job", gross_monthly_salary_eur=1_000_000, months=120)).job.months == 120
    assert parse_case(with_("job", gross_monthly_salary_eur=0.01, months=1)).job.gross_monthly_salary_eur == 0.01
    assert parse_case(with_("job", gross_monthly_salary_eur=2186.28)).job.gross_monthly_salary_eur == 2186.28
    assert parse_case(with_("studies", years_completed_in_france=0)).studies.years_completed_in_france == 0
    assert parse_case(with_("volunteering", general_interest_aims=[])).volunteering.general_interest_aims == []


def test_dates_as_objects_and_at_the_bounds():
    case = parse_case({"as_of": datetime.date(1900, 1, 1), "person": {"nationality": "IN", "arrived_on": "2100-12-31"}})
    assert case.as_of == datetime.date(1900, 1, 1) and case.person.arrived_on == datetime.date(2100, 12, 31)
    assert load_case(b"as_of: 2016-02-29\nperson: {nationality: IN}\n").as_of == datetime.date(2016, 2, 29)


def test_json_and_byte_order_mark():
    text = json.dumps({**MINIMAL, "job": {"gross_monthly_salary_eur": 1e3}})
    assert load_case(text.encode()).job.gross_monthly_salary_eur == 1000.0
    assert load_case("\ufeff".encode() + EXAMPLE).person.departement == "75"


def test_paths_as_str_and_path(tmp_path):
    file = tmp_path / "case.yaml"
    file.write_bytes(EXAMPLE)
    assert load_case(file) == load_case(str(file)) == load_case(EXAMPLE)


# -- refused: each field named ------------------------------------------------------------------
BAD_FIELDS = [
    # (case, dotted path, words the message must hold)
    (with_("job", salary=2500), "job.salary", "unknown key 'salary'; did you mean 'gross_monthly_salary_eur'?"),
    ({**MINIMAL, "persn": {}}, "persn", "did you mean 'person'?"),
    (with_("person", zzzzzz=1), "person.zzzzzz", "known keys here: nationality, in_france, arrived_on, departement"),
    ({**MINIMAL, "as_of": "2015-02-30"}, "as_of", "February 2015 has 28 days"),
    ({**MINIMAL, "as_of": "2015-13-01"}, "as_of", "no month 13"),
    ({**MINIMAL, "as_of": "16/06/2015"}, "as_of", "YYYY-MM-DD"),
    ({**MINIMAL, "as_of": "2101-01-01"}, "as_of", "between 1900-01-01 and 2100-12-31"),
    ({**MINIMAL, "as_of": 20150616}, "as_of", "YYYY-MM-DD"),
    (with_("permit", expires_on="2015-9-30"), "permit.expires_on", "YYYY-MM-DD"),
    (with_("job", gross_monthly_salary_eur=-1), "job.gross_monthly_salary_eur", "above 0"),
    (with_("job", gross_monthly_salary_eur=0), "job.gross_monthly_salary_eur", "above 0"),
    (with_("job", gross_monthly_salary_eur=1e12), "job.gross_monthly_salary_eur", "at most 1000000"),
    (with_("job", gross_monthly_salary_eur=2500.123), "job.gross_monthly_salary_eur", "at most 2 decimals"),
    (with_("job", gross_monthly_salary_eur=float("nan")), "job.gross_monthly_salary_eur", "salary"),
    (with_("job", gross_monthly_salary_eur=float("inf")), "job.gross_monthly_salary_eur", "salary"),
    (with_("job", gross_monthly_salary_eur=True), "job.gross_monthly_salary_eur", "expected a number"),
    (with_("job", gross_monthly_salary_eur="2500"), "job.gross_monthly_salary_eur", "expected a number"),
    (with_("job", months=0), "job.months", "whole number from 1 to 120"),
    (with_("job", months=121), "job.months", "whole number from 1 to 120"),
    (with_("job", months=12.0), "job.months", "whole number"),
    (with_("job", months=True), "job.months", "whole number"),
    (with_("studies", years_completed_in_france=21), "studies.years_completed_in_france", "from 0 to 20"),
    (with_("studies", years_completed_in_france=-1), "studies.years_completed_in_france", "from 0 to 20"),
    (with_("person", in_france="yes"), "person.in_france", "expected true or false"),
    (with_("person", in_france=1), "person.in_france", "expected true or false"),
    (with_("person", nationality="XX"), "person.nationality",
     "'XX' is not an ISO 3166-1 alpha-2 country code (expected e.g. 'IN', 'FR', 'US')"),
    (with_("person", nationality="xx"), "person.nationality", "'XX' is not an ISO 3166-1"),
    (with_("person", nationality="IND"), "person.nationality", "not an ISO 3166-1 alpha-2"),
    (with_("person", nationality="ß"), "person.nationality", "not an ISO 3166-1 alpha-2"),  # 'ß'.upper() == 'SS'
    (with_("person", nationality="India"), "person.nationality", "did you mean 'IN'"),
    (with_("person", nationality="UK"), "person.nationality", "did you mean 'GB'"),
    (with_("person", nationality=None), "person.nationality", "must not be null"),
    (with_("person", nationality=False), "person.nationality", "ISO 3166-1"),
    ({"as_of": "2015-01-01", "person": {}}, "person.nationality", "required field is missing"),
    ({"person": {"nationality": "IN"}}, "as_of", "required field is missing"),
    ({"as_of": "2015-01-01"}, "person", "required field is missing"),
    ({**MINIMAL, "person": None}, "person", "must not be null"),
    ({**MINIMAL, "job": ["cdi"]}, "job", "mapping"),
    (with_("person", departement="20"), "person.departement", "'2A' or '2B'"),
    (with_("person", departement="99"), "person.departement", "'01' to '95'"),
    (with_("person", departement=99), "person.departement", "not an INSEE département code"),
    (with_("person", departement="1"), "person.departement", "not an INSEE département code"),
    (with_("person", departement=75.0), "person.departement", "not an INSEE département code"),
    ({**MINIMAL, "version": 2}, "version", "expected 1"),
    ({**MINIMAL, "version": True}, "version", "expected 1"),
    ({**MINIMAL, "version": "1"}, "version", "expected 1"),
    (with_("permit", kind="tourist"), "permit.kind", "'long_stay_visa'"),
    (with_("job", contract="CDI"), "job.contract", "'cdi', 'cdd', 'interim', 'internship' or 'student_job'"),
    (with_("application", route="aps"), "application.route", "'aps_graduate'"),
    (with_("volunteering", general_interest_aims=["solidarity_in_france", "fun"]), "volunteering.general_interest_aims.1",
     "'self_reliance_and_cohesion' or 'solidarity_in_france'"),
    (with_("volunteering", general_interest_aims="solidarity_in_france"), "volunteering.general_interest_aims",
     "expected a list"),
    (with_("volunteering", starts_on="2023-03-01", ends_on="2023-02-28"), "volunteering.ends_on", "volunteering.starts_on"),
    (with_("application", filed_on="2023-03-10", decided_on="2023-03-09"), "application.decided_on", "application.filed_on"),
    (with_("application", decided_on="2023-03-10", refusal_received_on="2023-03-01"), "application.refusal_received_on",
     "application.decided_on"),
    (with_("application", refusal_received_on="2023-03-10", appeal_filed_on="2023-03-01"), "application.appeal_filed_on",
     "application.refusal_received_on"),
]


@pytest.mark.parametrize("case, path, words", BAD_FIELDS, ids=[f"{i}-{p}" for i, (_, p, _) in enumerate(BAD_FIELDS)])
def test_bad_fields_are_named(case, path, words):
    error = refused(case)
    assert words in problem_at(error, path).message, str(error)
    assert path in str(error)


def test_several_problems_at_once_and_the_rendering():
    error = refused({"as_of": "2015-02-30", "person": {"nationality": "XX"}, "job": {"salary": 2500, "months": -3}})
    assert {p.path for p in error.problems} == {"as_of", "person.nationality", "job.salary", "job.months"}
    lines = str(error).splitlines()
    assert len(lines) == len(error.problems)
    for problem, line in zip(error.problems, lines):
        assert line == f"{problem.path}: {problem.message} (got {problem.value!r})"
    assert "as_of: no such day" in str(error) and "(got '2015-02-30')" in str(error)


def test_order_checks_allow_the_same_day_and_an_unknown_earlier_day():
    ok = with_("application", filed_on="2023-03-10", decided_on="2023-03-10", refusal_received_on="2023-03-10")
    assert parse_case(ok).application.refusal_received_on == datetime.date(2023, 3, 10)
    assert parse_case(with_("application", decided_on=None, refusal_received_on="2020-01-01", filed_on="2023-01-01"))


def test_problem_is_a_frozen_dataclass():
    problem = Problem("job.months", 0, "expected a whole number from 1 to 120")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.path = "x"
    assert str(CaseError([problem])) == "job.months: expected a whole number from 1 to 120 (got 0)"


def test_not_a_mapping_to_parse_case():
    for value in ([], "as_of: 2015-01-01", None, 3):
        with pytest.raises(CaseError) as caught:
            parse_case(value)
        assert "mapping" in str(caught.value)


# -- refused: whole files -----------------------------------------------------------------------
BAD_FILES = [
    (b"", "the file is empty; expected a case with at least as_of and person.nationality"),
    (b"  \n\n", "the file is empty"),
    (b"# only a comment\n", "the file is empty"),
    (bytes(range(256)), "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"as_of: 2015-01-01\nperson:\n  nationality: IN # \xe9\n", "not UTF-8"),
    (b"as_of: 2015-01-01\nperson: \x07\n", "control character"),
    (b"as_of: 2015-01-01\nperson: {nationality: IN\n", "line 3, column 1"),
    (b"as_of: 2015-01-01\n  person: x\n bad: [\n", "line 2"),
    (b'{"as_of": "2015-01-01", "person": {"nationality": "IN"}', "not valid YAML or JSON at line 1"),
    (b"- as_of\n- person\n", "the top level is a list; expected a mapping"),
    (b"just some text\n", "the top level is a str; expected a mapping"),
    (b"as_of: 2015-01-01\nas_of: 2015-01-02\nperson:\n  nationality: IN\n", "duplicate key 'as_of'"),
    (b"as_of: 2015-01-01\nperson:\n  nationality: IN\n  nationality: FR\n", "line 4"),
    (b'{"as_of": "2015-01-01", "person": {"nationality": "IN", "nationality": "FR"}}', "duplicate key 'nationality'"),
    (b"as_of: 2015-01-01\nperson: !!python/object/apply:os.system [ls]\n", "could not determine a constructor"),
    (b"a: 1\n---\nb: 2\n", "single document"),
    ("as_of: 2015-01-01\nperson: {nationality: IN}\n".encode("utf-16"), "UTF-16"),
]


@pytest.mark.parametrize("content, words", BAD_FILES, ids=[w[:30] for _, w in BAD_FILES])
def test_bad_files_are_refused_as_a_whole(content, words):
    error = refused(content)
    assert [p.path for p in error.problems] == ["<file>"]
    assert words in error.problems[0].message, str(error)


def test_yaml_errors_in_fields_name_the_field():
    error = refused(b"as_of: 2015-01-01\nperson:\n  nationality: XX\njob:\n  gross_monthly_salary_eur: 1e12\n")
    assert {p.path for p in error.problems} == {"person.nationality", "job.gross_monthly_salary_eur"}
    assert problem_at(error, "job.gross_monthly_salary_eur").value == 1e12
    error = refused(b"as_of: 2015-02-30\nperson: {nationality: IN}\n")
    assert problem_at(error, "as_of").value == "2015-02-30"  # kept as text by the loader
    error = refused(b'{"as_of": "2015-01-01", "person": {"nationality": "IN"}, "job": {"gross_monthly_salary_eur": NaN}}')
    assert problem_at(error, "job.gross_monthly_salary_eur")


def test_missing_file_directory_and_odd_paths(tmp_path):
    for source, words in ((tmp_path / "nowhere.yaml", "no such file"), (tmp_path, "is a directory"),
                          (str(tmp_path / "nowhere.yaml"), "no such file"), ("a\0b.yaml", "file name")):
        error = refused(source)
        assert error.problems[0].path == "<file>" and words in error.problems[0].message


def test_neither_a_path_nor_bytes():
    for source in (None, 3, ["case.yaml"]):
        assert refused(source).problems[0].path == "<file>"


def test_yaml_12_numbers():
    """`1:30` is not a base-60 number, `.` and `0x_` are text, `1e3` is a number."""
    error = refused(b"as_of: 2015-01-01\nperson: {nationality: IN}\njob: {months: 1:30, contract: ., gross_monthly_salary_eur: 0x_}\n")
    assert problem_at(error, "job.months").value == "1:30" and problem_at(error, "job.contract").value == "."
    assert problem_at(error, "job.gross_monthly_salary_eur").value == "0x_"
    assert load_case(b"as_of: 2015-01-01\nperson: {nationality: IN}\njob: {gross_monthly_salary_eur: 1.5e3}\n").job.gross_monthly_salary_eur == 1500


def test_empty_and_binary_files_on_disk(tmp_path):
    empty, binary = tmp_path / "empty.yaml", tmp_path / "binary.yaml"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 4)
    assert "empty" in str(refused(empty)) and "binary" in str(refused(binary))


# -- nothing but CaseError ever escapes ---------------------------------------------------------
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25)
KEYS = st.sampled_from(sorted({path.split(".")[-1] for path in FIELD_PATHS} | {"person", "job", "application", "salary"}))
VALUES = JSONISH | st.sampled_from(["2015-06-16", "2015-02-30", "IN", "NO", "75", "2A", "cdi", "pending", "social", 75, 2500, 1e12])


def _accepted_or_case_error(read, source):
    try:
        case = read(source)
    except CaseError as error:
        assert error.problems and str(error)
        for problem in error.problems:
            assert isinstance(problem.path, str) and problem.path and isinstance(problem.message, str) and problem.message
    else:
        assert isinstance(case, Case)
        assert parse_case(case.to_dict()).to_dict() == case.to_dict()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(JSONISH)
def test_random_values_give_a_case_or_a_case_error(data):
    _accepted_or_case_error(parse_case, data)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, VALUES | st.dictionaries(KEYS, VALUES, max_size=6), max_size=6))
def test_random_near_cases_give_a_case_or_a_case_error(data):
    _accepted_or_case_error(parse_case, {**MINIMAL, **data})


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_random_bytes_give_a_case_or_a_case_error(content):
    _accepted_or_case_error(load_case, content)


YAMLISH = st.lists(st.sampled_from(list(":-[]{},#&*!|>'\"\n ?%@`\\\t\x07é") + [
    "as_of", "person", "nationality", "NO", "2015-06-16", "1e12", "null", "true", "yes", "  ", "<<", "job", ": "]),
    max_size=40).map("".join)


@settings(max_examples=300)
@given(YAMLISH)
def test_random_yaml_like_text_gives_a_case_or_a_case_error(text):
    _accepted_or_case_error(load_case, text.encode("utf-8"))


@st.composite
def valid_cases(draw):
    """Valid cases built from the example: any subset of sections and fields, some explicit nulls."""
    full = load_case(EXAMPLE).to_dict()
    data = {"as_of": full["as_of"], "person": {"nationality": draw(st.sampled_from(sorted(ISO_ALPHA2)))}}
    for section in ("person", "permit", "studies", "job", "volunteering", "application"):
        if section != "person" and not draw(st.booleans()):
            continue
        target = data.setdefault(section, {})
        for field, value in full[section].items():
            if field != "nationality" and draw(st.booleans()):
                target[field] = draw(st.sampled_from([value, None]))
    return data


@given(valid_cases())
def test_valid_cases_round_trip_with_their_nulls(data):
    case = parse_case(data)
    assert case.to_dict() == json.loads(json.dumps(data))
    assert Case.model_validate(case.to_dict()) == case
    expected_nulls = {f"{s}.{f}" for s, fields in data.items() if isinstance(fields, dict) for f, v in fields.items() if v is None}
    assert case.explicit_nulls() == expected_nulls
    assert set(case.field_values()) <= set(FIELD_PATHS)
