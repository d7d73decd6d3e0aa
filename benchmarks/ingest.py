#!/usr/bin/env python3
"""The whole ingest of a generated ~10 MB corpus against one plain jieba pass over its text.

    DATABASE_URL=postgres://…/empty_db python benchmarks/ingest.py [--megabytes 10] [--json FILE]

Writes a corpus with benchmarks/generate.py (newspaper pages hard-wrapped in narrow columns
and single long articles, UTF-8 and GB18030), then, in one process and one run:

1. ``jieba.lcut`` over the decoded text of every file, once: the reference;
2. ``manage.py ingest`` of the folder into the (empty, migrated) database: decoding, reflow,
   splitting into stories, dates, extraction of commitments and evidence, search tokens,
   link suggestions and every database write.

Both tokenizers are loaded before the clocks start. The ratio is (2) over (1); the aim is 1×.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from common import setup_django, write_json
from generate import write_corpus


def decoded_texts(folder: Path) -> list[str]:
    texts = []
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("gb18030"))
    return texts


def ingest_folder(folder: Path) -> str:
    """Ingest as a user does, with the command; the service per file if there is none yet."""
    from django.core.management import call_command
    from django.core.management.base import CommandError

    try:
        call_command("ingest", str(folder), verbosity=0)
        return "`manage.py ingest`"
    except CommandError as error:
        if "Unknown command" not in str(error):
            raise
    from articles.services import ingest_document

    for path in sorted(folder.glob("*.txt")):
        ingest_document(name=path.name, data=path.read_bytes())
    return "`ingest_document()` per file"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    setup_django()
    import jieba
    from django.core.management import call_command
    from django.db import connection

    from articles.models import Article, Document
    from tracker.models import Commitment, Evidence, Link
    from tracker.text.segment import tokenizer

    call_command("migrate", verbosity=0)
    if Document.objects.exists():
        print("The database already holds documents: give an empty one.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="tracker-ingest-bench-") as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder, megabytes=args.megabytes, seed=2)
        texts = decoded_texts(folder)
        characters = sum(len(text) for text in texts)

        jieba.setLogLevel(60)
        jieba.initialize()  # the plain dictionary, loaded before the clock starts
        tokenizer()  # the project's tokenizer with its dictionary, likewise
        started = time.perf_counter()
        tokens = sum(len(jieba.lcut(text)) for text in texts)
        jieba_seconds = time.perf_counter() - started

        started = time.perf_counter()
        how = ingest_folder(folder)
        ingest_seconds = time.perf_counter() - started

    counts = {"documents": Document.objects.count(), "articles": Article.objects.count(),
              "commitments": Commitment.objects.count(), "evidence": Evidence.objects.count(),
              "links": Link.objects.count()}
    mb = corpus["bytes"] / 1e6
    ratio = ingest_seconds / jieba_seconds
    markdown = (
        f"Corpus: {corpus['files']:,} files (newspaper pages and single articles, UTF-8 and "
        f"GB18030), {mb:.1f} MB of UTF-8 text, {characters:,} characters. Database: "
        f"{connection.vendor}. Ingested with {how}; result: "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items()) + ".\n\n"
        "| Run | Time | Throughput | Against one jieba pass |\n|---|---|---|---|\n"
        f"| One plain `jieba.lcut` pass ({tokens:,} tokens) | {jieba_seconds:.1f} s | "
        f"{corpus['bytes'] / 1e3 / jieba_seconds:.0f} kB/s | 1× |\n"
        f"| Whole ingest | {ingest_seconds:.1f} s | "
        f"{corpus['bytes'] / 1e3 / ingest_seconds:.0f} kB/s | "
        f"**{ratio:.1f}×** |\n\n"
        f"Aim: the whole ingest costs no more than one plain jieba pass (1×).\n"
    )
    print(f"jieba {jieba_seconds:.1f} s, ingest {ingest_seconds:.1f} s: {ratio:.1f}×",
          file=sys.stderr)
    write_json(args.json, {"vendor": connection.vendor, "corpus": corpus,
                           "characters": characters, "jieba_s": jieba_seconds,
                           "ingest_s": ingest_seconds, "ratio": ratio, "counts": counts,
                           "markdown": markdown})
    return 0


if __name__ == "__main__":
    sys.exit(main())
