"""Background work for volunteer requests: e-mails are sent by the task worker, never inside a request, each in
the reader's own language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from intranet.organisations.models import Role, User

from .models import VolunteerResponse


def _absolute(name: str, **kwargs) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, kwargs=kwargs)


def _send(*, template: str, recipient: User, context: dict, reply_to: list[str] | None = None) -> None:
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        context = {**context, "recipient": recipient, "url": _absolute(context["link"][0], **context["link"][1])}
        # One line whatever the title holds: a line break in a header makes the e-mail fail to send.
        subject = " ".join(render_to_string(f"volunteering/email/{template}_subject.txt", context).split())
        text = render_to_string(f"volunteering/email/{template}.txt", context)
        html = render_to_string(f"volunteering/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, to=[recipient.email], reply_to=reply_to)
    message.attach_alternative(html, "text/html")
    message.send()


def _response(response_id: int) -> VolunteerResponse | None:
    return (
        VolunteerResponse.objects.select_related("request__organisation", "request__network", "volunteer")
        .filter(pk=response_id)
        .first()
    )


@task()
def response_received_send_email(*, response_id: int) -> None:
    """Tell the requesting organisation's leaders that a volunteer responded; replies go to the volunteer."""
    response = _response(response_id)
    if response is None:
        return
    volunteer_request = response.request
    leaders = User.objects.filter(
        memberships__organisation=volunteer_request.organisation, memberships__role=Role.LEADER, is_active=True
    ).exclude(pk=response.volunteer_id)
    for leader in leaders:
        _send(
            template="response_received",
            recipient=leader,
            context={
                "response": response,
                "volunteer_request": volunteer_request,
                "link": (
                    "volunteer_request_responses",
                    {"slug": volunteer_request.organisation.slug, "pk": volunteer_request.pk},
                ),
            },
            reply_to=[response.volunteer.email],
        )


@task()
def response_decided_send_email(*, response_id: int) -> None:
    """Tell the volunteer their response was accepted or declined."""
    response = _response(response_id)
    if response is None or not response.volunteer.is_active:
        return
    volunteer_request = response.request
    _send(
        template="response_decided",
        recipient=response.volunteer,
        context={
            "response": response,
            "volunteer_request": volunteer_request,
            "link": ("volunteer_request_detail", {"slug": volunteer_request.network.slug, "pk": volunteer_request.pk}),
        },
    )
