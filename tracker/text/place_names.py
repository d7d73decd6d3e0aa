"""The places a text names, by their short names, so that figures naming no place of their
own are not paired with figures about a place their text never mentions.

A work report's 全年地区生产总值增长5%左右 names no place: it is about the report's province.
When the document's place is known (a manifest, its title, its lead) the figure takes it as its
subject; when it is not, the figure used to be compatible with every place, so a province's
target was "missed" by another city's growth rate as soon as both were in one database. The
places the figure's article names tell most of them apart: 河北省's news names 河北 (and 北京,
通州…), 赤峰市's report names 赤峰, and neither names the other.

A place goes by its short name here: a place name of the gazetteer (places.txt, the names
jieba's dictionary knows) standing before a suffix (河北省 → 河北, 郑州高新区 → 郑州, 浦东新区 →
浦东, 镇安县 → 镇安) or, for 州, ending in it (郑州, 通州, 广州: 郑州市 and 郑州 alone are one
name); before the suffix of an administrative unit (省, 市, 县, 自治区…), any two characters that
are no function word or idiom (大连市, 包头市: cities the gazetteer lacks; not 一批省级, 召开市委,
中心城市); and a province by its short name wherever it stands (内蒙古, 黑龙江). The same name is
cut the same way wherever it is written, so two texts naming one place share it. A stray word
read as a name costs little: it can only make two texts that name no place of their figures
look alike, as they all were before.
"""

from __future__ import annotations

import re
from functools import cache

from articles.text.place import is_national
from articles.text.script import reading_of

from .extract import place_gazetteer

_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|"
    "湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
_PROVINCE = re.compile(_PROVINCES)
# Longest first, so that 自治区 is read before 区 and 高新区 before 新区.
_SUFFIX = re.compile(
    r"(?P<unit>特别行政区|自治区|自治州|自治县|自治旗|省|市|县|盟|旗)(?![级委直属长政府内外辖场民])"
    r"|高新区|开发区|经开区|示范区|新区|地区|州|区"
)
_SUFFIX_CHARS = set("省市县区州盟旗")
# Characters no name before an administrative suffix holds: function words, verbs, times and
# the text's own place (全市, 本县, 各省, 在省, 去年省…, 新增县…), so that 一批省级 or 召开市委
# name nothing.
_NOT_IN_NAME = set("全本各该此其外我的和与及在是为对到从向把被等了将已也都并又再每年度增底")
# Nor does one end in the first half of a word ending in a suffix (城市, 上市, 超市, 都市, 股市,
# 夜市, 集市, 门市, 楼市, 车市) or of an idiom of rank (经济大省, 产业强市).
_NOT_A_NAME_END = set("城上超都股夜集门楼车强大")
NATION = "全国"
MAX_NAMES = 40  # a national text names dozens; the most named tell it apart well enough


def places_named(text: str) -> list[str]:
    """The short names of the places ``text`` names (read as simplified, past pinyin
    glosses), the most named first, at most ``MAX_NAMES``."""
    reading = reading_of(text).text
    places = place_gazetteer()
    counts: dict[str, int] = {}
    for match in _SUFFIX.finditer(reading):
        start = match.start()
        ending = reading[max(0, start - 1) : start + 1]  # 郑州: a name ending in 州
        before = reading[max(0, start - 2) : start]  # 河北(省)
        if match.group() == "州" and ending in places:
            name = ending
        elif len(before) < 2 or _SUFFIX_CHARS.intersection(before):
            continue  # 上海市市长: the second 市 names nothing
        elif before in places:
            name = before
        elif (
            match["unit"]
            and all("\u4e00" <= c <= "\u9fff" for c in before)
            and not _NOT_IN_NAME.intersection(before)
            and before[-1] not in _NOT_A_NAME_END
            and before != "代表"  # 人大代表
        ):
            # 大连市, 包头市: cities the gazetteer lacks. (Counting such a name only when named
            # twice kept out stray words, 落实省…, but cost more: with every held-out set in one
            # database, 214 suggestions, 144 within their set, against 171 and 140.)
            name = before
        else:
            continue
        counts[name] = counts.get(name, 0) + 1
    for match in _PROVINCE.finditer(reading):
        counts[match.group()] = counts.get(match.group(), 0) + 1
    names = sorted(counts, key=lambda name: (-counts[name], name))
    if is_national(reading):
        names.insert(0, NATION)  # a national text's figures are the nation's
    return names[:MAX_NAMES]


# A newspaper named after its place: 郑州日报, 河北日报, 大理晚报 (not 人民日报, 经济日报).
_PAPER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3}?)(?:日报|晚报|晨报|都市报|商报|时报)")


def article_places(source: str, title: str, body: str) -> str:
    """What an article stores of the places it names (Article.places_named): the short names,
    space-separated, from its title and text, and its source's when it is a paper named after
    a place the gazetteer knows (郑州日报: a page naming only 全市 is 郑州's news)."""
    names = places_named(f"{title}\n{body}")
    paper = _PAPER.match("".join(source.split()))
    if paper and paper["name"] not in names:
        name = paper["name"]
        if name in place_gazetteer() or _PROVINCE.fullmatch(name):
            names.append(name)
    return " ".join(names[:MAX_NAMES])


@cache
def short_names(subject: str) -> frozenset[str]:
    """The short names of a figure's subject (河北省 → {河北}; 高新区 or 全市, which name no
    particular place, → none)."""
    return frozenset(places_named(subject))
