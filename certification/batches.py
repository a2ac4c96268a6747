"""Render batches: a coordinator re-renders every active certificate of a programme (after a new logo, signature or
wording), and a task does it in the background, counting as it goes so the progress page can show how far it is.

The task holds one certificate and one PDF at a time: certificates are read in chunks from the database, each PDF
is stored and dropped before the next is rendered, and the counts are written with one UPDATE every
`PROGRESS_EVERY` certificates rather than one per certificate. One batch at a time per programme: asking again
while one is waiting or running gives back that one.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, transaction
from django.db.models import Prefetch
from django.utils import timezone

from intranet.organisations.models import User

from . import services, tasks
from .models import Certificate, CertificateStatus, Programme, ProgrammeCourse, RenderBatch

logger = logging.getLogger(__name__)

PROGRESS_EVERY = 20
UNFINISHED = (RenderBatch.Status.QUEUED, RenderBatch.Status.RUNNING)


def _certificates_to_render(programme: Programme):
    return Certificate.objects.filter(programme=programme, status=CertificateStatus.ACTIVE)


def render_batch_unfinished(*, programme: Programme) -> RenderBatch | None:
    """The programme's batch that is waiting or running, if there is one."""
    return RenderBatch.objects.filter(programme=programme, status__in=UNFINISHED).first()


def render_batch_get(*, programme: Programme, pk: int) -> RenderBatch | None:
    return RenderBatch.objects.filter(programme=programme, pk=pk).first()


@transaction.atomic
def render_batch_start(*, programme: Programme, requested_by: User) -> tuple[RenderBatch, bool]:
    """Start re-rendering the PDFs of every active certificate of `programme`, or return the batch already waiting
    or running. Returns (batch, created). The caller checks that `requested_by` coordinates the programme."""
    # Locking the programme's row makes two coordinators clicking at once queue for the check below (PostgreSQL;
    # SQLite serialises writers anyway).
    Programme.objects.select_for_update().filter(pk=programme.pk).first()
    running = render_batch_unfinished(programme=programme)
    if running is not None:
        return running, False
    batch = RenderBatch.objects.create(
        programme=programme,
        requested_by=requested_by,
        total=_certificates_to_render(programme).count(),
    )
    transaction.on_commit(lambda: tasks.render_batch_run.enqueue(batch_id=batch.pk))
    return batch, True


def _programme_for_rendering(programme_id: int) -> Programme:
    """The programme with what every certificate's PDF shows of it, read once for the whole batch."""
    courses = ProgrammeCourse.objects.select_related("course").order_by("sort_order")
    return (
        Programme.objects.select_related("network", "signature", "logo")
        .prefetch_related(Prefetch("programme_courses", queryset=courses))
        .get(pk=programme_id)
    )


def render_batch_run(*, batch_id: int, progress_every: int = PROGRESS_EVERY) -> RenderBatch | None:
    """Render and store the PDF of each active certificate of the batch's programme, in the certificate's language.

    A certificate that fails to render is counted in `failed` and logged; the others go on. An unexpected error
    (a database error, say) marks the batch failed, keeps the counts so far, and is raised again.
    """
    batch = RenderBatch.objects.filter(pk=batch_id, status__in=UNFINISHED).first()
    if batch is None:  # already finished, or deleted meanwhile
        return None
    RenderBatch.objects.filter(pk=batch.pk).update(status=RenderBatch.Status.RUNNING)
    done = failed = 0
    try:
        programme = _programme_for_rendering(batch.programme_id)
        certificates = (
            _certificates_to_render(programme)
            .select_related("holder")
            .order_by("pk")
            .iterator(chunk_size=progress_every)
        )
        for certificate in certificates:
            # Every certificate shares the programme read above (with its courses), not one read per certificate.
            certificate.programme = programme
            try:
                services.certificate_pdf_store(certificate=certificate)
            except DatabaseError:
                raise  # not this certificate's fault: the whole batch stops, below
            except Exception:
                logger.exception("Rendering certificate %s in batch %s failed", certificate.pk, batch.pk)
                failed += 1
            else:
                done += 1
            if (done + failed) % progress_every == 0:
                RenderBatch.objects.filter(pk=batch.pk).update(done=done, failed=failed)
    except Exception:
        RenderBatch.objects.filter(pk=batch.pk).update(
            status=RenderBatch.Status.FAILED, done=done, failed=failed, finished_at=timezone.now()
        )
        raise
    # The total becomes what was gone through: certificates issued or revoked since the start change it a little.
    RenderBatch.objects.filter(pk=batch.pk).update(
        status=RenderBatch.Status.DONE, total=done + failed, done=done, failed=failed, finished_at=timezone.now()
    )
    batch.refresh_from_db()
    return batch
