"""The site's own pages, the privacy policy's versions, the front offices and the footer's contacts."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import DatabaseError
from django.urls import reverse
from django.utils import timezone

from pages.models import Office, Page, PrivacyPolicy
from tests.factories import localized, make_staff
from tests.volunteers.helpers import form_data
from volunteers.models import Application, Region

pytestmark = pytest.mark.django_db
LANGUAGES = ["kk", "ru", "en"]


def h1(response):
    return re.search(r"<h1([^>]*)>(.*?)</h1>", response.text, re.S).groups()


def make_office(region="", **fields):
    label = Region(region).label if region else "National"
    fields.setdefault("name_kk", f"{label} фронт-офисі")
    fields.setdefault("address_kk", "Астана қ., Бейбітшілік к-сі, 1")
    fields.setdefault("phone", "+7 7172 55 01 00")
    fields.setdefault("email", f"{region or 'info'}@example.kz")
    return Office.objects.create(region=region, **fields)


# --- About, FAQ, Contacts -----------------------------------------------------------------------------------------


def test_the_sites_pages_exist_from_the_start_in_every_language(client):
    for slug, titles in {
        "about": ["Біз туралы", "О нас", "About us"],
        "faq": ["Сұрақтар мен жауаптар", "Вопросы и ответы", "Questions and answers"],
        "contacts": ["Байланыс", "Контакты", "Contact"],
    }.items():
        for language, title in zip(LANGUAGES, titles, strict=True):
            response = client.get(localized(f"pages:{slug}", language))
            assert response.status_code == 200
            assert h1(response) == (' class="page-title"', title)


def test_a_page_shows_what_staff_wrote_and_marks_the_fallback_language(client):
    Page.objects.filter(slug="about").update(
        lead_kk="Біз — ұлттық фронт-офис.", lead_en="", body_kk="<p>Қазақша мәтін</p>", body_en="<p>English text</p>"
    )
    response = client.get(localized("pages:about", "en"))
    assert '<p class="lead" lang="kk">Біз — ұлттық фронт-офис.</p>' in response.text
    assert '<div class="prose"><p>English text</p></div>' in response.text


def test_the_contacts_page_shows_the_national_office(client):
    make_office(phone="+7 7172 55 01 00", email="info@birgemiz.kz")
    html = client.get(localized("pages:contacts", "ru")).text
    assert '<a href="tel:+77172550100">+7 7172 55 01 00</a>' in html
    assert "mailto:info@birgemiz.kz" in html


# --- Privacy policy -----------------------------------------------------------------------------------------------


def test_the_policy_in_force_is_the_newest_published_version(client):
    PrivacyPolicy.objects.create(version="2027-draft", body_kk="<p>Жоба</p>")
    newer = PrivacyPolicy.objects.create(version="2026-06", body_kk="<p>Жаңа нұсқа</p>", body_ru="<p>Новая версия</p>")
    newer.publish()
    response = client.get(localized("pages:privacy", "ru"))
    assert "Новая версия" in response.text
    assert "Это действующая версия." in response.text
    # The earlier version stays readable at its own address, which says that it is not in force.
    earlier = client.get(localized("pages:privacy-version", "ru", version="2026-01"))
    assert earlier.status_code == 200
    assert "Это одна из прежних версий политики." in earlier.text
    assert client.get(localized("pages:privacy-version", "ru", version="2027-draft")).status_code == 404


def test_the_consent_links_the_policy_in_force_in_the_applicants_language(client, directions):
    html = client.get(localized("volunteers:apply", "ru")).text
    label = re.search(r'<label for="id_consent">(.*?)</label>', html, re.S).group(1)
    assert '<a href="/ru/privacy/2026-01/" target="_blank" rel="noopener">политике конфиденциальности' in label
    assert '<input type="hidden" name="consent_version" value="2026-01"' in html


def test_the_application_records_the_version_the_applicant_was_shown(
    client, directions, django_capture_on_commit_callbacks
):
    client.get(localized("volunteers:apply", "kk"))  # shown with 2026-01 ...
    with django_capture_on_commit_callbacks(execute=True):
        PrivacyPolicy.objects.create(version="2026-06", body_kk="<p>Жаңа</p>").publish()  # ... then a new one comes
    client.post(localized("volunteers:apply", "kk"), form_data(directions, consent_version="2026-01"))
    client.post(localized("volunteers:apply", "en"), form_data(directions, consent_version="no-such-version"))
    first, second = Application.objects.order_by("pk")
    assert (first.consent_version, first.consent_language) == ("2026-01", "kk")
    assert (second.consent_version, second.consent_language) == ("2026-06", "en")  # unknown: the one in force


def test_the_privacy_policy_is_the_superusers_to_write(client):
    """What applicants consent to, like the areas of volunteering: editors neither see nor change it."""
    client.force_login(make_staff(groups=["Editors"]))
    policy = PrivacyPolicy.objects.get(version="2026-01")
    assert client.get(reverse("admin:pages_privacypolicy_change", args=[policy.pk])).status_code == 403
    assert client.get(reverse("admin:pages_privacypolicy_add")).status_code == 403
    assert "privacypolicy" not in client.get(reverse("admin:index")).text


def test_a_published_version_cannot_be_changed_or_deleted_in_admin(admin_client):
    client = admin_client
    policy = PrivacyPolicy.objects.get(version="2026-01")
    page = client.get(reverse("admin:pages_privacypolicy_change", args=[policy.pk]))
    assert page.status_code == 200
    assert 'name="body_kk"' not in page.text  # read-only: a record of what applicants agreed to
    response = client.post(reverse("admin:pages_privacypolicy_change", args=[policy.pk]), {"version": "x"})
    assert response.status_code == 403
    assert (
        client.post(reverse("admin:pages_privacypolicy_delete", args=[policy.pk]), {"post": "yes"}).status_code == 403
    )
    assert PrivacyPolicy.objects.get(pk=policy.pk).version == "2026-01"
    changelist = client.get(reverse("admin:pages_privacypolicy_changelist")).text
    assert 'value="delete_selected"' not in changelist  # nor all at once from the list


def test_a_draft_is_published_from_the_admin_list_and_the_form_links_it_at_once(
    client, directions, django_capture_on_commit_callbacks
):
    client.get(localized("volunteers:apply", "en"))  # the empty form is now kept
    draft = PrivacyPolicy.objects.create(version="2026-09", body_kk="<p>Жаңа</p>")
    staff_client = type(client)()
    staff_client.force_login(get_user_model().objects.create_superuser("bas", "bas@birgemiz.kz", "x"))
    changelist = reverse("admin:pages_privacypolicy_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
    assert PrivacyPolicy.objects.get(pk=draft.pk).is_published
    assert 'href="/en/privacy/2026-09/"' in client.get(localized("volunteers:apply", "en")).text


# --- Front offices and the footer ---------------------------------------------------------------------------------


def test_offices_are_listed_national_first_then_cities_then_regions_in_the_readers_alphabet(client):
    for region in ["", "pavlodar", "shymkent", "abai", "astana", "east-kazakhstan"]:
        make_office(region)
    titles = lambda language: re.findall(  # noqa: E731
        r'<h2 class="office-card__title"[^>]*>(.*?)</h2>', client.get(localized("pages:regions", language)).text
    )
    assert titles("en") == ["National фронт-офисі", "Astana", "Shymkent", "Abai Region", "East Kazakhstan Region",
                            "Pavlodar Region"]  # fmt: skip
    assert titles("ru")[1:] == ["Астана", "Шымкент", "Абайская область", "Восточно-Казахстанская область",
                                "Павлодарская область"]  # fmt: skip


def test_the_footer_shows_the_national_office_from_admin_and_no_placeholder(client, django_capture_on_commit_callbacks):
    office = make_office(phone="+7 7172 55 01 00", email="info@birgemiz.kz")
    html = client.get(localized("home", "kk")).text
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="tel:+77172550100">+7 7172 55 01 00</a>' in footer
    assert "00-00-00" not in html
    with django_capture_on_commit_callbacks(execute=True):
        office.phone = "+7 7172 55 09 09"
        office.save()
    assert "+7 7172 55 09 09" in client.get(localized("home", "kk")).text  # an edit shows at once


def test_a_footer_rendered_while_the_database_was_down_is_not_kept_for_other_pages(client, monkeypatch):
    """The footer is kept whole per language and content version: one rendered without the office (it could not be
    read) must not stand in for the footer with it."""
    make_office(phone="+7 7172 55 01 00")

    def database_down(request=None):
        raise DatabaseError("the database is down")

    with monkeypatch.context() as patched:
        patched.setattr("pages.templatetags.pages.find_national_office", database_down)
        assert "tel:" not in footer_of(client.get(localized("pages:about", "kk")).text)
    assert "tel:+77172550100" in footer_of(client.get(localized("pages:faq", "kk")).text)


def footer_of(html):
    return html[html.index('<footer class="site-footer">') :]


def test_without_a_national_office_the_footer_still_points_to_the_regions(client):
    html = client.get(localized("home", "en")).text
    footer = html[html.index('<footer class="site-footer">') :]
    assert "tel:" not in footer
    assert 'href="/en/regions/"' in footer


def test_an_office_phone_must_be_a_number_people_can_call():
    office = Office(region="astana", name_kk="Астана", address_kk="Астана", phone="12345")
    with pytest.raises(ValidationError) as error:
        office.full_clean()
    assert "phone" in error.value.message_dict


def test_the_thank_you_page_points_to_the_applicants_regional_office(client, directions):
    make_office("astana", address_kk="Астана қ., Қабанбай батыр даңғылы, 11", phone="+7 7172 55 01 01")
    response = client.post(localized("volunteers:apply", "kk"), form_data(directions, region="astana"))
    thanks = client.get(response["Location"]).text
    assert "Өңіріңіздің фронт-офисі" in thanks
    assert "Қабанбай батыр даңғылы, 11" in thanks
    assert "tel:+77172550101" in thanks


# --- Demo content -------------------------------------------------------------------------------------------------


def test_seed_demo_writes_the_pages_offices_and_areas_once():
    call_command("seed_demo", verbosity=0)
    assert Office.objects.regional().count() == 20
    assert Office.objects.national().count() == 1
    assert set(Office.objects.values_list("region", flat=True)) == {"", *Region.values}
    assert all(office.phone_uri for office in Office.objects.all())
    assert all(Page.objects.values_list("body_kk", flat=True))
    about = Page.objects.get(slug="about").body_en
    call_command("seed_demo", verbosity=0)
    assert Office.objects.count() == 21
    assert Page.objects.get(slug="about").body_en == about


def test_staff_texts_are_never_overwritten_by_the_demo(directions):
    Page.objects.filter(slug="faq").update(body_kk="<p>Біздің мәтін</p>")
    directions["health"].summary_kk = "Біздің сипаттама"
    directions["health"].save()
    call_command("seed_demo", verbosity=0)
    assert Page.objects.get(slug="faq").body_kk == "<p>Біздің мәтін</p>"
    assert type(directions["health"]).objects.get(slug="health").summary_kk == "Біздің сипаттама"


def test_demo_covers_are_described_as_the_abstract_pictures_they_are():
    from news import demo

    for item in demo.articles():
        assert item["cover_alt"]["en"].startswith("Abstract picture: a diagonal blend from"), item["key"]
        assert item["cover_alt"]["kk"].startswith("Абстракт сурет:"), item["key"]


def test_old_thank_you_links_still_work(client):
    from django.core import signing

    from volunteers.views import THANKS_SALT

    token = signing.dumps("K7QX-9MPA", salt=THANKS_SALT)  # made before the region travelled with it
    response = client.get(localized("volunteers:thanks", "en", token=token))
    assert response.status_code == 200
    assert "K7QX-9MPA" in response.text


def test_applications_before_this_year_are_not_counted_on_the_home_page(client, directions):
    from tests.volunteers.helpers import make_application

    applications = [make_application(directions) for _ in range(3)]
    last_year = timezone.localtime().replace(month=1, day=1, hour=0) - timedelta(days=2)
    Application.objects.filter(pk=applications[0].pk).update(submitted_at=last_year)
    html = client.get(localized("home", "en")).text
    assert re.search(r'<strong class="figures__number">2</strong> <span>applications received in \d{4}</span>', html)


# --- Cost -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how_many", [2, 20])
def test_the_new_pages_cost_a_fixed_number_of_queries_then_none(
    client, directions, django_assert_num_queries, how_many
):
    from tests.factories import make_article

    for region in list(Region)[:how_many]:
        make_office(region.value)
    for days in range(how_many):
        make_article(days_ago=days + 1).directions.add(directions["health"])
    client.get(localized("home", "ru"))  # the footer's office and the policy versions are now kept
    costs = {
        localized("pages:about", "ru"): 1,  # the page
        localized("pages:contacts", "ru"): 1,  # the page (the office is kept)
        localized("pages:privacy", "ru"): 2,  # the published versions (then kept), the one shown
        localized("pages:regions", "ru"): 1,  # the offices
        localized("pages:directions", "ru"): 1,  # the areas
        localized("pages:direction", "ru", slug="health"): 3,  # the area, its articles, the other areas
    }
    for path, queries in costs.items():
        with django_assert_num_queries(queries):
            assert client.get(path).status_code == 200
        with django_assert_num_queries(0):  # kept whole for a minute
            client.get(path)
