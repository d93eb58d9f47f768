"""The admin creates organisations and advisors; cases are the advisors' (read-only here, no facts shown)."""

from django.contrib import admin

from .models import Advisor, ApiToken, Case, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    search_fields = ["name"]


@admin.register(Advisor)
class AdvisorAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation"]
    list_filter = ["organisation"]
    exclude = ["feed_token_hash"]
    autocomplete_fields = ["organisation"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "organisation", "created_at", "revoked"]
    fields = ["organisation", "name", "revoked"]
    readonly_fields = []

    def has_add_permission(self, request):
        return False  # tokens are shown once: issue them with `sejour manage createapitoken`

    def get_readonly_fields(self, request, obj=None):
        return ["organisation", "name"] if obj else []


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["pk", "organisation", "next_deadline", "closed"]
    list_filter = ["organisation", "closed"]
    fields = ["organisation", "advisor", "closed"]
