"""Public pages and API under malformed requests: whatever the path, query string or method,
the answer is never a 5xx (a 400 for what cannot be read, a 404 for what does not exist).

Property-based (hypothesis) over every public URL and API endpoint, with parameter names the
FilterSets read and names they do not, and values of every shape: empty, huge, negative,
non-numeric, malformed dates, NUL and control characters, invalid percent-encoding, SQL and
HTML injection, Chinese text.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article, DatePrecision, Document
from tracker.filtersets import CommitmentFilterSet, EvidenceFilterSet, LinkFilterSet
from tracker.models import Commitment, Evidence, Indicator, Link, Relation, ReviewState

pytestmark = pytest.mark.django_db

REQUESTS = settings(
    max_examples=100,
    deadline=None,  # a page may legitimately take a moment on a busy machine; 5xx is the bug
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

NASTY = [
    "", " ", "0", "-1", "1e309", "NaN", "9" * 400, "１２", "2024-13-45", "2024-02-30",
    "0000-00-00", "99999", "-2024", "true", "false", "None", "null", "[]", "{}",
    "' OR 1=1 --", "\"; DROP TABLE tracker_commitment; --", "<script>alert(1)</script>",
    "%", "%%", "\\", "\x00", "a\x00b", "\x1b[31m", "\u202e", "\ud7ff", "高新技术企业",
    "技术 合同 成交额", "高" * 600, "*", "?", "&", "=", "#", "../../etc/passwd", "\n", "\t",
    "achieved", "suggested", "numeric", "fulfils", "innovation", "due", "-due", "id",
]
EXTRA_NAMES = ["page", "page_size", "q", "sort", "format", "ordering", "limit", "offset",
               "cursor", "year", "csrfmiddlewaretoken", "__proto__", "", "page[]", "高"]


def filter_names() -> list[str]:
    names = set(EXTRA_NAMES)
    for filterset in (CommitmentFilterSet, EvidenceFilterSet, LinkFilterSet):
        names.update(filterset.base_filters)
    return sorted(names)


values = st.one_of(st.sampled_from(NASTY), st.text(max_size=40),
                   st.integers(min_value=-(10**20), max_value=10**20).map(str))
query_params = st.lists(st.tuples(st.sampled_from(filter_names()), values), max_size=6)


@pytest.fixture
def ids() -> dict[str, int]:
    document = Document.objects.create(name="a.txt", sha256="a" * 64, encoding="utf-8",
                                       raw_text="x")
    body = "力争全年新增300家高新技术企业。全年技术合同成交额完成136亿元。"
    article = Article.objects.create(document=document, position=1, title="标题", body=body,
                                     published_on=dt.date(2024, 8, 21),
                                     date_precision=DatePrecision.DAY, span_start=0, span_end=1)
    indicator = Indicator.objects.create(name="高新技术企业", unit="家", unit_family="count")
    commitment = Commitment.objects.create(
        article=article, quote="力争全年新增300家高新技术企业", start=0, end=16,
        indicator=indicator, value=300, unit="家", period_start=dt.date(2024, 1, 1),
        period_end=dt.date(2024, 12, 31), review_state=ReviewState.ACCEPTED)
    evidence = Evidence.objects.create(
        article=article, quote="全年技术合同成交额完成136亿元", start=17, end=32, value=136,
        unit="亿元", review_state=ReviewState.SUGGESTED)
    link = Link.objects.create(commitment=commitment, evidence=evidence,
                               relation=Relation.BASELINE, score=0.5)
    return {"commitment": commitment.pk, "evidence": evidence.pk, "link": link.pk,
            "indicator": indicator.pk, "article": article.pk, "document": document.pk}


def paths(ids: dict[str, int]) -> list[str]:
    return [
        "/", "/commitments/", f"/commitments/{ids['commitment']}/", "/indicators/",
        f"/indicators/{ids['indicator']}/", "/articles/", f"/articles/{ids['article']}/",
        "/search/", "/feed/", "/api/", "/api/schema/",
        "/api/commitments/", f"/api/commitments/{ids['commitment']}/",
        "/api/evidence/", f"/api/evidence/{ids['evidence']}/",
        "/api/links/", f"/api/links/{ids['link']}/",
        "/api/indicators/", f"/api/indicators/{ids['indicator']}/",
        "/api/articles/", f"/api/articles/{ids['article']}/",
        "/api/documents/", f"/api/documents/{ids['document']}/",
    ]


def encode(params: list[tuple[str, str]]) -> str:
    return "&".join(f"{quote(name, safe='')}={quote(value, safe='')}"
                    for name, value in params)


def assert_no_server_error(response, url: str) -> None:
    assert response.status_code < 500, f"{response.status_code} for {url!r}"


@REQUESTS
@given(draw=st.data(), params=query_params)
def test_query_strings_never_give_a_server_error(site, draw, params):
    url = draw.draw(st.sampled_from(paths(site.ids)), label="path")
    full = f"{url}?{encode(params)}"
    assert_no_server_error(site.get(full), full)


@REQUESTS
@given(draw=st.data(),
       pieces=st.lists(st.sampled_from(["%ff", "%c3", "%e9%ab", "%00", "%zz", "%", "+", "%2B",
                                        "%ef%bf%bf", "%ed%a0%80"]), min_size=1, max_size=5),
       name=st.sampled_from(filter_names()))
def test_broken_percent_encoding_never_gives_a_server_error(site, draw, pieces, name):
    url = draw.draw(st.sampled_from(paths(site.ids)), label="path")
    full = f"{url}?{quote(name, safe='')}={''.join(pieces)}"
    assert_no_server_error(site.get(full), full)


@REQUESTS
@given(prefix=st.sampled_from(["commitments", "indicators", "articles", "api/commitments",
                               "api/evidence", "api/links", "api/articles", "api/documents",
                               "api/indicators"]),
       segment=st.one_of(st.sampled_from(NASTY), st.text(max_size=30),
                         st.integers(min_value=-(10**30), max_value=10**30).map(str)))
def test_object_paths_never_give_a_server_error(site, prefix, segment):
    url = f"/{prefix}/{quote(segment, safe='')}/"
    assert_no_server_error(site.get(url), url)


@REQUESTS
@given(draw=st.data(),
       method=st.sampled_from(["post", "put", "patch", "delete", "options", "head"]),
       params=query_params)
def test_other_methods_never_give_a_server_error_nor_write(site, draw, method, params):
    url = draw.draw(st.sampled_from(paths(site.ids)), label="path")
    before = (Commitment.objects.count(), Evidence.objects.count(), Link.objects.count())
    response = getattr(Client(enforce_csrf_checks=True), method)(url, data=dict(params))
    assert_no_server_error(response, url)
    if method not in ("options", "head"):
        assert response.status_code in (403, 404, 405), (method, url, response.status_code)
    assert (Commitment.objects.count(), Evidence.objects.count(),
            Link.objects.count()) == before


@pytest.fixture
def site(ids) -> Client:
    """A test client that carries the ids of the rows made for these tests."""
    client = Client()
    client.ids = ids
    return client
