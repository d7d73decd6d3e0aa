"""Texts in traditional characters read as their simplified twins (articles/text/script.py):
the same items, dates, places and link words, with what is shown kept as written (pure, no
database)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from articles.text.dates import infer_date
from articles.text.place import infer_place
from articles.text.script import as_written, same_in_both_scripts, simplified_for_reading
from tests.text.extracted import extracted
from tracker.text.linking import indicator_words

ROOT = Path(__file__).resolve().parents[2]
JAN_2031 = date(2031, 1, 15)

# (traditional, its simplified twin), written for these tests: targets with 億/萬, 爭取, 達到
# and indicator names in traditional characters (產 as Big5 writes it, 産 as some pages do),
# then a year's results.
TWINS = {
    "targets": (
        "2031年青溪縣經濟社會發展的主要預期目標是：地區生產總值增長7%以上、突破1200億元；"
        "一般公共預算收入增長6%左右；外貿進出口總額爭取突破1.5萬億元；"
        "全社會固定資産投資力爭達到800億元。",
        "2031年青溪县经济社会发展的主要预期目标是：地区生产总值增长7%以上、突破1200亿元；"
        "一般公共预算收入增长6%左右；外贸进出口总额争取突破1.5万亿元；"
        "全社会固定资产投资力争达到800亿元。",
    ),
    "results": (
        "2030年，全縣規模以上工業總產值完成865億元，同比增長9.2%；"
        "社會消費品零售總額達到312.6億元；城鎮新增就業1.2萬人。",
        "2030年，全县规模以上工业总产值完成865亿元，同比增长9.2%；"
        "社会消费品零售总额达到312.6亿元；城镇新增就业1.2万人。",
    ),
}


def _read(item):
    """What an item says, apart from the words it shows."""
    return (
        item.kind, item.value, item.value_max, item.base_value, item.base_unit, item.measure,
        item.comparator, item.indicator, item.subject, item.period_start, item.period_end,
        item.deadline, item.falls,
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(TWINS))
def test_a_traditional_text_is_read_as_its_simplified_twin(name):
    traditional, simplified = TWINS[name]
    assert simplified_for_reading(traditional) == simplified
    read = extracted(traditional, JAN_2031)  # each quote checked against its span
    twin = extracted(simplified, JAN_2031)
    assert len(read) >= 4
    assert [_read(item) for item in read] == [_read(item) for item in twin]
    assert [(item.start, item.end) for item in read] == [(item.start, item.end) for item in twin]
    for item, other in zip(read, twin, strict=True):
        # shown as written: the quote, the unit and the words of indicator and period
        assert simplified_for_reading(item.quote) == other.quote
        for shown in (item.quote, item.unit, item.indicator_text, item.period_text):
            assert shown in traditional
        assert simplified_for_reading(item.unit) == other.unit
        assert simplified_for_reading(item.indicator_text) == other.indicator_text
    assert all(
        any(c in "億萬" for c in item.quote + item.unit) for item in read if item.unit != "%"
    )


def test_targets_in_traditional_characters_keep_their_units_and_indicators():
    read = extracted(TWINS["targets"][0], JAN_2031)
    by_quote = {item.quote: item for item in read}
    total = by_quote["外貿進出口總額爭取突破1.5萬億元"]
    assert (total.kind, total.indicator, total.unit, total.base_unit) == (
        "commitment",
        "外贸进出口总额",
        "萬億元",
        "元",
    )
    assert total.base_value == 1_500_000_000_000
    assert (total.period_start, total.period_end) == (date(2031, 1, 1), date(2031, 12, 31))
    investment = by_quote["全社會固定資産投資力爭達到800億元"]
    assert (investment.indicator, investment.unit) == ("固定资产投资", "億元")
    assert all(item.subject == "青溪县" for item in read)


def test_simplified_and_shared_characters_read_as_themselves():
    text = "著名的干部于2030年发展了300家企业，完成投资12亿元；占比达到45%。"
    assert simplified_for_reading(text) == text
    assert len(simplified_for_reading("億萬爭取著於")) == len("億萬爭取著於")
    assert simplified_for_reading("億萬爭取著") == "亿万争取著"


def test_characters_of_both_scripts_are_replaced_only_in_a_traditional_text():
    # 乾县 is a county's name in simplified text, 於 a surname, 徵 a note of the scale: a
    # simplified text holding only such characters reads as itself, its places as written
    for text in ("开工建设周至至乾县公路，完成投资12亿元。", "於先生说，宫商角徵羽。",
                 "电影《哪吒》票房超过100亿元，濛濛细雨中游客不减。"):
        assert simplified_for_reading(text) == text
    # in a traditional text, they are read as the library's first choice, as every other
    assert simplified_for_reading("乾縣完成投資12億元") == "干县完成投资12亿元"
    assert simplified_for_reading("哪吒票房超過100億元") == "哪咤票房超过100亿元"
    assert simplified_for_reading("於2025年完成") == "於2025年完成"
    assert simplified_for_reading("於2025年完成投資") == "于2025年完成投资"


def test_a_simplified_text_naming_a_brand_in_a_traditional_character_reads_as_itself():
    # 昇 (of 昇腾, a chip's brand) is traditional for 升 and rare in jieba's dictionary; a
    # simplified text that names the brand writes many characters no traditional text writes
    text = "全市部署昇腾算力集群3个，建成昇腾生态适配中心，新增高新技术企业120家。"
    assert simplified_for_reading(text) == text
    # a traditional text naming it, or a query as short as two characters, is still read
    assert simplified_for_reading("部署昇騰算力集群3個") == "部署升腾算力集群3个"
    assert simplified_for_reading("億元") == "亿元"
    # a traditional text with a simplified character slipped in (国 for 國) is traditional still
    assert simplified_for_reading("全国新增高新技術企業300家") == "全国新增高新技术企业300家"


def test_the_seeds_and_held_out_texts_in_simplified_characters_read_as_themselves():
    """Every text we read is simplified but those kept in traditional characters as copied."""
    # the texts kept in traditional characters as copied (name here any a new set brings)
    traditional = {
        "tests/data/heldout/set21/pudong_report_news_2018.txt",
        "tests/data/heldout/set22/neimenggu_gov_report_2025.txt",
        "tests/data/heldout/set25/xinjiang_review_news_2024.txt",
    }
    paths = [*sorted((ROOT / "seeds").glob("*.txt")),
             *sorted((ROOT / "tests" / "data" / "heldout").rglob("*.txt"))]  # fmt: skip
    changed = set()
    for path in paths:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
        if simplified_for_reading(text) != text:
            changed.add(path.relative_to(ROOT).as_posix())
    assert len(paths) > 50
    assert changed == traditional


def test_a_date_in_traditional_characters_is_read_with_its_clue_as_written():
    guess = infer_date("發佈日期：2030-06-18 來源：青溪縣人民政府\n全縣經濟運行平穩。")
    assert (guess.published_on, guess.precision) == (date(2030, 6, 18), "day")
    assert guess.basis == "發佈日期：2030-06-18"
    reviewed = infer_date("3月2日，青溪縣召開會議，總結2030年工作。")
    assert reviewed.published_on == date(2031, 3, 2)
    # the text's words as written, the reader's own as it writes them
    assert reviewed.basis == (
        "3月2日，青溪縣召開會議，總結2030年工作。（回顾2030年的会议，定为2031年）"
    )


def test_a_place_in_traditional_characters_is_named_as_simplified_texts_name_it():
    guess = infer_place(
        "2031年青溪縣人民政府工作報告\n各位代表：現在，我代表縣人民政府向大會報告工作。"
    )
    assert (guess.place, guess.basis) == ("青溪县", "2031年青溪縣人民政府工作報告")


def test_words_of_a_figure_without_an_indicator_are_the_same_in_both_scripts():
    assert indicator_words("商品銷售總額突破4萬億元") == indicator_words("商品销售总额突破4万亿元")
    assert indicator_words("商品銷售總額突破4萬億元") == "商品销售总额"


def test_only_characters_written_alike_in_both_scripts_are_the_same_in_both():
    assert same_in_both_scripts("商品")
    assert not same_in_both_scripts("总额")  # 總額 in a traditional quote
    assert not same_in_both_scripts("发")  # 發 and 髮


def test_a_clue_gets_the_texts_characters_back_and_keeps_the_readers_words():
    original = "全縣經濟運行平穩，總結2030年工作。"
    reading = simplified_for_reading(original)
    clue = "总结2030年工作（回顾2030年的会议）"
    shown = as_written(clue, original=original, reading=reading)
    assert shown == "總結2030年工作（回顾2030年的会议）"
    assert as_written(clue, original=reading, reading=reading) == clue
