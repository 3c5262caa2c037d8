"""gunicorn settings: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`. Each can be overridden by environment.

In production systemd holds the listening socket (deploy/systemd/birgemiz.socket) and hands it to gunicorn, so that a
restart loads new code while connections wait in the socket instead of being refused; `bind` is then unused.
"""

import ipaddress
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the pages are short CPU-bound renders; 2 × cores + 1 is gunicorn's own advice.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Restart workers now and then so that a slow leak never grows; the jitter keeps them from restarting together.
max_requests = 20000
max_requests_jitter = 2000
# Load the application before forking: faster worker starts and shared memory pages. It also means that a HUP only
# re-forks workers from the already loaded code: new code needs a restart (docs/deployment.md, "Upgrades").
preload_app = True
accesslog = "-"
errorlog = "-"
# No query string in the access log: searches and links may carry personal data.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
# No control socket (gunicornc): nothing uses it, and it would be one more way in.
control_socket_disable = True

# Whom we trust is decided once, by DJANGO_TRUSTED_PROXY_COUNT, and by Django alone (portal/settings.py: it reads
# X-Forwarded-Proto and X-Forwarded-For only when that count is above 0). gunicorn believes no header of the client:
# by default it would let any peer on 127.0.0.1 (and any peer on a unix socket) mark a request as HTTPS with one of
# three headers, or set SCRIPT_NAME and PATH_INFO.
forwarded_allow_ips = ""
secure_scheme_headers = {}
forwarder_headers = ""

# Sync workers must never face the internet: a client sending its request a byte at a time holds a worker until the
# timeout, and eight of them stop the site (docs/deployment.md, "Slow clients"). A buffering proxy (nginx,
# deploy/nginx/birgemiz.conf) reads whole requests first; gunicorn only listens where nothing but it can reach.
# GUNICORN_ALLOW_PUBLIC_BIND=1 is for an address that only such a proxy on another machine can reach.
ALLOW_PUBLIC_BIND = os.environ.get("GUNICORN_ALLOW_PUBLIC_BIND") == "1"


def is_private_listener(address):
    """True for a unix socket or a loopback address: only this machine can connect."""
    if isinstance(address, str | bytes):
        return True
    host = address[0].split("%", 1)[0]
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def when_ready(server):
    """Stop before any worker starts when a listener is reachable from other machines and that was not intended."""
    public = [str(listener) for listener in server.LISTENERS if not is_private_listener(listener.sock.getsockname())]
    if public and not ALLOW_PUBLIC_BIND:
        server.log.error(
            "Refusing to listen on %s: sync workers need a buffering proxy in front and must not be reachable without "
            "it. Listen on 127.0.0.1 (GUNICORN_BIND), or set GUNICORN_ALLOW_PUBLIC_BIND=1 if only such a proxy can "
            "reach this address.",
            ", ".join(public),
        )
        raise SystemExit(1)
