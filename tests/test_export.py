"""`manage.py export`: the documented, versioned dump in JSON, NDJSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from tests.conftest import ROOT
from tests.exportdata import build_rich_data
from tracker.exports import SECTIONS, decimal_text

pytestmark = pytest.mark.django_db

SCHEMA = json.loads((ROOT / "docs" / "export.schema.json").read_text(encoding="utf-8"))
LISTS = [section.name for section in SECTIONS]


def export(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("export", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def export_json(*args: str) -> dict:
    return json.loads(export(*args)[0])


def by_id(records: list[dict]) -> dict[int, dict]:
    return {record["id"]: record for record in records}


@pytest.fixture
def data():
    return build_rich_data()


def test_export_validates_against_the_schema(data):
    document = export_json()
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)
    assert document["format"] == "commitment-tracker-export"
    assert document["version"] == 1
    assert [len(document[name]) for name in LISTS[:6]] == [2, 3, 4, 6, 3, 5]
    # Every record has at least the version recorded when it was created.
    for section in SECTIONS:
        if section.history_of:
            created = {e["id"] for e in document[section.name] if e["history_type"] == "+"}
            assert created == {r["id"] for r in document[section.history_of]}, section.name


def test_empty_database_exports_empty_lists_that_validate():
    document = export_json()
    jsonschema.validate(document, SCHEMA)
    assert all(document[name] == [] for name in LISTS)


def test_schema_describes_every_exported_key_and_choice():
    for section in SECTIONS:
        definition = SCHEMA["$defs"][section.type]
        assert list(definition["properties"]) == list(section.keys)
        # Keys added after version 1 was published may be absent from older files.
        assert definition["required"] == [k for k in section.keys if k not in section.later_keys]
        for key, prop in definition["properties"].items():
            if section.history_of and key in ("id", "history_type"):
                continue
            field = section.model._meta.get_field(key)
            if field.choices:
                assert prop["enum"] == [value for value, _ in field.flatchoices], key


def test_every_model_field_is_in_the_export():
    # The export is the backup: a field added to a model must be added to the export too.
    # Left out: search_text, a derived, database-specific index, and an article's
    # places_named, derived from its text, which restore recomputes; and the history's user
    # (accounts are not part of the export).
    for section in SECTIONS:
        fields = {field.name for field in section.model._meta.concrete_fields}
        left_out = {"search_text", "places_named", "history_user"}
        assert fields - set(section.keys) <= left_out, section.name
        assert set(section.keys) - fields == set(), section.name


def test_issue_keys_come_first_in_the_documented_order(data):
    document = export_json()
    assert list(document) == ["format", "version", "exported_at", *LISTS]
    assert list(document["links"][0])[:7] == [
        "id",
        "commitment",
        "evidence",
        "relation",
        "score",
        "review_state",
        "note",
    ]
    assert list(document["documents"][0])[:4] == ["id", "name", "sha256", "encoding"]


def test_decimals_are_normalised_strings_and_dates_iso(data):
    commitments = by_id(export_json()["commitments"])
    contracts = commitments[data["commitments"][1].pk]
    assert contracts["value"] == "163.8"
    assert contracts["base_value"] == "16380000000"
    assert contracts["period_start"] == "2023-01-01"
    research = commitments[data["commitments"][3].pk]
    assert (research["value"], research["value_max"]) == ("10", "15")
    deliverable = commitments[data["commitments"][2].pk]
    assert deliverable["value"] is None and deliverable["indicator"] is None
    assert deliverable["deadline"] == "2023-08-31"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16380000000.000000", "16380000000"),
        ("163.800000", "163.8"),
        ("0.000000", "0"),
        ("-2.500000", "-2.5"),
        ("1E+3", "1000"),
        ("0.000001", "0.000001"),
    ],
)
def test_decimal_text(text, expected):
    from decimal import Decimal

    assert decimal_text(Decimal(text)) == expected


def test_quotes_are_slices_of_the_article_body_and_references_resolve(data):
    document = export_json()
    articles = by_id(document["articles"])
    documents = by_id(document["documents"])
    indicators = by_id(document["indicators"])
    for article in articles.values():
        assert article["document"] in documents
    for item in document["commitments"] + document["evidence"]:
        body = articles[item["article"]]["body"]
        assert body[item["start"] : item["end"]] == item["quote"]
        assert item["indicator"] is None or item["indicator"] in indicators
    commitments, evidence = by_id(document["commitments"]), by_id(document["evidence"])
    for link in document["links"]:
        assert link["commitment"] in commitments and link["evidence"] in evidence


def test_backup_fields_are_exported(data):
    document = export_json()
    first = by_id(document["documents"])[data["documents"][0].pk]
    assert first["raw_text"].startswith("第一版") and first["url"].startswith("https://")
    fragment = by_id(document["articles"])[data["articles"][1].pk]
    assert fragment["is_fragment"] is True and fragment["published_on"] is None
    assert fragment["date_precision"] == "unknown"
    article = by_id(document["articles"])[data["articles"][0].pk]
    assert article["reporters"] == ["张三", "李四"] and article["title_edited"] is True
    revised = by_id(document["commitments"])[data["commitments"][4].pk]
    assert revised["revises"] == data["commitments"][1].pk
    firms = by_id(document["commitments"])[data["commitments"][0].pk]
    assert firms["status_source"] == "editor" and firms["editor_note"] == "已核对原文"
    assert firms["created_at"].endswith("Z")


def test_reviewed_only_keeps_accepted_and_edited_items_and_what_they_need(data):
    document = export_json("--reviewed-only")
    jsonschema.validate(document, SCHEMA)
    assert {c["review_state"] for c in document["commitments"]} == {"accepted", "edited"}
    assert {e["review_state"] for e in document["evidence"]} == {"accepted", "edited"}
    assert {link["id"] for link in document["links"]} == {
        data["links"][0].pk,
        data["links"][1].pk,
    }
    # Only the articles, documents and indicators the kept items point to.
    assert {a["id"] for a in document["articles"]} == {
        data["articles"][0].pk,
        data["articles"][2].pk,
    }
    assert len(document["documents"]) == 2
    assert {i["name"] for i in document["indicators"]} == {"新增高新技术企业数", "技术合同成交额"}
    # Histories of the exported records only.
    for section in SECTIONS:
        if section.history_of:
            kept = {record["id"] for record in document[section.history_of]}
            assert {entry["id"] for entry in document[section.name]} == kept, section.name
    commitments = by_id(document["commitments"])
    # A reviewed commitment revising an unreviewed one: the reference would dangle.
    assert commitments[data["commitments"][5].pk]["revises"] is None
    assert commitments[data["commitments"][4].pk]["revises"] == data["commitments"][1].pk


def test_ndjson_has_a_header_then_one_typed_record_per_line(data):
    text, _ = export("--format", "ndjson")
    lines = [json.loads(line) for line in text.splitlines()]
    assert lines[0]["type"] == "header"
    assert (lines[0]["format"], lines[0]["version"]) == ("commitment-tracker-export", 1)
    document = export_json()
    for section in SECTIONS:
        records = [
            {k: v for k, v in line.items() if k != "type"}
            for line in lines[1:]
            if line["type"] == section.type
        ]
        assert records == document[section.name]
        validator = jsonschema.Draft202012Validator(
            {"$defs": SCHEMA["$defs"], "$ref": f"#/$defs/{section.type}"}
        )
        for record in records:
            validator.validate(record)
    assert len(lines) == 1 + sum(len(document[name]) for name in LISTS)


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_into_a_folder_writes_one_file_per_list(data, tmp_path):
    _, err = export("--format", "csv", "--output", str(tmp_path / "dump"))
    folder = tmp_path / "dump"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["export.csv", *(f"{name}.csv" for name in LISTS)]
    )
    meta = read_csv((folder / "export.csv").read_text(encoding="utf-8"))
    assert meta[0]["format"] == "commitment-tracker-export" and meta[0]["version"] == "1"
    commitments = read_csv((folder / "commitments.csv").read_text(encoding="utf-8"))
    assert list(commitments[0]) == list(SECTIONS[3].keys)
    contracts = next(row for row in commitments if row["id"] == str(data["commitments"][1].pk))
    assert contracts["base_value"] == "16380000000"
    assert contracts["deadline"] == ""  # null
    articles = read_csv((folder / "articles.csv").read_text(encoding="utf-8"))
    fragment = next(row for row in articles if row["is_fragment"] == "true")
    assert fragment["body"] == data["articles"][1].body  # tabs, quotes, newlines survive
    assert json.loads(articles[0]["reporters"]) in (["张三", "李四"], [])
    assert "6 commitments" in err


def test_csv_into_a_zip_holds_the_same_files(data, tmp_path):
    target = tmp_path / "dump.zip"
    export("--format", "csv", "--output", str(target))
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == sorted(
            ["export.csv", *(f"{name}.csv" for name in LISTS)]
        )
        links = read_csv(archive.read("links.csv").decode("utf-8"))
    assert {row["id"] for row in links} == {str(link.pk) for link in data["links"]}


def test_csv_needs_an_output(data):
    with pytest.raises(CommandError, match="--output DIR"):
        export("--format", "csv")


def test_output_file_gets_the_document_and_stdout_stays_empty(data, tmp_path):
    target = tmp_path / "dump.json"
    out, err = export("--output", str(target))
    assert out == ""
    assert "Exported 2 documents, 3 articles, 4 indicators, 6 commitments" in err
    assert "5 link_history" in err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert len(document["commitments"]) == 6
    assert not (tmp_path / "dump.json.partial").exists()


def test_unwritable_output_is_one_clear_error(data, tmp_path):
    with pytest.raises(CommandError, match="Cannot write .*missing"):
        export("--output", str(tmp_path / "missing" / "dump.json"))


def test_json_is_utf8_text_with_chinese_unescaped(data, tmp_path):
    target = tmp_path / "dump.json"
    export("--output", str(target))
    raw = Path(target).read_bytes()
    assert "高新区".encode() in raw


def test_history_records_each_version_of_a_commitment(data):
    commitment = data["commitments"][2]
    commitment.status = "achieved"
    commitment.status_reason = "方案已于8月出台"
    commitment._change_reason = "编辑判定"
    commitment.save()
    history = [
        entry for entry in export_json()["commitment_history"] if entry["id"] == commitment.pk
    ]
    assert [(e["history_type"], e["status"]) for e in history] == [
        ("+", "pending"),
        ("~", "achieved"),
    ]
    assert history[1]["history_change_reason"] == "编辑判定"
    assert history[0]["history_id"] < history[1]["history_id"]


def test_a_fall_is_exported_with_its_value_as_written(data, tmp_path):
    # 下降: the value stays positive and ``falls`` says it fell, in the record, its history,
    # the schema's terms and the CSV.
    fall = data["evidence"][2]
    fall.falls = True
    fall._change_reason = "编辑修改：下降"
    fall.save()
    document = export_json()
    jsonschema.validate(document, SCHEMA)
    record = by_id(document["evidence"])[fall.pk]
    assert (record["value"], record["measure"], record["falls"]) == ("12.5", "growth", True)
    rise = by_id(document["evidence"])[data["evidence"][0].pk]
    assert rise["falls"] is False
    versions = [e["falls"] for e in document["evidence_history"] if e["id"] == fall.pk]
    assert versions[-1] is True and False in versions
    assert all(c["falls"] is False for c in document["commitments"])
    export("--format", "csv", "--output", str(tmp_path / "dump"))
    rows = read_csv((tmp_path / "dump" / "evidence.csv").read_text(encoding="utf-8"))
    assert next(row for row in rows if row["id"] == str(fall.pk))["falls"] == "true"
