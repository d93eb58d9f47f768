from django.apps import AppConfig


class InterviewConfig(AppConfig):
    name = "sejour.web.interview"
    label = "interview"
    verbose_name = "Interview"
