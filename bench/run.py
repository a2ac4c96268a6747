"""Benchmark the pages at scale: `make bench` (or `python -m bench.run --organisations 200`).

Builds a throwaway test database, fills it with scale data, requests each page repeatedly and reports
the median time and the number of queries against `bench/budgets.json`. Exits 1 if a budget is exceeded.
Timings are for comparing runs on one machine, not absolute truths; query counts are exact.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path


def fetch(client, url):
    """GET `url`; a streamed response (CSV) is read to the end, as the browser would, so its queries and time count."""
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=200)
    parser.add_argument("--members", type=int, default=25, help="members per organisation")
    parser.add_argument("--toolkits", type=int, default=300)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--learners", type=int, default=1000, help="members of one organisation on one course")
    parser.add_argument("--lessons", type=int, default=30, help="lessons of that course")
    parser.add_argument("--volunteer-requests", type=int, default=500, help="volunteer requests in the network")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.test")
    import django

    django.setup()
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections, connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from bench import scale

    setup_test_environment()
    # As in Django's TestCase: keep one connection across requests, so the test database and its query log survive.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        data = scale.build(organisations=args.organisations, members_per_organisation=args.members)
        print(
            f"scale data: {args.organisations} organisations × {args.members} members "
            f"in {time.perf_counter() - started:.1f}s"
        )
        started = time.perf_counter()
        content = scale.build_pages(network=data["network"], toolkits=args.toolkits, articles=args.articles)
        print(f"pages: {args.toolkits} toolkits, {args.articles} articles in {time.perf_counter() - started:.1f}s")
        started = time.perf_counter()
        courses = scale.build_courses(
            home=content["home"], organisation=data["course_organisation"], learners=args.learners, lessons=args.lessons
        )
        print(
            f"courses: 1 course of {args.lessons} lessons, {args.learners} learners "
            f"in {time.perf_counter() - started:.1f}s"
        )
        started = time.perf_counter()
        volunteering = scale.build_volunteering(
            network=data["network"], course=courses["course"], requests=args.volunteer_requests
        )
        print(
            f"volunteering: {volunteering['requests']} requests, {volunteering['responses']} responses, "
            f"{volunteering['hours']} hours entries in {time.perf_counter() - started:.1f}s"
        )
        report = f"/da/courses/reports/organisations/{data['course_organisation'].slug}/"
        anonymous = None
        pages = {
            "dashboard (leader)": (data["leader"], "/da/dashboard/"),
            "organisation page (leader, all members)": (
                data["leader"],
                f"/da/organisations/{data['organisation'].slug}/",
            ),
            "network page (coordinator, all organisations)": (
                data["coordinator"],
                f"/da/networks/{data['network'].slug}/",
            ),
            "network home page (leader)": (data["leader"], content["home"].url),
            "toolkit library, first page (leader)": (data["leader"], content["library"].url),
            "toolkit library, topic filter (leader)": (data["leader"], f"{content['library'].url}?topic=first-aid"),
            "toolkit page (leader)": (data["leader"], content["toolkit"].url),
            "magazine (anonymous)": (anonymous, content["magazine"].url),
            "search, Arabic (leader)": (data["leader"], "/ar/search/?q=" + "الاسعافات"),
            "search, French (anonymous)": (anonymous, "/fr/search/?q=premiers+secours"),
            "course page, 30 lessons (volunteer)": (data["volunteer"], courses["course"].url),
            "course report, 1,000 members (leader)": (data["course_leader"], report),
            "course report CSV, 1,000 members (leader)": (data["course_leader"], report + "csv/"),
            "volunteer request list (volunteer)": (
                volunteering["viewer"],
                f"/da/volunteering/networks/{data['network'].slug}/",
            ),
        }
        budgets = json.loads((Path(__file__).parent / "budgets.json").read_text())
        failed = False
        print(f"{'page':48} {'queries':>8} {'median ms':>10} {'budget':>14}")
        for name, (user, url) in pages.items():
            client = Client()
            if user is not None:
                client.force_login(user)
            with CaptureQueriesContext(connection) as queries:
                response = fetch(client, url)
            query_count = len(queries)  # now: the next request resets the connection's query log
            assert response.status_code == 200, (url, response.status_code)
            timings = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                fetch(client, url)
                timings.append((time.perf_counter() - started) * 1000)
            median = statistics.median(timings)
            budget = budgets.get(name, {"max_queries": 0, "max_median_ms": 0})  # a page without a budget fails
            over = query_count > budget["max_queries"] or median > budget["max_median_ms"]
            failed |= over
            print(
                f"{name:48} {query_count:>8} {median:>10.1f} "
                f"{budget['max_queries']:>5}q/{budget['max_median_ms']:>5}ms{'  OVER' if over else ''}"
            )
        return 1 if failed else 0
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    sys.exit(main())
