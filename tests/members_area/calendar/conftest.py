from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from members_area.calendar.models import Audience, Event, EventKind, PlaceKind, Recurrence
from members_area.calendar.recurrence import PARIS


def paris(*args):
    return datetime(*args, tzinfo=PARIS)


@pytest.fixture
def make_event(db):
    """make_event(start=..., **fields) → a saved Event; defaults: a one-off talk group for all."""

    def make(start=None, duration=timedelta(hours=2), **fields):
        start = start or timezone.now() + timedelta(days=3)
        values = dict(
            kind=EventKind.TALK_GROUP,
            title_fr="Groupe test",
            title_en="Test group",
            start=start,
            end=start + duration,
            recurrence=Recurrence.NONE,
            place_kind=PlaceKind.ADDRESS,
            address="1 rue de Paris",
            languages=["fr"],
            audience=Audience.ALL_MEMBERS,
        )
        values.update(fields)
        event = Event(**values)
        event.full_clean()
        event.save()
        return event

    return make


@pytest.fixture
def member_client(client, make_user):
    client.force_login(make_user("member", username="plain-member"))
    return client


@pytest.fixture
def active_client(client, make_user):
    client.force_login(make_user("active_member", username="active-one"))
    return client
