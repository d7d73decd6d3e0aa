"""Which place is a document about? Inferred from its own opening, never guessed.

A single report names its place as the subject of the whole text in its title or first
heading lines: 海南省人民政府工作报告, 2024年山东省国民经济和社会发展统计公报, 关于包头市2024年国民
经济和社会发展计划的通知, ——2026年1月27日在湖北省第十四届人民代表大会第四次会议上. Only such a
line counts: a title or heading (one short line, no sentence in it) that is a report's, a
plan's, a budget's, a communiqué's or a meeting's, with the place at a word boundary (the
line's start, after a year, 关于, 印发, 下达 or 在) followed by what such titles put after it
(a year, 人民政府, 政府工作报告, 国民经济…, 第…届). A news lead (徐州市第十七届人民代表大会第三次
会议隆重开幕。) is no heading, nor is a headline naming a report it tells of (…政府工作报告解读).

A text with no such title (news, a digest, a task list) may still say in its opening
(the title and the first lines of the body) whose text it is: the place that holds the
meeting (1月18日，湖北省第十四届人民代表大会第四次会议开幕), that speaks
(记者从白河市统计局获悉, 云岭省省长…表示) or that issues it
(云岭省人民政府办公厅关于印发…的通知). That place is the document's only when no other place
of the same or a higher rank is named in the opening (a county's news naming its city, two
provinces compared: none), no back-reference of a lower rank points elsewhere (全县 in a
city's news) and the text is no national one (国务院, 国家统计局, 全国人大, 国内生产总值).

There is no place when the text is a page of several stories, when none of its first lines
is such a title or lead, when the place is generic (全省, 本市, 高新区 alone), or when two
different places compete (a name and the same name with its province, 重庆市开州区 and 开州区,
are one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chrome import page_chrome
from .script import Reading, reading_of

OPENING_LINES = 4  # the title and the first lines after it
OPENING_CHARS = 400  # how far into a document its title and heading may be
HEADING_CHARS = 80  # a title or heading is one short line
CHROME_CHARS = 800  # how much of a web page's buttons and trail may stand before its title

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


# --- The second tier: a lead whose actor is one place ---------------------------------------
LEAD_LINES = 5  # the title and the first lines of the body (after a source's or date's lines)
LEAD_CHARS = 300  # the opening a lead's place is read from, and where competitors are looked for
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|"
    "湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
# A province named by its short name (广东, 内蒙古), with or without 省 / 市 / 自治区.
_PROVINCE = re.compile(r"(?:" + _PROVINCES + r")(?!时间)")
_LEAD_BOUNDARY = r"(?:^|(?<=[，,。；;：:、（(）)“”\"《》【】\s—])|(?<=从)|(?<=在)|(?<=据)|(?<=由))"
_LEAD_NAME = r"(?P<place>[\u4e00-\u9fff]{2,8}?" + _SUFFIX + r")"
# What follows a place that acts in the text: its people's congress meeting, its government,
# one of its offices, its governor or mayor.
_ACTOR = (
    r"(?=第?" + _NUMERAL + r"+届(?:人民代表大会|人大)|人民代表大会|人大常委会|人民政府|政府"
    r"|统计局|调查队|发展和改革委员会|发展改革委|发改委|委宣传部|新闻办|省长|市长|县长|区长|州长"
    r"|旗长|盟长|主席)"
)
# Inside a lookahead, so that matches overlap: 记者从白河市 (no name) does not hide 白河市.
_LEAD_PLACE = re.compile(r"(?=" + _LEAD_BOUNDARY + _LEAD_NAME + _ACTOR + r")")
_ANY_PLACE = re.compile(r"(?=" + _LEAD_BOUNDARY + _LEAD_NAME + r"(?!场))")
# Words no place's name holds: the lazy name ran over a sentence's verb or person.
_NOT_IN_NAME = re.compile(
    r"代表|记者|报道|会议|获悉|表示|出席|召开|关于|印发|下达|发布|消息|董事|来自|国务院|决策|部署"
    r"|[全本我该各外][省市县区州旗盟]|[和与及][省市县区]$"
)
# Words that end in 市 or 区 and are no place (城市, 上市, 园区…).
_NOT_A_PLACE_END = re.compile(r"[城都超上股楼车夜集门园社景辖片矿山灾县][市区]$")
# A national text: the State Council or a national office acting, the national congress,
# national figures.
_NATIONAL = re.compile(
    r"国家统计局|国务院新闻办|国新办|国家发展改革委|国家发改委|全国人民代表大会|全国人大|全国政协"
    r"|国内生产总值|国务院办公厅|国务院(?:关于|印发|常务会议|总理)"
    r"|全国(?:规模以上|居民|城镇|社会消费品|固定资产|经济|工业|GDP)"
)


def is_national(text: str) -> bool:
    """Whether ``text`` speaks of the nation (国家统计局, 国务院…, 国内生产总值, 全国规模以上…)."""
    return _NATIONAL.search(text) is not None


# Back-references to the whole of one's own place, by rank (1 province, 2 city, 3 county).
_BACK_REFERENCE = re.compile(r"全(?P<kind>省|市|州|盟|县|旗|区)")


def _rank(place: str) -> int:
    """1 a province (or a city of that rank: 重庆市), 2 a city, prefecture or league, 3 a
    county, district, banner or zone."""
    if place.endswith(("省", "自治区", "特别行政区")) or re.fullmatch(
        r"(?:" + _PROVINCES + r")市?", place
    ):
        return 1
    if place.endswith(("市", "州", "盟", "地区")):
        return 2
    return 3


def _back_reference_rank(kind: str, place: str) -> int:
    if place.endswith(kind):
        return _rank(place)  # its own: 全市 of 重庆市, 全区 of 北原自治区
    return {"省": 1, "市": 2, "州": 2, "盟": 2, "县": 3, "旗": 3, "区": 3}[kind]


def _lead_places(line: str) -> list[str]:
    names = [_CONNECTIVE.sub("", m["place"]) for m in _LEAD_PLACE.finditer(line)]
    return [n for n in names if _is_name(n) and not _NOT_IN_NAME.search(n)]


def _competes(place: str, opening: str) -> bool:
    """Whether the opening names another place of the same or a higher rank than ``place``,
    or points back (全县) to one of a lower rank."""
    rank = _rank(place)
    rest = opening.replace(place, "、")
    for m in _PROVINCE.finditer(rest):
        if not place.startswith(m.group()):
            return True  # another province, or the province of a city or county
    for m in _ANY_PLACE.finditer(rest):
        name = _CONNECTIVE.sub("", m["place"])
        if not _is_name(name) or _NOT_IN_NAME.search(name) or _NOT_A_PLACE_END.search(name):
            continue
        if not _same(name, place) and _rank(name) <= rank:
            return True
    return any(
        _back_reference_rank(m["kind"], place) > rank for m in _BACK_REFERENCE.finditer(opening)
    )


def place_in_lead(lines: list[str]) -> tuple[str, int] | None:
    """The one place an opening without a report's title names as the actor of its text (the
    place and the index of the line naming it), or None."""
    opening = "\n".join(lines)[:LEAD_CHARS]
    if _NATIONAL.search(opening):
        return None
    found: list[tuple[str, int]] = []
    seen = 0
    for index, line in enumerate(lines):
        part = line[: max(0, LEAD_CHARS - seen)]
        seen += len(line) + 1
        found.extend((place, index) for place in _lead_places(part))
    if not found:
        return None
    places = [place for place, _index in found]
    if any(not _same(a, b) for a in places for b in places):
        return None
    place, index = max(found, key=lambda pair: (len(pair[0]), -pair[1]))
    if _competes(place, opening):
        return None
    return place, index


def _sentence_of(line: str, place: str) -> str:
    """The line read, up to the end of the sentence naming the place."""
    at = line.find(place)
    end = re.search(r"[。！!？?]", line[at:]) if at >= 0 else None
    return line[: at + end.end()] if end else line


@dataclass(frozen=True)
class PlaceGuess:
    """The place a document is about, with the line it rests on ("" and "" for none)."""

    place: str = ""
    basis: str = ""

    @property
    def known(self) -> bool:
        return bool(self.place)


def _opening_lines(text: str, *, lines: int = OPENING_LINES) -> list[str]:
    """The first ``lines`` non-blank lines of the opening, read past a web page's chrome."""
    limit = OPENING_CHARS * 2 if lines > OPENING_LINES else OPENING_CHARS
    window = [line for line in text[: limit + CHROME_CHARS].splitlines() if line.strip()]
    found: list[str] = []
    remaining = limit
    for line, is_chrome in zip(window, page_chrome(window, ends_page=False), strict=True):
        if is_chrome:
            continue
        if remaining <= 0:
            break
        piece = "".join(line[:remaining].split())  # spaces of layout: "2025 年东洲区"
        remaining -= len(line) + 1
        if piece:
            found.append(piece)
        if len(found) == lines:
            break
    return found


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
    # the line it rests on as written. One with pinyin glosses is read without them.
    reading = reading_of(text)
    found: list[tuple[str, str]] = []
    for line in _opening_lines(reading.text):
        shown = reading.clue(line)
        found.extend((place, shown) for place in places_in_heading(line))
    if not found:
        return _place_of_lead(reading)
    places = [place for place, _line in found]
    if any(not _same(a, b) for a in places for b in places):
        return PlaceGuess()  # two different places compete
    place, line = max(found, key=lambda pair: len(pair[0]))
    return PlaceGuess(place, line)


def _place_of_lead(reading: Reading) -> PlaceGuess:
    lines = _opening_lines(reading.text, lines=LEAD_LINES)
    lead = place_in_lead(lines)
    if lead is None:
        return PlaceGuess()
    place, index = lead
    line = _sentence_of(lines[index], place)
    return PlaceGuess(place, reading.clue(line))
