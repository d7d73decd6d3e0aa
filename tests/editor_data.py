"""Small data for the editors' tests, built directly with the models (not by the extractor)."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from articles.models import Article, DatePrecision, Document
from tracker.models import Commitment, Evidence, Indicator, Link, Relation, ReviewState

TARGET = "力争全年技术合同成交额突破170.5亿元"
OUTCOME = "全年技术合同交易额完成136亿元"
BODY = (
    "本报讯 高新区召开科技创新工作会议。会议回顾了上一年的工作：2023年，"
    f"{OUTCOME}，新增高新技术企业120家。\n会议提出，2024年，{TARGET}，"
    "力争新增省级以上创新平台48家。"
)


def make_article(*, name: str = "page.txt", position: int = 0, body: str = BODY,
                 title: str = "高新区召开科技创新工作会议",
                 published_on: dt.date | None = dt.date(2024, 2, 20)) -> Article:
    document, _ = Document.objects.get_or_create(
        name=name,
        defaults={"sha256": hashlib.sha256(name.encode()).hexdigest(), "encoding": "utf-8",
                  "raw_text": body},
    )
    return Article.objects.create(
        document=document, position=position, title=title, body=body,
        published_on=published_on,
        date_precision=DatePrecision.DAY if published_on else DatePrecision.UNKNOWN,
        span_start=0, span_end=len(body),
    )


def make_indicator(name: str = "技术合同成交额", **kwargs) -> Indicator:
    return Indicator.objects.create(name=name, unit_family="money", unit="元", **kwargs)


def make_commitment(article: Article, *, quote: str = TARGET, indicator=None,
                    confidence: float = 0.9, **kwargs) -> Commitment:
    start = article.body.index(quote)
    return Commitment.objects.create(
        article=article, quote=quote, start=start, end=start + len(quote), indicator=indicator,
        comparator="more_than", value=Decimal("170.5"), unit="亿元", period_text="全年",
        period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
        confidence=confidence, **kwargs,
    )


def make_evidence(article: Article, *, quote: str = OUTCOME, indicator=None,
                  confidence: float = 0.8, **kwargs) -> Evidence:
    start = article.body.index(quote)
    return Evidence.objects.create(
        article=article, quote=quote, start=start, end=start + len(quote), indicator=indicator,
        value=Decimal("136"), unit="亿元", period_text="全年",
        period_start=dt.date(2023, 1, 1), period_end=dt.date(2023, 12, 31),
        confidence=confidence, **kwargs,
    )


def make_link(commitment: Commitment, evidence: Evidence, *, score: float = 0.7,
              relation: str = Relation.CONTEXT,
              review_state: str = ReviewState.SUGGESTED) -> Link:
    return Link.objects.create(commitment=commitment, evidence=evidence, relation=relation,
                               score=score, review_state=review_state,
                               explanation="同一指标，较早时期")
