"""``manage.py extract`` reads stored articles again: the machine's unreviewed suggestions are
made as the current version makes them; what editors decided stays."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import transaction

from articles.models import Article
from articles.services import ingest_document
from tracker import services
from tracker.management.commands import extract as extract_command
from tracker.models import Commitment, Evidence, Link, Relation, ReviewState

pytestmark = pytest.mark.django_db

TARGETS = (
    "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业47万人左右。（青禾省有关部门供稿，青禾省统计部门核实）\n"
)
RESULTS = "2023年，地区生产总值增长5.2%，城镇新增就业48万人。（鹿川省供稿，鹿川省核实）\n"


def extract(*names: str, stderr: io.StringIO | None = None) -> str:
    out, err = io.StringIO(), stderr or io.StringIO()
    call_command("extract", *names, stdout=out, stderr=err)
    return out.getvalue()


def story(title: str, day: str, text: str) -> str:
    return f"{title}\n\n本报讯 {day}，{text}\n记者 张三\n"


# A year's targets, then a page of three stories a year later: the year's results, the next
# year's targets (measured against those results) and a second, different result.
TARGETS_2023 = story(
    "工作会议", "1月10日", "力争2023年高新区技术合同成交额突破150亿元，新增高新技术企业300家。"
)
PAGE_2024 = "\n".join([
    story("高新区经济运行情况", "1月15日",
          "2023年高新区技术合同成交额完成156亿元，新增高新技术企业320家。"),
    story("高新区明确今年目标", "1月16日",
          "力争2024年高新区技术合同成交额突破180亿元，新增高新技术企业350家。"),
    story("高新区发布年度数据", "1月17日", "2023年高新区技术合同成交额达到158亿元。"),
])  # fmt: skip


def ingest_both() -> None:
    ingest_document(name="targets.txt", data=TARGETS_2023.encode(), page_year=2023)
    ingest_document(name="page.txt", data=PAGE_2024.encode(), page_year=2024)


def state() -> tuple[list, list]:
    """Every item and link as a reader sees them (ids left out: they differ between runs)."""

    def note(text: str) -> str:
        return re.sub(r"#\d+", "#", text)

    items = sorted(
        (model.__name__, item.article.title, item.quote, str(item.value), item.review_state,
         note(getattr(item, "conflict_note", "")),
         item.revises.quote if getattr(item, "revises", None) else "")
        for model in (Commitment, Evidence)
        for item in model.objects.select_related("article")
    )  # fmt: skip
    links = sorted(
        Link.objects.values_list(
            "commitment__quote", "evidence__quote", "evidence__article__title", "relation",
            "score", "review_state", "note",
        )
    )
    return items, links


def test_extract_replaces_an_earlier_versions_suggestions_and_keeps_editors_work():
    ingest_document(name="targets.txt", data=TARGETS.encode(), published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=RESULTS.encode(), published_on=dt.date(2024, 1, 20))
    assert not Link.objects.exists()  # two provinces' figures: nothing to suggest
    editor = User.objects.create_user("ed")
    gdp = Commitment.objects.get(indicator__name="地区生产总值")
    jobs = Commitment.objects.get(indicator__name="城镇新增就业人数")
    services.review_item(item=gdp, state=ReviewState.ACCEPTED, user=editor)
    # What an earlier version suggested across the two places, and an editor's own link.
    stale = Link.objects.create(commitment=jobs, relation=Relation.FULFILS,
                                evidence=Evidence.objects.get(indicator__name="城镇新增就业人数"))
    kept = services.link_evidence(
        commitment=gdp, evidence=Evidence.objects.get(indicator__name="地区生产总值"),
        relation=Relation.FULFILS, note="两地口径一致", user=editor,
    )  # fmt: skip

    summary = extract()

    assert summary.startswith("Read 2 articles again:")
    assert not Link.objects.filter(pk=stale.pk).exists()
    assert list(Link.objects.values_list("pk", "note")) == [(kept.pk, "两地口径一致")]
    gdp.refresh_from_db()
    assert gdp.review_state == ReviewState.ACCEPTED  # the same row, still accepted
    assert Commitment.objects.count() == 2 and Evidence.objects.count() == 2


def test_extract_reads_only_the_documents_named_and_refuses_an_unknown_one():
    ingest_document(name="targets.txt", data=TARGETS.encode(), published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=RESULTS.encode(), published_on=dt.date(2024, 1, 20))
    assert extract("targets.txt").startswith("Read 1 article again:")
    before = list(Commitment.objects.values_list("pk", flat=True))
    with pytest.raises(CommandError, match="^No stored document named 'nosuch.txt': nothing read"):
        extract("targets.txt", "nosuch.txt")
    assert list(Commitment.objects.values_list("pk", flat=True)) == before


def test_a_documents_articles_read_together_end_as_read_one_by_one_and_editors_work_stays():
    ingest_both()
    editor = User.objects.create_user("ed")
    target = Commitment.objects.get(quote__startswith="力争2023年")
    services.review_item(item=target, state=ReviewState.ACCEPTED, user=editor)
    firms = Evidence.objects.get(quote="新增高新技术企业320家")
    services.update_item(item=firms, changes={"editor_note": "口径已核对"}, user=editor)
    rejected = Link.objects.get(commitment__quote__startswith="力争2024年",
                                evidence__quote__endswith="158亿元")
    services.review_item(item=rejected, state=ReviewState.REJECTED, user=editor)
    # What an earlier version left: a figure read wrong, a link missed, conflicts not seen.
    Evidence.objects.filter(quote__endswith="156亿元").update(value=165)
    Link.objects.filter(commitment=target, evidence__quote__endswith="156亿元").delete()
    Evidence.objects.update(conflict_note="")

    with transaction.atomic():
        for article in Article.objects.order_by("published_on", "pk"):
            services.extract_article(article=article)
        one_by_one = state()
        transaction.set_rollback(True)
    summary = extract()

    assert state() == one_by_one
    # kept: the accepted and edited items, and the two ends of the rejected link; of the
    # three suggestions read again, the figure read wrong is corrected in its own row
    assert summary.startswith(
        "Read 4 articles again: 2 commitments and 1 evidence suggested (0 new, 1 changed in "
        "place, 2 unchanged; 0 earlier suggestions removed), "
    )
    items, links = one_by_one
    # The page's stories meet one another (2024's target starts from 2023's result) and the
    # earlier document's target (met by both of 2023's results, which disagree).
    assert [link[:4] for link in links] == [
        ("力争2023年高新区技术合同成交额突破150亿元", "2023年高新区技术合同成交额完成156亿元",
         "高新区经济运行情况", Relation.FULFILS),
        ("力争2023年高新区技术合同成交额突破150亿元", "2023年高新区技术合同成交额达到158亿元",
         "高新区发布年度数据", Relation.FULFILS),
        ("力争2024年高新区技术合同成交额突破180亿元", "2023年高新区技术合同成交额完成156亿元",
         "高新区经济运行情况", Relation.BASELINE),
        ("力争2024年高新区技术合同成交额突破180亿元", "2023年高新区技术合同成交额达到158亿元",
         "高新区发布年度数据", Relation.BASELINE),
        ("新增高新技术企业300家", "新增高新技术企业320家", "高新区经济运行情况",
         Relation.FULFILS),
        ("新增高新技术企业350家", "新增高新技术企业320家", "高新区经济运行情况",
         Relation.BASELINE),
    ]  # fmt: skip
    assert ("Evidence", "高新区经济运行情况", "2023年高新区技术合同成交额完成156亿元",
            "156.000000", ReviewState.SUGGESTED,
            "与《高新区发布年度数据》（2024-01-17，证据 #）的数值 158.000000亿元不一致，请核实。",
            "") in items  # fmt: skip
    # The editors' work: the same rows, as they left them.
    target.refresh_from_db()
    firms.refresh_from_db()
    rejected.refresh_from_db()
    assert target.review_state == ReviewState.ACCEPTED
    assert (firms.editor_note, firms.review_state) == ("口径已核对", ReviewState.EDITED)
    assert rejected.review_state == ReviewState.REJECTED


def test_a_conflict_note_names_the_other_figure_as_stored_now():
    ingest_both()
    extract()
    for evidence in Evidence.objects.exclude(conflict_note=""):
        named = int(re.search(r"证据 #(\d+)", evidence.conflict_note).group(1))
        assert Evidence.objects.filter(pk=named).exists()


def test_extract_says_how_far_it_got_at_each_hundred_articles(monkeypatch):
    monkeypatch.setattr(extract_command, "PROGRESS_EVERY", 2)
    ingest_both()
    ingest_document(name="later.txt", data=TARGETS_2023.replace("2023年", "2025年").encode(),
                    page_year=2025)  # fmt: skip
    err = io.StringIO()
    extract(stderr=err)
    # read a document at a time (1, then 3, then 1 article): a line each time a multiple passes
    assert err.getvalue().splitlines() == ["4 of 5 articles read"]


def test_an_article_deleted_while_extract_runs_is_skipped(monkeypatch):
    ingest_both()
    gone = Article.objects.get(title="高新区发布年度数据")
    batches = extract_command._batches

    def then_delete(rows):
        planned = batches(rows)
        Evidence.objects.filter(article=gone).delete()
        gone.delete()
        return planned

    monkeypatch.setattr(extract_command, "_batches", then_delete)
    assert extract("page.txt").startswith("Read 3 articles again: 2 commitments and 2 evidence")
    assert not Evidence.objects.filter(article_id=gone.pk).exists()


def test_a_document_that_fails_loses_nothing_and_the_command_says_where_it_stopped(monkeypatch):
    ingest_both()
    before = state()
    kept = sorted(Evidence.objects.values_list("pk", flat=True))

    def broken(steps, **_how):
        raise RuntimeError("a bug in the linker")

    monkeypatch.setattr(services, "_mark_revisions", broken)
    err = io.StringIO()
    with pytest.raises(RuntimeError, match="a bug in the linker"):
        extract(stderr=err)
    assert err.getvalue() == (
        "Stopped at 'targets.txt': its articles keep what they had; 0 of 4 articles were read "
        "again before it.\n"
    )
    assert state() == before
    assert sorted(Evidence.objects.values_list("pk", flat=True)) == kept


def test_six_results_one_target_and_its_revision_read_again_end_as_read_alone():
    """Each document read again by the command ends as reading each article alone does:
    the cap keeps the same five of six results (ranked by the stored links' other ends),
    the conflicting results keep the same notes, and the restated target revises the same
    earlier one."""
    ingest_document(name="target.txt", data=story(
        "工作会议", "1月10日", "力争2023年高新区技术合同成交额突破150亿元。"
    ).encode(), page_year=2023)  # fmt: skip
    ingest_document(name="restated.txt", data=story(
        "高新区调整目标", "6月10日", "力争2023年高新区技术合同成交额突破160亿元。"
    ).encode(), page_year=2023)  # fmt: skip
    for day, value in enumerate((151, 152, 153, 154, 155, 156), start=10):
        ingest_document(name=f"result{value}.txt", data=story(
            f"高新区经济运行情况之{value}", f"1月{day}日",
            f"2023年高新区技术合同成交额完成{value}亿元。",
        ).encode(), page_year=2024)  # fmt: skip
    # What an earlier version left: a result read wrong, no revision, links missed, no notes.
    Evidence.objects.filter(quote__endswith="153亿元").update(value=135)
    Commitment.objects.update(revises=None)
    Link.objects.filter(evidence__quote__endswith="156亿元").delete()
    Evidence.objects.update(conflict_note="")

    with transaction.atomic():
        for article in Article.objects.order_by("published_on", "pk"):
            services.extract_article(article=article)
        alone = state()
        transaction.set_rollback(True)
    assert extract().startswith(
        f"Read {Article.objects.count()} articles again: 2 commitments and 6 evidence suggested"
    )

    assert state() == alone
    items, links = alone
    target = "力争2023年高新区技术合同成交额突破150亿元"
    # the newest five results (the first of the six published is left out)
    assert sorted(link[1] for link in links if link[0] == target) == [
        f"2023年高新区技术合同成交额完成{value}亿元" for value in (152, 153, 154, 155, 156)
    ]
    restated = "力争2023年高新区技术合同成交额突破160亿元"
    assert [item[2:] for item in items if item[2] == restated] == [
        (restated, "160.000000", ReviewState.SUGGESTED, "", target)
    ]
    assert all(item[5] for item in items if item[0] == "Evidence")  # every result disagrees
