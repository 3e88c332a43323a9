from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from members_area.calendar.models import Answer, AnswerStatus, Audience, Event, Recurrence
from members_area.calendar.recurrence import next_occurrences

pytestmark = pytest.mark.django_db


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"members_area:calendar:{name}", args=args)


@pytest.mark.parametrize(
    "query",
    [
        "?month=2026-13",
        "?year=-1",
        "?year=-1&month=5",
        "?month=junk",
        "?month=99999999-1",
        "?year=2026&month=0",
        "?kind=nope",
        "?language=%00",
        "?month=2027-3&kind=xx&language=yy",
    ],
)
def test_bad_parameters_give_the_page_with_a_notice(member_client, query):
    for name in ("month", "upcoming"):
        response = member_client.get(url(name) + query)
        assert response.status_code == 200, (name, query)
        notices = [str(m) for m in response.context["messages"]]
        if name == "month" or "kind" in query or "language" in query:
            assert notices, (name, query)


def test_month_grid_is_an_accessible_table(member_client, make_event):
    make_event(start=timezone.make_aware(timezone.datetime(2027, 3, 10, 18)), title_en="Mars")
    response = member_client.get(url("month") + "?month=2027-03")
    html = response.content.decode()
    assert "<caption>March 2027</caption>" in html
    assert html.count('<th scope="col">') == 7
    assert "18:00 Mars" in html
    assert "?month=2027-02" in html and "?month=2027-04" in html
    assert response.context["messages"] is not None and not list(response.context["messages"])


def test_french_page(member_client, make_event):
    make_event(title_fr="Groupe du mardi")
    response = member_client.get(url("upcoming", language="fr"))
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()
    assert "Groupe du mardi" in response.content.decode()


def test_filters_by_kind_and_language(member_client, make_event):
    make_event(title_en="English talk", languages=["en"])
    make_event(title_en="Pidgin social", kind="social", languages=["pcm", "en"])
    html = member_client.get(url("upcoming") + "?language=pcm").content.decode()
    assert "Pidgin social" in html and "English talk" not in html
    html = member_client.get(url("upcoming") + "?kind=talk_group&language=en").content.decode()
    assert "English talk" in html and "Pidgin social" not in html


def test_active_members_events_are_invisible_to_members(member_client, make_event):
    hidden = make_event(title_en="Secret working group", audience=Audience.ACTIVE_MEMBERS)
    assert "Secret working group" not in member_client.get(url("upcoming")).content.decode()
    start = hidden.start.astimezone(timezone.get_current_timezone()).strftime("%Y-%m")
    assert "Secret" not in member_client.get(url("month") + f"?month={start}").content.decode()
    key = next_occurrences(hidden, timezone.now() - timedelta(days=1))[0].key
    for name, args in [
        ("event", [hidden.pk]),
        ("event_ics", [hidden.pk]),
        ("occurrence", [hidden.pk, key]),
    ]:
        assert member_client.get(url(name, *args)).status_code == 404


def test_online_link_only_on_members_pages(member_client, make_event):
    event = make_event(place_kind="online", address="", online_url="https://visio.example.org/x")
    html = member_client.get(url("event", event.pk)).content.decode()
    assert "https://visio.example.org/x" in html
    member_client.logout()
    response = member_client.get(url("event", event.pk))
    assert response.status_code == 302 and "visio" not in response.content.decode()


def test_answer_and_acknowledge(active_client, make_event):
    event = make_event(
        audience=Audience.ACTIVE_MEMBERS, recurrence=Recurrence.WEEKLY, repeat_count=3, capacity=5
    )
    occ = next_occurrences(event, timezone.now())[0]
    page = url("occurrence", event.pk, occ.key)
    response = active_client.post(page, {"answer-status": "maybe"})
    assert response.status_code == 400 and not Answer.objects.exists()
    response = active_client.post(page, {"answer-status": "not_coming", "answer-reason": "Work"})
    assert response.status_code == 302
    answer = Answer.objects.get()
    assert (answer.status, answer.reason, answer.occurrence_start) == (
        AnswerStatus.NOT_COMING,
        "Work",
        occ.original_start,
    )
    active_client.post(page, {"answer-status": "coming"})
    assert Answer.objects.get().status == AnswerStatus.COMING
    active_client.post(page, {"acknowledge": "1"})
    assert Answer.objects.get().acknowledged_at is not None
    html = active_client.get(page).content.decode()
    assert "4 places left" in html


def test_members_cannot_acknowledge_open_events(member_client, make_event):
    event = make_event()
    occ = next_occurrences(event, timezone.now())[0]
    response = member_client.post(url("occurrence", event.pk, occ.key), {"acknowledge": "1"})
    assert response.status_code == 404


def test_unknown_occurrence_is_404(member_client, make_event):
    event = make_event()
    for key in ["junk", "20270101T000000Z"]:
        assert member_client.get(url("occurrence", event.pk, key)).status_code == 404


def test_staff_see_counts_and_lists(client, make_user, make_event):
    event = make_event()
    occ = next_occurrences(event, timezone.now())[0]
    for n, status in enumerate(["coming", "coming", "not_coming"]):
        user = make_user("member", username=f"m{n}", first_name=f"Name{n}")
        Answer.objects.create(
            user=user,
            event=event,
            occurrence_start=occ.original_start,
            status=status,
            reason="Sick" if status == "not_coming" else "",
        )
    client.force_login(make_user("salaried_team"))
    response = client.get(url("answers", event.pk, occ.key))
    assert response.status_code == 200
    assert len(response.context["coming"]) == 2 and len(response.context["not_coming"]) == 1
    assert "Name2 Okafor: Sick" in response.content.decode()


def grow(make_event, count):
    for n in range(count):
        make_event(
            title_en=f"Group {n}",
            recurrence=Recurrence.WEEKLY,
            repeat_count=8,
            start=timezone.now() + timedelta(days=1, hours=n),
        )


@pytest.mark.parametrize("name", ["upcoming", "month"])
def test_query_count_is_flat_as_events_grow(
    member_client, make_event, django_assert_max_num_queries, name
):
    grow(make_event, 3)
    member_client.get(url(name))  # warm caches (site, locale)
    # 6 are the calendar's (session, user, roles, events, exceptions, answers); the rest is
    # the shared layout (menu, footer, settings), the same on every page.
    with django_assert_max_num_queries(20) as small:
        member_client.get(url(name))
    grow(make_event, 30)
    with django_assert_max_num_queries(len(small.captured_queries)) as large:
        response = member_client.get(url(name))
    assert Event.objects.count() >= 33
    assert response.status_code == 200
    assert len(large.captured_queries) == len(small.captured_queries)


def test_feed_query_count_is_flat(
    client, make_user, make_event, django_assert_num_queries, django_assert_max_num_queries
):
    from members_area.calendar.models import FeedToken

    token = FeedToken.renew_for(make_user("member"))
    grow(make_event, 3)
    client.get(url("feed", token))
    with django_assert_max_num_queries(4) as small:  # token+user, roles, events, exceptions
        client.get(url("feed", token))
    grow(make_event, 30)
    with django_assert_num_queries(len(small.captured_queries)):
        client.get(url("feed", token))
