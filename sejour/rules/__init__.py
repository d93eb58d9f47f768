"""sejour's rules as an OpenFisca country package: entities, dated parameters, variables.

`tax_benefit_system` is built once per process; `registry` lists every variable with the
assessment metadata of its rule (see :mod:`sejour.rules.meta`).
"""

from __future__ import annotations

import functools
import pathlib

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from . import entities
from .meta import Registry

PACKAGE_DIR = pathlib.Path(__file__).parent
PARAMETERS_DIR = PACKAGE_DIR / "parameters"
TESTS_DIR = PACKAGE_DIR / "tests"


def _registry() -> Registry:
    from .variables import appeal, aps_graduate, aps_volunteer, common, employee, inputs, no_permit_needed, student_renewal, talent

    registry = Registry()
    for module in (inputs, common, no_permit_needed, aps_volunteer, aps_graduate, employee, talent, student_renewal, appeal):
        registry.add(*module.variables)
        for route in getattr(module, "routes", ()) or ((module.route,) if hasattr(module, "route") else ()):
            registry.add_route(route)
    return registry


class SejourTaxBenefitSystem(TaxBenefitSystem):
    """The French rules on the APS and the status changes around it."""

    def __init__(self):
        super().__init__(entities.entities)
        self.load_parameters(str(PARAMETERS_DIR))
        self.registry = _registry()
        self.add_variables(*self.registry.variables)


@functools.cache
def tax_benefit_system() -> SejourTaxBenefitSystem:
    return SejourTaxBenefitSystem()


# OpenFisca's command line (`openfisca test --country-package sejour.rules`) looks for this name.
CountryTaxBenefitSystem = SejourTaxBenefitSystem
