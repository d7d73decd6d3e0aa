"""Rebuild a site from an export (docs/EXPORT.md): the other half of tracker.exports.

``restore_export`` reads a JSON or NDJSON export, checks every record (keys, types, choices,
references) and writes it in one transaction: any error leaves the database untouched.

Into an empty database records keep their ids, so links and bookmarks stay valid, and the
id sequences are moved past them. With ``merge=True`` the file is added to a database that
already has data: records that are already there (same natural key) are kept as they are,
the rest are inserted with new ids. NDJSON is read a line at a time, and so is JSON as ``export``
writes it (a record per line); JSON in any other layout is read whole by the json module.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction

from articles.models import Article, Document

from .exports import FORMAT, SECTIONS, SECTIONS_BY_TYPE, VERSION, Section
from .models import Commitment, Indicator, Link

BATCH_SIZE = 1000
MODELS = tuple(section.model for section in SECTIONS)


class RestoreError(Exception):
    """The file cannot be restored; the message says what and where, in one line."""


@dataclass
class RestoreResult:
    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        main = [s.name for s in SECTIONS if not s.history_of]
        history = [s.name for s in SECTIONS if s.history_of]
        parts = ", ".join(f"{self.created[name]} {name}" for name in main)
        entries = sum(self.created[name] for name in history)
        text = f"Restored {parts} and {entries} history entries."
        if any(self.existing.values()):
            kept = ", ".join(f"{n} {name}" for name, n in self.existing.items() if n)
            text += f" Already present, kept as they were: {kept}."
        if any(self.skipped[name] for name in main):
            skipped = ", ".join(
                f"{self.skipped[name]} {name}" for name in main if self.skipped[name]
            )
            text += (
                f" Skipped (their document's name is taken by different content here): {skipped}."
            )
        if any(self.skipped[name] for name in history):
            text += " History entries are not merged: added records start their own history."
        return text


# --- reading -------------------------------------------------------------------------------


def _check_header(source: str, header: Any) -> None:
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        found = header.get("format") if isinstance(header, dict) else None
        raise RestoreError(
            f'{source} is not a {FORMAT} file (its "format" is {json.dumps(found)}); '
            f"restore only reads files written by `manage.py export`."
        )
    if header.get("version") != VERSION:
        raise RestoreError(
            f"{source} is an export of version {json.dumps(header.get('version'))}; "
            f"this tracker restores version {VERSION} only."
        )


def _read_json(source: str, data: Any) -> Iterator[tuple[Section, str, Any]]:
    for section in SECTIONS:
        records = data.get(section.name)
        if not isinstance(records, list):
            raise RestoreError(
                f'{source} has no list "{section.name}"; every list must be present.'
            )
        for index, record in enumerate(records):
            yield section, f"{source}: {section.name}[{index}]", record


def _read_ndjson(source: str, lines: Iterator[str]) -> Iterator[tuple[Section, str, Any]]:
    order = {section.type: rank for rank, section in enumerate(SECTIONS)}
    rank = 0
    for number, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        where = f"{source}: line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RestoreError(f"{where} is not valid JSON ({error.msg}).") from None
        if not isinstance(record, dict):
            raise RestoreError(f"{where} is not a JSON object.")
        kind = record.pop("type", None)
        section = SECTIONS_BY_TYPE.get(kind)
        if section is None:
            raise RestoreError(
                f'{where} has unknown "type" {json.dumps(kind)}; '
                f"expected one of {', '.join(SECTIONS_BY_TYPE)}."
            )
        if order[kind] < rank:
            raise RestoreError(
                f"{where}: a {kind} record after {SECTIONS[rank].type} records; records must "
                f"come in the order {', '.join(SECTIONS_BY_TYPE)}."
            )
        rank = order[kind]
        yield section, where, record


@contextlib.contextmanager
def open_export(
    path: str | Path, stream: IO[str] | None = None
) -> Iterator[Iterator[tuple[Section, str, Any]]]:
    """Open an export file (JSON or NDJSON, told apart by content) as a stream of records."""
    source = str(path)
    try:
        handle = stream if stream is not None else open(path, encoding="utf-8")
    except OSError as error:
        raise RestoreError(f"Cannot read {source}: {error.strerror}.") from None
    try:
        try:
            first_line = handle.readline()
        except UnicodeDecodeError:
            raise RestoreError(f"{source} is not UTF-8 text; is it an export?") from None
        if not first_line.strip():
            raise RestoreError(f"{source} is empty or starts with a blank line; is it an export?")
        try:
            first = json.loads(first_line)
        except json.JSONDecodeError:
            first = None
        if isinstance(first, dict) and first.get("type") == "header":
            _check_header(source, first)
            yield _read_ndjson(source, _lines(source, handle))
            return
        header = _streamable_header(first_line, handle)
        if header is not None:
            _check_header(source, header)
            yield _read_json_lines(source, handle)
            return
        try:
            data = json.loads(first_line + handle.read())
        except UnicodeDecodeError:
            raise RestoreError(f"{source} is not UTF-8 text; is it an export?") from None
        except json.JSONDecodeError as error:
            raise RestoreError(
                f"{source} is not valid JSON (line {error.lineno}, column {error.colno}: "
                f"{error.msg})."
            ) from None
        _check_header(source, data)
        yield _read_json(source, data)
    finally:
        if stream is None:
            handle.close()


# `manage.py export` writes its JSON with every record on a line of its own (see
# tracker.exports.write_json). Such a file can be read a record at a time, in flat memory;
# any other JSON (reformatted, minified) is read whole.


def _streamable_header(first_line: str, handle: IO[str]) -> dict | None:
    """The header, if the file has exactly the exporter's line layout; else None. Reads the
    file once to check (cheaply, without parsing records) and rewinds it."""
    if not (first_line.startswith("{") and first_line.rstrip("\n").endswith(",")):
        return None
    try:
        header = json.loads(first_line.rstrip("\n")[:-1] + "}")
        if not handle.seekable():
            return None
        start = handle.tell()
    except (json.JSONDecodeError, OSError):
        return None
    names = iter(section.name for section in SECTIONS)
    expected = next(names, None)
    in_list = finished = False
    try:
        for line in handle:
            line = line.rstrip("\n")
            if finished:
                if line.strip():
                    return None
            elif in_list:
                if line in ("]", "],"):
                    in_list = False
                    expected = next(names, None)
                elif not (line.startswith("{") and line.endswith(("}", "},"))):
                    return None
            elif expected is not None and line == f'"{expected}": [':
                in_list = True
            elif expected is not None and line in (f'"{expected}": []', f'"{expected}": [],'):
                expected = next(names, None)
            elif expected is None and line == "}":
                finished = True
            else:
                return None
    except UnicodeDecodeError:
        return None
    finally:
        handle.seek(start)
    return header if finished and isinstance(header, dict) else None


def _read_json_lines(source: str, handle: IO[str]) -> Iterator[tuple[Section, str, Any]]:
    sections = iter(SECTIONS)
    section = None
    index = 0
    for number, line in enumerate(handle, start=2):
        line = line.rstrip("\n")
        if line.startswith('"'):  # a list opens
            section, index = next(sections), 0
            continue
        if not line.startswith("{"):
            continue
        try:
            record = json.loads(line[:-1] if line.endswith(",") else line)
        except json.JSONDecodeError as error:
            raise RestoreError(
                f"{source} is not valid JSON (line {number}: {error.msg})."
            ) from None
        yield section, f"{source}: {section.name}[{index}]", record
        index += 1


def _lines(source: str, handle: IO[str]) -> Iterator[str]:
    try:
        yield from handle
    except UnicodeDecodeError:
        raise RestoreError(f"{source} is not UTF-8 text; is it an export?") from None


# --- checking one record -------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    key: str
    attname: str
    field: models.Field
    reference: str | None  # the section a foreign key points into
    choices: frozenset[str] | None


def _columns(section: Section) -> list[_Column]:
    columns = []
    for key in section.keys:
        model_field = section.model._meta.get_field(key)
        reference = None
        # History rows keep the ids of their time, of records that may since be deleted.
        if model_field.is_relation and not section.history_of:
            related = model_field.related_model
            reference = next(s.name for s in SECTIONS if s.model is related)
        choices = (
            frozenset(str(value) for value, _ in model_field.flatchoices)
            if model_field.choices
            else None
        )
        columns.append(_Column(key, model_field.attname, model_field, reference, choices))
    return columns


def _convert(column: _Column, value: Any, where: str) -> Any:
    if value is None:
        if not column.field.null:
            raise RestoreError(f'{where}: "{column.key}" is null but must have a value.')
        return None
    if column.reference is not None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise RestoreError(f'{where}: "{column.key}" must be an id (a whole number).')
        return value
    try:
        converted = column.field.to_python(value)
    except ValidationError as error:
        raise RestoreError(f'{where}: "{column.key}": {" ".join(error.messages)}') from None
    if column.choices is not None and converted not in column.choices:
        raise RestoreError(
            f'{where}: "{column.key}" is {json.dumps(value, ensure_ascii=False)}, '
            f"not one of {', '.join(sorted(column.choices))}."
        )
    return converted


@contextlib.contextmanager
def _keeping_timestamps() -> Iterator[None]:
    """Let created_at/updated_at take the file's values instead of "now"."""
    changed = []
    for model in MODELS:
        for model_field in model._meta.concrete_fields:
            if getattr(model_field, "auto_now", False) or getattr(
                model_field, "auto_now_add", False
            ):
                changed.append((model_field, model_field.auto_now, model_field.auto_now_add))
                model_field.auto_now = model_field.auto_now_add = False
    try:
        yield
    finally:
        for model_field, auto_now, auto_now_add in changed:
            model_field.auto_now, model_field.auto_now_add = auto_now, auto_now_add


# --- writing -------------------------------------------------------------------------------


def _fill_derived(instance: models.Model, names: dict[int, tuple[str, ...]]) -> None:
    # bulk_create skips the pre_save signal that keeps the search index; fill it the same way.
    # An article's places named are derived from its text too (the export leaves them out).
    # ``names``: the indicators' names by id, of those restored (not yet written: inserted
    # by batch) and of those read (an indicator has many items).
    from .search import NAMED_MODELS, SOURCE_FIELDS, indicator_names, item_names, row_search_text
    from .text.place_names import article_places

    if isinstance(instance, Indicator) and instance.pk is not None:
        names[instance.pk] = indicator_names(instance)
    if type(instance) in SOURCE_FIELDS:
        known = None
        if type(instance) in NAMED_MODELS and instance.indicator_id is not None:
            if instance.indicator_id not in names:
                names[instance.indicator_id] = item_names(instance)
            known = names[instance.indicator_id]
        instance.search_text = row_search_text(instance, connection.vendor, known)
    if isinstance(instance, Article):
        instance.places_named = article_places(instance.source, instance.title, instance.body)


def database_is_empty() -> bool:
    return not any(model.objects.exists() for model in MODELS)


def _natural_key(section: Section, values: dict[str, Any]) -> dict[str, Any]:
    """What --merge uses to recognise a record that is already in the database."""
    model = section.model
    if model is Document:
        return {"sha256": values["sha256"]}
    if model is Indicator:
        return {"name": values["name"]}
    if model is Article:
        return {"document_id": values["document_id"], "position": values["position"]}
    if model is Link:
        return {"commitment_id": values["commitment_id"], "evidence_id": values["evidence_id"]}
    return {
        "article_id": values["article_id"],
        "start": values["start"],
        "end": values["end"],
        "quote": values["quote"],
    }


class _Restorer:
    def __init__(self, *, merge: bool) -> None:
        self.merge = merge
        self.result = RestoreResult(
            created={s.name: 0 for s in SECTIONS},
            existing={s.name: 0 for s in SECTIONS},
            skipped={s.name: 0 for s in SECTIONS},
        )
        self.columns = {section.name: _columns(section) for section in SECTIONS}
        # file id -> id in this database (equal when not merging); None: skipped.
        self.ids: dict[str, dict[int, int | None]] = {s.name: {} for s in SECTIONS}
        # Records whose parents were newly inserted cannot already exist.
        self.new_ids: dict[str, set[int]] = {s.name: set() for s in SECTIONS}
        self.pending: list[models.Model] = []
        self.pending_section: Section | None = None
        self.revises: list[tuple[int, int, str]] = []  # (file id, file revises id, where)
        self.indicator_names: dict[int, tuple[str, ...]] = {}

    def add(self, section: Section, where: str, record: Any) -> None:
        if not isinstance(record, dict):
            raise RestoreError(f"{where} is not a JSON object.")
        expected = set(section.keys)
        if record.keys() != expected and record.keys() | set(section.later_keys) != expected:
            missing = sorted(expected - record.keys() - set(section.later_keys))
            unknown = sorted(record.keys() - expected)
            problem = "; ".join(
                part
                for part in (
                    f"missing {', '.join(missing)}" if missing else "",
                    f"unknown {', '.join(unknown)}" if unknown else "",
                )
                if part
            )
            raise RestoreError(f"{where} does not have the keys of a {section.type}: {problem}.")
        values: dict[str, Any] = {}
        for column in self.columns[section.name]:
            if column.key not in record:  # a later key, absent from an older file
                values[column.attname] = column.field.get_default()
                continue
            values[column.attname] = _convert(column, record[column.key], where)
        file_id = values[section.pk_key]
        if file_id is None or file_id in self.ids[section.name]:
            raise RestoreError(
                f"{where}: {section.pk_key} {file_id} appears twice among {section.name}."
            )
        if section.history_of and self.merge:
            # Merged records get a history entry of their own when they are saved.
            self.result.skipped[section.name] += 1
            return
        skipped = False
        for column in self.columns[section.name]:
            if column.reference is None or values[column.attname] is None:
                continue
            if column.key == "revises":
                # May point forward to a later commitment: resolved at the end.
                self.revises.append((file_id, values[column.attname], where))
                values[column.attname] = None if self.merge else values[column.attname]
                continue
            mapping = self.ids[column.reference]
            target = values[column.attname]
            if target not in mapping:
                raise RestoreError(
                    f'{where}: "{column.key}" is {target}, which is not an id in '
                    f'"{column.reference}" of this file.'
                )
            if mapping[target] is None:
                skipped = True
            values[column.attname] = mapping[target]
        if skipped:
            self.ids[section.name][file_id] = None
            self.result.skipped[section.name] += 1
            return
        if self.merge:
            self._merge(section, file_id, values)
        else:
            self.ids[section.name][file_id] = file_id
            instance = section.model(**values)
            _fill_derived(instance, self.indicator_names)
            self._queue(section, file_id, instance)

    def _merge(self, section: Section, file_id: int, values: dict[str, Any]) -> None:
        model = section.model
        key = _natural_key(section, values)
        parents_new = any(
            values[column.attname] in self.new_ids[column.reference]
            for column in self.columns[section.name]
            if column.reference is not None and column.key not in ("indicator", "revises")
        )
        existing = (
            None
            if parents_new
            else model.objects.filter(**key).values_list("pk", flat=True).first()
        )
        if existing is not None:
            self.ids[section.name][file_id] = existing
            self.result.existing[section.name] += 1
            return
        if model is Document and Document.objects.filter(name=values["name"]).exists():
            self.ids[section.name][file_id] = None
            self.result.skipped[section.name] += 1
            return
        values["id"] = None
        self._flush_if_other(section)
        instance = model(**values)
        _fill_derived(instance, self.indicator_names)
        instance.save(force_insert=True)
        self.ids[section.name][file_id] = instance.pk
        self.new_ids[section.name].add(instance.pk)
        self.result.created[section.name] += 1

    def _queue(self, section: Section, file_id: int, instance: models.Model) -> None:
        self._flush_if_other(section)
        self.pending_section = section
        self.pending.append(instance)
        if len(self.pending) >= BATCH_SIZE:
            self.flush()

    def _flush_if_other(self, section: Section) -> None:
        if self.pending_section is not None and self.pending_section is not section:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            section = self.pending_section
            section.model.objects.bulk_create(self.pending)
            self.result.created[section.name] += len(self.pending)
            self.pending.clear()
        self.pending_section = None

    def finish(self) -> None:
        self.flush()
        commitments = self.ids["commitments"]
        for file_id, target, where in self.revises:
            if target not in commitments:
                raise RestoreError(
                    f'{where}: "revises" is {target}, which is not an id in '
                    f'"commitments" of this file.'
                )
            if self.merge:
                local = commitments[file_id]
                if local is not None and local in self.new_ids["commitments"]:
                    Commitment.objects.filter(pk=local).update(revises_id=commitments[target])


def _reset_sequences() -> None:
    statements = connection.ops.sequence_reset_sql(no_style(), list(MODELS))
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


def restore_records(
    records: Iterator[tuple[Section, str, Any]], *, merge: bool = False
) -> RestoreResult:
    """Write the records in one transaction; raise RestoreError (nothing written) if any is bad."""
    restorer = _Restorer(merge=merge)
    try:
        with transaction.atomic(), _keeping_timestamps():
            if not merge and not database_is_empty():
                counts = ", ".join(
                    f"{model.objects.count()} {SECTIONS[i].name}" for i, model in enumerate(MODELS)
                )
                raise RestoreError(
                    f"The database is not empty ({counts}); restore into an empty database, "
                    f"or add --merge to add the file's records to what is there."
                )
            for section, where, record in records:
                restorer.add(section, where, record)
            restorer.finish()
            _reset_sequences()
    except DatabaseError as error:
        message = " ".join(str(error).split())
        raise RestoreError(f"The database refused the file's records: {message}") from None
    return restorer.result


def restore_export(
    path: str | Path, *, merge: bool = False, stream: IO[str] | None = None
) -> RestoreResult:
    """Restore the export at ``path`` (or read from ``stream``); see the module docstring."""
    with open_export(path, stream) as records:
        return restore_records(records, merge=merge)
