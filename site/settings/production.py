"""Production: everything sensitive comes from the environment; the app refuses to start
without a real SECRET_KEY."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "mist-association.org")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# Security (issue 10): every sub-resource over HTTPS; language cookie Secure like the others.
# (New dicts, not changes to base's: importing this module must not alter other settings.)
CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,  # noqa: F405
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        "upgrade-insecure-requests": True,
    },
}
MIST_ADMIN_CSP_DIRECTIVES = {**MIST_ADMIN_CSP_DIRECTIVES, "upgrade-insecure-requests": True}  # noqa: F405
MFA_TRUST_COOKIE_SECURE = True
# Behind the front proxy every request comes from the proxy's address: allauth's per-address
# rate limits must read the client's address from X-Forwarded-For (one proxy by default).
# Its counters live in the cache: set REDIS_URL so that all gunicorn workers share them.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "1"))
