"""Every rule and parameter carries what the standards ask: labels, references, both
languages, a check date, and templates that fill in."""

import re
import string

import pytest
from hypothesis import given, settings

from sejour import assess
from sejour.i18n import language_codes, rule_texts
from sejour.rules import tax_benefit_system
from sejour.rules.sources import all_parameters

from .strategies import cases

SYSTEM = tax_benefit_system()
RULES = list(SYSTEM.registry.rules())


def placeholders(template: str) -> set:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _leaves(texts, rule, state=None):
    """The messages of a rule: per state for conditions, and, for a rule whose texts are chosen
    `by` an enum variable, one per value of that enum (every value has its text; a condition known
    to be met has a known value, so its texts need no `unknown` one)."""
    if not isinstance(texts, dict):
        return [texts]
    if rule.by and set(texts) != {"true", "false", "null"}:
        names = {item.name for item in SYSTEM.variables[rule.by].possible_values}
        assert set(texts) in (names, names - {"unknown"} if state == "true" else names), (rule.id, sorted(names ^ set(texts)))
    elif rule.kind in ("condition", "applicability"):
        assert set(texts) == {"true", "false", "null"}, (rule.id, sorted(texts))
    return [leaf for key in texts for leaf in _leaves(texts[key], rule, key)]


@pytest.mark.parametrize("name,rule", RULES, ids=[name for name, _ in RULES])
def test_rule_texts_in_every_language_with_the_same_values(name, rule):
    """Every rule has its words in the catalogue, in every language sejour speaks, translated
    (not the English left as it is) and with the same values filled in."""
    variable = SYSTEM.variables[name]
    assert variable.label and variable.reference, name
    assert rule_texts(name), f"{name}: no text declared in sejour/rules/texts"
    for part in ("text", "change"):
        for message in _leaves(rule_texts(name, part), rule) if rule_texts(name, part) else []:
            assert placeholders(message.english) <= set(SYSTEM.variables), (name, message.english)
            for lang in language_codes():
                words = message[lang]
                assert lang == "en" or words != message.english, (name, lang, message.context)
                assert placeholders(words) == placeholders(message.english), (name, lang, words)


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
    for lang in language_codes():
        for route in assess(case, lang=lang)["routes"]:
            for item in route["conditions"] + route["deadlines"] + route["costs"] + route["figures"]:
                for text in (item["text"], item.get("text_en", ""), item.get("text_fr", "")):
                    assert "{" not in text and "}" not in text, text
