"""Atom feed at /feed/: status changes of visible commitments and newly found evidence."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from xml.sax.saxutils import XMLGenerator

from django.contrib.syndication.views import Feed
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.xmlutils import SimplerXMLGenerator, UnserializableContentError

from .models import Commitment, Evidence, Status
from .paths import object_path

FEED_LENGTH = 50
# Atom ids must be URIs that never change: tag URIs (RFC 4151) naming the item.
GUID_PREFIX = "tag:policy-commitment-tracker,2024:"


@dataclass(frozen=True)
class FeedEntry:
    title: str
    description: str
    link: str
    when: dt.datetime
    guid: str


def status_changes(limit: int = FEED_LENGTH) -> list[FeedEntry]:
    """Recorded changes of status (not the first record, unless it already had a decided
    status), newest first, of commitments the public may see. One query."""
    history = Commitment.history.model
    earlier = history.objects.filter(
        id=OuterRef("id"), history_date__lt=OuterRef("history_date")
    ).order_by("-history_date", "-history_id")
    records = (
        history.objects.filter(id__in=Commitment.objects.public().values("pk"))
        .annotate(previous_status=Subquery(earlier.values("status")[:1]))
        .filter(
            (Q(previous_status__isnull=True) & ~Q(status=Status.PENDING))
            | (Q(previous_status__isnull=False) & ~Q(status=F("previous_status")))
        )
        .order_by("-history_date", "-history_id")[:limit]
    )
    labels = dict(Status.choices)
    entries = []
    for record in records:
        label = labels.get(record.status, record.status)
        before = labels.get(record.previous_status, "") if record.previous_status else ""
        title = f"承诺状态：{label}｜{record.quote[:40]}"
        reason = record.status_reason or record.history_change_reason or ""
        description = (f"由“{before}”改为“{label}”。" if before else f"状态：{label}。") + (
            f"理由：{reason}" if reason else ""
        )
        entries.append(
            FeedEntry(
                title=title,
                description=description,
                link=object_path("tracker:commitment", record.id),
                when=record.history_date,
                guid=f"{GUID_PREFIX}commitment/{record.id}/status/{record.history_id}",
            )
        )
    return entries


def new_evidence(limit: int = FEED_LENGTH) -> list[FeedEntry]:
    entries = []
    for item in Evidence.objects.public().order_by("-created_at", "-pk")[:limit]:
        name = item.indicator.name if item.indicator else item.indicator_text
        entries.append(
            FeedEntry(
                title=f"新证据：{name or item.quote[:30]}",
                description=item.quote
                + ("（机器提取，未经审核）" if not item.is_reviewed else ""),
                link=object_path("articles:detail", item.article_id) + f"#evidence-{item.pk}",
                when=item.created_at,
                guid=f"{GUID_PREFIX}evidence/{item.pk}",
            )
        )
    return entries


# As django.utils.xmlutils, compiled now: Django's pattern is compiled lazily and reached
# through a proxy object on every tag and text, which cost a quarter of writing the feed.
_XML_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0B-\x0C\x0E-\x1F]")


class _XMLWriter(SimplerXMLGenerator):
    """SimplerXMLGenerator, with its check for characters XML 1.0 cannot carry compiled."""

    def characters(self, content):
        if content and _XML_CONTROL_CHARS.search(content):
            raise UnserializableContentError
        XMLGenerator.characters(self, content)

    def startElement(self, name, attrs):
        for value in attrs.values():
            if isinstance(value, str) and _XML_CONTROL_CHARS.search(value):
                raise UnserializableContentError
        XMLGenerator.startElement(self, name, dict(sorted(attrs.items())) if attrs else attrs)


class BufferedAtom1Feed(Atom1Feed):
    """Atom1Feed's document, written to the response in one piece. Atom1Feed writes each tag
    and text separately (some 1,400 writes for 50 entries), and every write to an
    HttpResponse is encoded and stored on its own: a third of the time spent writing."""

    def write(self, outfile, encoding):
        buffer = io.StringIO()
        handler = _XMLWriter(buffer, encoding, short_empty_elements=True)  # Atom1Feed.write
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")
        outfile.write(buffer.getvalue().encode(encoding))


class ChangesFeed(Feed):
    feed_type = BufferedAtom1Feed
    title = "政策承诺追踪：状态变化与新证据"
    subtitle = "承诺状态的每次变化，以及新发现的结果数据。"
    language = "zh-hans"

    def link(self):
        return reverse("tracker:home")

    def items(self):
        merged = status_changes() + new_evidence()
        merged.sort(key=lambda entry: entry.when, reverse=True)
        return merged[:FEED_LENGTH]

    def item_title(self, item: FeedEntry) -> str:
        return item.title

    def item_description(self, item: FeedEntry) -> str:
        return item.description

    def item_link(self, item: FeedEntry) -> str:
        return item.link

    def item_guid(self, item: FeedEntry) -> str:
        return item.guid

    item_guid_is_permalink = False

    def item_updateddate(self, item: FeedEntry) -> dt.datetime:
        return item.when

    def item_pubdate(self, item: FeedEntry) -> dt.datetime:
        return item.when
