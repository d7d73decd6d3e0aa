"""Quantities in Chinese text: numerals, units, comparators and what the figure measures.

Pure standard library. ``find_quantities`` scans normalised (reflowed) article text and
returns every figure with a unit, in order, with offsets into the text given:

    >>> [q.text for q in find_quantities("力争全年新增300家高企，研发投入强度达到10.09%")]
    ['300家', '10.09%']

What counts as a quantity: a numeral (Arabic, Chinese or mixed: 两个, 十余家, 百亿元, 1.6万家)
followed by a unit (counters 家/个/项/位/批次/台套…, money 元 with 万/亿, %, 百分点, 成, 倍, 公斤,
亩, 千瓦, 千瓦时, 吨标准煤…; 1.3亿千瓦 is 1.3 "亿千瓦", not 1.3 "亿千"), a
bare multiplier ("资本规模达到2000亿"), a fraction (1/6, 三分之一), 百分之十, or a rank
(第17位, 位居全市第一). Bare numbers without a unit are not quantities, and neither are dates
(2024年, 8月21日, 第三季度), ordinals (第一, 第五批, and 六 in 第五、六批次), list markers
(一是), product models or phone numbers (a figure glued to letters, H100, unless they are an
acronym in capitals: GDP115.5亿元), the indefinite article 一 (一个主题, 一批, 一家家),
how often something happened (三次亲临), a session's number (十二届八次全会), sets of slogans
(三个“一号工程”), slogans (a Chinese numeral right after an opening quote: “四张牌”; a lone
百/千/万: 万人助万企, 千家万户; 千亿级, 百亿乃至千亿产业集群), vague counts (两三个, 三四家),
or digit runs longer than 15 digits (IDs).

Field conventions (see ``Quantity``):
- ``value`` is the number as written, in the written ``unit`` (163.8 and "亿元");
  ``base_value`` is the same amount in ``base_unit`` (16380000000 and "元"). Mass goes to
  公斤 (吨, 斤), area to 平方米 (平方公里, 公顷; 亩 stays 亩), 成 to % (七成 = 70%).
- ``unit`` is written without 余/多/几 or spaces: "10万余条" has unit "万条".
- A fraction keeps numerator and denominator exact: "1/6" has value 1 and unit "/6"
  (read "one sixth"); its base value is the percentage rounded to 4 decimals, base unit "%".
- A bare multiplier ("2000亿") has unit "亿"; its base unit is "元" when the clause before it
  speaks of money (资本, 投资, 金额, 收入…), else "" (a count of unnamed things).
- 百分点 is a unit of its own (base unit "百分点"), never "%".
- A rank has base unit "位" and family "rank"; its unit is "位", "名" or "" (第一).
- Comparator: a word right before the figure (不少于, 超过, 突破, 至少, 不低于, 不超过, 不足,
  约, 近…) wins over one after it (以上 → at_least, 以内/以下 → at_most, 左右/上下 → about);
  余/多/几 alone make more_than. 余/多/几/约/近/左右/上下 also set ``approximate``.
- Measure, from the clause before the figure: share after 占/比重/占比, growth after a change
  word (增长, 同比, 增速, 提高, 下降…; ``decrease`` for the falling ones), but level after
  "提高到/降至…" (the level reached); fractions are shares, 第N位 ranks, 倍 is growth only
  after a change word.
- Ranges ("6.5%－7%", "3-5万元", "三至五家") have comparator "range", ``value_max`` and
  ``base_value_max``; they must ascend and share their unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = ["Quantity", "find_quantities", "parse_number", "unit_family"]

# Comparators, as stored in tracker.models.Comparator.
EXACTLY = "exactly"
AT_LEAST = "at_least"
MORE_THAN = "more_than"
AT_MOST = "at_most"
LESS_THAN = "less_than"
ABOUT = "about"
RANGE = "range"

# Measures, as stored in tracker.models.Measure.
LEVEL = "level"
SHARE = "share"
RANK = "rank"
GROWTH = "growth"


@dataclass(frozen=True)
class Quantity:
    """One figure found in a text.

    ``text`` is the figure as written, including an adjacent comparator word ("不少于1000家",
    "100余家", "1.6万家以上", "第 17位"); ``start``/``end`` are offsets into the text that
    was passed in, so ``source[q.start:q.end] == q.text``.
    """

    text: str
    start: int
    end: int
    value: Decimal  # as written, in ``unit``: Decimal("163.8") for 163.8亿元
    value_max: Decimal | None  # upper end of a range ("6.5%－7%" → 7), else None
    unit: str  # as written without 余/多/spaces: "亿元", "万家", "%", "个百分点", "位", "/6"
    base_value: Decimal | None  # ``value`` in ``base_unit``: 16380000000
    base_unit: str  # "元", "家", "%", "百分点", "位", "公斤", "平方米"… ("" if unknown)
    comparator: str  # exactly | at_least | more_than | at_most | less_than | about | range
    measure: str  # level | share (占…%, 1/6) | rank (第17位) | growth (增长10%)
    approximate: bool  # 余/多/约/近/左右/上下
    base_value_max: Decimal | None = None  # ``value_max`` in ``base_unit``
    family: str = "other"  # money | count | percent | points | rank | mass | area | other
    decrease: bool = False  # a growth figure introduced by 下降/降低/减少/回落…


# ---------------------------------------------------------------------------------------
# Numerals

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
    "玖": 9,
}  # fmt: skip
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CN_DIGIT_CHARS = "".join(_CN_DIGITS)
_CN_NUMERAL_CHARS = _CN_DIGIT_CHARS + "".join(_CN_SMALL) + "".join(_CN_BIG)

# Same-length normalisation, so that offsets in the normalised text are offsets in the input.
_NORMALISE = str.maketrans(
    "０１２３４５６７８９．％／－−～〜\u3000\u00a0",
    "0123456789.%/--~~  ",
)
_NORMALISABLE_RE = re.compile("[０-９．％／－−～〜\u3000\u00a0]+")
_MAX_NUMERAL = 40  # longer runs are junk (or an ID), never a figure
_MAX_INTEGER_DIGITS = 15  # of a value as written; its base value stays below 10^24
_MAX_DECIMALS = 6
_MAX_BASE = Decimal(10) ** 24

_ARABIC_RE = re.compile(r"[+-]?\d+(?:\.\d+)?")
_PLAIN_DECIMAL_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_TOKEN_RE = re.compile(rf"\d+(?:\.\d+)?|[{_CN_NUMERAL_CHARS}]")


def _clean(number: Decimal) -> Decimal:
    """Drop exponent noise: 16000.0 → 16000, 1.630E+10 → 16300000000, 0.50 → 0.5."""
    try:
        if number == number.to_integral_value():
            return number.quantize(Decimal(1))
        return number.normalize()
    except InvalidOperation:
        return number  # more digits than the context holds: keep it as it is


def parse_number(text: str) -> Decimal:
    """The value of an Arabic, Chinese or mixed numeral.

    "1.6万" → 16000, "两" → 2, "百" → 100, "十余" → 10 (余/多/几 are dropped), "二〇二四" → 2024,
    "一百零五" → 105, "一万五" → 15000, "六点五" → 6.5, "1,000" → 1000. Raises ValueError for
    anything else (empty text, "十四五", "百千", letters).
    """
    if _PLAIN_DECIMAL_RE.fullmatch(text):
        return _clean(Decimal(text))  # the common case, without the general machinery
    cleaned = "".join(text.translate(_NORMALISE).split())
    cleaned = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", cleaned)
    stripped = cleaned.replace("余", "").replace("多", "").replace("几", "")
    if not stripped or len(stripped) > _MAX_NUMERAL:
        raise ValueError(f"not a number: {text!r}")
    negative = stripped[0] == "负"
    if negative:
        stripped = stripped[1:]
    value = _parse_unsigned(stripped, text)
    return _clean(-value if negative else value)


def _parse_unsigned(numeral: str, original: str) -> Decimal:
    if _ARABIC_RE.fullmatch(numeral):
        return Decimal(numeral)
    if "点" in numeral:
        whole, _, fraction = numeral.partition("点")
        if not fraction or any(ch not in _CN_DIGITS for ch in fraction):
            raise ValueError(f"not a number: {original!r}")
        digits = "".join(str(_CN_DIGITS[ch]) for ch in fraction)
        return (_parse_unsigned(whole, original) if whole else Decimal(0)) + Decimal("0." + digits)
    tokens = _TOKEN_RE.findall(numeral)
    if "".join(tokens) != numeral:
        raise ValueError(f"not a number: {original!r}")
    if (
        all(tok in _CN_DIGITS for tok in tokens)
        and "两" not in tokens
        and (len(tokens) >= 3 or "〇" in tokens or "零" in tokens)
    ):
        # Positional digits, as in years: 二〇二四 (but 三四 and 两三 are "three or four").
        return Decimal("".join(str(_CN_DIGITS[tok]) for tok in tokens))
    total = Decimal(0)
    section = Decimal(0)
    number: Decimal | None = None
    last_small: int | None = None  # to reject 百千 (units must fall within a section)
    last_scale = 0  # the unit just before a trailing bare digit: 一万五 means 15000
    after_zero = False
    for tok in tokens:
        if tok in ("零", "〇"):
            if number is not None:
                raise ValueError(f"not a number: {original!r}")
            after_zero = True
            last_scale = 0
        elif tok in _CN_DIGITS or tok[0].isdigit():
            if number is not None:
                raise ValueError(f"not a number: {original!r}")
            number = Decimal(_CN_DIGITS[tok]) if tok in _CN_DIGITS else Decimal(tok)
        elif tok in _CN_SMALL:
            scale = _CN_SMALL[tok]
            if last_small is not None and scale >= last_small:
                raise ValueError(f"not a number: {original!r}")
            section += (number if number is not None else 1) * scale
            number, last_small, last_scale, after_zero = None, scale, scale, False
        else:  # 万 or 亿
            scale = _CN_BIG[tok]
            chunk = section + (number if number is not None else 0)
            if chunk == 0:
                if total == 0:
                    chunk = Decimal(1)  # 万 alone, or 亿 as in 亿元
                elif scale == 10**4:
                    raise ValueError(f"not a number: {original!r}")
            if scale == 10**8:
                total = (total + chunk) * scale
            else:
                total += chunk * scale
            section, number, last_small, after_zero = Decimal(0), None, None, False
            last_scale = scale
    if number is not None:
        bare_digit = number == number.to_integral_value() and number < 10
        if last_scale >= 10 and not after_zero and bare_digit:
            number *= last_scale // 10
        section += number
    return total + section


# ---------------------------------------------------------------------------------------
# Units: written unit word → (base unit, factor to the base unit, family)

_UNITS: dict[str, tuple[str, Decimal, str]] = {}


def _add_units(family: str, words: str, base: str | None = None, factor: str = "1") -> None:
    for word in words.split():
        _UNITS[word] = (base or word, Decimal(factor), family)


_add_units("money", "元 美元 欧元 港元 日元 英镑")
_add_units(
    "count",
    "个 家 项 条 件 人 名 位 户 所 座 台 套 辆 部 次 场 篇 种 类 只 支 架 艘 株 棵 头 间 栋 处 张 "
    "本 册 份 例 宗 枚 颗 款 列 人次 家次 项次 户次 架次 场次 批次 班次 台套 标准箱 标箱 县 乡 "
    "辆次 艘次 列次 车次",
)
_add_units("percent", "%", "%")
_add_units("percent", "‰", "%", "0.1")
_add_units("percent", "成", "%", "10")  # 七成 = 70%
_add_units("points", "百分点 个百分点", "百分点")
_add_units("mass", "公斤 千克", "公斤")
_add_units("mass", "吨", "公斤", "1000")
_add_units("mass", "克", "公斤", "0.001")
_add_units("mass", "斤 市斤", "公斤", "0.5")  # 粮食产量1.3万亿斤
_add_units("area", "亩")
_add_units("area", "平方米")
_add_units("area", "平方公里 平方千米", "平方米", "1000000")
_add_units("area", "公顷", "平方米", "10000")
_add_units("other", "公里 千米", "米", "1000")
_add_units("other", "米")
_add_units("other", "千瓦 千瓦时 吨标准煤 立方米 千伏安")
_add_units("other", "吨标煤", "吨标准煤")
_add_units("other", "兆瓦", "千瓦", "1000")
_add_units("other", "兆瓦时", "千瓦时", "1000")
_add_units("other", "度", "千瓦时")  # electricity: 用电量6.42亿度 (only after 万/亿, see below)
_add_units("other", "倍 个月 天 小时 岁")
# Computing power in PFLOPS (算力总规模达到9.4万P, 智算1200P, 总算力突破2万PF): 万P and 万PF stay
# the written unit.
_add_units("other", "P PF PFlops PFLOPS", "P")
_add_units("other", "EFlops EFLOPS Eflops", "P", "1000")
# Stored energy in GWh and MWh (新能源电池产能达55GWh): kilowatt-hours, the letters as written.
_add_units("other", "GWh", "千瓦时", "1000000")
_add_units("other", "MWh", "千瓦时", "1000")
# A standard per period or per head keeps its /月, /年 (低保平均标准645元/月、4318元/年): a sum
# a month is not a sum of money in total, nor comparable with one a year.
_add_units("money", "元/月 元/年 元/人 元/人·月 元/人·年 元/亩 元/吨 元/平方米")
# A rate per second keeps its /秒 (算力总规模达到10.36百亿亿次/秒: operations a second, not a
# count of operations).
_add_units("other", "次/秒")
# A capacity a day or a year keeps its /日, /年 (处理能力16.9万吨/日, 产能1459万吨/年): a rate,
# not a mass or a volume held.
_add_units("other", "吨/日 吨/天 吨/年 立方米/日 立方米/天 立方米/年")
# A concentration (PM2.5浓度为25.9微克/立方米) keeps its /立方米: micrograms in a cubic metre,
# not a mass; a temperature keeps its degree sign (供热标准由18℃提高到20℃).
_add_units("other", "微克/立方米 毫克/立方米")
_add_units("other", "℃")
# A content by mass keeps its ratio whole (土壤有机质含量达到27克/千克: grams in a kilogram, not
# a mass); 亩次 counts area worked once per pass, as written (保护性耕作1.19亿亩次); 厘米 is a
# length kept as written (黑土层厚度达到20.6厘米).
_add_units("other", "克/千克 毫克/千克")
_add_units("other", "亩次")
_add_units("other", "厘米")
# Medals after a count (贡献9金、5银、6铜): 金, 银, 铜 only right after a digit and before a
# break of the list, so 5金属, 3铜矿 and 金额 are no medals.
_add_units("count", "金 银 铜")
# Words that count only in one use, guarded below: 起 counts cases after a digit (36起成功避险
# 案例; 一起 is "together", 起步 a start), 对 counts twinned cities (缔结118对友城; 对 is
# otherwise "to"), 回 counts power lines (15回…输电线路), 组 counts groups after a digit (6组10家
# 国企实现重组; 组织, 组建 are other words).
_add_units("count", "起 对 回 组")
# 期 counts sessions of a course after a digit (培训班超10期); 一期工程, 期间, 期末 are other words
# and 分3期建设 a plan's phases.
_add_units("count", "期")
# 轮 counts rounds of weather a year met after a digit (应对29轮强降雨, 10轮高温天气过程, 12轮致灾性
# 强降雨): events a reader can check against the weather service's record, as a count of typhoons
# is. Rounds of the government's own campaigns (开展3轮…专项行动) are its own acts, no items, and
# 第二轮, 新一轮 are ordinals; so 轮 is a unit only before a word of weather.
_add_units("count", "轮")
# 方 is a cubic metre of gas or water after 万 or 亿 (天然气产能达到22亿方, 2000多亿方).
_add_units("other", "方")
# Measure words that count things only after 万 or 亿 (菌棒1万段, 机井1.2万眼, 2万把): alone
# they too often start another word (段落, 把握, 口岸, 片区, 首批), so they are guarded below.
_COUNTED_AFTER_MULTIPLIER = "段 把 根 片 口 眼 匹 盏 粒 块 幅 尾 羽 双 箱 袋 瓶 盒 包 桶"
_add_units("count", _COUNTED_AFTER_MULTIPLIER)
# Livestock counted together (牛羊育肥360.2万头只: cattle by the head, sheep by the animal) is
# one count; 只 then starts no word (3头只需…, guarded below).
_add_units("count", "头只")

_FAMILIES = {base: family for base, _, family in _UNITS.values()}


def unit_family(base_unit: str) -> str:
    """The family (tracker.models.UnitFamily) of a base unit: "元" → "money", "家" → "count"."""
    return _FAMILIES.get(base_unit, "other")


# A unit word that starts another word: 迈上5万亿台阶 counts no machines (台). 度 is a kWh
# only after 万 or 亿 (6.42亿度, 3200万度); 30度 is a temperature or an angle, 年度 no unit.
_UNIT_GUARDS = {
    "台": "(?!阶)",
    "度": "(?<=[万亿]度)",
    "头只": "(?![需有要能是好])",
    "P": "(?![A-Za-z0-9])",  # (20PB, 3PPP: letters of another word)
    "PF": "(?![A-Za-z0-9])",
    "Eflops": "(?![A-Za-z0-9])",
    "GWh": "(?![A-Za-z0-9])",
    "MWh": "(?![A-Za-z0-9])",
    "起": "(?<=[0-9]起)(?![步来草飞航始点降止码诉算跑身])",
    # (国际友城达137对。, 分别增至214对和69家: a count ending its clause or a member of a list)
    "对": "(?<=[0-9]对)(?=友|[，,；;。、和]|$)",
    "组": "(?<=[0-9]组)(?![织建成团合件队长])",
    "期": "(?<=[0-9]期)(?<!分[0-9]期)(?<!分[0-9]{2}期)(?![工项间限内末初中满货待盼望刊])",
    "回": "(?<=[0-9]回)(?=[^，,；;。0-9]{0,12}线)",
    "轮": "(?<=[0-9]轮)(?=[^，,；;。、0-9]{0,4}(?:降雨|降水|暴雨|降雪|雨雪|强对流|高温|寒潮"
    "|低温|冰冻|冷空气|大风|台风|洪水|洪峰|汛|干旱|沙尘|天气))",
    "方": "(?<=[万亿]方)(?![面案式法向针略位])",
    "金": "(?<=[0-9]金)(?=[、，,；;。]|$)",
    "银": "(?<=[0-9]银)(?=[、，,；;。]|$)",
    "铜": "(?<=[0-9]铜)(?=[、，,；;。]|$)",
} | {word: rf"(?<=[万亿]{word})" for word in _COUNTED_AFTER_MULTIPLIER.split()}
# 块 also counts plots of land after a digit (修复17块污染地块, 治理30块受污染耕地): before a word
# of land only, as 一块, 板块 and 块状 are other words.
_UNIT_GUARDS["块"] = (
    "(?:(?<=[万亿]块)|(?<=[0-9]块)(?=[^，,；;。、0-9]{0,6}(?:地块|耕地|土地|林地|草地|农田|湿地|田块)))"
)
_UNIT_ALTERNATION = (
    # The lookahead fails fast where no unit starts, before trying every alternative.
    "(?=[" + re.escape("".join(sorted({u[0] for u in _UNITS}))) + "])"
    "(?:"
    + "|".join(
        re.escape(u) + _UNIT_GUARDS.get(u, "") for u in sorted(_UNITS, key=len, reverse=True)
    )
    + ")"
)
_MULT_CHARS = "十百千万亿"
# A multiplier, unless it starts a unit: 百分点, 千瓦, 千克, 千米 (1.3亿千瓦 is 1.3 亿 千瓦).
_MULT_CHAR = rf"(?:[{_MULT_CHARS}](?!分)(?<!千(?=[瓦克米伏])))"
_MULT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}

_AR = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
_CN = rf"[{_CN_NUMERAL_CHARS}]+(?:点[{_CN_DIGIT_CHARS}]+)?"
# Not glued to letters (product models: iPhone15, H100, A4) or inside a decimal or path,
# but after an acronym in capitals (实现GDP115.5亿元): the unit still decides.
_AFTER_ACRONYM = "|".join(rf"(?<=(?<![0-9A-Za-z&])[A-Z][A-Z&]{{{n}}}[A-Z])" for n in range(0, 4))
_NUM_AR = rf"(?:(?<![0-9A-Za-z./_&])|{_AFTER_ACRONYM}){_AR}"
# Not after 几/数: 几十亿元 and 数十家 are vague, not 10.
_NUM_CN = rf"(?<![{_CN_NUMERAL_CHARS}几数]){_CN}"
# Bounded and possessive, so that runs of spaces cannot make matching slow.
_GAP = r"[ \t]{0,2}+"


def _quantity_part(suffix: str) -> str:
    return (
        rf"(?P<num{suffix}>{_NUM_AR}|{_NUM_CN}){_GAP}"
        rf"(?P<ap{suffix}>[余多几])?(?P<mult{suffix}>(?:{_MULT_CHAR})+)?"
        rf"(?P<aq{suffix}>[余多几])?"
        rf"{_GAP}(?P<unit{suffix}>{_UNIT_ALTERNATION})?"
    )


_QUANTITY_RE = re.compile(
    # 百分之十, 百分之六点五
    rf"(?P<pct>百分之(?P<pct_num>{_AR}|{_CN}))"
    # 三分之一
    rf"|(?P<cfrac>(?P<cfrac_den>{_NUM_AR}|{_NUM_CN})分之(?P<cfrac_num>{_AR}|{_CN}))"
    # 1/6 (not a date such as 2024/5/6)
    r"|(?P<afrac>(?<![0-9A-Za-z./_])(?P<afrac_num>\d{1,4})/(?P<afrac_den>\d{1,4})(?![\d/]))"
    # a quantity, possibly a range: 6.5%－7%, 3至5万元
    rf"|{_quantity_part('')}"
    rf"(?:{_GAP}(?P<sep>[-~—–至到]){_GAP}{_quantity_part('2')})?"
    r"(?P<suffix>以上|以下|以内|左右|上下(?!游)|余)?"
)

_NUMERAL_START_RE = re.compile(rf"[0-9{_CN_NUMERAL_CHARS}]")

_PREFIX_COMPARATOR = {
    "不少于": AT_LEAST,
    "不低于": AT_LEAST,
    "至少": AT_LEAST,
    "最少": AT_LEAST,
    "不下于": AT_LEAST,
    "超过": MORE_THAN,
    "突破": MORE_THAN,
    "跨过": MORE_THAN,  # 跨过万亿元大关: a mark passed, as 突破万亿元
    "连跨": MORE_THAN,  # 经济总量连跨5万亿元、6万亿元两个台阶
    "迈过": MORE_THAN,
    "多于": MORE_THAN,
    "高于": MORE_THAN,
    "大于": MORE_THAN,
    "超": MORE_THAN,
    "逾": MORE_THAN,
    "不超过": AT_MOST,
    "不高于": AT_MOST,
    "不多于": AT_MOST,
    "最多": AT_MOST,
    "至多": AT_MOST,
    "不大于": AT_MOST,
    "不足": LESS_THAN,
    "不到": LESS_THAN,
    "少于": LESS_THAN,
    "低于": LESS_THAN,
    "小于": LESS_THAN,
    "约": ABOUT,
    "约为": ABOUT,  # 比重约为25%: 约 before the verb, about all the same
    "约占": ABOUT,
    "约达": ABOUT,
    "大约": ABOUT,
    "近": ABOUT,
    "将近": ABOUT,
    "接近": ABOUT,
    "大概": ABOUT,
    "迈上": AT_LEAST,  # 迈上5万亿台阶: a level reached and passed
    "跨上": AT_LEAST,
    "上": AT_LEAST,  # 参赛队伍上万支 (before a bare 万, 千 or 百 only: 上年, 上3个 are other words)
    "站上": AT_LEAST,
    "跃上": AT_LEAST,
}
# A one-character comparator that ends another word: 签约, 合约, 最近, 附近, 赶超.
_NOT_A_COMPARATOR_AFTER = {
    "约": "签合预契公特制节违履邀相集简条",
    "近": "最附临靠贴亲",
    "超": "赶高",
}
_APPROXIMATE_PREFIXES = {"约", "约为", "约占", "约达", "大约", "近", "将近", "接近", "大概"}
_SUFFIX_COMPARATORS = {
    "以上": AT_LEAST, "以下": AT_MOST, "以内": AT_MOST, "左右": ABOUT, "上下": ABOUT,
    "余": MORE_THAN,
}  # fmt: skip

# 达到万亿元规模, 迈入万亿规模: a scale reached is one 万亿 (万亿级 alone is a class)
_SCALE_REACHED_BEFORE_RE = re.compile(r"(?:达到|达|迈入|跨入|步入)[ \t]*$")
_COUNTING_VERB_BEFORE_RE = re.compile(
    r"(?:新增|新建|新设|新认定|新培育|引进|引入|培育|认定|建成|获批|新获|增加|达到|突破|实现"
    r"|共有)[ \t]*$"
)
# Common names that start with numeral + counter; they count nothing.
_FIXED_TERM_RE = re.compile(
    r"三次产业|五位一体|四个全面|四个意识|四个自信|四个服务|两个维护|两个确立|两个毫不动摇|三个代表"
    r"|两个一百年|两个大局|两个市场"
)
_OPEN_QUOTES = "“\"‘'「『《"
_CLAUSE_BREAK = "，,。；;：:！!？?、\n（(）)"
_LOOKBACK = 14
_SHARE_RE = re.compile(r"占|比重|占比|份额")
# A change word followed by 至/到 names the level reached (提高到60%), not a change; 增加值
# is value added, a noun.
# 压降/压减 a cut (融资平台压降81.3%), not the noun of its measure (压减比例超5%).
_CUT = r"(?:压降|压减)(?!比例|率|幅度)"
_GROWTH_RE = re.compile(
    r"(?:增长|提高|提升|上升|上涨|增加(?!值)|下降|降低|减少|回落|下滑|缩减|" + _CUT + r")(?![至到])"
    r"|增速|增幅|涨幅|降幅|同比|环比"
)
_DECREASE_RE = re.compile(r"(?:下降|降低|减少|回落|下滑|缩减|" + _CUT + r")(?![至到])|降幅")
_RANK_CONTEXT_RE = re.compile(r"排名|位列|位居|排在|排|居|列")
_MONEY_CONTEXT_RE = re.compile(
    r"元|资金|资本|资产|额|投资|投入|收入|营收|产值|总值|融资|基金|贷款|税|奖补|补贴|补助|利润|预算|"
    r"财政|经费|消费|销售"
)


def _clause_before(text: str, start: int) -> str:
    """Up to _LOOKBACK characters before ``start``, cut at the last clause punctuation."""
    window = text[max(0, start - _LOOKBACK) : start]
    for index in range(len(window) - 1, -1, -1):
        if window[index] in _CLAUSE_BREAK:
            return window[index + 1 :]
    return window


def _last_match_end(pattern: re.Pattern[str], text: str) -> int:
    end = -1
    for match in pattern.finditer(text):
        end = match.end()
    return end


def _measure_of_percent(clause: str) -> tuple[str, bool]:
    share_at = _last_match_end(_SHARE_RE, clause)
    growth_at = _last_match_end(_GROWTH_RE, clause)
    if growth_at > share_at:
        return GROWTH, _last_match_end(_DECREASE_RE, clause) == growth_at
    if share_at >= 0:
        return SHARE, False
    return LEVEL, False


def _prefix_comparator(text: str, start: int) -> tuple[str | None, int]:
    """The comparator word just before ``start`` (spaces allowed) and where it starts."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    for length in (3, 2, 1):  # longest first: 不超过 before 超过 before 超
        word = text[max(0, at - length) : at]
        if word in _PREFIX_COMPARATOR:
            if length == 1 and at >= 2 and text[at - 2] in _NOT_A_COMPARATOR_AFTER.get(word, ""):
                return None, start  # 签约10个, 最近3个月: part of another word
            if word == "上" and not text.startswith(("万", "千", "百"), start):
                return None, start
            return word, at - len(word)
    return None, start


def _ordinal_start(text: str, start: int) -> int | None:
    """Where the ordinal that ``start`` is part of begins: a 第 just before it (第17位,
    第 17位), or the figure itself after "第五、" (第五、六批次); else None."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at > 0 and text[at - 1] == "第":
        return at - 1
    if at > 0 and text[at - 1] == "届":
        return at  # 十二届八次全会: the session's number
    if at > 1 and text[at - 1] in "、和及":
        # 第五、六批次: the later members of a list of ordinals are ordinals too.
        back = at - 1
        while back > 0 and back > at - 6 and _NUMERAL_START_RE.match(text, back - 1):
            back -= 1
        if back < at - 1 and back > 0 and text[back - 1] == "第":
            return at
    return None


def _split_numeral(numeral: str, mult: str) -> tuple[str, str]:
    """Move trailing 万/亿 of a Chinese numeral into the multiplier: 百亿 → (百, 亿)."""
    if numeral and numeral[-1] in "万亿萬億" and not numeral[0].isdigit():
        core = numeral.rstrip("万亿萬億")
        moved = numeral[len(core) :].replace("萬", "万").replace("億", "亿")
        return core, moved + mult
    return numeral, mult


def _multiplier(mult: str) -> Decimal:
    value = Decimal(1)
    for ch in mult:
        value *= _MULT_VALUE[ch]
    return value


@dataclass(frozen=True)
class _Part:
    value: Decimal
    mult: str
    unit_word: str
    approximate: bool


def _part(match: re.Match[str], suffix: str, norm: str) -> _Part | None:
    raw = match.group("num" + suffix)
    start = match.start("num" + suffix)
    mult = match.group("mult" + suffix) or ""
    unit_word = match.group("unit" + suffix) or ""
    approximate = bool(match.group("ap" + suffix) or match.group("aq" + suffix))
    if len(raw) > _MAX_NUMERAL:
        return None
    numeral, mult = _split_numeral(raw, mult)
    if not numeral and mult.startswith("万亿") and (
        _prefix_comparator(norm, start)[0] is not None
        or (
            _SCALE_REACHED_BEFORE_RE.search(norm, max(0, start - 4), start)
            and norm.startswith(
                "规模", match.end("unit" + suffix) if unit_word else start + len(mult)
            )
        )
    ):
        # 突破万亿元, 超万亿元, 均达到万亿元规模: one 万亿, as 突破千亿元 is a thousand 亿
        numeral = "一"
    if not numeral and mult == "万" and unit_word and _prefix_comparator(norm, start)[0]:
        numeral = "一"  # 近万场, 突破万列, 上万支: one 万 of the unit, as 近千家 is a thousand
    if not numeral:
        return None  # 万人, 亿元 with no number
    moved = len(raw) - len(numeral)
    if moved and any(ch in "万亿萬億" for ch in numeral):
        # 三亿五千万元: the 万 binds only its own section, so divide the whole instead.
        numeral = raw
    chinese = not numeral[0].isdigit()
    if numeral in ("零", "〇"):
        return None  # a lone 零 counts nothing: 零部件 (parts), 零件, 零距离
    if chinese and not suffix and _FIXED_TERM_RE.match(norm, start):
        return None  # a name built of a numeral: 三次产业, 五位一体, 两个维护
    if chinese and not suffix and start > 0 and norm[start - 1] in _OPEN_QUOTES:
        return None  # a slogan: “四张牌”, “六个提升”
    if chinese and not mult and not approximate and _ordinal_start(norm, start) is None:
        if numeral in ("一", "壹") and not _COUNTING_VERB_BEFORE_RE.search(
            norm, max(0, start - 4), start
        ):
            return None  # the indefinite article: 一个主题, 一批, 一家家 (not 新增一家)
        if numeral in ("百", "千", "佰", "仟") and _prefix_comparator(norm, start)[0] is None:
            return None  # slogans: 千家万户, 百家 (but 近百家 is a figure)
    try:
        value = parse_number(numeral)
        if numeral == raw and moved:
            value = _clean(value / _multiplier(raw[-moved:]))
    except (ValueError, InvalidOperation):
        return None
    if not _storable(value):
        return None
    return _Part(value, mult, unit_word, approximate)


def _storable(value: Decimal) -> bool:
    """Within what a figure can be (and what DecimalField(max_digits=30, decimal_places=6)
    holds): longer digit runs are IDs, phone numbers or junk."""
    sign, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int):
        return False
    integer_digits = len(digits) + exponent
    return integer_digits <= _MAX_INTEGER_DIGITS and -exponent <= _MAX_DECIMALS


def _base(part: _Part, unit_word: str, clause: str) -> tuple[Decimal, str, str]:
    """(base value, base unit, family) of a value written with a multiplier and unit."""
    value = part.value * _multiplier(part.mult)
    if unit_word:
        base_unit, factor, family = _UNITS[unit_word]
        return _clean(value * factor), base_unit, family
    if _MONEY_CONTEXT_RE.search(clause):
        return _clean(value), "元", "money"
    return _clean(value), "", "count"


def _normalise(text: str) -> str:
    """Half-width digits and signs, same length (str.translate is slow on long texts)."""
    return _NORMALISABLE_RE.sub(lambda match: match.group().translate(_NORMALISE), text)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position. Never raises on any input."""
    if not isinstance(text, str) or not text:
        return []
    norm = _normalise(text)
    found: list[Quantity] = []
    pos = 0
    while True:
        # Every figure starts with a numeral: find one cheaply, then try the full pattern there.
        candidate = _NUMERAL_START_RE.search(norm, pos)
        if candidate is None:
            return _with_concentrations_per_volume_in_words(text, norm, found)
        match = _QUANTITY_RE.match(norm, candidate.start())
        if match is None:
            pos = candidate.start() + 1
            continue
        quantity = _build(text, norm, match)
        if quantity is not None:
            found.append(quantity)
            pos = max(quantity.end, match.start() + 1)
        else:
            # Resume after the first numeral only: the second half of a rejected range
            # ("2024-5家") may be a figure of its own.
            pos = match.end("num") if match.group("num") else match.end()
            pos = max(pos, match.start() + 1)


# A concentration with its volume written in words, first (PM2.5平均浓度低于每立方米19微克) or
# after the mass with 每 (降至28.5微克每立方米): the unit of 19微克/立方米, as written with a
# slash; 微克 alone is no unit.
_PER_VOLUME_IN_WORDS_RE = re.compile(
    r"每立方米\s*(?P<num>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>微克|毫克)(?![/／每])"
    r"|(?<![0-9.])(?P<num2>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit2>微克|毫克)每立方米"
)


def _with_concentrations_per_volume_in_words(
    text: str, norm: str, found: list[Quantity]
) -> list[Quantity]:
    if "每立方米" not in norm:
        return found  # (the pattern is tried only where its words stand: long digit runs)
    extra = []
    for match in _PER_VOLUME_IN_WORDS_RE.finditer(norm):
        if any(q.start < match.end() and match.start() < q.end for q in found):
            continue
        value = parse_number(match.group("num") or match.group("num2"))
        unit = (match.group("unit") or match.group("unit2")) + "/立方米"
        extra.append(
            _finish(
                text, norm, match.start(), match.end(),
                value=value, value_max=None, unit=unit, base_value=value,
                base_value_max=None, base_unit=unit, family="other", comparator=None,
                measure=None, approximate=False,
            )  # fmt: skip
        )
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found


def _build(text: str, norm: str, match: re.Match[str]) -> Quantity | None:
    if match.group("pct") is not None:
        return _build_percent_words(text, norm, match)
    if match.group("cfrac") is not None:
        return _build_fraction(
            text, norm, match, match.group("cfrac_num"), match.group("cfrac_den")
        )
    if match.group("afrac") is not None:
        return _build_fraction(
            text, norm, match, match.group("afrac_num"), match.group("afrac_den")
        )
    return _build_quantity(text, norm, match)


def _finish(
    text: str,
    norm: str,
    start: int,
    end: int,
    *,
    value: Decimal,
    value_max: Decimal | None,
    unit: str,
    base_value: Decimal | None,
    base_value_max: Decimal | None,
    base_unit: str,
    family: str,
    comparator: str | None,
    measure: str | None,
    approximate: bool,
) -> Quantity:
    """Apply a comparator word before the figure and work out the measure."""
    word, word_start = _prefix_comparator(norm, start)
    if word is not None:
        if comparator is None or comparator in (MORE_THAN, EXACTLY):
            comparator = _PREFIX_COMPARATOR[word]
        approximate = approximate or word in _APPROXIMATE_PREFIXES
        start = word_start
    decrease = False
    if measure is None:
        if family in ("percent", "points"):
            measure, decrease = _measure_of_percent(_clause_before(norm, start))
        elif base_unit == "倍":
            measure, decrease = _measure_of_percent(_clause_before(norm, start))
            measure = GROWTH if measure == GROWTH else LEVEL  # 增长2倍; 是全市的2倍
        else:
            measure = LEVEL
    return Quantity(
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        value_max=value_max,
        unit=unit,
        base_value=base_value,
        base_unit=base_unit,
        comparator=comparator or EXACTLY,
        measure=measure,
        approximate=approximate,
        base_value_max=base_value_max,
        family="rank" if measure == RANK else family,
        decrease=decrease,
    )


def _build_percent_words(text: str, norm: str, match: re.Match[str]) -> Quantity | None:
    try:
        value = parse_number(match.group("pct_num"))
    except ValueError:
        return None
    return _finish(
        text, norm, match.start(), match.end(),
        value=value, value_max=None, unit="%", base_value=value, base_value_max=None,
        base_unit="%", family="percent", comparator=None, measure=None, approximate=False,
    )  # fmt: skip


def _build_fraction(
    text: str, norm: str, match: re.Match[str], numerator: str, denominator: str
) -> Quantity | None:
    try:
        top = parse_number(numerator)
        bottom = parse_number(denominator)
    except ValueError:
        return None
    if bottom <= 0 or top <= 0 or top > bottom:
        return None  # not a share: 8/5 is more likely a date
    percent = (top * 100 / bottom).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
    return _finish(
        text, norm, match.start(), match.end(),
        value=top, value_max=None, unit=f"/{bottom}", base_value=_clean(percent),
        base_value_max=None, base_unit="%", family="percent", comparator=None, measure=SHARE,
        approximate=False,
    )  # fmt: skip


# 受教育年限达到10.5年: a number of years where a 年限 (a span in years) is measured; 年 is
# otherwise no unit, as 2025年 is a date.
# Both sides of its change are spans too, each after the year it stands in (年限从2020年的9.6年
# 提升至2025年的10.2年): the calendar years themselves are dates.
_CALENDAR_YEAR_OF = r"(?:(?:19|20)\d{2}年的?)?"
_YEARS_OF_BEFORE_RE = re.compile(
    r"年限[^，,；;。0-9]{0,8}"
    + _CALENDAR_YEAR_OF
    + r"(?:[0-9]+(?:\.[0-9]+)?年(?:左右)?(?:提高|提升|增加|增长|延长|上升)?(?:到|至)"
    + _CALENDAR_YEAR_OF
    + r")?$"
)
_CALENDAR_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


def _is_years_of_something(norm: str, match: re.Match[str]) -> bool:
    return bool(
        match.group("num")
        and match.group("num")[0].isdigit()
        and not (match.group("unit") or match.group("mult") or match.group("sep"))
        and norm.startswith("年", match.end("num"))
        # (2020年的9.6年: the year of the first side is a date)
        and not (
            _CALENDAR_YEAR_RE.fullmatch(match.group("num"))
            and norm.startswith("年的", match.end("num"))
        )
        and _YEARS_OF_BEFORE_RE.search(norm, max(0, match.start("num") - 40), match.start("num"))
    )


# After "4.2个": more members "、1.5个" and a last one in percentage points "和0.8个百分点".
_POINTS_LIST_AFTER_RE = re.compile(
    r"(?:\s*[、,，]\s*-?[0-9]+(?:\.[0-9]+)?\s*个)*\s*(?:[、,，和及与]|以及)\s*-?[0-9]+(?:\.[0-9]+)?\s*个?百分点"
)


def _build_quantity(text: str, norm: str, match: re.Match[str]) -> Quantity | None:
    if _is_years_of_something(norm, match):
        value = parse_number(match.group("num"))
        end = match.end("num") + 1
        # (10.2年左右: a word after the span sets its comparator, as after any unit)
        suffix = next(
            (w for w in _SUFFIX_COMPARATORS if w != "余" and norm.startswith(w, end)), None
        )
        return _finish(
            text, norm, match.start("num"), end + (len(suffix) if suffix else 0),
            value=value, value_max=None, unit="年", base_value=value, base_value_max=None,
            base_unit="年", family="other",
            comparator=_SUFFIX_COMPARATORS[suffix] if suffix else None, measure=None,
            approximate=suffix in ("左右", "上下"),
        )  # fmt: skip
    if not (
        match.group("unit")
        or match.group("mult")
        or match.group("sep")
        or match.group("num")[-1] in "万亿萬億"
        or _ordinal_start(norm, match.start()) is not None
    ):
        return None  # a bare number, decided before any parsing (most numbers in junk)
    first = _part(match, "", norm)
    if first is None:
        return None
    start = match.start("num")
    end = match.end("unit") if match.group("unit") else match.end("num")
    if first.mult and not match.group("unit"):
        end = match.end("mult") if match.group("mult") else match.end("num")
    if match.group("aq") and not match.group("unit"):
        end = max(end, match.end("aq"))
    if match.group("ap") and not match.group("mult") and not match.group("unit"):
        end = max(end, match.end("ap"))

    ordinal = _ordinal_start(norm, start)
    if ordinal is not None:
        return _build_rank(text, norm, match, first, ordinal, end)

    second = _part(match, "2", norm) if match.group("sep") else None
    if (
        second is not None
        and first.unit_word
        and ((first.mult, first.unit_word) != (second.mult, second.unit_word))
    ):
        second = None  # 10%至20家 is no range
    if second is not None and not first.unit_word and first.mult and first.mult != second.mult:
        second = None
    if second is not None and second.value * _multiplier(second.mult or first.mult) <= (
        first.value * _multiplier(first.mult or second.mult)
    ):
        second = None  # 10-5家 is no range
    suffix = match.group("suffix")
    if second is not None:
        mult = first.mult or second.mult
        first = _Part(first.value, mult, second.unit_word, first.approximate)
        second = _Part(second.value, mult, second.unit_word, second.approximate)
        end = max(match.end(group) for group in ("num2", "ap2", "mult2", "aq2", "unit2"))
    elif match.group("sep"):
        suffix = None  # the suffix belonged to the rejected second half

    if not first.unit_word and not first.mult:
        return None  # a bare number is no quantity
    if not first.unit_word and norm[end : end + 1] in ("级", "年", "月", "日"):
        return None  # 千亿级, and a bare multiplier is never a date
    if norm[end : end + 1] == "级" or norm[end : end + 2] == "量级":
        return None  # 百亿元级产业集群: a size class, not a figure
    if not match.group("num")[0].isdigit() and second is None and not first.mult:
        following = norm[end : end + 1]
        if first.unit_word == "次" and "\u4e00" <= following <= "\u9fff":
            return None  # 三次亲临, 两次荣获: how often something happened, not a figure
        if first.unit_word == "个" and following in _OPEN_QUOTES:
            return None  # 三个“一号工程”, 两个“毫不动摇”: a set of slogans
    clause = _clause_before(norm, start)
    if not first.unit_word and not match.group("num")[0].isdigit():
        if not _MONEY_CONTEXT_RE.search(clause):
            return None  # 打造百亿乃至千亿产业集群: a slogan, not a figure
    if first.unit_word == "成" and (first.mult or first.value > 10 or second is not None):
        return None  # 七成 is 70%; 100成 is no share
    if suffix and second is None and match.group("sep") is None:
        end = match.end("suffix")
    elif suffix and second is not None:
        end = match.end("suffix")

    if second is None and _is_minus_sign(norm, start) and match.group("num")[0].isdigit():
        # 自然增长率为-3.93‰: a minus sign, not a dash between two figures.
        first = _Part(-first.value, first.mult, first.unit_word, first.approximate)
        start -= 1
    if first.unit_word == "个" and second is None and _POINTS_LIST_AFTER_RE.match(norm, end):
        # 高于全省4.2个、1.5个和0.8个百分点: the members of a list share its last unit.
        first = _Part(first.value, first.mult, "个百分点", first.approximate)
    base_value, base_unit, family = _base(first, first.unit_word, clause)
    if abs(base_value) >= _MAX_BASE:
        return None
    comparator: str | None = None
    approximate = first.approximate
    value_max = base_value_max = None
    if second is not None:
        comparator = RANGE
        value_max = second.value
        base_value_max, _, _ = _base(second, second.unit_word, clause)
        approximate = approximate or second.approximate
    elif suffix:
        comparator = _SUFFIX_COMPARATORS[suffix]
        approximate = approximate or suffix in ("余", "左右", "上下")
    elif approximate:
        comparator = MORE_THAN  # 100余家, 100多家
    return _finish(
        text, norm, start, end,
        value=first.value, value_max=value_max, unit=first.mult + first.unit_word,
        base_value=base_value, base_value_max=base_value_max, base_unit=base_unit,
        family=family, comparator=comparator, measure=None, approximate=approximate,
    )  # fmt: skip


def _is_minus_sign(norm: str, start: int) -> bool:
    """A "-" (or "－", "−") right before a figure is its sign when it does not stand between
    two figures (3-5万元, 2024-2026年) or after a letter (a product model, a code)."""
    if start == 0 or norm[start - 1] != "-":
        return False
    return start == 1 or not re.match(r"[0-9A-Za-z%‰.)）\]/_-]", norm[start - 2])


def _build_rank(
    text: str, norm: str, match: re.Match[str], part: _Part, ordinal: int, end: int
) -> Quantity | None:
    """第17位, 第 17位, 位列全国第一: a rank. Other ordinals (第一批, 第三季度) are no quantity."""
    unit_word = part.unit_word
    if part.mult or unit_word not in ("位", "名", ""):
        return None
    arabic = match.group("num")[0].isdigit()
    context = _RANK_CONTEXT_RE.search(_clause_before(norm, ordinal)) is not None
    if not context and not (arabic and unit_word):
        return None
    if not unit_word and norm.startswith(("方阵", "梯队", "档"), match.end("num")):
        return None  # 居全国第一方阵, 第一档: a tier, not a rank
    if not unit_word and norm.startswith(("批", "届", "期", "轮"), match.end("num")):
        return None  # 入列全国第一批…先行区: a batch (a round, a session), not a rank
    if not unit_word:
        end = match.end("num")
    return _finish(
        text, norm, ordinal, end,
        value=part.value, value_max=None, unit=unit_word, base_value=part.value,
        base_value_max=None, base_unit="位", family="rank", comparator=None, measure=RANK,
        approximate=False,
    )  # fmt: skip
