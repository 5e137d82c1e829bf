"""Django settings, read from the environment (see ``portal.env`` for the helpers).

Environment variables:

- ``POLICYGUARD_DEBUG`` (default true): the embedded demo runs in debug mode; a
  production deployment sets it to false and must then give a secret key.
- ``POLICYGUARD_SECRET_KEY`` or ``POLICYGUARD_SECRET_KEY_FILE``: required unless debug.
- ``POLICYGUARD_ALLOWED_HOSTS``: comma-separated host names (default: localhost only).
- ``DATABASE_URL``: ``postgres://user:password@host:port/name`` selects PostgreSQL;
  unset means SQLite at ``$POLICYGUARD_DATA_DIR/policyguard.sqlite3``.
- ``POLICYGUARD_DATA_DIR`` (default ``./var``): where the embedded database lives.
- ``POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR`` (default 10): review requests the public
  block page takes from one address in an hour (more get "429 Too Many Requests").
- ``POLICYGUARD_API_IMPORTS_PER_HOUR`` (default 60): attendance and device-check imports
  one API user may make in an hour (then 429).
- ``POLICYGUARD_SITE_URL`` (default ``http://127.0.0.1:8000``): the portal's address as
  people open it; e-mails link to pages under it.
- ``POLICYGUARD_SCHEDULER_INTERVAL`` (default 30): seconds between the worker's checks
  for due scheduled jobs.
- ``POLICYGUARD_CLIENT_IP_HEADER``: behind a reverse proxy, the request header carrying
  the client's address as Django names it (e.g. ``HTTP_X_REAL_IP``); unset means the
  connection's own address.
"""

from __future__ import annotations

from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from portal.env import (
    database_from_url,
    env_bool,
    env_int,
    env_list,
    env_secret,
    env_str,
    proxy_ssl_header,
)
from portal.generics import allow_subscripting

allow_subscripting()

BASE_DIR = Path(__file__).resolve().parent

DEBUG = env_bool("POLICYGUARD_DEBUG", True)

_secret = env_secret("POLICYGUARD_SECRET_KEY")
if _secret is None:
    if not DEBUG:
        raise ImproperlyConfigured(
            "POLICYGUARD_SECRET_KEY (or POLICYGUARD_SECRET_KEY_FILE) must be set when "
            "POLICYGUARD_DEBUG is false; generate one with: python -c "
            "'import secrets; print(secrets.token_urlsafe(50))'"
        )
    # Only ever used in debug mode, on a developer's machine.
    _secret = "policyguard-development-key-not-for-production-use-0123456789"
SECRET_KEY = _secret

ALLOWED_HOSTS = env_list("POLICYGUARD_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("POLICYGUARD_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
    "django_filters",
    "django_tables2",
    "portal.audit",
    "portal.organisations",
    "portal.people",
    "portal.decisions",
    "portal.apitokens",
    "portal.officialaccounts",
    "portal.moderation",
    "portal.consent",
    "portal.monitoring",
    "django_tasks",
    "django_tasks_db",
    "portal.jobs",
    "portal.cases",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "portal.accounts",
    "portal.notifications",
    "portal.duties",
    "portal.dashboards",
    "portal.retention",
    "portal.compliance",
    "portal.training",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.accounts.audit.ActingUserMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.accounts.secondfactor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in with its own page.
    "axes.middleware.AxesMiddleware",
]

# Sign-in: django-axes counts failed sign-ins per username and address and locks them
# out; django-otp adds the second factor (portal.accounts.secondfactor says who needs it).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("POLICYGUARD_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("POLICYGUARD_LOGIN_LOCKOUT_MINUTES", 30, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.clientip.client_ip"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
OTP_TOTP_ISSUER = env_str("POLICYGUARD_TOTP_ISSUER", "policyguard")

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

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
                "portal.notifications.context.inbox",
            ],
        },
    },
]

DATA_DIR = Path(env_str("POLICYGUARD_DATA_DIR", "var")).resolve()
# Each organisation's compiled web-filter snapshot, <slug>.pgwf (build_snapshot writes it):
# decisions on web requests are made over the same file the Squid helpers read.
SNAPSHOT_DIR = Path(env_str("POLICYGUARD_SNAPSHOT_DIR", str(DATA_DIR / "snapshots"))).resolve()
# Uploaded files (approval documents, images and video attached to drafts). Never served
# as static files: each is sent by a view that checks who may see it (no MEDIA_URL).
MEDIA_ROOT = Path(env_str("POLICYGUARD_FILES_DIR", str(DATA_DIR / "files"))).resolve()

_database_url = env_str("DATABASE_URL")
if _database_url:
    DATABASES = {"default": database_from_url(_database_url)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "policyguard.sqlite3",
            # The embedded server takes writes from one process; a short wait beats an
            # immediate "database is locked" when a management command runs alongside.
            # WAL lets the web server read while the worker writes.
            "OPTIONS": {
                "timeout": 10,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }

# Mail: printed to the console (the embedded demo) until a deployment names an SMTP
# server; then sent through it. The password may come from a file (container secrets).
EMAIL_HOST = env_str("POLICYGUARD_EMAIL_HOST", "")
EMAIL_USE_TLS = env_bool("POLICYGUARD_EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("POLICYGUARD_EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured(
        "POLICYGUARD_EMAIL_USE_TLS and POLICYGUARD_EMAIL_USE_SSL are both true: choose one "
        "(TLS: STARTTLS, usually port 587; SSL: implicit TLS, usually port 465)"
    )
EMAIL_PORT = env_int(
    "POLICYGUARD_EMAIL_PORT", 465 if EMAIL_USE_SSL else 587 if EMAIL_USE_TLS else 25, minimum=1
)
EMAIL_HOST_USER = env_str("POLICYGUARD_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_secret("POLICYGUARD_EMAIL_HOST_PASSWORD") or ""
# A mail server that stops answering must not hold a worker for ever.
EMAIL_TIMEOUT = env_int("POLICYGUARD_EMAIL_TIMEOUT", 30, minimum=1)
DEFAULT_FROM_EMAIL = env_str("POLICYGUARD_DEFAULT_FROM_EMAIL", "policyguard@localhost")
if "@" not in DEFAULT_FROM_EMAIL:
    raise ImproperlyConfigured(
        f"POLICYGUARD_DEFAULT_FROM_EMAIL={DEFAULT_FROM_EMAIL!r}: give the address mail is "
        "sent from, e.g. policyguard@college.ac.uk or 'Policy portal <policy@college.ac.uk>'"
    )
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = env_str(
    "POLICYGUARD_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)

# Background work: Django's Tasks API (the django-tasks backport) on the database
# backend; ``python -m portal run_worker`` runs the tasks and the scheduler.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
POLICYGUARD_SCHEDULER_INTERVAL = env_int("POLICYGUARD_SCHEDULER_INTERVAL", 30, minimum=1)

# Absolute links in e-mail and the packs' block-page address start with this.
# Where web-log figures for reports are kept (portal.monitoring.logstore): a class path.
POLICYGUARD_LOG_STORE = env_str(
    "POLICYGUARD_LOG_STORE", "portal.monitoring.logstore.DatabaseLogStore"
)
# The ClickHouse server of portal.monitoring.clickhouse_store.ClickHouseLogStore, when
# POLICYGUARD_LOG_STORE names it (its database is made on first use).
POLICYGUARD_CLICKHOUSE_URL = env_str(
    "POLICYGUARD_CLICKHOUSE_URL", "clickhouse://default@127.0.0.1:9000/policyguard"
)
POLICYGUARD_SITE_URL = env_str("POLICYGUARD_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not POLICYGUARD_SITE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(
        f"POLICYGUARD_SITE_URL={POLICYGUARD_SITE_URL!r}: give the address people open, "
        "starting with https:// (or http:// for a demo)"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "portal.accounts.passwords.CommonWordWithNumbersValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
POLICYGUARD_PASSWORD_RESETS_PER_HOUR = env_int("POLICYGUARD_PASSWORD_RESETS_PER_HOUR", 3, minimum=1)

# A session ends after this long without a request (each request starts the clock again).
SESSION_COOKIE_AGE = env_int("POLICYGUARD_SESSION_IDLE_HOURS", 8, minimum=1) * 3600
SESSION_SAVE_EVERY_REQUEST = True

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "organisations:landing"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"

# People CSV uploads are read in memory; a directory of tens of thousands of rows fits.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
POLICYGUARD_CSV_MAX_BYTES = 5 * 1024 * 1024
POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR = env_int(
    "POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR", 10, minimum=1
)
POLICYGUARD_CLIENT_IP_HEADER = env_str("POLICYGUARD_CLIENT_IP_HEADER", "")
# Keys that encrypt official accounts' credentials (portal.officialaccounts.custody): Fernet
# keys, newest first; never stored in the database.
POLICYGUARD_CREDENTIAL_KEYS = [
    k.strip() for k in (env_secret("POLICYGUARD_CREDENTIAL_KEYS") or "").split(",") if k.strip()
]
try:
    from portal.officialaccounts.custody import check_keys

    check_keys(POLICYGUARD_CREDENTIAL_KEYS)
except ValueError as _bad_key:
    raise ImproperlyConfigured(f"POLICYGUARD_CREDENTIAL_KEYS: {_bad_key}") from None
# Files attached to drafts: the largest accepted, and the kinds (checked by content).
POLICYGUARD_MEDIA_MAX_BYTES = env_int("POLICYGUARD_MEDIA_MAX_BYTES", 20 * 1024 * 1024, minimum=1)
# The largest document a case's chronology takes (a statement, a screenshot, a letter).
POLICYGUARD_CASE_DOCUMENT_MAX_BYTES = env_int(
    "POLICYGUARD_CASE_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024, minimum=1
)
# Takedown requests the public form takes from one address an hour (then 429).
POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR = env_int(
    "POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR", 5, minimum=1
)
# Imports through the API (attendance, device checks) one user may make an hour (then 429).
POLICYGUARD_API_IMPORTS_PER_HOUR = env_int("POLICYGUARD_API_IMPORTS_PER_HOUR", 60, minimum=1)
POLICYGUARD_TRUSTED_PROXIES = env_int("POLICYGUARD_TRUSTED_PROXIES", 1, minimum=1)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# HTTPS. Off by default so that the embedded demo works over plain HTTP; a deployment
# behind a TLS proxy turns them on (``check --deploy`` says which are missing).
SECURE_SSL_REDIRECT = env_bool("POLICYGUARD_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("POLICYGUARD_HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("POLICYGUARD_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("POLICYGUARD_HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = proxy_ssl_header("POLICYGUARD_PROXY_SSL_HEADER")

# Content-Security-Policy (django-csp): the portal's pages load scripts, styles, images
# and fonts from the portal only, with no inline script or style and nothing from
# elsewhere; no page may be framed, and forms post only to the portal. The QR code of
# two-factor enrolment is inline SVG, which this allows; a chart's stylesheet carries
# the request's nonce (added to the header only on pages that use it).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],  # NONCE: server-drawn SVG charts' own stylesheets
        "img-src": [SELF],
        "media-src": [SELF],  # video attached to drafts, sent by the moderation app
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
