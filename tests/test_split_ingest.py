"""A newspaper page in traditional characters, ingested: cut into its stories as its
simplified twin is, each dated by its own lead, stored with titles, bodies and reporters as
the page writes them."""

from __future__ import annotations

from datetime import date

import pytest

from articles.models import Article
from articles.services import ingest_document, ingest_pasted_article
from tests.text.test_split_traditional import SIMPLIFIED, TRADITIONAL

pytestmark = pytest.mark.django_db


def _stored(name: str, text: str) -> list[Article]:
    result = ingest_document(name=name, data=text.encode("utf-8"), page_year=2031)
    assert result.outcome == "created"
    return list(Article.objects.filter(document=result.document).order_by("position"))


def test_a_traditional_page_is_stored_as_the_stories_of_its_simplified_twin():
    traditional = _stored("qingxi-trad.txt", TRADITIONAL)
    simplified = _stored("qingxi-simp.txt", SIMPLIFIED)
    assert len(traditional) == 2
    fields = ("span_start", "span_end", "published_on", "date_precision", "is_fragment")
    assert [[getattr(a, f) for f in fields] for a in traditional] == [
        [getattr(a, f) for f in fields] for a in simplified
    ]
    assert [(a.title, a.reporters, a.published_on) for a in traditional] == [
        ("青溪縣召開經濟工作會議", ["王小明", "李華"], date(2031, 1, 8)),
        ("青溪縣新春招聘會舉行", ["張偉", "陳靜"], date(2031, 1, 9)),
    ]
    assert traditional[1].body == (
        "本報訊 1月9日，青溪縣新春招聘會在人才市場舉行，百餘家企業提供崗位三千餘個。"
    )
    assert traditional[0].document.place == ""  # a page of two stories has no one place


def test_a_pasted_traditional_article_loses_its_byline_as_written():
    article = ingest_pasted_article(
        title="青溪縣新增企業", text="本報訊 1月9日，青溪縣新增企業十家。\n\n記者 王小明 攝"
    )
    assert article.body == "本報訊 1月9日，青溪縣新增企業十家。"
    assert article.reporters == ["王小明"]


def test_a_report_copied_from_a_web_page_is_stored_titled_and_about_the_place_its_title_names():
    from tests.text.test_web_copies import BUTTONS, REPORT, TRAIL

    (article,) = _stored("yunling-2031.txt", TRAIL + BUTTONS + REPORT)
    assert article.title == "2031年云岭省政府工作报告"
    assert not article.is_fragment
    assert article.document.place == "云岭省"
    assert article.document.place_basis == "2031年云岭省政府工作报告"
    assert article.published_on == date(2031, 1, 20)
    target = article.commitments.get(quote__contains="40万人")
    assert target.subject == "云岭省"  # the report's figures are its province's
    assert article.source == "云岭日报"  # its own 来源 line, no source having been given


def test_a_source_given_for_the_document_beats_the_one_its_text_names():
    from tests.text.test_web_copies import REPORT

    result = ingest_document(name="yunling.txt", data=REPORT.encode(), source="云岭省人民政府网")
    assert result.document.articles.get().source == "云岭省人民政府网"
