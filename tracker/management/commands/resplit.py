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

from ._tally import Tally, article_lines, item_counts

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
        tally = Tally()
        for number, name in enumerate(names, 1):
            try:
                result = resplit_document(name=name, dry_run=dry_run, article_stats=item_counts)
            except InputError as error:
                tally.fail()
                self.stderr.write(self.style.ERROR(f"FAILED {error}"))
                continue
            except Exception as error:  # noqa: BLE001 - one document fails alone, no traceback
                tally.fail()
                detail = " ".join(str(error).split())[:200]
                self.stderr.write(self.style.ERROR(
                    f"FAILED {name}: unexpected error ({type(error).__name__}: {detail}); "
                    "it keeps its articles as they were."))
                continue
            tally.add(result)
            self._report(result, verbosity)
            if verbosity >= 1 and number % PROGRESS_EVERY == 0 and number < len(names):
                self.stderr.write(f"{number} of {len(names)} documents read again")

        counts = tally.documents
        if verbosity >= 1:
            prefix = "Dry run, nothing stored. Would have: " if dry_run else ""
            self.stdout.write(
                f"{prefix}Documents: {counts[UPDATED]} updated, {counts[UNCHANGED]} unchanged, "
                f"{tally.failed} failed."
            )
            self.stdout.write(tally.article_line())
            if not counts[UPDATED] and not tally.failed:
                self.stdout.write("Nothing changed: every document already reads as this "
                                  "version splits it.")
            for line in tally.wanting(
                where_dates="the admin", where_places="the document's admin page"
            ):
                self.stdout.write(line)
        if tally.failed:
            raise CommandError(f"{tally.failed} of {len(names)} document(s) failed and "
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
        if verbosity >= 2:
            for line in article_lines(result, verbosity=verbosity):
                self.stdout.write(line)
