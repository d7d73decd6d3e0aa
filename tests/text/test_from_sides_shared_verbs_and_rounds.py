"""Round 26's changes and their sides, rounds and batches, on sentences of our own.

从YYYY年的A和B分别提高到C和D: the year named for the 从 side dates A and B only, C and D
are the review's end (a five-year review's last year, a one-year review's year); 从A提高至B
in a year's task: B is the target, A the standard in force the year before; A、B分别突破X和Y:
both members share the verb, its comparator and its dating; how often the government raised
its own standard (5次调高…标准) and the batches a count came in (四批次43个事项) are no items;
a compound naming two figures (产销量) shared by 均 or 双双 is two items, and a capacity's share
(产能占全球30%) is read, not taken for a project's size."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)


def _items(text: str) -> dict[Decimal, tuple[str, dt.date | None, dt.date | None, str]]:
    return {
        i.value: (i.kind, i.period_start, i.period_end, i.comparator)
        for i in extracted(text, REPORT_DAY, "day")
    }


def _year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "过去五年，全市城乡居民人均可支配收入从2025年的46000元和17000元分别提高到58000元和23000元。",
        "过去五年，全市城乡居民人均可支配收入从46000元和17000元分别提高到58000元和23000元。",
    ],
)
def test_a_five_year_review_dates_the_from_side_the_year_before_and_the_to_side_its_last(text):
    items = _items(text)
    assert items[Decimal("46000")][1:3] == _year(2025)
    assert items[Decimal("17000")][1:3] == _year(2025)
    assert items[Decimal("58000")][1:3] == _year(2030)
    assert items[Decimal("23000")][1:3] == _year(2030)


@pytest.mark.parametrize(
    "text",
    [
        "2030年，全市城乡居民人均可支配收入从2029年的46000元和17000元分别提高到58000元和23000元。",
        "一年来，全市城乡居民人均可支配收入从2029年的46000元提高到58000元和23000元。",
    ],
)
def test_a_one_year_review_dates_the_to_side_in_its_year(text):
    items = _items(text)
    assert items[Decimal("46000")][1:3] == _year(2029)
    assert items[Decimal("58000")][1:3] == _year(2030)


@pytest.mark.parametrize(
    ("text", "before", "target", "target_year"),
    [
        ("2031年主要任务：农村免费学前教育生均标准从400元提高至1200元。", "400", "1200", 2031),
        ("今年要把城乡居民基础养老金标准由每人每月200元提高到260元。", "200", "260", 2031),
        ("到2035年，全市森林覆盖率从40%提高到45%。", "40", "45", 2035),
    ],
)
def test_a_targets_from_figure_is_the_standard_in_force_the_year_before(
    text, before, target, target_year
):
    items = _items(text)
    assert items[Decimal(before)][:3] == ("evidence", *_year(2030))
    kind, start, end, _ = items[Decimal(target)]
    assert kind == "commitment"
    assert end == dt.date(target_year, 12, 31)


@pytest.mark.parametrize("joint", ["和", "、"])
def test_members_sharing_a_passed_mark_are_dated_and_compared_alike(joint):
    items = _items(f"过去五年，全市地方财政收入、支出分别突破300亿元{joint}3000亿元。")
    assert items[Decimal("300")][1:] == (*_year(2030), "more_than")
    assert items[Decimal("3000")][1:] == (*_year(2030), "more_than")


def test_rounds_of_raising_a_standard_and_batches_are_no_items():
    items = _items(
        "过去五年，5次调高城乡居民基础养老金标准，3次提高最低工资标准，"
        "“一件事”四批次43个重点事项全部上线。"
    )
    assert set(items) == {Decimal("43")}


def test_batches_of_what_is_handed_out_are_still_read():
    assert Decimal("3") in _items("2030年，全市发放3批次消费券。")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2030年，全市新材料量质齐升，产销量均跃升至全球第1位。", Decimal("1")),
        ("2030年，全市汽车产销量双双突破100万辆。", Decimal("100")),
    ],
)
def test_a_compound_shared_by_jointly_words_is_two_items(text, value):
    found = [i for i in extracted(text, REPORT_DAY, "day") if i.value == value]
    assert len(found) == 2


def test_a_share_of_a_capacity_is_read():
    items = _items("2030年，某基地建成世界最大的氨基酸生产基地，产能占全球30%。")
    assert items[Decimal("30")][:3] == ("evidence", *_year(2030))


def test_a_projects_capacity_in_its_name_is_still_no_item():
    assert Decimal("10") not in _items("2031年，开工年产10万吨氨基酸项目。")
