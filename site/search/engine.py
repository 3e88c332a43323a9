"""Site search: live public pages of the active language, ranked by Wagtail search, grouped
by kind (page type) and with the searched words highlighted.

Works with every database backend Wagtail ships (`wagtail.search.backends.database` picks the
PostgreSQL full-text backend on PostgreSQL and SQLite FTS5 on SQLite)."""

import re
import unicodedata
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

# Longer queries are cut: nobody types more, and long inputs only cost database time.
MAX_QUERY_LENGTH = 100
MAX_TERMS = 10
RESULTS_PER_PAGE = 10
SUMMARY_WORDS = 40


def clean_query(raw):
    """The query as typed, without control characters, squeezed and cut to a sane length."""
    if not raw:
        return ""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(raw))
    text = " ".join(text.split())
    return text[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """The words of the query, for the search engine and for highlighting."""
    words = re.findall(r"\w+", query)
    unique = list(dict.fromkeys(word for word in words if len(word) > 1 or word.isdigit()))
    return unique[:MAX_TERMS]


def _fold_char(ch):
    """One character without accent, lower case, still one character (keeps offsets)."""
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def fold(text):
    return "".join(_fold_char(ch) for ch in text)


def highlight(text, terms):
    """`text` escaped, with each occurrence of a term wrapped in <mark>. Case and accents are
    ignored when matching ("equipe" marks "Équipe"), the original text is shown."""
    text = str(text or "")
    folded_terms = sorted({fold(term) for term in terms if term}, key=len, reverse=True)
    if not folded_terms:
        return escape(text)
    pattern = re.compile("|".join(re.escape(term) for term in folded_terms))
    folded = fold(text)
    parts, position = [], 0
    for match in pattern.finditer(folded):
        start, end = match.span()
        parts.append(escape(text[position:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 — every piece of text above is escaped


@dataclass
class Kind:
    key: str  # "pages" for the site's general pages, else "app_label.model_name"
    label: str
    count: int = 0
    content_type_ids: list = field(default_factory=list)
    is_current: bool = False


@dataclass
class Result:
    page: Page
    url: str
    title: str
    summary: str


@dataclass
class Group:
    label: str
    results: list = field(default_factory=list)


@dataclass
class SearchOutcome:
    query: str
    terms: list
    kinds: list  # every kind that has results, with its count (for the filter links)
    current_kind: Kind | None
    page_obj: object  # a Django Page of results, or None when nothing was searched
    groups: list  # the current page's results, grouped by kind in order of relevance
    any_word: bool = False  # no page had every word: these pages have some of them

    @property
    def page_range(self):
        """Page numbers with "…" between far-apart ones: 1 2 … 7 8 9 … 20."""
        if not self.page_obj:
            return []
        return list(
            self.page_obj.paginator.get_elided_page_range(self.page_obj.number, on_each_side=2)
        )

    @property
    def total(self):
        return self.page_obj.paginator.count if self.page_obj else 0


def searchable_pages(home):
    """Live, public pages of one language tree (the home page of that language and below).
    Pages under a view restriction (login, password, groups) are left out."""
    if home is None:
        return Page.objects.none()
    return Page.objects.live().public().descendant_of(home, inclusive=True)


# The shell's own page types read as one kind, "Pages"; feature apps' page types (projects,
# episodes, podcasts) each are a kind of their own, named by their verbose name.
GENERAL_PAGE_TYPES = {"home.homepage", "home.contentpage", "home.teampage", "home.timelinepage"}


def kind_of(model):
    label = model._meta.label_lower
    if label in GENERAL_PAGE_TYPES:
        return "pages", _("Pages")
    return label, str(model._meta.verbose_name_plural).capitalize()


def _kinds(counts):
    kinds = {}
    for content_type_id, count in counts.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or not count:
            continue
        key, label = kind_of(model)
        kind = kinds.setdefault(key, Kind(key, label))
        kind.count += count
        kind.content_type_ids.append(content_type_id)
    return sorted(kinds.values(), key=lambda kind: (kind.key != "pages", -kind.count, kind.label))


def _summary(page):
    text = getattr(page, "search_description", "") or ""
    if not text:
        text = getattr(page, "introduction", "") or ""
    return Truncator(text).words(SUMMARY_WORDS)


def search(home, raw_query, kind=None, page_number=1, request=None):
    """Run a search in the tree under `home` and return what the results page shows."""
    query = clean_query(raw_query)
    terms = query_terms(query)
    if not terms:
        return SearchOutcome(query, [], [], None, None, [])

    pages = searchable_pages(home)
    search_text = " ".join(terms)
    # Every word first (precise); when that finds nothing, any of the words (forgiving).
    operator = "and"
    kinds = _kinds(_facets(pages, search_text, operator))
    if not kinds and len(terms) > 1:
        operator = "or"
        kinds = _kinds(_facets(pages, search_text, operator))
    current_kind = next((item for item in kinds if item.key == kind), None)
    if current_kind is not None:
        current_kind.is_current = True
        pages = pages.filter(content_type_id__in=current_kind.content_type_ids)

    results = pages.search(search_text, operator=operator)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    groups = _grouped(list(page_obj.object_list), terms, request)
    return SearchOutcome(
        query, terms, kinds, current_kind, page_obj, groups, any_word=operator == "or"
    )


def _facets(pages, search_text, operator):
    """{content type id: number of results}, in one query."""
    return pages.search(search_text, operator=operator, order_by_relevance=False).facet(
        "content_type_id"
    )


def _grouped(pages, terms, request):
    """The pages of one results page, as specific pages, grouped by kind; groups come in the
    order of their best-ranked page. One query per page type on this results page."""
    if not pages:
        return []
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific(defer=False)
    }
    groups = {}
    for base in pages:
        page = specific.get(base.pk, base)
        key, label = kind_of(type(page))
        group = groups.setdefault(key, Group(label))
        group.results.append(
            Result(
                page=page,
                url=page.get_url(request),
                title=highlight(page.title, terms),
                summary=highlight(_summary(page), terms),
            )
        )
    return list(groups.values())
