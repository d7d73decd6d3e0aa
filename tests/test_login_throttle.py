"""Admin login throttling (django-axes): 5 bad passwords lock that account from that address."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

pytestmark = [pytest.mark.django_db, pytest.mark.login_throttle]

LOGIN = "/admin/login/?next=/admin/"
PASSWORD = "a-long-correct-passphrase-42"


@pytest.fixture
def editors() -> list[User]:
    return [
        User.objects.create_user(name, password=PASSWORD, is_staff=True)
        for name in ("editor-a", "editor-b")
    ]


def attempt(client, username: str, password: str, address: str):
    return client.post(LOGIN, {"username": username, "password": password},
                       REMOTE_ADDR=address)


def logged_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def fail_five_times(client, username: str, address: str) -> None:
    statuses = [attempt(client, username, "wrong-password", address).status_code
                for _ in range(5)]
    # The login form again, with its error, four times; the fifth failure locks the pair.
    assert statuses == [200, 200, 200, 200, 429]


def test_right_password_logs_in(client, editors):
    assert logged_in(attempt(client, "editor-a", PASSWORD, "10.0.0.1"))


def test_sixth_attempt_is_locked_out_even_with_the_right_password(client, editors):
    fail_five_times(client, "editor-a", "10.0.0.1")
    response = attempt(client, "editor-a", PASSWORD, "10.0.0.1")
    assert response.status_code == 429
    assert "登录已暂停" in response.content.decode()
    assert not logged_in(response)
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock(client, editors):
    for _ in range(4):
        attempt(client, "editor-a", "wrong-password", "10.0.0.1")
    assert logged_in(attempt(client, "editor-a", PASSWORD, "10.0.0.1"))


def test_lockout_spares_the_same_account_from_another_address(client, editors):
    fail_five_times(client, "editor-a", "10.0.0.1")
    assert logged_in(attempt(client, "editor-a", PASSWORD, "10.0.0.2"))


def test_lockout_spares_another_account_from_the_same_address(client, editors):
    fail_five_times(client, "editor-a", "10.0.0.1")
    assert logged_in(attempt(client, "editor-b", PASSWORD, "10.0.0.1"))


def test_administrator_can_lift_a_lockout(client, editors):
    fail_five_times(client, "editor-a", "10.0.0.1")
    call_command("axes_reset_username", "editor-a", stdout=io.StringIO())
    assert logged_in(attempt(client, "editor-a", PASSWORD, "10.0.0.1"))


def test_forwarded_address_is_throttled_behind_a_trusted_proxy(client, editors, settings):
    # With TRUSTED_PROXY_COUNT=1 the address throttled is the client's, from X-Forwarded-For,
    # not the proxy's (every request comes from 127.0.0.1 behind nginx).
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
    for _ in range(5):
        client.post(LOGIN, {"username": "editor-a", "password": "wrong"},
                    REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7, 127.0.0.1")
    locked = client.post(LOGIN, {"username": "editor-a", "password": PASSWORD},
                         REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7, 127.0.0.1")
    assert locked.status_code == 429
    other_client = client.post(LOGIN, {"username": "editor-a", "password": PASSWORD},
                               REMOTE_ADDR="127.0.0.1",
                               HTTP_X_FORWARDED_FOR="198.51.100.9, 127.0.0.1")
    assert logged_in(other_client)


def test_administrator_clears_expired_attempts_from_the_admin_in_chinese(client, editors):
    fail_five_times(client, "editor-a", "10.0.0.1")
    attempt(client, "editor-b", "wrong-password", "10.0.0.2")
    client.force_login(User.objects.create_superuser("chief", password=PASSWORD))
    # (a login clears what has expired by then:) editor-a's lockout has since outlived its
    # hour; editor-b's failure is recent
    AccessAttempt.objects.filter(username="editor-a").update(
        attempt_time=timezone.now() - dt.timedelta(hours=2))
    response = client.post(reverse("admin:axes_accessattempt_changelist"),
                           {"action": "cleanup_expired_attempts",
                            "_selected_action": list(AccessAttempt.objects.values_list(
                                "pk", flat=True))}, follow=True)
    assert [str(m) for m in response.context["messages"]] == ["清除了 1 条已过期的登录尝试。"]
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["editor-b"]
