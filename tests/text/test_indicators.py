"""The alias table: canonical indicators, aliases, flow names, validation."""

from __future__ import annotations

import pytest

from tracker.text import indicators
from tracker.text.indicators import (
    UNIT_FAMILIES,
    IndicatorTableError,
    by_name,
    find_indicator,
    find_indicators,
    normalise,
    table,
)

CASES = [
    # (name, text, new, canonical)
    ("short_alias", "新增300家高企", True, "新增高新技术企业数"),
    ("stock_without_new", "聚集2008家高新技术企业", False, "高新技术企业数"),
    ("trade_alias", "全年技术合同交易额完成136亿元", False, "技术合同成交额"),
    ("intensity_over_input", "全社会研发投入强度达到10.09%", False, "研发投入强度"),
    ("input_alone", "全社会研发投入增长8%", False, "研发经费投入"),
    ("longest_alias_wins", "高新技术后备企业库", False, "高新技术后备企业数"),
    ("quotes_removed", "省级“专精特新”企业121家", True, "新增省级专精特新企业数"),
    (
        "national_little_giants",
        "新增国家级专精特新“小巨人”企业6家",
        True,
        "新增国家级专精特新小巨人企业数",
    ),
    (
        "national_specialised_is_little_giant",
        "国家级专精特新企业达到5家",
        True,
        "新增国家级专精特新小巨人企业数",
    ),
    ("provincial_short", "省专精特新企业达到100家", True, "新增省级专精特新企业数"),
    ("gdp_short", "生产总值增长 10%", False, "地区生产总值"),
    ("industrial_value_added", "规模以上工业增加值增长15%", False, "规模以上工业增加值"),
    ("platforms_above_province", "新增省级以上创新平台48家", True, "新增省级以上创新平台数"),
    ("no_flow_name_keeps_stock", "不少于1000家的高新技术后备企业库", True, "高新技术后备企业数"),
    ("ipo_neeq", "新增挂牌新三板上市企业4家", True, "新增新三板挂牌企业数"),
    ("r_and_d_is_research", "规上企业R&D投入增长12%", False, "研发经费投入"),
    ("r_and_d_intensity", "全社会R&D投入强度达到2.6%", False, "研发投入强度"),
    # general national and regional indicators, with their usual wordings
    ("consumer_prices", "居民消费价格上涨1.8%", False, "居民消费价格涨幅"),
    ("cpi", "CPI同比上涨1.1%", False, "居民消费价格涨幅"),
    ("prices_in_general", "物价涨幅控制在3%以内", False, "居民消费价格涨幅"),
    ("urbanisation", "常住人口城镇化率达到58.3%", False, "常住人口城镇化率"),
    ("urbanisation_short", "城镇化率提高1.1个百分点", False, "常住人口城镇化率"),
    ("registered_urbanisation", "户籍人口城镇化率达到40%", False, "户籍人口城镇化率"),
    ("average_unemployment", "城镇调查失业率平均值为5.1%", False, "城镇调查失业率"),
    ("registered_unemployment", "城镇登记失业率控制在4.5%以内", False, "城镇登记失业率"),
    ("registered_unemployment_short", "登记失业率3.6%", False, "城镇登记失业率"),
    ("research_spending_long", "研究与试验发展（R&D）经费支出210亿元", False, "研发经费投入"),
    ("grain_capacity", "粮食综合生产能力稳定在600万吨以上", False, "粮食产量"),
    ("trading_firms", "有外贸实绩企业达到1200家", True, "新增外贸实绩企业数"),
    ("fiscal_revenue_old_name", "公共财政预算收入增长9%", False, "一般公共预算收入"),
    # a per-capita figure is its own indicator, never the total's
    ("per_capita_gdp", "人均国内生产总值突破9万元", False, "人均地区生产总值"),
    ("per_capita_gdp_short", "人均GDP增长6%", False, "人均地区生产总值"),
    # usual shortenings of a name
    ("gdp_shortened", "今年地区总值增长6%左右", False, "地区生产总值"),
    ("retail_shortened", "社零额增长4.5%", False, "社会消费品零售总额"),
    ("retail_above_size_is_a_part", "限上社零额增长3.1%", False, "限额以上社会消费品零售额"),
    # town and country residents' incomes are their own statistics
    ("urban_income", "城镇居民人均可支配收入增长4.1%", False, "城镇居民人均可支配收入"),
    ("urban_income_resident", "城镇常住居民人均可支配收入52000元", False, "城镇居民人均可支配收入"),
    ("rural_income", "农村居民人均可支配收入增长6.2%", False, "农村居民人均可支配收入"),
    ("rural_income_farmers", "农民人均可支配收入2.1万元", False, "农村居民人均可支配收入"),
    ("rural_income_short", "农村居民收入增长7%", False, "农村居民人均可支配收入"),
    ("all_residents_income", "全体居民人均可支配收入增长5%", False, "居民人均可支配收入"),
]


@pytest.mark.parametrize(
    ("text", "new", "canonical"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_alias_resolves_to_canonical(text, new, canonical):
    match = find_indicator(text, new=new)
    assert match is not None
    assert match.name == canonical
    assert normalise(text[match.start : match.end]) == match.alias


def test_unknown_words_name_no_indicator():
    assert find_indicator("开放了42个应用场景") is None


def test_a_per_capita_figure_without_its_own_indicator_names_none():
    # 人均 makes another measure: never the total's (一般公共预算收入, 研发经费投入)
    assert find_indicator("人均一般公共预算收入4800元") is None
    assert find_indicator("人均研发经费投入1200元") is None
    assert find_indicator("居民人均可支配收入增长6%").name == "居民人均可支配收入"


def test_only_indicators_where_higher_is_worse_are_marked_as_ceilings():
    assert indicators.rise_is_ceiling("居民消费价格涨幅")
    assert indicators.rise_is_ceiling("城镇调查失业率")
    assert indicators.rise_is_ceiling("城镇登记失业率")
    assert not indicators.rise_is_ceiling("地区生产总值")
    assert not indicators.rise_is_ceiling("常住人口城镇化率")
    assert not indicators.rise_is_ceiling(None)


def test_every_alias_is_found_as_its_own_indicator():
    for definition in table():
        for alias in definition.aliases:
            match = find_indicator(alias)
            assert match is not None and match.definition == definition, alias


def test_table_is_valid_and_names_are_unique():
    names = [d.name for d in table()]
    flows = [d.new_name for d in table() if d.new_name]
    assert len(set(names + flows)) == len(names) + len(flows)
    assert all(d.unit_family in UNIT_FAMILIES for d in table())
    assert set(by_name()) == set(names + flows)


def test_several_indicators_in_one_text_come_in_order():
    found = find_indicators("技术合同成交额和研发投入强度")
    assert [m.name for m in found] == ["技术合同成交额", "研发投入强度"]


def test_a_malformed_table_is_refused_with_the_entry_named(tmp_path, monkeypatch):
    bad = tmp_path / "indicators.toml"
    bad.write_text(
        '[[indicator]]\nname = "甲"\nunit_family = "money"\ntopic = "nowhere"\naliases = ["甲"]\n'
    )
    monkeypatch.setattr(indicators, "TABLE", bad)
    table.cache_clear()
    try:
        with pytest.raises(IndicatorTableError, match="indicator #1: unknown topic"):
            table()
    finally:
        monkeypatch.undo()
        table.cache_clear()
        indicators._alias_pattern.cache_clear()
