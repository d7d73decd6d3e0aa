"""``manage.py extract``: read stored articles again (after an upgrade of the extractor or the
linker), replacing only the machine's unreviewed suggestions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.models import Article, Document
from tracker.services import extract_articles

PROGRESS_EVERY = 100  # articles between two progress lines


def _batches(rows: Iterable[tuple[int, int, date | None]]) -> list[list[int]]:
    """Article ids, from (id, document id, date) rows, in the batches they are read in: a
    document's articles together, oldest first, and the documents by their oldest article
    (undated ones last, on every database), as ingestion stored them."""

    def oldest(row: tuple[int, int, date | None]) -> tuple:
        pk, _document, published_on = row
        return (published_on is None, published_on or date.min, pk)

    by_document: dict[int, list[tuple]] = {}
    for row in sorted(rows, key=oldest):
        by_document.setdefault(row[1], []).append(row)
    return [[row[0] for row in batch] for batch in by_document.values()]


class Command(BaseCommand):
    help = (
        "Find commitments, evidence and links again in stored articles (all, or those of the "
        "documents named), as ingesting them did: the machine's unreviewed suggestions are made "
        "again; accepted, edited and rejected items and links stay as editors left them. Run it "
        "after upgrading, so that what the new version reads better reaches stored texts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "documents",
            nargs="*",
            metavar="DOCUMENT",
            help="Document names as stored (e.g. 2023/page1.txt); none: every document.",
        )

    def handle(self, *args, documents: list[str], **options) -> None:
        articles = Article.objects.filter(is_stale=False).select_related("document")
        if documents:
            known = set(Document.objects.filter(name__in=documents).values_list("name", flat=True))
            unknown = [name for name in documents if name not in known]
            if unknown:
                raise CommandError(f"No stored document named {unknown[0]!r}: nothing read.")
            articles = articles.filter(document__name__in=documents)
        # A document's articles are read together, in one transaction (as ingestion reads
        # them): each article's figures still meet only those stored before it, and a batch
        # that fails leaves its articles as they were.
        batches = _batches(articles.values_list("pk", "document_id", "published_on"))
        total = sum(len(batch) for batch in batches)
        totals = dict(commitments=0, evidence=0, changed=0, unchanged=0, removed=0, links=0)
        done = 0
        for batch in batches:
            found = {article.pk: article for article in articles.filter(pk__in=batch)}
            present = [found[pk] for pk in batch if pk in found]  # others deleted meanwhile
            try:
                with transaction.atomic():
                    results = extract_articles(articles=present)
            except Exception:
                name = present[0].document.name if present else "?"
                self.stderr.write(
                    f"Stopped at {name!r}: its articles keep what they had; "
                    f"{done} of {total} articles were read again before it."
                )
                raise
            for result in results:
                for name in totals:
                    totals[name] += getattr(result, name)
            if (done + len(batch)) // PROGRESS_EVERY > done // PROGRESS_EVERY:
                self.stderr.write(f"{done + len(batch)} of {total} articles read")
            done += len(batch)
        articles_read = f"{total} article" + ("" if total == 1 else "s")
        new = totals["commitments"] + totals["evidence"] - totals["changed"] - totals["unchanged"]
        self.stdout.write(
            f"Read {articles_read} again: {totals['commitments']} commitments and "
            f"{totals['evidence']} evidence suggested ({new} new, {totals['changed']} changed in "
            f"place, {totals['unchanged']} unchanged; {totals['removed']} earlier suggestions "
            f"removed), {totals['links']} link suggestions."
        )
