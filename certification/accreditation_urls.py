from django.urls import path

from . import accreditation_views as views

urlpatterns = [
    path(
        "accreditation/organisations/<slug:slug>/", views.organisation_accreditation, name="accreditation_organisation"
    ),
    path(
        "accreditation/organisations/<slug:slug>/start/<slug:network_slug>/",
        views.application_start,
        name="accreditation_start",
    ),
    path(
        "accreditation/organisations/<slug:slug>/applications/<int:pk>/",
        views.application_detail,
        name="accreditation_application",
    ),
    path(
        "accreditation/organisations/<slug:slug>/applications/<int:pk>/criteria/<int:criterion_pk>/",
        views.answer_edit,
        name="accreditation_answer",
    ),
    path(
        "accreditation/organisations/<slug:slug>/applications/<int:pk>/submit/",
        views.application_submit,
        name="accreditation_submit",
    ),
    path(
        "accreditation/organisations/<slug:slug>/applications/<int:pk>/withdraw/",
        views.application_withdraw,
        name="accreditation_withdraw",
    ),
    path("accreditation/evidence/<int:pk>/", views.evidence_download, name="accreditation_evidence"),
    path("accreditation/networks/<slug:slug>/", views.network_queue, name="accreditation_queue"),
    path(
        "accreditation/networks/<slug:slug>/applications/<int:pk>/",
        views.application_review,
        name="accreditation_review",
    ),
    path("accreditation/register/<slug:network_slug>/", views.accreditation_register, name="accreditation_register"),
]
