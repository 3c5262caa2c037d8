"""Backups restore what was there: articles in the database and the uploaded images."""

from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from news.models import Article
from portal.management.commands.backup import Command
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
    with pytest.raises(CommandError, match="holds no"):
        call_command("restore", tmp_path, yes=True)


def test_backups_older_than_the_kept_days_are_deleted_once_a_new_one_is_made(tmp_path, media_root, capsys):
    destination = tmp_path / "backups"
    made = []
    for day in (1, 5, 9, 10):
        with time_machine.travel(f"2026-11-{day:02d} 02:00:00Z", tick=False):
            call_command("backup", destination, keep_days=3)
        made.append(Path(capsys.readouterr().out.strip()).name)
    (destination / "notes.txt").write_text("not a backup: never touched")
    (destination / "birgemiz-latest").mkdir()

    assert made == [f"birgemiz-202611{day:02d}-020000" for day in (1, 5, 9, 10)]
    assert sorted(path.name for path in destination.iterdir()) == [
        "birgemiz-20261109-020000",
        "birgemiz-20261110-020000",
        "birgemiz-latest",
        "notes.txt",
    ]
    assert (destination / made[-1]).stat().st_mode & 0o777 == 0o700


def test_a_failed_backup_leaves_nothing_behind_and_deletes_nothing(tmp_path, media_root, monkeypatch):
    destination = tmp_path / "backups"
    old = destination / "birgemiz-20200101-000000"
    old.mkdir(parents=True)

    def broken(self, folder):
        raise CommandError("pg_dump failed: disk full")

    monkeypatch.setattr(Command, "dump_database", broken)
    with pytest.raises(CommandError, match="disk full"):
        call_command("backup", destination, keep_days=1)
    assert [path.name for path in destination.iterdir()] == [old.name]


def test_two_backups_in_the_same_second_both_stay(tmp_path, media_root, capsys):
    with time_machine.travel("2026-11-10 02:00:00Z", tick=False):
        call_command("backup", tmp_path)
        call_command("backup", tmp_path, keep_days=1)
    assert capsys.readouterr().out.split() == [
        str(tmp_path / "birgemiz-20261110-020000"),
        str(tmp_path / "birgemiz-20261110-020000-2"),
    ]
