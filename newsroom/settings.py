"""Newsroom settings, read from the environment (12-factor).

Embedded defaults run anywhere: SQLite and in-process screening. Set DATABASE_URL
and REDIS_URL to run on PostgreSQL with Redis as broker and cache and a real Celery
worker. Every variable is listed in README.md ("Settings").
"""
from datetime import timedelta
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
# The default serves `make run` and the tests only: the WSGI application (gunicorn) refuses to start
# with it, or with DEBUG on (newsroom/production.py).
INSECURE_DEFAULT_SECRET_KEY = "django-insecure-newsroom-local-only-set-DJANGO_SECRET_KEY-in-production"
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=INSECURE_DEFAULT_SECRET_KEY)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",  # Bootstrap's CSS and JS as static files, from the django-bootstrap-static package
    "articles",
    "comments",
    "django_ratelimit",
    "axes",  # login attempts and lockout (django-axes); keep it last
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",  # PERMISSIONS_POLICY below
    "csp.middleware.CSPMiddleware",  # CONTENT_SECURITY_POLICY below (django-csp)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsroom.language_by_address.LanguageByAddressMiddleware",  # no page varies on Accept-Language
    "django.middleware.locale.LocaleMiddleware",  # the language from the address: /ar/... is Arabic
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # answers a locked-out login with the lockout page
    "newsroom.database_unavailable.DatabaseUnavailableMiddleware",  # 503, not a stack trace, when the database is down
]

# Repeated wrong passwords lock out the address they come from (django-axes): AXES_FAILURE_LIMIT
# failures lock it for AXES_COOLOFF_MINUTES; `manage.py axes_reset` lifts every lockout at once.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_CLIENT_IP_CALLABLE = "newsroom.client_address.client_ip"
AXES_VERBOSE = False
# Behind a reverse proxy: the request header that carries the client's address, e.g. X-Real-IP
# (newsroom/client_address.py). Unset, the peer address is used and no header is believed.
CLIENT_IP_HEADER = env.str("DJANGO_CLIENT_IP_HEADER", default="")
if CLIENT_IP_HEADER and not CLIENT_IP_HEADER.startswith("HTTP_"):
    CLIENT_IP_HEADER = "HTTP_" + CLIENT_IP_HEADER.upper().replace("-", "_")

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.local_wsgi.application"  # runserver; gunicorn serves newsroom.wsgi

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# On PostgreSQL a connection is kept for a minute and checked before reuse, instead of a new one (a
# few milliseconds) for every request; SQLite's are cheap to open.
_POSTGRES = "postgresql" in DATABASES["default"]["ENGINE"]
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60 if _POSTGRES else 0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = _POSTGRES
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Posting reads (is this a repost?) then writes in one transaction. SQLite's default deferred
    # transaction cannot wait to upgrade its read lock, so two posts at once failed at once with
    # "database is locked" (HTTP 500, the comment not stored). IMMEDIATE takes the write lock at
    # BEGIN and waits for it up to `timeout` seconds; WAL lets pages be read while a post writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update({
        "transaction_mode": "IMMEDIATE", "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    })
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Short timeouts: a Redis outage must not hold a request (flood control then lets posts through).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL,
                          "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env.str("DJANGO_LANGUAGE_CODE", default="en-gb")
# The reader's pages come in these languages: English at /, the others under their code (/ar/...).
# Arabic is written right to left: its pages mirror (base.html loads Bootstrap's RTL build).
LANGUAGES = [("en-gb", "English"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["newsroom.formats"]  # times in the admin carry their time zone

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Messages live in a signed cookie: showing "your comment awaits moderation" costs no query.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("DJANGO_BEHIND_HTTPS_PROXY", default=False) else None
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=False)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# A news page and its comment form need no device or payment features: no page, and nothing
# embedded in one, may ask for them (django-permissions-policy).
PERMISSIONS_POLICY = {feature: [] for feature in (
    "accelerometer", "autoplay", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
    "microphone", "midi", "payment", "usb", "browsing-topics", "interest-cohort")}

# Only the site's own files run or style a page: no inline script or style, no other origin
# (django-csp). A comment that got past the escaping could not run a script; tests/browser checks
# that no page of the site or of the moderation admin breaks the policy.
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],  # Bootstrap's and the admin's icons are data: URLs in the CSS
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [NONE],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}}

# django-ratelimit counts posts in the default cache (comments/flood.py). Without Redis that is the
# process's own memory, which the library warns is not shared between processes: right for
# `make run` (one process), and production sets REDIS_URL. Django's own Redis cache is not on the
# library's list of tested backends, but its increments are atomic.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = True
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"] + ([] if REDIS_URL else ["django_ratelimit.E003"])

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Celery. Without REDIS_URL tasks run in-process when they are sent (embedded default);
# with it they go through Redis to a real worker, and beat runs the sweep.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
# A post must never hang on a broker that is down: one quick attempt, then the sweep takes over.
CELERY_TASK_PUBLISH_RETRY = False
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Email (decision emails to commenters, when NEWSROOM_NOTIFY_COMMENTERS is on). Without
# DJANGO_EMAIL_HOST the emails are written to the worker's console.
EMAIL_HOST = env.str("DJANGO_EMAIL_HOST", default="")
EMAIL_BACKEND = env.str("DJANGO_EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST
                        else "django.core.mail.backends.console.EmailBackend")
EMAIL_PORT = env.int("DJANGO_EMAIL_PORT", default=587)
EMAIL_HOST_USER = env.str("DJANGO_EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("DJANGO_EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("DJANGO_EMAIL_USE_TLS", default=True)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="comments@localhost")

CELERY_BEAT_SCHEDULE = {
    "sweep-unsent-decision-emails": {
        "task": "comments.tasks.sweep_unsent_notices",
        "schedule": timedelta(minutes=5),
    },
    "sweep-unscreened-comments": {
        "task": "comments.tasks.sweep_unscreened",
        "schedule": timedelta(minutes=2),
    },
    "erase-old-ip-addresses": {
        "task": "comments.tasks.erase_old_ip_addresses",
        "schedule": timedelta(days=1),
    },
}

NEWSROOM = {
    # A comment still unscreened this long after it was posted is enqueued again by the sweep.
    "SCREENING_SWEEP_AFTER": timedelta(seconds=env.int("NEWSROOM_SCREENING_SWEEP_AFTER_SECONDS", default=180)),
    # After the broker fails, posts do not try it again for this long (comments/tasks.py: BrokerBreaker).
    "BROKER_PAUSE": timedelta(seconds=env.int("NEWSROOM_BROKER_PAUSE_SECONDS", default=30)),
    "COMMENT_MAX_LENGTH": 2000,
    # A comment's IP address is kept this long (against floods and abuse), then erased.
    "IP_RETENTION": timedelta(days=env.int("NEWSROOM_IP_RETENTION_DAYS", default=30)),
    # The same comment (article, name, email, text) sent again this soon is the same post: stored once.
    "REPOST_WINDOW": timedelta(minutes=10),
    # Flood control (comments/flood.py): posts a minute from one address, and with one email address.
    "POST_RATES": {
        "address": env.str("NEWSROOM_POST_RATE_PER_ADDRESS", default="10/m"),
        "email": env.str("NEWSROOM_POST_RATE_PER_EMAIL", default="5/m"),
    },
    # A post sent sooner than this after its form was drawn, or with no form stamp, is a script's
    # (comments/time_to_post.py). 0 turns the check off.
    "MIN_SECONDS_TO_POST": env.float("NEWSROOM_MIN_SECONDS_TO_POST", default=3.0),
    "ARTICLES_PER_PAGE": 10,
    # How long a CDN or nginx may serve the home page and an article page from its cache: an
    # approved comment shows within this time.
    "PUBLIC_PAGE_MAX_AGE": env.int("NEWSROOM_PUBLIC_PAGE_MAX_AGE", default=30),
    # An article page shows this many approved comments at a time, with links to the other pages.
    "COMMENTS_PER_PAGE": env.int("NEWSROOM_COMMENTS_PER_PAGE", default=50),
    # Email each commenter when their comment is approved or rejected (comments/notices.py), sent by
    # Celery. Off unless turned on; needs an email backend (EMAIL_* below) and SITE_URL for links.
    "NOTIFY_COMMENTERS": env.bool("NEWSROOM_NOTIFY_COMMENTERS", default=False),
    "SITE_NAME": env.str("NEWSROOM_SITE_NAME", default="Newsroom"),
    "SITE_URL": env.str("NEWSROOM_SITE_URL", default="http://127.0.0.1:8000"),
    # A decision email still unsent this long after the decision is sent again by the sweep.
    "NOTICE_SWEEP_AFTER": timedelta(minutes=5),
    # Comments close by themselves this many days after an article is published, unless the article
    # says otherwise (its "close comments after" field). Unset: they stay open until an editor closes them.
    "COMMENTS_CLOSE_AFTER_DAYS": env.int("NEWSROOM_COMMENTS_CLOSE_AFTER_DAYS", default=None),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
}
