"""Links between targets and reported figures, progress, and a suggested status. Pure Python.

``relate(target, outcome)`` says whether a reported figure speaks to a target and how:
- never across indicators: both must name the same canonical indicator (or, where neither
  has one, the same thing in the same words: ``indicator_words``), the same measure (a
  growth rate answers a growth target, a level a level) and units of one family;
- the figure for the target's own period fulfils or misses it (judged by the comparator);
- a figure for part of that period (今年以来, 1—9月) or as of a day inside it is progress;
  as of the period's last day (年末, 截至年底) it is the period's result: it fulfils or misses;
- a figure for the period just before, of about the same length (2023 for a 2024 target), is
  its baseline, and so is a figure as of a day in the period just before, at most a year
  before the period starts (the year before's 年末, not the one two years before);
  "as of a day" is a figure with no start (截至6月底) or one day long (年末, start = end);
- never across places: ``places_compatible`` must accept the two figures (subjects of the
  same place, one name containing the other at its start or end, or one of them unknown;
  and where a subject is unknown or names no particular place (高新区, 全市), the places the
  figure's article names must include the other's, if both say any: ``place_names``).
``suggest_status(target, evidence, today=...)`` turns accepted links into a status with an
explanation naming the target, every figure used and the rule applied, so that no status
contradicts its own evidence.
左右: a target 增长10%左右 is met from 9.5 % on (half a point for rates and shares, 5 % for
levels); a result above the allowance exceeds it (10.7 %: fulfils, 超额完成), so that a link's
relation and the status never disagree.
Ceilings: on an indicator where higher is worse (prices: 居民消费价格, CPI, 物价; unemployment
rates: ``rise_is_ceiling`` in the indicator table) a target with 左右 or 以内 is a ceiling, as every
government counts it: 涨幅3%左右 is met by any rise up to 3 % plus the half point 左右 allows
(0.2 % meets it; 3.6 % misses it), 涨幅3%以内 by any rise up to 3 %; a figure under it is 已完成,
never 超额完成.
Falls: a growth figure written with a falling word (下降4.6%, 降低3%) keeps its value as
written (4.6) with ``falls`` set; it is compared as the signed rate −4.6. So a fall never meets
a growth target (下降4.6% against 增长5%左右: missed), meets a price ceiling (涨幅3%左右) whatever
its depth, and a falling target is the signed target with its comparator mirrored (降低3%以上:
a rate at most −3; 下降2%左右: about −2, met from −1.5 down, a deeper fall exceeds it; 下降2%-3%:
between −3 and −2): it is met by a fall at least as deep, never by a rise.
``is_conflict`` and ``is_revision`` compare items of one kind, signs included.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from articles.text.script import reading_of

from .indicators import rise_is_ceiling
from .numbers import unit_family
from .place_names import short_names

FULFILS = "fulfils"
PROGRESS = "progress"
MISSED = "missed"
BASELINE = "baseline"
CONTEXT = "context"

PENDING = "pending"
IN_PROGRESS = "in_progress"
ACHIEVED = "achieved"
EXCEEDED = "exceeded"
PARTIAL = "partial"
LATE = "late"
MISSED_STATUS = "missed"

# 左右: a growth rate or share may be off by half a percentage point, a level by 5 %.
ABOUT_POINTS = Decimal("0.5")
ABOUT_SHARE = Decimal("0.05")
# A result at least this far above an at-least target is "超额完成".
EXCEEDED_BY = Decimal("0.05")
# Below the target but at least this share of it is "部分完成"; below, "未完成".
PARTIAL_FROM = Decimal("0.8")
# A baseline is the period just before the target's, of about the same length.
BASELINE_GAP = timedelta(days=7)
BASELINE_LENGTH_SLACK = timedelta(days=31)
# A figure as of a day is a baseline when that day lies in the period just before the target's
# (as long as it), and at most a year before it starts: the year before's 年末 for a yearly
# target, not the one two years before.
AS_OF_BASELINE = timedelta(days=365)

_COMPARATOR_RULES = {
    "exactly": "达到目标值即为完成",
    "at_least": "不低于目标值即为完成",
    "more_than": "“突破/超过”须高于目标值",
    "at_most": "“以内/不超过”为上限，不高于目标值即为完成",
    "less_than": "须低于目标值",
    "about": "“左右”允许偏差（增速、占比 ±0.5 个百分点，其余 ±5%）：不低于目标值减去偏差即为完成，"
    "高出偏差以上为超额完成",
    "range": "结果落在区间内即为完成",
    "ceiling": "物价涨幅、失业率等越低越好的指标，目标“左右/以内”为上限：不高于目标值即为完成"
    "（“左右”可再高出允许偏差），低于目标值不算超额",
}
_RELATION_NAMES = {
    FULFILS: "达成",
    PROGRESS: "部分进展",
    MISSED: "表明未达成",
    BASELINE: "基线",
    CONTEXT: "背景",
}
_STATUS_NAMES = {
    PENDING: "待评估",
    IN_PROGRESS: "推进中",
    ACHIEVED: "已完成",
    EXCEEDED: "超额完成",
    PARTIAL: "部分完成",
    MISSED_STATUS: "未完成",
    LATE: "逾期完成",
}


@dataclass(frozen=True)
class Figure:
    """What linking needs of a commitment or an evidence item."""

    indicator: str | None
    measure: str
    comparator: str
    value: Decimal | None
    base_value: Decimal | None
    base_unit: str
    unit: str
    period_start: date | None
    period_end: date | None
    value_max: Decimal | None = None
    is_cumulative: bool = False
    published_on: date | None = None
    deadline: date | None = None
    kind: str = "numeric"  # numeric | deliverable (commitments)
    quote: str = ""
    subject: str = ""  # the place the figure is about ("" when unknown)
    # the short names of the places the figure's article names (place_names.places_named)
    places: frozenset[str] = frozenset()
    falls: bool = False  # a growth figure written with a falling word; ``value`` stays positive
    # the words the extractor read for what the figure measures (ExtractedItem.indicator_text)
    indicator_text: str = ""

    @property
    def base_max(self) -> Decimal | None:
        """``value_max`` in the base unit (the written value and the base value are in a fixed
        ratio)."""
        if self.value_max is None or self.base_value is None or not self.value:
            return None
        return self.value_max * self.base_value / self.value

    @property
    def due(self) -> date | None:
        return self.deadline or self.period_end

    @property
    def signed(self) -> Decimal | None:
        """``base_value`` as a signed rate: −4.6 for 下降4.6%, the written value otherwise."""
        if self.base_value is None or not self.falls:
            return self.base_value
        return -self.base_value


@dataclass(frozen=True)
class LinkSuggestion:
    relation: str
    score: float
    explanation: str


@dataclass(frozen=True)
class StatusSuggestion:
    status: str
    explanation: str
    progress: Decimal | None  # reported / target, when it can be computed
    overdue: bool  # the deadline has passed and no evidence says what happened


def _period_label(figure: Figure) -> str:
    start, end = figure.period_start, figure.period_end
    if end is None:
        return "时期未定"
    if start is None or start == end:
        return f"截至{end.isoformat()}"
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return f"{start.year}年"
    return f"{start.isoformat()}至{end.isoformat()}"


def _amount(figure: Figure) -> str:
    if figure.value is None:
        return "（无数值）"
    text = f"{_plain(figure.value)}{figure.unit}"
    if figure.value_max is not None:
        text = f"{_plain(figure.value)}–{_plain(figure.value_max)}{figure.unit}"
    return f"下降{text}" if figure.falls else text


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


def _same_family(a: Figure, b: Figure) -> bool:
    if a.base_unit == b.base_unit:
        return True
    family_a, family_b = unit_family(a.base_unit), unit_family(b.base_unit)
    return family_a == family_b and family_a == "count"


def normalise_subject(subject: str) -> str:
    """A subject as compared: without spaces (a hard-wrapped name may hold some)."""
    return "".join(subject.split())


def subjects_compatible(a: str, b: str) -> bool:
    """Whether two figures may be about the same place: one of them is unknown (empty), or
    they are equal, or the shorter name starts or ends the longer one (高新区 and 郑州高新区,
    郑州 and 郑州市, 高新区 and 高新区管委会). Two different named places (河南省 and
    郑州高新区) are not: a figure about one says nothing about the other's target."""
    a, b = normalise_subject(a), normalise_subject(b)
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short) or long.endswith(short)


def places_compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures may be about the same place: their subjects are compatible and,
    when one of them names no particular place (unknown, or 高新区, 全市), it is about a place
    its article names. A figure's place is its subject's short name, else the places its
    article names; two figures whose places are both known share one (a 河北省 target and a
    figure from a text naming only 赤峰 are apart; a figure from a text naming no place at
    all stays compatible with every place)."""
    if not subjects_compatible(a.subject, b.subject):
        return False
    named_a, named_b = short_names(a.subject), short_names(b.subject)
    if named_a and named_b:
        return True  # two named places, judged by their names above
    where_a, where_b = named_a or a.places, named_b or b.places
    return not where_a or not where_b or not where_a.isdisjoint(where_b)


# Figures with no canonical indicator (安排省级财政资金1042.8亿元, 无还本续贷新增5982亿元) are
# linked only when the words before their number name the same thing after this
# normalisation: the text between the figure's number (the quote's last) and the number or
# the start before it, without a leading date part, year, place or force word (年, 月, 全年,
# 全省, 力争…), the comparator just before the number (超, 达到, 为…), the words that only say
# how a year's figure is spent or reached (全年, 安排, 实现, 完成), 新增 wherever it stands (so
# 新增无还本续贷 and 无还本续贷新增 are one, and neither is the same as 无还本续贷 without it), and
# the one a figure is for (为企业, 为经营主体, 为市场主体…) read as one word (为企业减负 and
# 为经营主体减负 are one). 累计 and 共计 stay: a total is not a year's flow. Fewer than three
# characters left name nothing.
_NUMBER_RUN_RE = re.compile(r"[0-9０-９][0-9０-９.．]*")
_WORDS_LEAD_RE = re.compile(
    r"^(?:[年月日号季度末底初—\-－~～至到]|(?:19|20)\d{2}年度?|全年|今年|去年|上年|本年|全省|全市"
    r"|全区|全县|全国|我省|我市|我区|力争|确保|争取|努力|预计|计划|[，,、：:\s])+"
)
_WORDS_COMPARATOR_RE = re.compile(
    r"(?:目标为|目标是|超过|超|达到|达|约|近|突破|逾|高于|不低于|不少于|为|是)$"
)
_WORDS_COUNTED_RE = re.compile(r"全年|安排|实现|完成")
_WORDS_FOR_RE = re.compile(
    r"为(?:各类|广大)?(?:中小微企业|小微企业|中小企业|民营企业|企业|经营主体|市场主体|群众|居民|纳税人)"
)
_WORDS_MIN = 3


@functools.lru_cache(maxsize=4096)
def indicator_words(quote: str) -> str:
    """What a figure with no canonical indicator measures, in its own words normalised (see
    above), or "" when too little is left to name a thing. A quote in traditional
    characters is read as its simplified twin (總額 and 总额 name one thing), one with pinyin
    glosses without them."""
    quote = reading_of(quote).text
    runs = list(_NUMBER_RUN_RE.finditer(quote))
    if not runs:
        return ""
    words = quote[runs[-2].end() if len(runs) > 1 else 0 : runs[-1].start()]
    words = _WORDS_COMPARATOR_RE.sub("", _WORDS_LEAD_RE.sub("", words))
    new = "新增" in words
    words = _WORDS_FOR_RE.sub("为◇", _WORDS_COUNTED_RE.sub("", words.replace("新增", "")))
    words = _WORDS_COMPARATOR_RE.sub("", _WORDS_LEAD_RE.sub("", words))
    if len(words) < _WORDS_MIN or re.search(r"[%％]", words):
        return ""
    return ("新增" if new else "") + words


def figure_words(quote: str, indicator_text: str = "") -> str:
    """What a figure with no canonical indicator is paired on: its quote's words
    (``indicator_words``), or, when they name nothing (a later member of a 分别 list,
    和12.3%左右; a growth rate after its level, 4.17亿元、增长6.1%), the words the extractor
    read for it (the member's own name, the level's words), normalised the same way."""
    return indicator_words(quote) or (
        indicator_words(indicator_text + "0") if indicator_text else ""
    )


def _same_thing(target: Figure, outcome: Figure) -> str | None:
    """What makes the two figures measure the same thing, as the explanation says it, or
    None: one canonical indicator, or, where neither has one, the same words."""
    if target.indicator is not None:
        return f"同一指标“{target.indicator}”" if target.indicator == outcome.indicator else None
    if outcome.indicator is not None:
        return None
    words = figure_words(target.quote, target.indicator_text)
    if not words or words != figure_words(outcome.quote, outcome.indicator_text):
        return None
    return f"指标表中无此项，两处用语相同（“{words.replace('◇', '…')}”）"


def relate(target: Figure, outcome: Figure) -> LinkSuggestion | None:
    """How ``outcome`` speaks to ``target``, or None when it does not (never across
    indicators, measures, unit families or places; figures with no indicator only when
    they name the same thing in the same words, ``indicator_words``)."""
    where = _same_thing(target, outcome)
    if where is None:
        return None
    if not places_compatible(target, outcome):
        return None
    if target.measure != outcome.measure or target.kind != "numeric":
        return None
    if target.base_value is None or outcome.base_value is None or not _same_family(target, outcome):
        return None
    cs, ce = target.period_start, target.period_end
    es, ee = outcome.period_start, outcome.period_end
    if cs is None or ce is None or ee is None:
        return None
    same_unit = 0.1 if target.base_unit == outcome.base_unit else 0.0
    as_of = es is None or es == ee  # a figure as of one day (截至…, 年末)
    if es == cs and ee == ce:
        met, rule = meets(target, outcome.signed, _passed(outcome))
        relation = FULFILS if met else MISSED
        return LinkSuggestion(
            relation,
            round(0.8 + same_unit, 2),
            f"{where}，同一时期（{_period_label(target)}）：结果 {_amount(outcome)}，"
            f"目标 {_amount(target)}；{rule}。",
        )
    if as_of and ee == ce:
        met, rule = meets(target, outcome.signed, _passed(outcome))
        return LinkSuggestion(
            FULFILS if met else MISSED,
            round(0.75 + same_unit, 2),
            f"{where}，证据为{_period_label(outcome)}的数值，即目标时期（{_period_label(target)}）"
            f"末的结果：结果 {_amount(outcome)}，目标 {_amount(target)}；{rule}。",
        )
    if es is not None and cs <= es and ee < ce and es <= ee:
        return LinkSuggestion(
            PROGRESS,
            round(0.6 + same_unit, 2),
            f"{where}，证据时期（{_period_label(outcome)}）在目标时期（{_period_label(target)}）"
            f"之内、尚未结束：作为进展。",
        )
    if es is None and cs <= ee <= ce:
        return LinkSuggestion(
            PROGRESS,
            round(0.5 + same_unit, 2),
            f"{where}，证据为{_period_label(outcome)}的数值，在目标时期（{_period_label(target)}）"
            f"之内：作为进展。",
        )
    if ee < cs and cs - ee <= BASELINE_GAP + timedelta(days=1):
        if es is not None and abs((ee - es) - (ce - cs)) <= BASELINE_LENGTH_SLACK:
            return LinkSuggestion(
                BASELINE,
                round(0.7 + same_unit, 2),
                f"{where}，证据时期（{_period_label(outcome)}）是目标时期"
                f"（{_period_label(target)}）的上一期：作为基线。",
            )
        if (
            es is not None
            and target.measure == "level"
            and ce - cs > _YEAR + BASELINE_LENGTH_SLACK
            and abs((ee - es) - _YEAR) <= BASELINE_LENGTH_SLACK
        ):
            # A level aimed at over several years (今后三年…到2016年生产总值超过1.2万亿元) is the
            # last year's: the year just before the years begin is its baseline.
            return LinkSuggestion(
                BASELINE,
                round(0.6 + same_unit, 2),
                f"{where}，证据时期（{_period_label(outcome)}）是目标时期"
                f"（{_period_label(target)}）前一年，目标为期末的水平：作为基线。",
            )
    if as_of and ee < cs and cs - ee <= min(AS_OF_BASELINE, ce - cs + timedelta(days=1)):
        return LinkSuggestion(
            BASELINE,
            round(0.5 + same_unit, 2),
            f"{where}，证据为{_period_label(outcome)}的数值，早于目标时期"
            f"（{_period_label(target)}）：作为基线。",
        )
    return None


_YEAR = timedelta(days=364)  # a year's period, first day to last

# How far before a target's period a figure's period may end and still be its baseline.
_BASELINE_REACH = max(BASELINE_GAP + timedelta(days=1), AS_OF_BASELINE)


def outcome_end_window(target: Figure) -> tuple[date, date] | None:
    """The dates an outcome's period must end between (inclusive) for ``relate(target, …)``
    to link it, or None when the target relates to nothing. A necessary condition only, so
    that the candidates can be chosen in the database, through an index, before ``relate``."""
    if target.kind != "numeric" or target.base_value is None or not _named(target):
        return None
    if target.period_start is None or target.period_end is None:
        return None
    return target.period_start - _BASELINE_REACH, target.period_end


def target_window(outcome: Figure) -> tuple[date, date] | None:
    """For an outcome: (earliest end, latest start) of the periods of the targets that
    ``relate`` can link it to (targets ending on or after the outcome's end, starting at
    most a baseline's reach after it), or None when it speaks to no target."""
    if outcome.base_value is None or outcome.period_end is None or not _named(outcome):
        return None
    return outcome.period_end, outcome.period_end + _BASELINE_REACH


@dataclass(frozen=True)
class PeriodWindow:
    """Where the other figure's period must lie for ``relate`` to link it: its end between
    ``end_from`` and ``end_to`` (inclusive); with ``start_to``, its start unknown or at most
    that day; with ``start_from``, its start unknown or at least that day; with ``as_of``,
    a figure as of one day (no start, or start = end). A necessary condition only (a
    superset of ``relate``'s rules, which decide), written so that the candidates can be
    chosen in the database before ``relate``: ``admits`` is the same test in Python."""

    end_from: date
    end_to: date
    start_from: date | None = None
    start_to: date | None = None
    as_of: bool = False

    def admits(self, period_start: date | None, period_end: date | None) -> bool:
        if period_end is None or not self.end_from <= period_end <= self.end_to:
            return False
        if period_start is None:
            return True
        if self.as_of and period_start != period_end:
            return False
        if self.start_from is not None and period_start < self.start_from:
            return False
        return self.start_to is None or period_start <= self.start_to


def outcome_windows(target: Figure) -> tuple[PeriodWindow, ...]:
    """The periods an outcome may have for ``relate(target, …)`` to link it (none when the
    target relates to nothing): inside the target's period and starting in it (its result,
    or progress), ending just before it (a baseline of any length), or as of a day before
    it, no further back than ``relate``'s as-of baseline allows."""
    if outcome_end_window(target) is None:
        return ()
    cs, ce = target.period_start, target.period_end
    assert cs is not None and ce is not None
    before = cs - timedelta(days=1)
    return (
        PeriodWindow(cs, ce, start_from=cs),
        PeriodWindow(cs - BASELINE_GAP - timedelta(days=1), before),
        PeriodWindow(cs - min(AS_OF_BASELINE, ce - cs + timedelta(days=1)), before, as_of=True),
    )


def target_windows(outcome: Figure) -> tuple[PeriodWindow, ...]:
    """The periods a target may have for ``relate(…, outcome)`` to link it (none when the
    outcome speaks to no target): ending on the outcome's end, or after it and starting at
    most where the outcome starts (its start, or its end when it has none), or starting just
    after it (the outcome is a baseline), or, for an outcome as of a day, starting within
    the as-of baseline's reach after it."""
    if target_window(outcome) is None:
        return ()
    es, ee = outcome.period_start, outcome.period_end
    assert ee is not None
    far = date.max
    windows = [
        PeriodWindow(ee, ee),
        PeriodWindow(ee, far, start_to=es if es is not None else ee),
        PeriodWindow(ee, far, start_from=ee + timedelta(days=1),
                     start_to=ee + BASELINE_GAP + timedelta(days=1)),
    ]  # fmt: skip
    if es is None or es == ee:
        windows.append(
            PeriodWindow(ee, far, start_from=ee + timedelta(days=1), start_to=ee + AS_OF_BASELINE)
        )
    return tuple(windows)


def paired_units(base_unit: str) -> frozenset[str] | None:
    """The base units a figure in ``base_unit`` may be paired with (``relate``'s unit
    family rule): only its own, or, for a count (个, 家, 台…, which pair with one another),
    any (None)."""
    if unit_family(base_unit) == "count":
        return None
    return frozenset({base_unit})


def _named(figure: Figure) -> bool:
    """Whether the figure names what it measures: an indicator, or words of its own."""
    return figure.indicator is not None or bool(figure_words(figure.quote, figure.indicator_text))


def meets(target: Figure, reported: Decimal, passed: bool = False) -> tuple[bool, str]:
    """Whether a reported base value (signed: −4.6 for 下降4.6%, ``Figure.signed``) meets the
    target, and the rule applied (in words). A falling target (降低3%以上) is its comparator
    mirrored: the depth of the fall (−reported) is held against the written value.
    ``passed``: the report says its figure was passed, not reached (超过4000亿元, 突破, 逾, 超,
    4000余亿元: ``_passed``), so it meets a target to pass the same mark (突破4000亿元)."""
    if target.falls:
        met, rule = _meets(target, -reported, ceiling=False, passed=passed)
        return met, _FALLING_RULE + rule
    return _meets(target, reported, ceiling=_ceiling(target), passed=passed)


def _passed(outcome: Figure) -> bool:
    """Whether a reported figure says its mark was passed (超过, 突破, 逾, 超, 余: more_than)."""
    return outcome.comparator == "more_than"


# A falling target compares the depth of the fall; a rise is a negative depth.
_FALLING_RULE = "目标为下降，按降幅比较（上升视为负的降幅）："


def _meets(
    target: Figure, reported: Decimal, *, ceiling: bool, passed: bool = False
) -> tuple[bool, str]:
    goal = target.base_value
    assert goal is not None
    comparator = target.comparator
    if ceiling:
        allowed = goal + (_tolerance(target) if comparator == "about" else 0)
        return reported <= allowed, _COMPARATOR_RULES["ceiling"]
    rule = _COMPARATOR_RULES.get(comparator, _COMPARATOR_RULES["at_least"])
    if comparator == "more_than":
        # 超过4000亿元 meets 突破4000亿元: the report too says the mark was passed
        if passed and reported == goal:
            return True, rule + "（结果亦为“超过/突破”该值）"
        return reported > goal, rule
    if comparator == "at_most":
        return reported <= goal, rule
    if comparator == "less_than":
        return reported < goal, rule
    if comparator == "about":
        # 增长10%左右 is reached from 9.5 % on; 10.7 % is above it (exceeded), not a miss:
        # only the indicators where higher is worse are bounded above (_ceiling).
        return reported >= goal - _tolerance(target), rule
    if comparator == "range":
        top = target.base_max if target.base_max is not None else goal
        return goal <= reported <= top, rule
    if comparator == "exactly":
        return reported >= goal, rule
    return reported >= goal, rule


def _ceiling(target: Figure) -> bool:
    """A target 左右 or 以内 on an indicator where higher is worse (居民消费价格涨幅3%左右,
    城镇调查失业率5.5%左右): an upper bound."""
    return target.comparator in ("about", "at_most") and rise_is_ceiling(target.indicator)


def _tolerance(target: Figure) -> Decimal:
    goal = target.base_value or Decimal(0)
    if target.base_unit in ("%", "百分点"):
        return ABOUT_POINTS
    return abs(goal) * ABOUT_SHARE


def _verdict(target: Figure, reported: Decimal, passed: bool = False) -> str:
    """The status a signed reported value gives; a falling target judges the fall's depth
    (``passed``: the figure was passed, as ``meets``)."""
    ceiling = _ceiling(target) and not target.falls
    if target.falls:
        reported = -reported
    met, _ = _meets(target, reported, ceiling=ceiling, passed=passed)
    goal = target.base_value or Decimal(0)
    upper_bound = target.comparator in ("at_most", "less_than") or ceiling
    if upper_bound and not met:
        return MISSED_STATUS  # above a ceiling
    if met:
        if target.comparator == "range":
            return ACHIEVED
        if target.comparator == "about":
            above = not upper_bound and reported > goal + _tolerance(target)
            return EXCEEDED if above else ACHIEVED
        if not upper_bound and goal > 0 and reported >= goal * (1 + EXCEEDED_BY):
            return EXCEEDED
        return ACHIEVED
    if target.comparator == "range" and target.base_max is not None and reported > target.base_max:
        return EXCEEDED
    if not upper_bound and goal > 0 and reported >= goal * PARTIAL_FROM:
        return PARTIAL
    return MISSED_STATUS


def suggest_status(
    target: Figure, evidence: list[tuple[str, Figure]], *, today: date
) -> StatusSuggestion:
    """The status that the accepted links support, with the reasons in words.

    ``evidence`` holds (relation, figure) of accepted links. A final figure (fulfils/missed)
    decides by the comparator; a figure reported for a period ending after the deadline
    makes the result late (逾期完成). Without one, progress figures give 推进中; a deadline
    passed with nothing is overdue (shown as such, not silently pending).
    """
    head = f"目标：{target.indicator or '（未定指标）'} {_amount(target)}（{_period_label(target)}"
    head += f"，截止 {target.due.isoformat()}）" if target.due else "）"
    used = []
    for relation, figure in evidence:
        used.append(
            f"{_RELATION_NAMES.get(relation, relation)}：{_amount(figure)}"
            f"（{_period_label(figure)}{'，' + figure.quote if figure.quote else ''}）"
        )
    evidence_text = "；".join(used) if used else "无已采纳的证据"
    due = target.due
    overdue = bool(due and due < today)

    if target.kind == "deliverable":
        done = [f for relation, f in evidence if relation == FULFILS]
        if done:
            late = any(due and f.period_end and f.period_end > due for f in done)
            status = LATE if late else ACHIEVED
            rule = "证据表明事项已办成" + ("，但晚于截止日期" if late else "")
            return _status(status, head, evidence_text, rule, None, False)
        if overdue:
            return _status(PENDING, head, evidence_text, "截止日期已过，尚无证据：逾期", None, True)
        return _status(PENDING, head, evidence_text, "尚无证据", None, False)

    finals = [f for relation, f in evidence if relation in (FULFILS, MISSED)]
    finals = [f for f in finals if f.base_value is not None]
    if finals and target.base_value is not None:
        latest = max(finals, key=lambda f: (f.published_on or date.min, f.period_end or date.min))
        reported = latest.signed
        assert reported is not None
        status = _verdict(target, reported, _passed(latest))
        _, rule = meets(target, reported, _passed(latest))
        progress = _ratio(reported, target)
        if status in (ACHIEVED, EXCEEDED) and due and latest.period_end and latest.period_end > due:
            status = LATE
            rule += "；结果所属时期晚于截止日期，为逾期完成"
        values = {f.signed for f in finals}
        if len(values) > 1:
            rule += f"；多条证据数值不一，采用最新一条（{_amount(latest)}）"
        return _status(status, head, evidence_text, rule, progress, False)

    progress_figures = [f for relation, f in evidence if relation == PROGRESS]
    progress_figures = [f for f in progress_figures if f.base_value is not None]
    if progress_figures and target.base_value is not None:
        latest = max(progress_figures, key=lambda f: f.period_end or date.min)
        assert latest.base_value is not None
        progress = _ratio(latest.signed, target)
        if overdue:
            rule = "截止日期已过，只有阶段性数据，尚无全期结果：逾期待核实"
            return _status(IN_PROGRESS, head, evidence_text, rule, progress, True)
        rule = "只有阶段性数据，目标时期尚未结束"
        if progress is not None and target.measure == "level":
            rule += f"，已完成目标的 {progress * 100:.0f}%"
        return _status(IN_PROGRESS, head, evidence_text, rule, progress, False)

    if overdue:
        return _status(PENDING, head, evidence_text, "截止日期已过，尚无结果证据：逾期", None, True)
    return _status(PENDING, head, evidence_text, "尚无结果证据", None, False)


def _ratio(reported: Decimal | None, target: Figure) -> Decimal | None:
    """The signed reported value over the target's (a falling target: the fall's depth over
    the written value, so 下降3.3% is 1.1 of 降低3%)."""
    goal = target.signed
    if not goal or reported is None:
        return None
    return (reported / goal).quantize(Decimal("0.0001"))


def _status(
    status: str, head: str, evidence: str, rule: str, progress: Decimal | None, overdue: bool
) -> StatusSuggestion:
    explanation = f"{head}。证据：{evidence}。规则：{rule}。建议状态：{_STATUS_NAMES[status]}"
    if overdue:
        explanation += "（逾期）"
    return StatusSuggestion(status, explanation + "。", progress, overdue)


def is_conflict(a: Figure, b: Figure) -> bool:
    """Two reported figures for the same indicator, measure, period and place (subjects
    compatible) that disagree."""
    return (
        places_compatible(a, b)
        and a.indicator is not None
        and a.indicator == b.indicator
        and a.measure == b.measure
        and a.is_cumulative == b.is_cumulative
        and a.period_start == b.period_start
        and a.period_end == b.period_end
        and a.period_end is not None
        and a.base_unit == b.base_unit
        and a.base_value is not None
        and b.base_value is not None
        and a.signed != b.signed
    )


def is_revision(earlier: Figure, later: Figure) -> bool:
    """A later article restating the same target (indicator, measure, period) with a new
    value: the later commitment revises the earlier one."""
    return (
        earlier.indicator is not None
        and earlier.indicator == later.indicator
        and earlier.measure == later.measure
        and earlier.period_start == later.period_start
        and earlier.period_end == later.period_end
        and earlier.period_end is not None
        and earlier.base_unit == later.base_unit
        and (earlier.signed, earlier.comparator) != (later.signed, later.comparator)
        and earlier.published_on is not None
        and later.published_on is not None
        and later.published_on > earlier.published_on
    )
