import pytest
from django.core import mail
from django.core.cache import cache

QUOTE = {
    "organisation": "Centre social Exemple",
    "organisation_kind": "social",
    "contact_name": "Alex Exemple",
    "contact_role": "Éducatrice",
    "email": "alex@example.org",
    "phone": "+33 6 12 34 56 78",
    "training": "initial",
    "audience": "both",
    "participants": "15",
    "preferred_period": "Printemps 2027",
    "place": "online",
    "region": "Bretagne",
    "message": "Une équipe de quinze personnes.",
    "privacy_agreed": "on",
}

APPOINTMENT = {
    "name": "Blessing",
    "contact_method": "email",
    "contact_value": "blessing@example.org",
    "may_leave_message": "no",
    "preferred_language": "en",
    "message": "I would like to talk.",
    "privacy_agreed": "on",
}


class BrokenMailBackend:
    """A mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server unreachable")


@pytest.fixture(autouse=True)
def fresh_cache_and_outbox():
    cache.clear()
    mail.outbox = []
    yield
    cache.clear()


def page_of(model, language):
    return model.objects.get(locale__language_code=language)


@pytest.fixture
def quote_url(db):
    from enquiries.models import TrainingQuotePage

    return lambda language="fr": page_of(TrainingQuotePage, language).url


@pytest.fixture
def appointment_url(db):
    from enquiries.models import AppointmentPage

    return lambda language="fr": page_of(AppointmentPage, language).url


@pytest.fixture
def membership_url(db):
    from enquiries.models import MembershipInterestPage

    return lambda language="fr": page_of(MembershipInterestPage, language).url


def with_token(data, token=None):
    import uuid

    return {**data, "token": str(token or uuid.uuid4())}
