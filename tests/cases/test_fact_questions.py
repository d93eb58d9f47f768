"""A case's facts created and changed with the interview's own questions, as a new advisor would."""

import re

import pytest

from sejour import assess
from sejour.web.cases.models import Case
from sejour.web.cases.services import create_case

from .conftest import example

GRADUATE_ANSWERS = {
    "person_name": "Priya Sharma", "lang": "en", "as_of": "16/06/2015", "topics": ["person", "permit", "studies"],
    "person__nationality": "IN", "person__in_france": "yes", "person__departement": "75",
    "permit__kind": "student", "permit__expires_on": "30/09/2015",
    "studies__diploma": "master", "studies__confers_master_grade": "yes", "studies__institution_accredited": "yes",
    "studies__obtained_on": "1 June 2015", "studies__enrolled_next_year": "no",
    "studies__cge_labelled": "__unknown__",
}


def form_of(case, **changes):
    """The case's question form as a browser sends it back, with `changes` typed over it."""
    from sejour.web.cases.fact_questions import needed_topics, topic_blocks

    topics = needed_topics(case.facts, case.assessment)
    data = {"version": str(case.version), "as_of": "/".join(reversed(case.facts["as_of"].split("-"))), "topics": topics}
    for block in topic_blocks(case.facts, topics, "en"):
        if block["section"]:
            data[block["section"]["name"]] = block["section"]["value"] or "__unknown__"
        for q in block["questions"]:
            if q["kind"] in ("yesno", "choice"):
                data[q["name"]] = q["value"] if q["value"] is not None else "__unknown__"
            elif q["kind"] == "multi":
                data[q["name"]] = q["value"] or []
                if q["unknown"]:
                    data[q["name"] + "__unknown"] = "1"
            else:
                data[q["name"]] = q["value"] or ""
                if q.get("never"):
                    data[q["name"] + "__never"] = "1"
    data.update(changes)
    return data


@pytest.mark.django_db
def test_a_case_created_with_the_interview_questions(ana_client):
    page = ana_client.get("/advisor/new/").content.decode()
    assert "What is your nationality?" in page and "I don't know" in page and "Which residence document do you hold now?" in page
    assert "How many months does the contract last?" not in page  # the job's questions only when asked for
    response = ana_client.post("/advisor/new/", GRADUATE_ANSWERS)
    assert response.status_code == 302, response.content.decode()[:3000]
    case = Case.objects.get(person_name="Priya Sharma")
    assert case.facts == example("graduate")  # "I don't know" and blank questions left out, as the case format says
    assert case.assessment == assess(example("graduate"))


@pytest.mark.django_db
def test_an_answer_refused_with_the_interviews_message_and_nothing_created(ana_client):
    response = ana_client.post("/advisor/new/", dict(GRADUATE_ANSWERS, permit__expires_on="31/02/2015"))
    page = response.content.decode()
    assert response.status_code == 422 and "February 2015 has 28 days" in page
    assert "When does it expire (or when did it expire)?: " in page  # the error summary names the question
    assert 'value="Priya Sharma"' in page and 'value="1 June 2015"' in page  # what was typed is shown again
    assert not Case.objects.exists()
    french = ana_client.post("/advisor/new/", dict(GRADUATE_ANSWERS, permit__expires_on="13/13/2015"), HTTP_ACCEPT_LANGUAGE="fr")
    assert french.status_code == 422 and "il n&#x27;y a pas de mois 13" in french.content.decode()


@pytest.mark.django_db
def test_a_typed_answer_with_i_dont_know_ticked_is_refused_not_dropped(ana_client):
    response = ana_client.post("/advisor/new/", dict(GRADUATE_ANSWERS, permit__expires_on__unknown="1"))
    assert response.status_code == 422 and "not both" in response.content.decode()
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_adding_a_topic_shows_its_questions_and_keeps_what_was_typed(ana_client):
    response = ana_client.post("/advisor/new/", dict(GRADUATE_ANSWERS, add="job"))
    page = response.content.decode()
    assert response.status_code == 200 and not Case.objects.exists()
    assert "How many months does the contract last?" in page and 'value="30/09/2015"' in page
    assert "Do you have a job offer or a signed work contract?" in page


@pytest.mark.django_db
def test_one_fact_changed_in_the_form(ana_client, advisors):
    case = create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0])
    page = ana_client.get(f"/advisor/{case.pk}/").content.decode()
    assert "Which diploma did you obtain" in page and "Your volunteer mission" not in page
    assert "Which general-interest aims" not in page  # the volunteering topic is not this case's
    response = ana_client.post(f"/advisor/{case.pk}/answers/", form_of(case, studies__confers_master_grade="no", studies__diploma="licence"))
    assert response.status_code == 302, response.content.decode()[:3000]
    case.refresh_from_db()
    expected = dict(example("graduate"), studies=dict(example("graduate")["studies"], diploma="licence", confers_master_grade=False))
    assert case.facts == expected and case.assessment == assess(expected) and case.version == 1
    entry = case.history.get(action="facts_changed")
    assert entry.who == "ana" and set(entry.detail["facts"]) == {"studies"}


@pytest.mark.django_db
def test_the_form_sent_back_unchanged_changes_nothing(ana_client, advisors):
    for name in ("volunteer", "appeal_oqtf", "hired_after_aps", "student_renewal"):
        case = create_case(advisors[0].organisation, example(name), name, "ana", advisor=advisors[0])
        response = ana_client.post(f"/advisor/{case.pk}/answers/", form_of(case))
        assert response.status_code == 302, (name, response.content.decode()[:3000])
        case.refresh_from_db()
        assert case.facts == example(name), name


@pytest.mark.django_db
def test_a_save_from_an_older_version_is_refused_and_shows_the_current_facts(ana_client, advisors):
    from sejour.web.cases.services import change_facts

    case = create_case(advisors[0].organisation, example("graduate"), "Priya", "ana", advisor=advisors[0])
    stale = form_of(case, person__departement="69")
    change_facts(case, dict(example("graduate"), person=dict(example("graduate")["person"], departement="13")), "bob")
    response = ana_client.post(f"/advisor/{case.pk}/answers/", stale)
    assert response.status_code == 409
    page = response.content.decode()
    assert "yours were not saved" in page and 'value="69"' in page and "<dd>13</dd>" in page
    case.refresh_from_db()
    assert case.facts["person"]["departement"] == "13" and case.version == 1


@pytest.mark.django_db
def test_a_section_answered_no_is_removed(ana_client, advisors):
    case = create_case(advisors[0].organisation, example("volunteer"), "Vol", "ana", advisor=advisors[0])
    response = ana_client.post(f"/advisor/{case.pk}/answers/", form_of(case, section__volunteering="no"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert "volunteering" not in case.facts and case.facts["person"] == example("volunteer")["person"]


@pytest.mark.django_db
def test_the_case_page_names_no_field_path(ana_client, advisors):
    facts = example("graduate")
    del facts["studies"]["obtained_on"]
    case = create_case(advisors[0].organisation, facts, "Priya", "ana", advisor=advisors[0])
    page = ana_client.get(f"/advisor/{case.pk}/").content.decode()
    visible = re.sub(r"<[^>]+>", " ", page.split("<summary>")[0])  # the advanced YAML editor is the case format itself
    assert "studies.obtained_on" not in visible and "aps_graduate" not in visible and "_" not in visible
    assert "When was (or will) the diploma be awarded?" in visible
