"""Link suggestions, comparators, progress and the suggested status (pure)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.text.linking import (
    BASELINE,
    FULFILS,
    MISSED,
    PROGRESS,
    Figure,
    is_conflict,
    is_revision,
    meets,
    outcome_end_window,
    relate,
    subjects_compatible,
    suggest_status,
    target_window,
)

Y2023 = (date(2023, 1, 1), date(2023, 12, 31))
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
YI = Decimal(100_000_000)


def figure(
    value,
    *,
    indicator="技术合同成交额",
    unit="亿元",
    base_unit="元",
    factor=YI,
    period=Y2024,
    comparator="at_least",
    measure="level",
    value_max=None,
    **kw,
):
    value = Decimal(str(value))
    return Figure(
        indicator=indicator, measure=measure, comparator=comparator, value=value,
        base_value=value * factor, base_unit=base_unit, unit=unit,
        period_start=period[0], period_end=period[1],
        value_max=None if value_max is None else Decimal(str(value_max)), **kw,
    )  # fmt: skip


def percent(value, **kw):
    return figure(value, unit="%", base_unit="%", factor=Decimal(1), **kw)


TARGET = figure("170.5", comparator="more_than")


def test_last_years_figure_is_the_baseline():
    link = relate(TARGET, figure(136, comparator="exactly", period=Y2023))
    assert link is not None and link.relation == BASELINE
    assert "技术合同成交额" in link.explanation and "上一期" in link.explanation


def test_same_period_figure_fulfils_or_misses():
    assert relate(TARGET, figure(172, comparator="exactly")).relation == FULFILS
    assert relate(TARGET, figure(150, comparator="exactly")).relation == MISSED


def test_part_of_the_period_is_progress():
    nine_months = (date(2024, 1, 1), date(2024, 9, 30))
    assert relate(TARGET, figure(120, period=nine_months)).relation == PROGRESS
    as_of = (None, date(2024, 6, 30))
    assert relate(TARGET, figure(90, period=as_of)).relation == PROGRESS


def test_a_figure_as_of_the_periods_last_day_is_its_result():
    unemployment = {"indicator": "城镇调查失业率"}
    rate = percent("5.5", comparator="about", **unemployment)  # 5.5%左右 in 2024
    year_end = (date(2024, 12, 31), date(2024, 12, 31))  # 年末…为5.1%
    assert relate(rate, percent("5.1", period=year_end, **unemployment)).relation == FULFILS
    assert relate(rate, percent("6.3", period=year_end, **unemployment)).relation == MISSED
    link = relate(TARGET, figure(175, period=(None, date(2024, 12, 31))))  # 截至年底
    assert link.relation == FULFILS and "截至2024-12-31" in link.explanation
    status = status_of(rate, (FULFILS, percent("5.1", period=year_end)))
    assert status.status == "achieved"


def test_a_figure_as_of_the_year_befores_last_day_is_the_baseline():
    rate = percent("5.5", comparator="about")
    last_year_end = (date(2023, 12, 31), date(2023, 12, 31))
    assert relate(rate, percent("5.2", period=last_year_end)).relation == BASELINE
    inside = (date(2024, 6, 30), date(2024, 6, 30))  # 6月末
    assert relate(rate, percent("5.0", period=inside)).relation == PROGRESS
    two_years_before = (date(2022, 12, 30), date(2022, 12, 30))
    assert relate(rate, percent("5.2", period=two_years_before)) is None


@pytest.mark.parametrize(
    "outcome",
    [
        figure(136, indicator="研发经费投入", period=Y2023),
        figure(136, indicator=None, period=Y2023),
        percent(28.6, measure="growth", period=Y2023),
        figure(136, unit="家", base_unit="家", factor=Decimal(1), period=Y2023),
        figure(136, period=(date(2019, 1, 1), date(2019, 12, 31))),
    ],
    ids=["other_indicator", "no_indicator", "growth_vs_level", "other_unit_family", "years_apart"],
)
def test_unrelated_figures_are_never_linked(outcome):
    assert relate(TARGET, outcome) is None


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("郑州高新区", "郑州高新区", True),
        ("郑州 高新区", "郑州高新区", True),
        ("高新区", "郑州高新区", True),
        ("郑州", "郑州市", True),
        ("高新区管委会", "高新区", True),
        ("", "河南省", True),
        ("郑州高新区", " ", True),
        ("河南省", "郑州高新区", False),
        ("苏州工业园区", "郑州高新区", False),
        ("东湖高新区", "滨江高新区", False),
        ("州高", "郑州高新区", False),
    ],
    ids=["equal", "spaces", "zone_in_full_name", "city_prefix", "committee_of_zone",
         "unknown", "blank", "province_vs_zone", "two_zones", "same_kind_other_place",
         "middle_of_a_name"],
)  # fmt: skip
def test_subjects_compatible(a, b, compatible):
    assert subjects_compatible(a, b) is compatible
    assert subjects_compatible(b, a) is compatible


def test_a_figure_about_another_place_is_never_linked_or_a_conflict():
    target = figure("170.5", comparator="more_than", subject="郑州高新区")
    elsewhere = figure(136, comparator="exactly", period=Y2023, subject="河南省")
    here = figure(136, comparator="exactly", period=Y2023, subject="高新区")
    unknown = figure(136, comparator="exactly", period=Y2023)
    assert relate(target, elsewhere) is None
    assert relate(target, here).relation == BASELINE
    assert relate(target, unknown).relation == BASELINE
    other_value = figure(140, comparator="exactly", period=Y2023, subject="苏州工业园区")
    assert not is_conflict(here, other_value)
    assert is_conflict(here, figure(140, comparator="exactly", period=Y2023, subject="郑州高新区"))


def test_growth_answers_a_growth_target():
    target = percent(10, measure="growth", indicator="地区生产总值", period=Y2023)
    outcome = percent("10.5", measure="growth", indicator="地区生产总值", period=Y2023)
    assert relate(target, outcome).relation == FULFILS


@pytest.mark.parametrize(
    ("comparator", "goal", "value_max", "reported", "met"),
    [
        ("more_than", "170.5", None, "170.5", False),  # 突破: strictly above
        ("more_than", "170.5", None, "170.6", True),
        ("at_least", "300", None, "300", True),
        ("at_most", "5.5", None, "5.5", True),  # 以内: an upper bound
        ("at_most", "5.5", None, "5.6", False),
        ("about", "5", None, "5.4", True),  # 左右: ±0.5 percentage points
        ("about", "5", None, "4.4", False),
        ("range", "6.5", "7", "6.8", True),  # 6.5%－7%: inside the range
        ("range", "6.5", "7", "7.2", False),
        ("range", "6.5", "7", "6.4", False),
    ],
)
def test_comparators(comparator, goal, value_max, reported, met):
    target = percent(goal, comparator=comparator, value_max=value_max)
    assert meets(target, Decimal(reported))[0] is met


def test_about_on_a_level_allows_five_percent():
    target = figure(100, comparator="about")
    assert meets(target, Decimal(104) * YI)[0]
    assert not meets(target, Decimal(94) * YI)[0]


def status_of(target, *evidence, today=date(2025, 3, 1)):
    return suggest_status(target, list(evidence), today=today)


def test_fulfilled_target_is_achieved_with_an_explanation():
    result = status_of(
        TARGET, (FULFILS, figure(172, comparator="exactly", quote="全年完成172亿元"))
    )
    assert result.status == "achieved"
    assert result.progress == Decimal("1.0088")
    for words in ("170.5", "172", "“突破/超过”须高于目标值", "已完成"):
        assert words in result.explanation


def test_far_above_an_at_least_target_is_exceeded():
    target = figure(300, unit="家", base_unit="家", factor=Decimal(1))
    outcome = figure(330, unit="家", base_unit="家", factor=Decimal(1), comparator="exactly")
    assert status_of(target, (FULFILS, outcome)).status == "exceeded"


def test_break_through_target_met_exactly_is_not_achieved():
    result = status_of(TARGET, (MISSED, figure("170.5", comparator="exactly")))
    assert result.status == "partial"
    assert "须高于目标值" in result.explanation


def test_far_below_is_missed():
    assert status_of(TARGET, (MISSED, figure(100, comparator="exactly"))).status == "missed"


def test_upper_bound_target_exceeded_is_missed():
    target = percent("5.5", comparator="at_most", indicator="城镇调查失业率")
    outcome = percent("5.9", comparator="exactly", indicator="城镇调查失业率")
    assert status_of(target, (MISSED, outcome)).status == "missed"


PRICES = "居民消费价格涨幅"


@pytest.mark.parametrize(
    ("comparator", "reported", "status"),
    [
        ("about", "0.2", "achieved"),  # far under 3 % 左右: met, never 超额
        ("about", "3", "achieved"),
        ("about", "3.4", "achieved"),  # 左右 allows half a point over
        ("about", "3.6", "missed"),
        ("at_most", "2.9", "achieved"),
        ("at_most", "3.1", "missed"),  # 以内 allows nothing over
    ],
)
def test_a_price_rise_target_is_a_ceiling(comparator, reported, status):
    target = percent(3, comparator=comparator, measure="growth", indicator=PRICES)
    outcome = percent(reported, comparator="exactly", measure="growth", indicator=PRICES)
    met, rule = meets(target, outcome.base_value)
    assert met == (status == "achieved")
    assert "上限" in rule
    relation = relate(target, outcome)
    assert relation is not None and relation.relation == (FULFILS if met else MISSED)
    result = status_of(target, (relation.relation, outcome))
    assert result.status == status
    assert "上限" in result.explanation


def test_a_result_above_an_about_target_fulfils_it_and_exceeds_it():
    # 社会消费品零售总额增长10%左右, then 增长10.7%: above the half point 左右 allows, which is
    # more than the target, not a miss; the link and the status say the same.
    target = percent(10, comparator="about", measure="growth", indicator="社会消费品零售总额")
    outcome = percent("10.7", comparator="exactly", measure="growth",
                      indicator="社会消费品零售总额")
    assert relate(target, outcome).relation == FULFILS
    assert status_of(target, (FULFILS, outcome)).status == "exceeded"
    near = percent("10.3", comparator="exactly", measure="growth", indicator="社会消费品零售总额")
    assert status_of(target, (FULFILS, near)).status == "achieved"
    low = percent("9.4", comparator="exactly", measure="growth", indicator="社会消费品零售总额")
    assert relate(target, low).relation == MISSED


def test_unemployment_above_its_about_target_misses_it():
    # 城镇调查失业率5.5%左右: higher is worse, so 左右 bounds it above only.
    unemployment = {"indicator": "城镇调查失业率", "measure": "share"}
    target = percent("5.5", comparator="about", **unemployment)
    assert meets(target, Decimal("5.9"))[0] is True  # within the half point
    assert meets(target, Decimal("6.1"))[0] is False
    assert status_of(target, (MISSED, percent("6.1", **unemployment))).status == "missed"
    assert status_of(target, (FULFILS, percent("4.8", **unemployment))).status == "achieved"


def test_a_growth_target_about_a_rate_on_another_indicator_is_missed_below_it():
    target = percent(5, comparator="about", measure="growth", indicator="地区生产总值")
    outcome = percent("0.2", comparator="exactly", measure="growth", indicator="地区生产总值")
    assert meets(target, outcome.base_value)[0] is False
    assert status_of(target, (MISSED, outcome)).status == "missed"


def test_figure_for_a_period_after_the_deadline_is_late():
    late = figure(172, comparator="exactly", period=(None, date(2025, 2, 28)))
    assert status_of(TARGET, (FULFILS, late)).status == "late"


def test_progress_only_is_in_progress_with_the_share_done():
    result = status_of(
        TARGET,
        (PROGRESS, figure(120, period=(date(2024, 1, 1), date(2024, 9, 30)))),
        today=date(2024, 10, 15),
    )
    assert result.status == "in_progress"
    assert "70%" in result.explanation
    assert not result.overdue


def test_deadline_passed_without_evidence_is_shown_overdue():
    result = status_of(TARGET, today=date(2025, 1, 15))
    assert result.status == "pending"
    assert result.overdue
    assert "逾期" in result.explanation


def test_before_the_deadline_without_evidence_is_pending():
    result = status_of(TARGET, today=date(2024, 9, 1))
    assert result.status == "pending" and not result.overdue


def test_deliverable_done_late_is_late():
    target = Figure(
        indicator=None, measure="none", comparator="none", value=None, base_value=None,
        base_unit="", unit="", period_start=date(2024, 1, 1), period_end=date(2024, 8, 31),
        deadline=date(2024, 8, 31), kind="deliverable",
    )  # fmt: skip
    done = Figure(
        indicator=None, measure="none", comparator="none", value=None, base_value=None,
        base_unit="", unit="", period_start=None, period_end=date(2024, 10, 10),
    )  # fmt: skip
    assert status_of(target, (FULFILS, done)).status == "late"
    assert status_of(target, today=date(2024, 9, 30)).overdue


def test_conflict_needs_same_indicator_period_and_another_value():
    a = figure(136, comparator="exactly", period=Y2023)
    assert is_conflict(a, figure(140, comparator="exactly", period=Y2023))
    assert not is_conflict(a, figure(136, comparator="exactly", period=Y2023))
    assert not is_conflict(a, figure(140, comparator="exactly", period=Y2024))
    assert not is_conflict(a, figure(140, comparator="exactly", period=Y2023, is_cumulative=True))


def test_later_restatement_with_a_new_value_is_a_revision():
    earlier = figure(300, published_on=date(2024, 2, 1))
    later = figure(350, published_on=date(2024, 9, 1))
    assert is_revision(earlier, later)
    assert not is_revision(later, earlier)
    assert not is_revision(earlier, figure(300, published_on=date(2024, 9, 1)))


# Ingestion asks the database only for the figures inside these windows: a link that relate()
# would make outside them would be lost.
_DAYS = st.integers(min_value=-900, max_value=900)


@given(
    target_start=_DAYS, target_length=st.integers(0, 800), outcome_start=st.none() | _DAYS,
    outcome_length=st.integers(0, 800), outcome_end=_DAYS,
)  # fmt: skip
def test_every_linked_figure_lies_inside_the_candidate_windows(
    target_start, target_length, outcome_start, outcome_length, outcome_end
):
    origin = date(2024, 1, 1)
    start = origin + timedelta(days=target_start)
    target = figure(100, period=(start, start + timedelta(days=target_length)))
    if outcome_start is None:
        period = (None, origin + timedelta(days=outcome_end))
    else:
        begin = origin + timedelta(days=outcome_start)
        period = (begin, begin + timedelta(days=outcome_length))
    outcome = figure(90, period=period)
    if relate(target, outcome) is None:
        return
    low, high = outcome_end_window(target)
    assert low <= outcome.period_end <= high
    earliest_end, latest_start = target_window(outcome)
    assert target.period_end >= earliest_end and target.period_start <= latest_start


def test_a_figure_a_year_before_the_target_is_the_last_one_inside_the_window():
    as_of = (None, date(2023, 1, 1))  # 365 days before 2024-01-01
    assert relate(TARGET, figure(90, period=as_of)).relation == BASELINE
    assert outcome_end_window(TARGET)[0] == date(2023, 1, 1)
    assert relate(TARGET, figure(90, period=(None, date(2022, 12, 31)))) is None


def test_an_as_of_baseline_lies_in_the_period_just_before_the_targets():
    rate = percent("5.5", comparator="about")  # 2024
    two_year_ends_before = (date(2022, 12, 31), date(2022, 12, 31))
    assert relate(rate, percent("5.5", period=two_year_ends_before)) is None
    quarter = (date(2024, 4, 1), date(2024, 6, 30))
    second_quarter = percent("5.5", comparator="about", period=quarter)
    march_end = (None, date(2024, 3, 31))
    assert relate(second_quarter, percent("5.3", period=march_end)).relation == BASELINE
    last_autumn = (None, date(2023, 10, 31))  # before the quarter just before
    assert relate(second_quarter, percent("5.3", period=last_autumn)) is None


def test_figures_that_can_relate_to_nothing_have_no_window():
    assert outcome_end_window(figure(100, indicator=None)) is None
    assert outcome_end_window(figure(100, kind="deliverable")) is None
    assert outcome_end_window(figure(100, period=(None, date(2024, 12, 31)))) is None
    assert target_window(figure(100, period=(date(2024, 1, 1), None))) is None


@pytest.mark.parametrize("about", [True, False])
def test_falling_prices_meet_a_price_ceiling(about):
    # 居民消费价格涨幅3%左右 (or 3%以内), then prices fell 0.3 %: written -0.3%, the figure is
    # negative; met, 已完成 (never 超额完成, never 未完成).
    target = percent(
        3, comparator="about" if about else "at_most", measure="growth", indicator=PRICES
    )
    fall = percent("-0.3", comparator="exactly", measure="growth", indicator=PRICES)
    assert meets(target, fall.base_value)[0] is True
    assert relate(target, fall).relation == FULFILS
    result = status_of(target, (FULFILS, fall))
    assert result.status == "achieved"
    assert "-0.3%" in result.explanation


def test_a_price_fall_written_with_a_word_meets_the_ceiling_as_extracted():
    # 下降0.3%: stored as written (0.3) with ``falls``; compared as −0.3, under the ceiling.
    fall = as_extracted("2024年全省居民消费价格比上年下降0.3%。", date(2025, 1, 20))
    assert (fall.indicator, fall.measure, fall.value, fall.falls) == (
        PRICES, "growth", Decimal("0.3"), True,
    )
    target = percent(3, comparator="about", measure="growth", indicator=PRICES)
    assert relate(target, fall).relation == FULFILS
    assert status_of(target, (FULFILS, fall)).status == "achieved"


def as_extracted(text: str, published_on: date) -> Figure:
    """The one figure extraction finds in ``text``, as linking sees it."""
    from tracker.text.extract import extract

    (item,) = extract(text, published_on=published_on, precision="day")
    return Figure(
        indicator=item.indicator, measure=item.measure, comparator=item.comparator,
        value=item.value, value_max=item.value_max, base_value=item.base_value,
        base_unit=item.base_unit, unit=item.unit, period_start=item.period_start,
        period_end=item.period_end, deadline=item.deadline, quote=item.quote,
        falls=item.falls,
    )  # fmt: skip


def test_a_fall_never_meets_a_growth_target():
    # 增长5%左右 met from 4.5 % on: a fall of 4.6 % is −4.6, far below, never "fulfils".
    target = as_extracted("力争2024年全市规模以上工业增加值增长5%左右。", date(2024, 1, 20))
    fall = as_extracted("2024年全市规模以上工业增加值下降4.6%。", date(2025, 1, 20))
    rise = as_extracted("2024年全市规模以上工业增加值增长4.6%。", date(2025, 1, 20))
    assert (target.falls, fall.falls, rise.falls) == (False, True, False)
    link = relate(target, fall)
    assert link is not None and link.relation == MISSED
    assert "结果 下降4.6%" in link.explanation
    result = status_of(target, (MISSED, fall))
    assert result.status == "missed"  # never 部分完成 for a fall
    assert "下降4.6%" in result.explanation
    assert result.progress is not None and result.progress < 0
    assert relate(target, rise).relation == FULFILS


def test_a_fall_deeper_than_a_price_ceiling_still_meets_it():
    # 涨幅3%左右 is a ceiling: 下降4% is a rate of −4, under it (it was read as a 4 % rise).
    target = as_extracted("2024年居民消费价格涨幅3%左右。", date(2024, 1, 20))
    fall = as_extracted("2024年全省居民消费价格比上年下降4%。", date(2025, 1, 20))
    assert (target.indicator, fall.indicator, fall.falls) == (PRICES, PRICES, True)
    assert relate(target, fall).relation == FULFILS
    assert status_of(target, (FULFILS, fall)).status == "achieved"
    rise = percent(4, comparator="exactly", measure="growth", indicator=PRICES)
    assert relate(target, rise).relation == MISSED


ENERGY = "单位生产总值能耗"


@pytest.mark.parametrize(
    ("outcome", "relation", "status"),
    [
        ("2024年全市单位GDP能耗下降3.1%。", FULFILS, "achieved"),
        ("2024年全市单位GDP能耗下降3%。", FULFILS, "achieved"),
        ("2024年全市单位GDP能耗下降5%。", FULFILS, "exceeded"),
        ("2024年全市单位GDP能耗下降2.5%。", MISSED, "partial"),  # 2.5 of 3: most of the way
        ("2024年全市单位GDP能耗下降1%。", MISSED, "missed"),
        ("2024年全市单位GDP能耗增长3.2%。", MISSED, "missed"),  # a rise never meets a fall
    ],
)
def test_a_falling_target_is_met_by_a_fall_at_least_as_deep(outcome, relation, status):
    # 降低3%以上: a rate at most −3.
    target = as_extracted("2024年全市单位GDP能耗降低3%以上。", date(2024, 1, 20))
    assert (target.indicator, target.comparator, target.falls) == (ENERGY, "at_least", True)
    reported = as_extracted(outcome, date(2025, 1, 20))
    link = relate(target, reported)
    assert link is not None and link.relation == relation
    result = status_of(target, (relation, reported))
    assert result.status == status
    assert "目标：单位生产总值能耗 下降3%" in result.explanation
    assert "目标为下降" in result.explanation


@pytest.mark.parametrize(
    ("comparator", "value_max", "reported", "met"),
    [
        ("about", None, "-1.6", True),  # 下降2%左右: about −2, met from −1.5 down
        ("about", None, "-1.4", False),
        ("about", None, "1", False),
        ("range", "3", "-2.5", True),  # 下降2%-3%: between −3 and −2
        ("range", "3", "-3.5", False),
        ("range", "3", "-1.5", False),
        ("more_than", None, "-2", False),  # 下降超过2%: below −2
        ("more_than", None, "-2.1", True),
        ("at_most", None, "-1", True),  # 降幅2%以内: a rate at least −2
        ("at_most", None, "-2.5", False),
    ],
)
def test_a_falling_targets_comparator_is_mirrored(comparator, value_max, reported, met):
    target = percent(2, comparator=comparator, value_max=value_max, measure="growth",
                     indicator=ENERGY, falls=True)  # fmt: skip
    assert meets(target, Decimal(reported))[0] is met


def test_a_deeper_fall_than_about_exceeds_a_falling_target():
    target = percent(2, comparator="about", measure="growth", indicator=ENERGY, falls=True)
    deep = percent(3, comparator="exactly", measure="growth", indicator=ENERGY, falls=True)
    near = percent("1.8", comparator="exactly", measure="growth", indicator=ENERGY, falls=True)
    assert status_of(target, (FULFILS, deep)).status == "exceeded"
    assert status_of(target, (FULFILS, near)).status == "achieved"


def test_a_fall_and_a_rise_of_the_same_size_conflict():
    rise = percent("4.6", comparator="exactly", measure="growth", indicator="地区生产总值")
    fall = percent("4.6", comparator="exactly", measure="growth", indicator="地区生产总值",
                   falls=True)  # fmt: skip
    written_negative = percent("-4.6", comparator="exactly", measure="growth",
                               indicator="地区生产总值")  # fmt: skip
    assert is_conflict(rise, fall)
    assert not is_conflict(fall, written_negative)  # the same figure, written two ways
    assert not is_conflict(fall, percent("4.6", comparator="exactly", measure="growth",
                                         indicator="地区生产总值", falls=True))  # fmt: skip


def test_a_target_restated_as_a_fall_is_a_revision():
    kw = {"comparator": "at_least", "measure": "growth", "indicator": ENERGY}
    earlier = percent(3, published_on=date(2024, 1, 20), falls=True, **kw)
    same = percent(3, published_on=date(2024, 3, 1), falls=True, **kw)
    rise = percent(3, published_on=date(2024, 3, 1), **kw)
    assert not is_revision(earlier, same)
    assert is_revision(earlier, rise)


@pytest.mark.parametrize(
    "result",
    [
        "2024年全市财政总收入超过600亿元。",
        "2024年全市财政总收入突破600亿元。",
        "2024年全市财政总收入逾600亿元。",
        "2024年全市财政总收入600余亿元。",
    ],
)
def test_a_mark_passed_meets_a_target_to_pass_the_same_mark(result):
    # 突破600亿元 asks for more than 600; a report that the total passed 600 (超过, 突破, 逾,
    # 余) says just that, so the target is met (achieved: the mark, not 5 % above it).
    target = as_extracted("力争2024年全市财政总收入突破600亿元。", date(2024, 1, 20))
    outcome = as_extracted(result, date(2025, 1, 20))
    assert (target.comparator, outcome.comparator) == ("more_than", "more_than")
    assert relate(target, outcome).relation == FULFILS
    assert status_of(target, (FULFILS, outcome)).status == "achieved"


def test_a_mark_reached_or_passed_lower_does_not_meet_a_target_to_pass_it():
    target = as_extracted("力争2024年全市财政总收入突破600亿元。", date(2024, 1, 20))
    reached = as_extracted("2024年全市财政总收入达到600亿元。", date(2025, 1, 20))
    lower = as_extracted("2024年全市财政总收入超过590亿元。", date(2025, 1, 20))
    assert relate(target, reached).relation == MISSED
    assert status_of(target, (MISSED, reached)).status == "partial"
    assert relate(target, lower).relation == MISSED


@pytest.mark.parametrize("name", ["万元生产总值能耗", "万元GDP能耗", "单位地区生产总值能耗"])
def test_energy_per_unit_of_output_in_any_usual_spelling_meets_its_target(name):
    target = as_extracted("2024年全市单位GDP能耗下降3%左右。", date(2024, 1, 20))
    outcome = as_extracted(f"2024年全市{name}下降3.2%。", date(2025, 1, 20))
    assert target.indicator == outcome.indicator == "单位生产总值能耗"
    assert relate(target, outcome).relation == FULFILS


def test_an_estimate_names_its_indicator_across_the_word_of_estimate():
    # 2024年全区生产总值预计超过800亿元: 预计 between the name and the figure, as 将 may be
    estimate = as_extracted("2024年全区生产总值预计超过800亿元。", date(2024, 12, 20))
    target = as_extracted("2025年全区生产总值力争达到900亿元。", date(2025, 1, 20))
    assert estimate.indicator == target.indicator == "地区生产总值"
    assert relate(target, estimate).relation == BASELINE


Y2025_2027 = (date(2025, 1, 1), date(2027, 12, 31))
Y2021_2024 = (date(2021, 1, 1), date(2024, 12, 31))


def test_the_year_before_a_level_aimed_at_over_several_years_is_its_baseline():
    # 今后三年…到2027年生产总值超过1200亿元 is the level of the last year: 2024's 900亿元 is
    # its baseline, as the year before a one-year target is.
    target = figure(1200, indicator="地区生产总值", comparator="more_than", period=Y2025_2027)
    year_before = figure(900, indicator="地区生产总值", comparator="exactly", period=Y2024)
    assert relate(target, year_before).relation == BASELINE
    # a span of years before it is no year's level; a growth rate aimed over the years is
    # no level (its baseline is the same span before)
    span_before = figure(900, indicator="地区生产总值", comparator="exactly", period=Y2021_2024)
    assert relate(target, span_before) is None
    growth = percent(8, indicator="地区生产总值", measure="growth", period=Y2025_2027)
    assert relate(growth, percent(7, indicator="地区生产总值", measure="growth")) is None
