"""Yardsticks for benchmarks/pages.py, each through the site's own middleware:

- ``nothing/``: a view that does nothing (an empty response): the least any request costs,
  the floor under every page;
- ``least/<pk>/``: the least page a view reading through the ORM can serve, one commitment
  read by primary key and its quote sent back as plain text (no template, no second query,
  no serializer). Its ratio to its own SQL is what the ORM and the request cycle alone add
  to a read of one row, on this machine.

Used only as the URLconf of those measurements (pages.py overrides ROOT_URLCONF)."""

from __future__ import annotations

from django.http import HttpResponse
from django.urls import path

from tracker.models import Commitment


def nothing(request) -> HttpResponse:
    return HttpResponse(b"", content_type="text/plain")


def one_row(request, pk: int) -> HttpResponse:
    quote = Commitment.objects.only("quote").get(pk=pk).quote
    return HttpResponse(quote, content_type="text/plain; charset=utf-8")


urlpatterns = [path("nothing/", nothing), path("least/<int:pk>/", one_row)]
