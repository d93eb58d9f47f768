"""Django settings for sejour.

Development (the default): SQLite in the data folder, ``DEBUG`` off unless ``SEJOUR_DEBUG=1``.
Production (``SEJOUR_ENV=production``): HTTPS-only cookies, HSTS, ``SEJOUR_ALLOWED_HOSTS``.
The database is SQLite unless ``DATABASE_URL`` names another (PostgreSQL).
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

from sejour import i18n

from .database import from_url, sqlite
from .paths import data_dir, secret_key
from .proxies import parse as parse_proxies

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()
PRODUCTION = os.environ.get("SEJOUR_ENV", "development") == "production"

SECRET_KEY = secret_key()
DEBUG = os.environ.get("SEJOUR_DEBUG") == "1" and not PRODUCTION
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("SEJOUR_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver,[::1]").split(",") if h.strip()]
if not PRODUCTION and os.environ.get("SEJOUR_ALLOWED_HOSTS") is None:
    ALLOWED_HOSTS.append("*")  # a local server: any name it is reached by

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "sejour.web.interview",
    "sejour.web.cases",
    "sejour.web.api",
    "axes",  # login throttling (django-axes)
    "csp",  # Content-Security-Policy (django-csp)
    "ninja",  # the API docs page with Swagger UI from django-ninja's own static files (no CDN: works offline, under the CSP)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sejour.web.limits.BodySizeLimitMiddleware",  # 413 before any body is read
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files, compressed and cached, by the app server itself
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "sejour.web.limits.PrivatePagesMiddleware",  # no-store on every page that shows a person's answers
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

# Login throttling: after 5 wrong passwords for one user name from one address, that pair is
# locked out for 15 minutes (a page in the person's language, status 429); a good login resets it.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("SEJOUR_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("SEJOUR_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "sejour.web.cases.access.locked_out"
AXES_VERBOSE = False  # its log lines would name the user and the address
# Behind a reverse proxy: the client's address is read from X-Forwarded-For only on requests
# that come from one of these (see proxies.py); otherwise every client would share the proxy's.
TRUSTED_PROXIES = parse_proxies(os.environ.get("SEJOUR_TRUSTED_PROXIES", ""))
AXES_CLIENT_IP_CALLABLE = "sejour.web.proxies.client_ip"

# No script of any origin, styles from the site only: the pages have no inline script or style.
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": ["'self'"], "script-src": ["'self'"], "style-src": ["'self'"], "img-src": ["'self'", "data:"],
    "object-src": ["'none'"], "base-uri": ["'none'"], "form-action": ["'self'"], "frame-ancestors": ["'none'"]}}

# Bodies: 2.5 MB at most anywhere (413 beyond), 1 MB for an uploaded case file; abandoned
# interviews (not changed for that many days) are deleted by `sejour cleanup`.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
BODY_LIMITS = {"/upload/": 1_100_000}
INTERVIEW_RETENTION_DAYS = int(os.environ.get("SEJOUR_INTERVIEW_RETENTION_DAYS", "90"))

ROOT_URLCONF = "sejour.web.urls"
WSGI_APPLICATION = "sejour.web.wsgi.application"

TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [PACKAGE_DIR / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.template.context_processors.i18n",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]

DATABASES = {"default": from_url(os.environ["DATABASE_URL"]) if os.environ.get("DATABASE_URL") else sqlite(DATA_DIR / "sejour.sqlite3")}
if os.environ.get("SEJOUR_TEST_DATABASE"):  # a test database of its own (several test runs on one server)
    DATABASES["default"]["TEST"] = {"NAME": os.environ["SEJOUR_TEST_DATABASE"]}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "cases:login"
LOGIN_REDIRECT_URL = "cases:list"
LOGOUT_REDIRECT_URL = "cases:login"

# Every language of sejour/locale/languages.toml, from the one catalogue the engine reads too; the
# first page follows the browser (Accept-Language).
LANGUAGE_CODE = "en"
LANGUAGES = list(i18n.languages().items())
LOCALE_PATHS = [i18n.LOCALE_DIR]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"

# The assessment of an interview version (per worker), and the dossier PDF (shared by the workers,
# in the data folder; keys are hashes, never a token): see interview/assessments.py.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 2000}},
          "documents": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(DATA_DIR / "cache"),
                        "OPTIONS": {"MAX_ENTRIES": 2000}}}

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"  # `sejour serve` collects the files there (hashed names, compressed)
STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
                            if os.environ.get("SEJOUR_COLLECTED_STATIC") == "1" else
                            "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_USE_FINDERS = os.environ.get("SEJOUR_COLLECTED_STATIC") != "1"  # not collected: served from the package
WHITENOISE_MAX_AGE = 3600

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"  # private links never leak to other sites

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = os.environ.get("SEJOUR_SSL_REDIRECT", "1") == "1"
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("SEJOUR_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

EMAIL_BACKEND = os.environ.get("SEJOUR_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("SEJOUR_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("SEJOUR_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("SEJOUR_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SEJOUR_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("SEJOUR_EMAIL_USE_TLS") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("SEJOUR_FROM_EMAIL", "sejour@localhost")

# No personal data in logs: requests are logged by path only, never with bodies, and every record
# goes through a filter that blanks private tokens out (resume links, feed addresses, API tokens).
# Logs go to standard output (one stream for the server, the app and gunicorn's access log).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_tokens": {"()": "sejour.web.cases.logfilter.RedactTokens"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "filters": ["redact_tokens"],
                             "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING", "propagate": False},
                "sejour": {"handlers": ["console"], "level": "INFO", "propagate": False},
                "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}
