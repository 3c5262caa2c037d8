from axes import apps as axes_apps
from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from django_tasks_db import apps as tasks_apps


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Birgemiz"

    def ready(self):
        from django.contrib import admin

        from portal import (
            checks,  # noqa: F401  (registers the deploy checks)
            library_admin,
        )
        from portal.roles import ensure_groups

        # After every app's migrations (and the permissions that auth creates for it, whose handler was connected
        # earlier), so the groups also pick up models that arrived in this migrate.
        post_migrate.connect(ensure_groups, dispatch_uid="portal.roles.ensure_groups")
        library_admin.install(admin.site)


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with our site (portal/admin_site.py); INSTALLED_APPS names it instead of django.contrib.admin."""

    default = False  # "portal" in INSTALLED_APPS means PortalConfig
    default_site = "portal.admin_site.PortalAdminSite"


# The libraries name their apps in English without gettext ("Tasks Database Backend") or not at all ("Axes"):
# Django's way to rename a third-party app is a subclass of its AppConfig in INSTALLED_APPS. They are not defaults,
# so that "portal" still finds PortalConfig.


class LoginProtectionConfig(axes_apps.AppConfig):
    default = False
    verbose_name = _("Login protection")


class BackgroundTasksConfig(tasks_apps.TasksAppConfig):
    default = False
    verbose_name = _("Background tasks")
