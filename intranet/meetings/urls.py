from django.urls import path

from . import views

urlpatterns = [
    path("networks/<slug:slug>/meetings/", views.network_meetings, name="network_meetings"),
    path("networks/<slug:slug>/meetings/new/", views.meeting_create, name="meeting_create"),
    path("networks/<slug:slug>/meetings/settings/", views.meeting_settings, name="meeting_settings"),
    path("meetings/calendar/", views.my_meetings_feed_link, name="meeting_my_feed"),
    path("meetings/feed/<str:token>/meetings.ics", views.meeting_feed, name="meeting_feed"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("meetings/<int:pk>/rsvp/", views.meeting_rsvp, name="meeting_rsvp"),
    path("meetings/<int:pk>/attendees/", views.meeting_attendees, name="meeting_attendees"),
    path("meetings/<int:pk>/agenda/add/", views.agenda_item_add, name="agenda_item_add"),
    path("meetings/<int:pk>/agenda/reorder/", views.agenda_reorder, name="agenda_reorder"),
    path("meetings/<int:pk>/agenda/<int:item_pk>/", views.agenda_item_edit, name="agenda_item_edit"),
    path("meetings/<int:pk>/minutes/", views.minutes_edit, name="minutes_edit"),
    path("meetings/<int:pk>/actions/add/", views.action_item_add, name="action_item_add"),
    path("meetings/<int:pk>/actions/<int:item_pk>/status/", views.action_item_status, name="action_item_status"),
    path("meetings/<int:pk>/meeting.ics", views.meeting_ics, name="meeting_ics"),
]
