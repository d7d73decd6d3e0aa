"""The source a story names in its own metadata line (来源：河南日报), for a story whose
document was given none.

A report copied from a web page keeps the page's lines under its title: 来源：河南日报 and
时间：2026-02-03 on one line or two, or 来源： with the name on the next line. The public pages
say 来源未注明 for a story without a source; its own line is the best one there is. Only a
line that opens on the label is read (数据来源：国家统计局 under a table names the data's
source, not the story's), and only in the story's opening.
"""

from __future__ import annotations

import re

OPENING_CHARS = 300  # where a story's metadata lines stand
MAX_CHARS = 30  # a source is a paper's, site's or office's name
_LABEL = re.compile(r"^(?:文章|稿件|信息|新闻|本文)?来源\s*[:：]")
# What may follow the name on its line: another label (时间：, 作者：) or a gap.
_AFTER_NAME = re.compile(
    r"\s|(?:发布|发表|更新)?(?:时间|日期)\s*[:：]|(?:作者|编辑|责任编辑|浏览|阅读|点击)"
)
_NOT_A_NAME = re.compile(r"[。，,；;！？!?：:]|http|www", re.IGNORECASE)


def source_named(text: str) -> str:
    """The name after the first 来源： label opening a line in the opening of ``text`` (or
    on the line after a bare label), or "" when there is none or it is no name."""
    lines = [line.strip() for line in text[:OPENING_CHARS].splitlines() if line.strip()]
    for index, line in enumerate(lines):
        label = _LABEL.match(line)
        if label is None:
            continue
        value = line[label.end() :].strip()
        if not value and index + 1 < len(lines):
            value = lines[index + 1]
        name = _AFTER_NAME.split(value, maxsplit=1)[0]
        if 2 <= len(name) <= MAX_CHARS and not _NOT_A_NAME.search(name) and not name[0].isdigit():
            return name
        return ""
    return ""


__all__ = ["source_named"]
