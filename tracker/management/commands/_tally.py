"""What ``ingest`` and ``resplit`` tell the user about a run: one line per document, the
articles of each at ``-v 2``, and the summary with what still needs a person (a date, a place).

(A module whose name starts with ``_`` is no command of its own.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q

from articles.models import Document
from articles.services import CREATED, REMOVED, STALE, UNCHANGED, UPDATED, IngestResult
from tracker.models import Commitment, Evidence


def item_counts(articles) -> dict[int, dict[str, int]]:
    """Commitments and evidence per article (by id), in one grouped count per table (a
    correlated subquery per article cost more to build than to run: 3 ms a document)."""
    ids = [article.pk for article in articles]
    counts = {pk: {"commitments": 0, "evidence": 0} for pk in ids}
    for model, key in ((Commitment, "commitments"), (Evidence, "evidence")):
        rows = model.objects.filter(article__in=ids).order_by().values_list("article")
        for pk, n in rows.annotate(n=Count("pk")):
            counts[pk][key] = n
    return counts


def naming_no_place(document_ids: list[int]) -> list[str]:
    """The names of these documents that have figures but no place, given or named
    (``Document.objects.naming_no_place``)."""
    has_figures = Q(Exists(Commitment.objects.filter(article__document=OuterRef("pk")))) | Q(
        Exists(Evidence.objects.filter(article__document=OuterRef("pk"))))
    return list(
        Document.objects.filter(pk__in=document_ids)
        .naming_no_place()
        .filter(has_figures)
        .order_by("name")
        .values_list("name", flat=True)
    )


@dataclass
class Tally:
    """The counts of a run, added up document by document."""

    documents: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((CREATED, UPDATED, UNCHANGED, "failed"), 0))
    articles: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((CREATED, UPDATED, UNCHANGED, STALE, REMOVED), 0))
    commitments: int = 0
    evidence: int = 0
    needing_date: list[str] = field(default_factory=list)
    stored: list[int] = field(default_factory=list)  # documents of the run, for their places

    def add(self, result: IngestResult) -> None:
        self.documents[result.outcome] += 1
        if result.document is not None and not result.dry_run:
            self.stored.append(result.document.pk)
        for article in result.articles:
            self.articles[article.status] += 1
            if article.status != REMOVED:
                self.commitments += article.stats.get("commitments", 0)
                self.evidence += article.stats.get("evidence", 0)
        self.needing_date += [f"{result.name} #{a.position} {a.title or '(无标题)'}"
                              for a in result.needing_date]

    def fail(self) -> None:
        self.documents["failed"] += 1

    @property
    def failed(self) -> int:
        return self.documents["failed"]

    def article_line(self) -> str:
        a = self.articles
        return (f"Articles: {a[CREATED]} new, {a[UPDATED]} updated, {a[UNCHANGED]} unchanged, "
                f"{a[STALE]} kept as stale, {a[REMOVED]} removed. "
                f"Commitments: {self.commitments}, evidence: {self.evidence}.")

    def wanting(self, *, where_dates: str, where_places: str) -> list[str]:
        """The lines naming what still needs a person: articles without a date, documents
        whose figures name no place."""
        lines = []
        if self.needing_date:
            lines.append(f"{len(self.needing_date)} article(s) need a date (set it in "
                         f"{where_dates}):")
            lines += [f"  {line}" for line in self.needing_date]
        if placeless := naming_no_place(self.stored):
            lines.append(f"{len(placeless)} document(s) name no place, so their figures are "
                         f"compared with every place's: give each its place ({where_places}):")
            lines += [f"  {name}" for name in placeless]
        return lines


def article_lines(result: IngestResult, *, verbosity: int) -> list[str]:
    """A document's articles, one line each (``-v 2``), with the date's basis at ``-v 3``."""
    lines = []
    for article in result.articles:
        date = (f"{article.published_on:%Y-%m-%d} ({article.date_precision})"
                if article.published_on else "date unknown")
        counts = (f"commitments {article.stats.get('commitments', 0)}, "
                  f"evidence {article.stats.get('evidence', 0)}")
        fragment = " [fragment]" if article.is_fragment else ""
        lines.append(f"  #{article.position} {article.status}: "
                     f"{article.title or '(无标题)'}{fragment} | {date} | {counts}")
        if article.date_basis and verbosity >= 3:
            lines.append(f"      date basis: {article.date_basis}")
    return lines
