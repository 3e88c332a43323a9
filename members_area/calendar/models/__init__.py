from .answers import Answer
from .choices import SPOKEN_LANGUAGES, AnswerStatus, Audience, EventKind, PlaceKind, Recurrence
from .events import Event, EventException
from .members import FeedToken, NoticePreference
from .notices import Notice, NoticeChange, NoticeStatus

__all__ = [
    "SPOKEN_LANGUAGES",
    "Answer",
    "AnswerStatus",
    "Audience",
    "Event",
    "EventException",
    "EventKind",
    "FeedToken",
    "Notice",
    "NoticeChange",
    "NoticePreference",
    "NoticeStatus",
    "PlaceKind",
    "Recurrence",
]
