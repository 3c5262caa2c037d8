"""The filters of the applications list in the coordinators' admin."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from volunteers.models import Region, regions_of


class RegionFilter(admin.SimpleListFilter):
    """The regions this coordinator covers, not all twenty."""

    title = _("region")
    parameter_name = "region"

    def lookups(self, request, model_admin):
        regions = regions_of(request.user)
        return [(region.value, region.label) for region in Region if regions is None or region in regions]

    def queryset(self, request, queryset):
        return queryset.filter(region=self.value()) if self.value() else queryset


class DirectionFilter(admin.RelatedFieldListFilter):
    """Every application has a direction: no "empty" choice."""

    @property
    def include_empty_choice(self):
        return False


class WaitingFilter(admin.SimpleListFilter):
    title = _("waiting for an answer")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("yes", _("New for more than three days"))]

    def queryset(self, request, queryset):
        return queryset.waiting() if self.value() == "yes" else queryset


class DuplicateFilter(admin.SimpleListFilter):
    title = _("possible duplicate")
    parameter_name = "duplicate"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(duplicate_of__isnull=self.value() == "no")
        return queryset
