"""The article page and the commitment page: what a reader sees of many items, and a fixed
number of queries whatever their number (no item read again on its own)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.public_site_data import build_site, make_article, many_commitments, text_of
from tracker.models import Commitment, Evidence, Link, Relation, ReviewState

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site()


def outcomes(commitment: Commitment, count: int) -> list[Evidence]:
    """``count`` reported figures, each in its own dated article, linked to ``commitment``."""
    found = []
    for i in range(count):
        quote = f"全年新增高新技术企业{100 + i}家"
        article = make_article(
            f"第{i}号报告\n{quote}。", published=dt.date(2024, 3, 1 + i), source=f"第{i}报"
        )
        start = article.body.index(quote)
        evidence = Evidence.objects.create(
            article=article, quote=quote, start=start, end=start + len(quote),
            indicator=commitment.indicator, value=Decimal(100 + i), unit="家", base_unit="家",
            base_value=Decimal(100 + i), period_start=dt.date(2024, 1, 1),
            period_end=dt.date(2024, 12, 31), review_state=ReviewState.ACCEPTED,
        )
        Link.objects.create(
            commitment=commitment, evidence=evidence, relation=Relation.PROGRESS,
            review_state=ReviewState.ACCEPTED, note=f"编辑核对第{i}条",
        )
        found.append(evidence)
    return found


@pytest.mark.parametrize("links, others", [(1, 3), (6, 30)])
def test_commitment_page_shows_every_link_and_other_row_in_four_queries(
    client, site, django_assert_num_queries, links, others
):
    commitment = site.firms_2024
    outcomes(commitment, links)
    many_commitments(site.plan_2023, site.firms, others)
    with django_assert_num_queries(4):  # commitment, links, other rows, history
        response = client.get(reverse("tracker:commitment", args=[commitment.pk]))
    text, html = text_of(response), response.content.decode()
    for i in range(links):
        assert f"“全年新增高新技术企业{100 + i}家”" in text
        assert f"第{i}报，2024年3月{1 + i}日，《第{i}号报告》" in text
        assert f"编辑说明：编辑核对第{i}条" in text
    latest = 100 + links - 1
    assert f"最新数据 {latest}家（2024年），为目标的" in text
    same = html.split("同一指标的其他承诺")[1]
    newest = (
        Commitment.objects.public().filter(indicator=site.firms).exclude(pk=commitment.pk)
        .order_by("-period_end", "-pk").values_list("pk", flat=True)[:20]
    )  # fmt: skip
    assert len(newest) == min(others, 20)
    shown = [int(pk) for pk in re.findall(r'<p class="quote"><a href="/commitments/(\d+)/"', same)]
    assert shown == list(newest)  # latest due first, in one query
    assert same.count('<li class="item">') == len(newest)


def test_commitment_page_links_the_commitment_it_revises(
    client, site, django_assert_num_queries
):
    Commitment.objects.filter(pk=site.target_2024.pk).update(revises=site.target_2023)
    with django_assert_num_queries(4):
        response = client.get(reverse("tracker:commitment", args=[site.target_2024.pk]))
    html = response.content.decode()
    assert "修订自" in html
    assert f'href="{reverse("tracker:commitment", args=[site.target_2023.pk])}"' in html
    # named by what it promised and for when, not by an id a reader cannot place
    revised = re.search(r"<dt>修订自</dt><dd><a [^>]*>([^<]*)</a>", html).group(1)
    assert revised == "不少于120亿元，2023年（全年）的承诺"
    html = client.get(reverse("tracker:commitment", args=[site.target_2023.pk])).content.decode()
    assert "修订自" not in html


def test_commitment_page_says_an_outcome_on_another_scale_is_reported(client, site):
    outcomes(site.target_2024, 1)  # 100家 against a target in 亿元: no percentage
    text = text_of(client.get(reverse("tracker:commitment", args=[site.target_2024.pk])))
    assert "已有结果数据，但与目标的口径不同" in text
    assert "已逾期，未见结果" not in text  # an outcome is reported
    assert "全年新增高新技术企业100家" in text


@pytest.mark.parametrize("count", [2, 25])
def test_article_page_lists_every_item_in_three_queries(
    client, site, django_assert_num_queries, count
):
    many_commitments(site.plan_2024, site.firms, count)
    with django_assert_num_queries(3):  # the article, its commitments, its evidence
        response = client.get(reverse("articles:detail", args=[site.plan_2024.pk]))
    listed = response.content.decode().split("本文中的承诺与结果")[1]
    shown = Commitment.objects.public().filter(article=site.plan_2024)
    assert listed.count('class="badge kind-commitment"') == shown.count() >= count
    for pk in shown.values_list("pk", flat=True):
        assert f'href="#commitment-{pk}"' in listed


def test_article_page_cuts_a_long_item_and_keeps_a_short_one(client, site):
    quote = "力争新增科技型中小企业50家"
    article = make_article(f"长句\n{quote}。", published=None)
    start = article.body.index(quote)
    long_name = "新增高新技术企业和科技型中小企业" * 5  # 80 characters
    for name in (long_name, long_name[:40]):
        Commitment.objects.create(
            article=article, quote=quote, start=start, end=start + len(quote),
            indicator_text=name, review_state=ReviewState.ACCEPTED,
        )
    listed = text_of(client.get(reverse("articles:detail", args=[article.pk])))
    entries = [line.strip() for line in listed.split("本文中的承诺与结果")[1].splitlines()]
    entries = [line for line in entries if line.startswith("承诺 ")]
    assert len(entries) == 2
    cut = next(line for line in entries if len(line) > 50)
    assert cut.startswith(f"承诺 待评估 {long_name[:50]}") and long_name not in cut
    assert cut.endswith(("…", "...")) and len(cut) <= len("承诺 待评估 ") + 60
    assert f"承诺 待评估 {long_name[:40]} 未注明" in entries  # short enough: whole
    assert listed.count("在文中") == 2 and "原文已变" not in listed


def test_article_page_tells_how_many_of_its_promises_stand_where(client, site):
    """A report's reader sees at the top of its list how many of its promises were kept, and
    each promise's state beside it: an overdue one as overdue, rejected ones not at all."""
    body = "力争新增科技型中小企业50家。确保研发投入增长10%。8月底前出台方案。新建道路12公里。"
    article = make_article(f"计划\n{body}", published=dt.date(2020, 1, 10))

    def promise(quote, **fields):
        start = article.body.index(quote)
        return Commitment.objects.create(
            article=article, quote=quote, start=start, end=start + len(quote),
            review_state=fields.pop("review_state", ReviewState.ACCEPTED), **fields,
        )

    year = {"period_start": dt.date(2020, 1, 1), "period_end": dt.date(2020, 12, 31)}
    promise("力争新增科技型中小企业50家", status="achieved", indicator_text="新增企业", **year)
    promise("确保研发投入增长10%", status="missed", **year)
    promise("8月底前出台方案", deadline=dt.date(2020, 8, 31), indicator_text="出台方案")
    promise("新建道路12公里", review_state=ReviewState.REJECTED, status="achieved", **year)

    response = client.get(reverse("articles:detail", args=[article.pk]))
    html = response.content.decode()
    listed = text_of(response).split("本文中的承诺与结果")[1]
    tally = re.search(r'<p class="tally">(.*?)</p>', html).group(1)
    assert re.findall(r'status-(\w+)">([^<]+)<', tally) == [
        ("achieved", "已完成 1"), ("missed", "未完成 1"), ("overdue", "已逾期，未见结果 1"),
    ]
    assert "承诺 已完成 新增企业" in listed
    assert "承诺 已逾期，未见结果 出台方案" in listed  # pending, long past its deadline
    assert "新建道路" not in listed  # rejected
