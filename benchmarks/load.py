#!/usr/bin/env python3
"""Load on loopback: gunicorn serving the site, concurrent clients for a bounded time.

    DATABASE_URL=postgres://… python benchmarks/load.py [--seconds 20] [--connections 16]

Starts gunicorn (gunicorn.conf.py, production settings, static files collected and served by
whitenoise) on a free 127.0.0.1 port, then drives it with wrk (Debian's package; installed
with apt-get if missing and allowed, else a Python thread pool does the same job) through
mixes of URLs taken from the database: list pages (commitments and articles, many pages and
filters), detail pages (commitments, articles, indicators), searches (as a spike asks them:
the same words again, kept a minute by the site; and on a server keeping nothing, each
request searching), and the home page with the feed (where a spike lands first). Reports
requests per second, latency percentiles and errors (socket errors, non-2xx answers).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from common import ROOT, markdown_table, setup_django, write_json

LUA = """
local paths = {}
local counter = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  counter = math.random(#paths)
end
request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
"""

SEARCH_TERMS = ("高新技术企业", "技术合同", "研发投入", "专精特新", "固定资产投资", "瞪羚企业",
                "创投机构", "发明专利", "高企", "人才", "生产总值", "签约项目", "外资", "孵化器")


def scenario_paths(rng: random.Random) -> dict[str, list[str]]:
    from django.urls import reverse

    from articles.models import Article
    from tracker.models import Commitment, Indicator, Status

    commitment_ids = list(Commitment.objects.public().values_list("pk", flat=True)[:200_000])
    article_ids = list(Article.objects.values_list("pk", flat=True))
    indicator_ids = list(Indicator.objects.values_list("pk", flat=True))
    pages = max(1, len(commitment_ids) // 50)
    article_pages = max(1, len(article_ids) // 50)
    lists, details = [], []
    for _ in range(500):
        choice = rng.random()
        if choice < 0.4:
            page = rng.randint(1, min(pages, 200))
            lists.append(reverse("tracker:commitments") + f"?page={page}")
        elif choice < 0.7:
            lists.append(reverse("tracker:commitments")
                         + f"?status={rng.choice(list(Status)).value}"
                         + f"&year={rng.randint(2019, 2026)}")
        else:
            lists.append(reverse("articles:list") + f"?page={rng.randint(1, article_pages)}")
        choice = rng.random()
        if choice < 0.5:
            details.append(reverse("tracker:commitment", args=[rng.choice(commitment_ids)]))
        elif choice < 0.85:
            details.append(reverse("articles:detail", args=[rng.choice(article_ids)]))
        else:
            details.append(reverse("tracker:indicator", args=[rng.choice(indicator_ids)]))
    search = [reverse("tracker:search") + "?q=" + quote(term) for term in SEARCH_TERMS]
    # Where a spike lands first: the scorecard, and the feed that readers' apps poll.
    home = [reverse("tracker:home")] * 4 + [reverse("tracker:feed")]
    return {"lists": lists, "details": details, "search": search, "home": home,
            "search, not kept": search}


# Mixes measured on a server of their own, with these settings: the searches again with
# nothing kept (each request searches), the cost of a search of new words.
MIX_SETTINGS = {"search, not kept": {"SEARCH_CACHE_SECONDS": "0"}}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ensure_wrk(install: bool) -> str | None:
    found = shutil.which("wrk")
    if found or not install or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return shutil.which("wrk")


def start_gunicorn(port: int, env: dict[str, str], workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"], cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": str(workers),
             "GUNICORN_ACCESS_LOG": ""},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn did not start: " + server.stderr.read().decode()[-2000:])
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start within 60 s")


def parse_wrk(output: str) -> dict:
    def duration(text: str) -> float:
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
        return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]

    percentiles = {int(p): duration(v) for p, v in
                   re.findall(r"^\s+(\d+)%\s+([\d.]+(?:us|ms|s|m))\s*$", output, re.M)}
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    socket_errors = sum(int(n) for n in re.findall(
        r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": percentiles.get(50), "p90": percentiles.get(90), "p99": percentiles.get(99),
        "errors": socket_errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def run_wrk(wrk: str, port: int, paths: list[str], *, seconds: int, connections: int,
            threads: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        script, listing = Path(folder, "paths.lua"), Path(folder, "paths.txt")
        script.write_text(LUA)
        listing.write_text("\n".join(paths) + "\n")
        result = subprocess.run(
            [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
             "--timeout", "10s", "-s", str(script), f"http://127.0.0.1:{port}", "--",
             str(listing)],
            capture_output=True, text=True, timeout=seconds + 60)
    if "requests in" not in result.stdout:
        raise SystemExit(f"wrk failed: {result.stdout}{result.stderr}")
    return parse_wrk(result.stdout)


def run_threads(port: int, paths: list[str], *, seconds: int, connections: int) -> dict:
    """The same measurement without wrk: one keep-alive connection per thread."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        index, mine, failures = offset, [], 0
        while time.monotonic() < stop:
            path = paths[index % len(paths)]
            index += 1
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    failures += 1
            except OSError:
                failures += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failures

    started = time.monotonic()
    pool = [threading.Thread(target=worker, args=(i * 37,)) for i in range(connections)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50": cuts[49],
            "p90": cuts[89], "p99": cuts[98], "errors": errors[0]}


def markdown(results: dict, meta: dict) -> str:
    rows = []
    for name, r in results.items():
        rows.append([name, f"{r['requests']:,}", f"{r['rps']:.0f}",
                     f"{r['p50'] * 1000:.0f} ms", f"{r['p90'] * 1000:.0f} ms",
                     f"{r['p99'] * 1000:.0f} ms", r["errors"]])
    return (
        f"gunicorn with {meta['workers']} sync workers on 127.0.0.1, {meta['client']} with "
        f"{meta['connections']} concurrent connections for {meta['seconds']} s per mix, on the "
        f"same machine (client and server share its {os.cpu_count()} cores). Database: "
        f"{meta['vendor']}, {meta['commitments']:,} commitments.\n\n"
        + markdown_table(["Mix", "Requests", "Requests/s", "p50", "p90", "p99", "Errors"],
                         rows) + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2 + 1)
    parser.add_argument("--no-install", action="store_true",
                        help="do not apt-get install wrk; use the Python client if it is missing")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    from tracker.models import Commitment

    commitments = Commitment.objects.count()
    if not commitments:
        print("The database holds no commitments: run benchmarks/generate.py first.",
              file=sys.stderr)
        return 1
    call_command("collectstatic", "--noinput", verbosity=0)
    paths = scenario_paths(random.Random(7))
    vendor = connection.vendor
    connection.close()
    wrk = ensure_wrk(not args.no_install)
    threads = max(1, min(4, os.cpu_count() or 1))

    def drive(port: int, mix: list[str], seconds: int) -> dict:
        if wrk:
            return run_wrk(wrk, port, mix, seconds=seconds, connections=args.connections,
                           threads=threads)
        return run_threads(port, mix, seconds=seconds, connections=args.connections)

    def settings_of(name: str) -> frozenset:
        return frozenset(MIX_SETTINGS.get(name, {}).items())

    results = {}
    for key in dict.fromkeys(settings_of(name) for name in paths):  # one server each
        overrides = dict(key)
        mixes = {name: mix for name, mix in paths.items() if settings_of(name) == key}
        port = free_port()
        server = start_gunicorn(port, {**os.environ, **overrides}, args.workers)
        try:
            # Warm every worker (imports, jieba's dictionary, database connections) unmeasured.
            drive(port, [path for mix in mixes.values() for path in mix],
                  max(5, args.seconds // 2))
            for name, mix in mixes.items():
                results[name] = r = drive(port, mix, args.seconds)
                print(f"{name:16} {r['rps']:8.0f} req/s  p99 {r['p99'] * 1000:6.0f} ms  "
                      f"errors {r['errors']}", file=sys.stderr, flush=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    results = {name: results[name] for name in paths}  # in the mixes' order
    meta = {"workers": args.workers, "connections": args.connections, "seconds": args.seconds,
            "client": "wrk" if wrk else "a Python thread pool", "vendor": vendor,
            "commitments": commitments}
    write_json(args.json, {**meta, "mixes": results, "markdown": markdown(results, meta)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
