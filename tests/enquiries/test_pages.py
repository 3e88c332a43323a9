"""The form pages: where they may live, both languages, the thank-you state."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from enquiries.models import AppointmentPage, MembershipInterestPage, TrainingQuotePage
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

PAGE_TYPES = [TrainingQuotePage, AppointmentPage, MembershipInterestPage]


@pytest.mark.parametrize("model", PAGE_TYPES)
def test_form_pages_live_under_content_pages_only(model):
    case = WagtailPageTestCase()
    case.assertCanCreateAt(ContentPage, model)
    case.assertCanNotCreateAt(HomePage, model)
    case.assertAllowedSubpageTypes(model, {})


@pytest.mark.parametrize(
    "url, lang, switch_to",
    [
        (
            "/fr/formations-pour-professionnels/demande-de-devis/",
            "fr",
            "/en/training-for-professionals/request-a-quote/",
        ),
        (
            "/en/support-for-victims/make-an-appointment/",
            "en",
            "/fr/accompagnement-des-victimes/prendre-rendez-vous/",
        ),
        ("/fr/devenir-membre/je-veux-devenir-membre/", "fr", "/en/become-a-member/i-want-to-join/"),
    ],
)
def test_demo_pages_render_in_their_language_with_a_switcher(client, url, lang, switch_to):
    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in html
    assert f'href="{switch_to}"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_english_intro_is_the_translation(client):
    html = client.get("/en/support-for-victims/make-an-appointment/").content.decode()
    assert "You do not need to give your real name." in html
    assert "Your first name, or a name you choose" in html


def test_thanks_page_is_private_and_has_no_form(client):
    response = client.get("/fr/accompagnement-des-victimes/prendre-rendez-vous/thanks/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Merci, votre message a bien été envoyé" in html
    assert "<form" not in html.split('id="main"', 1)[1].split("</main>")[0]
    assert "no-store" in response["Cache-Control"]
