"""Filters for the public pages: numbers as the article said them, dates at their precision,
JSON-LD that is safe inside a <script> data block, page links that keep the filters."""

from __future__ import annotations

import json

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from tracker import views

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
    day = getattr(article, "published_on", None)
    if day is None:
        return "日期不详"
    precision = getattr(article, "date_precision", "day")
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


@register.simple_tag
def unreviewed_shown() -> bool:
    """Whether unreviewed machine suggestions are on the public pages (marked) or hidden."""
    return getattr(settings, "PUBLIC_UNREVIEWED", "mark") != "hide"


@register.simple_tag
def page_url(page_query: str, number: int) -> str:
    return f"?{page_query}&page={number}" if page_query else f"?page={number}"
