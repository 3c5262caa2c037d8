"""Backups restore what was there: articles in the database and the uploaded images."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command

from news.models import Article
from tests.factories import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_bring_back_articles_and_images(tmp_path, media_root, capsys):
    kept = make_article(title_kk="Сақталатын мақала")
    kept.cover.save("kept.jpg", ContentFile(b"not really a jpeg, just bytes"), save=True)
    cover = Path(settings.MEDIA_ROOT) / kept.cover.name

    call_command("backup", tmp_path / "backups")
    folder = Path(capsys.readouterr().out.strip())
    assert {path.name for path in folder.iterdir()} >= {"media.tar.gz"}

    # Disaster: the article and the image are gone, a stray article appeared.
    Article.objects.all().delete()
    make_article(title_kk="Кейін қосылған")
    cover.unlink(missing_ok=True)  # deleting the article may already have removed it

    call_command("restore", folder, yes=True)
    assert list(Article.objects.values_list("title_kk", flat=True)) == ["Сақталатын мақала"]
    assert cover.read_bytes() == b"not really a jpeg, just bytes"


def test_restore_refuses_a_folder_without_a_backup(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="holds no"):
        call_command("restore", tmp_path, yes=True)
