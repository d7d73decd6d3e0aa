"""The production configuration: `check --deploy` is clean, security headers are sent, pages
carry nothing a strict Content-Security-Policy would block, and gunicorn serves the site with
its static files through whitenoise."""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib import admin, messages
from django.contrib.auth.models import User
from django.http import HttpResponse
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.csp import CSP

from tracker.middleware import LazyMessageMiddleware, WrittenPolicyMiddleware

ROOT = Path(__file__).resolve().parent.parent


def production_env(**extra: str) -> dict[str, str]:
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE belongs to the test process, not to a
    # deployment: Django's deploy check rightly refuses it.
    dropped = {"DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(DEBUG="0", SECRET_KEY=secrets.token_urlsafe(60), ALLOWED_HOSTS="example.org")
    env.update(extra)
    return env


def manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- configuration -------------

def test_check_deploy_prints_no_warning():
    result = manage("check", "--deploy", env=production_env())
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr
    assert result.stderr.strip() == ""


def test_check_deploy_is_clean_behind_a_tls_proxy():
    env = production_env(SECURE_SSL_REDIRECT="0", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto")
    result = manage("check", "--deploy", env=env)
    # Django warns (security.W008) when nothing redirects to HTTPS; behind a proxy that does
    # the redirect, that one warning is expected and documented, and it is the only one.
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.findall(r"\((security\.[WE]\d+)\)", output) == ["security.W008"], output


def test_production_refuses_to_start_without_secret_key():
    env = production_env()
    del env["SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0, result.stderr  # one line, no traceback
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SECURE_SSL_REDIRECT", "ture", "SECURE_SSL_REDIRECT='ture' is neither yes nor no"),
        ("SEARCH_CACHE_SECONDS", "1m", "SEARCH_CACHE_SECONDS='1m' is not a whole number"),
        ("SECURE_HSTS_SECONDS", "-1", "SECURE_HSTS_SECONDS='-1' is not a whole number"),
        ("PUBLIC_UNREVIEWED", "hidden", "PUBLIC_UNREVIEWED='hidden' is not one of mark, hide"),
        ("LOG_LEVEL", "verbose", "LOG_LEVEL='verbose' is not one of"),
    ],
)
def test_a_mistyped_setting_stops_with_one_line_naming_it(variable, value, message):
    # Read as "off" or as the default, a typo would silently weaken the production settings
    # (or show what an operator meant to hide); a traceback would bury which variable it was.
    result = manage("check", env=production_env(**{variable: value}))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert message in result.stderr


def settings_read(env: dict[str, str], *names: str) -> list[str]:
    """The named settings as a process started with ``env`` reads them."""
    shown = ", ".join(f"settings.{name}" for name in names)
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings;"
         f" print({shown})"],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "tracker.settings"},
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_settings_read_yes_no_words_and_numbers_as_written():
    env = production_env(SECURE_SSL_REDIRECT="Off", SECURE_HSTS_PRELOAD="no",
                         SCORECARD_CACHE_SECONDS=" 0 ", PUBLIC_UNREVIEWED="Hide", LOG_LEVEL="info")
    assert settings_read(env, "SECURE_SSL_REDIRECT", "SECURE_HSTS_PRELOAD",
                         "SCORECARD_CACHE_SECONDS", "PUBLIC_UNREVIEWED", "LOG_LEVEL") == [
        "False", "False", "0", "hide", "INFO"]


def test_debug_is_off_unless_asked():
    assert settings_read(production_env(), "DEBUG", "SECURE_SSL_REDIRECT",
                         "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS") == [
        "False", "True", "True", "True", "31536000"]


# ---------------------------------------------------------------- headers -------------------

@pytest.mark.django_db
def test_responses_carry_the_security_headers(client):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response.cookies["csrftoken"]["secure"] is True


@pytest.mark.django_db
def test_header_names_are_plain_strings_as_a_wsgi_server_requires(client):
    # wsgiref (runserver, the browser tests' live server) refused the policy's header named
    # by an enum member: every page was a server error there.
    for url in ("/", "/api/", "/admin/login/"):
        names = [name for name, _value in client.get(url, secure=True).items()]
        assert "Content-Security-Policy" in names
        assert all(type(name) is str for name in names), url


@pytest.mark.django_db
def test_the_policy_sent_follows_the_setting(client, rf, settings):
    """The policy is written out once (tracker.middleware), not kept past a change of it."""
    sent = client.get("/api/")["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in sent
    settings.SECURE_CSP = {"default-src": [CSP.SELF], "img-src": [CSP.SELF, "data:"]}
    assert client.get("/api/")["Content-Security-Policy"] == (
        "default-src 'self'; img-src 'self' data:")
    # A policy with a nonce: each response's own, for a page that used it.
    settings.SECURE_CSP = {"script-src": [CSP.SELF, CSP.NONCE]}
    assert client.get("/api/")["Content-Security-Policy"] == "script-src 'self'"  # unused
    middleware = WrittenPolicyMiddleware(lambda request: HttpResponse(""))
    sent = []
    for request in (rf.get("/"), rf.get("/")):
        middleware.process_request(request)
        nonce = str(request._csp_nonce)  # as a template using it does
        policy = middleware.process_response(request, HttpResponse(""))[CSP.HEADER_ENFORCE]
        assert policy == f"script-src 'self' 'nonce-{nonce}'"
        sent.append(policy)
    assert sent[0] != sent[1]


@pytest.mark.django_db
def test_a_message_is_kept_for_the_next_page(rf):
    """The message storage is made when first used (tracker.middleware) and still saved."""
    def view(request):
        messages.info(request, "已保存。")
        return HttpResponse("")

    request = rf.get("/")
    request.session = {}
    response = LazyMessageMiddleware(view)(request)
    later = rf.get("/")
    later.COOKIES = {name: morsel.value for name, morsel in response.cookies.items()}
    later.session = request.session
    LazyMessageMiddleware(lambda r: HttpResponse(""))(later)
    assert [str(m) for m in messages.get_messages(later)] == ["已保存。"]


@pytest.mark.django_db
def test_session_cookie_is_secure_and_http_only(client):
    User.objects.create_user("editor", password="a-long-correct-passphrase-42", is_staff=True)
    response = client.post("/admin/login/?next=/admin/", secure=True,
                           data={"username": "editor",
                                 "password": "a-long-correct-passphrase-42"})
    assert response.status_code == 302
    cookie = response.cookies["sessionid"]
    assert cookie["secure"] is True and cookie["httponly"] is True


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True  # production default; conftest turns it off for tests
    response = client.get("/admin/login/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


# ---------------------------------------------------------------- no inline code ------------

class InlineCodeFinder(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block: inline scripts, <style>
    blocks, style="" attributes, on*="" handlers and javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            kind = (attributes.get("type") or "text/javascript").lower()
            data_only = kind in {"application/json", "application/ld+json"}
            self._in_inline_script = "src" not in attributes and not data_only
        if tag == "style":
            self.problems.append("<style> block")
        for name, value in attrs:
            if name == "style":
                self.problems.append(f'<{tag} style="{value}">')
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                    "javascript:"):
                self.problems.append(f"<{tag} {name}=javascript:…>")

    def handle_data(self, data):
        if self._in_inline_script and data.strip():
            self.problems.append(f"inline <script>: {data.strip()[:60]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False


def inline_code(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.problems


def test_inline_code_finder_finds_what_the_policy_blocks():
    assert inline_code('<script>alert(1)</script><p style="color:red" onclick="x()">') == [
        "inline <script>: alert(1)", '<p style="color:red">', "<p onclick=…>"]
    assert inline_code('<script src="/static/a.js"></script>'
                       '<script type="application/ld+json">{"a": 1}</script>') == []


def admin_pages() -> list[str]:
    pages = ["/admin/", "/admin/password_change/"]
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages.append(reverse(f"{prefix}_changelist"))
        pages.append(reverse(f"{prefix}_add"))
    return pages


def public_pages() -> list[str]:
    """Every page of the site whose URL takes no argument, outside the admin."""
    found: list[str] = []

    def walk(patterns, prefix: str, namespace: str | None) -> None:
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if entry.app_name == "admin":
                    continue
                ns = entry.namespace or namespace
                walk(entry.url_patterns, prefix + str(entry.pattern), ns)
            elif isinstance(entry, URLPattern) and entry.name and not entry.pattern.converters \
                    and "(?P<" not in str(entry.pattern) and "<" not in str(entry.pattern):
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                try:
                    found.append(reverse(name))
                except Exception:  # a regex pattern reverse() cannot fill; skip it
                    continue

    walk(get_resolver().url_patterns, "", None)
    return sorted(set(found))


@pytest.mark.parametrize("method", ["get", "head"])
def test_the_site_has_an_icon_at_its_root(client, method):
    # Every browser asks for /favicon.ico on its first page of a site, admin pages included:
    # a 404 there was an error in the console and a line in the log.
    response = getattr(client, method)("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    if method == "get":
        assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")


@pytest.mark.django_db
def test_admin_pages_carry_no_inline_code(client):
    client.get("/admin/login/", secure=True)
    login_page = client.get("/admin/login/", secure=True).content.decode()
    assert inline_code(login_page) == []
    client.force_login(User.objects.create_superuser("root", password="x" * 20))
    for url in admin_pages():
        response = client.get(url, secure=True, follow=True)
        # 403: an admin that allows no adding by hand (django-axes' access attempts).
        assert response.status_code in (200, 403), url
        assert inline_code(response.content.decode()) == [], url


@pytest.mark.django_db
def test_public_pages_carry_no_inline_code(client):
    for url in public_pages():
        response = client.get(url, secure=True)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        assert inline_code(response.content.decode()) == [], url


# ---------------------------------------------------------------- gunicorn ------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Host": "example.org",
                                                   "X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def test_gunicorn_serves_the_site_and_whitenoise_its_static_files(tmp_path):
    port = free_port()
    env = production_env(
        STATIC_ROOT=str(tmp_path / "static"), GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1", SECURE_SSL_REDIRECT="0", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", GUNICORN_ACCESS_LOG="",
    )
    collected = manage("collectstatic", "--noinput", env=env)
    assert collected.returncode == 0, collected.stderr
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, headers, body = fetch(f"http://127.0.0.1:{port}/admin/login/")
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "gunicorn did not start in 30 s"
                time.sleep(0.2)
        assert status == 200
        assert "Content-Security-Policy" in headers
        assert "Strict-Transport-Security" in headers
        html = body.decode()
        # The stylesheet is the hashed name from collectstatic's manifest, served with a
        # long cache lifetime by whitenoise.
        start = html.index('href="/static/admin/css/base.')
        href = html[start + 6: html.index('"', start + 6)]
        assert href != "/static/admin/css/base.css"
        status, headers, _ = fetch(f"http://127.0.0.1:{port}{href}")
        assert status == 200
        assert "max-age=315360000" in headers.get("Cache-Control", "")
        status, headers, body = fetch(f"http://127.0.0.1:{port}/favicon.ico")
        assert status == 200 and body.startswith(b"\x00\x00\x01\x00")  # an ICO file
        # A host not in ALLOWED_HOSTS is refused with a 400, never served.
        bad_host = urllib.request.Request(f"http://127.0.0.1:{port}/admin/login/",
                                          headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(bad_host, timeout=10)
        assert refused.value.code == 400
        refused.value.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
