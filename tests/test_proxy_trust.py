"""Whom the app believes about a request's scheme: DJANGO_TRUSTED_PROXY_COUNT alone, in Django and in gunicorn."""

import http.client
import runpy
import types
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.servers import GUNICORN_CONFIG, gunicorn

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def get(base, path, headers):
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        return response
    finally:
        connection.close()


def test_without_a_trusted_proxy_no_header_makes_a_request_https():
    # gunicorn used to believe X-Forwarded-Proto (and X-Forwarded-Ssl, X-Forwarded-Protocol) from 127.0.0.1 even
    # with DJANGO_TRUSTED_PROXY_COUNT=0, so any local client could pass for HTTPS and skip the redirect.
    with gunicorn(workers=1, DJANGO_HTTPS="1", DJANGO_TRUSTED_PROXY_COUNT="0") as base:
        for header in [("X-Forwarded-Proto", "https"), ("X-Forwarded-Ssl", "on"), ("X-Forwarded-Protocol", "ssl")]:
            response = get(base, "/robots.txt", dict([header]))
            assert response.status == 301, header
            assert response.getheader("Location") == f"https://{urlsplit(base).netloc}/robots.txt"
            assert response.getheader("Strict-Transport-Security") is None


def test_a_trusted_proxy_is_believed_through_x_forwarded_proto_only():
    with gunicorn(workers=1, DJANGO_HTTPS="1", DJANGO_TRUSTED_PROXY_COUNT="1") as base:
        response = get(base, "/robots.txt", {"X-Forwarded-Proto": "https"})
        assert response.status == 200
        assert response.getheader("Strict-Transport-Security") == "max-age=31536000"
        # nginx sets X-Forwarded-Proto; the other two would come from the client, through the proxy.
        assert get(base, "/robots.txt", {"X-Forwarded-Ssl": "on"}).status == 301
        assert get(base, "/robots.txt", {"X-Forwarded-Proto": "http"}).status == 301


def gunicorn_config(monkeypatch, **environment):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONFIG))


def fake_server(*addresses):
    listeners = [types.SimpleNamespace(sock=types.SimpleNamespace(getsockname=lambda a=a: a)) for a in addresses]
    log = types.SimpleNamespace(messages=[])
    log.error = lambda message, *args: log.messages.append(message % args)
    return types.SimpleNamespace(LISTENERS=listeners, log=log)


def test_gunicorn_refuses_an_address_other_machines_can_reach(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config["when_ready"](fake_server(("127.0.0.1", 8000), ("::1", 8000, 0, 0), "/run/birgemiz.sock")) is None
    server = fake_server(("127.0.0.1", 8000), ("0.0.0.0", 8000))
    with pytest.raises(SystemExit):
        config["when_ready"](server)
    assert "buffering proxy" in server.log.messages[0]
    with pytest.raises(SystemExit):
        config["when_ready"](fake_server(("192.0.2.10", 8000)))


def test_gunicorn_listens_publicly_when_told_only_a_proxy_reaches_it(monkeypatch):
    config = gunicorn_config(monkeypatch, GUNICORN_ALLOW_PUBLIC_BIND="1")
    assert config["when_ready"](fake_server(("192.0.2.10", 8000))) is None


def test_gunicorn_believes_no_forwarding_header_itself(monkeypatch):
    for count in ("0", "1", "2"):
        config = gunicorn_config(monkeypatch, DJANGO_TRUSTED_PROXY_COUNT=count)
        assert config["secure_scheme_headers"] == {}
        assert config["forwarder_headers"] == ""
    assert settings.SESSION_COOKIE_NAME == "sessionid"  # deploy/nginx/birgemiz.conf bypasses its cache on this cookie
