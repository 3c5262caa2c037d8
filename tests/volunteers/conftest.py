import importlib

import pytest
from django.apps import apps

from volunteers.models import Direction


@pytest.fixture
def directions(db):
    """The ten directions of the data migration. Transactional tests empty the tables, so sow them again if needed."""
    if not Direction.objects.exists():
        migration = importlib.import_module("volunteers.migrations.0002_seed_directions")
        migration.seed_directions(apps, None)
    return {direction.slug: direction for direction in Direction.objects.all()}


@pytest.fixture(autouse=True)
def generous_rate_limits(settings):
    """Every test client comes from 127.0.0.1: tests about the limits set their own, the others must not meet them."""
    settings.VOLUNTEERS_APPLY_RATE = "1000/600"
    settings.VOLUNTEERS_STATUS_RATE = "1000/600"
