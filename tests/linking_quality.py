"""Scoring of link suggestions and suggested statuses against hand-written expectations
(tests/data/linking/expected.json) on held-out texts.

A set's documents are ingested with the editor's dates (each fixture's ``given_dates``) and
places (``given_places``, where given) through
``articles.services.ingest_document``, as the ``ingest`` command does with a manifest, into the
(test) database; with ``places_given=False`` no place is given and each document has the one
ingestion reads from its own title or heading, if any (what an ingest without a manifest gets);
a set without ``given_places`` is measured the same way both times. The machine's stored
link suggestions are then compared with the expected
(commitment, evidence, relation) triples. An expected side is found when a stored item of the
same document and kind has the held-out item's value and unit and its span overlaps the
held-out quote. A pair one of whose sides was never extracted is an extraction miss, reported
apart and counted neither found nor missed. Statuses are those the machine suggests once an
editor has accepted every suggested link of the commitment (``refresh_commitment_status``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from articles.services import ingest_document
from articles.text.manifest import parse_date
from tests.extraction_quality import _spans
from tracker import services
from tracker.models import Commitment, Evidence, Link, ReviewState
from tracker.text.linking import subjects_compatible

DATA = Path(__file__).resolve().parent / "data"
HELDOUT = DATA / "heldout"
EXPECTED = DATA / "linking" / "expected.json"
# The day statuses are judged on (after every period of the chosen sets' targets but the
# five-year plans'): only whether a deadline has passed depends on it.
TODAY = date(2026, 11, 30)


@dataclass
class LinkScore:
    expected: int = 0  # expected pairs whose both sides were extracted
    suggested: int = 0
    found: int = 0  # pairs suggested, whatever the relation
    right_relation: int = 0
    statuses: int = 0
    right_status: int = 0
    extraction_misses: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)
    inventions: list[str] = field(default_factory=list)
    wrong_statuses: list[str] = field(default_factory=list)

    def add(self, other: LinkScore) -> None:
        for name in ("expected", "suggested", "found", "right_relation", "statuses",
                     "right_status"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("extraction_misses", "misses", "wrong_relations", "inventions",
                     "wrong_statuses"):  # fmt: skip
            getattr(self, name).extend(getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.suggested if self.suggested else 1.0

    @property
    def relation_recall(self) -> float:
        return self.right_relation / self.expected if self.expected else 1.0

    @property
    def relation_precision(self) -> float:
        return self.right_relation / self.suggested if self.suggested else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.right_status / self.statuses if self.statuses else 1.0

    def report(self, title: str) -> str:
        lines = [
            f"{title}: pairs recall {self.found}/{self.expected}, precision "
            f"{self.found}/{self.suggested}; with the right relation {self.right_relation}/"
            f"{self.expected} and {self.right_relation}/{self.suggested}; statuses right "
            f"{self.right_status}/{self.statuses}; extraction misses apart: "
            f"{len(self.extraction_misses)}"
        ]
        lines += [f"  extraction miss: {m}" for m in self.extraction_misses]
        lines += [f"  missed: {m}" for m in self.misses]
        lines += [f"  wrong relation: {m}" for m in self.wrong_relations]
        lines += [f"  invented: {m}" for m in self.inventions]
        lines += [f"  wrong status: {m}" for m in self.wrong_statuses]
        return "\n".join(lines)


def expected_sets() -> list[dict]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))["sets"]


def ingest_set(folder: Path, *, places_given: bool = True) -> None:
    """Every document of a held-out set, oldest given date first, with that date and the
    place an editor would give it (``given_places``, where the fixture has them and
    ``places_given``; else ingestion's own)."""
    fixture = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    given = fixture["given_dates"]
    places = fixture.get("given_places", {}) if places_given else {}
    parsed = {doc: parse_date(text, where=doc) for doc, text in given.items()}
    for doc in sorted(parsed, key=lambda d: (parsed[d][0], d)):
        published_on, precision = parsed[doc]
        path = folder / f"{doc}.txt"
        ingest_document(
            name=path.name, data=path.read_bytes(), published_on=published_on,
            date_precision=precision, place=places.get(doc, ""),
        )  # fmt: skip


def _describe(item: Commitment | Evidence) -> str:
    indicator = item.indicator.name if item.indicator_id else None
    return (
        f"{item.article.document.name}: {item.quote[:40]!r} {item.value} {item.unit} "
        f"{item.measure} {item.period_start}..{item.period_end} [{indicator}] "
        f"«{item.subject}»"
    )


def _cause(commitment: Commitment, evidence: Evidence) -> str:
    """Why a pair of extracted items was not linked, as far as the items tell: the
    extraction's indicator, measure or place, or else linking itself."""
    if commitment.indicator_id is None or evidence.indicator_id is None:
        return "extraction: no indicator named"
    if commitment.indicator_id != evidence.indicator_id:
        return "extraction: different indicators"
    if commitment.measure != evidence.measure:
        return "extraction: different measures"
    if not subjects_compatible(commitment.subject, evidence.subject):
        return "extraction: places that do not match"
    return "linking"


def _find(model, side: list[str], fixture: dict) -> Commitment | Evidence | None:
    """The stored item of the expected side (doc, quote), or None when it was not extracted."""
    doc, quote = side
    kind = "commitment" if model is Commitment else "evidence"
    wanted = next(i for i in fixture["items"]
                  if i.get("doc") == doc and i["kind"] == kind and i["quote"] == quote)  # fmt: skip
    value = None if wanted["value"] is None else Decimal(wanted["value"])
    best, best_fit = None, None
    for item in model.objects.filter(article__document__name=f"{doc}.txt").select_related(
        "article", "article__document", "indicator"
    ):
        if item.value is None or value is None or item.value.normalize() != value.normalize():
            continue
        if item.unit != wanted["unit"]:
            continue
        for s, e in _spans(item.article.body, quote):
            overlap = min(e, item.end) - max(s, item.start)
            if overlap <= 0:
                continue
            # Two items of one figure (A和B都突破1万亿元: one per member) may both overlap the
            # quote: the side is the one overlapping it most, then the one reaching least
            # beyond it.
            fit = (overlap, -((item.end - item.start) - overlap))
            if best_fit is None or fit > best_fit:
                best, best_fit = item, fit
    return best


def _accept_all(user) -> None:
    for link in Link.objects.filter(review_state=ReviewState.SUGGESTED):
        services.review_item(item=link, state=ReviewState.ACCEPTED, user=user)


def has_given_places(spec: dict) -> bool:
    """Whether the set's fixture gives its documents' places (else both modes are one)."""
    fixture = json.loads((HELDOUT / spec["folder"] / "expected.json").read_text(encoding="utf-8"))
    return bool(fixture.get("given_places"))


def score_set(spec: dict, user, *, places_given: bool = True) -> LinkScore:
    """Ingest one set and compare the stored suggestions with ``spec`` (call in a fresh
    database); ``places_given=False``: the places ingestion infers, not the fixture's."""
    folder = HELDOUT / spec["folder"]
    ingest_set(folder, places_given=places_given)
    fixture = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    name = spec["name"]
    score = LinkScore()
    wanted: dict[tuple[int, int], tuple[str, str]] = {}
    for link in spec["links"]:
        commitment = _find(Commitment, link["commitment"], fixture)
        evidence = _find(Evidence, link["evidence"], fixture)
        label = f"{name} {link['commitment']} ← {link['evidence']} ({link['relation']})"
        if commitment is None or evidence is None:
            side = "commitment" if commitment is None else "evidence"
            score.extraction_misses.append(f"{label}: the {side} was not extracted")
            continue
        score.expected += 1
        wanted[(commitment.pk, evidence.pk)] = (link["relation"], label)
        stored = Link.objects.filter(commitment=commitment, evidence=evidence).first()
        if stored is None:
            score.misses.append(
                f"{label} — {_cause(commitment, evidence)}\n      "
                f"{_describe(commitment)}\n      {_describe(evidence)}"
            )
            continue
        score.found += 1
        if stored.relation == link["relation"]:
            score.right_relation += 1
        else:
            score.wrong_relations.append(f"{label}: suggested {stored.relation}")
    links = Link.objects.select_related(
        "commitment__article__document", "commitment__indicator",
        "evidence__article__document", "evidence__indicator",
    ).order_by("commitment_id", "evidence_id")  # fmt: skip
    for link in links:
        score.suggested += 1
        if (link.commitment_id, link.evidence_id) not in wanted:
            score.inventions.append(
                f"{name} {link.relation} {link.commitment.quote[:30]!r} ← "
                f"{link.evidence.article.document.name} {link.evidence.quote[:30]!r}"
                f"\n      {_describe(link.commitment)}\n      {_describe(link.evidence)}"
            )
    _accept_all(user)
    for expected_status in spec["statuses"]:
        commitment = _find(Commitment, expected_status["commitment"], fixture)
        label = f"{name} {expected_status['commitment']}"
        if commitment is None:
            score.extraction_misses.append(f"{label} (status): the commitment was not extracted")
            continue
        score.statuses += 1
        services.refresh_commitment_status(commitment=commitment, today=TODAY)
        commitment.refresh_from_db()
        if commitment.suggested_status == expected_status["status"]:
            score.right_status += 1
        else:
            score.wrong_statuses.append(
                f"{label}: expected {expected_status['status']}, suggested "
                f"{commitment.suggested_status} — {commitment.suggested_status_explanation}"
            )
    return score
