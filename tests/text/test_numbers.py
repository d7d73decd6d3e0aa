"""Quantities in Chinese text: one named case per rule, each with its exact expected figures."""

from __future__ import annotations

import doctest
from decimal import Decimal
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.text import numbers as numbers_module
from tracker.text.numbers import Quantity, find_quantities, parse_number


class Q(NamedTuple):
    """The fields of a Quantity a case checks (Decimals written as strings)."""

    text: str
    value: str
    value_max: str | None
    unit: str
    base_value: str | None
    base_unit: str
    comparator: str = "exactly"
    measure: str = "level"
    approximate: bool = False


def seen(quantity: Quantity) -> Q:
    return Q(
        quantity.text,
        str(quantity.value),
        None if quantity.value_max is None else str(quantity.value_max),
        quantity.unit,
        None if quantity.base_value is None else str(quantity.base_value),
        quantity.base_unit,
        quantity.comparator,
        quantity.measure,
        quantity.approximate,
    )


# (name, text, expected quantities in order)
CASES: list[tuple[str, str, list[Q]]] = [
    # --- numerals: Arabic, Chinese, mixed
    ("chinese_two_counter", "确保两个总投资百亿元项目落地",
     [Q("两个", "2", None, "个", "2", "个"),
      Q("百亿元", "100", None, "亿元", "10000000000", "元")]),
    ("chinese_ten_odd", "联合十余家单位",
     [Q("十余家", "10", None, "家", "10", "家", "more_than", "level", True)]),
    ("mixed_wan", "新增市场主体1.6万家",
     [Q("1.6万家", "1.6", None, "万家", "16000", "家")]),
    ("decimal_yi_yuan", "下半年固定资产投资要完成163.8亿元",
     [Q("163.8亿元", "163.8", None, "亿元", "16380000000", "元")]),
    ("wan_yuan", "质押融资累计20469万元",
     [Q("20469万元", "20469", None, "万元", "204690000", "元")]),
    ("percent_level", "力争全年全社会研发投入强度达到10.09%",
     [Q("10.09%", "10.09", None, "%", "10.09", "%")]),
    ("fraction_share", "知识产权强企5家，占全市的 1/3",
     [Q("5家", "5", None, "家", "5", "家"),
      Q("1/3", "1", None, "/3", "33.3333", "%", "exactly", "share")]),
    ("fraction_sixth", "约占全国的1/6",
     [Q("1/6", "1", None, "/6", "16.6667", "%", "exactly", "share")]),
    ("chinese_fraction", "占全省三分之一",
     [Q("三分之一", "1", None, "/3", "33.3333", "%", "exactly", "share")]),
    ("percent_in_words", "增长百分之十",
     [Q("百分之十", "10", None, "%", "10", "%", "exactly", "growth")]),
    ("rank", "位列全国第17位",
     [Q("第17位", "17", None, "位", "17", "位", "exactly", "rank")]),
    ("rank_with_space", "知识产权指数位列全国第 17位，产业升级",
     [Q("第 17位", "17", None, "位", "17", "位", "exactly", "rank")]),
    ("rank_chinese_with_context", "综合排名全省第三名",
     [Q("第三名", "3", None, "名", "3", "位", "exactly", "rank")]),
    ("wan_tai", "年产2万台电力设备",
     [Q("2万台", "2", None, "万台", "20000", "台")]),
    ("kilograms", "日加氢能力4000公斤",
     [Q("4000公斤", "4000", None, "公斤", "4000", "公斤")]),
    ("tonnes_to_kilograms", "年产3.5万吨",
     [Q("3.5万吨", "3.5", None, "万吨", "35000000", "公斤")]),
    ("yi_yuan_small", "兑现总奖补金额达到 5.13亿元",
     [Q("5.13亿元", "5.13", None, "亿元", "513000000", "元")]),
    ("bare_yi_money_context", "资本规模达到2000亿",
     [Q("2000亿", "2000", None, "亿", "200000000000", "元")]),
    ("bare_wan_no_money_context", "服务群众5万",
     [Q("5万", "5", None, "万", "50000", "")]),
    ("space_before_multiplier", "发放了总计 1.88 亿元的奖补资金",
     [Q("1.88 亿元", "1.88", None, "亿元", "188000000", "元")]),
    ("hundred_odd", "服务中小微企业100余家",
     [Q("100余家", "100", None, "家", "100", "家", "more_than", "level", True)]),
    ("sixty_odd", "服务企业共计60余家。",
     [Q("60余家", "60", None, "家", "60", "家", "more_than", "level", True)]),
    ("odd_before_multiplier", "交易总额累计950余万元",
     [Q("950余万元", "950", None, "万元", "9500000", "元", "more_than", "level", True)]),
    ("odd_after_multiplier", "政策数据10万余条",
     [Q("10万余条", "10", None, "万条", "100000", "条", "more_than", "level", True)]),
    ("people_count", "人才数据3925位",
     [Q("3925位", "3925", None, "位", "3925", "位")]),
    ("many_after_number", "引进100多家企业",
     [Q("100多家", "100", None, "家", "100", "家", "more_than", "level", True)]),
    ("thousands_separator", "累计1,000家",
     [Q("1,000家", "1000", None, "家", "1000", "家")]),
    ("fullwidth_digits", "新增３００家",
     [Q("３００家", "300", None, "家", "300", "家")]),
    ("chinese_big_numeral", "投资三亿五千万元",
     [Q("三亿五千万元", "35000", None, "万元", "350000000", "元")]),
    # --- comparators
    ("at_least_yishang", "新增市场主体 1.6万家以上",
     [Q("1.6万家以上", "1.6", None, "万家", "16000", "家", "at_least")]),
    ("at_least_bushaoyu", "建立不少于1000家的高新技术后备企业库",
     [Q("不少于1000家", "1000", None, "家", "1000", "家", "at_least")]),
    ("more_than_chaoguo", "营收超过100亿元",
     [Q("超过100亿元", "100", None, "亿元", "10000000000", "元", "more_than")]),
    ("more_than_tupo", "技术合同成交额突破170.5亿元",
     [Q("突破170.5亿元", "170.5", None, "亿元", "17050000000", "元", "more_than")]),
    ("at_least_zhishao", "培育至少20家",
     [Q("至少20家", "20", None, "家", "20", "家", "at_least")]),
    ("at_least_budiyu", "研发投入不低于3%",
     [Q("不低于3%", "3", None, "%", "3", "%", "at_least")]),
    ("at_most_yinei", "能耗增幅控制在3%以内",
     [Q("3%以内", "3", None, "%", "3", "%", "at_most", "growth")]),
    ("at_most_buchaoguo", "单个项目补助不超过500万元",
     [Q("不超过500万元", "500", None, "万元", "5000000", "元", "at_most")]),
    ("about_zuoyou", "生产总值增长6%左右",
     [Q("6%左右", "6", None, "%", "6", "%", "about", "growth", True)]),
    ("about_yue", "投资约20亿元",
     [Q("约20亿元", "20", None, "亿元", "2000000000", "元", "about", "level", True)]),
    ("about_jin", "服务近300家企业",
     [Q("近300家", "300", None, "家", "300", "家", "about", "level", True)]),
    ("less_than_buzu", "不足10%",
     [Q("不足10%", "10", None, "%", "10", "%", "less_than")]),
    # --- percentage points, shares, growth
    ("points_not_percent", "增速高于全市1个百分点",
     [Q("1个百分点", "1", None, "个百分点", "1", "百分点", "exactly", "growth")]),
    ("points_level", "比例提高0.5百分点",
     [Q("0.5百分点", "0.5", None, "百分点", "0.5", "百分点", "exactly", "growth")]),
    ("share_zhan", "新增省新型研发机构4家,占全省25%",
     [Q("4家", "4", None, "家", "4", "家"),
      Q("25%", "25", None, "%", "25", "%", "exactly", "share")]),
    ("growth_with_space", "2023年郑州高新区力争生产总值增长 10%",
     [Q("10%", "10", None, "%", "10", "%", "exactly", "growth")]),
    ("growth_year_on_year", "新增省级瞪羚企业27家,同比增长42%",
     [Q("27家", "27", None, "家", "27", "家"),
      Q("42%", "42", None, "%", "42", "%", "exactly", "growth")]),
    ("growth_nearer_than_share", "占全省比重提高2个百分点",
     [Q("2个百分点", "2", None, "个百分点", "2", "百分点", "exactly", "growth")]),
    # --- ranges
    ("range_fullwidth_dash", "经济增长6.5%－7%",
     [Q("6.5%－7%", "6.5", "7", "%", "6.5", "%", "range", "growth")]),
    ("range_hyphen", "目标为6.5%-7%",
     [Q("6.5%-7%", "6.5", "7", "%", "6.5", "%", "range")]),
    ("range_zhi", "目标为6.5%至7%",
     [Q("6.5%至7%", "6.5", "7", "%", "6.5", "%", "range")]),
    ("range_shared_unit", "每家奖励3-5万元",
     [Q("3-5万元", "3", "5", "万元", "30000", "元", "range")]),
    ("range_units_differ_is_no_range", "占比10%至20家企业",
     [Q("10%", "10", None, "%", "10", "%", "exactly", "share"),
      Q("20家", "20", None, "家", "20", "家")]),
    ("ascii_comma_as_chinese_comma", "评价中,7家孵化载体",
     [Q("7家", "7", None, "家", "7", "家")]),
    ("chinese_rank_without_unit", "数量位居全市第一。",
     [Q("第一", "1", None, "", "1", "位", "exactly", "rank")]),
    ("cheng_is_tenths", "占比超过七成",
     [Q("超过七成", "7", None, "成", "70", "%", "more_than", "share")]),
    ("lone_hundred_with_comparator", "服务近百家企业",
     [Q("近百家", "100", None, "家", "100", "家", "about", "level", True)]),
    ("times_growth", "营收增长2倍",
     [Q("2倍", "2", None, "倍", "2", "倍", "exactly", "growth")]),
    ("times_level", "是全市的3倍",
     [Q("3倍", "3", None, "倍", "3", "倍")]),
    ("mass_in_tonnes_written", "减排二氧化碳5000吨",
     [Q("5000吨", "5000", None, "吨", "5000000", "公斤")]),
    ("area_square_km", "规划面积12.5平方公里",
     [Q("12.5平方公里", "12.5", None, "平方公里", "12500000", "平方米")]),
    ("mu", "首批436亩土地",
     [Q("436亩", "436", None, "亩", "436", "亩")]),
    ("people_time", "接待游客3.2万人次",
     [Q("3.2万人次", "3.2", None, "万人次", "32000", "人次")]),
    ("wan_yi_yuan", "经济总量突破1.2万亿元",
     [Q("突破1.2万亿元", "1.2", None, "万亿元", "1200000000000", "元", "more_than")]),
    ("chinese_hundred_million_and_wan", "三亿五千万元",
     [Q("三亿五千万元", "35000", None, "万元", "350000000", "元")]),
    ("dollars", "实际利用外资5亿美元",
     [Q("5亿美元", "5", None, "亿美元", "500000000", "美元")]),
    ("space_before_unit", "力争引入160 家创投机构",
     [Q("160 家", "160", None, "家", "160", "家")]),
    ("reported_outcome", "全年技术合同交易额完成136亿元",
     [Q("136亿元", "136", None, "亿元", "13600000000", "元")]),
    ("ji_after_ten", "十几家企业",
     [Q("十几家", "10", None, "家", "10", "家", "more_than", "level", True)]),
    ("thousand_odd", "一千多家",
     [Q("一千多家", "1000", None, "家", "1000", "家", "more_than", "level", True)]),
    ("odd_after_wan", "1.6万多家",
     [Q("1.6万多家", "1.6", None, "万家", "16000", "家", "more_than", "level", True)]),
    ("rise_to_is_a_level", "研发投入强度提升至3%",
     [Q("3%", "3", None, "%", "3", "%")]),
    ("value_added_is_no_growth", "占规上工业增加值的50%",
     [Q("50%", "50", None, "%", "50", "%", "exactly", "share")]),
    ("work_report_jobs", "城镇新增就业1200万人以上",
     [Q("1200万人以上", "1200", None, "万人", "12000000", "人", "at_least")]),
    ("work_report_grain_jin", "粮食产量1.3万亿斤以上",
     [Q("1.3万亿斤以上", "1.3", None, "万亿斤", "650000000000", "公斤", "at_least")]),
    ("work_report_prices", "居民消费价格涨幅3%左右",
     [Q("3%左右", "3", None, "%", "3", "%", "about", "growth", True)]),
    ("work_report_energy", "单位国内生产总值能耗降低2.5%左右",
     [Q("2.5%左右", "2.5", None, "%", "2.5", "%", "about", "growth", True)]),
    ("work_report_deficit", "赤字规模4.06万亿元",
     [Q("4.06万亿元", "4.06", None, "万亿元", "4060000000000", "元")]),
    ("percent_words_decimal", "百分之六点五",
     [Q("百分之六点五", "6.5", None, "%", "6.5", "%")]),
    ("several_figures_in_a_list", "金融机构40家、高校院所 75家",
     [Q("40家", "40", None, "家", "40", "家"), Q("75家", "75", None, "家", "75", "家")]),
    ("range_descending_is_no_range", "2024-5家", [Q("5家", "5", None, "家", "5", "家")]),
    ("one_after_counting_verb", "力争新增一家上市公司",
     [Q("一家", "1", None, "家", "1", "家")]),
    ("signing_is_no_about", "签约10个项目",
     [Q("10个", "10", None, "个", "10", "个")]),
    ("recent_is_no_about", "最近3个月",
     [Q("3个月", "3", None, "个月", "3", "个月")]),
    ("work_report_targets_paragraph",
     "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率"
     "5.5%左右；居民消费价格涨幅3%左右；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。",
     [Q("5%左右", "5", None, "%", "5", "%", "about", "growth", True),
      Q("1200万人以上", "1200", None, "万人", "12000000", "人", "at_least"),
      Q("5.5%左右", "5.5", None, "%", "5.5", "%", "about", "level", True),
      Q("3%左右", "3", None, "%", "3", "%", "about", "growth", True),
      Q("1.3万亿斤以上", "1.3", None, "万亿斤", "650000000000", "公斤", "at_least"),
      Q("2.5%左右", "2.5", None, "%", "2.5", "%", "about", "growth", True)]),
    ("seed_like_outcomes_paragraph",
     "新增国家企业技术中心2家,占全省40%;新增省级瞪羚企业27家,同比增长42%;全年技术合同交易额完成"
     "136亿元;质押融资累计20469万元,位列全国第 17位。",
     [Q("2家", "2", None, "家", "2", "家"),
      Q("40%", "40", None, "%", "40", "%", "exactly", "share"),
      Q("27家", "27", None, "家", "27", "家"),
      Q("42%", "42", None, "%", "42", "%", "exactly", "growth"),
      Q("136亿元", "136", None, "亿元", "13600000000", "元"),
      Q("20469万元", "20469", None, "万元", "204690000", "元"),
      Q("第 17位", "17", None, "位", "17", "位", "exactly", "rank")]),
    ("statistics_bulletin_paragraph",
     "全市一般公共预算收入1165.9亿元，增长8.1%。全年居民消费价格比上年上涨0.2%。年末常住人口"
     "1300.8万人，比上年末增加17.1万人。城镇化率80.0%，提高0.6个百分点。是2020年的2倍。",
     [Q("1165.9亿元", "1165.9", None, "亿元", "116590000000", "元"),
      Q("8.1%", "8.1", None, "%", "8.1", "%", "exactly", "growth"),
      Q("0.2%", "0.2", None, "%", "0.2", "%", "exactly", "growth"),
      Q("1300.8万人", "1300.8", None, "万人", "13008000", "人"),
      Q("17.1万人", "17.1", None, "万人", "171000", "人"),
      Q("80.0%", "80", None, "%", "80", "%"),
      Q("0.6个百分点", "0.6", None, "个百分点", "0.6", "百分点", "exactly", "growth"),
      Q("2倍", "2", None, "倍", "2", "倍")]),
    # --- energy, batches and other units of government statistics
    ("kilowatts_after_yi", "全市新能源装机规模突破2.6亿千瓦",
     [Q("突破2.6亿千瓦", "2.6", None, "亿千瓦", "260000000", "千瓦", "more_than")]),
    ("kilowatts_after_wan", "新增光伏装机45万千瓦",
     [Q("45万千瓦", "45", None, "万千瓦", "450000", "千瓦")]),
    ("kilowatt_hours", "全年外送电量达到1250亿千瓦时",
     [Q("1250亿千瓦时", "1250", None, "亿千瓦时", "125000000000", "千瓦时")]),
    ("megawatt_hours", "储能电站规模300兆瓦时",
     [Q("300兆瓦时", "300", None, "兆瓦时", "300000", "千瓦时")]),
    ("tonnes_of_standard_coal", "累计节约能源5.8万吨标准煤",
     [Q("5.8万吨标准煤", "5.8", None, "万吨标准煤", "58000", "吨标准煤")]),
    ("tonnes_of_coal_short", "年节能1200吨标煤",
     [Q("1200吨标煤", "1200", None, "吨标煤", "1200", "吨标准煤")]),
    ("thousand_tonnes", "水产品产量3.5千吨",
     [Q("3.5千吨", "3.5", None, "千吨", "3500000", "公斤")]),
    ("batches", "抽检食品1860批次",
     [Q("1860批次", "1860", None, "批次", "1860", "批次")]),
    ("sets_of_equipment", "推广首台套装备120台套",
     [Q("120台套", "120", None, "台套", "120", "台套")]),
    ("hectares_after_wan", "完成造林绿化2.3万公顷",
     [Q("2.3万公顷", "2.3", None, "万公顷", "230000000", "平方米")]),
    ("sessions", "举办招聘会36场次",
     [Q("36场次", "36", None, "场次", "36", "场次")]),
    ("after_an_acronym", "全区实现GDP286.4亿元",
     [Q("286.4亿元", "286.4", None, "亿元", "28640000000", "元")]),
    ("later_ordinals_of_a_list", "入选第三、四批次试点项目12个",
     [Q("12个", "12", None, "个", "12", "个")]),
    ("times_at_the_end_is_a_count", "全年开展安全督查三次。",
     [Q("三次", "3", None, "次", "3", "次")]),
    ("arabic_count_before_a_quoted_name", "新增5个“智能工厂”",
     [Q("5个", "5", None, "个", "5", "个")]),
    # --- not quantities
    ("date_is_not_quantity", "2024年8月21日召开", []),
    ("session_of_a_congress", "贯彻市委十三届六次全会精神", []),
    ("how_often_in_narrative", "省领导两次深入园区调研指导", []),
    ("set_of_slogans", "紧扣两个“先行区”建设", []),
    ("quarter_is_not_quantity", "要在第三季度完成10个在谈项目正式签约",
     [Q("10个", "10", None, "个", "10", "个")]),
    ("year_range_is_not_quantity", "2024—2026年行动计划", []),
    ("month_range_is_not_quantity", "1—9月累计", []),
    ("ordinal_batch_is_not_quantity", "入选第五批名单，第一个开发区", []),
    ("ordinal_place_is_not_rank", "把群众利益放在第一位", []),
    ("list_markers", "一是保证公开透明；二是勇于担当", []),
    ("indefinite_article", "突出一个主题，一家家高科技企业，一批项目", []),
    ("slogans", "万人助万企，千家万户，千亿级园区", []),
    ("names_built_of_numerals", "三次产业结构优化，统筹推进五位一体，做到两个维护", []),
    ("size_class", "打造百亿元级产业集群，迈向万亿量级", []),
    ("phone_number", "咨询电话0371-67989999", []),
    ("product_models", "采用Mate60和H100芯片", []),
    ("product_models_with_a_counter", "采购iPhone15台式机", []),
    ("bare_number", "生产总值达到1200", []),
    ("five_year_plan_is_not_quantity", "“十四五”规划", []),
    ("date_like_fraction", "更新于2024/5/6", []),
    ("slogan_in_quotes", "打好“四张牌”，持续“六个提升”", []),
    ("slogan_hundred_billion", "打造新的百亿乃至千亿产业集群", []),
    ("two_or_three_is_vague", "两三个项目，三四家企业", []),
    ("tens_of_is_vague", "几十亿元投资，数十家企业，数百家", []),
    ("duration_years_is_not_quantity", "经过30余年的发展", []),
    ("point_words_are_no_decimal", "提出三点要求", []),
    # --- signs and words that look like units
    ("minus_sign_per_mille", "人口自然增长率为-2.15‰",
     [Q("-2.15‰", "-2.15", None, "‰", "-0.215", "%", "exactly", "growth")]),
    ("full_width_minus_growth", "出口总额增长－4.6%",
     [Q("－4.6%", "-4.6", None, "%", "-4.6", "%", "exactly", "growth")]),
    ("dash_between_figures_is_no_minus", "每户补助3-5万元",
     [Q("3-5万元", "3", "5", "万元", "30000", "元", "range")]),
    ("dash_after_a_letter_is_no_minus", "采购B-2台", [Q("2台", "2", None, "台", "2", "台")]),
    ("step_is_no_machine", "全省经济总量迈上6万亿台阶",
     [Q("迈上6万亿", "6", None, "万亿", "6000000000000", "", "at_least")]),
    ("machines_stay_machines", "新增数控机床20台",
     [Q("20台", "20", None, "台", "20", "台")]),
    ("points_listed_before_their_unit", "分别高于全省4.2个、1.5个和0.8个百分点",
     [Q("4.2个", "4.2", None, "个百分点", "4.2", "百分点"),
      Q("1.5个", "1.5", None, "个百分点", "1.5", "百分点"),
      Q("0.8个百分点", "0.8", None, "个百分点", "0.8", "百分点")]),
    ("counts_listed_stay_counts", "新建5个、改造3个和提升2个公园",
     [Q("5个", "5", None, "个", "5", "个"), Q("3个", "3", None, "个", "3", "个"),
      Q("2个", "2", None, "个", "2", "个")]),
    ("years_of_schooling", "平均受教育年限达到10.5年",
     [Q("10.5年", "10.5", None, "年", "10.5", "年")]),
    ("a_year_is_no_figure", "2025年地区生产总值增长5%",
     [Q("5%", "5", None, "%", "5", "%", "exactly", "growth")]),
    ("empty_text", "", []),
    ("id_like_digit_runs", "统一社会信用代码9141010012345678901家，1.1234567%", []),
]  # fmt: skip


def test_case_names_are_unique():
    names = [name for name, _, _ in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_find_quantities(name, text, expected):
    found = find_quantities(text)
    assert [seen(q) for q in found] == expected
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


NUMERALS: list[tuple[str, str, str]] = [
    ("mixed_wan", "1.6万", "16000"),
    ("liang", "两", "2"),
    ("bai", "百", "100"),
    ("shi_yu", "十余", "10"),
    ("year_digits", "二〇二四", "2024"),
    ("zero_inside", "一百零五", "105"),
    ("colloquial_tail", "一万五", "15000"),
    ("chinese_decimal", "六点五", "6.5"),
    ("separator", "1,000", "1000"),
    ("wan_yi", "一万亿", "1000000000000"),
    ("yi_and_wan", "三亿五千万", "350000000"),
    ("mixed_sections", "1万5千", "15000"),
    ("twenty", "二十", "20"),
    ("ten", "十", "10"),
    ("fullwidth", "１６３.８", "163.8"),
    ("capital_numerals", "壹佰贰拾", "120"),
    ("negative", "负3", "-3"),
    ("ji_dropped", "十几", "10"),
]


@pytest.mark.parametrize(("name", "numeral", "expected"), NUMERALS, ids=[c[0] for c in NUMERALS])
def test_parse_number(name, numeral, expected):
    assert parse_number(numeral) == Decimal(expected)
    assert str(parse_number(numeral)) == expected


@pytest.mark.parametrize("junk", ["", "abc", "十四五", "百千", "1.2.3", "点", "万万", "１a"])
def test_parse_number_rejects_what_is_no_number(junk):
    with pytest.raises(ValueError, match="not a number"):
        parse_number(junk)


def test_quantity_fields_for_ranges_and_families():
    (quantity,) = find_quantities("投资3-5亿元")
    assert quantity.base_value_max == Decimal("500000000")
    assert quantity.family == "money"
    (rank,) = find_quantities("位列全国第 17位")
    assert rank.family == "rank"
    (decline,) = find_quantities("能耗同比下降3.5%")
    assert (decline.measure, decline.decrease) == ("growth", True)
    (level,) = find_quantities("失业率下降到5%")
    assert (level.measure, level.decrease) == ("level", False)


@given(
    st.text(
        alphabet="0123456789.%/-~至到年月日第一二两十百千万亿余多家元个 ，。占增长约超过以上“”",
        max_size=60,
    )
)
@settings(max_examples=300, deadline=None)
def test_find_quantities_never_raises_and_offsets_hold(text):
    for quantity in find_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.start < quantity.end


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_parse_number_raises_only_value_error(text):
    try:
        parse_number(text)
    except ValueError:
        pass


def test_find_quantities_on_long_junk():
    for junk in ("1" * 100_000, "一" * 100_000, "1 " * 20_000, "第" * 100_000, " " * 100_000):
        assert find_quantities(junk) == []
    assert [q.text for q in find_quantities("1万" * 3)] == ["1万", "1万", "1万"]
    assert len(find_quantities("投资1亿元，" * 5_000)) == 5_000


def test_module_docstring_example_holds():
    result = doctest.testmod(numbers_module)
    assert (result.attempted, result.failed) == (1, 0)


@given(st.text(alphabet="0123456789.%/-一二两十百千万亿分之家元“", max_size=30))
@settings(max_examples=300, deadline=None)
def test_every_quantity_starts_with_a_numeral(text):
    # find_quantities only tries the full pattern where a numeral starts: that shortcut
    # must never skip a figure.
    for index in range(len(text)):
        if numbers_module._QUANTITY_RE.match(text, index):
            assert numbers_module._NUMERAL_START_RE.match(text, index)


def test_electricity_in_du_is_kilowatt_hours_only_after_wan_or_yi():
    found = find_quantities("全年售电量12.5亿度、居民用电860万度,室外气温35度,2024年度")
    assert [(q.text, q.value, q.unit, q.base_value, q.base_unit) for q in found] == [
        ("12.5亿度", Decimal("12.5"), "亿度", Decimal("1250000000"), "千瓦时"),
        ("860万度", Decimal(860), "万度", Decimal("8600000"), "千瓦时"),
    ]  # fmt: skip


def test_a_measure_word_after_wan_or_yi_keeps_its_unit():
    found = find_quantities("培育香菇菌棒3万段,打机井1.2万眼,新增车位2万个")
    assert [(q.text, q.unit, q.base_value, q.base_unit, q.family) for q in found] == [
        ("3万段", "万段", Decimal(30000), "段", "count"),
        ("1.2万眼", "万眼", Decimal(12000), "眼", "count"),
        ("2万个", "万个", Decimal(20000), "个", "count"),
    ]  # fmt: skip
    # without 万 or 亿 these words start other words and are no units
    assert find_quantities("分3段推进,抓好2口岸建设") == []


def test_livestock_counts_keep_their_unit_with_tou_zhi():
    found = find_quantities("出栏生猪86万头,家禽存栏1200万只,育肥牛羊42.5万头只")
    assert [(q.text, q.unit, q.base_value, q.base_unit, q.family) for q in found] == [
        ("86万头", "万头", Decimal(860000), "头", "count"),
        ("1200万只", "万只", Decimal(12000000), "只", "count"),
        ("42.5万头只", "万头只", Decimal(425000), "头只", "count"),
    ]  # fmt: skip
    # 只 starting the next word (只需, 只有) leaves the head count alone
    found = find_quantities("每户养牛3头只需一人看管")
    assert [(q.text, q.unit) for q in found] == [("3头", "头")]
