"""``manage.py resplit [DOCUMENT …]``: read stored documents again from their stored text, as
the current version would ingest them (after an upgrade of the splitter, titles, dates, sources
or places), through the same path as a changed file; the files themselves are not needed.

Thin: it calls articles.services.resplit_document for each document and prints what happened,
as ``ingest`` does.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from articles.models import Document
from articles.services import CREATED, REMOVED, STALE, UNCHANGED, UPDATED, resplit_document
from articles.text.errors import InputError
from tracker.management.commands.ingest import item_counts

PROGRESS_EVERY = 100  # documents between two progress lines


class Command(BaseCommand):
    help = (
        "Split stored documents (all, or those named) into articles again from their stored "
        "text, as this version ingests a file: new titles, dates, places and sources reach "
        "documents stored before it. Articles keep their ids where the story is the same; "
        "editors' titles, sources and dates and reviewed items stay; the articles whose text "
        "or date changed are read for commitments and evidence again. Run it after upgrading, "
        "before `extract`."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "documents", nargs="*", metavar="DOCUMENT",
            help="Document names as stored (e.g. 2023/page1.txt); none: every document.",
        )
        parser.add_argument("--dry-run", action="store_true",
                            help="report what would change, store nothing")

    def handle(self, *args, documents: list[str], dry_run: bool, **options) -> None:
        verbosity = options["verbosity"]
        if documents:
            names = list(dict.fromkeys(documents))
            known = set(Document.objects.filter(name__in=names).values_list("name", flat=True))
            unknown = [name for name in names if name not in known]
            if unknown:
                raise CommandError(f"No stored document named {unknown[0]!r}: nothing was "
                                   "read again (names as `ingest` printed them).")
        else:
            names = list(Document.objects.order_by("pk").values_list("name", flat=True))
        totals = {UPDATED: 0, UNCHANGED: 0, "failed": 0}
        article_totals = {CREATED: 0, UPDATED: 0, UNCHANGED: 0, STALE: 0, REMOVED: 0}
        commitments = evidence = needing_date = 0
        for number, name in enumerate(names, 1):
            try:
                result = resplit_document(name=name, dry_run=dry_run, article_stats=item_counts)
            except InputError as error:
                totals["failed"] += 1
                self.stderr.write(self.style.ERROR(f"FAILED {error}"))
                continue
            except Exception as error:  # noqa: BLE001 - one document fails alone, no traceback
                totals["failed"] += 1
                detail = " ".join(str(error).split())[:200]
                self.stderr.write(self.style.ERROR(
                    f"FAILED {name}: unexpected error ({type(error).__name__}: {detail}); "
                    "it keeps its articles as they were."))
                continue
            totals[result.outcome] += 1
            live = [a for a in result.articles if a.status != REMOVED]
            for article in result.articles:
                article_totals[article.status] += 1
            commitments += sum(a.stats.get("commitments", 0) for a in live)
            evidence += sum(a.stats.get("evidence", 0) for a in live)
            needing_date += len(result.needing_date)
            self._report(result, verbosity)
            if verbosity >= 1 and number % PROGRESS_EVERY == 0 and number < len(names):
                self.stderr.write(f"{number} of {len(names)} documents read again")

        if verbosity >= 1:
            prefix = "Dry run, nothing stored. Would have: " if dry_run else ""
            self.stdout.write(
                f"{prefix}Documents: {totals[UPDATED]} updated, {totals[UNCHANGED]} unchanged, "
                f"{totals['failed']} failed."
            )
            self.stdout.write(
                f"Articles: {article_totals[CREATED]} new, {article_totals[UPDATED]} updated, "
                f"{article_totals[UNCHANGED]} unchanged, {article_totals[STALE]} kept as stale, "
                f"{article_totals[REMOVED]} removed. Commitments: {commitments}, "
                f"evidence: {evidence}."
            )
            if needing_date:
                self.stdout.write(f"{needing_date} article(s) need a date (set it in the admin).")
            if not totals[UPDATED] and not totals["failed"]:
                self.stdout.write("Nothing changed: every document already reads as this "
                                  "version splits it.")
        if totals["failed"]:
            raise CommandError(f"{totals['failed']} of {len(names)} document(s) failed and "
                               "kept what they had; the others were read again.")

    def _report(self, result, verbosity: int) -> None:
        """One line per changed document (every document at -v 2, with its articles)."""
        if verbosity < 1 or (result.outcome == UNCHANGED and verbosity < 2):
            return
        live = [a for a in result.articles if a.status != REMOVED]
        changes = ", ".join(
            f"{count} {label}"
            for status, label in ((CREATED, "new"), (UPDATED, "updated"),
                                  (STALE, "kept as stale"), (REMOVED, "removed"))
            if (count := result.count(status))
        )
        self.stdout.write(f"{result.outcome} {result.name}: {len(live)} article(s)"
                          + (f" ({changes})" if changes else ""))
        if verbosity < 2:
            return
        for article in result.articles:
            date = (f"{article.published_on:%Y-%m-%d} ({article.date_precision})"
                    if article.published_on else "date unknown")
            counts = (f"commitments {article.stats.get('commitments', 0)}, "
                      f"evidence {article.stats.get('evidence', 0)}")
            fragment = " [fragment]" if article.is_fragment else ""
            self.stdout.write(f"  #{article.position} {article.status}: "
                              f"{article.title or '(无标题)'}{fragment} | {date} | {counts}")
