"""Round 33's dating inside a five-year review and its ranks, on sentences of our own
(docs/QUALITY.md, "Round 33: the tuning sets' leftovers").

In a review of several years a count of what was done right before 超过 or 突破 (留省就业超过66万人)
is a figure of those years, as before 超 it already was; a level reached stays its last year's, and
so do the units a review counts as meeting a standard (90家县级医院达到三级医院水平)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)
REVIEW = "一、过去五年工作回顾\n过去五年，我们坚定推动高质量发展。"
OVER_THE_YEARS = (dt.date(2026, 1, 1), dt.date(2030, 12, 31))
LAST_YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))


def _dated(text: str) -> list[tuple[Decimal, str, tuple[dt.date | None, dt.date | None]]]:
    return [
        (i.value, i.unit, (i.period_start, i.period_end))
        for i in extracted(REVIEW + text, REPORT_DAY, "day")
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("全市高校毕业生留市就业超过52万人。", (Decimal(52), "万人")),
        ("全市中欧班列开行突破5000列。", (Decimal(5000), "列")),
    ],
)
def test_what_was_done_counted_past_a_mark_in_a_review_is_over_its_years(text, figure):
    assert _dated(text) == [(*figure, OVER_THE_YEARS)]


def test_people_in_work_and_a_rate_of_it_are_the_last_years():
    assert _dated("全市就业人员达到520万人。") == [(Decimal(520), "万人", LAST_YEAR)]
    assert _dated("全市高校毕业生就业率超过95%。") == [(Decimal(95), "%", LAST_YEAR)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("医疗能力持续提升，36家县级医院达到三级医院水平。", (Decimal(36), "家")),
        ("办学条件明显改善，28所中学达到省级示范标准。", (Decimal(28), "所")),
    ],
)
def test_units_meeting_a_standard_in_a_review_are_the_last_years(text, figure):
    assert _dated(text) == [(*figure, LAST_YEAR)]
    # (what was built is counted over the years)
    assert _dated("全市新建县级医院36家。") == [(Decimal(36), "家", OVER_THE_YEARS)]


def test_jiang_marking_what_was_spent_in_a_review_is_no_intent():
    (item,) = extracted(REVIEW + "全市每年将七成以上的财力用于民生。", REPORT_DAY, "day")
    assert (item.kind, item.value, item.unit) == ("evidence", Decimal(7), "成")
    # (among the year's targets the same words are a commitment, by the year they name)
    (item,) = extracted("二、2031年主要目标\n今年将新增财力的七成用于民生。", REPORT_DAY, "day")
    assert (item.kind, item.value) == ("commitment", Decimal(7))


def test_the_rank_of_a_rate_a_target_was_met_at_in_a_review_is_over_its_years():
    (item,) = extracted(REVIEW + "全市新建口袋公园目标完成率全国第一。", REPORT_DAY, "day")
    assert (item.kind, item.value, (item.period_start, item.period_end)) == (
        "evidence", Decimal(1), OVER_THE_YEARS,
    )  # fmt: skip
    # (a standing in a review is still its last year's)
    (item,) = extracted(REVIEW + "全市口袋公园数量居全省第一。", REPORT_DAY, "day")
    assert (item.period_start, item.period_end) == LAST_YEAR


@pytest.mark.parametrize("opening", ["刚刚过去的2030年，", "在刚刚过去的2030年，", "过去的2030年"])
def test_a_year_opening_a_paragraph_after_the_review_frames_it(opening):
    text = f"这五年，全市生产总值年均增长5%。\n{opening}我们迎难而上。全市生产总值增长5.6%。"
    assert _dated(text)[-1] == (Decimal("5.6"), "%", LAST_YEAR)
    # (a year named inside a sentence of the review dates that sentence only)
    text = "这五年，旅游业成为大产业，2030年游客超5000万人次。全市生产总值增长38%。"
    assert _dated(text)[-1] == (Decimal(38), "%", OVER_THE_YEARS)


def test_the_span_a_record_is_set_against_dates_nothing():
    text = (
        "一、2030年工作回顾\n全市粮食产量120万吨，创2008年以来最高水平。"
        "全市农业科技进步贡献率超70%。新建深水网箱800个。"
    )
    found = [(i.value, (i.period_start, i.period_end)) for i in extracted(text, REPORT_DAY, "day")]
    assert found == [(Decimal(120), LAST_YEAR), (Decimal(70), LAST_YEAR), (Decimal(800), LAST_YEAR)]
    # (a run from a year opening its sentence still dates what follows)
    (item,) = extracted("2008年以来，全市新建网箱3万个。", REPORT_DAY, "day")
    assert item.period_start == dt.date(2008, 1, 1)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("发布重大行政决策事项260件。", (Decimal(260), "件")),
        ("召开新闻发布会310场。", (Decimal(310), "场")),
        ("出台地方性法规42件。", (Decimal(42), "件")),
    ],
)
def test_acts_issued_or_held_in_a_review_are_counted_over_its_years(text, figure):
    assert _dated(text) == [(*figure, OVER_THE_YEARS)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("全市召开新闻发布会310场。", (Decimal(310), "场")),
        ("新一轮对口协作投入帮扶资金80亿元。", (Decimal(80), "亿元")),
        ("甲航天港海上发射卫星37颗。", (Decimal(37), "颗")),
    ],
)
def test_a_verb_of_doing_after_its_subject_counts_over_the_years(text, figure):
    assert _dated(text) == [(*figure, OVER_THE_YEARS)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("全市国家生态文明建设示范区12个。", (Decimal(12), "个")),
        ("全市历史遗留问题化解率99.5%。", (Decimal("99.5"), "%")),
    ],
)
def test_a_designation_or_a_rate_named_by_a_verb_is_the_last_years(text, figure):
    assert _dated(text) == [(*figure, LAST_YEAR)]


def test_a_level_a_change_reached_in_a_review_is_the_last_years():
    found = _dated("全市服务业对经济增长贡献率提升至58.2%。")
    assert found == [(Decimal("58.2"), "%", LAST_YEAR)]
    # (a growth over the years stays theirs)
    assert _dated("全市服务业增加值年均增长6%。") == [(Decimal(6), "%", OVER_THE_YEARS)]


def test_those_a_scheme_covers_in_a_review_are_the_last_years():
    found = _dated("全市职业伤害保障试点覆盖85万名新就业形态劳动者。")
    assert found == [(Decimal(85), "万名", LAST_YEAR)]
    # (those a measure reached are counted over the years)
    assert _dated("全市技能培训惠及85万人。") == [(Decimal(85), "万人", OVER_THE_YEARS)]


def test_grades_listed_inside_one_name_are_no_members():
    found = _dated("引进央企二、三级子公司超300家。")
    assert found == [(Decimal(300), "家", OVER_THE_YEARS)]
    # (members listed before a mark passed each pass it, still)
    assert len(_dated("甲市、乙市经济总量突破千亿元。")) == 2


def test_an_amount_cut_in_a_review_is_over_its_years():
    found = _dated("压减地下水开采量8.5亿立方米。")
    assert found == [(Decimal("8.5"), "亿立方米", OVER_THE_YEARS)]


def test_the_share_of_units_a_review_brought_to_a_state_is_the_last_years():
    found = _dated("全市治理河道120公里，62%的城市污水处理厂完成提标改造。")
    assert found == [
        (Decimal(120), "公里", OVER_THE_YEARS),
        (Decimal(62), "%", LAST_YEAR),
    ]


def test_every_year_of_another_clause_does_not_hold_a_mark_passed():
    found = _dated("每年实施15项民生实事，财政民生支出突破3000亿元。")
    assert found == [(Decimal(15), "项", OVER_THE_YEARS), (Decimal(3000), "亿元", LAST_YEAR)]
    # (每年 in the figure's own clause keeps it over the years)
    assert _dated("每年民生支出超过3000亿元。") == [(Decimal(3000), "亿元", OVER_THE_YEARS)]


def test_ranks_shared_out_after_a_list_of_growths_are_no_items():
    text = "一、2030年工作回顾\n全市一产、二产增加值分别增长6%、5.2%，分别居全省第二、第七。"
    found = [(i.value, i.unit) for i in extracted(text, REPORT_DAY, "day")]
    assert found == [(Decimal(6), "%"), (Decimal("5.2"), "%")]
    # (the ranks of listed amounts are items)
    text = "一、2030年工作回顾\n全市粮食、蔬菜产量分别居全省第三、第五。"
    assert [i.value for i in extracted(text, REPORT_DAY, "day")][:1] == [Decimal(3)]
