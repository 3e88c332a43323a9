from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """GDPR export and erasure, driven by what each app declares in its personal_data module."""

    name = "mist_site.privacy"
    label = "privacy"
    verbose_name = "Privacy"

    def ready(self):
        from . import checks  # noqa: F401  (registers the declaration check)
