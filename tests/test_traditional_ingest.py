"""A document in traditional characters, ingested: read as its simplified twin, stored and
shown as written."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Article
from articles.services import ingest_document
from tracker.models import Commitment, Evidence

pytestmark = pytest.mark.django_db

TEXT = (
    "2031年青溪縣政府工作報告\n\n"
    "2030年，全縣地區生產總值達到412億元，同比增長6.8%。\n\n"
    "2031年主要預期目標是：地區生產總值增長7%以上；外貿進出口總額爭取突破1.5萬億元；"
    "全社會固定資產投資力爭達到800億元。\n"
)


def test_ingesting_a_traditional_document_stores_its_items_as_written():
    result = ingest_document(
        name="qingxi.txt", data=TEXT.encode("utf-8"), published_on=date(2031, 1, 20)
    )
    assert result.outcome == "created"
    assert result.document.place == "青溪县"  # from its title, as simplified texts name it
    article = Article.objects.get()
    assert "爭取突破1.5萬億元" in article.body  # the text is kept as written
    commitments = {c.quote: c for c in Commitment.objects.select_related("indicator")}
    trade = commitments["外貿進出口總額爭取突破1.5萬億元"]
    assert (trade.indicator.name, trade.unit, trade.base_value) == (
        "外贸进出口总额", "萬億元", 1_500_000_000_000
    )  # fmt: skip
    assert (trade.period_start, trade.period_end) == (date(2031, 1, 1), date(2031, 12, 31))
    assert article.body[trade.start : trade.end] == trade.quote
    investment = commitments["全社會固定資產投資力爭達到800億元"]
    assert investment.indicator.name == "固定资产投资"
    # the place is named as texts in simplified characters name it, so that they link
    assert {c.subject for c in commitments.values()} == {"青溪县"}
    evidence = Evidence.objects.get(quote__contains="412億元")
    assert (evidence.base_value, evidence.period_end) == (41_200_000_000, date(2030, 12, 31))
