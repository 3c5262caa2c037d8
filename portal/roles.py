"""Staff roles: the groups that exist after every `migrate`, each with exactly its permissions.

Editors manage the news, the newsletter that carries it and the site's pages (About, FAQ, Contacts, the front
offices). Coordinators answer volunteer applications and nothing more: they read and change applications (the admin
lets them change the status only), read and add notes, read notifications and send failed ones again. What every
region depends on (the areas of volunteering, the privacy policy that applicants consent to, who covers which region)
belongs to superusers; the admin enforces that too (portal.admin.SuperuserOnlyAdmin), whatever a group holds. Give a
staff member a role by adding them to the group in admin.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Group name → what it holds: "app_label" for every permission of an app, "app_label.codename" for one permission.
ROLES = {
    "Editors": [
        "news",
        "newsletter",
        "pages.view_page",
        "pages.change_page",
        "pages.view_office",
        "pages.add_office",
        "pages.change_office",
        "pages.delete_office",
    ],
    "Coordinators": [
        "volunteers.view_application",
        "volunteers.change_application",
        "volunteers.view_note",
        "volunteers.add_note",
        "volunteers.view_notification",
        "volunteers.change_notification",
    ],
}
# The stored group names stay English (ensure_groups finds the groups by them); staff read them in their language
# (portal/library_admin.py gives Group its name).
ROLE_LABELS = {
    "Editors": _("Editors"),
    "Coordinators": _("Coordinators"),
}


def role_permissions(names, using="default"):
    """The permissions that a role's entries name."""
    wanted = Q(pk__in=[])
    for name in names:
        app_label, _dot, codename = name.partition(".")
        wanted |= (
            Q(content_type__app_label=app_label, codename=codename)
            if codename
            else Q(content_type__app_label=app_label)
        )
    return Permission.objects.using(using).filter(wanted)


def ensure_groups(using="default", **kwargs):
    """Create or update each role's group so that it holds exactly the permissions of its role."""
    for name, entries in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(role_permissions(entries, using))
