"""Public article pages: the list by date and source, and one article's text with the
passages that other apps (the tracker) ask to highlight."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import SimpleNamespace

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from .filtersets import ArticleListFilterSet
from .models import Article
from .paging import query_without, rows_between

PAGE_SIZE = 30
# What the list shows of an article (the template tag article_rows writes its rows).
LIST_ROW_FIELDS = (
    "pk", "title", "source", "document__source", "published_on", "date_precision", "is_fragment"
)


@dataclass(frozen=True)
class State:
    """Where a highlighted item stands, as its badge says it (a commitment's status: 已完成,
    已逾期，未见结果…): ``css`` names the badge's colour (``status-<css>``), ``order`` its place
    in the article's tally."""

    label: str
    css: str
    order: int


@dataclass(frozen=True)
class Highlight:
    """A passage of an article's body to mark: ``body[start:end] == quote``."""

    start: int
    end: int
    quote: str
    anchor: str
    kind: str
    label: str
    url: str = ""
    unreviewed: bool = False
    summary: str = ""
    state: State | None = None


@dataclass(frozen=True)
class Segment:
    """A run of body text, inside the listed highlights (innermost last) or plain."""

    text: str
    highlights: tuple[Highlight, ...]
    opens: tuple[Highlight, ...]  # highlights that begin here (they carry the anchor id)


@dataclass(frozen=True)
class Listed:
    """A highlight as the list under the article shows it: its summary (else its quote),
    cut as ``truncatechars`` would, and whether it is marked in the text."""

    highlight: Highlight
    text: str
    placed: bool


LISTED_CHARS = 60


def shortened(text: str, length: int) -> str:
    """``text|truncatechars:length``, without Truncator's work for a text that fits (most
    do): its walk of the text and its translated ellipsis were some 75 calls a text. As
    Truncator does, the text is read in NFC, where a text no longer than ``length`` has
    nothing to cut."""
    text = unicodedata.normalize("NFC", text)
    return Truncator(text).chars(length) if len(text) > length else text


def listed(highlights: Iterable[Highlight], lost: list[Highlight]) -> list[Listed]:
    """The list's entries, prepared here: the template filters cost a dozen times more per
    entry than the rest of its markup."""
    entries = []
    for highlight in highlights:
        text = shortened(highlight.summary or highlight.quote, LISTED_CHARS)
        entries.append(Listed(highlight, text, highlight not in lost))
    return entries


def tally(highlights: Iterable[Highlight]) -> list[tuple[State, int]]:
    """How many of the article's items stand in each state, in the states' order: a report's
    reader sees at the top how many of its promises were kept."""
    counts = Counter(h.state for h in highlights if h.state is not None)
    return sorted(counts.items(), key=lambda pair: pair[0].order)


_highlighters: list[Callable[[int], Iterable[Highlight]]] = []


def register_highlighter(highlighter: Callable[[int], Iterable[Highlight]]) -> None:
    """Apps that build on articles register what to highlight in an article, given its id
    (articles imports none of them: dependencies run one way)."""
    if highlighter not in _highlighters:
        _highlighters.append(highlighter)


def segments(body: str, highlights: Iterable[Highlight]) -> tuple[list[Segment], list]:
    """Cut the body into runs at every highlight edge. Highlights whose quote is no longer at
    its place in the body (the document changed) are returned apart, not marked wrongly."""
    placed, lost = [], []
    for highlight in highlights:
        if 0 <= highlight.start < highlight.end <= len(body) and (
            body[highlight.start : highlight.end] == highlight.quote
        ):
            placed.append(highlight)
        else:
            lost.append(highlight)
    edges = sorted({0, len(body), *(h.start for h in placed), *(h.end for h in placed)})
    runs = []
    for start, end in zip(edges, edges[1:], strict=False):
        covering = tuple(h for h in placed if h.start <= start and end <= h.end)
        opens = tuple(h for h in placed if h.start == start)
        runs.append(Segment(body[start:end], covering, opens))
    return runs, lost


@require_safe
def article_list(request: HttpRequest) -> HttpResponse:
    """Articles newest first, filtered by source and year (in the URL, so shareable)."""
    filterset = ArticleListFilterSet(
        request.GET, queryset=Article.objects.public().order_by("-published_on", "-pk")
    )
    if not filterset.is_valid():
        fields = filterset.form.fields
        problems = " ".join(
            f"“{fields[name].label if name in fields else name}”（{name}）：{'；'.join(errors)}"
            for name, errors in filterset.errors.items()
        )
        return bad_request(request, f"筛选条件有误。{problems}")
    raw = request.GET.get("page", "1")
    if not (raw.isascii() and raw.isdigit() and 0 < int(raw) < 10**9):
        return bad_request(request, f"页码“{raw[:20]}”无效：请给出从 1 起的整数。")
    queryset = filterset.qs
    paginator = Paginator(queryset, PAGE_SIZE)
    number = int(raw)
    if number > paginator.num_pages:
        return bad_request(request, f"没有第 {raw} 页：共 {paginator.num_pages} 页。")
    page = paginator.page(number)
    page.object_list = rows_between(
        queryset, (number - 1) * PAGE_SIZE, number * PAGE_SIZE, rows=_list_rows()
    )
    asked = filter_summary(filterset.form)
    sources = [
        (source, source)
        for source in Article.objects.exclude(source="").order_by("source")
        .values_list("source", flat=True).distinct()
    ]
    return render(
        request,
        "articles/article_list.html",
        {
            "asked": asked,
            "asked_title": shortened("，".join(asked), 60),
            "page": page,
            "form": filterset.form,
            "sources": sources,
            "page_query": query_without(request.GET, "page"),
        },
    )


@functools.cache
def _list_rows():
    """The articles as the list shows them (LIST_ROW_FIELDS), from which a page's rows are
    read by id (rows_between); built once, never evaluated itself."""
    return Article.objects.public().order_by().values(*LIST_ROW_FIELDS)


def filter_summary(form) -> list[str]:
    """The filters a list was asked for, as a reader reads them (“状态：已完成”, “目标年份：
    2015年”), for the page's title and for an empty result to say which conditions found
    nothing. Read from the validated form alone: no query (a row asked for by id was read
    by its validation)."""
    parts = []
    for name, value in form.cleaned_data.items():
        if name == "sort" or value in (None, "", [], ()):
            continue
        field = form.fields[name]
        if isinstance(value, bool):
            shown = "是" if value else "否"
        elif isinstance(field, forms.ModelChoiceField):
            shown = str(value)
        elif name == "year":
            shown = f"{value}年"
        elif hasattr(field, "choices"):
            shown = str(dict(field.choices).get(value, value))
        else:
            shown = str(value)
        parts.append(f"{field.label}：{shown}")
    return parts


def bad_request(request: HttpRequest, message: str) -> HttpResponse:
    return render(request, "bad_request.html", {"message": message}, status=400)


# What the article page shows of the article and of its document (and no other column).
ARTICLE_FIELDS = ("pk", "title", "body", "source", "published_on", "date_precision", "date_basis")
DOCUMENT_FIELDS = ("name", "source", "url")


@functools.cache
def _detail_rows():
    """The articles as their page reads them, built once (never evaluated itself): plain
    rows, as making an Article and its Document of one cost some 540 calls a request."""
    return Article.objects.public().values(
        *ARTICLE_FIELDS, *(f"document__{name}" for name in DOCUMENT_FIELDS)
    )


@require_safe
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        row = _detail_rows().get(pk=pk)
    except Article.DoesNotExist:
        raise Http404("没有这篇文章。") from None
    article = SimpleNamespace(
        **{name: row[name] for name in ARTICLE_FIELDS},
        document=SimpleNamespace(**{name: row[f"document__{name}"] for name in DOCUMENT_FIELDS}),
    )
    highlights = [h for highlighter in _highlighters for h in highlighter(article.pk)]
    runs, lost = segments(article.body, highlights)
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "runs": runs,
            "listed": listed(highlights, lost),
            "tally": tally(highlights),
        },
    )

