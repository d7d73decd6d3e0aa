"""gunicorn settings for production: `gunicorn` in the project folder reads this file.

Every value can be overridden from the environment (GUNICORN_BIND, WEB_CONCURRENCY,
GUNICORN_THREADS, GUNICORN_TIMEOUT, FORWARDED_ALLOW_IPS, GUNICORN_ACCESS_LOG) or on the
command line.
"""

import multiprocessing
import os

wsgi_app = "tracker.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Pages are short database reads: a few synchronous workers per core saturate one server.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
# Recycle workers now and then, so a slow leak can never grow for years.
max_requests = 2000
max_requests_jitter = 200
# Only the local reverse proxy may say which scheme and client address a request came from.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"


def post_worker_init(worker):
    """Load jieba's dictionary (about 2 s) as each worker starts, before it takes requests:
    otherwise the first search or commitment filter by words in each worker, after every
    start and every max_requests restart, waits for it."""
    from articles.text.script import simplified_for_reading
    from tracker.text.segment import tokenizer

    tokenizer()
    simplified_for_reading("")  # its tables too (0.4 s), read at a search's first folding
