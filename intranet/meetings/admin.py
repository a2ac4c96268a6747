from django.contrib import admin

from .models import NetworkMeeting, NetworkMeetingSettings


@admin.register(NetworkMeetingSettings)
class NetworkMeetingSettingsAdmin(admin.ModelAdmin):
    list_display = ["network", "dilemma_of_the_day", "dilemma_minutes"]


@admin.register(NetworkMeeting)
class NetworkMeetingAdmin(admin.ModelAdmin):
    """Read-only overview for staff; meetings are scheduled and changed on the intranet, through the services."""

    list_display = ["title", "network", "starts_at", "time_zone"]
    list_filter = ["network"]
    search_fields = ["title"]
    list_select_related = ["network"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
