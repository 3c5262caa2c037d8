from django import template
from django.db import DatabaseError

from pages.content import national_office as find_national_office

register = template.Library()


@register.simple_tag(takes_context=True)
def national_office(context):
    """The national front office, for the footer of every page (error pages included), or None."""
    try:
        return find_national_office(context.get("request"))
    except DatabaseError:
        return None  # the 503 page while the database is down: the footer goes without


@register.inclusion_tag("includes/office_contacts.html")
def office_contacts(office, heading_level=0, named=True):
    """An office's address, hours, phone, e-mail and map link: headed by its name at `heading_level`, or with the
    name in plain text (level 0), or without it where the page's own heading names the office (`named=False`)."""
    return {"office": office, "heading_level": heading_level, "named": named}
