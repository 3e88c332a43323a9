"""Whatever is posted, the form answers without a 500, and a request is stored whole or not
at all."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enquiries.models import AppointmentRequest, TrainingQuoteRequest
from tests.enquiries.conftest import APPOINTMENT, QUOTE

pytestmark = pytest.mark.django_db

# Any character a browser could send (lone surrogates cannot be encoded in a request body).
characters = st.characters(blacklist_categories=("Cs",))
short_text = st.text(characters, max_size=60)
long_text = st.builds(lambda char, size: char * size, characters, st.integers(0, 6000))


any_value = st.one_of(short_text, long_text, st.integers().map(str))


def field_values(valid):
    """A valid submission with up to three fields replaced by anything at all (or dropped),
    so both the refused and the stored paths are explored."""
    names = sorted(valid) + ["token", "website"]
    base = {**valid, "token": st.uuids().map(str), "website": st.just("")}
    base = {
        name: value if hasattr(value, "example") else st.just(value) for name, value in base.items()
    }

    @st.composite
    def build(draw):
        data = {name: draw(strategy) for name, strategy in base.items()}
        for name in draw(st.sets(st.sampled_from(names), max_size=3)):
            if draw(st.booleans()):
                data[name] = draw(any_value)
            else:
                data.pop(name)
        return data

    return build()


def check_post(client, url, model, data):
    cache.clear()  # the rate limit is tested elsewhere
    before = set(model.objects.values_list("pk", flat=True))
    response = client.post(url, data)
    assert response.status_code in (200, 302, 400)
    new = model.objects.exclude(pk__in=before)
    assert new.count() <= 1
    for record in new:
        record.full_clean()  # stored whole: every field valid
        if data.get("website"):
            pytest.fail("the honeypot let a request through")


SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(data=field_values(QUOTE))
def test_quote_form_survives_arbitrary_input(client, quote_url, data):
    check_post(client, quote_url("fr"), TrainingQuoteRequest, data)


@SETTINGS
@given(data=field_values(APPOINTMENT))
def test_appointment_form_survives_arbitrary_input(client, appointment_url, data):
    check_post(client, appointment_url("en"), AppointmentRequest, data)


def test_the_property_explores_the_stored_path_too():
    """Guard against a generator that only ever produces refused submissions."""
    from hypothesis import find

    found = find(field_values(QUOTE), lambda data: data == {**data, **QUOTE})
    assert found["organisation"] == QUOTE["organisation"]
