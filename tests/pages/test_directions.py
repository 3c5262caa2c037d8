"""The areas of volunteering: their list and pages, the news they tag, and the form opened from them."""

import re

import pytest

from news.models import Article
from tests.factories import localized, make_article
from tests.volunteers.helpers import form_data

pytestmark = pytest.mark.django_db


def ticked(html):
    """The values of the ticked direction boxes of the form."""
    return re.findall(r'<input type="checkbox" name="directions" value="(\d+)"[^>]*checked', html)


def test_the_list_shows_every_active_area_with_its_summary(client, directions):
    directions["animals"].summary_en = "Helping shelters."
    directions["animals"].save()
    directions["events"].is_active = False
    directions["events"].save()
    html = client.get(localized("pages:directions", "en")).text
    assert 'href="/en/directions/animals/"' in html
    assert "Helping shelters." in html
    assert "/en/directions/events/" not in html
    assert client.get(localized("pages:direction", "en", slug="events")).status_code == 404


def test_an_area_page_lists_its_published_news_only(client, directions):
    tagged = make_article(title_en="Shelter winter drive")
    tagged.directions.add(directions["animals"])
    draft = make_article(title_en="Draft about shelters", status=Article.Status.DRAFT)
    draft.directions.add(directions["animals"])
    make_article(title_en="Untagged news")
    html = client.get(localized("pages:direction", "en", slug="animals")).text
    assert "Shelter winter drive" in html
    assert "Draft about shelters" not in html
    assert "Untagged news" not in html


def test_tagging_an_article_shows_on_the_area_page_at_once(client, directions, django_capture_on_commit_callbacks):
    article = make_article(title_en="Blood donation day")
    assert "Blood donation day" not in client.get(localized("pages:direction", "en", slug="health")).text
    with django_capture_on_commit_callbacks(execute=True):
        article.directions.add(directions["health"])
    assert "Blood donation day" in client.get(localized("pages:direction", "en", slug="health")).text


def test_the_button_opens_the_form_with_the_area_ticked(client, directions):
    html = client.get(localized("pages:direction", "ru", slug="environment")).text
    assert 'href="/ru/volunteer/?direction=environment"' in html
    form = client.get(localized("volunteers:apply", "ru") + "?direction=environment").text
    assert ticked(form) == [str(directions["environment"].pk)]


def test_a_hazardous_area_sends_to_the_plain_form_and_is_never_ticked(client, directions):
    html = client.get(localized("pages:direction", "en", slug="emergencies")).text
    assert "?direction=" not in html
    assert "adults only (18+)" in html
    form = client.get(localized("volunteers:apply", "en") + "?direction=emergencies").text
    assert ticked(form) == []


@pytest.mark.parametrize("slug", ["no-such-area", "", "%D0%B0", "x" * 300, "../admin"])
def test_an_unknown_area_is_simply_ignored(client, directions, slug):
    response = client.get(localized("volunteers:apply", "kk") + f"?direction={slug}")
    assert response.status_code == 200
    assert ticked(response.text) == []


def test_a_ticked_form_is_never_kept_for_others_nor_taken_from_what_was_kept(
    client, directions, django_assert_num_queries
):
    url = localized("volunteers:apply", "kk")
    first = client.get(url + "?direction=health").text
    assert ticked(first) == [str(directions["health"].pk)]
    with django_assert_num_queries(1):  # the directions: nothing was kept from the ticked form
        assert ticked(client.get(url).text) == []
    assert ticked(client.get(url + "?direction=animals").text) == [str(directions["animals"].pk)]
    with django_assert_num_queries(0):  # the empty form as kept, still without a tick
        assert ticked(client.get(url).text) == []


def test_the_ticked_area_is_sent_like_any_other(client, directions):
    data = form_data(directions, directions=[directions["health"].pk])
    response = client.post(localized("volunteers:apply", "en") + "?direction=health", data)
    assert response.status_code == 303


def test_home_page_shows_the_areas_the_figures_and_the_call_to_action(client, directions):
    html = client.get(localized("home", "en")).text
    assert html.count('class="tile"') == len(directions)
    assert 'href="/en/volunteer/"' in html
    assert re.search(r'<strong class="figures__number">10</strong> <span>areas of volunteering</span>', html)
    assert "applications received" not in html  # none yet: no figure rather than a zero


def test_an_edited_area_shows_on_the_home_page_at_once(client, directions, django_capture_on_commit_callbacks):
    client.get(localized("home", "en"))
    with django_capture_on_commit_callbacks(execute=True):
        directions["animals"].name_en = "Animal shelters"
        directions["animals"].save()
    assert "Animal shelters" in client.get(localized("home", "en")).text
