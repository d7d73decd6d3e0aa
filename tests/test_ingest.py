"""Ingestion end to end: the services and the ``ingest`` command, on SQLite and PostgreSQL."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import threading
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections

from articles.models import Article, DatePrecision, Document
from articles.services import ingest_document, ingest_pasted_article
from articles.text.errors import InputError
from tracker.models import Commitment, Evidence, Link, ReviewState

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPECTED = json.loads((ROOT / "tests/data/seed_articles.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.django_db


def ingest(*args: str, stdin: bytes | None = None) -> tuple[str, str, int]:
    """Run the command as a user would; return (stdout, stderr, exit status)."""
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        import sys

        class _Stdin:
            buffer = io.BytesIO(stdin)

        saved, sys.stdin = sys.stdin, _Stdin()
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        err.write(f"CommandError: {error}\n")
        code = error.returncode
    finally:
        if stdin is not None:
            sys.stdin = saved
    return out.getvalue(), err.getvalue(), code


def snapshot() -> list[tuple]:
    documents = list(Document.objects.order_by("name").values_list())
    articles = list(Article.objects.order_by("document__name", "position").values_list())
    return [documents, articles, Article.history.count()]


PAGE = "\n".join([
    "高新区召开人工智能",
    "产业推进会",
    "",
    "本报讯 3月2日，高新区召开",
    "2024年人工智能产业推进会，",
    "力争全年新增人工智能企业",
    "50家。",
    "记者 张三",
    "",
    "高新区举办新春招聘会",
    "",
    "本报讯 3月1日，高新区新春招",
    "聘会在人才市场举行，百余家",
    "企业提供岗位三千余个。",
    "记者 李四",
    "",
])


# --- The seeds ------------------------------------------------------------------------------


def test_seeds_are_stored_one_article_per_story():
    out, err, code = ingest(str(SEEDS))
    assert code == 0, err
    for name, expected in EXPECTED["files"].items():
        document = Document.objects.get(name=name)
        articles = list(document.articles.order_by("position"))
        assert [a.title for a in articles] == [item["title"] for item in expected]
        assert [a.reporters for a in articles] == [item["reporters"] for item in expected]
        for article, item in zip(articles, expected, strict=True):
            wanted = dt.date.fromisoformat(item["published_on"]) if item["published_on"] else None
            assert (article.published_on, article.date_precision) == (wanted, item["precision"])
            assert article.body.startswith(item["first_words"])
        assert document.encoding == "utf-8"
        assert document.raw_text == (SEEDS / name).read_text(encoding="utf-8")
    assert Article.objects.count() == 11
    assert Article.objects.needing_date().count() == 4


def test_seed_run_output():
    out, err, code = ingest(str(SEEDS))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "created 000_a2256ed5a684c2a4.txt (utf-8): 4 article(s), 4 need a date"
    assert lines[1] == "created 001_1f6f37f74f9073f0.txt (utf-8): 4 article(s)"
    assert lines[5] == "Documents: 5 new, 0 unchanged, 0 updated, 0 failed."
    assert lines[6] == (
        "Articles: 11 new, 0 updated, 0 unchanged, 0 kept as stale, 0 removed. "
        f"Commitments: {Commitment.objects.count()}, evidence: {Evidence.objects.count()}."
    )
    assert lines[7] == ("4 article(s) need a date (set it in the admin, or in the folder's "
                        "manifest.toml):")
    assert lines[8] == "  000_a2256ed5a684c2a4.txt #1 高新区组织收听收看 全国脱贫攻坚总结表彰大会"
    assert len(lines) == 12
    # More than a few files: progress on stderr, one line per file.
    assert err.splitlines() == [
        f"[{i}/5] {name}" for i, name in enumerate(sorted(EXPECTED["files"]), 1)
    ]


def test_run_names_the_documents_whose_figures_name_no_place(tmp_path):
    # A digest naming no place at all: linking cannot tell whose figures these are.
    (tmp_path / "digest.txt").write_text(
        "今年主要预期目标\n\n全省地区生产总值增长5%左右，城镇新增就业50万人以上。\n",
        encoding="utf-8")
    (tmp_path / "city.txt").write_text(
        "大连市今年主要预期目标\n\n大连市地区生产总值增长6%左右。\n", encoding="utf-8")
    (tmp_path / "given.txt").write_text(
        "今年主要预期目标\n\n全市地区生产总值增长7%左右。\n", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[files."given.txt"]\nplace = "包头市"\ndate = "2024-01-10"\n', encoding="utf-8")
    out, _err, code = ingest(str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    notice = next(i for i, line in enumerate(lines) if "name no place" in line)
    assert lines[notice].startswith("1 document(s) name no place, so their figures are "
                                    "compared with every place's")
    assert lines[notice + 1:] == ["  digest.txt"]
    # Once given a place, the digest is no longer named.
    (tmp_path / "manifest.toml").write_text(
        '[files."given.txt"]\nplace = "包头市"\ndate = "2024-01-10"\n'
        '[files."digest.txt"]\nplace = "湖北省"\n', encoding="utf-8")
    out, _err, code = ingest(str(tmp_path))
    assert code == 0 and "name no place" not in out


def test_second_run_changes_nothing_and_says_so():
    ingest(str(SEEDS))
    before = snapshot()
    out, err, code = ingest(str(SEEDS))
    assert code == 0
    assert snapshot() == before
    assert out.splitlines()[5] == "Documents: 0 new, 5 unchanged, 0 updated, 0 failed."
    assert out.splitlines()[6].startswith(
        "Articles: 0 new, 0 updated, 11 unchanged, 0 kept as stale, 0 removed."
    )
    assert all(line.startswith("unchanged ") for line in out.splitlines()[:5])


def test_verbosity_2_lists_each_article(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    out, _err, code = ingest(str(tmp_path), "-v", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "created page.txt (utf-8): 2 article(s)"
    first = Article.objects.get(position=1)
    assert lines[1] == (
        "  #1 created: 高新区召开人工智能 产业推进会 | 2024-03-02 (day) | "
        f"commitments {first.commitments.count()}, evidence {first.evidences.count()}"
    )
    assert lines[2].startswith("  #2 created: 高新区举办新春招聘会 | 2024-03-01 (day) | ")


def test_help_runs():
    with pytest.raises(SystemExit) as caught:
        call_command("ingest", "--help", stdout=io.StringIO())
    assert caught.value.code == 0


# --- Bad input --------------------------------------------------------------------------------

BAD_FILES = {
    "empty.txt": (b"", "empty.txt: the file is empty."),
    "blank.txt": (b"\n \n", "blank.txt: the file holds only white space."),
    "photo.png": (b"\x89PNG\r\n\x1a\n" + bytes(64),
                  "photo.png: this is a PNG image, not a text file."),
    "binary.dat": (bytes(range(256)) * 8, "binary.dat: binary data (NUL bytes), not a text file."),
    "latin1.txt": (bytes(range(0x80, 0x100)) * 4,
                   "latin1.txt: not readable as UTF-8, UTF-16 (with BOM), GB18030 or GBK text."),
    "dots.txt": ("。。。……\n".encode(), "dots.txt: no usable text (no letters or digits, only "
                 "punctuation)."),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_refused_file_stores_nothing(name):
    data, message = BAD_FILES[name]
    with pytest.raises(InputError) as caught:
        ingest_document(name=name, data=data)
    assert str(caught.value) == message
    assert Document.objects.count() == 0
    assert Article.objects.count() == 0


def test_folder_of_bad_files_fails_each_alone_and_keeps_what_was_stored(tmp_path):
    ingest(str(SEEDS / "002_1834b58965d24b37.txt"))
    before = snapshot()
    for name, (data, _message) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    out, err, code = ingest(str(tmp_path))
    assert code == 1
    failures = [line for line in err.splitlines() if line.startswith("FAILED ")]
    assert failures == [f"FAILED {BAD_FILES[name][1]}" for name in sorted(BAD_FILES)]
    assert err.splitlines()[-1] == (
        f"CommandError: {len(BAD_FILES)} of {len(BAD_FILES) + 1} file(s) failed; "
        "the others were ingested."
    )
    assert "Traceback" not in err
    assert f"Documents: 1 new, 0 unchanged, 0 updated, {len(BAD_FILES)} failed." in (
        out.splitlines())
    assert Document.objects.filter(name="good.txt").exists()
    assert snapshot()[0][0] == before[0][0]  # the earlier document is untouched
    assert Document.objects.count() == 2


def test_missing_path_is_one_clear_error(tmp_path):
    _out, err, code = ingest(str(tmp_path / "nope"))
    assert code == 1
    assert err == f"CommandError: {tmp_path / 'nope'}: no such file or folder.\n"


def test_date_option_needs_a_single_document():
    _out, err, code = ingest(str(SEEDS), "--date", "2021-02-26")
    assert code == 1
    assert err == (
        "CommandError: --date applies to a single document, but 5 files were given; "
        "set per-file dates in manifest.toml instead.\n"
    )
    assert Document.objects.count() == 0


def test_bad_date_option_is_refused(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    _out, err, code = ingest(str(tmp_path / "page.txt"), "--date", "2021-02-30")
    assert code == 1
    assert err == "CommandError: --date: date '2021-02-30' is not YYYY-MM-DD, YYYY-MM or YYYY.\n"


# --- Decoding through the whole path --------------------------------------------------------

ENCODED = {
    "gbk": (PAGE.encode("gbk"), "gbk"),
    "utf-16": (PAGE.encode("utf-16"), "utf-16"),
    "utf-8-bom": (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8"),
}


@pytest.mark.parametrize("case", sorted(ENCODED))
def test_encodings_are_recorded(case):
    data, encoding = ENCODED[case]
    result = ingest_document(name=f"{case}.txt", data=data)
    assert result.outcome == "created"
    assert result.document.encoding == encoding
    assert result.document.raw_text == PAGE
    assert [a.title for a in result.document.articles.order_by("position")] == [
        "高新区召开人工智能 产业推进会", "高新区举办新春招聘会"]


# --- Options, manifest, stdin ---------------------------------------------------------------


def test_dry_run_stores_nothing(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    out, _err, code = ingest(str(tmp_path), "--dry-run")
    assert code == 0
    assert out.splitlines()[1] == (
        "Dry run, nothing stored. Would have: Documents: 1 new, 0 unchanged, 0 updated, "
        "0 failed."
    )
    assert Document.objects.count() == 0 and Article.objects.count() == 0
    assert Commitment.objects.count() == 0


def test_manifest_overrides_dates_and_names_the_source(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE.replace("2024年", ""), encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[files."a.txt"]\ndate = 2024-03-05\nsource = "高新时报"\n'
        '[files."b.txt"]\nyear = 2021\n',
        encoding="utf-8",
    )
    _out, err, code = ingest(str(tmp_path))
    assert code == 0, err
    a = Document.objects.get(name="a.txt")
    assert a.source == "高新时报"
    dates = {(x.published_on, x.date_precision, x.date_basis, x.source) for x in a.articles.all()}
    assert dates == {(dt.date(2024, 3, 5), "day", "manifest", "高新时报")}
    b = Document.objects.get(name="b.txt")
    assert sorted(x.published_on for x in b.articles.all()) == [dt.date(2021, 3, 1),
                                                                dt.date(2021, 3, 2)]


def test_a_broken_manifest_stops_before_anything_is_stored(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text('[files."a.txt"]\ndate = "soon"\n', encoding="utf-8")
    _out, err, code = ingest(str(tmp_path))
    assert code == 1
    assert err == (f'CommandError: {tmp_path / "manifest.toml"} [files."a.txt"]: date \'soon\' '
                   "is not YYYY-MM-DD, YYYY-MM or YYYY. Nothing was ingested.\n")
    assert Document.objects.count() == 0


def test_date_option_and_source_for_one_file(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    _out, _err, code = ingest(str(tmp_path / "page.txt"), "--date", "2024-03", "--source", "报")
    assert code == 0
    assert {(a.published_on, a.date_precision, a.source) for a in Article.objects.all()} == {
        (dt.date(2024, 3, 1), "month", "报")}


def test_a_year_alone_leaves_each_story_its_own_month_and_day(tmp_path):
    """`--date 2021` (or `date = 2021` in the manifest) says less than the page's own
    datelines: the stories keep their month and day, in the year given."""
    (tmp_path / "page.txt").write_text(PAGE.replace("2024年", ""), encoding="utf-8")
    _out, err, code = ingest(str(tmp_path / "page.txt"), "--date", "2021")
    assert code == 0, err
    assert sorted((a.published_on, a.date_precision) for a in Article.objects.all()) == [
        (dt.date(2021, 3, 1), "day"), (dt.date(2021, 3, 2), "day")]


def test_stdin(tmp_path):
    out, _err, code = ingest("-", stdin=PAGE.encode("gbk"))
    assert code == 0
    document = Document.objects.get()
    assert document.name.startswith("stdin-") and document.encoding == "gbk"
    out, _err, code = ingest("-", stdin=PAGE.encode("gbk"))
    assert out.splitlines()[1] == "Documents: 0 new, 1 unchanged, 0 updated, 0 failed."


def test_same_bytes_under_another_name_are_not_stored_twice(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    out, _err, code = ingest(str(tmp_path))
    assert code == 0
    assert "unchanged b.txt: same bytes as a.txt, already stored" in out.splitlines()
    assert Document.objects.count() == 1


# --- Changed files --------------------------------------------------------------------------


def _accept(article: Article, quote: str) -> Commitment:
    start = article.body.index(quote)
    return Commitment.objects.create(
        article=article, quote=quote, start=start, end=start + len(quote),
        review_state=ReviewState.ACCEPTED, editor_note="checked by hand",
    )


def test_reingest_of_changed_file_keeps_accepted_commitment():
    ingest_document(name="page.txt", data=PAGE.encode())
    kept, vanishing = Article.objects.order_by("position")
    accepted = _accept(vanishing, "企业提供岗位三千余个")
    accepted_values = Commitment.objects.filter(pk=accepted.pk).values().get()
    # The new edition drops the job-fair story and rewords the other one.
    changed = PAGE.split("高新区举办新春招聘会")[0].replace("50家", "60家")
    result = ingest_document(name="page.txt", data=changed.encode())
    assert result.outcome == "updated"
    assert [(o.position, o.status) for o in result.articles] == [(1, "updated"), (2, "stale")]
    kept.refresh_from_db()
    vanishing.refresh_from_db()
    assert "60家" in kept.body and not kept.is_stale
    assert vanishing.is_stale and "企业提供岗位三千余个" in vanishing.body
    assert Commitment.objects.filter(pk=accepted.pk).values().get() == accepted_values
    document = Document.objects.get()
    assert document.raw_text == changed


def test_vanished_article_without_reviewed_work_is_removed():
    ingest_document(name="page.txt", data=PAGE.encode())
    _first, vanishing = Article.objects.order_by("position")
    suggestion = Commitment.objects.create(article=vanishing, quote="岗位", start=0, end=2)
    changed = PAGE.split("高新区举办新春招聘会")[0]
    result = ingest_document(name="page.txt", data=changed.encode())
    assert [o.status for o in result.articles] == ["unchanged", "removed"]
    assert not Article.objects.filter(pk=vanishing.pk).exists()
    assert not Commitment.objects.filter(pk=suggestion.pk).exists()


def test_vanished_article_keeps_a_suggestion_whose_link_an_editor_rejected():
    ingest_document(name="page.txt", data=PAGE.encode())
    first, vanishing = Article.objects.order_by("position")
    commitment = Commitment.objects.get(article=first)  # 力争全年新增人工智能企业50家
    evidence = Evidence.objects.create(article=vanishing, quote="岗位", start=0, end=2)
    rejected = Link.objects.create(
        commitment=commitment, evidence=evidence, review_state=ReviewState.REJECTED)
    changed = PAGE.split("高新区举办新春招聘会")[0]
    result = ingest_document(name="page.txt", data=changed.encode())
    # The editor's "these two do not belong together" outlives the story's removal, so the
    # pair is not suggested again if the story comes back; the article stays, marked stale.
    assert [o.status for o in result.articles] == ["unchanged", "stale"]
    assert Link.objects.filter(pk=rejected.pk, review_state=ReviewState.REJECTED).exists()
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_reingest_keeps_the_editors_title_source_and_date():
    ingest_document(name="page.txt", data=PAGE.encode(), source="高新区报")
    article = Article.objects.get(position=1)
    article.title, article.title_edited = "编辑改过的标题", True
    article.source, article.source_edited = "郑州日报", True
    article.published_on, article.date_precision, article.date_edited = (
        dt.date(2024, 3, 3), DatePrecision.DAY, True)
    article.date_basis = "editor"
    article.save()
    ingest_document(name="page.txt", data=PAGE.replace("50家", "70家").encode(), source="高新区报")
    article.refresh_from_db()
    assert "70家" in article.body
    assert (article.title, article.source, article.published_on, article.date_basis) == (
        "编辑改过的标题", "郑州日报", dt.date(2024, 3, 3), "editor")
    # the page's other story, which no editor touched, keeps the document's source
    assert Article.objects.get(position=2).source == "高新区报"


def test_reordered_stories_keep_their_articles():
    ingest_document(name="page.txt", data=PAGE.encode())
    ids = {a.title: a.pk for a in Article.objects.all()}
    first, second = PAGE.split("\n\n高新区举办新春招聘会")
    reordered = "高新区举办新春招聘会" + second + "\n\n" + first + "\n"
    result = ingest_document(name="page.txt", data=reordered.encode())
    assert result.outcome == "updated"
    assert {a.title: (a.pk, a.position) for a in Article.objects.all()} == {
        "高新区举办新春招聘会": (ids["高新区举办新春招聘会"], 1),
        "高新区召开人工智能 产业推进会": (ids["高新区召开人工智能 产业推进会"], 2),
    }


def test_text_stored_signal_fires_for_new_and_changed_bodies_only():
    from articles.signals import article_text_stored

    seen: list[str] = []

    def listener(sender, *, article, **kwargs):
        seen.append(article.title)

    article_text_stored.connect(listener)
    try:
        ingest_document(name="page.txt", data=PAGE.encode())
        ingest_document(name="page.txt", data=PAGE.encode())
        ingest_document(name="page.txt", data=PAGE.replace("三千余个", "四千余个").encode())
    finally:
        article_text_stored.disconnect(listener)
    assert seen == ["高新区召开人工智能 产业推进会", "高新区举办新春招聘会", "高新区举办新春招聘会"]


# --- Pasted articles ------------------------------------------------------------------------


def test_pasted_article_goes_through_reflow_and_keeps_the_editors_title():
    article = ingest_pasted_article(
        title="高新区新增企业", text="本报讯 高新区全年新增\n高新技术企业 300家。\n记者 孙庆辉",
        published_on=dt.date(2024, 5, 1),
    )
    assert article.body == "本报讯 高新区全年新增高新技术企业300家。"
    assert article.reporters == ["孙庆辉"]
    assert (article.published_on, article.date_basis, article.date_edited) == (
        dt.date(2024, 5, 1), "editor", True)
    assert article.title_edited
    with pytest.raises(InputError, match="already stored"):
        ingest_pasted_article(
            title="again", text="本报讯 高新区全年新增\n高新技术企业 300家。\n记者 孙庆辉"
        )


def test_pasted_article_without_date_infers_it():
    article = ingest_pasted_article(title="推进会", text="8月21日,在高新区召开2024年推进会。")
    assert (article.published_on, article.date_precision) == (dt.date(2024, 8, 21), "day")


def test_pasted_empty_text_is_refused():
    with pytest.raises(InputError, match="the pasted text is empty"):
        ingest_pasted_article(title="空", text="  \n ")
    assert Document.objects.count() == 0


# --- Two runs at once -----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_concurrent_runs_store_each_document_once():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers with a file lock; concurrency runs on PostgreSQL.")
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []
    outputs: list[str] = []

    def run() -> None:
        try:
            barrier.wait()
            out, err, code = ingest(str(SEEDS))
            outputs.append(out)
            assert code == 0, err
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    # Each document was created by exactly one of the runs; the others found it stored.
    created = [line for out in outputs for line in out.splitlines() if line.startswith("created ")]
    assert sorted(created) == sorted(set(created)) and len(created) == 5
    assert Document.objects.count() == 5
    assert Article.objects.count() == 11
    assert sorted(Document.objects.values_list("name", flat=True)) == sorted(EXPECTED["files"])


def test_changed_file_identical_to_another_document_is_refused(tmp_path):
    ingest_document(name="a.txt", data=PAGE.encode())
    ingest_document(name="b.txt", data=PAGE.replace("50家", "70家").encode())
    with pytest.raises(InputError) as caught:
        ingest_document(name="b.txt", data=PAGE.encode())
    assert str(caught.value) == (
        "b.txt: its new content is identical to a.txt, which is already stored; "
        "nothing was changed."
    )
    assert "70家" in Document.objects.get(name="b.txt").raw_text


def test_a_file_named_twice_is_ingested_once(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    out, _err, code = ingest(str(tmp_path), str(tmp_path / "page.txt"))
    assert code == 0
    assert out.splitlines()[0] == "created page.txt (utf-8): 2 article(s)"
    assert out.splitlines()[1] == "Documents: 1 new, 0 unchanged, 0 updated, 0 failed."


def test_reingest_reanchors_accepted_items_of_a_changed_story():
    ingest_document(name="page.txt", data=PAGE.encode())
    first, second = Article.objects.order_by("position")
    kept = _accept(first, "本报讯 3月2日")
    lost = _accept(first, "力争全年新增人工智能企业50家")
    other = _accept(second, "企业提供岗位三千余个")
    # The new edition inserts a sentence (moving every later quote) and changes one figure.
    changed = PAGE.replace("本报讯 3月2日，", "本报讯 3月2日，据悉，").replace("50家", "60家")
    result = ingest_document(name="page.txt", data=changed.encode())
    assert [o.status for o in result.articles] == ["updated", "unchanged"]
    first.refresh_from_db()
    for item in (kept, lost, other):
        item.refresh_from_db()
        assert item.review_state == ReviewState.ACCEPTED and item.editor_note == "checked by hand"
    assert first.body[kept.start : kept.end] == kept.quote and not kept.anchor_lost
    assert lost.anchor_lost  # the quote is gone: flagged for an editor, not deleted
    assert second.pk == other.article_id and not other.anchor_lost


def test_files_in_subfolders_keep_their_path_as_name(tmp_path):
    for year in ("2023", "2024"):
        (tmp_path / year).mkdir()
        (tmp_path / year / "page1.txt").write_text(PAGE.replace("2024年", f"{year}年"),
                                                   encoding="utf-8")
    (tmp_path / "2024" / "manifest.toml").write_text('[files."page1.txt"]\nsource = "乙报"\n',
                                                     encoding="utf-8")
    _out, err, code = ingest(str(tmp_path))
    assert code == 0, err
    assert dict(Document.objects.values_list("name", "source")) == {
        "2023/page1.txt": "", "2024/page1.txt": "乙报"}


def test_a_date_given_on_the_command_line_survives_later_runs(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    _out, _err, code = ingest(str(folder / "page.txt"), "--date", "2024-03-05")
    assert code == 0
    out, _err, code = ingest(str(folder))
    assert code == 0
    assert out.splitlines()[0] == "unchanged page.txt (utf-8): 2 article(s)"
    assert {(a.published_on, a.date_basis, a.date_edited) for a in Article.objects.all()} == {
        (dt.date(2024, 3, 5), "命令行 --date", True)}


def _work_report(items: int, day: int) -> bytes:
    """A report with ``items`` targets of two indicators and ``items`` figures for the year
    before, each of another value."""
    sentences = "".join(
        f"力争2024年技术合同成交额突破{170 + i}亿元，全年新增{300 + i}家高新技术企业。"
        f"2023年技术合同成交额完成{130 + i}亿元。"
        for i in range(items)
    )
    return f"工作会议\n\n本报讯 1月{day}日，高新区召开工作会议。{sentences}".encode()


def test_ingesting_a_document_takes_as_many_queries_for_forty_items_as_for_two():
    from django.test.utils import CaptureQueriesContext

    from tracker.models import Link

    def stored(name: str, items: int, day: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            ingest_document(name=name, data=_work_report(items, day),
                            published_on=dt.date(2024, 1, day))
        statements = [query["sql"] for query in queries.captured_queries]
        # One bulk insert may be cut into batches (SQLite limits the parameters of a
        # statement): count a run of inserts into one table once.
        return sum(
            1 for before, sql in zip(["", *statements], statements, strict=False)
            if not (sql.startswith("INSERT INTO") and before.split(" (")[0] == sql.split(" (")[0])
        )

    # Targets and figures that the later reports link to, revise and contradict; more than
    # the cap of suggested links, so that the later reports' better suggestions crowd some
    # out (the same statements for two items as for forty).
    stored("earlier.txt", 6, 2)
    few = stored("few.txt", 2, 5)
    many = stored("many.txt", 40, 9)
    assert Commitment.objects.filter(article__document__name="many.txt").count() == 80
    links = Link.objects.filter(commitment__article__document__name="many.txt")
    assert links.filter(evidence__article__document__name="earlier.txt").exists()
    assert Commitment.objects.filter(article__document__name="many.txt",
                                     revises__isnull=False).exists()
    assert Evidence.objects.filter(article__document__name="earlier.txt",
                                   conflict_note__contains="不一致").exists()
    assert many == few <= 30


def test_a_new_documents_articles_have_their_history_and_search_text():
    """A new document's articles go in together: each still has its one history row and its
    search tokens, and the articles after it see it as before."""
    from tracker.search import search

    ingest_document(name="page.txt", data=PAGE.encode())
    articles = list(Article.objects.filter(document__name="page.txt").order_by("position"))
    assert len(articles) == 2
    for article in articles:
        rows = list(article.history.values_list("history_type", "title", "body"))
        assert rows == [("+", article.title, article.body)]
    assert list(search(Article.objects.all(), "新春招聘")) == [articles[1]]
    assert list(search(Article.objects.all(), "人工智能企业")) == [articles[0]]
    assert Commitment.objects.get().article == articles[0]
