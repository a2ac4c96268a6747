from django.urls import path

from . import views

urlpatterns = [
    path("directory/", views.directory_index, name="directory_index"),
    path("directory/networks/<slug:slug>/", views.directory_search, name="directory_search"),
    path("directory/networks/<slug:slug>/offers/<int:pk>/", views.offer_detail, name="directory_offer_detail"),
    path(
        "directory/networks/<slug:slug>/requests/<int:pk>/sent/",
        views.help_request_sent,
        name="directory_help_request_sent",
    ),
    path("directory/networks/<slug:slug>/import/", views.workshop_import, name="directory_workshop_import"),
    path(
        "directory/organisations/<slug:slug>/offers/", views.organisation_offers, name="directory_organisation_offers"
    ),
    path("directory/organisations/<slug:slug>/offers/add/", views.offer_create, name="directory_offer_create"),
    path("directory/organisations/<slug:slug>/offers/<int:pk>/edit/", views.offer_edit, name="directory_offer_edit"),
    path(
        "directory/organisations/<slug:slug>/offers/<int:pk>/withdraw/",
        views.offer_withdraw,
        name="directory_offer_withdraw",
    ),
]
