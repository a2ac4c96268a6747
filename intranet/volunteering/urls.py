from django.urls import path

from . import views

urlpatterns = [
    path("volunteering/", views.volunteering_index, name="volunteering_index"),
    path("volunteering/me/", views.my_volunteering, name="my_volunteering"),
    path("volunteering/volunteers/<int:pk>/", views.volunteer_profile, name="volunteer_profile"),
    path("volunteering/networks/<slug:slug>/", views.request_list, name="volunteer_request_list"),
    path("volunteering/networks/<slug:slug>/give-and-get/", views.give_and_get, name="volunteering_give_and_get"),
    path(
        "volunteering/networks/<slug:slug>/requests/<int:pk>/",
        views.request_detail,
        name="volunteer_request_detail",
    ),
    path("volunteering/responses/<int:pk>/withdraw/", views.response_withdraw, name="volunteer_response_withdraw"),
    path("volunteering/responses/<int:pk>/hours/", views.hours_log, name="volunteer_hours_log"),
    path("volunteering/responses/<int:pk>/decide/", views.response_decide, name="volunteer_response_decide"),
    path("volunteering/hours/<int:pk>/review/", views.hours_review, name="volunteer_hours_review"),
    path(
        "volunteering/organisations/<slug:slug>/requests/",
        views.organisation_requests,
        name="organisation_volunteer_requests",
    ),
    path(
        "volunteering/organisations/<slug:slug>/requests/add/",
        views.request_create,
        name="volunteer_request_create",
    ),
    path(
        "volunteering/organisations/<slug:slug>/requests/<int:pk>/edit/",
        views.request_edit,
        name="volunteer_request_edit",
    ),
    path(
        "volunteering/organisations/<slug:slug>/requests/<int:pk>/status/",
        views.request_status,
        name="volunteer_request_status",
    ),
    path(
        "volunteering/organisations/<slug:slug>/requests/<int:pk>/responses/",
        views.request_responses,
        name="volunteer_request_responses",
    ),
]
