"""The legal basis a letter cites: the article of THAT route in force on the letter's day, for
THAT person's nationality. Never another nationality's agreement: the CESEDA's routes cite the
CESEDA; a national of a country whose bilateral agreement gives graduates an APS of its own
(rules parameter ``nationality.bilateral_agreement``) also relies on that agreement, by the name of
their own country; a national governed entirely by an agreement (``nationality.aps_excluded``,
Algerians) gets no CESEDA article (their routes are not open: the engine says so).

The articles, and the day they changed, are those the rules cite (sejour/rules/parameters and
variables): the CESEDA was renumbered on 1 May 2021 (ordonnance n° 2020-1733 du 16 décembre
2020); the graduate's APS became the « recherche d'emploi ou création d'entreprise » card on
1 March 2019 (loi n° 2018-778). Source of the articles: Légifrance, CESEDA,
https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070158."""

from __future__ import annotations

import datetime
import functools

RECODIFIED = datetime.date(2021, 5, 1)
RECE_FROM = datetime.date(2019, 3, 1)
CRPA_FROM = datetime.date(2016, 1, 1)  # code des relations entre le public et l'administration, in force 1 January 2016

# route id -> ((first day, article), ...), latest last
ARTICLES = {
    "aps_volunteer": ((None, "L. 311-10"), (RECODIFIED, "L. 426-21")),
    "employee_after_aps": ((None, "L. 311-11"), (RECE_FROM, "L. 313-8"), (RECODIFIED, "L. 422-11")),
    "employee_from_student": ((None, "L. 313-10"), (RECODIFIED, "L. 421-1 et L. 421-3")),
}
# The recours gracieux interrupts the time limit to go to court (CRPA art. L411-2 from 2016,
# before it the case law: CE, Section, 10 juillet 1964); the limit itself is CJA art. R421-1, R421-2.
# Checked on 2026-12-01: L411-2 CRPA quoted in full by juritravail.com (« Contestation d'une décision
# administrative : recours gracieux ») and astenavocats.com (CE avis 12 juillet 2023 n° 474865, citing
# CE 10 juillet 1964 Centre médico-pédagogique de Beaulieu n° 60408, and CJA R421-1).
# L421-1 (« salarié », CDI) and L421-3 (« travailleur temporaire », CDD; before 1 May 2021 L313-10
# al. 1 and 4) checked on 2026-12-01 on Légifrance (CESEDA, section LEGISCTA000042800916 and
# LEGISCTA000042771540) and doctrine.fr's copy of L421-3 (« référence avant la renumérotation :
# L313-10, alinéas 1 et 4 »).
APPEAL_BEFORE_CRPA = "code de justice administrative, art. R. 421-1 et R. 421-2 ; Conseil d'État, Section, 10 juillet 1964"
APPEAL = "code des relations entre le public et l'administration, art. L. 411-2 ; code de justice administrative, art. R. 421-1 et R. 421-2"


def article(route_id: str, day: datetime.date) -> str | None:
    """The article of the route in force on `day` (None: the route has no article here)."""
    found = None
    for first, number in ARTICLES.get(route_id, ()):
        if first is None or day >= first:
            found = number
    return found


def appeal_basis(day: datetime.date) -> str:
    return APPEAL if day >= CRPA_FROM else APPEAL_BEFORE_CRPA


@functools.lru_cache(maxsize=64)
def _nationals(path: str, day: datetime.date) -> frozenset[str]:
    from sejour.rules import tax_benefit_system
    from sejour.rules.meta import in_force

    value = in_force(tax_benefit_system().parameters, day.isoformat(), path)
    if value is None:
        return frozenset()
    return frozenset(value) if isinstance(value, (list, tuple)) else frozenset(key for key in value if value[key])


def governed_by_agreement_only(nationality: str | None, day: datetime.date) -> bool:
    """Nationals whose stay the CESEDA does not govern (Algerians: the 1968 agreement)."""
    return bool(nationality) and nationality in _nationals("nationality.aps_excluded", day)


def has_bilateral_agreement(nationality: str | None, day: datetime.date) -> bool:
    return bool(nationality) and nationality in _nationals("nationality.bilateral_agreement", day)
