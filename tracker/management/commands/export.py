"""``manage.py export``: the whole database as JSON (default), NDJSON or CSV."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker import exports


class Command(BaseCommand):
    help = (
        "Export documents, articles, indicators, commitments, evidence and links, with their "
        "recorded histories (format: docs/EXPORT.md). JSON to standard output unless --output."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--format",
            choices=["json", "ndjson", "csv"],
            default="json",
            help="json (one document, default), ndjson (one record per line) or csv "
            "(one file per list; needs --output DIR or --output FILE.zip).",
        )
        parser.add_argument(
            "--output",
            "-o",
            metavar="FILE",
            help="Write here instead of standard output (for csv: a folder, or a .zip file).",
        )
        parser.add_argument(
            "--reviewed-only",
            action="store_true",
            help="Only accepted or edited commitments and evidence, the links between them, "
            "and the articles, documents and indicators they need.",
        )

    def handle(self, *args, format: str, output: str | None, reviewed_only: bool, **options):
        if format == "csv":
            counts = self._export_csv(output, reviewed_only=reviewed_only)
        else:
            writer = exports.write_json if format == "json" else exports.write_ndjson
            if output in (None, "-"):
                try:
                    counts = writer(self._stdout_write, reviewed_only=reviewed_only)
                except BrokenPipeError:
                    # The reader stopped early (`export | head`): nothing more to say.
                    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                    return
            else:
                counts = self._export_file(Path(output), writer, reviewed_only=reviewed_only)
        # Counts go to standard error so that standard output stays a clean document.
        target = "standard output" if output in (None, "-") else output
        self.stderr.write(f"Exported {counts.summary()} to {target}.")

    def _export_file(self, path: Path, writer, *, reviewed_only: bool) -> exports.ExportCounts:
        # Written beside the target and renamed at the end: an interrupted export never
        # leaves a truncated file where the last good backup was.
        partial = path.with_name(path.name + ".partial")
        try:
            with open(partial, "w", encoding="utf-8", newline="\n") as handle:
                counts = writer(handle.write, reviewed_only=reviewed_only)
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise CommandError(f"Cannot write {path}: {error.strerror}.") from error
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return counts

    def _stdout_write(self, text: str) -> None:
        self.stdout.write(text, ending="")

    def _export_csv(self, output: str | None, *, reviewed_only: bool) -> exports.ExportCounts:
        if output in (None, "-"):
            raise CommandError(
                "CSV export writes one file per list: give --output DIR (a folder) "
                "or --output FILE.zip."
            )
        path = Path(output)
        try:
            if path.suffix.lower() == ".zip":
                partial = path.with_name(path.name + ".partial")
                try:
                    counts = exports.write_csv_zip(partial, reviewed_only=reviewed_only)
                    os.replace(partial, path)
                finally:
                    partial.unlink(missing_ok=True)
                return counts
            if path.exists() and not path.is_dir():
                raise CommandError(
                    f"{path} is a file; CSV export needs a folder or a name ending in .zip."
                )
            return exports.write_csv_directory(path, reviewed_only=reviewed_only)
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error.strerror}.") from error
