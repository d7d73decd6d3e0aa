"""Read-only JSON API at /api/: the export's records, filtered with the pages' FilterSets.

Every list is paginated (``page``, ``page_size`` up to 500) and ordered by id unless the
FilterSet sorts (``sort``, or rank for ``q``). Filters are the public pages' own FilterSets
(tracker.filtersets), so a query string means the same on a page and here, and the records
are the ones the pages show (``public()``: never rejected items). Bad input is the client's
mistake and gets a 400 naming the parameter, in the site's language: unknown parameter names
(a typo would otherwise silently return everything), values a filter cannot read, NUL
characters. Only GET (and HEAD, OPTIONS) is allowed; the rest get 405.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from operator import itemgetter

import django_filters as filters
from django.conf import settings
from django.core.paginator import InvalidPage
from django.db.models import QuerySet
from django.forms import MultiWidget
from django.http import HttpResponse
from django.urls import path
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from django_filters.widgets import SuffixedMultiWidget
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.routers import SimpleRouter
from rest_framework.views import APIView

from articles.models import Article, Document
from articles.paging import rows_between

from . import serializers
from .compiled import compiled_by_id, compiled_rows_by_ids
from .exports import record_writer, section_of
from .filtersets import (
    ArticleFilterSet,
    CommitmentFilterSet,
    DocumentFilterSet,
    EvidenceFilterSet,
    IndicatorFilterSet,
    LinkFilterSet,
)
from .models import Commitment, Evidence, Indicator, Link

READ_ONLY_METHODS = ["get", "head", "options"]
JSON_RENDERER = JSONRenderer()
# What the FilterSets' yes/no filters read (Django's NullBooleanSelect); any other word
# would silently mean "no filter".
BOOLEAN_VALUES = {"", "true", "false", "True", "False"}


class ApiPagination(PageNumberPagination):
    """Page numbers; the page's rows read by id (articles.paging). The rows are the export's
    tuples (ExportRecordViewSet.list), their id first."""

    page_size_query_param = "page_size"
    max_page_size = 500

    def paginate_queryset(self, queryset, request, view=None):
        for name in (self.page_query_param, self.page_size_query_param):
            value = request.query_params.get(name)
            if value is not None and not (value.isascii() and value.isdigit() and int(value) > 0):
                raise ValidationError({name: [f"“{name}” 须为不小于 1 的整数。"]})
        if not isinstance(queryset, QuerySet):
            return super().paginate_queryset(queryset, request, view)
        # PageNumberPagination's steps, but the page's rows are read by id
        # (articles.paging): a deep page no longer reads every row before it.
        self.request = request
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        page_number = self.get_page_number(request, paginator)
        try:
            self.page = paginator.page(page_number)
        except InvalidPage as exc:
            raise NotFound(
                self.invalid_page_message.format(page_number=page_number, message=str(exc))
            ) from exc
        start = (self.page.number - 1) * page_size
        self.page.object_list = rows_between(
            queryset, start, start + page_size, itemgetter(0), rows=view.record_rows()
        )
        return list(self.page.object_list)


def accepted_parameters(filterset) -> set[str]:
    """The query-string names the FilterSet reads (a range filter reads name_min, ...)."""
    names = set()
    for name, bound in filterset.form.fields.items():
        widget = bound.widget
        if isinstance(widget, SuffixedMultiWidget):
            names.update(widget.suffixed(name, suffix) for suffix in widget.suffixes)
        elif isinstance(widget, MultiWidget):
            names.update(name + suffix for suffix in widget.widgets_names)
        else:
            names.add(name)
    return names


class StrictFilterBackend(DjangoFilterBackend):
    """The FilterSet's filters, refusing parameters it does not know (with a 400)."""

    def filter_queryset(self, request, queryset, view):
        if not request.query_params:
            # No parameter, no filter: the FilterSet (a form of some twenty fields, built
            # per request) would return the queryset unchanged.
            return queryset
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        known = accepted_parameters(filterset) | {"page", "page_size", "format"}
        booleans = {
            name
            for name, item in filterset.filters.items()
            if isinstance(item, filters.BooleanFilter)
        }
        errors = {}
        for name, values in request.query_params.lists():
            if name not in known:
                errors[name] = [f"未知参数 “{name}”。此列表接受：{', '.join(sorted(known))}。"]
            elif any("\x00" in value for value in values):
                errors[name] = [f"参数 “{name}” 含有空字符（NUL）。"]
            elif name in booleans and any(v not in BOOLEAN_VALUES for v in values):
                # The form reads an unknown word as "no filter"; the API says so instead.
                errors[name] = [f"参数 “{name}” 须为 true 或 false。"]
        if errors:
            raise ValidationError(errors)
        # DjangoFilterBackend.filter_queryset's steps, on the FilterSet already built.
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        return filterset.qs


def plainly_json(request) -> bool:
    """Whether the request asks for JSON the usual way: ``Accept`` absent, any type or JSON
    itself (no media type parameter such as ``indent``)."""
    return request.META.get("HTTP_ACCEPT", "*/*") in ("*/*", "application/json")


class JsonNegotiation(DefaultContentNegotiation):
    """DRF's negotiation, answering the usual request (no ``format``, ``Accept`` absent, any
    type or JSON) without parsing the header: the same renderer and type the parse gives."""

    def select_renderer(self, request, renderers, format_suffix=None):
        if (
            format_suffix is None
            and plainly_json(request)
            and self.settings.URL_FORMAT_OVERRIDE not in request.query_params
            and renderers
            and renderers[0].media_type == "application/json"
        ):
            return renderers[0], renderers[0].media_type
        return super().select_renderer(request, renderers, format_suffix)


class ExportRecordViewSet(viewsets.ReadOnlyModelViewSet):
    """List and detail of one of the export's record types."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JsonNegotiation
    pagination_class = ApiPagination
    filter_backends = [StrictFilterBackend]
    http_method_names = READ_ONLY_METHODS
    lookup_value_regex = r"[0-9]+"

    def get_queryset(self):
        # Built on each request: records() reads PUBLIC_UNREVIEWED when it is called, and the
        # class's queryset was built when this module was imported (the router and the
        # schema read that one).
        return api_records(self.queryset.model)

    # Records are read as tuples of the export's keys and written by the export's own
    # record_writer, in lists and details alike, so that a record of the API and the same
    # record of a dump are equal by construction; the serializer describes them in the
    # OpenAPI schema (a test checks the two agree). Model instances and a serializer per
    # row were most of a request.

    def list(self, request, *args, **kwargs):
        model = self.queryset.model
        if filtering(request.query_params):
            # The page's ids are read from the filtered records, its rows by those ids from
            # record_rows() (ApiPagination), built once: the filters are not compiled a
            # second time for the rows, nor the thirty-odd columns resolved on each request.
            listed = self.filter_queryset(self.get_queryset())
        else:
            listed = _record_rows(model, getattr(settings, "PUBLIC_UNREVIEWED", "mark"))
        rows = self.paginate_queryset(listed)
        return self.get_paginated_response(list(map(record_writer(section_of(model)), rows)))

    def record_rows(self) -> Callable[[list], list[tuple]]:
        """The records the API shows of a page's ids, as tuples of the export's keys (the id
        first), in no order (rows_between puts them in the page's)."""
        return _page_rows(self.queryset.model, getattr(settings, "PUBLIC_UNREVIEWED", "mark"))

    def retrieve(self, request, *args, **kwargs):
        """One record by id; with a query string the filters apply, as DRF applies them
        to a detail."""
        return Response(self._record(request.query_params, kwargs["pk"]))

    def _record(self, params, pk) -> dict:
        """The record ``pk`` among the rows the query string ``params`` asks for."""
        model = self.queryset.model
        try:
            if filtering(params):
                # DRF's request is filtered: ``params`` are its query_params.
                records = self.filter_queryset(self.get_queryset())
                row = records.values_list(*section_of(model).keys).get(pk=pk)
            else:
                row = _record_by_id(model, getattr(settings, "PUBLIC_UNREVIEWED", "mark"))(pk)
            return record_writer(section_of(model))(row)
        except model.DoesNotExist:
            raise NotFound("没有这条记录，或它尚未公开。") from None

    def dispatch(self, request, *args, **kwargs):
        # A record asked for by id alone (GET or HEAD, no query string, JSON as usual) is
        # answered here, DRF's steps for it known in advance: no parser, authentication,
        # permission, throttle or filter applies, and JsonNegotiation picks the one renderer.
        # Wrapping the request, negotiating and finalizing the response were some 120 calls
        # of the 3,000 of such a request. The same bytes, status and headers (a test compares
        # the two ways); anything else (a query string, another type, OPTIONS) takes DRF's.
        if (
            self.action_map.get(request.method.lower()) == "retrieve"
            and not request.META.get("QUERY_STRING")
            and plainly_json(request)
        ):
            try:
                data, status = self._record(request.GET, kwargs["pk"]), 200
            except NotFound as exc:
                data, status = {"detail": exc.detail}, exc.status_code
            return HttpResponse(
                JSON_RENDERER.render(data),
                status=status,
                content_type=JSON_RENDERER.media_type,
                headers={"Allow": ", ".join(self.allowed_methods)},
            )
        return super().dispatch(request, *args, **kwargs)


def filtering(params) -> bool:
    """Whether the query string ``params`` asks for more than a page: the filters apply."""
    return bool(params.keys() - {"page", "page_size"})


def api_records(model) -> QuerySet:
    """The rows of ``model`` the API shows, by id: records() where the model's manager has it
    (never rejected items), else every row."""
    manager = model.objects
    return (manager.records() if hasattr(manager, "records") else manager.all()).order_by("pk")


@functools.lru_cache(maxsize=16)
def _record_rows(model, unreviewed: str) -> QuerySet:
    """api_records(model) as tuples of the export's keys, built once per model and
    PUBLIC_UNREVIEWED (records() reads it) and never evaluated itself."""
    return api_records(model).values_list(*section_of(model).keys)


@functools.lru_cache(maxsize=16)
def _page_rows(model, unreviewed: str) -> Callable[[list], list[tuple]]:
    """_record_rows(model, unreviewed) of a page's ids, in no order, the statement compiled
    once per number of ids (and database): a page of thirty-odd columns cost more to
    compile than to read."""
    return compiled_rows_by_ids(_record_rows(model, unreviewed).order_by(), tuples=True)


@functools.lru_cache(maxsize=16)
def _record_by_id(model, unreviewed: str) -> Callable[[str], tuple]:
    """_record_rows(model, unreviewed).get(pk=…), its SQL compiled once per database rather
    than on every request (the record's thirty-odd columns cost more to compile than the
    lookup by primary key takes to run)."""
    return compiled_by_id(_record_rows(model, unreviewed))


class DocumentViewSet(ExportRecordViewSet):
    """Ingested files (newspaper pages, web articles) with their raw text."""

    queryset = Document.objects.order_by("pk")
    serializer_class = serializers.DocumentSerializer
    filterset_class = DocumentFilterSet


class ArticleViewSet(ExportRecordViewSet):
    """Stories cut from the documents; quotes point into ``body``."""

    queryset = Article.objects.records().order_by("pk")
    serializer_class = serializers.ArticleSerializer
    filterset_class = ArticleFilterSet


class IndicatorViewSet(ExportRecordViewSet):
    """Canonical measures that commitments and evidence are filed under."""

    queryset = Indicator.objects.order_by("pk")
    serializer_class = serializers.IndicatorSerializer
    filterset_class = IndicatorFilterSet


class CommitmentViewSet(ExportRecordViewSet):
    """Quantified targets and dated deliverables, with their status."""

    queryset = Commitment.objects.records().order_by("pk")
    serializer_class = serializers.CommitmentSerializer
    filterset_class = CommitmentFilterSet


class EvidenceViewSet(ExportRecordViewSet):
    """Reported outcomes: figures said to be achieved or existing."""

    queryset = Evidence.objects.records().order_by("pk")
    serializer_class = serializers.EvidenceSerializer
    filterset_class = EvidenceFilterSet


class LinkViewSet(ExportRecordViewSet):
    """Evidence that speaks to a commitment, and how."""

    queryset = Link.objects.records().order_by("pk")
    serializer_class = serializers.LinkSerializer
    filterset_class = LinkFilterSet


ENDPOINTS = {
    "commitments": CommitmentViewSet,
    "evidence": EvidenceViewSet,
    "links": LinkViewSet,
    "indicators": IndicatorViewSet,
    "articles": ArticleViewSet,
    "documents": DocumentViewSet,
}


class ApiIndex(APIView):
    """The endpoints of this API and where its OpenAPI schema is."""

    renderer_classes = [JSONRenderer]
    http_method_names = READ_ONLY_METHODS

    @extend_schema(
        summary="The API's endpoints",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="Name → URL.")},
    )
    def get(self, request):
        links = {name: reverse(f"api:{name}-list", request=request) for name in ENDPOINTS}
        links["schema"] = reverse("api:schema", request=request)
        return Response(links)


class ApiSchema(SpectacularJSONAPIView):
    http_method_names = READ_ONLY_METHODS


router = SimpleRouter()
for prefix, viewset in ENDPOINTS.items():
    router.register(prefix, viewset, basename=prefix)

app_name = "api"
urlpatterns = [
    path("", ApiIndex.as_view(), name="index"),
    path("schema/", ApiSchema.as_view(), name="schema"),
    *router.urls,
]
