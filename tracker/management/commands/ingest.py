"""python manage.py ingest [PATH ...] — store newspaper pages and articles, idempotently.

Thin: it finds the files, reads each folder's manifest.toml, calls
articles.services.ingest_document for each file, and prints what happened.
"""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from articles.services import (
    CREATED,
    DATE_OPTION_BASIS,
    REMOVED,
    UNCHANGED,
    UPDATED,
    ingest_document,
    sha256,
)
from articles.text.errors import InputError
from articles.text.manifest import FileFacts, load_manifest, parse_date, parse_place

from ._tally import Tally, article_lines, item_counts

MANIFEST = "manifest.toml"
PROGRESS_FROM = 4  # runs of this many files or more show progress on stderr


class Command(BaseCommand):
    help = (
        "Ingest text files (newspaper pages, articles, reports) into documents and articles. "
        "Rerunning is safe: unchanged files are left alone, changed files are updated."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "paths", nargs="*", metavar="PATH",
            help="files or folders (default: seeds/); '-' reads standard input",
        )
        parser.add_argument("--dry-run", action="store_true",
                            help="report what would change, store nothing")
        parser.add_argument("--source", default="", help="publication name for every document")
        parser.add_argument("--date", default="",
                            help="publication date YYYY-MM-DD (or YYYY-MM, YYYY) of a single "
                            "document; overrides the manifest and the text, and is kept by "
                            "later runs as an editor's date would be")
        parser.add_argument("--url", default="", help="web address of a single document")
        parser.add_argument("--place", default=None,
                            help="the place every document is about (海南省): the subject of "
                            "figures whose text names no place; overrides the manifest and "
                            "an editor's place, and is kept by later runs as an editor's "
                            "place would be")
        parser.add_argument("--name", default="",
                            help="document name for standard input (default: stdin-<hash>)")

    def handle(self, *args, **options) -> None:
        verbosity = options["verbosity"]
        dry_run = options["dry_run"]
        paths = options["paths"] or [str(Path(settings.BASE_DIR) / "seeds")]
        files = self._files(paths)
        if not files:
            raise CommandError(f"No files to ingest in {', '.join(paths)}.")
        place = ""
        if options["place"] is not None:
            try:
                place = parse_place(options["place"], where="--place")
            except InputError as error:
                raise CommandError(str(error)) from None
        override = None
        if options["date"]:
            if len(files) != 1:
                raise CommandError(
                    f"--date applies to a single document, but {len(files)} files were given; "
                    "set per-file dates in manifest.toml instead."
                )
            try:
                override = parse_date(options["date"], where="--date")
            except InputError as error:
                raise CommandError(str(error)) from None
        if options["url"] and len(files) != 1:
            raise CommandError(f"--url applies to a single document, but {len(files)} files "
                               "were given.")
        manifests: dict[Path, dict[str, FileFacts]] = {}
        for path in files:
            if isinstance(path, Path) and path.parent not in manifests:
                manifests[path.parent] = self._manifest(path.parent)

        tally = Tally()
        stdin_data = sys.stdin.buffer.read() if "-" in files else b""
        show_progress = verbosity >= 1 and len(files) >= PROGRESS_FROM
        for number, path in enumerate(files, 1):
            if isinstance(path, Path):
                name = self._names[path.resolve()]
                facts = manifests[path.parent].get(path.name, FileFacts())
            else:
                name, facts = options["name"] or "", FileFacts()
            if show_progress:
                self.stderr.write(f"[{number}/{len(files)}] {name or 'stdin'}")
            try:
                data = path.read_bytes() if isinstance(path, Path) else stdin_data
                if not name:
                    name = f"stdin-{sha256(data)[:12]}.txt"
                published_on, precision, basis = None, "day", "manifest"
                if override:
                    (published_on, precision), basis = override, DATE_OPTION_BASIS
                elif facts.published_on:
                    published_on, precision = facts.published_on, facts.precision
                result = ingest_document(
                    name=name,
                    data=data,
                    source=options["source"] or facts.source,
                    published_on=published_on,
                    date_precision=precision,
                    date_basis=basis,
                    page_year=facts.year,
                    url=options["url"] or facts.url,
                    place=place or facts.place,
                    place_is_final=bool(place),
                    dry_run=dry_run,
                    article_stats=item_counts,
                    date_is_final=override is not None,
                )
            except InputError as error:
                tally.fail()
                self.stderr.write(self.style.ERROR(f"FAILED {error}"))
                continue
            except OSError as error:
                tally.fail()
                self.stderr.write(self.style.ERROR(f"FAILED {name}: cannot read the file "
                                                   f"({error.strerror or error})."))
                continue
            except Exception as error:  # noqa: BLE001 - one file fails alone, never a traceback
                tally.fail()
                detail = " ".join(str(error).split())[:200]
                self.stderr.write(self.style.ERROR(
                    f"FAILED {name}: unexpected error ({type(error).__name__}: {detail}); "
                    "nothing of this file was stored."))
                continue
            tally.add(result)
            self._report(result, verbosity)

        if tally.failed and verbosity == 0:
            raise CommandError(f"{tally.failed} of {len(files)} file(s) failed.")
        if verbosity == 0:
            return
        prefix = "Dry run, nothing stored. Would have: " if dry_run else ""
        counts = tally.documents
        self.stdout.write(
            f"{prefix}Documents: {counts[CREATED]} new, {counts[UNCHANGED]} unchanged, "
            f"{counts[UPDATED]} updated, {counts['failed']} failed."
        )
        self.stdout.write(tally.article_line())
        for line in tally.wanting(
            where_dates=f"the admin, or in the folder's {MANIFEST}",
            where_places=f"`place` in the folder's {MANIFEST}, --place, or the document's "
            "admin page",
        ):
            self.stdout.write(line)
        if tally.failed:
            raise CommandError(f"{tally.failed} of {len(files)} file(s) failed; "
                               "the others were ingested.")

    def _files(self, paths: list[str]) -> list[Path | str]:
        """The files to read, in order; each file's document name is kept in self._names:
        its path inside the folder given (so 2023/page1.txt and 2024/page1.txt stay two
        documents), or its own name for a file given directly."""
        self._names: dict[Path, str] = {}
        files: list[Path | str] = []
        for raw in paths:
            if raw == "-":
                files.append("-")
                continue
            path = Path(raw)
            if path.is_dir():
                found = [
                    (child, child.relative_to(path).as_posix())
                    for child in sorted(path.rglob("*"))
                    if child.is_file() and child.name != MANIFEST
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ]
            elif path.is_file():
                found = [(path, path.name)]
            else:
                raise CommandError(f"{raw}: no such file or folder.")
            for child, name in found:
                # The same file named twice (a folder and a file in it) is ingested once.
                key = child.resolve()
                if key not in self._names:
                    self._names[key] = name
                    files.append(child)
        if files.count("-") > 1:
            raise CommandError("Standard input ('-') can be read only once.")
        return files

    def _manifest(self, folder: Path) -> dict[str, FileFacts]:
        path = folder / MANIFEST
        if not path.is_file():
            return {}
        try:
            return load_manifest(path.read_bytes(), name=str(path))
        except InputError as error:
            raise CommandError(f"{error} Nothing was ingested.") from None

    def _report(self, result, verbosity: int) -> None:
        if verbosity < 1:
            return
        if result.duplicate_of:
            self.stdout.write(f"unchanged {result.name}: same bytes as {result.duplicate_of}, "
                              "already stored")
            return
        undated = len(result.needing_date)
        note = f", {undated} need a date" if undated else ""
        live = sum(1 for a in result.articles if a.status != REMOVED)
        self.stdout.write(f"{result.outcome} {result.name} ({result.encoding}): "
                          f"{live} article(s){note}")
        if verbosity >= 2:
            for line in article_lines(result, verbosity=verbosity):
                self.stdout.write(line)

