"""Link suggestions and suggested statuses on held-out texts, against links and statuses an
editor wrote by reading them (tests/data/linking/expected.json; docs/LINKING_QUALITY.md).

Each set is ingested alone, with the editor's dates, through the ingest service; run with
``-s`` to see every miss, invention and wrong status. Extraction misses (a side of a pair never
extracted) are reported apart and are not linking errors.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from tests.linking_quality import expected_sets, has_given_places, score_set

pytestmark = pytest.mark.django_db

# set: floors of (pairs recall, pairs precision, right relation recall, statuses right).
# Blind run (expected links committed in 5dad5ec before it): pairs 28/48 found, 28/31 suggested
# right, statuses 5/9. After the fixes of that round (figures as of a day: a period's last day
# is its result, the year before's last day its baseline, not the one two years before; tuned
# on set 1): 31/48, 31/34, statuses 5/9. Round 2 (indicators, places and price ceilings, the
# classes those misses showed; tuned on the same sets, so no longer blind): 48/48, 48/48,
# statuses 9/9. The floors sit just under the round 2 run. Set 16 is the blind check of round 2:
# written and committed before its one run, its floors sit just under that run.
FLOORS = {
    "set1": (0.99, 0.99, 0.99, 0.99),  # blind 18/37, 18/20, 5/9; round 1 21/37, 21/23, 5/9;
    # round 2 37/37, 37/37, 9/9
    "set4": (0.99, 0.99, 0.99, 0.99),  # blind and round 1: 6/7, 6/6; round 2 7/7, 7/7
    "set6": (0.99, 0.99, 0.99, 0.99),  # no link expected, none suggested
    "set9": (0.99, 0.99, 0.99, 0.99),  # blind and round 1: 1/1, 1/2; round 2 1/1, 1/1
    "set11": (0.99, 0.99, 0.99, 0.99),  # blind and after: 1/1, 1/1, 1/1, 0/0
    "set12": (0.99, 0.99, 0.99, 0.99),  # blind and after: 2/2, 2/2, 2/2, 0/0
    # set 16, blind (links committed in baa0106 before its one run): 6/9, 6/12, 6/9, 2/3;
    # extraction misses apart: 2 links and 2 statuses (a targets list read as figures).
    # With the documents' places given (given_places): 6/9, 6/9, 6/9, 2/3 (the 3 links from
    # one province's figures naming no place to the other's targets are gone). Round 3 (its
    # classes: an indicator named a clause before, 地区总值, 分别 lists, 城镇/农村 incomes;
    # tuned on it, so no longer blind): 9/9, 9/9, 9/9, 3/3
    "set16": (0.99, 0.99, 0.99, 0.99),
    # Sets 17 and 18, blind checks of round 3 with the documents' places given (links
    # committed in 0e420a8 and 78a0cd5 before their one run): set 17 4/4, 4/4, 4/4, 3/3;
    # set 18 3/7, 3/3, 3/7, 1/2 (经济增长 named no indicator; a bullet list's next indicator).
    # Extraction round 13 (those classes as general rules, tuned on them, so no longer blind):
    # set 17 unchanged, set 18 7/7, 7/7, 7/7, 2/2.
    "set17": (0.99, 0.99, 0.99, 0.99),
    "set18": (0.99, 0.99, 0.99, 0.99),
    # Set 19, the blind check of round 4 (the rules after extraction round 13; links committed
    # in 5e80bc2 before its one run, places given): 13/13, 13/14, 13/13, 4/4; extraction misses
    # apart: 1 link and 1 status (a news report's target read as evidence). Extraction round 14
    # (set 19's classes as general rules, tuned on it, so no longer blind): 14/14, 14/14,
    # 14/14, 5/5, no extraction miss apart.
    "set19": (0.99, 0.99, 0.99, 0.99),
    # Set 20, the blind check of round 5 (the rules after extraction round 14; links committed
    # in 38fcd20 before its one run, places given): 3/6, 3/3, 3/6, 2/2; extraction misses
    # apart: 3 links and 3 statuses (a plan's list of measures read as facts). Extraction round
    # 15 and linking by the same words (tuned on it, so no longer blind): 8/9, 8/8, 8/9, 4/5,
    # no extraction miss apart (供应建设用地 / 供应国有建设用地: other words, not linked).
    "set20": (0.88, 0.99, 0.88, 0.79),
    # Set 21, the blind check of round 6 (the rules after round 15; links committed in 868cd82
    # before its one run): 1/7, 1/1, 1/7, 1/5 with places given or inferred; extraction misses
    # apart: 11 links and 8 statuses (a text in traditional characters is barely read). Read
    # as its simplified twin, with round 16's classes as rules: 9/15, 9/9, 7/15, 6/13. Round 19
    # (超过X meets 突破X; 甲和乙都将突破X an item each, so its 3 links are measured; a level
    # after a growth rate is the same thing's): 13/18, 13/13, 13/18, 10/13. Round 22
    # (规模以上工业总产值 and 商品销售总额 in the table; the last member before 都 keeps its
    # name): 15/18, 15/15, 15/18, 12/13.
    "set21": (0.83, 0.99, 0.83, 0.92),
    # Set 22, the blind check of round 7 (the rules after round 16; links committed in e18bd4e
    # before its one run, at 17f6c8a): 2/7, 2/2, 2/7, 2/6 with places given or inferred;
    # extraction misses apart: 1 link. Round 17a (its dating classes as rules, the pinyin
    # glosses read past; so no longer blind): 5/8, 5/5, 5/8, 5/6, no extraction miss apart
    # (the three misses left: figures with no indicator named, 8000亿元 and 能耗). Round 19
    # (万元生产总值能耗 is 单位生产总值能耗, 预计 between a name and its figure, the year before
    # a level aimed at over three years its baseline): 7/8, 7/7, 7/8, 6/6 (left: 累计下降16%).
    "set22": (0.87, 0.99, 0.87, 0.99),
    # Set 23, the blind check of round 8 (the rules after round 17; links committed in 35e9ce7
    # before its one run, at aabdd6f): 8/10, 8/8, 8/10, 8/10 with places given or inferred;
    # no extraction miss apart. Round 18 (a name parted from its figure by adverbs or a
    # qualifier, 也将力争增长 / 扣除…因素增长, is its indicator; so no longer blind): 10/10, 10/10,
    # 10/10, 10/10.
    "set23": (0.99, 0.99, 0.99, 0.99),
    # Set 24, the blind check of round 9 (the rules after round 18; links committed in 82669d0
    # before its one run, at cb43846): 13/13, 13/13, 13/13, 11/11 with places given or
    # inferred; no extraction miss apart.
    "set24": (0.99, 0.99, 0.99, 0.99),
    # Set 25, the blind check of round 10 (the rules after round 20; links committed in 666def8
    # before its one run, at 666def8): 7/17, 7/7, 7/17, 2/11 with places given or inferred; no
    # extraction miss apart (a review's 过去一年 figures dated as of its day; 新增就业 and
    # 进出口贸易总额 in no indicator table). Round 21 (a text of January to March opening on
    # 过去一年 reviews the year before; 新增就业 and 进出口贸易总额 are aliases; so no longer
    # blind): 17/17, 17/17, 17/17, 11/11.
    "set25": (0.99, 0.99, 0.99, 0.99),
    # Set 26, the blind check of round 11 (the rules after round 21; links committed in 4f6463e
    # before its one run, at 4f6463e): 14/14, 14/17, 14/14, 8/8 with places given or inferred,
    # 2 extraction misses apart (a 2024 target read as a 2023 result: 其中地区生产总值增长5%以上
    # after the review's 过去一年; it also makes the 3 inventions). Round 23 (a sentence naming
    # 今年 and 目标 sets targets; so no longer blind): 16/16, 16/16, 16/16, 8/8.
    "set26": (0.99, 0.99, 0.99, 0.99),
}
SPECS = {spec["name"]: spec for spec in expected_sets()}
# Places inferred: no given_places, each document has the place ingestion reads from its own
# title or heading (what an ingest without a manifest gets). Only the sets whose fixture gives
# places are measured again; in the others the run above already is this one. Floors just
# under the first run (the same as with no place at all: the titles read name the places the
# extractor already took from those reports' own words; the inventions are from news, digests
# and task lists whose openings name no place, so they stay compatible with every place).
INFERRED_FLOORS = {
    # set 16: 9/9, 9/13, 9/9, 3/3; the three news read their place from their leads (海南省,
    # 海南省, 辽宁省), the task list names none (省 alone): its 4 inventions stayed until its
    # figures were kept to the places its text names (none of them 海南): 9/9, 9/9, 9/9, 3/3
    "set16": (0.99, 0.99, 0.99, 0.99),
    "set17": (0.99, 0.99, 0.99, 0.99),  # 4/4, 4/4, 4/4, 3/3: the two plans read as 包头市
    # set 18: 7/7, 7/10, 7/7, 2/2; the two 2026 reports read from their titles, the news
    # (山东省) from its lead, the digest names no place: its 3 inventions stay
    "set18": (0.99, 0.69, 0.99, 0.99),
    "set19": (0.99, 0.99, 0.99, 0.99),  # 14/14, 14/14, 14/14, 5/5 (after round 14)
    "set20": (0.88, 0.99, 0.88, 0.79),  # 8/9, 8/8, 8/9, 4/5 (blind 3/6, 3/3, 3/6, 2/2)
    # set 21: blind 1/7, 1/1, 1/7, 1/5; round 19: 14/18, 14/14, 14/18, 11/13 (the results
    # news reads no place of its own, so it also meets the lead's 突破1萬億元, whose sentence
    # 上海市浦東新區第六屆… gives it 上海市; given 浦东新区, the news does not); round 22:
    # 16/18, 16/16, 16/18, 13/13
    "set21": (0.88, 0.99, 0.88, 0.99),
    "set22": (0.87, 0.99, 0.87, 0.99),  # as with places given (blind 2/7, 2/2, 2/7, 2/6)
    "set23": (0.99, 0.99, 0.99, 0.99),  # as with places given (blind 8/10, 8/8, 8/10, 8/10)
    "set24": (0.99, 0.99, 0.99, 0.99),  # blind: as with places given (13/13, 13/13, 13/13, 11/11)
    # set 25: as with places given (blind 7/17, 7/7, 7/17, 2/11; round 21 17/17, 17/17, 17/17,
    # 11/11)
    "set25": (0.99, 0.99, 0.99, 0.99),
    # set 26: as with places given (blind 14/14, 14/17, 14/14, 8/8; round 23 16/16, 16/16,
    # 16/16, 8/8)
    "set26": (0.99, 0.99, 0.99, 0.99),
}


def assert_above_floors(score, floors: tuple[float, float, float, float], label: str) -> None:
    """The set's pairs recall and precision, right relations and right statuses are each at
    least its floor (the report, every miss by cause, is printed and shown on failure)."""
    report = score.report(label)
    print(report)
    recall, precision, relation, statuses = floors
    assert score.recall >= recall, report
    assert score.precision >= precision, report
    assert score.relation_recall >= relation, report
    assert score.status_accuracy >= statuses, report


def test_every_set_of_the_fixture_has_floors():
    assert set(SPECS) == set(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_links_and_statuses_on_held_out_texts(name):
    user = get_user_model().objects.create_user("editor", password="x")
    assert_above_floors(score_set(SPECS[name], user), FLOORS[name], name)


def test_the_sets_measured_with_places_inferred_are_those_giving_places():
    measured = {name for name in INFERRED_FLOORS if has_given_places(SPECS[name])}
    assert measured == set(INFERRED_FLOORS)


@pytest.mark.parametrize("name", sorted(INFERRED_FLOORS))
def test_links_and_statuses_with_places_inferred(name):
    user = get_user_model().objects.create_user("editor", password="x")
    score = score_set(SPECS[name], user, places_given=False)
    assert_above_floors(score, INFERRED_FLOORS[name], f"{name}, places inferred")
