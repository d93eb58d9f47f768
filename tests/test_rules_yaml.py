"""The OpenFisca YAML tests that stand beside the rules (sejour/rules/tests/*.yaml).

Each YAML file is one pytest test: it is run through OpenFisca's own test runner, which
returns 0 when every test case of the file passes.
"""

import pathlib

import pytest
from openfisca_core.tools.test_runner import run_tests

from sejour.rules import TESTS_DIR, tax_benefit_system

FILES = sorted(pathlib.Path(TESTS_DIR).glob("*.yaml"))

# One file per route, plus the money and date arithmetic shared by the routes.
EXPECTED_FILES = (
    "no_permit_needed.yaml",
    "aps_volunteer.yaml",
    "aps_graduate.yaml",
    "employee_after_aps.yaml",
    "employee_from_student.yaml",
    "student_renewal.yaml",
    "appeal.yaml",
    "dates_and_money.yaml",
)


def test_every_route_has_its_yaml_file():
    names = {path.name for path in FILES}
    missing = [name for name in EXPECTED_FILES if name not in names]
    assert not missing, f"missing YAML test files in {TESTS_DIR}: {missing}"


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_yaml(path):
    assert run_tests(tax_benefit_system(), [str(path)], options={}) == 0, f"OpenFisca YAML tests failed in {path.name}"
