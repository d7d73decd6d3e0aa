"""Chinese full-text search on both databases: the index finds exactly what a plain substring
scan finds, ranks whole words first, uses the index, and stays in step with every write."""

from __future__ import annotations

import re
import unicodedata

import pytest
from django.db import connection

from articles.models import Article
from articles.text.script import simplified_for_reading
from tests.conftest import is_postgres
from tests.public_site_data import make_article
from tracker.models import Commitment, Evidence, ReviewState
from tracker.search import refresh_search_text, search
from tracker.text import search_tokens
from tracker.text.search_tokens import find_passage, parse_query

pytestmark = pytest.mark.django_db

LONG = (
    "郑州高新区坚持创新驱动发展战略，围绕主导产业链部署创新链，"
    "全年新增国家高新技术企业320家，科技型中小企业入库1500家，"
    "技术合同成交额完成136亿元，同比增长15%。"
) * 6

TEXTS = [
    "力争全年新增300家高企。",
    "提高企业研发投入强度，推动高质量发展。",
    "新增国家高新技术企业320家，高新技术企业总数达到2100家。",
    "高新技术后备企业入库200家。",
    "高新 技术企业培育工作稳步推进。",  # an OCR space inside the word
    "全年技术合同成交额完成136亿元。",
    "技术合同交易额达到１７０.５亿元。",  # full-width digits, the other wording
    "新培育专精特新“小巨人”企业10家，省级专精特新企业85家。",
    "专精\n特新企业梯度培育。",  # a line break inside the word
    "地区生产总值（GDP）增长8%，Gdp总量居全省前列。",
    "全年地區生產總值突破萬億元，增長6.1%。",  # traditional characters
    "企",
    "会议强调：高企，专精特新，一个都不能少！",
    "与本检索无关的一段文字。",
    LONG,
]

QUERIES = [
    "高企",
    "高新技术企业",
    "技术合同成交额",
    "技术合同交易额",
    "专精特新",
    "企",
    "高企，专精特新",
    "高企 专精特新",
    "合同成交",
    "136亿元",
    "170.5亿元",
    "gdp",
    "GDP增长",
    "小巨人",
    "“小巨人”企业",
    "科技型中小企业入库",
    LONG[10:310],  # a 300-character query
    "不存在的词语",
    "高新区",
    "地区生产总值",  # finds the traditional text too
    "萬億元",  # and a traditional query finds simplified texts
]


def plain_scan(texts: dict[int, str], query: str) -> set[int]:
    """The reference: every run of letters/digits of the query is a substring of the text
    (both folded to NFKC lower case and simplified characters; whitespace removed from the
    text, while in the query it separates terms)."""

    def fold(text: str) -> str:
        return re.sub(r"\s+", "", fold_query(text))

    terms = re.findall(r"[^\W_]+", fold_query(query))
    if not terms:
        return set()
    return {pk for pk, text in texts.items() if all(term in fold(text) for term in terms)}


def fold_query(query: str) -> str:
    return simplified_for_reading(unicodedata.normalize("NFKC", query).lower())


@pytest.fixture
def corpus():
    articles, commitments, evidence = {}, {}, {}
    for i, text in enumerate(TEXTS):
        article = make_article(text, published=None, title="")
        Article.objects.filter(pk=article.pk).update(title="")
        article.title = ""
        article.save()  # tokens from the body alone
        articles[article.pk] = "\n" + text
        c = Commitment.objects.create(
            article=article, quote=text, start=0, end=len(text),
            review_state=ReviewState.ACCEPTED if i % 3 else ReviewState.SUGGESTED,
        )
        commitments[c.pk] = text
        e = Evidence.objects.create(article=article, quote=text, start=0, end=len(text))
        evidence[e.pk] = text
    return {Article: articles, Commitment: commitments, Evidence: evidence}


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("model", [Article, Commitment, Evidence], ids=lambda m: m.__name__)
def test_search_finds_exactly_what_a_substring_scan_finds(corpus, model, query):
    expected = plain_scan(corpus[model], query)
    found = set(search(model.objects.all(), query).values_list("pk", flat=True))
    assert found == expected


@pytest.mark.parametrize("model", [Article, Commitment, Evidence], ids=lambda m: m.__name__)
def test_a_query_copied_with_pinyin_glosses_finds_what_its_words_find(corpus, model):
    # A reader pastes 地區生產(chǎn)總值 from a glossed page: the texts with 地区生产总值 in
    # either script are found, as a search for those words finds them.
    expected = plain_scan(corpus[model], "地区生产总值")
    assert len(expected) == 2
    for query in ("地區生產(chǎn)總值", "地区生产（chǎn）总值"):
        found = set(search(model.objects.all(), query).values_list("pk", flat=True))
        assert found == expected


def test_reference_scan_is_not_trivial(corpus):
    # The comparison above means something only if the queries hit varied sets of rows.
    sizes = {len(plain_scan(corpus[Article], q)) for q in QUERIES}
    assert {0, 1}.issubset(sizes) and max(sizes) >= 5
    assert len(plain_scan(corpus[Article], LONG[10:310])) == 1


@pytest.mark.parametrize("query", ["", "   ", "，。！", "'", '"', "*", "AND", "NEAR"])
def test_queries_without_words_or_with_operators_do_not_fail(corpus, query):
    found = list(search(Article.objects.all(), query))
    assert {a.pk for a in found} == plain_scan(corpus[Article], query)


def test_whole_word_ranks_above_a_word_boundary_match(corpus):
    ranked = [a.body for a in search(Article.objects.all(), "高企")]
    assert ranked.index("力争全年新增300家高企。") < ranked.index(
        "提高企业研发投入强度，推动高质量发展。"
    )


def test_search_is_limited_to_the_given_queryset(corpus):
    visible = Commitment.objects.public()
    found = set(search(visible, "高企").values_list("review_state", flat=True))
    assert found == {ReviewState.ACCEPTED, ReviewState.SUGGESTED}
    Commitment.objects.update(review_state=ReviewState.REJECTED)
    assert not search(Commitment.objects.public(), "高企").exists()


def test_tokens_follow_saves_updates_and_deletes():
    article = make_article("新增高新技术企业30家。", published=None, title="标题")
    assert list(search(Article.objects.all(), "高新技术企业")) == [article]
    article.body = "技术合同成交额增长。"
    article.save()
    assert not search(Article.objects.all(), "高新技术企业").exists()
    assert list(search(Article.objects.all(), "成交额")) == [article]
    article.body = "专精特新企业。"
    article.save(update_fields=["body"])
    assert list(search(Article.objects.all(), "专精特新")) == [article]
    assert not search(Article.objects.all(), "成交额").exists()
    commitment = Commitment.objects.create(article=article, quote="专精特新", start=0, end=4)
    assert list(search(Commitment.objects.all(), "专精特新")) == [commitment]
    commitment.delete()
    assert not search(Commitment.objects.all(), "专精特新").exists()


def test_rows_written_without_signals_are_refreshed():
    article = make_article("第一篇。", published=None)
    Commitment.objects.bulk_create(
        [Commitment(article=article, quote="新增高企50家", start=0, end=3)]
    )
    assert not search(Commitment.objects.all(), "高企").exists()
    assert refresh_search_text(Commitment.objects.all()) == 1
    assert search(Commitment.objects.all(), "高企").count() == 1
    assert refresh_search_text(Commitment.objects.all()) == 0


def test_search_uses_the_full_text_index(corpus):
    queryset = search(Article.objects.all(), "高新技术企业")
    with connection.cursor() as cursor:
        if is_postgres():
            cursor.execute("SET enable_seqscan = off")
            plan = queryset.explain()
            assert "articles_article_search_gin" in plan
        else:
            plan = queryset.explain()
            assert "VIRTUAL TABLE INDEX" in plan


def test_passage_shows_the_match_in_its_original_form():
    query = parse_query("高新技术企业")
    passage = find_passage("前文" * 30 + "新增高新 技术企业30家" + "后文" * 30, query, width=6)
    assert passage.match == "高新 技术企业"
    assert passage.before == "前文前文新增" and passage.after == "30家后文后"
    assert passage.cut_before and passage.cut_after
    assert find_passage("无关", query) is None


def test_search_texts_are_stored_for_the_database_in_use():
    article = make_article("高企", published=None)
    article.refresh_from_db()
    if is_postgres():
        assert "'高企':1" in article.search_text and "'高':1" in article.search_text
    else:
        assert article.search_text.startswith("高 企") or "高 企" in article.search_text


def test_search_index_survives_a_migration_that_rebuilds_the_table():
    # SQLite migrations often rebuild a table, which drops its triggers; after every migrate
    # the tracker puts them back and rebuilds the index. PostgreSQL keeps its GIN index.
    from django.apps import apps

    from tracker.search import restore_sqlite_search

    article = make_article("新增专精特新企业。", published=None, title="标题")
    with connection.cursor() as cursor:
        if is_postgres():
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'tracker_commitment_search_gin'"
            )
            assert "gin" in cursor.fetchone()[0].lower()
            return
        for suffix in ("ai", "ad", "au"):
            cursor.execute(f"DROP TRIGGER articles_article_fts_{suffix}")
    article.body = "技术合同成交额。"
    article.save()  # the index does not hear about this
    restore_sqlite_search(sender=apps.get_app_config("tracker"))
    assert list(search(Article.objects.all(), "成交额")) == [article]
    assert not search(Article.objects.all(), "专精特新").exists()
    article.body = "高企。"
    article.save()
    assert list(search(Article.objects.all(), "高企")) == [article]


def test_a_quotes_words_are_its_articles_words_inside_it():
    """An item's ranking words come from its article's one segmentation: the words wholly
    inside the quote, at their place in it; a word the quote cuts is not one of them."""
    text = "全年新增国家高新技术企业320家。"
    start = text.index("高新技术企业")
    inside = search_tokens.words_inside(text, start, start + len("高新技术企业320家"))
    assert ("高新技术企业", 0) in inside and ("企业", 4) in inside
    assert "国家" not in {word for word, _at in inside}
    start = text.index("新技术")  # the quote cuts 高新 and 高新技术企业
    cut = {word for word, _at in search_tokens.words_inside(text, start, start + 5)}
    assert "技术" in cut and "企业" in cut
    assert "高新" not in cut and "高新技术企业" not in cut


def test_ingested_items_are_found_and_ranked_by_the_words_of_their_quotes():
    from articles.services import ingest_document

    body = "本报讯 3月2日，郑州高新区召开会议。全年新增国家高新技术企业320家。"
    ingest_document(name="zone.txt", data=f"工作会议\n\n{body}".encode())
    item = Evidence.objects.get()
    assert item.quote in body
    assert list(search(Evidence.objects.all(), "高新技术企业")) == [item]
    assert "高新技术企业" in item.search_text  # the whole word, which ranks it


def test_an_upgrade_indexes_rows_in_traditional_characters_or_with_glosses_again():
    # Rows stored before search folded the two scripts together hold tokens in their own
    # characters: the migration makes again the tokens of those rows, and only of those.
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "tracker.migrations.0010_search_text_in_simplified_characters"
    )
    traditional = make_article("全年地區生產總值突破萬億元。", published=None)
    glossed = make_article("全年地区生产(chǎn)总值突破万亿元。", published=None)
    simplified = make_article("全年地区生产总值突破万亿元。", published=None)
    rows = [traditional.pk, glossed.pk, simplified.pk]
    Article.objects.filter(pk__in=rows).update(search_text="")
    assert not search(Article.objects.all(), "地区生产总值").exists()
    migration.reindex_traditional_and_glossed_rows(apps, connection.vendor)
    found = set(search(Article.objects.all(), "地区生产总值").values_list("pk", flat=True))
    assert found == {traditional.pk, glossed.pk}  # the simplified row was not read
    assert set(search(Article.objects.all(), "萬億元").values_list("pk", flat=True)) == found

def test_an_upgrade_indexes_rows_with_characters_of_both_scripts_again():
    # 乾县 in a simplified text was once read as traditional and indexed as 干县: the
    # migration makes those rows' tokens again, so that 乾县 finds them.
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "tracker.migrations.0013_search_text_of_characters_in_both_scripts"
    )
    county = make_article("开工建设周至至乾县公路，完成投资12亿元。", published=None)
    Article.objects.filter(pk=county.pk).update(search_text="")
    assert not search(Article.objects.all(), "乾县").exists()
    migration.reindex_rows_with_characters_of_both_scripts(apps, connection.vendor)
    assert list(search(Article.objects.all(), "乾县").values_list("pk", flat=True)) == [county.pk]
    assert not search(Article.objects.all(), "干县").exists()


def test_a_brand_in_a_traditional_character_is_found_in_either_script():
    # 昇腾 (a brand) in a simplified text: search folds 昇 as 升 in the text and in the query
    brand = make_article("全市部署昇腾算力集群3个，新增高新技术企业120家。", published=None)
    for query in ("昇腾", "升腾", "部署昇騰"):
        assert list(search(Article.objects.all(), query).values_list("pk", flat=True)) == [brand.pk]

