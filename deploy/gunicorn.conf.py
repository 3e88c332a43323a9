"""gunicorn settings for production and for `make bench` (values overridable by env)."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8081")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
worker_class = "sync"
# Load Django once in the master, then fork: workers start at once and share memory.
preload_app = True
# Each worker keeps its database connection (CONN_MAX_AGE) and its Redis pool.
max_requests = 100_000
max_requests_jitter = 10_000
timeout = 30
graceful_timeout = 20
keepalive = 5
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")
# The real client address comes from Varnish / the TLS proxy on the same machine only.
forwarded_allow_ips = "127.0.0.1,::1"
wsgi_app = "mist_site.wsgi:application"
raw_env = ["DJANGO_SETTINGS_MODULE=mist_site.settings.production"]
