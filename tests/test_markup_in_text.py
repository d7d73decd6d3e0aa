"""Markup in what the documents and editors wrote is shown as text on every public page.

The rows of the lists, the status badges and source lines are written in Python rather than
in templates (public_tags: an {% include %} per row cost most of a list page's time), so
Django's template autoescaping does not cover them: each field a page shows is escaped by
hand there. These tests put markup into every such field and read every page that shows it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.public_site_data import make_article
from tracker.models import Commitment, Evidence, Indicator, Link, Relation, ReviewState, Status

pytestmark = pytest.mark.django_db

ATTACK = "<img src=x onerror=alert(1)>"


@pytest.fixture
def hostile():
    """A source, title, quote, indicator, unit, period text, subject and reasons all carrying
    markup, on a commitment linked to evidence, as a hostile or careless document could."""
    body = f"力争新增{ATTACK}企业50家。\n全年新增{ATTACK}企业60家。"
    article = make_article(
        body, published=dt.date(2024, 1, 20), title=f"标题{ATTACK}", source=f"来源{ATTACK}"
    )
    indicator = Indicator.objects.create(name=f"指标{ATTACK}", unit=f"家{ATTACK}"[:20])
    promise_quote = f"力争新增{ATTACK}企业50家"
    outcome_quote = f"全年新增{ATTACK}企业60家"
    period = {"period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 12, 31),
              "period_text": f"全年{ATTACK}"}
    commitment = Commitment.objects.create(
        article=article, quote=promise_quote, start=0, end=len(promise_quote),
        indicator=indicator, indicator_text=f"原文指标{ATTACK}", subject=f"主体{ATTACK}",
        value=50, unit=f"家{ATTACK}"[:20], status=Status.ACHIEVED,
        status_reason=f"理由{ATTACK}", review_state=ReviewState.ACCEPTED, **period,
    )
    unnamed = Commitment.objects.create(
        article=article, quote=promise_quote, start=0, end=len(promise_quote),
        indicator_text=f"原文指标{ATTACK}", value=50, unit="家",
        review_state=ReviewState.ACCEPTED, **period,
    )
    start = body.index(outcome_quote)
    evidence = Evidence.objects.create(
        article=article, quote=outcome_quote, start=start, end=start + len(outcome_quote),
        indicator=indicator, indicator_text=f"原文指标{ATTACK}", value=60,
        unit=f"家{ATTACK}"[:20], review_state=ReviewState.ACCEPTED, **period,
    )
    Link.objects.create(
        commitment=commitment, evidence=evidence, relation=Relation.FULFILS,
        note=f"说明{ATTACK}", review_state=ReviewState.ACCEPTED,
    )
    return commitment, unnamed, evidence, indicator, article


def pages(hostile) -> list[str]:
    commitment, unnamed, evidence, indicator, article = hostile
    return [
        reverse("tracker:home"),
        reverse("tracker:commitments"),
        reverse("tracker:commitments") + "?q=企业",
        reverse("tracker:commitment", args=[commitment.pk]),
        reverse("tracker:commitment", args=[unnamed.pk]),
        reverse("tracker:indicators"),
        reverse("tracker:indicator", args=[indicator.pk]),
        reverse("tracker:search") + "?q=企业",
        reverse("articles:list"),
        reverse("articles:detail", args=[article.pk]),
        reverse("tracker:feed"),
    ]


def test_markup_in_any_field_is_shown_as_text_never_as_markup(client, hostile):
    for url in pages(hostile):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert "<img" not in page, url
        assert "&lt;img src=x onerror=alert(1)&gt;" in page, url


def test_the_escaped_fields_are_the_ones_a_reader_sees(client, hostile):
    """The escaping above is of the fields themselves, not of a page that dropped them."""
    commitment, unnamed, evidence, indicator, article = hostile
    page = client.get(reverse("tracker:commitments")).content.decode()
    for shown in (f"指标{ATTACK}", f"原文指标{ATTACK}", f"来源{ATTACK}", f"标题{ATTACK}"):
        escaped = shown.replace("<", "&lt;").replace(">", "&gt;")
        assert escaped in page, shown
