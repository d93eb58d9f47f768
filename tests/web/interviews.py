"""Driving an interview through the Django test client, answering from a dict of facts."""

from __future__ import annotations

import re

FIELDS = re.compile(r'name="fields" value="([^"]+)"')
TOPIC = re.compile(r'name="topic" value="([^"]+)"')


def page_fields(html: str) -> tuple[str, list[str]]:
    return TOPIC.search(html)[1], FIELDS.findall(html)


def page_answers(html: str, facts: dict) -> dict:
    """The form data answering the page `html` from `facts` (absent → "I don't know")."""
    topic, fields = page_fields(html)
    data = {"topic": topic, "fields": fields}
    for field in fields:
        name = field.replace(".", "__")
        if field in facts:
            data[name] = facts[field]
        else:
            data[name + "__unknown"] = "1"
    return data


def answer_all(client, url: str, facts: dict, sections: dict | None = None, limit: int = 20) -> list[tuple[str, list[str]]]:
    """Answer each page from `facts` (form values by dotted path; absent → "I don't know");
    returns the pages seen, as (topic, fields)."""
    seen = []
    for _ in range(limit):
        response = client.get(url)
        if response.status_code == 302:
            assert response["Location"].endswith("/result/")
            return seen
        assert response.status_code == 200, response.status_code
        topic, fields = page_fields(response.content.decode())
        seen.append((topic, fields))
        if topic == "sections":
            data = {"topic": topic, "fields": fields, **{"section__" + field: (sections or {}).get(field, "no") for field in fields}}
        else:
            data = page_answers(response.content.decode(), facts)
        response = client.post(url, data)
        assert response.status_code == 302, (fields, response.content.decode()[:3000])
    raise AssertionError(f"the interview did not end after {limit} pages: {seen}")
