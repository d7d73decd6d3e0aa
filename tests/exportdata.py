"""A small database that uses every field the export carries, for the export/API tests.

Every kind of value appears at least once: unknown and known dates, a fragment, decimals
with and without fractions, a range, a deadline, a revision, each review state, links of
several relations, editor notes, Chinese text and characters JSON must escape.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from articles.models import Article, DatePrecision, Document
from tracker.models import (
    Commitment,
    CommitmentKind,
    Comparator,
    Evidence,
    Indicator,
    Link,
    Measure,
    Relation,
    ReviewState,
    Status,
    StatusSource,
    Topic,
    UnitFamily,
)

BODY_2023 = (
    "2023年，高新区力争全年新增高新技术企业300家，技术合同成交额达到163.8亿元。"
    "8月底前出台《科技金融扶持方案》。研发投入增长10%—15%。"
)
BODY_2024 = (
    "2024年，全区新增高新技术企业312家，全年技术合同交易额完成136亿元，"
    "研发投入增长12.5%。力争技术合同成交额突破170亿元。"
)
FRAGMENT = "（上接第一版）\t“引号”与 \\ 反斜杠\n换行"


def quoted(article: Article, quote: str) -> dict:
    start = article.body.index(quote)
    return {"article": article, "quote": quote, "start": start, "end": start + len(quote)}


def build_rich_data() -> dict:
    first = Document.objects.create(
        name="2023_page1.txt",
        sha256="a" * 64,
        encoding="gb18030",
        raw_text="第一版\n" + BODY_2023 + "\n" + FRAGMENT,
        source="郑州日报",
        url="https://example.org/2023/page1",
    )
    second = Document.objects.create(
        name="2024_report.txt",
        sha256="b" * 64,
        encoding="utf-8",
        raw_text=BODY_2024,
    )
    article_2023 = Article.objects.create(
        document=first,
        position=0,
        title="高新区部署2023年工作",
        body=BODY_2023,
        source="郑州日报",
        published_on=dt.date(2023, 2, 14),
        date_precision=DatePrecision.DAY,
        date_basis="manifest",
        reporters=["张三", "李四"],
        span_start=4,
        span_end=4 + len(BODY_2023),
        title_edited=True,
        search_text="高新区 部署",
    )
    fragment = Article.objects.create(
        document=first,
        position=1,
        body=FRAGMENT,
        span_start=5 + len(BODY_2023),
        span_end=5 + len(BODY_2023) + len(FRAGMENT),
        is_fragment=True,
    )
    article_2024 = Article.objects.create(
        document=second,
        position=0,
        title="2024年工作回顾",
        body=BODY_2024,
        published_on=dt.date(2024, 1, 1),
        date_precision=DatePrecision.YEAR,
        date_basis="2024年",
        span_start=0,
        span_end=len(BODY_2024),
        is_stale=True,
        date_edited=True,
    )
    firms = Indicator.objects.create(
        name="新增高新技术企业数",
        unit_family=UnitFamily.COUNT,
        unit="家",
        aliases=["高企", "高新技术企业"],
        topic=Topic.ENTERPRISE,
        description="当年新认定数量",
    )
    contracts = Indicator.objects.create(
        name="技术合同成交额",
        unit_family=UnitFamily.MONEY,
        unit="元",
        aliases=["技术合同交易额"],
        topic=Topic.INNOVATION,
    )
    research = Indicator.objects.create(
        name="研发投入增速",
        unit_family=UnitFamily.PERCENT,
        unit="%",
        topic=Topic.INNOVATION,
    )
    unused = Indicator.objects.create(name="未使用指标")

    firms_target = Commitment.objects.create(
        **quoted(article_2023, "力争全年新增高新技术企业300家"),
        subject="高新区",
        indicator=firms,
        indicator_text="高新技术企业",
        comparator=Comparator.AT_LEAST,
        value=Decimal("300"),
        unit="家",
        base_value=Decimal("300"),
        base_unit="家",
        period_text="全年",
        period_start=dt.date(2023, 1, 1),
        period_end=dt.date(2023, 12, 31),
        deadline=dt.date(2023, 12, 31),
        status=Status.EXCEEDED,
        status_source=StatusSource.EDITOR,
        status_reason="2024年报告新增312家。",
        suggested_status=Status.ACHIEVED,
        suggested_status_explanation="312 ≥ 300",
        review_state=ReviewState.ACCEPTED,
        confidence=0.92,
        editor_note="已核对原文",
    )
    contracts_target = Commitment.objects.create(
        **quoted(article_2023, "技术合同成交额达到163.8亿元"),
        subject="高新区",
        indicator=contracts,
        comparator=Comparator.AT_LEAST,
        value=Decimal("163.8"),
        unit="亿元",
        base_value=Decimal("16380000000"),
        base_unit="元",
        period_start=dt.date(2023, 1, 1),
        period_end=dt.date(2023, 12, 31),
        status=Status.MISSED,
        review_state=ReviewState.EDITED,
        confidence=0.8,
    )
    deliverable = Commitment.objects.create(
        **quoted(article_2023, "8月底前出台《科技金融扶持方案》"),
        kind=CommitmentKind.DELIVERABLE,
        comparator=Comparator.NONE,
        measure=Measure.NONE,
        deadline=dt.date(2023, 8, 31),
        review_state=ReviewState.SUGGESTED,
        confidence=0.55,
    )
    research_target = Commitment.objects.create(
        **quoted(article_2023, "研发投入增长10%—15%"),
        indicator=research,
        measure=Measure.GROWTH,
        comparator=Comparator.RANGE,
        value=Decimal("10"),
        value_max=Decimal("15"),
        unit="%",
        review_state=ReviewState.REJECTED,
        confidence=0.3,
        period_relative=True,
        anchor_lost=True,
    )
    revised = Commitment.objects.create(
        **quoted(article_2024, "力争技术合同成交额突破170亿元"),
        indicator=contracts,
        comparator=Comparator.MORE_THAN,
        value=Decimal("170"),
        unit="亿元",
        base_value=Decimal("17000000000"),
        base_unit="元",
        revises=contracts_target,
        review_state=ReviewState.ACCEPTED,
        confidence=0.9,
        status=Status.IN_PROGRESS,
    )
    suggested_revision = Commitment.objects.create(
        **quoted(article_2024, "技术合同成交额突破170亿元"),
        indicator=contracts,
        comparator=Comparator.MORE_THAN,
        value=Decimal("170"),
        unit="亿元",
        revises=deliverable,
        review_state=ReviewState.ACCEPTED,
        confidence=0.4,
    )

    firms_outcome = Evidence.objects.create(
        **quoted(article_2024, "全区新增高新技术企业312家"),
        subject="全区",
        indicator=firms,
        value=Decimal("312"),
        unit="家",
        base_value=Decimal("312"),
        base_unit="家",
        period_start=dt.date(2024, 1, 1),
        period_end=dt.date(2024, 12, 31),
        review_state=ReviewState.ACCEPTED,
        confidence=0.95,
    )
    contracts_outcome = Evidence.objects.create(
        **quoted(article_2024, "全年技术合同交易额完成136亿元"),
        indicator=contracts,
        value=Decimal("136"),
        unit="亿元",
        base_value=Decimal("13600000000"),
        base_unit="元",
        period_text="全年",
        is_cumulative=True,
        conflict_note="另一报道为135.9亿元",
        review_state=ReviewState.EDITED,
        confidence=0.85,
        editor_note="口径为交易额",
    )
    research_outcome = Evidence.objects.create(
        **quoted(article_2024, "研发投入增长12.5%"),
        indicator=research,
        measure=Measure.GROWTH,
        value=Decimal("12.5"),
        unit="%",
        review_state=ReviewState.SUGGESTED,
        confidence=0.6,
    )

    links = [
        Link.objects.create(
            commitment=firms_target,
            evidence=firms_outcome,
            relation=Relation.FULFILS,
            score=0.97,
            review_state=ReviewState.ACCEPTED,
            note="同一指标，下一年报告",
            explanation="指标相同；时期相接",
        ),
        Link.objects.create(
            commitment=contracts_target,
            evidence=contracts_outcome,
            relation=Relation.MISSED,
            score=0.81,
            review_state=ReviewState.EDITED,
        ),
        Link.objects.create(
            commitment=research_target,
            evidence=research_outcome,
            relation=Relation.PROGRESS,
            score=0.5,
        ),
        Link.objects.create(
            commitment=revised,
            evidence=contracts_outcome,
            relation=Relation.BASELINE,
            score=0.6,
            review_state=ReviewState.SUGGESTED,
        ),
        Link.objects.create(
            commitment=firms_target,
            evidence=contracts_outcome,
            relation=Relation.CONTEXT,
            score=0.1,
            review_state=ReviewState.REJECTED,
        ),
    ]
    return {
        "documents": [first, second],
        "articles": [article_2023, fragment, article_2024],
        "indicators": [firms, contracts, research, unused],
        "commitments": [
            firms_target,
            contracts_target,
            deliverable,
            research_target,
            revised,
            suggested_revision,
        ],
        "evidence": [firms_outcome, contracts_outcome, research_outcome],
        "links": links,
    }


def empty_database() -> None:
    """Delete every exported row, histories included: what a new database holds."""
    for model in (Link, Evidence, Commitment, Indicator, Article, Document):
        model.objects.all().delete()
        if hasattr(model, "history"):
            model.history.all().delete()


def without_time(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}
