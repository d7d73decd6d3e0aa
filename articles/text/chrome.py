"""A web page's own controls and breadcrumbs copied with its text.

A report copied from a government site carries the page's trail of sections, its buttons and
its font-size switch, one per line, around the report:

    当前位置： / 首页 / > / 政务信息 / > / 要闻 / 要闻 (the section's heading)
    2026年某省政府工作报告 / 来源：某省日报 / 【字体： / 大 / 中 / 小 / 】 / ——2026年1月…会议上
    … / 扫一扫在手机打开当前页 / 【 / 打印本页 / 】 / 【 / 关闭窗口 / 】

None of it is the document's: read as text, it stands before the title, so the title is not
seen as one (the story has none and looks like a fragment of a page), the place its title or
dateline names is beyond the opening read for it, and the article ends on 关闭窗口. Taken for
chrome: the trail and buttons the page starts with, buttons and the font-size switch among the
opening lines, and the buttons and empty link labels (相关文档：) the page ends with, each a
whole line. The page's metadata (来源：, 发布时间：) is the document's and stays. A letter alone
(大, 中, 小) is chrome only inside a font-size switch: in a newspaper's column it is the end of a
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Whole lines a page's buttons print.
_BUTTON = re.compile(
    r"^[【\[]?(?:下载|打印|打印本页|打印正文|全屏|收藏|分享|分享到|分享到微信|分享到微博|关闭|"
    r"关闭窗口|返回|返回顶部|微信|微博|扫一扫|扫一扫在手机打开当前页|手机版|无障碍|繁体|简体|"
    r"[【\[]|[】\]]|[|｜×])[：:]?[】\]]?$"
)
# A font-size switch: its label, then its sizes and brackets.
_SIZE_LABEL = re.compile(r"^[【\[]?(?:字号|字体)[：:]?(?:[大中小]\s*)*[】\]]?$")
_SIZE_OPTION = re.compile(r"^(?:[大中小]|默认|加大|还原|减小|[】\]])$")
SIZE_LINES = 6  # a switch's options after its label
# What closes a page: labels of lists the copy left empty, a link to a special page.
_CLOSING = re.compile(
    r"^(?:相关(?:文档|报道|链接|新闻|阅读|稿件)[：:]?|[》>]*点击[^，。]{0,8}进入[^，。]{0,8}[《<]*)$"
)
# A breadcrumb trail, on one line (当前位置：首页 > 政务信息 > 要闻) or starting one (当前位置：).
_TRAIL_LABEL = re.compile(
    r"^(?:(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)[：:]|首页[>»＞])"
)
_TRAIL_SEPARATOR = re.compile(r"^[>»＞/]+$")
SECTION_CHARS = 12  # a section of a trail is a short name (政务信息, 宁夏要闻)
MAX_LINES = 40  # chrome opens a page within a few dozen lines; past that it is text


def _plain(line: str) -> str:
    return "".join(line.split())


def chrome_lines(lines: Sequence[str]) -> int:
    """How many of the leading ``lines`` (non-blank) are a web page's trail and buttons, with
    the section's heading the trail ends on when the page repeats it."""
    count = 0
    section = ""  # the trail's last section
    in_trail = after_separator = False  # a trail's sections follow its label and separators
    in_switch = 0  # lines of a font-size switch still to come
    for raw in lines[:MAX_LINES]:
        line = _plain(raw)
        separator = bool(_TRAIL_SEPARATOR.match(line))
        if _TRAIL_LABEL.match(line):
            in_trail = True
        elif separator:
            pass
        elif in_trail and (line == "首页" or (after_separator and len(line) <= SECTION_CHARS)):
            section = line
        elif section and line == section:
            section = ""  # the page's heading repeats the section it is in
        elif _SIZE_LABEL.match(line):
            in_trail, in_switch = False, SIZE_LINES
        elif (in_switch and _SIZE_OPTION.match(line)) or _BUTTON.match(line):
            in_trail = False
        else:
            break
        in_switch = max(0, in_switch - 1)
        after_separator = separator
        count += 1
    return count


def page_chrome(lines: Sequence[str], *, ends_page: bool = True) -> list[bool]:
    """For each of ``lines`` (non-blank), whether it is the page's chrome: the trail and
    buttons the page starts with (``chrome_lines``), buttons and font-size switches among its
    opening lines, and (when ``lines`` run to the page's end) the buttons and empty labels it
    ends with."""
    marks = [False] * len(lines)
    lead = chrome_lines(lines)
    marks[:lead] = [True] * lead
    in_switch = 0
    for index in range(lead, min(len(lines), MAX_LINES)):
        line = _plain(lines[index])
        if _SIZE_LABEL.match(line):
            marks[index], in_switch = True, SIZE_LINES
            continue
        if (in_switch and _SIZE_OPTION.match(line)) or (_BUTTON.match(line) and len(line) > 1):
            marks[index] = True
        in_switch = max(0, in_switch - 1)
    index = len(lines) - 1 if ends_page else -1
    while index >= max(lead, len(lines) - MAX_LINES):
        line = _plain(lines[index])
        if not (_BUTTON.match(line) or _CLOSING.match(line)):
            break
        marks[index] = True
        index -= 1
    return marks


__all__ = ["chrome_lines", "page_chrome"]
