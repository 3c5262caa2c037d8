"""The bench's reference: a minimal Django view, a fixed HttpResponse through startproject's default middleware.

bench/run.py serves it beside the portal with the same gunicorn config and workers, and every ratio is to it:

    gunicorn -c portal/gunicorn.conf.py bench.reference_site:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="benchmark-reference-only-not-a-secret-0123456789",
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    # startproject's apps, less the admin and staticfiles, which serve no request here.
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
    ],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    # Never opened: the view reads neither the session nor the user.
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
)


def index(request):
    return HttpResponse("Birgemiz benchmark reference\n")


urlpatterns = [path("", index)]
application = get_wsgi_application()
