"""History rows written by the database for bulk writes (articles/history.py) are the rows
django-simple-history writes itself on a save."""

from __future__ import annotations

from datetime import date

import pytest

from articles.history import CHANGED, DELETED, record_history
from articles.models import Article
from articles.services import ingest_document
from tracker.models import Commitment, Evidence, Link, ReviewState

pytestmark = pytest.mark.django_db

TEXT = (
    "工作会议\n\n本报讯 1月2日，郑州高新区召开工作会议。2023年郑州高新区技术合同成交额"
    "完成136亿元。力争2024年郑州高新区技术合同成交额突破170亿元。"
)
# What may differ between two history rows of the same object in the same state.
BOOKKEEPING = {"history_id", "history_date", "history_type", "history_change_reason",
               "history_user_id"}  # fmt: skip


def _history_rows(model, pk: int) -> list[dict]:
    """The object's history rows, oldest first, without their bookkeeping."""
    rows = model.history.filter(**{model._meta.pk.attname: pk}).order_by("history_id")
    return [
        {name: value for name, value in row.items() if name not in BOOKKEEPING}
        for row in rows.values()
    ]


@pytest.mark.parametrize("model", [Article, Commitment, Evidence, Link])
def test_a_recorded_change_holds_what_a_save_records(model):
    ingest_document(name="report.txt", data=TEXT.encode(), published_on=date(2024, 1, 2))
    obj = model.objects.order_by("pk").first()
    assert obj is not None, "the report gives one of each"
    if model is Article:
        obj.title = "改过的标题"
    else:
        obj.review_state = ReviewState.ACCEPTED
    obj._change_reason = "编辑"
    obj.save()  # simple_history writes its row
    record_history(model, [obj.pk], CHANGED, "批量写入")

    saved, recorded = _history_rows(model, obj.pk)[-2:]
    assert recorded == saved
    assert recorded[
        "title" if model is Article else "review_state"
    ] == ("改过的标题" if model is Article else ReviewState.ACCEPTED)
    latest = model.history.filter(**{model._meta.pk.attname: obj.pk}).latest("history_id")
    assert (latest.history_type, latest.history_change_reason) == ("~", "批量写入")
    assert latest.history_user_id is None


def test_a_recorded_deletion_holds_what_a_delete_records():
    ingest_document(name="report.txt", data=TEXT.encode(), published_on=date(2024, 1, 2))
    link = Link.objects.get()
    pk = link.pk
    record_history(Link, [pk], DELETED, "机器建议被更好的建议取代")
    link.delete()  # simple_history writes its row
    recorded, deleted = _history_rows(Link, pk)[-2:]
    assert recorded == deleted
    types = Link.history.filter(id=pk).order_by("history_id").values_list("history_type", flat=True)
    assert list(types)[-2:] == ["-", "-"]
