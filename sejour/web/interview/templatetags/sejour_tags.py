import functools

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

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


@register.simple_tag(takes_context=True)
def sources(context, item, pdf=False):
    """An item's « not confirmed » note and its sources: one short line in print, folded links on
    the page. Written for every condition, date and cost of a result page and its dossier (in
    Python: as an included template, a quarter of the page's rendering)."""
    parts = []
    if item.get("unconfirmed"):
        parts.append(format_html('<br><small class="unconfirmed">{}</small>', item["unconfirmed"]))
    if item.get("source_links"):
        if pdf:
            parts.append(format_html('<br><small class="source">{}</small>', item["source_line"]))
        else:
            parts.append(_folded_links(tuple(map(tuple, item["source_links"])), str(context["words"]["sources"])))
    return mark_safe("".join(parts))


@functools.lru_cache(maxsize=4096)
def _folded_links(links: tuple, summary: str) -> str:
    """The folded list of an item's sources: the same few dozen rules' sources on every page,
    escaped once per worker rather than for each item of each page (a fifth of a result page)."""
    items = format_html_join("", "<li>{}</li>", ((format_html('<a href="{}">{}</a>', url, text) if url else text,)
                                                 for text, url in links))
    return format_html('<details class="sources"><summary>{}</summary><ul class="source">{}</ul></details>', summary, items)
