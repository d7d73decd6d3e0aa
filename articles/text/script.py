"""Texts in traditional characters read as their simplified twins.

Every rule of the extractor, the date, year and place readers and the indicator table is
written in simplified characters. A text copied from a Big5 / traditional-character source
(億, 萬, 爭取, 地區生産總值) is therefore read through ``simplified_for_reading``: a
one-to-one CHARACTER mapping (OpenCC's TSCharacters table, as shipped by
``opencc-python-reimplemented``), never a phrase conversion, so the text read has the same
length as the original and every offset found on it is valid on the original. Quotes are cut
from the original by those offsets; what the public and editors see stays as written.

Where a character has several simplified forms (乾 → 干/乾, 於 → 于/於) the library's first
choice is taken. Characters that are the same in both scripts are not in the table, so a
simplified text reads as itself.
"""

from __future__ import annotations

import functools
from importlib.resources import files

_TABLE_PACKAGE = "opencc"  # opencc-python-reimplemented
_TABLE_FILE = "dictionary/TSCharacters.txt"


@functools.cache
def _table() -> dict[int, int]:
    """Traditional character → its simplified character (code points), for ``str.translate``;
    built once, on first use."""
    text = files(_TABLE_PACKAGE).joinpath(_TABLE_FILE).read_text(encoding="utf-8")
    table: dict[int, int] = {}
    for line in text.splitlines():
        traditional, _, simplified = line.partition("\t")
        choices = simplified.split()
        # One character to one character only: a phrase or a longer form would shift offsets.
        if len(traditional) == 1 and choices and len(choices[0]) == 1:
            if choices[0] != traditional:
                table[ord(traditional)] = ord(choices[0])
    return table


@functools.cache
def _simplified_targets() -> frozenset[str]:
    """The simplified characters some other character is read as (发 for 發 and 髮)."""
    return frozenset(chr(code) for code in _table().values())


def simplified_for_reading(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified one, the same
    length (``len(result) == len(text)``); a simplified text is returned unchanged."""
    return text.translate(_table())


def written_back(*, original: str, reading: str) -> dict[int, str]:
    """How to put words the readers built from ``reading`` (a period's words, an indicator's
    words, a date's clue) back into the characters of ``original``, the text ``reading`` was
    read from: each character the mapping changed in this text, as this text wrote it (empty
    for a text that needed no mapping). Use with ``str.translate``, once per text; quotes are
    cut from the original by offsets instead."""
    if reading == original:
        return {}
    return {
        ord(read): written
        for written, read in zip(original, reading, strict=True)
        if written != read
    }


def same_in_both_scripts(text: str) -> bool:
    """Whether ``text``, read from a simplified text, is written the same way in the
    traditional original it may have been read from (no character of it stands for another)."""
    targets = _simplified_targets()
    return not any(char in targets for char in text)
