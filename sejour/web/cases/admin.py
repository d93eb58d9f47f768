"""The admin creates organisations and advisors; cases are the advisors' (read-only here, no facts shown)."""

from django.contrib import admin

from .models import Advisor, ApiToken, Case, Erasure, Organisation


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


@admin.register(Erasure)
class ErasureAdmin(admin.ModelAdmin):
    """Read only: that a case was deleted, by whom and when (nothing about the person)."""
    list_display = ["case_number", "organisation", "who", "at"]
    list_filter = ["organisation"]
    readonly_fields = fields = ["organisation", "case_number", "who", "at", "removed"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
