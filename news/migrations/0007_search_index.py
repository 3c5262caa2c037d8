"""Search keys (folded, stemmed words) instead of lower-cased text, and the index that serves them, kept by triggers:
FTS5 tables on SQLite, a table with GIN indexes on PostgreSQL (news/search_schema.py)."""

from django.db import migrations

BATCH = 500


def write_keys(apps, schema_editor):
    from news.models import LANGUAGE_CODES
    from news.models import Article as CurrentArticle  # today's rules; this migration runs once per database

    Article = apps.get_model("news", "Article")
    columns = [f"search_text_{code}" for code in LANGUAGE_CODES]
    batch = []
    for article in Article.objects.using(schema_editor.connection.alias).iterator(chunk_size=BATCH):
        for code in LANGUAGE_CODES:
            setattr(article, f"search_text_{code}", CurrentArticle.text_for_search(article, code))
        batch.append(article)
        if len(batch) == BATCH:
            Article.objects.bulk_update(batch, columns)
            batch = []
    Article.objects.bulk_update(batch, columns)


def write_lower_cased_text(apps, schema_editor):
    """What the columns held before: the lower-cased plain text of title, lead and body."""
    from news.models import LANGUAGE_CODES, fallback_order
    from news.sanitizer import plain_text

    Article = apps.get_model("news", "Article")
    for article in Article.objects.using(schema_editor.connection.alias).iterator(chunk_size=BATCH):
        for code in LANGUAGE_CODES:

            def shown(field):
                order = fallback_order(code)
                return next((value for lang in order if (value := getattr(article, f"{field}_{lang}", ""))), "")

            text = " ".join([shown("title"), shown("lead"), plain_text(shown("body"))]).casefold()
            setattr(article, f"search_text_{code}", text)
        article.save(update_fields=[f"search_text_{code}" for code in LANGUAGE_CODES])


def create_index(apps, schema_editor):
    from news import search_schema

    search_schema.ensure(schema_editor.connection.alias)


def drop_index(apps, schema_editor):
    from news import search_schema

    search_schema.drop(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("news", "0006_article_directions")]

    operations = [
        migrations.RunPython(write_keys, write_lower_cased_text),
        migrations.RunPython(create_index, drop_index),
    ]
