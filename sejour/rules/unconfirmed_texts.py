"""The notes of parameter values the sources read do not confirm, where a reader who does not read
English is told what is unconfirmed (elsewhere they read the plain "not confirmed" note): their
English words, exactly the `unconfirmed` metadata of the value in ``parameters/``, keyed
``unconfirmed.<parameter>@<day of the value>``; their translations are in the catalogues."""

from __future__ import annotations

from sejour.i18n import MESSAGES, N_, Message

N_("unconfirmed.talent.qualified_employee_employer_tax@2012-01-01", "whether the OFII collected it when a « passeport talent – salarié qualifié » card was issued (no source read says either way before 2023)")
N_("unconfirmed.talent.qualified_employee_employer_tax@2023-01-01", "the BOFiP paragraph itself was not read (its content is quoted by practitioners; some practitioner pages, e.g. processrh.com, still list the « passeport talent » among taxed hires)")
N_("unconfirmed.nationality.bilateral_aps_months.TN@2012-01-01", "often cited as 6 months renewable once; the agreement's text was not read and no source read gives the Tunisian duration")
N_("unconfirmed.nationality.bilateral_aps_months.IN@2021-10-01", "12 months and a second permit of 12 months are reported by the press (The PIE News 2018, Hindustan Times 2015); the agreement's §3.2 was not read")
N_("unconfirmed.nationality.bilateral_aps_renewable_once.BF@2012-01-01", "the agreement's text was not read (a press report of it) and its entry into force is not known")


def note(parameter: str, since: str, english: str) -> Message | None:
    """The declared note of a value, if its English words are still the parameter's."""
    found = MESSAGES.get(f"unconfirmed.{parameter}@{since}")
    return found if found is not None and found.english == english else None
