"""Recall and precision on held-out texts (government work reports), never used for tuning.

The floors are lower than on the seeds: these texts are of another kind, and the point is to
see how the rules carry over. docs/QUALITY.md records the figures, including the first
(blind) runs; run with ``-s`` to see every miss and invention.

Set 3 (``heldout/set3``) was blind until its first run (recall 53/160, precision 53/161): its
texts and items were committed before the extractor first ran on them. The general failure
classes that run showed were then fixed, each with a test of its own in ``tests/text/``, so
set 3 is no longer blind either; its floors sit just under the run after those fixes (recall
144/160, precision 144/160), so that regressions show.

Set 4 (``heldout/set4``) was blind until its first run (recall 108/136, precision 108/144;
texts and items committed in dac1145 before the extractor first ran on them). Its failure
classes were then fixed as general rules, each with a test of its own in ``tests/text/``
(fa0a0f4), so set 4 is no longer blind; its floors sit just under the run after those fixes
(recall 136/136, precision 136/139).

Set 5 (``heldout/set5``) was blind until its first run (recall 139/158, precision 139/167;
texts and items committed in 273df24) and its second, after the set 4 fixes (145/158,
145/164). Its failure classes were then fixed as general rules, each with a test of its own
in ``tests/text/``, so set 5 is no longer blind; two unit-less ranks were added to its fixture
for one convention with the seeds (docs/QUALITY.md). Its floors sit just under the run after
those fixes (recall 159/160, precision 159/159).

Set 6 (``heldout/set6``) was blind until its first run (recall 38/74, precision 38/90; texts
and items committed in 64fa625) and its second, after the set 5 fixes (38/74, 38/80). Its
failure classes were then fixed as general rules, each with a test of its own in
``tests/text/``, so set 6 is no longer blind; its floors sit just under the run after those
fixes (recall 74/74, precision 74/74). The same round fixed the sets 1–2 regression (a
review's period now reaches the paragraphs after it under a review heading): their floors
sit just under 109/112 and 109/111.

Set 7 (``heldout/set7``) was blind until its first run (recall 6/51, precision 6/50; texts
and items committed in bb84221; 24/51 and 24/50 with the date given). Its failure classes were
then fixed as general rules (the year-of-text stage, ``articles/text/text_year.py``, and a few
extraction rules), each with a test of its own in ``tests/text/``, so set 7 is no longer
blind; its floors sit just under the run after those fixes (47/51, 47/49 both ways).

Set 8 (``heldout/set8``) was blind until the set 9 round: its texts and items were committed
(0f0b06a) before the extractor first ran on them (recall 0/64, precision 0/63 with the date
inferred; 42/64 and 42/63 with the date given), and it was measured once more after the set 7
round, which was not tuned on it (8/64, 8/63 inferred; 42/64, 42/63 given). Its open class (a
work report heard in January to March reviews the unnamed year before) was then fixed as a
general rule with tests of its own, so set 8 is no longer blind; its floors sit just under the
run after that fix (28/64, 28/63 inferred; 62/64, 62/63 given).

Set 9 (``heldout/set9``) was blind until the set 10 round: its texts and items were committed
(fafa048) before the extractor first ran on them (recall 18/67, precision 18/69, the same both
ways), and measured again at the end of the round that fixed set 8's open class (unchanged).
Its failure classes were then fixed as general rules, each with a test of its own in
``tests/text/``, and its headline item was dropped for the seeds' headline convention (66
items), so set 9 is no longer blind; its floors sit just under the run after those fixes
(52/66, 52/66 inferred; 66/66, 66/66 given). The same round raised set 7's floors to just
under 49/51, 49/51 (a counted set of projects' investment).

Set 10 (``heldout/set10``) was blind until the set 11 round: its texts and items were
committed (6e2f5bc) before the extractor first ran on them (recall 44/106, precision 44/113
with the date inferred; 70/106, 70/113 given), and measured again, unchanged, at the end of
the set 10 round. Its failure classes were then fixed as general rules, each with a test of its
own in ``tests/text/``, so set 10 is no longer blind; its floors sit just under the run after
those fixes (60/106, 60/106 inferred: two of its texts name no year; 106/106, 106/106 given).
The same round raised the floors of sets 1-2 to just under 110/112 (a span in years, 受教育
年限, is now read).

Set 11 (``heldout/set11``) was blind until the set 12 round: its texts and items were
committed (f39af18) before the extractor first ran on them (recall 21/54, precision 21/60 with
the date inferred; 50/54, 50/61 given) and measured again at the end of the set 11 round
(21/54, 21/59; 53/54, 53/59). Its failure classes were then fixed as general rules, each with a
test of its own in ``tests/text/``, so set 11 is no longer blind; its floors sit just under the
run after those fixes (21/54, 21/55 inferred: two of its texts name no year; 54/54, 54/55
given).

Set 12 (``heldout/set12``) was blind until the set 13 round: its texts and items were
committed (00654bb) before the extractor first ran on them (recall 39/63, precision 39/67 with
the date inferred; 45/63, 45/67 given), and measured again, unchanged, at the end of the set
12 round. Its failure classes were then fixed as general rules, each with a test of its own in
``tests/text/``, so set 12 is no longer blind; its floors sit just under the run after those
fixes (57/63, 57/63 inferred: one of its texts names no year; 63/63, 63/63 given).

Set 13 (``heldout/set13``) was blind until the set 14 round: its texts and items were
committed (b5576ff) before the extractor first ran on them (recall 33/61, precision 33/64 with
the date inferred; 45/61, 45/64 given), and measured again at the end of the set 13 round
(33/61, 33/64; 51/61, 51/64). Its failure classes were then fixed as general rules, each with
a test of its own in ``tests/text/``, so set 13 is no longer blind; its floors sit just under
the run after those fixes (35/61, 35/61 inferred: one of its texts names no year; 61/61, 61/61
given). The same round raised set 11's given-date floors to 54/54, 54/54.

Set 14 (``heldout/set14``) was blind until the set 15 round: its texts and items were
committed (84c309f) before the extractor first ran on them (recall 36/62, precision 36/61 with
the date inferred; 46/62, 46/61 given), and measured again, unchanged, at the end of the set
14 round. Its failure classes were then fixed as general rules, each with a test of its own in
``tests/text/``, so set 14 is no longer blind; its floors sit just under the run after those
fixes (49/62, 49/62 inferred: one of its texts names no year; 62/62, 62/62 given).

Set 15 (``heldout/set15``) was blind until extraction round 12: its texts and items were
committed (aed0933) before the extractor first ran on them (recall 40/78, precision 40/79 with
the date inferred; 74/78, 74/79 given), and measured again at the end of the set 15 round
(40/78, 40/79; 75/78, 75/79). Its failure classes were then fixed as general rules, each with
a test of its own in ``tests/text/``, and one item written against the fixtures' convention
was corrected (a count of a field's members growing fast is an item, as in sets 5-7 and 11:
79 items), so set 15 is no longer blind; its floors sit just under the run after those fixes
(43/79, 43/79 inferred: one of its texts names no year; 79/79, 79/79 given).

Set 16 (``heldout/set16``) is blind: two pairs of a place's year-N targets and its report of
year N (Hainan 2023, Liaoning 2025); its texts and items were committed (baa0106) before the
extractor first ran on them (recall 42/55, precision 42/56, the same with the date inferred
and given); its floors sit just under that run.

Sets 17 and 18 (``heldout/set17``, ``heldout/set18``) were blind until extraction round 13: a
city's two years of plans with its reports (包头市 2024-2025) and two provinces' year-N targets
with their reports of year N (湖北省 and 山东省 2025); their texts and items were committed
(0e420a8, 78a0cd5) before the extractor first ran on them, after extraction round 12 and
linking round 3 (set 17: 19/34, 19/35 with the date inferred, 33/34, 33/35 given; set 18: 51/65,
51/63 both ways). Their failure classes were then fixed as general rules, each with a test of
its own in ``tests/text/test_extract_reports_and_bullets.py``, so they are no longer blind;
their floors sit just under the run after those fixes (set 17: 19/34, 19/34 inferred, one text
naming no year; 34/34, 34/34 given; set 18: 61/65, 61/61 both ways). Extraction round 14's
rules for ordinals of passing a mark and for 均 over members read set 18's last four items:
its floors sit just under 65/65, 65/65 both ways.

Set 19 (``heldout/set19``) was blind until extraction round 14: two provinces' year-N targets
with their reports of year N (安徽省 and 广东省 2025); its texts and items were committed
(5e80bc2) before the extractor first ran on them, after extraction round 13 (recall 109/128,
precision 109/127 with the date inferred; 115/128, 115/127 given). Its failure classes were
then fixed as general rules, each with a test of its own in
``tests/text/test_extract_members_ranks_and_units.py``, and one item was added for the seeds'
convention on fractions (占全国1/4: 129 items), so set 19 is no longer blind; its floors sit
just under the run after those fixes (128/129, 128/128 both ways).

Round 14 also settled two conventions the fixtures disagreed on (docs/QUALITY.md): 均 over
named members is one item per member (set 14: 62 → 64 items; its floors unchanged, 51/64
inferred, 64/64 given) and the Nth to pass a mark is a rank item, the mark none (set 5: one
item changed, 159/160 both ways as before).

Set 20 (``heldout/set20``) was blind until extraction round 15: a province's and a city's
year-N targets with their reports of year N (浙江省 and 西安市 2025); its texts and items were
committed (38fcd20) before the extractor first ran on them, after extraction round 14 (59/75,
59/75 with the date inferred; 68/75, 68/75 given). Its two extraction classes (a year's plan
listing its measures without a word of effort; 争取 in a review of a year that is over) were
then fixed as general rules, each with a test of its own in
``tests/text/test_extract_year_plans_and_reviews.py``, so set 20 is no longer blind; its floors
sit just under the run after those fixes (66/75, 66/75 inferred: a city's news of its targets
whose year is not found; 75/75, 75/75 given).

Set 21 (``heldout/set21``) was blind: a county's and a new area's year-N targets with their
results (镇安县 2015, 浦东新区 2018; one text in traditional characters, as its only stored copy
is); its texts and items were committed (868cd82) before the extractor first ran on them, after
round 15 (35/54, 35/42 both ways). Its classes are general rules since round 16 (a text in
traditional characters read as its simplified twin; a date of setting, 年初确定的目标, dates no
figure; a count of a plan's indicators completed is an item: tests in
``tests/text/test_traditional_characters.py`` and
``tests/text/test_extract_members_words_and_set_dates.py``), so it is no longer blind; its
floors sat just under the run after them (50/54, 50/54 both ways). Round 19 makes its last
classes rules (a figure of the year before under a lead of one year's targets is reported; two
members sharing one verb, 预计都将突破, are an item each and 预计…将 estimates:
``tests/text/test_extract_leads_shared_verbs_and_goals.py``); its floors sit just under the
run after them (54/54, 54/55 both ways; the one invention left, 城镇化率提高2个百分点左右, is a
target in points the fixture leaves out against the shared convention, docs/QUALITY.md).

Set 22 (``heldout/set22``) was blind: a district's and a province's year-N targets with their
reports of year N (滨海新区 2014, 内蒙古自治区 2024; a report re-posted years later, a news
report of a November congress, a text with pinyin glosses); its texts and items were committed
(e18bd4e) before the extractor first ran on them, after round 16 (20/55, 20/54 with the date
inferred; 41/55, 41/54 given). Its dating classes are general rules since round 17a (a
report's own delivery line beats the page's 发布日期; a late-year report's estimates are the
year's results, its past years end with it, targets aimed at the last of the coming years span
them: tests in ``tests/text/test_dates_of_reposted_reports.py`` and
``tests/text/test_extract_late_year_reports.py``), so it is no longer blind. Round 17b reads
its traditional text past its pinyin glosses and makes its small classes rules (computing power
in 万P, 跨过万亿元大关, ranks a review expects: ``tests/text/test_pinyin_glosses.py``,
``tests/text/test_extract_units_thresholds_ranks.py``); its floors sit just under the run after
them (54/55, 54/55 both ways).

Set 23 (``heldout/set23``) was blind: two cities' year-N targets with their reports of year N
(大连市 2022, 北京市 2025); its texts and items were committed (35e9ce7) before the extractor
first ran on them, after round 17 (29/30, 29/31 both ways). Its classes are general rules since
round 18 (累计 in a review section opened on one year totals that year; a count of tasks set
where they were set is no item: ``tests/text/test_extract_parted_names_and_year_totals.py``),
so it is no longer blind; its floors sit just under the run after them (30/30, 30/30 both
ways).

Set 24 (``heldout/set24``) was blind: two places' year-N targets with their results (上海市
2024, 河北省 2023); its texts and items were committed (82669d0) before the extractor first ran
on them, once, at cb43846 (after round 18): 34/42, 34/43 with the date inferred (a news report
whose copy names no year is undated; 预计 figures of a past year in news dated 1月11日 without
a year), 42/42, 42/43 given. Its classes are general rules since round 20 (news of a report
heard in January to March whose lead names the year it estimates and whose opening sets the
next year's targets is of the targets' year; a count of a report's own list of tasks, 的8项
重点工作中, is no item: ``tests/text/test_report_news_years_and_task_lists.py``), so it is no
longer blind; its floors sit just under the run after them (37/42, 37/42 inferred: the news
whose copy names no year stays undated; 42/42, 42/42 given).

Set 25 (``heldout/set25``) was blind: two places' year-N targets with their results (天津市
2025, 新疆维吾尔自治区 2023); its texts and items were committed (666def8) before the extractor
first ran on them, once, at 666def8 (after round 20): 23/62, 23/65 with the date inferred (the
targets page names no year; the review news, in traditional characters with pinyin glosses,
dates its 过去一年 figures as of its day), 39/62, 39/65 given. Its classes are general rules
since round 21 (a text dated in January to March that opens on 过去一年 reviews the calendar
year before; a rank shared by a list opening on 新增 ranks increases and is no item:
``tests/text/test_past_year_reviews_and_listed_increases.py``), so it is no longer blind; its
floors sit just under the run after them (23/62, 23/63 inferred: the review's copy and the
targets page name no date or year; 62/62, 62/63 given: 提升四成, an item by the conventions,
which the fixture counts as none).

Set 26 (``heldout/set26``): two places' year-N targets with their results (江苏省 2023,
沈阳市 2023); its texts and items were committed (4f6463e) before the extractor first ran on
them, blind, at 4f6463e (after round 21): 35/47, 35/51 with the date inferred (news of the 2024
report dated by 1 月 23 日 without a year, its years written with spaces: its targets undated
and 2023's results read as 2024's targets), 46/47, 46/51 given. Round 23 fixed its classes,
each a rule with a test of its own sentences
(``tests/text/test_review_levels_and_counted_names.py``), so it is no longer blind; 47/47,
47/47 both ways, its floors just under.

Set 27 (``heldout/set27``), the first whole document: the 2026 河南省 work report, every
paragraph as published (the five-year review, 2025's review, the 十五五 goals, the year's
targets and the tasks' own figures, among pages of tasks without any); its text and items were
committed (b9d6c39) before the extractor first ran on it, blind, at a4832bb (after round 21):
100/127, 100/135 both ways (the levels a five-year review reaches, 生产总值6.66万亿元, dated over
the five years instead of its last). Round 23 fixed its classes (same test file), so it is no
longer blind: 124/127, 124/127 both ways, its floors just under; the three left are judgement
calls noted in docs/QUALITY.md ("Set 27 after round 23").

Sets 28 and 29 (``heldout/set28``, ``heldout/set29``), two more whole work reports (宁夏回族自治区
2026, 云南省 2026, every paragraph with the page's own lines); their texts and items were
committed (cb8dc74, a1dd0d6) before the extractor first ran on them, blind, once, at 0976931
(after round 23): 199/225, 199/222 and 167/205, 167/203, both ways (the date their datelines give
is the one given). Round 24 fixed their classes as general rules, each with a test of its own
sentences (``tests/text/test_whole_report_reviews_and_own_acts.py``), so they are no longer
blind: 213/225, 213/222 and 199/205, 199/200 both ways, their floors just under; what is left
is noted in docs/QUALITY.md ("Sets 28 and 29 after round 24"). The same round raised sets 1-2
to 111/112, 111/112.

Set 30 (``heldout/set30``) is a fourth whole work report (吉林省 2026, every paragraph with the
page's own lines), no longer blind; its text and items were committed (c7d9941) before the
extractor first ran on it, once, at 12b4b96 (after round 24): 181/206, 181/201 both ways. Round
25 fixed its units, no-items, review dates, ranks and mergers: 197/206, 197/202 both ways, its
floors just under; what is left (ranks, mergers) is noted in docs/QUALITY.md ("Set 30 after
round 25").

Set 31 (``heldout/set31``) is a fifth whole work report (西藏自治区 2026, every paragraph with
the page's own lines and the paper's page markers), blind: its text and items were committed
(509e2f9, ee9a6ed) before the extractor first ran on it, once, at ee9a6ed (after round 25):
121/125, 121/128 both ways. No longer blind since round 26, which made its four classes rules
(a year named for a change's 从 side, a target's 从 figure, members sharing 分别突破, rounds of
raising a standard and batches): 125/125, 125/125 both ways, its floors just under.

Set 32 (``heldout/set32``) is a sixth whole work report (青海省 2026, every paragraph with the
page's own lines), no longer blind: its text and items were committed (ac7024b) before the
extractor first ran on it, once, at ac7024b (after round 25): 162/171, 162/176 both ways. Round
27 made its classes rules (a review's levels reached, plants' sizes in lists of projects, the
government's own campaigns and rounds, a cut's field, a natural event's size, a list named by
the next year, counties and townships in digits): 169/171, 169/170 both ways, its floors just
under; what is left (a total investment, a held rank's years) is noted in docs/QUALITY.md
("Set 32 after round 27"). Round 27 raised set 30 to 200/206, 200/204.

Set 33 (``heldout/set33``) is a seventh whole work report (广西壮族自治区 2026, every paragraph
with the page's own lines), no longer blind: its text and items were committed (adc2ff5,
5331052) before the extractor first ran on it, once, at 8f171a6 (after round 27 and two of
round 28a's convention commits): 170/208, 170/200 both ways (a five-year review's figures read
as commitments over the five years, the year's tasks after a lead of 重点抓好以下工作 dated
open to the report's day, 千亿元 and 万 as written, ranks, counts of a political formula).
Round 28 made its first classes rules (a paragraph opening on 过去五年 under a heading of
achievements and targets states results, the targets being the last plan's; tasks after a
sentence on the present keep their year, 三年安排 spans three; a half year on a change's 从
side dates its own figure; a count of quoted members is no item: tests in
``tests/text/test_review_under_target_headings_and_quoted_formulas.py``): 191/208, 191/197 both
ways, its floors just under; what is left is noted in docs/QUALITY.md ("Set 33 after round
28"). The same round raised set 3 to 152/160, 152/160 (增加值 is no flow word).

Set 34 (``heldout/set34``) is an eighth whole work report (贵州省 2026, every paragraph with the
page's own lines), no longer blind: its text and items were committed (fa131f9) before the
extractor first ran on it, once, at 8749cd0 (after round 28): 206/241, 206/241 both ways (the
five-year review dated 2020–2025 instead of 2021–2025, composite units per period such as
645元/月 read as 元, units of computing and storage not read, 从A提升到B pairs in the review,
members sharing 年均分别增长, size classes and formulas read as targets). Round 29 made its
classes general rules, each with a test of its own in
``tests/text/test_end_year_ranges_composite_units_and_size_classes.py``: 241/241, 241/242 both
ways, its floors just under; the one invention left (每年办好十件民生实事) is where the fixture
disagrees with sets 5, 8, 16, 18 and 28-32 (docs/QUALITY.md, "Set 34 after round 29"). The
same round raised set 33 to 193/208, 193/199 (a length ranked right after its noun).

Set 35 (``heldout/set35``) is a ninth whole work report (福建省 2026, every paragraph with the
page's own lines), blind until round 30: its text and items were committed (0b3c3e6) before the
extractor first ran on it, once, at 5d4a201 (after round 29): 173/194, 173/193 both ways. Round
30a aligned it with the convention on ranks in evaluations and assessments (197 items:
176/197, 176/191), and round 30 made its classes general rules, each with a test of its own in
``tests/text/test_volume_first_units_fields_and_first_products.py`` and
``tests/text/test_review_marks_spending_shares_and_plan_starts.py``, so set 35 is no longer
blind: 190/197, 190/195 both ways, its floors just under (docs/QUALITY.md, "Set 35 after round
30"). The same round raised set 28 to 221/227, 221/229 (创成率居西部首位) and set 33 to 194/208,
194/200 (突破万列), then to 201/208, 201/207 (industries listed before 超N千亿元, 上万支).

Sets 36 and 37 (``heldout/set36``, ``heldout/set37``) are a tenth and an eleventh whole work
report (甘肃省 and 陕西省 2026, every paragraph with the page's own lines); their texts and
items were committed (7290a64, 9238ac3) before the extractor first ran on them, once each,
after round 29: set 36 215/277, 215/279 both ways (its five-year review, headed “十四五”时期工作
回顾, read as 2025; 55 of its items lie in the five passages set 10 also holds, all read), set
37 240/258, 240/256 both ways; floors just under. Set 37 is kept out of tuning, the honest
estimate for a report never seen (docs/QUALITY.md, "Held-out sets 36 and 37, blind").

Set 38 (``heldout/set38``) is a twelfth whole work report (黑龙江省 2026); its text and items
were committed (448fbaa) before the extractor first ran on it, twice, blind: with the
extraction of round 29 (140/158, 140/152 both ways) and after rounds 30 and 31 (145/158,
145/156), its floors just under the second. With set 37 it is kept out of tuning
(docs/QUALITY.md, "Held-out set 38, blind"); set 37 was 241/258, 241/257 after round 31.

Set 39 (``heldout/set39``) is a thirteenth whole work report (江西省 2026), committed (c19d0e9)
before its one blind run after rounds 30 and 31: 159/174, 159/176 both ways (fifteen of its
paragraphs are set 5's, all 75 items there read; the rest 84/99, 84/101), its floors just
under; kept out of tuning (docs/QUALITY.md, "Held-out set 39, blind"). Round 33a's glossary
convention dropped the eight items of its annex's notes (166 items) and its rule (a glossary is
not read, made after the blind runs of sets 39 and 41 and not tuned on their lines) brought it
to 157/166, 157/167; set 41, whose fixture already left its glossary out, to 263/288, 263/285
(docs/QUALITY.md, "Conventions aligned (round 33a)").

Set 40 (``heldout/set40``) is a fourteenth whole work report (湖南省 2026), committed (5ed10a5)
before its one blind run after round 32a: 212/218, 212/220 both ways (nine of its paragraphs
are set 4's, all 58 items there read; the rest 154/160, 154/162), its floors just under; kept
out of tuning (docs/QUALITY.md, "Held-out set 40, blind").

Set 41 (``heldout/set41``) is a fifteenth whole work report (四川省 2026, its glossary
included), committed (321b9cc) before its one blind run after round 32a: 263/288, 263/294 both
ways (eight of its paragraphs are set 3's; the rest 219/238, 219/244), its floors just under;
kept out of tuning (docs/QUALITY.md, "Held-out set 41, blind").

Sets 42, 43 and 44 (``heldout/set42``–``set44``) are whole work reports of 安徽省, 北京市 and
浙江省 2026, committed (f3444b1, a35cb8c, 7f645a3) before their one blind run after round 32a:
223/226, 223/230; 169/181, 169/183; 271/304, 271/299, both ways (set 19 holds four paragraphs
of set 42, set 20 some lines of set 44; outside them 200/203, 200/206 and 222/255, 222/250),
their floors just under. Set 42 is tuned on from round 33; sets 43 and 44 are kept out of
tuning (docs/QUALITY.md, "Held-out sets 42, 43 and 44, blind").

Sets 45, 46 and 47 (``heldout/set45``–``set47``) are whole work reports of 山东省, 广东省 (its
十件民生实事 and glossary attached) and 河北省 2026, committed (01652bf, 2c2e1ef, 07ef891) before
their one blind run: 262/277, 262/282; 304/344, 304/344; 51/59, 51/60, both ways (set 18
holds some paragraphs of set 45, set 19 some of set 46; outside them 226/241, 226/246 and
242/282, 242/282), their floors just under. Tuned on from round 33 with set 42 (docs/QUALITY.md,
"Held-out sets 45, 46 and 47, blind").

Sets 48, 49 and 50 (``heldout/set48``–``set50``) are whole work reports of 湖北省, 江苏省 and
上海市 2026, committed (c110cf3, 56fe517, 95dfcb9) before their one blind run, after round 33a's
glossary rule and before round 33: 132/140, 132/137; 116/170, 116/168; 173/178, 173/187, both
ways (set 18 holds some paragraphs of set 48; outside them 117/125, 117/122), their floors just
under; kept out of tuning (docs/QUALITY.md, "Held-out sets 48, 49 and 50, blind").

Sets 51–55 (``heldout/set51``–``set55``) are whole work reports of 天津市, 重庆市, 辽宁省, 山西省
and 内蒙古自治区 2026, committed (dc5210b, e1732e7, a6103a9, d0687aa, 6f6deec) before their one
blind run, after round 33b: 120/136, 120/138; 249/287, 249/291; 148/249, 148/257; 157/197,
157/199; 102/181, 102/173, both ways, their floors just under (docs/QUALITY.md, "Held-out sets
51–55, blind"). Sets 51–53 are tuned on from round 34; sets 54 and 55 from round 35 (kept out
of tuning until then; their blind figures stay their honest first run). Round 35 took sets 54
and 55's classes (no longer blind): 187/197, 187/198; 166/181, 166/174 both ways ("Sets 54–55
after round 35").
Round 34 took sets 51–53's classes (no longer blind): 131/136, 131/137; 278/287, 278/288;
246/249, 246/254 both ways ("Sets 51–53 after round 34").

Sets 56 and 57 (``heldout/set56``, ``set57``) are whole work reports of 新疆维吾尔自治区 and 海南省
2026, committed (70d5834, 59b85c8) before their first run, blind, before round 34: 159/176 both;
230/265, 230/275, both ways, their floors just under; kept out of tuning.

Set 36 is no longer blind: round 31 read it whole and made its classes general rules, each with
a test of its own in ``tests/text/`` (the review recognised under a heading naming its plan
alone and paragraphs opening ——这是…的五年, dating inside it, members listed before a mark or a
rank, tasks after 项目前期, sizes and grades that are no items), to 272/277, 272/275 both ways;
its floors sit just under that. The same round raised set 35 to 193/197, 193/196, set 30 to
201/206, 201/204 and set 29 to 205/205 (docs/QUALITY.md, "Set 36 after round 31").

Round 28a settled three conventions the fixtures disagreed on (docs/QUALITY.md, "Conventions
aligned (round 28a)") and aligned every fixture openly (a line in each changed set's ``about``):
a rank held 连续N年 is over the N years (sets 14, 19, 25, 28 redated, counts unchanged); 双双
over named members is one item per member (set 5: 160 → 161 items, 160/161, 160/160 both ways,
its floors unchanged); a named project's investment is no item (set 7: 51 → 50 items, 49/50,
49/51; set 32: 171 → 170, 170/170, 170/170). Set 28 went to 218/225, 218/227. Floors raised to
just under the new figures.

Round 30a settled two more (docs/QUALITY.md, "Conventions aligned (round 30a)"): a rank the
subject holds in an evaluation or an assessment is an item as any rank is (the issue's
位列全国第17位 is one; set 28: 225 → 227 items, 220/227, 220/228; set 35: 194 → 197, 176/197,
176/191; set 29 204/205, 204/205), grades, honours won in a row and a band of the top places
none; a count of 民生实事 is an item where it is written plain (set 34: 241 → 242, 242/242,
242/242).

Round 35 settled five more (docs/QUALITY.md, "Conventions aligned (round 35)"): 成 in words is
an item (sets 25, 51: 提升四成); a count in digits of things all named before it is an item
(sets 52, 53), matters named before their count none; rounds of weather met are a count of 轮
(sets 29, 32, 33); the government's own measures counted are none (sets 20, 29, 35, 44, 48–51,
56, 57); the unemployment rate's measure is level (sets 5, 6, 10–12, 54; not scored).

Every set is scored twice: with the article date inferred from the text, as ingest does
without a manifest date (the figure reported since set 1), and "with the date given": the date
an editor would put in the ingest manifest, from each text's source (``given_dates`` in each
fixture; a year alone where only the year is known). The gap between the two is what date
inference costs; what the second misses is extraction's own error. A year alone given for a
text that names its own year frames its figures as no date does (the text's year first, the
given year only where the text names none): sets 3-6 score the same both ways, and their
"given" floors sit just under that (before that rule, 112/160, 134/136, 118/160, 63/74).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extraction_quality import (
    given_stories,
    load,
    load_given_dates,
    score_document,
    stories,
    total,
)

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"

# set: folder, then (recall floor, precision floor) with the date inferred and with the date given
SETS = {
    # (0.991 / 0.991, 111/112, since round 24: 覆盖10.5亿人, a level a ten-year review reaches)
    "held-out sets 1-2": (HELDOUT, (0.99, 0.99), (0.99, 0.99)),
    # (0.944 / 0.944, 151/160, since round 23: levels a five-year review reaches, bare; 0.950 /
    # 0.950, 152/160, since round 28: 增加值跨上3万亿元台阶, value added no flow word; 0.963 /
    # 0.963, 154/160, since round 36: things counted holding a rank stand at the review's end)
    "held-out set 3": (HELDOUT / "set3", (0.96, 0.96), (0.96, 0.96)),
    "held-out set 4": (HELDOUT / "set4", (0.99, 0.975), (0.99, 0.99)),
    # set 5 since round 33b (a rank right after its noun in any field, 数量全区第一): 1.000 / 1.000
    "held-out set 5": (HELDOUT / "set5", (0.995, 0.995), (0.995, 0.995)),
    # set 6: round 32a (成为玉林首个300亿元园区 a rank, 74 → 75 items) 1.000 / 1.000 (75/75)
    "held-out set 6": (HELDOUT / "set6", (0.99, 0.995), (0.99, 0.995)),
    # set 7: 49/51, 49/51 both ways until round 28a, which dropped a named project's investment
    # (投资25亿元的…项目) from its fixture: 0.980 (49/50) / 0.961 (49/51) both ways; round 32a
    # redated 累计拉动消费126亿元 to the year reviewed, figures unchanged
    "held-out set 7": (HELDOUT / "set7", (0.98, 0.96), (0.98, 0.96)),
    # set 8 since round 33b (a rank right after its noun in any field): 0.469 / 0.462 (30/64,
    # 30/65) inferred, 1.000 / 0.985 (64/64, 64/65) given
    "held-out set 8": (HELDOUT / "set8", (0.46, 0.46), (0.995, 0.98)),
    "held-out set 9": (HELDOUT / "set9", (0.78, 0.78), (0.99, 0.99)),
    "held-out set 10": (HELDOUT / "set10", (0.56, 0.56), (0.99, 0.99)),
    "held-out set 11": (HELDOUT / "set11", (0.38, 0.38), (1.0, 1.0)),
    "held-out set 12": (HELDOUT / "set12", (0.90, 0.90), (0.99, 0.99)),
    "held-out set 13": (HELDOUT / "set13", (0.57, 0.57), (0.99, 0.99)),
    "held-out set 14": (HELDOUT / "set14", (0.79, 0.79), (0.99, 0.99)),
    "held-out set 15": (HELDOUT / "set15", (0.54, 0.54), (0.99, 0.99)),
    "held-out set 16 (blind)": (HELDOUT / "set16", (0.76, 0.74), (0.76, 0.74)),
    "held-out set 17": (HELDOUT / "set17", (0.55, 0.55), (0.99, 0.99)),
    "held-out set 18": (HELDOUT / "set18", (0.99, 0.99), (0.99, 0.99)),
    "held-out set 19": (HELDOUT / "set19", (0.99, 0.99), (0.99, 0.99)),
    # set 20 after round 35's convention on the government's own measures (29项促消费政策 no
    # item, 75 → 74): 0.878 / 0.878 (65/74) inferred, 1.000 / 1.000 (74/74) given
    "held-out set 20": (HELDOUT / "set20", (0.87, 0.87), (0.99, 0.99)),
    # set 21: blind 0.648 / 0.833 both ways; 0.889 / 0.923 once texts in traditional
    # characters are read as their simplified twins and round 16's classes are rules; 0.926 /
    # 0.926 (50/54) once a count of a plan's indicators completed is an item; 1.000 / 0.982
    # (54/54, 54/55) both ways once round 19's classes are rules (a figure of the year before
    # under a lead of targets is reported; 甲和乙预计都将突破X is an item each, an estimate)
    "held-out set 21": (HELDOUT / "set21", (0.99, 0.98), (0.99, 0.98)),
    # set 22: blind (committed in e18bd4e before its one run, at 17f6c8a after round 16 and
    # the traditional-characters mapping): 0.364 / 0.370 inferred, 0.745 / 0.759 given; 0.909 /
    # 0.943 (50/55, 50/53) both ways once round 17a's dating classes are rules (a re-posted
    # report dated by its own delivery line; a late-year report's estimates, past and coming
    # years) and pinyin glosses are read past; 0.982 / 0.982 (54/55) both ways once round 17b's
    # classes are rules (units in 万P, 跨过万亿元大关, ranks a review expects)
    "held-out set 22": (HELDOUT / "set22", (0.98, 0.98), (0.98, 0.98)),
    # set 23: blind (committed in 35e9ce7 before its one run, at aabdd6f after round 17):
    # 0.967 / 0.935 both ways; 1.000 / 1.000 (30/30) both ways once round 18's classes are
    # rules (累计 in a review opened on one year, a count of tasks set where they were set)
    "held-out set 23": (HELDOUT / "set23", (0.99, 0.99), (0.99, 0.99)),
    # set 24: blind (committed in 82669d0 before its one run, at cb43846 after round 18):
    # 0.810 / 0.791 inferred, 1.000 / 0.977 given; 0.881 / 0.881 (37/42) inferred and 1.000 /
    # 1.000 given once round 20's classes are rules (a report's news dated by the targets'
    # year, not its estimates'; a count of the report's own list of tasks is no item)
    "held-out set 24": (HELDOUT / "set24", (0.88, 0.88), (0.99, 0.99)),
    # set 25: blind (committed in 666def8 before its one run, at 666def8 after round 20):
    # 0.371 / 0.354 inferred, 0.629 / 0.600 given; 0.371 / 0.365 (23/62, 23/63) inferred and
    # 1.000 / 0.984 (62/62, 62/63) given once round 21's classes are rules (a text of January
    # to March opening on 过去一年 reviews the year before; ranks of listed increases are no
    # items); inferred, the review's copy and the targets page name no date or year at all;
    # round 35's convention on 成 (提升四成 an item, 62 → 63 items) 0.381 / 0.381 (24/63) inferred,
    # 1.000 / 1.000 (63/63) given
    "held-out set 25": (HELDOUT / "set25", (0.38, 0.38), (0.99, 0.99)),
    # set 26: committed in 4f6463e before its blind run, at 4f6463e after round 21: 0.745 /
    # 0.686 inferred (35/47, 35/51), 0.979 / 0.902 given (46/47, 46/51); 1.000 / 1.000 (47/47)
    # both ways once round 23's classes are rules (a dateline without a year takes the year of
    # the targets set; 今年…目标 sets targets; counts of places and of policy packages no items)
    "held-out set 26": (HELDOUT / "set26", (0.99, 0.99), (0.99, 0.99)),
    # set 27: a whole work report, committed in b9d6c39 before its blind run, at a4832bb after
    # round 21: 0.787 / 0.741 both ways (100/127, 100/135); 0.976 / 0.976 (124/127, 124/127)
    # both ways once round 23's classes are rules (a bare level a review reaches is its last
    # year's; size classes, task lists, names' figures no items; 次/秒 and 班次 read); round 33
    # (units meeting a standard in the review are its last year's) 0.984 / 0.984 (125/127);
    # round 37 (对工业贡献率超过70%, a contribution passed, over the review) 0.992 / 0.992 (126/127)
    "held-out set 27": (HELDOUT / "set27", (0.99, 0.99), (0.99, 0.99)),
    # sets 28 and 29: whole work reports, no longer blind (committed in cb8dc74 and a1dd0d6
    # before their one blind run, at 0976931 after round 23): 0.884 / 0.896 (199/225, 199/222)
    # and 0.815 / 0.823 (167/205, 167/203), both ways; 0.947 / 0.959 (213/225, 213/222) and
    # 0.971 / 0.995 (199/205, 199/200) both ways once round 24's classes are rules (a year named
    # inside a review's sentence dates it alone; flows, totals and what was done over the five
    # years, levels reached at their end; 由上年A…; a quarter naming a campaign; units 亿方,
    # 微克/立方米, ℃, 起, 对, 回; the government's own acts, labels and names' sizes no items)
    # round 25 (ranks): set 28 0.960 / 0.960 (216/225, 216/225), set 29 0.985 / 0.995
    # (202/205, 202/203), both ways; round 28a (双双 over named members, one item each): set 28
    # 0.969 / 0.960 (218/225, 218/227), both ways; round 30a (ranks in evaluations and
    # assessments are items: set 28 225 → 227 items) set 28 0.969 / 0.965 (220/227, 220/228),
    # set 29 0.995 / 0.995 (204/205, 204/205), both ways
    # round 30 (a first place in a region's field, 居西部首位): set 28 0.974 / 0.965
    # (221/227, 221/229); round 31 (a rank kept, 保持西部第1位, over the review's years): set 29
    # 1.000 / 1.000 (205/205, 205/205)
    # round 32a (累计 among a reviewed year's results is that year's): set 28 0.982 / 0.974
    # (223/227, 223/229), both ways; round 33 (每年将…用于民生 in the review no intent) 0.987 /
    # 0.978 (224/227, 224/229), (目标完成率 no aim, its rank over the review) 0.991 / 0.983
    # (225/227, 225/229), (分别居… after a list of growths no items) 0.991 / 0.991 (225/227);
    # round 37 (…增幅等5项指标居全国第一, the class's rank) 0.996 / 0.991 (226/227, 226/228)
    "held-out set 28": (HELDOUT / "set28", (0.995, 0.99), (0.995, 0.99)),
    # set 29: round 32a (、首个…国际卫生陆港 after another status of 成为 a rank, 205 → 206 items)
    # 1.000 / 1.000 (206/206, 206/206); round 35 (有效应对24轮强降雨 an item, 206 → 207)
    # 1.000 / 1.000 (207/207); (出台稳增长政策32项 no item: the government's own measures,
    # 207 → 206) 1.000 / 1.000 (206/206)
    "held-out set 29": (HELDOUT / "set29", (0.995, 0.995), (0.995, 0.995)),
    # set 30: a fourth whole work report, no longer blind (committed in c7d9941 before its one
    # blind run, at 12b4b96 after round 24): 0.879 / 0.900 both ways (181/206, 181/201); after
    # round 25 0.956 / 0.975 both ways (197/206, 197/202); after round 26 (产销量均…: two
    # items; 产能占全球30%) 0.966 / 0.975 (199/206, 199/204); after round 27 (预期寿命 is no
    # force word) 0.971 / 0.980 (200/206, 200/204); after round 31 (分别提高A、B: both growths
    # over the review) 0.976 / 0.985 (201/206, 201/204); round 32a redated 成为全国第11个、东北首个
    # to 2025, figures unchanged; round 33 (留省就业超过66万人: done over the review's years)
    # 0.981 / 0.990 (202/206, 202/204); round 37 (财政支出中民生占比超过80%, a share of what was
    # spent, over the review) 0.985 / 0.995 (203/206, 203/204); (推进长春、白山2个城市…示范项目:
    # places named before a count in digits) 0.990 / 0.995 (204/206, 204/205)
    "held-out set 30": (HELDOUT / "set30", (0.99, 0.99), (0.99, 0.99)),
    # set 31: a fifth whole work report, no longer blind (committed in 509e2f9 and ee9a6ed before
    # its one blind run, at ee9a6ed after round 25): 0.968 / 0.945 both ways (121/125, 121/128);
    # after round 26 1.000 / 1.000 both ways (125/125, 125/125)
    "held-out set 31": (HELDOUT / "set31", (0.99, 0.99), (0.99, 0.99)),
    # set 32: a sixth whole work report, no longer blind (committed in ac7024b before its one
    # blind run, at ac7024b after round 25): 0.947 / 0.920 both ways (162/171, 162/176); after
    # round 27 0.988 / 0.994 both ways (169/171, 169/170); after round 28a (a held rank over
    # its years; a named project's investment no item, 171 → 170 items) 1.000 / 1.000 (170/170);
    # round 35 (rounds of weather met are items, 170 → 171) 1.000 / 1.000 (171/171)
    "held-out set 32": (HELDOUT / "set32", (0.99, 0.99), (0.99, 0.99)),
    # set 33: a seventh whole work report, no longer blind (committed in adc2ff5 before its one
    # blind run, at 8f171a6): 0.817 / 0.850 both ways (170/208, 170/200); after round 28 (a
    # five-year review under a heading of achievements and targets; tasks after 当前; 三年安排;
    # 从上半年A降到B; quoted formulas' counts) 0.918 / 0.970 both ways (191/208, 191/197); after
    # round 29 (a length ranked right after its noun) 0.928 / 0.970 (193/208, 193/199)
    # round 30 (突破万列 is one 万 of its unit): 0.933 / 0.970 (194/208, 194/200); then (its
    # leftovers: industries listed before 超N千亿元 pass it each; 上万支) 0.966 / 0.971
    # (201/208, 201/207); round 34b (超500亿元的县域 a size class) 0.966 / 0.976 (201/208, 201/206);
    # round 35 (rounds of weather met are items, 208 → 209) 0.967 / 0.976 (202/209, 202/207);
    # (出台稳增长措施近100条 no item: the government's own measures) 0.967 / 0.981 (202/209,
    # 202/206); round 37 (比2020年增加超7400亿元, a change since a year named, read) 0.971 / 0.981
    # (203/209, 203/207); (柳州连续六年保持第一 read) 0.976 / 0.981 (204/209, 204/208); (188个园区
    # 整合优化为120个: what was merged, the year before's) 0.981 / 0.986 (205/209, 205/208);
    # (苍梧、昭平等10个县区通了…: places named before a count in digits) 0.986 / 0.986 (206/209)
    "held-out set 33": (HELDOUT / "set33", (0.985, 0.985), (0.985, 0.985)),
    # set 34: an eighth whole work report, no longer blind (committed in fa131f9 before its one
    # blind run, at 8749cd0 after round 28): 0.855 / 0.855 both ways (206/241, 206/241); after
    # round 29 (2020年到2025年 before a change is 2021–2025; composite units 元/月, Eflops, GWh;
    # 年限's two spans; size classes, a format, a named pair; 累计 among tasks; a goal's
    # deadline) 1.000 / 0.996 both ways (241/241, 241/242); round 30a (每年办好十件民生实事
    # is an item, 241 → 242 items) 1.000 / 1.000 (242/242, 242/242)
    "held-out set 34": (HELDOUT / "set34", (0.99, 0.99), (0.99, 0.99)),
    # set 35: a ninth whole work report, no longer blind (committed in 0b3c3e6 before its one
    # blind run, at 5d4a201 after round 29): 0.892 / 0.896 both ways (173/194, 173/193); round
    # 30a (ranks in evaluations and assessments are items, 194 → 197 items; honours won in a
    # row and a band of the top places none) 0.893 / 0.921 (176/197, 176/191); after round 30
    # (units and fields written otherwise, 各 as 均, a first product's size, marks passed and
    # spending shares in the review, an aim beyond the plan, a plan named for its start)
    # 0.959 / 0.969 (189/197, 189/195); passengers carried over the review 0.964 / 0.974
    # (190/197, 190/195); round 31 (稳居全球第一 kept over the review's years) 0.970 / 0.979
    # (191/197, 191/195); members listed before a rank kept (动力电池、储能电池出货量稳居全球
    # 第一) 0.975 / 0.980 (192/197, 192/196); 7个县市入选全国综合实力百强 a standing of the last
    # year, 0.980 / 0.985 (193/197, 193/196); round 32a (累计 among a reviewed year's results
    # is that year's: 累计惠及80个乡镇近300万群众) 0.990 / 0.995 (195/197, 195/196); round 35
    # (352项重要改革举措 no item: the government's own measures, 197 → 196) 0.990 / 0.995
    # (194/196, 194/195)
    "held-out set 35": (HELDOUT / "set35", (0.985, 0.99), (0.985, 0.99)),
    # set 36: a tenth whole work report (甘肃 2026), no longer blind (committed in 7290a64
    # before its one blind run, at 7290a64 after round 29): 0.776 / 0.771 both ways (215/277,
    # 215/279; outside the five passages set 10 also holds 160/222, 160/224); after round 30a
    # 0.776 / 0.779 (215/277, 215/276); after round 31 (a review headed by its plan alone and
    # reopened by ——这是…的五年, a run inside it; growths of a 分别 list, rates' names, a base's
    # own figure, verbs of doing, 压降, two units of one count, places covered, ranks kept, a
    # total after its additions, ranking lists; members before a mark or a rank; 项目前期's 目前;
    # deposits', bases' sizes, a grade, 第一批) 0.982 / 0.989 (272/277, 272/275), each rule's
    # figures in its commit; round 32a (成为我国首个…品种 read, a rank of 2025) 0.986 / 0.989
    # (273/277, 273/276); round 33a (惠及26个省份 read, the places a benefit reached) 0.989 /
    # 0.989 (274/277, 274/277), then (14个市州…全面达标 read, 2025) 0.993 / 0.989 (275/277,
    # 275/278); round 33 (a verb of doing after its subject: 援助资金31.08亿元 over the review)
    # 0.996 / 0.993 (276/277, 276/278)
    "held-out set 36": (HELDOUT / "set36", (0.995, 0.99), (0.995, 0.99)),
    # set 37: an eleventh whole work report (陕西 2026), blind (committed in 9238ac3 before its
    # one blind run, at 9238ac3 after round 29): 0.930 / 0.938 both ways (240/258, 240/256).
    # Kept out of tuning: the honest estimate for a report never seen
    "held-out set 37": (HELDOUT / "set37", (0.92, 0.93), (0.92, 0.93)),
    # set 38: a twelfth whole work report (黑龙江 2026), blind (committed in 448fbaa before any
    # run): after round 29 (the extraction of 9238ac3) 0.886 / 0.921 both ways (140/158,
    # 140/152); after rounds 30 and 31 (4470f14) 0.918 / 0.929 (145/158, 145/156). Kept out of
    # tuning, with set 37: the honest estimate for a report never seen
    "held-out set 38": (HELDOUT / "set38", (0.91, 0.92), (0.91, 0.92)),
    # set 39: a thirteenth whole work report (江西 2026), blind (committed in c19d0e9 before
    # its one run, at 0f4aa5c after rounds 30 and 31): 0.914 / 0.903 both ways (159/174,
    # 159/176; outside the fifteen paragraphs set 5 holds, 84/99 and 84/101). Kept out of tuning.
    # After round 32a's convention on firsts (a general rule, not tuned on it; its lines not
    # read) 0.920 / 0.909 (160/174, 160/176), both ways. Round 33a's glossary convention
    # dropped the eight items of its annex's notes (174 -> 166: 0.946 / 0.892 aligned alone),
    # and its general rule (a glossary is not read; made after the blind run, not tuned on its
    # lines) 0.946 / 0.940 (157/166, 157/167), both ways
    "held-out set 39": (HELDOUT / "set39", (0.94, 0.935), (0.94, 0.935)),
    # set 40: a fourteenth whole work report (湖南 2026), blind (committed in 5ed10a5 before its
    # one run, at 5ed10a5 after round 32a): 0.972 / 0.964 both ways (212/218, 212/220; outside
    # the nine paragraphs set 4 holds, 154/160 and 154/162). Kept out of tuning
    "held-out set 40": (HELDOUT / "set40", (0.965, 0.96), (0.965, 0.96)),
    # set 41: a fifteenth whole work report (四川 2026), blind (committed in 321b9cc before its
    # one run, at d4c954b after round 32a): 0.913 / 0.895 both ways (263/288, 263/294; outside
    # the eight paragraphs set 3 holds, 219/238 and 219/244). Kept out of tuning. Round 33a's
    # glossary rule (its 名词解释 not read; the fixture already had none there) 0.913 / 0.923
    # (263/288, 263/285), both ways
    "held-out set 41": (HELDOUT / "set41", (0.91, 0.92), (0.91, 0.92)),
    # set 42: a sixteenth whole work report (安徽 2026), blind (committed in f3444b1 before its
    # one run, at a35cb8c after round 32a): 0.987 / 0.970 both ways (223/226, 223/230; outside
    # the four paragraphs set 19 holds, 200/203 and 200/206). Tuned on from round 33: (双双 with
    # its two members at the clause's head) 1.000 / 0.974 (226/226, 226/232), (a lone 零 counts
    # nothing: 零部件) 1.000 / 0.978 (226/231), (100项提升举措 a package) 1.000 / 0.983 (226/230);
    # round 33b (1小时通勤圈 no item) 1.000 / 0.987 (226/229)
    "held-out set 42": (HELDOUT / "set42", (0.995, 0.985), (0.995, 0.985)),
    # set 43: a seventeenth whole work report (北京 2026), blind (committed in a35cb8c before its
    # one run, at a35cb8c): 0.934 / 0.923 both ways (169/181, 169/183). Kept out of tuning
    "held-out set 43": (HELDOUT / "set43", (0.93, 0.92), (0.93, 0.92)),
    # set 44: an eighteenth whole work report (浙江 2026), blind (committed in 7f645a3 before its
    # one run, at 7f645a3): 0.891 / 0.906 both ways (271/304, 271/299; outside the lines set 20
    # holds, 222/255 and 222/250). Kept out of tuning
    "held-out set 44": (HELDOUT / "set44", (0.89, 0.905), (0.89, 0.905)),
    # sets 45, 46, 47: the nineteenth to twenty-first whole work reports (山东, 广东, 河北 2026),
    # blind (committed in 01652bf, 2c2e1ef, 07ef891 before their one run, at dec3769):
    # 0.946 / 0.929 (262/277, 262/282), 0.884 / 0.884 (304/344 both), 0.864 / 0.850 (51/59,
    # 51/60) both ways. Tuned on from round 33, with set 42
    # set 45 after round 33 (2027年、2028年分别… pass no year on): 0.964 / 0.943 (266/276, 266/282);
    # (组织企业参加…500场以上 a measure) 0.967 / 0.943 (267/276, 267/283); (发布, 召开 verbs of
    # doing) 0.975 / 0.951 (269/276, 269/283), (a verb of doing after its subject) 0.982 / 0.958
    # (271/276, 271/283), (贡献率提升至59.1% a level the change reached, 2025) 0.986 / 0.961
    # (272/276, 272/283); round 33b (考核全国第一 read) 0.989 / 0.961 (273/276, 273/284), (均居
    # after a clause of figures) 0.993 / 0.961 (274/276, 274/285); round 33 (61%的…处理厂完成
    # 提标改造 a share reached) 0.996 / 0.965 (275/276, 275/285), (每年 of another clause holds
    # no mark passed) 1.000 / 0.968 (276/276, 276/285); round 33b (1小时、1.5小时通勤圈 no items)
    # 1.000 / 0.975 (276/276, 276/283), (营收过百亿元…企业 a size class) 1.000 / 0.979 (276/282);
    # round 36's convention on a plan's classes (278 items) 1.000 / 0.986 (278/282)
    "held-out set 45": (HELDOUT / "set45", (0.995, 0.985), (0.995, 0.985)),
    # set 46 after round 33 (创2006年以来新高 dates nothing): 0.892 / 0.892 (307/344); round
    # 33b (不低于当地上年度… dates nothing after it): 0.922 / 0.922 (317/344); (万吨/日, 万辆次,
    # 10期 read whole) 0.933 / 0.930 (321/344, 321/345); round 33 (a verb of doing after its
    # subject) 0.945 / 0.942 (325/344, 325/345), (试点覆盖696万名… the last year's) 0.948 /
    # 0.945 (326/344, 326/345); round 33b (ranks after their noun, risen to, 居各省区首位) 0.956 /
    # 0.945 (329/344, 329/348), (均居 after a clause of figures) 0.959 / 0.946 (330/344, 330/349);
    # round 33 (参加…保险/保障 enrolment, no meeting) 0.968 / 0.946 (333/344, 333/352); round 33b
    # (1小时通达, 每天24小时 no items) 0.968 / 0.951 (333/344, 333/350); round 33 (从15个县（市）
    # 扩大到…: the from side the year before's) 0.971 / 0.954 (334/344, 334/350); round 33b
    # (分别增至214对和69家: 对 before 和) 0.974 / 0.957 (335/344, 335/350), (104种…产品中，…超过10%
    # 的有44种: the whole and the classes' bounds no items) 0.974 / 0.968 (335/344, 335/346),
    # (超千亿元县 a size class) 0.974 / 0.971 (335/344, 335/345); round 34b (5个县级城市新获评…:
    # places that joined a list counted) 0.977 / 0.971 (336/344, 336/346)
    # round 35 (rounds of weather met: 成功应对22轮强降水 read) 0.980 / 0.971 (337/344, 337/347);
    # round 37 (members named with an age or a type before a shared rate: 0—6岁儿童…, 2型糖尿病
    # 患者…) 0.988 / 0.971 (340/344, 340/350); (累计成交量稳居全国区域碳市场首位, a rank of a
    # total in a narrowed field) 0.991 / 0.972 (341/344, 341/351); (新培育…、2000个典型村和25个典型
    # 村片区: counts listed after one verb) 0.994 / 0.972 (342/344, 342/352)
    "held-out set 46": (HELDOUT / "set46", (0.99, 0.97), (0.99, 0.97)),
    # set 47 after round 33 (刚刚过去的2025年 opens the year's paragraph after the review):
    # 0.949 / 0.933 (56/59, 56/60); round 33b (综合算力指数全国第一 read) 0.966 / 0.934 (57/59,
    # 57/61); round 33 (二、三级 grades inside one name; 压减 a verb of doing) 1.000 / 0.983
    # (59/59, 59/60)
    "held-out set 47": (HELDOUT / "set47", (0.995, 0.98), (0.995, 0.98)),
    # sets 48, 49, 50: the twenty-second to twenty-fourth whole work reports (湖北, 江苏, 上海
    # 2026), blind (committed in c110cf3, 56fe517, 95dfcb9 before their one run, at 56fe517 and
    # c110cf3, after round 33a's glossary rule and before round 33): 0.943 / 0.964 (132/140,
    # 132/137; outside the paragraphs set 18 holds, 117/125 and 117/122), 0.682 / 0.690
    # (116/170, 116/168), 0.972 / 0.925 (173/178, 173/187) both ways. Kept out of tuning
    "held-out set 48": (HELDOUT / "set48", (0.94, 0.96), (0.94, 0.96)),
    "held-out set 49": (HELDOUT / "set49", (0.68, 0.69), (0.68, 0.69)),
    "held-out set 50": (HELDOUT / "set50", (0.97, 0.92), (0.97, 0.92)),
    # sets 51–55: the twenty-fifth to twenty-ninth whole work reports (天津, 重庆, 辽宁, 山西,
    # 内蒙古 2026), blind (committed in dc5210b, e1732e7, a6103a9, d0687aa, 6f6deec before their
    # one run, with the code of 63378dd, after round 33b): 0.882 / 0.870 (120/136, 120/138),
    # 0.868 / 0.856 (249/287, 249/291), 0.594 / 0.576 (148/249, 148/257), 0.797 / 0.789
    # (157/197, 157/199), 0.564 / 0.590 (102/181, 102/173) both ways. Sets 51–53 are tuned on
    # from round 34; sets 54 and 55 from round 35 (their blind run stays their honest first
    # figure). After rounds 34 and 34b (dating;
    # units, counts, size classes and the plan's own parts): 0.941 / 0.934 (128/136, 128/137),
    # 0.969 / 0.965 (278/287, 278/288), 0.988 / 0.969 (246/249, 246/254) both ways; set 51
    # then (共 after a task's object no report word) 0.956 / 0.949 (130/136, 130/137), and
    # (a change by more than a figure over the review) 0.963 / 0.956 (131/136, 131/137).
    # Round 35's conventions: set 51 (提升四成 an item, 136 → 137) 0.964 / 0.964 (132/137);
    # counts of named things (3个重庆实验室, 4条高速: 287 → 288, 249 → 252 items; 3件事 none)
    # set 52 0.969 / 0.969 (279/288), set 53 0.988 / 0.984 (249/252, 249/253), both ways;
    # rounds of weather met (29轮强降雨, 10轮高温天气过程) read: set 52 0.976 / 0.969 (281/288,
    # 281/290); the government's own measures no items (出台…21项重点举措, 出台…政策25项, 136 items
    # in set 51: 实施…21条升级举措 dropped) set 51 0.963 / 0.963 (131/136), set 52 0.976 / 0.972
    # (281/288, 281/289), set 53 0.988 / 0.992 (249/252, 249/251); packages listed by their
    # counts before 等政策举措 none: set 53 0.988 / 0.996 (249/252, 249/250). Round 37 (a change
    # since a year named: 比2020年增加36天, 较2020年提高1.16岁) set 51 0.971 / 0.964 (132/136,
    # 132/137), set 52 0.979 / 0.972 (282/288, 282/290); (修复17块污染地块: 块 counts plots)
    # set 52 0.983 / 0.973 (283/288, 283/291).
    "held-out set 51": (HELDOUT / "set51", (0.97, 0.96), (0.97, 0.96)),
    "held-out set 52": (HELDOUT / "set52", (0.98, 0.97), (0.98, 0.97)),
    # Round 36 (a rate named once after members listed is each member's, …参保率稳定在95%以上,
    # …增速保持在10%以上): set 53 0.996 / 0.996 (251/252, 251/252), set 55 0.929 / 0.971
    # (170/183, 170/175), then (争创 aims its own clause only, a review's …，进出口总值翻番达到
    # 2206亿元 reports) set 55 0.934 / 0.977 (171/183, 171/175), (things counted holding a
    # rank stand at the review's end, 80多种产品产能全国第一) 0.940 / 0.983 (172/183, 172/175),
    # (a rank right after 产能 an item) 0.945 / 0.983 (173/183, 173/176), (places counted as
    # 接通 a line an item, 7个盟市接通高铁) 0.951 / 0.983 (174/183, 174/177).
    "held-out set 53": (HELDOUT / "set53", (0.995, 0.995), (0.995, 0.995)),
    # Round 35 on sets 54 and 55: set 55 (a part's heading without its numeral heads its
    # part) 0.884 / 0.920 (160/181, 160/174); set 54 (a plan's review turns to its last year
    # where a paragraph opens on it) 0.883 / 0.874 (174/197, 174/199), then (入选, 认证, 执行,
    # 保供 verbs of doing in a review) 0.909 / 0.899 (179/197, 179/199), (现有 before a noun
    # no report word) 0.914 / 0.905 (180/197, 180/199), (非常规天然气产量2030年达到… over the
    # plan's years, as 到2030年) 0.929 / 0.920 (183/197, 183/199), (五年… and a rank or share
    # of a total over the review) 0.939 / 0.930 (185/197, 185/199); set 55 with the last rule
    # 0.901 / 0.937 (163/181, 163/174); set 54 (rivers reaching a water quality at the
    # review's end) 0.944 / 0.939 (186/197, 186/198), (同比 after a target's figure a target)
    # 0.949 / 0.944 (187/197, 187/198); set 55, then (增设, 减负, 落地 verbs of
    # doing) 0.917 / 0.954 (166/181, 166/174). Round 36 on set 55 (a change's 由 side per
    # head and period, 由每生每年5元提高至10元, the standard in force) 0.923 / 0.971 (169/183,
    # 169/174); set 54 (户 before firms counts them, 培育30户以上智能工厂) 0.954 / 0.945
    # (188/197, 188/199), (批次 a count, 完成不少于100万批次农产品快检) 0.959 / 0.945 (189/197,
    # 189/200), (各 right before a figure shares it, …各20家) 0.970 / 0.946 (191/197, 191/202),
    # (places a task picks, 选择11个左右的县) 0.975 / 0.946 (192/197, 192/203). Round 36's
    # conventions: set 54 (5大 a label, 196 items) 0.980 / 0.946 (192/196, 192/203); set 55
    # (a rank after a list closed by 等 one item, 179 items) 0.972 / 0.983 (174/179, 174/177).
    # Round 37: set 55 (…等重点行业46种产品能耗达到国家先进值 the review's end) 0.978 / 0.989
    # (175/179, 175/177); set 54 (前1%学科24个, 前1‰学科1个: a band of the top N per cent, no
    # item) 0.980 / 0.955 (192/196, 192/201); (覆盖20万人口以上的县: a population's size class)
    # 0.980 / 0.960 (192/196, 192/200); (谋划9条技术路径: the government's own paths) 0.980 /
    # 0.970 (192/196, 192/198).
    "held-out set 54": (HELDOUT / "set54", (0.975, 0.965), (0.975, 0.965)),
    "held-out set 55": (HELDOUT / "set55", (0.975, 0.985), (0.975, 0.985)),
    # sets 56, 57: the thirtieth and thirty-first whole work reports (新疆, 海南 2026), blind
    # (committed in 70d5834, 59b85c8 before their first run, with the code of 63378dd, before
    # round 34): 0.903 / 0.903 (159/176 both), 0.868 / 0.836 (230/265, 230/275) both ways.
    # Kept out of tuning, run again after round 34 to measure what it carried over.
    "held-out set 56": (HELDOUT / "set56", (0.90, 0.90), (0.90, 0.90)),
    "held-out set 57": (HELDOUT / "set57", (0.865, 0.835), (0.865, 0.835)),
}

# Reports never tuned on: their blind figures are the honest estimate for a report the
# tracker has never seen (README, docs/QUALITY.md). While tuning, leave them out with
# ``-m "not never_tuned"`` and look at their figures only once, at the end of a round.
NEVER_TUNED = {
    f"held-out set {number}" for number in (37, 38, 39, 40, 41, 43, 44, 48, 49, 50, 56, 57)
}
assert NEVER_TUNED <= SETS.keys()
SET_PARAMS = [
    pytest.param(name, marks=pytest.mark.never_tuned) if name in NEVER_TUNED else name
    for name in SETS
]


def _score(folder: Path, name: str, *, date_given: bool = False):
    fixture = folder / "expected.json"
    expected = load(fixture)
    given = load_given_dates(fixture)
    scores = []
    for path in sorted(folder.glob("*.txt")):
        wanted = [item for item in expected if item["doc"] == path.stem]
        assert wanted, f"no expected items for {path.name}"
        if date_given:
            assert path.stem in given, f"{fixture} gives no date for {path.name}"
            found = given_stories(path, given[path.stem])
        else:
            found = stories(path)
        score = score_document(path.stem, found, wanted)
        print(score.report(path.stem).splitlines()[0])
        scores.append(score)
    assert {item["doc"] for item in expected} == {path.stem for path in folder.glob("*.txt")}
    whole = total(scores)
    print(whole.report(name))
    return whole


@pytest.mark.parametrize("name", SET_PARAMS)
def test_heldout_recall_and_precision_with_the_date_inferred(name):
    folder, (recall_floor, precision_floor), _given = SETS[name]
    whole = _score(folder, name)
    assert whole.recall >= recall_floor, whole.report(name)
    assert whole.precision >= precision_floor, whole.report(name)


@pytest.mark.parametrize("name", SET_PARAMS)
def test_heldout_recall_and_precision_with_the_date_given(name):
    folder, _inferred, (recall_floor, precision_floor) = SETS[name]
    label = f"{name}, with the date given"
    whole = _score(folder, label, date_given=True)
    assert whole.recall >= recall_floor, whole.report(label)
    assert whole.precision >= precision_floor, whole.report(label)
