"""The year of a text: which year its figures report, and the year it was written in.

A text is often copied without its date, and its year then hides in one of a few places.
This stage weighs them, most specific first, and says which one it used (the basis is shown
to editors as the article's date basis when it dates the article):

1. the title: "2025年东洲区政府工作报告" is written in 2025 and reports 2024 (a government
   work report reviews the year before); any other title naming a year ("2023年…统计公报",
   "2024年工作总结") reports that year, and a communiqué's (公报) every figure is that
   year's, also under headings that name no year ("一、综 合");
2. the first numbered heading of a review, even where reflow ran it into its paragraph:
   "一、2024年工作回顾" reports 2024, so the text was written in 2025 (likewise
   "…执行情况" of a plan); "…工作总结" reports its year;
3. a subtitle line (a short line near the top without a full stop) naming a year
   ("2024年全市上下解放思想…交出了一份…成绩单");
4. the opening sentences: a review of a named year ("总结2024年工作成果",
   "召开2018年度工作总结大会"), or a named year beside 过去的一年/过去一年/一年来; 过去的一年
   says the speaker is in the year after it; 今年 beside a named year gives the year of
   writing.

Where the words name no year, the date can still say it (``year_of_work_report``): a
government work report, or a news report of one, delivered in the first months of a year
reviews the year before even where it never names it (一年以来, 过去一年, 圆满完成了全年…目标
任务, 预计全年…).

Nor does a text have to be a work report: one dated in January to March whose opening looks
back on 过去一年 (过去的一年, 刚刚过去的一年) reviews the calendar year before its date
(``year_of_past_year_review``): "过去一年，是…的一年。全区地区生产总值增长6.8%…" published on
15 March 2024 reports 2023.

Years aimed at (到2027年, 力争2025年, 2024—2026年) are no such evidence. A date an editor or
the manifest gives always wins over the year of writing found here; the year reported, which
the text itself names, still frames its 全年 and 年末.

The title and body given here are texts as read (``script.reading_of``: simplified, without
pinyin glosses): both callers, ``dates.infer_date`` and the extractor, read a text so before
asking, and give the basis back in the text's own characters (``Reading.clue``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

TITLE_LINES = 3  # how many first lines may be a title or a subtitle
SUBTITLE_CHARS = 60  # a subtitle line is at most this long
OPENING_CHARS = 400  # how far into a text its opening sentences and first heading may be

_YEAR = r"(?P<y>(?:19|20)\d{2})\s*年"
# Words before a year that aim at it (到2027年, 力争2025年, 2024—2026年): no year of writing.
AIMED_BEFORE = re.compile(
    r"(?:(?<!截止)(?<!截)到|力争|预计|计划|将于|将在|争取|目标|展望|[—\-－～~]|(?<!截)至)\s*$"
)
_AIMED_AFTER = re.compile(r"^\s*(?:前|底前|末前|以前|远景|[—\-－～~至到]\s*\d)")
_NOT_A_YEAR_AFTER = re.compile(r"^\s*(?:代|\d{1,2}\s*月\s*\d{1,2}\s*[日号])")
# (向大会报告工作: the words of a government's report to its congress, as news gives them.)
_WORK_REPORT = re.compile(r"政府工作报告|工作报告|向大会报告工作")
# A year's statistical communiqué (or bulletin) reports that year in every paragraph.
_COMMUNIQUE = re.compile(r"公报")
# People's congresses hear their government's work report in January to March; a few (a
# new district's first congress) in November or December, with the year's estimates.
WORK_REPORT_LAST_MONTH = 3
WORK_REPORT_LATE_MONTH = 11
# Words of a review of the year just ended that name no year.
_UNNAMED_REVIEW = re.compile(
    r"一年以来|一年来|过去的?一年|刚刚过去的一年|完成了?全年[^。；;！!？?]{0,24}?目标任务|预计全年"
)
_REVIEW_HEADING = re.compile(
    r"(?:^|[\s。，,])(?:[一1])\s*[、.．]\s*" + _YEAR + r"[^。，,；;\n]{0,16}?"
    r"(?P<kind>回顾|执行情况|总结)"
)
_REVIEWED = re.compile(
    r"(?:总结|回顾)\s*了?\s*"
    + _YEAR
    + r"|"
    + _YEAR.replace("?P<y>", "?P<y2>")
    + r"\s*(?:度)?\s*(?:的)?\s*(?:工作)?\s*(?:总结|回顾)"
)
_PAST_YEAR_WORDS = re.compile(r"过去的一年|过去一年|刚刚过去的一年|一年来")
_SPEAKER_AFTER = re.compile(r"过去的一年|过去一年|刚刚过去的一年")
# 过去一年 that is the past year itself, not a span of a year and more (过去一年多, 过去一年半)
_PAST_YEAR = re.compile(r"过去的?一年(?![多半零余])")
_THIS_YEAR = re.compile(r"今年")
# 作政府工作报告时提出了2025年…主要预期目标 (or 提出了 2024 年工作总体要求和目标任务, its years
# written with spaces as many web pages do): the report sets that year's targets, so it is
# that year's report and reviews the year before (news of a report often names no other year).
_TARGETS_SET = re.compile(
    r"(?:提出|部署|明确)了?\s*" + _YEAR + r"[^。；;，,]{0,30}?(?:(?:主要|预期|发展)目标|目标任务)"
)
# 2023年河北经济社会发展主要预期目标是…: a year's targets as a report states them (not a
# review's 完成了2023年主要预期目标, which no 是, 为 or colon follows).
_TARGETS_STATED = re.compile(
    r"(?<!\d)" + _YEAR + r"[^。；;，,]{0,30}?主要预期目标\s*(?:是|为|[:：])"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_SENTENCE_MARK = re.compile(r"[。！？!?；;，,]")  # a title line has none


@dataclass(frozen=True)
class TextYear:
    """The year a text reports on and the year it was written in, as far as its words say."""

    reported: int | None = None
    written: int | None = None
    basis: str = ""
    review: bool = False  # the text reviews the year reported (its figures are that year's)

    @property
    def known(self) -> bool:
        return self.reported is not None or self.written is not None


def _snippet(text: str, start: int, end: int) -> str:
    return text[max(0, start - 8) : min(len(text), end + 12)].replace("\n", " ").strip()


def _free_years(text: str) -> list[re.Match[str]]:
    """Years in ``text`` that are not aimed at and are not part of a full date."""
    found = []
    for match in re.finditer(r"(?<!\d)" + _YEAR, text):
        before = text[max(0, match.start() - 6) : match.start()]
        after = text[match.end() : match.end() + 8]
        if AIMED_BEFORE.search(before) or _AIMED_AFTER.match(after):
            continue
        if _NOT_A_YEAR_AFTER.match(after):
            continue
        found.append(match)
    return found


def _from_title(title: str) -> TextYear | None:
    years = _free_years(title)
    if not years:
        return None
    year = int(years[0]["y"])
    shown = title.strip()[:40]
    if _WORK_REPORT.search(title):
        return TextYear(
            year - 1, year, f"标题“{shown}”：工作报告写于{year}年，回顾{year - 1}年", review=True
        )
    if _COMMUNIQUE.search(title):
        return TextYear(year, None, f"标题“{shown}”：公报报告{year}年", review=True)
    return TextYear(year, None, f"标题“{shown}”：报告{year}年")


def _from_review_heading(head: str) -> TextYear | None:
    match = _REVIEW_HEADING.search(head)
    if match is None:
        return None
    year = int(match["y"])
    shown = _snippet(head, match.start("y"), match.end())
    if match["kind"] == "总结":
        return TextYear(year, None, f"首个标题“{shown}”：报告{year}年", review=True)
    return TextYear(
        year, year + 1, f"首个标题“{shown}”：回顾{year}年，写于{year + 1}年", review=True
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _review_written_next(year: int, source: str) -> TextYear:
    """A text whose year is followed by “过去的一年” reviews that year, written the next."""
    return TextYear(year, year + 1, f"{source}：回顾{year}年，写于{year + 1}年", review=True)


def _from_subtitle(body: str, opening: str) -> TextYear | None:
    for line in _lines(body)[:TITLE_LINES]:
        if len(line) > SUBTITLE_CHARS or _SENTENCE_MARK.search(line) or line.endswith(("：", ":")):
            continue
        years = _free_years(line)
        if not years:
            continue
        year = int(years[0]["y"])
        shown = line[:30]
        if _SPEAKER_AFTER.search(opening):
            return _review_written_next(year, f"小标题“{shown}”，并称“过去的一年”")
        return TextYear(year, None, f"小标题“{shown}”：报告{year}年")
    return None


def _from_opening(opening: str) -> TextYear | None:
    reviewed = _REVIEWED.search(opening)
    if reviewed is not None:
        year = int(reviewed["y"] or reviewed["y2"])
        shown = _snippet(opening, reviewed.start(), reviewed.end())
        return TextYear(year, None, f"开头“{shown}”：回顾{year}年", review=True)
    for sentence in _sentences(opening):
        targets = _TARGETS_SET.search(sentence)
        if targets is not None and _WORK_REPORT.search(sentence):
            year = int(targets["y"])
            shown = _snippet(sentence, targets.start("y"), targets.end())
            return TextYear(
                year - 1, year, f"开头“{shown}”：{year}年的工作报告，回顾{year - 1}年", review=True
            )
        years = _free_years(sentence)
        if not years:
            continue
        year = int(years[0]["y"])
        shown = _snippet(sentence, years[0].start(), years[0].end())
        if _SPEAKER_AFTER.search(sentence):
            return _review_written_next(year, f"开头“{shown}”与“过去的一年”")
        if _PAST_YEAR_WORDS.search(sentence):
            return TextYear(year, None, f"开头“{shown}”与“一年来”：回顾{year}年", review=True)
        if _THIS_YEAR.search(sentence):
            return TextYear(None, year, f"开头“{shown}”称“今年”：写于{year}年")
    return None


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        out.append(text[start : match.end()])
        start = match.end()
    if start < len(text):
        out.append(text[start:])
    return out


def year_of_text(title: str, body: str) -> TextYear:
    """The year a text reports on and was written in, from its own words (see the module)."""
    if title.strip():
        # A text copied from its first numbered heading (一、2014年工作回顾) has it as its
        # title: a review of that year, written the year after, not a report of the year.
        found = _from_review_heading(title) or _from_title(title)
        if found is not None:
            return found
    head = body[:OPENING_CHARS]
    first = _lines(body)[:1]
    if (
        first
        and not title.strip()
        and len(first[0]) <= SUBTITLE_CHARS
        and not _SENTENCE_MARK.search(first[0])
        and _WORK_REPORT.search(first[0])
    ):
        found = _from_title(first[0])  # a title copied as the body's first line
        if found is not None:
            return found
    return (
        _from_review_heading(head)
        or _from_subtitle(body, head)
        or _from_opening(head)
        or TextYear()
    )


def year_of_targets_set(body: str) -> tuple[int, str] | None:
    """The year whose targets a work report, or news of one, sets in its opening
    (…提出了2025年…主要目标, 2023年…主要预期目标是…), with the words that say so; None unless
    the opening names a work report. Such a report is that year's and reviews the year before,
    whatever year its estimates name first (预计2022年生产总值增长3.8%左右)."""
    head = body[:OPENING_CHARS]
    if not _WORK_REPORT.search(head):
        return None
    stated = [
        found
        for pattern in (_TARGETS_SET, _TARGETS_STATED)
        for found in pattern.finditer(head)
        if not AIMED_BEFORE.search(head[max(0, found.start("y") - 6) : found.start("y")])
    ]
    if not stated:
        return None
    first = min(stated, key=lambda found: found.start("y"))
    return int(first["y"]), head[first.start("y") : first.end()].replace("\n", " ")


def year_of_work_report(
    title: str, body: str, published_on: date | None, precision: str
) -> TextYear | None:
    """A government work report, or news of one, delivered in the first months of a year
    (January to March, with the day or month known) reviews the year before even where its
    words never name it: "一年以来…圆满完成了全年经济社会发展主要目标任务。预计地区生产总值…"
    said on 24 January 2018 reports 2017. Its 今年 stays the year of the date. None unless
    the title or the opening names a work report and the text reviews an unnamed year."""
    if published_on is None or precision not in ("day", "month"):
        return None
    if WORK_REPORT_LAST_MONTH < published_on.month < WORK_REPORT_LATE_MONTH:
        return None
    if not _WORK_REPORT.search(title) and not _WORK_REPORT.search(body[:OPENING_CHARS]):
        return None
    year = published_on.year
    if published_on.month >= WORK_REPORT_LATE_MONTH:
        # Heard late in the year: it reviews that year, whose figures it estimates
        # (2013年全区生产总值预计超过8000亿元, said on 27 November 2013).
        estimate = re.compile(
            rf"(?<!\d){year}\s*年[^。；;！!？?]{{0,24}}?预计|预计\s*(?:{year}\s*年|全年)"
        ).search(body)
        if estimate is None:
            return None
        shown = _snippet(body, estimate.start(), estimate.end())
        return TextYear(
            year, year, f"{published_on.month}月的工作报告称“{shown}”：回顾{year}年", review=True
        )
    # News of a report names the year it reviews beside the figures (2024年该省…, 预计2024年
    # …迈上14万亿元): said in January to March, the year before is the one reviewed.
    year_before = re.compile(rf"(?<!\d){year - 1}\s*年(?!\s*[—\-－～~至到])")
    cue = _UNNAMED_REVIEW.search(body) or year_before.search(body)
    return None if cue is None else _review_of_year_before(body, cue, published_on, "工作报告称")


def _review_of_year_before(body: str, cue: re.Match, published_on: date, said: str) -> TextYear:
    """A text of the first months of a year reviewing the year before, on the words ``cue``
    (its basis: "2月的工作报告称“…”：回顾2023年，写于2024年")."""
    year = published_on.year
    shown = _snippet(body, cue.start(), cue.end())
    return TextYear(
        year - 1,
        year,
        f"{published_on.month}月的{said}“{shown}”：回顾{year - 1}年，写于{year}年",
        review=True,
    )


def year_of_past_year_review(
    body: str, published_on: date | None, precision: str
) -> TextYear | None:
    """A text dated in January to March (the day or month known) whose opening looks back on
    过去一年 (过去的一年, 刚刚过去的一年) reviews the calendar year before its date, as a work
    report heard then does, whether or not it is one: "过去一年，是…的一年。…地区生产总值增长
    6.8%" published on 15 March 2024 reports 2023. Its 今年 stays the year of the date. Later
    in the year 过去一年 is the twelve months to the date, no calendar year; and 一年来 is left
    to the rules that read it beside a named year or in a work report (it also opens reviews
    of a campaign's first year)."""
    if published_on is None or precision not in ("day", "month"):
        return None
    if published_on.month > WORK_REPORT_LAST_MONTH:
        return None
    cue = _PAST_YEAR.search(body[:OPENING_CHARS])
    return None if cue is None else _review_of_year_before(body, cue, published_on, "文字开头称")
