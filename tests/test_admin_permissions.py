"""A user's and a group's permissions, as an administrator picks them, read in Chinese: Django
stores them as "Can add 承诺" and lists them as "承诺追踪 | 承诺 | Can add 承诺"."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from tracker import services

from .test_admin import form_data
from .test_admin_spacing import ascii_marks, shown_lines, stray_spaces

pytestmark = pytest.mark.django_db


class SelectOptions(HTMLParser):
    """The options of the <select> named ``name``."""

    def __init__(self, name: str):
        super().__init__(convert_charrefs=True)
        self.name, self.inside, self.options = name, False, []

    def handle_starttag(self, tag, attrs):
        if tag == "select":
            self.inside = dict(attrs).get("name") == self.name
        elif tag == "option" and self.inside:
            self.options.append("")

    def handle_endtag(self, tag):
        if tag == "select":
            self.inside = False

    def handle_data(self, data):
        if self.inside and self.options:
            self.options[-1] += data


def options(html: str, name: str) -> list[str]:
    parser = SelectOptions(name)
    parser.feed(html)
    return [" ".join(option.split()) for option in parser.options]


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("管理员", password="一个很长的管理员口令"))
    return client


@pytest.mark.parametrize("model", [Group, User])
def test_a_groups_and_a_users_permissions_are_named_in_chinese(admin_client, model):
    obj = services.ensure_editor_group() if model is Group else User.objects.get()
    field = "permissions" if model is Group else "user_permissions"
    url = reverse(f"admin:auth_{model._meta.model_name}_change", args=[obj.pk])
    labels = options(admin_client.get(url).content.decode(), field)
    assert len(labels) == Permission.objects.count()
    assert [label for label in labels if "Can " in label or "historical" in label] == []
    # the app's and the model's names as the admin shows them, then the right
    assert {"承诺追踪 | 承诺 | 可增加承诺", "承诺追踪 | 证据 | 可修改证据",
            "承诺追踪 | 关联 | 可删除关联", "文章 | 文章 | 可查看文章",
            "承诺追踪 | 承诺的历史记录 | 可查看承诺的历史记录",
            "认证和授权 | 组 | 可修改组", "登录限制 | 登录尝试 | 可删除登录尝试"} <= set(labels)


def test_a_custom_permissions_name_is_kept(admin_client):
    # One not of the four Django makes: its name is the one it was given.
    from django.contrib.contenttypes.models import ContentType

    from tracker.models import Commitment

    Permission.objects.create(codename="publish_commitment", name="可发布承诺",
                              content_type=ContentType.objects.get_for_model(Commitment))
    url = reverse("admin:auth_group_change", args=[services.ensure_editor_group().pk])
    labels = options(admin_client.get(url).content.decode(), "permissions")
    assert "承诺追踪 | 承诺 | 可发布承诺" in labels


@pytest.mark.parametrize("model", [Group, User])
def test_a_permission_picked_by_its_chinese_name_is_saved(admin_client, model):
    obj = Group.objects.create(name="审核组") if model is Group else User.objects.get()
    field = "permissions" if model is Group else "user_permissions"
    url = reverse(f"admin:auth_{model._meta.model_name}_change", args=[obj.pk])
    page = admin_client.get(url)
    picked = Permission.objects.get(codename="change_evidence")
    data = form_data(page, **{field: [str(picked.pk)]})
    if model is User:  # a user's dates are typed as a date and a time
        data |= {"date_joined_0": "2025-01-10", "date_joined_1": "09:00:00",
                 "last_login_0": "", "last_login_1": ""}
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert list(getattr(obj, field).all()) == [picked]



@pytest.mark.parametrize("model", [Group, User])
def test_a_users_or_groups_delete_page_names_its_groups_and_permissions(admin_client, model):
    # Django named them by their joining table: "Group-permission关系：Group_permissions
    # object (4)", and counted "Group-permission关系：17".
    group = services.ensure_editor_group()
    if model is Group:
        obj, kinds = group, {"组的权限": group.permissions.count()}
    else:
        obj = User.objects.create_user("编辑甲", password="一个很长的编辑口令")
        obj.groups.add(group)
        obj.user_permissions.add(Permission.objects.get(codename="view_indicator"))
        kinds = {"用户的组": 1, "用户的权限": 1}
    prefix = f"admin:auth_{model._meta.model_name}"
    pages = [admin_client.get(reverse(f"{prefix}_delete", args=[obj.pk])),
             admin_client.post(reverse(f"{prefix}_changelist"),
                               {"action": "delete_selected", "_selected_action": [obj.pk]})]
    for page in pages:
        lines = shown_lines(page.content.decode())
        assert [line for line in lines if "object" in line or "关系" in line] == []
        for kind, count in kinds.items():
            assert f"{kind}：{count}" in lines  # the summary
        if model is Group:
            assert "组的权限：承诺追踪 | 承诺 | 可修改承诺" in lines
        else:
            assert "用户的组：editor" in lines
            assert "用户的权限：承诺追踪 | 指标 | 可查看指标" in lines


@pytest.mark.parametrize("model", [Group, User])
def test_a_users_or_groups_list_offers_its_actions_under_a_chinese_blank(admin_client, model):
    page = admin_client.get(reverse(f"admin:auth_{model._meta.model_name}_changelist"))
    assert options(page.content.decode(), "action")[0] == "—— 请选择 ——"


def test_a_users_password_page_warns_in_chinese(admin_client):
    # Django 6.1 appends "If disabled, the current password for this user will be lost." to
    # the help of "使用密码认证" in English, out of its catalog.
    user = User.objects.get()
    url = reverse("admin:auth_user_password_change", args=[user.pk])
    for page in (admin_client.get(url),
                 admin_client.post(url, {"usable_password": "true", "password1": "一",
                                         "password2": "二"})):
        lines = shown_lines(page.content.decode())
        assert "如果禁用，这个用户现在的密码将会丢失。" in lines
        assert [line for line in lines if "disabled" in line] == []


def test_the_page_after_logging_out_is_named_in_chinese(admin_client):
    html = admin_client.post(reverse("admin:logout")).content.decode()
    assert "<title>登出 | 政策承诺追踪</title>" in html
    assert '<li aria-current="page">登出</li>' in html  # its crumb, as its title names it
    assert "Logout" not in shown_lines(html)


def test_a_users_and_a_groups_history_names_the_fields_changed_in_chinese(admin_client):
    # It read "已修改Name 和 权限。": the labels capitalised in English, and Django's list
    # joined with spaces around 和.
    group = Group.objects.create(name="审核组")
    url = reverse("admin:auth_group_change", args=[group.pk])
    admin_client.post(url, form_data(admin_client.get(url), name="复核组",
                                     permissions=[str(Permission.objects.first().pk)]))
    user = User.objects.create_user("编辑乙", password="一个很长的编辑口令")
    url = reverse("admin:auth_user_change", args=[user.pk])
    admin_client.post(url, form_data(admin_client.get(url), first_name="乙", last_name="王",
                                     email="yi@example.org", is_active="", is_staff="on",
                                     date_joined_0="2025-01-10", date_joined_1="09:00:00",
                                     last_login_0="", last_login_1=""))
    changes = {Group: "已修改名称和权限。",
               User: "已修改名字，姓氏，电子邮件地址，有效，工作人员状态和加入日期。"}
    for model, obj in ((Group, group), (User, user)):
        url = reverse(f"admin:auth_{model._meta.model_name}_history", args=[obj.pk])
        html = admin_client.get(url).content.decode()
        assert changes[model] in shown_lines(html)
        assert (stray_spaces(html), ascii_marks(html)) == ([], [])
