"""Production settings, security headers, the database-down page and personal data in logs."""

import logging
import logging.config
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import OperationalError

from portal.log_masking import mask
from tests.factories import localized, make_article

pytestmark = pytest.mark.django_db

PRODUCTION = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-with-enough-entropy-0123456789abcdef",
    "DJANGO_ALLOWED_HOSTS": "birgemiz.kz",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://birgemiz.kz",
    "EMAIL_URL": "smtp+tls://mailer:secret@mail.birgemiz.kz:587",
    "DJANGO_DEBUG": "0",
    "DJANGO_HTTPS": "1",
    "DJANGO_SITE_URL": "https://birgemiz.kz",
}


def manage(*arguments, **environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )


def test_deploy_check_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_missing_secret_key_stops_the_start_with_a_clear_message():
    result = manage("check", **{**PRODUCTION, "DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_security_headers_on_public_pages(client):
    article = make_article()
    response = client.get(localized(article, "kk"))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "geolocation=()" in response["Permissions-Policy"]


def test_pages_have_no_inline_scripts(client):
    article = make_article()
    for path in ["/kk/", "/ru/news/", localized(article, "en"), "/kk/volunteer/"]:
        html = client.get(path).text
        assert "<script>" not in html and "<script " not in html.replace('<script src="', ""), path


def test_https_settings_in_production():
    # The test process runs with DJANGO_HTTPS=0; a production process gets these from the environment.
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS >= 31536000, s.SECURE_PROXY_SSL_HEADER)",
        **PRODUCTION,
        DJANGO_TRUSTED_PROXY_COUNT="1",
    )
    last_line = result.stdout.strip().splitlines()[-1]
    assert last_line == "True True True True ('HTTP_X_FORWARDED_PROTO', 'https')", result.stdout + result.stderr


def hsts(**environment):
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)",
        **PRODUCTION,
        **environment,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_hsts_covers_only_this_host_unless_the_operator_opts_in():
    # Subdomains and the browsers' preload list bind every subdomain to HTTPS for years: the operator's decision.
    assert hsts() == "31536000 False False"
    assert hsts(DJANGO_HSTS_INCLUDE_SUBDOMAINS="1") == "31536000 True False"
    assert hsts(DJANGO_HSTS_INCLUDE_SUBDOMAINS="1", DJANGO_HSTS_PRELOAD="1") == "31536000 True True"


def test_deploy_check_is_clean_with_hsts_preload_turned_on():
    environment = {**PRODUCTION, "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1", "DJANGO_HSTS_PRELOAD": "1"}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hsts_preload_without_subdomains_stops_the_start():
    result = manage("check", **PRODUCTION, DJANGO_HSTS_PRELOAD="1")
    assert result.returncode != 0
    assert "DJANGO_HSTS_PRELOAD=1 needs DJANGO_HSTS_INCLUDE_SUBDOMAINS=1" in result.stderr


def test_proxy_header_is_ignored_without_a_trusted_proxy():
    result = manage(
        "shell", "-c", "from django.conf import settings as s; print(s.SECURE_PROXY_SSL_HEADER)", **PRODUCTION
    )
    assert result.stdout.strip().endswith("None"), result.stdout + result.stderr


def test_database_errors_become_a_translated_503(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("news.views.Article.objects.published", broken)
    response = client.get("/ru/news/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Временно недоступно" in response.text
    assert "connection refused" not in response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("from aigerim.nurlanovna@mail.kz", "from a***@mail.kz"),
        ("phone +7 (701) 123-45-67", "phone ***67"),
        ("phone 87011234567 again", "phone ***67 again"),
        ("article 42 has 1234 views", "article 42 has 1234 views"),
        ("+44 20 7946 0958 from abroad", "***58 from abroad"),
    ],
)
def test_personal_data_is_masked(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "login failed from 10.12.131.5",
        "login failed from 2001:db8:77:1::5",
        "digest of 2026-11-30 sent at 09:00:01",
        "task 3f2a1b7c-4d5e-4f60-8a9b-123456789012 finished",
        "notification 1234567 queued",
    ],
)
def test_what_investigators_need_survives_the_masking(text):
    """The masker once took addresses, dates and task ids for phone numbers (10.12.131.5 became ***15)."""
    assert mask(text) == text


def test_each_record_is_printed_once_in_development():
    """Django's own console handler and ours both printed every django.* record under `make run`."""
    from django.utils.log import DEFAULT_LOGGING

    logging.config.dictConfig(DEFAULT_LOGGING)
    logging.config.dictConfig(settings.LOGGING)
    try:
        handlers, logger = [], logging.getLogger("django.request")
        while logger:
            handlers += logger.handlers
            logger = logger.parent if logger.propagate else None
        assert len(handlers) == 1
    finally:
        logging.config.dictConfig(settings.LOGGING)


def test_log_records_are_masked_including_their_arguments():
    logger = logging.getLogger("portal.test")
    handler = logging.getLogger().handlers[0]
    record = logger.makeRecord("portal.test", logging.WARNING, __file__, 1, "sent to %s", ("aigerim@mail.kz",), None)
    for log_filter in handler.filters:
        log_filter.filter(record)
    assert record.getMessage() == "sent to a***@mail.kz"
