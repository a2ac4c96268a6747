"""Placeholder: the leader's and coordinator's course reports (being written)."""

from django.http import HttpResponse
from django.urls import path


def _placeholder(request, slug):
    return HttpResponse(status=501)


urlpatterns = [
    path("courses/reports/organisations/<slug:slug>/", _placeholder, name="course_report_organisation"),
    path("courses/reports/organisations/<slug:slug>/csv/", _placeholder, name="course_report_organisation_csv"),
    path("courses/reports/networks/<slug:slug>/", _placeholder, name="course_report_network"),
    path("courses/reports/networks/<slug:slug>/csv/", _placeholder, name="course_report_network_csv"),
]
