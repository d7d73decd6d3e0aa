"""A report's glossary: the notes explaining its terms, which hold no items.

A work report often ends on a glossary, a heading standing alone (名词解释, 注释, 词语解释,
名词注释, 《政府工作报告》有关内容名词注释, after a line 附件) and then notes, numbered
(1.“两重”：是指…) or a quoted term with its explanation (“一网通办”：…). A note defines a term
or summarises a programme, national or the province's (“2152”龙头引育工程：重点培育打造2家
世界一流企业…); the report's own commitment is where its body uses the term. Read as the
report's, a glossary would list a definition's figures as the province's targets, so nothing
in it is extracted (convention 33a, docs/QUALITY.md).

A glossary runs from its heading to the text's end, or to a heading of the body's own kinds
(二、…, （三）…, 第二部分) or another annex (附件2) when the document goes on after it. A
heading is taken for a glossary's only when a note follows it: a sentence that merely names
注释 is body text.
"""

from __future__ import annotations

import re

# The heading, alone on its line: a glossary's name, after an annex's label or the report's
# title at most.
_HEADING_RE = re.compile(
    r"^(?:附件[0-9一二三四五六七八九十]*[：:]?)?(?:《[^》]{1,40}》)?"
    r"[^，,。；;：:！？!?《》]{0,12}?"
    r"(?:名词解释|名词注释|名词释义|名词说明|词语解释|词语注释|术语解释|注释|注解)[：:]?$"
)
# A note: a number (1. 1、 （1） ① 一、) before a term and its colon, or a quoted term.
_NOTE_RE = re.compile(
    r"^(?:(?:[0-9０-９]{1,3}\s*[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳]"
    r"|[一二三四五六七八九十]{1,3}\s*、)\s*[^\n，,。；;：:]{1,40}?"
    r"|[“\"「『][^”\"」』\n]{1,30}[”\"」』][^\n，,。；;：:]{0,20}?)[：:]"
)
# What ends a glossary before the text does: the body's own headings, another annex.
_BODY_RESUMES_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|第[一二三四五六七八九十]{1,3}(?:章|节|部分|篇)|附件|附表)"
)
_HEADING_CHARS = 40  # a glossary's heading is a short line


def _lines(body: str) -> list[tuple[int, int, str]]:
    """(start, end, text without spaces) of each non-blank line."""
    found, pos = [], 0
    for line in body.split("\n"):
        plain = "".join(line.split())
        if plain:
            found.append((pos, pos + len(line), plain))
        pos += len(line) + 1
    return found


def is_glossary_heading(line: str) -> bool:
    """Whether a line (spaces ignored) names a glossary, alone."""
    plain = "".join(line.split())
    return len(plain) <= _HEADING_CHARS and bool(_HEADING_RE.match(plain))


def glossary_spans(body: str) -> list[tuple[int, int]]:
    """The [start, end) offsets of ``body``'s glossaries, each from its heading to the end of
    its last note (or of the text)."""
    lines = _lines(body)
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, _end, plain = lines[index]
        following = lines[index + 1][2] if index + 1 < len(lines) else ""
        if not (is_glossary_heading(plain) and _NOTE_RE.match(following)):
            index += 1
            continue
        last = index + 1
        while last + 1 < len(lines):
            line = lines[last + 1][2]
            if is_glossary_heading(line) or (
                _BODY_RESUMES_RE.match(line) and not _NOTE_RE.match(line)
            ):
                break
            last += 1
        spans.append((start, lines[last][1]))
        index = last + 1
    return spans


__all__ = ["glossary_spans", "is_glossary_heading"]
