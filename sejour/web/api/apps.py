from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "sejour.web.api"
    label = "api"
    verbose_name = "API"
