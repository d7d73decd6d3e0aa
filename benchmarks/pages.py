#!/usr/bin/env python3
"""Each public page's server time against the bare SQL it needs, with its query count.

    DATABASE_URL=postgres://… python benchmarks/pages.py [--repeat 15] [--json FILE] [--only LABEL]

Run it on a generated database (benchmarks/generate.py), reused as it is: it is migrated
first, so one generated database serves later versions too. For every page: the median time
of the whole request inside Django (middleware, view, ORM, template) through the test client,
and of the page's own SQL, captured once and replayed on a raw database cursor (execute and
fetch every row) — the least any implementation could spend in the database — timed in
turns, request then SQL. The ratio is the first over the second: what Django, the ORM and the
templates add.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from common import collect_static, markdown_table, median_seconds, ms, setup_django, write_json

TRANSACTION_CONTROL = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")


def page_urls() -> list[tuple]:
    """The public pages and API endpoints to measure, on rows that exist and are busy: (label,
    URL) or (label, URL, settings to measure it under)."""
    from django.db.models import Count
    from django.urls import reverse

    from articles.models import Article
    from tracker.models import Commitment, Indicator

    commitment = (Commitment.objects.public().annotate(n=Count("links"))
                  .order_by("-n", "pk").first())
    indicator = Indicator.objects.annotate(n=Count("commitments")).order_by("-n").first()
    article = Article.objects.annotate(n=Count("commitments")).order_by("-n", "pk").first()
    last_page = max(1, -(-Commitment.objects.public().count() // 25))  # the list's 25 a page
    articles_last = max(1, -(-Article.objects.count() // 30))
    commitments = reverse("tracker:commitments")
    search = reverse("tracker:search")
    searched = {"SEARCH_CACHE_SECONDS": 0}
    urls = [
        ("首页 home", reverse("tracker:home")),
        # The home page as it is when its scorecard is counted (once a minute by default).
        ("首页·统计 home, counting", reverse("tracker:home"), {"SCORECARD_CACHE_SECONDS": 0}),
        ("承诺列表 commitments", reverse("tracker:commitments")),
        ("承诺列表·筛选 commitments, filtered",
         reverse("tracker:commitments") + f"?status=achieved&year=2024&indicator={indicator.pk}"),
        ("承诺列表·末页 commitments, last page",
         reverse("tracker:commitments") + f"?page={last_page}"),
        ("承诺列表·逾期 commitments, overdue", commitments + "?overdue=true"),
        ("承诺列表·未逾期 commitments, not overdue", commitments + "?overdue=false"),
        ("承诺列表·无结果 commitments, no evidence", commitments + "?has_evidence=false"),
        ("承诺列表·主题 commitments, topic", commitments + "?topic=enterprise"),
        ("承诺列表·关键词 commitments, q=企业", commitments + "?q=企业"),
        ("承诺列表·发布日期 commitments, -published, deep",
         commitments + f"?sort=-published&page={last_page // 2}"),
        ("承诺列表·状态排序 commitments, sort=status, deep",
         commitments + f"?sort=status&page={last_page // 2}"),
        ("承诺 commitment", reverse("tracker:commitment", args=[commitment.pk])),
        ("指标列表 indicators", reverse("tracker:indicators")),
        ("指标 indicator", reverse("tracker:indicator", args=[indicator.pk])),
        ("文章列表 articles", reverse("articles:list")),
        ("文章列表·末页 articles, last page", reverse("articles:list") + f"?page={articles_last}"),
        ("文章 article", reverse("articles:detail", args=[article.pk])),
        # Searched on each request, as new words are (a search asked again is kept a while).
        ("搜索 search 高新技术企业", search + "?q=高新技术企业", searched),
        ("搜索 search 技术合同", search + "?q=技术合同", searched),
        ("搜索 search 企业", search + "?q=企业", searched),
        ("搜索 search 研发", search + "?q=研发", searched),
        ("搜索 search 企 (one character)", search + "?q=企", searched),
        ("订阅 feed", reverse("tracker:feed")),
        ("API commitments", "/api/commitments/"),
        ("API commitments, filtered", f"/api/commitments/?indicator={indicator.pk}&year=2024"),
        ("API commitment", f"/api/commitments/{commitment.pk}/"),
        ("API commitments, overdue, deep", "/api/commitments/?overdue=true&page=20"),
        ("API commitments, last page", f"/api/commitments/?page={-(-last_page // 2)}"),
        ("API evidence", "/api/evidence/"),
        ("API links", "/api/links/"),
    ]
    return urls


def replayable(sql: str) -> bool:
    return not sql.lstrip().upper().startswith(TRANSACTION_CONTROL)


def paired_medians(first, second, *, repeat: int) -> tuple[float, float]:
    """Median times of two runs taken in turns, so that a machine slowing down or speeding
    up during the measurement (a shared host) weighs on both sides of the ratio alike."""
    first(), second()  # warm-up
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for run, kept in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            run()
            kept.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def measure(label: str, url: str, *, repeat: int, overrides: dict | None = None) -> dict:
    from django.test import override_settings

    with override_settings(**(overrides or {})):
        return measure_page(label, url, repeat=repeat)


def measure_page(label: str, url: str, *, repeat: int) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(raise_request_exception=False)
    started = time.perf_counter()
    response = client.get(url)
    if time.perf_counter() - started > 2:
        repeat = 1  # a slow page: one timed run each way keeps the whole run bounded
    if response.status_code != 200:
        return {"page": label, "url": url, "status": response.status_code}
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    statements = [query["sql"] for query in captured.captured_queries]

    def request():
        client.get(url)

    def bare_sql():
        cursor = connection.connection.cursor()  # the psycopg / sqlite3 cursor itself
        try:
            for sql in statements:
                if replayable(sql):
                    cursor.execute(sql)
                    if cursor.description is not None:
                        cursor.fetchall()
        finally:
            cursor.close()

    server, database = paired_medians(request, bare_sql, repeat=repeat)
    return {
        "page": label, "url": url, "status": 200, "queries": len(statements),
        "bytes": len(response.content), "server_s": server, "sql_s": database,
        "ratio": server / database if database else None,
    }


def request_floor(*, repeat: int) -> float:
    """The time of a request answered by a view that does nothing (benchmarks/least_page.py):
    the site's middleware and URL resolution, the least any page costs."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client()
    with override_settings(ROOT_URLCONF="least_page"):
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/nothing/").status_code == 200
        assert not captured.captured_queries, "the floor page should run no query"
        return median_seconds(lambda: client.get("/nothing/"), repeat=max(repeat, 50) * 4,
                              warmup=20)


def least_orm_page(pk: int, *, repeat: int) -> dict:
    """The yardstick (benchmarks/least_page.py): one row by primary key through the ORM and
    the site's middleware, against its own SQL, measured as every page is."""
    from django.test import override_settings

    with override_settings(ROOT_URLCONF="least_page"):
        return measure("least ORM page", f"/least/{pk}/", repeat=max(repeat, 50))


def markdown(results: list[dict], counts: dict[str, int], vendor: str, floor: float,
             least: dict) -> str:
    rows = []
    for r in results:
        if r["status"] != 200:
            rows.append([r["page"], f"`{r['url']}`", f"HTTP {r['status']}", "", "", "", "", ""])
            continue
        rows.append([r["page"], f"`{r['url']}`", r["queries"], ms(r["server_s"]), ms(r["sql_s"]),
                     f"{r['ratio']:.1f}×", ms(r["server_s"] - r["sql_s"]),
                     f"{r['bytes'] / 1024:.0f} KiB"])
    worst = max((r["ratio"] for r in results if r.get("ratio")), default=0)
    size = ", ".join(f"{v:,} {k}" for k, v in counts.items())
    return (
        f"Database: {vendor}, {size}. Median of the repeated requests; the SQL column replays "
        "the page's own captured queries on a raw cursor.\n\n"
        + markdown_table(["Page", "URL", "Queries", "Server time", "Bare SQL", "Ratio",
                          "Django's share", "Size"], rows)
        + f"\n\nHighest ratio: **{worst:.1f}×** (aim: at most 3×). Where the SQL takes well "
        "under a millisecond (a detail page by primary key), the ratio measures Django's fixed "
        "cost per request (middleware, view, template) rather than anything that grows with "
        "the data; the \"Django's share\" column gives that cost in milliseconds.\n\n"
        f"Floor: a request answered by a view that does nothing (an empty response through "
        f"the site's middleware: security headers, CSP, static files, CORS, sessions, CSRF, "
        f"authentication, messages, history, login throttling) takes **{ms(floor)}** here. A "
        f"page whose bare SQL takes less than half of that ({ms(floor / 2)}) is over 3× "
        f"whatever its view does, even if the view cost nothing at all.\n\n"
        f"Yardstick: the least page a view reading through the ORM can serve (one commitment "
        f"read by primary key, its quote sent back as text: no template, no second query; "
        f"`benchmarks/least_page.py`) takes **{ms(least['server_s'])}** against "
        f"{ms(least['sql_s'])} of its SQL here: **{least['ratio']:.1f}×**. Pages whose work is "
        f"a few such reads (a detail page by primary key) cannot be much under that ratio "
        f"while the ORM compiles their SQL on every request: the busiest reads of the public "
        f"pages and the API are compiled once (`tracker/compiled.py`) and sent with each "
        f"request's values.\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument("--only", default="", help="measure only pages whose label contains this")
    args = parser.parse_args(argv)
    setup_django()
    collect_static()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)

    from articles.models import Article
    from tracker.models import Commitment, Evidence, Link

    counts = {"articles": Article.objects.count(), "commitments": Commitment.objects.count(),
              "evidence": Evidence.objects.count(), "links": Link.objects.count()}
    if not counts["commitments"]:
        print("The database holds no commitments: run benchmarks/generate.py first.",
              file=sys.stderr)
        return 1
    started = time.monotonic()
    results = []
    for label, url, *overrides in page_urls():
        if args.only not in label:
            continue
        result = measure(label, url, repeat=args.repeat,
                         overrides=overrides[0] if overrides else None)
        results.append(result)
        ratio = f"{result['ratio']:.1f}×" if result.get("ratio") else f"HTTP {result['status']}"
        print(f"{label:40} {ratio}", file=sys.stderr, flush=True)
    floor = request_floor(repeat=args.repeat)
    least = least_orm_page(Commitment.objects.order_by("pk").values_list("pk", flat=True)[0],
                           repeat=args.repeat)
    print(f"{'least ORM page (yardstick)':40} {least['ratio']:.1f}×", file=sys.stderr)
    report = {"vendor": connection.vendor, "counts": counts, "pages": results, "floor_s": floor,
              "least": least, "seconds": time.monotonic() - started,
              "markdown": markdown(results, counts, connection.vendor, floor, least)}
    write_json(args.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
