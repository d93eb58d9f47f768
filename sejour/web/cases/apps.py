from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "sejour.web.cases"
    label = "cases"
    verbose_name = "Case tracker"

    def ready(self):
        from .logfilter import install

        install()
