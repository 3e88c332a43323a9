"""The Nu Html Checker (vnu.jar, the W3C's validator, installed from tests/clients/package-lock
.json by `make install`; it needs java) finds no error on one page of each template, in both
languages where the page has both, including forms shown with their errors."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from enquiries.models import TrainingQuotePage
from home.models import ContentPage
from members_area.calendar.models import Audience, Recurrence
from members_area.calendar.recurrence import next_occurrences
from members_area.models import Invitation
from projects.models import ProjectIndexPage
from tests.enquiries.conftest import with_token
from tests.members_area import conftest as members_fixtures
from tests.members_area.calendar import conftest as calendar_fixtures
from tests.public_page_types import PUBLIC_PAGE_TYPES

pytestmark = pytest.mark.django_db
# Fixtures of the members' tests, used here too.
make_event = calendar_fixtures.make_event
sign = members_fixtures.sign

VNU = Path(__file__).resolve().parents[1] / "clients/node_modules/vnu-jar/build/dist/vnu.jar"


def first(model, language):
    return model.objects.live().filter(locale__language_code=language).first().url


def public_pages():
    """(name, url) of one page per public template, in both languages."""
    pages = []
    for language in ("fr", "en"):
        for model in PUBLIC_PAGE_TYPES:
            pages.append((f"{model.__name__}-{language}", first(model, language)))
        index = first(ProjectIndexPage, language)
        pages.append((f"project-filters-{language}", index + "?status=finished&year=2022"))
        with translation.override(language):
            search = reverse("search")
            pages.append((f"search-{language}", search + "?q=formation"))
            pages.append((f"search-empty-{language}", search + "?q=zzzzqqq"))
            pages.append((f"search-form-{language}", search))
            pages.append((f"login-{language}", reverse("account_login")))
            pages.append((f"signup-closed-{language}", reverse("account_signup")))
            pages.append((f"password-reset-{language}", reverse("account_reset_password")))
        pages.append((f"thanks-{language}", first(TrainingQuotePage, language) + "thanks/"))
        pages.append((f"404-{language}", f"/{language}/no-such-page/"))
    return pages


def members_pages(make_user, make_event, sign):
    from members_area.models import SignableDocument

    general = SignableDocument.objects.get(slug="general-bylaws")
    receipt = sign(make_user("member", username="signer"), general)
    event = make_event(recurrence=Recurrence.WEEKLY, repeat_count=4, audience=Audience.ALL_MEMBERS)
    key = next_occurrences(event, event.start)[0].key
    invitation = Invitation.objects.create(
        email="grace@example.org", first_name="Grace", last_name="Okon", role="member"
    )
    with translation.override("fr"):
        return [
            ("members-home", reverse("members_area:home")),
            ("document", reverse("members_area:document", args=["general-bylaws"])),
            ("version", reverse("members_area:document_version", args=["general-bylaws", 1])),
            ("receipt", reverse("members_area:receipt", args=[receipt.public_id])),
            ("register", reverse("members_area:register")),
            ("check", reverse("members_area:check_receipt") + f"?hash={receipt.chain_hash}"),
            ("upcoming", reverse("members_area:calendar:upcoming")),
            ("month", reverse("members_area:calendar:month")),
            ("event", reverse("members_area:calendar:event", args=[event.pk])),
            ("occurrence", reverse("members_area:calendar:occurrence", args=[event.pk, key])),
            ("answers", reverse("members_area:calendar:answers", args=[event.pk, key])),
            ("my-calendar", reverse("members_area:calendar:my_calendar")),
        ], [
            (
                "invitation",
                reverse("members_area:accept_invitation", args=[invitation.make_token()]),
            ),
            ("invitation-invalid", reverse("members_area:accept_invitation", args=["nonsense"])),
        ]


def vnu_errors(documents, tmp_path):
    """{name: [messages]} of the checker's errors on each document."""
    if shutil.which("java") is None or not VNU.is_file():
        pytest.skip(
            "!!! java or tests/clients/node_modules/vnu-jar missing: HTML NOT validated. "
            "Install java (Debian: default-jre-headless) and npm, then `make install`."
        )
    files = []
    for name, html in documents.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(html)
        files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", "--exit-zero-always"]
        + files,
        capture_output=True,
        check=True,
    )
    errors = {}
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        name = Path(message.get("url", "?")).stem
        errors.setdefault(name, []).append(
            f"line {message.get('lastLine')}: {message['message']} «{message.get('extract', '')}»"
        )
    return errors


def test_one_page_of_each_template_is_valid_html(
    client, make_user, make_event, sign, tmp_path, settings
):
    documents = {}
    for name, url in public_pages():
        response = client.get(url)
        assert response.status_code in (200, 404), (name, url, response.status_code)
        documents[name] = response.content

    # Forms shown again with their errors.
    quote = first(TrainingQuotePage, "fr")
    documents["quote-errors"] = client.post(quote, with_token({"email": "nope"})).content
    documents["405"] = client.post(first(ContentPage, "fr")).content

    staff_pages, anonymous_pages = members_pages(make_user, make_event, sign)
    for name, url in anonymous_pages:
        documents[name] = client.get(url).content
    client.force_login(make_user("direction", username="direction-html"))
    for name, url in staff_pages:
        response = client.get(url)
        assert response.status_code == 200, (name, url)
        documents[name] = response.content

    errors = vnu_errors(documents, tmp_path)
    assert errors == {}, json.dumps(errors, indent=1, ensure_ascii=False)
    assert len(documents) >= 50
