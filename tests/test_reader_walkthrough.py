"""What a reader walking through the public site notices: pages that say what they are, empty
states that say why and what to do, links onward where a reader looks for them."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.urls import reverse

from tests.public_site_data import build_site, many_commitments, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site()


def words_of(response) -> str:
    """A page's text as a reader sees it, whatever its status."""
    return unescape(re.sub(r"<[^>]+>", "", response.content.decode()))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/no-such-page/", "这个地址上没有页面"),
        ("/commitments/999999/", "没有这项承诺，或它尚未公开。"),
        ("/indicators/999999/", "没有这个指标。"),
        ("/articles/999999/", "没有这篇文章。"),
    ],
)
def test_a_missing_page_says_so_in_chinese_with_the_way_back(client, site, url, message):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="zh-Hans">' in html
    assert "<title>找不到这个页面 · 政策承诺追踪</title>" in html
    assert message in words_of(response)
    assert "Not Found" not in html and "Resolver404" not in html
    assert f'href="{reverse("tracker:commitments")}"' in html  # a way on, not a dead end


def test_a_commitment_page_title_says_what_was_promised_for_when(client, site):
    # A journalist arriving from a search engine sees the promise in the tab and the result,
    # not only a number.
    response = client.get(reverse("tracker:commitment", args=[site.target_2024.pk]))
    title = unescape(re.search(r"<title>(.*?)</title>", response.content.decode()).group(1))
    assert title == (
        f"技术合同成交额：不少于170.5亿元，2024年（全年） · 承诺 #{site.target_2024.pk}"
        " · 政策承诺追踪"
    )


def test_indicator_chart_writes_no_numbers_over_each_other(client, site):
    # Four targets for 2024 stack on one line of the chart: their numbers written beside
    # them would be an unreadable smear, so only the lone 2023 outcome is written out; every
    # point keeps its number as a tooltip and the caption says where to read them.
    many_commitments(site.plan_2024, site.firms, 3)
    response = client.get(reverse("tracker:indicator", args=[site.firms.pk]))
    html = response.content.decode()
    written = re.findall(r'<text class="point-label[^"]*"[^>]*>([^<]*)</text>', html)
    assert written == ["320家"]
    tooltips = re.findall(r"<circle[^>]*><title>([^<]*)</title>", html)
    assert sorted(tooltips) == sorted(
        ["2024年 目标 不少于300家", "2024年 目标 1家", "2024年 目标 2家", "2024年 目标 3家",
         "2023年 实际 320家"]
    )
    assert "同一年有多个目标或结果时，数值见下表" in text_of(response)


def test_indicator_chart_writes_each_number_when_each_year_has_one(client, site):
    response = client.get(reverse("tracker:indicator", args=[site.contracts.pk]))
    written = re.findall(r'<text class="point-label[^"]*"[^>]*>([^<]*)</text>',
                         response.content.decode())
    assert sorted(written) == ["136亿元", "不少于120亿元", "不少于170.5亿元"]
    assert "数值见下表" not in text_of(response)


def test_a_filter_with_no_rows_says_which_conditions_found_nothing(client, site):
    url = reverse("tracker:commitments")
    response = client.get(url, {"status": "achieved", "year": "2015",
                                "indicator": site.contracts.pk, "has_evidence": "false"})
    text = text_of(response)
    assert "共 0 项" in text
    assert ("没有同时符合这些条件的承诺：状态：已完成，指标：技术合同成交额，"
            "目标年份：2015年，已有结果证据：否。") in text
    assert f'<a href="{url}">清除筛选</a>查看全部承诺' in response.content.decode()
    assert "下载这些筛选出的承诺" not in text  # nothing to download


def test_a_word_with_no_commitment_points_to_the_full_text_search(client, site):
    response = client.get(reverse("tracker:commitments"), {"q": "不存在的词语"})
    assert "没有同时符合这些条件的承诺：关键词：不存在的词语。" in text_of(response)
    search = reverse("tracker:search") + "?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D%E8%AF%AD"
    assert f'<a href="{search}">全文检索</a>' in response.content.decode()


def test_a_search_with_no_result_says_so_once_and_what_to_try(client, site):
    response = client.get(reverse("tracker:search"), {"q": "不存在 词语"})
    text = text_of(response)
    assert "没有哪项承诺、结果或文章含有“不存在 词语”中的每个词。可以减少检索词" in text
    assert "无。" not in text  # not three empty sections saying nothing
    html = response.content.decode()
    assert f'<a href="{reverse("tracker:commitments")}">承诺列表</a>' in html


def test_a_search_with_results_still_lists_each_kind(client, site):
    text = text_of(client.get(reverse("tracker:search"), {"q": "技术合同成交额"}))
    assert "承诺（2）" in text and "结果与数据（1）" in text and "没有哪项" not in text


def test_home_scorecard_says_overdue_promises_are_counted_within_their_status(client, site):
    # The status tiles add up to the total; the overdue tile is a part of them, and says so,
    # so that a reader adding the tiles does not count 3 overdue promises twice.
    html = client.get(reverse("tracker:home")).content.decode()
    tiles = dict((label, int(n)) for n, label in re.findall(
        r'<span class="score-n">(\d+)</span><span class="score-label">([^<]+)</span>', html))
    assert tiles.pop("其中已逾期，未见结果") == 3
    assert sum(tiles.values()) == 4
    assert "各状态合计 4 项；“其中已逾期，未见结果”的 3 项已计入“待评估”或“推进中”，不另计。" in (
        unescape(re.sub(r"<[^>]+>", "", html)))


def test_a_filtered_list_offers_its_rows_as_data_with_the_same_filters(client, site):
    # A researcher who filtered by year and indicator downloads what the page shows.
    query = {"year": "2024", "indicator": str(site.contracts.pk), "sort": "-due"}
    page = client.get(reverse("tracker:commitments"), query)
    link = re.search(r'<a href="([^"]+)">JSON（数据接口，同样的筛选条件）</a>',
                     page.content.decode()).group(1)
    assert "下载这些筛选出的承诺" in text_of(page)
    data = client.get(unescape(link)).json()
    assert data["count"] == page.context["page"].paginator.count == 1
    assert [row["id"] for row in data["results"]] == [site.target_2024.pk]


def test_an_indicator_page_leads_to_its_commitments_and_data(client, site):
    html = client.get(reverse("tracker:indicator", args=[site.contracts.pk])).content.decode()
    pk = site.contracts.pk
    assert f'<a href="{reverse("tracker:commitments")}?indicator={pk}">这个指标的全部承诺' in html
    targets = re.search(r'<a href="([^"]+)">目标</a>、<a href="([^"]+)">结果</a>', html)
    assert [row["id"] for row in client.get(targets.group(1)).json()["results"]] == sorted(
        [site.target_2024.pk, site.target_2023.pk])
    assert [row["id"] for row in client.get(targets.group(2)).json()["results"]] == [
        site.outcome_2023.pk]


def test_a_filtered_list_title_says_what_was_chosen_and_which_page(client, site):
    many_commitments(site.plan_2024, site.firms, 30)
    response = client.get(reverse("tracker:commitments"),
                          {"year": "2024", "indicator": site.firms.pk, "page": "2"})
    title = unescape(re.search(r"<title>(.*?)</title>", response.content.decode()).group(1))
    assert title == "承诺（指标：新增高新技术企业数，目标年份：2024年） · 第 2 页 · 政策承诺追踪"
    plain = client.get(reverse("tracker:commitments")).content.decode()
    assert "<title>承诺 · 政策承诺追踪</title>" in plain


def test_an_article_filter_with_no_rows_says_which_and_how_to_clear_it(client, site):
    url = reverse("articles:list")
    response = client.get(url, {"year": "2030", "source": "郑州日报"})
    text = text_of(response)
    assert "共 0 篇" in text
    assert "没有符合这些条件的文章：来源：郑州日报，发布年份：2030年。" in text
    assert f'<a href="{url}">清除筛选</a>查看全部文章' in response.content.decode()
    title = unescape(re.search(r"<title>(.*?)</title>", response.content.decode()).group(1))
    assert title == "文章（来源：郑州日报，发布年份：2030年） · 政策承诺追踪"


def test_a_bad_article_filter_names_the_field_as_the_form_does(client, site):
    response = client.get(reverse("articles:list"), {"year": "abc"})
    assert response.status_code == 400
    assert "筛选条件有误。“发布年份”（year）：" in words_of(response)


def test_a_server_error_page_is_in_chinese_and_leads_back(client, site, monkeypatch):
    # Written without template tags or queries, so that it shows whatever broke.
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("tracker.views.scorecard", broken)
    client.raise_request_exception = False
    response = client.get(reverse("tracker:home"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="zh-Hans">' in html and "<title>服务器出错 · 政策承诺追踪</title>" in html
    assert "不是您的操作有误" in html and '<a href="/">总览</a>' in html


def test_a_period_filter_from_a_shared_link_is_shown_and_kept_when_refiltering(client, site):
    # period_after/period_before come from a shared link or the API's query: the form has no
    # box for them, so they were dropped when the reader changed the sort or another filter.
    response = client.get(reverse("tracker:commitments"),
                          {"period_after": "2024-01-01", "period_before": "2024-12-31"})
    html = response.content.decode()
    assert '<input type="hidden" name="period_after" value="2024-01-01">' in html
    assert '<input type="hidden" name="period_before" value="2024-12-31">' in html
    assert "时期止于 2024年1月1日 或以后、 2024年12月31日 或以前" in text_of(response)


def test_indicator_table_caption_says_where_its_links_are(client, site):
    text = text_of(client.get(reverse("tracker:indicator", args=[site.contracts.pk])))
    assert "历年目标与结果（每行的“原文”链接到说出这个数字的句子）" in text
