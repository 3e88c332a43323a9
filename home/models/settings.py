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
        FieldPanel("quick_exit_url"),
    ]

    class Meta:
        verbose_name = _("Site settings")
