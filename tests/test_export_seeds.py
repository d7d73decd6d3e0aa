"""The issue's "done when": the seeded database exports, validates, and restores identically."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest
from django.core.management import call_command

from tests.conftest import ROOT, SEEDS
from tests.exportdata import empty_database, without_time

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))


def export_json() -> dict:
    out = io.StringIO()
    call_command("export", stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


def test_seeded_database_exports_validates_and_restores_identically(tmp_path):
    call_command("ingest", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
    before = export_json()
    jsonschema.Draft202012Validator(SCHEMA).validate(before)
    assert len(before["documents"]) == 5
    assert before["commitments"] and before["evidence"]
    articles = {article["id"]: article for article in before["articles"]}
    for item in before["commitments"] + before["evidence"]:
        assert articles[item["article"]]["body"][item["start"] : item["end"]] == item["quote"]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")

    empty_database()
    call_command("restore", str(path), stdout=io.StringIO())
    assert without_time(export_json()) == without_time(before)
