"""Restore a backup made by `manage.py backup`: the database, then the media files. Stop the site first."""

import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from portal.management.commands.backup import DATABASE_DUMP, MEDIA_ARCHIVE, postgres_environment


class Command(BaseCommand):
    help = "Restore the database and media files from a folder written by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument("--yes", action="store_true", help="Do not ask before replacing the current data.")

    def handle(self, folder, yes, **options):
        dump = folder / DATABASE_DUMP.get(connection.vendor, "-")
        if not dump.exists() or not (folder / MEDIA_ARCHIVE).exists():
            raise CommandError(f"{folder} holds no {connection.vendor} backup ({dump.name} and {MEDIA_ARCHIVE})")
        if not yes and input("This replaces the current database and media. Type 'yes' to go on: ") != "yes":
            raise CommandError("Restore cancelled.")
        self.restore_database(dump)
        self.restore_media(folder / MEDIA_ARCHIVE)
        self.stdout.write(f"Restored {folder}")

    def restore_database(self, dump):
        if connection.vendor == "postgresql":
            connection.close()
            result = subprocess.run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    f"--dbname={connection.settings_dict['NAME']}",
                    str(dump),
                ],
                env={"PATH": "/usr/bin:/bin", **postgres_environment()},
                capture_output=True,
                text=True,
            )
            if result.returncode:
                raise CommandError(f"pg_restore failed: {result.stderr.strip()}")
        else:
            connection.close()
            source = sqlite3.connect(dump)
            target = sqlite3.connect(connection.settings_dict["NAME"])
            with target:
                source.backup(target)
            source.close()
            target.close()

    def restore_media(self, archive_path):
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            shutil.rmtree(media)
        media.mkdir(parents=True)
        with tarfile.open(archive_path) as archive:
            archive.extractall(media, filter="data")
