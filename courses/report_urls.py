"""The leader's and coordinator's course reports: a page and a CSV download each."""

from django.urls import path

from . import report_views

urlpatterns = [
    path(
        "courses/reports/organisations/<slug:slug>/",
        report_views.organisation_report,
        name="course_report_organisation",
    ),
    path(
        "courses/reports/organisations/<slug:slug>/csv/",
        report_views.organisation_report_csv,
        name="course_report_organisation_csv",
    ),
    path("courses/reports/networks/<slug:slug>/", report_views.network_report, name="course_report_network"),
    path(
        "courses/reports/networks/<slug:slug>/csv/", report_views.network_report_csv, name="course_report_network_csv"
    ),
]
