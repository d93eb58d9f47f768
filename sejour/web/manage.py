#!/usr/bin/env python
"""Django's manage.py for sejour (the same as ``sejour manage``)."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sejour.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
