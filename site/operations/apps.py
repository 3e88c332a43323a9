from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site for years: backups and restores, the health check, error mails."""

    name = "mist_site.operations"
    label = "operations"
    verbose_name = "Operations"
