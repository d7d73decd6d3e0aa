"""API representations: the export's records (tracker.exports.SECTIONS), field for field.

Decimals and moments are written exactly as the export writes them, so a record fetched from
the API and the same record in a dump compare equal.
"""

from __future__ import annotations

from rest_framework import serializers

from articles.models import Article, Document

from .exports import SECTIONS, datetime_text, decimal_text
from .models import Commitment, Evidence, Indicator, Link


def api_keys(model) -> list[str]:
    return list(next(section for section in SECTIONS if section.model is model).keys)


class ExportDecimalField(serializers.DecimalField):
    """A decimal as a plain string without trailing zeros ("16380000000"), never a float."""

    def to_representation(self, value):
        return None if value is None else decimal_text(value)


class ExportDateTimeField(serializers.DateTimeField):
    """A moment in UTC with "Z", as in the export."""

    def to_representation(self, value):
        return None if value is None else datetime_text(value)


class ExportSerializer(serializers.ModelSerializer):
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
    }


for model_field, serializer_field in list(ExportSerializer.serializer_field_mapping.items()):
    if serializer_field is serializers.DecimalField:
        ExportSerializer.serializer_field_mapping[model_field] = ExportDecimalField
    elif serializer_field is serializers.DateTimeField:
        ExportSerializer.serializer_field_mapping[model_field] = ExportDateTimeField


class DocumentSerializer(ExportSerializer):
    class Meta:
        model = Document
        fields = api_keys(Document)


class ArticleSerializer(ExportSerializer):
    class Meta:
        model = Article
        fields = api_keys(Article)


class IndicatorSerializer(ExportSerializer):
    class Meta:
        model = Indicator
        fields = api_keys(Indicator)


class CommitmentSerializer(ExportSerializer):
    class Meta:
        model = Commitment
        fields = api_keys(Commitment)


class EvidenceSerializer(ExportSerializer):
    class Meta:
        model = Evidence
        fields = api_keys(Evidence)


class LinkSerializer(ExportSerializer):
    class Meta:
        model = Link
        fields = api_keys(Link)
