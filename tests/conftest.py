import importlib
import os
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import caches
from django.core.management import call_command
from django.test import override_settings
from django.views.static import serve

from portal import settings as settings_module


def pytest_sessionstart(session):
    """A run that was killed can leave the SQLite test database's -wal and -shm files behind; a new database next
    to them fails with "disk I/O error". Remove them before any test database is made (not from xdist workers)."""
    if hasattr(session.config, "workerinput"):
        return
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        test_database = Path(database["TEST"]["NAME"])
        for leftover in test_database.parent.glob(test_database.name + "*"):
            leftover.unlink()


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Tests run with production static storage (hashed names), so the files are collected first, into a folder
    of the test run's own (the app servers that tests start find it through STATIC_ROOT in their environment).

    The live server's static handler looks files up by their source names, while the pages ask for the hashed
    names that collectstatic wrote: serve those from STATIC_ROOT, as WhiteNoise does in production.
    """
    static_root = tmp_path_factory.mktemp("static")

    def serve_collected(handler, request):
        return serve(request, handler.file_path(request.path), document_root=settings.STATIC_ROOT)

    with override_settings(STATIC_ROOT=static_root), pytest.MonkeyPatch.context() as patch:
        patch.setenv("STATIC_ROOT", str(static_root))
        call_command("collectstatic", interactive=False, verbosity=0)
        patch.setattr(StaticFilesHandler, "serve", serve_collected)
        yield


@pytest.fixture(scope="session", autouse=True)
def required_database(django_db_setup, django_db_blocker):
    """In CI's PostgreSQL run, a silent fallback to SQLite would hide failures: refuse it."""
    from django.db import connection

    if os.environ.get("REQUIRE_POSTGRES") == "1":
        assert connection.vendor == "postgresql", f"REQUIRE_POSTGRES=1 but the tests run on {connection.vendor}"


@pytest.fixture(autouse=True)
def empty_caches():
    """Rendered pages, cards and the sidebar live in per-process caches: start every test without them."""
    caches["pages"].clear()
    caches["fragments"].clear()


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    """Uploads of each test go to a folder of its own, never into the developer's var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing costs ~0.3 s per password on this machine; tests check behaviour, not the hash's strength."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def directions(db):
    """The ten directions of the data migration. Transactional tests empty the tables, so sow them again if needed."""
    from volunteers.models import Direction

    if not Direction.objects.exists():
        migration = importlib.import_module("volunteers.migrations.0002_seed_directions")
        migration.seed_directions(apps, None)
    return {direction.slug: direction for direction in Direction.objects.all()}


@pytest.fixture
def smtp(settings):
    """Mail goes to a real SMTP server on 127.0.0.1 through Django's SMTP backend, as in production (EMAIL_URL);
    yields what it received (tests.servers.ReceivedMail)."""
    from tests.servers import smtp_server

    with smtp_server() as (port, received):
        settings.MAILERS = settings_module.mailers_from_url(f"smtp://127.0.0.1:{port}")
        yield received
