"""The staff's admin site: Django's own, with a to-do list on its index, "view on site" only for what the user may
see, and a clear 400 page for list addresses whose filters the database cannot answer.

Installed in place of django.contrib.admin's (portal.apps.PortalAdminConfig), so `admin.site` and `@admin.register`
are this site everywhere.
"""

import logging
from functools import wraps

from django.contrib import admin
from django.contrib.admin.exceptions import DisallowedModelAdminLookup
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ERROR_FLAG, SEARCH_VAR
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.db import DataError, NotSupportedError
from django.http import Http404
from django.template.response import SimpleTemplateResponse, TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

logger = logging.getLogger(__name__)

# Errors that a value typed into an address causes when the database gets it (a year past 9999, a number too long for
# an integer column, a JSON lookup SQLite lacks), and the refusal of a filter the list does not offer
# (portal.admin.OwnFiltersOnly): the address is wrong, not the site. Refused before they reach the database: regular
# expressions (the admin never makes them; a malformed one fails there, a costly one keeps it busy) and NUL
# characters in filters (no real value holds one, and PostgreSQL refuses them in text).
BAD_VALUE_ERRORS = (OverflowError, ValueError, DataError, NotSupportedError, DisallowedModelAdminLookup)
REFUSED_LOOKUPS = ("__regex", "__iregex")


class PortalAdminSite(admin.AdminSite):
    site_header = site_title = gettext_lazy("Birgemiz: administration")
    index_title = gettext_lazy("Editors and coordinators")
    # The side menu takes a quarter of a 1280 px laptop's width from every list, for a handful of models that the
    # breadcrumbs and the index reach in one click: lists get the room (docs/staff.md, "Lists").
    enable_nav_sidebar = False

    def admin_view(self, view, cacheable=False):
        return super().admin_view(refusing_bad_addresses(self, view), cacheable)

    def get_urls(self):
        urls = super().get_urls()
        # Django's "view on site" redirect serves any staff member any object's public address, a draft's included
        # (its slug spells out the title): ours checks that the user may see the object here first.
        return [
            path(str(url.pattern), self.admin_view(self.view_on_site), name="view_on_site")
            if getattr(url, "name", None) == "view_on_site"
            else url
            for url in urls
        ]

    def view_on_site(self, request, content_type_id, object_id):
        """Redirect to an object's address on the site, if the user may see that object in this admin (404 if not,
        as for a missing object: what is not theirs to see is not theirs to know about)."""
        try:
            model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        except (ContentType.DoesNotExist, ValueError, OverflowError) as error:
            raise Http404 from error
        model_admin = self._registry.get(model)
        if model_admin is None or not model_admin.has_view_or_change_permission(request):
            raise Http404
        obj = model_admin.get_object(request, unquote(object_id))  # from the user's own queryset (their regions)
        if obj is None or not model_admin.has_view_or_change_permission(request, obj):
            raise Http404
        return shortcut(request, content_type_id, object_id)

    def index(self, request, extra_context=None):
        from portal.dashboard import to_do

        return super().index(request, {"to_do": to_do(request.user), **(extra_context or {})})

    def bad_address(self, request):
        context = {
            **self.each_context(request),
            "title": _("This address cannot be shown"),
            "unfiltered_url": request.path,
        }
        return TemplateResponse(request, "admin/bad_address.html", context, status=400)


def refused(key, value):
    # The search box is not a filter: Django's search copes with whatever is typed into it.
    return key.endswith(REFUSED_LOOKUPS) or ("\x00" in key + value and key != SEARCH_VAR)


def refusing_bad_addresses(site, view):
    """`view`, answering 400 with an explanation (not a 500 or a silent redirect) when the values in the address of a
    GET request are out of range or malformed.

    The page is rendered here, inside the guard, since a list's queries run while its template renders. Django answers
    filters it can check itself by redirecting to the unfiltered list with "?e=1", which loses the staff member's
    filters without a word: that answer becomes the 400 page too.
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if any(refused(key, value) for key, value in request.GET.items()):
            return site.bad_address(request)
        try:
            response = view(request, *args, **kwargs)
            if isinstance(response, SimpleTemplateResponse):
                response.render()
        except BAD_VALUE_ERRORS as error:
            # The type only: the message may quote what was typed (a phone number, a name).
            logger.warning("Bad admin address %s: %s", request.path, type(error).__name__)
            return site.bad_address(request)
        if response.status_code == 302 and response.get("Location") == f"{request.path}?{ERROR_FLAG}=1":
            return site.bad_address(request)
        return response

    return guarded
