"""Background work for the directory: e-mails are sent by the task worker, never inside a request."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from .models import HelpRequest


@task()
def help_request_send_email(*, help_request_id: int) -> None:
    """E-mail the request to the offer's contact person in their own language; replies go to the asker."""
    help_request = (
        HelpRequest.objects.select_related(
            "offer__organisation", "offer__competence", "offer__contact", "asked_by", "asker_organisation"
        )
        .filter(pk=help_request_id)
        .first()
    )
    if help_request is None:
        return
    offer = help_request.offer
    contact = offer.contact
    if contact is not None:
        recipient, language = contact.email, contact.preferred_language
    elif offer.organisation.contact_email:
        recipient, language = offer.organisation.contact_email, settings.LANGUAGE_CODE
    else:
        return
    with translation.override(language):
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "directory_organisation_offers", kwargs={"slug": offer.organisation.slug}
        )
        context = {"help_request": help_request, "offer": offer, "url": url}
        subject = render_to_string("directory/email/help_request_subject.txt", context).strip()
        text = render_to_string("directory/email/help_request.txt", context)
        html = render_to_string("directory/email/help_request.html", context)
    message = EmailMultiAlternatives(subject, text, to=[recipient], reply_to=[help_request.asked_by.email])
    message.attach_alternative(html, "text/html")
    message.send()
