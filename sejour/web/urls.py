"""The site's addresses: the interview at the root, the advisors' tracker, the API."""

from django.conf.urls.i18n import i18n_patterns  # noqa: F401  (kept for apps that want prefixed URLs)
from django.contrib import admin
from django.urls import include, path

from sejour.knowledge.views import ask_page

from .api.api import api

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: a POST form, no JavaScript needed
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("advisor/", include("sejour.web.cases.urls")),
    path("ask/", ask_page, name="ask"),
    path("", include("sejour.web.interview.urls")),
]

handler500 = "sejour.web.preflight.server_error"  # a full or read-only data folder: 503 in words, not a bare 500
