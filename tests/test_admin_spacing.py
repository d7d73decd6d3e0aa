"""The admin reads as Chinese text does: no space beside a full-width punctuation mark and none
between two Chinese characters, no ASCII colon or question mark after Chinese words, whether the
string is ours, Django's or django-simple-history's (their Chinese catalogs write "变更历史： %s",
"选择 %s 来修改" and "标题:": locale/zh_Hans overrides them).
Every admin page of every model is walked as it renders: list, add, change, history, an old
version, delete confirmation, and the pages of our own."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import django.contrib.admin
import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import User
from django.urls import reverse

from articles.models import Article
from tracker import services
from tracker.models import Commitment, Evidence, Indicator, Link, Relation, Status

from .test_admin import change_url, form_data

pytestmark = pytest.mark.django_db

HAN = r"\u3400-\u9fff"
# Full-width punctuation: 、。《》【】 and the like, ！（），：；？ and the like, “”‘’ and …
FULL_WIDTH = r"\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2026"
# Separators keep their spaces ("…（基线） | 政策承诺追踪", "2024年（全年） · 136亿元",
# "（空） → 1", "… —— 《…》").
SEPARATORS = "|·—→"
STRAY_SPACE = re.compile(
    rf"[{FULL_WIDTH}]\s+[^\s{SEPARATORS}]|[^\s{SEPARATORS}]\s+[{FULL_WIDTH}]|[{HAN}]\s+[{HAN}]"
)
# An ASCII mark where Chinese writes a full-width one: after a Chinese word or a full-width
# mark ("承诺: 1", "你确认吗?"), with or without a space between.
ASCII_MARK = re.compile(rf"[{HAN}{FULL_WIDTH}]\s*[:?!;,]")
# What a reader sees of an element besides its text.
SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}


class ShownText(HTMLParser):
    """The page's text nodes and shown attributes (scripts and styles left out)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping += 1
        for name, value in attrs:
            if value and (name in SHOWN_ATTRIBUTES
                          or (tag == "input" and name == "value"
                              and ("type", "submit") in attrs)):
                self.texts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.texts.append(data)


def shown_matches(html: str, pattern: re.Pattern) -> list[str]:
    parser = ShownText()
    parser.feed(html)
    found = []
    for text in parser.texts:
        text = " ".join(text.split())
        found += [text[max(0, m.start() - 12):m.end() + 12] for m in pattern.finditer(text)]
    return list(dict.fromkeys(found))


# The protocol's own words an address or a request is named by.
PROTOCOL_WORDS = {"IP", "GET", "POST", "Accept", "sha256"}
# Names a deployment gives, not the admin's words: the editors' group (make_editor's "editor").
NAMES_GIVEN = {services.EDITOR_GROUP}


class ReadAloud(HTMLParser):
    """What a screen reader says of an element besides its text: its alt, title and
    aria-label (an icon's alt="True" read as English)."""

    ATTRIBUTES = {"title", "aria-label", "alt"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.texts += [f'{tag} {name}="{value}"' for name, value in attrs
                       if name in self.ATTRIBUTES and value]


def english_attributes(html: str) -> list[str]:
    parser = ReadAloud()
    parser.feed(html)
    return list(dict.fromkeys(
        text for text in parser.texts
        if set(re.findall(r"[A-Za-z]+", text.split("=", 1)[1])) - PROTOCOL_WORDS - NAMES_GIVEN))


def stray_spaces(html: str) -> list[str]:
    return shown_matches(html, STRAY_SPACE)


def ascii_marks(html: str) -> list[str]:
    return shown_matches(html, ASCII_MARK)


# Our own sentences, without a space anywhere, so that any space found is the admin's.
BODY = ("开发区召开年度经济工作会议。会议通报：去年全区实际利用外资完成8.2亿美元。"
        "会议要求，今年力争实际利用外资达到9亿美元，新建标准厂房20万平方米。")
TARGET, OUTCOME = "力争实际利用外资达到9亿美元", "实际利用外资完成8.2亿美元"


@pytest.fixture
def site_data():
    from articles.models import Article, DatePrecision, Document

    editor = User.objects.create_superuser("总编辑", password="一个很长的编辑口令")
    services.ensure_editor_group()
    document = Document.objects.create(name="开发区会议.txt", sha256="0" * 64,
                                       encoding="utf-8", raw_text=BODY)
    article = Article.objects.create(
        document=document, position=0, title="开发区召开年度经济工作会议", body=BODY,
        published_on=dt.date(2025, 1, 10), date_precision=DatePrecision.DAY,
        span_start=0, span_end=len(BODY))
    indicator = Indicator.objects.create(name="实际利用外资", unit="亿美元",
                                         unit_family="money", aliases=["利用外资"])
    Indicator.objects.create(name="标准厂房面积", unit="平方米", unit_family="area")

    def item(model, quote, **fields):
        start = BODY.index(quote)
        return model.objects.create(article=article, quote=quote, start=start,
                                    end=start + len(quote), indicator=indicator, unit="亿美元",
                                    period_text="今年", confidence=0.9, **fields)

    commitment = item(Commitment, TARGET, value=9, comparator="at_least",
                      period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 12, 31))
    evidence = item(Evidence, OUTCOME, value="8.2", period_start=dt.date(2024, 1, 1),
                    period_end=dt.date(2024, 12, 31))
    services.set_status(commitment=commitment, status=Status.IN_PROGRESS,
                        reason="去年的数字为基数", user=editor)
    services.link_evidence(commitment=commitment, evidence=evidence,
                           relation=Relation.BASELINE, note="去年", user=editor)
    # django-axes' records of logins, so that their pages are walked with a row each.
    visit = {"username": "总编辑", "ip_address": "192.0.2.8", "path_info": "/admin/login/",
             "user_agent": "Mozilla/5.0", "http_accept": "text/html"}
    AccessAttempt.objects.create(**visit, failures_since_start=2, get_data="",
                                 post_data="username=总编辑")
    AccessLog.objects.create(**visit)
    AccessFailureLog.objects.create(**visit, locked_out=True)
    return editor


def admin_pages() -> list[str]:
    """Every admin page of every registered model, and the site's own pages."""
    urls = [reverse("admin:index"), reverse("admin:password_change")]
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse("admin:app_list", args=[model._meta.app_label]),
                 reverse(f"{name}_changelist"), reverse(f"{name}_add")]
        obj = model.objects.order_by("pk").first()
        if obj is None:
            continue
        urls += [reverse(f"{name}_change", args=[obj.pk]),
                 reverse(f"{name}_history", args=[obj.pk]),
                 reverse(f"{name}_delete", args=[obj.pk])]
        history = getattr(model, "history", None)
        if history is not None and history.filter(id=obj.pk).exists():
            version = history.filter(id=obj.pk).first()
            urls.append(reverse(f"{name}_simple_history",
                                args=[obj.pk, version.history_id]))
    return urls


def action_pages(client) -> dict[str, str]:
    """The pages an action opens before it acts: a delete's confirmation, a merge's choice."""
    pages = {}
    for model, model_admin in admin.site._registry.items():
        obj = model.objects.order_by("pk").first()
        if obj is None:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for action in ("delete_selected", "merge_selected"):
            if action in model_admin.get_actions(client.request_for_actions):
                selected = model.objects.order_by("pk").values_list("pk", flat=True)[:2]
                response = client.post(url, {"action": action,
                                             "_selected_action": list(selected)})
                assert response.status_code == 200, (url, action)
                pages[f"{url} {action}"] = response.content.decode()
    return pages


def saved_pages(client) -> dict[str, str]:
    """The pages a save leads to, with the admin's message: "save and continue" on a change
    and on additions (a group's too), and "save and add another"."""
    commitment, indicator = Commitment.objects.first(), Indicator.objects.first()
    pages = {}
    for obj, button in ((commitment, "_continue"), (indicator, "_addanother")):
        url = change_url(obj)
        response = client.post(url, form_data(client.get(url), **{button: "1"}), follow=True)
        pages[f"{url} {button}"] = response.content.decode()
    for url, data in (
        (reverse("admin:tracker_indicator_add"),
         {"name": "新建标准厂房面积", "aliases": "", "topic": "other", "unit_family": "area",
          "unit": "平方米", "description": "", "_continue": "1"}),
        (reverse("admin:auth_group_add"), {"name": "审核组", "_continue": "1"}),
    ):
        response = client.post(url, data, follow=True)
        assert "”。你可以在下面再次编辑它。" in response.content.decode(), url
        pages[f"{url} saved"] = response.content.decode()
    return pages


def test_no_admin_page_shows_a_stray_space_an_ascii_mark_or_english_to_a_screen_reader(
        client, site_data, rf):
    pages = {reverse("admin:login"): client.get(reverse("admin:login")).content.decode()}
    client.force_login(site_data)
    pages.update(saved_pages(client))  # first, so that the histories walked hold the saves
    for url in admin_pages():
        response = client.get(url, follow=True)
        if response.status_code == 403:  # a page the admin offers no one (axes' "add")
            continue
        assert response.status_code == 200, url
        pages[url] = response.content.decode()
    client.request_for_actions = rf.get("/")
    client.request_for_actions.user = site_data
    pages.update(action_pages(client))
    assert len(pages) >= 60
    found = {url: stray_spaces(html) + ascii_marks(html) for url, html in pages.items()}
    assert {url: spaces for url, spaces in found.items() if spaces} == {}
    # (an icon's alt="True", the search box's alt="Search", a row's English name)
    english = {url: english_attributes(html) for url, html in pages.items()}
    assert {url: words for url, words in english.items() if words} == {}


def shown_lines(html: str) -> list[str]:
    parser = ShownText()
    parser.feed(html)
    return [" ".join(text.split()) for text in parser.texts]


@pytest.mark.parametrize("model", [Commitment, Evidence, Article, Indicator, Link])
def test_a_delete_page_and_the_delete_action_read_as_chinese(client, site_data, model):
    # An article of its own, with no commitment to protect it, so that its page asks.
    if model is Article:
        Article.objects.create(document=Article.objects.get().document, position=1,
                               title="开发区通报外资情况", body=BODY, span_start=0,
                               span_end=len(BODY))
    obj = model.objects.order_by("-pk").first()
    if model is Link:  # named by its quotes, as its admin loads them
        obj = Link.objects.select_related("commitment", "evidence").get(pk=obj.pk)
    name = model._meta.verbose_name
    client.force_login(site_data)
    prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    single = client.get(reverse(f"{prefix}_delete", args=[obj.pk]))
    bulk = client.post(reverse(f"{prefix}_changelist"),
                       {"action": "delete_selected", "_selected_action": [obj.pk]})
    for response, question in (
        (single, f"你确认想要删除{name}“{obj}”吗？下列所有相关的项目都将被删除："),
        (bulk, f"你确认想要删除所选的{name}吗？以下所有对象和与它们相关的条目都将被删除："),
    ):
        assert response.status_code == 200
        html = response.content.decode()
        lines = shown_lines(html)
        assert question in lines
        assert f"{name}：1" in lines  # the summary's count
        assert f"{name}：" in lines  # the list of what goes, each named by its kind
        assert "是的，我确定" in lines and "不，返回" in lines
        assert (stray_spaces(html), ascii_marks(html)) == ([], [])
        assert "欢迎，<strong>总编辑</strong>" in html and "</strong>." not in html
    if model in (Commitment, Evidence):  # and the link that goes with the item
        assert "关联：1" in shown_lines(single.content.decode())


def test_a_protected_articles_delete_page_names_what_protects_it_in_chinese(client,
                                                                         site_data):
    client.force_login(site_data)
    article = Article.objects.get()
    lines = shown_lines(client.get(reverse("admin:articles_article_delete",
                                           args=[article.pk])).content.decode())
    assert f"删除文章“{article}”将需要删除以下受保护的相关对象：" in lines
    assert "承诺：" in lines and "证据：" in lines


class Headings(HTMLParser):
    """The names a page gives its columns, filters, fieldsets, fields and actions."""

    TAGS = {"caption", "th", "h1", "h2", "h3", "summary", "label", "option"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.TAGS:
            self.open.append(tag)
            self.texts.append("")

    def handle_endtag(self, tag):
        if self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_data(self, data):
        if self.open:
            self.texts[-1] += data


def headings(html: str) -> list[str]:
    parser = Headings()
    parser.feed(html)
    return [text for text in (" ".join(t.split()) for t in parser.texts) if text]



COLUMNS = {
    AccessAttempt: ["尝试时间", "IP 地址", "浏览器标识", "用户名", "路径", "失败次数", "状态"],
    AccessLog: ["尝试时间", "注销时间", "IP 地址", "用户名", "浏览器标识", "路径"],
    AccessFailureLog: ["尝试时间", "IP 地址", "用户名", "浏览器标识", "路径", "已锁定"],
}
FILTERS = {
    AccessAttempt: ["尝试时间", "路径", "是否锁定"],
    AccessLog: ["尝试时间", "注销时间", "路径"],
    AccessFailureLog: ["尝试时间", "已锁定", "路径"],
}


@pytest.mark.parametrize("model", [AccessAttempt, AccessLog, AccessFailureLog])
def test_the_login_throttles_pages_name_their_columns_and_fields_in_chinese(client, site_data,
                                                                           model):
    client.force_login(site_data)
    prefix = f"admin:axes_{model._meta.model_name}"
    obj = model.objects.get()
    pages = [client.get(reverse(url, args=args)).content.decode() for url, args in (
        ("admin:index", []), ("admin:app_list", ["axes"]), (f"{prefix}_changelist", []),
        (f"{prefix}_change", [obj.pk]))]
    names = [name for page in pages for name in headings(page)]
    english = {word for name in names for word in re.findall(r"[A-Za-z]\w*", name)}
    assert english <= PROTOCOL_WORDS, names
    assert "登录限制" in names  # the app's name, on the index and its own page
    columns = COLUMNS[model]
    start = names.index(columns[0])
    assert names[start:start + len(columns)] == columns
    assert [f"按{column}" for column in FILTERS[model]] == [
        name for name in names if name.startswith("按")]
    if model is AccessAttempt:
        assert "还可尝试 3 次" in shown_lines(pages[2])  # 2 failures of 5


@pytest.mark.parametrize("model, title", [
    (AccessAttempt, "总编辑，192.0.2.8，2025-01-10 09:30:00"),
    (AccessLog, "总编辑，192.0.2.8，2025-01-10 09:30:00"),
    (AccessFailureLog, "总编辑，192.0.2.8，2025-01-10 09:30:00，已锁定"),
])
def test_a_login_record_is_named_in_chinese_on_its_pages(client, site_data, model, title):
    # axes names them "Attempted Access: <time>", "Access Log for 总编辑 @ <time>", "Failed
    # access: user 总编辑 locked out on <time> from 192.0.2.8".
    model.objects.update(attempt_time=dt.datetime(2025, 1, 10, 1, 30, tzinfo=dt.UTC))
    obj = model.objects.get()
    name = model._meta.verbose_name
    client.force_login(site_data)
    prefix = f"admin:axes_{model._meta.model_name}"
    change_link = f'<a href="{reverse(f"{prefix}_change", args=[obj.pk])}">{title}</a>'
    pages = {view: client.get(reverse(f"{prefix}_{view}", args=[obj.pk])).content.decode()
             for view in ("change", "history", "delete")}
    change = pages["change"]
    assert f"<title>{title} | 修改{name} | 政策承诺追踪</title>" in change
    assert f"<h2>{title}</h2>" in change
    assert f'<li aria-current="page">{title}</li>' in change  # the breadcrumbs
    assert f"变更历史：{title}" in shown_lines(pages["history"])
    assert change_link in pages["history"]
    delete = pages["delete"]
    assert f"你确认想要删除{name}“{title}”吗？下列所有相关的项目都将被删除：" in shown_lines(delete)
    assert f"{name}：{change_link}" in delete  # what goes
    assert f'<li><a href="{reverse(f"{prefix}_change", args=[obj.pk])}">{title}</a></li>' in (
        delete)  # the breadcrumbs
    listed = client.get(reverse(f"{prefix}_changelist")).content.decode()
    bulk = client.post(reverse(f"{prefix}_changelist"),
                       {"action": "delete_selected", "_selected_action": [obj.pk]})
    assert f"{name}：{change_link}" in bulk.content.decode()
    deleted = client.post(reverse(f"{prefix}_delete", args=[obj.pk]), {"post": "yes"},
                          follow=True)
    assert f"成功删除了{name}“{title}”。" in shown_lines(deleted.content.decode())
    assert LogEntry.objects.get(object_id=str(obj.pk)).object_repr == title
    for html in (*pages.values(), listed, bulk.content.decode(), deleted.content.decode()):
        assert str(obj) not in html and (stray_spaces(html), ascii_marks(html)) == ([], [])
    assert f'aria-label="选择“{title}”以执行操作"' in listed  # its checkbox


def test_the_admin_scripts_name_what_they_list_without_a_space(client, site_data):
    # The two lists of a group's permissions are titled by the admin's script from its
    # catalog: 可用的权限 and 选中的权限 (Django's read "可用 权限").
    client.force_login(site_data)
    # (the catalog's JSON escapes every non-ASCII character)
    catalog = re.sub(r"\\u([0-9a-f]{4})", lambda code: chr(int(code[1], 16)),
                     client.get(reverse("admin:jsi18n")).content.decode())
    assert '"Available %s": "可用的%s"' in catalog and '"Chosen %s": "选中的%s"' in catalog


def test_yes_no_icons_and_the_search_icon_are_named_in_chinese(client, site_data):
    # Django names them in English in code: alt="True", alt="False", alt="Search".
    client.force_login(site_data)
    users = client.get(reverse("admin:auth_user_changelist")).content.decode()
    failures = client.get(reverse("admin:axes_accessfailurelog_changelist")).content.decode()
    article = client.get(change_url(Article.objects.get())).content.decode()
    assert 'icon-yes.svg" alt="是"' in users  # a staff member, in the list
    assert 'icon-yes.svg" alt="是"' in failures  # a failure that locked out
    assert 'icon-no.svg" alt="否"' in article  # a title not edited, read-only on its page
    assert 'search.svg" alt="搜索"' in users
    for html in (users, failures, article):
        assert english_attributes(html) == []


def test_english_read_aloud_is_found():
    # The check itself: alt, title and aria-label, but no protocol word or given name.
    assert english_attributes('<img src="icon-yes.svg" alt="True"><img alt="是">'
                              '<a title="Search">搜索</a><input aria-label="选择“editor”">'
                              '<span title="IP 地址">') == [
        'img alt="True"', 'a title="Search"']


def admin_script_strings() -> list[str]:
    """What the admin's scripts (not the vendored ones) ask their catalog for, as the catalog
    keys it: gettext("…"), ngettext("…", "…", n) by its singular, pgettext("context", "…") as
    "context\x04…"; a string written in parts joined by + whole."""
    scripts = Path(django.contrib.admin.__file__).parent / "static" / "admin" / "js"
    literal = r'"(?:[^"\\]|\\.)*"'
    call = re.compile(rf"\b(n?gettext|pgettext)\(\s*((?:{literal}\s*[+,]?\s*)+)")
    keys = []
    for script in sorted(scripts.rglob("*.js")):
        if "vendor" in script.parts:
            continue
        for kind, arguments in call.findall(script.read_text()):
            strings = ["".join(json.loads(part) for part in re.findall(literal, argument))
                       for argument in re.split(r"(?<=\")\s*,\s*(?=\")", arguments.strip())]
            keys.append("\x04".join(strings[:2]) if kind == "pgettext" else strings[0])
    return keys


def test_every_string_the_admin_scripts_show_is_in_chinese(client, site_data):
    # Django 6.1's date picker labelled its links "Today (十二月 2, 2026)" for a screen reader
    # and headed the calendar's columns S M T W T F S; an action over unsaved edits asked in
    # English or in ASCII punctuation ("变更. 如果你进行别的动作, …").
    client.force_login(site_data)
    script = client.get(reverse("admin:jsi18n")).content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S)[1])
    keys = admin_script_strings()
    assert len(keys) > 60 and "Today (%(date)s)" in keys and "one letter Sunday\x04S" in keys
    untranslated = [key for key in keys if key not in catalog]
    assert untranslated == []
    shown = {key: text for key in keys
             for text in ([catalog[key]] if isinstance(catalog[key], str) else catalog[key])}
    placeholder = re.compile(r"%\(\w+\)s|%s")
    english = {key: text for key, text in shown.items()
               if re.search(r"[A-Za-z]", placeholder.sub("", text))}
    assert english == {}
    assert {key: text for key, text in shown.items()
            if ascii_marks(f"<p>{placeholder.sub('1', text)}</p>")} == {}
    assert catalog["Today (%(date)s)"] == "今天（%(date)s）"
    assert catalog["%(month)s %(day)s, %(year)s"] == "%(year)s年%(month)s%(day)s日"


def test_a_space_beside_full_width_punctuation_is_found():
    # The check itself, on strings of the kinds it must catch and let through.
    assert stray_spaces("<h1>变更历史： 总编辑</h1>") == ["变更历史： 总编辑"]
    assert stray_spaces("<p>你确认吗？ 下列项目</p>") == ["你确认吗？ 下列项目"]
    assert stray_spaces('<a title="选择 承诺 来修改">x</a>') == ["选择 承诺 来修改"]
    assert stray_spaces("<title>利用外资（基线） | 政策承诺追踪</title>") == []
    assert stray_spaces("<option>外资 —— 《会议》2025-01-10 · 2024年（今年） · 8亿美元</option>"
                        ) == []
    assert stray_spaces("<p>已将 3 条标为“已采纳”。</p><script>a = '： b'</script>") == []
    assert ascii_marks("<li>承诺: 1</li><label>标题:</label><p>你确认吗 ?</p>") == [
        "承诺: 1", "标题:", "你确认吗 ?"]
    assert ascii_marks("<p>承诺：1</p><p>10:30 · GB18030, UTF-8</p>") == []


def test_a_history_reads_each_change_as_field_colon_old_arrow_new(client, site_data):
    # A full-width colon after the field's name (it read "状态: 待评估 →  推进中"), one space
    # each side of the arrow, and an empty value named: "状态理由：（空） → 去年的数字为基数".
    client.force_login(site_data)
    html = client.get(reverse("admin:tracker_commitment_history",
                              args=[Commitment.objects.get().pk])).content.decode()
    assert "<strong>状态：</strong>待评估&nbsp;&rarr;&nbsp;推进中" in html
    assert "<strong>状态理由：</strong>（空）&nbsp;&rarr;&nbsp;去年的数字为基数" in html


def test_a_page_refusing_a_form_says_so_in_its_title_without_a_stray_space(client, site_data):
    # Django's templates put a space after "Error:": "错误： 力争… | 修改承诺 | 政策承诺追踪".
    refused = client.post(reverse("admin:login"), {"username": "总编辑", "password": "不对"})
    assert "<title>错误 | 登录 | 政策承诺追踪</title>" in refused.content.decode()
    client.force_login(site_data)
    url = change_url(Commitment.objects.get())
    refused = client.post(url, form_data(client.get(url), value="多", _continue="1"))
    html = refused.content.decode()
    assert f"<title>错误 | {TARGET} | 修改承诺 | 政策承诺追踪</title>" in html
    assert (stray_spaces(html), ascii_marks(html)) == ([], [])


def test_a_value_with_too_many_decimals_is_refused_in_chinese_sentences(client, site_data):
    # Django's Chinese ended this error in an ASCII full stop ("确认小数不超过 6 位.").
    client.force_login(site_data)
    url = change_url(Commitment.objects.get())
    response = client.post(url, form_data(client.get(url), value="9.1234567", _continue="1"))
    assert response.context["adminform"].form.errors["value"] == ["请确认小数不超过 6 位。"]
