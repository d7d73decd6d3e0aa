"""An editor accepts a machine suggestion while a re-ingest of its article runs: the editor's
decision is never lost and the item is never duplicated, whichever transaction goes first.

Real concurrency needs real row locks and two connections: PostgreSQL only (SQLite allows
one writer at a time, so the interleavings below cannot happen there). Two concurrent
ingests of the same files are tested with ingestion (tests/test_ingest*.py).
"""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from django.contrib.auth.models import User
from django.db import connection, connections

from articles.models import Article
from articles.services import ingest_document
from articles.signals import article_text_stored
from tracker.models import Commitment, ReviewState
from tracker.services import review_item

pytestmark = [pytest.mark.postgres_only, pytest.mark.django_db(transaction=True)]

PAGE = (
    "本报讯 8月21日，高新区召开2024年高质量发展推进会。会议提出，力争全年新增300家"
    "高新技术企业，技术合同成交额突破170.5亿元。\n记者 张三\n"
)
CHANGED_PAGE = PAGE.replace("。\n记者", "。下半年固定资产投资要完成163.8亿元。\n记者")
NAME = "concurrent.txt"
WAIT = 1.5  # long enough for the other transaction to reach its lock and block on it


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks and concurrent connections; SQLite has one "
                    "writer at a time (scripts/run_tests.py runs this on PostgreSQL)")


@pytest.fixture
def suggestion() -> Commitment:
    ingest_document(name=NAME, data=PAGE.encode(), published_on=dt.date(2024, 8, 21))
    article = Article.objects.get(document__name=NAME)
    item = Commitment.objects.filter(article=article, quote__contains="300家").get()
    assert item.review_state == ReviewState.SUGGESTED
    return item


@pytest.fixture
def editor() -> User:
    return User.objects.create_user("editor", password="x" * 20, is_staff=True)


class Worker(threading.Thread):
    """A thread with its own database connection that keeps its exception for the test."""

    def __init__(self, target) -> None:
        super().__init__(daemon=True)
        self._work = target
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._work()
        except BaseException as error:  # reported by the test, not lost in the thread
            self.error = error
        finally:
            connections.close_all()


def reingest() -> None:
    ingest_document(name=NAME, data=CHANGED_PAGE.encode(), published_on=dt.date(2024, 8, 21))


def items_at(item: Commitment) -> list[Commitment]:
    """Every commitment of the article at the item's place (same quote and offsets)."""
    return list(Commitment.objects.filter(article_id=item.article_id, quote=item.quote))


def assert_kept_once(item: Commitment, editor_error: BaseException | None) -> None:
    found = items_at(item)
    assert len(found) == 1, [(c.pk, c.review_state) for c in found]
    if editor_error is None:
        # The editor was told it worked: the decision must be in the database.
        assert found[0].review_state == ReviewState.ACCEPTED
    # The re-ingest itself went through: the new sentence's commitment is there.
    assert Commitment.objects.filter(article_id=item.article_id,
                                     quote__contains="163.8亿元").exists()


def test_editor_accepts_first_and_the_reingest_waits(suggestion, editor):
    """The editor's transaction holds the row when the re-ingest starts."""
    from django.db import transaction

    accepted, release = threading.Event(), threading.Event()

    def accept() -> None:
        with transaction.atomic():
            item = Commitment.objects.get(pk=suggestion.pk)
            review_item(item=item, state=ReviewState.ACCEPTED, user=editor, reason="核对原文")
            accepted.set()
            release.wait(30)  # keep the row locked while the re-ingest runs into it

    editor_thread = Worker(accept)
    editor_thread.start()
    assert accepted.wait(30)
    ingest_thread = Worker(reingest)
    ingest_thread.start()
    time.sleep(WAIT)
    release.set()
    editor_thread.join(60)
    ingest_thread.join(60)
    assert not editor_thread.is_alive() and not ingest_thread.is_alive()
    assert editor_thread.error is None, editor_thread.error
    assert ingest_thread.error is None, ingest_thread.error
    assert_kept_once(suggestion, None)


def test_editor_accepts_while_the_reingest_transaction_is_open(suggestion, editor):
    """The editor opened the item before the re-ingest, and saves while the re-ingest's
    transaction (which replaces unreviewed suggestions) is still open."""
    item = Commitment.objects.get(pk=suggestion.pk)  # the editor's page, loaded earlier
    inside, release = threading.Event(), threading.Event()
    ingest_thread: Worker | None = None

    def pause_inside_the_ingest(sender, *, article, **kwargs) -> None:
        if threading.current_thread() is ingest_thread:
            inside.set()
            release.wait(30)

    article_text_stored.connect(pause_inside_the_ingest, weak=False)
    try:
        ingest_thread = Worker(reingest)
        ingest_thread.start()
        assert inside.wait(60), ingest_thread.error

        def accept() -> None:
            review_item(item=item, state=ReviewState.ACCEPTED, user=editor, reason="核对原文")

        editor_thread = Worker(accept)
        editor_thread.start()
        time.sleep(WAIT)  # the editor's write now waits for the re-ingest's locks, or is done
        release.set()
        ingest_thread.join(60)
        editor_thread.join(60)
    finally:
        release.set()
        article_text_stored.disconnect(pause_inside_the_ingest)
    assert not editor_thread.is_alive() and not ingest_thread.is_alive()
    assert ingest_thread.error is None, ingest_thread.error
    # Either the editor's save went through (and must be kept) or it failed with an error
    # the editor sees; never a silent loss and never a second copy of the item.
    assert_kept_once(suggestion, editor_thread.error)
