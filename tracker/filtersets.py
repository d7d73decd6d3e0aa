"""One FilterSet per public list, shared by the pages, the API and the export.

Field names are the export's field names (status, review_state, indicator, article, subject,
kind, …), so a query string means the same on a page, in the API and in an export. A value a
filter cannot read (an unknown status, a year that is not a number, an indicator that does
not exist) makes the FilterSet invalid: pages and API answer 400.
"""

from __future__ import annotations

import datetime as dt

import django_filters as filters
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.db.models.functions import Coalesce

from articles.filtersets import ArticleListFilterSet, FilterSet, YearFilter
from articles.models import Document

from .models import (
    OUTCOME_RELATIONS,
    UNREVIEWED_LABEL,
    Commitment,
    Evidence,
    Indicator,
    Link,
    ReviewState,
    Status,
    Topic,
)
from .text.search_tokens import MAX_QUERY_CHARS

OPEN_STATUSES = (Status.PENDING, Status.IN_PROGRESS)


def year_range(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def outcome_links():
    """Public links that report an outcome, for Exists() over public commitments."""
    return Link.objects.public_under_commitment().filter(
        commitment=OuterRef("pk"), relation__in=OUTCOME_RELATIONS
    )


def with_public_state(queryset, today: dt.date | None = None, *, select: bool = True):
    """Annotate commitments with ``due`` (deadline, else end of period) and ``overdue`` (due
    date passed, still open, and no outcome reported): an overdue promise is shown as
    overdue, never silently as pending. ``has_evidence`` (a visible link reports an outcome)
    is an alias, for filtering and for ``overdue``; a page that shows it selects it
    (``.annotate(has_evidence=F("has_evidence"))``). Selected beside ``overdue`` on every
    row, it was a second copy of the same correlated subquery (SQL cannot read one output
    column from another), which the database planned and ran twice.
    ``overdue`` is never NULL: a commitment without a due date is not overdue (a bare
    ``due < today`` would be NULL for it, and it would match neither overdue=true nor
    overdue=false); the subquery is asked last, for open commitments past their due date
    only. With ``select=False`` ``due`` and ``overdue`` are aliases too, for filtering and
    sorting only: the rows then do not carry them, and the database computes none for rows
    it skips."""
    today = today or dt.date.today()
    add = queryset.annotate if select else queryset.alias
    queryset = add(due=Coalesce("deadline", "period_end")).alias(
        has_evidence=Exists(outcome_links())
    )
    add = queryset.annotate if select else queryset.alias
    return add(
        overdue=ExpressionWrapper(
            Q(due__isnull=False, due__lt=today, status__in=OPEN_STATUSES)
            & Q(has_evidence=False),
            output_field=BooleanField(),
        ),
    )


def is_overdue(*, due: dt.date | None, status: str, has_evidence: bool, today: dt.date) -> bool:
    """with_public_state's ``overdue``, worked out from a row that carries ``due``, ``status``
    and ``has_evidence`` instead: for a page that reads a handful of rows, compiling the SQL
    expression on each request cost more than reading them."""
    return due is not None and due < today and status in OPEN_STATUSES and not has_evidence


class SearchFilterMixin(FilterSet):
    q = filters.CharFilter(
        method="filter_search",
        label="关键词",
        max_length=MAX_QUERY_CHARS,
        help_text="中文全文检索：每个词语（以空格或标点分隔）都见于条目的原文或其指标的名称、别名。",
    )

    def filter_search(self, queryset, name, value):
        from .search import search

        return search(queryset, value) if value.strip() else queryset


# The review states as the public reads them: the page's menu, its title and the API's schema
# name an unreviewed item as its badge does. (已驳回 stays a valid value: it finds nothing.)
PUBLIC_REVIEW_STATES = [
    (value, UNREVIEWED_LABEL if value == ReviewState.SUGGESTED else label)
    for value, label in ReviewState.choices
]


def review_state_filter() -> filters.ChoiceFilter:
    return filters.ChoiceFilter(choices=PUBLIC_REVIEW_STATES, label="审核状态")


class CommitmentFilterSet(SearchFilterMixin):
    """Commitments: by status, year, indicator, topic, subject, source article, evidence,
    review state, text; sorted by ``sort``."""

    SORTS = {
        "due": ("due", "pk"),
        "-due": ("-due", "-pk"),
        "published": ("article__published_on", "pk"),
        "-published": ("-article__published_on", "-pk"),
        "status": ("status", "pk"),
        "id": ("pk",),
    }

    status = filters.ChoiceFilter(choices=Status.choices, label="状态")
    year = YearFilter(method="filter_year", label="目标年份")
    period_after = filters.DateFilter(
        field_name="period_end", lookup_expr="gte", label="时期止不早于"
    )
    period_before = filters.DateFilter(
        field_name="period_end", lookup_expr="lte", label="时期止不晚于"
    )
    topic = filters.ChoiceFilter(field_name="indicator__topic", choices=Topic.choices, label="主题")
    review_state = review_state_filter()
    has_evidence = filters.BooleanFilter(method="filter_has_evidence", label="已有结果证据")
    overdue = filters.BooleanFilter(method="filter_overdue", label="已逾期")
    sort = filters.ChoiceFilter(
        method="filter_sort",
        label="排序",
        choices=[
            ("due", "截止日期（先到期）"),
            ("-due", "截止日期（后到期）"),
            ("-published", "发布日期（新→旧）"),
            ("published", "发布日期（旧→新）"),
            ("status", "状态"),
            ("id", "编号"),
        ],
    )

    class Meta:
        model = Commitment
        fields = ["status", "review_state", "indicator", "article", "kind", "subject"]

    def __init__(self, *args, indicators: list[tuple[int, str]] | None = None, **kwargs):
        """``indicators``: the (id, name) of every indicator, when the caller has read them
        already (the list page offers them as options); ``indicator`` is then checked
        against them, and its cleaned value is the id, rather than an indicator read by a
        query of its own."""
        super().__init__(*args, **kwargs)
        if indicators is not None:
            known = filters.TypedChoiceFilter(
                field_name="indicator", choices=indicators, coerce=int,
                label=self.filters["indicator"].label,
            )
            known.model, known.parent = self.queryset.model, self
            self.filters["indicator"] = known
            # Marked as given: with no indicator yet, an empty key would be the API's own
            # (no ``indicators``), which would then check its indicator against none.
            self.form_key = ("indicators", *indicators)

    def filter_year(self, queryset, name, value):
        start, end = year_range(int(value))
        return queryset.filter(
            Q(period_end__range=(start, end))
            | Q(period_end__isnull=True, deadline__range=(start, end))
        )

    def filter_has_evidence(self, queryset, name, value):
        return queryset.filter(Exists(outcome_links()) if value else ~Exists(outcome_links()))

    def filter_overdue(self, queryset, name, value):
        if "overdue" not in queryset.query.annotations:
            queryset = with_public_state(queryset, select=False)
        return queryset.filter(overdue=value)

    def filter_sort(self, queryset, name, value):
        if value in ("due", "-due") and "due" not in queryset.query.annotations:
            queryset = queryset.alias(due=Coalesce("deadline", "period_end"))
        return queryset.order_by(*self.SORTS[value])


class EvidenceFilterSet(SearchFilterMixin):
    """Evidence: by indicator, topic, year of the period it reports, source article, text."""

    year = YearFilter(method="filter_year", label="数据年份")
    review_state = review_state_filter()
    topic = filters.ChoiceFilter(field_name="indicator__topic", choices=Topic.choices, label="主题")

    class Meta:
        model = Evidence
        fields = ["review_state", "indicator", "article", "subject"]

    def filter_year(self, queryset, name, value):
        return queryset.filter(period_end__range=year_range(int(value)))


class LinkFilterSet(FilterSet):
    class Meta:
        model = Link
        fields = ["relation", "review_state", "commitment", "evidence"]


class IndicatorFilterSet(FilterSet):
    class Meta:
        model = Indicator
        fields = ["topic", "unit_family"]


class ArticleFilterSet(ArticleListFilterSet, SearchFilterMixin):
    """Articles: the article list's filters, plus text search (q)."""

    class Meta(ArticleListFilterSet.Meta):
        pass


class DocumentFilterSet(FilterSet):
    class Meta:
        model = Document
        fields = ["encoding", "source"]
