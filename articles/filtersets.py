"""The article list's filters (the tracker's API extends this FilterSet with text search)."""

from __future__ import annotations

import datetime as dt

import django_filters as filters
from django import forms

from .models import Article


class YearFilter(filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1949)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)


class ArticleListFilterSet(filters.FilterSet):
    """Articles: by source, year of publication, document, date precision."""

    year = YearFilter(method="filter_year", label="发布年份")

    class Meta:
        model = Article
        fields = ["document", "date_precision", "source"]

    def filter_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(published_on__range=(dt.date(year, 1, 1), dt.date(year, 12, 31)))
