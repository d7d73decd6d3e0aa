"""A report copied from a web page, a paragraph per line with the page's buttons and trail
above it: the buttons are no text, the report's first line is its title, and the place the
title names is the document's (pure, no database)."""

from __future__ import annotations

from articles.text.chrome import chrome_lines
from articles.text.place import infer_place
from articles.text.split import split_document

BUTTONS = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n"
TRAIL = "当前位置：\n首页\n>\n政务信息\n>\n要闻\n"
REPORT = (
    "2031年云岭省政府工作报告\n"
    "——2031年1月20日在云岭省第九届人民代表大会第三次会议上\n"
    "来源：云岭日报\n"
    "各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "一、2030年工作回顾\n"
    "过去一年，全省地区生产总值增长5.6%，城镇新增就业42万人。\n"
    "二、2031年主要目标\n"
    "全省地区生产总值增长5%左右，城镇新增就业40万人以上。\n"
)


def test_the_buttons_and_trail_above_a_copied_page_are_counted_and_nothing_after_them():
    lines = (BUTTONS + TRAIL + REPORT).splitlines()
    assert chrome_lines(lines) == 15
    assert lines[15] == "2031年云岭省政府工作报告"
    assert chrome_lines(["当前位置：首页 > 政务信息 > 要闻", "2031年云岭省政府工作报告"]) == 1
    assert chrome_lines(REPORT.splitlines()) == 0
    # the page's metadata is the document's own: a date and a source are read from it
    assert chrome_lines(["来源：云岭日报", "时间：2031-01-21"]) == 0


def test_a_copied_report_is_one_story_titled_as_the_report_without_the_page_buttons():
    for text in (REPORT, BUTTONS + REPORT, TRAIL + BUTTONS + REPORT):
        (story,) = split_document(text)
        assert story.title == "2031年云岭省政府工作报告"
        assert not story.is_fragment
        assert story.body.startswith("——2031年1月20日在云岭省第九届人民代表大会第三次会议上")
        assert "字号" not in story.body and "当前位置" not in story.body
        assert "全省地区生产总值增长5%左右，城镇新增就业40万人以上。" in story.body


def test_the_place_a_copied_report_names_in_its_title_is_read_past_the_page_buttons():
    guess = infer_place(BUTTONS + TRAIL + REPORT)
    assert (guess.place, guess.basis) == ("云岭省", "2031年云岭省政府工作报告")


def test_a_first_line_holding_a_figure_stays_text_for_extraction_to_read():
    text = "全省新增高新技术企业300家\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n"
    (story,) = split_document(text)
    assert story.title == ""
    assert story.body.startswith("全省新增高新技术企业300家")


def test_a_title_its_issuer_and_date_above_a_blank_line_stay_one_headline():
    text = (
        "云岭省2030年国民经济和社会发展统计公报\n云岭省统计局\n2031年2月28日\n\n"
        "初步核算，全年全省地区生产总值12000亿元，比上年增长5.6%。\n"
    )
    (story,) = split_document(text)
    assert story.title.startswith("云岭省2030年国民经济和社会发展统计公报")
    assert story.body.startswith("初步核算，全年全省地区生产总值12000亿元")


def test_the_source_a_story_names_on_its_metadata_line():
    from articles.text.source import source_named

    assert source_named(REPORT) == "云岭日报"
    assert source_named("标题\n来源：云岭日报 时间：2031-01-21\n正文。") == "云岭日报"
    assert source_named("发表时间：\n2031-02-09 09:45:30\n来源：\n云岭日报客户端\n阅读量：") == (
        "云岭日报客户端"
    )
    assert source_named("文章来源:云岭省统计局\n正文。") == "云岭省统计局"
    # a table's data source, a sentence, a link or a late line name no source of the story
    assert source_named("全省粮食产量增长。\n数据来源：云岭省统计局") == ""
    assert source_named("来源：据初步核算，全年增长5%。") == ""
    assert source_named("来源：http://www.example.cn/a.html") == ""
    assert source_named("正文。" * 120 + "\n来源：云岭日报") == ""


TRAILED = (
    "您的位置:\n首页\n>\n要闻\n要闻\n"  # the page repeats the section it is in as its heading
    "2031年政府工作报告\n来源：云岭日报\n2031-01-21 09:02:33\n【字体：\n大\n中\n小\n】\n"
    "——2031年1月20日在云岭省第九届人民代表大会第三次会议上\n省长　李四\n各位代表：\n"
    "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    "全省地区生产总值增长5%左右。\n"
    "扫一扫在手机打开当前页\n【\n打印本页\n】\n【\n关闭窗口\n】\n相关文档：\n"
)


def test_a_pages_font_switch_under_its_title_and_its_closing_buttons_are_no_text():
    (story,) = split_document(TRAILED)
    assert story.title == "2031年政府工作报告"
    assert story.body.startswith("来源：云岭日报")
    assert "字体" not in story.body and "\n\n大\n\n" not in story.body
    assert story.body.endswith("全省地区生产总值增长5%左右。")


def test_the_place_a_copied_reports_dateline_names_is_read_past_its_font_switch():
    guess = infer_place(TRAILED)
    assert guess.place == "云岭省"
    assert guess.basis.startswith("——2031年1月20日在云岭省")


def test_a_letter_alone_on_a_newspaper_line_is_text_outside_a_font_switch():
    from articles.text.chrome import page_chrome

    lines = ["本报讯 全市经济运行稳", "中", "有进，工业生产", "大", "幅回升。"]
    assert page_chrome(lines) == [False] * 5
