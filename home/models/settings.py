from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    """Site-wide values editors change without a developer."""

    contact_email = models.EmailField(
        default="contact@mist-association.org", verbose_name=_("Contact e-mail")
    )
    team_email = models.EmailField(
        default="equipe@mist-association.org",
        verbose_name=_("Team e-mail"),
        help_text=_("Where requests sent through the site's forms are delivered."),
    )
    instagram_url = models.URLField(blank=True, verbose_name="Instagram")
    youtube_url = models.URLField(blank=True, verbose_name="YouTube")
    tiktok_url = models.URLField(blank=True, verbose_name="TikTok")
    # Contact page (ContactDetailsBlock): each shown only when filled. The demo leaves them
    # empty: only the association knows them.
    postal_address = models.TextField(blank=True, verbose_name=_("Postal address"))
    phone = models.CharField(
        max_length=30,
        blank=True,
        verbose_name=_("Phone"),
        help_text=_("As people dial it from France, e.g. 01 23 45 67 89."),
    )
    opening_hours_fr = models.TextField(blank=True, verbose_name=_("Opening hours (French)"))
    opening_hours_en = models.TextField(blank=True, verbose_name=_("Opening hours (English)"))
    messaging_apps = models.TextField(
        blank=True,
        verbose_name=_("Messaging apps"),
        help_text=_("One per line, e.g. “Signal: 06 …” or “WhatsApp: 06 …”."),
    )
    directions_fr = models.TextField(blank=True, verbose_name=_("How to come (French)"))
    directions_en = models.TextField(blank=True, verbose_name=_("How to come (English)"))
    # Legal notice (PublisherDetailsBlock): what French law (LCEN art. 6) asks of a publisher.
    publisher_name = models.CharField(
        max_length=200, default="Mist", verbose_name=_("Publisher (association's name)")
    )
    registration_number = models.CharField(
        max_length=60,
        blank=True,
        verbose_name=_("Registration number"),
        help_text=_("RNA number (W…) or SIRET."),
    )
    publication_director = models.CharField(
        max_length=200, blank=True, verbose_name=_("Publication director")
    )
    host_name = models.CharField(max_length=200, blank=True, verbose_name=_("Host's name"))
    host_address = models.TextField(blank=True, verbose_name=_("Host's address"))
    host_phone = models.CharField(max_length=30, blank=True, verbose_name=_("Host's phone"))
    # "Support Mist" page (SupportLinksBlock).
    donation_url = models.URLField(blank=True, verbose_name=_("Donation page address"))
    membership_fee_url = models.URLField(blank=True, verbose_name=_("Membership-fee page address"))
    quick_exit_url = models.URLField(
        default=settings.QUICK_EXIT_DEFAULT_URL,
        verbose_name=_("Quick exit address"),
        help_text=_("A neutral site (weather, news) the quick-exit button leaves for."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("team_email")], _("Contact")),
        MultiFieldPanel(
            [FieldPanel("instagram_url"), FieldPanel("youtube_url"), FieldPanel("tiktok_url")],
            _("Social networks"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("postal_address"),
                FieldPanel("phone"),
                FieldPanel("opening_hours_fr"),
                FieldPanel("opening_hours_en"),
                FieldPanel("messaging_apps"),
                FieldPanel("directions_fr"),
                FieldPanel("directions_en"),
            ],
            _("Contact page (each shown only when filled)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("publisher_name"),
                FieldPanel("registration_number"),
                FieldPanel("publication_director"),
                FieldPanel("host_name"),
                FieldPanel("host_address"),
                FieldPanel("host_phone"),
            ],
            _("Legal notice"),
        ),
        MultiFieldPanel(
            [FieldPanel("donation_url"), FieldPanel("membership_fee_url")], _("Support Mist")
        ),
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("Site settings")

    def in_language(self, field):
        """The French or English version of a text written twice (settings are not
        translated by wagtail-localize), falling back to French."""
        from django.utils import translation

        language = "en" if translation.get_language() == "en" else "fr"
        return getattr(self, f"{field}_{language}") or getattr(self, f"{field}_fr")

    @property
    def opening_hours(self):
        return self.in_language("opening_hours")

    @property
    def directions(self):
        return self.in_language("directions")

    @property
    def messaging_app_lines(self):
        return [line.strip() for line in self.messaging_apps.splitlines() if line.strip()]
