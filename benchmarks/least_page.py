"""A yardstick for benchmarks/pages.py: the least page a view reading through the ORM can
serve. One commitment read by primary key, its quote sent back as plain text, through the
site's own middleware: no template, no second query, no serializer. Its ratio to its own SQL
is what the ORM and the request cycle alone add to a read of one row, on this machine.

Used only as the URLconf of that one measurement (pages.py overrides ROOT_URLCONF)."""

from __future__ import annotations

from django.http import HttpResponse
from django.urls import path

from tracker.models import Commitment


def one_row(request, pk: int) -> HttpResponse:
    quote = Commitment.objects.only("quote").get(pk=pk).quote
    return HttpResponse(quote, content_type="text/plain; charset=utf-8")


urlpatterns = [path("least/<int:pk>/", one_row)]
