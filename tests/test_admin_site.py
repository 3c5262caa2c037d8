"""The admin site itself: addresses it cannot answer get a clear 400, "view on site" shows staff only what they may
see, and the favicon every admin page asks for exists."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from news.models import Article
from tests.factories import make_article, make_staff
from tests.volunteers.helpers import make_application, make_coordinator
from volunteers.admin import ApplicationAdmin

pytestmark = pytest.mark.django_db

ARTICLES = reverse("admin:news_article_changelist")
APPLICATIONS = reverse("admin:volunteers_application_changelist")
HUGE = "99999999999999999999"

# Out of range, malformed, or a filter the list does not offer: each of these answered 500 (or, on one database,
# 503 "database unavailable") before, or sent the staff member back to the unfiltered list without a word.
BAD_ADDRESSES = [
    # The date drill-down
    f"{ARTICLES}?published_at__year={HUGE}",
    f"{ARTICLES}?published_at__year=2025&published_at__month={HUGE}",
    f"{ARTICLES}?published_at__year=9999&published_at__month=12&published_at__day=31",
    f"{ARTICLES}?published_at__year=2025&published_at__month=13",
    f"{ARTICLES}?published_at__year=abc",
    f"{APPLICATIONS}?submitted_at__year={HUGE}",
    f"{APPLICATIONS}?submitted_at__year=2025&submitted_at__month=2&submitted_at__day=30",
    # The date filters
    f"{ARTICLES}?published_at__gte=junk",
    f"{ARTICLES}?published_at__gte=99999-01-01",
    f"{ARTICLES}?published_at__iso_year={HUGE}",
    f"{APPLICATIONS}?submitted_at__gte={HUGE}",
    # Values no real filter holds
    f"{ARTICLES}?status__exact=junk",
    f"{ARTICLES}?state=%00",
    f"{APPLICATIONS}?language__exact=%00",
    f"{APPLICATIONS}?region=%00",
    # Filters the lists do not offer
    f"{APPLICATIONS}?languages__contains=x",
    f"{APPLICATIONS}?languages__contains=%5B%22kk%22%5D",
    f"{APPLICATIONS}?duplicate_of={HUGE}",
    f"{APPLICATIONS}?birth_date__year={HUGE}",
    f"{APPLICATIONS}?phone__startswith=%2B7701",
    f"{ARTICLES}?id__in=a,b",
    f"{ARTICLES}?id={HUGE}",
    f"{ARTICLES}?views__in={HUGE}",
    f"{ARTICLES}?updated_by={HUGE}",
    f"{ARTICLES}?cover_renditions__contains=x",
    f"{ARTICLES}?title_kk__regex=(",
    f"{ARTICLES}?title_kk__iregex=(",
    f"{ARTICLES}?category__position={HUGE}",
    # Lists of Django's and other apps' models
    f"{reverse('admin:auth_user_changelist')}?date_joined__year={HUGE}",
    f"{reverse('admin:auth_user_changelist')}?username__regex=(",
    f"{reverse('admin:axes_accessattempt_changelist')}?attempt_time__year={HUGE}",
]

# Values that filter down to nothing, or that the list ignores: a normal page.
HARMLESS_ADDRESSES = [
    f"{ARTICLES}?state=junk",
    f"{APPLICATIONS}?status__exact=junk",
    f"{ARTICLES}?o=junk",
    f"{ARTICLES}?o={HUGE}",
    f"{ARTICLES}?o=1.-2.x",
    f"{ARTICLES}?p=-1",
    f"{ARTICLES}?category__id__exact={HUGE}",
    f"{APPLICATIONS}?directions__id__exact={HUGE}",
    f"{APPLICATIONS}?q=%00",  # the search box takes what is typed (tests/test_hostile.py)
]


@pytest.fixture
def superuser_client(client, directions):
    make_article()
    make_application(directions)
    client.force_login(get_user_model().objects.create_superuser("root", "root@birgemiz.kz"))
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_an_address_the_list_cannot_answer_is_a_bad_request(superuser_client, address):
    response = superuser_client.get(address)
    assert response.status_code == 400
    assert "not in the right form" in response.text
    assert f'href="{address.split("?")[0]}">Open this page without filters' in response.text


@pytest.mark.parametrize("address", HARMLESS_ADDRESSES)
def test_an_address_that_filters_down_to_nothing_is_a_normal_page(superuser_client, address):
    assert superuser_client.get(address).status_code == 200


def test_a_page_number_past_the_end_is_a_bad_request(superuser_client, directions, monkeypatch):
    monkeypatch.setattr(ApplicationAdmin, "list_per_page", 1)
    make_application(directions, phone="8 701 000 00 02")
    assert superuser_client.get(APPLICATIONS, {"p": "2"}).status_code == 200
    assert superuser_client.get(APPLICATIONS, {"p": HUGE}).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        {"status__exact": "new", "region": "astana", "waiting": "yes", "duplicate": "no", "language__exact": "kk"},
        {"submitted_at__year": "2025", "submitted_at__month": "3", "submitted_at__day": "8"},
        {"submitted_at__gte": "2025-01-01 00:00:00+05:00", "submitted_at__lt": "2026-01-01 00:00:00+05:00"},
        {"directions__id__exact": "1", "q": "Әлия", "o": "-7", "p": "1"},
    ],
)
def test_the_filters_the_list_offers_still_work(superuser_client, query):
    assert superuser_client.get(APPLICATIONS, query).status_code == 200


# --- View on site -------------------------------------------------------------------------------------------------


def view_on_site(article):
    return reverse("admin:view_on_site", args=[ContentType.objects.get_for_model(Article).pk, article.pk])


@pytest.fixture
def draft():
    return make_article(status=Article.Status.DRAFT, title_kk="Құпия жоба: жаңа гранттар", title_ru="", title_en="")


@pytest.mark.parametrize("role", [[], ["Coordinators"]], ids=["no role", "coordinator"])
def test_staff_without_news_rights_learn_nothing_of_a_draft_through_view_on_site(client, draft, role):
    client.force_login(make_staff(groups=role))
    response = client.get(view_on_site(draft))
    assert response.status_code == 404
    assert draft.slug not in response.text and "Location" not in response


def test_staff_without_news_rights_do_not_get_addresses_of_public_articles_either(client):
    client.force_login(make_staff(groups=["Coordinators"]))
    assert client.get(view_on_site(make_article())).status_code == 404


def test_editors_view_their_articles_on_the_site(client, draft):
    client.force_login(make_staff(groups=["Editors"]))
    response = client.get(view_on_site(draft))
    assert response.status_code == 302
    assert response["Location"].endswith(draft.get_absolute_url())


@pytest.mark.parametrize("address", ["/admin/r/999999/1/", "/admin/r/x/1/", f"/admin/r/{HUGE}/1/"])
def test_view_on_site_of_nothing_is_not_found(admin_client, address):
    assert admin_client.get(address).status_code == 404


def test_view_on_site_of_another_regions_record_is_not_found(client, directions):
    foreign = make_application(directions, region="almaty-city")
    client.force_login(make_coordinator("astana", regions=["astana"]))
    content_type = ContentType.objects.get_for_model(foreign)
    assert client.get(reverse("admin:view_on_site", args=[content_type.pk, foreign.pk])).status_code == 404


# --- The favicon --------------------------------------------------------------------------------------------------


def test_the_favicon_address_leads_to_the_icon_and_may_be_cached(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Cache-Control"] == "max-age=86400, public"
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    assert icon["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert b"".join(icon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_every_admin_page_names_its_icon(client, admin_client):
    assert '<link rel="icon" href="/static/img/favicon.' in client.get(reverse("admin:login")).text
    for url in [reverse("admin:index"), ARTICLES, reverse("admin:news_article_add"), reverse("admin:password_change")]:
        html = admin_client.get(url).text
        assert '<link rel="icon" href="/static/img/favicon.' in html, url
