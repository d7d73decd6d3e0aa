#!/usr/bin/env python3
"""Every benchmark in one run; writes docs/PERFORMANCE.md.  `make bench` runs this.

    python benchmarks/run_all.py                       # the full run (100,000 commitments)
    python benchmarks/run_all.py --commitments 5000 --ingest-megabytes 0.2 --seconds 5
    DATABASE_URL=postgres://…/bench100k python benchmarks/run_all.py --reuse   # no generation

On a throwaway PostgreSQL cluster (as scripts/run_tests.py makes one; or the server named by
DATABASE_URL, where two databases are created): generate the database (benchmarks/
generate.py), then measure, each in its own process so that no figure disturbs another:
the public pages against their bare SQL (pages.py), the load test under gunicorn (load.py),
the export against dumpdata (export.py), and the whole ingest of a generated corpus against
one plain jieba pass (ingest.py, into a second, empty database). A benchmark that fails is
reported as failed in the document; the others still run.

With --reuse, the database DATABASE_URL names is measured as it is (migrated first, not
generated again: generating 100,000 commitments takes a quarter of an hour); the ingest
database is still made afresh on the same server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from common import ROOT, machine, markdown_table

DOCS = ROOT / "docs" / "PERFORMANCE.md"
HERE = Path(__file__).resolve().parent


def database_url(base: str, name: str) -> str:
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path="/" + name))


def create_database(base: str, name: str) -> str:
    import psycopg

    admin = database_url(base, "postgres")
    with psycopg.connect(_conninfo(admin), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return database_url(base, name)


def _conninfo(url: str) -> str:
    return url  # libpq reads the URL itself, host and port in the query string included


def server_version(url: str) -> str:
    import psycopg

    with psycopg.connect(_conninfo(url)) as connection:
        return connection.execute("SHOW server_version").fetchone()[0]


def reused_size(url: str) -> str:
    import psycopg

    with psycopg.connect(_conninfo(url)) as connection:
        counts = {label: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for label, table in (("articles", "articles_article"),
                                       ("commitments", "tracker_commitment"),
                                       ("evidence", "tracker_evidence"),
                                       ("links", "tracker_link"))}
    return ", ".join(f"{n:,} {label}" for label, n in counts.items())


def run_step(label: str, script: str, args: list[str], env: dict[str, str],
             timeout: int) -> tuple[dict | None, str, float]:
    """Run one benchmark script; its JSON report, or None and the reason it failed."""
    print(f"\n=== {label} ===", flush=True)
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        output = Path(handle.name)
    started = time.monotonic()
    try:
        result = subprocess.run([sys.executable, str(HERE / script), *args, "--json",
                                 str(output)], cwd=ROOT, env=env, timeout=timeout,
                                stderr=subprocess.PIPE, text=True)
        seconds = time.monotonic() - started
        sys.stderr.write(result.stderr[-3000:])
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            return None, f"failed (exit {result.returncode}): {last}", seconds
        return json.loads(output.read_text()), "", seconds
    except subprocess.TimeoutExpired:
        return None, f"stopped after the {timeout} s limit", time.monotonic() - started
    finally:
        output.unlink(missing_ok=True)


def export_markdown(report: dict) -> str:
    """The export helper's own section text, without its heading (run_all adds it)."""
    text = report["markdown"]
    lines = text.splitlines()
    if lines and lines[0].startswith("## "):
        lines = lines[1:]
    # run_all notes the machine once, at the top.
    return "\n".join(line for line in lines if not line.startswith("Machine: ")).strip() + "\n"


def summary(results: dict[str, dict | None]) -> str:
    rows = []
    pages = results.get("pages")
    if pages:
        measured = [p for p in pages["pages"] if p.get("ratio")]
        worst = max(measured, key=lambda p: p["ratio"]) if measured else None
        within = sum(1 for p in measured if p["ratio"] <= 3)
        rows.append(["Public pages: server time / bare SQL",
                     f"{within} of {len(measured)} pages within 3×; highest "
                     f"{worst['ratio']:.1f}× ({worst['page']})" if worst else "no page"])
        least = pages.get("least")
        if least and least.get("ratio"):
            rows.append(["Yardstick: least ORM page (one row by primary key, no template) / "
                         "its SQL", f"{least['ratio']:.1f}×; pages over it: "
                         f"{sum(1 for p in measured if p['ratio'] > least['ratio'])}"])
    load = results.get("load")
    if load:
        for name, mix in load["mixes"].items():
            rows.append([f"Load, {name}", f"{mix['rps']:.0f} requests/s, p99 "
                         f"{mix['p99'] * 1000:.0f} ms, {mix['errors']} errors"])
    export = results.get("export")
    if export:
        for run in export["runs"]:
            figures = {r["label"]: r for r in run["results"]}
            dump = next(r for label, r in figures.items() if label.startswith("`dumpdata"))
            json_export = figures.get("`export` (JSON)")
            if json_export:
                rows.append(["Export (JSON) / dumpdata",
                             f"{dump['seconds'] / json_export['seconds']:.1f}× as fast; peak "
                             f"{json_export['peak_mb']:.0f} MB against "
                             f"{dump['peak_mb']:.0f} MB"])
    ingest = results.get("ingest")
    if ingest:
        rows.append(["Whole ingest / one jieba pass",
                     f"{ingest['ratio']:.1f}× ({ingest['corpus']['bytes'] / 1e6:.1f} MB)"])
    return markdown_table(["Figure", "Result"], rows) if rows else "No benchmark ran."


def write_document(*, info: dict[str, str], results: dict[str, dict | None],
                   failures: dict[str, str], timings: dict[str, float], generated: str,
                   command: str) -> None:
    sections = [
        ("Public pages against their bare SQL", "pages",
         "`benchmarks/pages.py`: each public page and API endpoint through Django's test "
         "client (the whole request: middleware, view, ORM, template) against its own SQL, "
         "captured once and replayed on a raw database cursor; the two are timed in turns, "
         "so that a shared machine's changing speed weighs on both alike."),
        ("Load on loopback", "load",
         "`benchmarks/load.py`: gunicorn (gunicorn.conf.py, production settings, whitenoise) on "
         "127.0.0.1, wrk driving four mixes of URLs for a bounded time."),
        ("Export", "export",
         "`benchmarks/export.py` (see there): the project's export against Django's "
         "`dumpdata`, each in its own process, with peak memory."),
        ("Ingest against one jieba pass", "ingest",
         "`benchmarks/ingest.py`: the whole ingest of a generated corpus (decode, reflow, "
         "split, dates, extraction, search tokens, links, database writes) against one plain "
         "`jieba.lcut` pass over the same text, in the same process."),
    ]
    parts = [
        "# Performance\n",
        f"Generated by `{command}` (`make bench`) on {dt.date.today().isoformat()}; every "
        "figure below is a ratio measured side by side in the same run, on this machine. "
        "Regenerate with `make bench`.\n",
        "## Machine\n",
        markdown_table(["", ""], [[k, v] for k, v in info.items()]) + "\n",
        f"Note: the machine may be shared; the load average above is the one at the start of "
        f"the run. {generated}\n",
        "## Summary\n",
        summary(results) + "\n",
    ]
    for title, key, intro in sections:
        parts.append(f"## {title}\n")
        parts.append(intro + "\n")
        report = results.get(key)
        if report is None:
            parts.append(f"**Not measured:** {failures.get(key, 'not run')}.\n")
            continue
        text = export_markdown(report) if key == "export" else report["markdown"]
        parts.append(text.rstrip() + f"\n\n_({timings.get(key, 0):.0f} s)_\n")
    DOCS.parent.mkdir(parents=True, exist_ok=True)
    DOCS.write_text("\n".join(parts), encoding="utf-8")
    print(f"\nWrote {DOCS.relative_to(ROOT)}.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--ingest-megabytes", type=float, default=10.0)
    parser.add_argument("--seconds", type=int, default=20, help="per load-test mix")
    parser.add_argument("--repeat", type=int, default=15, help="requests per page timed")
    parser.add_argument("--skip", action="append", default=[],
                        choices=["pages", "load", "export", "ingest"])
    parser.add_argument("--reuse", action="store_true",
                        help="measure the database DATABASE_URL names instead of generating one")
    args = parser.parse_args(argv)
    if args.reuse and not os.environ.get("DATABASE_URL"):
        parser.error("--reuse needs DATABASE_URL (a database made by benchmarks/generate.py).")

    sys.path.insert(0, str(ROOT / "scripts"))
    from run_tests import pg_bindir, throwaway_postgres

    info = machine()
    given = os.environ.get("DATABASE_URL", "")
    base_env = {**os.environ, "SECRET_KEY": os.environ.get("SECRET_KEY") or "b" * 60,
                "DJANGO_SETTINGS_MODULE": "tracker.settings"}
    base_env.pop("DEBUG", None)
    results: dict[str, dict | None] = {}
    failures: dict[str, str] = {}
    timings: dict[str, float] = {}

    def measure_all(url: str) -> str:
        info["PostgreSQL server"] = server_version(database_url(url, "postgres"))
        data_url = url if args.reuse else create_database(url, "tracker_bench")
        ingest_url = create_database(url, "tracker_bench_ingest")
        env = {**base_env, "DATABASE_URL": data_url}
        if args.reuse:
            print("=== Migrating the given database (--reuse) ===", flush=True)
            subprocess.run([sys.executable, "manage.py", "migrate", "--verbosity", "0"],
                           cwd=ROOT, env=env, check=True)
            generated = ("The database was generated earlier by `benchmarks/generate.py` and "
                         f"reused as it was (`--reuse`): {reused_size(data_url)}.")
            return run_steps(env, ingest_url, generated)
        print("=== Generating the database ===", flush=True)
        started = time.monotonic()
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--commitments",
                        str(args.commitments), "--articles", str(args.articles)],
                       cwd=ROOT, env=env, check=True)
        generated = (f"The database was generated in {time.monotonic() - started:.0f} s by "
                     f"`benchmarks/generate.py --commitments {args.commitments} --articles "
                     f"{args.articles}`.")
        return run_steps(env, ingest_url, generated)

    def run_steps(env: dict[str, str], ingest_url: str, generated: str) -> str:
        steps = [
            ("pages", "Pages against bare SQL", "pages.py", ["--repeat", str(args.repeat)],
             env, 1800),
            ("load", "Load test", "load.py", ["--seconds", str(args.seconds)], env, 900),
            ("export", "Export against dumpdata", "export.py", ["--no-docs"], env, 3600),
            ("ingest", "Ingest against jieba", "ingest.py",
             ["--megabytes", str(args.ingest_megabytes)],
             {**base_env, "DATABASE_URL": ingest_url}, 7200),
        ]
        for key, label, script, step_args, step_env, timeout in steps:
            if key in args.skip:
                failures[key] = "skipped in this run (--skip)"
                continue
            results[key], failures[key], timings[key] = run_step(label, script, step_args,
                                                                 step_env, timeout)
        return generated

    if given:
        generated = measure_all(given)
    else:
        bindir = pg_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) not found: install "
                             "the postgresql package, or set DATABASE_URL.")
        with throwaway_postgres(bindir) as url:
            generated = measure_all(url)
    command = "python benchmarks/run_all.py" + ("" if argv is None else " " + " ".join(argv))
    if argv is None and len(sys.argv) > 1:
        command += " " + " ".join(sys.argv[1:])
    write_document(info=info, results=results, failures=failures, timings=timings,
                   generated=generated, command=command)
    return 0 if all(results.get(k) for k in ("pages", "load", "export", "ingest")
                    if k not in args.skip) else 1


if __name__ == "__main__":
    sys.exit(main())
