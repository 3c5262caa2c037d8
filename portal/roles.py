"""Staff roles: the groups that exist after every `migrate`, each with exactly its permissions.

Editors manage the news (articles and categories) and the site's pages (About, FAQ, Contacts, the privacy policy,
the front offices); Coordinators work with volunteer applications (everything in the volunteers app). Permissions are
looked up by app label when migrations have run, so models added to these apps later are covered without touching
this file. Give a staff member a role by adding them to the group in admin.
"""

from django.contrib.auth.models import Group, Permission

# Group name → the app labels whose every permission the group holds.
ROLES = {
    "Editors": ["news", "pages"],
    "Coordinators": ["volunteers"],
}


def ensure_groups(using="default", **kwargs):
    """Create or update each role's group so that it holds exactly the permissions of its apps."""
    for name, app_labels in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        permissions = Permission.objects.using(using).filter(content_type__app_label__in=app_labels)
        group.permissions.set(permissions)
