"""Search finds an item by its indicator's name and aliases as well as by its own words, and
keeps doing so when editors rename, re-alias or merge indicators or move an item to another."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.db import connection
from django.urls import reverse

from tracker import services
from tracker.models import Commitment, Evidence, Indicator
from tracker.search import search

from .public_site_data import make_article, text_of

pytestmark = pytest.mark.django_db

BODY = "全区全年新增专利授权1200件。力争明年发明专利授权量突破300件。新建研发平台15个。"


@pytest.fixture
def editor():
    return User.objects.create_user("indexer", is_staff=True)


@pytest.fixture
def article():
    return make_article(BODY, published=None, title="科技工作会议")


def item(model, article, quote: str, indicator: Indicator | None):
    start = article.body.index(quote)
    return model.objects.create(
        article=article, quote=quote, start=start, end=start + len(quote), indicator=indicator
    )


def found(model, words: str) -> set[int]:
    return set(search(model.objects.all(), words).values_list("pk", flat=True))


def test_an_item_is_found_by_its_indicators_name_and_aliases(article):
    patents = Indicator.objects.create(name="知识产权创造数", aliases=["专利授权数"])
    granted = item(Evidence, article, "全区全年新增专利授权1200件", patents)
    target = item(Commitment, article, "新建研发平台15个", patents)
    assert found(Evidence, "知识产权") == {granted.pk}  # in the name, not in the quote
    assert found(Commitment, "知识产权创造") == {target.pk}
    assert found(Commitment, "专利授权数") == {target.pk}  # an alias
    assert found(Commitment, "知识产权 研发平台") == {target.pk}  # a word of each
    assert found(Commitment, "知识产权 专利授权数") == {target.pk}  # a term in each name
    assert found(Commitment, "创造数专利") == set()  # not one across two names
    assert found(Commitment, "15个知识") == set()  # nor from the quote into a name


def test_the_pages_and_the_api_find_an_item_by_its_indicators_name(client, article):
    patents = Indicator.objects.create(name="知识产权创造数")
    target = item(Commitment, article, "新建研发平台15个", patents)
    listed = text_of(client.get(reverse("tracker:commitments") + "?q=知识产权"))
    assert "新建研发平台15个" in listed
    api = client.get("/api/commitments/?q=知识产权").json()
    assert [row["id"] for row in api["results"]] == [target.pk]
    page = text_of(client.get(reverse("tracker:search") + "?q=知识产权"))
    # the result names the indicator it was found by, and quotes the item's words
    assert f"承诺 #{target.pk}：知识产权创造数" in page and "新建研发平台15个" in page


def test_a_renamed_indicator_finds_its_items_by_the_new_name_and_not_the_old(article):
    patents = Indicator.objects.create(name="专利授权量")
    said = item(Commitment, article, "力争明年发明专利授权量突破300件", patents)
    other = item(Commitment, article, "新建研发平台15个", patents)
    assert found(Commitment, "专利授权量") == {said.pk, other.pk}
    patents.name = "知识产权创造数"
    patents.save()
    assert found(Commitment, "知识产权创造数") == {said.pk, other.pk}
    assert found(Commitment, "专利授权量") == {said.pk}  # the quote itself says it
    assert found(Commitment, "研发平台") == {other.pk}  # the own words are still searched


def test_edited_aliases_are_searched_and_removed_ones_no_longer(article, editor):
    patents = Indicator.objects.create(name="知识产权创造数")
    target = item(Commitment, article, "新建研发平台15个", patents)
    services.add_indicator_aliases(indicator=patents, aliases=["创新成果数"], user=editor)
    assert found(Commitment, "创新成果") == {target.pk}
    patents.aliases = []
    patents.save(update_fields=["aliases"])
    assert found(Commitment, "创新成果") == set()
    assert found(Commitment, "知识产权创造数") == {target.pk}


def test_merged_indicators_find_each_others_items(article, editor):
    keep = Indicator.objects.create(name="知识产权创造数")
    duplicate = Indicator.objects.create(name="专利产出数", aliases=["创新成果数"])
    kept = item(Commitment, article, "新建研发平台15个", keep)
    moved = item(Evidence, article, "全区全年新增专利授权1200件", duplicate)
    services.merge_indicators(keep=keep, merge=duplicate, user=editor)
    assert found(Evidence, "知识产权创造数") == {moved.pk}  # the kept name finds a moved item
    assert found(Commitment, "专利产出数") == {kept.pk}  # a merged name finds a kept item
    assert found(Commitment, "创新成果数") == {kept.pk}  # and so does a merged alias
    assert found(Evidence, "创新成果数") == {moved.pk}


def test_merging_into_an_indicator_that_already_has_the_names_still_moves_them(article, editor):
    keep = Indicator.objects.create(name="知识产权创造数", aliases=["专利产出数"])
    duplicate = Indicator.objects.create(name="专利产出数")
    moved = item(Evidence, article, "全区全年新增专利授权1200件", duplicate)
    services.merge_indicators(keep=keep, merge=duplicate, user=editor)
    assert found(Evidence, "知识产权创造数") == {moved.pk}


def test_an_item_moved_to_another_indicator_is_found_by_the_new_ones_name(article):
    patents = Indicator.objects.create(name="知识产权创造数")
    platforms = Indicator.objects.create(name="创新载体数")
    target = item(Commitment, article, "新建研发平台15个", patents)
    target.indicator = platforms
    target.save(update_fields=["indicator"])
    assert found(Commitment, "创新载体") == {target.pk}
    assert found(Commitment, "知识产权") == set()
    target.indicator = None
    target.save()
    assert found(Commitment, "创新载体") == set()


def test_a_deleted_indicators_name_no_longer_finds_its_former_items(article):
    patents = Indicator.objects.create(name="知识产权创造数")
    target = item(Commitment, article, "新建研发平台15个", patents)
    patents.delete()
    target.refresh_from_db()
    assert target.indicator is None and found(Commitment, "知识产权") == set()


def test_a_match_in_the_quote_ranks_above_a_match_in_the_name_alone(article):
    platforms = Indicator.objects.create(name="研发平台数")
    said = item(Commitment, article, "新建研发平台15个", None)
    named = item(Commitment, article, "全区全年新增专利授权1200件", platforms)  # the newer
    ranked = search(Commitment.objects.all(), "研发平台")
    assert list(ranked.values_list("pk", flat=True)) == [said.pk, named.pk]
    assert ranked[0].search_rank > ranked[1].search_rank


def test_ingested_items_are_found_by_the_name_their_indicator_has():
    from articles.services import ingest_document

    body = "本报讯 记者从区科技局获悉，今年全区新增高企85家。"
    ingest_document(name="firms.txt", data=f"科技简讯\n\n{body}".encode())
    firms = Evidence.objects.get()
    # the text says 高企; the indicator's name (高新技术企业数 or so) spells it out
    assert "高新技术企业" in firms.indicator.name and "高新技术企业" not in firms.quote
    assert found(Evidence, "高新技术企业") == {firms.pk}


def test_the_upgrade_gives_rows_stored_before_their_indicators_names(article):
    migration = importlib.import_module("tracker.migrations.0014_search_text_with_indicator_names")
    patents = Indicator.objects.create(name="知识产权创造数", aliases=["创新成果数"])
    target = item(Commitment, article, "新建研发平台15个", patents)
    plain = item(Commitment, article, "全区全年新增专利授权1200件", None)
    for row in (target, plain):  # the tokens as stored before names were searched
        Commitment.objects.filter(pk=row.pk).update(
            search_text=search_tokens_without_names(row)
        )
    assert found(Commitment, "知识产权") == set()
    migration.store_names_of_every_indicator(apps, connection)
    assert found(Commitment, "知识产权") == {target.pk} == found(Commitment, "创新成果")
    assert found(Commitment, "研发平台") == {target.pk}
    assert found(Commitment, "专利授权") == {plain.pk}
    migration.store_names_of_every_indicator(apps, connection)  # twice: the same tokens
    assert found(Commitment, "知识产权") == {target.pk} and found(Commitment, "研发平台")


def search_tokens_without_names(row) -> str:
    from tracker.search import search_text_for, searched_text

    return search_text_for(searched_text(row), connection.vendor)


@pytest.mark.parametrize(("url", "queries"), [
    ("/search/?q=知识产权", 6),  # per kind: the page of results, the count
    ("/commitments/?q=知识产权", 4),
    ("/api/commitments/?q=知识产权", 3),  # the count, the page's ids, the page's records
])
def test_searching_by_a_name_costs_the_queries_a_search_cost_before(
    client, article, settings, url, queries, django_assert_num_queries
):
    settings.SEARCH_CACHE_SECONDS = 0
    patents = Indicator.objects.create(name="知识产权创造数")
    item(Commitment, article, "新建研发平台15个", patents)
    item(Evidence, article, "全区全年新增专利授权1200件", patents)
    client.get(url)
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert "新建研发平台15个" in response.content.decode()
