"""Round 31's rules, on sentences of our own (docs/QUALITY.md, "Set 36 after round 31").

A five-year review may be headed by its plan alone, without a number (“十五五”时期工作回顾),
and its paragraphs may open on the years they sum up (——这是…的五年) rather than on 过去五年
or 五年来: either way, in a report of 2031 the review is 2026–2030, its flows over the five
years and the levels it reached the last year's. A run from a year inside the review
(2028年以来连续12个季度…) dates its own sentence only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import by_figure, extracted, span, years

REPORT_DAY = dt.date(2031, 1, 28)


def _found(*paragraphs: str):
    return by_figure("\n".join(["2031年某省政府工作报告", *paragraphs]) + "\n", REPORT_DAY)


def test_a_review_headed_by_its_plan_alone_is_the_plans_years():
    found = _found(
        "“十五五”时期工作回顾",
        "全省新增高新技术企业820家，进出口总额年均增长7.2%，快递业务量突破9亿件。",
        "2031年重点工作",
        "全省新增高新技术企业900家。",
    )
    assert span(found[(Decimal("820"), "家")]) == years(2026, 2030)
    assert span(found[(Decimal("7.2"), "%")]) == years(2026, 2030)
    assert span(found[(Decimal("9"), "亿件")]) == years(2030, 2030)
    # the next heading's year ends the review
    assert span(found[(Decimal("900"), "家")]) == years(2031, 2031)


def test_a_paragraph_opening_on_the_years_it_sums_up_reopens_the_review():
    found = _found(
        "“十五五”时期工作回顾",
        "2030年，全省粮食产量达到650亿斤。",
        "——这是动能转换、创新能力持续增强的五年。研发经费投入年均增长11.3%，"
        "新增国家级创新平台17个，技术合同成交额突破800亿元。",
    )
    assert span(found[(Decimal("650"), "亿斤")]) == years(2030, 2030)
    assert span(found[(Decimal("11.3"), "%")]) == years(2026, 2030)
    assert span(found[(Decimal("17"), "个")]) == years(2026, 2030)
    assert span(found[(Decimal("800"), "亿元")]) == years(2030, 2030)


def test_a_run_from_a_year_inside_the_review_dates_its_own_sentence_only():
    found = _found(
        "“十五五”时期工作回顾",
        "——这是稳中求进、经济实力明显跃升的五年。经济增速2028年以来连续12个季度高于全国平均水平。"
        "规模以上工业企业从1500户增加到2600户，新增上市公司9家。",
    )
    assert span(found[(Decimal("1500"), "户")]) == years(2025, 2025)
    assert span(found[(Decimal("2600"), "户")]) == years(2030, 2030)
    assert span(found[(Decimal("9"), "家")]) == years(2026, 2030)


def test_every_figure_after_a_shared_change_verb_is_a_growth_over_the_review():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，城乡最低生活保障平均标准分别提高18.4%、21.6%，"
        "火灾起数、死亡人数分别下降12.5%、33.3%。",
    )
    for value in ("18.4", "21.6", "12.5", "33.3"):
        item = found[(Decimal(value), "%")]
        assert item.measure == "growth"
        assert span(item) == years(2026, 2030)
    assert found[(Decimal("33.3"), "%")].falls


def test_a_rates_name_is_no_verb_of_holding_or_comparing():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，完成造林面积120万亩，土壤保持率57.2%，重点流域水质优良比率98.1%。",
    )
    assert span(found[(Decimal("120"), "万亩")]) == years(2026, 2030)
    # rates reached, written without a verb: the last year's
    assert span(found[(Decimal("57.2"), "%")]) == years(2030, 2030)
    assert span(found[(Decimal("98.1"), "%")]) == years(2030, 2030)


def test_the_mu_of_a_word_before_it_is_no_now():
    # 项目前期 is a project's preparation, not 目前 ("now"): the tasks after it are the year's
    found = _found(
        "2031年重点工作",
        "加快推进跨流域调水项目前期，开展节目前期筹备。新建城市燃气管网800公里、充电桩6000个。",
    )
    for figure in ((Decimal("800"), "公里"), (Decimal("6000"), "个")):
        assert found[figure].kind == "commitment"
        assert span(found[figure]) == years(2031, 2031)


def test_the_figure_of_the_base_compared_with_is_the_bases_year():
    found = _found(
        "“十五五”时期工作回顾",
        "——这是综合实力跃升的五年。全省一般公共预算收入达到3120亿元，较“十四五”末的2410亿元"
        "增加710亿元；高新技术企业比2025年末的4200家增加2600家。",
    )
    assert span(found[(Decimal("3120"), "亿元")]) == years(2030, 2030)
    assert span(found[(Decimal("2410"), "亿元")]) == years(2025, 2025)
    assert span(found[(Decimal("710"), "亿元")]) == years(2026, 2030)
    assert span(found[(Decimal("4200"), "家")]) == years(2025, 2025)
    assert found[(Decimal("4200"), "家")].kind == "evidence"


def test_a_size_that_names_a_deposit_or_a_base_is_no_item():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，新探明超60吨金矿、1.2亿吨油田等大中型矿产地12处。",
        "2031年重点工作",
        "推动千万吨乙烯基地和百万吨新材料基地建设，全年原油产量1300万吨。",
    )
    assert set(found) == {(Decimal("12"), "处"), (Decimal("1300"), "万吨")}



def test_a_grade_in_words_held_or_reached_is_no_item():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，主要河流出境断面水质稳定保持二类，地下水水质达到三类，治理河道820公里。",
    )
    assert set(found) == {(Decimal("820"), "公里")}


def test_what_was_found_sold_withdrawn_added_or_used_is_counted_over_the_review():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，新探明大中型矿产地21处。出让探矿权320宗、成交价95.5亿元。"
        "市县融资平台退出140户。利用外资52亿美元。优化重组省级重点实验室23家。",
        "“暖心助企”服务企业12万户，“扩容提质”工程增补公办幼儿园学位6.2万个。",
    )
    for figure in (
        (Decimal("21"), "处"),
        (Decimal("320"), "宗"),
        (Decimal("95.5"), "亿元"),
        (Decimal("140"), "户"),
        (Decimal("52"), "亿美元"),
        (Decimal("12"), "万户"),
        (Decimal("6.2"), "万个"),
        (Decimal("23"), "家"),
    ):
        assert span(found[figure]) == years(2026, 2030), figure


def test_a_cut_is_a_fall_but_the_cuts_ratio_is_its_noun():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，政府性债务风险平稳可控，融资平台压降62.5%，省级一般性支出连续5年压减比例超3%。",
    )
    cut = found[(Decimal("62.5"), "%")]
    assert (cut.measure, cut.falls) == ("growth", True)
    assert span(cut) == years(2026, 2030)
    assert found[(Decimal("3"), "%")].measure != "growth"


def test_one_count_in_two_units_is_of_one_period():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，精准识别帮扶监测对象9.2万户35.1万人。",
    )
    assert span(found[(Decimal("9.2"), "万户")]) == years(2026, 2030)
    assert span(found[(Decimal("35.1"), "万人")]) == years(2026, 2030)


def test_a_share_of_places_covered_without_de_is_the_last_years():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，建成千兆光网端口12万个、覆盖90%以上行政村。",
    )
    assert span(found[(Decimal("12"), "万个")]) == years(2026, 2030)
    assert span(found[(Decimal("90"), "%")]) == years(2030, 2030)


def test_a_rank_kept_in_a_review_is_kept_throughout_its_years():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，全省苹果产量稳居全国第2位，茶叶出口额保持西部第1位，煤炭产量居全国第6位；"
        "光伏组件年产量突破80吉瓦、保持全国第一。",
    )
    assert span(found[(Decimal("2"), "位")]) == years(2026, 2030)
    assert span(found[(Decimal("1"), "位")]) == years(2026, 2030)
    # a standing without a word of keeping is the last year's, and so is a rank of the figure
    # its clause gives
    assert span(found[(Decimal("6"), "位")]) == years(2030, 2030)
    assert span(found[(Decimal("1"), "")]) == years(2030, 2030)


def _quotes(*paragraphs: str) -> list[tuple[str, Decimal]]:
    text = "\n".join(["2031年某省政府工作报告", *paragraphs]) + "\n"
    return [(i.quote, i.value) for i in extracted(text, REPORT_DAY, "day")]


def test_members_listed_before_a_mark_passed_or_a_rank_kept_each_have_it():
    quotes = _quotes(
        "2030年，东川、西岭地区生产总值突破千亿元，纺织、造纸及印刷产业超5百亿元，"
        "苹果、茶叶产量稳居全国第3位。"
    )
    assert quotes == [
        ("东川、西岭地区生产总值突破千亿元", Decimal("1000")),
        ("西岭地区生产总值突破千亿元", Decimal("1000")),
        ("纺织、造纸及印刷产业超5百亿元", Decimal("5")),
        ("造纸及印刷产业超5百亿元", Decimal("5")),
        ("印刷产业超5百亿元", Decimal("5")),
        ("苹果、茶叶产量稳居全国第3位", Decimal("3")),
        ("茶叶产量稳居全国第3位", Decimal("3")),
    ]


def test_a_share_passed_or_a_list_joined_by_he_is_no_list_of_members():
    values = [value for _quote, value in _quotes(
        "2030年，新产业、新产品对工业增长贡献超50%，货物和服务贸易总额突破900亿元，"
        "惠及经营主体超4万户。"
    )]  # fmt: skip
    assert values == [Decimal("50"), Decimal("900"), Decimal("4")]


def test_a_total_reached_after_its_additions_is_the_stock_at_the_reviews_end():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，新增国家级专精特新企业35家，累计达到120家；累计完成交通投资3200亿元。",
    )
    assert span(found[(Decimal("35"), "家")]) == years(2026, 2030)
    assert span(found[(Decimal("120"), "家")]) == years(2030, 2030)
    # a total of what was done, with no additions before it, stays the years'
    assert span(found[(Decimal("3200"), "亿元")]) == years(2026, 2030)


def test_members_of_a_ranking_list_are_a_standing_of_the_reviews_last_year():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，6家企业主板上市，4家企业进入“中国民营企业500强”，9个县入选全国县域经济百强。",
    )
    assert span(found[(Decimal("6"), "家")]) == years(2026, 2030)
    assert span(found[(Decimal("4"), "家")]) == years(2030, 2030)
    assert span(found[(Decimal("9"), "个")]) == years(2030, 2030)


def test_a_batch_or_a_round_after_a_word_of_ranking_is_no_rank():
    found = _found(
        "“十五五”时期工作回顾",
        "五年来，东川入列全国第一批低碳城市试点，西岭列入第二轮示范，茶叶产量居全国第一。",
    )
    assert set(found) == {(Decimal("1"), "")}
    assert found[(Decimal("1"), "")].quote.endswith("茶叶产量居全国第一")
