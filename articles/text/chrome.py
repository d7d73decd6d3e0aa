"""A web page's own controls and breadcrumbs copied above its text.

A report copied from a government site often starts with the page's buttons and its trail of
sections, one per line:

    下载 / 打印 / 全屏 / 收藏 / 【字号： / 加大 / 还原 / 减小 / 】
    当前位置： / 首页 / > / 政务信息 / > / 要闻

None of it is the document's: read as text, it stands before the title, so the title is not
seen as one (the story has none and looks like a fragment of a page) and the place its title
names is beyond the opening read for it. Only lines at the very start are taken for chrome,
each a whole line of the controls' words or a breadcrumb trail; the page's metadata (来源：,
发布时间：) is the document's and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Whole lines a page's controls print: buttons, the font-size switch and its brackets.
_CONTROL = re.compile(
    r"^[【\[]?(?:下载|打印|打印本页|打印正文|全屏|收藏|分享|分享到|关闭|关闭窗口|返回|返回顶部|"
    r"字号|字体|加大|还原|减小|默认|大|中|小|微信|微博|扫一扫|手机版|无障碍|繁体|简体|"
    r"[【\[]|[】\]])[：:]?[】\]]?$"
)
# A breadcrumb trail, on one line (当前位置：首页 > 政务信息 > 要闻) or starting one (当前位置：).
_TRAIL_LABEL = re.compile(
    r"^(?:(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)[：:]|首页[>»＞])"
)
_TRAIL_SEPARATOR = re.compile(r"^[>»＞/]+$")
SECTION_CHARS = 12  # a section of a trail is a short name (政务信息, 宁夏要闻)
MAX_LINES = 40  # chrome is at most a few dozen lines; past that it is text


def chrome_lines(lines: Sequence[str]) -> int:
    """How many of the leading ``lines`` (non-blank) are a web page's chrome."""
    count = 0
    in_trail = after_separator = False  # a trail's sections follow its label and separators
    for raw in lines[:MAX_LINES]:
        line = "".join(raw.split())
        separator = bool(_TRAIL_SEPARATOR.match(line))
        if _TRAIL_LABEL.match(line):
            in_trail = True
        elif separator:
            pass
        elif in_trail and (line == "首页" or (after_separator and len(line) <= SECTION_CHARS)):
            pass
        elif _CONTROL.match(line):
            in_trail = False
        else:
            break
        after_separator = separator
        count += 1
    return count


__all__ = ["chrome_lines"]
