"""Atom feed at /feed/: status changes of visible commitments and newly found evidence."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from dataclasses import dataclass
from types import SimpleNamespace
from xml.sax.saxutils import XMLGenerator, escape

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.contrib.syndication.views import Feed, add_domain
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, rfc3339_date
from django.utils.xmlutils import SimplerXMLGenerator, UnserializableContentError

from articles.history import history_model

from .compiled import compiled_all
from .models import REVIEWED_STATES, UNREVIEWED_LABEL, Commitment, Evidence, Status
from .paths import object_paths
from .views import amount, period_label

FEED_LENGTH = 50
# Atom ids must be URIs that never change: tag URIs (RFC 4151) naming the item.
GUID_PREFIX = "tag:policy-commitment-tracker,2024:"
# The columns views.amount and views.period_label read, to title an entry by its figure.
_FIGURE_FIELDS = ("value", "value_max", "unit", "comparator", "measure", "falls",
                  "period_start", "period_end", "period_text")


def figure_title(row: dict) -> str:
    """What a figure measures, its amount and its period, as the pages write them
    (技术合同成交额 170.5亿元以上，2024年（全年）), from a row of ``_FIGURE_FIELDS`` with
    ``indicator__name``, ``indicator_text`` and ``quote``; the quote's start names a figure
    of no indicator."""
    name = row["indicator_text"] if row["indicator__name"] is None else row["indicator__name"]
    figure = SimpleNamespace(**{field: row[field] for field in _FIGURE_FIELDS})
    return (" ".join(filter(None, [name or row["quote"][:30], amount(figure)]))
            + f"，{period_label(figure)}")


@dataclass(frozen=True)
class FeedEntry:
    title: str
    description: str
    link: str
    when: dt.datetime
    guid: str


def status_changes() -> list[FeedEntry]:
    """The FEED_LENGTH latest recorded changes of status (not the first record, unless it
    already had a decided status), newest first, of commitments the public may see. One
    query."""
    records = _status_change_rows(getattr(settings, "PUBLIC_UNREVIEWED", "mark"))()
    labels = dict(Status.choices)
    commitment_path = object_paths("tracker:commitment")
    entries = []
    for row in records:
        label = labels.get(row["status"], row["status"])
        before = labels.get(row["previous_status"], "") if row["previous_status"] else ""
        reason = row["status_reason"] or row["history_change_reason"] or ""
        description = (f"由“{before}”改为“{label}”。" if before else f"状态：{label}。") + (
            f"理由：{reason}" if reason else ""
        )
        entries.append(
            FeedEntry(
                title=f"承诺状态：{label}｜{figure_title(row)}",
                description=f"{description}原话：“{row['quote']}”",
                link=commitment_path(row["id"]),
                when=row["history_date"],
                guid=f"{GUID_PREFIX}commitment/{row['id']}/status/{row['history_id']}",
            )
        )
    return entries


@functools.lru_cache(maxsize=2)
def _status_change_rows(unreviewed: str):
    """status_changes()'s rows, built and compiled once per PUBLIC_UNREVIEWED (public() reads
    it) and database: building it, with its two subqueries, cost half as much as reading it,
    and compiling it as much again."""
    history = history_model(Commitment)
    earlier = history.objects.filter(
        id=OuterRef("id"), history_date__lt=OuterRef("history_date")
    ).order_by("-history_date", "-history_id")
    return compiled_all(
        history.objects.filter(id__in=Commitment.objects.public().values("pk"))
        .annotate(previous_status=Subquery(earlier.values("status")[:1]))
        .filter(
            (Q(previous_status__isnull=True) & ~Q(status=Status.PENDING))
            | (Q(previous_status__isnull=False) & ~Q(status=F("previous_status")))
        )
        .order_by("-history_date", "-history_id")
        # The columns an entry shows, not whole history records: a record is every column
        # of the commitment, and making fifty of them cost more than the query. The figure is
        # the one recorded with the status.
        .values("id", "history_id", "history_date", "status", "previous_status", "quote",
                "status_reason", "history_change_reason", "indicator__name", "indicator_text",
                *_FIGURE_FIELDS)[:FEED_LENGTH]
    )


def new_evidence() -> list[FeedEntry]:
    """The FEED_LENGTH newest items of evidence the public may see. One query, of the columns
    an entry shows (the article and its document, which public() joins for the pages, are
    not read)."""
    rows = _new_evidence_rows(getattr(settings, "PUBLIC_UNREVIEWED", "mark"))()
    article_path = object_paths("articles:detail")
    entries = []
    for row in rows:
        pk, review_state = row["pk"], row["review_state"]
        entries.append(
            FeedEntry(
                title=f"新证据：{figure_title(row)}",
                description=row["quote"]
                + (f"（{UNREVIEWED_LABEL}）" if review_state not in REVIEWED_STATES else ""),
                link=article_path(row["article_id"]) + f"#evidence-{pk}",
                when=row["created_at"],
                guid=f"{GUID_PREFIX}evidence/{pk}",
            )
        )
    return entries


@functools.lru_cache(maxsize=2)
def _new_evidence_rows(unreviewed: str):
    """new_evidence()'s rows, built and compiled once per PUBLIC_UNREVIEWED and database."""
    return compiled_all(
        Evidence.objects.public()
        .order_by("-created_at", "-pk")
        .values("pk", "article_id", "quote", "review_state", "created_at", "indicator__name",
                "indicator_text", *_FIGURE_FIELDS)[:FEED_LENGTH]
    )


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
        buffer.write("".join(_entry(item) for item in self.items))  # for write_items
        handler.endElement("feed")
        outfile.write(buffer.getvalue().encode(encoding))


def _text(value: str) -> str:
    """Text as XMLGenerator writes it, refusing what XML 1.0 cannot carry (as _XMLWriter)."""
    if _XML_CONTROL_CHARS.search(value):
        raise UnserializableContentError
    return escape(value)


def _entry(item: dict) -> str:
    """An entry as Atom1Feed.write_items writes the fields ChangesFeed.get_feed gives it
    (title, link, published, updated, id, summary: none of them empty), in one string:
    through the XML handler, a call or more for every tag, attribute and text, it cost
    some 160 calls an entry, more than the feed's two queries."""
    return (
        f"<entry><title>{_text(item['title'])}</title>"
        # quoteattr's double quotes: add_item's iri_to_uri leaves no " or whitespace in it.
        f'<link href="{_text(item["link"])}" rel="alternate"/>'
        f"<published>{rfc3339_date(item['pubdate'])}</published>"
        f"<updated>{rfc3339_date(item['updateddate'])}</updated>"
        f"<id>{_text(item['unique_id'])}</id>"
        f'<summary type="html">{_text(item["description"])}</summary></entry>'
    )


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

    def get_feed(self, obj, request):
        """The Atom document of items(), each entry's fields taken from its FeedEntry.
        Feed.get_feed asks for some fifteen item_* attributes per entry, inspecting each
        method's signature on every call: for fifty entries that cost more than the two
        queries."""
        domain, secure = get_current_site(request).domain, request.is_secure()
        # The entries' links are paths reverse() wrote (already URIs): the site's address is
        # put before them as add_domain would, worked out once rather than per entry.
        origin = add_domain(domain, "", secure)
        feed = self.feed_type(
            title=self.title,
            subtitle=self.subtitle,
            link=add_domain(domain, self.link(), secure),
            description=None,
            language=self.language,
            feed_url=add_domain(domain, request.path, secure),
        )
        for entry in self.items():
            feed.add_item(
                title=entry.title,
                link=origin + entry.link,
                description=entry.description,
                unique_id=entry.guid,
                unique_id_is_permalink=False,
                pubdate=entry.when,
                updateddate=entry.when,
            )
        return feed

    def item_updateddate(self, item: FeedEntry) -> dt.datetime:
        """Defined so that Feed sends the newest entry's time as Last-Modified."""
        return item.when
