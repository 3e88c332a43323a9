from .feeds import event_ics, feed, my_calendar, renew_token
from .pages import event_detail, month, occurrence_answers, occurrence_detail, upcoming

__all__ = [
    "event_detail",
    "event_ics",
    "feed",
    "month",
    "my_calendar",
    "occurrence_answers",
    "occurrence_detail",
    "renew_token",
    "upcoming",
]
