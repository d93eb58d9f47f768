"""``sejour manage makemessages -l <lang>``: Django's extraction, over the whole sejour package
(templates and Python), into the one catalogue per language (``sejour/locale``), with the
engine's texts: ``N_("id", "English")`` (see :mod:`sejour.i18n`) is extracted with its id as the
message context."""

import os
from pathlib import Path

from django.core.management.commands import makemessages

PACKAGE = Path(__file__).resolve().parents[4]  # sejour/


class Command(makemessages.Command):
    xgettext_options = makemessages.Command.xgettext_options + ["--keyword=N_:1c,2"]

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--root", default=str(PACKAGE), help="The package folder to extract from (default: sejour's own).")

    def handle(self, *args, **options):
        options["add_location"] = options.get("add_location") or "file"
        options["no_obsolete"] = True
        before = os.getcwd()
        os.chdir(options["root"])  # the package only: not the tests, the virtualenv or node_modules
        try:
            return super().handle(*args, **options)
        finally:
            os.chdir(before)
