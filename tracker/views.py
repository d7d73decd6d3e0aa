"""The public, read-only site: scorecard, commitments, indicators, search.

Every page reads through the named public querysets (rejected items never appear; unreviewed
ones are marked or hidden per PUBLIC_UNREVIEWED) and runs a fixed number of queries whatever
the page size. Bad query strings get a 400 page that says which parameter is wrong.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from articles import views as article_views
from articles.history import history_model
from articles.models import Article, untitled_name
from articles.paging import query_without, rows_between

from .compiled import compiled_rows, compiled_rows_by_ids
from .filtersets import (
    OPEN_STATUSES,
    OUTCOME_RELATIONS,
    PUBLIC_REVIEW_STATES,
    CommitmentFilterSet,
    is_overdue,
    with_public_state,
)
from .models import (
    REVIEWED_STATES,
    Commitment,
    CommitmentKind,
    Comparator,
    Evidence,
    Indicator,
    Link,
    Measure,
    Relation,
    ReviewState,
    Status,
    Topic,
)
from .paths import object_path, object_paths
from .search import search
from .text.search_tokens import MAX_QUERY_CHARS, find_passage, parse_query

PAGE_SIZE = 25
SERIES_PAGE_SIZE = 100  # rows of an indicator's table per page
DUE_SOON_DAYS = 120
HOME_LIST_LENGTH = 8
SAME_INDICATOR_ROWS = 20  # the commitment page's other commitments of its indicator
SEARCH_RESULTS_PER_KIND = 20
SEARCH_RANK_WINDOW = 1000  # the newest matches that the search page ranks
SEARCH_COUNT_LIMIT = 1000  # the search page counts matches up to this many


class BadQuery(Exception):
    """A query string the page cannot read; shown as a 400 with this message."""


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "bad_request.html", {"message": message}, status=400)


def form_errors(filterset) -> str:
    parts = []
    for name, errors in filterset.errors.items():
        label = filterset.form.fields[name].label if name in filterset.form.fields else name
        parts.append(f"“{label}”（{name}）：{'；'.join(errors)}")
    return "筛选条件有误。" + " ".join(parts)


def paginate(request: HttpRequest, queryset, per_page: int = PAGE_SIZE, *,
             by_ids: bool = True, rows=None):
    """The requested page; a page number that is not a positive whole number, or beyond the
    last page, is the reader's mistake (400), not the server's. The page's rows are read
    by id (rows_between, from ``rows`` if given) unless ``by_ids`` is false."""
    raw = request.GET.get("page", "1")
    if not (raw.isascii() and raw.isdigit() and 0 < int(raw) < 10**9):
        raise BadQuery(f"页码“{raw[:20]}”无效：请给出从 1 起的整数。")
    paginator = Paginator(queryset, per_page)
    number = int(raw)
    if number > paginator.num_pages:
        raise BadQuery(f"没有第 {number} 页：共 {paginator.num_pages} 页。")
    page = paginator.page(number)
    if by_ids:
        page.object_list = rows_between(
            queryset, (number - 1) * per_page, number * per_page, rows=rows
        )
    return page


def public_commitments():
    """Commitments the public may see, with their state (due, has_evidence, overdue) as of
    today. The queryset is built once a day (and per PUBLIC_UNREVIEWED) and cloned for each
    request: building it, its subquery resolved against the models, cost a millisecond."""
    unreviewed = getattr(settings, "PUBLIC_UNREVIEWED", "mark")
    return _public_commitments(dt.date.today(), unreviewed).all()


@functools.lru_cache(maxsize=4)
def _public_commitments(today: dt.date, unreviewed: str):
    return with_public_state(Commitment.objects.public(), today)  # never evaluated itself


# The columns {% commitment_rows %} shows, with the state public_commitments() adds: a row
# read whole is some seventy columns of the commitment, its article, document and
# indicator (the indicator's aliases decoded from JSON), most of which the list never shows.
ROW_FIELDS = (
    "pk", "quote", "status", "review_state", "measure", "falls", "comparator", "value",
    "value_max", "unit", "period_text", "period_start", "period_end", "indicator_text",
    "indicator_id", "indicator__name", "article_id", "article__title", "article__source",
    "article__published_on", "article__date_precision", "article__document__source", "due",
    "overdue",
)  # fmt: skip
# What a row's source line shows of its article (with its document's source).
ARTICLE_ROW_FIELDS = ("title", "source", "published_on", "date_precision")


def article_of(row: dict, prefix: str = "article__") -> SimpleNamespace:
    """The article of a values() row (its ARTICLE_ROW_FIELDS and its document's source, under
    ``prefix``), taken out of the row as an object of its own, as a source line reads it."""
    return SimpleNamespace(
        **{name: row.pop(f"{prefix}{name}") for name in ARTICLE_ROW_FIELDS},
        document=SimpleNamespace(source=row.pop(f"{prefix}document__source")),
    )


def listed_commitments():
    """public_commitments() as the lists' rows, values(*ROW_FIELDS), read by id (a page's ids,
    rows_between's): built once a day (and per PUBLIC_UNREVIEWED), compiled once per number
    of ids and database (its state's subquery was a fifth of a list page's calls)."""
    unreviewed = getattr(settings, "PUBLIC_UNREVIEWED", "mark")
    return _listed_commitments(dt.date.today(), unreviewed)


@functools.lru_cache(maxsize=4)
def _listed_commitments(today: dt.date, unreviewed: str):
    return compiled_rows_by_ids(
        _public_commitments(today, unreviewed).order_by().values(*ROW_FIELDS)
    )


def list_rows(rows: Iterable[dict], query=None, *, indicator=None) -> list[SimpleNamespace]:
    """Rows for {% commitment_rows %}, from the lists' values(*ROW_FIELDS): each with the
    attributes the row reads of a commitment (its indicator, its article and the article's
    document as objects of their own; ``indicator``, the indicator of rows read without its
    name), and the passage that matches the search words, or None without a search (the row
    then quotes the whole sentence). Plain objects: a commitment, its indicator, article and
    document made from each row cost some 120 calls a row."""
    made = []
    for row in rows:
        row["article"] = article_of(row)
        name = row.pop("indicator__name", None)
        if indicator is None and row["indicator_id"] is not None:
            row["indicator"] = SimpleNamespace(name=name)
        else:
            row["indicator"] = indicator
        row["is_reviewed"] = row["review_state"] in REVIEWED_STATES
        row["passage"] = find_passage(row["quote"], query) if query else None
        made.append(SimpleNamespace(**row))
    return made


# --- Values shown to readers ----------------------------------------------------------------

COMPARATOR_WORDS = {
    Comparator.AT_LEAST: "不少于",
    Comparator.MORE_THAN: "超过",
    Comparator.AT_MOST: "不超过",
    Comparator.LESS_THAN: "少于",
    Comparator.ABOUT: "约",
}


def plain_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def amount(item) -> str:
    """'不少于300家', '170.5亿元', '增长约10%', '下降4.6%': the number as the article put it."""
    if item.value is None:
        return ""
    number = plain_number(item.value) + item.unit
    if item.comparator == Comparator.RANGE and item.value_max is not None:
        number = f"{plain_number(item.value)}–{plain_number(item.value_max)}{item.unit}"
    # What is measured, then how it compares: 增长不少于5%, 占比约10%, as Chinese says it.
    if item.measure == Measure.GROWTH:
        prefix = "下降" if item.falls else "增长"
    elif item.measure == Measure.SHARE:
        prefix = "占比"
    elif item.measure == Measure.RANK:
        prefix = "排名"
    else:
        prefix = ""
    return prefix + COMPARATOR_WORDS.get(item.comparator, "") + number


def period_label(item) -> str:
    if item.period_start and item.period_end:
        if item.period_start.year == item.period_end.year:
            years = f"{item.period_end.year}年"
        else:
            years = f"{item.period_start.year}—{item.period_end.year}年"
    elif item.period_end:
        years = f"{item.period_end.year}年"
    else:
        years = ""
    if item.period_text and item.period_text not in years:
        return f"{years}（{item.period_text}）" if years else item.period_text
    return years or "未注明"


@dataclass(frozen=True)
class Progress:
    """How far the latest reported figure is toward a numeric target."""

    reached: Decimal
    target: Decimal
    percent: int
    evidence: SimpleNamespace  # a timeline row's evidence (timeline_rows)

    @property
    def meter_value(self) -> Decimal:
        return min(self.reached, self.target)


def progress_for(commitment, links: list[SimpleNamespace]) -> Progress | None:
    """Latest outcome on the same scale (base unit and measure) against the target; none for
    ceilings ("不超过"), items without a number, or a latest outcome going the other way (a
    fall against a growth target: the meter would show the figure as a rise)."""
    target = commitment.base_value
    if target is None or target <= 0 or commitment.comparator in (
        Comparator.AT_MOST,
        Comparator.LESS_THAN,
        Comparator.NONE,
    ):
        return None
    comparable = [
        link.evidence
        for link in links
        if link.relation in (Relation.FULFILS, Relation.PROGRESS, Relation.MISSED)
        and link.evidence.base_value is not None
        and link.evidence.base_unit == commitment.base_unit
        and link.evidence.measure == commitment.measure
    ]
    if not comparable:
        return None
    latest = max(
        comparable,
        key=lambda ev: (ev.period_end or dt.date.min, ev.article.published_on or dt.date.min),
    )
    if latest.falls != commitment.falls:
        return None  # a fall against a growth target (or a rise against a fall): no way there
    percent = int(latest.base_value * 100 / target)
    return Progress(latest.base_value, target, percent, latest)


def quote_url(commitment) -> str:
    """The commitment's sentence where it is marked in its article."""
    return object_path("articles:detail", commitment.article_id) + f"#commitment-{commitment.pk}"


# --- Pages ---------------------------------------------------------------------------------


def handles_bad_queries(view):
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadQuery as problem:
            return bad_request(request, str(problem))

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return require_safe(wrapped)


def scorecard_groups(today: dt.date) -> list[dict]:
    """Visible commitments counted by everything the scorecard breaks them down by, in one
    pass over the table: status, review state, indicator, target year, whether an outcome is
    reported, and whether the due date has passed. Whether an outcome is reported is one
    uncorrelated subquery, which the database computes once (as a hashed set of ids) rather
    than once per commitment."""
    reported = Link.objects.public_under_commitment().filter(relation__in=OUTCOME_RELATIONS)
    return list(
        Commitment.objects.public()
        .order_by()
        .annotate(
            year=ExtractYear(Coalesce("period_end", "deadline")),
            reported=ExpressionWrapper(
                Q(pk__in=reported.values("commitment_id")), output_field=BooleanField()
            ),
            past_due=ExpressionWrapper(
                Q(deadline__lt=today) | Q(deadline__isnull=True, period_end__lt=today),
                output_field=BooleanField(),
            ),
        )
        .values("status", "review_state", "indicator", "year", "reported", "past_due")
        .annotate(n=Count("pk"))
    )


# The statuses the scorecard counts as kept (on time, beyond, or late).
DONE_STATUSES = (Status.ACHIEVED, Status.EXCEEDED, Status.LATE)


@dataclass(frozen=True)
class Scorecard:
    """The home page's counts of visible commitments, and when they were counted."""

    counted_at: dt.datetime
    totals: dict
    statuses: list[tuple[str, str, int]]
    by_year: list[dict]
    by_topic: list[tuple[str | None, str, int]]


def scorecard(today: dt.date) -> Scorecard:
    """The counts of scorecard_groups(), kept SCORECARD_CACHE_SECONDS (a minute by default;
    0 counts on every request). Counting every visible commitment is most of the home page's
    time at scale (0.2 s at 100,000 commitments) and the home page is where a spike of
    readers lands; the page says when its counts were taken."""
    seconds = getattr(settings, "SCORECARD_CACHE_SECONDS", 60)
    unreviewed = getattr(settings, "PUBLIC_UNREVIEWED", "mark")
    key = f"tracker:scorecard:{today.isoformat()}:{unreviewed}"
    counted = cache.get(key) if seconds else None
    if counted is None:
        counted = count_scorecard(today)
        if seconds:
            cache.set(key, counted, seconds)
    return counted


def count_scorecard(today: dt.date) -> Scorecard:
    counted_at = timezone.now()
    groups = scorecard_groups(today)
    topic_of = dict(Indicator.objects.values_list("pk", "topic"))
    totals = {"total": 0, "overdue_n": 0, "with_evidence_n": 0, "unreviewed": 0}
    by_status: dict[str, int] = {}
    years: dict[int | None, dict] = {}
    topics: dict[str | None, int] = {}
    for group in groups:
        n = group["n"]
        totals["total"] += n
        totals["with_evidence_n"] += n if group["reported"] else 0
        totals["unreviewed"] += n if group["review_state"] == ReviewState.SUGGESTED else 0
        if group["past_due"] and group["status"] in OPEN_STATUSES and not group["reported"]:
            totals["overdue_n"] += n
        by_status[group["status"]] = by_status.get(group["status"], 0) + n
        year = years.setdefault(group["year"], {"year": group["year"], "n": 0, "done": 0})
        year["n"] += n
        year["done"] += n if group["status"] in DONE_STATUSES else 0
        topic = topic_of.get(group["indicator"])
        topics[topic] = topics.get(topic, 0) + n
    topic_labels = dict(Topic.choices)
    return Scorecard(
        counted_at=counted_at,
        totals=totals,
        statuses=[(value, label, by_status.get(value, 0)) for value, label in Status.choices],
        by_year=sorted(years.values(), key=lambda row: -(row["year"] or 0)),
        by_topic=[
            (topic, topic_labels.get(topic, "未分类"), n)
            for topic, n in sorted(topics.items(), key=lambda item: (-item[1], item[0] or ""))
        ],
    )


@handles_bad_queries
def home(request: HttpRequest) -> HttpResponse:
    """The scorecard: how many promises stand where, what is due, what is overdue."""
    today = dt.date.today()
    visible = public_commitments()
    counts = scorecard(today)
    overdue = rows_between(visible.filter(overdue=True).order_by("due", "pk"), 0,
                           HOME_LIST_LENGTH, rows=listed_commitments())
    due_soon = rows_between(
        visible.filter(
            due__gte=today,
            due__lte=today + dt.timedelta(days=DUE_SOON_DAYS),
            status__in=(Status.PENDING, Status.IN_PROGRESS),
        ).order_by("due", "pk"),
        0,
        HOME_LIST_LENGTH,
        rows=listed_commitments(),
    )
    latest_evidence = Evidence.objects.public().order_by(
        "-article__published_on", "-created_at", "-pk"
    )[:HOME_LIST_LENGTH]
    return render(
        request,
        "tracker/home.html",
        {
            "counted_at": counts.counted_at,
            "totals": counts.totals,
            "statuses": counts.statuses,
            "overdue": list_rows(overdue),
            "due_soon": list_rows(due_soon),
            "latest_evidence": list(latest_evidence),
            "by_year": counts.by_year,
            "by_topic": counts.by_topic,
            "today": today,
        },
    )


@handles_bad_queries
def commitment_list(request: HttpRequest) -> HttpResponse:
    """All visible commitments, filtered by the query string (shareable), paginated."""
    # (value, label) of each filter's options, for {% options %}; the indicators' also
    # check the indicator asked for.
    indicators = list(Indicator.objects.order_by("name").values_list("pk", "name"))
    filterset = CommitmentFilterSet(
        request.GET, queryset=public_commitments().order_by("due", "pk"), indicators=indicators
    )
    if not filterset.is_valid():
        return bad_request(request, form_errors(filterset))
    page = paginate(request, filterset.qs, rows=listed_commitments())
    query = parse_query(filterset.form.cleaned_data.get("q") or "")
    rows = list_rows(list(page.object_list), query)
    asked = article_views.filter_summary(filterset.form)
    return render(
        request,
        "tracker/commitment_list.html",
        {
            "filterset": filterset,
            "form": filterset.form,
            "page": page,
            "rows": rows,
            "indicators": indicators,
            "statuses": Status.choices,
            # (rejected items are never public)
            "review_states": [choice for choice in PUBLIC_REVIEW_STATES
                              if choice[0] != ReviewState.REJECTED],
            "topics": Topic.choices,
            "years": [(y, f"{y}年") for y in range(dt.date.today().year + 6, 2014, -1)],
            "sorts": [(v, label) for v, label in filterset.form.fields["sort"].choices if v],
            "page_query": query_without(request.GET, "page"),
            "filtered": any(v for k, v in request.GET.items() if k not in ("page", "sort")),
            "asked": asked,
            "asked_title": article_views.shortened("，".join(asked), 60),
        },
    )


@functools.cache
def _status_records():
    """The commitments' recorded statuses by commitment id, oldest first, compiled once (per
    database)."""
    return compiled_rows(
        history_model(Commitment).objects.order_by("history_date", "history_id")
        .values("history_date", "status", "status_source", "status_reason"),
        "id",
    )


def history_of_status(commitment) -> list[dict]:
    """Each change of status, oldest first, with its reason and who decided (machine or
    editor), from the commitment's recorded history. An editor confirming the machine's
    status, or giving a new reason, is a step too."""
    changes = []
    previous = None
    for record in _status_records()(commitment.pk):
        status, source = record["status"], record["status_source"]
        decision = (status, source, record["status_reason"])
        if decision != previous:
            changes.append(
                {
                    "date": record["history_date"],
                    "status": status,
                    "label": STATUS_LABELS.get(status, status),
                    "reason": record["status_reason"],
                    "by_editor": source == "editor",
                }
            )
            previous = decision
    return changes


# What the commitment page shows of the commitment, the commitment it revises (its figure and
# period, which the page names it by), its indicator, article and document.
COMMITMENT_PAGE_FIELDS = (
    "pk", "quote", "kind", "subject", "status", "status_reason", "review_state", "anchor_lost",
    "revises_id", "measure", "falls", "comparator", "value", "value_max", "unit", "base_value",
    "base_unit", "period_text", "period_start", "period_end", "period_relative",
    "revises__measure", "revises__falls", "revises__comparator", "revises__value",
    "revises__value_max", "revises__unit", "revises__period_text", "revises__period_start",
    "revises__period_end",
    "indicator_id", "indicator_text", "indicator__name", "article_id",
    *(f"article__{name}" for name in ARTICLE_ROW_FIELDS), "article__position",
    "article__document__source", "article__document__name", "due",
)  # fmt: skip
KIND_LABELS = dict(CommitmentKind.choices)
STATUS_LABELS = dict(Status.choices)


def commitment_of(row: dict) -> SimpleNamespace:
    """The commitment page's commitment, from values(*COMMITMENT_PAGE_FIELDS): its article
    (with its place in its document and the document's name, which name an untitled one),
    indicator and the commitment it revises as objects of their own, and the labels of its
    kind and status. Plain objects: the commitment and its related rows made as models cost
    some 1,650 calls, two fifths of reading them."""
    article = article_of(row)
    article.position = row.pop("article__position")
    article.document.name = row.pop("article__document__name")
    revises = SimpleNamespace(
        **{key.removeprefix("revises__"): row.pop(key)
           for key in [key for key in row if key.startswith("revises__")]},
    )  # fmt: skip
    name = row.pop("indicator__name")
    return SimpleNamespace(
        **row,
        article=article,
        revises=revises if row["revises_id"] is not None else None,
        indicator=SimpleNamespace(name=name) if row["indicator_id"] is not None else None,
        is_reviewed=row["review_state"] in REVIEWED_STATES,
        kind_label=KIND_LABELS.get(row["kind"], row["kind"]),
        status_label=STATUS_LABELS.get(row["status"], row["status"]),
    )


# What the commitment page's timeline and progress meter show of each link and its evidence
# (the evidence's numbers and period, its quote, and its article's source line).
TIMELINE_FIELDS = (
    "pk", "relation", "review_state", "note", "explanation", "evidence_id", "evidence__quote",
    "evidence__review_state", "evidence__measure", "evidence__falls", "evidence__comparator",
    "evidence__value",
    "evidence__value_max", "evidence__unit", "evidence__base_value", "evidence__base_unit",
    "evidence__period_text", "evidence__period_start", "evidence__period_end",
    "evidence__article_id", "evidence__article__title", "evidence__article__source",
    "evidence__article__published_on", "evidence__article__date_precision",
    "evidence__article__document__source",
)  # fmt: skip
RELATION_LABELS = dict(Relation.choices)


def timeline_rows(rows: Iterable[dict]) -> list[SimpleNamespace]:
    """The commitment page's links, from values(*TIMELINE_FIELDS), as its timeline and
    progress meter read them: each with its relation's label, its evidence (``evidence``),
    and the evidence's article and the article's document, as objects of their own. Plain
    objects: a link, its evidence, article and document made from each row cost some 1,600
    calls a link."""
    made = []
    for row in rows:
        article = article_of(row, "evidence__article__")
        evidence = SimpleNamespace(
            pk=row.pop("evidence_id"), article=article,
            **{key.removeprefix("evidence__"): row.pop(key)
               for key in [key for key in row if key.startswith("evidence__")]},
        )  # fmt: skip
        evidence.is_reviewed = evidence.review_state in REVIEWED_STATES
        made.append(SimpleNamespace(**row, evidence=evidence,
                                    relation_label=RELATION_LABELS.get(row["relation"],
                                                                       row["relation"])))
    return made


@functools.lru_cache(maxsize=4)
def _commitment_page_querysets(today: dt.date, unreviewed: str):
    """The commitment page's reads: the commitment by id and its timeline (links) by the
    commitment's id, compiled once (per database), and its indicator's other commitments, a
    queryset narrowed per request; built once a day and per PUBLIC_UNREVIEWED, as
    public_commitments() is."""
    visible = _public_commitments(today, unreviewed)
    # Its due date, not its overdue state: commitment_detail works that out (is_overdue)
    # from the links it reads anyway, where compiling the state's SQL cost some 700 calls.
    commitment = compiled_rows(
        with_public_state(Commitment.objects.public(), today, select=False)
        .annotate(due=F("due"))
        .values(*COMMITMENT_PAGE_FIELDS),
        "pk",
    )
    # The commitment is public, so its links need only the evidence's side checked (which
    # public_under_commitment does); and only the columns the timeline and the progress
    # meter show (the whole rows of link, evidence, article and document were most of this
    # page's time, in Django and SQL).
    timeline = compiled_rows(
        Link.objects.public_under_commitment()
        .order_by("evidence__period_end", "evidence__article__published_on", "pk")
        .values(*TIMELINE_FIELDS),
        "commitment_id",
    )
    # The indicator of these rows is the page's own: not joined again (commitment_detail
    # gives it to them).
    same_indicator = visible.order_by("-due", "-pk").values(
        *(field for field in ROW_FIELDS if not field.startswith("indicator__"))
    )
    return commitment, timeline, same_indicator


@handles_bad_queries
def commitment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One commitment: its quote in context, target, evidence timeline, status history."""
    today = dt.date.today()
    commitments, timeline, same_indicator_rows = _commitment_page_querysets(
        today, getattr(settings, "PUBLIC_UNREVIEWED", "mark")
    )
    rows = commitments(pk)
    if not rows:
        raise Http404("没有这项承诺，或它尚未公开。")
    commitment = commitment_of(rows[0])
    links = timeline_rows(timeline(commitment.pk))
    # Whether an outcome is reported (the progress section says so): its links are those
    # with_public_state's has_evidence looks for, so they tell without selecting it again.
    commitment.has_evidence = any(link.relation in OUTCOME_RELATIONS for link in links)
    commitment.overdue = is_overdue(due=commitment.due, status=commitment.status,
                                    has_evidence=commitment.has_evidence, today=today)
    same_indicator = []
    if commitment.indicator_id:
        # The first rows in one query: the database walks the (indicator, due) index
        # backwards and stops after them, with nothing to skip (rows_between's ids first
        # would be a second query for no row less).
        same_indicator = list_rows(
            same_indicator_rows.filter(indicator_id=commitment.indicator_id)
            .exclude(pk=commitment.pk)[:SAME_INDICATOR_ROWS],
            indicator=commitment.indicator,
        )
    progress = progress_for(commitment, links)
    permalink = request.build_absolute_uri(object_path("tracker:commitment", commitment.pk))
    article = commitment.article
    structured = {
        "@context": "https://schema.org",
        "@type": "Claim",
        "url": permalink,
        "text": commitment.quote,
        "datePublished": article.published_on.isoformat() if article.published_on else None,
        "appearance": {
            "@type": "NewsArticle",
            "headline": article.title or untitled_name(article.document.name, article.position),
            "url": request.build_absolute_uri(quote_url(commitment)),
            "publisher": article.source or article.document.source or None,
        },
        "about": commitment.indicator.name if commitment.indicator else None,
        "temporalCoverage": (
            f"{commitment.period_start.isoformat()}/{commitment.period_end.isoformat()}"
            if commitment.period_start and commitment.period_end
            else None
        ),
    }
    return render(
        request,
        "tracker/commitment_detail.html",
        {
            "c": commitment,
            "links": links,
            "history": history_of_status(commitment),
            "same_indicator": same_indicator,
            "progress": progress,
            "permalink": permalink,
            "structured": {k: v for k, v in structured.items() if v is not None},
            "quote_url": quote_url(commitment),
        },
    )


@handles_bad_queries
def indicator_list(request: HttpRequest) -> HttpResponse:
    # Counted in one grouped pass per table (a pk__in subquery per row was 0.7 s at 20,000
    # commitments); the conditions are those of the public() querysets.
    visible = ~Q(review_state=ReviewState.REJECTED)
    if getattr(settings, "PUBLIC_UNREVIEWED", "mark") == "hide":
        visible &= Q(review_state__in=REVIEWED_STATES)
    counts: dict[int, list[int]] = {}
    for slot, model in enumerate((Commitment, Evidence)):
        rows = (model.objects.filter(visible, indicator__isnull=False).order_by()
                .values_list("indicator").annotate(n=Count("pk")))
        for indicator_id, n in rows:
            counts.setdefault(indicator_id, [0, 0])[slot] = n
    indicators = Indicator.objects.filter(pk__in=list(counts)).order_by("topic", "name")
    for indicator in indicators:
        indicator.commitments_n, indicator.evidence_n = counts[indicator.pk]
    topic_labels = dict(Topic.choices)
    groups: dict[str, list] = {}
    for indicator in indicators:
        groups.setdefault(topic_labels.get(indicator.topic, "其他"), []).append(indicator)
    return render(request, "tracker/indicator_list.html", {"groups": groups})


@dataclass(frozen=True)
class SeriesRow:
    """One row of an indicator's table: a target or a reported outcome for a period."""

    kind: str  # "target" or "outcome"
    item: object
    year: int | None
    amount: str
    period: str

    @property
    def cumulative(self) -> bool:
        """An outcome counted from an earlier start (累计); a target never is. (Asking the
        template for item.is_cumulative on a commitment would cost a dir() of it per row.)"""
        return getattr(self.item, "is_cumulative", False)


# What an indicator's table and chart read of a target or an outcome.
SERIES_FIELDS = (
    "pk", "quote", "review_state", "measure", "falls", "comparator", "value", "value_max",
    "unit", "base_value", "base_unit", "period_start", "period_end", "period_text",
    "article_id", *(f"article__{name}" for name in ARTICLE_ROW_FIELDS),
    "article__document__source",
)  # fmt: skip


def series_items(queryset, pks: list[int], *fields: str) -> dict[int, SimpleNamespace]:
    """The items of ``queryset`` with these ids, by id, as plain objects of SERIES_FIELDS (and
    ``fields``), their article an object of its own: made as models, a page of a hundred
    with their articles and documents cost some 370 calls an item."""
    items = {}
    for row in queryset.filter(pk__in=pks).values(*SERIES_FIELDS, *fields):
        row["article"] = article_of(row)
        row["is_reviewed"] = row["review_state"] in REVIEWED_STATES
        items[row["pk"]] = SimpleNamespace(**row)
    return items


def chart_for(rows: list[SeriesRow]) -> dict | None:
    """Coordinates for a small SVG chart: targets (hollow) and outcomes (filled) per year,
    on one scale; only level figures in the most common base unit are plotted."""
    plotted = [
        row
        for row in rows
        if row.year is not None
        and row.item.base_value is not None
        and row.item.measure == Measure.LEVEL
        and not getattr(row.item, "is_cumulative", False)
    ]
    if not plotted:
        return None
    units: dict[str, int] = {}
    for row in plotted:
        units[row.item.base_unit] = units.get(row.item.base_unit, 0) + 1
    unit = max(units, key=units.get)
    plotted = [row for row in plotted if row.item.base_unit == unit]
    years = sorted({row.year for row in plotted})
    top = max(row.item.base_value for row in plotted) or Decimal(1)
    # Label the axis in the unit the articles use (亿元), not the base unit (元).
    shown_unit, scale = unit, Decimal(1)
    for row in plotted:
        if row.item.value and row.item.unit:
            shown_unit, scale = row.item.unit, row.item.base_value / row.item.value
            break
    width, height, left, right, bottom, top_pad = 640, 270, 80, 20, 40, 36
    step = (width - left - right) / max(len(years), 1)
    # A year with several targets (or outcomes) stacks their points on one line: their
    # numbers written beside them would print over each other, so only a lone figure of its
    # kind and year is written out (each point keeps its number as a tooltip; the table
    # under the chart lists them all).
    per_slot: dict[tuple[int, str], int] = {}
    for row in plotted:
        per_slot[row.year, row.kind] = per_slot.get((row.year, row.kind), 0) + 1
    points = []
    for row in plotted:
        index = years.index(row.year)
        offset = -10 if row.kind == "target" else 10
        x = left + step * index + step / 2 + offset
        y = height - bottom - float(row.item.base_value / top) * (height - bottom - top_pad)
        points.append(
            {
                "x": round(x, 1),
                "y": round(y, 1),
                "kind": row.kind,
                "amount": row.amount,
                "labelled": per_slot[row.year, row.kind] == 1,
                "label": f"{row.year}年 {'目标' if row.kind == 'target' else '实际'} "
                f"{row.amount}",
            }
        )
    return {
        "width": width,
        "height": height,
        "left": left,
        "baseline": height - bottom,
        "top_y": top_pad,
        "top_label": plain_number((top / scale).quantize(Decimal("0.01"))) + shown_unit,
        "years": [
            {"year": year, "x": round(left + step * i + step / 2, 1)}
            for i, year in enumerate(years)
        ],
        "points": points,
        "unit": shown_unit,
        "crowded": any(n > 1 for n in per_slot.values()),
    }


def series_keys(indicator: Indicator):
    """An indicator's visible targets and outcomes as (kind, id) rows in the table's order:
    latest year first, targets before outcomes, then by publication date. One query (a
    UNION), so that a page of the table reads only its own rows."""
    earliest = Value(dt.date.min)

    def keyed(queryset, kind: int, year):
        return (
            queryset.filter(indicator=indicator)
            .order_by()
            .annotate(
                series_kind=Value(kind),
                year_key=Coalesce(ExtractYear(year), Value(0)),
                published=Coalesce("article__published_on", earliest),
            )
            .values_list("series_kind", "pk", "year_key", "published")
        )

    targets = keyed(Commitment.objects.public(), 0, Coalesce("period_end", "deadline"))
    outcomes = keyed(Evidence.objects.public(), 1, "period_end")
    return targets.union(outcomes, all=True).order_by(
        "-year_key", "series_kind", "published", "pk"
    )


@handles_bad_queries
def indicator_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Targets and outcomes of one indicator across the years: a table, a page at a time,
    and an SVG chart of the page's figures."""
    try:
        indicator = Indicator.objects.get(pk=pk)
    except Indicator.DoesNotExist:
        raise Http404("没有这个指标。") from None
    page = paginate(request, series_keys(indicator), SERIES_PAGE_SIZE, by_ids=False)
    keys = list(page.object_list)
    wanted = {kind: [pk for k, pk, *_ in keys if k == kind] for kind in (0, 1)}
    commitments = series_items(public_commitments(), wanted[0])
    evidence = series_items(Evidence.objects.public(), wanted[1], "is_cumulative")
    rows = []
    for kind, item_pk, year, _published in keys:
        item = (commitments if kind == 0 else evidence).get(item_pk)
        if item is not None:  # else deleted between the two queries
            rows.append(SeriesRow("target" if kind == 0 else "outcome", item, year or None,
                                  amount(item), period_label(item)))
    return render(
        request,
        "tracker/indicator_detail.html",
        {"indicator": indicator, "rows": rows, "chart": chart_for(rows), "page": page,
         "page_query": query_without(request.GET, "page"),
         # Whether the list of its commitments would show any (one page of rows holds all):
         # the link led to an empty list for an indicator only reported on.
         "has_targets": page.paginator.num_pages > 1 or any(r.kind == "target" for r in rows)},
    )


@dataclass(frozen=True)
class SearchSection:
    kind: str
    title: str
    count: int
    results: list
    more: bool = False  # more than ``count`` (the count stopped at SEARCH_COUNT_LIMIT)


@handles_bad_queries
def search_page(request: HttpRequest) -> HttpResponse:
    """Chinese full-text search over articles, commitments and evidence, best match first,
    each with the passage where the words occur."""
    raw = request.GET.get("q", "")
    if len(raw) > MAX_QUERY_CHARS:
        raise BadQuery(f"检索词过长（{len(raw)} 字）：请不超过 {MAX_QUERY_CHARS} 字。")
    if "\x00" in raw:
        raise BadQuery("检索词含有无效字符。")
    query = parse_query(raw)
    sections = search_sections(query)
    return render(
        request,
        "tracker/search.html",
        {
            "q": raw,
            "query": query,
            "sections": sections,
            "total": sum(section.count for section in sections),
            "more": any(section.more for section in sections),
            "window": SEARCH_RANK_WINDOW,
        },
    )


def search_sections(query) -> list[SearchSection]:
    """The search page's sections for a query, kept SEARCH_CACHE_SECONDS (a minute by
    default; 0 searches on every request). A common word costs 0.1 s of SQL at 100,000
    commitments, and when a report is published many readers search the same words at once;
    a new or edited item shows in searches within that time."""
    if not query:
        return []
    seconds = getattr(settings, "SEARCH_CACHE_SECONDS", 60)
    unreviewed = getattr(settings, "PUBLIC_UNREVIEWED", "mark")
    # The terms and ranking words, not the raw text: "企业 " and "企业" are one search.
    key = "tracker:search:" + hashlib.sha256(
        repr((unreviewed, query.terms, query.words)).encode()).hexdigest()
    sections = cache.get(key) if seconds else None
    if sections is None:
        sections = find_sections(query)
        if seconds:
            cache.set(key, sections, seconds)
    return sections


def find_sections(query) -> list[SearchSection]:
    sections = []
    sources = [
        ("commitments", "承诺", Commitment.objects.public(), lambda c: c.quote),
        ("evidence", "结果与数据", Evidence.objects.public(), lambda e: e.quote),
        ("articles", "文章", Article.objects.public(),
         lambda a: f"{a.title}\n{a.body}"),
    ]
    for kind, title, queryset, text_of in sources:
        found = search(queryset, query)
        # A common word is in most rows: rank the newest SEARCH_RANK_WINDOW matches and
        # count up to SEARCH_COUNT_LIMIT, so that the work has a bound whatever the size
        # of the collection (exact for queries with fewer matches).
        newest = found.order_by("-pk").values("pk")[:SEARCH_RANK_WINDOW]
        results = list(found.filter(pk__in=newest)[:SEARCH_RESULTS_PER_KIND])
        for result in results:
            result.passage = find_passage(text_of(result), query)
            # Kept in the cache: not an article's whole text, which the page does not show.
            result.__dict__.pop("body", None)
        count = found.order_by().values("pk")[: SEARCH_COUNT_LIMIT + 1].count()
        sections.append(SearchSection(kind, title, min(count, SEARCH_COUNT_LIMIT),
                                      results, more=count > SEARCH_COUNT_LIMIT))
    return sections


_HIGHLIGHT_FIELDS = (
    "pk", "start", "end", "quote", "review_state", "indicator__name", "indicator_text",
    "measure", "falls", "comparator", "value", "value_max", "unit", "period_start",
    "period_end", "period_text",
)  # fmt: skip


# A commitment's state in its article's list and tally: its status, or, past its due date
# with no outcome, overdue (as status_badge shows it), in the order of the scorecard.
_ARTICLE_STATES = {
    status: article_views.State(label, status, order)
    for order, (status, label) in enumerate(Status.choices)
}
_OVERDUE_STATE = article_views.State("已逾期，未见结果", "overdue", len(_ARTICLE_STATES))


@functools.lru_cache(maxsize=4)
def _highlighted_commitments(today: dt.date, unreviewed: str):
    """The visible commitments' rows by article id, with what their state is read from (due,
    has_evidence), compiled once a day (and per PUBLIC_UNREVIEWED and database): compiling
    the state's subquery and the rows' columns cost more than the rest of the article's view.
    The rows carry is_overdue's inputs rather than with_public_state's ``overdue``, whose SQL
    would cost the database more. Unordered: article_highlights sorts them."""
    return compiled_rows(
        with_public_state(Commitment.objects.visible(), today, select=False)
        .annotate(due=F("due"), has_evidence=F("has_evidence"))
        .order_by()
        .values(*_HIGHLIGHT_FIELDS, "status", "due", "has_evidence"),
        "article_id",
    )


@functools.lru_cache(maxsize=2)
def _highlighted_evidence(unreviewed: str):
    """The visible evidence's rows by article id, compiled once per PUBLIC_UNREVIEWED
    (visible() reads it) and database. Unordered: article_highlights sorts them."""
    return compiled_rows(
        Evidence.objects.visible().order_by().values(*_HIGHLIGHT_FIELDS), "article_id"
    )


def article_highlights(article_id: int) -> list[article_views.Highlight]:
    """The article's visible commitments (with their state) and evidence, to highlight in its
    text (read as plain rows: the article itself is already at hand), each kind in the order
    of the text (start, then id). An article's few dozen rows are sorted here: an ORDER BY
    cost some 190 calls a query to compile, more than sorting them."""
    unreviewed = getattr(settings, "PUBLIC_UNREVIEWED", "mark")
    today = dt.date.today()
    commitments = _highlighted_commitments(today, unreviewed)
    commitment_path = object_paths("tracker:commitment")
    highlights = []
    for rows, kind, label in (
        (commitments, "commitment", "承诺"),
        (_highlighted_evidence(unreviewed), "evidence", "结果"),
    ):
        for row in sorted(rows(article_id), key=itemgetter("start", "pk")):
            item = SimpleNamespace(**row)
            state = None
            if kind == "commitment":
                overdue = is_overdue(due=item.due, status=item.status,
                                     has_evidence=item.has_evidence, today=today)
                state = _OVERDUE_STATE if overdue else _ARTICLE_STATES.get(item.status)
            highlights.append(
                article_views.Highlight(
                    start=item.start,
                    end=item.end,
                    quote=item.quote,
                    anchor=f"{kind}-{item.pk}",
                    kind=kind,
                    label=label,
                    url=commitment_path(item.pk) if kind == "commitment" else "",
                    unreviewed=item.review_state not in REVIEWED_STATES,
                    summary=" ".join(
                        part for part in (item.indicator__name or item.indicator_text,
                                          amount(item), period_label(item))
                        if part
                    ),
                    state=state,
                )
            )
    return highlights


# Articles do not know about the tracker (dependencies run one way): the tracker tells the
# article page what to highlight. This module is imported by the root URLconf.
article_views.register_highlighter(article_highlights)
