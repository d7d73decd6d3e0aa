"""Each extraction rule on a small text of its own (pure, no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.text.extracted import extracted
from tracker.text.extract import extract

AUG_2024 = date(2024, 8, 21)
JUL_2024 = date(2024, 7, 1)
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))


def items(text: str, published_on: date | None = AUG_2024, precision: str = "day", **options):
    return extracted(text, published_on, precision, **options)


def facts(item):
    return (
        item.kind,
        item.value,
        item.unit,
        item.comparator,
        item.measure,
        item.indicator,
        (item.period_start, item.period_end),
    )


# (name, text, published_on, expected facts of every item, in order)
CASES = [
    (
        "two_targets_in_one_list",
        "确保全年建立不少于1000家的高新技术后备企业库、新增300家高企的目标全面完成。",
        AUG_2024,
        [
            ("commitment", Decimal(1000), "家", "at_least", "level", "高新技术后备企业数", Y2024),
            ("commitment", Decimal(300), "家", "at_least", "level", "新增高新技术企业数", Y2024),
        ],
    ),
    (
        "second_half_investment",
        "下半年固定资产投资要完成163.8亿元。",
        AUG_2024,
        [
            (
                "commitment",
                Decimal("163.8"),
                "亿元",
                "at_least",
                "level",
                "固定资产投资",
                (date(2024, 7, 1), date(2024, 12, 31)),
            ),
        ],
    ),
    (
        "intensity_and_break_through",
        "力争全年全社会研发投入强度达到10.09%,技术合同成交额突破170.5亿元。",
        AUG_2024,
        [
            ("commitment", Decimal("10.09"), "%", "at_least", "share", "研发投入强度", Y2024),
            ("commitment", Decimal("170.5"), "亿元", "more_than", "level", "技术合同成交额", Y2024),
        ],
    ),
    (
        "third_quarter",
        "要在第三季度完成10个在谈项目正式签约。",
        AUG_2024,
        [
            (
                "commitment",
                Decimal(10),
                "个",
                "at_least",
                "level",
                "签约项目数",
                (date(2024, 7, 1), date(2024, 9, 30)),
            ),
        ],
    ),
    (
        "growth_target",
        "2023年郑州高新区力争生产总值增长 10%。",
        date(2023, 1, 16),
        [("commitment", Decimal(10), "%", "at_least", "growth", "地区生产总值", Y2023)],
    ),
    (
        "bare_hundred_million_of_capital",
        "力争引入160 家创投机构,资本规模达到2000亿。",
        date(2023, 1, 16),
        [
            ("commitment", Decimal(160), "家", "at_least", "level", "新增创投机构数", Y2023),
            ("commitment", Decimal(2000), "亿", "at_least", "level", "资本管理规模", Y2023),
        ],
    ),
    (
        "reported_full_year_of_a_running_year_is_last_year",
        "成功入选省级示范区;全年技术合同交易额完成136亿元。",
        JUL_2024,
        [("evidence", Decimal(136), "亿元", "exactly", "level", "技术合同成交额", Y2023)],
    ),
    (
        "count_and_growth_share_the_indicator",
        "去年新增省级瞪羚企业27家,同比增长42%。",
        JUL_2024,
        [
            ("evidence", Decimal(27), "家", "exactly", "level", "新增瞪羚企业数", Y2023),
            ("evidence", Decimal(42), "%", "exactly", "growth", "新增瞪羚企业数", Y2023),
        ],
    ),
    (
        "explicit_past_year",
        "据介绍,2022年全年对企业兑现总奖补金额达到 5.13亿元。",
        date(2023, 1, 16),
        [
            (
                "evidence",
                Decimal("5.13"),
                "亿元",
                "exactly",
                "level",
                "奖补资金",
                (date(2022, 1, 1), date(2022, 12, 31)),
            ),
        ],
    ),
    (
        "cumulative_is_as_of_the_article",
        "质押融资累计20469万元。",
        date(2021, 2, 26),
        [
            (
                "evidence",
                Decimal(20469),
                "万元",
                "exactly",
                "level",
                "知识产权质押融资额",
                (None, date(2021, 2, 26)),
            ),
        ],
    ),
    (
        "rank_with_a_unit",
        "在2020年度国家高新区综合评价中,郑州高新区位列全国第 17位。",
        date(2021, 2, 26),
        [
            (
                "evidence",
                Decimal(17),
                "位",
                "exactly",
                "rank",
                None,
                (date(2020, 1, 1), date(2020, 12, 31)),
            ),
        ],
    ),
    (
        "rank_written_as_an_ordinal",
        "在2020年知识产权年度考核中高新区居全市第一。",
        date(2021, 2, 26),
        [
            (
                "evidence",
                Decimal(1),
                "",
                "exactly",
                "rank",
                None,
                (date(2020, 1, 1), date(2020, 12, 31)),
            ),
        ],
    ),
    (
        "comparison_period_is_not_the_figures",
        "预计今年一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。",
        date(2024, 3, 5),
        [("commitment", Decimal("28.5"), "万亿元", "at_least", "level", None, Y2024)],
    ),
    (
        "as_of_words_carry_through_the_sentence",
        "目前,高新区共有院士21人,中原英才计划28人。",
        JUL_2024,
        [
            ("evidence", Decimal(21), "人", "exactly", "level", None, (None, JUL_2024)),
            ("evidence", Decimal(28), "人", "exactly", "level", None, (None, JUL_2024)),
        ],
    ),
    (
        "since_start_of_year",
        "今年以来已经通过审核的4个专项债项目。",
        AUG_2024,
        [
            (
                "evidence",
                Decimal(4),
                "个",
                "exactly",
                "level",
                "专项债项目数",
                (date(2024, 1, 1), AUG_2024),
            ),
        ],
    ),
    (
        "main_is_not_a_force_word",
        "2023年主要产品产量达到5万吨。",
        AUG_2024,
        [("evidence", Decimal(5), "万吨", "exactly", "level", None, Y2023)],
    ),
    (
        "review_years_from_a_to_b",
        "过去五年,城镇化率从60.2%提高到65.2%。",
        date(2023, 3, 5),
        [
            (
                "evidence",
                Decimal("60.2"),
                "%",
                "exactly",
                "share",  # 城镇化率 is a share; both figures of 从…到 name it
                "常住人口城镇化率",
                (date(2017, 1, 1), date(2017, 12, 31)),
            ),
            (
                "evidence",
                Decimal("65.2"),
                "%",
                "exactly",
                "share",  # 城镇化率 is a share; both figures of 从…到 name it
                "常住人口城镇化率",
                (date(2022, 1, 1), date(2022, 12, 31)),
            ),
        ],
    ),
    (
        "indicator_must_stand_next_to_its_figure",
        "促成企业与新型研发机构达成合作意向20余项。",
        JUL_2024,
        [("evidence", Decimal(20), "项", "more_than", "level", None, (None, JUL_2024))],
    ),
    (
        "growth_after_a_relative_target_inherits",
        "确保全年GDP增速高于全市1个百分点达到7.5%。",
        AUG_2024,
        [
            ("commitment", Decimal(1), "个百分点", "at_least", "growth", "地区生产总值", Y2024),
            ("commitment", Decimal("7.5"), "%", "at_least", "growth", "地区生产总值", Y2024),
        ],
    ),
    (
        "year_end_takes_the_sentences_year",
        "2022年城镇新增就业1206万人,年末城镇调查失业率降到5.5%。",
        date(2023, 3, 5),
        [
            (
                "evidence",
                Decimal(1206),
                "万人",
                "exactly",
                "level",
                "城镇新增就业人数",
                (date(2022, 1, 1), date(2022, 12, 31)),
            ),
            (
                "evidence",
                Decimal("5.5"),
                "%",
                "exactly",
                "share",
                "城镇调查失业率",
                (date(2022, 12, 31), date(2022, 12, 31)),
            ),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "published_on", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_rule(text, published_on, expected):
    assert [facts(item) for item in items(text, published_on)] == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("力争全年与企业共同完成投资10亿元。", "commitment"),
        ("力争全年为了解决用地新增投资10亿元。", "commitment"),
        ("全市需要关注的是,2023年新增投资10亿元。", "evidence"),
        ("2023年重要产品产量达到5万吨。", "evidence"),
        ("2025年拟安排投资10亿元。", "commitment"),
        ("2023年模拟测算投资10亿元。", "evidence"),
        ("力争全年累计投资10亿元,目前已完成6亿元。", "evidence"),
    ],
    ids=["gongtong", "liaojie", "xuyao", "zhongyao", "ni", "moni", "last_word_wins"],
)
def test_force_and_report_words_are_whole_words(text, kind):
    assert items(text)[-1].kind == kind


def test_subject_is_the_place_at_the_head_of_the_sentence_or_the_articles():
    text = "2023年郑州高新区力争生产总值增长10%。新增省级瞪羚企业27家。制约河南发展的短板补齐3项。"
    first, second, third = items(text, published_on=date(2023, 1, 16))
    assert first.subject == second.subject == third.subject == "郑州高新区"
    (alone,) = items("力争全年新增300家高企。")
    assert alone.subject == ""


def test_a_place_the_subject_was_chosen_for_is_not_the_subject():
    text = "郑州高新区2023年工作总结。成功入选河南省首批示范区;全年技术合同交易额完成136亿元。"
    (figure,) = items(text, published_on=date(2024, 1, 16))
    assert figure.subject == "郑州高新区"


def test_a_class_of_places_is_no_subject():
    # 地级及以上城市 and 县级以上 name every such place, not one: 上城 is no subject here
    text = "地级及以上城市空气质量优良天数比率达到87%。县级以上城市污水处理率达到95%。"
    assert [item.subject for item in items(text, published_on=date(2023, 3, 5))] == ["", ""]


def test_a_place_named_in_a_later_sentence_is_not_the_subject_of_earlier_figures():
    text = "全年生产总值增长6%。粮食产量增长2%。洛阳市新增高新技术企业120家。"
    first, second, third = items(text, published_on=date(2024, 1, 20))
    assert (first.subject, second.subject, third.subject) == ("", "", "洛阳市")


def test_a_price_rise_and_a_per_capita_figure_keep_their_own_indicators():
    text = (
        "全年全市居民消费价格比上年上涨1.6%。全年人均地区生产总值76000元，比上年增长5.9%。"
        "全年生产总值增长6%，公共财政预算收入增长8%。"
    )
    found = items(text, published_on=date(2024, 3, 1))
    assert [(item.value, item.indicator) for item in found] == [
        (Decimal("1.6"), "居民消费价格涨幅"),
        (Decimal("76000"), "人均地区生产总值"),
        (Decimal("5.9"), "人均地区生产总值"),
        (Decimal("6"), "地区生产总值"),
        (Decimal("8"), "一般公共预算收入"),
    ]


def test_the_second_figure_of_a_change_from_one_to_another_names_the_first_ones_indicator():
    (before, after) = items("五年来,常住人口城镇化率从51.2%提高到57.6%。", date(2023, 2, 1))
    assert before.indicator == after.indicator == "常住人口城镇化率"
    assert before.measure == after.measure == "share"


def test_case_names_are_unique():
    names = [case[0] for case in CASES]
    assert len(names) == len(set(names))


def test_dated_deliverable_without_a_number():
    text = (
        "8月底前出台《郑州高新区“抓大育小”企业培育行动方案》"
        "《高新技术企业培育工作方案(2024—2026年)》,持续强化梯次培育。"
    )
    (item,) = items(text)
    assert item.kind == "commitment"
    assert item.commitment_kind == "deliverable"
    assert item.value is None
    assert item.deadline == date(2024, 8, 31)
    assert item.quote.startswith("8月底前出台《")
    assert "2024—2026年" in item.quote  # inside the title: not the period


@pytest.mark.parametrize(
    "text",
    [
        "要确保总投资10亿元的机械研究所二期等项目尽快开工建设。",
        "争取某公司年产2万台处理器与8000套智能云柜建设。",
        "郑州高新区获批我省首批10家省科技成果转化示范区。",
        "由多家单位相关负责人组成的13人调研组到高新区专题调研。",
        "锚定奋斗目标,以10个方面50项重点工作为抓手。",
        "当天的会议采取1个管委会主会场加5个办事处分会场的模式召开。",
        "前不久,《支持算力产业发展的十条措施》重磅发布。",
        "未来有望打造新的百亿乃至千亿产业集群。",
    ],
    ids=[
        "investment_naming_a_project",
        "capacity_naming_a_project",
        "size_of_a_list_joined",
        "meeting_logistics",
        "means_not_target",
        "meeting_venues",
        "number_inside_a_title",
        "hope_and_scale_words",
    ],
)
def test_figures_that_are_not_claims_are_skipped(text):
    assert items(text) == []


def test_annual_output_is_not_a_project_capacity():
    found = items(
        "2023年全县粮食年产量达到52万吨,茶叶年产值18.6亿元。", published_on=date(2024, 2, 1)
    )
    assert [(item.kind, item.value, item.unit) for item in found] == [
        ("evidence", Decimal(52), "万吨"),
        ("evidence", Decimal("18.6"), "亿元"),
    ]


def test_production_capacity_of_a_country_is_not_a_project_name():
    (item,) = items("力争粮食综合生产能力保持在6.5亿吨以上。")
    assert (item.value, item.unit, item.comparator) == (Decimal("6.5"), "亿吨", "at_least")


def test_difference_to_another_figure_is_not_an_item():
    found = items("下半年固定资产投资要完成163.8亿元,相比上半年增加30亿元。")
    assert [item.value for item in found] == [Decimal("163.8")]


def test_change_of_a_rate_against_last_year_is_not_an_item():
    text = "2023年末城镇化率58.2%,比上年末提高1.1个百分点;研发投入强度2.4%,较上年下降0.1个百分点。"
    found = items(text, published_on=date(2024, 3, 1))
    assert [(item.value, item.unit) for item in found] == [
        (Decimal("58.2"), "%"),
        (Decimal("2.4"), "%"),
    ]


def test_a_count_of_milestones_is_not_an_item():
    found = items(
        "五年来全市经济总量连续跨越三个千亿元台阶,达到4500亿元。", published_on=date(2024, 1, 20)
    )
    assert [(item.value, item.unit) for item in found] == [(Decimal(4500), "亿元")]


def test_a_size_class_of_projects_is_not_an_item():
    text = "2024年新开工项目46个,其中10亿元以上项目5个、5000万元以上企业12家。"
    found = items(text, published_on=date(2025, 1, 20))
    assert [(item.value, item.unit) for item in found] == [
        (Decimal(46), "个"),
        (Decimal(5), "个"),
        (Decimal(12), "家"),
    ]


def test_unknown_date_keeps_the_period_relative():
    (item,) = items("力争全年新增300家高企。", published_on=None, precision="unknown")
    assert item.kind == "commitment"
    assert item.period_relative
    assert (item.period_start, item.period_end) == (None, None)
    assert item.confidence < 0.9


def test_as_of_with_a_month_precision_ends_at_the_months_end():
    (item,) = items("目前共有院士21人。", published_on=date(2024, 7, 1), precision="month")
    assert (item.period_start, item.period_end) == (None, date(2024, 7, 31))


def test_as_of_with_only_a_year_is_relative():
    (item,) = items("目前共有院士21人。", published_on=date(2024, 1, 1), precision="year")
    assert item.period_end is None
    assert item.period_relative


def test_since_and_until_make_one_period():
    text = "自2019年9月20日平台正式上线发布以来,截止到2020年5月底,平台交易总额累计950余万元。"
    (item,) = items(text, published_on=date(2020, 6, 12))
    assert (item.period_start, item.period_end) == (date(2019, 9, 20), date(2020, 5, 31))
    assert item.is_cumulative
    assert item.comparator == "more_than"


def test_paragraph_period_carries_to_later_sentences_but_event_dates_do_not():
    text = (
        "去年以来,高新区加强产业建设。19家企业入选链主企业。\n"
        "2023年5月,双方签订协议。引进国家杰青6人。"
    )
    first, second = items(text, published_on=date(2024, 7, 1))
    assert first.period_start == date(2023, 1, 1)
    assert (second.period_start, second.period_end) == (None, date(2024, 7, 1))


def test_lead_sentence_announces_targets_for_its_section():
    text = "“十四五”时期经济社会发展主要目标：\n经济发展取得新成效。常住人口城镇化率提高到65%。"
    (item,) = items(text, published_on=date(2021, 3, 11))
    assert item.kind == "commitment"
    assert (item.period_start, item.period_end) == (date(2021, 1, 1), date(2025, 12, 31))


def test_numbered_heading_sets_the_year_of_its_section():
    text = "三、2025年政府工作任务\n继续提高城乡居民基础养老金最低标准20元。"
    (item,) = items(text, published_on=date(2024, 12, 20))
    assert item.kind == "commitment"
    assert (item.period_start, item.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_title_year_frames_full_year_and_year_end():
    text = "全年粮食产量69541万吨。年末全国人口140967万人。"
    grain, people = items(text, published_on=date(2024, 2, 29), title="2023年统计公报")
    assert grain.kind == people.kind == "evidence"
    assert (grain.period_start, grain.period_end) == Y2023
    assert people.period_end == date(2023, 12, 31)


def test_opening_year_frames_a_text_without_title_or_date():
    text = (
        "2023年,全镇上下克难奋进,经济运行稳中有进。\n"
        "全年完成地区生产总值85.6亿元,比上年增长6.2%。\n"
        "年末户籍人口12.3万人。1-6月新增市场主体420户。"
    )
    gdp, growth, people, firms = items(text, published_on=None, precision="unknown")
    assert [gdp.kind, growth.kind, people.kind, firms.kind] == ["evidence"] * 4
    assert (gdp.period_start, gdp.period_end) == Y2023
    assert (growth.period_start, growth.period_end) == Y2023
    assert (people.period_start, people.period_end) == (date(2023, 12, 31), date(2023, 12, 31))
    assert (firms.period_start, firms.period_end) == (date(2023, 1, 1), date(2023, 6, 30))


def test_opening_year_may_follow_a_short_lead_sentence():
    text = "园区经济持续回升。2024年1-9月实现营业收入32亿元。\n全年引进项目18个。"
    _, projects = items(text, published_on=None, precision="unknown")
    assert (projects.period_start, projects.period_end) == Y2024


def test_a_year_aimed_at_in_the_opening_frames_nothing():
    text = "到2027年,全县力争建成5个现代农业园区。\n全年新增市场主体300户。"
    _, firms = items(text, published_on=None, precision="unknown")
    assert firms.period_relative
    assert (firms.period_start, firms.period_end) == (None, None)


def test_completion_rate_of_the_target_is_a_report():
    text = "2023年全区完成税收收入12.6亿元,同比增长5.1%,完成目标任务的103.2%。"
    found = items(text, published_on=date(2024, 1, 20))
    assert [(item.value, item.kind) for item in found] == [
        (Decimal("12.6"), "evidence"),
        (Decimal("5.1"), "evidence"),
        (Decimal("103.2"), "evidence"),
    ]
    assert all((item.period_start, item.period_end) == Y2023 for item in found)


def test_an_aim_named_as_a_noun_is_no_force_word():
    text = "2024年,园区围绕“建设一流园区”目标,新设产业基金5支。"
    (item,) = items(text, published_on=date(2025, 1, 15))
    assert item.kind == "evidence"
    assert (item.period_start, item.period_end) == Y2024


def test_an_estimate_for_a_year_already_over_is_a_report():
    text = "2024年1-10月实现营业收入41.2亿元,全年预计实现营业收入50亿元。"
    first, estimate = items(text, published_on=date(2025, 1, 10))
    assert first.kind == estimate.kind == "evidence"
    assert (estimate.value, estimate.period_start, estimate.period_end) == (Decimal(50), *Y2024)


def test_an_estimate_without_a_date_is_not_a_target():
    text = "2024年1-10月实现营业收入41.2亿元,全年预计实现营业收入50亿元。"
    _, estimate = items(text, published_on=None, precision="unknown")
    assert estimate.kind == "evidence"
    assert (estimate.period_start, estimate.period_end) == Y2024


def test_an_estimate_for_the_running_year_is_a_target_even_after_a_report_word():
    text = "1-10月已实现营业收入41.2亿元,预计全年实现营业收入50亿元。"
    done, estimate = items(text, published_on=date(2024, 11, 10))
    assert done.kind == "evidence"
    assert estimate.kind == "commitment"
    assert (estimate.period_start, estimate.period_end) == Y2024


def test_a_force_word_reaches_only_to_the_next_semicolon():
    text = "上半年力争营业收入增长10%;1-5月完成固定资产投资18.3亿元,同比增长6%。"
    target, investment, growth = items(text, published_on=date(2024, 6, 20))
    assert target.kind == "commitment"
    assert investment.kind == growth.kind == "evidence"
    assert (investment.period_start, investment.period_end) == (date(2024, 1, 1), date(2024, 5, 31))


def test_a_lead_announcing_targets_holds_across_semicolons():
    text = "今年主要目标是:地区生产总值增长6%左右;城镇新增就业1.2万人。"
    growth, jobs = items(text, published_on=None, precision="unknown")
    assert growth.kind == jobs.kind == "commitment"


def test_headline_repeating_a_body_figure_is_dropped():
    text = (
        "千方百计扩大投资,下半年固定资产投资完成163.8亿元\n"
        "要紧盯目标任务。下半年固定资产投资要完成163.8亿元。"
    )
    (item,) = items(text)
    assert item.quote == "下半年固定资产投资要完成163.8亿元"


def test_quotes_strip_slogans_and_titles_from_force_words():
    (item,) = items("目前高新区有国家“万人计划”专家15人。", published_on=JUL_2024)
    assert item.kind == "evidence"


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list(
                "力争全年新增达到突破完成亿万元家个%。，；、：\n0123456789高企今去年底前月以来累计《》“”"
            )
        ),
        max_size=80,
    )
)
def test_never_raises_and_quotes_always_point_into_the_text(text):
    for item in extract(text, published_on=AUG_2024, precision="day"):
        assert text[item.start : item.end] == item.quote
        assert item.end > item.start
        if item.period_start and item.period_end:
            assert item.period_start <= item.period_end


def test_a_verb_of_effort_reaches_only_to_the_end_of_its_clause():
    review = "2023年,全区上下努力克服困难,地区生产总值达到320亿元、增长5.1%。"
    gdp, growth = items(review, published_on=date(2024, 1, 25))
    assert gdp.kind == growth.kind == "evidence"
    assert (gdp.period_start, gdp.period_end) == Y2023
    (target,) = items("今年努力实现营业收入增长8%。", published_on=date(2024, 1, 25))
    assert target.kind == "commitment"


def test_funds_obtained_from_above_are_reported_or_planned_by_their_period():
    review = "2024年,全县向上争取中央和省级资金12.5亿元,储备项目180个。"
    funds, projects = items(review, published_on=date(2025, 2, 10))
    assert funds.kind == projects.kind == "evidence"
    assert (funds.period_start, funds.period_end) == Y2024
    (plan,) = items("2025年争取上级资金15亿元。", published_on=date(2025, 1, 10))
    assert plan.kind == "commitment"
    (target,) = items("争取新增高新技术企业20家。", published_on=date(2025, 1, 10))
    assert target.kind == "commitment"


def test_missed_or_beaten_expectations_are_no_force_word():
    text = "2024年,年度重点工作完成40项,未达预期5项。经济增长好于预期,地区生产总值增长6.3%。"
    done, missed, growth = items(text, published_on=date(2025, 1, 20))
    assert [done.kind, missed.kind, growth.kind] == ["evidence"] * 3
    assert (missed.value, missed.period_start, missed.period_end) == (Decimal(5), *Y2024)


def test_this_five_years_opens_a_review_whose_levels_are_its_last_years():
    text = (
        "这五年,全市经济实力显著增强。地区生产总值跨上2000亿元台阶,年均增长6.2%,"
        "累计完成固定资产投资5800亿元,常住人口城镇化率达到61.5%。"
    )
    level, growth, total, share = items(text, published_on=date(2026, 2, 1))
    five_years = (date(2021, 1, 1), date(2025, 12, 31))
    assert [level.kind, growth.kind, total.kind, share.kind] == ["evidence"] * 4
    assert (level.value, level.unit, level.period_start, level.period_end) == (
        Decimal(2000),
        "亿元",
        date(2025, 1, 1),
        date(2025, 12, 31),
    )
    assert (growth.period_start, growth.period_end) == five_years
    assert (total.period_start, total.period_end) == five_years
    assert (share.period_start, share.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_plan_heading_gives_its_section_the_plans_years():
    text = (
        "二、“十五五”时期主要目标\n"
        "综合考虑2035年远景目标要求,提出地区生产总值年均增长5%左右。"
        "常住人口城镇化率提升至70%。"
    )
    growth, share = items(text, published_on=date(2026, 1, 20))
    plan = (date(2026, 1, 1), date(2030, 12, 31))
    assert growth.kind == share.kind == "commitment"
    assert (growth.period_start, growth.period_end) == plan
    assert (share.period_start, share.period_end) == plan


def test_an_event_date_does_not_pass_to_later_sentences():
    text = "上半年,全区经济平稳运行。在二季度全市项目观摩会上作交流发言。新签约项目32个。"
    (projects,) = items(text, published_on=date(2024, 7, 20))
    assert projects.kind == "evidence"
    assert (projects.period_start, projects.period_end) == (date(2024, 1, 1), date(2024, 6, 30))


def test_a_single_month_written_as_such_holds_for_its_sentence():
    text = (
        "上半年,全区规上工业增加值增长5.0%。6月当月,规上工业增加值增长7.2%。5月份,零售额增长3.1%。"
    )
    half, june, may = items(text, published_on=date(2024, 7, 20))
    assert (half.period_start, half.period_end) == (date(2024, 1, 1), date(2024, 6, 30))
    assert (june.period_start, june.period_end) == (date(2024, 6, 1), date(2024, 6, 30))
    assert (may.period_start, may.period_end) == (date(2024, 5, 1), date(2024, 5, 31))


def test_a_negative_rate_keeps_its_sign():
    (item,) = items("2024年末全县常住人口自然增长率为-2.15‰。", published_on=date(2025, 3, 1))
    assert (item.value, item.unit) == (Decimal("-2.15"), "‰")


def test_counts_of_a_plans_parts_and_durations_are_no_items():
    text = "规划从6个方面提出25项主要指标。全市经济增速连续3个季度保持全省前列。"
    assert items(text, published_on=date(2026, 1, 20)) == []


def test_a_plan_named_as_context_gives_no_period_to_the_review():
    text = (
        "一、2024年工作回顾\n"
        "过去的一年,是全面落实“十四五”规划的攻坚之年。一年来,全市地区生产总值增长5.5%,"
        "工业投资增长12%。\n"
        "——这一年,新能源装机突破500万千瓦,提前一年完成“十四五”规划目标。"
        "“十四五”期间投资最大的电网工程投运。新建5G基站3200个。"
    )
    # The copy has no date (as stored copies often have none): only the text gives years.
    growth, investment, power, stations = items(text, published_on=None, precision="unknown")
    assert [growth.kind, investment.kind, power.kind, stations.kind] == ["evidence"] * 4
    for item in (growth, investment, power, stations):
        assert (item.period_start, item.period_end) == Y2024
    assert (power.value, power.unit, power.comparator) == (Decimal(500), "万千瓦", "more_than")


def test_a_plan_that_frames_its_clause_still_gives_its_years():
    (total,) = items(
        "“十四五”期间,全市累计完成固定资产投资4200亿元。", published_on=date(2026, 1, 20)
    )
    assert (total.period_start, total.period_end) == (date(2021, 1, 1), date(2025, 12, 31))


def test_a_year_in_a_clause_of_consideration_is_no_period():
    text = (
        "二、“十五五”时期主要目标\n"
        "这些目标的设置,充分考虑了2035年基本实现现代化的需要。"
        "提出全市生产总值年均增长5.5%左右,居民人均可支配收入年均增长6%左右。"
    )
    gdp, income = items(text, published_on=date(2026, 1, 20))
    assert gdp.kind == income.kind == "commitment"
    for item in (gdp, income):
        assert (item.period_start, item.period_end) == (date(2026, 1, 1), date(2030, 12, 31))


def test_a_level_reached_in_a_review_keeps_its_verb_across_a_list_and_in_a_rank():
    text = (
        "五年来,全省新兴产业加快壮大,国家级产业集群、创新平台分别达4个、6个;"
        "新能源汽车产业综合实力列全国第8位。"
    )
    clusters, platforms, rank = items(text, published_on=date(2026, 1, 25))
    last_year = (date(2025, 1, 1), date(2025, 12, 31))
    assert [(i.value, i.unit) for i in (clusters, platforms, rank)] == [
        (Decimal(4), "个"), (Decimal(6), "个"), (Decimal(8), "位"),
    ]  # fmt: skip
    for item in (clusters, platforms, rank):
        assert (item.kind, item.period_start, item.period_end) == ("evidence", *last_year)


def test_an_ordinal_before_a_milestone_is_a_rank_and_the_milestone_no_figure():
    # the convention since extraction round 14 (docs/QUALITY.md): the Nth to pass a mark is a
    # rank item (N, unit 个); the mark passed is no item (it used to be the item here)
    (item,) = items(
        "2024年,全市规上工业营收成为全省第三个突破3000亿元大关的地区。",
        published_on=date(2025, 1, 20),
    )
    assert (item.kind, item.value, item.unit, item.measure) == (
        "evidence", Decimal(3), "个", "rank",
    )  # fmt: skip
    assert (item.period_start, item.period_end) == Y2024


def test_a_bare_ten_thousand_written_in_digits_counts_the_noun_after_it():
    found = items(
        "2024年,免费体检惠及28万老人,百亿产业集群达到3个。", published_on=date(2025, 1, 20)
    )
    assert [(i.value, i.unit, i.period_start, i.period_end) for i in found] == [
        (Decimal(28), "万", *Y2024), (Decimal(3), "个", *Y2024),
    ]  # fmt: skip


def test_narrative_counts_and_ranks_of_a_change_are_no_items():
    text = (
        "2024年,我们抓好三件大事。全市粮棉油三种作物产量120万吨。"
        "全市28个工业大类行业中有19个行业增长,增长面达67.9%,超六成行业增速加快,"
        "化工行业实现两位数增长。创新指数提升幅度居全省第2。零售额增速排名全市第一。"
    )
    found = items(text, published_on=date(2025, 2, 1))
    assert [(i.value, i.unit) for i in found] == [
        (Decimal(120), "万吨"), (Decimal(19), "个"), (Decimal("67.9"), "%"),
    ]  # fmt: skip
    assert all((i.period_start, i.period_end) == Y2024 for i in found)


def test_a_rank_of_a_count_is_an_item_even_without_a_unit():
    text = "2024年,全区新增专精特新企业15家,数量居全市第一。产值和增速均居全市第3位。"
    found = items(text, published_on=date(2025, 2, 1))
    assert [(i.value, i.unit, i.measure) for i in found] == [
        (Decimal(15), "家", "level"), (Decimal(1), "", "rank"), (Decimal(3), "位", "rank"),
    ]  # fmt: skip


def test_percentage_points_are_items_in_targets_not_in_reports():
    text = (
        "2024年,全市规上工业增加值增长7.5%,高于全省1.2个百分点,拉动经济增长2.1个百分点。"
        "2025年,力争研发投入增速高于全省2个百分点。"
    )
    reported, target = items(text, published_on=date(2025, 2, 1))
    assert (reported.kind, reported.value, reported.unit) == ("evidence", Decimal("7.5"), "%")
    assert (target.kind, target.value, target.unit) == ("commitment", Decimal(2), "个百分点")
    assert (target.period_start, target.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_review_copied_from_its_numbered_heading_gives_the_heading_year():
    # No date: the text's first line is its numbered heading, taken as its title.
    body = (
        "2023年是全面落实规划的关键一年。\n"
        "全区预计实现工业产值210亿元、同比增长9.5%;新增就业1200人。"
    )
    found = items(body, published_on=None, precision="unknown", title="一、2023年工作回顾")
    assert [(i.value, i.unit, i.kind, i.period_start, i.period_end) for i in found] == [
        (Decimal(210), "亿元", "evidence", *Y2023),
        (Decimal("9.5"), "%", "evidence", *Y2023),
        (Decimal(1200), "人", "evidence", *Y2023),
    ]  # fmt: skip
    # A title that is no numbered heading frames 全年/年末 only, as before.
    (untitled,) = items("全区实现工业产值210亿元。", published_on=None, precision="unknown",
                        title="2023年全区经济运行情况")  # fmt: skip
    assert (untitled.period_start, untitled.period_end) == (None, None)


def test_a_heading_after_short_lines_run_together_holds_for_every_figure_of_its_section():
    # A notice dated 2025 with its plan, whose part 一 reports 2024: reflow runs the signature,
    # the date, the plan's title and the heading into one line.
    body = (
        "某市人民政府\n\n2025年2月10日\n\n某市2025年国民经济和社会发展计划\n\n"
        "一、2024年国民经济和社会发展计划执行情况\n\n"
        "2024年,全市经济平稳运行。初步核算,全市地区生产总值2100.5亿元,居全省第5位,增长4.2%;"
        "全年粮食总产量60亿斤;税收收入80.3亿元,增长3.1%,分居全省第6、第2位。\n"
    )
    found = items(body, published_on=None, precision="unknown",
                  title="某市人民政府关于印发某市2025年国民经济和社会发展计划的通知")  # fmt: skip
    assert [(i.value, i.unit) for i in found] == [
        (Decimal("2100.5"), "亿元"), (Decimal(5), "位"), (Decimal("4.2"), "%"),
        (Decimal(60), "亿斤"), (Decimal("80.3"), "亿元"), (Decimal("3.1"), "%"),
        (Decimal(6), "位"), (Decimal(2), "位"),
    ]  # fmt: skip
    assert all((i.period_start, i.period_end) == Y2024 for i in found)


def test_the_first_rank_of_a_list_takes_the_unit_of_the_last():
    text = "2024年,全县财政收入和增速分居全市第2、第1位。"
    found = items(text, published_on=date(2025, 2, 1))
    assert [(i.value, i.unit, i.measure) for i in found] == [
        (Decimal(2), "位", "rank"), (Decimal(1), "位", "rank"),
    ]  # fmt: skip


def test_a_month_end_balance_takes_the_year_of_the_text():
    body = (
        "2024年1-9月某市经济运行情况\n"
        "1-9月,全市规模以上工业增加值同比增长6.2%。"
        "截至9月末,全市金融机构本外币贷款余额1520.4亿元,同比增长7.6%。\n"
    )
    growth, balance, rate = items(body, published_on=None, precision="unknown")
    assert (growth.value, growth.period_start, growth.period_end) == (
        Decimal("6.2"), date(2024, 1, 1), date(2024, 9, 30),
    )  # fmt: skip
    # The balance stands on one day; its year-on-year rate runs over the twelve months to it.
    assert (balance.value, balance.period_start, balance.period_end) == (
        Decimal("1520.4"), date(2024, 9, 30), date(2024, 9, 30),
    )  # fmt: skip
    assert (rate.value, rate.period_start, rate.period_end) == (
        Decimal("7.6"), date(2023, 10, 1), date(2024, 9, 30),
    )  # fmt: skip


def test_counts_that_name_a_whole_or_a_list_are_no_items():
    text = (
        "2024年,全市28个行业大类中增长的17个,增长面60.7%。"
        "八项惠民工程22个子项已完成或基本完成20项。"
    )
    found = items(text, published_on=date(2025, 2, 1))
    assert [(i.value, i.unit) for i in found] == [
        (Decimal(17), "个"), (Decimal("60.7"), "%"), (Decimal(20), "项"),
    ]  # fmt: skip


def test_classes_and_populations_named_in_passing_are_no_items():
    text = (
        "2024年,设计时速250公里的城际铁路建成通车,圆了520多万城乡人民的期盼;"
        "全省首个500亿元园区落户经开区,全年工业产值510亿元。"
    )
    found = items(text, published_on=date(2025, 2, 1))
    assert [(i.value, i.unit) for i in found] == [(Decimal(510), "亿元")]
    # A count in digits before a noun that is no population stays an item (惠及43万儿童).
    (kept,) = items("2024年,免费午餐惠及36万学生。", published_on=date(2025, 2, 1))
    assert (kept.value, kept.unit) == (Decimal(36), "万")


def test_a_review_opened_under_a_review_heading_reaches_the_paragraphs_after_it():
    body = (
        "一、过去五年工作回顾\n\n"
        "过去五年极不平凡。五年来,全省生产总值从3.1万亿元增加到4.6万亿元。\n\n"
        "民生持续改善。近300万农村人口实现稳定脱贫,120多万群众喜迁新居。\n\n"
        "二、2026年工作安排\n\n"
        "全省生产总值力争增长5%左右。\n"
    )
    found = items(body, published_on=date(2026, 1, 20))
    assert [(i.value, i.unit, i.period_start, i.period_end) for i in found] == [
        (Decimal("3.1"), "万亿元", date(2020, 1, 1), date(2020, 12, 31)),
        (Decimal("4.6"), "万亿元", date(2025, 1, 1), date(2025, 12, 31)),
        (Decimal(300), "万", date(2021, 1, 1), date(2025, 12, 31)),
        (Decimal(120), "万", date(2021, 1, 1), date(2025, 12, 31)),
        (Decimal(5), "%", date(2026, 1, 1), date(2026, 12, 31)),
    ]  # fmt: skip


def test_a_work_reports_title_year_is_not_the_year_its_review_reports():
    # the title names 2025 (written then); the review, whose heading reflow ran into its
    # paragraph, reports 2024: 全年 and the figures without a period are 2024's
    body = "各位代表：\n一、2024年工作回顾2024年，全区上下奋发有为。预计全年地区生产总值增长5%。"
    found = items(body, published_on=None, precision="unknown", title="2025年某区政府工作报告")
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal("5"), Y2024)
    ]


def test_a_subtitle_year_with_the_past_year_frames_a_review_without_a_date():
    body = (
        "各位代表：\n2023年全县上下团结奋斗 交出发展新答卷\n"
        "过去的一年，我们迎难而上。地区生产总值完成356.2亿元、增长4.8%。"
    )
    found = items(body, published_on=None, precision="unknown")
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal("356.2"), Y2023),
        ("evidence", Decimal("4.8"), Y2023),
    ]


def test_a_meeting_reviewing_last_year_keeps_its_full_year_in_that_year():
    # dated 2025-01-06, the meeting reviews 2024: 全年新签约… is a 2024 report, not a target
    body = (
        "2025年1月6日，某开发区召开工作会议，总结2024年工作成果。"
        "会议指出，全年新签约亿元以上项目达到58个。"
    )
    found = items(body, published_on=date(2025, 1, 6))
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal("58"), Y2024)
    ]


def test_special_treasury_bond_projects_won_are_reported():
    body = "2023年，全县争取增发国债项目21个，获得国债资金12.5亿元。"
    found = items(body, published_on=date(2024, 2, 1))
    assert [(i.kind, i.value, i.unit) for i in found] == [
        ("evidence", Decimal("21"), "个"),
        ("evidence", Decimal("12.5"), "亿元"),
    ]


def test_a_rank_listed_after_its_figure_without_a_verb():
    found = items("2023年，全市争取中央预算内项目37个、全省第一。", published_on=date(2024, 2, 1))
    assert [(i.kind, i.value, i.unit, i.measure) for i in found] == [
        ("evidence", Decimal("37"), "个", "level"),
        ("evidence", Decimal("1"), "", "rank"),
    ]


def test_a_size_class_of_works_and_a_run_of_months_are_no_items():
    text = "2023年，全省首个超五十亿元引水工程开工，出口增速连续6个月全省第一。"
    assert items(text, published_on=date(2024, 2, 1)) == []


# --- A date given as a year alone (the manifest's "2024") ---------------------------------

Y2022 = (date(2022, 1, 1), date(2022, 12, 31))
Y2021 = (date(2021, 1, 1), date(2021, 12, 31))
YEAR_ONLY_2023 = {"published_on": date(2023, 1, 1), "precision": "year"}


def _read(found):
    return [(i.kind, i.value, (i.period_start, i.period_end)) for i in found]


def test_a_year_alone_leaves_a_communiques_own_year_end_to_its_later_clauses():
    # a communiqué on 2022 published in 2023: 年末 is the end of the year it opens with, for
    # every figure of its sentence, as when no date is given
    body = "2022年，全县经济稳中向好。\n年末常住人口50.2万人，其中城镇人口30.1万人。"
    end_2022 = (date(2022, 12, 31), date(2022, 12, 31))
    expected = [("evidence", Decimal("50.2"), end_2022), ("evidence", Decimal("30.1"), end_2022)]
    assert _read(items(body, **YEAR_ONLY_2023)) == expected
    assert _read(items(body, published_on=None, precision="unknown")) == expected


def test_a_year_alone_does_not_make_the_texts_own_half_year_a_target():
    # a half-year release given "2023": its 上半年 is over when it is written
    body = "2023年上半年全县经济运行情况\n上半年全县地区生产总值完成210.5亿元，增长5.1%。"
    first_half = (date(2023, 1, 1), date(2023, 6, 30))
    assert _read(items(body, **YEAR_ONLY_2023)) == [
        ("evidence", Decimal("210.5"), first_half),
        ("evidence", Decimal("5.1"), first_half),
    ]


def test_a_year_alone_keeps_a_framed_full_year_in_the_texts_year():
    # a year-end review given "2023" that opens with its own year: its 全年 is 2023's, not
    # the year before (as a 全年 in a text naming no year is, see the next test)
    body = "2023年1-9月，全区实现地区生产总值88.2亿元。全年实现地区生产总值120亿元。"
    assert _read(items(body, **YEAR_ONLY_2023)) == [
        ("evidence", Decimal("88.2"), (date(2023, 1, 1), date(2023, 9, 30))),
        ("evidence", Decimal("120"), Y2023),
    ]


def test_a_year_alone_dates_a_full_year_where_the_text_names_no_year():
    # no year in the text: a reported 全年 of the given year, still running, is the last one
    text = "全区成功入选省级示范区，全年技术合同成交额完成36亿元。"
    found = items(text, published_on=date(2024, 1, 1), precision="year")
    assert _read(found) == [("evidence", Decimal("36"), Y2023)]


def test_a_year_alone_is_the_year_of_writing_for_this_year():
    # the text frames 年末 (2022); its 今年 is the year it was written in, the given 2023
    body = "2022年，全区经济稳中有进。年末常住人口12.3万人。今年全区将新增企业30家。"
    assert _read(items(body, **YEAR_ONLY_2023)) == [
        ("evidence", Decimal("12.3"), (date(2022, 12, 31), date(2022, 12, 31))),
        ("commitment", Decimal("30"), Y2023),
    ]


def test_a_year_alone_makes_a_year_after_it_a_target():
    # given 2023, a figure of 2024 is ahead even without a word of effort
    body = "2023年，全区经济稳中有进。2024年全区地区生产总值达到90亿元。"
    assert _read(items(body, **YEAR_ONLY_2023)) == [
        ("commitment", Decimal("90"), (date(2024, 1, 1), date(2024, 12, 31))),
    ]


def test_a_since_with_a_year_alone_runs_to_an_unknown_day():
    # the article is of 2024, not of 1 January 2024: the 以来 has no known end
    text = "自2021年3月平台上线以来，累计交易额达12亿元。"
    (item,) = items(text, published_on=date(2024, 1, 1), precision="year")
    assert (item.period_start, item.period_end) == (date(2021, 3, 1), None)


# A work report heard in January to March reviews the year before, even unnamed.
_REPORT_NEWS = (
    "某县第十八届人民代表大会第二次会议开幕,县长作政府工作报告。\n"
    "一年来,县政府统筹推进各项工作,圆满完成了全年经济社会发展主要目标任务。"
    "预计地区生产总值超过320亿元,增长7.5%左右;一般公共预算收入26.4亿元。\n"
    "今年,全县地区生产总值力争增长7%。"
)


def test_a_work_report_in_january_reports_the_unnamed_year_before():
    found = items(_REPORT_NEWS, published_on=date(2023, 1, 18), precision="day")
    assert _read(found) == [
        ("evidence", Decimal("320"), Y2022),
        ("evidence", Decimal("7.5"), Y2022),
        ("evidence", Decimal("26.4"), Y2022),
        ("commitment", Decimal("7"), Y2023),  # 今年 stays the year of the date
    ]


def test_a_work_report_in_a_months_date_reports_the_year_before():
    found = items(_REPORT_NEWS, published_on=date(2023, 2, 1), precision="month")
    assert [i.period_end for i in found] == [date(2022, 12, 31)] * 3 + [date(2023, 12, 31)]


def test_a_report_mentioned_after_march_is_not_taken_for_the_years_review():
    # in June the same words are no review of the year before: nothing is dated to 2022
    found = items(_REPORT_NEWS, published_on=date(2023, 6, 18), precision="day")
    assert len(found) == 4
    assert {i.period_end.year for i in found} == {2023}


def test_a_work_report_in_january_sets_its_targets_for_the_year_of_the_date():
    # 新的一年 and a target with no period word of its own: not the year under review
    body = (
        "区长作政府工作报告。过去一年,圆满完成了全年主要目标任务。预计地区生产总值增长6.5%。\n"
        "新的一年,全区地区生产总值力争增长6%。\n全区将新增城镇就业3000人。"
    )
    found = items(body, published_on=date(2023, 2, 10), precision="day")
    assert _read(found) == [
        ("evidence", Decimal("6.5"), Y2022),
        ("commitment", Decimal("6"), Y2023),
        ("commitment", Decimal("3000"), Y2023),
    ]


def test_a_rate_of_a_year_end_stock_is_the_years_change():
    # the stock stands on 31 December; its rate against last year is the year's, as a
    # 全年 rate is (a point has no growth of its own)
    year_end = (date(2022, 12, 31), date(2022, 12, 31))
    body = "2022年末全县户籍总人口58.3万人,比上年下降0.8%。"
    found = items(body, published_on=date(2023, 3, 1))
    assert _read(found) == [
        ("evidence", Decimal("58.3"), year_end),
        ("evidence", Decimal("0.8"), Y2022),
    ]
    # the same with the year only in the title, 年末 alone in the sentence
    body = "年末全县户籍总户数20.1万户,户籍总人口58.3万人,比上年下降0.8%。"
    found = items(body, published_on=None, precision="unknown", title="2022年某县统计公报")
    assert _read(found)[1:] == [
        ("evidence", Decimal("58.3"), year_end),
        ("evidence", Decimal("0.8"), Y2022),
    ]


def test_a_rate_of_a_month_end_stock_is_over_the_twelve_months_to_it():
    body = "2024年6月末全市存款余额3200亿元,增长8.1%。"
    found = items(body, published_on=date(2024, 7, 20))
    assert _read(found) == [
        ("evidence", Decimal("3200"), (date(2024, 6, 30), date(2024, 6, 30))),
        ("evidence", Decimal("8.1"), (date(2023, 7, 1), date(2024, 6, 30))),
    ]


def test_a_communiques_title_year_reaches_figures_under_headings_without_a_year():
    # a statistical communiqué of 2021: every figure is 2021's, also after "一、综 合"
    body = (
        "2021年,全县上下稳中求进。\n一、综 合\n"
        "经济运行总体平稳。全县实现生产总值312.40亿元,比上年增长6.1%。\n二、农 业\n"
        "全县实现农林牧渔业总产值41.20亿元。"
    )
    title = "某县2021年国民经济和社会发展统计公报"
    for published_on, precision in ((None, "unknown"), (date(2023, 5, 10), "day")):
        found = items(body, published_on=published_on, precision=precision, title=title)
        assert _read(found) == [
            ("evidence", Decimal("312.40"), Y2021),
            ("evidence", Decimal("6.1"), Y2021),
            ("evidence", Decimal("41.20"), Y2021),
        ]
    # a news story whose title names a year says nothing of its undated figures
    (item,) = items(
        "园区新增企业15家。", published_on=None, precision="unknown", title="2021年园区新闻"
    )
    assert (item.period_start, item.period_end) == (None, None)


def test_a_months_range_from_yuanyue_dates_a_release_by_its_given_day():
    # 元至九月 is January to September; a news page of November without a year of its own
    body = "前三季度,全县经济稳中向好。\n元至九月,全县完成生产总值20.5亿,增长6.1%。"
    found = items(body, published_on=date(2019, 11, 12), precision="day")
    nine_months = (date(2019, 1, 1), date(2019, 9, 30))
    assert _read(found) == [
        ("evidence", Decimal("20.5"), nine_months),
        ("evidence", Decimal("6.1"), nine_months),
    ]


def test_a_plans_target_aimed_at_its_last_year_is_over_the_plan():
    body = (
        "《纲要》提出“十四五”时期的目标:\n"
        "经济持续健康发展,到2025年,全市地区生产总值达到1.2万亿元;"
        "研发投入强度达到3%左右。到2035年,人均地区生产总值达到中等发达国家水平。"
    )
    found = items(body, published_on=date(2021, 3, 20))
    plan = (date(2021, 1, 1), date(2025, 12, 31))
    assert _read(found) == [
        ("commitment", Decimal("1.2"), plan),
        ("commitment", Decimal("3"), plan),
    ]
    # a report in the plan's third year aiming at 2025 keeps 2025
    later = items(body, published_on=date(2023, 3, 20))
    assert [(i.period_start, i.period_end) for i in later][:1] == [
        (date(2025, 1, 1), date(2025, 12, 31))
    ]
    # a year's targets written without 到 keep their year, though the plan is named
    (target,) = items(
        "2025年是“十四五”收官之年。2025年全区地区生产总值增长6%左右。",
        published_on=date(2021, 1, 20),
    )
    assert (target.period_start, target.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_the_investment_of_a_counted_set_of_projects_is_an_item():
    # the total of 80 projects is a figure of its own; one named project's is its name
    found = items("年内要实施总投资12亿元的30项重点工程。", published_on=date(2024, 2, 1))
    assert [(i.kind, i.value, i.unit) for i in found] == [
        ("commitment", Decimal("12"), "亿元"),
        ("commitment", Decimal("30"), "项"),
    ]
    named = items("要确保总投资10亿元的机械研究所二期项目开工。", published_on=date(2024, 2, 1))
    assert named == []


def test_plan_as_a_verb_of_intent_makes_a_target_but_not_as_a_noun():
    (target,) = items("全区计划招引亿元以上项目15个。", published_on=date(2024, 3, 1))
    assert (target.kind, target.value) == ("commitment", Decimal("15"))
    body = "2024年完成投资7.6亿元,完成年度计划的107.3%。"
    (done,) = items(body, published_on=date(2025, 1, 20))[1:]
    assert (done.kind, done.value) == ("evidence", Decimal("107.3"))


def test_a_review_of_a_named_year_takes_the_next_years_figures_as_targets():
    body = (
        "县长作政府工作报告,回顾了2020年的政府工作,也提出了2021年的工作目标。\n"
        "2020年全县实现生产总值88亿元。\n"
        "2021年,全县招引亿元以上项目12个;年内新建城区道路15公里。"
    )
    for published_on, precision in ((None, "unknown"), (date(2021, 1, 1), "year")):
        found = items(body, published_on=published_on, precision=precision)
        assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
            ("evidence", Decimal("88"), (date(2020, 1, 1), date(2020, 12, 31))),
            ("commitment", Decimal("12"), (date(2021, 1, 1), date(2021, 12, 31))),
            ("commitment", Decimal("15"), (date(2021, 1, 1), date(2021, 12, 31))),
        ]


def test_ranks_in_evaluations_are_items_and_their_field_is_none():
    # (round 30a: a composite ranking is a rank as any other; the field 在12个区县…排名中 is none)
    body = (
        "在12个区县经济指标综合排名中,我区由一季度的第9位上升到第4位。"
        "上半年项目建设综合排名全市第二。全区生产总值居全市第3位。"
    )
    found = items(body, published_on=date(2023, 8, 1))
    assert [(i.value, i.unit) for i in found] == [
        (Decimal("9"), "位"),
        (Decimal("4"), "位"),
        (Decimal("2"), ""),
        (Decimal("3"), "位"),
    ]
    # an evaluation of named abilities or an annual assessment ranks the subject: items
    found = items(
        "在2022年度国家高新区综合评价中,园区创新能力位列全国第15位,"
        "在全市年度考核中园区居全市第一。",
        published_on=date(2023, 8, 1),
    )
    assert [i.value for i in found] == [Decimal("15"), Decimal("1")]


@pytest.mark.parametrize(
    ("heading", "published_on"),
    [
        ("2025年重点工作", date(2025, 1, 20)),
        ("今年主要任务", date(2025, 1, 20)),
        ("2025年工作安排", None),
    ],
)
def test_an_unnumbered_heading_for_the_year_ahead_dates_the_targets_under_it(heading, published_on):
    text = (
        "2025年某某市政府工作报告\n"
        "过去一年,全市生产总值增长5.1%,新增城镇就业3.2万人。\n"
        f"{heading}\n"
        "全市经济社会发展的主要预期目标是：生产总值增长5%左右;城镇新增就业3万人以上。"
    )
    precision = "day" if published_on else "unknown"
    growth, jobs, target, new_jobs = items(text, published_on=published_on, precision=precision)
    assert (growth.kind, growth.period_start, growth.period_end) == ("evidence", *Y2024)
    assert (jobs.kind, jobs.period_start, jobs.period_end) == ("evidence", *Y2024)
    y2025 = (date(2025, 1, 1), date(2025, 12, 31))
    assert (target.kind, target.value, target.period_start, target.period_end) == (
        "commitment",
        Decimal("5"),
        *y2025,
    )
    assert (new_jobs.kind, new_jobs.period_start, new_jobs.period_end) == ("commitment", *y2025)


def test_an_unnumbered_heading_that_names_a_report_is_no_section_of_its_year():
    text = "2025年某某市政府工作报告\n过去一年,全市生产总值增长5.1%。"
    (growth,) = items(text, published_on=date(2025, 1, 20))
    assert (growth.kind, growth.period_start, growth.period_end) == ("evidence", *Y2024)


def test_a_year_alone_does_not_make_months_of_a_text_naming_no_year_targets():
    # a nine-month release given "2023" that names no year of its own: its 1至9月 are over
    body = "今年以来,全区经济运行平稳。1至9月,全区实现社会消费品零售总额71.2亿元,增长3.4%。"
    nine_months = (date(2023, 1, 1), date(2023, 9, 30))
    assert _read(items(body, **YEAR_ONLY_2023)) == [
        ("evidence", Decimal("71.2"), nine_months),
        ("evidence", Decimal("3.4"), nine_months),
    ]


def test_a_list_of_percentage_points_in_a_report_gives_no_counts():
    text = "1-6月,全市工业投资增长12.3%,技改投资增长9.6%,分别高于全省4.2个和1.5个百分点。"
    assert [(i.value, i.unit) for i in items(text)] == [
        (Decimal("12.3"), "%"),
        (Decimal("9.6"), "%"),
    ]


def test_a_month_introduced_by_qizhong_does_not_reach_the_next_sentences():
    text = (
        "1-4月,全县限上单位商品零售额18.2亿元,增长6.1%,其中4月份增长9.3%。"
        "按经营单位所在地分,城镇零售额增长6.4%。"
    )
    total, growth, april, town = items(text, published_on=date(2024, 5, 20))
    four_months = (date(2024, 1, 1), date(2024, 4, 30))
    assert (total.period_start, total.period_end) == four_months
    assert (growth.period_start, growth.period_end) == four_months
    assert (april.value, april.period_start, april.period_end) == (
        Decimal("9.3"),
        date(2024, 4, 1),
        date(2024, 4, 30),
    )
    assert (town.value, town.period_start, town.period_end) == (Decimal("6.4"), *four_months)


def test_years_of_schooling_are_a_target():
    text = "2025年主要目标：劳动年龄人口平均受教育年限达到11.2年。"
    (item,) = items(text, published_on=date(2025, 1, 20))
    assert (item.kind, item.value, item.unit) == ("commitment", Decimal("11.2"), "年")


@pytest.mark.parametrize(
    ("published_on", "precision"), [(date(2024, 10, 20), "day"), (date(2024, 1, 1), "year")]
)
def test_a_stock_as_of_a_month_and_its_change_since_a_year_end(published_on, precision):
    text = "今年以来,园区经济运行平稳。截至9月,园区市场主体存量为12580户,较2023年末净增2150户。"
    stock, change = items(text, published_on=published_on, precision=precision)
    assert (stock.kind, stock.value, stock.period_start, stock.period_end) == (
        "evidence",
        Decimal("12580"),
        date(2024, 9, 30),
        date(2024, 9, 30),
    )
    assert (change.kind, change.value, change.period_start, change.period_end) == (
        "evidence",
        Decimal("2150"),
        date(2024, 1, 1),
        date(2024, 9, 30),
    )


def test_the_rank_of_a_listed_growth_rate_and_the_group_of_a_ranked_share_are_no_items():
    text = (
        "2024年,全省工业投资增长12.4%、居全国第4位。"
        "18个重点县城镇化率提高占比居全国第2位,森林覆盖率达到31.2%。"
    )
    found = items(text, published_on=date(2025, 1, 20))
    assert [(i.value, i.unit) for i in found] == [
        (Decimal("12.4"), "%"),
        (Decimal("2"), "位"),
        (Decimal("31.2"), "%"),
    ]


def test_a_span_of_months_after_chixu_is_no_item():
    text = "1-9月,全县规上工业产值增长12.4%,持续5个月保持两位数增长。"
    found = items(text, published_on=date(2024, 10, 20))
    assert [(i.value, i.unit) for i in found] == [(Decimal("12.4"), "%")]
    # a span after 持续 in years and a duration in days are no items either
    found = items("2023年,全区入库税收持续3年增长15%以上。", published_on=date(2024, 2, 1))
    assert [(i.value, i.unit) for i in found] == [(Decimal(15), "%")]


def test_a_bare_rank_after_a_growth_rate_ranks_that_rate_and_is_no_item():
    text = "1-9月,全县规上工业增加值增长11.2%,连续4个月稳居全市第一。"
    found = items(text, published_on=date(2024, 10, 20))
    assert [(i.value, i.unit, i.measure) for i in found] == [(Decimal("11.2"), "%", "growth")]
    # a rank with a noun of its own ranks a figure of the subject: an item (ranks convention)
    text = "1-9月,全县规上工业增加值增长11.2%,总量稳居全市第一。"
    found = items(text, published_on=date(2024, 10, 20))
    assert [(i.value, i.measure) for i in found] == [(Decimal("11.2"), "growth"), (1, "rank")]


def test_the_whole_of_a_part_counted_after_a_comma_is_no_item():
    text = "1-9月,在全县26个工业大类中,有19个行业增加值实现增长。"
    found = items(text, published_on=date(2024, 10, 20))
    assert [(i.value, i.unit, i.period_start, i.period_end) for i in found] == [
        (Decimal(19), "个", date(2024, 1, 1), date(2024, 9, 30)),
    ]  # fmt: skip


def test_a_release_month_range_reaches_the_paragraphs_that_name_no_period():
    text = (
        "一、工业生产平稳\n\n"
        "1-9月,全县规上工业增加值增长6.1%。\n\n"
        "主要行业有增有减。食品加工业产值增长8.2%,建材业产值下降4.5%。\n\n"
        "二、消费市场回暖\n\n"
        "分类别看,粮油类零售额增长5.6%。"
    )
    found = items(text, published_on=date(2024, 10, 25))
    nine_months = (date(2024, 1, 1), date(2024, 9, 30))
    assert [(i.value, (i.period_start, i.period_end)) for i in found] == [
        (Decimal("6.1"), nine_months),
        (Decimal("8.2"), nine_months),
        (Decimal("4.5"), nine_months),
        (Decimal("5.6"), nine_months),  # a heading without a year does not end it
    ]


def test_a_new_period_or_a_year_heading_ends_a_release_month_range():
    text = (
        "1-9月,全县规上工业增加值增长6.1%。\n\n"
        "9月份,全县规上工业增加值增长5.2%。\n\n"
        "食品加工业产值增长3.1%。"
    )
    found = items(text, published_on=date(2024, 10, 25))
    assert [(i.value, i.period_start, i.period_end) for i in found][:2] == [
        (Decimal("6.1"), date(2024, 1, 1), date(2024, 9, 30)),
        (Decimal("5.2"), date(2024, 9, 1), date(2024, 9, 30)),
    ]
    assert (found[2].period_start, found[2].period_end) != (date(2024, 1, 1), date(2024, 9, 30))
    text = (
        "2024年1-9月,全县规上工业增加值增长6.1%。\n\n"
        "二、2025年工作安排\n\n"
        "规上工业增加值增长7%左右。"
    )
    found = items(text, published_on=date(2024, 12, 20))
    assert [(i.value, i.period_start, i.period_end) for i in found] == [
        (Decimal("6.1"), date(2024, 1, 1), date(2024, 9, 30)),
        (Decimal(7), date(2025, 1, 1), date(2025, 12, 31)),
    ]


def test_the_field_of_parts_counted_after_a_comma_without_zhong_is_no_item():
    text = "1-9月,全县监测的30种工业产品,18种增长,12种下降;20类商品,13类实现增长。"
    found = items(text, published_on=date(2024, 10, 20))
    assert [(i.value, i.unit) for i in found] == [
        (Decimal(18), "种"),
        (Decimal(12), "种"),
        (Decimal(13), "类"),
    ]


def test_a_span_of_months_after_jin_is_no_item():
    text = "10月份,全县规上工业增加值增长9.4%,近四个月增速逐月回升。"
    found = items(text, published_on=date(2024, 11, 15))
    assert [(i.value, i.unit) for i in found] == [(Decimal("9.4"), "%")]


def test_a_count_inside_a_name_is_no_item():
    text = (
        "2023年,全区严格落实中央八项规定精神,降低物流成本15条措施加快落地,"
        "出台支持民营经济发展政策措施26条,全年新增市场主体1.2万户。"
    )
    found = items(text, published_on=date(2024, 1, 20))
    # (出台…政策措施26条 was an item until round 35's convention on the government's own measures)
    assert [(i.value, i.unit) for i in found] == [(Decimal("1.2"), "万户")]


@pytest.mark.parametrize(
    ("published_on", "precision"),
    [(None, "unknown"), (date(2025, 2, 20), "day"), (date(2025, 2, 1), "month"),
     (date(2025, 1, 1), "year")],
)  # fmt: skip
def test_a_communique_year_end_dates_every_stock_of_its_paragraph_with_any_date(
    published_on, precision
):
    # A given date must never do worse than no date: 年末 reaches every figure after it.
    text = (
        "年末全市户籍人口58.6万人,其中城镇人口21.3万人,占36.35%;乡村人口37.3万人。"
        "全市常住人口50.2万人,城镇化率为44.10%。"
    )
    found = items(text, published_on, precision, title="某市2024年国民经济和社会发展统计公报")
    year_end = (date(2024, 12, 31), date(2024, 12, 31))
    assert [(i.kind, i.value, (i.period_start, i.period_end)) for i in found] == [
        ("evidence", Decimal("58.6"), year_end),
        ("evidence", Decimal("21.3"), year_end),
        ("evidence", Decimal("36.35"), year_end),
        ("evidence", Decimal("37.3"), year_end),
        ("evidence", Decimal("50.2"), year_end),
        ("evidence", Decimal("44.10"), year_end),
    ]


def test_a_rank_after_comparisons_of_a_growth_rate_ranks_that_rate():
    text = (
        "1-5月份,全县社会消费品零售总额同比增长6.3%,比1-4月份加快0.4个百分点,"
        "高于全市1.2个百分点,居全市第2位。"
    )
    found = items(text, published_on=date(2024, 6, 20))
    assert [(i.value, i.unit) for i in found] == [(Decimal("6.3"), "%")]
    # a rank of a total in its own clause is still an item
    text = "1-5月份,全县社会消费品零售总额36.8亿元,总量居全市第2位。"
    found = items(text, published_on=date(2024, 6, 20))
    assert [(i.value, i.unit, i.measure) for i in found] == [
        (Decimal("36.8"), "亿元", "level"),
        (Decimal("2"), "位", "rank"),
    ]


def test_a_figure_in_brackets_after_the_same_period_a_year_before_is_that_period():
    text = "1-6月,全县规上工业增加值增长8.4%,较上年同期(6.1%)加快2.3个百分点。"
    found = items(text, published_on=date(2024, 7, 20))
    assert [(i.value, i.period_start, i.period_end) for i in found] == [
        (Decimal("8.4"), date(2024, 1, 1), date(2024, 6, 30)),
        (Decimal("6.1"), date(2023, 1, 1), date(2023, 6, 30)),
    ]
    # a leap year's February: the month's last day stays the last day
    text = "1-2月,全县规上工业增加值增长8.4%,较去年同期(6.1%)加快2.3个百分点。"
    found = items(text, published_on=date(2025, 3, 20))
    assert (found[1].period_start, found[1].period_end) == (date(2024, 1, 1), date(2024, 2, 29))


def test_a_margin_over_a_target_is_no_target_in_points():
    text = "上半年,全区固定资产投资增长9.6%,超出区政府确定的年度目标(8%)1.6个百分点。"
    found = items(text, published_on=date(2024, 7, 20))
    assert [(i.kind, i.value, i.unit) for i in found] == [
        ("evidence", Decimal("9.6"), "%"),
        ("commitment", Decimal("8"), "%"),
    ]
    text = "全区固定资产投资增长9.6%,高出年度任务目标1.6个百分点。"
    assert [(i.value, i.unit) for i in items(text, published_on=date(2024, 7, 20))] == [
        (Decimal("9.6"), "%"),
    ]
    # a target in points with no target named before it is still one
    text = "力争今年全区固定资产投资增速高于全市2个百分点。"
    found = items(text, published_on=date(2024, 3, 1))
    assert [(i.kind, i.value, i.unit) for i in found] == [("commitment", Decimal("2"), "个百分点")]


@pytest.mark.parametrize(
    ("published_on", "precision"), [(None, "unknown"), (date(2025, 3, 10), "day")]
)
def test_a_figure_after_a_change_from_the_year_before_keeps_the_texts_year(published_on, precision):
    text = (
        "全年全市地区生产总值325.6亿元,三次产业结构由上年的12.1:40.2:47.7调整为"
        "11.8:39.6:48.6,人均地区生产总值51230元。"
    )
    found = items(text, published_on, precision, title="某市2024年国民经济和社会发展统计公报")
    assert [(i.value, i.period_start, i.period_end) for i in found] == [
        (Decimal("325.6"), *Y2024),
        (Decimal("51230"), *Y2024),
    ]


def test_a_growth_in_times_is_a_rate_alone_or_heading_a_list():
    text = "1-5月,全市工业机器人、集成电路、光伏电池产量同比分别增长1.8倍、46.2%和12.5%。"
    found = items(text, published_on=date(2024, 6, 20))
    assert [(i.value, i.unit, i.period_start, i.period_end) for i in found] == [
        (Decimal("1.8"), "倍", date(2024, 1, 1), date(2024, 5, 31)),
        (Decimal("46.2"), "%", date(2024, 1, 1), date(2024, 5, 31)),
        (Decimal("12.5"), "%", date(2024, 1, 1), date(2024, 5, 31)),
    ]
    found = items("2023年全县跨境电商交易额比上年增长2.3倍。", published_on=date(2024, 2, 1))
    assert [(i.value, i.unit, i.measure) for i in found] == [(Decimal("2.3"), "倍", "growth")]
    # a difference in a count is still no figure of its own
    found = items("2023年全县市场主体达4.1万户,比上年增加3200户。", published_on=date(2024, 2, 1))
    assert [(i.value, i.unit) for i in found] == [(Decimal("4.1"), "万户")]


def test_the_field_of_an_evaluation_is_no_figure_and_its_year_ranks_the_parallel_one():
    text = (
        "2023年,园区在2022年度全国178家国家级高新区综合评价中位列第35位,"
        "在全省21家省级以上开发区考核中位列第4位。"
    )
    found = items(text, published_on=date(2023, 12, 20))
    assert [(i.value, i.unit, i.period_start, i.period_end) for i in found] == [
        (Decimal(35), "位", *Y2022),
        (Decimal(4), "位", *Y2022),
    ]
    # with no year naming the evaluation both ranks are the text's year
    found = items(text.replace("在2022年度", "在"), published_on=date(2023, 12, 20))
    assert [(i.value, i.period_start) for i in found] == [
        (Decimal(35), date(2023, 1, 1)),
        (Decimal(4), date(2023, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("published_on", "precision"), [(date(2024, 6, 20), "day"), (date(2024, 1, 1), "year")]
)
def test_a_total_inside_a_month_range_is_that_range(published_on, precision):
    text = (
        "1-5月,全市规上工业增加值同比增长6.2%。重点行业中,装备制造业实现产值同比增长8.1%,"
        "其中光伏产业累计实现产值与出口同比分别增长35.2%和21.4%。"
    )
    found = items(text, published_on, precision)
    assert [(i.value, i.period_start, i.period_end) for i in found] == [
        (Decimal("6.2"), date(2024, 1, 1), date(2024, 5, 31)),
        (Decimal("8.1"), date(2024, 1, 1), date(2024, 5, 31)),
        (Decimal("35.2"), date(2024, 1, 1), date(2024, 5, 31)),
        (Decimal("21.4"), date(2024, 1, 1), date(2024, 5, 31)),
    ]
    # a total as of a day named (截至5月底…累计) is still as of that day
    found = items("1-5月,全区新增企业1200家。截至5月底,全区累计培育高新技术企业312家。",
                  published_on=date(2024, 6, 20))  # fmt: skip
    assert [(i.value, i.period_start, i.period_end) for i in found] == [
        (Decimal(1200), date(2024, 1, 1), date(2024, 5, 31)),
        (Decimal(312), None, date(2024, 5, 31)),
    ]


@pytest.mark.parametrize(
    ("published_on", "precision"), [(date(2024, 4, 2), "day"), (None, "unknown")]
)
def test_figures_under_a_heading_naming_a_years_targets_are_targets(published_on, precision):
    targets = "地区生产总值增长7%左右;规上工业增加值增长10%以上;实际利用外资1.5亿美元。"
    after = "\n\n奋力建设一流园区\n\n园区去年实现营业收入120亿元。"
    expected = [
        ("commitment", Decimal(7), *Y2024),
        ("commitment", Decimal(10), *Y2024),
        ("commitment", Decimal("1.5"), *Y2024),
    ]
    last_year = Y2023 if published_on else (None, None)
    # the heading in the body, after a date line and a page line
    body = f"2024年04月02日\n\n第6版:园区专刊\n\n2024年主要目标\n\n{targets}{after}"
    found = items(body, published_on, precision)
    assert [(i.kind, i.value, i.period_start, i.period_end) for i in found] == [
        *expected,
        ("evidence", Decimal(120), *last_year),
    ]
    # the same lines run into the title by reflow
    found = items(targets + after, published_on, precision,
                  title="2024年04月02日 第6版:园区专刊 2024年目标任务")  # fmt: skip
    assert [(i.kind, i.value, i.period_start, i.period_end) for i in found] == [
        *expected,
        ("evidence", Decimal(120), *last_year),
    ]
    # a heading of targets met is a review, not targets
    found = items("一、2023年主要目标完成情况\n\n地区生产总值增长6.1%。", date(2024, 1, 20))
    assert [(i.kind, i.period_start) for i in found] == [("evidence", date(2023, 1, 1))]


@pytest.mark.parametrize(
    ("published_on", "precision"), [(None, "unknown"), (date(2023, 1, 1), "year")]
)
def test_ranks_of_companies_keep_the_texts_year(published_on, precision):
    body = (
        "开发区2023年工作总结\n二是龙头企业快速成长。华光电机连续12年位居全国中小电机出口第一,"
        "远洋集团位居中国船舶配套行业第一,晶辉科技成为全球第一光伏背板企业,"
        "恒力股份连续8年产销量在全国轴承企业中排名第一。园区成为全省第一家获批的综保区。"
    )
    found = items(body, published_on, precision)
    # (a rank held 连续N年 is over the N years ending with the text's: convention round 28a)
    assert [(i.value, i.unit, i.measure, i.period_start, i.period_end) for i in found] == [
        (Decimal(1), "", "rank", date(2012, 1, 1), date(2023, 12, 31)),
        (Decimal(1), "", "rank", *Y2023),
        (Decimal(1), "", "rank", *Y2023),
        (Decimal(1), "", "rank", date(2016, 1, 1), date(2023, 12, 31)),
    ]
    # with a day date a rank without a period of its own stands at that day, as before
    found = items(body, date(2023, 12, 28))
    assert {(i.period_start, i.period_end) for i in found} == {(None, date(2023, 12, 28))}


@pytest.mark.parametrize(
    ("published_on", "precision"), [(date(2025, 1, 20), "day"), (date(2025, 1, 1), "year")]
)
def test_a_total_in_a_one_year_review_is_that_years(published_on, precision):
    text = (
        "一年来,我们狠抓农业基础。全市累计新建高标准农田12.5万亩、改造果园3.2万亩,新建冷库40座。"
        "过去一年,累计培训新型农民2.1万人次。"
    )
    found = items(text, published_on, precision)
    year_2024 = (date(2024, 1, 1), date(2024, 12, 31))
    assert [(i.value, i.unit, (i.period_start, i.period_end)) for i in found] == [
        (Decimal("12.5"), "万亩", year_2024),
        (Decimal("3.2"), "万亩", year_2024),
        (Decimal(40), "座", year_2024),
        (Decimal("2.1"), "万人次", year_2024),
    ]
    # under a heading's year alone, 累计 is that year's too (convention round 32a)
    found = items("一、2024年工作回顾\n\n2024年,全市新签约项目80个,累计引进外资企业150家。",
                  published_on, precision)  # fmt: skip
    assert [(i.value, i.period_start, i.period_end) for i in found] == [
        (Decimal(80), *year_2024),
        (Decimal(150), *year_2024),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # outcomes written with a falling word: the value as written, and ``falls``
        ("2023年全县规模以上工业增加值下降4.6%。", [("evidence", "4.6", "growth", True)]),
        ("2023年全市居民消费价格比上年回落0.8%。", [("evidence", "0.8", "growth", True)]),
        ("2023年全市外贸进出口总额同比减少7.5%。", [("evidence", "7.5", "growth", True)]),
        # targets too: 降低…以上 is a falling target with its comparator as written
        ("2024年单位GDP能耗降低3%以上。", [("commitment", "3", "growth", True)]),
        ("力争2024年PM2.5浓度下降5%以上。", [("commitment", "5", "growth", True)]),
        # a rise, and a level reached by falling (降至) are not falls
        ("2023年全县规模以上工业增加值增长4.6%。", [("evidence", "4.6", "growth", False)]),
        ("2023年城镇调查失业率降至5.1%。", [("evidence", "5.1", "level", False)]),
        # each member of a 分别 list keeps the list's falling word
        ("2023年城镇和农村居民人均可支配收入分别下降1.2%、2.3%。",
         [("evidence", "1.2", "growth", True), ("evidence", "2.3", "growth", True)]),
    ],
)
def test_a_growth_figure_written_with_a_falling_word_falls(text, expected):
    found = items(text, date(2024, 3, 1))
    assert [(i.kind, str(i.value), i.measure, i.falls) for i in found] == expected
