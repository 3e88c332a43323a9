"""The project archive: one index page per language and one page per project."""

from collections import Counter
from functools import partial

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.models import BasePage
from projects.blocks import OutcomesBlock
from projects.models.querysets import ProjectPageManager

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class ProjectIndexPage(BasePage):
    """The archive: lists its ProjectPages, newest first, with filters (see projects/listing)."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Text above the list"))

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Project index")

    def projects(self):
        """The live projects of this index (its language only: children share its locale)."""
        return ProjectPage.objects.child_of(self).live()

    def get_context(self, request, *args, **kwargs):
        from projects.listing import ProjectListing

        context = super().get_context(request, *args, **kwargs)
        # Lazy: the list is read when the body is rendered, not when it comes from the cache.
        context["listing"] = SimpleLazyObject(lambda: ProjectListing(self, request))
        return context

    def fragment_cache_variant(self, request):
        """The list depends on the filters: only checked ones (and the page number) make a
        variant, so odd addresses cannot fill the cache; searches and notices are rendered."""
        from projects.listing import cache_variant

        return cache_variant(self, request)

    def filtered_url(self, **filters):
        """This index filtered, e.g. filtered_url(funder=12) → /fr/projets/?funder=12"""
        return f"{self.url}?{urlencode(filters)}"


class ProjectPage(BasePage):
    class Status(models.TextChoices):
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    summary = models.TextField(
        verbose_name=_("Summary"),
        help_text=_("Two or three plain sentences, shown in the project list too."),
    )
    start_year = models.PositiveSmallIntegerField(
        validators=YEAR_VALIDATORS, verbose_name=_("Start year")
    )
    end_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        verbose_name=_("End year"),
        help_text=_("Leave empty while the project is running."),
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.ONGOING, verbose_name=_("Status")
    )
    objectives = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("Objectives")
    )
    outcomes = StreamField(
        OutcomesBlock(),
        blank=True,
        verbose_name=_("Outcomes"),
        help_text=_("Start with the key figures: a number and what it counts."),
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        blank=True,
        verbose_name=_("Attached documents"),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Image"),
    )
    image_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("Image description (alternative text)"),
        help_text=_(
            "What the image shows, for people who cannot see it, in this page's language. "
            "Empty: the image's own description is used."
        ),
    )

    objects = ProjectPageManager()

    # Said explicitly: words are translated; years, status and the image are the same facts
    # in both languages. Themes, funders and partners are translatable link objects, which
    # wagtail-localize points at the snippets of the translation's language.
    override_translatable_fields = [
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("status"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        TranslatableField("summary"),
        TranslatableField("objectives"),
        TranslatableField("outcomes"),
        TranslatableField("documents"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        InlinePanel("project_themes", label=_("Themes")),
        FieldPanel("objectives"),
        FieldPanel("outcomes"),
        InlinePanel("project_funders", label=_("Funders")),
        InlinePanel("project_partners", label=_("Partners")),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("documents"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("outcomes"),
        index.FilterField("status"),
        index.FilterField("start_year"),
        index.FilterField("end_year"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Project")

    def clean(self):
        super().clean()
        if self.end_year is not None and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot come before the start.")})
        if self.status == self.Status.COMPLETED and self.end_year is None:
            raise ValidationError({"end_year": _("A completed project needs an end year.")})

    def get_meta_description(self):
        return self.search_description or self.summary

    @property
    def is_ongoing(self):
        return self.status == self.Status.ONGOING

    def image_alt_text(self):
        if self.image_alt:
            return self.image_alt
        return getattr(self.image, "description", "") or ""

    def get_context(self, request, *args, **kwargs):
        # Lazy: read when the body is rendered, not when it comes from the cache.
        context = super().get_context(request, *args, **kwargs)
        context["index_url"] = SimpleLazyObject(
            lambda: self.archive.get_url(request) if self.archive else ""
        )
        for role, name in (("funder", "funders"), ("partner", "partners")):
            context[name] = SimpleLazyObject(partial(self.organisations_in_archive, role))
        context["themes"] = SimpleLazyObject(
            lambda: [link.theme for link in self.project_themes.select_related("theme")]
        )
        context["episodes"] = SimpleLazyObject(self.related_episodes)
        return context

    def organisations_in_archive(self, role):
        return self.organisations_with_other_projects(role, self.archive)

    @cached_property
    def archive(self):
        """The project index this project is filed under (None if moved elsewhere)."""
        parent = self.get_parent().specific_deferred
        return parent if isinstance(parent, ProjectIndexPage) else None

    @property
    def document_list(self):
        return [block.value for block in self.documents]

    def organisations_with_other_projects(self, role, index=None):
        """This project's funders (role="funder") or partners, each with the number of this
        language's other live projects in the same role ("other projects funded by…") and
        the address of the index filtered by it."""
        links = self.project_funders if role == "funder" else self.project_partners
        organisations = [link.organisation for link in links.select_related("organisation")]
        if not organisations:
            return []
        if index is not None:  # counted from the archive's cached facts: no query
            from projects.facets import ProjectFacets

            counts = Counter(
                organisation_id
                for row in ProjectFacets.for_index(index).rows.values()
                if row.id != self.pk
                for organisation_id in set(row.values(role))
            )
        else:
            counts = dict(
                links.model.objects.filter(
                    organisation__in=organisations, page__live=True, page__locale_id=self.locale_id
                )
                .exclude(page_id=self.pk)
                .values_list("organisation_id")
                .annotate(n=Count("page_id", distinct=True))
            )
        return [
            {
                "organisation": organisation,
                "other_projects": counts.get(organisation.pk, 0),
                "url": index.filtered_url(**{role: organisation.pk}) if index else None,
            }
            for organisation in organisations
        ]

    def related_episodes(self):
        """The hook for the podcast app, which this app never imports: an EpisodePage with
        `related_project = ForeignKey(ProjectPage, related_name="episodes")` shows up here.
        Matched on the translation key, so an English episode whose key still points to the
        French project (foreign keys to pages are synchronised) is listed on the English page."""
        try:
            relation = self._meta.get_field("episodes")
        except Exception:  # the podcast app is not installed or has no such field
            return []
        Episode = relation.related_model
        field = relation.field.name
        return list(
            Episode.objects.live()
            .filter(locale_id=self.locale_id, **{f"{field}__translation_key": self.translation_key})
            .order_by("path")  # the order editors gave them in the tree
        )


class ProjectLink(TranslatableMixin, Orderable):
    """A link from a project to a snippet. Translatable itself, so wagtail-localize copies it
    into the English page pointing to the English snippet (M2M fields it would skip)."""

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


class ProjectTheme(ProjectLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_themes")
    theme = models.ForeignKey(
        "projects.Theme", on_delete=models.CASCADE, related_name="+", verbose_name=_("Theme")
    )
    panels = [FieldPanel("theme")]


class ProjectFunder(ProjectLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_funders")
    organisation = models.ForeignKey(
        "projects.Organisation",
        on_delete=models.CASCADE,
        related_name="funded_links",
        verbose_name=_("Funder"),
    )
    panels = [FieldPanel("organisation")]


class ProjectPartner(ProjectLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_partners")
    organisation = models.ForeignKey(
        "projects.Organisation",
        on_delete=models.CASCADE,
        related_name="partner_links",
        verbose_name=_("Partner"),
    )
    panels = [FieldPanel("organisation")]
