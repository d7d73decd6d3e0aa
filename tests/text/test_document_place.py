"""The place a document is about, from its own opening (pure, no database)."""

from __future__ import annotations

import pytest

from articles.text.place import OPENING_LINES, infer_place

BODY = "各位代表：\n现在，我代表政府向大会报告工作。全年地区生产总值增长5%左右。\n"

# name: (text, place, basis) — "" and "" when the text names no place of its own.
CASES = {
    "a province's work report names it in its title": (
        "2025年云岭省政府工作报告\n" + BODY,
        "云岭省",
        "2025年云岭省政府工作报告",
    ),
    "人民政府 between the place and the report": (
        "云岭省人民政府工作报告\n" + BODY,
        "云岭省",
        "云岭省人民政府工作报告",
    ),
    "spaces of layout inside the title are no words": (
        "2025 年 东湖区政府工作报告\n" + BODY,
        "东湖区",
        "2025年东湖区政府工作报告",
    ),
    "a statistical communiqué's title": (
        "2024年青石县国民经济和社会发展统计公报\n2024年，全县经济运行平稳。",
        "青石县",
        "2024年青石县国民经济和社会发展统计公报",
    ),
    "a plan's notice names the place twice, once as issuer": (
        "白河市人民政府关于印发白河市2024年国民经济和社会发展计划的通知\n各县区人民政府：",
        "白河市",
        "白河市人民政府关于印发白河市2024年国民经济和社会发展计划的通知",
    ),
    "a plan's report after 关于, a district with its city": (
        "关于北江市南川区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告\n"
        "南川区发展和改革委员会\n",
        "北江市南川区",
        "关于北江市南川区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告",
    ),
    "a budget's report": (
        "关于青石县2023年预算执行情况和2024年预算草案的报告\n各位代表：",
        "青石县",
        "关于青石县2023年预算执行情况和2024年预算草案的报告",
    ),
    "a title naming no place takes the meeting's heading": (
        "政府工作报告\n——2025年1月13日在白河市第二届人民代表大会第五次会议上\n" + BODY,
        "白河市",
        "——2025年1月13日在白河市第二届人民代表大会第五次会议上",
    ),
    "a title and a heading agreeing, an autonomous region": (
        "2026年北原自治区政府工作报告\n——2026年1月20日在北原自治区第十四届人民代表大会第四次"
        "会议上\n",
        "北原自治区",
        "2026年北原自治区政府工作报告",
    ),
    "a development zone's work report": (
        "2024年青山高新区工作报告\n各位代表：",
        "青山高新区",
        "2024年青山高新区工作报告",
    ),
    "a place with its province and the place alone are one place": (
        "2025年白河市政府工作报告\n——2025年1月9日在江北省白河市第九届人民代表大会第三次会议上\n",
        "江北省白河市",
        "——2025年1月9日在江北省白河市第九届人民代表大会第三次会议上",
    ),
    # The second tier: no report's title, a lead whose actor is one place.
    "a news lead: the place holds its congress (the sentence is the basis)": (
        "本报讯 1月17日上午，白河市第十七届人民代表大会第三次会议隆重开幕。市长作政府工作报告。",
        "白河市",
        "本报讯1月17日上午，白河市第十七届人民代表大会第三次会议隆重开幕。",
    ),
    "a headline about a report names the report's place": (
        "云岭省政府工作报告解读：今年经济增长5%左右\n全文如下",
        "云岭省",
        "云岭省政府工作报告解读：今年经济增长5%左右",
    ),
    "a statistics bureau speaks and 全市 points back to its city": (
        "记者从白河市统计局获悉，2025年全市地区生产总值增长5.2%。\n其中，工业增长6%。",
        "白河市",
        "记者从白河市统计局获悉，2025年全市地区生产总值增长5.2%。",
    ),
    "a province's general office issues a task list": (
        "云岭省人民政府办公厅关于印发2025年重点工作任务分工方案的通知\n各市人民政府，省直各部门：",
        "云岭省",
        "云岭省人民政府办公厅关于印发2025年重点工作任务分工方案的通知",
    ),
    "a task list headed by one province's government": (
        "云岭省人民政府\n2025年政府工作报告重点工作分工方案\n一、全省地区生产总值增长5%左右。",
        "云岭省",
        "云岭省人民政府",
    ),
    "a governor speaks, after a source's and a date's lines": (
        "2026-01-28 04:26 来源：某某网\n\n某某网1月27日电\n"
        "（记者 张三）云岭省省长李四27日表示，今年经济增长5%左右。\n",
        "云岭省",
        "（记者张三）云岭省省长李四27日表示，今年经济增长5%左右。",
    ),
    "a city of a province's rank, with its own 全市": (
        "记者9月18日从重庆市统计局获悉，今年1-8月，全市规模以上工业增加值同比增长10.1%。",
        "重庆市",
        "记者9月18日从重庆市统计局获悉，今年1-8月，全市规模以上工业增加值同比增长10.1%。",
    ),
    "a county named with its city is one place": (
        "近日，在白河市青石县第十七届人民代表大会第二次会议上，青石县县长作政府工作报告。",
        "白河市青石县",
        "近日，在白河市青石县第十七届人民代表大会第二次会议上，青石县县长作政府工作报告。",
    ),
    "a province's news naming one of its cities (a lower rank) keeps the province": (
        "1月18日，云岭省第十四届人民代表大会第四次会议在白河市开幕。\n全省代表出席。",
        "云岭省",
        "1月18日，云岭省第十四届人民代表大会第四次会议在白河市开幕。",
    ),
    # None: the conservative cases.
    "two provinces compared in a lead": (
        "记者从云岭省统计局获悉，一季度全省地区生产总值增长5.1%，高于北原省0.3个百分点。",
        "",
        "",
    ),
    "a province's news naming a real province beside it": (
        "1月18日，云岭省第十四届人民代表大会第四次会议开幕，与广东省同日召开。",
        "",
        "",
    ),
    "a national report naming provinces in a list": (
        "国家统计局1月17日发布，2024年国内生产总值增长5%。\n"
        "云岭省统计局同日发布，全省增长5.2%；北原省、广东省增长5%。",
        "",
        "",
    ),
    "a national press conference where one province speaks": (
        "国务院新闻办公室1月20日举行发布会，云岭省省长介绍全省经济运行情况。",
        "",
        "",
    ),
    "a county news naming its city once (全县 points elsewhere)": (
        "本报讯 近日，白河市人民政府通报前三季度经济运行情况。全县生产总值增长7.5%，增速居首。",
        "",
        "",
    ),
    "a county news whose bureau speaks and names its city": (
        "本报讯 青石县统计局日前发布，全县生产总值增长7.5%，增速居白河市第一。",
        "",
        "",
    ),
    "a lead naming one province's and another's congress": (
        "1月18日，云岭省第十四届人民代表大会开幕。\n同日，北原省第十四届人民代表大会开幕。",
        "",
        "",
    ),
    "a lead whose actor has no name of its own (省统计局)": (
        "本报讯 11月17日，记者从省统计局获悉，10月份全省主要经济指标增速回落。",
        "",
        "",
    ),
    "two different places compete": (
        "2025年云岭省政府工作报告\n——2025年1月9日在白河市第九届人民代表大会第三次会议上\n",
        "",
        "",
    ),
    "a headline with a place but no report, plan or meeting": (
        "白河市工业经济连续12个月保持两位数增长\n据市统计局消息，…",
        "",
        "",
    ),
    "a generic place (全市) is no place": (
        "2024年全市国民经济和社会发展计划\n一、主要目标",
        "",
        "",
    ),
    "a development zone named by its kind alone is no place": (
        "2024年高新区工作报告\n各位代表：",
        "",
        "",
    ),
    "a national report names no province, city or county": (
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n",
        "",
        "",
    ),
    "a title further down than the first lines is not the document's": (
        "\n".join(["各位代表：", "现在向大会报告工作。", "一、过去一年", "全年增长5%。"])
        + "\n2025年云岭省政府工作报告\n",
        "",
        "",
    ),
}


def test_cases_have_unique_names_and_each_says_something():
    assert len(CASES) == len(set(CASES))
    assert any(place for _text, place, _basis in CASES.values())
    assert any(not place for _text, place, _basis in CASES.values())


@pytest.mark.parametrize("name", sorted(CASES))
def test_place_of_a_document(name):
    text, place, basis = CASES[name]
    guess = infer_place(text)
    assert (guess.place, guess.basis) == (place, basis)
    assert guess.known == bool(place)


def test_a_page_of_several_stories_has_no_one_place():
    text = "2025年云岭省政府工作报告\n" + BODY
    assert infer_place(text, stories=1).place == "云岭省"
    assert infer_place(text, stories=3).place == ""


def test_a_lead_further_down_than_its_opening_is_not_read():
    lead = "记者从白河市统计局获悉，2025年全市地区生产总值增长5.2%。"
    assert infer_place(lead).place == "白河市"
    assert infer_place("\n".join(["某某网消息"] * 5 + [lead])).place == ""
    assert infer_place("某某网消息，" * 60 + lead).place == ""


def test_only_the_opening_lines_are_read():
    title = "2024年青石县国民经济和社会发展统计公报"
    before = ["统计分析"] * (OPENING_LINES - 1)
    assert infer_place("\n".join([*before, title])).place == "青石县"
    assert infer_place("\n".join([*before, "目录", title])).place == ""
