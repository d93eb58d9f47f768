"""Forms of the advisor workspace: a case's facts are typed in the case format (YAML or JSON)."""

from __future__ import annotations

import yaml
from django import forms
from django.utils.translation import gettext_lazy as _

from sejour.case import CaseError, load_case

from .access import language_choices, page_lang
from .models import DOCUMENT_STATUSES

FACTS_HELP = _("The case format, YAML or JSON: as_of and person.nationality at least; a field left out is unknown.")
EXAMPLE = "version: 1\nas_of: {today}\nperson:\n  nationality: \n  in_france: true\npermit:\n  kind: student\n  expires_on: \n"


class FactsForm(forms.Form):
    facts = forms.CharField(label=_("Facts"), widget=forms.Textarea(attrs={"rows": 18, "cols": 70, "spellcheck": "false"}),
                            help_text=FACTS_HELP, max_length=100_000)
    # The version of the facts the form was filled from: a save from an older one is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0, max_value=2**31)

    def clean_facts(self):
        try:
            return load_case(self.cleaned_data["facts"].encode("utf-8")).to_dict()
        except CaseError as error:
            raise forms.ValidationError(error.lines(page_lang())) from None


class NewCaseForm(FactsForm):
    person_name = forms.CharField(label=_("Person"), max_length=200, help_text=_("The name of the person the case is about."))
    lang = forms.ChoiceField(label=_("Language of the assessment"), choices=language_choices)
    field_order = ["person_name", "lang", "facts"]
    version = None


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000)


class DocumentStatusForm(forms.Form):
    item = forms.IntegerField(min_value=1, max_value=2**62)
    status = forms.ChoiceField(choices=DOCUMENT_STATUSES)


def as_yaml(facts: dict) -> str:
    return yaml.safe_dump(facts, sort_keys=False, allow_unicode=True)
