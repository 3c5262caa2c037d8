from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Birgemiz"

    def ready(self):
        from portal import checks  # noqa: F401  (registers the deploy checks)
        from portal.roles import ensure_groups

        # After every app's migrations (and the permissions that auth creates for it, whose handler was connected
        # earlier), so the groups also pick up models that arrived in this migrate.
        post_migrate.connect(ensure_groups, dispatch_uid="portal.roles.ensure_groups")
