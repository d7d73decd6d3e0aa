"""``manage.py resplit``: stored documents split again from their stored text, as the current
version ingests a file, so that its titles, dates, sources and places reach documents stored
before an upgrade (their files may be gone); editors' work stays. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, DatePrecision, Document
from articles.services import ingest_document, ingest_pasted_article
from tracker.models import Commitment, Evidence, ReviewState

from .test_ingest import PAGE  # two stories of a newspaper page

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

FIRST, SECOND = "高新区召开人工智能 产业推进会", "高新区举办新春招聘会"

# A report copied from a web page: its buttons and trail above the title, its 来源： line.
WEB_REPORT = (
    "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"
    "当前位置：\n首页\n>\n政务信息\n>\n要闻\n"
    "2031年云岭省政府工作报告\n"
    "——2031年1月20日在云岭省第九届人民代表大会第三次会议上\n"
    "来源：云岭日报\n"
    "各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "一、2030年工作回顾\n"
    "过去一年，全省地区生产总值增长5.6%，城镇新增就业42万人。\n"
    "二、2031年主要目标\n"
    "全省地区生产总值增长5%左右，城镇新增就业40万人以上。\n"
)


def resplit(*args: str) -> tuple[str, str, int]:
    """Run the command as a user would; return (stdout, stderr, exit status)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("resplit", *args, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        err.write(f"CommandError: {error}\n")
        code = error.returncode
    return out.getvalue(), err.getvalue(), code


def snapshot() -> list:
    documents = list(Document.objects.order_by("name").values_list())
    articles = list(Article.objects.order_by("document__name", "position").values_list())
    items = [list(model.objects.order_by("pk").values_list()) for model in (Commitment, Evidence)]
    return [documents, articles, items, Article.history.count()]


def stored_by_an_older_version(name: str, stories: list[tuple[str, str]]) -> list[Article]:
    """Replace a document's articles by those an older splitter wrote (``stories``: title and
    body each), the first article keeping the stored date; their machine items go with them."""
    document = Document.objects.get(name=name)
    dated = document.articles.order_by("position").values(
        "published_on", "date_precision", "date_basis", "date_edited").first()
    Commitment.objects.filter(article__document=document).delete()
    Evidence.objects.filter(article__document=document).delete()
    document.articles.all().delete()
    return [
        Article.objects.create(
            document=document, position=position, title=title, body=body, span_start=0,
            span_end=len(document.raw_text), **dated,
        )
        for position, (title, body) in enumerate(stories, 1)
    ]


def one_story_of_the_whole_page(name: str) -> Article:
    """An older splitter that did not see where the page's second story begins."""
    text = Document.objects.get(name=name).raw_text
    (article,) = stored_by_an_older_version(name, [("高新区召开人工智能", text)])
    return article


def test_a_copied_web_page_stored_before_the_upgrade_gets_its_title_source_and_place():
    ingest_document(name="report.txt", data=WEB_REPORT.encode())
    # As stored by a version that took the page's first button for the title and read no
    # 来源： line and no place.
    (old,) = stored_by_an_older_version(
        "report.txt", [("下载", WEB_REPORT.split("\n", 1)[1])])
    Document.objects.filter(name="report.txt").update(place="", place_basis="")
    out, err, code = resplit()
    assert code == 0, err
    assert out.splitlines() == [
        "updated report.txt: 1 article(s) (1 updated)",
        "Documents: 1 updated, 0 unchanged, 0 failed.",
        "Articles: 0 new, 1 updated, 0 unchanged, 0 kept as stale, 0 removed. "
        f"Commitments: {Commitment.objects.count()}, evidence: {Evidence.objects.count()}.",
    ]
    article = Article.objects.get()
    assert article.pk == old.pk
    assert (article.title, article.source) == ("2031年云岭省政府工作报告", "云岭日报")
    assert "字号" not in article.body and "当前位置" not in article.body
    assert Document.objects.get().place == "云岭省"
    # the changed text was read for items again, as ingesting it does
    assert article.commitments.filter(quote__contains="城镇新增就业40万人以上").exists()


def test_a_page_stored_as_one_story_is_split_into_its_stories_keeping_the_article():
    ingest_document(name="page.txt", data=PAGE.encode())
    old = one_story_of_the_whole_page("page.txt")
    assert Commitment.objects.count() == 0
    out, err, code = resplit("page.txt")
    assert code == 0, err
    assert out.splitlines()[0] == "updated page.txt: 2 article(s) (1 new, 1 updated)"
    first, second = Article.objects.order_by("position")
    assert (first.pk, first.title, second.title) == (old.pk, FIRST, SECOND)
    assert (first.published_on, second.published_on) == (dt.date(2024, 3, 2), dt.date(2024, 3, 1))
    assert [c.quote for c in first.commitments.all()] == ["力争全年新增人工智能企业50家"]


def test_editors_title_source_date_and_reviewed_items_are_kept():
    ingest_document(name="page.txt", data=PAGE.encode(), source="高新区报")
    first, second = Article.objects.order_by("position")
    accepted = Commitment.objects.get(article=first)
    accepted.review_state, accepted.editor_note = ReviewState.ACCEPTED, "checked by hand"
    accepted.save()
    accepted_values = Commitment.objects.filter(pk=accepted.pk).values().get()
    rejected = Evidence.objects.create(article=second, quote="岗位", start=0, end=2,
                                       review_state=ReviewState.REJECTED)
    Article.objects.filter(pk=first.pk).update(
        title="编辑改过的标题", title_edited=True, source="郑州日报", source_edited=True,
        published_on=dt.date(2024, 3, 3), date_precision=DatePrecision.DAY,
        date_basis="editor", date_edited=True)
    # the second story as an older version titled it
    Article.objects.filter(pk=second.pk).update(title="本报讯")
    out, err, code = resplit()
    assert code == 0, err
    assert out.splitlines()[0] == "updated page.txt: 2 article(s) (1 updated)"
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.title, first.source, first.published_on, first.date_basis) == (
        "编辑改过的标题", "郑州日报", dt.date(2024, 3, 3), "editor")
    assert (second.title, second.source) == (SECOND, "高新区报")
    assert Commitment.objects.filter(pk=accepted.pk).values().get() == accepted_values
    assert Evidence.objects.filter(pk=rejected.pk, review_state=ReviewState.REJECTED).exists()


def test_a_vanished_article_holding_reviewed_work_is_kept_stale():
    ingest_document(name="page.txt", data=PAGE.encode())
    text = Document.objects.get().raw_text
    # an older version cut a third story, a fragment, from the page; an editor accepted an
    # item in it
    *_, fragment = stored_by_an_older_version("page.txt", [
        ("高新区召开人工智能", text), (SECOND, "企业提供岗位三千余个。"),
        ("", "记者 王五 版面碎片")])
    kept = Evidence.objects.create(article=fragment, quote="王五", start=3, end=5,
                                   review_state=ReviewState.ACCEPTED)
    out, err, code = resplit()
    assert code == 0, err
    assert out.splitlines()[0] == "updated page.txt: 3 article(s) (2 updated, 1 kept as stale)"
    fragment.refresh_from_db()
    assert fragment.is_stale
    assert Evidence.objects.filter(pk=kept.pk, review_state=ReviewState.ACCEPTED).exists()


def test_a_second_run_changes_nothing_and_says_so():
    ingest_document(name="page.txt", data=PAGE.encode())
    one_story_of_the_whole_page("page.txt")
    _out, err, code = resplit()
    assert code == 0, err
    before = snapshot()
    out, err, code = resplit()
    assert (code, err) == (0, "")
    assert snapshot() == before
    assert out.splitlines() == [
        "Documents: 0 updated, 1 unchanged, 0 failed.",
        "Articles: 0 new, 0 updated, 2 unchanged, 0 kept as stale, 0 removed. "
        f"Commitments: {Commitment.objects.count()}, evidence: {Evidence.objects.count()}.",
        "Nothing changed: every document already reads as this version splits it.",
        # the page names no place (高新区 alone): linking compares its figures with every
        # place's, so the run says which document wants one
        "1 document(s) name no place, so their figures are compared with every place's: "
        "give each its place (the document's admin page):",
        "  page.txt",
    ]


def test_the_seeds_as_ingested_are_unchanged():
    call_command("ingest", str(SEEDS), verbosity=0)
    before = snapshot()
    out, _err, code = resplit()
    assert code == 0
    assert snapshot() == before
    assert out.splitlines()[0] == "Documents: 0 updated, 5 unchanged, 0 failed."
    assert out.splitlines()[2].startswith("Nothing changed")
    assert out.splitlines()[3] == "4 article(s) need a date (set it in the admin):"
    # named as ingest names them, so that each can be found
    assert out.splitlines()[4] == (
        "  000_a2256ed5a684c2a4.txt #1 高新区组织收听收看 全国脱贫攻坚总结表彰大会")


def test_an_unknown_document_is_one_clear_error_and_nothing_is_read():
    ingest_document(name="page.txt", data=PAGE.encode())
    old = one_story_of_the_whole_page("page.txt")
    before = snapshot()
    out, err, code = resplit("page.txt", "nosuch.txt")
    assert (out, code) == ("", 1)
    assert err == ("CommandError: No stored document named 'nosuch.txt': nothing was read "
                   "again (names as `ingest` printed them).\n")
    assert snapshot() == before
    assert Article.objects.get().pk == old.pk


def test_a_failing_document_keeps_what_it_had_and_is_named_the_others_are_read():
    ingest_document(name="a.txt", data=PAGE.encode())
    ingest_document(name="b.txt", data=PAGE.replace("50家", "60家").encode())
    one_story_of_the_whole_page("b.txt")
    # a stored text from which no story can be cut any more
    Document.objects.filter(name="a.txt").update(raw_text="\n\n")
    kept = list(Article.objects.filter(document__name="a.txt").values_list())
    out, err, code = resplit()
    assert code == 1
    assert err.splitlines() == [
        "FAILED a.txt: no story could be cut from the stored text; nothing was changed.",
        "CommandError: 1 of 2 document(s) failed and kept what they had; the others were "
        "read again.",
    ]
    assert out.splitlines()[:2] == ["updated b.txt: 2 article(s) (1 new, 1 updated)",
                                    "Documents: 1 updated, 0 unchanged, 1 failed."]
    assert list(Article.objects.filter(document__name="a.txt").values_list()) == kept


def test_a_manifest_date_and_source_reach_the_new_stories(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE.replace("2024年", ""), encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[files."a.txt"]\ndate = 2024-03-05\nsource = "高新时报"\nplace = "郑州市"\n'
        '[files."b.txt"]\nyear = 2021\n',
        encoding="utf-8",
    )
    call_command("ingest", str(tmp_path), verbosity=0)
    for name in ("a.txt", "b.txt"):
        one_story_of_the_whole_page(name)
    _out, err, code = resplit()
    assert code == 0, err
    a = Document.objects.get(name="a.txt")
    assert (a.source, a.place, a.place_basis) == ("高新时报", "郑州市", "manifest")
    assert {(x.title, x.published_on, x.date_basis, x.source) for x in a.articles.all()} == {
        (FIRST, dt.date(2024, 3, 5), "manifest", "高新时报"),
        (SECOND, dt.date(2024, 3, 5), "manifest", "高新时报")}
    b = Document.objects.get(name="b.txt")
    assert {(x.title, x.published_on) for x in b.articles.all()} == {
        (FIRST, dt.date(2021, 3, 2)), (SECOND, dt.date(2021, 3, 1))}


def test_a_date_given_on_the_command_line_reaches_the_new_stories(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    call_command("ingest", str(tmp_path / "page.txt"), "--date", "2024-03-05", verbosity=0)
    one_story_of_the_whole_page("page.txt")
    _out, err, code = resplit()
    assert code == 0, err
    assert {(a.published_on, a.date_basis, a.date_edited) for a in Article.objects.all()} == {
        (dt.date(2024, 3, 5), "命令行 --date", True)}
    assert Article.objects.count() == 2


def test_an_editors_pasted_article_stays_one_story():
    article = ingest_pasted_article(title="两条新闻", text=PAGE)
    before = snapshot()
    out, _err, code = resplit()
    assert code == 0
    assert out.splitlines()[0] == "Documents: 0 updated, 1 unchanged, 0 failed."
    assert snapshot() == before
    assert Article.objects.get().pk == article.pk


def test_dry_run_says_what_would_change_and_stores_nothing():
    ingest_document(name="page.txt", data=PAGE.encode())
    one_story_of_the_whole_page("page.txt")
    before = snapshot()
    out, _err, code = resplit("--dry-run")
    assert code == 0
    assert out.splitlines()[:2] == [
        "updated page.txt: 2 article(s) (1 new, 1 updated)",
        "Dry run, nothing stored. Would have: Documents: 1 updated, 0 unchanged, 0 failed.",
    ]
    assert snapshot() == before


def test_help_runs():
    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("resplit", "--help", stdout=out)
