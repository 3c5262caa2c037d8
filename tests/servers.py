"""Real servers for tests (and bench/): gunicorn with several worker processes, redis-server, PostgreSQL."""

import contextlib
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection

# Not from settings: bench/ imports this module without Django settings.
ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONFIG = ROOT / "portal" / "gunicorn.conf.py"


def require(installed, message):
    """Go on only when a tool a test needs is installed: skip locally, fail in CI, where a missing browser, database or
    server must not hide failures behind skips."""
    if installed:
        return
    import pytest

    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def database_url():
    """The test database as a DATABASE_URL, for processes started by a test."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    credentials = f"{quote(db['USER'], safe='')}:{quote(db['PASSWORD'] or '', safe='')}@"
    return f"postgres://{credentials}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def gunicorn(workers=3, **environment):
    """Serve the project with gunicorn on 127.0.0.1; yields the base URL and stops the server by its pid."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
        **environment,
    }
    command = [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONFIG), "portal.wsgi"]
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/healthz", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(url, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout}s")


def redis_installed():
    return shutil.which("redis-server") is not None


@contextlib.contextmanager
def redis_server():
    """A private redis-server on 127.0.0.1 without persistence; yields its REDIS_URL and stops it by its pid."""
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def postgres_installed():
    return any(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))


@contextlib.contextmanager
def postgres_server(directory=None):
    """A throwaway PostgreSQL on 127.0.0.1 (trust, no fsync); yields its URL and start and stop callables.

    Runs as the `postgres` OS user when we are root. Its files go to a temporary directory, removed afterwards,
    or to `directory`, which is kept (and reused when it already holds a cluster).
    """
    bindir = max(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: float(path.parent.name))
    root = Path(directory or tempfile.mkdtemp(prefix="birgemiz-postgres-"))
    root.mkdir(parents=True, exist_ok=True)
    as_owner = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]

    def run(program, *arguments):  # from / so that the postgres user may stat its working directory
        subprocess.run([*as_owner, bindir / program, *arguments], cwd="/", check=True, stdout=subprocess.DEVNULL)

    data = root / "data"
    if not (data / "PG_VERSION").exists():
        run("initdb", "-D", data, "-U", "portal", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
    port = free_port()
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c max_connections=200"

    def start():
        run("pg_ctl", "start", "-w", "-D", data, "-l", root / "server.log", "-o", options)

    def stop():
        run("pg_ctl", "stop", "-w", "-D", data, "-m", "fast")

    start()
    try:
        yield f"postgres://portal@127.0.0.1:{port}/postgres", start, stop
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            stop()
        if directory is None:
            shutil.rmtree(root, ignore_errors=True)


class ReceivedMail:
    """What the test SMTP server was given: each message as parsed e-mail, with its envelope."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's handler hook
        import email
        import email.policy

        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for _sender, recipients, message in self.messages if address in recipients]


@contextlib.contextmanager
def smtp_server():
    """A real SMTP server (aiosmtpd) on 127.0.0.1 in a thread of the test process; yields (port, ReceivedMail)."""
    from aiosmtpd.controller import Controller

    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP command
    received = ReceivedMail()
    # Like a real mail server: 8-bit bodies and UTF-8 are accepted and kept as sent (no decoding on the way in).
    controller = Controller(received, hostname="127.0.0.1", port=free_port(), decode_data=False)
    controller.start()
    try:
        yield controller.port, received
    finally:
        controller.stop()
