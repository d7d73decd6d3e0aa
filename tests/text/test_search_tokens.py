"""Search tokens without a database: folding, positions, query parsing, SQL literals."""

from __future__ import annotations

import pytest

from tracker.text.search_tokens import (
    NAME_MARK,
    find_passage,
    fts_match,
    fts_rank,
    fts_text,
    names_tsvector_literal,
    normalize,
    parse_query,
    tokens,
    tsquery_literals,
    tsvector_literal,
)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("高新 技术\n企业", "高新技术企业"),
        ("１７０.５亿元", "170.5亿元"),
        ("GDP增长", "gdp增长"),
        ("", ""),
    ],
)
def test_normalize_folds_width_case_and_whitespace(raw, folded):
    assert normalize(raw).text == folded


def test_offsets_point_back_to_the_original_characters():
    text = "新增 高企"
    folded = normalize(text)
    assert [text[i] for i in folded.offsets] == list("新增高企")


def test_every_character_has_its_own_position_and_punctuation_leaves_a_gap():
    places = tokens("高企，专精")
    assert places["高"] == [1] and places["企"] == [2]
    assert places["专"] == [4] and places["精"] == [5]  # position 3 is the comma


def test_words_and_dictionary_subwords_share_their_first_characters_position():
    places = tokens("国家高新技术企业")
    assert places["高新技术企业"] == [3] and places["高新"] == [3]
    assert places["企业"] == [7]


@pytest.mark.parametrize(
    ("raw", "terms"),
    [
        ("高企", ("高企",)),
        ("高企，专精特新", ("高企", "专精特新")),
        ("  高企   高企 ", ("高企",)),
        ("'\" OR 1=1 --", ("or", "1")),
        ("，。！", ()),
        ("", ()),
    ],
)
def test_query_terms_are_runs_of_letters_and_digits(raw, terms):
    assert parse_query(raw).terms == terms


def test_query_words_come_from_jieba_for_ranking():
    assert "高新技术企业" in parse_query("新增高新技术企业").words


def test_sql_literals_quote_every_lexeme():
    assert tsvector_literal("高企").startswith("'高':1 '企':2")
    match, rank = tsquery_literals(parse_query("高企 专精"))
    assert match == "('高' <-> '企') & ('专' <-> '精')"
    assert "'高企'" in rank
    assert fts_match(parse_query("高企")) == '"高 企"'
    assert fts_rank(parse_query("高企")) == '("高 企") OR ("高 企" OR "高企")'
    assert fts_text("高企，专") == "高 企 | 专 | | 高企"


def test_passage_is_none_without_a_match():
    assert find_passage("abc", parse_query("高企")) is None
    assert find_passage("新增高企", parse_query("高企")).match == "高企"


def test_a_search_in_either_script_finds_texts_in_both():
    # A text copied from a traditional-character page and a reader typing simplified
    # characters (or the other way round) find each other; the passage shown is the text's
    # own characters, at the right place.
    traditional = "全年地區生產總值突破萬億元，增長6.1%。"
    simplified = "全年地区生产总值突破万亿元，增长6.1%。"
    assert normalize(traditional).text == normalize(simplified).text
    assert parse_query("地區生產總值").terms == ("地区生产总值",)
    for text in (traditional, simplified):
        for query in ("地区生产总值 万亿元", "地區生產總值 萬億元"):
            passage = find_passage(text, parse_query(query))
            assert passage is not None, (text, query)
            assert passage.match == text[2:8]  # as the text writes it
    assert tokens(traditional) == tokens(simplified)


def test_pinyin_glosses_inside_words_do_not_hide_them():
    # A copy from a gateway that writes pinyin after some characters: the words are found,
    # the passage shown is the text as written, glosses and all; brackets that are content
    # stay searchable.
    text = "預計地區生產(chǎn)總值增長6%左右，增加值(含建筑业)突破(GDP)。"
    passage = find_passage(text, parse_query("地区生产总值"))
    assert passage is not None and passage.match == "地區生產(chǎn)總值"
    assert find_passage(text, parse_query("chǎn")) is None
    assert find_passage(text, parse_query("含建筑业")).match == "含建筑业"
    assert find_passage(text, parse_query("gdp")).match == "GDP"
    assert tokens("生產(chǎn)總值") == tokens("生产总值")


@pytest.mark.parametrize(
    "raw",
    [
        "地區生產(chǎn)總值",  # copied from a glossed page in traditional characters
        "地区生产(chǎn)总值",
        "地區生產（chǎn）總值",  # full-width brackets
        "地区生产(chan3)总值",  # a tone digit
    ],
)
def test_a_query_copied_with_pinyin_glosses_is_read_without_them(raw):
    assert parse_query(raw) == parse_query("地区生产总值")
    assert parse_query(raw).terms == ("地区生产总值",)


def test_a_queries_own_brackets_and_pinyin_stay_terms():
    assert parse_query("增加值(含建筑业) 生產(chǎn)").terms == ("增加值", "含建筑业", "生产")
    assert parse_query("chǎn").terms == ("chǎn",)  # no gloss: it follows no character
    assert parse_query("研发(R&D)投入").terms == ("研发", "r", "d", "投入")


# --- An item's indicator names ----------------------------------------------------------------

NAMES = ("新增专利授权数", "专利授权（件）")


def test_names_follow_the_texts_tokens_as_lexemes_of_their_own():
    text = fts_text("全年新增发明专利50件", names=NAMES)
    own, names = text.split(f" {NAME_MARK} ")
    assert own == fts_text("全年新增发明专利50件")  # the text's tokens are as without names
    assert names.split(" ")[:3] == [NAME_MARK + "新", NAME_MARK + "增", NAME_MARK + "专"]
    # a bracket leaves a gap in a name, as in a text, and one name is parted from the next
    assert names.split(" ")[7:10] == ["|", f"{NAME_MARK}专", f"{NAME_MARK}利"]
    assert names.endswith(f"{NAME_MARK}授 {NAME_MARK}权 | {NAME_MARK}件 |")
    assert fts_text("全年新增发明专利50件", names=()) == fts_text("全年新增发明专利50件")


def test_a_names_positions_follow_the_texts_last_as_postgresqls_concatenation_puts_them():
    own = tsvector_literal("专利50件")
    assert own == "'专':1 '利':2 '5':3 '0':4 '件':5 '专利':1 '50':3"
    named = f"'{NAME_MARK}专':1 '{NAME_MARK}利':2 '{NAME_MARK}数':3"
    assert names_tsvector_literal(("专利数",)) == named
    # 'own' || 'names' in PostgreSQL: each name position moved by the left side's last one
    assert tsvector_literal("专利50件", names=("专利数",)) == (
        own + f" '{NAME_MARK}专':6 '{NAME_MARK}利':7 '{NAME_MARK}数':8"
    )


def test_a_query_finds_a_term_in_the_text_or_in_a_name_but_ranks_by_the_text_alone():
    query = parse_query("专利 授权")
    match = fts_match(query, names=True)
    assert match == (
        f'("专 利" OR "{NAME_MARK}专 {NAME_MARK}利") AND '
        f'("授 权" OR "{NAME_MARK}授 {NAME_MARK}权")'
    )
    assert fts_match(query) == '"专 利" AND "授 权"'  # articles have no names
    assert NAME_MARK not in fts_rank(query)
    assert fts_rank(query) == '("专 利" OR "授 权") OR ("专 利" OR "授 权" OR "专利" OR "授权")'
    pg_match, pg_rank = tsquery_literals(query, names=True)
    assert f"('{NAME_MARK}专' <-> '{NAME_MARK}利')" in pg_match
    assert NAME_MARK not in pg_rank and pg_rank == tsquery_literals(query)[1]
