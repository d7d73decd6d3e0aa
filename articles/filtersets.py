"""The article list's filters (the tracker's API extends this FilterSet with text search),
and the FilterSet every public list's filters are made of (the tracker's too)."""

from __future__ import annotations

import copy
import datetime as dt

import django_filters as filters
from django import forms
from django_filters.utils import label_for_filter

from .models import Article


class _FilterCopies(dict):
    """A FilterSet class's filters, which each FilterSet copies (BaseFilterSet.__init__) to
    set itself as their parent: each filter is copied, what it holds is shared (choices,
    labels, lookups, its field: none is changed per request). A deep copy of the commitment
    list's fourteen filters, choices and all, cost some 3,400 calls a request."""

    def __deepcopy__(self, memo):
        copies = {}
        for name, original in self.items():
            item = copy.copy(original)
            if item.method is not None:
                item.method = item.method  # a new FilterMethod, which calls this copy's parent
            copies[name] = item
        return copies


class _SharedFields(dict):
    """A filter form's fields, shared by the forms of every request rather than deep-copied
    for each (BaseForm.__init__): a filter form only cleans the query string, and nothing
    changes its fields per request. The copy of the commitment list's fields, with their
    choices, cost some 2,800 calls a request."""

    def __deepcopy__(self, memo):
        return dict(self)


class FilterSet(filters.FilterSet):
    """django-filter's FilterSet, with its form class built once per FilterSet class (and
    per ``form_key``, what an instance changes of its filters) rather than on each request:
    get_form_class() makes a field of every filter and a new class from them each time, a
    millisecond of a list page for the same form. Each request gets its own form and its own
    filters, which share the fields and what the filters hold (_SharedFields, _FilterCopies):
    they must not be changed per request."""

    form_key: tuple = ()
    _form_classes: dict = {}

    @classmethod
    def get_filters(cls):
        """The class's filters, each labelled now from its model field's verbose name. A
        filter generated from ``Meta.fields`` is otherwise labelled only once a FilterSet
        instance gives it a model; anything reading the class's own filters first (the API
        schema does) would make and keep their form fields labelled None, which the pages'
        titles and messages then showed (“None：限期事项”)."""
        found = super().get_filters()
        model = cls._meta.model
        for item in found.values():
            if model is not None and item.label is None:
                item.label = label_for_filter(model, item.field_name, item.lookup_expr,
                                              item.exclude)
        return _FilterCopies(found)

    def get_form_class(self):
        cls = type(self)
        key, form_class = FilterSet._form_classes.get(cls, (None, None))
        if form_class is None or key != self.form_key:
            form_class = super().get_form_class()
            form_class.base_fields = _SharedFields(form_class.base_fields)
            FilterSet._form_classes[cls] = (self.form_key, form_class)  # the latest only
        return form_class


class YearFilter(filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1949)
        kwargs.setdefault("max_value", 2100)
        super().__init__(*args, **kwargs)


class ArticleListFilterSet(FilterSet):
    """Articles: by source, year of publication, document, date precision."""

    year = YearFilter(method="filter_year", label="发布年份")

    class Meta:
        model = Article
        fields = ["document", "date_precision", "source"]

    def filter_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(published_on__range=(dt.date(year, 1, 1), dt.date(year, 12, 31)))
