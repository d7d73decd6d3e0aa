"""Which place is a document about? Inferred from its own opening, never guessed.

A single report names its place as the subject of the whole text in its title or first
heading lines: 海南省人民政府工作报告, 2024年山东省国民经济和社会发展统计公报, 关于包头市2024年国民
经济和社会发展计划的通知, ——2026年1月27日在湖北省第十四届人民代表大会第四次会议上. Only such a
line counts: a title or heading (one short line, no sentence in it) that is a report's, a
plan's, a budget's, a communiqué's or a meeting's, with the place at a word boundary (the
line's start, after a year, 关于, 印发, 下达 or 在) followed by what such titles put after it
(a year, 人民政府, 政府工作报告, 国民经济…, 第…届). A news lead (徐州市第十七届人民代表大会第三次
会议隆重开幕。) is no heading, nor is a headline naming a report it tells of (…政府工作报告解读).

There is no place when the text is a page of several stories, when none of its first lines
is such a title, when the place is generic (全省, 本市, 高新区 alone), or when two different
places compete (a name and the same name with its province, 重庆市开州区 and 开州区, are one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .script import as_written, simplified_for_reading

OPENING_LINES = 4  # the title and the first lines after it
OPENING_CHARS = 400  # how far into a document its title and heading may be
HEADING_CHARS = 80  # a title or heading is one short line

_SUFFIX = (
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|高新区|开发区|经开区|示范区|"
    r"省|市|州|盟|县|区|旗)"
)
_NUMERAL = r"[一二三四五六七八九十百\d]"
# A place is followed by what a report's title or a meeting's heading puts after it.
_AFTER_PLACE = (
    r"(?=\d|人民政府|政府|工作报告|统计公报|国民经济|本级|第?" + _NUMERAL + r"+届|人民代表大会|$)"
)
_PLACE = re.compile(
    r"(?:^|(?<=年)|(?<=关于)|(?<=印发)|(?<=下达)|(?<=在)|(?<=[:：》—]))"
    r"(?P<place>[\u4e00-\u9fff]{1,12}?" + _SUFFIX + r")" + _AFTER_PLACE
)
# A report's, plan's, budget's or communiqué's title: the kind ends the line (a headline
# about one, …工作报告解读 or …统计公报发布, does not).
_TITLE = re.compile(
    r"(?:政府工作报告|工作报告|统计公报|计划|计划草案|预算|预算草案|决算|决算草案)"
    r"(?:执行情况)?(?:的(?:通知|报告|决议))?(?:[（(](?:草案|摘要|全文|摘登)[）)])?$"
)
# A meeting's heading: ——2026年1月27日在湖北省第十四届人民代表大会第四次会议上.
_MEETING = re.compile(
    r"^(?:——|—|－|-)*(?:\d{4}年\d{1,2}月\d{1,2}日)?在\S{2,30}?第?"
    + _NUMERAL
    + r"+届人民代表大会(?:常务委员会)?第?"
    + _NUMERAL
    + r"+次(?:会议)?(?:上)?$"
)
_SENTENCE = re.compile(r"[。，,；;！!？?]")
_PREFIX = re.compile(r"^(?:发布主题|标题)[:：]")
# Names that are no particular place: the whole of one's own (全省), this one (本市), a kind.
_GENERIC = {
    "地区",
    "城区",
    "市区",
    "辖区",
    "园区",
    "片区",
    "社区",
    "景区",
    "省区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "新区",
    "高新区",
    "开发区",
    "经开区",
    "示范区",
    "经济开发区",
    "经济技术开发区",
    "高新技术产业开发区",
    "特别行政区",
}
_NOT_A_NAME_START = "全本我该各此其省市县区"
_CONNECTIVE = re.compile(r"^(?:关于|印发|下达|在)+")


@dataclass(frozen=True)
class PlaceGuess:
    """The place a document is about, with the line it rests on ("" and "" for none)."""

    place: str = ""
    basis: str = ""

    @property
    def known(self) -> bool:
        return bool(self.place)


def _opening_lines(text: str) -> list[str]:
    lines = []
    for line in text[:OPENING_CHARS].splitlines():
        line = "".join(line.split())  # spaces of layout: "2025 年东洲区"
        if line:
            lines.append(line)
        if len(lines) == OPENING_LINES:
            break
    return lines


def _is_name(place: str) -> bool:
    return place not in _GENERIC and place[0] not in _NOT_A_NAME_START


def _same(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or long.endswith(short)


def places_in_heading(line: str) -> list[str]:
    """The places a title or heading line names as its subject ([] when it is no report's,
    plan's, communiqué's or meeting's title or heading)."""
    line = _PREFIX.sub("", "".join(line.split()))
    if not line or len(line) > HEADING_CHARS or _SENTENCE.search(line):
        return []
    if not (_TITLE.search(line) or _MEETING.match(line)):
        return []
    places = [_CONNECTIVE.sub("", m["place"]) for m in _PLACE.finditer(line)]
    return [place for place in places if len(place) > 1 and _is_name(place)]


def infer_place(text: str, *, stories: int = 1) -> PlaceGuess:
    """The place a document's own opening names as the subject of the whole text, or none.

    ``stories`` is how many stories the document was cut into: a page of several stories
    has no one place.
    """
    if stories != 1:
        return PlaceGuess()
    # A text in traditional characters is read as its simplified twin: the place is named
    # as the texts in simplified characters name it (so that figures of both can be linked),
    # the line it rests on as written.
    reading = simplified_for_reading(text)
    found: list[tuple[str, str]] = []
    for line in _opening_lines(reading):
        shown = as_written(line, original=text, reading=reading)
        found.extend((place, shown) for place in places_in_heading(line))
    if not found:
        return PlaceGuess()
    places = [place for place, _line in found]
    if any(not _same(a, b) for a in places for b in places):
        return PlaceGuess()  # two different places compete
    place, line = max(found, key=lambda pair: len(pair[0]))
    return PlaceGuess(place, line)
