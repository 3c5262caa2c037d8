"""Generate many realistic articles for benchmarks: `manage.py generate_articles 100000`.

Texts are stitched from the words of the demo articles in each language, with the demo articles' lengths, so that
pages, search columns and indexes weigh what real ones would. About a quarter are Kazakh only.
"""

import random
import re
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from news import demo_content
from news.models import LANGUAGE_CODES, Article, Category
from news.sanitizer import plain_text
from news.slugs import make_slug

BATCH = 1000


class Command(BaseCommand):
    help = "Add COUNT generated published articles in kk, ru and en (for benchmarks; not for production)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, count, seed, **options):
        randomness = random.Random(seed)
        vocabulary = {language: words_of(language) for language in LANGUAGE_CODES}
        categories = list(Category.objects.all()) or [None]
        now = timezone.now()
        made = 0
        while made < count:
            size = min(BATCH, count - made)
            batch = [
                self.article(randomness, vocabulary, categories, now - timedelta(minutes=37 * (made + offset)))
                for offset in range(size)
            ]
            with transaction.atomic():
                Article.objects.bulk_create(batch)
            made += size
            self.stdout.write(f"\r{made}/{count}", ending="")
        self.stdout.write("")

    def article(self, randomness, vocabulary, categories, published_at):
        languages = ["kk"] if randomness.random() < 0.25 else LANGUAGE_CODES
        article = Article(
            status=Article.Status.PUBLISHED,
            published_at=published_at,
            category=randomness.choice(categories),
            views=randomness.randint(0, 5000),
        )
        for language in languages:
            words = vocabulary[language]
            title = sentence(randomness, words, 6, 14)
            setattr(article, f"title_{language}", title)
            setattr(article, f"lead_{language}", sentence(randomness, words, 15, 30))
            paragraphs = (f"<p>{sentence(randomness, words, 30, 70)}</p>" for _ in range(randomness.randint(3, 6)))
            setattr(article, f"body_{language}", "".join(paragraphs))
        article.slug = make_slug(article.title_kk)
        for language in LANGUAGE_CODES:
            # bulk_create skips save(), which keeps the search columns: fill them the same way.
            setattr(article, f"search_text_{language}", article.text_for_search(language))
        return article


def words_of(language):
    text = " ".join(
        plain_text(item[field].get(language, ""))
        for item in demo_content.ARTICLES
        for field in ("title", "lead", "body")
    )
    return re.findall(r"[^\W\d_]{3,}", text)


def sentence(randomness, words, shortest, longest):
    chosen = randomness.choices(words, k=randomness.randint(shortest, longest))
    return " ".join(chosen).capitalize() + "."
