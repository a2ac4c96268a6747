"""What learners, leaders and coordinators click on outside the page tree. Thin: selectors read, services write.

The catalogue, course and lesson pages are Wagtail pages (see models.py); these views are the buttons on them
(enrol, leave, mark as done, start the quiz), the quiz itself, the forms for enrolling others and "My courses".
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intranet.forms import form_add_validation_error
from intranet.organisations.models import Role
from intranet.organisations.selectors import membership_for, organisation_get_for_user

from . import selectors, services
from .forms import EnrolMembersForm, EnrolOrganisationsForm
from .models import Enrolment, QuestionKind
from .services import QuizError, TamperedAnswers

# --- enrolling oneself ---------------------------------------------------------------------------------------------


@login_required
@require_POST
def course_enrol(request, pk):
    course = selectors.course_get_for_user(user=request.user, pk=pk)
    _enrolment, created = services.enrolment_create(user=request.user, course=course)
    if created:
        messages.success(request, _("You are enrolled on the course."))
    else:
        messages.info(request, _("You were already enrolled on this course."))
    return redirect(course.get_url(request))


@login_required
@require_POST
def course_leave(request, pk):
    course = selectors.course_get_for_user(user=request.user, pk=pk)
    enrolment = selectors.enrolment_for(user=request.user, course=course)
    if enrolment is not None:
        services.enrolment_withdraw(enrolment=enrolment, user=request.user)
        messages.success(request, _("You have left the course. The lessons you completed stay recorded."))
    return redirect(course.get_url(request))


# --- lessons and quizzes ---------------------------------------------------------------------------------------------


@login_required
@require_POST
def lesson_done(request, pk):
    lesson = selectors.lesson_get_for_user(user=request.user, pk=pk)
    try:
        services.lesson_mark_done(user=request.user, lesson=lesson)
    except QuizError as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request))
    course = selectors.course_of_lesson(lesson)
    if Enrolment.objects.filter(user=request.user, course=course, completed_at__isnull=False).exists():
        messages.success(request, _("Well done: you have completed the course."))
    else:
        messages.success(request, _("The lesson is marked as done."))
    next_lesson = selectors.next_lesson_after(lesson=lesson, course=course)
    return redirect((next_lesson or course).get_url(request))


@login_required
@require_POST
def quiz_start(request, pk):
    lesson = selectors.lesson_get_for_user(user=request.user, pk=pk)
    try:
        attempt = services.quiz_attempt_start(user=request.user, lesson=lesson)
    except QuizError as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request))
    return redirect("quiz_attempt", pk=attempt.pk)


def _posted_answers(data) -> dict[int, list[int]]:
    """{question id: [choice ids]} from `question-<id>` fields. ValueError when a key or value is not a number."""
    answers = {}
    for key in data:
        if key.startswith("question-"):
            answers[int(key.removeprefix("question-"))] = [int(value) for value in data.getlist(key)]
    return answers


def _quiz_form_rows(questions, answers) -> list:
    """[(question, input type, [(choice, ticked)])]: what the form shows, with what the person already ticked."""
    rows = []
    for question in questions:
        ticked = set(answers.get(question.pk, ()))
        kind = "checkbox" if question.kind == QuestionKind.MULTIPLE else "radio"
        rows.append((question, kind, [(choice, choice.pk in ticked) for choice in question.choices.all()]))
    return rows


@login_required
def quiz_attempt(request, pk):
    """An open attempt shows the quiz and takes the answers; a submitted one shows the result, unchanged."""
    attempt = selectors.attempt_get_for_user(user=request.user, pk=pk)
    lesson = attempt.lesson
    if not selectors.visibility_for(request.user).allows(lesson):
        raise Http404
    course = selectors.course_of_lesson(lesson)
    questions = selectors.quiz_questions(lesson)
    context = {"attempt": attempt, "lesson": lesson, "course": course, "questions": questions}

    if attempt.is_open:
        answers = {}
        if request.method == "POST":
            try:
                answers = _posted_answers(request.POST)
            except ValueError:
                return HttpResponseBadRequest()
            try:
                attempt = services.quiz_attempt_submit(attempt=attempt, user=request.user, answers=answers)
            except TamperedAnswers:
                return HttpResponseBadRequest()
            except QuizError as error:
                attempt.refresh_from_db()
                missing = any(not answers.get(question.pk) for question in questions)
                if not attempt.is_open:
                    messages.error(request, str(error))
                    return redirect("quiz_attempt", pk=attempt.pk)
                if not missing:  # e.g. no longer enrolled
                    messages.error(request, str(error))
                    return redirect(lesson.get_url(request))
                context["error"] = str(error)
            else:
                if attempt.passed:
                    messages.success(request, _("You passed the quiz with %(score)s %%.") % {"score": attempt.score})
                else:
                    messages.warning(
                        request,
                        _("You scored %(score)s %%; the pass mark is %(pass_mark)s %%.")
                        % {"score": attempt.score, "pass_mark": lesson.pass_mark},
                    )
                return redirect("quiz_attempt", pk=attempt.pk)
        context["rows"] = _quiz_form_rows(questions, answers)
        context["answered"] = {question.pk for question in questions if answers.get(question.pk)}
        return render(request, "courses/quiz_attempt.html", context)

    if request.method == "POST":
        messages.info(request, _("This attempt is already finished. Start a new one to try again."))
        return redirect("quiz_attempt", pk=attempt.pk)
    context.update(
        review=selectors.quiz_attempt_review(attempt=attempt, questions=questions),
        quiz=selectors.quiz_state(user=request.user, lesson=lesson, questions=questions),
        next_lesson=selectors.next_lesson_after(lesson=lesson, course=course),
    )
    return render(request, "courses/quiz_result.html", context)


# --- enrolling others ---------------------------------------------------------------------------------------------


def _organisation_in_course_network(*, user, organisation_slug, course):
    organisation = organisation_get_for_user(user=user, slug=organisation_slug)
    network = selectors.course_network(course)
    if network is None or not organisation.networks.filter(pk=network.pk).exists():
        raise Http404
    return organisation, network


@login_required
def course_enrol_members(request, pk, organisation):
    """A leader enrols members of their organisation: chosen people or all its volunteers, with a due date."""
    course = selectors.course_get_for_user(user=request.user, pk=pk)
    organisation, network = _organisation_in_course_network(
        user=request.user, organisation_slug=organisation, course=course
    )
    membership = membership_for(user=request.user, organisation=organisation)
    if membership is None or membership.role != Role.LEADER:
        raise PermissionDenied
    memberships = list(selectors.organisation_members_for_enrolment(organisation=organisation, course=course))
    form = EnrolMembersForm(request.POST if request.method == "POST" else None, memberships=memberships)
    if request.method == "POST" and form.is_valid():
        chosen = set(form.cleaned_data["members"])
        try:
            new, updated = services.course_enrol_members(
                actor=request.user,
                course=course,
                organisation=organisation,
                users=[membership.user for membership in memberships if membership.user_id in chosen],
                all_volunteers=form.cleaned_data["all_volunteers"],
                due_date=form.cleaned_data["due_date"],
            )
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("%(new)s enrolled; due date changed for %(updated)s.") % {"new": new, "updated": updated},
            )
            return redirect("course_enrol_members", pk=course.pk, organisation=organisation.slug)
    ticked = set(form["members"].value() or ()) if form.is_bound else set()
    rows = [
        (
            membership,
            membership.user.course_enrolments[0] if membership.user.course_enrolments else None,
            str(membership.user_id) in {str(value) for value in ticked},
        )
        for membership in memberships
    ]
    return render(
        request,
        "courses/enrol_members.html",
        {"course": course, "organisation": organisation, "network": network, "form": form, "rows": rows},
    )


@login_required
def course_enrol_organisations(request, pk):
    """A network coordinator enrols every member of whole organisations of the course's network."""
    course = selectors.course_get_for_user(user=request.user, pk=pk)
    network = selectors.course_network(course)
    if network is None or not network.coordinators.filter(pk=request.user.pk).exists():
        raise PermissionDenied
    organisations = list(selectors.network_organisations_for_enrolment(network=network))
    form = EnrolOrganisationsForm(request.POST if request.method == "POST" else None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        chosen = set(form.cleaned_data["organisations"])
        try:
            new, updated = services.course_enrol_organisations(
                actor=request.user,
                course=course,
                organisations=[organisation for organisation in organisations if organisation.pk in chosen],
                due_date=form.cleaned_data["due_date"],
            )
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(
                request,
                _("%(new)s enrolled; due date changed for %(updated)s.") % {"new": new, "updated": updated},
            )
            return redirect(course.get_url(request))
    ticked = {str(value) for value in (form["organisations"].value() or ())} if form.is_bound else set()
    rows = [(organisation, str(organisation.pk) in ticked) for organisation in organisations]
    return render(
        request,
        "courses/enrol_organisations.html",
        {"course": course, "network": network, "form": form, "rows": rows},
    )


# --- my courses -----------------------------------------------------------------------------------------------------


@login_required
def my_courses(request):
    return render(
        request,
        "courses/my_courses.html",
        {
            "entries": selectors.enrolments_for_dashboard(user=request.user),
            "catalogues": list(selectors.course_catalogues_for(request.user)),
        },
    )
