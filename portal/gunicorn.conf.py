"""gunicorn settings: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`. Each can be overridden by environment."""

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
# Load the application before forking: faster worker starts and shared memory pages.
preload_app = True
accesslog = "-"
errorlog = "-"
# No query string in the access log: searches and links may carry personal data.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
