"""Course reports for leaders (their organisation) and coordinators (their network): a page and a CSV download.

Thin: the selectors build the `Report`; the page shows one paginated page of it, the CSV streams every row
without loading them all (`Report` iterates in chunks).
"""

import csv
import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from intranet.organisations.selectors import network_get_for_user, organisation_get_for_user

from . import selectors
from .selectors import Status

STATUS_LABELS = {
    Status.NOT_STARTED: gettext_lazy("Not started"),
    Status.IN_PROGRESS: gettext_lazy("In progress"),
    Status.COMPLETED: gettext_lazy("Completed"),
    Status.OVERDUE: gettext_lazy("Overdue"),
}


# --- who may see which report -------------------------------------------------------------------------------------


def _organisation_for_report(request, slug):
    """The organisation if the person leads it or coordinates one of its networks; 404 if they cannot see it at
    all, 403 if they can (a member) but may not see its report."""
    organisation = organisation_get_for_user(user=request.user, slug=slug)
    if not selectors.leads_or_coordinates(user=request.user, organisation=organisation):
        raise PermissionDenied
    return organisation


def _network_for_report(request, slug):
    """The network if the person coordinates it; 404 if they cannot see it, 403 for its other members."""
    network = network_get_for_user(user=request.user, slug=slug)
    if not selectors.networks_coordinated_by(request.user).filter(pk=network.pk).exists():
        raise PermissionDenied
    return network


# --- pages --------------------------------------------------------------------------------------------------------


def _report_context(request, report) -> dict:
    page = report.page(request.GET.get("page"))
    return {
        "page_obj": page,
        "rows": page.rows,
        "courses": report.courses,
        "filters": report.filters,
        "statuses": list(STATUS_LABELS.items()),
        "filtered": any(report.filters.values()),
    }


@login_required
def organisation_report(request, slug):
    organisation = _organisation_for_report(request, slug)
    report = selectors.organisation_report(organisation=organisation, params=request.GET)
    context = _report_context(request, report)
    context["organisation"] = organisation
    return render(request, "courses/reports/organisation_report.html", context)


@login_required
def network_report(request, slug):
    network = _network_for_report(request, slug)
    report = selectors.network_report(network=network, params=request.GET)
    context = _report_context(request, report)
    context["network"] = network
    context["completion_rates"] = selectors.network_completion_rates(network=network, courses=report.courses)
    return render(request, "courses/reports/network_report.html", context)


# --- CSV ----------------------------------------------------------------------------------------------------------


class Echo:
    """A file-like object that hands back what is written, so csv.writer can feed a streaming response."""

    def write(self, value):
        return value


def _text_cell(value: str) -> str:
    """Text written by people, made safe for spreadsheets: a leading =, +, - or @ would start a formula."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _csv_response(report, *, filename: str, with_organisations: bool) -> StreamingHttpResponse:
    # Labels and the reader's time zone are fixed now: the rows are written after the view has returned.
    labels = {status: str(label) for status, label in STATUS_LABELS.items()}
    zone = timezone.get_current_timezone()
    header = [_("Name"), _("E-mail")]
    if with_organisations:
        header.append(_("Organisations"))
    header += [
        _("Course"),
        _("Status"),
        _("Progress (%)"),
        _("Lessons done"),
        _("Lessons in total"),
        _("Last activity"),
        _("Due date"),
        _("Enrolled"),
        _("Completed"),
    ]

    def local(moment: datetime.datetime | None, pattern: str) -> str:
        return timezone.localtime(moment, zone).strftime(pattern) if moment else ""

    def lines():
        writer = csv.writer(Echo())
        yield "\ufeff"  # the byte order mark tells spreadsheet programs the file is UTF-8 (Arabic names stay legible)
        yield writer.writerow(header)
        for row in report:
            enrolment, progress = row.enrolment, row.progress
            cells = [_text_cell(enrolment.user.full_name), enrolment.user.email]
            if with_organisations:
                cells.append(_text_cell("; ".join(organisation.name for organisation in row.organisations)))
            cells += [
                _text_cell(enrolment.course.title),
                labels[progress.status],
                progress.percent,
                progress.done,
                progress.total,
                local(enrolment.last_activity_at, "%Y-%m-%d %H:%M"),
                enrolment.due_date.isoformat() if enrolment.due_date else "",
                local(enrolment.created_at, "%Y-%m-%d"),
                local(enrolment.completed_at, "%Y-%m-%d"),
            ]
            yield writer.writerow(cells)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


def _filename(kind: str, slug: str) -> str:
    return f"course-report-{kind}-{slug}-{timezone.localdate().isoformat()}.csv"


@login_required
def organisation_report_csv(request, slug):
    organisation = _organisation_for_report(request, slug)
    report = selectors.organisation_report(organisation=organisation, params=request.GET)
    return _csv_response(report, filename=_filename("organisation", organisation.slug), with_organisations=False)


@login_required
def network_report_csv(request, slug):
    network = _network_for_report(request, slug)
    report = selectors.network_report(network=network, params=request.GET)
    return _csv_response(report, filename=_filename("network", network.slug), with_organisations=True)
