"""``manage.py restore FILE``: rebuild the database from an export (JSON or NDJSON)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from tracker.restore import RestoreError, restore_export


class Command(BaseCommand):
    help = (
        "Load an export written by `manage.py export` (JSON or NDJSON; '-' reads standard "
        "input) into an empty database, keeping its ids. Nothing is written if any record "
        "is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="The export file (JSON or NDJSON), or - for standard input."
        )
        parser.add_argument(
            "--merge",
            action="store_true",
            help="Add the file to a database that already has data: records already there "
            "(documents with the same SHA-256, indicators with the same name, …) are kept "
            "as they are; the others get new ids. See docs/EXPORT.md.",
        )

    def handle(self, *args, file: str, merge: bool, **options):
        try:
            if file == "-":
                result = restore_export("standard input", merge=merge, stream=sys.stdin)
            else:
                result = restore_export(file, merge=merge)
        except RestoreError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(result.summary())
