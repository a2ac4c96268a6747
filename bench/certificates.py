"""Benchmark certificate PDFs: `python -m bench.certificates` (options: `--count 200`, `--repeat 10`, `--help`).

Not a timed test: it builds a throwaway test database as `bench/run.py` does (test settings; PDFs are stored in a
temporary folder on disk, not in memory, so that storing them costs what it costs in production) and measures:

(a) one certificate rendered through our code (`certificate_render`: template, QR code, fonts, our URL fetcher)
    against bare WeasyPrint rendering the same final HTML (`weasyprint.HTML(string=..., base_url=...)
    .write_pdf(pdf_variant="pdf/a-3b")`, with our two stylesheets inlined so that both draw the same document).
    Medians of `--repeat` runs after one warm-up each; fails if our code is more than `--max-ratio` times slower.
(b) a render batch of `--count` certificates (da/ar/fr, Arabic and Latin names) run through the batch task, with
    the process's peak resident memory during the batch (VmHWM, reset just before it) and the resident memory at
    each quarter; fails if the peak is above `--max-rss-mb`. (b) runs before (a), in a process that has rendered
    nothing yet, as a task worker would be.

Exits 1 if a budget is exceeded. Timings are for comparing runs on one machine, not absolute truths.
"""

import argparse
import gc
import logging
import os
import resource
import statistics
import sys
import tempfile
import threading
import time


def _status_kb(field: str) -> int | None:
    """A field of /proc/self/status in kB (VmRSS, VmHWM), or None where there is no /proc."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Start VmHWM afresh from the current RSS (Linux: writing 5 to clear_refs), so the peak is the batch's own."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def _peak_kb() -> int:
    return _status_kb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _median_ms(function, repeat: int) -> float:
    function()  # warm-up: fonts, caches
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


NAMES = [("ar", "فاطمة الزهراء الإدريسي"), ("da", "Mette Kjærgaard"), ("fr", "Françoise Lefèvre-Benali")]


def build(count: int):
    """A programme of a network requiring a two-lesson course, and `count` active certificates in three languages."""
    from django.db import transaction

    from bench import scale
    from certification.models import Certificate, Programme, ProgrammeCourse
    from intranet.organisations.models import Network, Organisation, User

    network = Network.objects.create(name_da="Bench-netværket", name_ar="شبكة القياس", name_fr="Réseau", slug="bench")
    organisation = Organisation.objects.create(name_da="Forening", slug="bench-org", country="DK", city="Aarhus")
    network.organisations.add(organisation)
    home = scale.build_pages(network=network, toolkits=0, articles=0)["home"]
    course = scale.build_courses(home=home, organisation=organisation, learners=0, lessons=2)["course"]
    with transaction.atomic():
        programme = Programme.objects.create(
            network=network,
            name_da="Certificeret frivillig",
            name_ar="متطوع معتمد",
            name_fr="Bénévole certifié",
            signatory_name="Hanne Hansen",
            validity_months=24,
        )
        ProgrammeCourse.objects.create(programme=programme, course=course, sort_order=0)
        holders = User.objects.bulk_create(
            User(email=f"holder-{i}@bench.invalid", full_name=f"{NAMES[i % 3][1]} {i}", password="!")  # noqa: S106
            for i in range(count)
        )
        Certificate.objects.bulk_create(
            (
                Certificate(programme=programme, holder=holder, language=NAMES[i % 3][0])
                for i, holder in enumerate(holders)
            ),
            batch_size=500,
        )
    return programme


def measure_one(programme, repeat: int) -> dict:
    """(a): our `certificate_render` against bare WeasyPrint on the same HTML."""
    import weasyprint
    from django.conf import settings

    from certification import services
    from certification.models import Certificate
    from certification.selectors import certificate_with_details
    from intranet import pdf

    first = Certificate.objects.filter(programme=programme, language="ar").order_by("pk").first()
    certificate = certificate_with_details(pk=first.pk)

    captured = {}
    original = pdf.html_to_pdf

    def capture(html, *, stylesheets=(), **kwargs):
        captured.update(html=html, stylesheets=stylesheets)
        return original(html, stylesheets=stylesheets, **kwargs)

    pdf.html_to_pdf = capture
    try:
        services.certificate_render(certificate=certificate)
    finally:
        pdf.html_to_pdf = original
    css = "\n".join([pdf.BASE_CSS, *captured["stylesheets"]])
    same_document = captured["html"].replace("</head>", f"<style>{css}</style></head>", 1)
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"

    def ours():
        return services.certificate_render(certificate=certificate)

    def bare():
        return weasyprint.HTML(string=same_document, base_url=base_url).write_pdf(pdf_variant="pdf/a-3b")

    def bare_without_css():
        return weasyprint.HTML(string=captured["html"], base_url=base_url).write_pdf(pdf_variant="pdf/a-3b")

    return {
        "ours": _median_ms(ours, repeat),
        "bare": _median_ms(bare, repeat),
        "bare_without_css": _median_ms(bare_without_css, repeat),
    }


def measure_batch(programme) -> dict:
    """(b): a render batch through the task, with the RSS sampled while it runs (by a thread, without the database)."""
    from certification import batches
    from intranet.organisations.models import User

    coordinator = User.objects.create(email="coordinator@bench.invalid", full_name="Bench Coordinator")
    samples: list[tuple[float, int]] = []  # (seconds, VmRSS kB), every half second
    stop = threading.Event()
    started = time.perf_counter()

    def sample():
        while not stop.wait(0.5):
            samples.append((time.perf_counter() - started, _status_kb("VmRSS") or 0))

    rss_before = _status_kb("VmRSS") or 0
    peak_reset = _reset_peak()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    # Outside a transaction the task is enqueued at once, and the immediate backend of the test settings runs it.
    batch, _created = batches.render_batch_start(programme=programme, requested_by=coordinator)
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    batch.refresh_from_db()
    return {
        "batch": batch,
        "seconds": elapsed,
        "rss_before_kb": rss_before,
        "peak_kb": _peak_kb(),
        "peak_reset": peak_reset,
        "rss_after_kb": _status_kb("VmRSS") or 0,
        "samples": samples,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="certificates in the batch")
    parser.add_argument("--repeat", type=int, default=10, help="renders of one certificate for each median")
    parser.add_argument("--max-ratio", type=float, default=1.3, help="our render time / bare WeasyPrint's")
    parser.add_argument("--max-rss-mb", type=float, default=250, help="peak resident memory during the batch")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.test")
    import django

    django.setup()
    logging.disable(logging.INFO)  # the task backend's and Wagtail's chatter; errors still show
    from django.db import connection
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()
    media = tempfile.TemporaryDirectory(prefix="bench-certificates-")
    storage = override_settings(
        MEDIA_ROOT=media.name,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    )
    storage.enable()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        programme = build(args.count)
        print(f"data: 1 programme, {args.count} certificates in {time.perf_counter() - started:.1f}s")

        gc.collect()
        batch = measure_batch(programme)
        one = measure_one(programme, args.repeat)
        ratio = one["ours"] / one["bare"]
        result = batch["batch"]
        per_certificate_ms = batch["seconds"] * 1000 / max(result.done + result.failed, 1)
        peak_mb = batch["peak_kb"] / 1024
        growth_mb = (batch["peak_kb"] - batch["rss_before_kb"]) / 1024

        failed = False
        print(f"\n{'measure':58} {'value':>12} {'budget':>10}")

        def row(name, value, budget="", over=False):
            nonlocal failed
            failed |= over
            print(f"{name:58} {value:>12} {budget:>10}{'  OVER' if over else ''}")

        row("one certificate, certificate_render (median ms)", f"{one['ours']:.1f}")
        row("one certificate, bare WeasyPrint, same CSS (median ms)", f"{one['bare']:.1f}")
        row("ratio ours / bare", f"{ratio:.2f}", f"{args.max_ratio:.2f}", ratio > args.max_ratio)
        row("  (bare WeasyPrint without our CSS, median ms)", f"{one['bare_without_css']:.1f}")
        row(f"batch of {args.count}: status", result.status, "done", result.status != "done")
        row("batch: rendered / failed", f"{result.done} / {result.failed}")
        row("batch: total seconds", f"{batch['seconds']:.1f}")
        row("batch: ms per certificate", f"{per_certificate_ms:.1f}")
        row("RSS before the batch (MB)", f"{batch['rss_before_kb'] / 1024:.1f}")
        peak_name = "peak RSS during the batch (MB)" if batch["peak_reset"] else "peak RSS of the process (MB)"
        row(peak_name, f"{peak_mb:.1f}", f"{args.max_rss_mb:.0f}", peak_mb > args.max_rss_mb)
        row("peak RSS growth over the batch (MB)", f"{growth_mb:.1f}")
        row("RSS after the batch (MB)", f"{batch['rss_after_kb'] / 1024:.1f}")
        samples = batch["samples"]
        if samples:
            print("\nRSS while the batch ran (flat if memory does not grow with the number of certificates):")
            for quarter in (1, 2, 3, 4):
                seconds, rss = samples[min(len(samples) - 1, len(samples) * quarter // 4)]
                print(f"  at {seconds:7.1f}s of {batch['seconds']:.1f}s: {rss / 1024:7.1f} MB")
        return 1 if failed else 0
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        storage.disable()
        media.cleanup()


if __name__ == "__main__":
    sys.exit(main())
