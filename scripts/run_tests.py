#!/usr/bin/env python3
"""Run the whole test suite on SQLite, then on a real PostgreSQL server.

PostgreSQL: the server named by DATABASE_URL if one is given; otherwise a throwaway cluster
that this script creates (initdb + pg_ctl on a Unix socket in a temporary directory, as the
``postgres`` user when run as root, since PostgreSQL refuses root) and always stops again.
Extra arguments are passed to pytest, e.g. ``scripts/run_tests.py -k ingest``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def pg_bindir() -> Path | None:
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    except (OSError, subprocess.CalledProcessError):
        pass
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


@contextmanager
def throwaway_postgres(bindir: Path):
    """Start a private PostgreSQL cluster; yield its DATABASE_URL; stop and delete it."""
    as_root = os.geteuid() == 0
    workdir = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    data, sock = workdir / "data", workdir / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if as_root:
        shutil.chown(workdir, "postgres", "postgres")
        shutil.chown(sock, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = str(5400 + os.getpid() % 500)
    log = workdir / "server.log"

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, stdout=subprocess.DEVNULL)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8")
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "start", "-o",
            f"-k {sock} -c listen_addresses='' -p {port} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        yield f"postgres://postgres@/tracker?host={sock}&port={port}"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                            "-w", "stop"], stdout=subprocess.DEVNULL, check=False)
        shutil.rmtree(workdir, ignore_errors=True)


def pytest(label: str, env: dict[str, str], args: list[str]) -> int:
    print(f"\n=== Test suite on {label} ===", flush=True)
    return subprocess.call([PYTHON, "-m", "pytest", *args], cwd=ROOT, env=env)


def main(args: list[str]) -> int:
    # A SIGTERM (a CI time-out, a Ctrl-C in a parent) must still stop the cluster.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    env = {**os.environ, "SECRET_KEY": os.environ.get("SECRET_KEY", "insecure-test-key")}
    given = env.pop("DATABASE_URL", "")
    results: dict[str, int] = {}

    results["SQLite"] = pytest("SQLite", env, args)

    if given:
        results["PostgreSQL"] = pytest(
            "PostgreSQL (DATABASE_URL)", {**env, "DATABASE_URL": given}, args
        )
    else:
        bindir = pg_bindir()
        if bindir is None:
            print("\nPostgreSQL server binaries (initdb, pg_ctl) not found: install the "
                  "postgresql package, or set DATABASE_URL, to run the PostgreSQL half.")
            results["PostgreSQL"] = 1 if os.environ.get("CI") else 0
        else:
            with throwaway_postgres(bindir) as url:
                results["PostgreSQL"] = pytest("PostgreSQL (throwaway cluster)",
                                               {**env, "DATABASE_URL": url}, args)

    print("\n=== Summary ===")
    for label, code in results.items():
        print(f"{label}: {'passed' if code == 0 else f'FAILED (exit {code})'}")
    return 0 if all(code == 0 for code in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
