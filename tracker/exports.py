"""The versioned export (JSON, NDJSON, CSV): everything the site holds, streamed.

The export is both the public bulk download and the backup that ``restore`` rebuilds a site
from. Its shape is described in docs/EXPORT.md and docs/export.schema.json. Writers stream:
each table is read with ``values_list(...).iterator(chunk_size=...)`` and written a batch of
records at a time, so memory stays flat however large the database.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import connection, models, transaction
from django.db.models import Case, F, Q, When
from django.utils import timezone

from articles.models import Article, Document

from .models import REVIEWED_STATES, Commitment, Evidence, Indicator, Link

FORMAT = "commitment-tracker-export"
VERSION = 1
# Rows read per database round trip. Memory holds one chunk, so lists whose rows carry whole
# texts (a document's raw text, an article's body) are read in smaller chunks.
CHUNK_SIZE = 2000
TEXT_CHUNK_SIZE = 100


@dataclass(frozen=True)
class Section:
    """One list of the export: its key, the NDJSON ``type`` of its records, model and keys.

    Keys equal model field names; a foreign key's value is the id it points to. The first
    keys are the ones issue 7 names; the rest make the export a complete backup. Left out:
    ``search_text``, a search index derived from the text in a database-specific form, and an
    article's ``places_named``, derived from its text too: restore recomputes both.
    """

    name: str
    type: str
    model: type[models.Model]
    keys: tuple[str, ...]
    history_of: str | None = None  # for a history list: the list whose records it tracks
    chunk_size: int = CHUNK_SIZE
    # Keys added after version 1 was published: a file written before them may lack them,
    # and restore then takes the model's default.
    later_keys: tuple[str, ...] = ()

    @property
    def pk_key(self) -> str:
        return "history_id" if self.history_of else "id"


_ITEM_KEYS = (
    "id",
    "article",
    "quote",
    "start",
    "end",
    "subject",
    "indicator",
)

MAIN_SECTIONS: tuple[Section, ...] = (
    Section(
        "documents",
        "document",
        Document,
        (
            "id",
            "name",
            "sha256",
            "encoding",
            "raw_text",
            "source",
            "url",
            "ingested_at",
            "updated_at",
            "place",
            "place_edited",
            "place_basis",
        ),
        chunk_size=TEXT_CHUNK_SIZE,
        later_keys=("place", "place_edited", "place_basis"),
    ),
    Section(
        "articles",
        "article",
        Article,
        (
            "id",
            "document",
            "position",
            "title",
            "published_on",
            "date_precision",
            "date_basis",
            "reporters",
            "body",
            "source",
            "span_start",
            "span_end",
            "is_fragment",
            "is_stale",
            "title_edited",
            "date_edited",
            "created_at",
            "updated_at",
            "source_edited",
        ),
        chunk_size=TEXT_CHUNK_SIZE,
        later_keys=("source_edited",),
    ),
    Section(
        "indicators",
        "indicator",
        Indicator,
        ("id", "name", "unit", "aliases", "topic", "unit_family", "description"),
    ),
    Section(
        "commitments",
        "commitment",
        Commitment,
        (
            *_ITEM_KEYS,
            "comparator",
            "value",
            "unit",
            "base_value",
            "base_unit",
            "period_start",
            "period_end",
            "deadline",
            "kind",
            "status",
            "review_state",
            "confidence",
            "indicator_text",
            "measure",
            "value_max",
            "period_text",
            "period_relative",
            "status_source",
            "status_reason",
            "suggested_status",
            "suggested_status_explanation",
            "revises",
            "anchor_lost",
            "editor_note",
            "created_at",
            "updated_at",
            "falls",
        ),
        later_keys=("falls",),
    ),
    Section(
        "evidence",
        "evidence",
        Evidence,
        (
            *_ITEM_KEYS,
            "value",
            "unit",
            "base_value",
            "base_unit",
            "period_start",
            "period_end",
            "review_state",
            "confidence",
            "indicator_text",
            "measure",
            "comparator",
            "value_max",
            "period_text",
            "period_relative",
            "is_cumulative",
            "conflict_note",
            "anchor_lost",
            "editor_note",
            "created_at",
            "updated_at",
            "falls",
        ),
        later_keys=("falls",),
    ),
    Section(
        "links",
        "link",
        Link,
        (
            "id",
            "commitment",
            "evidence",
            "relation",
            "score",
            "review_state",
            "note",
            "explanation",
            "created_at",
            "updated_at",
        ),
    ),
)

HISTORY_KEYS = ("history_id", "history_date", "history_type", "history_change_reason")


def _history_section(section: Section) -> Section:
    """The recorded versions (django-simple-history) of one list's records: who changed what
    when is part of the site (a commitment's status timeline, the changes feed). ``id`` is
    the record's id; the other keys are the record as it was then."""
    name = f"{section.type}_history"
    return Section(
        name,
        name,
        section.model.history.model,
        (*HISTORY_KEYS, *section.keys),
        history_of=section.name,
        chunk_size=section.chunk_size,
        later_keys=section.later_keys,
    )


# Main lists first, in the order references need them; then their histories.
SECTIONS: tuple[Section, ...] = (
    *MAIN_SECTIONS,
    *(_history_section(s) for s in MAIN_SECTIONS if hasattr(s.model, "history")),
)
SECTIONS_BY_NAME = {section.name: section for section in SECTIONS}
SECTIONS_BY_TYPE = {section.type: section for section in SECTIONS}


def section_of(model: type[models.Model]) -> Section:
    """The list whose records are ``model``'s rows."""
    return next(section for section in SECTIONS if section.model is model)


# --- values --------------------------------------------------------------------------------


def decimal_text(value: Decimal) -> str:
    """A decimal as plain text without exponent or trailing zeros: 16380000000, 0.5, -3."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def datetime_text(value: dt.datetime) -> str:
    """A moment in UTC, ISO 8601 with "Z" (the API writes the same)."""
    if timezone.is_aware(value):
        value = value.astimezone(dt.UTC)
    return value.replace(tzinfo=None).isoformat() + "Z"


def _converter(field: models.Field) -> Callable[[Any], Any] | None:
    if isinstance(field, models.DecimalField):
        return lambda value: None if value is None else decimal_text(value)
    if isinstance(field, models.DateTimeField):
        return lambda value: None if value is None else datetime_text(value)
    if isinstance(field, models.DateField):
        return lambda value: None if value is None else value.isoformat()
    return None


def model_field(section: Section, key: str) -> models.Field:
    return section.model._meta.get_field(key)


# --- what to read --------------------------------------------------------------------------


def _querysets(*, reviewed_only: bool) -> dict[str, tuple[models.QuerySet, dict[str, str]]]:
    """Each section's queryset, and any key that is read from an annotation instead."""
    commitments = Commitment.objects.all()
    evidence = Evidence.objects.all()
    links = Link.objects.all()
    articles = Article.objects.all()
    documents = Document.objects.all()
    indicators = Indicator.objects.all()
    renamed: dict[str, dict[str, str]] = {}
    if reviewed_only:
        commitments = commitments.filter(review_state__in=REVIEWED_STATES)
        evidence = evidence.filter(review_state__in=REVIEWED_STATES)
        links = links.filter(
            review_state__in=REVIEWED_STATES,
            commitment__review_state__in=REVIEWED_STATES,
            evidence__review_state__in=REVIEWED_STATES,
        )
        # A reviewed commitment may revise an unreviewed one, which is not exported.
        commitments = commitments.annotate(
            revises_exported=Case(
                When(revises__review_state__in=REVIEWED_STATES, then=F("revises")),
                default=None,
                output_field=models.BigIntegerField(),
            )
        )
        renamed["commitments"] = {"revises": "revises_exported"}
        articles = articles.filter(
            Q(pk__in=commitments.values("article")) | Q(pk__in=evidence.values("article"))
        )
        documents = documents.filter(pk__in=articles.values("document"))
        indicators = indicators.filter(
            Q(pk__in=commitments.values("indicator")) | Q(pk__in=evidence.values("indicator"))
        )
    querysets = {
        "documents": documents,
        "articles": articles,
        "indicators": indicators,
        "commitments": commitments,
        "evidence": evidence,
        "links": links,
    }
    for section in SECTIONS:
        if section.history_of:
            history = section.model.objects.all()
            if reviewed_only:
                history = history.filter(id__in=querysets[section.history_of].values("pk"))
            querysets[section.name] = history
    return {name: (qs.order_by("pk"), renamed.get(name, {})) for name, qs in querysets.items()}


def iter_rows(
    section: Section, queryset: models.QuerySet, renamed: dict[str, str]
) -> Iterator[dict[str, Any]]:
    """The section's records as JSON-ready dicts, read in chunks."""
    columns = [renamed.get(key, key) for key in section.keys]
    record = record_writer(section)
    for row in queryset.values_list(*columns).iterator(chunk_size=section.chunk_size):
        yield record(row)


@functools.cache
def record_writer(section: Section) -> Callable[[tuple], dict[str, Any]]:
    """What makes the section's record of a row of its keys (as values_list reads them):
    decimals, moments and dates written as text, the rest as read."""
    converters = [_converter(model_field(section, key)) for key in section.keys]
    pairs = list(zip(section.keys, converters, strict=True))

    def record(row: tuple) -> dict[str, Any]:
        return {
            key: (convert(value) if convert is not None else value)
            for (key, convert), value in zip(pairs, row, strict=True)
        }

    return record


def iter_sections(
    *, reviewed_only: bool = False
) -> Iterator[tuple[Section, Iterator[dict[str, Any]]]]:
    querysets = _querysets(reviewed_only=reviewed_only)
    for section in SECTIONS:
        queryset, renamed = querysets[section.name]
        yield section, iter_rows(section, queryset, renamed)


class _snapshot:
    """Read every table from one consistent snapshot of the database.

    On PostgreSQL a REPEATABLE READ transaction, so that links written during a long export
    never point at commitments the export has already passed; elsewhere a plain transaction.
    """

    def __enter__(self):
        outermost = not connection.in_atomic_block
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return self

    def __exit__(self, *exc_info):
        return self._atomic.__exit__(*exc_info)


def header(exported_at: dt.datetime | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime_text(exported_at or timezone.now()),
    }


# --- writers -------------------------------------------------------------------------------


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


class _Buffered:
    """Collects small strings and hands them to ``write`` in large pieces."""

    def __init__(self, write: Callable[[str], Any], limit: int = 1 << 16) -> None:
        self._write, self._limit = write, limit
        self._parts: list[str] = []
        self._size = 0

    def __call__(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self._limit:
            self.flush()

    def flush(self) -> None:
        if self._parts:
            self._write("".join(self._parts))
            self._parts.clear()
            self._size = 0


@dataclass
class ExportCounts:
    counts: dict[str, int]

    def summary(self) -> str:
        return ", ".join(f"{count} {name}" for name, count in self.counts.items())


def write_json(
    write: Callable[[str], Any],
    *,
    reviewed_only: bool = False,
    exported_at: dt.datetime | None = None,
) -> ExportCounts:
    """Write the export as one JSON document, one record per line inside each list."""
    out = _Buffered(write)
    counts: dict[str, int] = {}
    with _snapshot():
        head = _dumps(header(exported_at))
        out(head[:-1])  # leave the object open for the lists
        for section, rows in iter_sections(reviewed_only=reviewed_only):
            out(f',\n"{section.name}": [')
            count = 0
            for row in rows:
                out("\n" if count == 0 else ",\n")
                out(_dumps(row))
                count += 1
            out("\n]" if count else "]")
            counts[section.name] = count
        out("\n}\n")
        out.flush()
    return ExportCounts(counts)


def write_ndjson(
    write: Callable[[str], Any],
    *,
    reviewed_only: bool = False,
    exported_at: dt.datetime | None = None,
) -> ExportCounts:
    """Write one JSON record per line: a header line, then records tagged with "type"."""
    out = _Buffered(write)
    counts: dict[str, int] = {}
    with _snapshot():
        out(_dumps({"type": "header", **header(exported_at)}) + "\n")
        for section, rows in iter_sections(reviewed_only=reviewed_only):
            count = 0
            for row in rows:
                out(_dumps({"type": section.type, **row}) + "\n")
                count += 1
            counts[section.name] = count
        out.flush()
    return ExportCounts(counts)


def _csv_cell(value: Any) -> Any:
    # Strings are never null in the model, so an empty cell is null only where the schema
    # allows null (ids, dates, decimals); booleans and lists follow JSON spelling.
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, list | dict):
        return _dumps(value)
    return value


def _write_csv_files(
    open_member: Callable[[str], io.TextIOBase],
    *,
    reviewed_only: bool,
    exported_at: dt.datetime | None,
) -> ExportCounts:
    counts: dict[str, int] = {}
    with _snapshot():
        head = header(exported_at)
        with open_member("export.csv") as meta:
            writer = csv.writer(meta, lineterminator="\n")
            writer.writerow(head.keys())
            writer.writerow(head.values())
        for section, rows in iter_sections(reviewed_only=reviewed_only):
            with open_member(f"{section.name}.csv") as member:
                writer = csv.writer(member, lineterminator="\n")
                writer.writerow(section.keys)
                count = 0
                for row in rows:
                    writer.writerow([_csv_cell(value) for value in row.values()])
                    count += 1
            counts[section.name] = count
    return ExportCounts(counts)


def write_csv_directory(
    directory: Path, *, reviewed_only: bool = False, exported_at: dt.datetime | None = None
) -> ExportCounts:
    """Write export.csv (format, version, time) and one CSV file per list into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)

    def open_member(name: str) -> io.TextIOBase:
        return open(directory / name, "w", encoding="utf-8", newline="")

    return _write_csv_files(open_member, reviewed_only=reviewed_only, exported_at=exported_at)


def write_csv_zip(
    target: Path | io.BufferedIOBase,
    *,
    reviewed_only: bool = False,
    exported_at: dt.datetime | None = None,
) -> ExportCounts:
    """The same CSV files as :func:`write_csv_directory`, streamed into one zip file."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def open_member(name: str) -> io.TextIOBase:
            raw = archive.open(name, "w", force_zip64=True)
            return io.TextIOWrapper(raw, encoding="utf-8", newline="")

        return _write_csv_files(open_member, reviewed_only=reviewed_only, exported_at=exported_at)
