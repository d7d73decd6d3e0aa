#!/usr/bin/env python3
"""A realistic generated database (and corpus) for the benchmarks.

    python benchmarks/generate.py                      # 100,000 commitments, 20,000 articles
    python benchmarks/generate.py --commitments 1000 --articles 200
    python benchmarks/generate.py --corpus /tmp/corpus --megabytes 10   # files to ingest

The database is the one DATABASE_URL names (SQLite by default), migrated first. The text
is Chinese, built from the structures the seeds show: newspaper stories opening with
本报讯 and a date, sentences that set targets (力争…突破…, 确保…不少于…, …要完成…, 增长…%)
and report outcomes (…完成…, 同比增长…, 累计…, 位列第…位), with varied indicators, values,
units, periods and subjects, surrounded by sentences without figures. Every quote is
``article.body[start:end]``; review states, statuses, dates and links are mixed as an editor
team's years of work would leave them. Rows go in with bulk_create in batches, with their
history rows (django-simple-history) and search tokens, as the application's own writes
leave them. Deterministic: the same --seed gives the same data.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from common import setup_django

# ------------------------------------------------------------------ vocabulary --------------


@dataclass(frozen=True)
class IndicatorSpec:
    name: str
    unit_family: str
    base_unit: str
    topic: str
    aliases: tuple[str, ...]
    units: tuple[tuple[str, int], ...]  # unit as written, factor to the base unit
    low: int
    high: int
    counted: bool  # "新增N家X" reads naturally


INDICATORS = (
    IndicatorSpec("技术合同成交额", "money", "元", "innovation", ("技术合同交易额",),
                  (("亿元", 10**8),), 20, 400, False),
    IndicatorSpec("高新技术企业", "count", "家", "enterprise", ("高企", "国家高新技术企业"),
                  (("家", 1),), 50, 3000, True),
    IndicatorSpec("科技型中小企业", "count", "家", "enterprise", ("科技型中小企业入库",),
                  (("家", 1),), 100, 5000, True),
    IndicatorSpec("专精特新企业", "count", "家", "enterprise", ("省专精特新企业", "专精特新"),
                  (("家", 1),), 10, 400, True),
    IndicatorSpec("瞪羚企业", "count", "家", "enterprise", ("省级瞪羚企业",),
                  (("家", 1),), 5, 120, True),
    IndicatorSpec("固定资产投资", "money", "元", "investment", ("固投",),
                  (("亿元", 10**8), ("万元", 10**4)), 30, 900, False),
    IndicatorSpec("地区生产总值", "money", "元", "economy", ("生产总值", "GDP"),
                  (("亿元", 10**8),), 200, 3000, False),
    IndicatorSpec("规上工业增加值", "money", "元", "economy", ("规模以上工业增加值",),
                  (("亿元", 10**8),), 40, 800, False),
    IndicatorSpec("全社会研发投入", "money", "元", "innovation", ("研发投入", "R&D经费投入"),
                  (("亿元", 10**8), ("万元", 10**4)), 10, 300, False),
    IndicatorSpec("发明专利授权量", "count", "件", "ip", ("发明专利授权",),
                  (("件", 1),), 300, 9000, True),
    IndicatorSpec("有效发明专利", "count", "件", "ip", ("有效发明专利拥有量",),
                  (("件", 1),), 1000, 30000, False),
    IndicatorSpec("知识产权质押融资额", "money", "元", "finance", ("质押融资",),
                  (("万元", 10**4), ("亿元", 10**8)), 500, 50000, False),
    IndicatorSpec("创投机构", "count", "家", "finance", ("创业投资机构",),
                  (("家", 1),), 20, 400, True),
    IndicatorSpec("新型研发机构", "count", "家", "innovation", ("省级新型研发机构",),
                  (("家", 1),), 3, 80, True),
    IndicatorSpec("签约项目", "count", "个", "investment", ("招商签约项目", "在谈项目"),
                  (("个", 1),), 5, 200, True),
    IndicatorSpec("实际利用外资", "money", "美元", "openness", ("利用外资",),
                  (("亿美元", 10**8), ("万美元", 10**4)), 2, 90, False),
    IndicatorSpec("社会消费品零售总额", "money", "元", "consumption", ("社零总额",),
                  (("亿元", 10**8),), 50, 1500, False),
    IndicatorSpec("高层次人才", "count", "人", "talent", ("引进高层次人才", "高层次人才引进"),
                  (("人", 1), ("名", 1)), 50, 3000, True),
    IndicatorSpec("孵化器面积", "area", "平方米", "innovation", ("孵化面积",),
                  (("万平方米", 10**4),), 10, 300, False),
    IndicatorSpec("上市企业", "count", "家", "finance", ("上市公司", "新三板挂牌企业"),
                  (("家", 1),), 2, 60, True),
    IndicatorSpec("数字经济核心产业增加值", "money", "元", "economy", ("数字经济增加值",),
                  (("亿元", 10**8),), 30, 900, False),
    IndicatorSpec("企业奖补资金", "money", "元", "enterprise", ("奖补金额", "兑现奖补资金"),
                  (("亿元", 10**8), ("万元", 10**4)), 1, 30, False),
)

PLACES = ("东湖", "滨江", "西岭", "南湾", "北辰", "临港", "金水", "青山", "白沙", "梧桐",
          "星湖", "云台", "长风", "柳林", "桃源", "凤凰", "龙湾", "翠屏", "天河", "锦江")
KINDS = ("高新区", "经开区", "新区", "科学城", "产业园")
DISTRICT_WORDS = ("全区", "全市", "我区", "园区", "辖区", "各街道", "各办事处")
FORCE = ("力争", "确保", "计划", "目标是", "要")
REPORT_VERBS = ("完成", "达到", "实现", "累计完成")
OFFICIALS = ("党工委书记", "管委会主任", "副主任", "区长", "副市长", "局长")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯"
GIVEN = "新亭红伟明华建国志强军平海涛晓燕丽敏静超辉庆磊鹏飞"

FILLERS = (
    "会议强调，要坚持创新驱动发展战略，持续优化营商环境，推动经济高质量发展",
    "与会人员围绕产业集群建设、科技成果转化等议题进行了深入交流",
    "要进一步压实工作责任，细化工作举措，确保各项任务落地见效",
    "各部门要强化协同配合，形成工作合力，全力服务企业发展",
    "下一步，将聚焦主导产业，加快培育一批具有核心竞争力的领军企业",
    "活动现场，多家企业负责人就技术攻关和市场拓展作了交流发言",
    "要坚持项目为王，以项目建设的新成效检验工作作风",
    "要深化与高校、科研院所的对接联系，建立以市场为导向的合作新机制",
    "会上，相关部门负责人汇报了上半年工作进展和下半年工作安排",
    "要持续深化体制机制改革，激发各类市场主体活力",
    "要加强人才引育，完善人才服务体系，营造拴心留人的良好环境",
    "要抓好安全生产和疫情防控，守牢发展底线",
    "要加快智能传感器、网络安全、北斗应用等产业链条延链补链强链",
    "围绕“十四五”规划目标任务，各单位要对标先进、奋勇争先",
    "参观中，大家纷纷表示收获很大、深受启发",
    "该项目建成后，将进一步完善区域产业生态，带动上下游企业集聚发展",
)
TITLES = ("{place}召开{year}年{topic}工作推进会", "{place}{topic}工作再上新台阶",
          "以{topic}催生高质量发展新动能", "{place}举行{year}年重点项目集中签约活动",
          "{place}发布{topic}行动方案", "奋力打造{topic}高地", "{place}{year}年{topic}成绩单出炉")
TOPIC_WORDS = {"innovation": "科技创新", "enterprise": "企业培育", "investment": "项目建设",
               "economy": "经济发展", "ip": "知识产权", "finance": "科技金融",
               "openness": "开放合作", "consumption": "消费提振", "talent": "人才引育",
               "other": "重点"}


# ------------------------------------------------------------------ sentence makers ---------


@dataclass(frozen=True)
class Period:
    text: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Item:
    """One generated commitment or evidence sentence and the facts it states."""

    sentence: str
    quote: str  # a substring of sentence
    subject: str
    indicator: IndicatorSpec | None
    indicator_text: str
    measure: str
    comparator: str
    value: Decimal | None
    unit: str
    base_value: Decimal | None
    base_unit: str
    period: Period
    deliverable: bool = False
    cumulative: bool = False


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def commitment_period(rng: random.Random, year: int) -> Period:
    choice = rng.random()
    if choice < 0.35:
        return Period("全年", dt.date(year, 1, 1), dt.date(year, 12, 31))
    if choice < 0.55:
        return Period(f"{year}年", dt.date(year, 1, 1), dt.date(year, 12, 31))
    if choice < 0.65:
        return Period("下半年", dt.date(year, 7, 1), dt.date(year, 12, 31))
    if choice < 0.75:
        quarter = rng.randint(2, 4)
        names = {2: "第二季度", 3: "第三季度", 4: "第四季度"}
        return Period(names[quarter], dt.date(year, 3 * quarter - 2, 1),
                      month_end(year, 3 * quarter))
    if choice < 0.85:
        return Period("年底前", dt.date(year, 1, 1), dt.date(year, 12, 31))
    last = year + rng.randint(1, 3)
    return Period(f"{year}—{last}年", dt.date(year, 1, 1), dt.date(last, 12, 31))


def evidence_period(rng: random.Random, year: int) -> Period:
    choice = rng.random()
    if choice < 0.4:
        return Period("去年", dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31))
    if choice < 0.6:
        return Period(f"{year - 1}年", dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31))
    if choice < 0.8:
        return Period("上半年", dt.date(year, 1, 1), dt.date(year, 6, 30))
    month = rng.randint(3, 11)
    return Period(f"1—{month}月", dt.date(year, 1, 1), month_end(year, month))


def draw_value(rng: random.Random, spec: IndicatorSpec) -> tuple[Decimal, str, int]:
    unit, factor = rng.choice(spec.units)
    raw = rng.uniform(spec.low, spec.high)
    if factor == 10**4 and spec.unit_family == "money" and spec.high < 1000:
        raw *= 10  # 万元 figures are written larger
    value = Decimal(int(raw)) if raw > 100 or rng.random() < 0.5 else Decimal(f"{raw:.1f}")
    return value, unit, factor


def make_commitment(rng: random.Random, year: int, subject: str) -> Item:
    period = commitment_period(rng, year)
    if rng.random() < 0.06:  # a dated deliverable with no number
        month = rng.randint(3, 12)
        topic = rng.choice(list(TOPIC_WORDS.values()))
        quote = f"{month}月底前出台《{subject}{topic}三年行动方案》"
        deadline = Period(f"{month}月底前", dt.date(year, 1, 1), month_end(year, month))
        return Item(quote, quote, subject, None, "", "none", "none", None, "", None, "",
                    deadline, deliverable=True)
    spec = rng.choice(INDICATORS)
    written = rng.choice((spec.name, spec.name, *spec.aliases))
    force = rng.choice(FORCE)
    if rng.random() < 0.2:  # a growth target
        rate = Decimal(f"{rng.uniform(3, 25):.1f}")
        quote = f"{force}{period.text}{written}增长{rate}%"
        return Item(f"{subject}{quote}", quote, subject, spec, written, "growth", "exactly",
                    rate, "%", rate, "%", period)
    value, unit, factor = draw_value(rng, spec)
    pattern = rng.randrange(5)
    if pattern == 0:
        quote, comparator = f"{force}{period.text}{written}突破{value}{unit}", "more_than"
    elif pattern == 1 and spec.counted:
        quote, comparator = f"确保{period.text}新增{written}不少于{value}{unit}", "at_least"
    elif pattern == 2:
        quote, comparator = f"{period.text}{written}要完成{value}{unit}", "exactly"
    elif pattern == 3:
        quote, comparator = f"{force}{period.text}{written}达到{value}{unit}以上", "at_least"
    else:
        quote, comparator = f"{period.text}{written}目标为{value}{unit}左右", "about"
    return Item(f"{subject}{quote}", quote, subject, spec, written, "level", comparator,
                value, unit, value * factor, spec.base_unit, period)


def make_evidence(rng: random.Random, year: int, subject: str) -> Item:
    period = evidence_period(rng, year)
    spec = rng.choice(INDICATORS)
    written = rng.choice((spec.name, spec.name, *spec.aliases))
    value, unit, factor = draw_value(rng, spec)
    pattern = rng.randrange(4)
    cumulative = False
    if pattern == 0:
        growth = Decimal(f"{rng.uniform(-5, 60):.1f}")
        quote = f"{period.text}{written}{rng.choice(REPORT_VERBS)}{value}{unit}"
        sentence = f"{subject}{quote}，同比增长{growth}%"
    elif pattern == 1 and spec.counted:
        quote = f"{period.text}新增{written}{value}{unit}"
        sentence = f"{subject}{quote}，超额完成年度目标"
    elif pattern == 2:
        cumulative = True
        quote = f"截至{period.end.year}年底，{written}累计达到{value}{unit}"
        period = Period(f"截至{period.end.year}年底", dt.date(period.end.year - 4, 1, 1),
                        dt.date(period.end.year, 12, 31))
        sentence = quote
    else:
        quote = f"{period.text}{written}为{value}{unit}"
        sentence = f"据统计，{subject}{quote}"
    return Item(sentence, quote, subject, spec, written, "level", "exactly", value, unit,
                value * factor, spec.base_unit, period, cumulative=cumulative)


@dataclass
class Story:
    title: str
    body: str
    published_on: dt.date | None
    reporters: list[str]
    commitments: list[tuple[Item, int]]  # item and the offset of its quote in body
    evidence: list[tuple[Item, int]]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))


def make_story(rng: random.Random, *, commitments: int, evidence: int, fillers: int) -> Story:
    year = rng.randint(2019, 2026)
    published = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    place = rng.choice(PLACES) + rng.choice(KINDS)
    topic = rng.choice(list(TOPIC_WORDS.values()))
    title = rng.choice(TITLES).format(place=place, year=year, topic=topic)
    opening = (f"本报讯 {published.month}月{published.day}日，{place}召开{year}年"
               f"{topic}工作会议，{place}{rng.choice(OFFICIALS)}{person(rng)}出席并讲话。")
    parts: list[tuple[str, Item | None, str]] = []
    for _ in range(commitments):
        parts.append(("c", make_commitment(rng, year, rng.choice((place, *DISTRICT_WORDS))),
                      ""))
    for _ in range(evidence):
        parts.append(("e", make_evidence(rng, year, rng.choice((place, *DISTRICT_WORDS))),
                      ""))
    for _ in range(fillers):
        parts.append(("f", None, rng.choice(FILLERS)))
    rng.shuffle(parts)
    body = opening
    story = Story(title, "", published if rng.random() < 0.92 else None, [], [], [])
    paragraph_length = 0
    for kind, item, filler in parts:
        sentence = item.sentence if item else filler
        if paragraph_length > 160:
            body += "\n\n"
            paragraph_length = 0
        if item is not None:
            offset = len(body) + sentence.index(item.quote)
            (story.commitments if kind == "c" else story.evidence).append((item, offset))
        body += sentence + "。"
        paragraph_length += len(sentence) + 1
    story.reporters = [person(rng) for _ in range(rng.randint(1, 2))]
    body += "\n记者 " + " ".join(story.reporters)
    story.body = body
    return story


# ------------------------------------------------------------------ database ----------------


def search_tokens_for(vendor: str):
    """The application's own search-token function, if the search module exists."""
    try:
        from tracker.search import search_text_for
    except ImportError:  # search not built yet: rows keep empty tokens
        return lambda text, names=(): ""
    return lambda text, names=(): search_text_for(text, vendor, names)


def split_counts(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` spread over ``parts`` buckets, each within ±50% of the mean."""
    base, extra = divmod(total, parts)
    counts = [base + (1 if i < extra else 0) for i in range(parts)]
    for i in range(0, parts - 1, 2):
        shift = rng.randint(0, counts[i] // 2) if counts[i] else 0
        counts[i] -= shift
        counts[i + 1] += shift
    return counts


def generate(*, commitments: int = 100_000, articles: int = 20_000, evidence: int | None = None,
             links: int | None = None, seed: int = 1, batch_articles: int = 500,
             articles_per_document: int = 4, progress=None) -> dict[str, int]:
    """Fill the (migrated, empty) database with generated data; return the row counts."""
    from django.db import connection, transaction
    from simple_history.utils import bulk_create_with_history

    from articles.models import Article, DatePrecision, Document
    from tracker.models import (
        Commitment,
        CommitmentKind,
        Evidence,
        Indicator,
        Link,
        Relation,
        ReviewState,
        Status,
        StatusSource,
    )

    if Commitment.objects.exists() or Document.objects.exists():
        raise SystemExit("The database already holds data; generate into an empty database "
                         "(a fresh DATABASE_URL, or flush it first).")
    evidence = round(commitments * 0.8) if evidence is None else evidence
    links = commitments if links is None else links
    rng = random.Random(seed)
    tokens = search_tokens_for(connection.vendor)
    report = progress or (lambda message: None)

    indicators = {
        spec.name: Indicator(name=spec.name, unit_family=spec.unit_family, unit=spec.base_unit,
                             aliases=list(spec.aliases), topic=spec.topic)
        for spec in INDICATORS
    }
    bulk_create_with_history(list(indicators.values()), Indicator)
    indicators = {indicator.name: indicator for indicator in Indicator.objects.all()}

    commitment_counts = split_counts(commitments, articles, rng)
    evidence_counts = split_counts(evidence, articles, rng)
    review_weights = ((ReviewState.SUGGESTED, 55), (ReviewState.ACCEPTED, 28),
                      (ReviewState.EDITED, 10), (ReviewState.REJECTED, 7))
    states, state_weights = zip(*review_weights, strict=True)
    statuses = [s for s in Status if s != Status.PENDING]

    # Evidence by indicator and the end year of its period: the pool links draw from.
    evidence_pool: dict[tuple[str, int], list[int]] = defaultdict(list)
    commitment_keys: list[tuple[int, str, int, str]] = []  # id, indicator, year, review_state
    document_number = 0
    started = time.monotonic()

    for batch_start in range(0, articles, batch_articles):
        batch_end = min(articles, batch_start + batch_articles)
        stories = [
            make_story(rng, commitments=commitment_counts[i], evidence=evidence_counts[i],
                       fillers=rng.randint(6, 16))
            for i in range(batch_start, batch_end)
        ]
        with transaction.atomic():
            documents, article_rows = [], []
            for first in range(0, len(stories), articles_per_document):
                group = stories[first:first + articles_per_document]
                raw_parts, spans, cursor = [], [], 0
                for story in group:
                    text = f"{story.title}\n{story.body}"
                    spans.append((cursor, cursor + len(text)))
                    raw_parts.append(text)
                    cursor += len(text) + 2
                raw = "\n\n".join(raw_parts)
                name = f"generated/{document_number:06d}.txt"
                document_number += 1
                documents.append(Document(
                    name=name, sha256=hashlib.sha256(f"{seed}:{name}".encode()).hexdigest(),
                    encoding="utf-8", raw_text=raw,
                    source=rng.choice(("本报", "新华网", "区政府网站")),
                ))
                for position, (story, span) in enumerate(zip(group, spans, strict=True)):
                    known = story.published_on is not None
                    article_rows.append((len(documents) - 1, Article(
                        position=position, title=story.title, body=story.body,
                        source=documents[-1].source, published_on=story.published_on,
                        date_precision=DatePrecision.DAY if known else DatePrecision.UNKNOWN,
                        date_basis=f"{story.published_on.month}月{story.published_on.day}日"
                        if known else "",
                        reporters=story.reporters, span_start=span[0], span_end=span[1],
                        search_text=tokens(f"{story.title}\n{story.body}"),
                    )))
            Document.objects.bulk_create(documents)
            for index, article in article_rows:
                article.document = documents[index]
            created_articles = bulk_create_with_history([a for _, a in article_rows], Article)

            commitment_rows, evidence_rows = [], []
            for story, article in zip(stories, created_articles, strict=True):
                for item, offset in story.commitments:
                    state = rng.choices(states, state_weights)[0]
                    reviewed = state in (ReviewState.ACCEPTED, ReviewState.EDITED)
                    status = rng.choice(statuses) if reviewed and rng.random() < 0.6 else \
                        Status.PENDING
                    commitment_rows.append(Commitment(
                        **common_fields(item, article, offset, state, rng, tokens),
                        kind=CommitmentKind.DELIVERABLE if item.deliverable
                        else CommitmentKind.NUMERIC,
                        deadline=item.period.end,
                        status=status,
                        status_source=StatusSource.EDITOR if status != Status.PENDING
                        else StatusSource.MACHINE,
                        status_reason="编辑根据关联证据判定。" if status != Status.PENDING else "",
                        suggested_status=status,
                    ))
                for item, offset in story.evidence:
                    state = rng.choices(states, state_weights)[0]
                    evidence_rows.append(Evidence(
                        **common_fields(item, article, offset, state, rng, tokens),
                        is_cumulative=item.cumulative,
                    ))
            for field_rows, model in ((commitment_rows, Commitment), (evidence_rows, Evidence)):
                for offset in range(0, len(field_rows), 2000):
                    bulk_create_with_history(field_rows[offset:offset + 2000], model)
            for row in commitment_rows:
                if row.indicator_id:
                    commitment_keys.append((row.pk, row.indicator_id, row.period_end.year,
                                            row.review_state))
            for row in evidence_rows:
                evidence_pool[(row.indicator_id, row.period_end.year)].append(row.pk)
        report(f"{batch_end:,}/{articles:,} articles "
               f"({time.monotonic() - started:.0f} s)")

    # Links: each numeric commitment to evidence of the same indicator for the same year
    # (fulfils / progress / missed), the year before (baseline), or around it (context).
    rng.shuffle(commitment_keys)
    pairs: set[tuple[int, int]] = set()
    link_rows = []
    attempts = 0
    while len(link_rows) < links and commitment_keys and attempts < links * 4:
        commitment_id, indicator_id, year, state = commitment_keys[attempts % len(commitment_keys)]
        attempts += 1
        offset = rng.choice((0, 0, 0, -1, -1, 1))
        candidates = evidence_pool.get((indicator_id, year + offset))
        if not candidates:
            continue
        evidence_id = rng.choice(candidates)
        if (commitment_id, evidence_id) in pairs:
            continue
        pairs.add((commitment_id, evidence_id))
        relation = Relation.BASELINE if offset == -1 else Relation.CONTEXT if offset == 1 \
            else rng.choice((Relation.FULFILS, Relation.FULFILS, Relation.PROGRESS,
                             Relation.MISSED))
        link_state = rng.choices(states, state_weights)[0]
        link_rows.append(Link(
            commitment_id=commitment_id, evidence_id=evidence_id, relation=relation,
            score=round(rng.uniform(0.3, 1.0), 3),
            explanation="同一指标、同一时期" if offset == 0 else "同一指标，相邻年份",
            review_state=link_state,
            note="编辑已核对原文。" if link_state != ReviewState.SUGGESTED else "",
        ))
    with transaction.atomic():
        for offset in range(0, len(link_rows), 5000):
            bulk_create_with_history(link_rows[offset:offset + 5000], Link)
    report(f"{len(link_rows):,} links ({time.monotonic() - started:.0f} s)")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # VACUUM too, as autovacuum would soon: it marks the pages all-visible, so that
            # the pages are measured with the index-only scans a settled database allows.
            cursor.execute("VACUUM ANALYZE")
    return {
        "documents": Document.objects.count(),
        "articles": Article.objects.count(),
        "indicators": Indicator.objects.count(),
        "commitments": Commitment.objects.count(),
        "evidence": Evidence.objects.count(),
        "links": Link.objects.count(),
    }


def common_fields(item: Item, article, offset: int, state: str, rng: random.Random,
                  tokens) -> dict:
    from tracker.models import Indicator

    indicator = None
    if item.indicator is not None:
        indicator = INDICATOR_CACHE.get(item.indicator.name)
        if indicator is None:
            indicator = INDICATOR_CACHE[item.indicator.name] = Indicator.objects.get(
                name=item.indicator.name)
    assert article.body[offset:offset + len(item.quote)] == item.quote
    searched = "\n".join((item.quote, item.subject, item.indicator_text, item.period.text))
    return dict(
        article=article, quote=item.quote, start=offset, end=offset + len(item.quote),
        subject=item.subject, indicator=indicator, indicator_text=item.indicator_text,
        measure=item.measure, comparator=item.comparator, value=item.value,
        unit=item.unit, base_value=item.base_value, base_unit=item.base_unit,
        period_text=item.period.text, period_start=item.period.start,
        period_end=item.period.end, period_relative=article.published_on is None,
        review_state=state, confidence=round(rng.uniform(0.35, 0.99), 3),
        search_text=tokens(searched, (indicator.name, *indicator.aliases) if indicator else ()),
    )


INDICATOR_CACHE: dict = {}


# ------------------------------------------------------------------ corpus files ------------


def hard_wrap(text: str, rng: random.Random) -> str:
    """Wrap like an OCR'd newspaper column: 10–15 characters a line, blank lines between
    paragraphs and, now and then, in the middle of a sentence (a column break)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            continue
        width = rng.randint(10, 15)
        for start in range(0, len(paragraph), width):
            lines.append(paragraph[start:start + width])
            if rng.random() < 0.03:
                lines.append("")
        lines.append("")
    return "\n".join(lines)


def write_corpus(folder: Path, *, megabytes: float = 10.0, seed: int = 2) -> dict[str, int]:
    """Write newspaper pages (several stories each, hard-wrapped) and single long articles
    as UTF-8 and GB18030 text files until they hold ``megabytes`` of UTF-8 text."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    written = files = 0
    while written < target:
        page = rng.random() < 0.6
        stories = [make_story(rng, commitments=rng.randint(2, 6), evidence=rng.randint(1, 5),
                              fillers=rng.randint(3, 8)) for _ in range(rng.randint(2, 4)
                                                                         if page else 1)]
        if page:
            text = "\n\n".join(f"{s.title}\n\n{hard_wrap(s.body, rng)}" for s in stories)
        else:
            text = f"{stories[0].title}\n\n" + stories[0].body.replace("\n\n", "\n")
        encoding = "gb18030" if rng.random() < 0.2 else "utf-8"
        data = text.encode(encoding)
        (folder / f"page_{files:05d}.txt").write_bytes(data)
        written += len(text.encode("utf-8"))
        files += 1
    return {"files": files, "bytes": written}


# ------------------------------------------------------------------ command line ------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--evidence", type=int, help="default: 0.8 × commitments")
    parser.add_argument("--links", type=int, help="default: as many as commitments")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, help="write a corpus of text files here "
                        "instead of filling the database")
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args(argv)

    if args.corpus:
        counts = write_corpus(args.corpus, megabytes=args.megabytes, seed=args.seed)
        print(f"Wrote {counts['files']:,} files, {counts['bytes'] / 1e6:.1f} MB of text, "
              f"to {args.corpus}.")
        return 0
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    counts = generate(commitments=args.commitments, articles=args.articles,
                      evidence=args.evidence, links=args.links, seed=args.seed,
                      progress=lambda message: print(message, flush=True))
    print("Generated in {:.0f} s: {}".format(
        time.monotonic() - started, ", ".join(f"{v:,} {k}" for k, v in counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
