"""Issue 16, item 7: inputs that gave a 500 answer something sensible instead."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from members_area.calendar.models import Audience, Event, EventKind, PlaceKind, Recurrence

FULL_TEXT_SYNTAX = [
    '"',
    '""',
    '"unclosed phrase',
    "projet OR",
    "OR",
    "AND",
    "NOT",
    "NEAR",
    "NEAR(a b)",
    "a AND NOT b",
    "(",
    ")",
    "(projet",
    "*",
    "proj*",
    "-",
    "-projet",
    "+projet",
    "^projet",
    "projet:",
    "title:projet",
    "{a b}",
    "a & b | !c",
    "a <-> b",
    "'",
    "\\",
]


@pytest.fixture
def unbroken_client():
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize("query", FULL_TEXT_SYNTAX)
@pytest.mark.parametrize("path", ["/fr/projets/", "/en/projects/", "/fr/recherche/", "/en/search/"])
def test_full_text_syntax_in_a_search_is_plain_text(unbroken_client, path, query):
    response = unbroken_client.get(path, {"q": query})
    assert response.status_code == 200, (path, query)


@pytest.mark.django_db
def test_a_quoted_word_still_finds_the_project(unbroken_client):
    from projects.models import ProjectPage

    project = ProjectPage.objects.live().filter(locale__language_code="fr").first()
    word = max(project.title.split(), key=len)
    response = unbroken_client.get("/fr/projets/", {"q": f'"{word}'})
    assert response.status_code == 200
    # French pages get French spacing (home/typography.py): compare without spaces.
    page = re.sub(r"\s", "", unescape(response.content.decode()))
    assert re.sub(r"\s", "", project.title) in page


def make_event(title="Groupe", recurrence=Recurrence.WEEKLY, **fields):
    start = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    event = Event(
        kind=EventKind.TALK_GROUP,
        title_fr=title,
        title_en=title,
        start=start,
        end=start + timedelta(hours=2),
        recurrence=recurrence,
        place_kind=PlaceKind.ADDRESS,
        address="1 rue de Paris",
        languages=["fr"],
        audience=Audience.ALL_MEMBERS,
        **fields,
    )
    event.save()
    return event


def calendar_url(name, *args):
    with translation.override("fr"):
        return reverse(f"members_area:calendar:{name}", args=args)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "key",
    [
        "99991231T235959Z",
        "00010101T000000Z",
        "99999999T999999Z",
        "20260230T120000Z",
        "2026-01-01",
        "x" * 300,
        "%00",
    ],
)
@pytest.mark.parametrize("recurrence", [Recurrence.WEEKLY, Recurrence.MONTHLY, Recurrence.NONE])
def test_far_future_or_malformed_occurrence_keys_are_not_found(
    unbroken_client, make_user, key, recurrence
):
    unbroken_client.force_login(make_user("member"))
    event = make_event(recurrence=recurrence)
    for name in ("occurrence", "answers"):
        response = unbroken_client.get(calendar_url(name, event.pk, key))
        assert response.status_code in (403, 404), (name, key)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "title", ["Groupe\r\nATTENDEE:mailto:x@example.org", "Ligne\nsuivante", "a\rb"]
)
def test_line_breaks_in_an_event_title_give_a_valid_ics(unbroken_client, make_user, title):
    unbroken_client.force_login(make_user("member"))
    event = make_event(title=title)
    response = unbroken_client.get(calendar_url("event_ics", event.pk))
    assert response.status_code == 200
    body = response.content.decode()
    assert "\nATTENDEE" not in body  # no property smuggled in through the title
    import icalendar

    summary = str(icalendar.Calendar.from_ical(body).walk("VEVENT")[0]["SUMMARY"])
    assert "\r" not in summary and "\n" not in summary


@pytest.mark.django_db
def test_head_on_an_ics_answers_like_get_without_a_body(unbroken_client, make_user):
    from members_area.calendar.models import FeedToken

    user = make_user("member")
    unbroken_client.force_login(user)
    event = make_event()
    token = FeedToken.renew_for(user)
    for url in (calendar_url("event_ics", event.pk), calendar_url("feed", token)):
        got = unbroken_client.get(url)
        head = unbroken_client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head["Content-Type"] == got["Content-Type"]
        assert head.content == b""


@pytest.mark.django_db
def test_sqlite_is_set_up_for_a_web_server():
    options = connection.settings_dict["OPTIONS"]
    if connection.vendor != "sqlite":
        # The SQLite options go to SQLite only: PostgreSQL's driver would refuse them.
        assert not {"transaction_mode", "init_command", "timeout"} & set(options), options
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000
    assert options.get("transaction_mode") == "IMMEDIATE"
    assert "journal_mode=WAL" in options.get("init_command", "").replace(" ", "")
