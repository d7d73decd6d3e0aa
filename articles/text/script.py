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
    if _traditional().isdisjoint(text):
        return text  # (a set's test is several times faster than translating every character)
    return text.translate(_table())


@functools.cache
def _traditional() -> frozenset[str]:
    return frozenset(chr(code) for code in _table())


def written_near(words: str, *, original: str, reading: str, at: int) -> str:
    """``words`` the readers took from ``reading`` near offset ``at`` (a unit, the words of an
    indicator or a period), as ``original`` writes them there: the nearest place they stand
    within ``_NEAR`` characters; words not found there are given as read."""
    if reading == original or not words:
        return words
    before = reading.rfind(words, max(0, at - _NEAR), at + len(words))
    after = reading.find(words, at, at + _NEAR)
    found = [place for place in (before, after) if place >= 0]
    if not found:
        return words
    place = min(found, key=lambda place: abs(place - at))
    return original[place : place + len(words)]


_NEAR = 400  # how far from an item its words may stand (a long sentence's subject)


def as_written(derived: str, *, original: str, reading: str) -> str:
    """A clue the readers built from ``reading`` (a date's or a place's words, which may add
    words of their own: "（回顾2030年的会议，定为2031年）"), with every stretch of it cut from
    the text put back as ``original`` writes it; the readers' own words are left as they are.
    Lines of the text may stand joined by a space in the clue, as the readers show them."""
    if reading == original or not derived:
        return derived
    flat, written = reading.replace("\n", " "), original.replace("\n", " ")
    out, i = [], 0
    while i < len(derived):
        at, j = flat.find(derived[i : i + _STRETCH]), i + _STRETCH
        if at < 0 or j > len(derived):
            out.append(derived[i])
            i += 1
            continue
        while j < len(derived) and (longer := flat.find(derived[i : j + 1], at)) >= 0:
            at, j = longer, j + 1
        out.append(written[at : at + j - i])
        i = j
    return "".join(out)


_STRETCH = 4  # the shortest stretch of a clue taken for the text's own words


def same_in_both_scripts(text: str) -> bool:
    """Whether ``text``, read from a simplified text, is written the same way in the
    traditional original it may have been read from (no character of it stands for another)."""
    targets = _simplified_targets()
    return not any(char in targets for char in text)
