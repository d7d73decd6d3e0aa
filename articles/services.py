"""Ingestion: file bytes → Document → Articles. Commands, the admin and tests call these.

Each document is ingested in its own transaction. The database's uniqueness (Document.name,
Document.sha256) is what keeps two concurrent runs from storing a file twice: the loser of the
race gets an IntegrityError, rolls back, and finds the winner's document on its next look.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from django.db import IntegrityError, connection, transaction
from django.db.models import F, ProtectedError, Q, RestrictedError

from . import history
from .models import Article, DatePrecision, Document
from .signals import (
    article_date_changed,
    article_text_stored,
    article_vanished,
    articles_to_be_inserted,
    document_articles_stored,
)
from .text.dates import DateGuess, infer_date, infer_page_dates
from .text.decode import decode_bytes
from .text.errors import InputError
from .text.place import PlaceGuess, infer_place
from .text.source import source_named
from .text.split import Story, single_story, split_document

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
STALE, REMOVED = "stale", "removed"
# Counts per article (by id) of a document's articles, made in one go.
ArticleStats = Callable[[list[Article]], dict[int, dict[str, int]]]


@dataclass(frozen=True)
class ArticleOutcome:
    """What ingestion did with one article."""

    position: int
    title: str
    published_on: dt.date | None
    date_precision: str
    date_basis: str
    status: str  # created | updated | unchanged | stale | removed
    article_id: int | None
    is_fragment: bool = False
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def needs_date(self) -> bool:
        return self.date_precision == DatePrecision.UNKNOWN and self.status != REMOVED


@dataclass(frozen=True)
class IngestResult:
    name: str
    outcome: str  # created | updated | unchanged
    document: Document | None
    encoding: str
    articles: tuple[ArticleOutcome, ...] = ()
    duplicate_of: str = ""
    dry_run: bool = False

    def count(self, status: str) -> int:
        return sum(1 for article in self.articles if article.status == status)

    @property
    def needing_date(self) -> list[ArticleOutcome]:
        return [article for article in self.articles if article.needs_date]


@dataclass(frozen=True)
class _Planned:
    """An article as the new text says it should be."""

    position: int
    story: Story
    guess: DateGuess
    date_is_final: bool = False  # a person gave this date: it is kept like an editor's


# The place bases of a person's word; any other basis is a line of the document's own text.
PLACE_MANIFEST, PLACE_OPTION, PLACE_EDITOR = "manifest", "--place", "editor"
PERSON_PLACE_BASES = (PLACE_MANIFEST, PLACE_OPTION, PLACE_EDITOR)


def _place_from_person(document: Document) -> bool:
    """Whether the stored place is a person's word (an inferred one never replaces it)."""
    if document.place_edited or document.place_basis in PERSON_PLACE_BASES:
        return True
    return bool(document.place) and not document.place_basis  # stored before bases were


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def ingest_document(
    *,
    name: str,
    data: bytes,
    source: str = "",
    published_on: dt.date | None = None,
    date_precision: str = DatePrecision.DAY,
    date_basis: str = "manifest",
    page_year: int | None = None,
    url: str = "",
    place: str = "",
    place_is_final: bool = False,
    dry_run: bool = False,
    article_stats: ArticleStats | None = None,
    date_is_final: bool = False,
) -> IngestResult:
    """Store a file's document and articles, or update them if the file changed.

    Raises InputError for a file that cannot be read (nothing is stored). ``published_on``
    (with ``date_precision``) or ``page_year`` override the dates inferred from the text,
    except where an editor set the date; with ``date_is_final`` (a person's ``--date``) the
    given date is stored as an editor's, so later runs keep it. ``article_stats`` reports,
    per article, counts made inside the transaction (the tracker counts commitments and
    evidence with it). ``place`` (a manifest's or ``--place``) is the document's place: the
    subject of the machine's figures that name none; a place given replaces the stored one
    (not an editor's, unless ``place_is_final``: a person's ``--place``, then kept like an
    editor's), and the machine's unreviewed items of every article are then made again.
    Without a place given, a document with no place from a person takes the one its own
    title or heading names (``articles.text.place``), with that line as its ``place_basis``.
    """
    name = name.strip()
    place = place.strip()
    if len(url) > 500:
        raise InputError(name, "the URL is longer than 500 characters.")
    if not name:
        raise InputError("(no name)", "a document needs a file name.")
    if len(name) > 255:
        raise InputError(name[:60] + "…", "the file name is longer than 255 characters.")
    if len(place) > 100:
        raise InputError(name, "the place is longer than 100 characters.")
    decoded = decode_bytes(data, name=name)
    digest = sha256(data)
    stories = split_document(decoded.text)
    if not stories:
        raise InputError(name, "no story could be cut from the text.")
    guesses = _dates(stories, published_on, date_precision, date_basis, page_year)
    inferred = PlaceGuess() if place else infer_place(decoded.text, stories=len(stories))
    pairs = zip(stories, guesses, strict=True)
    final = date_is_final and published_on is not None
    plan = [_Planned(i, story, guess, final) for i, (story, guess) in enumerate(pairs, 1)]
    last_error: IntegrityError | None = None
    for _attempt in range(3):
        try:
            with transaction.atomic():
                result = _store(
                    name=name, digest=digest, text=decoded.text, encoding=decoded.encoding,
                    source=source, url=url, place=place, place_is_final=place_is_final,
                    inferred_place=inferred, plan=plan, article_stats=article_stats,
                    dry_run=dry_run,
                )
                if dry_run:
                    transaction.set_rollback(True)
                return result
        except IntegrityError as error:
            # Another run stored this name or these bytes meanwhile: look again.
            last_error = error
    raise InputError(name, f"could not be stored ({last_error}).")


# The date basis of ``ingest --date`` (a person's date, kept like an editor's).
DATE_OPTION_BASIS = "命令行 --date"
_MANIFEST_YEAR = re.compile(r"manifest（年份 (\d{4})")
_PASTED_NAME = re.compile(r"粘贴-\d{8}-([0-9a-f]{12})")


def resplit_document(
    *, name: str, dry_run: bool = False, article_stats: ArticleStats | None = None
) -> IngestResult:
    """Read a stored document again from its ``raw_text``, as ingesting its file now would.

    After an upgrade, the splitter, titles, dates, sources and places of the new version reach
    documents stored before it (whose files may be gone) by the path of a changed file:
    articles matched to the stored ones (ids kept), new stories added, vanished ones removed
    or kept stale by reviewed work, editors' titles, sources, dates and places kept, and the
    articles whose text or date changed read again by the tracker. What a person gave the
    document when it was ingested is kept: its source, URL and place (stored on it) and its
    date (stored on its articles, as the manifest's or ``--date``'s basis says). An article
    an editor pasted stays one story. Raises InputError for an unknown name or a text that no
    longer yields a story (nothing is changed).
    """
    # The document is read and locked in the transaction that stores it again, so that an
    # ingest of a changed file meanwhile is never undone by this older text.
    with transaction.atomic():
        document = Document.objects.select_for_update().filter(name=name).first()
        if document is None:
            raise InputError(name, "no document of this name is stored.")
        plan, inferred = _plan_again(document)
        result = _store(
            name=name, digest=document.sha256, text=document.raw_text,
            encoding=document.encoding, source="", url="", place="", place_is_final=False,
            inferred_place=inferred, plan=plan, article_stats=article_stats, dry_run=dry_run,
        )
        if dry_run:
            transaction.set_rollback(True)
    return result


def _plan_again(document: Document) -> tuple[list[_Planned], PlaceGuess]:
    """A stored document's articles and place as ingesting its text now would make them."""
    text = document.raw_text
    pasted = _PASTED_NAME.fullmatch(document.name)
    if pasted and document.sha256.startswith(pasted.group(1)):
        # Pasted by an editor: one story, titled by the editor, spanning the whole text.
        stories = [replace(single_story(text), span_start=0, span_end=len(text))]
    else:
        stories = split_document(text)
    if not stories:
        raise InputError(document.name,
                         "no story could be cut from the stored text; nothing was changed.")
    published_on, precision, basis, page_year, final = _stored_dates(document)
    guesses = _dates(stories, published_on, precision, basis, page_year)
    inferred = (PlaceGuess() if _place_from_person(document)
                else infer_place(text, stories=len(stories)))
    pairs = zip(stories, guesses, strict=True)
    return [_Planned(i, story, guess, final) for i, (story, guess) in enumerate(pairs, 1)], inferred


def _stored_dates(document: Document) -> tuple[dt.date | None, str, str, int | None, bool]:
    """The date a person gave a document when it was ingested, read back from its articles'
    date bases (a Document stores none): ``--date``'s or the manifest's date, or the
    manifest's year; as (published_on, precision, basis, page_year, date_is_final)."""
    rows = document.articles.filter(
        Q(date_basis__in=("manifest", DATE_OPTION_BASIS)) | Q(date_basis__startswith="manifest（")
    ).order_by("is_stale", "position").values_list(
        "published_on", "date_precision", "date_basis", "date_edited"
    )
    year = None
    for published_on, precision, basis, edited in rows:
        if basis in ("manifest", DATE_OPTION_BASIS) and published_on is not None:
            return published_on, precision, basis, None, basis == DATE_OPTION_BASIS
        found = _MANIFEST_YEAR.match(basis)
        if found and year is None:
            year = (int(found.group(1)), edited)
    if year is None:
        return None, DatePrecision.DAY, "manifest", None, False
    if year[1]:  # ``--date 2024``: a year given by a person, kept like an editor's
        return dt.date(year[0], 1, 1), DatePrecision.YEAR, DATE_OPTION_BASIS, None, True
    return None, DatePrecision.DAY, "manifest", year[0], False


def _dates(
    stories: Sequence[Story],
    published_on: dt.date | None,
    precision: str,
    basis: str,
    page_year: int | None,
) -> list[DateGuess]:
    if published_on is not None and precision != DatePrecision.YEAR:
        return [DateGuess(published_on, precision, basis) for _ in stories]
    if published_on is not None:
        # A year alone says less than a story's own dateline: as with a page's year, each
        # story keeps the month and day its text gives, in that year.
        page_year = published_on.year
    # Stories of one page may lend each other their year; pages never do.
    guesses: list[DateGuess] = []
    start = 0
    for end in range(1, len(stories) + 1):
        if end == len(stories) or stories[end].page != stories[start].page:
            bodies = [story.body for story in stories[start:end]]
            guesses.extend(infer_page_dates(bodies, year=page_year))
            start = end
    return guesses


def _store(
    *,
    name: str,
    digest: str,
    text: str,
    encoding: str,
    source: str,
    url: str,
    place: str,
    place_is_final: bool,
    inferred_place: PlaceGuess,
    plan: list[_Planned],
    article_stats: ArticleStats | None,
    dry_run: bool,
) -> IngestResult:
    # One read finds the document of this name and any holding these bytes (for a new file,
    # the usual case, neither); a document of this name is then read again under a lock.
    found = list(Document.objects.filter(Q(name=name) | Q(sha256=digest)).defer("raw_text"))
    document = None
    if any(other.name == name for other in found):
        document = Document.objects.select_for_update().filter(name=name).first()
    if document is None:
        twin = next((d for d in found if d.sha256 == digest and d.name != name), None)
        if twin is not None:
            return IngestResult(name, UNCHANGED, twin, twin.encoding, duplicate_of=twin.name,
                                dry_run=dry_run)
        if place:
            basis = PLACE_OPTION if place_is_final else PLACE_MANIFEST
        else:
            place, basis = inferred_place.place, inferred_place.basis[:500]
        document = Document.objects.create(
            name=name, sha256=digest, encoding=encoding, raw_text=text, source=source, url=url,
            place=place, place_basis=basis, place_edited=place_is_final and bool(place),
        )
        articles = _create_all(document, plan)
        document_articles_stored.send(sender=Document, articles=articles, created=True)
        counts = article_stats(articles) if article_stats else {}
        outcomes = [_outcome(article, CREATED, counts) for article in articles]
        return IngestResult(name, CREATED, document, encoding, tuple(outcomes), dry_run=dry_run)

    changed_fields = []
    if document.sha256 != digest:
        twin = Document.objects.filter(sha256=digest).exclude(pk=document.pk).first()
        if twin is not None:
            raise InputError(name, f"its new content is identical to {twin.name}, which is "
                             "already stored; nothing was changed.")
        document.sha256, document.raw_text, document.encoding = digest, text, encoding
        changed_fields += ["sha256", "raw_text", "encoding"]
    if source and document.source != source:
        document.source = source
        changed_fields.append("source")
    if url and document.url != url:
        document.url = url
        changed_fields.append("url")
    # A manifest's place never replaces an editor's; a person's --place does, and is kept.
    may_place = bool(place) and (place_is_final or not document.place_edited)
    place_changed = may_place and document.place != place
    if place_changed:
        document.place = place
        changed_fields.append("place")
    if may_place and place_is_final and not document.place_edited:
        document.place_edited = True
        changed_fields.append("place_edited")
    if may_place:
        basis = PLACE_OPTION if place_is_final else PLACE_MANIFEST
    elif not place and not _place_from_person(document):
        # No person gave this document a place: its own title or heading says (or no longer
        # says) which one it is about.
        basis = inferred_place.basis[:500]
        if document.place != inferred_place.place:
            document.place, place_changed = inferred_place.place, True
            changed_fields.append("place")
    else:
        basis = document.place_basis
    if document.place_basis != basis:
        document.place_basis = basis
        changed_fields.append("place_basis")
    if changed_fields:
        document.save(update_fields=[*changed_fields, "updated_at"])
    outcomes = _update_articles(document, plan, article_stats, place_changed=place_changed)
    touched = bool(changed_fields) or any(o.status != UNCHANGED for o in outcomes)
    return IngestResult(name, UPDATED if touched else UNCHANGED, document, document.encoding,
                        tuple(outcomes), dry_run=dry_run)


def _fields(document: Document, planned: _Planned) -> dict[str, object]:
    story, guess = planned.story, planned.guess
    extra = {"date_edited": True} if planned.date_is_final else {}
    return {
        **extra,
        "title": story.title[:500],
        "body": story.body,
        # a source given for the document, else the one the story's own metadata line names
        "source": (document.source or source_named(story.body))[:200],
        "published_on": guess.published_on if guess.known else None,
        "date_precision": guess.precision if guess.known else DatePrecision.UNKNOWN,
        "date_basis": guess.basis[:500],
        "reporters": list(story.reporters),
        "span_start": story.span_start,
        "span_end": story.span_end,
        "is_fragment": story.is_fragment,
    }


def _outcome(article: Article, status: str, counts: dict[int, dict[str, int]]) -> ArticleOutcome:
    return ArticleOutcome(
        position=article.position,
        title=article.title,
        published_on=article.published_on,
        date_precision=article.date_precision,
        date_basis=article.date_basis,
        status=status,
        article_id=article.pk if status != REMOVED else None,
        is_fragment=article.is_fragment,
        stats=counts.get(article.pk, {}) if status != REMOVED else {},
    )


def _create(document: Document, planned: _Planned) -> Article:
    article = Article(document=document, position=planned.position, **_fields(document, planned))
    article.save()
    article_text_stored.send(sender=Article, article=article, in_document=True)
    return article


def _create_all(document: Document, plan: list[_Planned]) -> list[Article]:
    """A new document's articles, saved with one insert and one history statement rather
    than a save each. ``articles_to_be_inserted`` goes first (the tracker fills the search
    text that its ``pre_save`` receiver fills on a save), then ``article_text_stored`` for
    each, as ``_create`` does."""
    if not connection.features.can_return_rows_from_bulk_insert:
        return [_create(document, planned) for planned in plan]
    articles = [
        Article(document=document, position=planned.position, **_fields(document, planned))
        for planned in plan
    ]
    articles_to_be_inserted.send(sender=Article, articles=articles)
    Article.objects.bulk_create(articles)
    history.record_history(Article, [article.pk for article in articles], history.CREATED, None)
    for article in articles:
        article_text_stored.send(sender=Article, article=article, in_document=True)
    return articles


_DATE_FIELDS = ("published_on", "date_precision", "date_basis")
# Fields whose change alone is bookkeeping, not something a reader would notice.
_QUIET_FIELDS = ("span_start", "span_end", "date_basis", "date_edited")


def _update_articles(
    document: Document, plan: list[_Planned], stats: ArticleStats | None, *,
    place_changed: bool = False,
) -> list[ArticleOutcome]:
    old = list(document.articles.order_by("position"))
    matches = match_stories(old, [planned.story for planned in plan])
    outcomes: list[ArticleOutcome] = []

    # Articles the new text no longer holds: delete them unless reviewed work keeps them.
    matched_ids = {article.pk for article in matches.values()}
    vanished = [article for article in old if article.pk not in matched_ids]
    stale: list[Article] = []
    for article in vanished:
        article_vanished.send(sender=Article, article=article)
        try:
            with transaction.atomic():
                snapshot = _outcome(article, REMOVED, {})
                article.delete()
            outcomes.append(snapshot)
        except (ProtectedError, RestrictedError):
            stale.append(article)

    # Positions are unique per document: if any must move, first lift every kept article out
    # of the way in one statement, then set each final position.
    final = {matches[index].pk: planned.position for index, planned in enumerate(plan)
             if index in matches}
    final.update({article.pk: extra for extra, article in enumerate(stale, len(plan) + 1)})
    keep = [article for article in old if article.pk in final]
    if any(article.position != final[article.pk] for article in keep):
        offset = max(article.position for article in keep) + len(final) + 1
        Article.objects.filter(pk__in=[a.pk for a in keep]).update(
            position=F("position") + offset
        )
        for article in keep:
            article.position = -1  # forces a save below

    # (article, status) in order; the outcomes are made once the tracker has seen them all.
    done: list[tuple[Article, str]] = []
    stored: list[Article] = []  # articles with a new body or date, for the tracker
    for index, planned in enumerate(plan):
        article = matches.get(index)
        if article is None:
            article = _create(document, planned)
            stored.append(article)
            done.append((article, CREATED))
            continue
        wanted = _fields(document, planned)
        if article.title_edited:
            wanted.pop("title")
        if article.source_edited:
            wanted.pop("source")
        if article.date_edited and not planned.date_is_final:
            for name in _DATE_FIELDS:
                wanted.pop(name)
        changed = [name for name, value in wanted.items() if getattr(article, name) != value]
        if article.is_stale:
            changed.append("is_stale")
            article.is_stale = False
        for name in changed:
            if name != "is_stale":
                setattr(article, name, wanted[name])
        moved = article.position != planned.position
        article.position = planned.position
        if changed or moved:
            article.save()
        if "body" in changed:
            article_text_stored.send(sender=Article, article=article, in_document=True)
            stored.append(article)
        elif "published_on" in changed or "date_precision" in changed:
            article_date_changed.send(sender=Article, article=article, in_document=True)
            stored.append(article)
        elif place_changed:
            # The figures naming no place of their own now belong to another place.
            stored.append(article)
        # Spans follow the raw text and the basis quotes it; a reader notices the rest.
        visible = [n for n in changed if n not in _QUIET_FIELDS]
        done.append((article, UPDATED if visible else UNCHANGED))
    if stored:
        document_articles_stored.send(sender=Document, articles=stored, created=False)

    for extra, article in enumerate(stale, len(plan) + 1):
        newly = not article.is_stale
        moved = article.position != extra
        article.is_stale = True
        article.position = extra
        if newly or moved:
            article.save()
        done.append((article, STALE if newly else UNCHANGED))
    counts = stats([article for article, _status in done]) if stats else {}
    outcomes.extend(_outcome(article, status, counts) for article, status in done)
    outcomes.sort(key=lambda o: (o.status == REMOVED, o.position))
    return outcomes


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def match_stories(old: Sequence[Article], stories: Sequence[Story]) -> dict[int, Article]:
    """Pair new stories (by index) with the old articles they continue.

    Same body first, then same title, then the most similar body among nearby positions
    (at least half the wording shared), so an edited story keeps its article and its reviewed
    items. Linear in practice: similarity is only tried within a few positions.
    """
    matches: dict[int, Article] = {}
    free = {article.pk: article for article in old}
    by_body: dict[str, list[Article]] = {}
    by_title: dict[str, list[Article]] = {}
    for article in old:
        by_body.setdefault(article.body, []).append(article)
        if article.title:
            by_title.setdefault(article.title, []).append(article)

    def take(index: int, candidates: list[Article]) -> bool:
        for article in candidates:
            if article.pk in free:
                matches[index] = free.pop(article.pk)
                return True
        return False

    for index, story in enumerate(stories):
        take(index, by_body.get(story.body, []))
    for index, story in enumerate(stories):
        if index not in matches and story.title:
            take(index, by_title.get(story.title, []))
    window = 6
    for index, story in enumerate(stories):
        if index in matches or not free:
            continue
        words = _bigrams(story.body[:3000])
        best, best_score = None, 0.5
        for article in free.values():
            if abs(article.position - (index + 1)) > window and len(free) > 2 * window:
                continue
            other = _bigrams(article.body[:3000])
            score = len(words & other) / max(1, min(len(words), len(other)))
            if score >= best_score:
                best, best_score = article, score
        if best is not None:
            matches[index] = free.pop(best.pk)
    return matches


def ingest_pasted_article(
    *,
    title: str,
    text: str,
    published_on: dt.date | None = None,
    date_precision: str = DatePrecision.DAY,
    source: str = "",
) -> Article:
    """Store an article an editor pasted in the admin: the same reflow, dates and extraction.

    The editor's title is kept as written (and marked edited, so no re-ingest replaces it);
    a date given here is the editor's; without one, the date is inferred from the text.
    Raises InputError for empty text or text already stored.
    """
    title = " ".join(title.split())
    label = f"“{title[:40]}”" if title else "pasted text"
    if not text.strip():
        raise InputError(label, "the pasted text is empty.")
    data = text.encode("utf-8")
    decoded = decode_bytes(data, name=label)
    story = single_story(decoded.text, title=title)
    if not story.body:
        raise InputError(label, "no usable text.")
    if published_on is not None:
        guess = DateGuess(published_on, date_precision, "editor")
    else:
        guess = infer_date(story.body)
    digest = sha256(data)
    with transaction.atomic():
        twin = Document.objects.filter(sha256=digest).first()
        if twin is not None:
            raise InputError(label, f"this text is already stored (document {twin.name}).")
        document = Document.objects.create(
            name=f"粘贴-{dt.date.today():%Y%m%d}-{digest[:12]}",
            sha256=digest,
            encoding="utf-8",
            raw_text=decoded.text,
            source=source,
        )
        article = Article(
            document=document,
            position=1,
            title=title[:500],
            body=story.body,
            source=source,
            published_on=guess.published_on if guess.known else None,
            date_precision=guess.precision if guess.known else DatePrecision.UNKNOWN,
            date_basis=guess.basis[:500],
            reporters=list(story.reporters),
            span_start=0,
            span_end=len(decoded.text),
            title_edited=bool(title),
            source_edited=bool(source),
            date_edited=published_on is not None,
        )
        article.save()
        article_text_stored.send(sender=Article, article=article)
    return article
