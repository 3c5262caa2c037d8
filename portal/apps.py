from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
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


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with our site (portal/admin_site.py); INSTALLED_APPS names it instead of django.contrib.admin."""

    default = False  # "portal" in INSTALLED_APPS means PortalConfig
    default_site = "portal.admin_site.PortalAdminSite"
