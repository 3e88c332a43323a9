"""Privacy of the public site: nothing loaded from another host, no cookie, no inline code."""

from django.contrib.staticfiles import finders

from .crawl import CSS_URL, foreign_host


def test_the_crawl_reaches_the_demo_site_in_both_languages(public_site):
    pages, _ = public_site
    urls = {page.url for page in pages}
    assert len(pages) >= 10
    assert any(url.startswith("/fr/") and url != "/fr/" for url in urls)
    assert any(url.startswith("/en/") and url != "/en/" for url in urls)


def test_no_public_page_loads_anything_from_another_host(public_site):
    pages, _ = public_site
    problems = []
    for page in pages:
        for tag, attribute, url in page.parser.resources:
            if foreign_host(url):
                problems.append(f"{page.url}: <{tag} {attribute}={url}>")
        for css in page.parser.style_attributes + page.parser.inline_styles:
            foreign = [u for u in CSS_URL.findall(css) if foreign_host(u)]
            problems += [f"{page.url}: css url({u})" for u in foreign]
    assert problems == []


def test_no_public_page_has_inline_code_the_csp_would_block(public_site):
    pages, _ = public_site
    problems = [
        f"{page.url}: {kind}"
        for page in pages
        for kind, found in (
            ("inline <script>", page.parser.inline_scripts),
            ("<style> element", page.parser.inline_styles),
            ("style attribute", page.parser.style_attributes),
        )
        if found
    ]
    assert problems == []


def test_stylesheets_load_nothing_from_another_host(public_site):
    pages, _ = public_site
    stylesheets = {
        url.split("?")[0]
        for page in pages
        for tag, attribute, url in page.parser.resources
        if tag == "link" and url.startswith("/static/") and url.split("?")[0].endswith(".css")
    }
    assert stylesheets, "the crawl should find the site's stylesheet"
    for url in stylesheets:
        path = finders.find(url.removeprefix("/static/"))
        assert path, url
        with open(path, encoding="utf-8") as f:
            foreign = [u for u in CSS_URL.findall(f.read()) if foreign_host(u)]
        assert foreign == [], url


def test_public_pages_set_no_cookie_except_the_csrf_token_of_forms(public_site):
    pages, _ = public_site
    for page in pages:
        cookies = set(page.response.cookies)
        allowed = {"csrftoken"} if page.parser.has_post_form else set()
        assert cookies <= allowed, (page.url, cookies)


def test_public_pages_can_be_cached_and_indexed(public_site):
    """Plain pages may be cached; a form page (its CSRF token is personal) may not."""
    pages, _ = public_site
    for page in pages:
        if not page.parser.has_post_form:
            assert "no-store" not in page.response.get("Cache-Control", ""), page.url
        assert "X-Robots-Tag" not in page.response, page.url


def test_the_checks_above_do_spot_foreign_hosts_and_inline_code():
    from .crawl import PageParser

    parser = PageParser()
    parser.feed(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css">'
        '<link rel="alternate" hreflang="en" href="https://elsewhere.example/en/">'
        '<img src="//cdn.example/x.png" srcset="/a.png 1x, https://cdn.example/b.png 2x">'
        '<script>alert(1)</script><script type="application/ld+json">{}</script>'
        '<div style="background:url(https://tracker.example/p.gif)"></div>'
        '<form method="get"><input name="q"><select name="year"></select></form>'
        '<a href="https://partner.example/">a partner (links are fine)</a>'
    )
    foreign = {foreign_host(url) for _, _, url in parser.resources} - {None}
    assert foreign == {"fonts.googleapis.com", "cdn.example"}
    assert [u for s in parser.style_attributes for u in CSS_URL.findall(s)] == [
        "https://tracker.example/p.gif"
    ]
    assert parser.inline_scripts == ["alert(1)"]
    assert parser.get_fields == {"q", "year"}
