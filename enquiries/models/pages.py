"""Pages that show the public forms. The text around each form is edited in the admin and
translated with wagtail-localize; the form itself and its messages come from the code."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.compat import HTTPMethod
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage


class EnquiryFormPage(RoutablePageMixin, BasePage):
    """A page with a form: shown on GET, handled on POST, then a redirect to its own
    "thanks" address (post/redirect/get: reloading the thank-you page sends nothing twice)."""

    body = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("Text above the form")
    )
    thanks_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        verbose_name=_("Text shown once the form is sent"),
        help_text=_("Say when and how the team will answer."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("thanks_text"),
    ]
    parent_page_types = ["home.ContentPage"]
    subpage_types = []

    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]
    form_template = "enquiries/form_page.html"
    thanks_template = "enquiries/form_page_thanks.html"
    form_class = None  # set on each page type

    class Meta:
        abstract = True

    def fragment_cache_variant(self, request):
        return None  # a form carries its visitor's token and typed data: never shared

    def get_template(self, request, *args, **kwargs):
        # Wagtail would name one template per page type; the three forms share one.
        return self.form_template

    @path("")
    def form_view(self, request):
        from enquiries.views import form_view

        return form_view(request, self)

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        from enquiries.views import thanks_view

        return thanks_view(request, self)

    def get_thanks_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("thanks")


class TrainingQuotePage(EnquiryFormPage):
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Training quote form page")
        # Django would add an "s" to the French name ("rendez-vouss").
        verbose_name_plural = _("Training quote form pages")

    @property
    def form_class(self):
        from enquiries.forms import TrainingQuoteForm

        return TrainingQuoteForm


class AppointmentPage(EnquiryFormPage):
    max_count_per_parent = 1
    shows_helplines = True  # someone asking for help may be in danger now

    class Meta:
        verbose_name = _("Appointment form page")
        verbose_name_plural = _("Appointment form pages")

    @property
    def form_class(self):
        from enquiries.forms import AppointmentForm

        return AppointmentForm


class MembershipInterestPage(EnquiryFormPage):
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Membership interest form page")
        verbose_name_plural = _("Membership interest form pages")

    @property
    def form_class(self):
        from enquiries.forms import MembershipInterestForm

        return MembershipInterestForm
