"""Small helpers that make test objects."""

from datetime import timedelta
from itertools import count

from django.utils import timezone, translation

from news.models import Article, Category

_numbers = count(1)


def make_category(**fields):
    number = next(_numbers)
    fields.setdefault("name_kk", f"Санат {number}")
    fields.setdefault("name_ru", f"Рубрика {number}")
    fields.setdefault("name_en", f"Category {number}")
    fields.setdefault("slug", f"category-{number}")
    return Category.objects.create(**fields)


def make_article(*, days_ago=1, **fields):
    """A published article in all three languages unless told otherwise."""
    number = next(_numbers)
    fields.setdefault("title_kk", f"Еріктілер жаңалығы №{number}")
    fields.setdefault("title_ru", f"Новость волонтёров №{number}")
    fields.setdefault("title_en", f"Volunteer news No. {number}")
    fields.setdefault("lead_kk", "Қысқаша мазмұны.")
    fields.setdefault("body_kk", "<p>Мақала мәтіні.</p>")
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("published_at", timezone.now() - timedelta(days=days_ago))
    return Article.objects.create(**fields)


def address(article, language="kk"):
    """The article's address in one language (the active language of a test process is whatever ran last)."""
    with translation.override(language):
        return article.get_absolute_url()
