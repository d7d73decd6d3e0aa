"""Cutting pages into stories: the seed pages against expectations written by reading them
(tests/data/seed_articles.json), and small made-up pages for each layout rule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from articles.text.dates import infer_page_dates
from articles.text.split import parse_byline, single_story, split_document

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "tests/data/seed_articles.json").read_text(encoding="utf-8"))
SEEDS = sorted(EXPECTED["files"])


def test_every_seed_has_expectations():
    on_disk = sorted(path.name for path in (ROOT / "seeds").glob("*.txt"))
    assert on_disk == SEEDS


@pytest.fixture(scope="module", params=SEEDS)
def seed(request):
    text = (ROOT / "seeds" / request.param).read_text(encoding="utf-8")
    stories = split_document(text)
    return request.param, text, stories, EXPECTED["files"][request.param]


def test_seed_story_count_and_titles(seed):
    _name, _text, stories, expected = seed
    assert [story.title for story in stories] == [item["title"] for item in expected]


def test_seed_bodies_start_and_end(seed):
    _name, _text, stories, expected = seed
    for story, item in zip(stories, expected, strict=True):
        assert story.body.startswith(item["first_words"]), story.title
        assert story.body.endswith(item["last_words"]), story.title
        for phrase in item.get("contains", []):
            assert phrase in story.body, (story.title, phrase)


def test_seed_reporters_and_fragments(seed):
    _name, _text, stories, expected = seed
    assert [list(story.reporters) for story in stories] == [item["reporters"] for item in expected]
    assert [story.is_fragment for story in stories] == [item["is_fragment"] for item in expected]


def test_seed_dates(seed):
    _name, _text, stories, expected = seed
    guesses = infer_page_dates([story.body for story in stories])
    for guess, item in zip(guesses, expected, strict=True):
        wanted = dt.date.fromisoformat(item["published_on"]) if item["published_on"] else None
        assert (guess.published_on, guess.precision) == (wanted, item["precision"])
        assert item["basis_contains"] in guess.basis


def test_seed_spans_hold_the_story_and_do_not_overlap(seed):
    _name, text, stories, _expected = seed
    spans = sorted((story.span_start, story.span_end) for story in stories)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start
    for story in stories:
        raw = text[story.span_start : story.span_end].replace("\n", "").replace(" ", "")
        assert story.body[:8].replace(" ", "") in raw or any(
            story.body[:8].replace(" ", "") in text[a:b].replace("\n", "").replace(" ", "")
            for a, b in story.parts
        )


def test_bylines_are_not_in_bodies(seed):
    _name, _text, stories, _expected = seed
    for story in stories:
        assert "记者 " not in story.body and "通讯员" not in story.body


BYLINES = {
    "记者 孙庆辉": ("孙庆辉",),
    "记者 孙庆辉 文/图": ("孙庆辉",),
    "记者 孙庆辉 通讯员 李超": ("孙庆辉", "李超"),
    "记者 王际宾 王治": ("王际宾", "王治"),
    "记者 孙庆辉 高新时报 方宝岭 文/图": ("孙庆辉", "方宝岭"),
    "（记者 张三）": ("张三",),
    "记者了解到，今年新增企业十家": None,
    "记者采访时": None,
    "通讯员": None,
    # traditional characters, and a gateway's pinyin glosses: names as written, no glosses
    "記者 王小明 通訊員 李華": ("王小明", "李華"),
    "實習生 張偉 攝影記者 陳靜": ("張偉", "陳靜"),
    "（記(jì)者 趙敏(mǐn)）": ("趙敏",),
    "記者瞭解到，今年新增企業十家": None,
}


@pytest.mark.parametrize("text", sorted(BYLINES))
def test_parse_byline(text):
    assert parse_byline(text) == BYLINES[text]


def test_displaced_headline_is_reattached_by_its_wording():
    page = "\n".join(
        [
            "本报讯 3月2日，高新区召开",
            "人工智能产业推进会，部署全",
            "年人工智能产业发展工作。",
            "记者 张三",
            "",
            "高新区举办新春招聘会",
            "",
            "本报讯 3月1日，高新区新春招",
            "聘会在人才市场举行，百余家",
            "企业提供岗位三千余个。",
            "记者 李四",
            "",
            "高新区召开人工智能",
            "产业推进会",
        ]
    )
    stories = split_document(page)
    assert [s.title for s in stories] == ["高新区召开人工智能 产业推进会", "高新区举办新春招聘会"]
    assert [s.reporters for s in stories] == [("张三",), ("李四",)]


def test_adjacent_headline_stays_when_nothing_better_claims_it():
    page = "\n".join(
        [
            "春风行动",
            "",
            "本报讯 3月1日，一场活动在广场",
            "举行，市民踊跃参加了活动。",
            "记者 李四",
        ]
    )
    (story,) = split_document(page)
    assert story.title == "春风行动"


def test_text_without_any_story_marks_is_a_fragment():
    page = "\n".join(
        [
            "的工作，进一步推动项目落地，",
            "取得明显成效。",
            "",
            "高新区召开大会",
            "",
            "本报讯 5月6日，高新区召开",
            "大会，部署全年工作任务。",
            "记者 王五",
        ]
    )
    stories = split_document(page)
    assert [s.is_fragment for s in stories] == [True, False]
    assert stories[0].title == ""
    assert stories[0].body.startswith("的工作，进一步推动项目落地，取得明显成效。")


def test_form_feeds_separate_pages():
    page = (
        "本报讯 5月6日，甲事项顺利完成。\n记者 王五\n\f本报讯 5月7日，乙事项顺利完成。\n记者 赵六\n"
    )
    stories = split_document(page)
    assert [s.page for s in stories] == [0, 1]
    assert page[stories[1].span_start : stories[1].span_end].startswith("本报讯 5月7日")


def test_single_story_takes_the_byline_off_and_reflows():
    story = single_story("高新区新增企业\n十家。\n\n记者 孙庆辉", title="标题")
    assert story.body == "高新区新增企业十家。"
    assert story.reporters == ("孙庆辉",)
    assert story.title == "标题"


def test_splitting_a_long_document_is_linear():
    import time

    page = (
        "高新区召开大会\n\n本报讯 5月6日，高新区召开\n大会，部署全年工作任务，\n"
        "力争新增企业三百家。\n记者 王五\n\n"
    ) * 3000
    started = time.perf_counter()
    stories = split_document(page)
    assert len(stories) == 3000
    assert time.perf_counter() - started < 10


def test_a_headline_matching_no_story_is_kept_as_a_fragment():
    page = (
        "本报讯 5月6日，高新区召开大会，部署全年工作任务。\n记者 王五\n\n"
        "春天的故事\n\n另一个标题"
    )
    stories = split_document(page)
    assert [(s.title, s.body, s.is_fragment) for s in stories] == [
        ("", "本报讯 5月6日，高新区召开大会，部署全年工作任务。", False),
        ("春天的故事 另一个标题", "春天的故事 另一个标题", True),
    ]
