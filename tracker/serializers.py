"""API representations: the export's records (tracker.exports.SECTIONS), field for field.

Decimals and moments are written exactly as the export writes them, so a record fetched from
the API and the same record in a dump compare equal.
"""

from __future__ import annotations

from typing import ClassVar

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

    # ModelSerializer builds its thirty-odd fields from the model for every serializer, that
    # is on every request (1.5 ms, more than the detail's query). These records are only read,
    # and reading a field uses nothing of the serializer it was built for: build them once
    # per class.
    _readable_by_class: ClassVar[dict[type, list[serializers.Field]]] = {}

    @property
    def _readable_fields(self):
        readable = self._readable_by_class.get(type(self))
        if readable is None:
            readable = [field for field in self.fields.values() if not field.write_only]
            self._readable_by_class[type(self)] = readable
        return readable


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
