from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import facts_views, outcome_views, privacy, table_views, tokens, views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("login/", auth_views.LoginView.as_view(template_name="cases/login.html", next_page=reverse_lazy("cases:list")), name="login"),
    path("logout/", auth_views.LogoutView.as_view(next_page=reverse_lazy("cases:login")), name="logout"),
    path("new/", facts_views.case_new, name="new"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/facts/", views.case_facts, name="facts"),
    path("<int:pk>/answers/", facts_views.case_answers, name="answers"),
    path("<int:pk>/document/", views.case_document, name="document"),
    path("<int:pk>/note/", views.case_note, name="note"),
    path("<int:pk>/close/", views.case_close, name="close"),
    path("<int:pk>/delete/", privacy.case_delete, name="delete"),
    path("<int:pk>/export/", privacy.case_export, name="export"),
    path("<int:pk>/person/", privacy.person_export, name="person_export"),
    path("<int:pk>/outcome/", outcome_views.case_outcome, name="outcome"),
    path("outcomes/", outcome_views.outcome_report, name="outcomes"),
    path("outcomes.csv", outcome_views.outcome_csv, name="outcomes_csv"),
    path("import/", table_views.import_upload, name="import"),
    path("import/<int:pk>/", table_views.import_preview, name="import_preview"),
    path("export/", table_views.export_list, name="export_list"),
    path("tokens/", tokens.token_list, name="tokens"),
    path("tokens/<int:pk>/revoke/", tokens.token_revoke, name="token_revoke"),
    path("feed/token/", views.feed_token, name="feed_token"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
]
