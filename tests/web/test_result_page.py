"""The result page and the dossier open with the answer (what to do, by when, at what cost, what
to bring, the next step), then the routes worth reading in full, then the others in one line."""

import datetime
import re

import pytest

from sejour import assess
from sejour.web.interview import downloads
from sejour.web.interview.models import Interview

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def day(days: int) -> str:
    return (TODAY + datetime.timedelta(days=days)).isoformat()


GRADUATE = {"person": {"nationality": "BR", "in_france": True, "departement": "69"}, "permit": {"kind": "student", "expires_on": day(30)},
            "studies": {"diploma": "master", "confers_master_grade": True, "institution_accredited": True, "enrolled_next_year": False,
                        "obtained_on": day(-20)}}
EUROPEAN = {"person": {"nationality": "DE", "in_france": True}}


def interview_of(case) -> Interview:
    return Interview.objects.create(goal="unsure", case=case, steps=[{"topic": "sections", "fields": []}])


def result_page(client, interview, lang="en") -> str:
    return client.get(f"/i/{interview.token}/result/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_answer_comes_before_the_routes(client, lang):
    interview = interview_of(GRADUATE)
    expected = assess(interview.case_on(TODAY), lang=lang, today=TODAY)
    page = result_page(client, interview, lang)
    answer_at, first_route_at = page.index("data-answer"), page.index('class="route ')
    act_by = expected["answer"]["act_by"]
    assert act_by["date"] == day(30)
    # by when: the date in a <time>, in words in the page's language, within the answer
    time_at = page.index(f'<time datetime="{act_by["date"]}">')
    assert answer_at < time_at < first_route_at
    from sejour.text import long_date
    assert f'<time datetime="{act_by["date"]}">{long_date(act_by["date"], lang)}</time>' in page
    # what it costs (the amount as the language writes it), the next step and what to bring, all before the routes
    from sejour.text import money
    for part in ('class="cost"', money(150.0, lang), 'class="next-step"', 'class="bring"'):
        assert answer_at < page.index(part) < first_route_at, part
    # then the routes in full in the answer's order, then the others, then the downloads and the answers
    shown = re.findall(r'<h3 id="route-(\w+)">', page)
    assert shown == expected["answer"]["full_routes"]
    assert page.index('id="other-routes"') > page.rindex('class="route ') and page.index('id="facts"') > page.index('id="other-routes"')


def test_a_route_that_is_not_the_persons_is_one_line_only(client):
    page = result_page(client, interview_of(GRADUATE))
    others = page[page.index('id="other-routes"'):]
    # EU free movement is not open to a Brazilian and not hers to expect: one line, no block, no red verdict
    assert 'data-route="no_permit_needed"' in others and "route-no_permit_needed" not in page
    assert 'data-route="appeal"' in others


def test_no_calendar_offered_with_nothing_to_come(client):
    page = result_page(client, interview_of(EUROPEAN))
    assert "deadlines.ics" not in page
    assert "deadlines.ics" in result_page(client, interview_of(GRADUATE))


def test_sources_are_folded_and_short(client):
    page = result_page(client, interview_of(GRADUATE))
    sources = re.findall(r'<details class="sources"><summary>Sources</summary><ul class="source">(.*?)</ul></details>', page, re.S)
    assert sources, "no folded sources"
    assert not re.search(r">https?://", "".join(sources)), "an address shown as words: it is the link"
    routes_part = page[page.index('class="route '):]
    assert not re.search(r'<small class="source">', routes_part)


def test_the_dossier_opens_with_the_same_answer_and_only_the_routes_in_full(client):
    interview = interview_of(GRADUATE)
    expected = assess(interview.case_on(TODAY), today=TODAY)["answer"]
    html = downloads._dossier(interview, "en")[1]()
    assert html.index("data-answer") < html.index(f'<time datetime="{expected["act_by"]["date"]}">') < html.index('class="route ')
    assert re.findall(r'<h3 id="route-(\w+)">', html) == expected["full_routes"]
    assert 'class="sources"' not in html and "https://" not in html  # sources short, one line each: no addresses in print


def test_each_french_term_is_glossed_once_in_the_page(client):
    from ..pseudo import visible_text

    page = re.sub(r'<(small|ul) class="source">.*?</\1>', " ", result_page(client, interview_of(GRADUATE)), flags=re.S)  # quoted as they are
    text = " ".join(visible_text(page).split())
    assert text.count("(prefecture office)") == 1  # at its first mention, wherever that is
    first = re.search(r"préfectures?\b", text).start()
    assert text[first:].split(" ", 1)[1].startswith("(prefecture office)")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_printed_dossiers_first_page_says_by_when_and_at_what_cost(client, lang):
    import subprocess

    from django.utils import translation

    from sejour.text import long_date, money
    from sejour.web.interview import pdfs

    interview = interview_of(GRADUATE)
    expected = assess(interview.case_on(TODAY), today=TODAY, lang=lang)["answer"]
    with translation.override(lang):
        pdf = pdfs.render(downloads._dossier(interview, lang)[1]())
    first_page = subprocess.run(["pdftotext", "-l", "1", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    first_page = " ".join(first_page.split())
    assert long_date(expected["act_by"]["date"], lang) in first_page
    amount = expected["costs"][0]["applicant"]["total_eur"]
    assert " ".join(money(amount, lang).split()) in first_page
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", first_page)
