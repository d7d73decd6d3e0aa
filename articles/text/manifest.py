"""The manifest (manifest.toml beside the files): per-file facts the text lacks.

    [files."NAME.txt"]
    source = "郑州日报"          # publication
    date = 2024-08-22           # TOML date (day); or "2024-08" (month) or "2024" (year)
    year = 2021                 # the page's year: completes the text's "2月25日" datelines
    url = "https://…"
    place = "海南省"             # the document's place: the subject of its figures naming none

Every key is optional; a value overrides what ingestion infers for every article of the file.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass

from .errors import InputError

KEYS = {"source", "date", "year", "url", "place"}
PLACE_MAX = 100  # a commitment's subject holds at most 100 characters
_PARTIAL = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2}))?(?:-(?P<d>\d{1,2}))?$")


@dataclass(frozen=True)
class FileFacts:
    source: str = ""
    published_on: dt.date | None = None
    precision: str = "day"
    year: int | None = None
    url: str = ""
    place: str = ""


def parse_place(value: object, *, where: str) -> str:
    """A document's place ("海南省"): non-empty text of at most 100 characters, spaces
    around it removed."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(where, f"place {value!r} must be a place name such as \"海南省\".")
    place = value.strip()
    if len(place.splitlines()) > 1:
        raise InputError(where, "place must be one line, such as \"海南省\".")
    if len(place) > PLACE_MAX:
        raise InputError(where, f"place {place[:20]!r}… is longer than {PLACE_MAX} characters.")
    return place


def parse_date(value: object, *, where: str) -> tuple[dt.date, str]:
    """A date with its precision from a TOML date, "YYYY-MM-DD", "YYYY-MM", "YYYY" or 2024."""
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    match = _PARTIAL.match(str(value).strip())
    if match:
        year = int(match["y"])
        month = int(match["m"] or 1)
        day = int(match["d"] or 1)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            pass
        else:
            precision = "day" if match["d"] else "month" if match["m"] else "year"
            return date, precision
    raise InputError(where, f"date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY.")


def load_manifest(data: bytes, *, name: str = "manifest.toml") -> dict[str, FileFacts]:
    """File name → facts. Raises InputError (one line) for a manifest that cannot be used."""
    try:
        parsed = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(name, "is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(name, f"is not valid TOML ({error}).") from None
    files = parsed.get("files", {})
    if not isinstance(files, dict):
        raise InputError(name, "[files] must be a table of file names.")
    facts: dict[str, FileFacts] = {}
    for file_name, entry in files.items():
        where = f'{name} [files."{file_name}"]'
        if not isinstance(entry, dict):
            raise InputError(where, "must be a table.")
        unknown = set(entry) - KEYS
        if unknown:
            raise InputError(where, f"unknown key(s) {', '.join(sorted(unknown))}; "
                             f"use {', '.join(sorted(KEYS))}.")
        published_on, precision = (None, "day")
        if "date" in entry:
            published_on, precision = parse_date(entry["date"], where=where)
        year = entry.get("year")
        if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
            raise InputError(where, f"year {year!r} must be a whole number such as 2021.")
        facts[file_name] = FileFacts(
            source=str(entry.get("source", "")),
            published_on=published_on,
            precision=precision,
            year=year,
            url=str(entry.get("url", "")),
            place=parse_place(entry["place"], where=where) if "place" in entry else "",
        )
    return facts
