"""The case list at many cases: pages, sorts, search by name and by facts, filters that combine,
overdue cases first with the deadline they missed, per advisor; one query for the cases per page."""

import datetime
import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sejour.web.cases import tables
from sejour.web.cases.models import Case

from .conftest import example

TODAY = datetime.date.today()


def upcoming_graduate(days: int) -> dict:
    """A graduate assessed today whose permit expires in `days` days: a deadline to come."""
    return {"version": 1, "as_of": TODAY.isoformat(), "person": {"nationality": "SN", "in_france": True, "departement": "69"},
            "permit": {"kind": "student", "expires_on": (TODAY + datetime.timedelta(days=days)).isoformat()},
            "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True,
                        "obtained_on": (TODAY - datetime.timedelta(days=20)).isoformat(), "enrolled_next_year": False}}


def many(advisor, count: int, facts=None, prefix="Person", **kwargs):
    rows = [{"row": i + 1, "name": f"{prefix} {i:03d}", "facts": facts or example("graduate")} for i in range(count)]
    return tables.import_cases(advisor.organisation, rows, "test", advisor=advisor, **kwargs)


def names(page: str) -> list[str]:
    return re.findall(r'<a href="/advisor/\d+/">#\d+ ([^<]+)</a>', page)


@pytest.mark.django_db
def test_pages_of_fifty_and_the_count(ana_client, advisors):
    many(advisors[0], 60)
    first = ana_client.get("/advisor/").content.decode()
    assert len(names(first)) == 50 and "60 cases" in first and "page 1 of 2" in first
    second = ana_client.get("/advisor/?page=2").content.decode()
    assert len(names(second)) == 10 and not set(names(first)) & set(names(second))
    assert "No case found." in ana_client.get("/advisor/?page=9").content.decode()


@pytest.mark.django_db
def test_overdue_first_with_the_missed_deadline_then_the_next_ones(ana_client, advisors):
    many(advisors[0], 1, upcoming_graduate(200), prefix="Later")
    many(advisors[0], 1, upcoming_graduate(30), prefix="Soon")
    many(advisors[0], 1, example("graduate"), prefix="Missed")  # as of 2015: its deadline (2015-09-30) has passed
    page = ana_client.get("/advisor/").content.decode()
    assert names(page) == ["Missed 000", "Soon 000", "Later 000"]
    assert "overdue since September 30, 2015" in page
    missed = Case.objects.get(person_name="Missed 000")
    assert missed.deadline == datetime.date(2015, 9, 30)
    # assessed again on a later day, the deadline has passed: it is kept, not blanked
    from sejour.web.cases.services import reassess

    reassess(missed, "test", as_of=datetime.date(2015, 11, 2))
    missed.refresh_from_db()
    assert missed.next_deadline is None and missed.deadline == datetime.date(2015, 9, 30)
    assert names(ana_client.get("/advisor/").content.decode())[0] == "Missed 000"
    assert names(ana_client.get("/advisor/?status=overdue").content.decode()) == ["Missed 000"]
    assert names(ana_client.get("/advisor/?sort=name").content.decode()) == ["Later 000", "Missed 000", "Soon 000"]


@pytest.mark.django_db
def test_search_by_name_and_facts_filters_combined(ana_client, advisors):
    many(advisors[0], 3, upcoming_graduate(30), prefix="Grad")
    many(advisors[0], 2, example("volunteer"), prefix="Vol")
    tables.import_cases(advisors[0].organisation, [{"row": 1, "name": "Hélène Dupont", "facts": example("hired_after_aps")}], "test")
    assert names(ana_client.get("/advisor/?q=helene").content.decode()) == ["Hélène Dupont"]
    assert names(ana_client.get("/advisor/?q=DUPONT").content.decode()) == ["Hélène Dupont"]
    assert sorted(names(ana_client.get("/advisor/?nationality=SN").content.decode())) == ["Grad 000", "Grad 001", "Grad 002"]
    assert sorted(names(ana_client.get("/advisor/?departement=69").content.decode())) == ["Grad 000", "Grad 001", "Grad 002", "Vol 000", "Vol 001"]
    assert sorted(names(ana_client.get("/advisor/?departement=69&route=aps_volunteer").content.decode())) == ["Vol 000", "Vol 001"]
    assert names(ana_client.get("/advisor/?route=aps_volunteer&verdict=not_eligible").content.decode()) == []
    assert names(ana_client.get("/advisor/?q=grad 001&nationality=SN&route=aps_graduate&verdict=eligible").content.decode()) == ["Grad 001"]
    assert names(ana_client.get("/advisor/?advisor=none").content.decode()) == ["Hélène Dupont"]
    assert len(names(ana_client.get("/advisor/?advisor=me").content.decode())) == 5


@pytest.mark.django_db
def test_one_query_for_the_cases_whatever_their_number(ana_client, advisors):
    def queries(path):
        with CaptureQueriesContext(connection) as captured:
            assert ana_client.get(path).status_code == 200
        return [q["sql"] for q in captured.captured_queries]

    many(advisors[0], 3)
    few = queries("/advisor/?q=person&nationality=IN")
    many(advisors[0], 120)
    lots = queries("/advisor/?q=person&nationality=IN")
    assert len(few) == len(lots)
    on_cases = [q for q in lots if 'FROM "cases_case"' in q]
    assert len(on_cases) == 1 and "LIMIT 50" in on_cases[0] and "COUNT(" in on_cases[0]


@pytest.mark.django_db
def test_no_other_organisations_case_in_any_view(ana_client, bob_client, advisors):
    many(advisors[1], 2, prefix="Bob client")
    many(advisors[0], 1, prefix="Ana client")
    for query in ("", f"?advisor={advisors[1].pk}", "?status=all", "?q=bob", "?advisor=none", "?sort=name"):
        page = ana_client.get("/advisor/" + query).content.decode()
        assert "Bob client" not in page, query
    export = ana_client.get("/advisor/export/?format=csv&status=all").content.decode()
    assert "Ana client" in export and "Bob client" not in export
    assert "Bob client 000" in bob_client.get("/advisor/").content.decode()


@pytest.mark.django_db
def test_an_existing_case_gets_its_list_columns_from_the_migration(advisors):
    from django.apps import apps

    from sejour.web.cases.migrations import __path__ as folder  # noqa: F401
    import importlib

    case = many(advisors[0], 1, example("volunteer"))[0]
    Case.objects.filter(pk=case.pk).update(nationality="", departement="", search_name="", due_on=datetime.date(9999, 12, 31))
    importlib.import_module("sejour.web.cases.migrations.0003_case_list").fill_list_columns(apps, None)
    case.refresh_from_db()
    assert (case.nationality, case.departement, case.search_name) == ("IN", "69", "person 000")
    assert case.deadline is not None


@pytest.mark.django_db
def test_the_list_in_spanish_has_no_english_or_french_labels(ana_client, advisors):
    from sejour.i18n import translation

    many(advisors[0], 2, facts=upcoming_graduate(40))
    page = html.unescape(ana_client.get("/advisor/", HTTP_ACCEPT_LANGUAGE="es").content.decode())
    spanish, french = translation("es"), translation("fr")
    for english in ("Sort by", "Nationality", "Clear the filters", "deadline, overdue first", "everyone in the organisation",
                    "Advisor", "Export these cases:", "Make a private calendar address", "Search"):
        words = spanish.gettext(english)
        assert words not in (english, french.gettext(english)), english  # translated, and not left in French
        assert words in page and english not in page and french.gettext(english) not in page, (english, words)
    count = spanish.ngettext("%(n)s case", "%(n)s cases", 2) % {"n": 2}
    assert count in page and "2 cases" not in page and "2 dossiers" not in page
    assert ": " + spanish.gettext("eligible") + "<" in page  # the verdicts of the rows
    assert spanish.gettext("Sort by") not in ana_client.get("/advisor/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
