from django import template
from django.utils.translation import get_language

from ..glossary import gloss as _gloss

register = template.Library()


@register.filter
def gloss(text):
    """French legal terms with their English translation in English mode."""
    return _gloss(str(text), (get_language() or "en")[:2])


@register.filter
def lang_of(mapping):
    """The value of a {en, fr} mapping in the current language."""
    return mapping.get((get_language() or "en")[:2], mapping.get("en", "")) if isinstance(mapping, dict) else mapping
