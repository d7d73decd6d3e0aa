"""A count naming quoted tasks (完成“…、…和…”三项任务) and the rank of an increase
(增量居全省第3位) are no items; a rank of a level still is."""

from __future__ import annotations

import datetime as dt

from tracker.text.extract import extract

DAY = dt.date(2019, 12, 2)


def _figures(text: str) -> list[tuple[float, str]]:
    return [(float(i.value), i.unit) for i in extract(text, published_on=DAY, precision="day")]


def test_a_count_naming_quoted_tasks_is_no_item():
    text = "2020年,全县将新开工30个项目;完成“推进园区开发、推动产业升级和改善民生”三项任务。"
    assert _figures(text) == [(30, "个")]


def test_the_rank_of_an_increase_is_no_item_but_the_rank_of_a_level_is():
    text = "2018年,全县粮食总产量达到150万吨,增量居全省第3位;粮食单产居全省第2位。"
    assert _figures(text) == [(150, "万吨"), (2, "位")]
