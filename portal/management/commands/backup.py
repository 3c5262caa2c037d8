"""Back up everything the site keeps: the database and the uploaded media, into one folder with a timestamp.

PostgreSQL is dumped with pg_dump (custom format); SQLite is copied with its online backup API, so the site can
keep running. Media files go into a tar.gz. `manage.py restore FOLDER` puts both back. With --keep-days N, backups in
the destination older than N days are deleted once the new one is complete (deploy/systemd/birgemiz-backup.service).
"""

import datetime
import itertools
import re
import shutil
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
FOLDER_NAME = re.compile(r"birgemiz-(\d{8}-\d{6})(?:-\d+)?")


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
        parser.add_argument(
            "--keep-days",
            type=int,
            metavar="N",
            help="then delete the backups in DESTINATION made more than N days ago (the new one always stays)",
        )

    def handle(self, destination, keep_days=None, **options):
        if keep_days is not None and keep_days < 1:
            raise CommandError("--keep-days must be at least 1")
        now = timezone.now()
        destination.mkdir(parents=True, exist_ok=True)
        folder = new_folder(destination, f"birgemiz-{now:%Y%m%d-%H%M%S}")
        try:
            self.dump_database(folder)
            with tarfile.open(folder / MEDIA_ARCHIVE, "w:gz") as archive:
                if Path(settings.MEDIA_ROOT).exists():
                    archive.add(settings.MEDIA_ROOT, arcname=".")
        except BaseException:
            # A half-made backup must not pass for one, nor push out a good one.
            shutil.rmtree(folder, ignore_errors=True)
            raise
        self.stdout.write(str(folder))
        if keep_days is not None:
            for old in expired_backups(destination, now - datetime.timedelta(days=keep_days)):
                shutil.rmtree(old)
                self.stderr.write(f"deleted {old}")

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


def new_folder(destination, name):
    """A new folder for one backup, readable by the site's own user only (backups hold applications' personal data);
    a second backup within the same second (the nightly one and an upgrade's) gets a number after the time."""
    for number in itertools.count(1):
        folder = destination / (name if number == 1 else f"{name}-{number}")
        try:
            folder.mkdir(mode=0o700)
            return folder
        except FileExistsError:
            continue


def expired_backups(destination, cutoff):
    """The backup folders in `destination` made before `cutoff`, by the time in their names; nothing else."""
    for path in sorted(destination.iterdir()):
        match = FOLDER_NAME.fullmatch(path.name)
        if not match or not path.is_dir():
            continue
        made = datetime.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=datetime.UTC)
        if made < cutoff:
            yield path
