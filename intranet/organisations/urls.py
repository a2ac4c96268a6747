from django.contrib.auth import views as auth_views
from django.urls import path

from . import views
from .forms import PreferredLanguagePasswordResetForm

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/change/",
        auth_views.PasswordChangeView.as_view(template_name="registration/password_change.html"),
        name="password_change",
    ),
    path(
        "accounts/password/change/done/",
        auth_views.PasswordChangeDoneView.as_view(template_name="registration/password_change_done_page.html"),
        name="password_change_done",
    ),
    path(
        "accounts/password/reset/",
        auth_views.PasswordResetView.as_view(
            template_name="registration/password_reset.html",
            form_class=PreferredLanguagePasswordResetForm,
            email_template_name="registration/email/password_reset.txt",
            html_email_template_name="registration/email/password_reset.html",
            subject_template_name="registration/email/password_reset_subject.txt",
        ),
        name="password_reset",
    ),
    path(
        "accounts/password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_sent.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(template_name="registration/password_reset_new.html"),
        name="password_reset_confirm",
    ),
    path(
        "accounts/password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/password_reset_complete_page.html"),
        name="password_reset_complete",
    ),
    path("networks/<slug:slug>/", views.network_detail, name="network_detail"),
    path("networks/<slug:slug>/organisations/add/", views.network_organisation_add, name="network_organisation_add"),
    path(
        "networks/<slug:slug>/organisations/<slug:organisation_slug>/invite-leader/",
        views.network_leader_invite,
        name="network_leader_invite",
    ),
    path(
        "networks/<slug:slug>/invitations/<int:pk>/resend/",
        views.network_invitation_resend,
        name="network_invitation_resend",
    ),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<slug:slug>/edit/", views.organisation_edit, name="organisation_edit"),
    path("organisations/<slug:slug>/invite/", views.organisation_invite, name="organisation_invite"),
    path("organisations/<slug:slug>/leave/", views.organisation_leave, name="organisation_leave"),
    path("organisations/<slug:slug>/invitations/<int:pk>/resend/", views.invitation_resend, name="invitation_resend"),
    path("organisations/<slug:slug>/invitations/<int:pk>/withdraw/", views.invitation_revoke, name="invitation_revoke"),
    path(
        "organisations/<slug:slug>/members/<int:pk>/role/",
        views.membership_change_role,
        name="membership_change_role",
    ),
    path("organisations/<slug:slug>/members/<int:pk>/remove/", views.membership_remove, name="membership_remove"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
]
