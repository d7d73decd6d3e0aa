"""The public pages as a reader meets them: what they show, what they never show, how they
answer bad query strings, and how many queries they cost."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse, set_script_prefix
from django.utils import timezone

from articles.models import Article, DatePrecision, Document
from articles.views import shortened
from tests.public_site_data import build_site, make_article, many_commitments, text_of
from tracker.models import (
    Commitment,
    CommitmentKind,
    Evidence,
    Indicator,
    Link,
    Relation,
    ReviewState,
    Status,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    return build_site()


def html_of(response) -> str:
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def public_urls(site) -> list[str]:
    return [
        reverse("tracker:home"),
        reverse("tracker:commitments"),
        reverse("tracker:commitment", args=[site.target_2023.pk]),
        reverse("tracker:indicators"),
        reverse("tracker:indicator", args=[site.contracts.pk]),
        reverse("tracker:search") + "?q=高新技术企业",
        reverse("articles:list"),
        reverse("articles:detail", args=[site.report_2023.pk]),
    ]


def test_every_page_is_chinese_without_inline_script_or_style(client, site):
    for url in public_urls(site):
        html = html_of(client.get(url))
        assert '<html lang="zh-Hans">' in html, url
        assert "style=" not in html and "<style" not in html, url
        scripts = re.findall(r"<script([^>]*)>", html)
        assert all('type="application/ld+json"' in attrs for attrs in scripts), url
        assert "http://" not in html.replace("http://testserver", ""), url
        assert "cdn" not in html.lower(), url


def test_pages_refuse_writes(client, site):
    assert client.post(reverse("tracker:commitments")).status_code == 405
    assert client.post(reverse("tracker:search")).status_code == 405
    assert client.post(reverse("articles:list")).status_code == 405


def test_rejected_items_are_never_public(client, site):
    # Articles are public whole (the rejected sentence is still in its article's text);
    # the rejected commitment and evidence themselves appear nowhere.
    for url in public_urls(site):
        if "/articles/" in url or "/search/" in url:
            continue
        text = text_of(client.get(url))
        assert "999亿元" not in text and "误识别的句子" not in text, url
    text = text_of(client.get(reverse("tracker:search") + "?q=驳回承诺样本值"))
    assert "承诺（0）" in text and "结果与数据（0）" in text and "文章（1）" in text
    html = html_of(client.get(reverse("articles:detail", args=[site.rejected.article_id])))
    assert f"commitment-{site.rejected.pk}" not in html and "<mark" not in html
    assert client.get(reverse("tracker:commitment", args=[site.rejected.pk])).status_code == 404
    feed = client.get(reverse("tracker:feed")).content.decode()
    assert "999亿元" not in feed and "误识别的句子" not in feed


def test_home_counts_statuses_and_shows_overdue_as_overdue(client, site):
    text = text_of(client.get(reverse("tracker:home")))
    assert "共追踪 4 项公开承诺" in text
    # Written for 2020 and 2024, still open, no outcome: overdue today.
    # (no space after the comma: the template's line break made one)
    assert "项已有结果数据，3 项已过截止日期仍未见结果" in text
    assert "8月底前出台《科技成果转化实施方案》" in text
    assert "已逾期，未见结果" in text
    assert "全年技术合同成交额完成136亿元" in text  # latest evidence
    assert "2024年" in text and "科技创新" in text


def test_home_counts_are_kept_a_while_and_say_when_they_were_counted(client, site, settings):
    # A spike of readers must not recount every commitment per request: the counts are kept
    # SCORECARD_CACHE_SECONDS and the page says when they were taken.
    settings.SCORECARD_CACHE_SECONDS = 1
    home = reverse("tracker:home")
    first = client.get(home)
    assert "共追踪 4 项公开承诺" in text_of(first)
    counted = re.search(r'统计于 <time datetime="([^"]+)">(\d\d:\d\d)</time>',
                        first.content.decode())
    assert counted, "the page says when it counted"
    when = dt.datetime.fromisoformat(counted[1])
    assert abs((timezone.now() - when).total_seconds()) < 60
    assert counted[2] == f"{timezone.localtime(when):%H:%M}"  # the site's time zone
    many_commitments(site.plan_2024, site.firms, 1)
    assert "共追踪 4 项公开承诺" in text_of(client.get(home))  # kept
    time.sleep(1.1)  # the counts expire
    assert "共追踪 5 项公开承诺" in text_of(client.get(home))
    settings.SCORECARD_CACHE_SECONDS = 0  # counted on every request
    many_commitments(site.plan_2024, site.firms, 1)
    assert "共追踪 6 项公开承诺" in text_of(client.get(home))


def test_unreviewed_items_are_marked_or_hidden(client, site, settings):
    url = reverse("tracker:commitment", args=[site.firms_2024.pk])
    assert "机器提取，未经审核" in text_of(client.get(url))
    settings.PUBLIC_UNREVIEWED = "hide"
    assert client.get(url).status_code == 404
    home = text_of(client.get(reverse("tracker:home")))
    assert "全年新增高新技术企业300家以上" not in home
    assert "共追踪 3 项公开承诺" in home
    article = html_of(client.get(reverse("articles:detail", args=[site.report_2023.pk])))
    assert "机器提取，未经审核" not in article and "hl-unreviewed" not in article
    assert f"evidence-{site.outcome_2023.pk}" in article


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("status=exceeded", ["技术合同成交额力争达到120亿元"], ["170.5"]),
        ("year=2024", ["170.5亿元", "全年新增高新技术企业300家以上"], ["120亿元"]),
        ("year=2023&status=exceeded", ["120亿元"], ["170.5"]),
        ("topic=enterprise", ["300家以上"], ["170.5"]),
        ("has_evidence=true", ["120亿元"], ["170.5", "8月底前"]),
        ("has_evidence=false", ["170.5", "8月底前"], ["力争达到120亿元"]),
        ("review_state=suggested", ["300家以上"], ["170.5"]),
        ("overdue=true", ["8月底前", "170.5"], ["力争达到120亿元"]),
        ("subject=高新区管委会", ["8月底前"], ["170.5"]),
        ("q=成交额", ["170.5", "120亿元"], ["8月底前", "300家以上"]),
    ],
)
def test_commitment_filters(client, site, query, expected, absent):
    text = text_of(client.get(reverse("tracker:commitments") + "?" + query))
    for wanted in expected:
        assert wanted in text, (query, wanted)
    for unwanted in absent:
        assert unwanted not in text, (query, unwanted)


def test_commitment_filters_by_indicator_and_article(client, site):
    url = reverse("tracker:commitments")
    text = text_of(client.get(f"{url}?indicator={site.contracts.pk}"))
    assert "170.5" in text and "120亿元" in text and "300家以上" not in text
    text = text_of(client.get(f"{url}?article={site.plan_2024.pk}"))
    assert "170.5" in text and "300家以上" in text and "120亿元" not in text


def test_commitment_filter_form_keeps_the_chosen_indicator_and_names_an_unknown_one(client, site):
    url = reverse("tracker:commitments")
    html = html_of(client.get(f"{url}?indicator={site.contracts.pk}&status=exceeded"))
    assert f'<option value="{site.contracts.pk}" selected>技术合同成交额</option>' in html
    assert f'<option value="{site.firms.pk}">' in html
    assert '<option value="exceeded" selected>' in html
    response = client.get(f"{url}?indicator=999999")
    assert response.status_code == 400
    # no space after the full stop (Django's read "选择一个有效的选项。 999999 不在…")
    assert "选择一个有效的选项。“999999”不在可用的选项中。" in unescape(response.content.decode())


@pytest.mark.parametrize("message", [
    "Select a valid choice. %(value)s is not one of the available choices.",
    "Select a valid choice. That choice is not one of the available choices.",
    "ManagementForm data is missing or has been tampered with. Missing fields: "
    "%(field_names)s. You may need to file a bug report if the issue persists.",
    "Please correct the duplicate data for %(field)s.",
    "Please correct the duplicate data for %(field)s, which must be unique.",
    "Please correct the duplicate values below.",
])
def test_form_errors_are_written_with_chinese_punctuation(message):
    # Django's Chinese put a space after 。 or ：, or ended in "." or in nothing.
    from django.utils import translation

    with translation.override("zh-hans"):
        chinese = translation.gettext(message)
    assert chinese != message and chinese.endswith("。")
    assert not re.search(r"[。，：；] |\.$", chinese), chinese


def test_commitment_filter_accepts_an_indicator_added_after_the_last_request(client, site):
    url = reverse("tracker:commitments")
    assert html_of(client.get(f"{url}?indicator={site.contracts.pk}"))  # the form is built
    added = Indicator.objects.create(name="研发经费投入", topic=site.contracts.topic)
    html = html_of(client.get(f"{url}?indicator={added.pk}"))
    assert f'<option value="{added.pk}" selected>研发经费投入</option>' in html
    added.delete()
    response = client.get(f"{url}?indicator={added.pk}")
    assert response.status_code == 400
    assert f"“{added.pk}”不在可用的选项中。" in unescape(response.content.decode())


def test_commitment_list_names_every_filter_even_after_the_api_schema_was_served(client, site):
    # The schema reads the FilterSets' own filters, and the API's commitment list makes the
    # page build its form again: a filter labelled by its model field must keep its name.
    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/commitments/?kind=numeric").status_code == 200
    url = reverse("tracker:commitments")
    html = unescape(html_of(client.get(f"{url}?kind=deliverable&review_state=accepted")))
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert "类型：限期事项" in title and "审核状态：已采纳" in title, title
    assert "None" not in html
    response = client.get(f"{url}?kind=promise")
    assert response.status_code == 400
    assert "“类型”（kind）" in unescape(response.content.decode())


def test_commitment_list_names_unreviewed_items_as_their_badges_do(client, site):
    # The filter menu, the page's title and the rows' badges use one wording; the title said
    # 机器提取，待审核 (the editors' queue word) for the menu's 机器提取，未经审核.
    html = unescape(html_of(client.get(reverse("tracker:commitments") + "?review_state=suggested")))
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert "审核状态：机器提取，未经审核" in title, title
    assert '<option value="suggested" selected>机器提取，未经审核</option>' in html
    assert 'class="badge machine"' in html and "待审核" not in html
    assert '<option value="rejected"' not in html  # never public


def test_commitment_list_sorts_by_due_date(client, site):
    html = html_of(client.get(reverse("tracker:commitments") + "?sort=-due"))
    assert html.index("170.5") < html.index("120亿元") < html.index("8月底前")
    html = html_of(client.get(reverse("tracker:commitments") + "?sort=due"))
    assert html.index("8月底前") < html.index("120亿元") < html.index("170.5")


@pytest.mark.parametrize(
    "query",
    [
        "status=bogus",
        "year=abc",
        "year=99999",
        "indicator=999999",
        "indicator=abc",
        "page=999999",
        "page=abc",
        "page=0",
        "page=-1",
        "period_after=2024-13-45",
        "period_before=yesterday",
        "has_evidence=maybe&status=' OR 1=1 --",
        "topic=<script>",
        "sort=password",
        "q=" + "高" * 600,
    ],
)
def test_bad_query_strings_get_a_400_not_a_500(client, site, query):
    response = client.get(reverse("tracker:commitments") + "?" + query)
    assert response.status_code == 400, query
    assert "<script>" not in response.content.decode()


@pytest.mark.parametrize(
    "query", ["q=' OR 1=1 --", "q=%22高企%22 AND 1", "q=高企*", "q=NEAR(a b)", "q=\\", "q=:"]
)
def test_injection_attempts_in_search_are_plain_text(client, site, query):
    for url in (reverse("tracker:commitments"), reverse("tracker:search")):
        response = client.get(url + "?" + query)
        assert response.status_code == 200, (url, query)
        assert "999亿元" not in text_of(response)


def test_search_page_bad_input(client, site):
    assert client.get(reverse("tracker:search") + "?q=" + "企" * 501).status_code == 400
    assert client.get(reverse("tracker:search") + "?q=%00").status_code == 400
    assert "请输入检索词" in text_of(client.get(reverse("tracker:search")))
    assert "没有可检索的文字" in text_of(client.get(reverse("tracker:search") + "?q=，。！"))


def test_article_list_bad_input(client, site):
    for query in ("year=abc", "page=abc", "page=999999", "document=abc", "date_precision=x"):
        assert client.get(reverse("articles:list") + "?" + query).status_code == 400, query


def test_missing_objects_are_404(client, site):
    assert client.get(reverse("tracker:commitment", args=[999999])).status_code == 404
    assert client.get(reverse("tracker:indicator", args=[999999])).status_code == 404
    assert client.get(reverse("articles:detail", args=[999999])).status_code == 404


def test_commitment_page_shows_quote_source_progress_timeline_history(client, site):
    response = client.get(reverse("tracker:commitment", args=[site.target_2023.pk]))
    html, text = html_of(response), text_of(response)
    assert "“技术合同成交额力争达到120亿元”" in text
    anchor = reverse("articles:detail", args=[site.plan_2023.pk])
    anchor += f"#commitment-{site.target_2023.pk}"
    assert f'href="{anchor}"' in html
    assert "2023年2月1日" in text  # the source's date
    assert "不少于120亿元" in text and "2023年（全年）" in text
    assert "<meter" in html and "为目标的 113%" in text
    assert "全年技术合同成交额完成136亿元" in text
    evidence_anchor = f"#evidence-{site.outcome_2023.pk}"
    assert evidence_anchor in html and "郑州日报" in text
    assert "超额完成" in text and "超过目标120亿元" in text and "编辑判定" in text
    assert "同一指标的其他承诺" in text and "170.5亿元" in text


def test_a_title_cut_short_ends_in_one_ellipsis_not_in_full_stops(client, site):
    # Django's Chinese cuts text with "...": a title cut after a figure's point read
    # "召开 1...." as if the figure were part of it.
    article = site.target_2023.article
    article.title = "高新区召开高质量发展大会" * 3 + " 1.88亿元重奖创新创业企业"
    article.save()
    cut = "高新区召开高质量发展大会" * 3 + " 1.…"
    page = html_of(client.get(reverse("tracker:commitments")))
    assert f"《{cut}》" in page and "..." not in page
    page = html_of(client.get(reverse("articles:detail", args=[article.pk])))
    crumb = re.search(r'<p class="crumbs">.*?</p>', page, re.S).group(0)
    assert crumb.endswith("高新区召开高质量发展大会高新区召开高质量发展大会高新区召开…</p>"), crumb


def test_commitment_page_names_its_indicator_as_the_text_wrote_it_beside_the_indicator(
        client, site):
    # The indicator as written followed the target: "增长不少于1个百分点（原文：GDP）" read as
    # if the text's target were "GDP". It now follows the indicator, when it differs.
    def facts(commitment) -> dict[str, str]:
        page = html_of(client.get(reverse("tracker:commitment", args=[commitment.pk])))
        pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", page)
        return {name: unescape(re.sub(r"<[^>]+>", "", value)) for name, value in pairs}

    shown = facts(site.firms_2024)
    assert shown["指标"] == "新增高新技术企业数（原文作“新增高新技术企业”）"
    assert shown["目标"] == "不少于300家"
    shown = facts(site.target_2024)  # written as the indicator is named
    assert (shown["指标"], shown["目标"]) == ("技术合同成交额", "不少于170.5亿元")
    assert "指标" not in facts(site.overdue)  # none: the heading names the deliverable


def test_commitment_page_says_when_only_a_baseline_is_known(client, site):
    Link.objects.create(
        commitment=site.target_2024, evidence=site.outcome_2023, relation=Relation.BASELINE,
        review_state=ReviewState.ACCEPTED,
    )
    text = text_of(client.get(reverse("tracker:commitment", args=[site.target_2024.pk])))
    assert "只有基线或背景数据" in text and "基线" in text and "136亿元" in text
    assert "已逾期，未见结果" in text  # a baseline is not an outcome
    # The status record still says 待评估: the page says why the badge differs from it.
    assert "已过，仍未见到结果数据，所以页首标为“已逾期，未见结果”" in text
    assert "上面记录的状态要等编辑核对结果后才会改变" in text


def test_commitment_page_with_an_outcome_needs_no_overdue_note(client, site):
    text = text_of(client.get(reverse("tracker:commitment", args=[site.target_2023.pk])))
    assert "超额完成" in text and "所以页首标为" not in text


def test_commitment_page_carries_escaped_json_ld(client, site):
    site.target_2024.quote = "力争技术合同成交额达到170.5亿元</script><b>"
    Commitment.objects.filter(pk=site.target_2024.pk).update(quote=site.target_2024.quote)
    html = html_of(client.get(reverse("tracker:commitment", args=[site.target_2024.pk])))
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block, html[:500]
    assert "</script><b>" not in block.group(1)
    data = json.loads(block.group(1))
    assert data["@type"] == "Claim" and data["text"].endswith("</script><b>")
    assert data["url"].endswith(f"/commitments/{site.target_2024.pk}/")
    assert data["datePublished"] == "2024-02-05"


def test_commitment_page_of_an_untitled_article_names_it_by_its_document(client, site):
    # No title, no indicator: the page is headed by the commitment's kind, and the claim's
    # article is named by its document and its place there, as everywhere else.
    commitment = site.target_2024
    Article.objects.filter(pk=commitment.article_id).update(title="")
    Commitment.objects.filter(pk=commitment.pk).update(
        indicator=None, indicator_text="", kind=CommitmentKind.DELIVERABLE
    )
    html = html_of(client.get(reverse("tracker:commitment", args=[commitment.pk])))
    assert "<h1>限期事项：" in html and "<dt>类型</dt><dd>限期事项</dd>" in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(block.group(1))
    article = Article.objects.get(pk=commitment.article_id)
    assert data["appearance"]["headline"] == str(article) == f"{article.document.name} #0"
    assert "about" not in data


def test_indicator_page_answers_targets_and_outcomes_by_year(client, site):
    response = client.get(reverse("tracker:indicator", args=[site.contracts.pk]))
    html, text = html_of(response), text_of(response)
    assert "<svg" in html and "point-target" in html and "point-outcome" in html
    rows = re.findall(r"<tr class=\"row-(\w+)\">(.*?)</tr>", html, re.S)
    flat = [(kind, unescape(re.sub(r"<[^>]+>", "", body))) for kind, body in rows]
    target_2024 = [body for kind, body in flat if kind == "target" and "2024" in body]
    outcome_2023 = [body for kind, body in flat if kind == "outcome" and "2023" in body]
    assert target_2024 and "170.5亿元" in target_2024[0] and "2024年2月5日" in target_2024[0]
    assert outcome_2023 and "136亿元" in outcome_2023[0] and "郑州日报" in outcome_2023[0]
    assert f"#evidence-{site.outcome_2023.pk}" in html
    assert f"#commitment-{site.target_2024.pk}" in html
    assert "999亿元" not in text


def test_indicator_table_marks_a_cumulative_outcome_escapes_quotes_and_says_when_empty(
    client, site
):
    Evidence.objects.filter(pk=site.outcome_2023.pk).update(
        is_cumulative=True, quote="全年<b>技术合同</b>成交额完成136亿元"
    )
    url = reverse("tracker:indicator", args=[site.contracts.pk])
    html = html_of(client.get(url))
    outcome = re.search(r'<tr class="row-outcome">(.*?)</tr>', html, re.S).group(1)
    assert "136亿元（累计）" in outcome
    assert "“全年&lt;b&gt;技术合同&lt;/b&gt;成交额完成136亿元”" in outcome
    Link.objects.filter(commitment__indicator=site.contracts).delete()
    Commitment.objects.filter(indicator=site.contracts).delete()
    Evidence.objects.filter(indicator=site.contracts).delete()
    html = html_of(client.get(url))
    assert '<tr><td colspan="5">还没有这个指标的目标或结果。</td></tr>' in html
    assert "<tr class=" not in html


def test_indicator_page_links_its_commitments_only_when_it_has_some(client, site):
    # An indicator only reported on (outcomes, no target): its page said "这个指标的全部承诺"
    # and the link opened an empty list.
    commitments_url = 'href="' + reverse("tracker:commitments") + "?indicator="
    page = html_of(client.get(reverse("tracker:indicator", args=[site.contracts.pk])))
    assert f'{commitments_url}{site.contracts.pk}"' in page
    Commitment.objects.filter(indicator=site.contracts).delete()
    response = client.get(reverse("tracker:indicator", args=[site.contracts.pk]))
    assert "还没有这个指标的承诺" in text_of(response)
    assert commitments_url not in html_of(response)
    assert "136亿元" in text_of(response)  # its outcomes are still there


def test_article_page_highlights_items_with_anchors_and_escapes_text(client, site):
    article = make_article("标题<b>\n力争新增<script>alert(1)</script>企业50家。", published=None)
    Commitment.objects.create(
        article=article, quote="力争新增<script>", start=article.body.index("力争"),
        end=article.body.index("力争") + len("力争新增<script>"),
        review_state=ReviewState.ACCEPTED,
    )
    html = html_of(client.get(reverse("articles:detail", args=[article.pk])))
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "日期不详" in html
    html = html_of(client.get(reverse("articles:detail", args=[site.report_2023.pk])))
    anchor = f'id="evidence-{site.outcome_2023.pk}"'
    assert re.search(rf'<mark class="hl hl-evidence"[^>]*{anchor}', html)
    assert 'class="hl hl-evidence hl-unreviewed"' in html  # the unreviewed 320 firms


def test_article_page_lists_items_whose_quote_moved(client, site):
    Commitment.objects.filter(pk=site.target_2024.pk).update(start=0, end=5)
    text = text_of(client.get(reverse("articles:detail", args=[site.plan_2024.pk])))
    assert "原文已变，未能标出" in text


def test_article_list_filters_by_source_and_year(client, site):
    text = text_of(client.get(reverse("articles:list") + "?source=郑州日报"))
    assert "高新区2023年工作总结" in text and "高新区2024年工作安排" not in text
    text = text_of(client.get(reverse("articles:list") + "?year=2020"))
    assert "会议要求" in text and "工作总结" not in text


def test_article_list_rows_say_title_source_date_and_fragment(client):
    untitled = make_article("第一段\n正文。", published=dt.date(2019, 3, 9), source="")
    Article.objects.filter(pk=untitled.pk).update(
        title="", date_precision=DatePrecision.YEAR, is_fragment=True
    )
    Document.objects.filter(pk=untitled.document_id).update(source="")
    unsourced = make_article("县里的通知\n正文。", published=dt.date(2018, 7, 2), source="")
    Article.objects.filter(pk=unsourced.pk).update(date_precision=DatePrecision.MONTH)
    Document.objects.filter(pk=unsourced.document_id).update(source="县政府网站")
    undated = make_article("一篇没有日期的稿子\n正文。", published=None, source="县报")
    page = client.get(reverse("articles:list")).content.decode()
    rows = re.findall(
        r'<li><a href="([^"]+)">(.*?)</a>\s*<span class="meta">(.*?)</span></li>', page
    )
    path = {a.pk: reverse("articles:detail", args=[a.pk]) for a in (untitled, unsourced, undated)}
    assert sorted(rows) == sorted([
        (path[untitled.pk], "（无标题）", "来源未注明，2019年，版面片段"),
        (path[unsourced.pk], "县里的通知", "县政府网站，2018年7月"),
        (path[undated.pk], "一篇没有日期的稿子", "县报，日期不详"),
    ])


def test_search_page_ranks_and_shows_the_passage(client, site):
    response = client.get(reverse("tracker:search") + "?q=高新技术企业")
    html, text = html_of(response), text_of(response)
    assert "<mark>高新技术企业</mark>" in html
    assert "全年新增高新技术企业300家以上" in text
    assert "承诺（1）" in text and "文章（2）" in text


def test_search_results_are_kept_a_while(client, site, settings):
    # Readers of a new report search the same words at once: the results of a search are
    # kept SEARCH_CACHE_SECONDS (the same words, however spaced), then searched again.
    from tracker.search import refresh_search_text

    def commitments_found(response) -> int:
        return int(re.search(r"承诺（(\d+)）", text_of(response))[1])

    settings.SEARCH_CACHE_SECONDS = 1
    search = reverse("tracker:search")
    first = commitments_found(client.get(search + "?q=高新区"))
    many_commitments(site.plan_2024, site.firms, 2)  # two more quotes naming 高新区
    refresh_search_text(Commitment.objects.all())  # bulk_create skipped the tokens
    with CaptureQueriesContext(connection) as captured:
        kept = client.get(search + "?q=+高新区++")
    assert commitments_found(kept) == first and "<mark>高新区</mark>" in html_of(kept)
    assert len(captured) == 0  # nothing searched again
    # Other words are searched now: only the two new quotes hold 高新区2024年.
    assert commitments_found(client.get(search + "?q=高新区2024年")) == 2
    time.sleep(1.1)  # kept results expire
    assert commitments_found(client.get(search + "?q=高新区")) == first + 2
    settings.SEARCH_CACHE_SECONDS = 0  # searched on every request
    many_commitments(site.plan_2024, site.firms, 1)
    refresh_search_text(Commitment.objects.all())
    assert commitments_found(client.get(search + "?q=高新区")) == first + 3


def test_feed_lists_status_changes_and_new_evidence(client, site):
    site.target_2024.status = Status.MISSED
    site.target_2024.status_source = "editor"
    site.target_2024.status_reason = "2024年仅完成150亿元。"
    site.target_2024.save()
    response = client.get(reverse("tracker:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    # A status entry's title names the promised figure and its period, as an evidence
    # entry's names the reported one, the way the pages write them; its text quotes it.
    assert "承诺状态：超额完成｜技术合同成交额 不少于120亿元，2023年（全年）" in feed
    assert "承诺状态：未完成｜技术合同成交额 不少于170.5亿元，2024年（全年）" in feed
    assert ("由“待评估”改为“未完成”。理由：2024年仅完成150亿元。"
            "原话：“力争技术合同成交额达到170.5亿元”") in feed
    assert "新证据：技术合同成交额 136亿元，2023年（全年）" in feed
    assert "新证据：新增高新技术企业数" in feed and "机器提取，未经审核" in feed
    assert f"/commitments/{site.target_2023.pk}/" in feed
    assert f"<id>tag:policy-commitment-tracker,2024:evidence/{site.outcome_2023.pk}</id>" in feed


def _count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize(
    "url_name", ["tracker:home", "tracker:commitments", "tracker:search", "articles:list",
                 "tracker:indicators", "tracker:feed"]
)
def test_list_pages_cost_the_same_queries_for_10_or_120_rows(client, site, url_name, settings):
    settings.SCORECARD_CACHE_SECONDS = 0  # the home page counts on each request: its worst
    settings.SEARCH_CACHE_SECONDS = 0  # and the search page searches on each
    url = reverse(url_name) + ("?q=高新区" if url_name == "tracker:search" else "")
    many_commitments(site.plan_2024, site.firms, 10)
    small = _count_queries(client, url)
    many_commitments(site.plan_2024, site.firms, 110)
    for i in range(20):
        make_article(f"高新区第{i}篇文章，新增企业{i}家。", published=None)
    assert _count_queries(client, url) == small


@pytest.mark.parametrize("kind", ["commitment", "indicator", "article"])
def test_detail_pages_cost_the_same_queries_for_few_or_many_items(client, site, kind):
    url = {
        "commitment": reverse("tracker:commitment", args=[site.target_2024.pk]),
        "indicator": reverse("tracker:indicator", args=[site.firms.pk]),
        "article": reverse("articles:detail", args=[site.plan_2024.pk]),
    }[kind]
    many_commitments(site.plan_2024, site.firms, 10)
    small = _count_queries(client, url)
    many_commitments(site.plan_2024, site.firms, 110)
    # An indicator's first page may then hold only targets: one query (outcomes) fewer.
    assert _count_queries(client, url) in ((small, small - 1) if kind == "indicator"
                                           else (small,))


def test_indicator_table_is_paged_and_every_row_is_on_one_page(client, site):
    many_commitments(site.plan_2024, site.firms, 150)
    url = reverse("tracker:indicator", args=[site.firms.pk])
    first, second = html_of(client.get(url)), html_of(client.get(url + "?page=2"))
    rows = [re.findall(r'<tr class="row-(\w+)">', html) for html in (first, second)]
    assert len(rows[0]) == 100 and rows[0] == ["target"] * 100
    # 151 targets for 2024, then the 2023 outcome, last.
    assert rows[1] == ["target"] * 51 + ["outcome"]
    assert "共 152 项目标与结果" in text_of(client.get(url))
    assert client.get(url + "?page=3").status_code == 400


def test_page_links_keep_the_filters_and_name_their_own_page(client, site):
    # The filters stay as asked, in their order, an empty one too; the page asked for is
    # replaced by each link's own.
    many_commitments(site.plan_2024, site.firms, 60)
    asked = f"indicator={site.firms.pk}&sort=id&year=2024&review_state="
    html = html_of(client.get(reverse("tracker:commitments") + f"?page=2&{asked}"))
    kept = asked.replace("&", "&amp;")
    assert f'<a rel="prev" href="?{kept}&amp;page=1">' in html
    assert f'<a rel="next" href="?{kept}&amp;page=3">' in html
    assert html.count("page=") == 2


@pytest.mark.parametrize(
    "query",
    ["year=2024&status=pending&indicator={firms}&has_evidence=false&q=高新区",
     "topic=enterprise", "status=pending&year=2024&indicator={firms}"],
)
def test_filtered_list_query_count_is_fixed(client, site, query):
    url = reverse("tracker:commitments") + "?" + query.format(firms=site.firms.pk)
    many_commitments(site.plan_2024, site.firms, 10)
    small = _count_queries(client, url)
    many_commitments(site.plan_2024, site.firms, 110)
    assert _count_queries(client, url) == small
    # The indicators offered (which also check the one asked for), the count, the page's
    # ids, its rows (none when no id matched).
    assert small <= 4


def test_home_lists_commitments_due_soon(client, site):
    soon = dt.date.today() + dt.timedelta(days=30)
    Commitment.objects.filter(pk=site.target_2024.pk).update(deadline=soon)
    html = html_of(client.get(reverse("tracker:home")))
    due_soon = html[html.index('id="due-soon"'):html.index('id="latest-evidence"')]
    assert "170.5亿元" in due_soon and f"{soon.year}年{soon.month}月{soon.day}日" in due_soon
    overdue = html[html.index('id="overdue"'):html.index('id="due-soon"')]
    assert "170.5亿元" not in overdue


def test_status_list_labels_match_model(client, site):
    text = text_of(client.get(reverse("tracker:home")))
    for _value, label in Status.choices:
        assert label in text


def test_search_page_counts_up_to_a_limit_and_ranks_the_newest_matches(
    client, site, monkeypatch, settings
):
    from tracker import views
    from tracker.search import refresh_search_text

    settings.SEARCH_CACHE_SECONDS = 0  # the same words are searched twice below

    many_commitments(site.plan_2024, site.firms, 5)  # five quotes "高新区2024年工"
    refresh_search_text(Commitment.objects.all())  # bulk_create skipped the tokens
    newest = list(Commitment.objects.order_by("-pk").values_list("pk", flat=True)[:2])
    monkeypatch.setattr(views, "SEARCH_COUNT_LIMIT", 3)
    monkeypatch.setattr(views, "SEARCH_RANK_WINDOW", 2)
    html = html_of(client.get(reverse("tracker:search") + "?q=高新区2024年"))
    assert "承诺（超过 3）" in unescape(re.sub(r"<[^>]+>", "", html))
    shown = html[html.index('id="results-commitments"') : html.index('id="results-evidence"')]
    assert set(map(int, re.findall(r'href="/commitments/(\d+)/"', shown))) == set(newest)
    monkeypatch.setattr(views, "SEARCH_COUNT_LIMIT", 1000)
    text = text_of(client.get(reverse("tracker:search") + "?q=高新区2024年"))
    assert "承诺（5）" in text and "超过" not in text


def test_deep_pages_cost_the_same_queries_and_keep_the_order(client, site):
    from django.db.models.functions import Coalesce

    many_commitments(site.plan_2024, site.firms, 120)
    url = reverse("tracker:commitments") + "?sort=-due"
    seen = []
    counts = set()
    for number in range(1, 7):  # 124 visible commitments, 25 a page: 5 pages
        page_url = f"{url}&page={number}"
        if number == 6:
            assert client.get(page_url).status_code == 400
            break
        counts.add(_count_queries(client, page_url))
        seen += [int(pk) for pk in re.findall(r'href="/commitments/(\d+)/"',
                                               html_of(client.get(page_url)))]
    assert len(counts) == 1
    due = Coalesce("deadline", "period_end")
    expected = list(
        Commitment.objects.public().order_by(due.desc(), "-pk").values_list("pk", flat=True)
    )
    assert seen == expected


def test_a_fall_is_shown_as_a_fall_everywhere(client):
    # 增长5%左右, then 下降4.6%: every page and the API say it fell, and no progress meter
    # shows the fall as most of the way to the target.
    from decimal import Decimal

    from tests.public_site_data import place, yearly
    from tracker.models import Evidence

    output = Indicator.objects.create(name="规模以上工业增加值", unit="%", aliases=[])
    plan = make_article("2024年，力争规模以上工业增加值增长5%左右。", published=dt.date(2024, 2, 1))
    report = make_article("2024年，全区规模以上工业增加值下降4.6%。",
                          published=dt.date(2025, 1, 20))  # fmt: skip
    growth = {"indicator": output, "measure": "growth", "unit": "%", "base_unit": "%"}
    target = Commitment.objects.create(
        **place(plan, "力争规模以上工业增加值增长5%左右"), **yearly(2024), **growth,
        comparator="about", value=Decimal(5), base_value=Decimal(5),
        review_state=ReviewState.ACCEPTED,
    )
    fall = Evidence.objects.create(
        **place(report, "全区规模以上工业增加值下降4.6%"), **yearly(2024), **growth,
        comparator="exactly", value=Decimal("4.6"), base_value=Decimal("4.6"), falls=True,
        review_state=ReviewState.ACCEPTED,
    )
    Link.objects.create(commitment=target, evidence=fall, relation=Relation.MISSED, score=0.9,
                        review_state=ReviewState.ACCEPTED)  # fmt: skip
    detail = text_of(client.get(reverse("tracker:commitment", args=[target.pk])))
    assert "增长约5%" in detail and "下降4.6%" in detail
    assert "增长4.6%" not in detail
    assert "为目标的" not in detail  # no progress meter for a fall against a growth target
    indicator = text_of(client.get(reverse("tracker:indicator", args=[output.pk])))
    assert "下降4.6%" in indicator and "增长4.6%" not in indicator
    home = text_of(client.get(reverse("tracker:home")))
    assert "增长4.6%" not in home
    article = html_of(client.get(reverse("articles:detail", args=[report.pk])))
    assert "下降4.6%" in article and "增长4.6%" not in article
    search = text_of(client.get(reverse("tracker:search") + "?q=规模以上工业增加值"))
    assert "下降4.6%" in search and "增长4.6%" not in search
    record = client.get(f"/api/evidence/{fall.pk}/").json()
    assert (record["value"], record["falls"]) == ("4.6", True)
    assert client.get(f"/api/commitments/{target.pk}/").json()["falls"] is False


def test_hidden_unreviewed_items_count_as_no_outcome_and_their_links_are_not_public(
    client, site, settings
):
    # With unreviewed items hidden, an accepted link to an outcome nobody reviewed must not
    # count as an outcome the public can see (filters, overdue, scorecard), nor may the API
    # list a link whose commitment the public cannot see.
    Evidence.objects.filter(pk=site.outcome_2023.pk).update(review_state=ReviewState.SUGGESTED)
    hidden_end = Link.objects.create(
        commitment=site.firms_2024, evidence=site.firms_2023, relation=Relation.BASELINE,
        score=0.9, review_state=ReviewState.ACCEPTED,
    )
    Evidence.objects.filter(pk=site.firms_2023.pk).update(review_state=ReviewState.ACCEPTED)
    settings.PUBLIC_UNREVIEWED = "hide"
    settings.SCORECARD_CACHE_SECONDS = 0
    commitments = reverse("tracker:commitments")
    assert "力争达到120亿元" not in text_of(client.get(commitments + "?has_evidence=true"))
    assert "力争达到120亿元" in text_of(client.get(commitments + "?has_evidence=false"))
    page = html_of(client.get(reverse("tracker:commitment", args=[site.target_2023.pk])))
    assert "尚无与这项承诺关联的结果数据" in page and 'class="timeline"' not in page
    links = client.get("/api/links/").json()["results"]
    assert hidden_end.pk not in [link["id"] for link in links]
    settings.PUBLIC_UNREVIEWED = "mark"
    assert "力争达到120亿元" in text_of(client.get(commitments + "?has_evidence=true"))
    links = client.get("/api/links/").json()["results"]
    assert hidden_end.pk in [link["id"] for link in links]



def test_links_keep_the_path_the_site_is_served_under(client, site):
    # A site served under /tracker/ (its WSGI SCRIPT_NAME, which the test client does not
    # pass on): a list's rows, an article's highlights and the feed's entries link under it.
    commitments, feed_url = reverse("tracker:commitments"), reverse("tracker:feed")
    pages = [commitments, reverse("tracker:home"),
             reverse("articles:detail", args=[site.report_2023.pk])]
    for url in [*pages, feed_url]:  # links under / first: their paths are kept per prefix
        assert client.get(url).status_code == 200
    set_script_prefix("/tracker/")
    try:
        for url in pages:
            # (Not the stylesheet: Django adds the prefix to STATIC_URL once per process.)
            paths = re.findall(r'href="(/(?!static/)[^"#?]*)', html_of(client.get(url)))
            assert paths and [p for p in paths if not p.startswith("/tracker/")] == [], url
        rows = html_of(client.get(commitments))
        assert f'href="/tracker/commitments/{site.target_2023.pk}/"' in rows
        feed = client.get(feed_url).content.decode()
        links = re.findall(r'<link href="([^"]+)" rel="alternate"/>', feed)
        assert links and all(link.startswith("http://testserver/tracker/") for link in links)
    finally:
        set_script_prefix("/")


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("高新区今年新增企业", 30),  # fits
        ("一二三四五", 5),  # exactly fits
        ("一二三四五六", 5),  # one too many
        ("郑州高新区召开二〇二四年度科技创新大会暨表彰会议", 12),
        ("Cafe\u0301 au lait", 7),  # a combining accent: NFC makes é one character
        ("q\u0301" * 4, 6),  # accents NFC cannot join to their letter: four characters
        ("", 10),
    ],
)
def test_shortened_cuts_as_truncatechars_does(text, length):
    from django.template.defaultfilters import truncatechars

    assert shortened(text, length) == truncatechars(text, length)
