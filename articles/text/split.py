"""A page of text → its stories: title, clean body, reporters, span in the raw text.

Newspaper pages hold several stories. A story opens with a headline group (kicker, title,
subtitle) and often the dateline marker 本报讯, and closes with a byline ("记者 孙庆辉 文/图").
The layout displaces things; the rules below put them back only where the text gives
evidence, and keep everything else as it stands:

* A text run that ends with a byline and sits under a headline is a story of its own; so is a
  run that opens with 本报讯. Text without either continues the story before it (subheads
  between them stay in the body).
* A headline far from its story (at the page's end, or above another story) is matched to
  the story whose text shares most of its wording; the next story keeps its own adjacent
  headline when nothing better claims it.
* A 本报讯 lead paragraph without a byline, standing apart from its story, joins the story that
  has a headline but no lead of its own, if their wording agrees.
* Text at the top of a page that belongs to no headline (a story continued from elsewhere on
  the page) joins the story whose byline came early (in its lead box) and whose text runs on
  without one, if their wording agrees; otherwise it is kept as a fragment.

A page in traditional characters (本報訊, 記者 王小明 通訊員 李華), or one carrying a gateway's
pinyin glosses (記(jì)者), is read through the extractor's reading (``script.reading_of``: its
simplified twin, without glosses), so it is cut where its twin is cut; every title, body and
byline is then taken from the page as written, by the reading's offsets.

Pages are processed independently (form feeds separate pages in a file), and every step is a
linear pass or looks only at a few neighbouring stories, so long reports split in linear time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .chrome import page_chrome
from .reflow import (
    LEAD_MARKER,
    Line,
    clean,
    ends_sentence,
    finishes_a_sentence,
    is_heading,
    is_wrapped,
    width,
)
from .reflow import paragraphs as reflow_paragraphs
from .script import Reading, reading_of

_ROLE = r"(?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|摄影记者|摄影|编辑)"
_ROLE_PREFIX = re.compile(rf"^{_ROLE}")
_CREDIT = re.compile(r"^(?:文/图|图/文|文图|图文|摄|文|图|/图|/文)$")
_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_OUTLET = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:报|报社|网|台|社|刊|杂志|电视台|新闻)$")
# Where an inline byline may begin: the line's start, or after a sentence or a space.
_BYLINE_START = re.compile(rf"(?:^|(?<=[。！？”\s]))[（(]?(?={_ROLE})")
_LEAD_CREDIT = re.compile(rf"^[（(【\[]?本报讯[（(]({_ROLE}[^）)]*)[）)]")
_WORD = re.compile(r"[\W_]+")
WINDOW = 8  # how many stories either side a displaced headline may travel


@dataclass(frozen=True)
class Story:
    """One story (or a fragment of one) cut from a page."""

    title: str
    body: str
    reporters: tuple[str, ...]
    span_start: int
    span_end: int
    is_fragment: bool = False
    parts: tuple[tuple[int, int], ...] = ()  # raw spans, in reading order
    page: int = 0  # which page of the document (pages are separated by form feeds)


def parse_byline(text: str) -> tuple[str, ...] | None:
    """Names in a byline ("记者 孙庆辉 通讯员 李超" → 孙庆辉, 李超; "記者 王小明" → 王小明, as
    written), or None if it is not one."""
    reading = reading_of(text)
    names = _read_byline(reading.text)
    if names is None or reading.as_is:
        return names
    line = _Line(0, 0, reading.text, False, False, plain=reading.unglossed)
    return line.names_as_written(names, 0)


def _read_byline(text: str) -> tuple[str, ...] | None:
    """``parse_byline`` of a text as read (simplified, without glosses)."""
    text = text.strip()
    bracketed = text[:1] in "（(" and text[-1:] in "）)"
    text = text.strip("（()）")
    if not _ROLE_PREFIX.match(text):
        return None
    names: list[str] = []
    for token in text.split():
        glued = False
        while (match := _ROLE_PREFIX.match(token)) and match.end():
            token = token[match.end() :]
            glued = bool(token)
        # "记者孙庆辉" without a space is a byline only in brackets; bare, it is more likely
        # prose wrapped at the line's end ("接受\n记者采访时").
        if glued and not bracketed:
            return None
        if not token or _CREDIT.match(token):
            continue
        if _OUTLET.match(token):
            continue
        if not _NAME.match(token):
            return None
        names.append(token)
    return tuple(names) if names else None


def _trailing_byline(line: str) -> tuple[int, tuple[str, ...]] | None:
    """A byline at the end of a line: where it starts and the names in it."""
    for match in _BYLINE_START.finditer(line):
        names = _read_byline(line[match.start() :])
        if names:
            return match.start(), names
    return None


# ----------------------------------------------------------------------------------------
# Lines and blocks of one page


@dataclass(eq=False)
class _Line:
    """One non-blank line. Every rule reads ``text`` (the line as read: simplified, without
    glosses); what is kept is ``written`` (the page's own characters, glosses included) and
    ``plain`` (the page's characters without glosses, the same length as ``text``)."""

    start: int  # offset of the stripped text in the document (as written)
    end: int
    text: str
    gap_before: bool
    indented: bool
    byline_at: int | None = None  # offset within text where a byline starts
    names: tuple[str, ...] = ()  # as written (without glosses)
    written: str = ""
    plain: str = ""
    at: tuple[int, ...] | None = None  # offset in ``written`` of each offset of ``text``

    def written_to(self, index: int) -> str:
        """The line as written up to offset ``index`` of the text read."""
        return self.written[: index if self.at is None else self.at[index]]

    def names_as_written(self, names: tuple[str, ...], start: int) -> tuple[str, ...]:
        """``names`` read in ``text`` from ``start`` on, as the page writes them."""
        if self.plain == self.text:
            return names
        found, at = [], start
        for name in names:
            place = self.text.find(name, at)
            if place < 0:  # (a byline's names are cut from the text: never)
                found.append(name)
                continue
            found.append(self.plain[place : place + len(name)])
            at = place + len(name)
        return tuple(found)


@dataclass(eq=False)
class _Block:
    lines: list[_Line]
    heading: bool = False
    marker: bool = False
    byline: bool = False

    @property
    def text(self) -> str:
        return "".join(line.text for line in self.lines)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass(eq=False)
class _Group:
    """Consecutive heading blocks: a headline group, or subheads."""

    blocks: list[_Block]

    @property
    def title(self) -> str:
        """The headline as written."""
        return " ".join(
            " ".join(clean(line.written) for line in block.lines) for block in self.blocks
        )

    @property
    def words(self) -> str:
        """The headline as read (matched against the stories' words)."""
        return " ".join(
            " ".join(clean(line.text) for line in block.lines) for block in self.blocks
        )

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def end(self) -> int:
        return self.blocks[-1].end


@dataclass(eq=False)
class _Unit:
    """Consecutive text blocks of one story."""

    blocks: list[_Block]

    @property
    def marker(self) -> bool:
        return self.blocks[0].marker

    @property
    def byline(self) -> bool:
        return self.blocks[-1].byline

    @property
    def start(self) -> int:
        return self.blocks[0].start

    @property
    def end(self) -> int:
        return self.blocks[-1].end


@dataclass(eq=False)
class _Story:
    lead: _Group | None
    parts: list[_Group | _Unit] = field(default_factory=list)
    own_parts: int = 0  # parts before any continuation attached from elsewhere
    title_group: _Group | None = None
    bigrams: set[str] = field(default_factory=set)

    @property
    def units(self) -> list[_Unit]:
        return [part for part in self.parts if isinstance(part, _Unit)]

    @property
    def marker(self) -> bool:
        units = self.units
        return bool(units) and units[0].marker

    @property
    def closed(self) -> bool:
        """Ends with its byline."""
        own = [p for p in self.parts[: self.own_parts] if isinstance(p, _Unit)]
        return bool(own) and own[-1].byline

    @property
    def byline_seen(self) -> bool:
        return any(unit.byline for unit in self.units)

    @property
    def first(self) -> int:
        return self.units[0].start if self.units else self.parts[0].start

    def add(self, part: _Group | _Unit, *, own: bool = True) -> None:
        self.parts.append(part)
        if own:
            self.own_parts = len(self.parts)

    def text(self) -> str:
        """The story's own words, without its headline (headlines are matched against it)."""
        pieces = []
        for part in self.parts:
            pieces.append(part.words if isinstance(part, _Group) else _unit_text(part))
        return "".join(pieces)


def _unit_text(unit: _Unit) -> str:
    return "".join(block.text for block in unit.blocks)


def _lines(reading: Reading, offset: int) -> list[_Line]:
    """The page's lines as read, each with its offsets in the document and its words as
    written (``offset``: where the page starts in the document)."""
    lines: list[_Line] = []
    gap = True
    position = 0  # in the text read
    as_is = reading.as_is
    for raw in reading.text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            end = start + len(stripped)
            line = _Line(start, end, stripped, gap, raw[:1] in " \u3000\t")
            if as_is:
                line.written = line.plain = stripped
            else:
                line.start, line.end = reading.at(start), reading.at(end)
                line.written = reading.original[line.start : line.end]
                line.plain = reading.unglossed[start:end]
                if reading.offsets is not None:
                    line.at = tuple(reading.at(i) - line.start for i in range(start, end + 1))
            line.start += offset
            line.end += offset
            found = _trailing_byline(stripped)
            if found:
                line.byline_at, names = found
                line.names = line.names_as_written(names, line.byline_at)
            lines.append(line)
            gap = False
        else:
            gap = True
        position += len(raw) + 1
    return lines


def _blocks(lines: list[_Line], wrapped: bool) -> list[_Block]:
    """Blank-separated blocks, cut further at 本报讯, after bylines and under glued headings."""
    raw_blocks: list[list[_Line]] = []
    for line in lines:
        if line.gap_before or not raw_blocks:
            raw_blocks.append([line])
        else:
            raw_blocks[-1].append(line)
    widths = sorted(width(line.text) for line in lines)
    column = widths[len(widths) // 2]
    blocks: list[_Block] = []

    def emit(current: list[_Line], forced_text: bool) -> None:
        blocks.append(_classify(current, forced_text, blocks[-1] if blocks else None, column,
                                wrapped))

    for raw in raw_blocks:
        current: list[_Line] = []
        forced_text = False
        for i, line in enumerate(raw):
            if current and LEAD_MARKER.match(line.text):
                emit(current, forced_text)
                current, forced_text = [], False
            if (
                not current
                and i + 1 < len(raw)
                and not (blocks and blocks[-1].heading)
                and (
                    _glued_heading(line, raw[i + 1 : i + 4], wrapped, column)
                    or (not blocks and i == 0 and not wrapped and _title_line(line, raw[1:]))
                )
            ):
                emit([line], False)
                forced_text = True
                continue
            current.append(line)
            ends_byline = line.byline_at is not None and (
                i + 1 == len(raw) or raw[i + 1].byline_at != 0
            )
            if ends_byline and i + 1 < len(raw):
                emit(current, forced_text)
                current, forced_text = [], False
        if current:
            emit(current, forced_text)
    for before, block, after in zip([None, *blocks[:-1]], blocks, [*blocks[1:], None], strict=True):
        if block.heading and after is not None and not after.heading and (
            finishes_a_sentence(after.lines[0].text)
            or (wrapped and _column_line_between_text(before, block, after))
        ):
            block.heading = False
    return blocks


def _column_line_between_text(before: _Block | None, block: _Block, after: _Block) -> bool:
    """One full column line standing between two blank lines inside a story's text is the
    end of a column, not a subhead: subheads are set shorter or wider than the column."""
    if before is None or before.heading or before.byline or after.marker or len(block.lines) > 1:
        return False
    own = width(block.lines[0].text)
    for neighbour in (before, after):
        if len(neighbour.lines) < 2:
            continue
        widths = sorted(width(line.text) for line in neighbour.lines[:-1])
        if abs(own - widths[len(widths) // 2]) <= 2:
            return True
    return False


def _glued_heading(line: _Line, following: Sequence[_Line], wrapped: bool, column: float) -> bool:
    """A heading printed straight above its text with no blank line between them."""
    if not is_heading([line.text]) or line.byline_at is not None:
        return False
    if len(following) == 1 and ends_sentence(following[0].text):
        return False  # a two-line paragraph: the wide line is its start, not a heading
    rest = sorted(width(other.text) for other in following)
    typical = rest[len(rest) // 2]
    if wrapped:
        return width(line.text) >= max(typical, column) + 3
    return typical >= 2 * width(line.text) and typical >= 20


_YEAR = re.compile(r"(?:19|20)\d{2}年度?")
TITLE_LOOKAHEAD = 12  # lines after a first line in which its text's paragraphs begin
_DATE_LINE = re.compile(r"^\d{4}[年\-./]\d{1,2}[月\-./]\d{1,2}日?")


def _title_line(line: _Line, following: Sequence[_Line]) -> bool:
    """The first line of a text written a paragraph per line without blank lines (a web
    page's copy: 2026年某省政府工作报告, then its dateline and its paragraphs, all in one block)
    is its title when it reads as one: short, no sentence, no label (来源：), no date, no figure
    but a year (a headline's figure would be lost to extraction, which reads the text). A
    block of short lines only (a title, its issuer and date, then a blank line) is left to the
    headline rules."""
    text = line.text
    return (
        any(ends_sentence(other.text) for other in following[:TITLE_LOOKAHEAD])
        and line.byline_at is None
        and is_heading([text])
        and not any(mark in text for mark in "：:")
        and not _DATE_LINE.match(text)
        and not any(c.isdigit() for c in _YEAR.sub("", text))
    )


def _classify(
    lines: list[_Line], forced_text: bool, previous: _Block | None, column: float, wrapped: bool
) -> _Block:
    block = _Block(lines)
    text = [line.text for line in lines]
    block.marker = bool(LEAD_MARKER.match(lines[0].text))
    block.byline = lines[-1].byline_at is not None
    block.heading = (
        not (forced_text or block.marker or block.byline)
        and is_heading(text)
        and not _continues_sentence(previous)
        and not (wrapped and _wrapped_prose(text, column))
    )
    return block


def _continues_sentence(previous: _Block | None) -> bool:
    """The block before stops in mid-sentence: what follows is its text, past a column break."""
    if previous is None or previous.heading or previous.byline:
        return False
    last = previous.lines[-1].text
    return not ends_sentence(last)


def _wrapped_prose(lines: Sequence[str], column: float) -> bool:
    """Several full-width lines with a comma in them: a piece of a paragraph, not a headline."""
    if len(lines) < 2 or not any(mark in "".join(lines) for mark in "，,、"):
        return False
    return all(width(line) >= column - 2.5 for line in lines[:-1])


# ----------------------------------------------------------------------------------------
# Stories of one page


def _bigrams(text: str) -> set[str]:
    text = _WORD.sub("", text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _similarity(words: set[str], story: _Story, rarity: Counter[str]) -> float:
    """Share of ``words`` found in the story, each weighted by how rare it is on the page."""
    if not words:
        return 0.0
    total = sum(1 / rarity[word] if rarity[word] else 1 for word in words)
    found = sum(1 / rarity[word] for word in words & story.bigrams)
    return found / total


def _assemble(blocks: list[_Block], wrapped: bool) -> tuple[list[_Story], list[tuple[_Group, int]]]:
    """Group blocks into stories; return them and the headline groups left without a story
    (each with the index of the story it follows)."""
    items: list[_Group | _Unit] = []
    for block in blocks:
        last = items[-1] if items else None
        if block.heading:
            if isinstance(last, _Group):
                last.blocks.append(block)
            else:
                items.append(_Group([block]))
        elif isinstance(last, _Unit) and not block.marker and not last.byline:
            last.blocks.append(block)
        else:
            items.append(_Unit([block]))

    stories: list[_Story] = []
    pending: _Group | None = None
    leftovers: list[tuple[_Group, int]] = []
    for item in items:
        if isinstance(item, _Group):
            pending = item
            continue
        previous = stories[-1] if stories else None
        if previous is None or item.marker:
            new = True
        elif wrapped:
            new = item.byline and (pending is not None or previous.closed)
        else:
            new = item.byline and pending is not None and previous.closed
        if new:
            lead = pending
            stories.append(_Story(lead=lead))
            stories[-1].add(item)
        else:
            assert previous is not None
            if pending is not None:
                previous.add(pending)
            previous.add(item)
        pending = None
    if pending is not None:
        if stories:
            leftovers.append((pending, len(stories) - 1))
        else:  # a page of headings only
            stories.append(_Story(lead=None))
            stories[-1].add(pending)
    return stories, leftovers


def _overlap(a: _Story, b: _Story) -> float:
    """Share of the shorter story's wording that the other story also uses."""
    smaller = min(len(a.bigrams), len(b.bigrams))
    return len(a.bigrams & b.bigrams) / smaller if smaller else 0.0


def _prepare(stories: list[_Story]) -> Counter[str]:
    rarity: Counter[str] = Counter()
    for story in stories:
        story.bigrams = _bigrams(story.text())
        rarity.update(story.bigrams)
    return rarity


def _reattach(
    stories: list[_Story], leftovers: list[tuple[_Group, int]], wrapped: bool
) -> list[_Story]:
    rarity = _prepare(stories)

    # Subheads printed above the next story's headline stay with the open story above.
    for i in range(1, len(stories)):
        story, previous = stories[i], stories[i - 1]
        if story.lead is None or previous.closed or len(story.lead.blocks) < 2:
            continue
        while len(story.lead.blocks) > 1:
            block = story.lead.blocks[0]
            words = _bigrams(block.text)
            if _similarity(words, story, rarity) >= 0.2:
                break
            if _similarity(words, previous, rarity) <= _similarity(words, story, rarity):
                break
            story.lead.blocks.pop(0)
            previous.add(_Group([block]))

    # A 本报讯 lead standing apart joins the headed story that lacks a lead.
    absorbed: set[int] = set()
    for index, story in enumerate(stories):
        if index == 0 or not (story.marker and story.lead is None and not story.byline_seen):
            continue
        words = story.bigrams
        candidates = [
            other
            for other in stories[max(0, index - WINDOW) : index + WINDOW]
            if other is not story and other.lead is not None and not other.marker
            and id(other) not in absorbed
        ]
        best = max(candidates, key=lambda other: _similarity(words, other, rarity), default=None)
        if best is not None and _similarity(words, best, rarity) >= 0.1:
            best.parts[0:0] = story.parts
            best.own_parts += len(story.parts)
            best.bigrams |= story.bigrams
            absorbed.add(id(story))
    if absorbed:
        leftovers = _renumber(stories, leftovers, absorbed)
        stories = [story for story in stories if id(story) not in absorbed]

    # Text at the top of a page, under no headline, continues a story whose byline came early.
    if wrapped and len(stories) > 1:
        top = stories[0]
        if not top.marker and not top.byline_seen:
            candidates = [s for s in stories[1 : 1 + 2 * WINDOW] if s.byline_seen and not s.closed]
            best = max(candidates, key=lambda other: _overlap(top, other), default=None)
            others = [_overlap(top, other) for other in stories[1 : 1 + 2 * WINDOW]
                      if other is not best]
            score = _overlap(top, best) if best is not None else 0.0
            if best is not None and score >= 0.12 and score >= 1.5 * max(others, default=0.0):
                if top.lead is not None:
                    best.add(top.lead, own=False)
                for part in top.parts:
                    best.add(part, own=False)
                best.bigrams |= top.bigrams
                leftovers = _renumber(stories, leftovers, {id(top)})
                stories = stories[1:]

    _assign_titles(stories, leftovers, rarity)
    return stories


def _renumber(
    stories: list[_Story], leftovers: list[tuple[_Group, int]], removed: set[int]
) -> list[tuple[_Group, int]]:
    """Leftover groups point at the story they follow; keep that right as stories go."""
    new_index, count = [], 0
    for story in stories:
        new_index.append(max(0, count - 1) if id(story) in removed else count)
        if id(story) not in removed:
            count += 1
    return [(group, new_index[after]) for group, after in leftovers]


def _assign_titles(
    stories: list[_Story], leftovers: list[tuple[_Group, int]], rarity: Counter[str]
) -> None:
    """Match headline groups to stories: the adjacent one unless another fits far better."""
    groups: list[tuple[_Group, int | None, int]] = []  # group, adjacent story, position
    for index, story in enumerate(stories):
        if story.lead is not None:
            groups.append((story.lead, index, index))
    for group, after in leftovers:
        groups.append((group, None, after))
    pairs: list[tuple[float, int, int]] = []
    for g, (group, adjacent, position) in enumerate(groups):
        words = _bigrams(group.title)
        for index in range(max(0, position - WINDOW), min(len(stories), position + WINDOW + 1)):
            score = _similarity(words, stories[index], rarity)
            if index == adjacent:
                pairs.append((score + 0.25, g, index))
            elif score >= 0.4:
                pairs.append((score, g, index))
    pairs.sort(key=lambda pair: -pair[0])
    used_groups: set[int] = set()
    for _score, g, index in pairs:
        if g in used_groups or stories[index].title_group is not None:
            continue
        stories[index].title_group = groups[g][0]
        used_groups.add(g)
        adjacent = groups[g][1]
        if adjacent is not None and adjacent != index:
            stories[adjacent].lead = None  # its headline belongs to another story
    # Headline groups nobody claimed: subheads of the open story above them, or fragments.
    orphans: list[tuple[int, _Story]] = []
    for g, (group, adjacent, position) in enumerate(groups):
        if g in used_groups:
            continue
        before = position if adjacent is None else adjacent - 1
        host = stories[before] if before >= 0 else None
        if host is not None and not host.closed:
            host.parts.insert(host.own_parts, group)
            host.own_parts += 1
        elif adjacent is not None:
            stories[adjacent].parts.insert(0, group)
            stories[adjacent].own_parts += 1
        else:
            orphan = _Story(lead=None, title_group=group)
            orphan.add(group)
            orphans.append((position + 1, orphan))
    for position, orphan in sorted(orphans, key=lambda item: -item[0]):
        stories.insert(position, orphan)
    # A story with no headline whose first subhead comes right after its opening paragraph
    # (web articles that print a summary above the title): that subhead is its title.
    for story in stories:
        if story.title_group is not None or not story.units:
            continue
        first_units = story.parts[:2]
        if (
            len(first_units) == 2
            and isinstance(first_units[0], _Unit)
            and isinstance(first_units[1], _Group)
            and len(_unit_text(first_units[0])) <= 400
            and not first_units[0].byline
        ):
            group = first_units[1]
            title = _Group([group.blocks[0]])
            if len(group.blocks) > 1:
                story.parts[1] = _Group(group.blocks[1:])
            else:
                story.parts.pop(1)
                story.own_parts -= 1
            story.title_group = title


# ----------------------------------------------------------------------------------------
# Output


def _render(story: _Story, wrapped: bool) -> Story:
    texts: list[str] = []
    reporters: list[str] = []
    spans: list[tuple[int, int]] = []
    title_group = story.title_group
    if title_group is not None:
        spans.append((title_group.start, title_group.end))
    if story.lead is not None and story.lead is not title_group:
        spans.append((story.lead.start, story.lead.end))
    for part in story.parts:
        spans.append((part.start, part.end))
        if isinstance(part, _Group):
            if part is not title_group:
                texts.append(part.title)
            continue
        lines: list[Line] = []
        for block in part.blocks:
            for i, line in enumerate(block.lines):
                text, written = line.text, line.written
                if block.byline and line.byline_at is not None and _in_byline_tail(block, i):
                    reporters.extend(line.names)
                    text = text[: line.byline_at].rstrip()
                    written = line.written_to(len(text))
                if i == 0:
                    credit = _LEAD_CREDIT.match(text)
                    if credit and (names := _read_byline(credit.group(1))):
                        reporters.extend(line.names_as_written(names, credit.start(1)))
                if text:
                    lines.append(Line(text, line.gap_before, line.indented, written=written))
        texts.extend(reflow_paragraphs(lines, wrapped=wrapped))
    title = title_group.title if title_group is not None else ""
    if not story.units and title:
        texts.append(title)  # a headline that found no story: kept, as a fragment
    # The span is the story's own stretch of the page: its adjacent headline and its own text,
    # not a headline or a continuation brought from elsewhere (those are listed in ``parts``).
    own = [part for part in story.parts[: story.own_parts]] or story.parts
    start = min(part.start for part in own)
    if story.lead is not None and story.lead is title_group:
        start = min(start, story.lead.start)
    end = max(part.end for part in own)
    return Story(
        title=title[:500],
        body="\n\n".join(text for text in texts if text),
        reporters=tuple(dict.fromkeys(reporters)),
        span_start=start,
        span_end=end,
        is_fragment=not story.units or (not title and not story.marker and not reporters),
        parts=tuple(spans),
    )


def _in_byline_tail(block: _Block, index: int) -> bool:
    """Line ``index`` is part of the byline that closes the block."""
    for line in block.lines[index + 1 :]:
        if line.byline_at != 0:
            return False
    return True


def split_page(text: str, *, offset: int = 0) -> list[Story]:
    """The stories of one page (no form feeds) of raw text, in reading order."""
    lines = _lines(reading_of(text), offset)
    chrome = page_chrome([line.text for line in lines])  # a web page's trail and buttons
    lines = [line for line, is_chrome in zip(lines, chrome, strict=True) if not is_chrome]
    if not lines:
        return []
    lines[0].gap_before = True
    wrapped = is_wrapped([line.text for line in lines])
    blocks = _blocks(lines, wrapped)
    stories, leftovers = _assemble(blocks, wrapped)
    stories = _reattach(stories, leftovers, wrapped)
    stories.sort(key=lambda story: story.first)
    rendered = [_render(story, wrapped) for story in stories]
    return [story for story in rendered if story.body or story.title]


def split_document(text: str) -> list[Story]:
    """All stories of a document; form feeds separate pages."""
    stories: list[Story] = []
    offset = 0
    for number, page in enumerate(text.split("\f")):
        stories.extend(replace(story, page=number) for story in split_page(page, offset=offset))
        offset += len(page) + 1
    return stories


def single_story(text: str, *, title: str = "") -> Story:
    """Treat the whole text as one story (an editor's pasted article)."""
    lines = _lines(reading_of(text), 0)
    wrapped = is_wrapped([line.text for line in lines])
    block = _Block(lines)
    reporters: list[str] = []
    kept: list[Line] = []
    for i, line in enumerate(lines):
        value, written = line.text, line.written
        if line.byline_at is not None and _in_byline_tail(block, i):
            reporters.extend(line.names)
            value = value[: line.byline_at].rstrip()
            written = line.written_to(len(value))
        if value:
            kept.append(Line(value, line.gap_before, line.indented, written=written))
    return Story(
        title=title,
        body="\n\n".join(reflow_paragraphs(_mark_headings(kept), wrapped=wrapped)),
        reporters=tuple(dict.fromkeys(reporters)),
        span_start=lines[0].start if lines else 0,
        span_end=lines[-1].end if lines else 0,
    )


def _mark_headings(lines: list[Line]) -> list[Line]:
    marked = []
    for i, line in enumerate(lines):
        alone = (i == 0 or line.gap_before) and (i + 1 == len(lines) or lines[i + 1].gap_before)
        heading = alone and len(lines) > 1 and is_heading([line.text])
        marked.append(Line(line.text, line.gap_before, line.indented, heading, line.written))
    return marked


__all__ = ["Story", "parse_byline", "split_document", "split_page", "single_story"]
