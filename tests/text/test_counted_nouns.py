"""What a count counts: the noun after its classifier (开放了42个应用场景 counts 应用场景), not
the words before the figure that say what was done (开放了). Such a count names no indicator of
the table, so its words are what a reader and the linker see of what it measures."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.text.extracted import extracted

PUBLISHED = dt.date(2031, 6, 1)


@pytest.mark.parametrize(
    ("text", "number", "words"),
    [
        ("今年以来，全区政务服务等领域开放了42个应用场景……成效明显。", "42", "应用场景"),
        ("力争年内建成5个产业园区，带动就业。", "5", "产业园区"),
        ("去年共建成了18个以上社区食堂。", "18", "社区食堂"),
    ],
)
def test_a_count_is_named_by_the_noun_after_its_classifier(text, number, words):
    (item,) = [i for i in extracted(text, PUBLISHED) if str(i.value) == number]
    assert item.indicator is None and item.indicator_text == words


@pytest.mark.parametrize(
    ("text", "number", "words"),
    [
        # Nothing counted after the figure: the words before it stay what it measures.
        ("上半年对接成功112项，成效明显。", "112", "对接成功"),
        # A noun of the table before the count names it, as before.
        ("全年新增高新技术企业300家以上。", "300", "高新技术企业"),
    ],
)
def test_a_count_with_nothing_after_it_keeps_the_words_before_it(text, number, words):
    (item,) = [i for i in extracted(text, PUBLISHED) if str(i.value) == number]
    assert words in item.indicator_text
