"""Hard-wrapped OCR text → clean paragraphs.

Newspaper pages arrive wrapped every 10–15 characters, with blank lines both between
paragraphs and where a column breaks in mid-sentence ("备感" / blank / "振奋"). The rules:

* a blank line is a paragraph break only if the text before it ends a sentence; otherwise it
  is a column break and the sentence goes on;
* without a blank line, wrapped lines are joined, except after a line that ends a sentence and
  stops short of the column width (the last line of a paragraph), or before an indented line;
* standalone short lines without sentence punctuation are headings and stay on their own;
* lines are joined without a space, except between two Latin words;
* stray spaces around numbers go ("到 2亿元" → "到2亿元", "第 17位" → "第17位").

Everything here is a linear pass over the lines, so a 10 MB report reflows in seconds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .script import reading_of

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》】\"'"
# A line ending in one of these is cut in mid-sentence.
CONTINUING = "，,、：:；;—-（(《“‘【[/"
BRACKET_PAIRS = ("“”", "《》", "（）", "()", "【】", "「」")
# Markers that open a news story ("本报讯", "本报郑州2月24日讯", "新华社北京…电").
LEAD_MARKER = re.compile(
    r"^[（(【\[]?(?:本报讯|本报消息|本报[^\s，。]{1,14}讯|(?:新华社|中新社)[^\s，。]{0,14}电)"
)
_SPACES = "[ \u3000\t\u00a0]+"
_CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_FULLWIDTH_DIGIT = re.compile("[０-９]")
_CJK_THEN_DIGIT = re.compile(rf"(?<=[{_CJK}]){_SPACES}(?=[0-9])")
_DIGIT_THEN_CJK = re.compile(rf"(?<=[0-9%％]){_SPACES}(?=[{_CJK}])")
_THOUSANDS = re.compile(rf"(?<=[0-9]){_SPACES}(?=[0-9]{{3}}(?![0-9]))")
_BEFORE_PUNCT = re.compile(rf"{_SPACES}(?=[，。、；：！？）》”’])")
_AFTER_OPEN = re.compile(rf"(?<=[（《“‘]){_SPACES}")
_MULTI_SPACE = re.compile(r"[ \t\u00a0]{2,}")
_LATIN_END = re.compile(r"[A-Za-z0-9][,.;:!?)]?$")
_LATIN_START = re.compile(r"^[A-Za-z(]")


def width(line: str) -> float:
    """Display width: a Chinese character counts 1, an ASCII character ½."""
    ascii_count = (3 * len(line) - len(line.encode("utf-8", "surrogatepass"))) / 2
    return len(line) - max(0.0, ascii_count) * 0.5


def ends_sentence(line: str) -> bool:
    line = line.rstrip()
    core = line.rstrip(CLOSERS)
    return bool(core) and core[-1] in SENTENCE_END


def balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in BRACKET_PAIRS)


def is_heading(lines: Sequence[str]) -> bool:
    """A headline or subhead: one to four short lines that neither end nor break a sentence."""
    if not 1 <= len(lines) <= 4:
        return False
    text = "".join(lines)
    # A line cut inside a number ("高新区 2022" / "年度…") is no heading either.
    if not text or width(text) > 50 or text[-1] in CONTINUING or text[-1].isdigit():
        return False
    if any(ends_sentence(line) or line.rstrip()[-1:] in CONTINUING for line in lines):
        return False
    if any(mark in text for mark in "。；;"):
        return False  # a sentence ends inside: prose, not a headline
    return balanced(text) and not LEAD_MARKER.match(text)


_EARLY_END = re.compile(r"^[^。！？!?]{0,6}[。！？!?]")


def finishes_a_sentence(line: str) -> bool:
    """The line opens by ending a sentence ("振奋。脱贫攻坚…"): it continues the text above,
    so the line above was no heading."""
    return bool(_EARLY_END.match(line))


def is_wrapped(lines: Sequence[str]) -> bool:
    """Hard-wrapped columns (a newspaper page, text copied from a PDF) rather than one line per
    paragraph: most lines fill the same column width. Lines of a text written one paragraph
    per line scatter in width, short headings and list items among long paragraphs."""
    widths = sorted(width(line) for line in lines if line.strip())
    if len(widths) < 2:
        return False
    if len(widths) < 8:  # too few lines to see a column: short lines mean a narrow one
        return widths[len(widths) // 2] <= 30
    column = widths[(len(widths) * 3) // 4]
    filled = sum(1 for w in widths if abs(w - column) <= 3)
    return column <= 60 and 2 * filled >= len(widths)


@dataclass(frozen=True)
class Line:
    """One non-blank line: its stripped text, whether blank lines precede it, its indent.
    ``written``, if given, is the line as the page writes it where the rules read ``text``
    (a page in traditional characters read as its simplified twin): the paragraphs are
    joined as ``text`` reads, and given as written."""

    text: str
    gap_before: bool = False
    indented: bool = False
    heading: bool = False
    written: str | None = None


def to_lines(text: str) -> list[Line]:
    """Mark each non-blank line with the blank lines before it and standalone headings."""
    raw = text.split("\n")
    lines: list[Line] = []
    gap = False
    for line in raw:
        stripped = line.strip()
        if not stripped:
            gap = True
            continue
        lines.append(Line(stripped, gap_before=gap, indented=line[:1] in (" ", "\u3000", "\t")))
        gap = False
    # A standalone single line (blank or edge on both sides) that looks like a heading.
    for i, line in enumerate(lines):
        alone_before = i == 0 or line.gap_before
        alone_after = i == len(lines) - 1 or lines[i + 1].gap_before
        followed = i + 1 < len(lines) and finishes_a_sentence(lines[i + 1].text)
        if alone_before and alone_after and len(lines) > 1 and not followed and is_heading(
            [line.text]
        ):
            lines[i] = Line(line.text, line.gap_before, line.indented, heading=True)
    return lines


def paragraphs(lines: Sequence[Line], *, wrapped: bool | None = None) -> list[str]:
    """Join lines into paragraphs (see the module docstring for the rules)."""
    if wrapped is None:
        wrapped = is_wrapped([line.text for line in lines])
    widths = [width(line.text) for line in lines]
    result: list[str] = []
    current: list[Line] = []
    for i, line in enumerate(lines):
        if current and _continues(lines, widths, i, wrapped):
            current.append(line)
            continue
        if current:
            result.append(_join(current))
        current = [line]
    if current:
        result.append(_join(current))
    return [clean(p) for p in result if p.strip()]


def _continues(lines: Sequence[Line], widths: Sequence[float], i: int, wrapped: bool) -> bool:
    """Does line i go on the paragraph that line i-1 belongs to?"""
    prev, line = lines[i - 1], lines[i]
    if prev.heading or line.heading:
        return False
    if ends_sentence(prev.text):
        if line.gap_before or line.indented or not wrapped:
            return False
        # Wrapped: a sentence that ends short of the column width ends its paragraph.
        neighbours = widths[max(0, i - 3) : i - 1] + widths[i : i + 2]
        column = max(neighbours, default=widths[i - 1])
        return widths[i - 1] >= column - 1.5
    if line.gap_before or wrapped:
        return True  # a column break, or a wrapped line, in mid-sentence
    return widths[i - 1] > 40  # unwrapped: a long line cut short, not a heading


def _join(lines: Sequence[Line]) -> str:
    # Only the joined text's last two characters decide the space: searching the whole text
    # so far for each line would make a long paragraph quadratic. The text read decides
    # (a gloss, 標(biāo), ends in a Latin letter), the text written is joined.
    out = [_written(lines[0])]
    tail = lines[0].text[-2:]
    for line in lines[1:]:
        if _LATIN_END.search(tail) and _LATIN_START.match(line.text):
            out.append(" ")
        out.append(_written(line))
        tail = (tail + line.text)[-2:]
    return "".join(out)


def _written(line: Line) -> str:
    return line.text if line.written is None else line.written


def clean(paragraph: str) -> str:
    """Normalise digits and the stray spaces OCR leaves around numbers and punctuation."""
    text = _FULLWIDTH_DIGIT.sub(lambda match: chr(ord(match.group()) - 0xFEE0), paragraph)
    text = _MULTI_SPACE.sub(" ", text)
    text = _THOUSANDS.sub("", text)
    text = _CJK_THEN_DIGIT.sub(_keep_after_marker, text)
    text = _DIGIT_THEN_CJK.sub("", text)
    text = _BEFORE_PUNCT.sub("", text)
    text = _AFTER_OPEN.sub("", text)
    return text.strip()


def _keep_after_marker(match: re.Match[str]) -> str:
    # "本报讯 2月24日": the space after the dateline marker is conventional, not stray (本報訊
    # and 本報(bào)訊 too: the marker is read as the extractor reads it).
    before = reading_of(match.string[max(0, match.start() - 16) : match.start()]).text[-3:]
    return " " if before.endswith(("讯", "电")) and LEAD_MARKER.match(before) else ""


def reflow(text: str) -> str:
    """Clean paragraphs of ``text``, separated by blank lines."""
    return "\n\n".join(paragraphs(to_lines(text)))
