"""A document with a gateway's pinyin glosses, ingested: read without them, stored and shown
as written, glosses included."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Article
from articles.services import ingest_document
from tracker.models import Commitment, Evidence

pytestmark = pytest.mark.django_db

TEXT = (
    "2031年青溪縣(xiàn)政府工作報(bào)告\n\n"
    "2030年，全縣地區(qū)生產(chǎn)總值達(dá)到412億元，同比增長6.8%。\n\n"
    "2031年主要預(yù)期目標(biāo)是：地區(qū)生產(chǎn)總值增長7%以上；外貿進出口總額爭(zhēng)取突破1.5萬億元。\n"
)


def test_ingesting_a_glossed_document_stores_its_items_as_written():
    result = ingest_document(
        name="qingxi.txt", data=TEXT.encode("utf-8"), published_on=date(2031, 1, 20)
    )
    assert result.outcome == "created"
    assert result.document.place == "青溪县"
    article = Article.objects.get()
    commitments = {c.quote: c for c in Commitment.objects.select_related("indicator")}
    assert set(commitments) == {
        "地區(qū)生產(chǎn)總值增長7%以上",
        "外貿進出口總額爭(zhēng)取突破1.5萬億元",
    }
    gdp = commitments["地區(qū)生產(chǎn)總值增長7%以上"]
    assert (gdp.indicator.name, gdp.period_start, gdp.period_end) == (
        "地区生产总值", date(2031, 1, 1), date(2031, 12, 31)
    )  # fmt: skip
    for commitment in commitments.values():
        assert article.body[commitment.start : commitment.end] == commitment.quote
    evidence = Evidence.objects.select_related("indicator").get(quote__contains="412億元")
    assert evidence.quote.endswith("達(dá)到412億元")
    assert (evidence.indicator.name, evidence.base_value, evidence.period_end) == (
        "地区生产总值", 41_200_000_000, date(2030, 12, 31)
    )  # fmt: skip
