"""A small, varied public site built directly with the models (not with the extractor):
two years of one indicator, an overdue deliverable, an unreviewed suggestion and rejected
items that must never show."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from html import unescape

from articles.models import Article, DatePrecision, Document
from tracker.models import (
    Commitment,
    CommitmentKind,
    Comparator,
    Evidence,
    Indicator,
    Link,
    Relation,
    ReviewState,
    Status,
    StatusSource,
    Topic,
    UnitFamily,
)

REPORT_2023 = (
    "高新区2023年工作总结\n"
    "2023年，全年技术合同成交额完成136亿元，同比增长15%。"
    "全年新增国家高新技术企业320家，高企总数突破2000家。"
    "提高企业研发投入强度，专精特新企业达到85家。"
)
PLAN_2024 = (
    "高新区2024年工作安排\n"
    "2024年，力争技术合同成交额达到170.5亿元；"
    "全年新增高新技术企业300家以上；"
    "新培育专精特新“小巨人”企业10家。"
)
PLAN_2023 = "2023年目标：技术合同成交额力争达到120亿元，全力以赴。"
DELIVERABLE_2020 = "会议要求，8月底前出台《科技成果转化实施方案》，加快平台建设。"
REJECTED_TEXT = "误识别的句子：驳回承诺样本值999亿元。"


@dataclass
class Site:
    contracts: Indicator
    firms: Indicator
    report_2023: Article
    plan_2024: Article
    plan_2023: Article
    deliverable_article: Article
    target_2024: Commitment
    target_2023: Commitment
    firms_2024: Commitment
    overdue: Commitment
    rejected: Commitment
    outcome_2023: Evidence
    firms_2023: Evidence
    rejected_evidence: Evidence


_counter = {"n": 0}


def make_article(
    text: str, *, published: dt.date | None, title: str = "", source: str = "高新区报"
):
    _counter["n"] += 1
    n = _counter["n"]
    document = Document.objects.create(
        name=f"doc-{n}.txt", sha256=f"{n:064x}", encoding="utf-8", raw_text=text, source=source
    )
    return Article.objects.create(
        document=document,
        position=0,
        title=title or text.split("\n", 1)[0][:40],
        body=text,
        source=source,
        published_on=published,
        date_precision=DatePrecision.DAY if published else DatePrecision.UNKNOWN,
        span_start=0,
        span_end=len(text),
    )


def place(article: Article, quote: str) -> dict:
    start = article.body.index(quote)
    return {"article": article, "quote": quote, "start": start, "end": start + len(quote)}


def yearly(year: int) -> dict:
    return {
        "period_start": dt.date(year, 1, 1),
        "period_end": dt.date(year, 12, 31),
        "period_text": "全年",
    }


def build_site() -> Site:
    contracts = Indicator.objects.create(
        name="技术合同成交额", unit_family=UnitFamily.MONEY, unit="亿元",
        aliases=["技术合同交易额"], topic=Topic.INNOVATION,
    )
    firms = Indicator.objects.create(
        name="新增高新技术企业数", unit_family=UnitFamily.COUNT, unit="家",
        aliases=["新增高企"], topic=Topic.ENTERPRISE,
    )
    report_2023 = make_article(REPORT_2023, published=dt.date(2024, 1, 20), source="郑州日报")
    plan_2024 = make_article(PLAN_2024, published=dt.date(2024, 2, 5))
    plan_2023 = make_article(PLAN_2023, published=dt.date(2023, 2, 1))
    deliverable_article = make_article(DELIVERABLE_2020, published=dt.date(2020, 6, 1))
    rejected_article = make_article(REJECTED_TEXT, published=dt.date(2021, 3, 3))

    money = {"unit": "亿元", "base_unit": "元", "indicator": contracts}
    target_2024 = Commitment.objects.create(
        **place(plan_2024, "力争技术合同成交额达到170.5亿元"), **yearly(2024), **money,
        comparator=Comparator.AT_LEAST, value=Decimal("170.5"), base_value=Decimal("17050000000"),
        indicator_text="技术合同成交额", review_state=ReviewState.ACCEPTED, subject="高新区",
    )
    target_2023 = Commitment.objects.create(
        **place(plan_2023, "技术合同成交额力争达到120亿元"), **yearly(2023), **money,
        comparator=Comparator.AT_LEAST, value=Decimal("120"), base_value=Decimal("12000000000"),
        indicator_text="技术合同成交额", review_state=ReviewState.ACCEPTED, subject="高新区",
    )
    outcome_2023 = Evidence.objects.create(
        **place(report_2023, "全年技术合同成交额完成136亿元"), **yearly(2023), **money,
        value=Decimal("136"), base_value=Decimal("13600000000"),
        indicator_text="技术合同成交额", review_state=ReviewState.ACCEPTED,
    )
    Link.objects.create(
        commitment=target_2023, evidence=outcome_2023, relation=Relation.FULFILS, score=0.9,
        review_state=ReviewState.ACCEPTED, note="136亿元超过120亿元的目标。",
    )
    target_2023.status = Status.EXCEEDED
    target_2023.status_source = StatusSource.EDITOR
    target_2023.status_reason = "2023年完成136亿元，超过目标120亿元。"
    target_2023.save()

    firms_2024 = Commitment.objects.create(
        **place(plan_2024, "全年新增高新技术企业300家以上"), **yearly(2024),
        indicator=firms, unit="家", base_unit="家", comparator=Comparator.AT_LEAST,
        value=Decimal("300"), base_value=Decimal("300"), indicator_text="新增高新技术企业",
        review_state=ReviewState.SUGGESTED,
    )
    firms_2023 = Evidence.objects.create(
        **place(report_2023, "全年新增国家高新技术企业320家"), **yearly(2023),
        indicator=firms, unit="家", base_unit="家", value=Decimal("320"),
        base_value=Decimal("320"), review_state=ReviewState.SUGGESTED,
    )
    overdue = Commitment.objects.create(
        **place(deliverable_article, "8月底前出台《科技成果转化实施方案》"),
        kind=CommitmentKind.DELIVERABLE, comparator=Comparator.NONE, measure="none",
        deadline=dt.date(2020, 8, 31), period_end=dt.date(2020, 8, 31), period_text="8月底前",
        review_state=ReviewState.ACCEPTED, subject="高新区管委会",
    )
    rejected = Commitment.objects.create(
        **place(rejected_article, "驳回承诺样本值999亿元"), **yearly(2024), **money,
        value=Decimal("999"), base_value=Decimal("99900000000"),
        review_state=ReviewState.REJECTED,
    )
    rejected_evidence = Evidence.objects.create(
        **place(rejected_article, "误识别的句子"), review_state=ReviewState.REJECTED,
    )
    return Site(
        contracts, firms, report_2023, plan_2024, plan_2023, deliverable_article, target_2024,
        target_2023, firms_2024, overdue, rejected, outcome_2023, firms_2023, rejected_evidence,
    )


def many_commitments(article: Article, indicator: Indicator, count: int) -> None:
    """``count`` more visible commitments in one article, for query-count checks."""
    rows = []
    quote = article.body[:8]
    for i in range(count):
        rows.append(
            Commitment(
                article=article, quote=quote, start=0, end=len(quote), indicator=indicator,
                period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
                value=Decimal(i + 1), unit="家", base_unit="家", base_value=Decimal(i + 1),
                review_state=ReviewState.ACCEPTED if i % 2 else ReviewState.SUGGESTED,
                subject=f"主体{i % 7}",
            )
        )
    Commitment.objects.bulk_create(rows)


def text_of(response) -> str:
    """A page's text as a reader sees it: tags removed, entities decoded (a 200 asserted)."""
    assert response.status_code == 200, response.content[:500]
    return unescape(re.sub(r"<[^>]+>", "", response.content.decode()))
