"""Render batches: every active certificate's PDF rendered again in its language, revoked ones left alone, progress
counted in steps, one batch at a time per programme, and only the programme's coordinators may start or watch one."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from certification import batches, services
from certification.models import CertificateStatus, RenderBatch
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, coordinator, member

from . import factories

pytestmark = pytest.mark.django_db


def _text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _stored(certificate) -> bytes:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as file:
        return file.read()


def _certificates(programme, organisation, count, *, languages=("da", "ar", "fr")):
    return [
        factories.certificate(
            programme,
            member(organisation, Role.VOLUNTEER, full_name=f"Holder {number}"),
            language=languages[number % len(languages)],
        )
        for number in range(count)
    ]


def _stub_store(calls, *, fail_for=(), raise_at=None, exception=RuntimeError):
    """A stand-in for rendering and storing that records the batch's counts as the database holds them."""

    def store(*, certificate):
        calls.append((certificate.pk, list(RenderBatch.objects.values_list("done", "failed"))[0]))
        if len(calls) == raise_at:
            raise DatabaseError("the database went away")
        if certificate.pk in fail_for:
            raise exception("cannot render")
        return certificate

    return store


def test_the_task_renders_every_active_certificate_in_its_language_and_skips_revoked(
    programme, organisation, network_coordinator, django_capture_on_commit_callbacks
):
    certificates = _certificates(programme, organisation, 3)
    revoked = factories.certificate(
        programme,
        member(organisation, Role.VOLUNTEER, full_name="Revoked Holder"),
        status=CertificateStatus.REVOKED,
        language="fr",
    )
    for certificate in [*certificates, revoked]:
        certificate.pdf.save(f"old-{certificate.pk}.pdf", ContentFile(b"the old PDF"))

    with django_capture_on_commit_callbacks(execute=True):
        batch, created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)

    assert created
    batch.refresh_from_db()
    assert (batch.status, batch.total, batch.done, batch.failed) == (RenderBatch.Status.DONE, 3, 3, 0)
    assert batch.finished_at is not None
    assert batch.percent == 100
    for certificate in certificates:
        content = _stored(certificate)
        assert content.startswith(b"%PDF-")
        text = _text(content)
        assert getattr(programme, f"name_{certificate.language}") in text
        # A long address may wrap onto a second line of the PDF, depending on the random code's letters.
        assert f"/{certificate.language}/verify/{certificate.code}/" in text.replace("\n", "")
    assert _stored(revoked) == b"the old PDF"


def test_progress_is_written_every_n_certificates_with_one_update_and_failures_are_counted(
    programme, organisation, network_coordinator, monkeypatch
):
    certificates = _certificates(programme, organisation, 5)
    calls = []
    monkeypatch.setattr(services, "certificate_pdf_store", _stub_store(calls, fail_for={certificates[1].pk}))
    batch, _created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)

    with CaptureQueriesContext(connection) as queries:
        batches.render_batch_run(batch_id=batch.pk, progress_every=2)

    # The counts the stand-in saw before each certificate: written after the 2nd and the 4th, not after each.
    assert [counts for _pk, counts in calls] == [(0, 0), (0, 0), (1, 1), (1, 1), (3, 1)]
    assert [pk for pk, _counts in calls] == [certificate.pk for certificate in certificates]
    updates = [query["sql"] for query in queries if re.match(r'UPDATE "certification_renderbatch"', query["sql"])]
    assert len(updates) == 4  # running, two progress steps, done
    batch.refresh_from_db()
    assert (batch.status, batch.total, batch.done, batch.failed) == (RenderBatch.Status.DONE, 5, 4, 1)


def test_an_unexpected_error_marks_the_batch_failed_and_keeps_the_counts(
    programme, organisation, network_coordinator, monkeypatch
):
    _certificates(programme, organisation, 4)
    monkeypatch.setattr(services, "certificate_pdf_store", _stub_store([], raise_at=3))
    batch, _created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)

    with pytest.raises(DatabaseError):
        batches.render_batch_run(batch_id=batch.pk)

    batch.refresh_from_db()
    assert (batch.status, batch.total, batch.done, batch.failed) == (RenderBatch.Status.FAILED, 4, 2, 0)
    assert batch.finished_at is not None
    assert batches.render_batch_run(batch_id=batch.pk) is None  # a finished batch is not run again


def test_one_batch_at_a_time_per_programme(programme, organisation, network_coordinator, monkeypatch):
    _certificates(programme, organisation, 2)
    first, created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)
    assert created and first.status == RenderBatch.Status.QUEUED and first.total == 2

    again, created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)
    assert (again, created) == (first, False)
    RenderBatch.objects.filter(pk=first.pk).update(status=RenderBatch.Status.RUNNING)
    again, created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)
    assert (again, created) == (first, False)

    monkeypatch.setattr(services, "certificate_pdf_store", _stub_store([]))
    batches.render_batch_run(batch_id=first.pk)
    second, created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)
    assert created and second != first
    assert RenderBatch.objects.filter(programme=programme).count() == 2


# --- the views ----------------------------------------------------------------------------------------------------


@pytest.fixture
def outsider_coordinator(db):
    """A coordinator of another network."""
    return coordinator(NetworkFactory(), full_name="Olga Other-Network")


def test_a_coordinator_starts_a_batch_from_the_programme_page_and_watches_it(
    client, programme, organisation, network_coordinator, django_assert_max_num_queries
):
    _certificates(programme, organisation, 1)
    client.force_login(network_coordinator)
    page = client.get(reverse("programme_certificates", kwargs={"pk": programme.pk}))
    start_url = reverse("programme_render_batch_start", kwargs={"pk": programme.pk})
    assert f'action="{start_url}"' in page.content.decode()
    assert 'data-action="render-batch-start"' in page.content.decode()

    response = client.post(start_url)  # the task waits for the commit, which a test never makes
    batch = RenderBatch.objects.get(programme=programme)
    progress_url = reverse("programme_render_batch", kwargs={"pk": programme.pk, "batch_pk": batch.pk})
    assert response.status_code == 302 and response.url == progress_url
    assert progress_url == f"/da/certificates/programmes/{programme.pk}/batches/{batch.pk}/"
    assert client.post(start_url).url == progress_url  # asking again while it waits: the same batch

    with django_assert_max_num_queries(8):
        response = client.get(progress_url)
    content = response.content.decode()
    assert response.status_code == 200
    assert '<meta http-equiv="refresh" content="5">' in content
    assert re.search(r'role="progressbar" aria-valuenow="0"', content)
    assert 'data-field="counts"' in content

    batches.render_batch_run(batch_id=batch.pk)
    content = client.get(progress_url).content.decode()
    assert 'http-equiv="refresh"' not in content
    assert re.search(r'role="progressbar" aria-valuenow="100"', content)
    assert 'data-status="done"' in content
    assert f'data-render-batch="{batch.pk}"' in client.get(page.request["PATH_INFO"]).content.decode()


@pytest.mark.parametrize("who", ["outsider_coordinator", "learner", "outsider"])
def test_only_the_programmes_coordinators_may_start_or_watch_a_batch(
    client, programme, organisation, network_coordinator, request, who
):
    _certificates(programme, organisation, 1)
    batch, _created = batches.render_batch_start(programme=programme, requested_by=network_coordinator)
    client.force_login(request.getfixturevalue(who))

    start = client.post(reverse("programme_render_batch_start", kwargs={"pk": programme.pk}))
    watch = client.get(reverse("programme_render_batch", kwargs={"pk": programme.pk, "batch_pk": batch.pk}))

    assert (start.status_code, watch.status_code) == (404, 404)
    assert RenderBatch.objects.filter(programme=programme).count() == 1


def test_signing_in_is_needed_and_a_batch_of_another_programme_is_404(
    client, programme, network, organisation, network_coordinator
):
    other_programme = factories.programme(network)
    batch, _created = batches.render_batch_start(programme=other_programme, requested_by=network_coordinator)
    url = reverse("programme_render_batch", kwargs={"pk": programme.pk, "batch_pk": batch.pk})
    assert client.get(url).status_code == 302
    assert client.post(reverse("programme_render_batch_start", kwargs={"pk": programme.pk})).status_code == 302
    client.force_login(network_coordinator)
    assert client.get(url).status_code == 404
    assert client.get(reverse("programme_render_batch_start", kwargs={"pk": programme.pk})).status_code == 405
