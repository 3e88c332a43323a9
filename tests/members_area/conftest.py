"""Fixtures of the members' area: the demo documents, signing helpers, a clean rate-limit cache."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def clear_cache():
    # allauth's rate limits count in the cache: each test starts from zero.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def general_bylaws(db):
    from members_area.models import SignableDocument

    return SignableDocument.objects.get(slug="general-bylaws")


@pytest.fixture
def active_bylaws(db):
    from members_area.models import SignableDocument

    return SignableDocument.objects.get(slug="active-members-bylaws")


@pytest.fixture
def confidentiality(db):
    from members_area.models import SignableDocument

    return SignableDocument.objects.get(slug="confidentiality-agreement")


@pytest.fixture
def sign():
    """sign(user, document) → a signature of the document's current version, made online."""
    from members_area.models import Signature

    def make(user, document, language="fr", **details):
        signature, _created = Signature.objects.record(
            user=user,
            version=document.current_version,
            language=language,
            typed_name=f"{user.first_name} {user.last_name}",
            **details,
        )
        return signature

    return make


@pytest.fixture
def member(make_user):
    return make_user("member", username="chloe", first_name="Chloé", last_name="Dupont-Léger")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
