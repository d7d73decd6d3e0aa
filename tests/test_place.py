"""A document's place: given in the manifest, by ``ingest --place`` or by an editor, it is the
subject of the machine's figures whose own text names no place, so links never cross places."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Document
from articles.services import ingest_document
from articles.text.errors import InputError
from articles.text.manifest import load_manifest
from tests.exportdata import empty_database
from tracker import services
from tracker.models import Commitment, Evidence, Link, ReviewState

# A work report's targets name no place (the place is the report's); the next year's report
# gives the results, also without naming one.
TARGETS = "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业47万人左右。\n"
RESULTS = "2023年，地区生产总值增长5.2%，城镇新增就业48万人。\n"
OWN_PLACE = "今年地区生产总值增长6%左右。郑州高新区力争全年新增300家高新技术企业。\n"


def ingest(*args: str) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        err.write(f"CommandError: {error}\n")
        code = error.returncode
    return out.getvalue(), err.getvalue(), code


def subjects(model, name: str) -> dict[str, str]:
    return dict(model.objects.filter(article__document__name=name).values_list("quote", "subject"))


# --- The manifest (pure) --------------------------------------------------------------------


def test_manifest_place_is_read_and_trimmed():
    facts = load_manifest('[files."a.txt"]\nplace = " 海南省 "\n[files."b.txt"]\nyear = 2021\n'
                          .encode())
    assert facts["a.txt"].place == "海南省"
    assert facts["b.txt"].place == ""


@pytest.mark.parametrize(("value", "reason"), [
    ('""', "place '' must be a place name such as \"海南省\"."),
    ("12", "place 12 must be a place name such as \"海南省\"."),
    ('"海南省\\n辽宁省"', 'place must be one line, such as "海南省".'),
    (f'"{"省" * 101}"', f"place '{'省' * 20}'… is longer than 100 characters."),
])
def test_a_bad_manifest_place_is_one_line_naming_the_file(value, reason):
    with pytest.raises(InputError) as caught:
        load_manifest(f'[files."a.txt"]\nplace = {value}\n'.encode())
    assert str(caught.value) == f'manifest.toml [files."a.txt"]: {reason}'
    assert "\n" not in str(caught.value)


# --- Ingestion ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_manifest_place_is_the_subject_of_figures_naming_none(tmp_path):
    (tmp_path / "a.txt").write_text(OWN_PLACE, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[files."a.txt"]\ndate = 2023-01-15\nplace = "河南省"\n', encoding="utf-8")
    _out, err, code = ingest(str(tmp_path))
    assert code == 0, err
    assert Document.objects.get(name="a.txt").place == "河南省"
    assert subjects(Commitment, "a.txt") == {
        "郑州高新区力争全年新增300家高新技术企业": "郑州高新区",  # its text names its place
        "今年地区生产总值增长6%左右": "河南省",
    }


@pytest.mark.django_db
def test_place_option_applies_and_a_bad_one_is_refused(tmp_path):
    (tmp_path / "r.txt").write_text(RESULTS, encoding="utf-8")
    _out, err, code = ingest(str(tmp_path / "r.txt"), "--place", " ")
    assert (code, err) == (1, 'CommandError: --place: place \' \' must be a place name such as '
                              '"海南省".\n')
    assert not Document.objects.exists()
    _out, err, code = ingest(str(tmp_path / "r.txt"), "--place", "辽宁省", "--date", "2024-01-20")
    assert code == 0, err
    assert set(subjects(Evidence, "r.txt").values()) == {"辽宁省"}


def _ingest_pair(target_place: str, result_place: str) -> None:
    ingest_document(name="targets.txt", data=TARGETS.encode(), published_on=dt.date(2023, 1, 15),
                    place=target_place)
    ingest_document(name="results.txt", data=RESULTS.encode(), published_on=dt.date(2024, 1, 20),
                    place=result_place)


@pytest.mark.django_db
def test_two_places_figures_are_never_linked():
    _ingest_pair("海南省", "辽宁省")
    assert Commitment.objects.count() == 2 and Evidence.objects.count() == 2
    assert not Link.objects.exists()


@pytest.mark.django_db
def test_one_places_figures_are_linked():
    _ingest_pair("海南省", "海南省")
    linked = {(link.commitment.indicator.name, link.relation)
              for link in Link.objects.select_related("commitment__indicator")}
    assert linked == {("地区生产总值", "fulfils"), ("城镇新增就业人数", "fulfils")}


@pytest.mark.django_db
def test_reingesting_with_a_new_place_remakes_the_machine_items(tmp_path):
    _ingest_pair("海南省", "海南省")
    assert Link.objects.count() == 2
    result = ingest_document(name="results.txt", data=RESULTS.encode(),
                             published_on=dt.date(2024, 1, 20), place="辽宁省")
    assert result.outcome == "updated"
    assert set(subjects(Evidence, "results.txt").values()) == {"辽宁省"}
    assert not Link.objects.exists()


# --- The admin ------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client):
    user = User.objects.create_user("editor1", password="a long editor password", is_staff=True)
    user.groups.add(services.ensure_editor_group())
    client.force_login(user)
    return client, user


@pytest.mark.django_db
def test_editor_sets_a_place_and_only_unreviewed_items_follow(editor_client):
    client, user = editor_client
    _ingest_pair("", "")
    assert Link.objects.count() == 2  # no place on either side: "compatible with every place"
    gdp = Commitment.objects.get(quote="地区生产总值增长5%左右")
    services.review_item(item=gdp, state=ReviewState.ACCEPTED, user=user)
    document = Document.objects.get(name="results.txt")
    url = reverse("admin:articles_document_change", args=[document.pk])
    page = client.get(url).content.decode()
    assert 'name="place"' in page and 'name="source"' not in page  # only the place is editable
    response = client.post(url, {"place": "辽宁省", "_save": "1"})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.place == "辽宁省"
    assert set(subjects(Evidence, "results.txt").values()) == {"辽宁省"}
    # The targets' document has no place: its figures may still be any place's.
    assert not Link.objects.exclude(commitment__subject="").exists()
    response = client.post(reverse("admin:articles_document_change",
                                   args=[Document.objects.get(name="targets.txt").pk]),
                           {"place": "海南省", "_save": "1"})
    assert response.status_code == 302
    assert subjects(Commitment, "targets.txt") == {
        "地区生产总值增长5%左右": "",  # accepted by an editor: kept as it was
        "城镇新增就业47万人左右": "海南省",
    }
    assert not Link.objects.filter(commitment__quote="城镇新增就业47万人左右").exists()


@pytest.mark.django_db
def test_an_editors_place_is_kept_by_a_manifest_but_not_by_a_persons_place_option(
    editor_client, tmp_path
):
    client, _user = editor_client
    (tmp_path / "r.txt").write_text(RESULTS, encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[files."r.txt"]\ndate = 2024-01-20\nplace = "海南省"\n', encoding="utf-8")
    assert ingest(str(tmp_path))[2] == 0
    document = Document.objects.get(name="r.txt")
    assert (document.place, document.place_edited) == ("海南省", False)
    client.post(reverse("admin:articles_document_change", args=[document.pk]),
                {"place": "辽宁省", "_save": "1"})
    document.refresh_from_db()
    assert (document.place, document.place_edited) == ("辽宁省", True)
    # The folder is ingested again with its old manifest: the editor's correction stays.
    (tmp_path / "r.txt").write_text(RESULTS + "城镇调查失业率5.2%。\n", encoding="utf-8")
    assert ingest(str(tmp_path))[2] == 0
    document.refresh_from_db()
    assert document.place == "辽宁省"
    assert set(subjects(Evidence, "r.txt").values()) == {"辽宁省"}
    # A person's --place is an instruction: it replaces the editor's, and is kept in turn.
    assert ingest(str(tmp_path), "--place", "吉林省")[2] == 0
    document.refresh_from_db()
    assert (document.place, document.place_edited) == ("吉林省", True)
    assert ingest(str(tmp_path))[2] == 0
    document.refresh_from_db()
    assert document.place == "吉林省"


@pytest.mark.django_db
def test_admin_refuses_a_place_on_two_lines(editor_client):
    client, _user = editor_client
    ingest_document(name="results.txt", data=RESULTS.encode(), published_on=dt.date(2024, 1, 20))
    document = Document.objects.get()
    url = reverse("admin:articles_document_change", args=[document.pk])
    response = client.post(url, {"place": "海南省\n辽宁省", "_save": "1"})
    assert response.status_code == 200
    assert "地区须为一行地名" in response.content.decode()
    document.refresh_from_db()
    assert document.place == ""


@pytest.mark.django_db
def test_document_list_filters_by_place(editor_client):
    client, _user = editor_client
    _ingest_pair("海南省", "辽宁省")
    page = client.get(reverse("admin:articles_document_changelist"), {"place": "辽宁省"})
    assert page.status_code == 200
    assert [d.name for d in page.context["cl"].result_list] == ["results.txt"]


@pytest.mark.django_db
def test_document_list_finds_the_documents_whose_place_is_unknown(editor_client):
    client, _user = editor_client
    _ingest_pair("海南省", "")  # the results name no place and were given none
    ingest_document(name="own.txt", data=OWN_PLACE.encode(), published_on=dt.date(2024, 2, 1))
    url = reverse("admin:articles_document_changelist")
    page = client.get(url, {"place_unknown": "yes"})
    assert page.status_code == 200
    assert [d.name for d in page.context["cl"].result_list] == ["results.txt"]
    assert "未给出，正文也未点名任何地区" in page.content.decode()
    # Once an editor gives it a place, it is no longer listed.
    Document.objects.filter(name="results.txt").update(place="辽宁省")
    page = client.get(url, {"place_unknown": "yes"})
    assert list(page.context["cl"].result_list) == []


# --- A place read from the document's own title or heading ----------------------------------


# Places the extractor's list of names does not know: only the title can tell them.
def _report(year: int, place: str, body: str) -> bytes:
    return f"{year}年{place}政府工作报告\n{body}".encode()


def _ingest_reports(target_place: str, result_place: str) -> None:
    ingest_document(name="targets.txt", data=_report(2023, target_place, TARGETS),
                    published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=_report(2024, result_place, RESULTS),
                    published_on=dt.date(2024, 1, 20))


@pytest.mark.django_db
def test_a_reports_title_gives_its_place_when_none_is_given():
    _ingest_reports("青禾省", "鹿川省")
    targets = Document.objects.get(name="targets.txt")
    assert (targets.place, targets.place_basis, targets.place_edited) == (
        "青禾省", "2023年青禾省政府工作报告", False)
    assert set(subjects(Commitment, "targets.txt").values()) == {"青禾省"}
    assert set(subjects(Evidence, "results.txt").values()) == {"鹿川省"}
    # Two provinces' reports ingested without a manifest no longer link across provinces.
    assert Commitment.objects.count() == 2 and Evidence.objects.count() == 2
    assert not Link.objects.exists()


@pytest.mark.django_db
def test_one_places_reports_link_with_the_place_read_from_their_titles():
    _ingest_reports("青禾省", "青禾省")
    assert Link.objects.count() == 2


def _news(day: str, place: str, body: str) -> bytes:
    return f"本报讯 {day}，{place}第十四届人民代表大会第二次会议开幕。\n{body}".encode()


@pytest.mark.django_db
def test_a_news_lead_gives_the_place_holding_the_congress_and_two_provinces_news_do_not_link():
    ingest_document(name="targets.txt", data=_news("1月15日", "青禾省", TARGETS),
                    published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=_news("1月20日", "鹿川省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    targets = Document.objects.get(name="targets.txt")
    assert (targets.place, targets.place_basis) == (
        "青禾省", "本报讯1月15日，青禾省第十四届人民代表大会第二次会议开幕。")
    assert set(subjects(Commitment, "targets.txt").values()) == {"青禾省"}
    assert set(subjects(Evidence, "results.txt").values()) == {"鹿川省"}
    assert Commitment.objects.count() == 2 and Evidence.objects.count() == 2
    assert not Link.objects.exists()


@pytest.mark.django_db
def test_one_provinces_news_link_with_the_place_read_from_their_leads():
    ingest_document(name="targets.txt", data=_news("1月15日", "青禾省", TARGETS),
                    published_on=dt.date(2023, 1, 15))
    ingest_document(name="results.txt", data=_news("1月20日", "青禾省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    assert Link.objects.count() == 2


@pytest.mark.django_db
def test_a_page_of_several_stories_gets_no_place_from_its_first_headline():
    page = ("2024年白河市政府工作报告\n\n" + TARGETS + "\n\n\n\n"
            "区领导调研企业生产经营情况\n\n本报讯 3月5日，区领导到辖区企业调研。\n")
    ingest_document(name="page.txt", data=page.encode(), published_on=dt.date(2024, 3, 6))
    document = Document.objects.get()
    assert document.articles.count() == 2
    assert (document.place, document.place_basis) == ("", "")
    assert Commitment.objects.filter(subject="").count() == 2


@pytest.mark.django_db
def test_a_manifest_place_replaces_an_inferred_one_and_is_never_replaced_by_one(tmp_path):
    (tmp_path / "r.txt").write_bytes(_report(2024, "鹿川省", RESULTS))
    assert ingest(str(tmp_path / "r.txt"), "--date", "2024-01-20")[2] == 0
    document = Document.objects.get(name="r.txt")
    assert (document.place, document.place_basis) == ("鹿川省", "2024年鹿川省政府工作报告")
    # A manifest's place is a person's word: it replaces the one read from the title.
    (tmp_path / "manifest.toml").write_text(
        '[files."r.txt"]\ndate = 2024-01-20\nplace = "鹿川省星湖市"\n', encoding="utf-8")
    out, err, code = ingest(str(tmp_path))
    assert code == 0, err
    document.refresh_from_db()
    assert (document.place, document.place_basis, document.place_edited) == (
        "鹿川省星湖市", "manifest", False)
    assert set(subjects(Evidence, "r.txt").values()) == {"鹿川省星湖市"}
    # Without the manifest, a changed text naming another place in its title keeps it.
    (tmp_path / "manifest.toml").unlink()
    (tmp_path / "r.txt").write_bytes(_report(2024, "青禾省", RESULTS))
    assert ingest(str(tmp_path / "r.txt"), "--date", "2024-01-20")[2] == 0
    document.refresh_from_db()
    assert (document.place, document.place_basis) == ("鹿川省星湖市", "manifest")


@pytest.mark.django_db
def test_an_inferred_place_follows_its_changed_title_until_a_person_sets_one(editor_client):
    client, _user = editor_client
    ingest_document(name="r.txt", data=_report(2024, "鹿川省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    result = ingest_document(name="r.txt", data=_report(2024, "青禾省", RESULTS),
                             published_on=dt.date(2024, 1, 20))
    assert result.outcome == "updated"
    document = Document.objects.get()
    assert (document.place, document.place_basis) == ("青禾省", "2024年青禾省政府工作报告")
    assert set(subjects(Evidence, "r.txt").values()) == {"青禾省"}
    # The admin shows where the place comes from, and an editor's place is kept.
    url = reverse("admin:articles_document_change", args=[document.pk])
    page = client.get(url).content.decode()
    assert "地区依据" in page and "2024年青禾省政府工作报告" in page
    client.post(url, {"place": "鹿川省", "_save": "1"})
    document.refresh_from_db()
    assert (document.place, document.place_basis, document.place_edited) == (
        "鹿川省", "editor", True)
    ingest_document(name="r.txt", data=_report(2025, "青禾省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    document.refresh_from_db()
    assert (document.place, document.place_basis) == ("鹿川省", "editor")
    assert set(subjects(Evidence, "r.txt").values()) == {"鹿川省"}


@pytest.mark.django_db
def test_the_admin_says_in_chinese_who_gave_a_place(editor_client, tmp_path):
    client, _user = editor_client
    (tmp_path / "r.txt").write_text(RESULTS, encoding="utf-8")

    def basis_shown() -> str:
        document = Document.objects.get(name="r.txt")
        page = client.get(reverse("admin:articles_document_change", args=[document.pk]))
        html = page.content.decode()
        return re.search(r'field-place_basis_shown.*?<div class="readonly">(.*?)</div>', html,
                         re.S).group(1)

    (tmp_path / "manifest.toml").write_text(
        '[files."r.txt"]\ndate = 2024-01-20\nplace = "海南省"\n', encoding="utf-8")
    assert ingest(str(tmp_path))[2] == 0
    assert basis_shown() == "导入清单 manifest.toml"
    assert ingest(str(tmp_path), "--place", "吉林省")[2] == 0
    assert basis_shown() == "命令行 --place"
    document = Document.objects.get(name="r.txt")
    client.post(reverse("admin:articles_document_change", args=[document.pk]),
                {"place": "辽宁省", "_save": "1"})
    assert basis_shown() == "编辑填写"


@pytest.mark.django_db
def test_the_place_basis_is_exported_and_restored_and_older_files_restore_without_it(tmp_path):
    ingest_document(name="r.txt", data=_report(2024, "鹿川省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    path = tmp_path / "dump.json"
    call_command("export", "--output", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    dump = json.loads(path.read_text(encoding="utf-8"))
    assert [(d["place"], d["place_basis"]) for d in dump["documents"]] == [
        ("鹿川省", "2024年鹿川省政府工作报告")]
    empty_database()
    call_command("restore", str(path), stdout=io.StringIO())
    document = Document.objects.get()
    assert (document.place, document.place_basis) == ("鹿川省", "2024年鹿川省政府工作报告")
    # A file written before place_basis was added lacks it: the place is kept, with no basis.
    del dump["documents"][0]["place_basis"]
    path.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    empty_database()
    call_command("restore", str(path), stdout=io.StringIO())
    document = Document.objects.get()
    assert (document.place, document.place_basis) == ("鹿川省", "")
    # Such a place is taken for a person's: a later ingest does not read it again.
    ingest_document(name="r.txt", data=_report(2024, "青禾省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    document.refresh_from_db()
    assert document.place == "鹿川省"


def _supplied(by: str, body: str) -> bytes:
    """A text whose opening names no place; only its closing lines say whose it is."""
    return f"{body}（{by}有关部门供稿）\n（{by}统计部门核实）\n".encode()


@pytest.mark.django_db
def test_figures_naming_no_place_meet_only_figures_of_a_place_their_text_names():
    ingest_document(name="targets.txt", data=_supplied("青禾省、白河市", TARGETS),
                    published_on=dt.date(2023, 1, 15))
    ingest_document(name="other.txt", data=_supplied("鹿川省", RESULTS),
                    published_on=dt.date(2024, 1, 20))
    assert set(Document.objects.values_list("place", flat=True)) == {""}
    targets = Document.objects.get(name="targets.txt").articles.get()
    assert set(targets.places_named.split()) == {"青禾", "白河"}
    assert Evidence.objects.count() == 2 and not Link.objects.exists()  # another province's
    ingest_document(name="own.txt", data=_supplied("青禾省", RESULTS),
                    published_on=dt.date(2024, 1, 21))
    linked = Link.objects.values_list("evidence__article__document__name", flat=True)
    assert sorted(linked) == ["own.txt", "own.txt"]


@pytest.mark.django_db
def test_an_upgrade_stores_the_places_named_by_articles_read_before():
    import importlib

    from django.apps import apps

    from articles.models import Article

    migration = importlib.import_module("tracker.migrations.0011_places_named_of_stored_articles")
    ingest_document(name="targets.txt", data=_supplied("青禾省、白河市", TARGETS),
                    published_on=dt.date(2023, 1, 15))
    ingest_document(name="none.txt", data=TARGETS.encode(), published_on=dt.date(2023, 1, 16))
    Article.objects.update(places_named="")  # as stored by the version before
    migration.fill_places_named(apps)
    assert dict(Article.objects.values_list("document__name", "places_named")) == {
        "targets.txt": "白河 青禾", "none.txt": ""}


@pytest.mark.django_db
@pytest.mark.parametrize("merge", [False, True])
def test_a_restored_article_knows_the_places_its_text_names(tmp_path, merge):
    from articles.models import Article

    ingest_document(name="targets.txt", data=_supplied("青禾省、白河市", TARGETS),
                    published_on=dt.date(2023, 1, 15))
    path = tmp_path / "dump.json"
    call_command("export", "--output", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    assert "places_named" not in path.read_text(encoding="utf-8")  # derived, not exported
    empty_database()
    call_command("restore", str(path), *(["--merge"] if merge else []), stdout=io.StringIO())
    assert Article.objects.get().places_named == "白河 青禾"


@pytest.mark.django_db
def test_a_paper_named_after_its_city_says_whose_figures_a_page_naming_only_its_city_gives():
    from articles.models import Article

    ingest_document(name="targets.txt", data=_supplied("江苏省苏州市", TARGETS),
                    published_on=dt.date(2023, 1, 15))
    whole_city = "2023年，全市地区生产总值增长5.2%，城镇新增就业48万人。\n".encode()
    ingest_document(name="other.txt", data=whole_city, source="人民日报",  # no place's paper
                    published_on=dt.date(2024, 1, 20))
    ingest_document(name="own.txt", data=whole_city + "全市。\n".encode(), source="苏州日报",
                    published_on=dt.date(2024, 1, 21))
    ingest_document(name="far.txt", data=whole_city + "全市上下。\n".encode(), source="河北日报",
                    published_on=dt.date(2024, 1, 22))
    named = dict(Article.objects.values_list("document__name", "places_named"))
    assert (named["other.txt"], named["own.txt"], named["far.txt"]) == ("", "苏州", "河北")
    linked = Link.objects.values_list("evidence__article__document__name", flat=True)
    assert "far.txt" not in linked and {"own.txt", "other.txt"} <= set(linked)
