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
