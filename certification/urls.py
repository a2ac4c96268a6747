from django.urls import include, path

from . import views

urlpatterns = [
    path("verify/", views.certificate_verify_form, name="certificate_verify_form"),
    path("verify/<str:code>/", views.certificate_verify, name="certificate_verify"),
    path("certificates/", views.my_certificates, name="my_certificates"),
    path("certificates/<int:pk>/pdf/<str:language>/", views.certificate_pdf, name="certificate_pdf"),
    path("certificates/<int:pk>/credential.json", views.certificate_credential, name="certificate_credential"),
    path("certificates/<int:pk>/revoke/", views.certificate_revoke, name="certificate_revoke"),
    path("certificates/programmes/<int:pk>/", views.programme_certificates, name="programme_certificates"),
    path(
        "certificates/programmes/<int:pk>/issue/",
        views.programme_certificate_issue,
        name="programme_certificate_issue",
    ),
    path(
        "certificates/programmes/<int:pk>/batches/",
        views.programme_render_batch_start,
        name="programme_render_batch_start",
    ),
    path(
        "certificates/programmes/<int:pk>/batches/<int:batch_pk>/",
        views.programme_render_batch,
        name="programme_render_batch",
    ),
    path("", include("certification.accreditation_urls")),
]
