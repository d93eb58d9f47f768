"""Facts shared by several routes: nationality, place, the minimum wage."""

import numpy as np

from ...working_days import zone_of
from ..meta import CentsVariable, EnumVariable, SejourVariable, TriVariable, cents, codes_in_force, condition, figure, in_force, module_variables, parameter_per_row
from ..tri import FALSE, TRUE, all_of, is_in, negate, tri
from .enums import Region, RouteId


def filing_day(person, period, route: str):
    """The day an application for `route` is (or was) filed: the filing day of an application already
    made for it, else the assessment day (filing now); not known when an application whose route is not
    known exists (it may be this one). A deadline to file is met by the day of filing, not by today:
    a person who filed in time and waits for the answer is not late (CESEDA R431-5: the application is
    made before the permit expires)."""
    route_code = person("application_route", period)
    filed = RouteId.code(route_code, route)
    maybe_this = (person("has_application", period) == TRUE) & RouteId.code(route_code, "unknown")
    day = np.where(filed, person("application_filed_on", period), person("as_of", period))
    return np.where(maybe_this, np.datetime64("NaT"), day)


def nationality_among(person, period, parameters, path):
    """Whether the person's nationality is one of the countries true on that day in the node `path`."""
    return tri(is_in(person("nationality", period), codes_in_force(parameters, period, path)))


class free_movement_national(TriVariable):
    label = "National of an EU member state (on the day), of the EEA or of Switzerland: no permit needed"
    reference = ["Directive 2004/38/CE", "Agreement on the European Economic Area", "EC-Switzerland Agreement of 21 June 1999",
                 "Seed 004: « A European volunteer does not need a residence permit »"]

    def formula(person, period, parameters):
        return nationality_among(person, period, parameters, "nationality.free_movement")


class needs_permit(TriVariable):
    label = "The person falls under the routes for third-country nationals (not an EU, EEA or Swiss national, nor a British resident under the Withdrawal Agreement)"
    reference = ["Directive 2004/38/CE", "EU-UK Withdrawal Agreement, Part Two"]

    def formula(person, period, parameters):
        return all_of(negate(person("free_movement_national", period)), negate(person("withdrawal_agreement_resident", period)))


class withdrawal_agreement_resident(TriVariable):
    label = "British national living in France before 2021-01-01: under the EU-UK Withdrawal Agreement (from 2021-01-01)"
    reference = ["EU-UK Withdrawal Agreement, Part Two (citizens' rights)"]

    def formula(person, period, parameters):
        in_force_now = bool(in_force(parameters, period, "nationality.uk_withdrawal_agreement", False))
        british = is_in(person("nationality", period), ["GB"])
        if not in_force_now:
            return tri(np.zeros(len(british), dtype=bool))
        arrived = person("arrived_on", period)
        before = tri(arrived < np.datetime64("2021-01-01"), ~np.isnat(arrived))
        return np.where(british, before, FALSE).astype(np.int32)


class british_national(TriVariable):
    label = "The person is a British national (the Withdrawal Agreement can concern them)"
    reference = ["EU-UK Withdrawal Agreement, Part Two (citizens' rights)"]

    def formula(person, period, parameters):
        nationality = person("nationality", period)
        return tri(is_in(nationality, ["GB"]), nationality != "")


class transitional_measures_national(TriVariable):
    label = "EU citizen under transitional measures on the day (Bulgaria, Romania to 2013-12-31; Croatia 2013-07-01 to 2015-06-30)"
    reference = ["Treaties of accession of Bulgaria, Romania (2005) and Croatia (2011): transitional measures on workers"]

    def formula(person, period, parameters):
        return nationality_among(person, period, parameters, "nationality.transitional_measures")


class aps_excluded_national(TriVariable):
    label = "National whose stay is governed entirely by a bilateral agreement (Algeria)"
    reference = ["Accord franco-algérien du 27 décembre 1968", "CE, avis, 22 mars 2010, n° 333679"]

    def formula(person, period, parameters):
        excluded = in_force(parameters, period, "nationality.aps_excluded", [])
        return tri(is_in(person("nationality", period), excluded))


class NationalityAllowed(TriVariable):
    """Base of the condition that the nationality opens the CESEDA's APS (not Algerians)."""

    # Its sources: the route's own basis (open to any non-European national); the agreement that
    # governs some nationals instead is cited, by the parameter, to those nationals only.
    defaults = {"label": "The nationality allows the CESEDA's APS (Algerians are governed by the 1968 agreement)"}

    @staticmethod
    def rule(route):
        return condition(route, "nationality_allowed", parameters=["nationality.aps_excluded"])

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "formula" not in cls.__dict__:
            cls.formula = _not_excluded


def _not_excluded(person, period, parameters):
    return negate(person("aps_excluded_national", period))


class bilateral_agreement_national(TriVariable):
    label = "National of a country whose bilateral agreement gives graduates an APS of its own"
    reference = ["shared/research/law.md §3 (CIUP and Campus France lists)"]

    def formula(person, period, parameters):
        return nationality_among(person, period, parameters, "nationality.bilateral_agreement")


class in_ile_de_france(TriVariable):
    label = "The person lives in Île-de-France (Paris region)"
    reference = ["INSEE, région Île-de-France", "shared/domain.md, Dates"]

    def formula(person, period, parameters):
        departement = person("departement", period)
        idf = in_force(parameters, period, "general.ile_de_france_departements", [])
        return tri(is_in(departement, idf), departement != "")


class residence_region(EnumVariable):
    possible_values = Region
    label = "Where the person lives, for the advice that depends on it: Île-de-France, elsewhere, or not known (no département given)"
    reference = ["INSEE, région Île-de-France", "shared/domain.md, Dates"]

    def formula(person, period, parameters):
        codes = np.array([Region.elsewhere.index, Region.unknown.index, Region.ile_de_france.index], dtype=np.int16)
        return codes[person("in_ile_de_france", period)]


class holiday_zone(SejourVariable):
    value_type = int
    label = "The public holidays calendar of the person's département: metropolitan France, Moselle, Alsace, or an overseas département"
    reference = ["Code du travail art. L3133-1 (public holidays); Alsace-Moselle and overseas départements (their own days)",
                 "shared/domain.md, Dates"]

    def formula(person, period, parameters):
        return zone_of(person("departement", period))


class smic_monthly(CentsVariable):
    label = "Gross monthly minimum wage (SMIC) in force"
    reference = ["Code du travail art. L3231-2 and the yearly SMIC decrees"]
    __rule__ = figure(
        ("employee_after_aps", "employee_from_student"), "smic_monthly_eur", unit="EUR",
        parameters=["employment.smic_monthly"],
    )

    def formula(person, period, parameters):
        return parameter_per_row(person, period, parameters, "employment.smic_monthly", cents)


class salary_floor(CentsVariable):
    label = "Gross monthly salary the job must pay at least: 1.5 × the SMIC, rounded to the cent"
    reference = ["Code du travail art. D5221-21-1", "Seed 000: « Be paid at least 1.5 times the SMIC »"]
    __rule__ = figure(
        ("employee_after_aps", "employee_from_student"), "minimum_monthly_salary_eur", unit="EUR",
        parameters=["employment.salary_floor_smic_multiple", "employment.smic_monthly"],
    )

    def formula(person, period, parameters):
        smic = person("smic_monthly", period)
        multiple = in_force(parameters, period, "employment.salary_floor_smic_multiple", 1.5)
        floor = np.floor(smic * multiple + 0.5 + 1e-6).astype(np.int64)
        return np.where(smic < 0, -1, floor)


variables = module_variables(globals())
