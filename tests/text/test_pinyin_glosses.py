"""Texts with a gateway's pinyin glosses after some characters (目標(biāo), 生產(chǎn)總值) read as
their unglossed twins (articles/text/script.py): the same items, dates, places and link words,
with quotes, spans and clues on the text as written, glosses included (pure, no database)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from articles.text.dates import infer_date
from articles.text.place import infer_place
from articles.text.script import reading_of
from tests.text.extracted import extracted
from tracker.text.linking import indicator_words

ROOT = Path(__file__).resolve().parents[2]
JAN_2031 = date(2031, 1, 15)

# (glossed, its unglossed twin), written for these tests: glosses inside an indicator's name,
# a word of effort, a unit, a place, full-width brackets and a tone digit.
TWINS = {
    "targets": (
        "2031年青溪縣(xiàn)經(jīng)濟社會發(fā)展的主要預(yù)期目標(biāo)是：地區(qū)生產(chǎn)總值增長7%以上、"
        "突破1200億(yì)元；一般公共預(yù)算收入增長6%左右；外貿進出口總額爭(zhēng)取突破1.5萬億元；"
        "全社會固定資產（chǎn）投資力爭達（da2）到800億元。",
        "2031年青溪縣經濟社會發展的主要預期目標是：地區生產總值增長7%以上、"
        "突破1200億元；一般公共預算收入增長6%左右；外貿進出口總額爭取突破1.5萬億元；"
        "全社會固定資產投資力爭達到800億元。",
    ),
    "results": (
        "2030年，全縣(xiàn)規(guī)模以上工業(yè)總產(chǎn)值完成865億元，同比增長9.2%；"
        "社會消費品零售總額達(dá)到312.6億元；城鎮新增就業(yè)1.2萬人。",
        "2030年，全縣規模以上工業總產值完成865億元，同比增長9.2%；"
        "社會消費品零售總額達到312.6億元；城鎮新增就業1.2萬人。",
    ),
    "simplified": (
        "2031年全区生(shēng)产总值增长6%以上，目标(biāo)新增就业2.5万人。",
        "2031年全区生产总值增长6%以上，目标新增就业2.5万人。",
    ),
}


def _read(item):
    """What an item says, apart from its quote and span."""
    return (
        item.kind, item.value, item.value_max, item.unit, item.base_value, item.base_unit,
        item.measure, item.comparator, item.indicator, item.indicator_text, item.subject,
        item.period_text, item.period_start, item.period_end, item.deadline, item.falls,
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(TWINS))
def test_a_glossed_text_is_read_as_its_unglossed_twin(name):
    glossed, twin = TWINS[name]
    read = extracted(glossed, JAN_2031)  # each quote checked against its span on the original
    plain = extracted(twin, JAN_2031)
    assert len(read) >= 2
    assert [_read(item) for item in read] == [_read(item) for item in plain]
    for item, other in zip(read, plain, strict=True):
        assert reading_of(item.quote).unglossed == other.quote


def test_quotes_keep_the_glosses_and_units_and_words_do_not():
    read = extracted(TWINS["targets"][0], JAN_2031)
    by_quote = {item.quote: item for item in read}
    gdp = by_quote["地區(qū)生產(chǎn)總值增長7%以上"]
    assert (gdp.kind, gdp.indicator, gdp.comparator, gdp.value) == (
        "commitment", "地区生产总值", "at_least", 7
    )  # fmt: skip
    level = by_quote["突破1200億(yì)元"]
    assert (level.unit, level.base_value, level.comparator) == (
        "億元", 120_000_000_000, "more_than"
    )  # fmt: skip
    trade = by_quote["外貿進出口總額爭(zhēng)取突破1.5萬億元"]
    assert (trade.kind, trade.indicator, trade.indicator_text) == (
        "commitment", "外贸进出口总额", "外貿進出口總額"
    )  # fmt: skip
    investment = by_quote["全社會固定資產（chǎn）投資力爭達（da2）到800億元"]
    assert (investment.indicator, investment.comparator) == ("固定资产投资", "at_least")
    assert all(item.subject == "青溪县" for item in read)


def test_a_gloss_is_one_toned_syllable_right_after_a_cjk_character():
    assert reading_of("目標(biāo)、生產（chǎn）、增長(zhang3)").unglossed == "目標、生產、增長"
    # brackets that are content stay, in a glossed text too
    content = (
        "全縣(xiàn)地區生產總值(GDP)達到412億元(人民币)，研發經費(R&D)增長8%(含)，居民消費"
        "價格(CPI)上漲2%，新增裝機(kW)120萬，公路(km)300，目標（2023年）完成，"
        "電商(online)銷售增長，縣城 (tǎn) 改造，10(bǎi)次"
    )
    assert reading_of(content).unglossed == content.replace("(xiàn)", "", 1)
    # a syllable without a tone is a gloss only in a text with toned glosses; an English word
    # that is no syllable never is
    assert reading_of("文件(de)和方案(ban)").unglossed == "文件(de)和方案(ban)"
    assert reading_of("的(de)目標(biāo)").unglossed == "的目標"
    assert reading_of("方案(pīn)和方案(phone)").unglossed == "方案和方案(phone)"


def test_every_offset_of_the_text_read_stands_on_the_original():
    original = "內(nèi)蒙古自治區(qū)生產（chǎn）總值"
    reading = reading_of(original)
    assert reading.text == "内蒙古自治区生产总值"
    assert reading.span(0, 6) == "內(nèi)蒙古自治區(qū)"  # an end takes in its last gloss
    assert reading.span(6, 10) == "生產（chǎn）總值"
    assert reading.span(7, 8) == "產（chǎn）"
    assert reading.words_near("生产总值", at=6) == "生產總值"


def test_a_date_and_a_place_in_a_glossed_text_are_read_with_their_clues_as_written():
    guess = infer_date("發(fā)佈日期：2030-06-18 來源：青溪縣人民政府\n全縣經濟運行平穩。")
    assert (guess.published_on, guess.precision) == (date(2030, 6, 18), "day")
    assert guess.basis == "發(fā)佈日期：2030-06-18"
    place = infer_place(
        "2031年青溪縣(xiàn)人民政府工作報(bào)告\n各位代表：現(xiàn)在，我代表縣人民政府向大會報告工作。"
    )
    assert (place.place, place.basis) == ("青溪县", "2031年青溪縣(xiàn)人民政府工作報(bào)告")


def test_words_of_a_figure_without_an_indicator_are_read_without_glosses():
    assert indicator_words("商品銷(xiāo)售總額突破4萬億元") == "商品销售总额"


def test_texts_without_glosses_map_to_themselves():
    """Every seed and held-out text but the two copied with their glosses reads unchanged."""
    glossed = {
        "tests/data/heldout/set22/neimenggu_gov_report_2025.txt",
        "tests/data/heldout/set25/xinjiang_review_news_2024.txt",
    }
    paths = [*sorted((ROOT / "seeds").glob("*.txt")),
             *sorted((ROOT / "tests" / "data" / "heldout").rglob("*.txt"))]  # fmt: skip
    found = set()
    for path in paths:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
        reading = reading_of(text)
        if reading.offsets is not None:
            found.add(path.relative_to(ROOT).as_posix())
        else:
            assert reading.unglossed == text
    assert len(paths) > 50
    assert found == glossed
