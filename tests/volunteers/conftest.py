import pytest


@pytest.fixture(autouse=True)
def generous_rate_limits(settings):
    """Every test client comes from 127.0.0.1: tests about the limits set their own, the others must not meet them."""
    settings.VOLUNTEERS_APPLY_RATE = "1000/600"
    settings.VOLUNTEERS_STATUS_RATE = "1000/600"
