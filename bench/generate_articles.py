"""Add COUNT generated published articles in kk, ru and en, for benchmarks (not for production).

    DJANGO_DEBUG=1 .venv/bin/python bench/generate_articles.py 100000 [--seed 2026]

It writes to the database the settings name (DATABASE_URL); bench/site_copy.py runs it after seed_demo.
Texts are stitched from the words of the demo articles in each language, with the demo articles' lengths, so that
pages, search columns and indexes weigh what real ones would. About a quarter are Kazakh only.
"""

import argparse
import os
import random
import re
import sys
from datetime import timedelta
from pathlib import Path

import django

# Run as a script, with bench/ first on the path: the project is one folder up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
django.setup()

from django.db import transaction  # noqa: E402  (imported once Django is set up)
from django.utils import timezone  # noqa: E402

from news import demo  # noqa: E402
from news.models import LANGUAGE_CODES, Article, Category  # noqa: E402
from news.sanitizer import plain_text  # noqa: E402
from news.slugs import make_slug  # noqa: E402

BATCH = 1000


def generate(count, seed):
    randomness = random.Random(seed)
    demo_articles = demo.articles()
    vocabulary = {language: words_of(demo_articles, language) for language in LANGUAGE_CODES}
    categories = list(Category.objects.all()) or [None]
    now = timezone.now()
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        batch = [
            generated_article(randomness, vocabulary, categories, now - timedelta(minutes=37 * (made + offset)))
            for offset in range(size)
        ]
        with transaction.atomic():
            Article.objects.bulk_create(batch)
        made += size
        print(f"\r{made}/{count}", end="", flush=True)
    print()


def generated_article(randomness, vocabulary, categories, published_at):
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
        # bulk_create skips save(), which keeps the search columns: fill them the same way (the database's search
        # index follows the columns by itself: news/search_index.py).
        setattr(article, f"search_text_{language}", article.text_for_search(language))
    return article


def words_of(articles, language):
    text = " ".join(
        plain_text(item[field].get(language, "")) for item in articles for field in ("title", "lead", "body")
    )
    return re.findall(r"[^\W\d_]{3,}", text)


def sentence(randomness, words, shortest, longest):
    chosen = randomness.choices(words, k=randomness.randint(shortest, longest))
    return " ".join(chosen).capitalize() + "."


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()
    generate(arguments.count, arguments.seed)
