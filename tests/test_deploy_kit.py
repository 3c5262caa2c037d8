"""The deployment kit (deploy/) agrees with the code: every setting in the template, limits and names that must
match. `make deploy-check` runs the kit itself, through a real nginx."""

import ipaddress
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands
from django.urls import reverse
from django.utils import translation

from news.images import MAX_UPLOAD_BYTES

ROOT = Path(settings.BASE_DIR)
DEPLOY = ROOT / "deploy"
TEMPLATE = DEPLOY / "birgemiz.env"
NGINX = (DEPLOY / "nginx" / "birgemiz.conf").read_text()


def settings_read_by_the_code():
    names = {"DATABASE_URL"}  # read by dj_database_url.config()
    for path in [ROOT / "portal" / "settings.py", ROOT / "portal" / "gunicorn.conf.py"]:
        names |= set(re.findall(r"""(?:os\.environ\.get|env_list)\(\s*["']([A-Z][A-Z0-9_]+)["']""", path.read_text()))
    return names


def template_settings():
    return dict(re.findall(r"^#?([A-Z][A-Z0-9_]+)=(.*)$", TEMPLATE.read_text(), re.MULTILINE))


def test_the_environment_template_and_the_settings_page_name_every_setting():
    read = settings_read_by_the_code()
    assert len(read) > 20
    assert read - set(template_settings()) == set()
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", (ROOT / "docs" / "settings.md").read_text(), re.M))
    assert read - documented == set()
    assert set(template_settings()) - read == set(), "the template names a setting the code does not read"


def test_the_environment_template_reads_the_same_in_systemd_and_sh():
    # systemd's EnvironmentFile= and `. file` in sh (deploy/manage.sh) must give each setting the same value.
    active = [line for line in TEMPLATE.read_text().splitlines() if line and not line.startswith("#")]
    sourced = subprocess.run(
        ["sh", "-c", 'set -a; . "$1"; set +a; env -0', "sh", str(TEMPLATE)],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        check=True,
    ).stdout.decode()
    from_sh = dict(item.split("=", 1) for item in sourced.split("\0") if "=" in item)
    for line in active:
        name, value = line.split("=", 1)
        assert not re.search(r"[$`\\']", value), line
        systemd_value = value[1:-1] if value.startswith('"') and value.endswith('"') else value
        assert " " not in value or value.startswith('"'), line
        assert from_sh[name] == systemd_value, line


def test_the_template_passes_the_deploy_checks():
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "GUNICORN_"))}
    for name, value in template_settings().items():
        if not TEMPLATE.read_text().count(f"\n#{name}="):
            environment[name] = value.strip('"')
    environment["DJANGO_SECRET_KEY"] = "a-long-random-production-secret-with-enough-entropy-0123456789abcdef"
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def nginx_size(value):
    number, unit = re.fullmatch(r"(\d+)([kKmM]?)", value).groups()
    return int(number) * {"": 1, "k": 1024, "m": 1024 * 1024}[unit.lower()]


def test_nginx_lets_through_the_largest_upload_the_admin_accepts():
    limit = nginx_size(re.search(r"client_max_body_size (\S+);", NGINX).group(1))
    # The cover itself, plus the article form's fields (Django caps those at DATA_UPLOAD_MAX_MEMORY_SIZE).
    assert limit >= MAX_UPLOAD_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert f"{MAX_UPLOAD_BYTES // (1024 * 1024)} МБ" in NGINX  # the 413 text names the cover limit


def test_nginx_bypasses_its_cache_for_signed_in_staff():
    assert f"map $cookie_{settings.SESSION_COOKIE_NAME} $birgemiz_signed_in" in NGINX
    assert "proxy_cache_bypass $birgemiz_signed_in;" in NGINX
    assert "proxy_no_cache $birgemiz_signed_in $upstream_http_set_cookie;" in NGINX
    assert "proxy_ignore_headers" not in NGINX  # the app's Cache-Control and Set-Cookie always count


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_nginx_never_caches_the_view_recording_url(language):
    pattern = re.search(r'location ~ "(\^/\[a-z\]\{2\}/news/[^"]+)" \{\n\s+proxy_pass', NGINX).group(1)
    with translation.override(language):
        seen = reverse("news:seen", args=[123])
        detail = reverse("news:detail", kwargs={"pk": 123, "slug": "seen"})
    assert re.search(pattern, seen)
    assert not re.search(pattern, detail)


def unit(name):
    return (DEPLOY / "systemd" / name).read_text()


def test_nginx_sends_requests_to_the_socket_of_the_app_server():
    address = re.search(r"^ListenStream=(\S+)$", unit("birgemiz.socket"), re.M).group(1)
    assert re.search(r"upstream birgemiz_app \{[^}]*\n\s+server " + re.escape(address) + ";", NGINX)
    assert ipaddress.ip_address(address.rsplit(":", 1)[0].strip("[]")).is_loopback


def test_the_units_run_commands_that_exist():
    commands = get_commands()
    services = sorted((DEPLOY / "systemd").glob("*.service"))
    assert len(services) == 6
    for path in services:
        argv = shlex.split(re.search(r"^ExecStart=(.+)$", path.read_text(), re.M).group(1))
        if "manage.py" in argv:
            assert argv[argv.index("manage.py") + 1] in commands, path.name
        assert "EnvironmentFile=/etc/birgemiz/birgemiz.env" in path.read_text()
    for timer in (DEPLOY / "systemd").glob("*.timer"):
        assert timer.with_suffix(".service").exists()
