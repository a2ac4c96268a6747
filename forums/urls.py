from django.urls import path

from . import views

urlpatterns = [
    path("forums/", views.forums_index, name="forums_index"),
    path("forums/networks/<slug:slug>/", views.network_forums, name="forums_network"),
    path("forums/networks/<slug:slug>/search/", views.forum_search, name="forums_search"),
    path("forums/networks/<slug:slug>/moderation/", views.moderation_queue, name="forums_moderation"),
    path("forums/networks/<slug:slug>/manage/", views.forums_manage, name="forums_manage"),
    path("forums/networks/<slug:slug>/forums/<slug:forum_slug>/", views.forum_detail, name="forums_forum"),
    path("forums/networks/<slug:slug>/forums/<slug:forum_slug>/edit/", views.forum_edit, name="forums_forum_edit"),
    path("forums/networks/<slug:slug>/forums/<slug:forum_slug>/new/", views.thread_create, name="forums_thread_create"),
    path(
        "forums/networks/<slug:slug>/forums/<slug:forum_slug>/subscribe/",
        views.forum_subscribe,
        name="forums_forum_subscribe",
    ),
    path("forums/threads/<int:pk>/", views.thread_detail, name="forums_thread"),
    path("forums/threads/<int:pk>/moderate/", views.thread_moderate, name="forums_thread_moderate"),
    path("forums/threads/<int:pk>/subscribe/", views.thread_subscribe, name="forums_thread_subscribe"),
    path("forums/posts/<int:pk>/", views.post_detail, name="forums_post"),
    path("forums/posts/<int:pk>/edit/", views.post_edit, name="forums_post_edit"),
    path("forums/posts/<int:pk>/report/", views.post_report, name="forums_post_report"),
    path("forums/posts/<int:pk>/moderate/", views.post_moderate, name="forums_post_moderate"),
    path("forums/reports/<int:pk>/resolve/", views.report_resolve, name="forums_report_resolve"),
    path("forums/attachments/<int:pk>/", views.attachment_download, name="forums_attachment"),
]
