from axes import apps as axes_apps
from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from django_tasks_db import apps as tasks_apps


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Birgemiz"

    def ready(self):
        from django.contrib import admin

        from portal import library_admin
        from portal.roles import ensure_groups

        # After every app's migrations (and the permissions that auth creates for it, whose handler was connected
        # earlier), so the groups also pick up models that arrived in this migrate.
        post_migrate.connect(ensure_groups, dispatch_uid="portal.roles.ensure_groups")
        admin.site.site_header = admin.site.site_title = _("Birgemiz: administration")
        admin.site.index_title = _("Editors and coordinators")
        library_admin.install(admin.site)


# The libraries name their apps in English without gettext ("Tasks Database Backend") or not at all ("Axes"):
# Django's way to rename a third-party app is a subclass of its AppConfig in INSTALLED_APPS. They are not defaults,
# so that "portal" still finds PortalConfig.


class LoginProtectionConfig(axes_apps.AppConfig):
    default = False
    verbose_name = _("Login protection")


class BackgroundTasksConfig(tasks_apps.TasksAppConfig):
    default = False
    verbose_name = _("Background tasks")
