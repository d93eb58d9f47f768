from django import template

from sejour.i18n import languages
from sejour.text import long_date

from ..presentation import page_language, translation_notice as _translation_notice
from ..reading import money as _money

register = template.Library()


@register.simple_tag
def translation_notice():
    """In a language other than French: the translation is an aid, the French legal text counts."""
    return _translation_notice(page_language())


@register.simple_tag
def site_languages():
    """(code, name in that language) of every language sejour speaks (locale/languages.toml)."""
    return list(languages().items())


@register.filter(expects_localtime=True)
def day(value):
    """A day (a date or an ISO string) in words, as the page's language writes it."""
    return long_date(value, page_language()) if value else ""


@register.filter
def money(value):
    """An amount in euros as the page's language writes it."""
    return _money(value, page_language())
