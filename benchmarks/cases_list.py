"""The advisors' case list at 10,000 cases of one organisation: server time per page (the view,
its query and its template, measured in process with Django's test client), median and p95, for
the list as it opens, a far page, a search by name, filters combined, sorts, one advisor's view;
and the query plan of the list's one query on the cases.

    python benchmarks/cases_list.py [--cases 10000] [--repeat 30]
    DATABASE_URL=postgres://sejour:sejour@localhost:5432/sejour python benchmarks/cases_list.py

A throw-away database is made for the run (sejour_bench_<pid> on PostgreSQL, a file for SQLite) and dropped after.
The cases are synthetic (`sejour synth`): a few hundred distinct situations assessed by the engine,
spread over 10,000 named people and four advisors.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # this checkout's sejour
os.environ.setdefault("SEJOUR_DATA_DIR", tempfile.mkdtemp(prefix="sejour-bench-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sejour.web.settings")

PAGES = {
    "list, page 1": "/advisor/",
    "list, page 150": "/advisor/?page=150",
    "search by name": "/advisor/?q=dupont",
    "nationality + route + verdict": "/advisor/?nationality=IN&route=aps_graduate&verdict=eligible",
    "département + overdue": "/advisor/?departement=75&status=overdue",
    "sorted by name, page 20": "/advisor/?sort=name&page=20",
    "one advisor's cases": "/advisor/?advisor=me",
}


def fill(count: int, distinct: int):
    import datetime

    from django.contrib.auth import get_user_model

    from sejour import assess
    from sejour.batch.schema import row_to_case
    from sejour.batch.synth import synth
    from sejour.case import CaseError, parse_case
    from sejour.web.cases.models import Advisor, Case, Organisation
    from sejour.web.cases.services import denormalise

    organisation = Organisation.objects.create(name="Université")
    other = Organisation.objects.create(name="Association")
    advisors = [Advisor.objects.create(user=get_user_model().objects.create(username=f"advisor{i}"), organisation=organisation)
                for i in range(4)]
    situations = []
    for row in synth(distinct, seed=7, today=datetime.date.today()).to_pylist():
        try:
            facts = parse_case(row_to_case(row)).to_dict()
        except CaseError:
            continue
        situations.append((facts, assess(facts)))
    surnames = ["Dupont", "Nguyen", "Diallo", "Sharma", "Pérez", "Martin", "Wang", "Kone", "Silva", "Haddad"]
    cases = []
    for i in range(count):
        facts, assessment = situations[i % len(situations)]
        case = Case(organisation=organisation if i % 10 else other, advisor=advisors[i % 4] if i % 10 else None,
                    person_name=f"Person {i} {surnames[i // 3 % len(surnames)]}", facts=facts, assessment=assessment)
        denormalise(case)
        cases.append(case)
    Case.objects.bulk_create(cases, batch_size=1000)
    from django.db import connection

    with connection.cursor() as cursor:  # statistics, as PostgreSQL's autovacuum would gather them
        cursor.execute("ANALYZE")
    return advisors[0], len(situations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--distinct", type=int, default=400)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    test = connection.settings_dict.setdefault("TEST", {})
    if connection.vendor == "sqlite":  # a file, as `sejour serve` uses, not the test runner's in-memory database
        test["NAME"] = os.path.join(os.environ["SEJOUR_DATA_DIR"], "bench.sqlite3")
    else:  # a database of its own: never another run's test database
        test["NAME"] = f"sejour_bench_{os.getpid()}"
    settings.ALLOWED_HOSTS = ["*"]
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        advisor, distinct = fill(args.cases, args.distinct)
        print(f"{connection.vendor} ({name}): {args.cases} cases ({distinct} distinct situations, 90% in the organisation "
              f"measured) made in {time.perf_counter() - started:.1f} s")
        client = Client()
        client.force_login(advisor.user)
        print(f"\n  {'page':<32} {'cases':>6} {'queries':>8} {'p50 ms':>8} {'p95 ms':>8}")
        for label, url in PAGES.items():
            client.get(url)  # warm: templates compiled, rules loaded
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            with CaptureQueriesContext(connection) as queries:
                page = client.get(url).content.decode()
            found = page.split("<caption>", 1)[1].split(" ", 1)[0]
            times.sort()
            print(f"  {label:<32} {found:>6} {len(queries):>8} {statistics.median(times):>8.1f} {times[int(len(times) * 0.95) - 1]:>8.1f}")
        from sejour.web.cases.listing import filtered, listing_query

        query = listing_query(filtered(advisor.organisation_id, {}, advisor), 1)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            list(query.all())
            times.append((time.perf_counter() - start) * 1000)
        print(f"\nthe list's query alone, page 1: p50 {statistics.median(times):.1f} ms; its plan:")
        print("  " + query.explain().replace("\n", "\n  "))
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    sys.exit(main())
