"""Background work for organisations: e-mails are sent by the task worker, never inside a request."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from .models import Invitation


@task()
def invitation_send_email(*, invitation_id: int, token: str) -> None:
    """E-mail the signed invitation link, in the language the leader chose for the invitee."""
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by").pending().filter(pk=invitation_id).first()
    )
    if invitation is None:  # withdrawn or accepted before the worker got to it
        return
    with translation.override(invitation.language):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("invitation_accept", kwargs={"token": token})
        context = {"invitation": invitation, "url": url, "max_age_days": settings.INVITATION_MAX_AGE_DAYS}
        subject = render_to_string("organisations/email/invitation_subject.txt", context).strip()
        text = render_to_string("organisations/email/invitation.txt", context)
        html = render_to_string("organisations/email/invitation.html", context)
    message = EmailMultiAlternatives(subject, text, to=[invitation.email])
    message.attach_alternative(html, "text/html")
    message.send()
