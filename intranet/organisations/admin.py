"""Django admin for staff: technical maintenance only. Day-to-day work happens in the site and in /cms/."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .models import Invitation, Membership, Network, NetworkCoordinator, Organisation, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "preferred_language", "is_staff", "is_active"]
    list_filter = ["is_staff", "is_superuser", "is_active", "preferred_language"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal details"), {"fields": ["full_name", "preferred_language", "time_zone"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})]
    filter_horizontal = ["groups"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]
    readonly_fields = ["user", "role", "created_at"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        # Memberships carry guardian permissions, which only the services grant: use the site's member pages.
        return False


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    list_display = ["name", "kind", "city", "country"]
    list_filter = ["kind", "country", "networks"]
    search_fields = ["name_da", "name_ar", "name_fr", "city"]
    prepopulated_fields = {"slug": ["name_da"]}
    inlines = [MembershipInline]
    filter_horizontal = ["networks"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class NetworkCoordinatorInline(admin.TabularInline):
    model = NetworkCoordinator
    extra = 0
    readonly_fields = ["user", "created_at"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Network)
class NetworkAdmin(TranslationAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name_da", "name_ar", "name_fr"]
    prepopulated_fields = {"slug": ["name_da"]}
    inlines = [NetworkCoordinatorInline]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "accepted_at", "revoked_at"]
    list_filter = ["role"]
    search_fields = ["email", "organisation__name_da"]
    readonly_fields = ["organisation", "email", "role", "invited_by", "created_at", "accepted_at", "accepted_by"]
