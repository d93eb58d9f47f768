"""The web side of sejour: a Django project with three small apps.

- ``interview``: the guided interview for a person alone, its result page and downloads.
- ``cases``: organisations, advisors and the cases they follow (the case tracker).
- ``api``: the JSON API (django-ninja) under ``/api/v1/``.
"""
