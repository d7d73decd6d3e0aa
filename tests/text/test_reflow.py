"""Reflow: hard-wrapped OCR columns become clean paragraphs."""

from __future__ import annotations

import pytest

from articles.text.reflow import reflow

CASES = {
    "joins wrapped lines without spaces": (
        "高新区党工委、人大工委、管\n委会班子全体成员，各议事协调\n机构副组长兼办公室主任。",
        "高新区党工委、人大工委、管委会班子全体成员，各议事协调机构副组长兼办公室主任。",
    ),
    "keeps paragraph breaks": (
        "第一段说完了这件事情的经\n过和结果。\n\n第二段讲的是另一件事情的\n经过和结果。",
        "第一段说完了这件事情的经过和结果。\n\n第二段讲的是另一件事情的经过和结果。",
    ),
    "joins a sentence broken by a column break": (
        "总书记的讲话后，深受鼓舞、备感\n\n振奋。脱贫攻坚创造了人类脱贫\n史上的伟大奇迹。",
        "总书记的讲话后，深受鼓舞、备感振奋。脱贫攻坚创造了人类脱贫史上的伟大奇迹。",
    ),
    "a short line ending a sentence ends its paragraph": (
        "持续提升全市科技\n\n创新活力。\n在随后召开的市科技领导小\n组会议上，研究了几件事。",
        "持续提升全市科技创新活力。\n\n在随后召开的市科技领导小组会议上，研究了几件事。",
    ),
    "numbers lose stray spaces": (
        "基金规模达\n到 2亿元；联合 10余家商业\n银行，质押融资累计\n20469万元。",
        "基金规模达到2亿元；联合10余家商业银行，质押融资累计20469万元。",
    ),
    "ranks and counts lose stray spaces": (
        "位列全国第 17位，力争引入\n160 家创投机构，共计 1.88 亿元。",
        "位列全国第17位，力争引入160家创投机构，共计1.88亿元。",
    ),
    "a number split across a column break": (
        "会议表彰了高新区 2022\n\n年度科技创新20强企业。",
        "会议表彰了高新区2022年度科技创新20强企业。",
    ),
    "a space before Chinese punctuation goes": (
        "强化拼抢意识 ，强力推动工作。",
        "强化拼抢意识，强力推动工作。",
    ),
    "latin words stay apart across a line break": (
        "建设 Zhengzhou\nHigh-tech Zone 的 GIS\n平台。",
        "建设 Zhengzhou High-tech Zone 的 GIS平台。",
    ),
    "the space after the dateline marker stays": (
        "本报讯 2月24日，市长侯红\n\n到高新区调研。",
        "本报讯 2月24日，市长侯红到高新区调研。",
    ),
    "fullwidth digits become ascii": (
        "新增企业３００家。",
        "新增企业300家。",
    ),
    "unwrapped paragraphs broken mid-sentence are joined": (
        "要确保总投资10亿元的机械研究所二期、总投资10亿元的联东U谷等一批重大项目尽快实质性开工建设，"
        "加快推进合作共建区首批土地征收工作的联\n\n东U谷·郑州高新国际企业港(二期)开工。",
        "要确保总投资10亿元的机械研究所二期、总投资10亿元的联东U谷等一批重大项目尽快实质性开工建设，"
        "加快推进合作共建区首批土地征收工作的联东U谷·郑州高新国际企业港(二期)开工。",
    ),
    "a standalone subhead stays its own paragraph": (
        "前文说完了。\n\n集中精力招大引强,坚持两手抓\n\n抓招商、扩增量是区域经济增长的重要途径。",
        "前文说完了。\n\n集中精力招大引强,坚持两手抓\n\n抓招商、扩增量是区域经济增长的重要途径。",
    ),
    "an indented line starts a paragraph": (
        "全力打造强力支撑各类科技创新的资本洼地。\n 科教资源集聚区建设行动。发挥比较优势。",
        "全力打造强力支撑各类科技创新的资本洼地。\n\n科教资源集聚区建设行动。发挥比较优势。",
    ),
    "a report written one paragraph per line keeps its headings and list items": (
        "政府工作报告\n"
        "一、2023年工作回顾\n"
        "过去一年，全市地区生产总值增长6.5%，规模以上工业增加值增长7.1%，一般公共预算收入增长8%。\n"
        "全年新增高新技术企业500家，技术合同成交额达到300亿元，研发投入强度提高到2.8%。\n"
        "二、2024年主要目标\n"
        "地区生产总值增长6%左右\n"
        "城镇新增就业10万人以上\n"
        "居民消费价格涨幅3%左右\n"
        "三、2024年重点工作\n"
        "坚持创新驱动发展，全年新增科技型中小企业1000家以上，技术合同成交额突破350亿元。\n",
        "政府工作报告\n\n一、2023年工作回顾\n\n"
        "过去一年，全市地区生产总值增长6.5%，规模以上工业增加值增长7.1%，一般公共预算收入增长8%。\n\n"
        "全年新增高新技术企业500家，技术合同成交额达到300亿元，研发投入强度提高到2.8%。\n\n"
        "二、2024年主要目标\n\n地区生产总值增长6%左右\n\n城镇新增就业10万人以上\n\n"
        "居民消费价格涨幅3%左右\n\n三、2024年重点工作\n\n"
        "坚持创新驱动发展，全年新增科技型中小企业1000家以上，技术合同成交额突破350亿元。",
    ),
    "text copied from a PDF, wrapped at a wide column, is joined": (
        "过去一年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，\n"
        "完整准确全面贯彻新发展理念，经济社会发展主要目标任务圆满完成。全年\n"
        "地区生产总值增长6.5%，规模以上工业增加值增长7.1%，社会消费品零售\n"
        "总额增长8.2%，一般公共预算收入增长8%，城镇新增就业12.3万人。\n"
        "科技创新能力持续增强。新增高新技术企业500家，总数达到5100家；技术\n"
        "合同成交额达到300亿元，增长20%；全社会研发投入强度提高到2.8%，\n"
        "创新平台建设取得新突破，新建省级以上研发平台120个，新增院士工作站\n"
        "3个，引进高层次人才团队60个。\n",
        "过去一年，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，"
        "完整准确全面贯彻新发展理念，经济社会发展主要目标任务圆满完成。全年"
        "地区生产总值增长6.5%，规模以上工业增加值增长7.1%，社会消费品零售"
        "总额增长8.2%，一般公共预算收入增长8%，城镇新增就业12.3万人。\n\n"
        "科技创新能力持续增强。新增高新技术企业500家，总数达到5100家；技术"
        "合同成交额达到300亿元，增长20%；全社会研发投入强度提高到2.8%，"
        "创新平台建设取得新突破，新建省级以上研发平台120个，新增院士工作站"
        "3个，引进高层次人才团队60个。",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_reflow(case):
    raw, expected = CASES[case]
    assert reflow(raw) == expected


def test_reflow_of_a_long_report_is_linear(benchmark_text=None):
    import time

    page = "高新区全年新增高新技术企业三百家，\n技术合同成交额突破一百亿元。\n\n" * 20000
    started = time.perf_counter()
    result = reflow(page)
    assert time.perf_counter() - started < 5
    assert result.count("\n\n") == 19999
