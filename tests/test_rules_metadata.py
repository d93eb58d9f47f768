"""Every rule and parameter carries what the standards ask: labels, references, both
languages, a check date, and templates that fill in."""

import re
import string

import pytest
from hypothesis import given, settings

from sejour import assess
from sejour.rules import tax_benefit_system
from sejour.rules.sources import all_parameters

from .strategies import cases

SYSTEM = tax_benefit_system()
RULES = list(SYSTEM.registry.rules())


def placeholders(template: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _text_pairs(en, fr, rule, state=None):
    """(English, French) template pairs: per state for conditions, and, for a rule whose texts are
    chosen `by` an enum variable, one per value of that enum (every value has its text; a condition
    known to be met has a known value, so its texts need no `unknown` one)."""
    if not isinstance(en, dict):
        return [(en, fr)]
    if rule.by and set(en) != {"true", "false", "null"}:
        names = {item.name for item in SYSTEM.variables[rule.by].possible_values}
        assert set(en) == set(fr) and set(en) in (names, names - {"unknown"} if state == "true" else names), (rule.id, sorted(names ^ set(en)))
    else:
        assert set(en) == set(fr) == {"true", "false", "null"}
    pairs = []
    for key in en:
        pairs.extend(_text_pairs(en[key], fr[key], rule, key) if isinstance(en[key], dict) else [(en[key], fr[key])])
    return pairs


@pytest.mark.parametrize("name,rule", RULES, ids=[name for name, _ in RULES])
def test_rule_texts_in_both_languages_with_the_same_values(name, rule):
    variable = SYSTEM.variables[name]
    assert variable.label and variable.reference, name
    for field in ("text", "change"):
        texts = getattr(rule, field)
        if texts is None:
            continue
        pairs = _text_pairs(texts["en"], texts["fr"], rule)
        for english, french in pairs:
            assert english != french
            assert placeholders(english) == placeholders(french), (name, english)
            assert placeholders(english) <= set(SYSTEM.variables), (name, english)


def test_every_parameter_value_has_a_reference_and_a_check_date():
    for parameter in all_parameters():
        assert parameter.description, parameter.name
        for value in parameter.values_list:
            metadata = value.metadata or {}
            assert metadata.get("reference"), f"{parameter.name}@{value.instant_str}"
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(metadata.get("checked_on"))), f"{parameter.name}@{value.instant_str}"


@settings(max_examples=100, deadline=None)
@given(cases())
def test_texts_are_filled_in(case):
    for lang in ("en", "fr"):
        for route in assess(case, lang=lang)["routes"]:
            for item in route["conditions"] + route["deadlines"] + route["costs"] + route["figures"]:
                for text in (item["text"], item.get("text_en", ""), item.get("text_fr", "")):
                    assert "{" not in text and "}" not in text, text
