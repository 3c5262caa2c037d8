"""Back up everything the site keeps: the database and the uploaded media, into one folder with a timestamp.

PostgreSQL is dumped with pg_dump (custom format); SQLite is copied with its online backup API, so the site can
keep running. Media files go into a tar.gz. `manage.py restore FOLDER` puts both back.
"""

import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

DATABASE_DUMP = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
MEDIA_ARCHIVE = "media.tar.gz"


def postgres_environment():
    """libpq settings for pg_dump / pg_restore from the Django connection (the password never goes on argv)."""
    db = connection.settings_dict
    values = {
        "PGHOST": db["HOST"] or "localhost",
        "PGPORT": str(db["PORT"] or 5432),
        "PGUSER": db["USER"],
        "PGPASSWORD": db["PASSWORD"],
        "PGDATABASE": db["NAME"],
    }
    return {key: value for key, value in values.items() if value}


class Command(BaseCommand):
    help = "Back up the database and the media files into DESTINATION/birgemiz-<timestamp>/."

    def add_arguments(self, parser):
        parser.add_argument("destination", type=Path)

    def handle(self, destination, **options):
        folder = destination / f"birgemiz-{timezone.now():%Y%m%d-%H%M%S}"
        folder.mkdir(parents=True)
        self.dump_database(folder)
        with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
            if Path(settings.MEDIA_ROOT).exists():
                archive.add(settings.MEDIA_ROOT, arcname=".")
        self.stdout.write(str(folder))

    def dump_database(self, folder):
        if connection.vendor == "postgresql":
            target = folder / DATABASE_DUMP["postgresql"]
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", f"--file={target}"],
                env={"PATH": "/usr/bin:/bin", **postgres_environment()},
                capture_output=True,
                text=True,
            )
            if result.returncode:
                raise CommandError(f"pg_dump failed: {result.stderr.strip()}")
        elif connection.vendor == "sqlite":
            source = sqlite3.connect(connection.settings_dict["NAME"])
            target = sqlite3.connect(folder / DATABASE_DUMP["sqlite"])
            with target:
                source.backup(target)
            source.close()
            target.close()
        else:
            raise CommandError(f"No backup method for {connection.vendor}")
