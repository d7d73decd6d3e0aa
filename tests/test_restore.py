"""`manage.py restore`: an export rebuilds the site; a wrong file changes nothing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Document
from tests.exportdata import build_rich_data, empty_database, without_time
from tracker.models import Commitment, Evidence, Indicator, Link, ReviewState
from tracker.search import search

pytestmark = pytest.mark.django_db


def export_to(path: Path, *args: str) -> dict | None:
    call_command("export", "--output", str(path), *args, stdout=io.StringIO(), stderr=io.StringIO())
    return json.loads(path.read_text(encoding="utf-8")) if path.suffix == ".json" else None


def restore(*args: str) -> str:
    out = io.StringIO()
    call_command("restore", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def counts() -> list[int]:
    return [
        model.objects.count()
        for model in (Document, Article, Indicator, Commitment, Evidence, Link)
    ]


@pytest.fixture
def exported(tmp_path) -> tuple[Path, dict]:
    build_rich_data()
    path = tmp_path / "dump.json"
    return path, export_to(path)


def test_export_restore_export_gives_the_same_document(exported, tmp_path):
    path, before = exported
    search_text = dict(Commitment.objects.values_list("pk", "search_text"))
    empty_database()
    out = restore(str(path))
    entries = sum(len(before[name]) for name in before if name.endswith("_history"))
    assert out.strip() == (
        "Restored 2 documents, 3 articles, 4 indicators, 6 commitments, 3 evidence, 5 links "
        f"and {entries} history entries."
    )
    after = export_to(tmp_path / "again.json")
    assert without_time(after) == without_time(before)
    # The search index is rebuilt for the restored text.
    assert dict(Commitment.objects.values_list("pk", "search_text")) == search_text
    assert search(Commitment.objects.all(), "科技金融扶持方案").count() == 1


def test_ndjson_restores_the_same(exported, tmp_path):
    path, before = exported
    ndjson = tmp_path / "dump.ndjson"
    export_to(ndjson, "--format", "ndjson")
    empty_database()
    restore(str(ndjson))
    assert without_time(export_to(tmp_path / "again.json")) == without_time(before)


def test_restored_ids_are_kept_and_new_records_follow_them(exported):
    path, before = exported
    empty_database()
    restore(str(path))
    assert sorted(Commitment.objects.values_list("pk", flat=True)) == sorted(
        c["id"] for c in before["commitments"]
    )
    # The id sequences were moved past the restored ids: new rows do not collide.
    highest = max(c["id"] for c in before["commitments"])
    article = Article.objects.get(pk=before["articles"][0]["id"])
    new = Commitment.objects.create(article=article, quote="q", start=0, end=1)
    assert new.pk > highest
    document = Document.objects.create(
        name="new.txt", sha256="f" * 64, encoding="utf-8", raw_text="x"
    )
    assert document.pk > max(d["id"] for d in before["documents"])


def test_status_history_is_restored(tmp_path):
    data = build_rich_data()
    commitment = data["commitments"][2]
    commitment.status = "achieved"
    commitment.status_reason = "方案已于8月出台"
    commitment.save()
    versions = list(commitment.history.values_list("history_id", "history_date", "status"))
    path = tmp_path / "dump.json"
    export_to(path)
    empty_database()
    restore(str(path))
    restored = Commitment.objects.get(pk=commitment.pk)
    assert list(restored.history.values_list("history_id", "history_date", "status")) == versions
    statuses = [version[2] for version in sorted(versions)]
    assert (statuses[0], statuses[-1]) == ("pending", "achieved")
    # New versions continue after the restored ones.
    restored.status = "late"
    restored.save()
    assert restored.history.latest("history_id").history_id > max(v[0] for v in versions)


def test_timestamps_are_restored_not_reset(exported):
    path, before = exported
    empty_database()
    restore(str(path))
    link = Link.objects.get(pk=before["links"][0]["id"])
    assert link.created_at.isoformat().replace("+00:00", "Z") == before["links"][0]["created_at"]


def test_reviewed_only_export_restores(exported, tmp_path):
    reviewed = tmp_path / "reviewed.json"
    document = export_to(reviewed, "--reviewed-only")
    empty_database()
    restore(str(reviewed))
    assert counts() == [
        len(document[name])
        for name in ("documents", "articles", "indicators", "commitments", "evidence", "links")
    ]
    assert set(Commitment.objects.values_list("review_state", flat=True)) <= {
        ReviewState.ACCEPTED,
        ReviewState.EDITED,
    }


def test_restore_from_standard_input(exported, monkeypatch):
    path, _ = exported
    empty_database()
    monkeypatch.setattr("sys.stdin", io.StringIO(path.read_text(encoding="utf-8")))
    restore("-")
    assert counts() == [2, 3, 4, 6, 3, 5]


# --- refusals: one clear line, non-zero exit, nothing written -----------------------------


def refused(*args: str) -> str:
    with pytest.raises(CommandError) as caught:
        restore(*args)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_refuses_a_non_empty_database_and_writes_nothing(exported):
    path, _ = exported
    before = counts()
    message = refused(str(path))
    assert "The database is not empty (2 documents" in message
    assert "--merge" in message
    assert counts() == before


def test_refuses_a_file_of_another_format(tmp_path):
    other = tmp_path / "other.json"
    other.write_text(json.dumps([{"model": "articles.document", "pk": 1, "fields": {}}]))
    assert refused(str(other)) == (
        f'{other} is not a commitment-tracker-export file (its "format" is null); '
        "restore only reads files written by `manage.py export`."
    )
    assert counts() == [0] * 6


def test_refuses_another_version(exported, tmp_path):
    path, document = exported
    empty_database()
    future = tmp_path / "future.json"
    future.write_text(json.dumps({**document, "version": 2}), encoding="utf-8")
    assert refused(str(future)) == (
        f"{future} is an export of version 2; this tracker restores version 1 only."
    )
    assert counts() == [0] * 6


def test_refuses_malformed_json(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "commitment-tracker-export", "version": 1,\n"documents": [', encoding="utf-8"
    )
    message = refused(str(broken))
    assert message.startswith(f"{broken} is not valid JSON (line 2, column")


def test_refuses_a_missing_file(tmp_path):
    assert refused(str(tmp_path / "nope.json")).startswith(
        f"Cannot read {tmp_path / 'nope.json'}: No such file"
    )


def test_refuses_binary_input(tmp_path):
    binary = tmp_path / "dump.json.gz"
    binary.write_bytes(b"\x1f\x8b\x08\x00\xff\xfe\xfa")
    assert "is not UTF-8 text" in refused(str(binary))


def test_a_bad_record_late_in_the_file_leaves_nothing_written(exported, tmp_path):
    path, document = exported
    empty_database()
    document["links"][-1]["relation"] = "causes"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    message = refused(str(bad))
    assert message.startswith(f'{bad}: links[4]: "relation" is "causes", not one of ')
    assert counts() == [0] * 6


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["commitments"][0].pop("quote"),
            "commitments[0] does not have the keys of a commitment: missing quote.",
        ),
        (
            lambda d: d["commitments"][0].update(colour="red"),
            "commitments[0] does not have the keys of a commitment: unknown colour.",
        ),
        (
            lambda d: d["evidence"][0].update(article=999),
            'evidence[0]: "article" is 999, which is not an id in "articles" of this file.',
        ),
        (
            lambda d: d["commitments"][0].update(revises=999),
            'commitments[0]: "revises" is 999, which is not an id in "commitments" of this file.',
        ),
        (lambda d: d["commitments"][0].update(value="lots"), 'commitments[0]: "value": '),
        (
            lambda d: d["articles"][0].update(published_on="2023-02-30"),
            'articles[0]: "published_on": ',
        ),
        (
            lambda d: d["articles"][0].update(document="1"),
            'articles[0]: "document" must be an id (a whole number).',
        ),
        (
            lambda d: d["documents"][0].update(sha256=None),
            'documents[0]: "sha256" is null but must have a value.',
        ),
        (lambda d: d["documents"].append(dict(d["documents"][0])), "documents[2]: id "),
        (lambda d: d.pop("links"), 'has no list "links"; every list must be present.'),
        (
            lambda d: d["commitments"][0].update(start=5, end=2),
            "The database refused the file's records: ",
        ),
    ],
)
def test_each_bad_record_is_named(exported, tmp_path, change, expected):
    path, document = exported
    empty_database()
    change(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert expected in refused(str(bad))
    assert counts() == [0] * 6


def test_ndjson_errors_name_the_line(exported, tmp_path):
    ndjson = tmp_path / "dump.ndjson"
    export_to(ndjson, "--format", "ndjson")
    empty_database()
    lines = ndjson.read_text(encoding="utf-8").splitlines()
    lines[3] = '{"type": "article", "id": }'
    ndjson.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert refused(str(ndjson)) == f"{ndjson}: line 4 is not valid JSON (Expecting value)."
    lines[3] = json.dumps({"type": "comment", "text": "x"})
    ndjson.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert '"type" "comment"' in refused(str(ndjson)).replace("has unknown ", "")
    assert counts() == [0] * 6


# --- merge --------------------------------------------------------------------------------


def test_merge_of_the_same_export_keeps_everything_as_it_is(exported):
    path, _ = exported
    before = counts()
    out = restore(str(path), "--merge")
    assert out.startswith("Restored 0 documents, 0 articles, 0 indicators, 0 commitments")
    assert "Already present, kept as they were: 2 documents, 3 articles" in out
    assert "History entries are not merged" in out
    assert counts() == before


def test_merge_adds_new_records_with_new_ids_and_keeps_references(exported):
    path, before = exported
    empty_database()
    # A database that already has its own data, with ids that overlap the file's.
    local = Document.objects.create(
        name="local.txt", sha256="c" * 64, encoding="utf-8", raw_text="本地"
    )
    Indicator.objects.create(name="技术合同成交额", unit="元")  # same name as in the file
    restore(str(path), "--merge")
    assert counts() == [3, 3, 4, 6, 3, 5]
    assert Document.objects.get(name="local.txt") == local
    # Links join the same quotes as before, whatever their new ids.
    pairs = {(link.commitment.quote, link.evidence.quote) for link in Link.objects.all()}
    commitments = {c["id"]: c["quote"] for c in before["commitments"]}
    evidence = {e["id"]: e["quote"] for e in before["evidence"]}
    assert pairs == {
        (commitments[x["commitment"]], evidence[x["evidence"]]) for x in before["links"]
    }
    revised = Commitment.objects.get(quote="力争技术合同成交额突破170亿元")
    assert revised.revises.quote == "技术合同成交额达到163.8亿元"
    # The existing indicator is reused, not duplicated.
    assert Commitment.objects.filter(indicator__name="技术合同成交额").count() == 3


def test_merge_never_overwrites_an_editors_work(exported):
    path, _ = exported
    commitment = Commitment.objects.get(quote="力争全年新增高新技术企业300家")
    commitment.editor_note = "本地编辑的备注"
    commitment.save()
    restore(str(path), "--merge")
    commitment.refresh_from_db()
    assert commitment.editor_note == "本地编辑的备注"


def test_merge_skips_a_document_whose_name_has_other_content(exported):
    path, _ = exported
    empty_database()
    Document.objects.create(
        name="2023_page1.txt", sha256="d" * 64, encoding="utf-8", raw_text="另一版本"
    )
    out = restore(str(path), "--merge")
    assert "Skipped (their document's name is taken by different content here): " in out
    assert "1 documents, 2 articles" in out
    assert Document.objects.count() == 2
    assert not Article.objects.filter(is_fragment=True).exists()


def test_json_in_another_layout_restores_too(exported, tmp_path):
    path, before = exported
    empty_database()
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(before, ensure_ascii=False, indent=2), encoding="utf-8")
    restore(str(pretty))
    assert without_time(export_to(tmp_path / "again.json")) == without_time(before)


def test_a_broken_record_line_of_an_export_is_named(exported, tmp_path):
    path, _ = exported
    empty_database()
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith('{"id"'))
    lines[number - 1] = lines[number - 1].replace('"id": ', '"id" ', 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert refused(str(path)) == (
        f"{path} is not valid JSON (line {number}: Expecting ':' delimiter)."
    )
    assert counts() == [0] * 6


def test_an_export_is_read_a_record_at_a_time(exported):
    # The exporter's layout (a record per line) is recognised, so restore streams it.
    from tracker.restore import _streamable_header

    path, before = exported
    with open(path, encoding="utf-8") as handle:
        header = _streamable_header(handle.readline(), handle)
        assert header == {key: before[key] for key in ("format", "version", "exported_at")}
        assert handle.readline() == '"documents": [\n'  # rewound after the check


def test_a_fall_round_trips_and_an_older_file_without_it_restores_as_no_fall(tmp_path):
    data = build_rich_data()
    fall, target = data["evidence"][2], data["commitments"][3]
    for item in (fall, target):
        item.falls = True
        item.save()
    path = tmp_path / "dump.json"
    before = export_to(path)
    empty_database()
    restore(str(path))
    assert Evidence.objects.get(pk=fall.pk).falls is True
    assert Commitment.objects.get(pk=target.pk).falls is True
    assert Evidence.objects.filter(falls=True).count() == 1
    assert list(Evidence.history.filter(id=fall.pk).order_by("history_id")
                .values_list("falls", flat=True)) == [False, True]  # fmt: skip
    assert without_time(export_to(tmp_path / "again.json")) == without_time(before)
    # A file written before ``falls`` was added lacks it, in records and histories alike.
    for name in ("commitments", "evidence", "commitment_history", "evidence_history"):
        for record in before[name]:
            del record["falls"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")
    empty_database()
    restore(str(older))
    assert not Evidence.objects.filter(falls=True).exists()
    assert not Commitment.history.filter(falls=True).exists()
    assert Evidence.objects.get(pk=fall.pk).value == fall.value
