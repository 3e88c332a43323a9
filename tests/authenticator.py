"""The authenticator app as the tests play it: the code it shows at this moment."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time as counters


def current_code(secret, seconds_needed=2):
    """The code of the current period, once at least `seconds_needed` of it are left.

    allauth accepts only the current period's code (MFA_TOTP_TOLERANCE is 0). A code read in
    the last moments of its period reaches the server in the next one when the machine is
    busy, and is refused: a browser journey saw that. Like a person who sees the code about
    to change, the test waits for the next one."""
    period = app_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < seconds_needed:
        time.sleep(left + 0.05)
    return format_hotp_value(hotp_value(secret, next(counters())))
