"""Convention 33a, on texts of our own (docs/QUALITY.md, "Conventions aligned (round 33a)").

A report's glossary (名词解释, 注释, 词语解释 and the like: a heading alone, then numbered or
“term”：explanation notes) defines terms and summarises programmes; its figures are not the
report's targets or results, so nothing after its heading is extracted, up to the body's next
heading if the document goes on. A sentence that merely names 注释 cuts nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted
from tracker.text.glossary import glossary_spans, is_glossary_heading

REPORT_DAY = dt.date(2031, 1, 20)

BODY = (
    "一、2030年工作回顾\n\n"
    "2030年，全市地区生产总值增长6.2%，新增高新技术企业210家。\n\n"
    "二、2031年工作安排\n\n"
    "全面实施“三链融合”工程，力争新增高新技术企业250家以上。\n\n"
)
NOTES = (
    "1.“三链融合”工程：推动创新链、产业链、资金链融合，到2035年培育500家链主企业。\n\n"
    "2.“一窗通办”：群众办事只进一扇窗，力争95%的事项当日办结。\n"
)


def _values(text: str) -> list[Decimal]:
    return [item.value for item in extracted(text, REPORT_DAY, "day")]


@pytest.mark.parametrize(
    "heading",
    [
        "名词解释",
        "注释",
        "词语解释",
        "名词注释",
        "本报告名词解释",
        "《政府工作报告》有关内容名词注释",
    ],
)
def test_nothing_is_extracted_from_a_glossary_at_the_reports_end(heading):
    values = _values(BODY + heading + "\n\n" + NOTES)
    assert values == [Decimal("6.2"), Decimal(210), Decimal(250)]


def test_a_glossary_after_an_annex_label_with_quoted_terms_is_not_read():
    notes = "“三链融合”工程：到2035年培育500家链主企业。\n“一窗通办”：95%的事项当日办结。\n"
    assert _values(BODY + "附件\n名词解释：\n" + notes) == [
        Decimal("6.2"),
        Decimal(210),
        Decimal(250),
    ]


def test_a_body_paragraph_naming_an_annotation_cuts_nothing():
    text = (
        "二、2031年工作安排\n\n"
        "推进古籍整理注释工作。\n\n"
        "注释\n\n"
        "力争新增高新技术企业250家以上，建成5G基站3000个。\n"
    )
    assert _values(text) == [Decimal(250), Decimal(3000)]


def test_a_glossary_in_the_middle_ends_at_the_bodys_next_heading():
    text = (
        "一、2030年工作回顾\n\n"
        "2030年，全市新增高新技术企业210家。\n\n"
        "名词解释\n\n"
        "1.“三链融合”工程：到2035年培育500家链主企业。\n\n"
        "二、2031年工作安排\n\n"
        "力争新增高新技术企业250家以上。\n"
    )
    found = extracted(text, REPORT_DAY, "day")
    assert [(i.kind, i.value, i.period_start.year) for i in found] == [
        ("evidence", Decimal(210), 2030),
        ("commitment", Decimal(250), 2031),
    ]


def test_a_notes_broken_lines_stay_in_the_glossary():
    text = BODY + "名词解释\n1.“双向揭榜”：企业找技术、成果找市场“双向\n揭榜\n”，支持30个项目\n。\n"
    spans = glossary_spans(text)
    assert len(spans) == 1 and text[spans[0][0] :].startswith("名词解释")
    assert spans[0][1] == len(text.rstrip("\n"))
    assert Decimal(30) not in _values(text)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("名词解释", True),
        ("附件：名词解释", True),
        ("名词 解释", True),
        ("推进古籍整理注释工作。", False),
        ("加强对重点条款的注释和说明，确保落实到位", False),
        ("一、2030年工作回顾", False),
    ],
)
def test_a_glossary_heading_is_a_glossarys_name_alone(line, heading):
    assert is_glossary_heading(line) is heading
