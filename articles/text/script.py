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
simplified text reads as itself. So does one whose only "traditional" characters are
also simplified ones (乾 of 乾县 or 乾隆, 於 as a surname, 徵 of 宫商角徵羽, 吒 of 哪吒, 濛 of
濛溪河: the table offers the character itself, or jieba's simplified dictionary writes it
in several words): a text is read as traditional only when it holds a character no
simplified text writes (億, 萬, 區), and more of them than characters no traditional text
writes (亿, 万, 区): a simplified text naming a brand in a traditional character (昇腾) is
simplified still.

Some copies carry a pinyin-annotating gateway's glosses after some characters
(內(nèi)蒙古自治區(qū), 目標(biāo)): they cut words, so the text read drops them
(``reading_of``); since that changes lengths, a ``Reading`` maps each offset of the text
read back to the original. A gloss is a bracket (ASCII or full-width) right after a CJK
character holding one pinyin syllable in lower-case letters with a tone (a tone mark or
digit: (chǎn), (chan3)); a syllable without a tone, (de), only in a text that has toned
glosses. Brackets that are content stay: (人民币), (含), (2023年), (GDP), (R&D), (kW), (km),
English words. A text without a gloss maps to itself at the cost of one regular-expression
search.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files

_TABLE_PACKAGE = "opencc"  # opencc-python-reimplemented
_TABLE_FILE = "dictionary/TSCharacters.txt"
_SIMPLIFIED_TABLE_FILE = "dictionary/STCharacters.txt"


@functools.cache
def _table() -> dict[int, int]:
    """Traditional character → its simplified character (code points), for ``str.translate``;
    built once, on first use."""
    return {ord(traditional): ord(simplified)
            for traditional, (simplified, *_others) in _choices().items()
            if simplified != traditional}  # fmt: skip


@functools.cache
def _choices() -> dict[str, list[str]]:
    """Traditional character → its simplified forms, the library's first choice first (one
    character to one character only: a phrase or a longer form would shift offsets)."""
    text = files(_TABLE_PACKAGE).joinpath(_TABLE_FILE).read_text(encoding="utf-8")
    choices: dict[str, list[str]] = {}
    for line in text.splitlines():
        traditional, _, simplified = line.partition("\t")
        forms = [form for form in simplified.split() if len(form) == 1]
        if len(traditional) == 1 and forms and len(simplified.split()[0]) == 1:
            choices[traditional] = forms
    return choices


@functools.cache
def _simplified_targets() -> frozenset[str]:
    """The simplified characters some other character is read as (发 for 發 and 髮)."""
    return frozenset(chr(code) for code in _table().values())


def simplified_for_reading(text: str) -> str:
    """``text`` with every traditional character replaced by its simplified one, the same
    length (``len(result) == len(text)``); a simplified text is returned unchanged."""
    if _traditional().isdisjoint(text):
        return text  # (a set's test is several times faster than translating every character)
    if not _reads_as_traditional(text):
        return text
    return text.translate(_table())


def _reads_as_traditional(text: str) -> bool:
    """Whether ``text`` writes more characters that only traditional texts write (億, 騰) than
    characters that only simplified texts write (亿, 腾). A simplified text may write a
    traditional character in a name or a brand (昇 of 昇腾, rare in jieba's dictionary): among
    the thousands of simplified-only characters around it, it does not make the text
    traditional; a traditional text, or a query as short as 億元, has none of them."""
    traditional = sum(map(_traditional().__contains__, text))
    simplified_only = _simplified_only()
    for character in text:  # (a simplified text shows enough of them within a few lines)
        if character in simplified_only:
            traditional -= 1
            if traditional <= 0:
                return False
    return True


@functools.cache
def _simplified_only() -> frozenset[str]:
    """The characters only simplified texts write: OpenCC's simplified-to-traditional table
    gives them other characters only (国 → 國, 腾 → 騰; not 干 → 幹 乾 干, nor 升 → 升 昇)."""
    text = files(_TABLE_PACKAGE).joinpath(_SIMPLIFIED_TABLE_FILE).read_text(encoding="utf-8")
    only = set()
    for line in text.splitlines():
        simplified, _, traditional = line.partition("\t")
        forms = traditional.split()
        if len(simplified) == 1 and forms and simplified not in forms:
            only.add(simplified)
    return frozenset(only - _traditional())


@functools.cache
def _traditional() -> frozenset[str]:
    """The characters that make a text traditional: those replaced, but for those that are
    simplified characters too (乾 → 干 or 乾)."""
    return frozenset(chr(code) for code in _table()) - _also_simplified()


# A replaced character that jieba's dictionary (written in simplified characters: 亿 in 349
# words, 億 in one) uses in this many words is written in simplified texts too, in names and
# set words (哪吒, 濛溪河, 乾坤, 宫商角徵羽), and does not make a text traditional.
_WORDS_OF_A_SIMPLIFIED_CHARACTER = 5


@functools.cache
def _also_simplified() -> frozenset[str]:
    replaced = {chr(code) for code in _table()}
    words_using: dict[str, int] = dict.fromkeys(replaced, 0)
    dictionary = files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    for line in dictionary.splitlines():
        for character in set(line.partition(" ")[0]) & replaced:
            words_using[character] += 1
    return frozenset(
        c for c in replaced
        if c in _choices()[c] or words_using[c] >= _WORDS_OF_A_SIMPLIFIED_CHARACTER
    )  # fmt: skip


def traditional_characters() -> frozenset[str]:
    """The characters that make ``simplified_for_reading`` replace a text's characters."""
    return _traditional()


def also_simplified_characters() -> frozenset[str]:
    """The characters replaced in a traditional text but kept in a simplified one (乾, 於)."""
    return _also_simplified()


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


def as_written(
    derived: str, *, original: str, reading: str, offsets: Sequence[int] | None = None
) -> str:
    """A clue the readers built from ``reading`` (a date's or a place's words, which may add
    words of their own: "（回顾2030年的会议，定为2031年）"), with every stretch of it cut from
    the text put back as ``original`` writes it; the readers' own words are left as they are.
    Lines of the text may stand joined by a space in the clue, as the readers show them.
    ``offsets`` (a ``Reading``'s) says where each offset of ``reading`` stands in ``original``
    when their lengths differ; without it they are the same."""
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
        end = at + j - i
        out.append(written[offsets[at] : offsets[end]] if offsets else written[at:end])
        i = j
    return "".join(out)


_STRETCH = 4  # the shortest stretch of a clue taken for the text's own words


def same_in_both_scripts(text: str) -> bool:
    """Whether ``text``, read from a simplified text, is written the same way in the
    traditional original it may have been read from (no character of it stands for another)."""
    targets = _simplified_targets()
    return not any(char in targets for char in text)


# --- Pinyin glosses ------------------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_BASE = "aaaaeeeeiiiioooouuuuvvvvnnnm"
_UNTONE = str.maketrans(_TONED + "üê", _BASE + "ve")
# a bracket after a CJK character holding lower-case letters (pinyin's, with or without tone
# marks) and perhaps a tone digit: a candidate, checked by ``_syllable``
_GLOSS_RE = re.compile(
    rf"(?<=[{_CJK}])[(（](?P<letters>[a-z{_TONED}üê]{{1,6}})(?P<digit>[1-5]?)[)）]"
)
# one syllable of Hanyu Pinyin (ü written v), by its initial and final
_SYLLABLE_RE = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie"
    r"|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)"
    r"|ng|hng|hm|m|n"
)


def _syllable(found: re.Match[str]) -> tuple[bool, bool]:
    """(whether a candidate holds one pinyin syllable, whether it carries a tone)."""
    letters = found["letters"]
    plain = letters.translate(_UNTONE)
    toned = bool(found["digit"]) or plain != letters.replace("ü", "v").replace("ê", "e")
    return bool(_SYLLABLE_RE.fullmatch(plain)), toned


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s pinyin glosses (目標(biāo): the bracket and its syllable), none
    when it has no toned one."""
    return _glosses(text)


def _glosses(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s pinyin glosses, none when it has no toned one."""
    spans, toned_any = [], False
    for found in _GLOSS_RE.finditer(text):
        syllable, toned = _syllable(found)
        if syllable:
            spans.append((found.start(), found.end(), toned))
            toned_any = toned_any or toned
    return [(start, end) for start, end, _ in spans] if toned_any else []


@dataclass(frozen=True)
class Reading:
    """A text as the readers read it: ``text``, in simplified characters and without pinyin
    glosses; ``unglossed``, the original without its glosses (the same length as ``text``);
    ``offsets[i]``, where offset ``i`` of ``text`` stands in ``original`` (``len(text) + 1``
    of them; None where there is no gloss and the offsets are the same)."""

    original: str
    unglossed: str
    text: str
    offsets: tuple[int, ...] | None = None

    @property
    def as_is(self) -> bool:
        """Whether the text read is the original itself (simplified, without glosses)."""
        return self.text == self.original

    def at(self, index: int) -> int:
        """The original's offset for ``index`` of the text read: a span's end takes in the
        gloss of its last character."""
        return index if self.offsets is None else self.offsets[index]

    def span(self, start: int, end: int) -> str:
        """The original's words for ``text[start:end]``, glosses included (a quote)."""
        return self.original[self.at(start) : self.at(end)]

    def words_near(self, words: str, *, at: int) -> str:
        """``words`` read near ``at`` (a unit, an indicator's or a period's words) in the
        original's characters, without its glosses (see ``written_near``)."""
        return written_near(words, original=self.unglossed, reading=self.text, at=at)

    def clue(self, derived: str) -> str:
        """A clue the readers built from ``text`` as the original writes it, glosses
        included, so that it can be found in the text (see ``as_written``)."""
        return as_written(derived, original=self.original, reading=self.text, offsets=self.offsets)


def reading_of(text: str) -> Reading:
    """``text`` as the readers read it: its pinyin glosses dropped, in simplified characters."""
    spans = _glosses(text)
    if not spans:
        return Reading(text, text, simplified_for_reading(text))
    pieces, offsets, kept = [], [], 0
    for start, end in spans:
        pieces.append(text[kept:start])
        offsets.extend(range(kept, start))
        kept = end
    pieces.append(text[kept:])
    offsets.extend(range(kept, len(text) + 1))
    unglossed = "".join(pieces)
    return Reading(text, unglossed, simplified_for_reading(unglossed), tuple(offsets))
