"""Bring articles saved before the newsroom up to date: clean covers, renditions, and who created them."""

from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import migrations
from django.db.models import F


def clean_covers(apps, schema_editor):
    from news import images  # the functions of today; this migration only runs on databases older than them

    Article = apps.get_model("news", "Article")
    Article.objects.filter(created_by__isnull=True).exclude(author=None).update(created_by=F("author"))
    for article in Article.objects.exclude(cover="").filter(cover_renditions=[]):
        old_name = article.cover.name
        try:
            with default_storage.open(old_name, "rb") as file:
                clean = images.clean_image(file)
        except Exception as problem:  # a missing or unreadable file must not stop the migration
            print(f"\n  Article {article.pk}: cover {old_name} left as it is ({problem})")
            continue
        folder = PurePosixPath(old_name).parent
        name = default_storage.save(f"{folder}/{PurePosixPath(old_name).stem}{clean.extension}", ContentFile(clean.content))
        renditions = images.make_renditions(clean.image, name, default_storage)
        Article.objects.filter(pk=article.pk).update(
            cover=name, cover_width=clean.image.width, cover_height=clean.image.height, cover_renditions=renditions
        )
        if name != old_name:
            default_storage.delete(old_name)


class Migration(migrations.Migration):
    dependencies = [("news", "0002_newsroom")]

    operations = [migrations.RunPython(clean_covers, migrations.RunPython.noop, elidable=True)]
