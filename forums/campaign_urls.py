from django.urls import path

from . import campaign_views as views

urlpatterns = [
    path("campaigns/", views.campaign_list, name="campaign_list"),
    path("campaigns/new/", views.campaign_create, name="campaign_create"),
    path("campaigns/invitations/<int:pk>/", views.invitation_answer, name="campaign_invitation_answer"),
    path("campaigns/actions/<int:pk>/done/", views.action_done, name="campaign_action_done"),
    path("campaigns/documents/<int:pk>/", views.document_download, name="campaign_document"),
    path("campaigns/<slug:slug>/", views.campaign_detail, name="campaign_detail"),
    path("campaigns/<slug:slug>/settings/", views.campaign_settings, name="campaign_settings"),
    path("campaigns/<slug:slug>/edit/", views.campaign_edit, name="campaign_edit"),
    path("campaigns/<slug:slug>/invite/", views.campaign_invite, name="campaign_invite"),
    path("campaigns/<slug:slug>/actions/", views.action_create, name="campaign_action_create"),
    path("campaigns/<slug:slug>/documents/", views.document_upload, name="campaign_document_upload"),
    path("campaigns/<slug:slug>/papers/new/", views.paper_create, name="paper_create"),
    path("papers/<int:pk>/", views.paper_detail, name="paper_detail"),
    path("papers/<int:pk>/sections/", views.section_add, name="paper_section_add"),
    path("papers/<int:pk>/compare/", views.revisions_compare, name="paper_compare"),
    path("papers/<int:pk>/status/", views.paper_transition, name="paper_transition"),
    path("papers/<int:pk>/public/", views.paper_public, name="paper_public_toggle"),
    path("papers/<int:pk>/sign/", views.paper_sign, name="paper_sign"),
    path("papers/<int:pk>/pdf/", views.paper_pdf, name="paper_pdf"),
    path("papers/sections/<int:pk>/edit/", views.section_edit, name="paper_section_edit"),
    path("papers/sections/<int:pk>/move/", views.section_move, name="paper_section_move"),
    path("papers/sections/<int:pk>/delete/", views.section_delete, name="paper_section_delete"),
    path("papers/sections/<int:pk>/comments/", views.comment_create, name="paper_comment_create"),
    path("papers/comments/<int:pk>/resolve/", views.comment_resolve, name="paper_comment_resolve"),
    path("papers/signatures/<int:pk>/withdraw/", views.signature_withdraw, name="paper_signature_withdraw"),
    path("papers/public/<slug:public_slug>/", views.paper_public_detail, name="paper_public"),
    path("papers/public/<slug:public_slug>/pdf/", views.paper_public_pdf, name="paper_public_pdf"),
]
