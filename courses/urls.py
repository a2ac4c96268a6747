from django.urls import include, path

urlpatterns = [
    path("", include("courses.report_urls")),
]
