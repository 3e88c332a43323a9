"""Settings shared by every environment. Anything that differs between machines comes from
the environment (see README, "Configuration")."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The site's own apps first, so their templates and translations win.
    "home",
    "projects",
    "podcasts",
    "enquiries",
    "members_area",
    "members_area.calendar",
    # Shared exports and local times (CSV/xlsx cells, formula protection): issue 16/18.
    "mist_site.exports",
    "mist_site.seo",  # meta tags, JSON-LD, sitemap, robots.txt, timeline feed, absolute URLs
    # The demo loader and the content check (their data: each app's demo_content/ folder).
    "mist_site.demo",
    # Export and erasure of a person's data, from each app's personal_data module.
    "mist_site.privacy",
    # Backup, restore, /healthz, rate-limited error mails to ADMINS.
    "mist_site.operations",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    # Last: its signal handlers need every snippet registered (wagtail.snippets is ready).
    "mist_site.caching",
]

MIDDLEWARE = [
    "mist_site.caching.generation.RequestGenerationMiddleware",
    "mist_site.caching.headers.CacheHeadersMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.middleware.ErrorPageMiddleware",
]

ROOT_URLCONF = "mist_site.urls"
WSGI_APPLICATION = "mist_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "mist_site.caching.generation.generation_context",
            ],
        },
    },
]

# SQLite file inside the project unless DATABASE_URL says otherwise (postgres://…).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Frontend cache (Varnish in deploy/varnish.vcl, or a CDN): public pages for anonymous
# visitors are kept by the shared cache and purged when content changes (mist_site/caching).
# Browsers keep them briefly. The app keeps no whole responses: Varnish does that.
PUBLIC_PAGE_SHARED_MAX_AGE = int(os.environ.get("PUBLIC_PAGE_SHARED_MAX_AGE", 3600))
PUBLIC_PAGE_BROWSER_MAX_AGE = int(os.environ.get("PUBLIC_PAGE_BROWSER_MAX_AGE", 60))
# Page fragments (head, header, body, footer: {% pagefragment %}, {% wagtailcache %}) kept in
# the app's cache until the next change, for every visitor; forms and previews never are.
PAGE_FRAGMENT_CACHE = env_bool("PAGE_FRAGMENT_CACHE", True)
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_cache(prefix, backend="django_redis.cache.RedisCache", **options):
    return {
        "BACKEND": backend,
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": prefix,
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient", **options},
    }


if REDIS_URL:
    CACHES = {
        # Wagtail's site root paths and the rate limits (logins, forms): Redis stopped must not
        # stop the site, nor switch the limits off, so this falls back to each process's memory
        # (limits count per worker) and gives up on Redis within a second
        # (mist_site/operations/cache.py).
        "default": redis_cache(
            "mist",
            backend="mist_site.operations.cache.RedisWithLocalFallback",
            SOCKET_TIMEOUT=1,
            SOCKET_CONNECT_TIMEOUT=1,
        ),
        # What only makes pages faster (fragments, see mist_site/caching):
        # when Redis is slow or down, pages are rendered without it instead of failing.
        "pages": redis_cache(
            "mist-pages", IGNORE_EXCEPTIONS=True, SOCKET_TIMEOUT=1, SOCKET_CONNECT_TIMEOUT=1
        ),
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    # allauth's backend, except that an unverified e-mail address never logs in (issue 16).
    "members_area.accounts.VerifiedAddressAuthenticationBackend",
]

# Languages: French is the source language, English its synchronised translation.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
# The public switcher names each language in itself (LANGUAGES); the admin names them in the
# editor's language ("Publier en anglais", issue 18).
WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", pgettext_lazy("language name in a sentence", "French")),
    ("en", pgettext_lazy("language name in a sentence", "English")),
]
# Translation workflow (issue 18, home/wagtail_hooks.py): "Translate this page" makes a draft
# that goes live only when the editor publishes it, never the French text on the English site.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Files only members may read (signature receipts, private audio…) live outside MEDIA_ROOT
# and are served by views behind login.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_PERMISSIONS = 0o640

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Mist <ne-pas-repondre@mist-association.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "Mist"
# The site's canonical address: absolute URLs made without a request (e-mails) and Wagtail's
# Site record use it; with a request, its host is used when ALLOWED_HOSTS allows it
# (mist_site/seo/addresses.py, the one place absolute URLs are made).
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_BASE_URL)
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "txt", "csv"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILEMBEDS_FINDERS = []  # no oEmbed calls to other hosts

# Accounts (django-allauth): no public sign-up, members are invited by staff.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_SESSION_REMEMBER = None

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 2
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Where the quick-exit button leads when site settings do not say otherwise.
QUICK_EXIT_DEFAULT_URL = "https://meteofrance.com/"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

MIST_DEMO_LABEL = _("Demo content")

# Page types that `manage.py multiply_demo N` copies for benchmarks (labels, so that home/
# needs no import of the feature apps).
DEMO_MULTIPLY_PAGE_TYPES = ["projects.ProjectPage", "podcasts.EpisodePage"]

# --- Enquiries (public forms) ---
# Requests older than this are deleted by `manage.py purge_enquiries` (run it daily from cron);
# the privacy notice states the same figure.
ENQUIRY_RETENTION_MONTHS = int(os.environ.get("ENQUIRY_RETENTION_MONTHS", "12"))
# Submissions allowed per address (hashed) and per window in seconds.
ENQUIRY_RATE_LIMIT = (5, 60 * 60)
# French slug of the privacy notice, a child of the home page; the form pages link to it.
ENQUIRY_PRIVACY_SLUG = "confidentialite"

# --- Members' area (members_area): accounts by invitation, private pages, idle logout ---
ACCOUNT_ADAPTER = "members_area.accounts.AccountAdapter"
ACCOUNT_FORMS = {"login": "members_area.accounts.MemberLoginForm"}
# Password reset answers the same whether the address is known; no mail to unknown addresses.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
# Failed logins: 5 per 5 minutes per account, 10 per minute per IP (cache: Redis when
# REDIS_URL is set, so every worker shares the counts).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "reset_password": "20/m/ip,5/m/key",
}
MIDDLEWARE += [
    "members_area.privacy.IdleLogoutMiddleware",
    "members_area.privacy.PrivatePagesMiddleware",
]
MIST_MEMBERS_IDLE_SECONDS = 30 * 60
MIST_INVITATION_DAYS = 5

# Podcasts (True Talk): upload limit for audio files, and in production the internal nginx
# location that sends audio bytes itself (X-Accel-Redirect, byte ranges included), e.g.
# PODCASTS_AUDIO_ACCEL_REDIRECT=/internal-media/ with `location /internal-media/ { internal;
# alias $MEDIA_ROOT/; }`. Empty: Django serves the ranges itself (development, tests).
PODCASTS_MAX_AUDIO_SIZE = int(os.environ.get("PODCASTS_MAX_AUDIO_SIZE", 200 * 1024 * 1024))
PODCASTS_AUDIO_ACCEL_REDIRECT = os.environ.get("PODCASTS_AUDIO_ACCEL_REDIRECT", "")

# ---------------------------------------------------------------------------------------------
# Security (issue 10): headers, cookies, two-step verification, uploads, logs.
# ---------------------------------------------------------------------------------------------
# Middleware order, written out so it reads top to bottom:
#   SecurityMiddleware → MistCSP → SecurityHeaders → AdminLoginRedirect → (whitenoise, sessions…)
#   … AccountMiddleware → MFARequired (needs the user and the resolved URL).
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE[_after_security:_after_security] = [
    "mist_site.middleware.MistCSPMiddleware",
    "mist_site.middleware.SecurityHeadersMiddleware",
    "mist_site.middleware.AdminLoginRedirectMiddleware",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("allauth.account.middleware.AccountMiddleware") + 1,
    "members_area.two_factor.MFARequiredMiddleware",
)

# Content-Security-Policy (django-csp 4). The public site has no inline script or style and
# loads nothing from another host. Wagtail images are served from 'self'; data: is only for the
# QR code of the two-step set-up page (an inline SVG image).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail 8 admin still renders some inline scripts (date pickers, inline panels) and many
# inline styles, shows image previews from blob: URLs and frames its own page previews.
MIST_ADMIN_CSP_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "media-src": ["'self'", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Browser features no page of the site uses (Permissions-Policy: feature=()).
MIST_PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "interest-cohort",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Cookies: none on plain public pages; the session, CSRF and language cookies are HttpOnly
# (no script reads them; the admin takes its CSRF token from the page) and SameSite=Lax.
# production.py makes them Secure.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Two-step verification (allauth.mfa): an authenticator app, with recovery codes as the spare
# key. Required for the roles in members_area.two_factor.MFA_REQUIRED_ROLES and every admin
# user (MFARequiredMiddleware); the settings test turns it off for role matrices built with
# force_login.
MIST_MFA_REQUIRED = env_bool("MIST_MFA_REQUIRED", True)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Mist"
# Wagtail's own login has no rate limit and no second factor: allauth's login replaces it
# (mist_site.middleware.AdminLoginRedirectMiddleware sends /admin/login/ there too).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Uploads: content checked against the extension (site/uploads.py), sizes bounded, no SVG.
WAGTAILIMAGES_IMAGE_FORM_BASE = "mist_site.uploads.SafeImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "mist_site.uploads.SafeDocumentForm"
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
MIST_DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Only PDFs open in the browser; every other document is downloaded (Content-Disposition:
# attachment), and Wagtail adds "default-src 'none'" to every served document.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True

# Logs: never form contents, passwords or query strings (searches say a lot about a person).
DEFAULT_EXCEPTION_REPORTER_FILTER = "mist_site.log_filters.NoFormDataExceptionReporterFilter"
LOGGING["filters"] = {"redact_request": {"()": "mist_site.log_filters.RedactRequestFilter"}}
LOGGING["loggers"] = {
    name: {"filters": ["redact_request"], "propagate": True}
    for name in ("django.request", "django.security", "django.server")
}

# ---------------------------------------------------------------------------------------------
# Security, issue 16: one door with two factors, idle staff sessions, SQLite for a web server.
# ---------------------------------------------------------------------------------------------
# Wagtail's login for private pages (`_util/login/`) is a plain LoginView: private pages send
# visitors to allauth's login instead (and mist_site.middleware sends that address there too).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Staff (admin users, salaried team, board, direction) are logged out when idle too, never
# later than members (members_area.privacy.idle_limit_for).
MIST_STAFF_IDLE_SECONDS = int(os.environ.get("MIST_STAFF_IDLE_SECONDS", MIST_MEMBERS_IDLE_SECONDS))
# Setting up the authenticator app counts as passing it in that session.
MFA_FORMS = {"activate_totp": "members_area.two_factor.ActivateTOTPForm"}
# SQLite behind several server threads or processes: readers never wait for a writer (WAL),
# a writer waits for the lock instead of failing at once (timeout, in seconds), and each
# transaction takes the write lock at its start, so two never deadlock on an upgrade.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

# ---------------------------------------------------------------------------------------------
# Operations (issue 22) and privacy (issue 19): backups, health check, error mails, GDPR.
# ---------------------------------------------------------------------------------------------
# Invitations never accepted are deleted this many days after their link expired
# (`manage.py delete_expired_invitations`, daily timer in deploy/systemd/).
MIST_INVITATION_KEEP_EXPIRED_DAYS = int(os.environ.get("MIST_INVITATION_KEEP_EXPIRED_DAYS", "30"))
# Backups (`manage.py backup`, daily timer): where, how many, and the age public keys
# (comma-separated "age1…" keys or recipients files) to encrypt them for; empty = not encrypted.
BACKUP_DIRECTORY = Path(os.environ.get("BACKUP_DIRECTORY", BASE_DIR / "backups"))
BACKUP_KEEP = int(os.environ.get("BACKUP_KEEP", "14"))
BACKUP_AGE_RECIPIENTS = env_list("BACKUP_AGE_RECIPIENTS")
# /healthz answers first, before any other middleware (mist_site/operations/health.py).
MIDDLEWARE.insert(0, "mist_site.operations.health.HealthCheckMiddleware")
# A database connection that broke (PostgreSQL restarted) is replaced at the next request
# instead of failing it: the site recovers without being restarted.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Errors are mailed to ADMINS (comma-separated addresses), rate-limited and without request
# data or exception messages (mist_site/operations/error_mail.py).
ADMINS = [("Mist", address) for address in env_list("ADMINS")]
ERROR_MAIL_REPEAT_SECONDS = 15 * 60
ERROR_MAIL_MAX_PER_HOUR = 20
LOGGING["filters"]["require_debug_false"] = {"()": "django.utils.log.RequireDebugFalse"}
LOGGING["handlers"]["mail_admins"] = {
    "level": "ERROR",
    "filters": ["require_debug_false"],
    "class": "mist_site.operations.error_mail.RateLimitedAdminEmailHandler",
}
# Replaces Django's default "django" logger handlers (console when DEBUG, plain mail_admins).
LOGGING["loggers"]["django"] = {"handlers": ["mail_admins"], "level": "INFO", "propagate": True}

# ---------------------------------------------------------------------------------------------
# Journeys and the public face (issue 17)
# ---------------------------------------------------------------------------------------------
# French typography (home/typography.py) on French HTML pages, just inside LocaleMiddleware:
# on the way out it runs before the response cache, the ETag and Content-Language are made.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1,
    "home.typography.FrenchTypographyMiddleware",
)
# The CSRF cookie (set only by pages with a form) lasts as long as the browser session, as the
# privacy notice says: no persistent cookie on public pages.
CSRF_COOKIE_AGE = None
