"""The article admin's search finds an article in either script: an editor typing 地区生产总值
finds one written 地區生產總值, in its title or its text, on both databases."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from tracker import services

from .editor_data import make_article

pytestmark = pytest.mark.django_db

LIST = reverse("admin:articles_article_changelist")


@pytest.fixture
def editor_client(client):
    user = User.objects.create_user("editor1", password="a long editor password", is_staff=True)
    user.groups.add(services.ensure_editor_group())
    client.force_login(user)
    return client


def _found(client, query: str) -> set[int]:
    response = client.get(LIST, {"q": query})
    assert response.status_code == 200
    return {article.pk for article in response.context["cl"].result_list}


@pytest.fixture
def articles():
    return {
        "traditional_body": make_article(
            name="tw.txt",
            title="浦東新區經濟運行情況",
            body="全年地區生產總值突破萬億元，增長6.1%。",
        ),
        "traditional_title": make_article(
            name="tw2.txt", title="地區生產總值穩步增長", body="全區經濟運行穩中有進。"
        ),
        "simplified": make_article(
            name="cn.txt", title="全市经济运行情况", body="全年地区生产总值增长5.2%。"
        ),
        "other": make_article(name="other.txt", title="科技创新工作会议", body="新增高企300家。"),
    }


@pytest.mark.parametrize("query", ["地区生产总值", "地區生產總值", "地区生產總值"])
def test_a_search_in_either_script_finds_articles_written_in_both(editor_client, articles, query):
    expected = {articles[k].pk for k in ("traditional_body", "traditional_title", "simplified")}
    assert _found(editor_client, query) == expected


def test_a_traditional_title_is_found_by_its_simplified_words(editor_client, articles):
    assert _found(editor_client, "浦东新区") == {articles["traditional_body"].pk}


def test_the_search_still_finds_a_documents_name_and_nothing_unrelated(editor_client, articles):
    assert _found(editor_client, "other.txt") == {articles["other"].pk}
    assert _found(editor_client, "不存在的词") == set()
