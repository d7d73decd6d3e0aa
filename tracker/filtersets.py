"""One FilterSet per public list, shared by the pages, the API and the export.

The public-site and API work extend these classes; keep field names equal to the export's.
"""

from __future__ import annotations

import django_filters as filters

from articles.models import Article, Document

from .models import Commitment, Evidence, Indicator, Link


class CommitmentFilterSet(filters.FilterSet):
    class Meta:
        model = Commitment
        fields = ["status", "review_state", "indicator", "article", "kind", "subject"]


class EvidenceFilterSet(filters.FilterSet):
    class Meta:
        model = Evidence
        fields = ["review_state", "indicator", "article"]


class LinkFilterSet(filters.FilterSet):
    class Meta:
        model = Link
        fields = ["relation", "review_state", "commitment", "evidence"]


class IndicatorFilterSet(filters.FilterSet):
    class Meta:
        model = Indicator
        fields = ["topic", "unit_family"]


class ArticleFilterSet(filters.FilterSet):
    class Meta:
        model = Article
        fields = ["document", "date_precision", "source"]


class DocumentFilterSet(filters.FilterSet):
    class Meta:
        model = Document
        fields = ["encoding", "source"]
