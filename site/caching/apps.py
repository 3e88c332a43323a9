from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "mist_site.caching"
    label = "caching"
    verbose_name = "Caching"

    def ready(self):
        from mist_site.caching.purge import connect_signals

        connect_signals()
