"""Shared fixtures. Every database test runs on SQLite and on PostgreSQL (scripts/run_tests.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def is_postgres() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Production serves hashed files from collectstatic's manifest; tests do not collect.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _http_test_requests(settings):
    # Tests run with the production settings (DEBUG off); the test client and the live server
    # speak plain HTTP, so the HTTPS redirect is off here. tests/test_deploy.py checks it.
    settings.SECURE_SSL_REDIRECT = False


@pytest.fixture(autouse=True)
def _login_throttle_only_where_tested(request, settings):
    # django-axes refuses authenticate() without a request, which the test client's login()
    # does not pass. Browser tests log in through the real form and keep it on, as do the
    # tests marked login_throttle (tests/test_login_throttle.py).
    markers = {marker.name for marker in request.node.iter_markers()}
    if not markers & {"login_throttle", "browser"}:
        settings.AXES_ENABLED = False


@pytest.fixture(autouse=True)
def _empty_cache():
    # Each test builds its own data: counts kept by an earlier test (the home page's
    # scorecard, tracker.views.scorecard) must not show in it.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
