"""Route `appeal`: contesting a refusal, explicit or implicit (four months of silence).

The delay depends on the refusal (domain.md, route `appeal`; law.md §8, §14):
- a written refusal without an obligation to leave France (OQTF): two months, a délai franc; an
  administrative appeal (recours gracieux or hiérarchique) made within them keeps the court route;
- a refusal with an OQTF: the court only, within the OQTF's own delay, which no administrative
  appeal extends: before 2024-07-15, 30 days with a departure period, 48 hours without one or in
  custody; from 2024-07-15, one month when free, 7 days under house arrest or in detention,
  48 hours in retention; the delay in force on the day the refusal was notified applies;
- a refusal by silence: two months only if the acknowledgement of receipt stated the appeal routes
  and delays; otherwise a reasonable time (one year as a rule).
When a fact that decides the delay is unknown, every delay it could be is kept and the earliest
day is the one to act by (:func:`sejour.rules.tri.earliest_possible`).
"""

import numpy as np

from ...dates import add_months
from ...working_days import contentious_last_day, hours_last_day
from ..meta import (DateVariable, EnumVariable, Route, SejourVariable, Step, TriVariable, applicability, condition, deadline, first_day_true,
                    in_force, module_variables, value_on)
from ..tri import (FALSE, TRUE, UNKNOWN, all_of, any_of, certain_index, date_on_or_before, earliest_possible, event_on_or_before,
                   for_every, negate, tri)
from .enums import AppealRegime, Custody, Decision, Oqtf

ROUTE = "appeal"
CJA = ["Code de justice administrative art. R421-1 and R421-2", "CE 5 octobre 2018 n° 409579 (délais francs)",
       "CE 19 septembre 2014 n° 362568 (a last day on a weekend or holiday moves to the next working day)"]
OQTF_LAW = ["CESEDA art. L512-1 (to 2021-04-30), L614-4 to L614-6 (2021-05-01 to 2024-07-14)",
            "Loi n° 2024-42 du 26 janvier 2024; décret n° 2024-799 du 2 juillet 2024; CESEDA art. L911-1, L921-1, L921-2 (from 2024-07-15)"]
REGIME_PARAMETERS = ["appeal.appeal_months", "appeal.reasonable_time_months", "appeal.oqtf.reform_2024",
                     "appeal.oqtf.departure_period_days", "appeal.oqtf.free_months", "appeal.oqtf.custody_days",
                     "appeal.oqtf.urgent_hours"]
REGIMES = [regime.name for regime in AppealRegime if regime.name != "unknown"]
# the parameters each regime's day cites (an unknown regime cites them all)
REGIME_CITES = {"no_oqtf": ["appeal.appeal_months"], "implicit_notified": ["appeal.appeal_months"],
                "implicit_not_notified": ["appeal.reasonable_time_months"],
                "oqtf_30_days": ["appeal.oqtf.reform_2024", "appeal.oqtf.departure_period_days"],
                "oqtf_48_hours": ["appeal.oqtf.reform_2024", "appeal.oqtf.urgent_hours"],
                "oqtf_one_month": ["appeal.oqtf.reform_2024", "appeal.oqtf.free_months"],
                "oqtf_7_days": ["appeal.oqtf.reform_2024", "appeal.oqtf.custody_days"]}
REGIME_NAMES = [regime.name for regime in AppealRegime]
NAT = np.datetime64("NaT", "D")


class implicit_refusal_on(DateVariable):
    label = "Day a pending application is refused by silence: four months after filing"
    reference = ["CESEDA art. R311-12 (to 2021-04-30), R432-2 (from 2021-05-01)"]

    def formula(person, period, parameters):
        months = in_force(parameters, period, "general.implicit_refusal_months", 4)
        pending = Decision.code(person("decision", period), "pending")
        return np.where(pending, add_months(person("application_filed_on", period), months), NAT)


class refused(TriVariable):
    label = "The application was refused, in writing or by four months of silence"
    reference = ["CESEDA art. R311-12, R432-2"]

    def formula(person, period, parameters):
        return any_of(person("refused_in_writing", period), person("refused_by_silence", period))


class refused_in_writing(TriVariable):
    label = "The refusal is a written decision (not the silence of the préfecture): there is a letter to read"
    reference = ["CESEDA art. R311-12 (to 2021-04-30), R432-2 (from 2021-05-01)"]

    def formula(person, period, parameters):
        decision = person("decision", period)
        return np.where(Decision.code(decision, "unknown"), UNKNOWN, np.where(Decision.code(decision, "refused"), TRUE, FALSE)).astype(np.int32)


class refused_by_silence(TriVariable):
    label = "The application met four months of silence: a refusal with no letter (décision implicite de rejet)"
    reference = ["CESEDA art. R311-12 (to 2021-04-30), R432-2 (from 2021-05-01)"]

    def formula(person, period, parameters):
        pending = Decision.code(person("decision", period), "pending")
        silent = date_on_or_before(person("implicit_refusal_on", period), person("as_of", period))
        return np.where(pending, silent, FALSE).astype(np.int32)


class appeal_applies(TriVariable):
    label = "The appeal concerns this person: an application was refused (or has met four months of silence)"
    reference = CJA
    __rule__ = applicability(ROUTE,
        parameters=["general.implicit_refusal_months"])

    def formula(person, period, parameters):
        return np.minimum(person("has_application", period), person("refused", period)).astype(np.int32)


def _delay(parameters, period, path, regime_day, default):
    """The delay in force on the assessment day, or, when it is no longer (or not yet) in force
    then, the one in force on `regime_day` (the delays of a regime that ended)."""
    value = in_force(parameters, period, path)
    return value_on(path, regime_day.astype(object), default) if value is None else value


def _contentious(person, period, start, **delay):
    """The last day of a délai franc of `delay` from the day variable `start`, in the person's calendar."""
    return contentious_last_day(person(start, period), person("holiday_zone", period), **delay)


def _switch():
    return first_day_true("appeal.oqtf.reform_2024")


class appeal_last_day_no_oqtf(DateVariable):
    label = "Last day to contest a written refusal without an OQTF: two months from its receipt, a délai franc"
    reference = CJA

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.appeal_months", 2)
        return _contentious(person, period, "refusal_received_on", months=months)


class appeal_last_day_implicit_notified(DateVariable):
    label = "Last day to contest a refusal by silence whose receipt stated the appeal routes: two months, a délai franc"
    reference = CJA + ["CRPA art. L112-6, R112-5"]

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.appeal_months", 2)
        return _contentious(person, period, "implicit_refusal_on", months=months)


class appeal_last_day_implicit_not_notified(DateVariable):
    label = "Safe day to contest a refusal by silence whose receipt did not state the appeal routes: a reasonable time"
    reference = ["CRPA art. L112-6", "CE 18 mars 2019 n° 417270"]

    def formula(person, period, parameters):
        return add_months(person("implicit_refusal_on", period), in_force(parameters, period, "appeal.reasonable_time_months", 12))


class appeal_last_day_oqtf_30_days(DateVariable):
    label = "Last day to contest a refusal with an OQTF and a departure period before 2024-07-15: 30 days, a délai franc"
    reference = OQTF_LAW

    def formula(person, period, parameters):
        return _contentious(person, period, "refusal_received_on",
                            days=_delay(parameters, period, "appeal.oqtf.departure_period_days", _switch() - np.timedelta64(1, "D"), 30))


class appeal_last_day_oqtf_48_hours(DateVariable):
    label = "Day the 48 hours to contest a refusal with an OQTF end (hour to hour, never extended)"
    reference = OQTF_LAW

    def formula(person, period, parameters):
        return hours_last_day(person("refusal_received_on", period), in_force(parameters, period, "appeal.oqtf.urgent_hours", 48))


class appeal_last_day_oqtf_one_month(DateVariable):
    label = "Last day to contest a refusal with an OQTF, person free, from 2024-07-15: one month, a délai franc"
    reference = OQTF_LAW

    def formula(person, period, parameters):
        return _contentious(person, period, "refusal_received_on", months=_delay(parameters, period, "appeal.oqtf.free_months", _switch(), 1))


class appeal_last_day_oqtf_7_days(DateVariable):
    label = "Last day to contest a refusal with an OQTF under house arrest or in detention, from 2024-07-15: the seventh day (the earlier day)"
    reference = OQTF_LAW

    def formula(person, period, parameters):
        days = _delay(parameters, period, "appeal.oqtf.custody_days", _switch(), 7)
        # not a délai franc, not moved past a weekend: the courts differ, the earlier day is kept
        return person("refusal_received_on", period) + np.timedelta64(int(days), "D")


class appeal_regimes_possible(SejourVariable):
    value_type = int
    label = "For each regime (in the order of AppealRegime), whether it is (or may be) the case: a tri value in two bits each"
    reference = CJA + OQTF_LAW

    def formula(person, period, parameters):
        as_of = person("as_of", period)
        decision = person("decision", period)
        explicit = Decision.among(decision, "refused")
        implicit = all_of(Decision.among(decision, "pending"), date_on_or_before(person("implicit_refusal_on", period), as_of))
        received, decided_on = person("refusal_received_on", period), person("decided_on", period)
        notice = person("receipt_states_appeal_routes", period)
        oqtf, custody = person("oqtf", period), person("custody", period)
        switch = _switch()
        new = tri(received >= switch, ~np.isnat(received))
        # a decision taken before the reform but notified after it: both regimes are kept (the earlier day)
        old = any_of(tri(received < switch, ~np.isnat(received)), tri(~np.isnat(decided_on) & (decided_on < switch)))
        with_oqtf, free = negate(Oqtf.among(oqtf, "none")), Custody.among(custody, "none")
        possible = {
            "no_oqtf": all_of(explicit, Oqtf.among(oqtf, "none")),
            "implicit_notified": all_of(implicit, notice),
            "implicit_not_notified": all_of(implicit, negate(notice)),
            "oqtf_30_days": all_of(explicit, Oqtf.among(oqtf, "with_departure_period"), free, old),
            "oqtf_48_hours": all_of(explicit, with_oqtf, any_of(all_of(old, any_of(Oqtf.among(oqtf, "without_departure_period"), negate(free))),
                                                                all_of(new, Custody.among(custody, "retention")))),
            "oqtf_one_month": all_of(explicit, with_oqtf, free, new),
            "oqtf_7_days": all_of(explicit, with_oqtf, Custody.among(custody, "house_arrest", "detention"), new),
        }
        packed = np.zeros(np.shape(as_of), dtype=np.int64)
        for position, name in enumerate(REGIMES):
            packed |= possible[name].astype(np.int64) << (2 * position)
        return packed


def regime_options(person, period, parameters):
    """For each regime of AppealRegime (but `unknown`): whether it is the case (tri) and the last day
    to act under it. Facts left unknown keep every regime they allow open (Kleene logic)."""
    packed = person("appeal_regimes_possible", period)
    return {name: (((packed >> (2 * position)) & 3).astype(np.int32), person(f"appeal_last_day_{name}", period))
            for position, name in enumerate(REGIMES)}


class appeal_regime(EnumVariable):
    possible_values = AppealRegime
    label = "The rule that sets the time to contest the refusal (unknown while a fact that decides it is not given)"
    reference = CJA + OQTF_LAW

    def formula(person, period, parameters):
        options = regime_options(person, period, parameters)
        index = certain_index([options[name][0] for name in REGIMES])
        codes = np.array([AppealRegime[name].index for name in REGIMES] + [AppealRegime.unknown.index], dtype=np.int16)
        return codes[index]  # -1 picks the last code: unknown


class appeal_file_by(DateVariable):
    label = "Last day to contest the refusal under its regime; the earliest possible one while the regime is unknown"
    reference = CJA + OQTF_LAW
    __rule__ = deadline(ROUTE, "file_by", parameters=REGIME_PARAMETERS, by="appeal_regime", cites_by=REGIME_CITES)

    def formula(person, period, parameters):
        options = regime_options(person, period, parameters).values()
        return earliest_possible([possible for possible, _ in options], [day for _, day in options])


class appeal_regime_known(TriVariable):
    label = "Which delay applies to the refusal is known"
    reference = CJA + OQTF_LAW
    __rule__ = condition(ROUTE, "regime_known", parameters=REGIME_PARAMETERS, by="appeal_regime", cites_by=REGIME_CITES)

    def formula(person, period, parameters):
        options = regime_options(person, period, parameters)
        known = certain_index([options[name][0] for name in REGIMES]) >= 0
        # a written refusal that has not reached the person: no delay runs yet, nothing to ask now
        not_started = Decision.code(person("decision", period), "refused") & (person("refusal_received", period) == FALSE)
        return np.where(known | not_started, TRUE, np.where(person("refused", period) == FALSE, FALSE, UNKNOWN)).astype(np.int32)


class appeal_in_time(TriVariable):
    label = "The refusal is (or was) contested within the time allowed, whatever regime may apply"
    reference = CJA + OQTF_LAW
    __rule__ = condition(ROUTE, "within_time", parameters=REGIME_PARAMETERS, by="appeal_regime", cites_by=REGIME_CITES)

    def formula(person, period, parameters):
        as_of = person("as_of", period)
        filed, filed_on = person("appeal_filed", period), person("appeal_filed_on", period)
        options = regime_options(person, period, parameters).values()
        # with an OQTF only a court appeal counts: the day contested is taken as that appeal's (the texts say so)
        possible = [can for can, _ in options]
        answers = [event_on_or_before(filed, filed_on, last_day, as_of) for _, last_day in options]
        # nothing to contest (no refusal) is never late: that alternative keeps the answer sound
        possible.append(negate(person("refused", period)))
        answers.append(np.full(np.shape(as_of), TRUE, dtype=np.int32))
        in_time = for_every(possible, answers)
        explicit = Decision.code(person("decision", period), "refused")
        not_started = explicit & (person("refusal_received", period) == FALSE)  # the written refusal has not reached the person yet
        return any_of(in_time, tri(not_started))


class appeal_administrative_appeal_protects(TriVariable):
    label = "A recours gracieux (or hiérarchique) made within the delay keeps the court route open: not with an OQTF"
    reference = CJA + ["CESEDA art. R911-1: the delay « n'est pas prorogé par l'exercice d'un recours administratif »",
                       "CE Sect. 10 juillet 1964 (an administrative appeal interrupts the time limit)"]
    __rule__ = condition(ROUTE, "administrative_appeal_protects", blocking=False)

    def formula(person, period, parameters):
        return negate(person("appeal_oqtf_possible", period))


class appeal_gracieux_recommended(TriVariable):
    label = "An administrative appeal is certain to keep the court route open (no OQTF): the step and the letter are offered"
    reference = CJA

    def formula(person, period, parameters):
        return np.where(person("appeal_administrative_appeal_protects", period) == TRUE, TRUE, FALSE).astype(np.int32)


class appeal_oqtf_possible(TriVariable):
    label = "The refusal came (or may have come) with an obligation to leave France"
    reference = OQTF_LAW

    def formula(person, period, parameters):
        explicit = Decision.among(person("decision", period), "refused")
        return all_of(explicit, negate(Oqtf.among(person("oqtf", period), "none")))


class appeal_answer_due_on(DateVariable):
    label = "Day silence on the administrative appeal becomes a rejection: 2 months after filing it (no OQTF)"
    reference = ["Code de justice administrative art. R421-2", "CRPA art. L231-4"]
    __rule__ = deadline(ROUTE, "answer_due_on", parameters=["appeal.answer_months"])

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.answer_months", 2)
        filed = (person("appeal_filed", period) == TRUE) & (person("appeal_gracieux_recommended", period) == TRUE)
        return np.where(filed, add_months(person("appeal_filed_on", period), months), NAT)


class appeal_court_file_by(DateVariable):
    label = "Last day to go to the administrative court after the administrative appeal is rejected by silence (a délai franc)"
    reference = CJA
    __rule__ = deadline(ROUTE, "court_file_by", parameters=["appeal.court_months"])

    def formula(person, period, parameters):
        months = in_force(parameters, period, "appeal.court_months", 2)
        return _contentious(person, period, "appeal_answer_due_on", months=months)


route = Route(
    ROUTE,
    steps=(
        Step('read_refusal_letter', when="refused_in_writing"),
        Step('silence_is_refusal', on="implicit_refusal_on", when="refused_by_silence"),
        Step('get_help_now'),
        Step('last_day_send', on="appeal_file_by", when="appeal_gracieux_recommended"),
        Step('last_day_go',
             on="appeal_file_by", when="appeal_oqtf_possible"),
        Step('without_answer_appeal', on="appeal_answer_due_on"),
        Step('last_day_go_2', on="appeal_court_file_by"),
    ),
)

variables = module_variables(globals())
