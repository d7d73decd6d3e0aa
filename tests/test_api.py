"""The read-only API: the export's records, the pages' filters, GET only, never a 5xx."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from drf_spectacular.validation import validate_schema

from articles.models import Article, Document
from tests.exportdata import build_rich_data
from tracker.api import ENDPOINTS as API_ENDPOINTS
from tracker.filtersets import (
    ArticleFilterSet,
    CommitmentFilterSet,
    DocumentFilterSet,
    EvidenceFilterSet,
    IndicatorFilterSet,
    LinkFilterSet,
)
from tracker.models import Commitment, Evidence, Indicator, Link
from tracker.views import public_commitments

pytestmark = pytest.mark.django_db

ENDPOINTS = ["commitments", "evidence", "links", "indicators", "articles", "documents"]
PUBLIC = {
    # The base querysets of the public pages.
    "commitments": (CommitmentFilterSet, lambda: public_commitments()),
    "evidence": (EvidenceFilterSet, lambda: Evidence.objects.public()),
    "links": (LinkFilterSet, lambda: Link.objects.public()),
    "indicators": (IndicatorFilterSet, lambda: Indicator.objects.all()),
    "articles": (ArticleFilterSet, lambda: Article.objects.public()),
    "documents": (DocumentFilterSet, lambda: Document.objects.all()),
}


@pytest.fixture
def data():
    return build_rich_data()


def get_all(client, endpoint: str, query: str = "") -> list[dict]:
    response = client.get(f"/api/{endpoint}/?page_size=500{'&' if query else ''}{query}")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == len(body["results"])
    return body["results"]


def test_index_lists_every_endpoint_and_the_schema(client):
    response = client.get("/api/")
    assert response.status_code == 200
    assert response.json() == {
        **{name: f"http://testserver/api/{name}/" for name in ENDPOINTS},
        "schema": "http://testserver/api/schema/",
    }


def test_records_equal_the_exports_records(client, data):
    out = io.StringIO()
    call_command("export", stdout=out, stderr=io.StringIO())
    export = json.loads(out.getvalue())
    for endpoint in ENDPOINTS:
        exported = {record["id"]: record for record in export[endpoint]}
        listed = get_all(client, endpoint)
        assert listed, endpoint
        for record in listed:
            assert record == exported[record["id"]], endpoint
            detail = client.get(f"/api/{endpoint}/{record['id']}/")
            assert detail.status_code == 200 and detail.json() == record


def test_the_schemas_serializers_describe_the_records_the_api_writes(client, data):
    # The records are written by the export's record_writer; the OpenAPI schema is made from
    # the serializers: each serializer must give every record exactly as the API does.
    for endpoint, viewset in API_ENDPOINTS.items():
        listed = {record["id"]: record for record in get_all(client, endpoint)}
        model = viewset.queryset.model
        for instance in model.objects.filter(pk__in=listed):
            assert viewset.serializer_class(instance).data == listed[instance.pk], endpoint


def test_the_api_shows_what_the_pages_show(client, data):
    rejected = data["commitments"][3]
    ids = {record["id"] for record in get_all(client, "commitments")}
    assert rejected.pk not in ids
    assert ids == set(Commitment.objects.public().values_list("pk", flat=True))
    assert client.get(f"/api/commitments/{rejected.pk}/").status_code == 404


FILTER_CASES = [
    ("commitments", "status=exceeded"),
    ("commitments", "status=pending&kind=deliverable"),
    ("commitments", "review_state=accepted"),
    ("commitments", "subject=高新区"),
    ("commitments", "year=2023"),
    ("commitments", "topic=innovation"),
    ("commitments", "has_evidence=true"),
    ("commitments", "has_evidence=false"),
    ("commitments", "overdue=true"),
    ("commitments", "overdue=false"),
    ("commitments", "period_after=2023-06-01"),
    ("commitments", "q=技术合同"),
    ("commitments", "sort=-due"),
    ("evidence", "review_state=edited"),
    ("evidence", "year=2024"),
    ("evidence", "q=研发投入"),
    ("links", "relation=fulfils"),
    ("links", "review_state=suggested"),
    ("indicators", "topic=innovation"),
    ("indicators", "unit_family=money"),
    ("documents", "encoding=utf-8"),
    ("articles", "q=高新区"),
]


@pytest.mark.parametrize(("endpoint", "query"), FILTER_CASES)
def test_filters_give_the_pages_results(client, data, endpoint, query):
    filterset_class, queryset = PUBLIC[endpoint]
    params = dict(pair.split("=") for pair in query.split("&"))
    filterset = filterset_class(params, queryset=queryset())
    assert filterset.is_valid(), filterset.errors
    expected = list(filterset.qs.values_list("pk", flat=True))
    assert 0 < len(expected) < filterset.queryset.count() or "sort" in params, "case selects"
    listed = [record["id"] for record in get_all(client, endpoint, query)]
    assert sorted(listed) == sorted(expected)
    if "sort" in params:
        assert listed == expected


@pytest.mark.parametrize("endpoint", ["commitments", "evidence", "links"])
def test_filter_by_reference_ids(client, data, endpoint):
    field = {"commitments": "indicator", "evidence": "article", "links": "commitment"}[endpoint]
    target = {
        "indicator": data["indicators"][1],
        "article": data["articles"][2],
        "commitment": data["commitments"][0],
    }[field]
    filterset_class, queryset = PUBLIC[endpoint]
    expected = set(
        filterset_class({field: target.pk}, queryset=queryset()).qs.values_list("pk", flat=True)
    )
    assert expected
    listed = {record["id"] for record in get_all(client, endpoint, f"{field}={target.pk}")}
    assert listed == expected


def test_lists_are_paginated(client, data):
    first = client.get("/api/commitments/?page_size=2").json()
    assert first["count"] == 5 and len(first["results"]) == 2
    assert first["next"].endswith("page=2&page_size=2")
    last = client.get("/api/commitments/?page_size=2&page=3").json()
    assert len(last["results"]) == 1 and last["next"] is None
    seen = [
        r["id"]
        for page in (1, 2, 3)
        for r in client.get(f"/api/commitments/?page_size=2&page={page}").json()["results"]
    ]
    assert seen == sorted(seen) and len(set(seen)) == 5


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_writes_are_not_allowed(client, data, method, endpoint):
    pk = data[endpoint][0].pk
    for url in (f"/api/{endpoint}/", f"/api/{endpoint}/{pk}/"):
        response = getattr(client, method)(url, data={}, content_type="application/json")
        assert response.status_code == 405, (method, url)
    assert Commitment.objects.count() == 6


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_index_and_schema_are_read_only(client, method):
    for url in ("/api/", "/api/schema/"):
        assert getattr(client, method)(url).status_code == 405


def test_get_is_allowed_from_any_origin(client, data):
    response = client.get("/api/commitments/", headers={"origin": "https://data.example.net"})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options(
        "/api/commitments/",
        headers={"origin": "https://data.example.net", "access-control-request-method": "GET"},
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/commitments/?status=done", "status"),
        ("/api/commitments/?stauts=achieved", "stauts"),
        ("/api/commitments/?year=twenty", "year"),
        ("/api/commitments/?year=99999999999999999999", "year"),
        ("/api/commitments/?indicator=abc", "indicator"),
        ("/api/commitments/?indicator=99999999999999999999999", "indicator"),
        ("/api/commitments/?period_after=2023-02-30", "period_after"),
        ("/api/commitments/?has_evidence=maybe", "has_evidence"),
        ("/api/commitments/?overdue=1", "overdue"),
        ("/api/commitments/?sort=colour", "sort"),
        ("/api/commitments/?subject=a%00b", "subject"),
        ("/api/commitments/?q=" + "长" * 1000, "q"),
        ("/api/evidence/?article=-1", "article"),
        ("/api/links/?commitment=1.5", "commitment"),
        ("/api/links/?relation=", None),
        ("/api/indicators/?topic=%E0", "topic"),
        ("/api/articles/?document=%00", "document"),
        ("/api/documents/?page=0", "page"),
        ("/api/documents/?page=abc", "page"),
        ("/api/documents/?page_size=-5", "page_size"),
    ],
)
def test_malformed_parameters_get_a_400_naming_them(client, data, url, parameter):
    response = client.get(url)
    if parameter is None:  # an empty value means "no filter"
        assert response.status_code == 200
        return
    assert response.status_code == 400, response.content
    assert parameter in response.json()


@pytest.mark.parametrize(
    "url",
    [
        "/api/commitments/99999/",
        "/api/commitments/99999999999999999999999999/",
        "/api/commitments/abc/",
        "/api/documents/0/",
        "/api/commitments/?page=99",
    ],
)
def test_missing_records_are_404(client, data, url):
    assert client.get(url).status_code == 404


def query_count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_list_query_count_does_not_grow_with_the_records(client, endpoint):
    build_rich_data()
    few = query_count(client, f"/api/{endpoint}/")
    build_rich_data_again()
    many = query_count(client, f"/api/{endpoint}/")
    assert many == few <= 3  # the count, the page's ids, the page's records


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_record_is_one_query(client, data, endpoint):
    pk = data[endpoint][0].pk
    assert query_count(client, f"/api/{endpoint}/{pk}/") == 1
    # Through the filters (a query string) it is still the one query, and still strict.
    assert query_count(client, f"/api/{endpoint}/{pk}/?page_size=5") == 1
    response = client.get(f"/api/{endpoint}/{pk}/?stauts=achieved")
    assert response.status_code == 400 and "stauts" in response.json()



@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_record_by_id_alone_is_answered_as_drf_answers_it(client, data, endpoint):
    # A record asked for by id alone skips DRF's request steps (ExportRecordViewSet.dispatch);
    # asked with ?format=json, DRF's own steps answer: the same status, bytes and headers.
    pk = data[endpoint][0].pk
    for url in (f"/api/{endpoint}/{pk}/", f"/api/{endpoint}/99999/"):
        for method in ("get", "head"):
            for accept in ({}, {"accept": "*/*"}, {"accept": "application/json"}):
                origin = {"origin": "https://data.example.net"}
                plain = getattr(client, method)(url, headers={**accept, **origin})
                through_drf = getattr(client, method)(
                    url + "?format=json", headers={**accept, **origin}
                )
                assert plain.status_code == through_drf.status_code, url
                assert plain.content == through_drf.content, url
                assert dict(plain.headers) == dict(through_drf.headers), url
    assert client.get(f"/api/{endpoint}/{pk}/").json()["id"] == pk
    assert client.get(f"/api/{endpoint}/99999/").json() == {
        "detail": "没有这条记录，或它尚未公开。"
    }
    # Anything else asked of a record is still DRF's to answer.
    pretty = client.get(f"/api/{endpoint}/{pk}/", headers={"accept": "application/json; indent=2"})
    assert pretty.status_code == 200 and pretty.content.startswith(b'{\n  "id": ')
    assert client.get(f"/api/{endpoint}/{pk}/", headers={"accept": "text/html"}).status_code == 406
    assert client.post(f"/api/{endpoint}/{pk}/").status_code == 405
    assert client.options(f"/api/{endpoint}/{pk}/").json()["renders"] == ["application/json"]


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # The indicator's existence, the count, the page's ids, the page's records.
        ("/api/commitments/?indicator={indicator}&year=2023", 4),
        ("/api/commitments/?status=pending&page_size=2&page=2", 3),
        ("/api/evidence/?article={article}", 4),
        ("/api/links/?relation=fulfils", 3),
        ("/api/indicators/?topic=innovation", 3),
        ("/api/", 0),
    ],
)
def test_filtered_list_query_counts(client, data, url, queries):
    url = url.format(indicator=data["indicators"][1].pk, article=data["articles"][2].pk)
    assert query_count(client, url) == queries


def test_api_messages_are_in_the_sites_language_whatever_the_browser_asks(client, data):
    # The API's own messages are Chinese; DRF's must not switch to the browser's language.
    for language in ("en", "fr", "zh-hans"):
        headers = {"accept-language": language}
        response = client.get("/api/commitments/?page=99", headers=headers)
        assert response.status_code == 404
        assert response.json() == {"detail": "无效页面。"}, language
        response = client.get("/api/commitments/99999/", headers=headers)
        assert response.status_code == 404
        assert response.json() == {"detail": "没有这条记录，或它尚未公开。"}, language
        response = client.post("/api/commitments/", headers=headers)
        assert response.json() == {"detail": "方法 “POST” 不被允许。"}, language


def build_rich_data_again() -> dict:
    """A second copy of everything: build_rich_data() uses fixed names, so rename the first."""
    for document in Document.objects.all():
        Document.objects.filter(pk=document.pk).update(
            name="old-" + document.name, sha256=document.sha256.replace("a", "c").replace("b", "d")
        )
    for indicator in Indicator.objects.all():
        Indicator.objects.filter(pk=indicator.pk).update(name="old-" + indicator.name)
    return build_rich_data()


def test_openapi_schema_describes_every_endpoint_and_its_filters(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)
    for endpoint in ENDPOINTS:
        assert f"/api/{endpoint}/" in schema["paths"]
        assert f"/api/{endpoint}/{{id}}/" in schema["paths"]
        assert set(schema["paths"][f"/api/{endpoint}/"]) == {"get"}
    parameters = {p["name"] for p in schema["paths"]["/api/commitments/"]["get"]["parameters"]}
    assert {"status", "indicator", "year", "q", "page", "page_size"} <= parameters
    commitment = schema["components"]["schemas"]["Commitment"]["properties"]
    assert commitment["value"]["type"] == "string"
