import os

import pytest
from django.core.cache import caches
from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def collected_static(tmp_path_factory):
    """Tests run with production static storage (hashed names), so the manifest has to exist."""
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture(scope="session", autouse=True)
def required_database(django_db_setup, django_db_blocker):
    """In CI's PostgreSQL run, a silent fallback to SQLite would hide failures: refuse it."""
    from django.db import connection

    if os.environ.get("REQUIRE_POSTGRES") == "1":
        assert connection.vendor == "postgresql", f"REQUIRE_POSTGRES=1 but the tests run on {connection.vendor}"


@pytest.fixture(autouse=True)
def empty_caches():
    """Rendered pages and the sidebar live in a per-process cache: start every test without them."""
    caches["pages"].clear()
