"""Citations on a French page are in French: connecting words translated, English glosses and
notes left out, quotes of the English-language article kept as quotes."""

import pytest

from sejour.rules.citations import readable, unconfirmed_note
from sejour.rules.sources import all_parameters


@pytest.mark.parametrize("reference, french", [
    ("CESEDA art. L311-10 (to 2021-04-30), art. L426-21 (from 2021-05-01)", "CESEDA art. L311-10 (jusqu'au 30 avril 2021), art. L426-21 (à partir du 1er mai 2021)"),
    ("CESEDA art. L311-13 D 2 (2013-01-01 to 2021-04-30), L436-5 (from 2021-05-01)", "CESEDA art. L311-13 D 2 (du 1er janvier 2013 au 30 avril 2021), L436-5 (à partir du 1er mai 2021)"),
    ("CESEDA art. L311-11: the APS is asked from France before the student permit expires", "CESEDA art. L311-11"),
    ("CESEDA art. R311-35 as amended on 22 August 2014: « avant l'expiration de son titre »", "CESEDA art. R311-35 modifié le 22 août 2014: « avant l'expiration de son titre »"),
    ("Agreement on the European Economic Area", "Accord sur l'Espace économique européen (1994)"),
])
def test_a_reference_reads_in_french(reference, french):
    assert readable(reference, "fr").split(" (https://")[0] == french


def test_quotes_translated_from_a_french_page_are_left_out_in_french():
    reference = "Seed 004: « A European volunteer does not need a residence permit »"
    assert "volunteer" in readable(reference, "en") and "volunteer" not in readable(reference, "fr")
    assert readable(reference, "fr").startswith("« Autorisation provisoire de séjour (APS) pour volontariat en France »")


def test_an_english_unconfirmed_note_is_not_shown_on_a_french_page():
    assert unconfirmed_note("no text read", "fr") == "Non confirmé par les sources consultées : à confirmer à la préfecture"
    assert "no text read" in unconfirmed_note("no text read", "en")
    assert "aucun texte lu" in unconfirmed_note("aucun texte lu", "fr")


def test_every_parameter_value_has_a_french_citation():
    """No value of any parameter cited in English is left without a citation a French reader can read."""
    missing = []
    for parameter in all_parameters():
        for at in parameter.values_list:
            references = (at.metadata or {}).get("reference") or parameter.metadata.get("reference") or []
            english = any(readable(reference, "en") for reference in references)
            if english and not any(readable(reference, "fr") for reference in references):
                missing.append((parameter.name, at.instant_str))
    assert not missing, missing
