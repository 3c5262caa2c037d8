"""Become a volunteer: the application form, the thank-you page and the status check."""

import re

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_http_methods

from pages import content
from portal import ratelimit
from volunteers.applications import submit_application
from volunteers.forms import HONEYPOT, ApplicationForm, StatusForm
from volunteers.models import Application, Direction, new_reference

THANKS_SALT = "volunteers.thanks"
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,50}")


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def thanks_redirect(reference, region=""):
    # The reference and region travel signed, so that the page can show them without looking up the application and
    # cannot be made to show anything else.
    token = signing.dumps([reference, region], salt=THANKS_SALT)
    return HttpResponseSeeOther(reverse("volunteers:thanks", kwargs={"token": token}))


def chosen_direction(request):
    """The direction a direction's page sent the applicant with (`?direction=<slug>`), to tick it on the empty form;
    None when unknown, retired, or not open to minors (the form does not know the applicant's age yet)."""
    slug = request.GET.get("direction", "")
    if not SLUG.fullmatch(slug):
        return None
    return Direction.objects.active().filter(slug=slug, is_hazardous=False).only("pk").first()


@require_http_methods(["GET", "POST"])
@cache_control(private=True, no_cache=True)
def apply(request):
    if request.method == "POST":
        if request.POST.get(HONEYPOT):
            # A bot filled in the field people never see: it gets the usual answer, and nothing is stored.
            return thanks_redirect(new_reference())
        form = ApplicationForm(request.POST)
        if form.is_valid():
            if not ratelimit.hit(request, "apply", settings.VOLUNTEERS_APPLY_RATE):
                return render(request, "volunteers/apply.html", {"form": form, "rate_limited": True}, status=429)
            application = submit_application(**form.application_data(), language=get_language())
            return thanks_redirect(application.reference, application.region)
    elif direction := chosen_direction(request):
        form = ApplicationForm(initial={"directions": [direction.pk]})
    else:
        form = ApplicationForm()
    return render(request, "volunteers/apply.html", {"form": form})


@require_GET
def thanks(request, token):
    try:
        signed = signing.loads(token, salt=THANKS_SALT)
    except signing.BadSignature:
        raise Http404 from None
    # Links made before the region was added carry the reference alone.
    reference, region = (signed, "") if isinstance(signed, str) else signed
    return render(
        request, "volunteers/thanks.html", {"reference": reference, "office": content.office_for_region(region)}
    )


@require_http_methods(["GET", "POST"])
@never_cache
def status(request):
    """Reference and phone number in, the status out. POST keeps the phone number out of addresses and logs.

    An unknown reference and a wrong phone number get the same answer, after the same single query.
    """
    context = {}
    if request.method == "POST":
        form = StatusForm(request.POST)
        if not ratelimit.hit(request, "status", settings.VOLUNTEERS_STATUS_RATE):
            return render(request, "volunteers/status.html", {"form": form, "rate_limited": True}, status=429)
        if form.is_valid():
            found = (
                Application.objects.filter(
                    reference=form.cleaned_data["reference"], phone=form.cleaned_data["phone"], anonymized_at=None
                )
                .only("status")
                .first()
            )
            context["result"] = found.get_status_display() if found else None
            context["searched"] = True
    else:
        form = StatusForm()
    return render(request, "volunteers/status.html", {"form": form, **context})


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form came back without its security token; say so kindly, in the visitor's language."""
    return render(request, "403_csrf.html", {"form_path": request.path}, status=403)
