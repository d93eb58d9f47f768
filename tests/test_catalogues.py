"""The catalogues (sejour/locale): every shipped language complete, compiled, extracted from the
code as it is; and no text of an assessment that did not go through them (pseudo-language)."""

import gettext
import re
import shutil
import string

import pytest
from babel.messages.pofile import read_po
from django.core.management import call_command
from hypothesis import given, settings

from sejour import assess, i18n

from .pseudo import outside_the_catalogue
from .strategies import cases

TRANSLATED = [lang for lang in i18n.language_codes() if lang != i18n.SOURCE]


def catalogue(lang, root=i18n.LOCALE_DIR):
    with open(root / lang / "LC_MESSAGES" / "django.po", "rb") as handle:
        return read_po(handle, locale=lang)


def entries(cat):
    return [m for m in cat if m.id]


def keys(cat):
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in entries(cat)}


def placeholders(text: str) -> set:
    try:
        braces = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:  # a text with a lone brace is not a template
        braces = set()
    return braces | set(re.findall(r"%\((\w+)\)[sd]", text))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_of_a_shipped_language_is_translated_and_not_fuzzy(lang):
    missing = [(m.context, m.id) for m in entries(catalogue(lang)) if not (m.string if isinstance(m.string, str) else all(m.string))]
    fuzzy = [(m.context, m.id) for m in entries(catalogue(lang)) if m.fuzzy]
    assert not missing, f"{lang}: {len(missing)} messages without a translation, e.g. {missing[:3]}"
    assert not fuzzy, f"{lang}: {len(fuzzy)} fuzzy messages, e.g. {fuzzy[:3]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_the_placeholders(lang):
    for m in entries(catalogue(lang)):
        source = m.id if isinstance(m.id, str) else m.id[0]
        for words in ([m.string] if isinstance(m.string, str) else m.string):
            assert placeholders(words) == placeholders(source), (lang, m.context, source, words)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_compiled_catalogue_is_the_written_one(lang):
    compiled = gettext.translation(i18n.DOMAIN, i18n.LOCALE_DIR, languages=[lang])
    for m in entries(catalogue(lang)):
        if isinstance(m.id, str):
            got = compiled.pgettext(m.context, m.id) if m.context else compiled.gettext(m.id)
            assert got == m.string, f"{lang}: {m.context} {m.id!r} is stale in django.mo: compile django.po (msgfmt)"


def test_every_catalogue_is_extracted_from_the_code_as_it_is(tmp_path):
    """Extraction (templates, Django gettext and the engine's N_) of a copy of the package gives
    exactly the messages of the catalogues: none missing, none left over."""
    root = tmp_path / "sejour"
    shutil.copytree(i18n.LOCALE_DIR.parent, root, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    call_command("makemessages", locale=[TRANSLATED[0]], root=str(root), verbosity=0)
    extracted, shipped = keys(catalogue(TRANSLATED[0], root / "locale")), keys(catalogue(TRANSLATED[0]))
    assert not extracted - shipped, f"not in the catalogue (run makemessages): {sorted(extracted - shipped)[:5]}"
    assert not shipped - extracted, f"in the catalogue but not in the code: {sorted(shipped - extracted)[:5]}"
    for lang in TRANSLATED[1:]:
        assert keys(catalogue(lang)) == shipped, f"{lang} and {TRANSLATED[0]} catalogues differ"


def assessment_texts(result):
    for route in result["routes"]:
        yield route["title"]
        for kind in ("conditions", "deadlines", "costs", "figures"):
            for item in route.get(kind, []):
                yield item["text"]
        for item in route.get("documents", []) + route.get("steps", []):
            yield item["text"]
        yield from route.get("next_steps", [])
        yield from route.get("what_would_change", [])


@settings(max_examples=60, deadline=None)
@given(cases())
def test_every_text_of_an_assessment_comes_from_the_catalogue(case):
    for text in assessment_texts(assess(case, lang=i18n.PSEUDO)):
        assert not outside_the_catalogue(text), text
