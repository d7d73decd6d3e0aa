"""Search tokens for Chinese full-text search, built in Python for both databases.

Every letter or digit of the text is a token at its own position (whitespace is skipped, so
OCR spaces inside a phrase do not matter; any other character, such as punctuation, leaves
an empty position, so a phrase never matches across it). A query term is searched as a
phrase of its characters: the database finds exactly the texts that contain the term, the
same texts a substring scan finds, but through an index.

jieba's words (and the dictionary's sub-words inside them: 高新技术企业 → 高新, 技术, 企业)
are added at the position of their first character. Every such word's characters are in the
text, so words never add a false match; they rank texts where the query is a whole word
(高企) above texts where it only straddles two words (提高企业).

An item is also found by the names of its indicator (its canonical name and aliases: a
search for 高新技术企业 finds "新增300家高企" filed under 新增高新技术企业数). Their characters are
stored after the text's tokens as lexemes of their own, each marked with NAME_MARK, so that a
name never ranks a row (only the text's own tokens do: a match in the quote ranks above a
match in the name alone) and an indicator's rows can swap one set of names for another in
SQL, without reading their texts again.

PostgreSQL stores the tokens as a tsvector literal ("'高':1 '高企':1 '企':2"), cast to
tsvector and indexed with GIN; SQLite stores them as text for an FTS5 table (characters in
order, "|" for an empty position, then the words after a break, then the names after
NAME_MARK).
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from articles.text.script import gloss_spans, reading_of, simplified_for_reading

from .segment import tokenizer

# PostgreSQL keeps at most 16383 as a position and 256 positions per lexeme; longer texts are
# still found by their first 16383 characters.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
# "|" is a token character for the FTS5 table (see the migration): it marks an empty
# position. Query terms never contain it, so a phrase never matches across it.
FTS_BREAK = "|"
FTS_WORDS_BREAK = " | | "
MAX_QUERY_CHARS = 500
# Marks a name's lexemes (a private-use character: never a letter or digit of a text, so never
# one of its tokens; FTS5's tokenizer keeps it inside a token, as it keeps letters).
NAME_MARK = "\ue000"


@dataclass(frozen=True)
class Normalized:
    """Text folded for search (NFKC, lower case, whitespace removed), with, for each folded
    character, the offset of the original character it came from."""

    text: str
    offsets: tuple[int, ...]


@dataclass(frozen=True)
class Query:
    """A search query: terms that must all occur, and jieba words used only for ranking."""

    terms: tuple[str, ...]
    words: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.terms)


def is_token_char(char: str) -> bool:
    return char.isalnum()


@functools.cache
def _fold(char: str) -> str:
    """One character folded: NFKC, lower case, whitespace removed, a traditional character
    as its simplified one (億 → 亿: a search in either script finds texts in both; one
    character for one, so offsets stay) (cached: a text repeats the same few thousand
    characters)."""
    if char.isspace():
        return ""
    folded = "".join(c for c in unicodedata.normalize("NFKC", char).lower() if not c.isspace())
    return simplified_for_reading(folded)


def _read(text: str) -> Iterator[tuple[int, str]]:
    """The text's characters with their offsets, a gateway's pinyin glosses left out
    (生產(chǎn)總值 is searched as 生產總值), as the extractor reads it."""
    glosses = gloss_spans(text)
    if not glosses:
        yield from enumerate(text)
        return
    kept = 0
    for start, end in [*glosses, (len(text), len(text))]:
        yield from ((offset, text[offset]) for offset in range(kept, start))
        kept = end


def normalize(text: str) -> Normalized:
    chars: list[str] = []
    offsets: list[int] = []
    for offset, raw in _read(text):
        for folded in _fold(raw):
            chars.append(folded)
            offsets.append(offset)
    return Normalized("".join(chars), tuple(offsets))


def _folded(text: str) -> str:
    """``normalize(text).text``, without the offsets."""
    if not gloss_spans(text):
        return "".join(map(_fold, text))
    return "".join(_fold(char) for _offset, char in _read(text))


@functools.lru_cache(maxsize=128)  # enough for a document's articles and its items' phrases
def _ranking_words(text: str) -> tuple[tuple[str, int], ...]:
    """jieba words (search mode: whole words and dictionary sub-words) of two or more token
    characters, each with the index of its first character (cached: an article's text is
    segmented once, for its own tokens and for the quotes of its items)."""
    found = []
    for word, start, _end in tokenizer().tokenize(text, mode="search"):
        if len(word) >= 2 and word.isalnum():  # every character a token character
            found.append((word, start))
    return tuple(found)


Words = Sequence[tuple[str, int]]


@functools.lru_cache(maxsize=16)
def _normalized(text: str) -> Normalized:
    return normalize(text)


def words_inside(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The ranking words of ``text[start:end]`` as the segmentation of the whole ``text``
    found them (the words wholly inside the span), each with its index in the folded span:
    a quote's words come from its article's one segmentation, not from a second one."""
    folded = _normalized(text)
    low = bisect.bisect_left(folded.offsets, start)
    high = bisect.bisect_left(folded.offsets, end)
    return [
        (word, at - low)
        for word, at in _ranking_words(folded.text)
        if low <= at and at + len(word) <= high
    ]


def words_of_parts(first_words: Words, first: str, rest: str) -> list[tuple[str, int]]:
    """The ranking words of ``first`` + ``rest`` (as one text is folded), given the words of
    ``first``: those of ``rest`` are found by segmenting it alone (short texts that repeat,
    such as an indicator and a period, cached)."""
    shift = len(_folded(first))
    return [*first_words, *((word, at + shift) for word, at in _ranking_words(_folded(rest)))]


def tokens(text: str, words: Words | None = None) -> dict[str, list[int]]:
    """Each lexeme with its positions (1-based), characters and words together. ``words``,
    if given, are the text's ranking words (see ``words_inside``), found before."""
    folded = _folded(text)
    positions: dict[str, list[int]] = {}
    for index, char in enumerate(folded):
        if is_token_char(char):
            positions.setdefault(char, []).append(index + 1)
    for word, start in _ranking_words(folded) if words is None else words:
        positions.setdefault(word, []).append(start + 1)
    return positions


def _quote_lexeme(lexeme: str) -> str:
    # Lexemes are letters and digits only, but quote and escape anyway: the literal is SQL data.
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _name_sequence(names: Sequence[str]) -> list[str | None]:
    """The names' lexemes in order, a marked character per position (None for an empty one:
    a character that is not a letter or digit, and one between two names)."""
    sequence: list[str | None] = []
    for name in names:
        if sequence:
            sequence.append(None)
        sequence.extend(NAME_MARK + c if is_token_char(c) else None for c in _folded(name))
    return sequence


def _name_positions(names: Sequence[str]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for index, lexeme in enumerate(_name_sequence(names)):
        if lexeme is not None:
            positions.setdefault(lexeme, []).append(index + 1)
    return positions


def _kept(places: list[int], shift: int = 0) -> list[int]:
    """A lexeme's positions moved by ``shift`` as PostgreSQL keeps them: at most MAX_POSITION
    each, the first MAX_POSITIONS_PER_LEXEME of them."""
    return sorted({min(place + shift, MAX_POSITION) for place in places})[
        :MAX_POSITIONS_PER_LEXEME
    ]


def _tsvector(positions: dict[str, list[int]]) -> str:
    return " ".join(
        f"{_quote_lexeme(lexeme)}:{','.join(map(str, places))}"
        for lexeme, places in positions.items()
    )


def names_tsvector_literal(names: Sequence[str]) -> str:
    """The names' lexemes as a tsvector literal, from position 1 (PostgreSQL's ``||`` puts
    them after a row's own lexemes: tracker/search.py swaps an indicator's names so)."""
    return tsvector_literal("", [], names)


def tsvector_literal(text: str, words: Words | None = None, names: Sequence[str] = ()) -> str:
    """The text's tokens as a PostgreSQL tsvector literal (``words`` as for ``tokens``), then
    the names', after the text's last position, as ``text_vector || names_vector`` puts them."""
    own = {lexeme: _kept(places) for lexeme, places in tokens(text, words).items()}
    last = max((places[-1] for places in own.values()), default=0)
    named = {lexeme: _kept(places, last) for lexeme, places in _name_positions(names).items()}
    return _tsvector({**own, **named})


def names_fts_text(names: Sequence[str]) -> str:
    """The names' tokens for FTS5, to follow a row's own tokens: NAME_MARK alone, then a
    marked character per position (FTS_BREAK for an empty one). Empty without names."""
    if not names:
        return ""
    return f" {NAME_MARK} " + " ".join(
        FTS_BREAK if lexeme is None else lexeme for lexeme in _name_sequence(names)
    )


def fts_text(text: str, words: Words | None = None, names: Sequence[str] = ()) -> str:
    """The text's tokens for SQLite FTS5: one token per position, then the ranking words
    (``words`` as for ``tokens``), then the names (``names_fts_text``)."""
    folded = _folded(text)
    sequence = [char if is_token_char(char) else FTS_BREAK for char in folded]
    found = _ranking_words(folded) if words is None else words
    return (
        " ".join(sequence) + FTS_WORDS_BREAK + " ".join(word for word, _start in found)
        + names_fts_text(names)
    )


def parse_query(raw: str) -> Query:
    """Terms are the runs of letters and digits in the folded query ("高企，专精特新" → 高企,
    专精特新); a text matches when it contains every term. A query copied from a page with
    pinyin glosses is read without them, as its text is (地區生產(chǎn)總值 → 地区生产总值)."""
    # Fold like the text, one character at a time (a query as short as 昇腾 has no script of
    # its own), but keep whitespace: in a query it separates terms.
    unglossed = reading_of((raw or "")[:MAX_QUERY_CHARS]).unglossed
    folded = "".join(char if char.isspace() else _fold(char) for char in unglossed)
    terms: list[str] = []
    current: list[str] = []
    for char in folded + " ":
        if is_token_char(char):
            current.append(char)
        elif current:
            terms.append("".join(current))
            current = []
    unique_terms = tuple(dict.fromkeys(terms))
    words: list[str] = []
    for term in unique_terms:
        if len(term) >= 2:
            words.append(term)
        words.extend(word for word, _start in _ranking_words(term))
    return Query(unique_terms, tuple(dict.fromkeys(words)))


def _name_term(term: str) -> list[str]:
    """A query term as a name's lexemes."""
    return [NAME_MARK + char for char in term]


def tsquery_literals(query: Query, *, names: bool = False) -> tuple[str, str]:
    """(match, rank): the tsquery that finds texts with every term as a phrase of characters
    (with ``names``, of the text or of a name), and the one that ranks them (the text's
    phrases or the jieba words: never a name's)."""

    def phrase(term: str) -> str:
        return "(" + " <-> ".join(_quote_lexeme(char) for char in term) + ")"

    phrases = [phrase(term) for term in query.terms]
    if names:
        match = " & ".join(
            f"({phrase(term)} | ({' <-> '.join(map(_quote_lexeme, _name_term(term)))}))"
            for term in query.terms
        )
    else:
        match = " & ".join(phrases)
    rank = " | ".join([*phrases, *(_quote_lexeme(word) for word in query.words)])
    return match, rank


def _fts_phrase(lexemes: Iterable[str]) -> str:
    return '"' + " ".join(lexemes) + '"'


def fts_match(query: Query, *, names: bool = False) -> str:
    """The FTS5 MATCH expression that finds the rows: every term as a phrase of characters
    (with ``names``, of the text or of a name)."""
    if names:
        return " AND ".join(
            f"({_fts_phrase(term)} OR {_fts_phrase(_name_term(term))})" for term in query.terms
        )
    return " AND ".join(map(_fts_phrase, query.terms))


def fts_rank(query: Query) -> str:
    """The FTS5 expression whose bm25 ranks a found row: the text's phrases, then the same
    phrases or the jieba words (a phrase counts twice, as in ``(phrases) AND (phrases OR
    words)``, the one expression that found and ranked rows before names were searched);
    never a name's phrase, so a row found by its indicator's name alone is not matched
    (ranked last)."""
    phrases = " OR ".join(map(_fts_phrase, query.terms))
    if not query.words:
        return phrases
    words = " OR ".join(f'"{word}"' for word in query.words)
    return f"({phrases}) OR ({phrases} OR {words})"


def contains(text: str, query: Query) -> bool:
    """What the database search computes, in plain Python (for passages and for checks)."""
    folded = normalize(text).text
    return bool(query) and all(term in folded for term in query.terms)


@dataclass(frozen=True)
class Passage:
    before: str
    match: str
    after: str
    cut_before: bool
    cut_after: bool


def find_passage(text: str, query: Query, width: int = 40) -> Passage | None:
    """The first place where a term occurs, with ``width`` characters around it."""
    folded = normalize(text)
    best: tuple[int, int] | None = None
    for term in query.terms:
        at = folded.text.find(term)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, at + len(term))
    if best is None:
        return None
    start = folded.offsets[best[0]]
    end = folded.offsets[best[1] - 1] + 1
    lo, hi = max(0, start - width), min(len(text), end + width)
    return Passage(text[lo:start], text[start:end], text[end:hi], lo > 0, hi < len(text))
