from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo loader (`load_demo`) and the content check (`check_content`). The content
    itself lives beside each app, in its `demo_content/` folder."""

    name = "mist_site.demo"
    label = "mist_demo"
    verbose_name = "Demo content"
