from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = _("Members area")

    def ready(self):
        from members_area.groups import ensure_role_groups

        # After every app's permissions exist (Django creates them in post_migrate too).
        post_migrate.connect(ensure_role_groups, sender=self, dispatch_uid="mist_role_groups")
