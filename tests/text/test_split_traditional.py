"""Pages in traditional characters, or with a gateway's pinyin glosses, are cut into stories
where their simplified twins are cut (articles/text/split.py reads them through
``script.reading_of``), while titles, bodies and bylines stay as the page writes them."""

from __future__ import annotations

from articles.text.split import single_story, split_document

# A page of two stories, written for these tests in traditional characters, and its twin.
TRADITIONAL = "\n".join(
    [
        "青溪縣召開經濟工作會議",
        "",
        "本報訊 1月8日，青溪縣召開",
        "經濟工作會議，部署全年經濟",
        "工作，力爭地區生產總值增長",
        "百分之七。",
        "記者 王小明 通訊員 李華",
        "",
        "青溪縣新春招聘會舉行",
        "",
        "本報訊 1月9日，青溪縣新春",
        "招聘會在人才市場舉行，百餘",
        "家企業提供崗位三千餘個。",
        "實習生 張偉 攝影記者 陳靜",
    ]
)
SIMPLIFIED = "\n".join(
    [
        "青溪县召开经济工作会议",
        "",
        "本报讯 1月8日，青溪县召开",
        "经济工作会议，部署全年经济",
        "工作，力争地区生产总值增长",
        "百分之七。",
        "记者 王小明 通讯员 李华",
        "",
        "青溪县新春招聘会举行",
        "",
        "本报讯 1月9日，青溪县新春",
        "招聘会在人才市场举行，百余",
        "家企业提供岗位三千余个。",
        "实习生 张伟 摄影记者 陈静",
    ]
)


def _cuts(stories):
    return [(s.span_start, s.span_end, s.parts, s.is_fragment, s.page) for s in stories]


def test_a_traditional_page_is_cut_where_its_simplified_twin_is_cut():
    traditional, simplified = split_document(TRADITIONAL), split_document(SIMPLIFIED)
    assert len(simplified) == 2
    assert _cuts(traditional) == _cuts(simplified)
    second = TRADITIONAL.index("青溪縣新春招聘會舉行")
    assert [s.span_start for s in traditional] == [0, second]


def test_a_traditional_page_keeps_its_titles_bodies_and_bylines_as_written():
    stories = split_document(TRADITIONAL)
    assert [(s.title, s.body, s.reporters) for s in stories] == [
        (
            "青溪縣召開經濟工作會議",
            "本報訊 1月8日，青溪縣召開經濟工作會議，部署全年經濟工作，"
            "力爭地區生產總值增長百分之七。",
            ("王小明", "李華"),
        ),
        (
            "青溪縣新春招聘會舉行",
            "本報訊 1月9日，青溪縣新春招聘會在人才市場舉行，百餘家企業提供崗位三千餘個。",
            ("張偉", "陳靜"),
        ),
    ]


def test_a_lead_credit_in_traditional_characters_names_its_reporters_as_written():
    page = "本報訊（記者 王小明 通訊員 李華）1月8日，青溪縣召開經濟工作會議。\n\n編輯 趙敏"
    (story,) = split_document(page)
    assert story.reporters == ("王小明", "李華", "趙敏")
    assert story.body == "本報訊（記者 王小明 通訊員 李華）1月8日，青溪縣召開經濟工作會議。"


def test_a_glossed_page_is_cut_at_its_glossed_bylines_and_keeps_its_glosses():
    page = "\n".join(
        [
            "本報(bào)訊 1月8日，青溪縣召開",
            "經濟工作會議，部署全年工作。",
            "記(jì)者 王小明(míng)",
            "",
            "本報訊 1月9日，青溪縣新春招聘",
            "會在人才市場舉行。",
            "記者 張偉",
        ]
    )
    stories = split_document(page)
    assert [(s.body, s.reporters) for s in stories] == [
        ("本報(bào)訊 1月8日，青溪縣召開經濟工作會議，部署全年工作。", ("王小明",)),
        ("本報訊 1月9日，青溪縣新春招聘會在人才市場舉行。", ("張偉",)),
    ]
    second = page.index("本報訊 1月9日")
    assert [(s.span_start, s.span_end) for s in stories] == [
        (0, page.index("記(jì)者") + len("記(jì)者 王小明(míng)")),
        (second, len(page)),
    ]


def test_a_pasted_story_in_traditional_characters_loses_its_byline_as_written():
    story = single_story("青溪縣新增企業\n十家。\n\n記者 王小明 攝", title="標題")
    assert (story.title, story.body) == ("標題", "青溪縣新增企業十家。")
    assert story.reporters == ("王小明",)
