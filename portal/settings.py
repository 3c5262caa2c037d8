"""Settings for the Birgemiz portal.

One module for every environment, configured by environment variables (docs/settings.md lists them all):
safe defaults on a laptop, strict in production.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core -------------------------------------------------------------------------------------------------------

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string in production "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DJANGO_DEBUG=1 for local development."
        )
    SECRET_KEY = "insecure-local-development-key-never-used-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Number of reverse proxies in front of the app that append to X-Forwarded-For. 0 = trust no header.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))

# --- Security -----------------------------------------------------------------------------------------------------
# HTTPS is on in production and off for `make run`; DJANGO_HTTPS=0 serves plain http with debug off (benchmarks,
# a local gunicorn). Behind a proxy, its X-Forwarded-Proto header is believed only when the proxy is trusted.

HTTPS = os.environ.get("DJANGO_HTTPS", "0" if DEBUG else "1") == "1"
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if HTTPS else 0
# HSTS for every subdomain, and asking browsers to ship the domain in their preload list, bind every present and future
# subdomain to HTTPS for years (a preload entry takes months to remove): the operator opts in (docs/settings.md).
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and os.environ.get("DJANGO_HSTS_INCLUDE_SUBDOMAINS") == "1"
SECURE_HSTS_PRELOAD = HTTPS and os.environ.get("DJANGO_HSTS_PRELOAD") == "1"
if SECURE_HSTS_PRELOAD and not SECURE_HSTS_INCLUDE_SUBDOMAINS:
    raise ImproperlyConfigured(
        "DJANGO_HSTS_PRELOAD=1 needs DJANGO_HSTS_INCLUDE_SUBDOMAINS=1: the preload list only takes domains whose "
        "HSTS header covers every subdomain."
    )
# `check --deploy` warns when either is off; off is the documented default, so the warning would only be noise.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXY_COUNT else None
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = HTTPS
CSRF_COOKIE_HTTPONLY = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
# Scripts only from our own origin; an inline script would need the request's nonce ({{ csp_nonce }}), and no
# public page has one, so cached pages never carry a stale nonce. Inline styles are allowed because the admin's
# rich-text editor sets style attributes, and they cannot run code.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Staff sessions end when the browser closes and after eight hours at most.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 8 * 60 * 60
ADMIN_PATH = os.environ.get("DJANGO_ADMIN_PATH", "admin").strip("/") + "/"
# Failed staff logins (portal/login_limits.py): after AXES_FAILURE_LIMIT wrong passwords for one account from one
# address, that pair is locked out for an hour; an account that STAFF_LOGIN_FAILURES_PER_ACCOUNT wrong passwords
# from any addresses hit within STAFF_LOGIN_ACCOUNT_WINDOW is locked out from everywhere until that window has
# passed; an address with STAFF_LOGIN_FAILURES_PER_ADDRESS wrong passwords (any accounts) within the hour may not try
# again, which is checked before any password is hashed. All stored in the database, so they hold in every process.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_HANDLER = "portal.login_limits.LoginLimits"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Refused attempts during a lockout are not counted, so they neither extend it nor count towards the others.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_block"
AXES_LOCKOUT_TEMPLATE = "429.html"
STAFF_LOGIN_FAILURES_PER_ACCOUNT = 20
STAFF_LOGIN_ACCOUNT_WINDOW = timedelta(minutes=15)
STAFF_LOGIN_FAILURES_PER_ADDRESS = 30

INSTALLED_APPS = [
    # modeltranslation must come before the admin to patch its forms.
    "modeltranslation",
    # Django's admin with our site (portal/admin_site.py).
    "portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_prose_editor",
    "portal.apps.BackgroundTasksConfig",  # django_tasks_db, named in the staff's language
    "portal.apps.LoginProtectionConfig",  # axes, likewise
    "portal",
    "news",
    "volunteers",
    "newsletter",
    "pages",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public pages from the cache before the middleware they do not need (portal/page_cache.py).
    "portal.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

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
                "django.template.context_processors.csp",
                "portal.context_processors.site",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------------------------------------------

# Where the site writes what it keeps on this machine: the SQLite database (when there is no DATABASE_URL), the
# content-version cache and, unless MEDIA_ROOT says otherwise, the uploads. The code folder may be read-only.
STATE_DIR = Path(os.environ.get("DJANGO_STATE_DIR", BASE_DIR / "var"))
STATE_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{STATE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # Several processes write at once: WAL lets readers go on during a write, IMMEDIATE takes the write lock at
        # BEGIN (no deadlock-prone lock upgrades), and the timeout makes writers queue instead of failing.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file beside the database, not memory, so that live-server tests see concurrent connections as production does.
    DATABASES["default"]["TEST"] = {"NAME": str(Path(DATABASES["default"]["NAME"]).with_name("test.sqlite3"))}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # When the server is down, fail in seconds with a 503 rather than hang the worker.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = 3

# --- Caches -----------------------------------------------------------------------------------------------------
# "default" holds the content version that every kept page and fragment is keyed by (portal/page_cache.py), read
# on every request, so it must be shared by every app process and cheap: a folder of files on one machine, Redis
# when REDIS_URL is set (several machines). "pages" holds whole pages, the sidebar and large list totals for up to
# a minute: each process's memory on one machine, Redis shared between machines. Nothing that protects the site
# (rate limits, lockouts, view de-duplication) lives in a cache: those are database tables no flood can evict.

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "pages",
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": STATE_DIR / "cache",
        },
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }
# Rendered fragments ({% cache %}: news cards, header and footer, the empty volunteer form). Always the
# process's own memory, which a deploy empties with the old templates. About 2 KB per card: 3 000 are 6 MB.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "OPTIONS": {"MAX_ENTRIES": 3000},
}

PAGE_CACHE_SECONDS = 60

# --- Languages, time and formats --------------------------------------------------------------------------------

LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", _("Kazakh")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Almaty"

MODELTRANSLATION_DEFAULT_LANGUAGE = "kk"
MODELTRANSLATION_LANGUAGES = ("kk", "ru", "en")
# Empty content in the active language is shown in the first filled language of this list.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("kk", "ru", "en")

# --- Static and media files -------------------------------------------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", STATE_DIR / "media"))
# Django serves uploads itself unless a proxy or object storage does (DJANGO_SERVE_MEDIA=0).
SERVE_MEDIA = os.environ.get("DJANGO_SERVE_MEDIA", "1") == "1"

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

# --- Sessions, auth and messages --------------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Messages travel in a cookie, so public pages that show none never touch the session (and stay cacheable).
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# --- Email --------------------------------------------------------------------------------------------------------


def mailers_from_url(url):
    """MAILERS from EMAIL_URL: smtp://user:password@host:port (plain), smtp+tls:// (STARTTLS) or smtps:// (TLS).

    Without EMAIL_URL, mail is written to the console.
    """
    if not url:
        return {"default": {"BACKEND": "portal.mail.ConsoleBackend"}}
    parts = urlsplit(url)
    if parts.scheme not in {"smtp", "smtp+tls", "smtps"}:
        raise ImproperlyConfigured(f"EMAIL_URL must start with smtp://, smtp+tls:// or smtps://, not {parts.scheme}://")
    default_ports = {"smtp": 25, "smtp+tls": 587, "smtps": 465}
    options = {
        "host": parts.hostname or "localhost",
        "port": parts.port or default_ports[parts.scheme],
        "username": unquote(parts.username or ""),
        "password": unquote(parts.password or ""),
        "use_tls": parts.scheme == "smtp+tls",
        "use_ssl": parts.scheme == "smtps",
        "timeout": 10,
    }
    return {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}}


MAILERS = mailers_from_url(os.environ.get("EMAIL_URL", ""))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Birgemiz <noreply@birgemiz.kz>")

# --- Background tasks -------------------------------------------------------------------------------------------
# Work that must not slow a request or be lost (e-mail notifications) is stored in the database and done by
# `manage.py db_worker` (docs/deployment.md), retried when it fails.

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Volunteers ---------------------------------------------------------------------------------------------------
# Rate limits per client address, "count/seconds", counted in the "default" cache so that they hold across processes
# and machines. Only stored applications count; a school class applying together from one address should still fit.
VOLUNTEERS_APPLY_RATE = os.environ.get("DJANGO_VOLUNTEERS_APPLY_RATE", "20/600")
VOLUNTEERS_STATUS_RATE = os.environ.get("DJANGO_VOLUNTEERS_STATUS_RATE", "10/600")
# Seconds before each new attempt at an email that could not be sent (every e-mail of the site: portal/outbox.py);
# after the last, it is marked failed in admin.
VOLUNTEERS_NOTIFICATION_RETRY_DELAYS = [60, 300, 1800, 7200, 21600]
# An applicant hears of a status change this many seconds after it, with the status of that moment: a status
# changed back and forth meanwhile gives one e-mail (or none), not a stream of them.
VOLUNTEERS_STATUS_EMAIL_DELAY = int(os.environ.get("DJANGO_VOLUNTEERS_STATUS_EMAIL_DELAY", "300"))
# Declined and closed applications are anonymised this many months after their last status change.
VOLUNTEERS_RETENTION_MONTHS = int(os.environ.get("DJANGO_VOLUNTEERS_RETENTION_MONTHS", "24"))
# The site's public address, for links in emails sent outside a request (notifications, digests).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_FAILURE_VIEW = "volunteers.views.csrf_failure"

# --- Newsletter -----------------------------------------------------------------------------------------------------
# Subscriptions per client address ("count/seconds", counted in the database like the application form's), and the
# days an unconfirmed subscription waits for its confirmation before the address is forgotten.
NEWSLETTER_SUBSCRIBE_RATE = os.environ.get("DJANGO_NEWSLETTER_SUBSCRIBE_RATE", "10/600")
NEWSLETTER_CONFIRMATION_DAYS = 7

# --- News ---------------------------------------------------------------------------------------------------------
# The most views one address block may add within the 30-minute repeat window (news/view_counter.py): of one
# article, and in all. Mobile carriers put many subscribers behind one IPv4 address, so these are generous; they
# bound what a script that pretends to be readers can add.
NEWS_VIEWS_PER_ADDRESS_AND_ARTICLE = int(os.environ.get("DJANGO_NEWS_VIEWS_PER_ADDRESS_AND_ARTICLE", "100"))
NEWS_VIEWS_PER_ADDRESS = int(os.environ.get("DJANGO_NEWS_VIEWS_PER_ADDRESS", "1000"))

# --- Logging ------------------------------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"mask_personal_data": {"()": "portal.log_masking.MaskPersonalData"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["mask_personal_data"], "formatter": "plain"}
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        # Django's own console handler (debug only) would print every django.* record a second time.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
