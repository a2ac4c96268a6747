"""Background work for certification: issuing after a completed course, rendering and storing PDFs, expiry."""

from django_tasks import task

from courses.models import Enrolment

from . import accreditation, batches, reminders, services
from .models import Certificate


@task()
def certificates_issue_after_course(*, user_id: int, course_id: int) -> list[int]:
    """Issue the certificates a person has earned by completing a course. Returns the certificates' ids."""
    enrolment = Enrolment.objects.select_related("user").filter(user_id=user_id, course_id=course_id).first()
    if enrolment is None:
        return []
    return [certificate.pk for certificate in services.certificates_for_completed_course(enrolment=enrolment)]


@task()
def certificate_pdf_store(*, certificate_id: int, notify: bool = True) -> bool:
    """Render the certificate once, in its holder's language, keep it in media storage and (after issuing) e-mail
    it to the holder."""
    certificate = (
        Certificate.objects.select_related("holder", "programme", "programme__network")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None:
        return False
    services.certificate_pdf_store(certificate=certificate)
    if notify:
        services.certificate_issued_email(certificate=certificate)
    return True


@task()
def certificates_expire() -> int:
    """Nightly: mark certificates past their expiry date as expired."""
    return services.certificates_expire()


@task()
def certificate_reminders_send() -> int:
    """Daily: e-mail holders (and their leaders) 60, 30 and 7 days before a certificate expires; each once."""
    return reminders.certificate_reminders_send()


@task()
def certificate_revoked_notify(*, certificate_id: int) -> bool:
    """Tell the holder, in their language, that their certificate was revoked, when and why."""
    certificate = (
        Certificate.objects.select_related("holder", "programme", "programme__network")
        .filter(pk=certificate_id)
        .first()
    )
    if certificate is None:
        return False
    services.certificate_revoked_email(certificate=certificate)
    return True


@task()
def render_batch_run(*, batch_id: int) -> bool:
    """Re-render the PDFs of a coordinator's render batch, counting as it goes (see `certification.batches`)."""
    return batches.render_batch_run(batch_id=batch_id) is not None


@task()
def accreditation_reminders_send() -> int:
    """Daily: e-mail organisations' leaders 60 and 30 days before their accreditation expires (each once)."""
    return accreditation.accreditation_reminders_send()
