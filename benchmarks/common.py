"""Helpers shared by the benchmark scripts: Django set-up, timing, the machine, tables."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(**environment: str) -> None:
    """Configure Django for a benchmark run from anywhere: the production settings (DEBUG
    off), plain HTTP, the database named by DATABASE_URL."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-" + "x" * 50)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    os.environ.setdefault("STATIC_ROOT", str(Path(tempfile.gettempdir()) / "tracker-bench-static"))
    for name, value in environment.items():
        os.environ.setdefault(name, value)
    import django

    django.setup()


def collect_static() -> None:
    """Production serves hashed static files from collectstatic's manifest: collect them into
    STATIC_ROOT (benchmarks set it to a temporary folder) so that pages render as deployed."""
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)


def median_seconds(run: Callable[[], object], *, repeat: int, warmup: int = 2) -> float:
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def machine() -> dict[str, str]:
    """The machine the figures were measured on."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    memory_kb = next((int(line.split()[1]) for line in _read("/proc/meminfo").splitlines()
                      if line.startswith("MemTotal:")), 0)
    load = _read("/proc/loadavg").split()[:3]
    info = {
        "CPU": cpu,
        "Cores": str(os.cpu_count()),
        "RAM": f"{memory_kb / 1024 / 1024:.1f} GiB" if memory_kb else "unknown",
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "Load average at start (1, 5, 15 min)": ", ".join(load) if load else "unknown",
    }
    try:
        import sqlite3

        import django
        import jieba

        info["Django"] = django.get_version()
        info["SQLite"] = sqlite3.sqlite_version
        info["jieba"] = jieba.__version__
    except ImportError:
        pass
    try:
        out = subprocess.run(["pg_config", "--version"], capture_output=True, text=True)
        info["PostgreSQL"] = out.stdout.strip().removeprefix("PostgreSQL ") or "not installed"
    except OSError:
        info["PostgreSQL"] = "not installed"
    return info


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def write_json(path: Path | None, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    if path is None:
        print(text)
    else:
        path.write_text(text)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
