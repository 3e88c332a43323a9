"""Serving the form pages (called from EnquiryFormPage's routes) and the site's 400 page."""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers

from enquiries import spam
from enquiries.forms import HONEYPOT_FIELD
from enquiries.submissions import submit
from home.views import bad_request


def form_view(request, page):
    privacy_url = privacy_page_url(page, request)
    if request.method != "POST":
        return render_form(request, page, page.form_class(privacy_url=privacy_url))
    try:
        data = request.POST
    except RequestDataTooBig:
        return bad_request(request)
    form = page.form_class(data, privacy_url=privacy_url)
    if spam.is_rate_limited(request):
        return render_form(request, page, form, status=429, rate_limited=True)
    if data.get(HONEYPOT_FIELD):
        # A robot filled the hidden field: thank it and store nothing.
        spam.count_submission(request)
        return private(redirect(page.get_thanks_url(request)))
    if not form.is_valid():
        return render_form(request, page, form)
    spam.count_submission(request)
    submit(form, language=page.locale.language_code)
    return private(redirect(page.get_thanks_url(request)))


def thanks_view(request, page):
    return private(page.render(request, template=page.thanks_template))


def render_form(request, page, form, status=200, rate_limited=False):
    response = page.render(
        request,
        context_overrides={"form": form, "rate_limited": rate_limited},
    )
    response.status_code = status
    return private(response)


def private(response):
    """Form pages carry a CSRF token: no shared cache may keep them."""
    add_never_cache_headers(response)
    return response


def privacy_page_url(page, request):
    """The privacy notice in the page's language, found through its French source page."""
    from home.models import ContentPage

    source_keys = ContentPage.objects.filter(
        slug=settings.ENQUIRY_PRIVACY_SLUG,
        locale__language_code=settings.LANGUAGE_CODE,
        depth=3,
    ).values("translation_key")
    privacy = (
        ContentPage.objects.live()
        .filter(locale_id=page.locale_id, translation_key__in=source_keys)
        .only("id", "url_path", "path", "depth")
        .first()
    )
    return privacy.get_url(request) if privacy else ""
