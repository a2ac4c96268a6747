"""Writes for certification: issuing (automatically after the last course, or by a coordinator), revoking,
storing the rendered PDF.

Issuing is idempotent and race-safe: the database allows one active certificate per person and programme, and
a second issuer that loses the race gets the winner's certificate back instead of an error.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import Enrolment
from intranet import pdf
from intranet.organisations.models import User

from . import selectors, tasks
from .models import Certificate, CertificateStatus, Programme

LANGUAGE_CODES = ("da", "ar", "fr")


def certificate_language_for(holder: User) -> str:
    language = holder.preferred_language or "da"
    return language if language in LANGUAGE_CODES else "da"


@transaction.atomic
def certificate_issue(
    *, holder: User, programme: Programme, issued_by: User | None = None, reason: str = ""
) -> Certificate:
    """Issue `programme`'s certificate to `holder`, or return the active one they already hold.

    Without `issued_by` (the automatic path) every required course must be complete (ValidationError otherwise).
    With `issued_by`, a coordinator of the programme's network issues by hand and must say why
    (PermissionDenied for anyone else, ValidationError without a reason or for someone outside the network; the
    automatic path has no such rule, as a public course may be completed by anyone). A held certificate past its
    expiry date is marked expired and the new one supersedes it. The PDF is rendered by a task once the
    transaction commits.
    """
    reason = reason.strip()
    if issued_by is None:
        if not selectors.programme_completed_by(holder=holder, programme=programme):
            raise ValidationError(_("Not every course of the programme is complete."))
    else:
        if not selectors.coordinates_programme(user=issued_by, programme=programme):
            raise PermissionDenied
        if not reason:
            raise ValidationError({"reason": _("Say why the certificate is issued by hand.")})
        if not selectors.belongs_to_network(user=holder, network_id=programme.network_id):
            raise ValidationError(_("The person is not a member of the programme's network."))

    previous = selectors.active_certificate(holder=holder, programme=programme)
    if previous is not None:
        if previous.state_on(timezone.localdate()) == CertificateStatus.ACTIVE:
            return previous
        previous.status = CertificateStatus.EXPIRED
        previous.save(update_fields=["status"])
    return _certificate_create(
        holder=holder, programme=programme, issued_by=issued_by, reason=reason, previous=previous
    )


@transaction.atomic
def certificate_renew(*, holder: User, programme: Programme) -> Certificate | None:
    """After the programme's renewal course: a new certificate replacing the person's latest one, whether it is
    still active or has expired. Nothing for someone never certified, or whose latest certificate was revoked."""
    latest = (
        Certificate.objects.select_for_update()
        .filter(holder=holder, programme=programme)
        .order_by("-issued_at")
        .first()
    )
    if latest is None or latest.status == CertificateStatus.REVOKED:
        return None
    if latest.status == CertificateStatus.ACTIVE:
        latest.status = CertificateStatus.EXPIRED
        latest.save(update_fields=["status"])
    return _certificate_create(holder=holder, programme=programme, previous=latest)


def _certificate_create(
    *, holder: User, programme: Programme, previous: Certificate | None, issued_by: User | None = None, reason=""
) -> Certificate:
    certificate = Certificate(
        programme=programme,
        holder=holder,
        issued_by=issued_by,
        reason=reason,
        issued_at=timezone.now(),
        expires_on=programme.expiry_for(timezone.localdate()),
        language=certificate_language_for(holder),
        supersedes=previous,
    )
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        # Another worker issued it a moment ago (one active per person and programme; one successor per
        # certificate): theirs is the certificate.
        existing = selectors.active_certificate(holder=holder, programme=programme)
        if existing is None:
            raise
        return existing
    transaction.on_commit(lambda: tasks.certificate_pdf_store.enqueue(certificate_id=certificate.pk))
    return certificate


def certificates_for_completed_course(*, enrolment: Enrolment) -> list[Certificate]:
    """Issue every programme that needs `enrolment`'s course and whose courses the person has now all completed,
    and renew every certificate whose programme has this course as its renewal course."""
    if enrolment.completed_at is None:
        return []
    issued = []
    required_by = list(selectors.programmes_requiring_course(course_id=enrolment.course_id))
    for programme in required_by:
        if selectors.programme_completed_by(holder=enrolment.user, programme=programme):
            issued.append(certificate_issue(holder=enrolment.user, programme=programme))
    for programme in selectors.programmes_renewed_by_course(course_id=enrolment.course_id):
        if programme not in required_by and (renewed := certificate_renew(holder=enrolment.user, programme=programme)):
            issued.append(renewed)
    return issued


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, by: User, reason: str) -> Certificate:
    """A coordinator of the issuing network withdraws a certificate; verification then shows the date and reason."""
    if not selectors.coordinates_programme(user=by, programme=certificate.programme):
        raise PermissionDenied
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the certificate is revoked.")})
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status == CertificateStatus.REVOKED:
        return certificate
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revoked_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revoked_reason"])
    transaction.on_commit(lambda: tasks.certificate_revoked_notify.enqueue(certificate_id=certificate.pk))
    return certificate


def certificates_expire() -> int:
    """Mark active certificates past their expiry date as expired (nightly). Returns how many."""
    return selectors.certificates_past_expiry().update(status=CertificateStatus.EXPIRED)


# --- the PDF ---------------------------------------------------------------------------------------------------------


def certificate_verification_url(certificate: Certificate, *, language: str | None = None) -> str:
    with translation.override(language or certificate.language):
        path = reverse("certificate_verify", kwargs={"code": certificate.code})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def certificate_render(*, certificate: Certificate, language: str | None = None) -> bytes:
    """The certificate as a PDF/A document in `language` (the certificate's own language by default)."""
    language = language or certificate.language
    with translation.override(language):
        url = certificate_verification_url(certificate, language=language)
        html = render_to_string(
            "certification/certificate_pdf.html",
            {
                "certificate": certificate,
                "programme": certificate.programme,
                "courses": [link.course for link in certificate.programme.programme_courses.all()],
                "verification_url": url,
                "qr_code": pdf.qr_code_data_uri(url),
            },
        )
    return pdf.html_to_pdf(html, stylesheets=[pdf.CERTIFICATE_PAGE_CSS])


@transaction.atomic
def certificate_pdf_store(*, certificate: Certificate) -> Certificate:
    """Render the certificate in its language and keep the file in media storage (replacing an older one)."""
    content = certificate_render(certificate=certificate)
    if certificate.pdf:
        certificate.pdf.delete(save=False)
    certificate.pdf.save(f"certificate-{certificate.short_code}-{certificate.language}.pdf", ContentFile(content))
    return certificate


def certificate_issued_email(*, certificate: Certificate) -> None:
    """Tell the holder, in their language, that the certificate is ready, with the PDF attached and the links."""
    holder = certificate.holder
    with translation.override(certificate.language), timezone.override(holder.time_zone):
        context = {
            "certificate": certificate,
            "verification_url": certificate_verification_url(certificate),
            "certificates_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("my_certificates"),
        }
        subject = render_to_string("certification/email/issued_subject.txt", context).strip()
        text = render_to_string("certification/email/issued.txt", context)
    message = EmailMessage(subject, text, to=[holder.email])
    if certificate.pdf:
        with certificate.pdf.open("rb") as file:
            message.attach(f"certificate-{certificate.short_code_display}.pdf", file.read(), "application/pdf")
    message.send()


def certificate_revoked_email(*, certificate: Certificate) -> None:
    """Tell the holder, in their language and time zone, that the certificate was revoked, when and why."""
    holder = certificate.holder
    with translation.override(certificate_language_for(holder)), timezone.override(holder.time_zone):
        context = {
            "certificate": certificate,
            "holder": holder,
            "programme": certificate.programme,
            "verification_url": certificate_verification_url(certificate, language=translation.get_language()),
        }
        subject = render_to_string("certification/email/revoked_subject.txt", context).strip()
        text = render_to_string("certification/email/revoked_message.txt", context)
    EmailMessage(subject, text, to=[holder.email]).send()
