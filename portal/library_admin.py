"""Django's and the libraries' models in the admin, in the staff member's language.

Their messages are translated in locale/<lang>/upstream/ (locale/README.md). What no catalogue reaches is set here:
text the libraries build in code rather than from messages (the names of django-axes' records, the task list's
columns, the alt text "True"/"False" of the admin's yes/no icons), permission names, which Django stores in English
("Can add article"), and the names of the staff roles, which are stored data (portal/roles.py finds its groups by
"Editors" and "Coordinators") but are shown translated. install() runs from PortalConfig.ready(), once the admin has
registered every app's models.
"""

from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.templatetags import admin_list
from django.contrib.auth.models import Group, User
from django.templatetags.static import static
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from portal.roles import ROLE_LABELS

# --- Names built in code ------------------------------------------------------------------------------------------


def local_time(moment):
    return formats.localize(timezone.localtime(moment)) if moment else ""


def group_name(group):
    label = ROLE_LABELS.get(group.name)
    return str(label) if label else group.name


def access_attempt_name(attempt):
    return gettext("%(username)s from %(address)s") % {"username": attempt.username, "address": attempt.ip_address}


def access_log_name(entry):
    return gettext("%(username)s, signed in %(time)s") % {
        "username": entry.username,
        "time": local_time(entry.attempt_time),
    }


def access_failure_name(entry):
    return gettext("%(username)s, failed login %(time)s") % {
        "username": entry.username,
        "time": local_time(entry.attempt_time),
    }


def access_expiration_name(expiration):
    return gettext("Expires %(time)s") % {"time": local_time(expiration.expires_at)}


def task_result_name(result):
    return result.task_path


# Each model's name wherever the admin writes one: titles, breadcrumbs, lists, filters, messages, history.
NAMES = {
    Group: group_name,
    AccessAttempt: access_attempt_name,
    AccessLog: access_log_name,
    AccessFailureLog: access_failure_name,
    AccessAttemptExpiration: access_expiration_name,
    DBTaskResult: task_result_name,
}


def name_links(through):
    """The rows Django makes for a many-to-many field (application ↔ direction, user ↔ group), which delete
    confirmations list: named after both ends (Django names them "Application_directions object (1)", and their
    model "application-direction relationship", in the language active when the code was loaded)."""
    source, target = [field for field in through._meta.fields if field.is_relation]
    name = format_lazy("{} — {}", source.related_model._meta.verbose_name, target.related_model._meta.verbose_name)
    through._meta.verbose_name = through._meta.verbose_name_plural = name
    through.__str__ = lambda link: f"{getattr(link, source.name)} — {getattr(link, target.name)}"


def boolean_icon(value):
    """Django's yes/no/unknown icon, with its alt text in the reader's language (Django writes "True")."""
    name = {True: "yes", False: "no", None: "unknown"}[value]
    text = {True: gettext("Yes"), False: gettext("No"), None: gettext("Unknown")}[value]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{name}.svg"), text)


# --- Accounts: permissions and roles ------------------------------------------------------------------------------

PERMISSION_ACTIONS = {
    "add": pgettext_lazy("permission", "add"),
    "change": pgettext_lazy("permission", "change"),
    "delete": pgettext_lazy("permission", "delete"),
    "view": pgettext_lazy("permission", "view"),
}


class PermissionChoiceField(forms.ModelMultipleChoiceField):
    """Permissions as "News | article | add", in the reader's language, rather than the stored "Can add article"."""

    def label_from_instance(self, permission):
        action, _sep, model = permission.codename.partition("_")
        if action in PERMISSION_ACTIONS and model == permission.content_type.model:
            return f"{permission.content_type} | {PERMISSION_ACTIONS[action]}"
        return str(permission)


def permissions_field(db_field, kwargs):
    if db_field.name in {"permissions", "user_permissions"}:
        kwargs["form_class"] = PermissionChoiceField
        kwargs["queryset"] = db_field.remote_field.model.objects.select_related("content_type")
    return kwargs


class RoleGroupAdminMixin:
    """A role's group keeps its stored name (portal/roles.py finds it by that name): it is shown translated and
    cannot be renamed here. Permissions read as "News | article | add"."""

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        return super().formfield_for_manytomany(db_field, request, **permissions_field(db_field, kwargs))

    def get_fields(self, request, obj=None):
        if obj is not None and obj.name in ROLE_LABELS:
            return ["role", "permissions"]
        return super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.name in ROLE_LABELS:
            return ["role"]
        return super().get_readonly_fields(request, obj)

    @admin.display(description=_("name"))
    def role(self, group):
        return group_name(group)


class PermissionLabelsAdminMixin:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        return super().formfield_for_manytomany(db_field, request, **permissions_field(db_field, kwargs))


# --- Login protection (django-axes) and background tasks (django-tasks-db) -------------------------------------


class AccessAttemptAdminMixin:
    """Column titles and the attempts left in words (axes names its columns after methods, in English)."""

    @admin.display(description=_("expires"))
    def expiration(self, attempt):
        return super().expiration(attempt)

    @admin.display(description=_("status"))
    def status(self, attempt):
        left = settings.AXES_FAILURE_LIMIT - attempt.failures_since_start
        if left <= 0:
            return gettext("Locked out")
        return ngettext("%(count)d attempt left", "%(count)d attempts left", left) % {"count": left}

    @admin.action(description=_("Clean up expired attempts"))
    def cleanup_expired_attempts(self, request, queryset):
        count = self.handler.clean_expired_user_attempts(request=request)
        self.message_user(
            request,
            ngettext("%(count)d expired attempt removed.", "%(count)d expired attempts removed.", count)
            % {"count": count},
        )


class TaskResultAdminMixin:
    """Column and field titles (django-tasks-db writes some in English, others come from attribute names)."""

    list_display = ["task", "status", "enqueued_at", "started_at", "finished_at", "priority", "queue_name"]

    def get_readonly_fields(self, request, obj=None):
        return ["identifier" if name == "id" else name for name in super().get_readonly_fields(request, obj)]

    @admin.display(description=_("task"), ordering="task_path")
    def task(self, result):
        return result.task_path

    @admin.display(description=_("identifier"))
    def identifier(self, result):
        return result.pk

    @admin.display(description=_("error trace"))
    def formatted_traceback(self, result):
        return super().formatted_traceback(result)

    @admin.display(description=_("run after"))
    def display_run_after(self, result):
        return super().display_run_after(result)


# Each mixin is laid over whatever admin is registered for the model (the library's, or ours if we replace it).
ADMIN_MIXINS = {
    Group: RoleGroupAdminMixin,
    User: PermissionLabelsAdminMixin,
    AccessAttempt: AccessAttemptAdminMixin,
    DBTaskResult: TaskResultAdminMixin,
}


def install(site=admin.site):
    for model, name in NAMES.items():
        model.__str__ = name
    for model in apps.get_models(include_auto_created=True):
        if model._meta.auto_created:
            name_links(model)
    admin_list._boolean_icon = boolean_icon
    for model, mixin in ADMIN_MIXINS.items():
        if site.is_registered(model):
            registered = type(site.get_model_admin(model))
            site.unregister(model)
            site.register(model, type(registered.__name__, (mixin, registered), {"__module__": __name__}))
