"""Round 37's rules, on sentences of our own (docs/QUALITY.md, "Sets 54–55 after round 35",
"Round 37").

A rate named once after members listed with 、 and reached is each member's (round 36); a
member's name may open on an age or a type (3岁以下婴幼儿、60岁以上老年人、1型糖尿病患者): the
figures are part of the name of the people it counts, not figures of the list, so the list
is read past them. The last member, which carries the rate's own name as well, may be long
(…1型糖尿病患者家庭医生签约服务率).

Things a five-year review counts as meeting a standard stand so at its end, also where the
class they are drawn from is named by its members before the count (建材、石化、有色等重点行业
38种产品能耗达到国家标杆值), and a standard may be a value (先进值, 标杆值); things counted as
opened after such a class (甲、乙等40条高速公路相继开通) were opened over the years.

A change since a year the text names (优良天数比2025年增加20天, 人均预期寿命较2025年提高1.2岁) is
the change over those years, an item as a growth since it is (比2025年增长30%); a change against
the year before (比上年增加10亿斤) stays a difference to another figure, as do points.

In a five-year review, a contribution (对工业贡献率) or a share of what was spent (财政支出中民生
占比) that passed a mark is over the review's years, as 对经济增长贡献率超70% already was; the
contribution reached (贡献率达到36%) and a share of a level (比重超过25%) are its last year's.

A rank may narrow its field after its place (稳居全国区域碳市场首位), as before 第 already, and
may be kept over years the text counts with no field named (连续六年保持第一); a rank whose
own clause names a total (累计成交量稳居…首位) ranks it over the review.

Counts listed after one verb of doing (新培育300个典型镇、2000个典型村和25个典型村片区) are each
done, a count of 片区 among them too: the verb heads the list. 块 counts plots of land after a
digit (修复12块污染地块), no other word (3个板块).

What was merged (150个园区整合优化为90个) is the year before's state, also where its count opens
the clause and the merging is qualified (整合优化为), as 将…整合为 already.

A rank after a list closed by 等 ranks the class (…、电信业务收入增幅等4项指标居全国第一), though
a change is among its members; a change alone ranked (研发投入增幅居全国第3位) stays none.

A count in digits of places all named before it (推进江城、山城2个城市…示范项目, 甲、乙等10个县区
通了高速公路) is an item, as of any things so named (round 35's convention); places counted in
words (三座省会城市) stay a count of the places a text names.

A per cent after 前 is the band a count was counted in (新增ESI全球前1‰学科2个, 营收前10%的企业),
no figure of its own, as 前十名 is a band of places. A population bounded before a place
(20万人口以上的县) sizes the place, no count of people; people counted (帮助10万人以上群众) stay.
The paths a government maps out for itself (谋划8条技术路径) are its own framework, no item."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import by_figure, extracted, span, years

REPORT_DAY = dt.date(2031, 1, 28)
_FIVE_YEAR_REVIEW = "2031年某自治区政府工作报告\n一、“十五五”时期工作回顾\n"
_LAST_YEARS_REVIEW = "2031年某自治区政府工作报告\n一、2030年工作回顾\n"
_TASKS_OF_2031 = "2031年某自治区政府工作报告\n2031年工作安排\n"


def _tasks_of_2031(part: str, sentence: str):
    return extracted(
        _TASKS_OF_2031 + part + "\n" + sentence + "\n",
        REPORT_DAY,
    )


def _quotes_of(found, value: str) -> list[str]:
    return [i.quote for i in found if i.value == Decimal(value)]


def test_a_rate_reached_by_members_named_with_ages_or_types_is_each_members():
    found = _tasks_of_2031(
        "一、提升基层医疗服务",
        "做实家庭医生服务，其中3岁以下婴幼儿、60岁以上老年人健康管理率达到85%以上，"
        "残疾人、1型糖尿病患者家庭医生签约服务率达到70%以上，新生儿访视率、0至3岁儿童眼保健"
        "覆盖率达到95%。",
    )
    assert _quotes_of(found, "85") == [
        "其中3岁以下婴幼儿、60岁以上老年人健康管理率达到85%以上",
        "60岁以上老年人健康管理率达到85%以上",
    ]
    assert _quotes_of(found, "70") == [
        "残疾人、1型糖尿病患者家庭医生签约服务率达到70%以上",
        "1型糖尿病患者家庭医生签约服务率达到70%以上",
    ]
    assert len(_quotes_of(found, "95")) == 2
    for item in found:
        assert item.kind == "commitment"
        assert span(item) == years(2031, 2031)
    # the ages name the people counted: no item of their own
    assert not [i for i in found if i.unit == "岁"]


def test_an_age_closing_a_figure_still_ends_the_list_before_a_rate():
    # (人均预期寿命达到81岁 is a figure of its own: the list after it starts anew)
    found = _tasks_of_2031(
        "一、建设健康城市",
        "人均预期寿命达到81岁，城乡居民养老、医疗保险参保率稳定在96%以上。",
    )
    assert _quotes_of(found, "81") == ["人均预期寿命达到81岁"]
    assert len(_quotes_of(found, "96")) == 2


def test_counts_of_a_plans_classes_of_a_size_are_items_in_every_shape():
    # round 36's convention (docs/QUALITY.md, "Conventions aligned (round 36)"): a count of
    # industries, clusters or bases of a size class is an item, whether the noun follows each
    # count, is shared by counts joined with 、 or ，, or comes before the count
    found = _tasks_of_2031(
        "一、壮大现代产业体系",
        "培育3个千亿级、5个百亿级产业集群，做强化工、装备等4个万亿级支柱产业。"
        "加快建设2个千亿元级，6个五百亿元级特色产业基地。建成百亿级开发区12个。"
        "推动两个万亿级产业基地提质升级。",
    )
    counts = sorted(i.value for i in found if i.unit == "个")
    assert counts == [Decimal(n) for n in ("2", "2", "3", "4", "5", "6", "12")]
    assert all(i.kind == "commitment" and span(i) == years(2031, 2031) for i in found)
    # the size class is no item of its own
    assert not [i for i in found if i.unit.endswith("元")]


def test_things_of_a_class_meeting_a_standard_stand_so_at_the_reviews_end():
    found = by_figure(
        _FIVE_YEAR_REVIEW
        + "五年来，建成绿色工厂300个，建材、石化、有色等重点行业38种产品能耗达到国家标杆值，"
        "沿江、沿边等15条高速公路相继开通，推动20家企业达到国家先进水平。\n",
        REPORT_DAY,
    )
    assert found[(Decimal("38"), "种")].kind == "evidence"
    assert span(found[(Decimal("38"), "种")]) == years(2030, 2030)
    for over_the_years in ((Decimal("300"), "个"), (Decimal("15"), "条"), (Decimal("20"), "家")):
        assert span(found[over_the_years]) == years(2026, 2030)


def test_a_change_since_a_year_named_is_an_item_over_the_years_since():
    found = by_figure(
        _FIVE_YEAR_REVIEW
        + "五年来，2030年地区生产总值比2025年增加超5000亿元。优良天数300天、比2025年增加20天，"
        "人均预期寿命较2025年提高1.2岁、达到80.5岁。粮食产量比上年增加10亿斤，"
        "森林覆盖率较2025年提高1.5个百分点。\n",
        REPORT_DAY,
    )
    for change in ((Decimal("5000"), "亿元"), (Decimal("20"), "天"), (Decimal("1.2"), "岁")):
        assert found[change].kind == "evidence"
        assert span(found[change]) == years(2026, 2030)
    assert span(found[(Decimal("80.5"), "岁")]) == years(2030, 2030)
    assert (Decimal("10"), "亿斤") not in found
    assert not [key for key in found if key[1].endswith("百分点")]


def test_a_contribution_or_a_share_of_spending_passed_in_a_review_is_over_its_years():
    found = extracted(
        _FIVE_YEAR_REVIEW
        + "五年来，战略性新兴产业占规上工业增加值比重超过28%，装备、材料等6大产业集群对工业"
        "贡献率超过65%，财政支出中民生占比超过75%，工业对经济增长的贡献率达到36%。\n",
        REPORT_DAY,
    )
    spans = {item.value: span(item) for item in found}
    assert spans[Decimal("65")] == years(2026, 2030)
    assert spans[Decimal("75")] == years(2026, 2030)
    assert spans[Decimal("28")] == years(2030, 2030)
    assert spans[Decimal("36")] == years(2030, 2030)


def test_ranks_in_a_narrowed_field_or_kept_over_counted_years():
    found = extracted(
        _FIVE_YEAR_REVIEW
        + "五年来，排污权累计成交量稳居全国区域交易市场首位，宜城空气质量连续六年保持第一，"
        "光伏组件产量位居全国同类省份首位。\n",
        REPORT_DAY,
    )
    ranks = {item.quote: span(item) for item in found if item.value == Decimal("1")}
    assert ranks == {
        "排污权累计成交量稳居全国区域交易市场首位": years(2026, 2030),
        "宜城空气质量连续六年保持第一": years(2025, 2030),
        "光伏组件产量位居全国同类省份首位": years(2030, 2030),
    }


def test_counts_listed_after_one_verb_are_each_done_places_too():
    found = by_figure(
        _LAST_YEARS_REVIEW + "过去一年，新培育300个典型镇、2000个典型村和25个典型村片区。\n",
        REPORT_DAY,
    )
    for count in ("300", "2000", "25"):
        assert found[(Decimal(count), "个")].kind == "evidence"
        assert span(found[(Decimal(count), "个")]) == years(2030, 2030)


def test_plots_of_land_are_counted_in_kuai():
    found = by_figure(
        _TASKS_OF_2031 + "一、守护净土\n修复12块污染地块，治理30块受污染耕地，建设3个产业板块。\n",
        REPORT_DAY,
    )
    assert found[(Decimal("12"), "块")].kind == "commitment"
    assert found[(Decimal("30"), "块")].kind == "commitment"
    assert found[(Decimal("3"), "个")].kind == "commitment"
    assert len(found) == 3


def test_what_was_merged_is_the_year_befores_state():
    found = by_figure(
        _LAST_YEARS_REVIEW + "过去一年，产业园区改革加快落实，150个园区整合优化为90个。\n",
        REPORT_DAY,
    )
    assert span(found[(Decimal("150"), "个")]) == years(2029, 2029)
    assert span(found[(Decimal("90"), "个")]) == years(2030, 2030)


def test_a_rank_of_a_class_closed_by_deng_is_an_item_with_a_change_among_its_members():
    found = extracted(
        _LAST_YEARS_REVIEW + "过去一年，全区5G用户渗透率、电信业务收入增幅等4项指标居全国第一，"
        "研发投入增幅居全国第3位。\n",
        REPORT_DAY,
    )
    assert [i.quote for i in found if i.measure == "rank"] == [
        "电信业务收入增幅等4项指标居全国第一"
    ]


def test_a_count_in_digits_of_places_named_before_it_is_an_item():
    found = extracted(
        _TASKS_OF_2031 + "一、提升医疗服务\n"
        "推进江城、山城2个城市国家公立医院高质量发展示范项目，支持三座省会城市建设区域医疗中心。\n",
        REPORT_DAY,
    )
    assert [(i.value, i.kind) for i in found] == [(Decimal("2"), "commitment")]


def test_a_per_cent_after_qian_is_a_band_and_the_count_the_item():
    found = extracted(
        _FIVE_YEAR_REVIEW
        + "五年来，新增ESI全球前1‰学科2个、前1%学科30个，营收前10%的企业贡献了一半利润。\n",
        REPORT_DAY,
    )
    assert sorted((i.value, i.unit) for i in found) == [
        (Decimal("2"), "个"),
        (Decimal("30"), "个"),
    ]


def test_a_population_bounded_before_a_place_is_a_size_class():
    found = by_figure(
        _TASKS_OF_2031 + "一、办好民生实事\n"
        "特殊教育学校覆盖20万人口以上的县，为30万人口以上的城市配建体育馆，"
        "帮助10万人以上群众就业。\n",
        REPORT_DAY,
    )
    assert list(found) == [(Decimal("10"), "万人")]


def test_the_paths_a_government_maps_out_are_no_items():
    found = by_figure(
        _TASKS_OF_2031 + "一、推动能源转型\n"
        "谋划8条技术路径，抓实能源科技创新8条路径，新建充电桩2万个。\n",
        REPORT_DAY,
    )
    assert list(found) == [(Decimal("2"), "万个")]
