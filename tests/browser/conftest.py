"""Playwright driving Debian's chromium against Django's live server.

Browsers cannot be downloaded here (`playwright install` fails), so Chromium is the Debian
package at /usr/bin/chromium (override with CHROMIUM_PATH). Every test here is marked
``browser``; they run in the normal suite on both databases.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run in a
# thread with a running loop unless told that it is safe (it is: the loop is Playwright's).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# The README's screenshots are refreshed only when asked (SCREENSHOTS_DIR=docs/screenshots);
# otherwise a test run leaves the working tree as it found it.
SCREENSHOTS_DIR = os.environ.get("SCREENSHOTS_DIR")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _plain_http_live_server():
    # The live server (session-scoped) loads its middleware before any function-scoped
    # settings fixture runs, so the HTTPS redirect must be off for the whole session here.
    from django.test.utils import override_settings

    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="tracker-chromium-")
    args = [
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ]
    if os.geteuid() == 0:
        args.append("--no-sandbox")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        try:
            yield launched
        finally:
            launched.close()
            shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(locale="zh-CN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.base_url = live_server.url  # tests build URLs from this
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def screenshot(tmp_path_factory):
    """Save a full-page screenshot as NAME.png: under $SCREENSHOTS_DIR (the README's
    docs/screenshots when refreshing them), else in a temporary folder."""
    folder = Path(SCREENSHOTS_DIR) if SCREENSHOTS_DIR else tmp_path_factory.mktemp("screenshots")

    def take(page, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
