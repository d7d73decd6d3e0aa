"""``manage.py extract``: read stored articles again (after an upgrade of the extractor or the
linker), replacing only the machine's unreviewed suggestions."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from articles.models import Article, Document
from tracker.services import extract_article

PROGRESS_EVERY = 100  # articles between two progress lines


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
        # Oldest first, as they were ingested: each article's figures meet those stored before.
        ids = list(articles.order_by("published_on", "pk").values_list("pk", flat=True))
        totals = dict(commitments=0, evidence=0, removed=0, links=0)
        for done, pk in enumerate(ids, 1):
            article = articles.filter(pk=pk).first()
            if article is None:
                continue  # deleted meanwhile
            result = extract_article(article=article)
            for name in totals:
                totals[name] += getattr(result, name)
            if done % PROGRESS_EVERY == 0:
                self.stderr.write(f"{done} of {len(ids)} articles read")
        articles_read = f"{len(ids)} article" + ("" if len(ids) == 1 else "s")
        self.stdout.write(
            f"Read {articles_read} again: {totals['commitments']} commitments and "
            f"{totals['evidence']} evidence suggested ({totals['removed']} earlier suggestions "
            f"replaced), {totals['links']} link suggestions."
        )
