"""Time expressions in Chinese text, resolved to dates against the article's date.

Pure standard library. ``find_periods`` scans normalised (reflowed) article text for the
periods a figure can concern — 全年, 今年, 年内, 年底前, 上半年, 第三季度, 8月底前, 去年,
2023年度, 2024—2026年, “十四五”, 1—9月, 截至2020年5月底, 2019年9月20日, 5月份 — and resolves
each against ``reference`` (the article's publication date) and ``precision`` (how much of
that date is known: "day", "month", "year" or "unknown").

Conventions (see ``Period``):
- A year, half, quarter or month is the closed range of its days: 上半年 of 2024 is
  2024-01-01..2024-06-30. ``deadline`` is the last day by which it is due: the period's end.
- An end point (年底, 今年底, 9月末, 5月底, 三季度末, “十四五”末) is a single day:
  start = end = deadline (a stock measured then); 年初/月初 are the first day.
- "By" an end (年底前, 8月底前, 2025年前, 9月20日前) runs from the start of that year to
  the deadline: 8月底前 of 2024 is 2024-01-01..2024-08-31. "X月前" is read as "by the end
  of X", the lenient reading of an ambiguous phrase.
- An as-of date (截至2020年5月底) has no known start: period_start is None.
- "以来" (今年以来, 2019年以来) runs from the start to the reference date; cumulative. A plan's
  以来 written in the first quarter after the plan (“十四五”以来, in a report of early 2026)
  is the plan's years: the new year's figures are not out yet.
- A five-year plan “十四五” is 2021-01-01..2025-12-31; 十四五期间/时期 are cumulative.
- ``cumulative`` is True when 累计/累积/合计/共计/总计 follows in the period's own clause
  (1—9月累计), or in the next clause when the period ends its own ("1—9月，全区累计…"),
  and for plan periods and 以来 as above.
- 前年/上年 count only where 前/上 start a word (not 规模以上年…, 提前年底); 来年/后年 are left
  out (以来年均, 此后年均 are far more common). 三年内, 每年底, 十五 (without quotes or 规划/
  期间) and 第十五届 are no periods.
- Explicit years need no reference. Expressions that need the reference year (今年, 全年,
  上半年, 8月底前, 5月份…) or its month (本月, 下一季度) resolve only when the precision gives
  them; otherwise ``relative`` is True and all dates are None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

__all__ = ["Period", "find_periods", "resolve_period"]


@dataclass(frozen=True)
class Period:
    """One time expression found in a text; ``source[p.start:p.end] == p.text``."""

    text: str
    start: int
    end: int
    period_start: date | None
    period_end: date | None
    deadline: date | None  # the date by which it is due (年底前 → Dec 31; 8月底前 → Aug 31)
    relative: bool  # could not be resolved: no usable reference date
    cumulative: bool  # 累计, 1—9月累计, five-year totals (十四五期间)
    # What kind of span: day | days (上旬) | month | months (1—9月, 前三季度) | quarter | half
    # | year | years (2024—2026年) | plan (十四五) | point (年底) | by (年底前) | as_of (截至…)
    # | since (以来)
    granularity: str = "year"


_NORMALISE = str.maketrans("０１２３４５６７８９－～〜\u3000\u00a0", "0123456789-~~  ")
_NORMALISABLE_RE = re.compile("[０-９－～〜\u3000\u00a0]+")
_CN_DIGITS = "〇零一二三四五六七八九"
_CN_NUMERALS = _CN_DIGITS + "十两百千万亿"
_CN_VALUE = {ch: index for index, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}

_YEAR4 = r"(?<![0-9])(?:19|20)\d{2}(?![0-9])"
_YEAR_CN = rf"(?<![{_CN_NUMERALS}])[{_CN_DIGITS}]{{4}}"
_MONTH = (
    r"(?:(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])"
    rf"|(?<![{_CN_NUMERALS}])(?:十[一二]?|[一二三四五六七八九]))"
)
# 元月 (January) opens a month range (元至九月, 元月至9月) where it starts a clause or follows
# a year; never the 元 of an amount (5亿元至9月底)
_FIRST_MONTH = rf"(?:{_MONTH}|(?<![^\s,，。；;:：、(（年])元(?=月?[-~—–至到]))"
_DAY = (
    r"(?:[12][0-9]|3[01]|0?[1-9])(?![0-9])"
    r"|(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
# 前年/上年 only where 前/上 start the word: not 提前年底, 之前年份, 规模以上年营业收入.
# (来年/后年 are left out: 以来年均增长 and 此后年均 are far more common.)
_REL_YEAR_WORD = r"(?:今|本|去|明|(?<![提之以目此当事空向超争])前|(?<![以向线])上)"
_SEP = r"[-~—–至到]"
_S = r"[ \t]{0,2}+"  # bounded and possessive: runs of spaces cannot make matching slow

_PERIOD_RE = re.compile(
    # “十四五”, 十三五规划, 十四五期间, “十五”末
    rf"(?P<plan>(?<![{_CN_NUMERALS}])(?P<plan_open>[“\"‘「『])?"
    r"(?P<plan_n>十[一二三四五六七八九]|十|九|八)五(?P<plan_close>[”\"’」』])?"
    r"(?P<plan_word>规划|计划)?(?P<plan_tail>期间|时期|末|以来)?)"
    # 2024—2026年, 2024-2026年, 2024年至2026年
    rf"|(?P<yrange>(?P<yr1>{_YEAR4}){_S}年?{_S}{_SEP}{_S}(?P<yr2>{_YEAR4}){_S}年"
    r"(?P<yr_tail>期间|间)?)"
    # 2019-09-20
    rf"|(?P<iso>(?P<iso_y>{_YEAR4})[-/.](?P<iso_m>1[0-2]|0?[1-9])[-/.](?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![0-9]))"
    # 本月, 下一季度: need the reference month
    r"|(?P<relm>本月|当月|上个?月|下个?月|本季度|本季|上一?个?季度|下一?个?季度)"
    # everything else: [截至] [year] [tail] [前|以来]
    r"|(?P<main>"
    # (cheap guard: a period starts with one of these, so that nothing matches empty text)
    r"(?=(?:截至|截止)|[0-9一二三四五六七八九十〇零元]|[今本去上前明]年|全年|[上下]半年|第|前[一二三1-3]|年[底末初内])"
    r"(?P<asof>截至到|截止到|截至|截止)?"
    + _S
    + rf"(?:(?P<year>(?P<y>{_YEAR4})|(?P<ycn>{_YEAR_CN})){_S}年|(?P<rel>{_REL_YEAR_WORD})年)?"
    + _S
    + r"(?P<tail>"
    r"(?P<t_full>全年)"
    r"|(?P<t_half>[上下])半年(?P<t_hend>末|底)?"
    r"|(?:第" + _S + r")?(?P<t_q>[一二三四1-4])" + _S + r"季度(?P<t_qend>末|底)?"
    r"|前(?P<t_qn>[一二三1-3])" + _S + r"个?季度"
    rf"|(?P<t_m1>{_FIRST_MONTH}){_S}月?{_S}{_SEP}{_S}(?P<t_m2>{_MONTH}){_S}月份?"
    rf"|(?P<t_m>{_MONTH}){_S}月份?(?:{_S}(?P<t_d>{_DAY}){_S}[日号]"
    r"|(?P<t_mpart>底|末|初|上旬|中旬|下旬))?"
    r"|(?<=年)(?P<t_ypart>年?底|年?末|年?初|度|内)"
    rf"|(?<![0-9{_CN_NUMERALS}个多几半每近])年(?P<t_alone>底|末|初|内)"
    r")?"
    r"(?P<due>以前|之前|前(?![一二三1-3][个季]))?(?P<since>以来)?"
    r")"
)

# Every alternative of _PERIOD_RE starts with one of these characters.
_PERIOD_START_RE = re.compile(rf"[0-9{_CN_DIGITS}十截今本去上前明全下第年当元“\"‘「『]")
_CUMULATIVE_RE = re.compile(r"累计|累积|合计|共计|总计")
_CLAUSE_END = "。；;！!？?\n"
_CLAUSE_COMMA = "，,：:"
_CUMULATIVE_WINDOW = 20


def _cn_int(numeral: str) -> int:
    """1–31 or a year written in Chinese or Arabic digits."""
    if numeral.isdigit() and numeral.isascii():
        return int(numeral)
    if numeral == "元":  # 元月, the first month
        return 1
    if all(ch in _CN_VALUE for ch in numeral):
        return int("".join(str(_CN_VALUE[ch]) for ch in numeral))
    tens, _, ones = numeral.partition("十")
    if "十" not in numeral:
        raise ValueError(numeral)
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _quarter_span(year: int, quarter: int) -> tuple[date, date]:
    return date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter)


def _plan_start(numeral: str) -> int:
    # The 3rd plan began in 1966 (after the 1963–65 adjustment); every plan since is 5 years.
    return 1966 + 5 * (_cn_int(numeral) - 3)


_REL_YEAR = {"今": 0, "本": 0, "去": -1, "上": -1, "前": -2, "明": 1}


@dataclass(frozen=True)
class _Resolved:
    start: date | None
    end: date | None
    granularity: str
    cumulative: bool = False


class _NeedsReference(Exception):
    """The expression cannot be resolved without a (more precise) reference date."""


def _normalise(text: str) -> str:
    """Half-width digits and signs, same length (str.translate is slow on long texts)."""
    return _NORMALISABLE_RE.sub(lambda match: match.group().translate(_NORMALISE), text)


def find_periods(text: str, *, reference: date | None, precision: str = "day") -> list[Period]:
    """Every time expression in ``text``, in order, resolved against ``reference``.

    Never raises on any input; expressions that look like periods but name impossible dates
    (2月30日, 13月) are skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    if precision not in ("day", "month", "year") or not isinstance(reference, date):
        reference, precision = None, "unknown"
    elif isinstance(reference, datetime):
        reference = reference.date()  # periods are made of dates, never of datetimes
    norm = _normalise(text)
    found: list[Period] = []
    pos = 0
    while True:
        # Find a character a period can start with cheaply, then try the full pattern there.
        candidate = _PERIOD_START_RE.search(norm, pos)
        if candidate is None:
            return found
        match = _PERIOD_RE.match(norm, candidate.start())
        if match is None:
            pos = candidate.start() + 1
            continue
        start, end = match.span()
        while end > start and norm[end - 1] in " \t":
            end -= 1
        while start < end and norm[start] in " \t":
            start += 1
        period = None
        if end > start:
            period = _period(text, norm, match, start, end, reference, precision)
        if period is not None:
            found.append(period)
        pos = max(match.end(), match.start() + 1)


def resolve_period(expression: str, *, reference: date | None, precision: str = "day") -> Period:
    """Resolve one whole expression ("年底前", "2024—2026年"). Raises ValueError if the text
    is not exactly one period expression."""
    stripped = expression.strip() if isinstance(expression, str) else ""
    periods = find_periods(stripped, reference=reference, precision=precision)
    if len(periods) != 1 or periods[0].text != stripped:
        raise ValueError(f"not a period expression: {expression!r}")
    return periods[0]


def _period(
    text: str,
    norm: str,
    match: re.Match[str],
    start: int,
    end: int,
    reference: date | None,
    precision: str,
) -> Period | None:
    if match.group("main") is not None and not (
        match.group("year") or match.group("rel") or match.group("tail")
    ):
        return None  # only a 截至 or a 前 on its own
    if match.group("plan") is not None and not _is_plan(match):
        return None
    try:
        resolved = _resolve(match, reference, precision)
    except _NeedsReference:
        resolved = None
    except ValueError:
        return None  # 2月30日, 13月: not a date
    cumulative = _CUMULATIVE_RE.search(_clause_after(norm, end)) is not None
    if resolved is None:
        return Period(
            text=text[start:end], start=start, end=end, period_start=None, period_end=None,
            deadline=None, relative=True, cumulative=cumulative,
            granularity=_granularity_of(match),
        )  # fmt: skip
    return Period(
        text=text[start:end],
        start=start,
        end=end,
        period_start=resolved.start,
        period_end=resolved.end,
        deadline=resolved.end,
        relative=False,
        cumulative=cumulative or resolved.cumulative,
        granularity=resolved.granularity,
    )


def _is_plan(match: re.Match[str]) -> bool:
    # 十五 and 九五 are also plain numbers: only quotes or 规划/期间… make them a plan.
    if match.group("plan_n") in ("十", "九", "八"):
        return bool(
            (match.group("plan_open") and match.group("plan_close"))
            or match.group("plan_word")
            or match.group("plan_tail")
        )
    return True


def _clause_after(norm: str, end: int) -> str:
    """The rest of the period's clause; for a period that ends its clause ("1—9月，全区累计…",
    "截至5月底，…累计…") the next clause, which the period governs."""
    window = norm[end : end + _CUMULATIVE_WINDOW]
    leading = len(window) - len(window.lstrip(_CLAUSE_COMMA + " "))
    for index in range(leading, len(window)):
        if window[index] in _CLAUSE_END or window[index] in _CLAUSE_COMMA:
            return window[:index]
    return window


def _granularity_of(match: re.Match[str]) -> str:
    if match.group("relm"):
        return "quarter" if "季" in match.group("relm") else "month"
    if match.group("main") is None:
        return "year"
    if match.group("asof"):
        return "as_of"
    if match.group("since"):
        return "since"
    if match.group("due"):
        return "by"
    if match.group("t_hend") or match.group("t_qend"):
        return "point"
    if match.group("t_half"):
        return "half"
    if match.group("t_q"):
        return "quarter"
    if match.group("t_qn") or match.group("t_m1"):
        return "months"
    if match.group("t_d"):
        return "day"
    if match.group("t_mpart") in ("底", "末") or (match.group("t_ypart") or "").endswith(
        ("底", "末")
    ):
        return "point"
    if match.group("t_m"):
        return "month"
    return "year"


def _resolve(match: re.Match[str], reference: date | None, precision: str) -> _Resolved:
    if match.group("plan") is not None:
        first = _plan_start(match.group("plan_n"))
        tail = match.group("plan_tail")
        if tail == "末":
            return _Resolved(date(first + 4, 12, 31), date(first + 4, 12, 31), "point")
        if tail == "以来":
            if _just_after(first + 4, reference, precision):
                # “十四五”以来 in a review of the plan written early in the year after it:
                # the new year's figures are not out yet, so its figures are the plan's years'.
                return _Resolved(date(first, 1, 1), date(first + 4, 12, 31), "plan", True)
            return _since(date(first, 1, 1), reference, precision)
        return _Resolved(
            date(first, 1, 1), date(first + 4, 12, 31), "plan", tail in ("期间", "时期")
        )
    if match.group("yrange") is not None:
        first, last = int(match.group("yr1")), int(match.group("yr2"))
        if last <= first:
            raise ValueError("not a year range")
        return _Resolved(
            date(first, 1, 1), date(last, 12, 31), "years", bool(match.group("yr_tail"))
        )
    if match.group("iso") is not None:
        day = date(int(match.group("iso_y")), int(match.group("iso_m")), int(match.group("iso_d")))
        return _Resolved(day, day, "day")
    if match.group("relm") is not None:
        return _relative_month(match.group("relm"), reference, precision)
    return _resolve_main(match, reference, precision)


def _relative_month(word: str, reference: date | None, precision: str) -> _Resolved:
    if reference is None or precision not in ("day", "month"):
        raise _NeedsReference
    offset = -1 if word.startswith("上") else 1 if word.startswith("下") else 0
    if "季" in word:
        index = reference.year * 4 + (reference.month - 1) // 3 + offset
        start, end = _quarter_span(index // 4, index % 4 + 1)
        return _Resolved(start, end, "quarter")
    index = reference.year * 12 + reference.month - 1 + offset
    year, month = divmod(index, 12)
    return _Resolved(date(year, month + 1, 1), _month_end(year, month + 1), "month")


def _just_after(year: int, reference: date | None, precision: str) -> bool:
    """Whether the reference falls in the first quarter of the year after ``year`` (a year alone
    given: anywhere in that year)."""
    if reference is None or reference.year != year + 1:
        return False
    return precision == "year" or (precision in ("day", "month") and reference.month <= 3)


def _since(start: date, reference: date | None, precision: str) -> _Resolved:
    end: date | None = None
    if reference is not None and precision == "day":
        end = reference
    elif reference is not None and precision == "month":
        end = _month_end(reference.year, reference.month)
    return _Resolved(start, end, "since", True)


def _resolve_main(match: re.Match[str], reference: date | None, precision: str) -> _Resolved:
    if match.group("y"):
        year = int(match.group("y"))
    elif match.group("ycn"):
        year = _cn_int(match.group("ycn"))
        if not 1900 <= year <= 2100:
            raise ValueError("not a year")
    else:
        if reference is None:
            raise _NeedsReference
        year = reference.year + _REL_YEAR.get(match.group("rel") or "今", 0)

    span = _tail_span(match, year)
    start, end, granularity = span
    if match.group("since"):
        return _since(start, reference, precision)
    if match.group("asof"):
        return _Resolved(None, end, "as_of")
    if match.group("due"):
        return _Resolved(date(year, 1, 1), end, "by")
    return _Resolved(start, end, granularity)


def _tail_span(match: re.Match[str], year: int) -> tuple[date, date, str]:
    if match.group("t_half"):
        start, end = (
            (date(year, 1, 1), date(year, 6, 30))
            if match.group("t_half") == "上"
            else (date(year, 7, 1), date(year, 12, 31))
        )
        return (end, end, "point") if match.group("t_hend") else (start, end, "half")
    if match.group("t_q"):
        start, end = _quarter_span(year, _cn_int(match.group("t_q")))
        return (end, end, "point") if match.group("t_qend") else (start, end, "quarter")
    if match.group("t_qn"):
        return date(year, 1, 1), _month_end(year, 3 * _cn_int(match.group("t_qn"))), "months"
    if match.group("t_m1"):
        first, last = _cn_int(match.group("t_m1")), _cn_int(match.group("t_m2"))
        if not 1 <= first < last <= 12:
            raise ValueError("not a month range")
        return date(year, first, 1), _month_end(year, last), "months"
    if match.group("t_m"):
        month = _cn_int(match.group("t_m"))
        if match.group("t_d"):
            day = date(year, month, _cn_int(match.group("t_d")))
            return day, day, "day"
        part = match.group("t_mpart")
        first, last = date(year, month, 1), _month_end(year, month)
        if part in ("底", "末"):
            return last, last, "point"
        if part == "初":
            return first, first, "point"
        if part == "上旬":
            return first, date(year, month, 10), "days"
        if part == "中旬":
            return date(year, month, 11), date(year, month, 20), "days"
        if part == "下旬":
            return date(year, month, 21), last, "days"
        return first, last, "month"
    part = (match.group("t_ypart") or match.group("t_alone") or "").lstrip("年")
    if part in ("底", "末"):
        return date(year, 12, 31), date(year, 12, 31), "point"
    if part == "初":
        return date(year, 1, 1), date(year, 1, 1), "point"
    start, end = _year_span(year)
    return start, end, "year"
