"""Settings for the commitment tracker: one module, every value from the environment.

Development: ``DEBUG=1`` (the README's run command sets it) gives a local SQLite database and
a throwaway secret key. Production: ``DEBUG`` is off unless asked, and the site refuses to
start without a real ``SECRET_KEY``.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


# A mistyped value stops the site with one line naming the variable: read as "off", a typo in
# SECURE_SSL_REDIRECT or SECURE_HSTS_PRELOAD would silently weaken the production settings.
YES, NO = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if value == "":
        return default
    if value not in YES | NO:
        raise ImproperlyConfigured(
            f"{name}={os.environ[name]!r} is neither yes nor no: use 1 or 0 "
            "(true/false, yes/no, on/off)."
        )
    return value in YES


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if value == "":
        return default
    if not value.isascii() or not value.isdigit():
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number (0 or more).")
    return int(value)


def env_choice(name: str, choices: tuple[str, ...]) -> str:
    """The variable's value, one of ``choices`` (the first when unset)."""
    value = os.environ.get(name, "").strip().lower() or choices[0]
    if value not in choices:
        raise ImproperlyConfigured(
            f"{name}={os.environ[name]!r} is not one of {', '.join(choices)}."
        )
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment (a long random string), "
            "or set DEBUG=1 for a local development run."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "simple_history",
    "tracker.apps.AxesConfig",  # django-axes, named in Chinese
    "articles",
    "tracker",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tracker.middleware.WrittenPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # No LocaleMiddleware: the site is in Chinese only (LANGUAGE_CODE), so the language is
    # never read from the browser. It cost every request a walk of Django's hundred
    # languages, and made DRF's and the admin's messages follow the browser's language
    # while the pages and the API's own messages stay Chinese.
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tracker.middleware.LazyMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it throttles admin logins per account and address.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # A connection kept for a minute: opening one costs more than most pages' queries
        # (~10 ms on PostgreSQL); health checks replace one the server has closed meanwhile.
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # The site runs short queries: PostgreSQL's JIT compilation (on by default) cost more than
    # it saved on them (0.8 s of a 1.9 s scorecard query at 100,000 commitments).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
# The few messages of Django's Chinese that the site words otherwise (locale/zh_Hans).
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
# Files a browser asks for at the site's root (favicon.ico, which every first visit requests,
# admin pages and feeds included), served by whitenoise as they are.
WHITENOISE_ROOT = BASE_DIR / "root_files"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# The public side is read-only; the API answers GET from anywhere.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_URLS_REGEX = r"^/api/.*$"

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Commitment tracker API",
    "DESCRIPTION": (
        "Read-only access to commitments, evidence, links, indicators, articles and documents."
    ),
    "VERSION": "1",
    # status and suggested_status share one set of choices: name it once.
    "ENUM_NAME_OVERRIDES": {"StatusEnum": "tracker.models.Status"},
    # Read-only API: one component per record, no separate "request" variants.
    "COMPONENT_SPLIT_REQUEST": False,
}

# Admin login throttling (django-axes): lock an account+address pair after 5 failures for 1 hour.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# Behind a reverse proxy every request comes from the proxy's address: set TRUSTED_PROXY_COUNT
# to the number of proxies in front of gunicorn so that the client's own address (from
# X-Forwarded-For) is the one throttled.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

# Production security (docs: README "Deploying"). Pages carry no inline script or style, so
# the Content-Security-Policy allows only this site's own files. In development (DEBUG=1) the
# same policy is report-only: the browser console shows violations, Django's debug pages work.
CONTENT_SECURITY_POLICY = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if DEBUG:
    SECURE_CSP_REPORT_ONLY = CONTENT_SECURITY_POLICY
else:
    SECURE_CSP = CONTENT_SECURITY_POLICY
    # Behind a TLS-terminating proxy: SECURE_SSL_REDIRECT=0 if the proxy redirects itself,
    # and SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto if it sets that header (and strips a
    # client's own), so that Django knows the request came over HTTPS.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    if os.environ.get("SECURE_PROXY_SSL_HEADER"):
        header = os.environ["SECURE_PROXY_SSL_HEADER"].strip().upper().replace("-", "_")
        SECURE_PROXY_SSL_HEADER = (f"HTTP_{header}", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# Unreviewed machine suggestions on the public site: "mark" shows them labelled
# "machine-extracted, unreviewed"; "hide" leaves them out. Rejected items never show.
PUBLIC_UNREVIEWED = env_choice("PUBLIC_UNREVIEWED", ("mark", "hide"))

# The home page's counts of every visible commitment are kept this many seconds (0: counted
# on every request); the page says when they were counted. Each process keeps its own copy
# (Django's default local-memory cache), so no cache server is needed.
SCORECARD_CACHE_SECONDS = env_int("SCORECARD_CACHE_SECONDS", 60)
# A search's results (the same words, whatever their spacing) are kept this many seconds
# (0: searched on every request), per process as above.
SEARCH_CACHE_SECONDS = env_int("SEARCH_CACHE_SECONDS", 60)

LOG_LEVEL = env_choice("LOG_LEVEL", ("warning", "debug", "info", "error", "critical")).upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}
