"""Demo content for the public forms: three form pages in French, translated into English,
and a few fictional requests (no real person, no real contact details)."""

import datetime
import uuid

from django.utils import timezone

from enquiries.models import (
    AppointmentPage,
    AppointmentRequest,
    MembershipInterest,
    MembershipInterestPage,
    TrainingQuotePage,
    TrainingQuoteRequest,
)
from enquiries.models.choices import ContactMethod, Status
from home.demo_tools import (
    Pairs,
    child_by_slug,
    ensure_page,
    french_home,
    refresh_translation,
    translate,
)


def load(stdout):
    tr = Pairs()
    home = french_home()
    pages = [quote_page(tr, home), appointment_page(tr, home), membership_page(tr, home)]
    for page in pages:
        if page is not None:
            translate(page, tr)
    link_service_pages_to_forms(tr, home, *pages)
    created = demo_requests()
    stdout.write(f"  {len([p for p in pages if p])} form pages, {created} demo requests added")


def _parent(home, slug):
    return child_by_slug(home, slug)


def quote_page(tr, home):
    parent = _parent(home, "formations-pour-professionnels")
    if parent is None:
        return None
    page, _created = ensure_page(
        parent,
        TrainingQuotePage,
        tr.t("demande-de-devis", "request-a-quote"),
        title=tr.t("Demande de devis", "Request a quote"),
        introduction=tr.t(
            "Dites-nous ce dont votre équipe a besoin. Nous vous envoyons un devis.",
            "Tell us what your team needs. We will send you a quote.",
        ),
        body=tr.p(
            (
                "Nous formons les bénévoles, les travailleurs sociaux et les équipes éducatives "
                "qui rencontrent des victimes de traite, mineures ou adultes.",
                "We train volunteers, social workers and educational teams who meet victims "
                "of trafficking, minors or adults.",
            ),
        ),
        thanks_text=tr.p(
            (
                "Nous avons bien reçu votre demande. Nous vous répondons par e-mail.",
                "We have received your request. We will answer you by e-mail.",
            ),
        ),
    )
    return page


def appointment_page(tr, home):
    parent = _parent(home, "accompagnement-des-victimes")
    if parent is None:
        return None
    page, _created = ensure_page(
        parent,
        AppointmentPage,
        tr.t("prendre-rendez-vous", "make-an-appointment"),
        title=tr.t("Prendre rendez-vous", "Make an appointment"),
        introduction=tr.t(
            "C'est gratuit et confidentiel. Vous n'avez pas besoin de donner votre vrai nom.",
            "It is free and confidential. You do not need to give your real name.",
        ),
        body=tr.p(
            (
                "Dites-nous seulement comment vous joindre sans danger. Nous vous contactons "
                "de la façon que vous choisissez.",
                "Just tell us how to reach you safely. We will contact you the way you choose.",
            ),
            (
                "En cas de danger immédiat, appelez le 17 ou le 112.",
                "If you are in immediate danger, call 17 or 112.",
            ),
        ),
        thanks_text=tr.p(
            (
                "Merci. Une personne de l'équipe vous contacte bientôt, de la façon que vous "
                "avez choisie.",
                "Thank you. Someone from the team will contact you soon, the way you chose.",
            ),
            (
                "Si quelqu'un surveille votre téléphone, pensez à effacer l'historique.",
                "If someone checks your phone, remember to clear the history.",
            ),
        ),
    )
    return page


def membership_page(tr, home):
    parent = _parent(home, "devenir-membre")
    if parent is None:
        return None
    page, _created = ensure_page(
        parent,
        MembershipInterestPage,
        tr.t("je-veux-devenir-membre", "i-want-to-join"),
        title=tr.t("Je veux devenir membre", "I want to join"),
        introduction=tr.t(
            "Laissez-nous un moyen de vous joindre : nous vous proposons une rencontre.",
            "Leave us a way to reach you: we will offer you a meeting.",
        ),
        body=tr.p(
            (
                "Pour devenir membre, vous rencontrez une personne de l'équipe et vous signez "
                "le règlement intérieur.",
                "To become a member, you meet someone from the team and sign the bylaws.",
            ),
        ),
        thanks_text=tr.p(
            (
                "Merci. Nous vous contactons bientôt pour convenir d'une rencontre.",
                "Thank you. We will contact you soon to arrange a meeting.",
            ),
        ),
    )
    return page


def link_service_pages_to_forms(tr, home, quote, appointment, membership):
    """Every service page ends with the button to its form; the contact page offers the
    appointment form too. Added once: a page that already links to the form is left alone."""
    buttons = [
        (
            "formations-pour-professionnels",
            quote,
            tr.t("Demander un devis", "Request a quote"),
            tr.t(
                "Dites-nous ce dont votre équipe a besoin : nous vous envoyons un devis.",
                "Tell us what your team needs: we will send you a quote.",
            ),
            tr.t("Demander un devis de formation", "Request a training quote"),
        ),
        (
            "accompagnement-des-victimes",
            appointment,
            tr.t("Prendre rendez-vous", "Make an appointment"),
            tr.t(
                "Gratuit et confidentiel. Vous n'avez pas besoin de donner votre vrai nom.",
                "Free and confidential. You do not need to give your real name.",
            ),
            tr.t("Demander un rendez-vous", "Ask for an appointment"),
        ),
        (
            "contact",
            appointment,
            tr.t("Rencontrer l'équipe", "Meet the team"),
            tr.t(
                "Dites-nous comment vous joindre sans danger : nous vous contactons.",
                "Tell us how to reach you safely: we will contact you.",
            ),
            tr.t("Demander un rendez-vous", "Ask for an appointment"),
        ),
        (
            "devenir-membre",
            membership,
            tr.t("Je veux devenir membre", "I want to join"),
            tr.t(
                "Laissez-nous un moyen de vous joindre : nous vous proposons une rencontre.",
                "Leave us a way to reach you: we will offer you a meeting.",
            ),
            tr.t("Je veux devenir membre", "I want to join"),
        ),
    ]
    for slug, form_page, title, text, label in buttons:
        page = child_by_slug(home, slug)
        if page is None or form_page is None:
            continue
        if any(
            block.block_type == "call_to_action" and block.value["link"]["page"].pk == form_page.pk
            for block in page.body
        ):
            continue
        cta = {"title": title, "text": text, "link": {"label": label, "page": form_page}}
        if slug == "contact":
            page.body.insert(1, ("call_to_action", cta))  # right after the contact details
        else:
            page.body.append(("call_to_action", cta))
        page.save_revision().publish()
        refresh_translation(page, tr)


# Fixed keys make the loader idempotent: a second run finds these and adds nothing.
def _key(number):
    return uuid.UUID(f"00000000-0000-4000-8000-{number:012d}")


def demo_requests():
    now = timezone.now()
    specs = [
        (
            TrainingQuoteRequest,
            1,
            {
                "organisation": "Foyer de l'Exemple (fictif)",
                "organisation_kind": "shelter",
                "contact_name": "Camille Exemple",
                "contact_role": "Cheffe de service",
                "email": "camille@example.org",
                "training": "initial",
                "audience": "adults",
                "participants": 12,
                "preferred_period": "Printemps 2027",
                "place": "on_site",
                "region": "Île-de-France",
                "language": "fr",
                "status": Status.QUOTED,
            },
        ),
        (
            TrainingQuoteRequest,
            2,
            {
                "organisation": "Example School (fictional)",
                "organisation_kind": "education",
                "contact_name": "Sam Example",
                "contact_role": "Head teacher",
                "email": "sam@example.org",
                "training": "practice_group",
                "audience": "minors",
                "participants": 8,
                "preferred_period": "Autumn 2027",
                "place": "online",
                "region": "Occitanie",
                "language": "en",
                "mail_failed": True,
            },
        ),
        (
            AppointmentRequest,
            3,
            {
                "name": "Rose",
                "contact_method": ContactMethod.MESSAGING,
                "contact_value": "Signal : rose.exemple",
                "may_leave_message": False,
                "preferred_language": "en",
                "language": "fr",
            },
        ),
        (
            MembershipInterest,
            4,
            {
                "name": "Joy",
                "contact_method": ContactMethod.EMAIL,
                "contact_value": "joy@example.org",
                "may_leave_message": True,
                "preferred_language": "fr",
                "language": "fr",
                "referred_by": "Association Exemple",
            },
        ),
    ]
    created = 0
    for index, (model, number, fields) in enumerate(specs):
        _record, was_created = model.objects.get_or_create(
            idempotency_key=_key(number),
            defaults={
                **fields,
                "privacy_agreed": True,
                "created_at": now - datetime.timedelta(days=3 + 5 * index),
            },
        )
        created += was_created
    return created
