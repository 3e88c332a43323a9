"""A French editor sees the admin in French: every page an editor uses (listings, the edit
and add views of each page type and snippet, the translation editor) is rendered with the
French locale and searched for the English or raw values editors met (issue 18)."""

import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.snippets import SnippetViewSet

pytestmark = pytest.mark.django_db

# What French editors saw (issue 18), as patterns over the page's HTML.
ENGLISH_OR_RAW = {
    "block names": re.compile(r'"label": ?"(Heading|Quote|Paragraph|Key figures?|'
                              r'Call to action|Governance chain|Link|Level \d|Entry|Fact)"'),
    "main content field named Instance": re.compile(r">\s*Instance\s*<"),
    "raw booleans": re.compile(r"(?<!hidden)>\s*(True|False|None)\s*<"),
    "Duration display": re.compile(r"Duration display"),
    "Publish in…": re.compile(r"Publier dans|English\s*\)?\s*Publish"),
    "workflow name": re.compile(r"Moderators approval"),
    "pagination None": re.compile(r"\bsur \d+ None\b"),
    # Dates the admin writes (not English content quoted by the translation editor).
    "English month": re.compile(r'(le |Date": "|>\s*)\d{1,2} (January|February|March|April|'
                                r'May|June|July|August|September|October|November|December)'),
    "size in bytes": re.compile(r">\s*\d{5,}\s*<"),
}  # fmt: skip


@pytest.fixture
def french_editor(client, make_user):
    from wagtail.users.models import UserProfile

    user = make_user(None, username="redactrice", is_staff=True, is_superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(user)
    return client


def visible(html):
    """The page's text and attributes, unescaped (block definitions travel in attributes)."""
    return unescape(html)


PROJECT_APPS = ("home", "projects", "podcasts", "enquiries", "members_area")


def project_model_viewsets():
    """The admin sections of the project's own models (requests, members, calendar…)."""
    found = []
    for viewset in viewsets.viewsets:
        for child in getattr(viewset, "viewsets", [viewset]):
            if (
                isinstance(child, ModelViewSet)
                and not isinstance(child, SnippetViewSet)
                and child.model.__module__.startswith(PROJECT_APPS)
                and child not in found
            ):
                found.append(child)
    return found


def editor_urls():
    """Every admin address an editor uses, built from the demo's own objects."""
    urls = [
        "/admin/",
        "/admin/pages/",
        reverse("wagtail_localize:translations_report"),
        reverse("wagtail_localize:javascript_catalog"),  # the translation editor's strings
    ]
    finder = AdminURLFinder()
    for model in get_page_models():
        if model is Page:
            continue
        for page in model.objects.filter(depth__gt=1).order_by("path")[:1]:
            urls.append(f"/admin/pages/{page.pk}/edit/")
            urls.append(f"/admin/pages/{page.get_parent().pk}/")
            for translation in page.get_translations():
                urls.append(f"/admin/pages/{translation.pk}/edit/")
    for viewset in project_model_viewsets():
        urls.append(reverse(viewset.get_url_name("index")))
        obj = viewset.model.objects.first()
        if obj is not None and not getattr(viewset, "read_only", False):
            urls.append(reverse(viewset.get_url_name("edit"), args=[obj.pk]))
    for model in get_snippet_models():
        urls.append(reverse(model.snippet_viewset.get_url_name("list")))
        urls.append(reverse(model.snippet_viewset.get_url_name("add")))
        obj = model.objects.first()
        if obj is not None:
            urls.append(finder.get_edit_url(obj))
    return list(dict.fromkeys(urls))


def test_every_editor_page_is_in_french(french_editor):
    found = {}
    for url in editor_urls():
        response = french_editor.get(url, follow=True)
        if response.status_code == 403 and "/edit/" in url:
            continue  # append-only records (signatures) have no edit form
        assert response.status_code == 200, url
        html = visible(response.content.decode())
        for name, pattern in ENGLISH_OR_RAW.items():
            for match in pattern.finditer(html):
                found.setdefault(name, set()).add((url, match.group(0)[:80]))
    assert not found, "\n".join(f"{k}: {sorted(v)[:8]}" for k, v in found.items())
