"""Filters for the public pages: numbers as the article said them, dates at their precision,
JSON-LD that is safe inside a <script> data block, page links that keep the filters, and the
markup that every row of a list repeats (a commitment's row, and its status, machine badge
and source line).

Those pieces are written in Python rather than in included templates: a list page shows them
once per row, and an {% include %} costs more than the markup it renders (three per row were
a third of a commitment list's server time; a row's template loop, half of what was left)."""

from __future__ import annotations

import functools
import html
import json
from collections.abc import Callable

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from articles.views import shortened
from tracker import views
from tracker.models import UNREVIEWED_LABEL, Status
from tracker.paths import object_path, object_paths, page_path

register = template.Library()

# As django.utils.html.json_script: nothing in the data can close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def amount(item) -> str:
    return views.amount(item)


@register.filter
def period(item) -> str:
    return views.period_label(item)


@register.filter
def article_date(article) -> str:
    """The publication date at the precision it is known ("2024年8月", "日期不详")."""
    return date_label(
        getattr(article, "published_on", None), getattr(article, "date_precision", "day")
    )


def date_label(day, precision: str) -> str:
    if day is None:
        return "日期不详"
    if precision == "year":
        return f"{day.year}年"
    if precision == "month":
        return f"{day.year}年{day.month}月"
    return f"{day.year}年{day.month}月{day.day}日"


@register.filter
def cn_date(day) -> str:
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


@register.simple_tag
def json_ld(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


NOT_FOUND = "这个地址上没有页面：链接可能写错了，或者页面已经移走。"


@register.simple_tag
def not_found_message(exception) -> str:
    """What the 404 page tells a reader: the view's own sentence (没有这项承诺，或它尚未公开。)
    when it gave one in Chinese, else a general one (an unknown address gives Django's
    "Resolver404", a lookup by Django's shortcuts an English sentence)."""
    text = str(exception or "")
    if any("\u4e00" <= char <= "\u9fff" for char in text):
        return text
    return NOT_FOUND


@register.simple_tag
def unreviewed_shown() -> bool:
    """Whether unreviewed machine suggestions are on the public pages (marked) or hidden."""
    return getattr(settings, "PUBLIC_UNREVIEWED", "mark") != "hide"


def page_url(page_query: str, number: int) -> str:
    return f"?{page_query}&page={number}" if page_query else f"?page={number}"


@register.simple_tag
def pagination(page, page_query: str) -> str:
    """A list's links to its previous and next pages, each keeping the list's filters
    (``page_query``), and which page this is; nothing for a list of one page. Written here
    in one pass, as the rows are: an included template of it cost some 290 calls."""
    pages = page.paginator.num_pages
    if pages <= 1:
        return ""
    number = page.number
    before = (f'<a rel="prev" href="{_escape(page_url(page_query, number - 1))}">上一页</a>'
              if number > 1 else "")
    after = (f'<a rel="next" href="{_escape(page_url(page_query, number + 1))}">下一页</a>'
             if number < pages else "")
    return mark_safe(
        f'\n<nav class="pagination" aria-label="分页">\n  {before}\n'
        f"  <span>第 {int(number)} / {int(pages)} 页</span>\n  {after}\n</nav>\n"
    )


SOURCE_TITLE_CHARS = 40


def _escape(value) -> str:
    """What autoescaping writes for a value: django.utils.html.escape is html.escape on its
    string, behind a check for lazy strings that costs more than the escaping on a long list."""
    return html.escape(str(value))


@register.simple_tag
def path(name: str, pk: int | None = None) -> str:
    """What {% url name %} or {% url name pk %} gives, for a URL that takes no argument or
    one whole-number id, with reverse() run once per URL name rather than once per link
    (tracker.paths)."""
    return page_path(name) if pk is None else object_path(name, pk)


def _badge(status: str, label: str) -> str:
    return mark_safe(f'<span class="status status-{_escape(status)}">{_escape(label)}</span>')


STATUS_BADGES = {status: _badge(status, label) for status, label in Status.choices}
OVERDUE_BADGE = _badge("overdue", "已逾期，未见结果")


@register.simple_tag
def status_badge(commitment) -> str:
    """The commitment's status; an overdue one says so instead of a silent "pending"."""
    if getattr(commitment, "overdue", False):
        return OVERDUE_BADGE
    status = commitment.status
    return STATUS_BADGES.get(status) or _badge(status, status)


MACHINE_BADGE = format_html(
    '<span class="badge machine" title="由程序从文章中提取，编辑尚未核对">{}</span>',
    UNREVIEWED_LABEL,
)


@register.simple_tag
def machine_badge(item) -> str:
    """The label of a machine suggestion that no editor has checked yet."""
    return "" if item.is_reviewed else MACHINE_BADGE


@register.simple_tag
def source_line(item, kind: str) -> str:
    """Where a quote comes from: a link to it in its article, the paper, the date, the title."""
    return _source_line(item, kind, object_paths("articles:detail"))


def _source_line(item, kind: str, article_path: Callable[[int], str]) -> str:
    article = item.article
    title = ""
    if article.title:
        title = f"，《{_escape(shortened(article.title, SOURCE_TITLE_CHARS))}》"
    source = article.source or article.document.source or "来源未注明"
    return mark_safe(
        f'<span class="source"><a href="{article_path(item.article_id)}'
        f'#{_escape(kind)}-{int(item.pk)}">原文</a>：{_escape(source)}，'
        f"{article_date(article)}{title}</span>"  # digits and 年月日: nothing to escape
    )


def _commitment_row(c, paths: tuple[Callable[[int], str], ...]) -> str:
    commitment_path, indicator_path, article_path = paths
    indicator = c.indicator
    if indicator is not None:
        name = (
            f'<a class="indicator-name" href="{indicator_path(c.indicator_id)}">'
            f"{_escape(indicator.name)}</a>"
        )
    elif c.indicator_text:
        name = f'<span class="indicator-name">{_escape(c.indicator_text)}</span>'
    else:
        name = ""
    figure = views.amount(c)
    if figure:
        figure = f'<strong class="amount">{_escape(figure)}</strong>'
    due = getattr(c, "due", None)
    due = f'<span class="due">截止 {cn_date(due)}</span>' if due else ""
    passage = getattr(c, "passage", None)
    if passage:
        quote = (
            f"{'…' if passage.cut_before else ''}{_escape(passage.before)}"
            f"<mark>{_escape(passage.match)}</mark>{_escape(passage.after)}"
            f"{'…' if passage.cut_after else ''}"
        )
    else:
        quote = f"“{_escape(c.quote)}”"
    return (
        '<li class="item">\n  <div class="item-head">\n'
        f"    {status_badge(c)}\n    {name}\n    {figure}\n"
        f'    <span class="period">{_escape(views.period_label(c))}</span>\n'
        f"    {due}\n    {machine_badge(c)}\n  </div>\n"
        f'  <p class="quote"><a href="{commitment_path(c.pk)}">{quote}</a></p>\n'
        f'  <p class="meta">{_source_line(c, "commitment", article_path)}</p>\n</li>\n'
    )


@register.simple_tag
def commitment_rows(rows) -> str:
    """A list of commitments (views.list_rows), a row each: status, indicator, figure,
    period, due date, review badge, the quote (or the passage a search matched) linking to
    the commitment's page, and where it was said. Written here in one pass: a template loop
    cost some 500 calls a row (variable lookups, filters, escaping), most of a list page's
    rendering."""
    paths = tuple(map(object_paths, ("tracker:commitment", "tracker:indicator", "articles:detail")))
    return mark_safe(f'<ul class="items">{"".join(_commitment_row(c, paths) for c in rows)}</ul>')


@register.simple_tag
def series_rows(rows) -> str:
    """An indicator's table (views.SeriesRow), a row each: its year, a target (linked to its
    page) or an outcome, the figure, its period, where it was said and the quote. Written
    here in one pass, as a list's rows are: the template loop cost some 550 calls a row,
    most of the page's time."""
    if not rows:
        return mark_safe('<tr><td colspan="5">还没有这个指标的目标或结果。</td></tr>\n  ')
    commitment_path, article_path = map(object_paths, ("tracker:commitment", "articles:detail"))
    parts = []
    for row in rows:
        item, target = row.item, row.kind == "target"
        kind = f'<a href="{commitment_path(item.pk)}">目标</a>' if target else "实际"
        parts.append(
            f'\n  <tr class="row-{_escape(row.kind)}">\n'
            f'    <th scope="row">{int(row.year) if row.year else "—"}</th>\n'
            f"    <td>{kind}{machine_badge(item)}</td>\n"
            f'    <td class="num">{_escape(row.amount or "—")}'
            f'{"（累计）" if row.cumulative else ""}</td>\n'
            f'    <td class="period-cell">{_escape(row.period)}</td>\n'
            f"    <td>{_source_line(item, 'commitment' if target else 'evidence', article_path)}\n"
            f"      <details><summary>原话</summary>“{_escape(item.quote)}”</details></td>\n"
            "  </tr>\n  "
        )
    return mark_safe("".join(parts))


@register.simple_tag
def article_rows(rows) -> str:
    """The article list's rows (values of articles.views.LIST_ROW_FIELDS), an item each: the
    title linking to the article, its source (else its document's), its date and whether it
    is a fragment of a page. Written here in one pass from plain values, as commitment_rows
    is: a template loop over articles and their documents as model instances cost some 370
    calls a row."""
    article_path = object_paths("articles:detail")
    return mark_safe(
        "".join(
            f'\n  <li><a href="{article_path(a["pk"])}">{_escape(a["title"] or "（无标题）")}</a>\n'
            f'    <span class="meta">'
            f'{_escape(a["source"] or a["document__source"] or "来源未注明")}，'
            f'{date_label(a["published_on"], a["date_precision"])}'
            f'{"，版面片段" if a["is_fragment"] else ""}</span></li>\n'
            for a in rows
        )
    )


@register.simple_tag
def options(choices, selected) -> str:
    """A select's <option>s for its (value, label) pairs, the one whose value is ``selected``
    chosen: one call, where a template loop costs a dozen lookups per option; and written
    once for the same options and choice (the commitment list's five selects are the same
    on most requests, some sixty options)."""
    return _options(tuple(map(tuple, choices)), selected)


@functools.lru_cache(maxsize=512)
def _options(choices: tuple[tuple, ...], selected) -> str:
    return mark_safe(
        "".join(
            f'<option value="{_escape(value)}"{" selected" if value == selected else ""}>'
            f"{_escape(label)}</option>"
            for value, label in choices
        )
    )
