"""Route `no_permit_needed`: EU, EEA and Swiss nationals need no residence permit."""

from ..meta import FactCondition, Route, Step, TriVariable, applicability, condition, module_variables
from ..tri import TRUE, all_of, negate
from .enums import Contract

ROUTE = "no_permit_needed"


class no_permit_applies(TriVariable):
    label = "Whether a permit is needed concerns everyone"
    reference = ["Directive 2004/38/CE"]
    __rule__ = applicability(ROUTE)

    def formula(person, period, parameters):
        return person("as_of", period).astype("int64") * 0 + TRUE


class no_permit_free_movement(FactCondition):
    label = "National of an EU member state, of the EEA or of Switzerland on the day"
    reference = ["Directive 2004/38/CE", "Agreement on the European Economic Area", "EC-Switzerland Agreement of 21 June 1999",
                 "Seed 004: « A European volunteer does not need a residence permit »"]
    __fact__ = "free_movement_national"
    __rule__ = condition(ROUTE, "free_movement_national", parameters=["nationality.free_movement"])


class no_permit_transitional(TriVariable):
    label = "Not an EU citizen under transitional measures who works as an employee (they needed a permit and a work authorisation)"
    reference = ["Treaties of accession of Bulgaria and Romania (2005) and of Croatia (2011): transitional measures on workers"]
    __rule__ = condition(ROUTE, "transitional_measures", parameters=["nationality.transitional_measures"])

    def formula(person, period, parameters):
        salaried = Contract.among(person("contract", period), "cdi", "cdd", "interim", "student_job")
        employee = all_of(person("has_job", period), salaried)
        return negate(all_of(person("transitional_measures_national", period), employee))


class no_permit_withdrawal_agreement(TriVariable):
    label = "A British national living in France before 2021-01-01 is under the Withdrawal Agreement (its own residence card)"
    reference = ["EU-UK Withdrawal Agreement, Part Two (citizens' rights)"]
    __rule__ = condition(ROUTE, "withdrawal_agreement", blocking=False, only_if="nationality.uk_withdrawal_agreement", when="british_national",
                         parameters=["nationality.uk_withdrawal_agreement"])

    def formula(person, period, parameters):
        return person("withdrawal_agreement_resident", period)


route = Route(ROUTE,
              steps=(Step('no_residence_permit',
                          verdicts=("eligible",)),))

variables = module_variables(globals())
