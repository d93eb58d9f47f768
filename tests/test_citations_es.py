"""Citations on a Spanish page: the French legal references keep their French names, the words
around them are Spanish (from the catalogue), English glosses and notes are left out."""

import datetime

import pytest

from sejour.rules.citations import readable, readable_sources, unconfirmed_note
from sejour.rules.sources import all_parameters, values_in_force


@pytest.mark.parametrize("reference, spanish", [
    ("CESEDA art. L311-10 (to 2021-04-30), art. L426-21 (from 2021-05-01)", "CESEDA art. L311-10 (hasta el 30 de abril de 2021), art. L426-21 (desde el 1 de mayo de 2021)"),
    ("CESEDA art. L311-13 D 2 (2013-01-01 to 2021-04-30), L436-5 (from 2021-05-01)", "CESEDA art. L311-13 D 2 (del 1 de enero de 2013 al 30 de abril de 2021), L436-5 (desde el 1 de mayo de 2021)"),
    ("CESEDA art. L311-11: the APS is asked from France before the student permit expires", "CESEDA art. L311-11"),
    ("CESEDA art. R311-35 as amended on 22 August 2014: « avant l'expiration de son titre »",
     "CESEDA art. R311-35 modificado el 22 de agosto de 2014: « avant l'expiration de son titre »"),
    ("No source found before 2013-01-01", "No se encontró ninguna fuente anterior al 1 de enero de 2013"),
    ("CESEDA art. L436-10 and its decree (D-article number UNCONFIRMED)", "CESEDA art. L436-10 y su decreto"),
    ("Code de justice administrative art. R421-1 and R421-2", "Code de justice administrative art. R421-1 y R421-2"),
])
def test_a_reference_reads_in_spanish(reference, spanish):
    assert readable(reference, "es").split(" (https://")[0] == spanish


def test_the_reference_documents_in_spanish():
    article = readable("Seed 000, reply to Jessica: « you get 2 months »", "es")
    assert article.startswith("Allison Lounes, « Stay in France") and "artículo de blog" in article and ", respuesta a Jessica: « you get 2 months »" in article
    page = readable("Seed 004: « A European volunteer does not need a residence permit »", "es")
    assert page.startswith("« Autorisation provisoire de séjour (APS) pour volontariat en France »") and "verificado el 4 de agosto de 2023" in page
    assert "volunteer" not in page
    assert readable(article, "es") == article  # a citation read twice stays whole


def test_unconfirmed_notes_in_spanish():
    assert unconfirmed_note("no text read", "es") == "No confirmado por las fuentes consultadas: debe confirmarse en la préfecture"
    tunisia = next(v for v in values_in_force("nationality.bilateral_aps_months", datetime.date(2021, 11, 1)) if v.path.endswith(".TN"))
    shown = readable_sources(tunisia.citations("es")[-1:], "es")
    assert shown == ["No confirmado por las fuentes consultadas (a menudo se cita como 6 meses renovables una vez; no se leyó el texto del acuerdo "
                     "y ninguna fuente consultada da la duración para Túnez): debe confirmarse en la préfecture"]


def test_every_parameter_value_has_a_spanish_citation():
    missing = []
    for parameter in all_parameters():
        for at in parameter.values_list:
            references = (at.metadata or {}).get("reference") or parameter.metadata.get("reference") or []
            if any(readable(reference, "en") for reference in references) and not any(readable(reference, "es") for reference in references):
                missing.append((parameter.name, at.instant_str))
    assert not missing, missing
