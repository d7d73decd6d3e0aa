"""When was a story published? Inferred from its own words, never invented.

A report's own delivery line under its title ("——2015年1月14日在…人民代表大会…会议上")
gives the day it was given, before any page line: a site may re-post it years later. A web
page's metadata line, near its top, gives the day ("发布时间:2024-02-26 10:39",
"发布日期：2024年02月26日", "来源：… 时间：2024-02-26", a date with a time of day, or a date
alone on its line), unless the text's title or first review heading says it was written in
an earlier year (a re-post: that year, precision "year"). Printed pages carry no date line,
so the date comes from the story's lead ("本报讯 2月24日…"):

* a full date in the lead sentence ("2024年8月21日") gives the day;
* a month and day ("8月21日") take their year from the same sentence when it names one
  ("8月21日，在高新区召开2024年高质量发展推进会" → 2024-08-21), else from another story on
  the same page dated that way (a page covers a few days, so the year closest to that story's
  date is taken), else the date stays unknown and the month-day is kept as a clue for editors;
* a month and day whose sentence names only the year under review ("2月15日…召开2018年度
  工作总结大会") are of the year after it when they fall in its first half (a meeting
  reviewing a year is held early in the next), else of that year;
* with no date in the lead, a text that speaks of "去年" and names both its latest year and
  the year before is dated to that latest year (precision "year");
* else the year of the text (`text_year`: a title, a first review heading, a subtitle line,
  the opening sentences) gives the year of writing where it implies one (precision "year"),
  and a related-link line that ends the page with its date ("- 2022年10月份统计月报
  2022-11-22") gives its month (precision "month"): a page lists links of its own days.

Years in plans ("到2025年", "2024—2026年" as an end) and in reviews ("总结2022年工作") are
not taken as the year of writing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .script import reading_of
from .text_year import AIMED_BEFORE, WORK_REPORT_LAST_MONTH, year_of_targets_set, year_of_text

DAY, MONTH, YEAR, UNKNOWN = "day", "month", "year", "unknown"

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_FULL = re.compile(_YEAR + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
_YEAR_MONTH = re.compile(_YEAR + r"\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])")
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")
_ANY_YEAR = re.compile(r"(?<!\d)" + _YEAR + r"\s*年(?!代)")
# A web page's metadata: 发布时间:2024-02-26 10:39, 发布日期：2024年02月26日, "来源：… 时间：
# 2024-02-26", a date with a time of day (2024-02-26 10:39), or a date alone on its line. Not
# a labelled date of something else (会议时间：…, 报名日期：…).
_NUMERIC_DAY = _YEAR + r"\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)"
_METADATA = (
    re.compile(
        r"(?:(?:发布|发表|更新|发文|成文|印发|上传)(?:时间|日期)|(?<![\u4e00-\u9fff])(?:时间|日期))"
        r"\s*[:：]\s*" + _NUMERIC_DAY
    ),
    re.compile(r"(?<![\d.\-/])" + _NUMERIC_DAY + r"\s+\d{1,2}:\d{2}"),
    re.compile(r"^[ \t]*" + _NUMERIC_DAY + r"[ \t]*$", re.MULTILINE),
)
METADATA_CHARS = 400  # how far into a page its metadata line may be
# A report's own delivery line under its title: "——2015年1月14日在…人民代表大会第二次全体会议上"
# or "（2024年1月20日在…大会上）". It says when the report was given, which a page that
# re-posts the report years later (发布日期: 2022-06-02) does not.
_DELIVERY = re.compile(
    r"(?:^|[—－\-(（\s])\s*" + _YEAR + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"在[^\n。；;]{0,60}?(?:会议|大会)上",
    re.MULTILINE,
)
_SENTENCE_END = re.compile(r"[。！？!?]")
_FUTURE_AFTER = re.compile(r"^\s*年\s*(?:前|底前|末前|以前)")
_REVIEW_BEFORE = re.compile(r"(?:总结|回顾|过去)\s*了?\s*$")
_REVIEW_AFTER = re.compile(r"^\s*年\s*度?\s*(?:的)?\s*(?:工作)?\s*(?:总结|回顾)")
# "- 2022年10月份统计月报 2022-11-22": a related link, with its date, on the page's last lines.
_LINK_LINE = re.compile(
    r"^[ \t]*[-·•>]?[ \t]*\S[^\n]{1,60}?[ \t]*(?<![\d-])"
    + _YEAR
    + r"-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ \t]*$",
    re.MULTILINE,
)
LINK_CHARS = 300  # how far from a page's end its related links may be
FIRST_HALF = 6  # a meeting reviewing a year, dated in the next year's first months
_LAST_YEAR = "去年"
LEAD_CHARS = 160  # how far into a story its dateline may be
PAGE_WINDOW_DAYS = 62  # how far apart stories of one page may be dated
ANCHORS = 8  # dated stories either side that may lend their year


@dataclass(frozen=True)
class DateGuess:
    """A publication date with its precision and the words it rests on."""

    published_on: dt.date | None = None
    precision: str = UNKNOWN
    basis: str = ""
    month_day: tuple[int, int] | None = None  # a dateline without a year: a clue for editors
    from_text_year: bool = False  # the year was written in the story itself

    @property
    def known(self) -> bool:
        return self.precision != UNKNOWN


def _snippet(text: str, start: int, end: int, *, before: int = 12, after: int = 16) -> str:
    left = max(0, start - before)
    right = min(len(text), end + after)
    return text[left:right].replace("\n", " ").strip()


def _lead(text: str) -> str:
    head = text[:LEAD_CHARS]
    match = _SENTENCE_END.search(head)
    return head[: match.end()] if match else head


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def written_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of every year named as a time of writing or of past events."""
    found = []
    for match in _ANY_YEAR.finditer(text):
        before = text[max(0, match.start() - 6) : match.start()]
        after = text[match.end() - 1 : match.end() + 8]
        if AIMED_BEFORE.search(before) or _FUTURE_AFTER.match(after):
            continue
        if _REVIEW_BEFORE.search(before) or _REVIEW_AFTER.match(after):
            continue
        found.append((int(match.group("y")), match.start(), match.end()))
    return found


def _metadata_date(text: str) -> DateGuess | None:
    head = text[:METADATA_CHARS]
    for pattern in _METADATA:
        for found in pattern.finditer(head):
            day = _date(int(found["y"]), int(found["m"]), int(found["d"]))
            if day:
                basis = _snippet(head, found.start(), found.end(), before=0, after=0)
                return DateGuess(day, DAY, basis, from_text_year=True)
    return None


def infer_date(text: str) -> DateGuess:
    """The date one story's own text supports (a text in traditional characters read as its
    simplified twin, one with pinyin glosses without them, its clue given as written)."""
    reading = reading_of(text)
    guess = _infer_date(reading.text)
    return replace(guess, basis=reading.clue(guess.basis))


def _delivery_date(text: str) -> DateGuess | None:
    found = _DELIVERY.search(text[:METADATA_CHARS])
    if found is None:
        return None
    day = _date(int(found["y"]), int(found["m"]), int(found["d"]))
    if day is None:
        return None
    basis = _snippet(text, found.start("y"), found.end(), before=0, after=0)
    return DateGuess(day, DAY, f"报告所署日期“{basis}”", from_text_year=True)


def _unless_reposted(metadata: DateGuess, text: str) -> DateGuess:
    """A page's publication line dates the page; a report it re-posts years later is of the
    year its own words say it was written in (a work report's title, 一、2014年工作回顾)."""
    assert metadata.published_on is not None
    found = year_of_text("", text)
    if not found.review or found.written is None or found.written >= metadata.published_on.year:
        return metadata
    basis = f"{found.basis}（网页发布日期“{metadata.basis}”晚于成文年份：转载）"
    return DateGuess(dt.date(found.written, 1, 1), YEAR, basis[:500], from_text_year=True)


def _infer_date(text: str) -> DateGuess:
    # A report's own delivery line beats the page's publication line: a government site may
    # re-post a report years after it was given.
    delivered = _delivery_date(text)
    if delivered is not None:
        return delivered
    metadata = _metadata_date(text)
    if metadata is not None:
        return _unless_reposted(metadata, text)
    lead = _lead(text)
    full = _FULL.search(lead)
    if full:
        day = _date(int(full["y"]), int(full["m"]), int(full["d"]))
        if day:
            return DateGuess(day, DAY, _snippet(lead, full.start(), full.end()),
                             from_text_year=True)
    month_day = _MONTH_DAY.search(lead)
    if month_day:
        month, day = int(month_day["m"]), int(month_day["d"])
        years = written_years(lead)
        if years:
            year = max(year for year, _, _ in years)
            dated = _of_targets_year(lead, month_day, _targets_year_after(text, month, year))
            if dated is not None:
                return dated
            date = _date(year, month, day)
            if date:
                return DateGuess(date, DAY, _snippet(lead, month_day.start(), max(
                    end for _, _, end in years), before=12, after=4), from_text_year=True)
        if not years and month <= WORK_REPORT_LAST_MONTH:
            # 1 月 23 日上午,…向大会报告工作。报告回顾了 2023 年工作,同时提出了 2024 年…目标
            # 任务: a lead naming no year, in news of a report that sets a year's targets, is
            # of the targets' year, as where the lead names the year reviewed.
            dated = _of_targets_year(lead, month_day, year_of_targets_set(text))
            if dated is not None:
                return dated
        reviewed = _reviewed_year(lead)
        if reviewed is not None:
            year = reviewed + 1 if month <= FIRST_HALF else reviewed
            date = _date(year, month, day)
            if date:
                basis = _snippet(lead, month_day.start(), month_day.end(), before=0, after=40)
                return DateGuess(date, DAY, f"{basis}（回顾{reviewed}年的会议，定为{year}年）",
                                 from_text_year=True)
        if _date(2000, month, day):  # a leap year: 2月29日 is a real day in some year
            return DateGuess(
                None, UNKNOWN, f"缺年份：{_snippet(lead, month_day.start(), month_day.end())}",
                month_day=(month, day),
            )
    year_month = _YEAR_MONTH.match(lead.strip())
    if year_month:
        month = int(year_month["m"])
        if 1 <= month <= 12:
            return DateGuess(dt.date(int(year_month["y"]), month, 1), MONTH,
                             _snippet(lead, 0, year_month.end()), from_text_year=True)
    relative = _year_from_relative_words(text)
    if relative.known:
        return relative
    return _year_of_text(text)


def _of_targets_year(
    lead: str, month_day: re.Match, targets: tuple[int, str] | None
) -> DateGuess | None:
    """The lead's day in the year of the targets a report's news sets (``targets``: that
    year and the words setting them), or None."""
    if targets is None:
        return None
    target_year, words = targets
    date = _date(target_year, int(month_day["m"]), int(month_day["d"]))
    if date is None:
        return None
    basis = _snippet(lead, month_day.start(), month_day.end(), before=0, after=24)
    return DateGuess(
        date, DAY, f"{basis}（工作报告提出“{words}”：定为{target_year}年）"[:500],
        from_text_year=True,
    )


def _targets_year_after(text: str, month: int, year: int) -> tuple[int, str] | None:
    """News of a work report heard in January to March whose lead names only the year it
    reviews ("1月11日，…作政府工作报告时指出，预计2022年生产总值增长3.8%左右") and whose
    opening sets the next year's targets ("2023年…主要预期目标是…"): the report, and the
    day, are of the targets' year. The year and the words, else None."""
    if month > WORK_REPORT_LAST_MONTH:
        return None
    targets = year_of_targets_set(text)
    if targets is None or targets[0] != year + 1:
        return None
    return targets


def _reviewed_year(lead: str) -> int | None:
    """The whole year a lead reviews (总结2024年…, 2018年度工作总结), if it names one."""
    for match in _ANY_YEAR.finditer(lead):
        before = lead[max(0, match.start() - 6) : match.start()]
        after = lead[match.end() - 1 : match.end() + 8]
        if _REVIEW_BEFORE.search(before) or _REVIEW_AFTER.match(after):
            return int(match.group("y"))
    return None


def _year_of_text(text: str) -> DateGuess:
    """The year of writing that the year of the text implies, or a related link's year."""
    found = year_of_text("", text)
    if found.written is not None:
        return DateGuess(dt.date(found.written, 1, 1), YEAR, found.basis[:500], from_text_year=True)
    links = list(_LINK_LINE.finditer(text[-LINK_CHARS:]))
    if links:
        link = links[-1]
        day = _date(int(link["y"]), int(link["m"]), int(link["d"]))
        if day:
            # A related link is of about the same days as the page: its month, not its day.
            basis = f"页尾相关链接“{link.group().strip()[:60]}”：定为{day.year}年{day.month}月"
            return DateGuess(day.replace(day=1), MONTH, basis, from_text_year=True)
    return DateGuess()


def _year_from_relative_words(text: str) -> DateGuess:
    if _LAST_YEAR not in text:
        return DateGuess()
    years = written_years(text)
    if not years:
        return DateGuess()
    latest = max(year for year, _, _ in years)
    if not any(year == latest - 1 for year, _, _ in years):
        return DateGuess()
    _, start, end = next(item for item in years if item[0] == latest)
    basis = f"{_snippet(text, start, end)}（文中称“去年”，并提到{latest - 1}年）"
    return DateGuess(dt.date(latest, 1, 1), YEAR, basis, from_text_year=True)


def infer_page_dates(texts: Sequence[str], *, year: int | None = None) -> list[DateGuess]:
    """Dates for the stories of one page; ``year`` (from the manifest) overrides the text's."""
    guesses = [infer_date(text) for text in texts]
    if year is not None:
        return [_with_year(guess, year) for guess in guesses]
    # Only stories near each other on the page lend a year: a page covers a few days, and
    # looking a few stories either way keeps long documents linear.
    anchored = [
        i for i, g in enumerate(guesses) if g.precision == DAY and g.from_text_year
    ]
    if not anchored:
        return guesses
    result = []
    for index, guess in enumerate(guesses):
        if guess.known or not guess.month_day:
            result.append(guess)
            continue
        near = bisect.bisect_left(anchored, index)
        anchors = [guesses[i] for i in anchored[max(0, near - ANCHORS) : near + ANCHORS]]
        result.append(_from_page(guess, anchors))
    return result


def _from_page(guess: DateGuess, anchors: Sequence[DateGuess]) -> DateGuess:
    month, day = guess.month_day or (1, 1)
    best: tuple[int, dt.date, DateGuess] | None = None
    for anchor in anchors:
        assert anchor.published_on is not None
        for year in (anchor.published_on.year - 1, anchor.published_on.year,
                     anchor.published_on.year + 1):
            date = _date(year, month, day)
            if date is None:
                continue
            distance = abs((date - anchor.published_on).days)
            if best is None or distance < best[0]:
                best = (distance, date, anchor)
    if best is None or best[0] > PAGE_WINDOW_DAYS:
        return guess
    _, date, anchor = best
    clue = guess.basis.removeprefix("缺年份：")
    return DateGuess(date, DAY, f"{clue}（年份据同版报道：{anchor.basis}）"[:500],
                     month_day=guess.month_day)


def _with_year(guess: DateGuess, year: int) -> DateGuess:
    """The manifest names the page's year: keep the text's month and day if it has them."""
    month_day = guess.month_day
    if month_day is None and guess.precision == DAY and guess.published_on:
        month_day = (guess.published_on.month, guess.published_on.day)
    if month_day and (date := _date(year, *month_day)):
        return DateGuess(date, DAY, f"manifest（年份 {year}，月日见原文）", month_day=month_day)
    if guess.precision == MONTH and guess.published_on:
        return DateGuess(guess.published_on.replace(year=year), MONTH, f"manifest（年份 {year}）")
    return DateGuess(dt.date(year, 1, 1), YEAR, f"manifest（年份 {year}）")
