"""Round 33's dating among the coming year's tasks, on sentences of our own (docs/QUALITY.md,
"Sets 42, 45–47 after round 33").

Years listed for 分别 (2032年、2033年分别建成…) date their own members only: the tasks after
them keep the year of their section. The events a government has others take part in
(组织企业参加境外展会400场以上) and those enrolled in a scheme (参加…保障的劳动者超300万人) are
counted, not a meeting's logistics. A package of measures
named by its count (60项提升举措) is no item, a word of what they do before 举措 or not."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.text.extracted import extracted

REPORT_DAY = dt.date(2031, 1, 25)
TASKS = "三、2031年重点工作\n（一）加强基础设施建设。"
THIS_YEAR = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))


def _dated(text: str) -> list[tuple[str, Decimal | None, str, tuple[dt.date | None, ...]]]:
    return [
        (i.kind, i.value, i.unit, (i.period_start, i.period_end))
        for i in extracted(TASKS + text, REPORT_DAY, "day")
        if i.value is not None
    ]


def test_years_shared_out_by_fenbie_pass_nothing_to_the_tasks_after_them():
    text = (
        "今年建成甲乙高铁，2032年、2033年分别建成丙丁、戊己高铁。"
        "公路方面，新开工甲至乙等3个项目，高速公路里程突破8200公里。"
    )
    assert _dated(text) == [
        ("commitment", Decimal(3), "个", THIS_YEAR),
        ("commitment", Decimal(8200), "公里", THIS_YEAR),
    ]



def test_events_the_government_has_others_take_part_in_are_counted():
    found = _dated("（四）扩大开放。组织企业参加境外展会400场以上。")
    assert found == [("commitment", Decimal(400), "场", THIS_YEAR)]
    # (a meeting's own participants stay none)
    assert _dated("参加会议的代表300人。") == []


def test_a_package_of_measures_named_by_its_count_is_no_item():
    assert _dated("（五）优化营商环境。实施法治化营商环境60项提升举措。") == []
    assert _dated("（五）优化营商环境。推出营商环境12条改革措施。") == []


def test_those_enrolled_in_a_scheme_are_counted():
    found = _dated("（六）兜牢民生底线。全省参加职业伤害保障的新业态劳动者超300万人。")
    assert found == [("commitment", Decimal(300), "万人", THIS_YEAR)]


def test_the_from_side_of_a_count_to_widen_is_the_year_befores():
    found = _dated("（四）办好教育。推动县中托管帮扶从12个县（市）扩大到40个县（市）。")
    assert found == [
        ("evidence", Decimal(12), "个", (dt.date(2030, 1, 1), dt.date(2030, 12, 31))),
        ("commitment", Decimal(40), "个", THIS_YEAR),
    ]
