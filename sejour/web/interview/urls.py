from django.urls import path

from . import from_question, letter_views, views

app_name = "interview"
urlpatterns = [
    path("", views.start, name="start"),
    path("upload/", views.upload, name="upload"),
    path("from-question/", from_question.start_from_question, name="from_question"),
    path("i/<str:token>/", views.step, name="step"),
    path("i/<str:token>/result/", views.result, name="result"),
    path("i/<str:token>/dossier.pdf", views.dossier_pdf, name="dossier_pdf"),
    path("i/<str:token>/deadlines.ics", views.deadlines_ics, name="deadlines_ics"),
    path("i/<str:token>/case.yaml", views.case_yaml, name="case_yaml"),
    path("i/<str:token>/letters/<str:letter_id>.<str:fmt>", views.letter, name="letter"),  # the letter with blanks, as it is
    path("i/<str:token>/letter/<str:letter_id>/", letter_views.letter_page, name="letter_page"),  # who signs it, then the letter
]
