"""The newsletter's pages: subscribe, check your inbox, confirm, the subscription (language), unsubscribe.

The subscription form sits in the footer of every page, and pages are kept whole for every reader, so it carries no
CSRF token: the subscribe view takes POSTs without one and refuses those a browser marks as coming from another
site instead. Forging one would only ask an address to confirm, which anyone can do with the form itself.
The pages behind a subscriber's link are found by its random token and never kept.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from newsletter import subscriptions
from newsletter.forms import LanguageForm, SubscribeForm
from newsletter.models import Subscriber
from portal import ratelimit
from portal.page_cache import public_page
from volunteers.forms import HONEYPOT
from volunteers.views import HttpResponseSeeOther, csrf_failure


def is_cross_site(request):
    """True when the browser says the request comes from another site's page (Fetch Metadata, then Origin)."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in {"same-origin", "none"}
    origin = request.headers.get("Origin")
    return origin is not None and urlsplit(origin).netloc != request.get_host()


@csrf_exempt
@require_http_methods(["GET", "POST"])
@public_page
def subscribe(request):
    if request.method == "GET":
        return render(
            request, "newsletter/subscribe.html", {"form": SubscribeForm(initial={"language": get_language()})}
        )
    if is_cross_site(request):
        return csrf_failure(request)
    if request.POST.get(HONEYPOT):
        return HttpResponseSeeOther(reverse("newsletter:check-inbox"))  # what a person gets; nothing is stored
    form = SubscribeForm(request.POST)
    context = {"form": form}
    if form.is_valid():
        if not ratelimit.hit(request, "newsletter", settings.NEWSLETTER_SUBSCRIBE_RATE):
            return render(request, "newsletter/subscribe.html", {**context, "rate_limited": True}, status=429)
        subscriptions.subscribe(form.cleaned_data["email"], form.cleaned_data["language"], get_language())
        return HttpResponseSeeOther(reverse("newsletter:check-inbox"))
    return render(request, "newsletter/subscribe.html", context)


@require_GET
@public_page
def check_inbox(request):
    return render(request, "newsletter/check_inbox.html")


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button, POST confirms: mail scanners that open every link must not subscribe anyone."""
    subscriber = get_object_or_404(Subscriber, token=token)
    if subscriber.state == Subscriber.State.CONFIRMED:
        return redirect("newsletter:subscription", token=token)
    if subscriber.state == Subscriber.State.UNSUBSCRIBED or subscriptions.has_expired(subscriber):
        return render(request, "newsletter/confirm.html", {"expired": True}, status=410)
    if request.method == "POST":
        subscriptions.confirm(subscriber)
        messages.success(request, gettext("Your subscription is confirmed. Thank you!"))
        return HttpResponseSeeOther(reverse("newsletter:subscription", kwargs={"token": token}))
    return render(request, "newsletter/confirm.html", {"subscriber": subscriber})


@never_cache
@require_http_methods(["GET", "POST"])
def subscription(request, token):
    """A subscriber's own page: the state, the language of the letters, the way out."""
    subscriber = get_object_or_404(Subscriber, token=token)
    form = LanguageForm(initial={"language": subscriber.language})
    if request.method == "POST" and subscriber.state != Subscriber.State.UNSUBSCRIBED:
        form = LanguageForm(request.POST)
        if form.is_valid():
            subscriptions.change_language(subscriber, form.cleaned_data["language"])
            messages.success(request, gettext("Saved: the next letters will be in the language you chose."))
            return HttpResponseSeeOther(request.path)
    return render(request, "newsletter/subscription.html", {"subscriber": subscriber, "form": form})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """RFC 8058 one-click unsubscribe: a POST to this address (from the mail program's button, or from the button on
    this page) ends the subscription, without login or CSRF token: the random token in the address is the proof.
    GET only asks, since link scanners open every address in a letter."""
    subscriber = get_object_or_404(Subscriber, token=token)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
