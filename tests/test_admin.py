"""The editors' admin, driven with the Django test client as an editor would use it."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django import forms
from django.contrib.auth.models import Permission, User
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, DatePrecision
from tracker import services
from tracker.models import (
    Commitment,
    Evidence,
    Indicator,
    Link,
    Relation,
    ReviewState,
    Status,
    StatusSource,
)
from tracker.search import search

from .editor_data import (
    OUTCOME,
    TARGET,
    make_article,
    make_commitment,
    make_evidence,
    make_indicator,
    make_link,
)
from .test_deploy import inline_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor() -> User:
    user = User.objects.create_user("editor1", password="a long editor password", is_staff=True)
    user.groups.add(services.ensure_editor_group())
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def article():
    return make_article()


def form_data(response, **overrides) -> dict:
    """The POST an editor's browser would send for the admin form in ``response`` unchanged,
    with ``overrides`` applied (main form and inline formsets)."""
    data: dict = {}

    def add_form(form):
        for name, field in form.fields.items():
            value = form[name].value()
            key = form.add_prefix(name)
            if isinstance(field, forms.BooleanField):
                if value:
                    data[key] = "on"
            elif value is None:
                data[key] = ""
            elif isinstance(value, (list, tuple)):
                data[key] = [str(v) for v in value]
            else:
                data[key] = str(value)

    add_form(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[f"{formset.prefix}-{name}"] = str(value)
        for form in formset.forms:
            add_form(form)
    data.update(overrides)
    return data


def change_url(obj) -> str:
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def changelist_url(model) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


# Review queue ---------------------------------------------------------------------------------


def test_review_page_shows_the_quote_marked_inside_the_escaped_article(editor_client):
    article = make_article(body="<b>开头</b>" + TARGET + "。结尾<script>x</script>")
    commitment = make_commitment(article)
    response = editor_client.get(change_url(commitment))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"&lt;b&gt;开头&lt;/b&gt;<mark>{TARGET}</mark>。结尾&lt;script&gt;" in html
    assert "<script>x</script>" not in html
    assert 'name="_accept"' in html and 'name="_reject"' in html


def test_review_page_warns_when_the_quote_no_longer_matches_the_text(editor_client, article):
    commitment = make_commitment(article, anchor_lost=True)
    Commitment.objects.filter(pk=commitment.pk).update(quote="力争全年新增500家")
    html = editor_client.get(change_url(commitment)).content.decode()
    assert "原文这一位置已不是这段引语：“力争全年新增500家”" in html


def test_accept_button_accepts_a_suggestion(editor_client, editor, article):
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    response = editor_client.post(change_url(commitment), form_data(page, _accept="1"))
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.ACCEPTED
    assert commitment.history.latest().history_user == editor


def test_reject_button_rejects_a_suggestion(editor_client, article):
    evidence = make_evidence(article)
    page = editor_client.get(change_url(evidence))
    editor_client.post(change_url(evidence), form_data(page, _reject="1"))
    evidence.refresh_from_db()
    assert evidence.review_state == ReviewState.REJECTED


def test_review_buttons_say_what_the_item_now_is_and_return_to_the_queue(editor_client,
                                                                        article):
    queue = changelist_url(Commitment) + "?review_state__exact=suggested"
    first = make_commitment(article)
    second = make_commitment(article, quote="力争新增省级以上创新平台48家")
    url = change_url(first) + "?_changelist_filters=review_state__exact%3Dsuggested"
    page = editor_client.get(url)
    response = editor_client.post(url, form_data(page, value="171", _accept="1"), follow=True)
    assert response.redirect_chain[-1][0] == queue
    shown = [str(message) for message in response.context["messages"]]
    assert shown == [f"已采纳承诺“{TARGET}”，并保存了你的修改（审核状态：已修改）。"]

    page = editor_client.get(change_url(second))
    response = editor_client.post(change_url(second), form_data(page, _reject="1"), follow=True)
    shown = [str(message) for message in response.context["messages"]]
    assert shown == ["已驳回承诺“力争新增省级以上创新平台48家”：它不再出现在审核队列和公开页面上。"]

    third = make_commitment(article, quote="新增高新技术企业120家")
    link = make_link(third, make_evidence(article))
    page = editor_client.get(change_url(link))
    response = editor_client.post(change_url(link), form_data(page, _accept="1"), follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        f"已采纳关联“新增高新技术企业120家 ← {OUTCOME}（背景）”。"]


def test_editing_a_value_makes_the_suggestion_edited(editor_client, article):
    commitment = make_commitment(article)
    indicator = make_indicator()
    page = editor_client.get(change_url(commitment))
    response = editor_client.post(change_url(commitment), form_data(
        page, value="171", indicator=str(indicator.pk), subject="高新区", _save="1"))
    assert response.status_code == 302
    commitment.refresh_from_db()
    assert (commitment.value, commitment.indicator, commitment.subject) == (
        Decimal("171"), indicator, "高新区")
    assert commitment.review_state == ReviewState.EDITED


def test_saving_without_changes_leaves_a_suggestion_unreviewed(editor_client, article):
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    editor_client.post(change_url(commitment), form_data(page, _save="1"))
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.SUGGESTED


def test_values_show_as_written_and_saving_them_unchanged_edits_nothing(editor_client, article):
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    html = page.content.decode()
    assert 'name="value" value="170.5"' in html
    assert "170.500000" not in html
    # What the browser shows is what it sends back: still the same numbers, no edit made.
    editor_client.post(change_url(commitment), form_data(page, value="170.5", _save="1"))
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.SUGGESTED
    assert commitment.value == Decimal("170.5")


def test_marking_a_figure_as_a_fall_edits_it_and_the_queue_says_so(editor_client, article):
    evidence = make_evidence(article, measure="growth")
    page = editor_client.get(change_url(evidence))
    assert 'name="falls"' in page.content.decode()
    response = editor_client.post(change_url(evidence), form_data(page, falls="on", _save="1"))
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert evidence.falls is True and evidence.value == Decimal("136")  # still as written
    assert evidence.review_state == ReviewState.EDITED
    assert "下降" in evidence.history.first().history_change_reason
    listing = editor_client.get(changelist_url(type(evidence))).content.decode()
    assert "下降136亿元" in listing
    # and clearing it again is an editor's correction too
    page = editor_client.get(change_url(evidence))
    data = form_data(page, _save="1")
    del data["falls"]
    editor_client.post(change_url(evidence), data)
    evidence.refresh_from_db()
    assert evidence.falls is False


def test_empty_choices_read_in_chinese(editor_client, article):
    commitment = make_evidence(article)
    html = editor_client.get(change_url(commitment)).content.decode()
    assert "Select an option" not in html
    assert "—— 请选择 ——" in html
    # and the action menu of the review lists
    listing = editor_client.get(changelist_url(type(commitment))).content.decode()
    assert "Select an option" not in listing
    assert '<option value="" selected>—— 请选择 ——</option>' in listing


def test_bulk_accept_and_reject(editor_client, article):
    first, second = make_commitment(article), make_commitment(article, confidence=0.4)
    url = changelist_url(Commitment)
    editor_client.post(url, {"action": "accept_selected", "_selected_action": [first.pk]})
    editor_client.post(url, {"action": "reject_selected", "_selected_action": [second.pk]})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.review_state, second.review_state) == (
        ReviewState.ACCEPTED, ReviewState.REJECTED)


def test_bulk_accept_of_links(editor_client, article):
    link = make_link(make_commitment(article), make_evidence(article))
    editor_client.post(changelist_url(Link),
                       {"action": "accept_selected", "_selected_action": [link.pk]})
    link.refresh_from_db()
    assert link.review_state == ReviewState.ACCEPTED


def test_queue_lists_newest_articles_then_most_confident_first(editor_client):
    old = make_article(name="old.txt", published_on=dt.date(2023, 1, 5))
    new = make_article(name="new.txt", published_on=dt.date(2024, 3, 1))
    undated = make_article(name="undated.txt", published_on=None)
    unsure = make_commitment(new, confidence=0.3)
    sure = make_commitment(new, confidence=0.95)
    older = make_commitment(old, confidence=0.99)
    no_date = make_commitment(undated, confidence=0.99)
    response = editor_client.get(changelist_url(Commitment))
    shown = list(response.context["cl"].result_list)
    assert shown == [sure, unsure, older, no_date]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("review_state__exact=suggested", {"suggested"}),
        ("confidence=high", {"suggested"}),
        ("confidence=low", {"accepted"}),
        ("indicator__topic__exact=innovation", {"suggested"}),
        ("article__published_on__gte=2024-01-01&article__published_on__lt=2025-01-01",
         {"suggested"}),
    ],
)
def test_queue_filters(editor_client, query, expected):
    indicator = make_indicator(topic="innovation")
    make_commitment(make_article(name="a.txt"), indicator=indicator, confidence=0.9)
    make_commitment(make_article(name="b.txt", published_on=dt.date(2022, 5, 1)),
                    confidence=0.2, review_state=ReviewState.ACCEPTED)
    response = editor_client.get(changelist_url(Commitment) + "?" + query)
    assert response.status_code == 200
    assert {item.review_state for item in response.context["cl"].result_list} == expected


def test_commitment_list_shows_deadlines_and_sorts_by_them(editor_client, article):
    late = make_commitment(article, deadline=dt.date(2024, 12, 31))
    early = make_commitment(article, quote="力争新增省级以上创新平台48家",
                            deadline=dt.date(2024, 8, 31))
    listing = editor_client.get(changelist_url(Commitment))
    headings = [header["text"] for header in listing.context["result_headers"]]
    assert "时间 · 截止日期" in headings
    column = headings.index("时间 · 截止日期")
    sort = listing.context["result_headers"][column]["url_primary"]
    rows = editor_client.get(changelist_url(Commitment) + sort).context["cl"].result_list
    assert list(rows) == [early, late]
    assert '全年<br><small class="deadline">截止 2024-08-31</small>' in listing.content.decode()


def test_queue_filters_by_article_from_the_article_page(editor_client):
    one, other = make_article(name="a.txt"), make_article(name="b.txt")
    mine = make_commitment(one)
    make_commitment(other)
    article_page = editor_client.get(change_url(one)).content.decode()
    link = changelist_url(Commitment) + f"?article={one.pk}"
    assert link in article_page
    response = editor_client.get(link)
    assert list(response.context["cl"].result_list) == [mine]


def test_queue_search_finds_quotes_and_indicator_aliases(editor_client, article):
    indicator = make_indicator("高新技术企业数", aliases=["高企"])
    by_quote = make_commitment(article)
    by_alias = make_commitment(article, quote="力争新增省级以上创新平台48家", indicator=indicator)
    url = changelist_url(Commitment)
    assert list(editor_client.get(url + "?q=170.5").context["cl"].result_list) == [by_quote]
    assert list(editor_client.get(url + "?q=高企").context["cl"].result_list) == [by_alias]
    assert list(editor_client.get(url + "?q=不存在的词").context["cl"].result_list) == []


def test_front_page_shows_the_review_queue(editor_client, article):
    make_commitment(article)
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "待审核的承诺" in html and "1 条" in html
    assert "?review_state__exact=suggested" in html
    # a new editor's box of recent actions says there are none yet (it said 无可选的, "nothing
    # to choose")
    assert "暂无" in html and "无可选的" not in html


def test_front_page_counts_the_articles_needing_a_date(editor_client):
    make_article(name="u1.txt", published_on=None)
    make_article(name="u2.txt", published_on=None)
    make_article(name="d.txt")
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert "?needs_date=yes\">缺少发布日期的文章</a>：2 篇" in html


# Query counts: lists do not query per row -----------------------------------------------------


def many_items(count: int) -> None:
    batch = Indicator.objects.count()
    indicators = [make_indicator(f"指标{batch}-{i}", topic="innovation") for i in range(3)]
    articles = [make_article(name=f"p{batch}-{i}.txt", title="") for i in range(4)]
    Commitment.objects.bulk_create(
        Commitment(article=articles[i % 4], quote=TARGET, start=0, end=5,
                   indicator=indicators[i % 3], confidence=(i % 10) / 10)
        for i in range(count)
    )
    Evidence.objects.bulk_create(
        Evidence(article=articles[i % 4], quote=OUTCOME, start=0, end=5,
                 indicator=indicators[i % 3]) for i in range(count)
    )
    commitments = list(Commitment.objects.order_by("-id")[:count])
    evidence = list(Evidence.objects.order_by("-id")[:count])
    Link.objects.bulk_create(
        Link(commitment=c, evidence=e, relation=Relation.FULFILS, score=0.5)
        for c, e in zip(commitments, evidence, strict=True)
    )


@pytest.mark.parametrize(
    "url",
    [
        changelist_url(Commitment),
        changelist_url(Commitment) + "?review_state__exact=suggested&confidence=high",
        changelist_url(Evidence),
        changelist_url(Link),
        changelist_url(Article),
        changelist_url(Indicator),
    ],
    ids=["commitments", "queue", "evidence", "links", "articles", "indicators"],
)
def test_changelist_query_count_does_not_grow_with_rows(editor_client, url):
    many_items(5)
    with CaptureQueriesContext(connection) as few:
        assert editor_client.get(url).status_code == 200
    many_items(200)
    with CaptureQueriesContext(connection) as many:
        response = editor_client.get(url)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) > 5
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


# Linking claims to outcomes -------------------------------------------------------------------


def test_commitment_page_lists_suggested_evidence_by_score(editor_client, article):
    commitment = make_commitment(article)
    weak = make_evidence(article, quote="新增高新技术企业120家")
    strong = make_evidence(article)
    make_link(commitment, weak, score=0.2)
    make_link(commitment, strong, score=0.9)
    response = editor_client.get(change_url(commitment))
    inline = response.context["inline_admin_formsets"][0].formset
    assert [form.instance.evidence for form in inline.forms if form.instance.pk] == [
        strong, weak]
    assert "匹配分 0.90" in response.content.decode()


def test_a_commitment_cannot_revise_itself(editor_client, article):
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    response = editor_client.post(change_url(commitment),
                                  form_data(page, revises=str(commitment.pk), _continue="1"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {"revises": [
        "一条承诺不能修订它自己：请选择较早文章中被它重申的那条承诺，或留空。"]}
    commitment.refresh_from_db()
    assert commitment.revises is None


def test_a_link_an_editor_added_says_so_rather_than_a_score(editor_client, editor, article):
    commitment = make_commitment(article)
    make_link(commitment, make_evidence(article), score=0.42)
    services.link_evidence(commitment=commitment, relation=Relation.CONTEXT, user=editor,
                           evidence=make_evidence(article, quote="新增高新技术企业120家"))
    html = editor_client.get(change_url(commitment)).content.decode()
    assert '<small class="link-score">匹配分 0.42 同一指标，较早时期</small>' in html
    assert '<small class="link-score">编辑添加的关联</small>' in html
    assert "匹配分 1.00" not in html


class _InlineTable(HTMLParser):
    """The headings of the links table and, per row, the classes of the cells shown."""

    def __init__(self):
        super().__init__()
        self.headings: list[str] = []
        self.rows: list[list[str]] = []
        self._in_th = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "th":
            self._in_th = True
            self.headings.append("")
        elif tag == "tr" and "form-row" in (attrs.get("class") or ""):
            self.rows.append([])
        elif tag == "td" and self.rows and "hidden" not in (attrs.get("class") or "").split():
            self.rows[-1].append(attrs.get("class") or "")

    def handle_endtag(self, tag):
        if tag == "th":
            self._in_th = False

    def handle_data(self, data):
        if self._in_th:
            self.headings[-1] += data.strip()


def test_each_link_row_shows_its_cells_under_their_headings(editor_client, article):
    # The other side's quote opens it, every cell stands under its heading (relation under
    # 关系, state under 审核状态), no "承诺 #1 ← 证据 #2" ids, and a new row is the editor's.
    commitment = make_commitment(article)
    evidence = make_evidence(article)
    make_link(commitment, evidence, relation=Relation.BASELINE)
    html = editor_client.get(change_url(commitment)).content.decode()
    group = html[html.index('id="links-group"'):]
    table = _InlineTable()
    table.feed(group[:group.index("</table>")])
    assert table.headings == ["", "证据", "关系", "编辑备注", "审核状态", ""]
    existing, new = table.rows[0], table.rows[1]
    assert existing == new == ["original", "field-evidence", "field-relation", "field-note",
                               "field-review_state", "delete"]
    assert f'<a href="{change_url(evidence)}">{OUTCOME}</a>' in group
    assert "证据 #" not in group and "承诺 #" not in group
    new_state = group[group.index('name="links-1-review_state"') - 200:]
    new_state = new_state[:new_state.index("</select>")]
    assert "disabled" in new_state
    assert '<option value="accepted" selected>已采纳</option>' in new_state


def test_commitment_page_query_count_does_not_grow_with_links(editor_client, article):
    commitment = make_commitment(article)

    def add_links(count):
        for _ in range(count):
            make_link(commitment, make_evidence(article))

    add_links(2)
    editor_client.get(change_url(commitment))  # fills the per-process content type cache
    with CaptureQueriesContext(connection) as few:
        assert editor_client.get(change_url(commitment)).status_code == 200
    add_links(10)
    with CaptureQueriesContext(connection) as many:
        response = editor_client.get(change_url(commitment))
    assert len(response.context["inline_admin_formsets"][0].formset.forms) == 13
    assert len(many) == len(few), [q["sql"] for q in many.captured_queries]


def test_link_evidence_from_the_commitment_page(editor_client, editor, article):
    commitment = make_commitment(article)
    evidence = make_evidence(article)
    page = editor_client.get(change_url(commitment))
    response = editor_client.post(change_url(commitment), form_data(
        page, **{"links-TOTAL_FORMS": "1", "links-0-evidence": str(evidence.pk),
                 "links-0-relation": Relation.BASELINE, "links-0-note": "2023年基数",
                 "links-0-review_state": ReviewState.SUGGESTED,
                 "links-0-commitment": str(commitment.pk), "_continue": "1"}))
    assert response.status_code == 302, response.context["errors"]
    link = Link.objects.get()
    assert (link.evidence, link.relation, link.note) == (evidence, Relation.BASELINE, "2023年基数")
    assert link.review_state == ReviewState.ACCEPTED
    assert link.history.latest().history_user == editor


def test_link_commitment_from_the_evidence_page(editor_client, article):
    commitment = make_commitment(article)
    evidence = make_evidence(article)
    page = editor_client.get(change_url(evidence))
    editor_client.post(change_url(evidence), form_data(
        page, **{"links-TOTAL_FORMS": "1", "links-0-commitment": str(commitment.pk),
                 "links-0-relation": Relation.FULFILS, "links-0-note": "",
                 "links-0-review_state": ReviewState.SUGGESTED,
                 "links-0-evidence": str(evidence.pk), "_continue": "1"}))
    assert Link.objects.get().commitment == commitment


def test_changing_a_suggested_links_relation_in_the_inline_marks_it_edited(editor_client,
                                                                            article):
    link = make_link(make_commitment(article), make_evidence(article))
    page = editor_client.get(change_url(link.commitment))
    editor_client.post(change_url(link.commitment), form_data(
        page, **{"links-0-relation": Relation.BASELINE, "_continue": "1"}))
    link.refresh_from_db()
    assert (link.relation, link.review_state) == (Relation.BASELINE, ReviewState.EDITED)


def test_rejecting_a_link_in_the_inline(editor_client, article):
    link = make_link(make_commitment(article), make_evidence(article))
    page = editor_client.get(change_url(link.evidence))
    editor_client.post(change_url(link.evidence), form_data(
        page, **{"links-0-review_state": ReviewState.REJECTED, "_continue": "1"}))
    link.refresh_from_db()
    assert link.review_state == ReviewState.REJECTED


def test_evidence_autocomplete_finds_evidence_by_quote(editor_client, article):
    evidence = make_evidence(article)
    make_evidence(article, quote="新增高新技术企业120家")
    response = editor_client.get(reverse("admin:autocomplete"), {
        "term": "交易额", "app_label": "tracker", "model_name": "link",
        "field_name": "evidence"})
    assert [row["id"] for row in response.json()["results"]] == [str(evidence.pk)]


def test_autocomplete_tells_equal_quotes_of_different_articles_apart(editor_client):
    def results(term: str) -> tuple[list[str], int]:
        with CaptureQueriesContext(connection) as queries:
            response = editor_client.get(reverse("admin:autocomplete"), {
                "term": term, "app_label": "tracker", "model_name": "link",
                "field_name": "evidence"})
        assert response.status_code == 200
        return [row["text"] for row in response.json()["results"]], len(queries)

    make_evidence(make_article(name="a.txt", title="高新区2023年统计公报",
                               published_on=dt.date(2024, 1, 17)))
    make_evidence(make_article(name="b.txt", title="市科技局年度工作总结",
                               published_on=dt.date(2024, 3, 2)))
    texts, few = results("交易额")
    assert texts == [  # the newest article first
        f"{OUTCOME} —— 《市科技局年度工作总结》2024-03-02 · 2023年（全年） · 136亿元",
        f"{OUTCOME} —— 《高新区2023年统计公报》2024-01-17 · 2023年（全年） · 136亿元",
    ]
    for i in range(8):
        make_evidence(make_article(name=f"c{i}.txt", title=f"第{i}篇"))
    texts, many = results("交易额")
    assert len(texts) == 10 and many == few


def link_search(client, side: str, **params):
    """A link row's search box asking for ``side`` (what select2 sends, with the page's own
    item as ``linked_to`` when the row is on an item's page)."""
    return client.get(reverse("admin:autocomplete"), {
        "app_label": "tracker", "model_name": "link", "field_name": side, **params})


def test_a_link_rows_search_marks_what_the_page_item_is_linked_to_already(
        editor_client, article):
    # On a commitment's page, the new row's search greys out (and cannot pick) the evidence
    # linked in a row above: picking it was refused only at save time.
    commitment = make_commitment(article)
    linked = make_evidence(article)
    other = make_evidence(article, quote="新增高新技术企业120家")
    make_link(commitment, linked, review_state=ReviewState.REJECTED)
    page = editor_client.get(change_url(commitment)).content.decode()
    url = f"{reverse('admin:autocomplete')}?linked_to={commitment.pk}"
    # the new row and the template of rows added with "添加另一个"
    assert page.count(f'data-ajax--url="{url}"') == 2

    def results(**params) -> tuple[dict, int]:
        with CaptureQueriesContext(connection) as queries:
            response = link_search(editor_client, "evidence", **params)
        assert response.status_code == 200
        return {int(row["id"]): row for row in response.json()["results"]}, len(queries)

    rows, few = results(linked_to=commitment.pk)
    assert rows[linked.pk]["disabled"] is True
    assert rows[linked.pk]["text"].startswith("（已关联）" + OUTCOME)
    assert "disabled" not in rows[other.pk] and rows[other.pk]["text"].startswith("新增")
    # another commitment's page offers both
    rows, _ = results(linked_to=make_commitment(article).pk)
    assert not any("disabled" in row for row in rows.values())
    # and the search box of the links' own page (no item) too
    rows, _ = results()
    assert not any("disabled" in row for row in rows.values())

    for _ in range(6):
        make_link(commitment, make_evidence(make_article(name=f"{_}.txt")))
    rows, many = results(linked_to=commitment.pk)
    assert sum("disabled" in row for row in rows.values()) == 7 and many == few

    # From an evidence item's page, the commitments it answers already.
    response = link_search(editor_client, "commitment", linked_to=linked.pk)
    marked = [row["text"] for row in response.json()["results"] if row.get("disabled")]
    assert marked == [f"（已关联）{TARGET} —— 《{article.title}》2024-02-20 · "
                      "2024年（全年） · 超过170.5亿元"]


@pytest.mark.parametrize("value", ["abc", "0", "-3", "１２", "9" * 20, "3;drop", ""])
def test_a_link_search_naming_no_item_id_is_a_400_saying_so(editor_client, value):
    response = link_search(editor_client, "evidence", linked_to=value)
    assert response.status_code == 400
    assert "linked_to 应是一个条目的编号（正整数）" in response.json()["error"]


def _two_equal_outcomes() -> tuple[Evidence, Evidence]:
    """The same sentence in two articles (a figure every year's report repeats)."""
    return (make_evidence(make_article(name="a.txt", title="高新区2023年统计公报",
                                       published_on=dt.date(2024, 1, 17))),
            make_evidence(make_article(name="b.txt", title="市科技局年度工作总结",
                                       published_on=dt.date(2024, 3, 2))))


def test_a_chosen_item_reads_as_the_search_results_do(editor_client, article):
    # Sent back with an error, the row's search box holds the evidence chosen: it names it
    # by its article and date, as the search results did, not by the quote both share.
    _older, newer = _two_equal_outcomes()
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    response = editor_client.post(change_url(commitment), form_data(page, **{
        "links-0-evidence": str(newer.pk), "links-0-relation": Relation.BASELINE,
        "status": Status.IN_PROGRESS, "_continue": "1"}))  # a status without its reason
    assert response.status_code == 200 and "修改状态时必须填写理由" in response.content.decode()
    label = f"{OUTCOME} —— 《市科技局年度工作总结》2024-03-02 · 2023年（全年） · 136亿元"
    assert f'<option value="{newer.pk}" selected>{label}</option>' in response.content.decode()


def test_a_links_page_names_both_sides_by_article_date_period_and_amount(editor_client,
                                                                         article):
    older, _newer = _two_equal_outcomes()
    link = make_link(make_commitment(article), older)
    html = editor_client.get(change_url(link)).content.decode()
    assert (f'<a href="{change_url(older)}">{OUTCOME} —— 《高新区2023年统计公报》2024-01-17 · '
            "2023年（全年） · 136亿元</a>") in html
    assert (f'<a href="{change_url(link.commitment)}">{TARGET} —— 《高新区召开科技创新工作会议》'
            "2024-02-20 · 2024年（全年） · 超过170.5亿元</a>") in html


def test_naming_the_chosen_items_costs_one_query_each(editor_client, article):
    # The article of a chosen item comes with it: the add page with both sides chosen costs
    # one query per side, not two.
    commitment, evidence = make_commitment(article), make_evidence(article)
    url = reverse("admin:tracker_link_add")
    editor_client.get(url)
    with CaptureQueriesContext(connection) as empty:
        editor_client.get(url)
    with CaptureQueriesContext(connection) as chosen:
        response = editor_client.get(url, {"commitment": commitment.pk, "evidence": evidence.pk})
    assert f"{OUTCOME} —— 《高新区召开科技创新工作会议》" in response.content.decode()
    assert len(chosen) == len(empty) + 2, [q["sql"] for q in chosen.captured_queries]


def test_linking_a_pair_twice_says_where_the_link_is_at_the_field(editor_client, article):
    commitment, evidence = make_commitment(article), make_evidence(article)
    make_link(commitment, evidence, relation=Relation.BASELINE)
    page = editor_client.get(change_url(evidence))
    response = editor_client.post(change_url(evidence), form_data(
        page, **{"links-1-commitment": str(commitment.pk), "links-1-relation": Relation.FULFILS,
                 "_continue": "1"}))
    assert response.status_code == 200
    row = response.context["inline_admin_formsets"][0].formset.forms[1]
    assert row.errors == {"commitment": [
        "它已经关联在上面的一行里：请在那一行修改关系、备注或审核状态，不必再添一条。"]}
    assert "已经存在" not in response.content.decode()

    # The links' own page (no script: its search cannot grey the pair out) names the link
    # there is and opens it.
    response = editor_client.post(reverse("admin:tracker_link_add"), {
        "commitment": commitment.pk, "evidence": evidence.pk, "relation": Relation.FULFILS,
        "note": "", "_save": "1"})
    link = Link.objects.get()
    assert response.context["adminform"].form.errors == {"evidence": [
        f'这条承诺与这条证据已经关联：<a href="{change_url(link)}">{TARGET} ← {OUTCOME}'
        "（基线）</a>（机器提取，待审核）。请在那条关联的页面修改关系、备注或审核状态，不必再添一条。"]}
    assert f'<a href="{change_url(link)}">' in response.content.decode()
    assert link.relation == Relation.BASELINE


def test_the_links_add_page_marks_in_one_sides_search_what_the_other_side_has(editor_client,
                                                                             article):
    # The side chosen already (?commitment=, or a page sent back with an error) puts
    # linked_to in the other side's search URL, as a link row on an item's page does;
    # editor.js does the same when the editor picks it.
    commitment, evidence = make_commitment(article), make_evidence(article)
    search = reverse("admin:autocomplete")
    url = reverse("admin:tracker_link_add")

    def search_urls(response) -> list[str]:
        return re.findall(r'data-ajax--url="([^"]*)"', response.content.decode())

    assert search_urls(editor_client.get(url)) == [search, search]
    assert search_urls(editor_client.get(url, {"commitment": commitment.pk})) == [
        search, f"{search}?linked_to={commitment.pk}"]
    assert search_urls(editor_client.get(url, {"commitment": "abc"})) == [search, search]
    sent_back = editor_client.post(url, {"commitment": commitment.pk, "evidence": evidence.pk,
                                         "relation": "", "note": "", "_save": "1"})
    assert sent_back.status_code == 200  # no relation chosen
    assert search_urls(sent_back) == [f"{search}?linked_to={evidence.pk}",
                                      f"{search}?linked_to={commitment.pk}"]


def test_link_page_shows_both_quotes_and_accepts(editor_client, article):
    link = make_link(make_commitment(article), make_evidence(article))
    page = editor_client.get(change_url(link))
    html = page.content.decode()
    assert f"<mark>{TARGET}</mark>" in html and f"<mark>{OUTCOME}</mark>" in html
    editor_client.post(change_url(link), form_data(page, _accept="1"))
    link.refresh_from_db()
    assert link.review_state == ReviewState.ACCEPTED


def test_link_page_is_named_by_its_quotes_not_ids(editor_client, article):
    link = make_link(make_commitment(article), make_evidence(article),
                     relation=Relation.BASELINE)
    html = editor_client.get(change_url(link)).content.decode()
    name = "力争全年技术合同成交额突破170.5亿元 ← 全年技术合同交易额完成136亿元（基线）"
    assert f"<h2>{name}</h2>" in html
    assert f'<li aria-current="page">{name}</li>' in html
    assert f"<title>{name} | 修改关联 |" in html
    assert "承诺 #" not in html and "证据 #" not in html


def test_a_links_history_message_and_delete_page_name_it_by_its_quotes(editor_client, client,
                                                                       article):
    link = make_link(make_commitment(article), make_evidence(article),
                     relation=Relation.BASELINE)
    name = "力争全年技术合同成交额突破170.5亿元 ← 全年技术合同交易额完成136亿元"
    history = editor_client.get(reverse("admin:tracker_link_history", args=[link.pk]))
    assert f"{name}（基线）" in history.content.decode()
    page = editor_client.get(change_url(link))
    response = editor_client.post(change_url(link), form_data(page, note="核对过"), follow=True)
    shown = [str(message) for message in response.context["messages"]]
    assert any(f"{name}（基线）" in text for text in shown), shown
    admin = User.objects.create_superuser("boss", password="a long admin password")
    client.force_login(admin)
    delete = client.get(reverse("admin:tracker_link_delete", args=[link.pk])).content.decode()
    assert f"{name}（基线）" in delete
    for html in (history.content.decode(), delete):
        assert "承诺 #" not in html and "证据 #" not in html


def test_link_added_on_the_links_page(editor_client, article):
    commitment, evidence = make_commitment(article), make_evidence(article)
    response = editor_client.post(reverse("admin:tracker_link_add"), {
        "commitment": commitment.pk, "evidence": evidence.pk, "relation": Relation.FULFILS,
        "note": "", "_save": "1"})
    assert response.status_code == 302
    link = Link.objects.get()
    assert (link.relation, link.review_state) == (Relation.FULFILS, ReviewState.ACCEPTED)


def test_from_the_seeds_an_editor_links_the_2023_figure_as_the_2024_targets_baseline(
    editor_client, editor, seeds_dir
):
    call_command("ingest", str(seeds_dir), stdout=io.StringIO())
    evidence = Evidence.objects.get(quote__contains="136亿元")
    target = Commitment.objects.get(quote__contains="技术合同成交额", value=Decimal("170.5"))
    page = editor_client.get(change_url(target))
    rows = [form.instance.evidence_id for form in
            page.context["inline_admin_formsets"][0].formset.forms]
    row = rows.index(evidence.pk) if evidence.pk in rows else rows.index(None)
    editor_client.post(change_url(target), form_data(page, **{
        f"links-{row}-evidence": str(evidence.pk), f"links-{row}-relation": Relation.BASELINE,
        f"links-{row}-note": "2023年全年成交额", "_accept": "1"}))
    link = Link.objects.get(commitment=target, evidence=evidence)
    assert link.relation == Relation.BASELINE
    assert link.review_state in (ReviewState.ACCEPTED, ReviewState.EDITED)
    assert link.history.latest().history_user == editor
    target.refresh_from_db()
    assert target.review_state == ReviewState.ACCEPTED
    # Every remaining suggestion can be reviewed from the queue in one go.
    queue = changelist_url(Commitment)
    waiting = list(Commitment.objects.unreviewed().values_list("pk", flat=True))
    editor_client.post(queue, {"action": "accept_selected", "_selected_action": waiting})
    assert not Commitment.objects.unreviewed().exists()


def test_an_end_before_the_start_is_refused_at_its_field_and_keeps_the_input(editor_client,
                                                                          article):
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    response = editor_client.post(change_url(commitment), form_data(
        page, value="171", period_end="2023-12-31", _accept="1"))
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["period_end"] == [
        "时期止（2023-12-31）早于时期起（2024-01-01）：请改正其中一个日期。"]
    assert not form.non_field_errors()  # no constraint's name above the form
    assert "period_ordered" not in response.content.decode()
    assert 'name="value" value="171"' in response.content.decode()  # the editor's input stays
    commitment.refresh_from_db()
    assert (commitment.value, commitment.review_state) == (Decimal("170.5"),
                                                          ReviewState.SUGGESTED)


def test_a_range_whose_top_is_below_its_value_is_refused_at_its_field(editor_client, article):
    evidence = make_evidence(article)
    page = editor_client.get(change_url(evidence))
    response = editor_client.post(change_url(evidence), form_data(
        page, comparator="between", value_max="100", _save="1"))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["value_max"] == [
        "区间上限小于数值：请把较小的数填在“数值”，较大的填在这里。"]
    evidence.refresh_from_db()
    assert evidence.value_max is None


# Status with a reason -------------------------------------------------------------------------


def test_status_change_without_a_reason_is_refused(editor_client, article):
    commitment = make_commitment(article, suggested_status=Status.ACHIEVED,
                                 suggested_status_explanation="2024年成交额超过目标")
    page = editor_client.get(change_url(commitment))
    html = page.content.decode()
    assert "2024年成交额超过目标" in html  # the machine's suggestion beside the status
    response = editor_client.post(change_url(commitment), form_data(
        page, status=Status.ACHIEVED, status_change_reason="", _save="1"))
    assert response.status_code == 200
    assert "修改状态时必须填写理由" in response.content.decode()
    commitment.refresh_from_db()
    assert commitment.status == Status.PENDING


def test_status_change_with_a_reason_is_kept_in_history(editor_client, editor, article):
    commitment = make_commitment(article)
    page = editor_client.get(change_url(commitment))
    editor_client.post(change_url(commitment), form_data(
        page, status=Status.MISSED, status_change_reason="年报显示只完成150亿元", _save="1"))
    commitment.refresh_from_db()
    assert (commitment.status, commitment.status_source, commitment.status_reason) == (
        Status.MISSED, StatusSource.EDITOR, "年报显示只完成150亿元")
    history = editor_client.get(reverse("admin:tracker_commitment_history",
                                        args=[commitment.pk])).content.decode()
    assert "状态改为“未完成”：年报显示只完成150亿元" in history
    assert "editor1" in history
    # The page names the reason in force apart from the field for a new one's reason.
    page = editor_client.get(change_url(commitment))
    labels = [field.label_tag() for fieldset in page.context["adminform"]
              for line in fieldset for field in line]
    assert sum("状态理由" in str(label) for label in labels) == 1
    assert any("现在状态的理由" in str(label) for label in labels)
    assert "年报显示只完成150亿元" in page.content.decode()


# Create by hand -------------------------------------------------------------------------------


def add_data(article, **fields) -> dict:
    data = {"article": str(article.pk), "measure": "level", "comparator": "exactly",
            "links-TOTAL_FORMS": "0", "links-INITIAL_FORMS": "0", "kind": "numeric",
            "status": "pending", "_save": "1"}
    data.update(fields)
    return data


def test_add_page_offers_the_article_text_to_select_from(editor_client, article):
    html = editor_client.get(reverse("admin:tracker_commitment_add") + f"?article={article.pk}"
                             ).content.decode()
    assert 'class="article-text quote-picker"' in html
    assert TARGET in html


def test_hand_made_commitment_from_a_pasted_quote(editor_client, article):
    quote = "力争新增省级以上创新平台48家"
    response = editor_client.post(reverse("admin:tracker_commitment_add"),
                                  add_data(article, quote=quote, value="48", unit="家"))
    assert response.status_code == 302
    commitment = Commitment.objects.get()
    assert article.body[commitment.start:commitment.end] == quote
    assert commitment.review_state == ReviewState.ACCEPTED


def test_hand_made_evidence_with_wrong_offsets_is_refused(editor_client, article):
    start = article.body.index(OUTCOME)
    response = editor_client.post(reverse("admin:tracker_evidence_add"),
                                  add_data(article, quote=OUTCOME, start=str(start + 2)))
    assert response.status_code == 200
    assert "并不是这段引语" in response.content.decode()
    assert not Evidence.objects.exists()
    response = editor_client.post(reverse("admin:tracker_evidence_add"),
                                  add_data(article, quote=OUTCOME, start=str(start)))
    assert Evidence.objects.get().start == start


def test_hand_made_item_with_a_quote_not_in_the_article_is_refused(editor_client, article):
    response = editor_client.post(reverse("admin:tracker_commitment_add"),
                                  add_data(article, quote="全年新增500家企业"))
    assert "找不到这段引语" in response.content.decode()
    assert not Commitment.objects.exists()


# Articles -------------------------------------------------------------------------------------


def test_fixing_title_and_date_marks_them_edited(editor_client, editor):
    article = make_article(published_on=None)
    page = editor_client.get(change_url(article))
    response = editor_client.post(change_url(article), form_data(
        page, title="新标题", published_on="2024-03", date_precision=DatePrecision.MONTH))
    assert response.status_code == 200  # "2024-03" is not a date
    response = editor_client.post(change_url(article), form_data(
        page, title="新标题", published_on="2024-03-01", date_precision=DatePrecision.MONTH,
        source="郑州日报"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.published_on, article.date_precision, article.source) == (
        "新标题", dt.date(2024, 3, 1), DatePrecision.MONTH, "郑州日报")
    assert article.title_edited and article.date_edited and article.date_basis == "editor"
    assert article.source_edited  # so that re-ingesting the document keeps it
    assert article.history.latest().history_user == editor


def test_a_dated_article_says_it_was_read_again_and_how_many_items_it_has(editor_client,
                                                                          article):
    article.published_on, article.date_precision = None, DatePrecision.UNKNOWN
    article.save()
    page = editor_client.get(change_url(article))
    html = page.content.decode()
    assert 'name="title" value="高新区召开科技创新工作会议" size="80"' in html
    assert "查看承诺（0 条）</a>，其中" in html
    response = editor_client.post(change_url(article), form_data(
        page, published_on="2024-03", date_precision=DatePrecision.MONTH, _continue="1"))
    assert response.context["adminform"].form.errors["published_on"] == [
        "请按 2024-03-01 的格式填写日期；精度为月或年时，填该月或该年的第一天。"]
    response = editor_client.post(change_url(article), form_data(
        page, published_on="2024-03-01", date_precision=DatePrecision.MONTH, _continue="1"),
        follow=True)
    counts = (Commitment.objects.filter(article=article).count(),
              Evidence.objects.filter(article=article).count())
    assert counts[0] >= 1 and counts[1] >= 1  # the text's target and outcome were found
    shown = [str(message) for message in response.context["messages"]]
    assert (f"日期已改，本文已按新日期重新提取：现有承诺 {counts[0]} 条、证据 {counts[1]} 条；"
            "已审核的条目保持不变。") in shown
    assert f"查看承诺（{counts[0]} 条）" in response.content.decode()


def test_an_article_links_its_unreviewed_items_apart(editor_client, article):
    # Reviewing an article starts from its page: the items the machine found and no editor
    # has reviewed are one click away, counted, beside all of them.
    make_commitment(article)
    make_commitment(article, quote="力争新增省级以上创新平台48家",
                    review_state=ReviewState.ACCEPTED)
    make_evidence(article)
    html = editor_client.get(change_url(article)).content.decode()
    unreviewed = f"?article={article.pk}&amp;review_state__exact=suggested"
    assert (f'<a href="{changelist_url(Commitment)}?article={article.pk}">查看承诺（2 条）</a>，'
            f'其中<a href="{changelist_url(Commitment)}{unreviewed}">待审核 1 条</a>') in html
    assert f'<a href="{changelist_url(Evidence)}{unreviewed}">待审核 1 条</a>' in html
    listed = editor_client.get(changelist_url(Commitment),
                               {"article": article.pk, "review_state__exact": "suggested"})
    assert [item.quote for item in listed.context["cl"].result_list] == [TARGET]


def test_a_date_set_by_an_editor_says_so_in_chinese(editor_client, article):
    page = editor_client.get(change_url(article))
    editor_client.post(change_url(article), form_data(page, published_on="2024-03-01"))
    html = editor_client.get(change_url(article)).content.decode()
    basis = re.search(r'field-date_basis_shown.*?<div class="readonly">(.*?)</div>', html,
                      re.S)
    assert basis.group(1) == "编辑填写"
    assert ">editor<" not in html


def test_a_date_without_precision_is_refused(editor_client):
    article = make_article(published_on=None)
    page = editor_client.get(change_url(article))
    response = editor_client.post(change_url(article), form_data(
        page, published_on="2024-03-01", date_precision=DatePrecision.UNKNOWN))
    assert response.status_code == 200
    assert "请选择日期精度" in response.content.decode()


def test_articles_needing_a_date(editor_client):
    undated = make_article(name="u.txt", published_on=None)
    make_article(name="d.txt")
    response = editor_client.get(changelist_url(Article) + "?needs_date=yes")
    assert list(response.context["cl"].result_list) == [undated]


def test_rerun_extraction_finds_items_and_keeps_reviewed_ones(editor_client, article):
    accepted = make_commitment(article, review_state=ReviewState.ACCEPTED)
    accepted.value = Decimal("999")
    accepted.save()
    response = editor_client.post(changelist_url(Article),
                                  {"action": "rerun_extraction", "_selected_action": [article.pk]})
    assert response.status_code == 302
    accepted.refresh_from_db()
    assert (accepted.review_state, accepted.value) == (ReviewState.ACCEPTED, Decimal("999"))
    suggested = Commitment.objects.filter(article=article, review_state=ReviewState.SUGGESTED)
    assert any("48家" in quote for quote in suggested.values_list("quote", flat=True))


def test_re_extracting_selected_articles_says_what_was_found_in_all_of_them(editor_client):
    # A target and its outcome in two articles: the reading of each suggests their link again,
    # which is one link, counted once.
    plans = make_article(name="a.txt",
                         body="本报讯 会议提出，2024年，力争技术合同成交额达到170亿元。")
    results = make_article(name="b.txt", published_on=dt.date(2024, 1, 10),
                           body="本报讯 2023年，全区技术合同成交额完成136亿元，同比增长12%。")
    for article in (plans, results):  # read once, as ingestion does
        services.extract_article(article=article)
    accepted = make_commitment(plans, quote="会议提出", review_state=ReviewState.ACCEPTED)
    stale = make_evidence(results, quote="全区技术合同")  # no figure: read no more
    response = editor_client.post(
        changelist_url(Article),
        {"action": "rerun_extraction", "_selected_action": [plans.pk, results.pk]}, follow=True)
    assert not Evidence.objects.filter(pk=stale.pk).exists()
    assert Commitment.objects.filter(pk=accepted.pk).exists()
    link = Link.objects.get()
    assert (link.commitment.value, link.evidence.value) == (Decimal("170"), Decimal("136"))
    shown = [str(message) for message in response.context["messages"]]
    assert shown == [
        "已重新提取所选的 2 篇文章：机器读出承诺 1 条、证据 2 条；不再读出的 1 条建议已删除；"
        "已审核的 1 条保持不变。现有承诺 2 条、证据 2 条，待审核的关联建议 1 条。"]


def test_an_articles_page_re_extracts_it_and_says_what_it_found(editor, article):
    accepted = make_commitment(article, review_state=ReviewState.ACCEPTED)
    Commitment.objects.filter(pk=accepted.pk).update(value=Decimal("999"))
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    url = reverse("admin:articles_article_reextract", args=[article.pk])
    assert f'value="重新提取本文" name="_reextract" formaction="{url}"' in html
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403  # no CSRF token
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = client.post(url, {"csrfmiddlewaretoken": token, "title": "不会保存"},
                           follow=True)
    assert response.redirect_chain == [(change_url(article), 302)]
    commitments = Commitment.objects.filter(article=article)
    suggested = commitments.filter(review_state=ReviewState.SUGGESTED).count()
    evidence = Evidence.objects.filter(article=article).count()
    assert suggested >= 1 and evidence >= 1  # the text's other target and its outcome
    shown = [str(message) for message in response.context["messages"]]
    links = Link.objects.filter(commitment__article=article, review_state=ReviewState.SUGGESTED)
    assert shown == [
        f"已重新提取本文：机器读出承诺 {suggested} 条、证据 {evidence} 条；"
        "不再读出的 0 条建议已删除；已审核的 1 条保持不变。"
        f"现有承诺 {commitments.count()} 条、证据 {evidence} 条，待审核的关联建议 "
        f"{links.count()} 条。"]
    accepted.refresh_from_db()
    assert (accepted.review_state, accepted.value) == (ReviewState.ACCEPTED, Decimal("999"))
    article.refresh_from_db()
    assert article.title == "高新区召开科技创新工作会议"  # the button saves no field


def test_re_extracting_an_article_needs_the_right_to_change_it(staff_client, article):
    reader = User.objects.get(username="staff1")  # may read articles, not change them
    reader.user_permissions.add(Permission.objects.get(codename="view_article"))
    page = staff_client.get(change_url(article))
    assert page.status_code == 200 and "重新提取本文" not in page.content.decode()
    url = reverse("admin:articles_article_reextract", args=[article.pk])
    assert staff_client.post(url).status_code == 403
    assert not Commitment.objects.exists()


def test_article_add_button_leads_to_the_paste_form(editor_client):
    response = editor_client.get(reverse("admin:articles_article_add"))
    assert response.url == reverse("admin:articles_article_paste")
    html = editor_client.get(response.url).content.decode()
    assert "粘贴新文章" in html and 'name="text"' in html
    assert 'name="title" size="80"' in html  # a long title shows whole


def test_pasted_article_is_reflowed_dated_and_extracted(editor_client):
    text = "本报讯 会议提出，今年力争全年新\n增高新技术企业300家，技术合同\n成交额突破170亿元。\n"
    response = editor_client.post(reverse("admin:articles_article_paste"), {
        "title": "全区科技工作会议召开", "text": text, "published_on": "2024-02-20",
        "date_precision": "day", "source": "郑州日报"})
    article = Article.objects.get()
    assert response.url == change_url(article)
    assert (article.title, article.published_on, article.source) == (
        "全区科技工作会议召开", dt.date(2024, 2, 20), "郑州日报")
    assert "新增高新技术企业300家" in article.body  # the line breaks were reflowed
    assert article.title_edited
    quotes = " ".join(Commitment.objects.filter(article=article).values_list("quote", flat=True))
    assert "300家" in quotes


def test_pasting_empty_or_repeated_text_is_refused(editor_client):
    url = reverse("admin:articles_article_paste")
    data = {"title": "t", "text": " \n ", "published_on": "", "date_precision": "day"}
    response = editor_client.post(url, data)
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert not Article.objects.exists()
    data["text"] = "力争全年新增300家高新技术企业。"
    assert editor_client.post(url, data).status_code == 302
    again = editor_client.post(url, data)
    assert again.status_code == 200 and "errorlist" in again.content.decode()
    assert Article.objects.count() == 1


def test_of_a_document_only_the_place_is_editable(editor_client, article):
    response = editor_client.get(change_url(article.document))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="place"' in html
    assert 'name="name"' not in html and 'name="source"' not in html
    assert 'name="raw_text"' not in html


# Indicators -----------------------------------------------------------------------------------


def test_merge_action_asks_which_to_keep_then_merges(editor_client, article):
    keep, duplicate = make_indicator("技术合同成交额"), make_indicator("技术合同交易额")
    evidence = make_evidence(article, indicator=duplicate)
    url = changelist_url(Indicator)
    selected = {"action": "merge_selected", "_selected_action": [keep.pk, duplicate.pk]}
    page = editor_client.get(url)
    assert page.status_code == 200
    question = editor_client.post(url, selected)
    assert question.status_code == 200
    assert "保留哪一个指标" in question.content.decode()
    # each choice says how many items use it and its aliases, so that choosing is no guess
    choices = [label for _, label in question.context["form"].fields["keep"].choices]
    assert choices == ["技术合同交易额（其他，基本单位元；别名：无；承诺 0 条，证据 1 条）",
                       "技术合同成交额（其他，基本单位元；别名：无；承诺 0 条，证据 0 条）"]
    assert Indicator.objects.count() == 2
    done = editor_client.post(url, {**selected, "keep": keep.pk})
    assert done.status_code == 302
    evidence.refresh_from_db()
    keep.refresh_from_db()
    assert evidence.indicator == keep and keep.aliases == ["技术合同交易额"]


def test_indicator_autocomplete_finds_aliases(editor_client):
    indicator = make_indicator("高新技术企业数", aliases=["高企"])
    make_indicator("技术合同成交额")
    response = editor_client.get(reverse("admin:autocomplete"), {
        "term": "高企", "app_label": "tracker", "model_name": "commitment",
        "field_name": "indicator"})
    assert [row["id"] for row in response.json()["results"]] == [str(indicator.pk)]


def test_aliases_are_typed_one_per_line_or_with_separators(editor_client):
    indicator = make_indicator("高新技术企业数")
    page = editor_client.get(change_url(indicator))
    editor_client.post(change_url(indicator), form_data(
        page, aliases="高企、高新技术企业\n高企\n高新技术企业数"))
    indicator.refresh_from_db()
    assert indicator.aliases == ["高企", "高新技术企业"]


def test_an_indicator_renamed_in_the_admin_finds_its_items_by_the_new_name(editor_client, article):
    indicator = make_indicator("技术合同交易额")
    evidence = make_evidence(article, indicator=indicator)  # its quote says 技术合同交易额
    commitment = make_commitment(article, indicator=indicator)  # its quote says 成交额
    page = editor_client.get(change_url(indicator))
    renamed = form_data(page, name="技术市场合同额", aliases="技术合同登记额")
    editor_client.post(change_url(indicator), renamed)
    for words, found in (("技术市场合同额", {evidence.pk, commitment.pk}),
                         ("技术合同登记额", {evidence.pk, commitment.pk}),
                         ("技术合同交易额", {evidence.pk})):  # the old name: its quote alone
        assert {*search(Evidence.objects.all(), words).values_list("pk", flat=True),
                *search(Commitment.objects.all(), words).values_list("pk", flat=True)} == found


# History --------------------------------------------------------------------------------------


def test_an_editor_sees_an_old_version(editor_client, editor, article):
    commitment = make_commitment(article)
    first_version = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    history = editor_client.get(reverse("admin:tracker_commitment_history",
                                        args=[commitment.pk])).content.decode()
    assert "编辑修改：数值" in history and "editor1" in history
    old = editor_client.get(reverse("admin:tracker_commitment_simple_history",
                                    args=[commitment.pk, first_version.history_id]))
    assert old.status_code == 200
    assert old.context["adminform"].form.initial["value"] == Decimal("170.5")


def test_history_reads_in_chinese_with_numbers_as_written(editor_client, editor, article):
    commitment = make_commitment(article)
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    history = editor_client.get(reverse("admin:tracker_commitment_history",
                                        args=[commitment.pk])).content.decode()
    assert "170.5&nbsp;&rarr;&nbsp;200" in history  # not 170.500000 → 200.000000
    assert "000000" not in history
    assert "CHANGES" not in history.upper().replace("CHANGE-HISTORY", "")
    assert ">改动</th>" in history and "查看这一版本" in history
    assert "<td>机器</td>" in history  # the first version, the machine's, says who made it
    assert 'href="/static/admin-extra/editor.css"' in history  # its columns' widths


def test_a_version_recorded_without_a_reason_shows_no_none(editor_client, article):
    # An ingest records its articles (and a hand-made row its first version) with no reason:
    # the column read "None".
    assert article.history.get().history_change_reason is None
    history = editor_client.get(reverse("admin:articles_article_history",
                                        args=[article.pk])).content.decode()
    assert "<td>机器</td>\n        <td></td>" in history
    assert "None" not in history


def test_an_old_version_is_shown_for_reading_and_cannot_be_posted(editor_client, editor,
                                                                  article):
    commitment = make_commitment(article)
    first_version = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    url = reverse("admin:tracker_commitment_simple_history",
                  args=[commitment.pk, first_version.history_id])
    old = editor_client.get(url)
    html = old.content.decode()
    assert "Historical" not in html and "Tracker" not in html
    assert '<li aria-current="page">较早的版本</li>' in html
    assert "只供查看" in html
    assert all(field.disabled for field in old.context["adminform"].form.fields.values())
    # posting the old version back does not undo the editor's value
    response = editor_client.post(url, form_data(old, _save="1"))
    assert response.status_code == 405
    commitment.refresh_from_db()
    assert commitment.value == Decimal("200")


def test_an_old_version_of_a_link_is_named_by_its_quotes(editor_client, editor, article):
    link = make_link(make_commitment(article), make_evidence(article),
                     relation=Relation.BASELINE)
    first_version = link.history.earliest()
    services.review_item(item=link, state=ReviewState.ACCEPTED, user=editor)
    html = editor_client.get(reverse("admin:tracker_link_simple_history",
                                     args=[link.pk, first_version.history_id])).content.decode()
    name = "力争全年技术合同成交额突破170.5亿元 ← 全年技术合同交易额完成136亿元（基线）"
    assert f"<h1>查看{name}</h1>" in html
    assert f'<a href="{change_url(link)}">{name}</a>' in html  # the breadcrumbs
    assert "承诺 #" not in html and "证据 #" not in html


# An old version's page of a commitment with an indicator: 8 queries, as before the restore
# button (measured without it); the button asks nothing more of the database.
QUERIES_OF_AN_OLD_VERSION = 8


def version_url(item, version, name: str = "simple_history") -> str:
    return reverse(f"admin:tracker_{item._meta.model_name}_{name}",
                   args=[item.pk, version.history_id])


def restore_url(item, version) -> str:
    return version_url(item, version, "restore_version")


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_an_edit_is_undone_by_restoring_the_version_before_it(editor_client, editor):
    commitment = make_commitment(make_article(), subject="市科技局")
    machine_version = commitment.history.earliest()
    services.update_item(item=commitment, user=editor, changes={
        "subject": "市财政局", "value": Decimal("200"), "unit": "万元"})

    page = editor_client.get(version_url(commitment, machine_version)).content.decode()
    assert 'value="恢复为这一版本"' in page
    assert f'formaction="{restore_url(commitment, machine_version)}"' in page
    response = editor_client.post(restore_url(commitment, machine_version), follow=True)

    assert response.redirect_chain == [(change_url(commitment), 302)]
    assert messages_of(response) == ["已恢复为这一版本的值：主体、数值、单位。"]
    commitment.refresh_from_db()
    assert (commitment.subject, commitment.value, commitment.unit) == (
        "市科技局", Decimal("170.5"), "亿元")
    # still an editor's item: the next extraction keeps it as it is
    assert commitment.review_state == ReviewState.EDITED
    latest = commitment.history.latest()
    assert latest.history_user == editor
    when = machine_version.history_date.astimezone(dt.timezone(dt.timedelta(hours=8)))
    assert latest.history_change_reason == (
        f"恢复为 {when:%Y-%m-%d %H:%M:%S} 的版本：主体、数值、单位")
    assert commitment.history.count() == 3
    found = set(search(Commitment.objects.all(), "科技局").values_list("pk", flat=True))
    assert found == {commitment.pk}
    assert not search(Commitment.objects.all(), "财政局").exists()
    history = editor_client.get(reverse("admin:tracker_commitment_history",
                                        args=[commitment.pk])).content.decode()
    assert "恢复为" in history and "200&nbsp;&rarr;&nbsp;170.5" in history


def test_restoring_an_evidence_item_puts_back_its_indicator(editor_client, editor):
    indicator, other = make_indicator(), make_indicator("专利授权量")
    evidence = make_evidence(make_article(), indicator=indicator)
    first = evidence.history.earliest()
    services.update_item(item=evidence, changes={"indicator": other, "is_cumulative": True},
                         user=editor)
    editor_client.post(restore_url(evidence, first))
    evidence.refresh_from_db()
    assert (evidence.indicator, evidence.is_cumulative) == (indicator, False)


def test_the_machines_fields_and_the_review_state_are_not_restored(editor_client, editor):
    commitment = make_commitment(make_article(), confidence=0.9)
    first = commitment.history.earliest()
    commitment.confidence = 0.4  # the machine's own figure, changed since (a re-read)
    commitment.save()
    services.update_item(item=commitment, changes={"value": Decimal("1")}, user=editor)
    editor_client.post(restore_url(commitment, first))
    commitment.refresh_from_db()
    assert commitment.value == Decimal("170.5")
    assert commitment.confidence == 0.4
    assert commitment.review_state == ReviewState.EDITED  # not the version's "suggested"


def test_a_version_equal_to_the_current_values_changes_nothing(editor_client, editor):
    commitment = make_commitment(make_article())
    first = commitment.history.earliest()
    response = editor_client.post(restore_url(commitment, first), follow=True)
    assert messages_of(response) == ["这一版本与当前的值相同，没有改动。"]
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.SUGGESTED
    assert commitment.history.count() == 1


def restore_reason(version) -> str:
    when = version.history_date.astimezone(dt.timezone(dt.timedelta(hours=8)))
    return f"恢复为 {when:%Y-%m-%d %H:%M:%S} 的版本"


def test_a_status_set_by_mistake_comes_back_with_its_reason(editor_client, editor):
    commitment = make_commitment(make_article())
    services.set_status(commitment=commitment, status=Status.ACHIEVED, user=editor,
                        reason="年报写明全年已完成")
    judged = commitment.history.latest()
    # the wrong status, and a value changed with it
    services.set_status(commitment=commitment, status=Status.MISSED, user=editor,
                        reason="点错了")
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)

    response = editor_client.post(restore_url(commitment, judged), follow=True)

    assert messages_of(response) == ["已恢复为这一版本的值：数值、状态（已完成）。"]
    commitment.refresh_from_db()
    assert (commitment.status, commitment.status_source, commitment.value) == (
        Status.ACHIEVED, StatusSource.EDITOR, Decimal("170.5"))
    reason = restore_reason(judged)
    assert commitment.status_reason == f"{reason}：年报写明全年已完成"
    newest = [version.history_change_reason for version in commitment.history.all()[:2]]
    assert newest == [f"状态改为“已完成”：{reason}：年报写明全年已完成", f"{reason}：数值"]
    assert {version.history_user for version in commitment.history.all()[:2]} == {editor}
    # the public page shows the restored status and why
    page = Client().get(reverse("tracker:commitment", args=[commitment.pk])).content.decode()
    assert "年报写明全年已完成" in page


def test_restoring_a_version_with_the_same_status_writes_no_status_change(editor_client,
                                                                          editor):
    commitment = make_commitment(make_article())
    services.set_status(commitment=commitment, status=Status.ACHIEVED, user=editor,
                        reason="年报写明全年已完成")
    judged = commitment.history.latest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    services.set_status(commitment=commitment, status=Status.ACHIEVED, user=editor,
                        reason="统计公报再次确认")
    versions = commitment.history.count()

    response = editor_client.post(restore_url(commitment, judged), follow=True)

    assert messages_of(response) == ["已恢复为这一版本的值：数值。"]
    commitment.refresh_from_db()
    assert commitment.value == Decimal("170.5")
    assert commitment.status_reason == "统计公报再次确认"  # the same status: reason kept
    assert commitment.history.count() == versions + 1
    assert commitment.history.latest().history_change_reason == f"{restore_reason(judged)}：数值"


def test_a_status_the_site_no_longer_knows_restores_nothing(editor_client, editor):
    commitment = make_commitment(make_article())
    first = commitment.history.earliest()
    services.set_status(commitment=commitment, status=Status.MISSED, user=editor,
                        reason="年报未提及")
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    # a status value from before a rename of the choices
    type(first).objects.filter(history_id=first.history_id).update(status="abandoned")
    versions = commitment.history.count()

    response = editor_client.post(restore_url(commitment, first), follow=True)

    assert messages_of(response) == ["未能恢复：未知的状态“abandoned”。"]
    commitment.refresh_from_db()  # the field restore went back with the refused status
    assert (commitment.value, commitment.status) == (Decimal("200"), Status.MISSED)
    assert commitment.history.count() == versions


def test_a_status_the_machine_still_decides_is_left_to_it(editor_client, editor):
    commitment = make_commitment(make_article())
    first = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    # since the edit, new evidence made the machine's status 已完成 (as refresh does)
    commitment.status, commitment.status_reason = Status.ACHIEVED, "2024年完成210亿元"
    commitment._change_reason = "机器建议状态"
    commitment.save(update_fields=["status", "status_reason", "updated_at"])

    response = editor_client.post(restore_url(commitment, first), follow=True)

    assert messages_of(response) == ["已恢复为这一版本的值：数值。"]
    commitment.refresh_from_db()
    assert (commitment.value, commitment.status, commitment.status_source) == (
        Decimal("170.5"), Status.ACHIEVED, StatusSource.MACHINE)


def test_whoever_may_change_a_commitment_may_restore_its_status(client, editor):
    """set_status asks for nothing more than the commitment's change permission, which the
    restore checks: a user with it alone restores a status, one without it cannot."""
    commitment = make_commitment(make_article())
    machine_version = commitment.history.earliest()
    services.set_status(commitment=commitment, status=Status.ACHIEVED, user=editor,
                        reason="点错了")
    evidence_editor = User.objects.create_user("evidence1", password="x", is_staff=True)
    evidence_editor.user_permissions.add(*Permission.objects.filter(
        codename__in=["view_commitment", "view_evidence", "change_evidence"]))
    client.force_login(evidence_editor)
    assert client.post(restore_url(commitment, machine_version)).status_code == 403
    commitment.refresh_from_db()
    assert commitment.status == Status.ACHIEVED

    changer = User.objects.create_user("changer1", password="x", is_staff=True)
    changer.user_permissions.add(*Permission.objects.filter(
        codename__in=["view_commitment", "change_commitment"]))
    client.force_login(changer)
    response = client.post(restore_url(commitment, machine_version), follow=True)
    assert messages_of(response) == ["已恢复为这一版本的值：状态（待评估）。"]
    commitment.refresh_from_db()
    # the machine's status is back, now as an editor's judgement with the restore's reason
    assert (commitment.status, commitment.status_source, commitment.status_reason) == (
        Status.PENDING, StatusSource.EDITOR, restore_reason(machine_version))
    assert commitment.history.latest().history_user == changer


def test_a_version_whose_indicator_is_gone_is_refused_with_a_message(editor_client, editor):
    gone = make_indicator("已删除的指标")
    commitment = make_commitment(make_article(), indicator=gone)
    first = commitment.history.earliest()
    services.update_item(item=commitment, changes={"indicator": None, "value": Decimal("1")},
                         user=editor)
    gone.delete()
    response = editor_client.post(restore_url(commitment, first), follow=True)
    assert messages_of(response) == [
        "未能恢复：这一版本的“指标”已不存在（可能已合并或删除），无法恢复。"]
    commitment.refresh_from_db()
    assert commitment.value == Decimal("1")


def test_get_restores_nothing(editor_client, editor):
    commitment = make_commitment(make_article())
    first = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    assert editor_client.get(restore_url(commitment, first)).status_code == 405
    commitment.refresh_from_db()
    assert commitment.value == Decimal("200")


def test_a_user_who_may_only_view_gets_403_and_no_button(client, editor):
    viewer = User.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(
        codename__in=["view_commitment", "view_evidence"]))
    client.force_login(viewer)
    commitment = make_commitment(make_article())
    first = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    page = client.get(version_url(commitment, first))
    assert page.status_code == 200
    assert "恢复为这一版本" not in page.content.decode()
    assert client.post(restore_url(commitment, first)).status_code == 403
    commitment.refresh_from_db()
    assert commitment.value == Decimal("200")


def test_a_version_of_another_item_or_junk_is_not_found(editor_client, editor):
    article = make_article()
    commitment, evidence = make_commitment(article), make_evidence(article)
    other = make_commitment(article, subject="另一条")
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    others_version = other.history.earliest()
    for url in (
        reverse("admin:tracker_commitment_restore_version",
                args=[commitment.pk, others_version.history_id]),
        # the evidence item's own version, under its address but the commitment's number
        reverse("admin:tracker_evidence_restore_version",
                args=[commitment.pk + 100, evidence.history.earliest().history_id]),
        reverse("admin:tracker_commitment_restore_version", args=[commitment.pk, "abc"]),
        reverse("admin:tracker_commitment_restore_version",
                args=[commitment.pk, "99999999999999999999999"]),
        reverse("admin:tracker_commitment_restore_version", args=["abc", "1"]),
        reverse("admin:tracker_commitment_restore_version",
                args=["99999999999999999999999", "1"]),
    ):
        assert editor_client.post(url).status_code == 404, url
    commitment.refresh_from_db()
    assert commitment.value == Decimal("200")


def test_the_restore_needs_the_csrf_token(editor, client):
    checked = client.__class__(enforce_csrf_checks=True)
    checked.force_login(editor)
    commitment = make_commitment(make_article())
    first = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    assert checked.post(restore_url(commitment, first)).status_code == 403
    page = checked.get(version_url(commitment, first))
    token = page.context["csrf_token"]
    assert checked.post(restore_url(commitment, first),
                        {"csrfmiddlewaretoken": token}).status_code == 302
    commitment.refresh_from_db()
    assert commitment.value == Decimal("170.5")


def test_the_old_versions_page_has_no_inline_script_and_its_queries_are_counted(
    editor_client, editor, django_assert_num_queries
):
    commitment = make_commitment(make_article(), indicator=make_indicator())
    first = commitment.history.earliest()
    services.update_item(item=commitment, changes={"value": Decimal("200")}, user=editor)
    editor_client.get(version_url(commitment, first))  # the session and permissions cached
    with django_assert_num_queries(QUERIES_OF_AN_OLD_VERSION):
        page = editor_client.get(version_url(commitment, first))
    html = page.content.decode()
    assert "恢复为这一版本" in html
    assert inline_code(html) == []  # the button is a plain submit, allowed by a strict CSP


# Roles ----------------------------------------------------------------------------------------


@pytest.fixture
def staff_client(client):
    user = User.objects.create_user("staff1", password="x", is_staff=True)
    client.force_login(user)
    return client


def test_staff_without_the_editor_group_cannot_change_anything(staff_client, article):
    commitment = make_commitment(article)
    for url in (change_url(commitment), changelist_url(Commitment), change_url(article),
                reverse("admin:tracker_commitment_add"), reverse("admin:articles_article_paste"),
                changelist_url(Indicator)):
        assert staff_client.get(url).status_code == 403, url
    response = staff_client.post(change_url(commitment), {"value": "1", "_accept": "1"})
    assert response.status_code == 403
    response = staff_client.post(changelist_url(Commitment),
                                 {"action": "accept_selected", "_selected_action": [commitment.pk]})
    assert response.status_code == 403
    commitment.refresh_from_db()
    assert commitment.review_state == ReviewState.SUGGESTED


def test_editors_cannot_delete_or_manage_users(editor_client, article):
    commitment = make_commitment(article)
    assert editor_client.get(reverse("admin:tracker_commitment_delete",
                                     args=[commitment.pk])).status_code == 403
    assert editor_client.get(reverse("admin:articles_article_delete",
                                     args=[article.pk])).status_code == 403
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_make_editor_creates_a_staff_editor(monkeypatch):
    monkeypatch.setenv("EDITOR_PW", "a long editor password")
    out = io.StringIO()
    call_command("make_editor", "wang", "--password-from-env", "EDITOR_PW", stdout=out)
    assert out.getvalue() == 'Created editor "wang" (staff, group "editor").\n'
    user = User.objects.get(username="wang")
    assert user.is_staff and not user.is_superuser
    assert user.check_password("a long editor password")
    assert list(user.groups.values_list("name", flat=True)) == ["editor"]
    assert user.has_perm("tracker.change_commitment")
    assert not user.has_perm("articles.delete_article")


def test_make_editor_updates_an_existing_user(monkeypatch):
    User.objects.create_user("li", password="old password 123")
    monkeypatch.setenv("EDITOR_PW", "a new editor password")
    out = io.StringIO()
    call_command("make_editor", "li", "--password-from-env", "EDITOR_PW", stdout=out)
    assert out.getvalue() == 'Updated editor "li" (staff, group "editor").\n'
    user = User.objects.get(username="li")
    assert user.is_staff and user.groups.filter(name="editor").exists()
    assert user.check_password("a new editor password")


@pytest.mark.parametrize(
    ("env", "message"),
    [({}, "EDITOR_PW is not set"), ({"EDITOR_PW": "123"}, "Password refused")],
)
def test_make_editor_refuses_missing_or_weak_passwords(monkeypatch, env, message):
    monkeypatch.delenv("EDITOR_PW", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(CommandError, match=message):
        call_command("make_editor", "zhao", "--password-from-env", "EDITOR_PW")
    assert not User.objects.filter(username="zhao").exists()


@pytest.mark.parametrize(("model", "field"), [
    ("link", "commitment"), ("link", "evidence"), ("commitment", "article"),
    ("evidence", "indicator"), ("commitment", "revises")])
def test_an_add_page_addressed_with_no_id_opens_with_the_field_empty(editor_client, model,
                                                                     field):
    # ?article=12 fills the article in (an article's page links so); a value that is no id
    # (a link cut short, typed by hand) leaves the field to the editor, not a server error.
    response = editor_client.get(reverse(f"admin:tracker_{model}_add"), {field: "12abc"})
    assert response.status_code == 200
    assert response.context["adminform"].form[field].value() in (None, "")
