"""Recall and precision of the extractor on the five seeds, against the hand-read fixture.

The pipeline is the real one, pure functions only: decode → split (with reflow) → dates →
extract. An item counts only with the right kind, value, unit and period (see
tests/extraction_quality.py). Run with ``-s`` to see every miss and invention.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.extraction_quality import _spans, load, score_document, stories, total

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIXTURE = Path(__file__).resolve().parent / "data" / "seed_items.json"
KINDS = {"commitment", "evidence"}
COMPARATORS = {"exactly", "at_least", "more_than", "at_most", "less_than", "about", "range", "none"}
MEASURES = {"level", "growth", "share", "rank", "none"}
RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.90
# The reader's dates, used only if ingestion's splitter and date inference are missing.
READER_DATES = {
    "000": date(2021, 2, 26),
    "001": date(2020, 6, 12),
    "002": date(2024, 8, 21),
    "003": date(2023, 1, 17),
    "004": date(2024, 7, 1),
}


@pytest.fixture(scope="module")
def seed_stories():
    return {
        path.name[:3]: stories(path, fallback_date=READER_DATES[path.name[:3]])
        for path in sorted(SEEDS.glob("*.txt"))
    }


def test_fixture_is_well_formed(seed_stories):
    items = load(FIXTURE)
    seen = set()
    for item in items:
        key = (item["doc"], item["quote"], item["kind"])
        assert key not in seen, f"duplicate fixture item {key}"
        seen.add(key)
        assert item["kind"] in KINDS, key
        assert item["comparator"] in COMPARATORS, key
        assert item["measure"] in MEASURES, key
        assert item["doc"] in seed_stories, key
        bodies = [story.body for story in seed_stories[item["doc"]]]
        assert any(_spans(body, item["quote"]) for body in bodies), f"quote not in text: {key}"
        if item["kind"] == "commitment":
            assert item["commitment_kind"] in ("numeric", "deliverable"), key
            assert (item["value"] is None) == (item["commitment_kind"] == "deliverable"), key


def test_issue_examples_are_in_the_fixture():
    quotes = {item["quote"] for item in load(FIXTURE)}
    for example in (
        "建立不少于1000家的高新技术后备企业库",
        "新增300家高企",
        "下半年固定资产投资要完成163.8亿元",
        "研发投入强度达到10.09%",
        "技术合同成交额突破170.5亿元",
        "完成10个在谈项目正式签约",
        "8月底前出台",
        "生产总值增长10%",
        "引入160家创投机构",
        "资本规模达到2000亿",
        "全年技术合同交易额完成136亿元",
        "新增省级瞪羚企业27家",
        "同比增长42%",
        "兑现总奖补金额达到5.13亿元",
        "质押融资累计20469万元",
        "位列全国第17位",
    ):
        assert example in quotes, example


def test_recall_and_precision_on_the_seeds(seed_stories):
    expected = load(FIXTURE)
    scores = [
        score_document(doc, found, [i for i in expected if i["doc"] == doc])
        for doc, found in seed_stories.items()
    ]
    whole = total(scores)
    print(whole.report("seeds"))
    assert whole.recall >= RECALL_FLOOR, whole.report("seeds")
    assert whole.precision >= PRECISION_FLOOR, whole.report("seeds")
