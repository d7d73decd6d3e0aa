"""The strict Content-Security-Policy in a real browser: Chromium reports no violation on the
admin (logged in, with its widgets and scripts) nor on the public pages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from articles.models import Article, DatePrecision, Document
from tracker.models import Commitment, Indicator

PASSWORD = "a-long-correct-passphrase-42"


@pytest.fixture
def commitment() -> Commitment:
    document = Document.objects.create(name="a.txt", sha256="c" * 64, encoding="utf-8",
                                       raw_text="x")
    article = Article.objects.create(
        document=document, position=1, title="高新区推进会", body="力争全年新增300家高新技术企业。",
        published_on=dt.date(2024, 8, 21), date_precision=DatePrecision.DAY,
        span_start=0, span_end=1)
    indicator = Indicator.objects.create(name="高新技术企业", unit="家", unit_family="count")
    return Commitment.objects.create(article=article, quote="力争全年新增300家高新技术企业",
                                     start=0, end=16, indicator=indicator, value=300,
                                     unit="家")


@pytest.mark.django_db(transaction=True)
def test_no_page_breaks_the_content_security_policy(page, commitment):
    User.objects.create_superuser("root", password=PASSWORD)
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)

    page.goto(page.base_url + "/admin/login/")
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(page.base_url + "/admin/")
    urls = [
        "/admin/",
        reverse("admin:tracker_commitment_changelist"),
        reverse("admin:tracker_commitment_change", args=[commitment.pk]),
        reverse("admin:tracker_link_add"),
        reverse("admin:articles_article_changelist"),
        reverse("admin:tracker_indicator_change", args=[commitment.indicator_id]),
        "/", "/commitments/", reverse("tracker:commitment", args=[commitment.pk]),
        reverse("tracker:indicator", args=[commitment.indicator_id]),
        reverse("articles:detail", args=[commitment.article_id]), "/search/?q=高新技术企业",
    ]
    for url in urls:
        response = page.goto(page.base_url + url)
        assert response.status == 200, url
        assert "default-src 'self'" in response.headers["content-security-policy"], url
        page.wait_for_load_state("networkidle")
    assert violations == []
