"""No public page answers 500, whatever is put in its query string.

The pages come from the crawl of the demo site; the parameter names are the usual ones of the
site's listings and search, plus every name found in the pages' GET forms and links, so the
filters other apps add are covered without listing them here."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KNOWN_PARAMETERS = [
    "page",
    "q",
    "year",
    "theme",
    "funder",
    "status",
    "partner",
    "tag",
    "sort",
    "month",
    "category",
    "lang",
    "next",
    "format",
    "season",
    "type",
    "order",
]
ODD_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "1.5",
    "1e309",
    "9" * 400,
    "NaN",
    "null",
    "None",
    "[]",
    "{}",
    "\x00",
    "a\x00b",
    "%00",
    "\ud7ff",
    "😀",
    "ﷺ",
    "\u202e",
    "' OR 1=1 --",
    "<script>x</script>",
    "../../etc/passwd",
    "2024-13-45",
    "%",
    "%%",
    "\\",
    "?",
    "&",
    "=",
    "a" * 5000,
    # Full-text syntax of SQLite FTS5 and PostgreSQL (issue 16: a lone quote gave a 500).
    '"',
    '"a',
    '""',
    "a OR b",
    "OR",
    "AND",
    "NOT a",
    "NEAR(a b)",
    "(",
    ")",
    "(a",
    "*",
    "a*",
    "-",
    "-a",
    "a & b | !c",
    "a <-> b",
    "title:a",
    "{a b}",
    "^a",
    # Far-future and far-past dates and years.
    "9999",
    "99999",
    "9999-12-31",
    "99991231T235959Z",
    "0001-01-01",
]
FULL_TEXT_WORDS = st.lists(
    st.sampled_from(['"', "OR", "AND", "NOT", "NEAR", "(", ")", "*", "-", "+", "projet", "a"]),
    min_size=1,
    max_size=5,
).map(" ".join)
VALUES = st.one_of(
    st.sampled_from(ODD_VALUES),
    FULL_TEXT_WORDS,
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


def parameter_names(query_names, pages):
    names = set(KNOWN_PARAMETERS) | set(query_names)
    for page in pages:
        names |= page.parser.get_fields
    return sorted(names)


def one_page_per_template(pages):
    """Pages drawn by the same template run the same view and code: one of each kind in each
    language is enough for a sweep of odd values (the crawl still visits them all)."""
    chosen = {}
    for page in pages:
        templates = [template.name for template in getattr(page.response, "templates", [])]
        language = page.url.split("/")[1]
        chosen.setdefault((templates[0] if templates else page.url, language), page)
    return list(chosen.values())


def clean(value):
    # Surrogates cannot travel in a URL; a browser would send them as U+FFFD.
    return value.encode("utf-8", "replace").decode("utf-8")


@pytest.mark.slow
@pytest.mark.django_db
def test_no_query_string_makes_a_public_page_fail(public_site):
    pages, query_names = public_site
    urls = sorted({page.url.split("?")[0] for page in pages})
    names = parameter_names(query_names, pages)
    client = Client(raise_request_exception=False)

    @settings(
        max_examples=300,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        url=st.sampled_from(urls),
        params=st.lists(st.tuples(st.sampled_from(names), VALUES), min_size=1, max_size=4),
    )
    def check(url, params):
        response = client.get(url, [(name, clean(value)) for name, value in params])
        assert response.status_code < 500, (url, params)

    check()


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("value", ODD_VALUES)
def test_every_page_survives_each_odd_value_in_every_parameter(public_site, value):
    pages, query_names = public_site
    client = Client(raise_request_exception=False)
    query = [(name, value) for name in parameter_names(query_names, pages)]
    for url in sorted({page.url.split("?")[0] for page in one_page_per_template(pages)}):
        response = client.get(url, query + query)  # every parameter, and each one twice
        assert response.status_code < 500, (url, value)


@pytest.mark.slow
@pytest.mark.django_db
def test_no_input_makes_a_public_form_fail(public_site):
    """Every POST form of the public site, filled with anything: an answer, never a 500."""
    from urllib.parse import urljoin

    pages, _ = public_site
    forms = sorted(
        {
            (urljoin(page.url, action or page.url), tuple(sorted(fields - {"csrfmiddlewaretoken"})))
            for page in pages
            for action, fields in page.parser.post_forms
        }
    )
    assert forms, "the public site has forms (training quote, appointment, membership)"
    client = Client(raise_request_exception=False)

    @settings(
        max_examples=200,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(form=st.sampled_from(forms), data=st.data())
    def check(form, data):
        url, fields = form
        posted = {name: clean(data.draw(VALUES, label=name)) for name in fields}
        response = client.post(url, posted)
        assert response.status_code < 500, (url, posted)

    check()
