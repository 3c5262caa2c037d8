"""The admin index says what needs doing, for the signed-in staff member's role, in a few queries."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from tests.factories import make_article, make_staff
from tests.volunteers.helpers import make_application, make_coordinator
from volunteers.models import Application, Notification

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def index(client, user, language="en"):
    client.force_login(user)
    return client.get(INDEX, HTTP_ACCEPT_LANGUAGE=language)


def to_do(response):
    """The to-do section's text, whitespace folded."""
    match = re.search(r'<section class="to-do".*?</section>', response.text, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split()) if match else ""


def links(response):
    section = re.search(r'<section class="to-do".*?</section>', response.text, re.S).group(0)
    return [
        (text, href.replace("&amp;", "&")) for href, text in re.findall(r'<a[^>]*href="([^"]+)">(\d+)</a>', section)
    ]


@pytest.fixture
def work(directions):
    """New applications in three regions (some waiting), a failed notification, and articles to finish."""
    phones = iter(f"8 701 000 00 {number:02d}" for number in range(1, 99))
    for region, days in [("astana", 0), ("astana", 4), ("astana", 5), ("shymkent", 1), ("almaty-city", 6)]:
        make_application(directions, region=region, phone=next(phones), submitted_days_ago=days)
    answered = make_application(directions, region="astana", phone=next(phones), submitted_days_ago=9)
    Application.objects.filter(pk=answered.pk).set_status(Application.Status.CONTACTED)
    Notification.objects.filter(application__region="astana").update(status=Notification.Status.FAILED)
    Notification.objects.filter(application__region="almaty-city").update(status=Notification.Status.FAILED)
    translated_article(status=Article.Status.PUBLISHED, published_at=timezone.now() + timedelta(days=1))
    translated_article(title_ru="", lead_ru="", body_ru="")
    translated_article(title_en="")


def translated_article(**fields):
    """An article with its title, lead and body in every language unless told otherwise."""
    texts = {f"{field}_{code}": f"<p>{field} {code}</p>" for field in ("lead", "body") for code in ("kk", "ru", "en")}
    return make_article(**{**texts, **fields})


def test_a_coordinator_sees_the_new_applications_of_their_regions(client, work):
    coordinator = make_coordinator("south", regions=["astana", "shymkent"], email="")
    response = index(client, coordinator)
    text = to_do(response)
    assert "New applications" in text
    assert "Astana 3 2" in text  # three new, two of them waiting over three days
    assert "Shymkent 1 0" in text
    assert "Almaty" not in text
    assert "Failed to send 4" in text  # the confirmations of the four Astana applications (not the Almaty one)
    assert "Articles" not in text and "Scheduled" not in text


def test_each_count_links_to_the_list_of_those_items(client, work):
    coordinator = make_coordinator("south", regions=["astana", "shymkent"], email="")
    client.force_login(coordinator)
    response = client.get(INDEX, HTTP_ACCEPT_LANGUAGE="en")
    targets = links(response)
    for count, url in targets:
        assert client.get(url).context["cl"].result_count == int(count), url
    # Astana's new and waiting ones, Shymkent's new one, the failed notifications.
    assert [count for count, _url in targets] == ["3", "2", "1", "4"]


def test_an_editor_sees_articles_to_finish_and_no_applications(client, work):
    response = index(client, make_staff(groups=["Editors"]))
    text = to_do(response)
    assert "Scheduled 1" in text
    assert "Translation missing: Russian 1" in text
    assert "Translation missing: English 1" in text
    assert "Translation missing: Kazakh 0" in text
    assert "applications" not in text.lower() and "Failed to send" not in text
    client.force_login(make_staff(groups=["Editors"]))
    for count, url in links(response):
        assert client.get(url).context["cl"].result_count == int(count), url


def test_a_superuser_sees_every_region_and_everything_else(client, work):
    text = to_do(index(client, get_user_model().objects.create_superuser("root", "root@birgemiz.kz")))
    assert "Astana 3 2" in text and "Shymkent 1 0" in text and "Almaty 1 1" in text
    assert "Failed to send 5" in text and "Scheduled 1" in text


def test_nothing_to_do_is_said_plainly(client, directions):
    text = to_do(index(client, make_coordinator("astana", regions=["astana"])))
    assert "No new applications in your regions." in text
    assert "Failed to send 0" in text


def test_a_coordinator_without_regions_is_told_why_nothing_shows(client, work):
    text = to_do(index(client, make_staff(groups=["Coordinators"])))
    assert "not tied to any region" in text


def test_staff_without_a_role_see_no_to_do_list(client, work):
    assert to_do(index(client, make_staff())) == ""


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("kk", ["Не істеу керек", "Жаңа өтініштер", "Астана", "Жіберілмегендер"]),
        ("ru", ["Что нужно сделать", "Новые заявки", "Астана", "Не удалось отправить"]),
    ],
)
def test_the_to_do_list_is_translated(client, work, language, words):
    text = to_do(index(client, make_coordinator("astana", regions=["astana"]), language))
    for word in words:
        assert word in text


@pytest.mark.parametrize(
    ("role", "queries"),
    [
        # The session, the user, the user's and their groups' permissions, the regions (two queries), the
        # applications by region, the failed notifications, the recent actions.
        (lambda: make_coordinator("south", regions=["astana", "shymkent"]), 9),
        # The session, the user, the permissions (two), the articles' counts, the recent actions.
        (lambda: make_staff(groups=["Editors"]), 6),
        # The session, the user, the applications, the notifications, the articles, the recent actions.
        (lambda: get_user_model().objects.create_superuser("root", "root@birgemiz.kz"), 6),
    ],
    ids=["coordinator", "editor", "superuser"],
)
def test_the_index_costs_the_same_few_queries_however_much_there_is_to_do(
    client, directions, django_assert_num_queries, role, queries
):
    client.force_login(role())
    with django_assert_num_queries(queries):
        client.get(INDEX)
    phones = iter(f"8 702 000 00 {number:02d}" for number in range(1, 99))
    for region in ["astana", "shymkent", "almaty-city", "astana", "abai"]:
        make_application(directions, region=region, phone=next(phones), submitted_days_ago=4)
    for days in range(1, 6):
        translated_article(published_at=timezone.now() + timedelta(days=days), title_en="")
    with django_assert_num_queries(queries):
        client.get(INDEX)
