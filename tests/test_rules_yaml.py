"""The OpenFisca YAML tests that stand beside the rules (sejour/rules/tests/*.yaml)."""

import pathlib

import pytest
from openfisca_core.tools.test_runner import run_tests

from sejour.rules import TESTS_DIR, tax_benefit_system

FILES = sorted(pathlib.Path(TESTS_DIR).glob("*.yaml"))


def test_there_are_yaml_tests_for_every_route():
    text = "".join(path.read_text() for path in FILES)
    for prefix in ("volunteer_", "graduate_", "hire_", "direct_hire_", "renewal_", "appeal_", "no_permit_"):
        assert prefix in text, prefix


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_yaml(path):
    assert run_tests(tax_benefit_system(), [str(path)], options={}) == 0
