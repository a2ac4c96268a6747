"""Django admin for staff: technical maintenance only. Day-to-day work happens in the site and in /cms/."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from . import services
from .models import Invitation, Membership, Network, Organisation, User


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

    def save_related(self, request, form, formsets, change):
        # Network membership decides what coordinators may see: let the service grant it.
        networks = form.cleaned_data.pop("networks")
        super().save_related(request, form, formsets, change)
        services.organisation_set_networks(organisation=form.instance, networks=networks)


class NetworkAdminForm(forms.ModelForm):
    coordinator_people = forms.ModelMultipleChoiceField(
        queryset=User.objects.filter(is_active=True),
        required=False,
        label=_("Network coordinators"),
        widget=FilteredSelectMultiple(_("people"), is_stacked=False),
    )

    class Meta:
        model = Network
        fields = "__all__"  # noqa: DJ007 - the admin lays the fields out itself

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["coordinator_people"].initial = list(self.instance.coordinators.all())


@admin.register(Network)
class NetworkAdmin(TranslationAdmin):
    form = NetworkAdminForm
    list_display = ["name", "slug"]
    search_fields = ["name_da", "name_ar", "name_fr"]
    prepopulated_fields = {"slug": ["name_da"]}

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.network_set_coordinators(network=form.instance, users=form.cleaned_data["coordinator_people"])


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "accepted_at", "revoked_at"]
    list_filter = ["role"]
    search_fields = ["email", "organisation__name_da"]
    readonly_fields = ["organisation", "email", "role", "invited_by", "created_at", "accepted_at", "accepted_by"]
