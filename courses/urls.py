from django.urls import include, path

from . import views

urlpatterns = [
    path("", include("courses.report_urls")),
    path("courses/mine/", views.my_courses, name="my_courses"),
    path("courses/<int:pk>/enrol/", views.course_enrol, name="course_enrol"),
    path("courses/<int:pk>/leave/", views.course_leave, name="course_leave"),
    path(
        "courses/<int:pk>/enrol-members/<slug:organisation>/", views.course_enrol_members, name="course_enrol_members"
    ),
    path("courses/<int:pk>/enrol-organisations/", views.course_enrol_organisations, name="course_enrol_organisations"),
    path("courses/lessons/<int:pk>/done/", views.lesson_done, name="lesson_done"),
    path("courses/lessons/<int:pk>/quiz/", views.quiz_start, name="quiz_start"),
    path("courses/attempts/<int:pk>/", views.quiz_attempt, name="quiz_attempt"),
]
