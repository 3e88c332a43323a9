from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SITE_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Role × URL matrices log people in with force_login and no authenticator: tests/security
# turns two-step enforcement back on where it proves it.
MIST_MFA_REQUIRED = False
