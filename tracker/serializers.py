"""The API's records (tracker.exports.SECTIONS) described for its OpenAPI schema.

The API writes its records with the export's own record_writer (tracker.api); these
serializers describe the same records field for field, decimals and moments as the export
writes them (tests/test_api.py checks that each gives every record exactly as the API does).
"""

from __future__ import annotations

from rest_framework import serializers

from articles.models import Article, Document

from .exports import datetime_text, decimal_text, section_of
from .models import Commitment, Evidence, Indicator, Link


def api_keys(model) -> list[str]:
    return list(section_of(model).keys)


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
