"""Staff preview drafts and scheduled articles as readers will see them; the public never does."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from tests.factories import localized, make_article, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return make_article(
        status=Article.Status.DRAFT,
        title_kk="Жоба: еріктілер форумы",
        title_ru="Черновик: форум волонтёров",
        title_en="",
        body_kk="<p>Форум туралы.</p>",
    )


@pytest.fixture
def editor_client(client):
    client.force_login(make_staff(groups=["Editors"]))
    return client


@pytest.mark.parametrize(
    ("language", "title", "lang_attr"),
    [("kk", "Жоба: еріктілер форумы", ""), ("ru", "Черновик: форум волонтёров", ""), ("en", "Жоба", ' lang="kk"')],
)
def test_staff_preview_a_draft_in_each_language(editor_client, draft, language, title, lang_attr):
    response = editor_client.get(localized("news:preview", language, pk=draft.pk))
    assert response.status_code == 200
    assert f'<h1 class="article__title"{lang_attr}>{title}' in response.text
    assert f'<html lang="{language}">' in response.text


def test_a_scheduled_article_can_be_previewed_before_its_time(editor_client):
    scheduled = make_article(title_kk="Ертеңгі жаңалық", published_at=timezone.now() + timedelta(days=1))
    response = editor_client.get(localized("news:preview", "en", pk=scheduled.pk))
    assert response.status_code == 200
    assert "Preview: this article is scheduled and appears on the site on" in response.text


def test_the_preview_says_it_is_a_draft_and_links_back_to_the_form(editor_client, draft):
    html = editor_client.get(localized("news:preview", "en", pk=draft.pk)).text
    assert "Preview: this article is a draft, only staff can see it." in html
    assert f'href="{reverse("admin:news_article_change", args=[draft.pk])}"' in html


def test_the_preview_is_never_cached_and_never_indexed(editor_client, draft):
    response = editor_client.get(localized("news:preview", "kk", pk=draft.pk))
    cache_control = response["Cache-Control"]
    for directive in ("no-cache", "no-store", "must-revalidate", "private", "max-age=0"):
        assert directive in cache_control
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


def test_the_preview_shows_every_edit_at_once(editor_client, draft):
    editor_client.get(localized("news:preview", "kk", pk=draft.pk))
    Article.objects.filter(pk=draft.pk).update(title_kk="Жаңа атау")
    assert "Жаңа атау" in editor_client.get(localized("news:preview", "kk", pk=draft.pk)).text


def test_the_preview_counts_no_view(editor_client, draft):
    html = editor_client.get(localized("news:preview", "kk", pk=draft.pk)).text
    assert "data-seen-url" not in html
    assert "/seen/" not in html


def test_the_public_still_gets_404_for_a_draft(client, editor_client, draft):
    assert client.get(localized(draft, "kk")).status_code == 404
    assert editor_client.get(localized(draft, "kk")).status_code == 404  # the public address is the public's


def test_anonymous_visitors_are_sent_to_log_in(client, draft):
    response = client.get(localized("news:preview", "ru", pk=draft.pk))
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('admin:login')}?next=/ru/news/{draft.pk}/preview/"
    assert "Черновик" not in response.text


def test_signed_in_users_who_may_not_see_articles_get_404(client, draft):
    from django.contrib.auth import get_user_model

    reader = get_user_model().objects.create_user("reader")
    client.force_login(reader)
    assert client.get(localized("news:preview", "kk", pk=draft.pk)).status_code == 404
    client.force_login(make_staff(groups=["Coordinators"]))
    assert client.get(localized("news:preview", "kk", pk=draft.pk)).status_code == 404


def test_an_unknown_article_is_404_for_staff_too(editor_client):
    assert editor_client.get("/kk/news/999999/preview/").status_code == 404


def test_the_language_switcher_stays_on_the_preview(editor_client, draft):
    html = editor_client.get(localized("news:preview", "kk", pk=draft.pk)).text
    assert f"next=/ru/news/{draft.pk}/preview/" in html
