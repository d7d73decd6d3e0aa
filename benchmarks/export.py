#!/usr/bin/env python3
"""The export of 100,000 commitments with their evidence and links, against Django's dumpdata.

    python benchmarks/export.py                     # SQLite, a fresh generated database
    python benchmarks/export.py --postgres          # a throwaway PostgreSQL cluster too
    python benchmarks/export.py --sqlite /tmp/big.sqlite3   # keep the generated database
    DATABASE_URL=postgres://… python benchmarks/export.py   # an existing database
    python benchmarks/export.py --commitments 5000 --no-docs   # a quick look

Each command runs in its own process, as a user runs it: ``manage.py export`` in each format
and ``manage.py dumpdata`` of the same eleven tables. For each: wall time, and the process's peak
resident memory (ru_maxrss from wait4, so one child's figure never mixes with another's),
next to a process that only starts Django (``manage.py check``) for scale. The figures go to
docs/PERFORMANCE.md under "## Export" (unless --no-docs) and, as JSON, to --json or stdout.
An empty database is first filled by benchmarks/generate.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine, markdown_table, write_json

DOCS = ROOT / "docs" / "PERFORMANCE.md"
HEADING = "## Export"
# The tables the export holds: the six lists and the five histories.
TABLES = [
    "articles.Document",
    "articles.Article",
    "tracker.Indicator",
    "tracker.Commitment",
    "tracker.Evidence",
    "tracker.Link",
    "articles.HistoricalArticle",
    "tracker.HistoricalIndicator",
    "tracker.HistoricalCommitment",
    "tracker.HistoricalEvidence",
    "tracker.HistoricalLink",
]
MEMORY_AIM_MB = 100


def run_measured(args: list[str], env: dict[str, str]) -> dict:
    """Run a child process; its wall time and its own peak resident memory."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {stderr.decode(errors='replace')[-2000:]}")
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024}


def commands(folder: Path) -> list[tuple[str, list[str], Path | None]]:
    manage = [sys.executable, str(ROOT / "manage.py")]
    return [
        ("Django start-up only (`check`)", [*manage, "check"], None),
        (
            "`export` (JSON)",
            [*manage, "export", "--output", str(folder / "export.json")],
            folder / "export.json",
        ),
        (
            "`export --format ndjson`",
            [*manage, "export", "--format", "ndjson", "--output", str(folder / "export.ndjson")],
            folder / "export.ndjson",
        ),
        (
            "`export --format csv` (zip)",
            [*manage, "export", "--format", "csv", "--output", str(folder / "export.zip")],
            folder / "export.zip",
        ),
        (
            "`dumpdata` of the same tables",
            [*manage, "dumpdata", *TABLES, "--output", str(folder / "dumpdata.json")],
            folder / "dumpdata.json",
        ),
    ]


COUNT_SCRIPT = """
import json
from articles.models import Article, Document
from tracker.models import Commitment, Evidence, Indicator, Link
models = {"documents": Document, "articles": Article, "indicators": Indicator,
          "commitments": Commitment, "evidence": Evidence, "links": Link}
print(json.dumps({name: model.objects.count() for name, model in models.items()}))
"""


def fill_if_empty(env: dict[str, str], commitments: int) -> dict[str, int]:
    """Migrate; generate the data if there are no commitments yet; the row counts."""
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--verbosity", "0"], cwd=ROOT, env=env, check=True)

    def counts() -> dict[str, int]:
        out = subprocess.run(
            [*manage, "shell", "-c", COUNT_SCRIPT],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    found = counts()
    if not found["commitments"]:
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "generate.py"),
                "--commitments",
                str(commitments),
                "--articles",
                str(max(commitments // 5, 1)),
            ],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(
            f"Generated the database in {time.monotonic() - started:.0f} s.",
            file=sys.stderr,
            flush=True,
        )
        found = counts()
    return found


def measure(env: dict[str, str], *, restore: bool) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory(prefix="tracker-export-bench-") as tmp:
        folder = Path(tmp)
        for label, args, output in commands(folder):
            results.append(measured(label, args, env, output))
        if restore:
            # Into a new, migrated SQLite database: the NDJSON export, read a line at a time.
            target = {**env, "DATABASE_URL": f"sqlite:///{folder / 'restored.sqlite3'}"}
            manage = [sys.executable, str(ROOT / "manage.py")]
            subprocess.run(
                [*manage, "migrate", "--verbosity", "0"], cwd=ROOT, env=target, check=True
            )
            results.append(
                measured(
                    "`restore` of the NDJSON export (into SQLite)",
                    [*manage, "restore", str(folder / "export.ndjson")],
                    target,
                    None,
                )
            )
    return results


def measured(label: str, args: list[str], env: dict[str, str], output: Path | None) -> dict:
    figures = run_measured(args, env)
    figures["label"] = label
    figures["bytes"] = output.stat().st_size if output else None
    print(
        f"{label:45} {figures['seconds']:7.1f} s {figures['peak_mb']:7.0f} MB",
        file=sys.stderr,
        flush=True,
    )
    return figures


def size_text(size: int | None) -> str:
    if size is None:
        return ""
    return f"{size / 1e6:.0f} MB" if size >= 10e6 else f"{size / 1e6:.1f} MB"


def markdown(runs: list[dict]) -> str:
    parts = [
        f"{HEADING}\n",
        "`python benchmarks/export.py`: `manage.py export` in each format against Django's "
        "`manage.py dumpdata` of the same eleven tables (six lists, five histories), each in "
        "its own process, on a database "
        "made by `benchmarks/generate.py`. Peak memory is the process's maximum resident set "
        "(`ru_maxrss` from `wait4`), which includes Python and Django themselves: the "
        "start-up row shows that floor. Aim: faster than `dumpdata`, at most "
        f"{MEMORY_AIM_MB} MB.\n",
    ]
    for run in runs:
        size = ", ".join(f"{count:,} {name}" for name, count in run["counts"].items())
        dumpdata = next(r for r in run["results"] if r["label"].startswith("`dumpdata"))
        rows = []
        for r in run["results"]:
            rows.append(
                [
                    r["label"],
                    f"{r['seconds']:.1f} s",
                    f"{r['peak_mb']:.0f} MB",
                    size_text(r["bytes"]),
                    ""
                    if r is dumpdata or r["bytes"] is None or r["label"].startswith("`restore")
                    else f"{dumpdata['seconds'] / r['seconds']:.1f}× faster",
                ]
            )
        exported = next(r for r in run["results"] if r["label"] == "`export` (JSON)")
        verdict = (
            f"JSON export: {dumpdata['seconds'] / exported['seconds']:.1f}× as fast as "
            f"`dumpdata`, peak {exported['peak_mb']:.0f} MB "
            f"({'within' if exported['peak_mb'] <= MEMORY_AIM_MB else 'OVER'} the "
            f"{MEMORY_AIM_MB} MB aim)."
        )
        restored = next((r for r in run["results"] if r["label"].startswith("`restore")), None)
        if restored:
            verdict += (
                f" Restore took {restored['seconds'] / 60:.0f} min: most of it recomputes the "
                "search index (jieba segmentation of every text), and its memory includes "
                "jieba's dictionary; restore has no memory aim."
            )
        parts.append(
            f"### {run['database']}\n\n{size}.\n\n"
            + markdown_table(["Command", "Time", "Peak memory", "Output", "Against dumpdata"], rows)
            + f"\n\n{verdict}\n"
        )
    info = machine()
    parts.append("Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()) + ".\n")
    return "\n".join(parts)


def write_docs(section: str) -> None:
    """Replace (or add) the "## Export" section of docs/PERFORMANCE.md, leaving the rest."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Performance\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip() == HEADING), None)
    if start is None:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        tail = "".join(lines[end:])
        text = "".join(lines[:start]) + section + ("\n" + tail if tail else "")
    DOCS.write_text(text, encoding="utf-8")


def run_on(database: str, url: str, commitments: int) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "tracker.settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "benchmark-only-" + "x" * 50,
    }
    counts = fill_if_empty(env, commitments)
    return {
        "database": database,
        "counts": counts,
        "results": measure(env, restore=database == "SQLite"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--commitments",
        type=int,
        default=100_000,
        help="size of the generated database (default 100,000)",
    )
    parser.add_argument(
        "--sqlite",
        type=Path,
        metavar="FILE",
        help="use (and keep) this SQLite database file instead of a temporary one; "
        "generated first if it has no commitments",
    )
    parser.add_argument(
        "--postgres", action="store_true", help="also measure on a throwaway PostgreSQL cluster"
    )
    parser.add_argument("--no-docs", action="store_true", help="do not write docs/PERFORMANCE.md")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    args = parser.parse_args(argv)

    runs = []
    with tempfile.TemporaryDirectory(prefix="tracker-export-db-") as tmp:
        given = os.environ.get("DATABASE_URL")
        if given:
            label = "PostgreSQL" if given.startswith("postgres") else "SQLite"
            runs.append(run_on(label, given, args.commitments))
        else:
            database = args.sqlite.resolve() if args.sqlite else Path(tmp) / "bench.sqlite3"
            runs.append(run_on("SQLite", f"sqlite:///{database}", args.commitments))
        if args.postgres and not given:
            sys.path.insert(0, str(ROOT / "scripts"))
            from run_tests import pg_bindir, throwaway_postgres

            bindir = pg_bindir()
            if bindir is None:
                raise SystemExit("No PostgreSQL server binaries: apt-get install postgresql.")
            with throwaway_postgres(bindir) as url:
                # The cluster's default database; benchmarks need no separate one.
                runs.append(
                    run_on("PostgreSQL", url.replace("/tracker?", "/postgres?"), args.commitments)
                )
    report = {"runs": runs, "markdown": markdown(runs)}
    if not args.no_docs:
        write_docs(report["markdown"])
    write_json(args.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
