"""Settings of the real server the browser tests drive: the test settings (DEBUG off, mail kept
in memory), plus static files found in the source tree and media served by Django, so pages look
as they will in production without running collectstatic."""

from mist_site.settings.test import *  # noqa: F403

ROOT_URLCONF = "tests.browser.server_urls"
# Serve static files straight from static/ and the apps (never a stale collected copy).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Every journey comes from 127.0.0.1: the per-address limits would stop the suite, not a robot.
ENQUIRY_RATE_LIMIT = (10_000, 3600)
ACCOUNT_RATE_LIMITS = False
