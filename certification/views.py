"""Public verification of certificates, and the holder's own certificates. Thin: selectors read, services write.

Verification needs no sign-in. An unknown code answers 404 with the same page as a known one (a "not found"
state), and lookups are limited per visitor so codes cannot be guessed by trying many.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from intranet.organisations.login_throttle import client_address

from . import badges, batches, selectors, services
from .forms import CertificateIssueForm, CertificateRevokeForm, ShortCodeForm
from .models import Certificate

VERIFY_WINDOW_SECONDS = 10 * 60
VERIFY_MAX_LOOKUPS = 30


def _over_verification_limit(request) -> bool:
    """Count this lookup for the visitor's address; True once they have made more than the limit in the window."""
    key = f"certificate-verify:{client_address(request)}"
    cache.add(key, 0, VERIFY_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, VERIFY_WINDOW_SECONDS)
        count = 1
    return count > VERIFY_MAX_LOOKUPS


def _too_many(request):
    return render(
        request,
        "certification/certificate_verify.html",
        {"state": "rate_limited", "message": _("Too many verification attempts. Please try again in a few minutes.")},
        status=429,
    )


def _verification_page(request, certificate: Certificate | None, *, form=None):
    if certificate is None:
        return render(
            request,
            "certification/certificate_verify.html",
            {"state": "not_found", "form": form or ShortCodeForm()},
            status=404,
        )
    return render(
        request,
        "certification/certificate_verify.html",
        {
            "state": certificate.state_on(timezone.localdate()),
            "certificate": certificate,
            "programme": certificate.programme,
            "form": form or ShortCodeForm(),
        },
    )


@never_cache  # a revocation must show at once, not after a proxy's copy expires
def certificate_verify(request, code):
    if _over_verification_limit(request):
        return _too_many(request)
    return _verification_page(request, selectors.certificate_for_verification(code=code))


@never_cache
def certificate_verify_form(request):
    """Type the short code from a printed certificate: found → the full verification page."""
    if "code" not in request.GET:
        return render(request, "certification/certificate_verify.html", {"state": "form", "form": ShortCodeForm()})
    if _over_verification_limit(request):
        return _too_many(request)
    form = ShortCodeForm(request.GET)
    if not form.is_valid():
        return render(request, "certification/certificate_verify.html", {"state": "form", "form": form})
    certificate = selectors.certificate_by_short_code(short_code=form.cleaned_data["code"])
    if certificate is None:
        return _verification_page(request, None, form=form)
    return redirect("certificate_verify", code=certificate.code)


# --- the holder's certificates ----------------------------------------------------------------------------------------


def _linkedin_url(certificate: Certificate, verification_url: str) -> str:
    issued = timezone.localtime(certificate.issued_at)
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.programme.name,
        "organizationName": certificate.programme.network.name,
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": verification_url,
        "certId": certificate.short_code_display,
    }
    if certificate.expires_on:
        params.update(expirationYear=certificate.expires_on.year, expirationMonth=certificate.expires_on.month)
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


@login_required
def my_certificates(request):
    entries = []
    for certificate in selectors.certificates_of(holder=request.user):
        url = services.certificate_verification_url(certificate, language=request.LANGUAGE_CODE)
        entries.append(
            {
                "certificate": certificate,
                "state": certificate.state,
                "verification_url": url,
                "linkedin_url": _linkedin_url(certificate, url),
            }
        )
    return render(
        request,
        "certification/my_certificates.html",
        {"entries": entries, "languages": settings.LANGUAGES},
    )


@login_required
def certificate_pdf(request, pk, language):
    """The holder's certificate as a PDF in `language`: the stored file when it is in that language, else rendered
    now. Anyone else gets 404 (no hint whether the certificate exists)."""
    if language not in dict(settings.LANGUAGES):
        raise Http404
    certificate = selectors.certificate_get_for_holder(holder=request.user, pk=pk)
    if certificate is None:
        raise Http404
    content = None
    if language == certificate.language and certificate.pdf:
        try:
            with certificate.pdf.open("rb") as file:
                content = file.read()
        except FileNotFoundError:
            content = None
    if content is None:
        content = services.certificate_render(certificate=certificate, language=language)
    response = HttpResponse(content, content_type="application/pdf")
    filename = f"certificate-{certificate.short_code_display}-{language}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def certificate_credential(request, pk):
    """The holder's certificate as a signed Open Badges 3.0 credential (JSON) to keep in a wallet or backpack.
    Anyone else gets 404."""
    certificate = selectors.certificate_get_for_holder(holder=request.user, pk=pk)
    if certificate is None:
        raise Http404
    response = JsonResponse(
        badges.credential_for(certificate),
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.short_code_display}.json"'
    return response


# --- coordinators: issuing by hand and revoking ----------------------------------------------------------------------


def _programme_for_coordinator(request, pk):
    programme = selectors.programme_get_for_coordinator(user=request.user, pk=pk)
    if programme is None:
        raise Http404
    return programme


def _programme_page(request, programme, *, issue_form=None, status=200):
    return render(
        request,
        "certification/programme_certificates.html",
        {
            "programme": programme,
            "certificates": selectors.programme_certificates(programme=programme),
            "issue_form": issue_form
            or CertificateIssueForm(holders=selectors.network_members(network_id=programme.network_id)),
            "revoke_form": CertificateRevokeForm(),
            "today": timezone.localdate(),
        },
        status=status,
    )


@login_required
def programme_certificates(request, pk):
    """A coordinator's view of a programme: who holds its certificate, issue one by hand, revoke one."""
    return _programme_page(request, _programme_for_coordinator(request, pk))


@login_required
@require_POST
def programme_certificate_issue(request, pk):
    programme = _programme_for_coordinator(request, pk)
    form = CertificateIssueForm(request.POST, holders=selectors.network_members(network_id=programme.network_id))
    if form.is_valid():
        try:
            services.certificate_issue(
                holder=form.cleaned_data["holder"],
                programme=programme,
                issued_by=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The certificate is issued."))
            return redirect("programme_certificates", pk=programme.pk)
    return _programme_page(request, programme, issue_form=form, status=400)


@login_required
@require_POST
def certificate_revoke(request, pk):
    certificate = Certificate.objects.select_related("programme").filter(pk=pk).first()
    if certificate is None or not selectors.coordinates_programme(user=request.user, programme=certificate.programme):
        raise Http404
    form = CertificateRevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the certificate is revoked."))
    else:
        try:
            services.certificate_revoke(certificate=certificate, by=request.user, reason=form.cleaned_data["reason"])
        except (PermissionDenied, ValidationError):
            raise Http404 from None
        messages.success(request, _("The certificate is revoked."))
    return redirect("programme_certificates", pk=certificate.programme_id)


# --- coordinators: re-rendering every PDF of a programme --------------------------------------------------------------


@login_required
@require_POST
def programme_render_batch_start(request, pk):
    """Start re-rendering the programme's PDFs; while a batch runs, asking again shows that one."""
    programme = _programme_for_coordinator(request, pk)
    batch, created = batches.render_batch_start(programme=programme, requested_by=request.user)
    if created:
        messages.success(request, _("The certificates' PDFs are being rendered again."))
    else:
        messages.info(request, _("The certificates' PDFs are already being rendered."))
    return redirect("programme_render_batch", pk=programme.pk, batch_pk=batch.pk)


@never_cache  # the page refreshes itself to show progress
@login_required
def programme_render_batch(request, pk, batch_pk):
    """How far a render batch has come; the page reloads itself every few seconds until the batch is finished."""
    programme = _programme_for_coordinator(request, pk)
    batch = batches.render_batch_get(programme=programme, pk=batch_pk)
    if batch is None:
        raise Http404
    return render(
        request,
        "certification/render_batch.html",
        {"programme": programme, "batch": batch, "finished": batch.status not in batches.UNFINISHED},
    )
