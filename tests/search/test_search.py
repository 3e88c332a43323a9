import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mist_site.search import engine as site_search
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage
from tests.seo.conftest import read_head

pytestmark = pytest.mark.django_db


def search_url(language):
    with translation.override(language):
        return reverse("search")


def add_page(parent, title, restricted=False, live=True, **fields):
    page = ContentPage(title=title, slug=None, live=live, **fields)
    page.slug = title.lower().replace(" ", "-")
    parent.add_child(instance=page)
    if live:
        page.save_revision().publish()
    if restricted:
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    return page


def test_search_url_is_translated():
    assert search_url("fr") == "/fr/recherche/"
    assert search_url("en") == "/en/search/"


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("fr", "gouvernance", "/fr/equipe/gouvernance/"),
        ("en", "governance", "/en/team/governance/"),
        ("fr", "recommandations", "/fr/plaidoyer/recommandations/"),
        ("en", "recommendations", "/en/advocacy/recommendations/"),
    ],
)
def test_a_word_of_a_page_finds_it_in_its_language(client, language, word, expected):
    response = client.get(search_url(language), {"q": word})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{expected}"' in html
    other = "/en/" if language == "fr" else "/fr/"
    assert f'class="search-result__title"><a href="{other}' not in html


def test_every_demo_page_type_is_found_by_its_title_in_each_language(public_pages, rf):
    """Covers every page type the demo builds (projects and episodes too, once they exist)."""
    from home.models import HomePage

    homes = {home.locale_id: home for home in HomePage.objects.live()}
    seen_types = set()
    for page in public_pages:
        key = (page.content_type_id, page.locale_id)
        if key in seen_types:
            continue
        seen_types.add(key)
        # As the search page does: the words of the title, without punctuation.
        words = " ".join(site_search.query_terms(page.title))
        found = site_search.searchable_pages(homes[page.locale_id]).search(words, operator="and")
        assert page.pk in [result.pk for result in found], page.url_path
    assert len({locale for _type, locale in seen_types}) == 2


def test_highlight_marks_terms_ignoring_case_and_accents_and_escapes_the_rest():
    html = site_search.highlight("<b>Équipe</b> & equipes", ["equipe"])
    assert html == "&lt;b&gt;<mark>Équipe</mark>&lt;/b&gt; &amp; <mark>equipe</mark>s"


def test_results_show_highlighted_terms(client):
    response = client.get(search_url("en"), {"q": "training"})
    assert "<mark>Training</mark>" in response.content.decode()


def test_restricted_and_draft_pages_never_appear(client, home_fr, make_user):
    secret = add_page(home_fr, "Zanzibarquux membres", restricted=True)
    add_page(secret, "Zanzibarquux sous-page")
    add_page(home_fr, "Zanzibarquux brouillon", live=False)
    public = add_page(home_fr, "Zanzibarquux public")
    client.force_login(make_user("active_member"))
    response = client.get(search_url("fr"), {"q": "zanzibarquux"})
    html = response.content.decode()
    assert public.url in html
    assert "zanzibarquux-membres" not in html
    assert "zanzibarquux-sous-page" not in html
    assert "zanzibarquux-brouillon" not in html


def test_search_page_is_not_indexed_and_sets_no_cookie(client):
    response = client.get(search_url("fr"), {"q": "traite"})
    head = read_head(response)
    assert head.meta("robots") == ["noindex, follow"]
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.cookies
    assert len(head.titles) == 1
    assert len(head.links_with_rel("canonical")) == 1


def test_header_has_an_accessible_search_box_on_every_page(client):
    for url, action in [("/fr/", "/fr/recherche/"), ("/en/about-us/", "/en/search/")]:
        html = client.get(url).content.decode()
        assert f'action="{action}"' in html
        assert '<label class="visually-hidden" for="site-search-q">' in html
        assert 'type="search" name="q"' in html


def test_script_in_query_is_escaped(client):
    response = client.get(search_url("en"), {"q": "<script>alert(1)</script> training"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 20000},
        {"q": "traite", "page": "abc"},
        {"q": "traite", "page": "99999"},
        {"q": "traite", "page": "-1"},
        {"q": "traite", "kind": "nope"},
        {"q": '"'},
        {"q": "NEAR( AND OR NOT *"},
        {"q": "\x00\x1f"},
        {"q": ""},
    ],
)
def test_odd_queries_give_a_normal_page(client, params):
    response = client.get(search_url("fr"), params)
    assert response.status_code == 200


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=200))
def test_any_text_gives_a_normal_page(client, query):
    response = client.get(search_url("en"), {"q": query.replace("\x00", "")})
    assert response.status_code == 200


def test_long_query_is_cut():
    assert len(site_search.clean_query("mot " * 1000)) <= site_search.MAX_QUERY_LENGTH


def test_kinds_are_counted_and_filterable(client):
    response = client.get(search_url("fr"), {"q": "traite", "kind": "pages"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h2 id="search-group-1">Pages</h2>' in html
    outcome = site_search.search(
        Page.objects.get(url_path="/accueil/").specific, "traite", kind="pages"
    )
    assert outcome.current_kind.key == "pages"
    assert outcome.current_kind.count == outcome.total > 0


def test_kind_of_groups_the_shell_pages_and_names_the_others():
    from django.contrib.auth.models import Group

    assert site_search.kind_of(ContentPage)[0] == "pages"
    with translation.override("en"):
        assert site_search.kind_of(Group) == ("auth.group", "Groups")


@pytest.mark.parametrize("count", [12, 40])
def test_pagination_and_flat_query_count(client, home_fr, count, django_assert_max_num_queries):
    for number in range(count):
        add_page(home_fr, f"Quokkapagination {number}")
    with django_assert_max_num_queries(25):
        first = client.get(search_url("fr"), {"q": "quokkapagination"})
    html = first.content.decode()
    assert html.count('class="search-result"') == site_search.RESULTS_PER_PAGE
    assert 'rel="next"' in html
    last_page = -(-count // site_search.RESULTS_PER_PAGE)
    last = client.get(search_url("fr"), {"q": "quokkapagination", "page": last_page})
    remaining = count - (last_page - 1) * site_search.RESULTS_PER_PAGE
    assert last.content.decode().count('class="search-result"') == remaining


def test_query_count_does_not_grow_with_matches(client, home_fr, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get(search_url("fr"), {"q": "wombatcount"})
        return len(captured)

    add_page(home_fr, "Wombatcount 0")
    client.get(search_url("fr"), {"q": "wombatcount"})  # warm caches (content types, sites)
    few = queries()
    for number in range(1, 30):
        add_page(home_fr, f"Wombatcount {number}")
    client.get(search_url("fr"), {"q": "wombatcount"})  # publishing renewed the page shell
    assert queries() == few
