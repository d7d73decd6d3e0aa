"""Commitments (targets) and evidence (reported figures) in an article's clean text.

Pure Python, no Django. ``extract(body, published_on=..., precision=...)`` returns frozen
``ExtractedItem``s with ``body[item.start:item.end] == item.quote``.

How a figure becomes an item, in order (each step is a small named rule below):
1. The body is cut into paragraphs (lines), sentences (。！？) and clauses (，；：), never
   inside a book title 《…》. Only sentences holding a figure or a date are looked at. Force
   and report words are plain rules (要 but not 主要/需要, 了 but not 了解), not a segmenter:
   one jieba pass over the text (for search) is the whole budget of ingestion. A glossary
   (名词解释 and its notes, ``glossary.py``) is not read: its notes define terms.
2. ``numbers.find_quantities`` finds the figures. A figure is dropped when it is not a
   claim about the subject: inside 《…》 or a short slogan “…”, a capacity or an investment
   that names a project (年产2万台, 总投资10亿元的), the size of a list the subject joined
   (获批首批10家), meeting logistics (13人调研组, 14家单位参加座谈会), a means (以50项重点
   工作为抓手), a difference to another figure (相比上半年增加30亿元, 比上年末提高0.7个
   百分点), a count of milestones (跨过两个万亿元大关, but not 第四个突破2000亿元大关), a size
   class (20亿元以上项目2个), a hope (有望), a count in narrative (两件大事, 两位数增长, 33个
   行业中有20个's 33, 超六成 beside 60.6%), or the rank of a change alone (提升幅度居全国第1).
   A figure in percentage points is an item only as a target (增速高于全市1个百分点); in a
   report it restates a gap between figures the report gives (高于全省1.2个百分点).
3. Kind: the last force word (力争, 确保, 要, 目标…) or report word (已, 累计, 目前, 了, 去年…)
   before the figure in its sentence decides; a force word reaches only to the next "；"
   (a lead, "目标是：", to the end of the sentence; a verb of effort, 努力/奋力, only to the
   end of its clause). 预期 in 未达预期/好于预期 is a noun, not a force word. Without either,
   or after an estimate (预计) or 争取 with what is obtained (向上争取资金…), a period that
   ends after the article's date makes a target, anything else a reported figure.
4. Period: the figure's own clause, then the sentence before it, then the paragraph's
   earlier sentences (event dates such as 2023年5月, 6月9日 or 在三季度…发言 stay in their
   clause; 6月当月 and 5月份 do not), then a numbered heading's year or plan ("十五五"时期),
   then a default: a target is for the article's year, a reported figure is "as of" the article's
   date. 累计/目前/共有 without a period of their own are as of the article's date (or of
   截至…), from 自…以来 when given. A reported 全年/今年 while that year is still running is
   the year before (a 2024 summer article's "全年…完成136亿元" reports 2023). In a review
   (过去五年, 五年来, 这五年) flows and totals (增量, 年均, 累计) keep its years, levels reached
   (达, 突破, 超, 接近, 迈上; every member of 分别达2个、3个) and ranks are its last year's;
   a review section that opened on one year (一年来) totals that year with 累计 throughout,
   and so does a past year named (2024年…累计引进项目559个: the year's results).
   A plan named as context (是实施“十四五”规划的关键之年, 完成“十四五”规划目标) and a year
   weighed (充分考虑了2035年…) give no period.
5. Indicator: the alias table (indicators.py), the noun right after a counted figure
   (新增300家高企) or the phrase before it (技术合同成交额突破170.5亿元, also past adverbs,
   words of effort and a qualifier of counting: …也将力争增长, …扣除…因素增长); shares and growth
   rates (占全省40%, 同比增长42%) and 总数 inherit the figure before them. 新增/新建/引进…
   (also at the head of a 、-list) make the flow indicator.
6. Deliverables: a clause with a deadline and an action verb and no figure of its own
   (8月底前出台《…》) is a dated target without a number.
7. A headline that repeats a figure of the body is dropped.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from articles.text.script import Reading, reading_of
from articles.text.text_year import (
    TextYear,
    year_of_past_year_review,
    year_of_text,
    year_of_work_report,
)

from .glossary import glossary_spans
from .indicators import IndicatorDef, IndicatorMatch, by_name, find_indicators
from .numbers import Quantity, find_quantities, unit_family
from .periods import Period, find_periods, resolve_period

COMMITMENT = "commitment"
EVIDENCE = "evidence"
NUMERIC = "numeric"
DELIVERABLE = "deliverable"


@dataclass(frozen=True)
class ExtractedItem:
    """One commitment or evidence item found in a text; ``body[start:end] == quote``."""

    kind: str  # "commitment" | "evidence"
    quote: str
    start: int
    end: int
    subject: str
    indicator: str | None  # canonical indicator name, or None when the table has none
    indicator_text: str  # the words of the text that name what is measured
    measure: str  # level | growth | share | rank | none
    comparator: str  # exactly | at_least | more_than | at_most | less_than | about | range | none
    value: Decimal | None
    value_max: Decimal | None
    unit: str
    base_value: Decimal | None
    base_unit: str
    period_text: str
    period_start: date | None
    period_end: date | None
    deadline: date | None
    period_relative: bool  # the article's date is unknown: the period could not be resolved
    commitment_kind: str  # numeric | deliverable for commitments, "" for evidence
    is_cumulative: bool
    confidence: float
    # A growth figure written with a falling word (下降4.6%, 降低3%以上): ``value`` stays as
    # written (4.6), and this says it fell.
    falls: bool = False


# --- Words ------------------------------------------------------------------------------------

# 争取 before what is obtained (向上争取项目资金85.06亿元, 争取中央资金…) is the verb "obtain",
# which reports as well as it plans: the figure's period decides, as after 预计.
_OBTAINED = (
    "资金|项目|上级|中央|国家|省级|省里|市级|专项|政策|债券|支持|补助|补贴|无偿|增发|超长期|国债"
    "|特别国债"
)
# Force words: what follows is a target. Plain rules rather than a segmenter (the speed of
# ingestion matters): the single characters 要, 将 and 拟 count only where they are not part
# of another word (主要, 需要, 重要, 要求, 将来, 模拟…).
# (188个园区整合优化为120个: the count merged may open its clause, and the merging be qualified)
_MERGED_INTO = r"(?:整合|合并|归并|压减|精简)(?:优化|重组)?(?:为|成)"
_MERGED_BEFORE_RE = re.compile(r"将[^，,；;。]{0,30}$|^\s*$")
_MERGED_AFTER_RE = re.compile(r"[^，,；;。]{0,30}?" + _MERGED_INTO)
_FORWARD_RE = re.compile(
    r"力争|确保|(?<!向上)争取(?!到)(?!" + _OBTAINED + ")"
    # (新建体育公园目标完成率全国第一: the rate a target was met at, no aim)
    r"|目标(?!任务|责任|导向|体系|考核|管理|定位|完成率|完成度|和|与|及|[，,；;。、）)”\"])|力求|务必"
    # (稳预期, 稳定预期, 提振预期: expectations, the noun; no intent)
    r"|必须|冲刺|(?<![达于出及合初超的稳定振善强弱])预期(?!寿命)|(?<=的)预期(?=目标|指标|增长|增速)|期望"
    r"|(?<![主需重只摘纲概必首紧想])要(?![求素点闻件害案么是])"
    # (将8个公司运营的16支基金整合为2支基金, 每年将75%以上的财力用于民生: 将 marks the object
    # of a merger or of a spending, no intent; a target's still reads forward by its year)
    r"|(?<![即必])将(?![来近军士领])(?![^，,；;。]{0,30}?(?:" + _MERGED_INTO + r"|用于|投向))"
    r"|(?<![模虚比草])拟(?![人稿])"
    # 计划 as a verb of intent (计划招引20个项目), not the noun (完成年度计划的107%, 超计划28%)
    r"|(?<![年度按超原既照])计划(?=招引|引进|实施|新增|新建|建成|完成|开工|签约|培育|改造|举办"
    r"|开展|实现|推进|投入|安排|引育|打造)"
)
# 预期 is a force word (预期增长5%, 发展的预期目标), not the noun of 未达预期14项, 好于预期,
# 超出预期, 年初预期, 好的预期不断释放.
# Verbs of effort (努力, 奋力) reach only to the end of their clause: in a review, "努力加快
# 高质量发展步伐，全省地区生产总值达到5.53万亿元" reports what the effort achieved.
# 争创 strives for a title (积极争创…自由贸易试验区): a figure of its own clause is aimed at, but
# the clauses after it say what was done or stands (…，进出口总值翻番达到2206亿元 in a review).
_EFFORT_RE = re.compile(r"努力|奋力|争创")
_CLAUSE_END_RE = re.compile(r"[，,；;：:]")
# 目标 is a force word where it announces something (目标是…, 目标新增…), not as a noun:
# 完成目标任务的81.9% reports a completion rate, and "围绕…目标," names an aim.
# An estimate (预计) is neither: its period decides, as for a figure without a word
# (预计今年…in a March budget is a target, 全年预计实现… in a year-end review a report).
_ESTIMATE_RE = re.compile(r"预计|预估|估计|向上争取|争取(?=" + _OBTAINED + ")")
# 预计…将 (预计都将突破1万亿元, 预计将达到): the 将 of an estimate is the estimate's, no force word.
_WILL_OF_ESTIMATE_RE = re.compile(r"(?:预计|预估|估计)[都均也还仍亦全年今年]{0,3}(?=将)")
# Inside a review of a year that is over (一、2025年主要工作… in a report of 2026), 争取 before
# anything (争取消费品以旧换新政策资金266.5亿元, 争取…额度3150亿元、支持…项目2146个) is what was
# obtained that year, not effort: it is an estimate there, and the figure's period decides.
_OBTAIN_IN_REVIEW_RE = re.compile(r"(?<![力向])争取(?!到)")
# A force word reaches to the next "；": the parts of a list of results do not inherit a
# 力争 or 预计 of the part before. A lead ("目标是：") holds for the whole sentence.
_PART_BREAK_RE = re.compile(r"[；;]")
# 目前 "now", not the 目 of a word before it (项目前期 is a project's preparation, 节目前)
_NOW_WORD = r"(?<![项题节科栏书名数条])目前"
# Report words: what follows was achieved or exists. 了 only as an aspect mark (not 了解,
# 为了, 除了); 共 only before a figure or a verb of counting (not 公共, 共同, 共享).
_EVIDENCE_RE = re.compile(
    r"已经|(?<!不得)已|累计|共有|共计|" + _NOW_WORD
    + r"|截至|截止|成功|去年|上年|同比|位列|位居|以来|争取到"
    # 现有 "now has" before a count in its clause (现有高新技术企业1200家), not "existing"
    # before a noun (现有超载区逐步退出，森林覆盖率超过24.1%: a target after it)
    r"|现有(?=[^，,；;。：:]*?(?:[0-9０-９]|[一二两三四五六七八九十百千万]+[个家所项座名人处条]))"
    r"|(?<![为除明受罢])了(?![解结不得])"
    r"|(?<![公中一总])共(?=[0-9一二两三四五六七八九十百千万]|吸引|转化|建设|引进|培育|签订|签约"
    r"|完成|实现|服务|发布|举办|新增|获批|帮助|促成|认定|带动)"
)
_TOTAL_OF_AN_OBJECT_RE = re.compile(
    r"(?:^|(?<=[，,；;、]))(?:完成|实施|建成|新建|改造|替代)[^，,；;。0-9共]{2,12}?(共)(?=[0-9])"
)
# Stock words: the figure is a total, never the flow indicator.
_STOCK_RE = re.compile(r"总数|总量|累计|共有|共计|总计|总规模|现有|拥有")
# Flow words: the figure counts additions (新增300家高企) → the "新增…数" indicator.
_NEW_RE = re.compile(
    r"新增|新培育|新认定|新建|新引进|引进|引入|组建|新获批|新设立|新入选|新落地|新开工|新备案|新招引"
)
# As-of words: a figure that stands at the article's date (目前共有院士21人).
_AS_OF_RE = re.compile(_NOW_WORD + r"|截至目前|截止目前|当前|现有|共有|累计|至今")
_MEETING_RE = re.compile(
    r"参加|出席|参会|座谈会|调研组|调研了|实地调研|会场|陪同|与会|会见|列席|观摩团"
)
# 组织企业参加境外展洽活动500场以上: the events a government has others take part in, a measure;
# 参加医保43万人次, 参加职业伤害保障的…劳动者超640万人: those enrolled in a scheme
_TAKING_PART_COUNTED_RE = re.compile(
    r"组织[^，,；;。0-9]{0,8}参加|参加[^，,；;。0-9]{0,12}?(?:保险|保障|医保|社保)"
)
_HOPE_RE = re.compile(r"有望|可望|或将|乃至")
# 排名上升3位, 前移了2位: the places a rank moved, a change, not a rank (the seeds' convention)
_RANK_MOVED_BEFORE_RE = re.compile(
    r"(?:上升|提升|提高|前移|前进|跃升|攀升|下降|下滑|后移|后退|回落)了?\s*$"
)
# In a review of a year that is over, 有望 before a figure (总量在全国排名有望上升至第20位) is the
# report's estimate of that year's result, an item as 预计's figures are, not a hope.
_HOPE_IN_REVIEW_RE = re.compile(r"有望|可望")
# 年产2万台…与8000套: every figure of a capacity phrase belongs to the project's name.
# (年产量/年产值/年加工量 are a year's output, reported or aimed at: not a project's name.)
# (连续10年产销量…: 年 ends a span there, and 产销量 is no capacity.)
_CAPACITY_BEFORE_RE = re.compile(
    r"(?:(?<![0-9一二两三四五六七八九十])年产(?![量值销])|年加工(?!量)|(?<!生)产能)[^，,；;。、]*$"
)
# …but a capacity a place reaches is its level (煤炭产能突破1.4亿吨, 天然气产能达到22亿方, 绿氢
# 产能近3万吨), unless the figure qualifies what follows (产能达100万吨的项目).
_CAPACITY_REACHED_RE = re.compile(
    r"产能\s*(?:达到|达|突破|超过|超|近|接近|提升至|提高到|提升到|增至|为)\s*$"
)
_INVESTMENT_ATTR_BEFORE_RE = re.compile(r"(?:总投资|投资额|计划投资|投资)(?:约|达|超|近)?\s*$")
_ATTR_AFTER_RE = re.compile(r"^\s*(?:以上|左右)?\s*(?:的|项目|级)")
# …but an investment of a counted set of projects is their total, an item of its own
# (总投资35亿元的80项重点工程, 总投资86亿元的甲、乙等12个项目).
_COUNTED_PROJECTS_AFTER_RE = re.compile(
    r"^\s*(?:以上|左右)?\s*的[^，,；;。]{0,30}?(?<![0-9.])[0-9一二三四五六七八九十百]+\s*(?:项|个|家|批)"
)
_LIST_SIZE_BEFORE_RE = re.compile(
    r"(?:获批|入选|列入|成为|是|纳入)[^，,；;。]{0,10}(?:首批|第[一二三四五六七八九十\d]+批)\s*$"
)
# (not the 比 of 比例, 比重, 比率: 优良天数比例达到77%、增加13天 compares nothing)
_DELTA_BEFORE_RE = re.compile(
    r"(?:相比|比(?![例重率])|较)[^，,；;。]{0,10}(?:增加|增长|多|减少|下降|提高|降低)\s*$"
)
_DELTA_SINCE_A_YEAR_BEFORE_RE = re.compile(
    r"(?:相比|比|较)\s*(?:19|20)[0-9]{2}\s*年[^，,；;。]{0,8}(?:增加|增长|多|减少|下降|提高|降低)\s*$"
)
_MEANS_RE = re.compile(r"^以")
# 跨过两个万亿元大关: the count counts thresholds named by a figure.
_MILESTONE_AFTER_RE = re.compile(
    r"\s*[0-9一二两三四五六七八九十百千万亿.]*[十百千万亿]+[元级]?(?:大关|台阶|关口|门槛)"
)
_MILESTONE_RE = re.compile(r"\s*(?:大关|台阶|关口|门槛)")
# 从5个方面提出22项主要指标, 37项指标完成23项, 3个季度保持前10: the parts of a plan or a
# report, and durations, are no figures.
_DOCUMENT_PART_AFTER_RE = re.compile(
    r"\s*(?:方面|[^，,；;。、\d]{0,4}?指标|季度|领域的?(?:重点|主要)?任务)"
)
# 其中预期性指标19项、约束性指标9项: a plan's indicators by kind, the count after them
_PLAN_INDICATORS_BEFORE_RE = re.compile(r"(?:预期性|约束性|主要|核心|具体)指标\s*$")
# …but a count of a plan's indicators that were completed (9项约束性指标全部完成, 15项预期性
# 指标基本完成) is an outcome counted, as 完成或基本完成23项 is; not 37项指标完成23项, where
# the count completed follows.
_PARTS_COMPLETED_AFTER_RE = re.compile(
    r"\s*[^，,；;。、\d]{0,4}?指标\s*(?:已|均|都|全部|全面|基本|如期|顺利|超额)*"
    r"(?:完成|实现|达标|达到预期)(?![^，,；;。]*?[0-9０-９一二两三四五六七八九十]+\s*[项个])"
)
# (第四个突破2000亿元大关 is an ordinal: the figure stays.)
_COUNTED_BEFORE_RE = re.compile(
    r"(?<![第0-9一二两三四五六七八九十])[0-9一二两三四五六七八九十]+\s*个\s*$"
)
# 20亿元以上项目2个, 5000万元以下企业: a class of projects or firms by size.
_CLASS_AFTER_RE = re.compile(r"\s*(?:的)?(?:[\u4e00-\u9fff]{0,4}?)(?:项目|企业)")
# 项目54个、全省第一: a rank listed right after the figure it ranks, with no verb.
# 规模保持全国第一, 连续5年保持西北第一: 保持 a rank, in a region's field too; 产量全球第一,
# 完成率全国第一, 连续两年全国第一, 通车里程全国第四, 开户数全国第一: a rank right after the
# figure's noun (量, 率, 额, 模, 值, 数, 里程, 产能), after an assessment (考核全国第一: an
# item, round 30a) or a run of years, with no verb; 提升至全国第二, a rank a figure rose to.
_RANK_FIELDS = r"(?:全国|全省|全市|全区|全球|世界|中部|西部|西北|东北|东部|西南|中西部|北方|南方)"
_RANK_RE = re.compile(
    r"(?:(?:位居|位列|居于|居|排名|排在|排|蝉联)(?:全国|全省|全市|全区|全球|世界|中部|同类)?"
    r"[^，,；;。第]{0,10}|保持" + _RANK_FIELDS
    + r"|(?:(?<=[量率额模值数])|(?<=里程|产能)|(?<=考核|评估|评价|考评|测评)"
    r"|连续\s*(?:[0-9]{1,2}|[两二三四五六七八九十]{1,2})\s*年)"
    + _RANK_FIELDS
    # (连续六年保持第一: a rank kept over years the text counts, in its field unnamed)
    + r"|连续\s*(?:[0-9]{1,2}|[两二三四五六七八九十]{1,2})\s*年\s*保持"
    + r"|成为(?:全国|全省|全市|全区|全球|世界|中国|国内)"
    r"|(?:提升|提高|上升|跃升|攀升)(?:至|到)" + _RANK_FIELDS
    + r"|(?<=[0-9][个家项件])、(?:全国|全省|全市|全区|全县))"
    # (the whole numeral: 第十六届 is no 第十, whatever 排 stands before it, as in 女排)
    r"第\s*(?P<n>[一二三四五六七八九十]{1,3})(?![一二三四五六七八九十批届次期轮季个项条年家档]|方阵|梯队)"
    r"(?P<unit>位|名)?"
)
# Counts and ranks of narrative, not claims: 办好两件大事, 两位数增长 (digits), 粮棉油三种作物
# 产量120万吨 (the kinds that label the next figure), 33个行业中有20个 (the whole of which a
# part is counted), 超六成 (the rounding of a share given in %), 提升幅度居全国第1 or 增速排名
# 全市第一 (the rank of a change alone, where 数量居全市第一 and 总量和增速均居第2位 rank a
# figure of the subject: those are items, written 第一 or 第1位).
_NARRATIVE_AFTER_RE = re.compile(r"\s*(?:大事|要事|难事|喜事)")
_KINDS_LABEL_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?[0-9]")
# (also across a comma: 在全市39个工业行业中,有34个行业…)
# 百亿元, 百万羽, 千亿级: a round size written in words (no digit), after a count of things
_ROUND_SIZE_RE = re.compile(r"[十百千万][万亿]?[\u4e00-\u9fff]{0,3}$")
_COUNT_OF_SIZED_BEFORE_RE = re.compile(r"(?:[0-9]+|[一二两三四五六七八九十]{1,3})\s*个\s*$")
_WHOLE_OF_PART_AFTER_RE = re.compile(
    # (not the 中 of the next member's name: 义务教育学校500所以上、普通高中40所以上)
    r"[^，,；;。、0-9]{0,8}?(?<![高初])中\s*[，,]?\s*(?:有|共有|[\u4e00-\u9fff]{1,3}的)?\s*"
    r"[0-9一二两三四五六七八九十]"
)
# 104种工业产品中，我省占比超过10%的有44种: the whole, its parts counted in the next clause
_WHOLE_OF_PARTS_COUNTED_LATER_RE = re.compile(
    r"[^，,；;。、0-9]{0,8}?(?<![高初])中\s*[，,][^，,；;。、]{0,24}?的有\s*[0-9一二两三四五六七八九十]"
)
# 占比超过10%的有44种: the bound of a class whose members are then counted, no figure of its own
_CLASS_BOUND_COUNTED_AFTER_RE = re.compile(
    r"\s*(?:以上|以下)?\s*的有\s*[0-9一二两三四五六七八九十]"
)
# 监测的20种产品,13种增长 (the field whose parts are counted after a comma, without 中): the
# part counted next has the same unit and a change; the part itself (13种增长,7种下降) has its
# change before the comma and stays an item.
_CHANGE_WORDS = r"(?:实现)?(?:正增长|增长|增加|上涨|下降|下跌|减少|持平)"
_NO_CHANGE_CHAR = r"(?:(?!增|降|涨|跌|减|持平)[^，,；;。0-9])"
# 中央八项规定: a count in words that names a body of rules, no item.
_RULES_NAME_AFTER_RE = re.compile(r"(?:规定|禁令|准则|纪律)")
# The government's own measures counted (出台20条措施, 电价机制12条举措加快落地, 100项提升举措,
# 出台稳增长政策32项, 完成58条改革举措, 144项政策系统清理) are no items (round 35's convention):
# its own acts, the count that of a package's articles; the item is what the measures do.
# Counted by what others made of them (1100项政策实现免申即享, 31项创新举措入选…案例), or as a
# pilot zone's innovations (111项全国首创举措), they stay items.
_MEASURES_WORD = r"(?:政策措施|政策举措|政策文件|举措|措施|细则|政策(?![性资]))"
_OWN_MEASURES_AFTER_RE = re.compile(r"\s*(?P<what>[\u4e00-\u9fff]{0,8}?)" + _MEASURES_WORD)
_OWN_MEASURES_BEFORE_RE = re.compile(_MEASURES_WORD + r"\s*(?:近|超过|超|约|逾)?\s*$")
# 制定实施稳增长27条、金融支持12条等政策举措: packages named by their counts in a list before 等
_OWN_MEASURES_LISTED_RE = re.compile(r"\s*、[^，,；;。]{0,24}?等\s*" + _MEASURES_WORD)
_MEASURES_INNOVATION_RE = re.compile(r"创新|首创")
_MEASURES_OUTCOME_AFTER_RE = re.compile(r"\s*(?:实现|入选|获评|获得|被|复制推广|推广)")
# 15个小项已完成或基本完成13项: the whole, of which the part done is the outcome.
_WHOLE_DONE_AFTER_RE = re.compile(
    r"[^，,；;。0-9]{0,6}?(?:已经|已)?(?:完成|建成|达标|办结)[^，,；;。0-9]{0,6}?"
    r"[0-9一二两三四五六七八九十]+\s*(?:项|个|件)"
)
# 十项民生实事15个小项: a count in words naming a list, followed by a figure of its own.
_LIST_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,6}?[0-9]")
# 稳增长、防风险、保民生三项基本任务, 完成“…、…和…”六项任务: tasks or aims named by the
# list (or the quoted names) before their count
_TASKS_NAMED_AFTER_RE = re.compile(
    r"\s*(?:基本|重点|主要|核心|中心|关键|战略)?(?:任务|工作|目标|关切|举措|行动|战略)"
)
# 完成…会议确定的年度目标和十项重点任务: tasks set (and named) where they were set, counted
# by the name of their list
_SET_BEFORE_RE = re.compile(r"(?:确定|部署|提出|明确|安排|交办|审议通过)的[^，,；;。]{0,12}$")
# 在2023年全省的8项重点工作中, 十项重点任务包括…: the report's own list of tasks, named by
# its count where its members are about to be told (中, 包括, 分别是, a colon)
_TASKS_LISTED_AFTER_RE = re.compile(
    r"\s*(?:基本|重点|主要|核心|中心|关键)?(?:任务|工作)\s*"
    r"(?:之?中|当中|包括|分别是|分别为|依次是|是\s*[:：]|[:：])"
)
# 时速350公里 (a railway's class), 首个300亿元园区 (a size class; its 首个 is a rank, read by
# _NTH_OF_A_SIZE_CLASS_RE), 740多万玉林人民 (a population named in passing): qualifiers, not
# figures of the subject.
_SPEED_BEFORE_RE = re.compile(r"时速|速度|设计速度|最高速度")
# 构建1小时通勤圈, 主要城市间基本实现1小时通达, 每天24小时提供服务: hours that name how far a circle
# of travel reaches or that a service stays open all day, not a figure to check (the time a
# thing takes, 待泊时间减少8.9小时, 活动时间不低于2小时, is one).
_HOURS_OF_A_CIRCLE_AFTER_RE = re.compile(r"[^，,；;。]{0,12}?圈|\s*(?:通达|可达|直达|到达)")
_HOURS_OF_A_DAY_BEFORE_RE = re.compile(r"(?:每天|每日|全天|全天候)\s*$")
_SIZE_CLASS_BEFORE_RE = re.compile(
    r"(?:首个|首家|首批|第[一二三四五六七八九十0-9]+个|一个)(?:超|突破|过)?\s*$"
    # (成为生产总值超千亿元县, 培育一批营收过百亿元…企业: a member of the class past a level)
    r"|(?:成为|一批)[^，,；;。0-9]{0,8}?(?:超|突破|过)?\s*$"
)
# (北方第一个过10万亿元省份: the class of provinces past a level, as of cities and parks)
_SIZE_CLASS_NOUN_RE = re.compile(
    r"\s*(?:级)?(?:园区|集群|产业集群|产业|企业|城市|省份|大县|强县|县|基地|项目"
    r"|[\u4e00-\u9fff]{0,4}?工程|[\u4e00-\u9fff]{0,6}?企业)"
)
# 20户以上自然村, 10万千瓦及以下燃煤机组, 年运量150万吨以上的物流园区: a size class qualifying
# the noun after it, no figure of the subject (企业1500家以上。 and 增长5%以上。 end their
# clause and are figures; a money class, 20亿元以上项目, has its rule above). A classifier that
# counts the noun itself (1000个以上省重点项目, 不少于1000家的…企业) and a share (60%以上的…机构)
# are figures of that noun, no class.
# (批次 counts batches inspected: 完成不少于100万批次食品抽检 is no size of the 抽检)
_COUNTING_CLASSIFIERS = frozenset(
    "个 家 项 所 座 批 批次 件 名 条 只 台 套 处 位 人 次 种 类 宗 例 %".split()
)
_CLASS_BOUND_AFTER_RE = re.compile(r"\s*(?:及|或)?以[上下]")
# 帮助8万户以上群众, 惠及10万人以上: the figure counts whom a measure reaches, no class.
_REACHED_BEFORE_RE = re.compile(r"(?:帮助|惠及|带动|服务|安置|救助|资助|吸纳)\s*$")
# 三年安排450亿元, 五年投入…: a sum over the years named right before its verb
_YEARS_OF_A_SUM_BEFORE_RE = re.compile(
    r"(?<![0-9连续近过去这第])(?P<n>[两二三四五六七八九十])年(?:内)?(?:累计|共)?"
    r"(?:安排|投入|筹措|统筹)(?:资金)?\s*$"
)
# 培育30户以上智能工厂: 户 is also the measure word of firms; before a firm it counts them, while
# before a settlement (20户以上自然村) it sizes it.
_FIRMS_AFTER_RE = re.compile(
    r"\s*(?:及|或)?(?:以[上下])?\s*的?\s*[\u4e00-\u9fff]{0,8}?"
    r"(?:企业|工厂|经营主体|市场主体|工商户|商户|合作社|家庭农场)"
)
_QUALIFIED_NOUN_AFTER_RE = re.compile(
    r"\s*(?:及|或)?(?:以[上下])?\s*的?\s*(?!目标|任务|水平|规模|增长|增速|左右|以内)[\u4e00-\u9fff]"
)
# 东北三省三座省会城市, 这三座东北省会城市, 四个端点城市, 东南四个片区: a count of the places a
# text names or divides into, no item; a count that changed or was reached (万亿之城增至5座,
# 新设3个片区, 外送电力惠及9个省份: the places a benefit reached, 选择12个左右的县: the places a
# task picks) still is.
# (15个片区更新项目 counts projects: the place only names their kind)
_PLACES_COUNTED_AFTER_RE = re.compile(
    r"\s*[\u4e00-\u9fff]{0,4}?(?:省会城市|城市|片区|省份|地市|区县|县市区|县区|市州|盟市)"
    r"(?![\u4e00-\u9fff]{0,4}(?:项目|工程|公园|广场|绿道))"
)
# (全市10个旗县区…增速全部实现正增长: the places an outcome is counted over, an item; so are
# 7个区县通过…认定 and 3个城市入选…: places that passed an assessment or joined a list)
# (9个地市接通高铁: places a line reached, as 通高铁 in a review's _PLACES_REACHED_AFTER_RE)
_NAMED_BEFORE_A_COUNT_RE = re.compile(r"[\u4e00-\u9fff]{1,8}、[\u4e00-\u9fff]{1,8}$")
_OUTCOME_OF_PLACES_RE = re.compile(
    r"全部|全都|均|都|增长|增速|下降|超过|达到|达标|高于|低于|通过|入选|获评|获批|接通"
)
# (覆盖欧亚120多个城市, 辐射全国75个城市: the reach of a network, a region between)
_COUNT_CHANGED_BEFORE_RE = re.compile(
    r"(?:增至|增加到|增加|增长到|达到|达|突破|超过|新增|新设|设立|建成|建设|打造|培育|获批|覆盖"
    r"|辐射|带动|惠及|共有|拥有|有|为|是|累计|扩容至|扩大到|扩大至|选择|遴选|选取)\s*$"
    r"|(?:覆盖|辐射|通达|联通|连通|连接)[\u4e00-\u9fff]{1,4}$"
)
# 建立150项年度任务清单, 开展10项重点事项攻坚: the size of the government's own list of tasks,
# as 今年的8项重点工作中 is (round 20), no item.
# 3次亲临考察、4次回信, 省政府16次调度推进: how often a leader or the government acted itself
# (5次调高…基础养老金标准, 4次调高低保标准: how often the government raised its own standard)
_OWN_ACTS_AFTER_RE = re.compile(
    r"\s*(?:亲临|亲自|回信|致贺信|致信|作出|批示|调度|视察|考察|主持召开|召开|听取|专题研究"
    r"|(?:调高|上调|下调|调整|提高)[^，,；;。0-9]{0,24}?(?:标准|养老金|低保|最低工资))"
)
# “一件事”四批次43个重点事项: the batches a count was released in, around the count itself
_BATCHES_OF_A_COUNT_AFTER_RE = re.compile(
    r"\s*[0-9０-９一二两三四五六七八九十百千]+\s*(?:个|项|件|家|批)"
)
# 组织开展65个专项行动, 至少有十个突出亮点: the government's own campaigns and highlights
_OWN_CAMPAIGNS_RE = re.compile(
    r"(?:组织开展|开展|部署)[0-9一二两三四五六七八九十百]+个\s*专项行动"
    r"|[0-9一二两三四五六七八九十]+个\s*(?:突出)?亮点"
    # 实施…等10个聚力攻坚专项, 构建…支撑保障3个体系: the government's own campaigns and
    # frameworks, counted by the government itself
    r"|[0-9一二两三四五六七八九十]+个\s*[\u4e00-\u9fff]{0,4}?(?:攻坚专项|专项攻坚|攻坚行动)"
    r"|[0-9一二两三四五六七八九十]+个\s*体系(?=\s*(?:[，,；;。]|$))"
    # 深化…等6个全国整治项目, 3个省级整治项目: the campaigns of rectification the government
    # runs on itself, not projects it builds
    r"|[0-9一二两三四五六七八九十]+个\s*[\u4e00-\u9fff]{0,3}?(?:整治项目|治理项目|整治行动)"
    # 谋划9条技术路径, 抓实…创新9条路径: the paths a government maps out for itself
    r"|[0-9一二两三四五六七八九十]+条\s*[\u4e00-\u9fff]{0,4}?路径"
)
# 残疾人两项补贴: a count in words naming a package of benefits, the policy's name
_BENEFITS_NAMED_AFTER_RE = re.compile(r"\s*(?:补贴|补助|津贴)")

# 240小时过境免签政策, 提升2个等级: a policy's label or a grade, not a quantity
_LABEL_AFTER_RE = re.compile(r"\s*(?:过境免签|免签|等级|个等级)")
_AGE_RANGE_RE = re.compile(r"[0-9]+\s*[—－\-~～至到]\s*[0-9]")
# 完成四类村庄认定: kinds named in words before their noun label a class, counted nowhere
_KINDS_IN_WORDS_RE = re.compile(r"[一两二三四五六七八九十]+类")
# 1000万千瓦光伏大基地, 720兆瓦储能电站: a size naming a facility
# 推出全球首款量产级9兆瓦时储能系统, 下线首台26兆瓦海上风电机组: the size of the first product of
# its kind describes the product (a first is no item, and neither is its size)
_FIRST_PRODUCT_BEFORE_RE = re.compile(r"首(?:款|台|套|艘|架|颗|条)[^，,；;。0-9]{0,6}$")
_SIZE_IN_NAME_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:基地|电站|储能电站|项目)(?![\u4e00-\u9fff]{0,2}(?:容量|装机))"
)
# 推动60万吨赖氨酸等项目释放产能, 释放120万吨乙烯转型升级项目新装置产能: a plant's size
# naming the project (what it makes, then 项目), unless the clause reads a capacity reached
# or built (年产, 产能达, 新增产能): those are items.
_PRODUCT_PROJECT_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}?等?(?:项目|基地)")
# 推动某公司60万吨钾肥复合造粒、某公司碳酸锂装置改造等项目建设: a plant's size in a member of a
# list of projects the clause ends by naming (…等项目), each member a project's name
_LISTED_PROJECTS_AFTER_RE = re.compile(r"[^，,；;。、]{1,40}、[^，,；;。]*?等项目")
# (a verb of reaching right before the figure: 达 inside a company's name is no verb)
_CAPACITY_REACHED_BEFORE_RE = re.compile(
    r"(?:(?:年产|产能|新增|形成)[^，,；;。]{0,4}|(?:达到|达|突破|超过|超)\s*(?:约|近)?)$"
)
# 22条重点入黄排水沟整治率达100%, 14个重点产业产值占…80%以上: the class whose rate is the item
_FIELD_OF_A_RATE_AFTER_RE = re.compile(
    r"[^，,；;。0-9、]{1,14}?(?:[\u4e00-\u9fff]{1,4}率|产值占|占"
    # 15个重点事项审批时限压缩70%: the matters a cut is measured over, the cut the item
    r"|(?:时限|时间|时长|环节|材料|成本|费用)(?:压缩|精简|缩短|减少|压减|降低|下降))"
    r"[^，,；;。]{0,16}?[0-9.]+\s*%"
)
_TASK_LIST_AFTER_RE = re.compile(
    r"\s*(?:年度|重点|主要|民生)*(?:任务清单|工作清单|事项清单|重点事项|攻坚事项)"
)
# 制定实施八个“行动方案”和两组“若干措施”: a count in words before a quoted name is part of the
# name of a package of policies (as “四个走在前”), no item.
_QUOTED_NAME_AFTER_RE = re.compile(r"\s*[“\"「『]")
# 实施百亿斤粮食产能提升工程: a figure in words that opens a project's name; 全球最高10米液压支架:
# a product's superlative spec. Names and boasts, no figures of the subject.
_PROJECT_NAME_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:工程|行动|计划)(?![\u4e00-\u9fff])")
# 3.73亿立方米山体滑坡, 50年一遇洪水: a natural event's size
_NATURAL_EVENT_AFTER_RE = re.compile(
    r"\s*(?:的)?\s*(?:特大|大型|巨型|特大型)?(?:山体滑坡|滑坡|泥石流|崩塌|塌方|地震|洪水|洪峰|暴雨"
    r"|冰雹|雪灾|沙尘暴)"
)
# 新探明…玉门超40吨金矿: the size of a deposit found names it (its reserves), no output
_DEPOSIT_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff]{0,2}?(?:矿床|矿田|油田|气田|矿(?![山区业产井石物工]))"
)
# 水质稳定保持二类, 达到三类: a grade in words held or reached
_GRADE_BEFORE_RE = re.compile(r"(?:保持|稳定在|保持在|达到|达|优于|好于)\s*$")
_SUPERLATIVE_BEFORE_RE = re.compile(r"最[高大长重宽深快强小轻薄]\s*$")
# 863名人大代表, 120名政协委员: a meeting's attendance, no figure of the place or its work
_DELEGATES_AFTER_RE = re.compile(r"\s*(?:人大代表|党代表|代表|政协委员|委员)")
# 5种产品产量涨幅在50%以上: the threshold of the kinds counted before it, no figure of its own
_THRESHOLD_OF_COUNT_BEFORE_RE = re.compile(
    r"[0-9一二两三四五六七八九十]+\s*(?:种|个|家|项|类|户)[^，,；;。0-9]{0,12}?"
    r"(?:涨幅|增幅|增速|降幅)(?:均)?在\s*$"
)
# 确定4.5%左右的增长目标，兼顾了…; 城镇新增就业45万人以上的目标，体现了…: a target the report
# has set, restated at the head of a sentence that explains it
_TARGET_EXPLAINED_AFTER_RE = re.compile(r"\s*(?:左右|以上|以内)?的[\u4e00-\u9fff]{0,4}目标\s*[，,]")
_TARGET_EXPLAINED_BEFORE_RE = re.compile(r"^\s*(?:确定|提出|设定|安排)?[^，,；;。0-9]{0,12}$")
# 85个学科进入ESI世界学科排名前1%, 9个学科进入前1‰: the band of a ranking that the things
# counted entered, no figure of its own (the count is the item)
_BAND_OF_A_RANKING_BEFORE_RE = re.compile(
    r"(?<![0-9.])[0-9一二两三四五六七八九十]+\s*[个家项所][^，,；;。0-9]{0,4}?"
    r"(?:进入|跻身|位居|位列|居)[^，,；;。0-9]{0,12}?前\s*$"
)
# 2个1类创新药: the class of the things counted, after their count
_COUNT_BEFORE_A_CLASS_RE = re.compile(r"(?<![0-9.])[0-9一二两三四五六七八九十]+\s*[个种款项]\s*$")
# 74个国控断面水质优良比例保持100%: the whole a share is taken over, no figure of its own
_FIELD_OF_A_SHARE_AFTER_RE = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:比例|占比|比重|达标率|优良率)"
)
# 4.5米水深航道 (a channel's depth class), 长江沿线1公里化工腾退地块 (a band along a river):
# lengths that qualify a thing or a place, no figure of the subject
_DEPTH_CLASS_AFTER_RE = re.compile(r"\s*水深")
# (滨江岸线70公里 is the length of the bank itself: a band qualifies a noun after it)
_BAND_ALONG_BEFORE_RE = re.compile(r"(?:沿线|沿岸)\s*$")
# 8个产业规模超千亿元, 95%以上的村集体经营性收入超过10万元: the level each of the things
# counted (or the share given) passes, no figure of its own; 超过3万亿元的城市, 经济总量超500亿元的
# 县域: a level qualifying the noun after 的, a size class
_LEVEL_OF_COUNTED_BEFORE_RE = re.compile(
    r"(?:(?<![0-9.])[0-9一二两三四五六七八九十]+\s*(?:个|家|座|项)[^，,；;。0-9]{0,8}?规模"
    r"|[0-9.]+\s*[%％]\s*(?:以上|左右)?的[^，,；;。0-9]{1,12}?)(?:均)?(?:超过?|突破|过)?\s*$"
)
_THRESHOLD_OF_KINDS_AFTER_RE = re.compile(
    r"[^，,；;。0-9]{0,12}?(?:涨幅|增幅|增速|降幅)(?:均)?在\s*[0-9.]+\s*[%％]?\s*以[上下]"
)
# 稳居全国首位, 跃居全省首位, 居各省区首位: a rank written 首位 (1, no unit, as the text
# writes it). (A field of more words, 稳居全国区域碳市场首位, was tried: it cost held-out set 50
# one invention, its lines not read.)
_FIRST_PLACE_RE = re.compile(
    r"(?:稳居|位居|居于|跃居|居|位列|保持)"
    r"(?:全国|全省|全市|全区|全县|全球|世界|同类|大陆|中西部|中部|西部|东部|西北|东北|西南"
    r"|各省区|各省份|各省市)?"
    # (稳居全国区域碳市场首位: a field narrowed after its place, as before 第 already)
    r"(?:(?<=[国省市区县球界])[^，,；;。、0-9第首]{1,8}?)?(?P<n>首)位"
)
# 成为全国第三个、北方第一个过10万亿元省份, 全省第4个吞吐量超千万人次的机场: the Nth to pass
# a mark is a rank (N, unit 个); the mark itself is no figure of the subject.
_NTH_TO_PASS_RE = re.compile(
    r"(?:成为|是)?(?:全国|全省|全市|全区|全县|国内|北方|南方|中西部|中部|西部|东部|东北|西北|西南)"
    r"第\s*(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*(?P<unit>个)"
    r"(?=(?:、[^，,；;。]{0,12}?)?[^，,；;。、]{0,12}?(?:突破|跨过|跨越|迈过|迈上|超过|过|超|达到|破))"
)
# 成为全国第二个举办该赛事的城市, 成为全国第11个、东北首个获批的创新型省份, 成为全国首个“绿电
# 自足”省区: the Nth (or the first) place to reach a status is a rank (N, unit 个), as the Nth to
# pass a mark is; 建成全国首个…示范区 (a first thing built, not 成为) stays out.
_NTH_FIELDS = (
    r"(?:全国|全省|全市|全区|全县|国内|我国|北方|南方|中西部|中部|西部|东部|东北|西北|西南)"
)
_NTH_TO_REACH_RE = re.compile(
    r"(?:成为|(?<=[0-9一二三四五六七八九十]个)、)" + _NTH_FIELDS
    + r"(?:第\s*(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,2})|(?P<first>首))\s*(?P<unit>个)"
    # (成为全省首个500亿元园区: a size class follows, read by the rule below)
    r"(?!\s*[0-9一二两三四五六七八九十百千万亿])"
)
_ORDINAL_COUNT = (
    r"(?:第\s*(?P<n>[一二三四五六七八九十]{1,3}|[0-9]{1,2})|(?P<first>首))\s*(?P<unit>个)"
)
# 成为玉林首个300亿元园区, 成为全省第三个千亿元级产业集群: the first (or Nth) of a class named by a
# size is the first to pass that mark (convention round 32a), the field a place's name too; the
# size is the class's threshold, no item (_why_not_an_item).
_NTH_OF_A_SIZE_CLASS_RE = re.compile(
    r"成为(?:" + _NTH_FIELDS + r"|[\u4e00-\u9fff]{2,3}?)" + _ORDINAL_COUNT
    + r"(?=\s*(?:[0-9.]+|[一二两三四五六七八九十百千]+)\s*[千万亿]*元\s*级?"
    r"(?:园区|集群|产业集群|产业|企业|城市|省份|大县|强县|基地))"
)
# 成为我国面向东盟最大的铁路口岸、首个经…认可的国际卫生陆港: a first listed after another
# status 成为 gives, its field (if any) after the 、
_NTH_AFTER_ANOTHER_STATUS_RE = re.compile(
    r"(?P<lead>成为[^，,；;。、:：]{1,24})、(?:" + _NTH_FIELDS + r")?" + _ORDINAL_COUNT
    + r"(?!\s*[0-9一二两三四五六七八九十百千万亿])"
)
_PASSED_MARK_BEFORE_RE = re.compile(
    r"第\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*个[^，,；;。0-9]{0,12}$"
)
_POPULATION_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:人民|父老乡亲|儿女)")
_ROUNDED_BEFORE_RE = re.compile(r"(?:超|超过|近|接近|逾|约|将近)\s*$")
_PERCENT_FIGURE_RE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*[%％]")
# 增速高出全年任务目标(10.5%)0.9个百分点: the gap between a reported figure and a target,
# no target of its own (the seeds' target 增速高于全市1个百分点 names no target before it);
# 比例优于国家考核目标14.6个百分点 too (优于/好于: better than the target set).
_MARGIN_OVER_TARGET_BEFORE_RE = re.compile(
    r"(?:高出|超出|超过|超|高于|低于|快于|慢于|优于|好于)[^，,；;。]{0,20}?(?:目标|任务|计划)"
    r"[^，,；;。0-9]{0,3}(?:[（(][^）)]{0,12}[）)])?\s*$"
)
_RANK_OF_CHANGE_BEFORE_RE = re.compile(
    # (…、电信业务收入增幅等5项指标居全国第一: a class closed by 等 is ranked, no change)
    r"(?<![和、与及])(?:幅度|增速|增幅|增长率|增量|进步)(?:均|也|都|继续|持续)?[^，,；;。第和、等]{0,8}$"
)
# 新增种植面积、产量均居全国第一: a list that opens on 新增 (or 增加) under one rank shares the
# word, so every member is an increase and the rank is of changes (round 17b: no items).
_RANK_OF_LISTED_INCREASES_BEFORE_RE = re.compile(
    r"^\s*(?:新增加?|增加)[^，,；;。0-9第]{1,16}?、[^，,；;。0-9第]{1,16}?"
    r"(?:均|都)[^，,；;。0-9第]{0,6}$"
)
# 技改投资增长33.6%、居全国第3位: the rank of the growth rate given just before it
# 进出口总额突破万亿元、增速居全国第5位: the rank of the growth of the figure just given (the
# part before 、 holds a figure, where 总量、增速均居 names two members).
_RANK_OF_CHANGE_AFTER_FIGURE_RE = re.compile(
    r"(?:[0-9]|[一二两三四五六七八九十百千万亿][^、，,；;。]{0,3}[元人吨个家户])[^、，,；;。]{0,6}、"
    r"(?:增速|增幅|增长率|涨幅)(?:均|也|都|继续|持续)?[^，,；;。第和、]{0,8}$"
)
# 全国每出口4辆汽车就有1辆安徽造: a ratio of counts, no figure stored as written
_RATIO_BEFORE_RE = re.compile(r"每[^，,；;。0-9]{0,8}$")
_RATIO_AFTER_RE = re.compile(r"[^，,；;。0-9]{0,12}?(?:就有|便有|即有|就是)")
_RATIO_SECOND_BEFORE_RE = re.compile(r"每[^，,；;。]{0,16}?(?:就有|便有|即有|就是)\s*$")
# (提高到76.58%、居各省区首位: a level reached, whose rank is an item)
_RANK_OF_LISTED_CHANGE_BEFORE_RE = re.compile(
    r"(?:增长|增速|增幅|下降|提高)(?![到至])[^、，,；;。]{0,3}?[0-9.]+\s*[%％]\s*[、，,]?\s*"
    r"(?:居|位居|位列|排名|排在|列)[^，,；;。第0-9]{0,6}$"
)
# 增长23.5%,持续6个月稳居全市第一: a clause of a bare rank (no figure, no noun of its own)
# after a clause ending in a growth rate ranks that rate; 总量居全市第一 ranks a total
_BARE_RANK_CLAUSE_RE = re.compile(
    r"^\s*(?:(?:连续|持续)\s*[0-9一二两三四五六七八九十]+\s*个?(?:月|年|季度?|周)\s*)?"
    r"(?:稳|继续|持续|连续|均|也|仍|始终|跃)*(?:位居|位列|居于|居|排名|排在|排)"
    r"(?:全国|全省|全市|全区|全县|全州|全盟)?\s*$"
)
# …also with comparisons of that rate in between (同比增长5.1%,比1-7月份提高0.1个百分点,
# 居全省第6位): a gap in points restates the rate, the rank is still the rate's.
_GROWTH_CLAUSE_BEFORE_RE = re.compile(
    r"(?:增长|增速|增幅|下降|提高)[^、，,；;。]{0,3}?[0-9.]+\s*[%％]\s*[，,]\s*"
    r"(?:(?:增速|增幅)?\s*(?:分别)?(?:比|较|高于|低于|快于|慢于|高出|低出)[^、，,；;。%％]{0,16}?"
    r"(?:、[^、，,；;。%％0-9]{1,8})*[0-9.]+(?:\s*、\s*[0-9.]+)*\s*个?百分点\s*[，,]\s*)*$"
)
# (分别高于全国、全省9.2、7.4个百分点: the gaps to two figures, each a restatement)
_RANKS_SHARED_OUT_RE = re.compile(r"^\s*分别(?:位居|位列|居于|居|排名|排在|排)")
_GROWTHS_LISTED_BEFORE_RE = re.compile(
    r"(?:增长|增速|增幅|下降|提高)[^、，,；;。]{0,3}?[0-9.]+\s*[%％](?:\s*、\s*[0-9.]+\s*[%％])+"
    r"\s*[，,]\s*$"
)
# 42个县域生态质量变好占比居全国第1位: the count is the group of a ranked share, no figure
_RANKED_SHARE_AFTER_RE = re.compile(
    r"^[^，,；;。0-9]{0,24}?(?:占比|比例|比重)[^，,；;。0-9]{0,4}(?:居|位居|位列|排名|排在)"
    r"[^，,；;。0-9]{0,4}第"
)
# A rank in an evaluation or an assessment is an item as any rank is (the issue's 在…综合评价中
# …位列全国第17位, 考核居西部第一, 评估连续4年全国第一: round 30a's convention). A composite
# ranking of indicators whose growth the sentence has just ranked or compared (…3项指标增速全市
# 第一，…综合排名全市第四; 主要指标增速全面赶超，在…综合排名中由第12位上升到第6位) ranks that
# growth, and the rank of a change is no item.
_COMPOSITE_RANKING_RE = re.compile(r"综合(?:排名|排位)")
_GROWTH_RANKED_BEFORE_RE = re.compile(r"(?:增速|增幅)[^。；;]*$")
# 考核连续3次获评优秀, 连续3次获全国先进典型, 连续5次被评为…模范城: the times a grade or an
# honour was won in a row, no figure of a quantity (round 30a: grades and honours are no items)
_HONOURS_IN_A_ROW_BEFORE_RE = re.compile(r"连续\s*$")
_HONOURS_IN_A_ROW_AFTER_RE = re.compile(r"^\s*(?:获评|被评为|评为|荣获|获得|获|入选|蝉联)")
# 包揽大陆前六名, 进入全国前十名: the top N places, a band, no rank of the subject's own
_TOP_BAND_BEFORE_RE = re.compile(r"前\s*$")
# The words up to the end of an evaluation's name: …排名中, …考评中, …综合评价中.
_EVALUATION_IN = (
    r"[^，,；;。]{0,30}?(?:排名|排位|考评|考核|评价|评估|评比|测评|评选)[^，,；;。]{0,4}中"
)
_FIELD_AFTER_RE = re.compile("^" + _EVALUATION_IN)
_IN_AN_EVALUATION_RE = re.compile("在" + _EVALUATION_IN)
# 在2021年度全国217家…考评中: the words between 在 and the count of the field.
_FIELD_BEFORE_RE = re.compile(r"在[^，,；;。0-9]{0,8}(?:[0-9]{4}年度?)?[^，,；;。0-9]{0,8}$")
_CN_RANK = {ch: n for n, ch in enumerate("一二三四五六七八九", start=1)} | {"两": 2}
_DELIVERABLE_VERBS = (
    "出台|印发|制定|发布|建成|完成|投产|开工|竣工|启动|上线|落地|实施|挂牌|运营|达效|投用|"
    "通车|交付|开通|举办|建立|成立|开业|编制|修订|设立"
)
_DELIVERABLE_AFTER_RE = re.compile(
    rf"^\s*(?:要|将|全面|力争|确保|基本|全部|正式|实现|前)*(?:{_DELIVERABLE_VERBS})"
)
_HAS_DIGIT_FIGURE_RE = re.compile(r"[0-9０-９]|[一二两三四五六七八九十百千万亿][%％]")
# (首个: 成为我国首个…品种, the first to reach a status, a rank with no numeral)
_HAS_FIGURE_RE = re.compile(r"[0-9０-９一二两三四五六七八九十百千万亿半%％]|首位|首个")
_SENTENCE_END = "。！？!?"
_CLAUSE_SEP = "，,；;：:"
_SHORT_QUOTE = 12  # “…” up to this many characters is a name or a slogan, not a sentence
_HEADING_MAX = 40
# Sentences longer than this (a run-on OCR page, a list without full stops) are read in
# pieces; real sentences are far shorter.
_LONGEST_SENTENCE = 400
_NESTING = 4  # 《“…”》: how many spans before a position may still contain it
_LEAD_RE = re.compile(r"(?:目标|任务|指标)(?:是|为|如下)?\s*[：:]")
# …提出了2025年…主要预期目标,包括地区生产总值增长5%左右: a list of targets after 包括 (this
# sentence only; a lead with a colon holds to the end of its section).
# 今年经济社会发展主要预期目标也定了,其中…增长5%以上: a sentence naming this year's targets sets
# them, whatever 了 says of the setting (not 今年以来…完成了目标任务, a review).
_THIS_YEARS_TARGETS_RE = re.compile(
    r"今年(?!以来)(?:(?!完成|实现|超额|达到|达成)[^。；;，,]){0,20}?"
    r"(?:预期目标|主要目标|发展目标|目标任务)"
    r"(?:[也都]?(?:已经|已)?(?:定了|确定了?|明确了?|敲定了?|出炉了?|公布了?))?"
)
_LIST_LEAD_RE = re.compile(r"(?:目标|指标)\s*[，,]\s*(?:主要)?(?:包括|包含|主要有|其中)")
# 同比 says what a figure is compared with, and so reports, except in a list of targets.
_COMPARED_RE = re.compile(r"同比")
_AFTER_A_FIGURE_MEMBER_RE = re.compile(r"[0-9][^，,；;。0-9]{0,4}、$")
_TARGETS_HEADING_RE = re.compile(r"(?:目标任务|主要目标|预期目标|发展目标|目标指标|主要指标)\s*$")
_NUMBERED_HEADING_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"
)
# A part of a report headed without its numeral, on a line of its own: a plan period or a
# year first, a word naming the part last (“十五五”时期主要目标和2026年重点工作, 2026年工作安排).
# Reviews (…工作回顾) are read as reviews already; a short line of the body names no part.
_UNNUMBERED_HEADING_RE = re.compile(
    r"^[“\"]?(?:(?:19|20)\d{2}年|十[一二三四五六七八九]五)[^。，,；;：:！？!?、]{0,30}?"
    r"(?:工作|安排|任务|目标)$"
)
# Who speaks: a zone or a government, named by a place (郑州高新区, 河南省, 郑州市) or alone
# (高新区). The place must be a place name (places.txt: 郑州 is one, 制约 and 新增 are not).
_SUBJECT_RE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?P<kind>高新区|开发区|经开区|新区|自贸区|示范区|省|市|县)"
    r"|(?<![\u4e00-\u9fff])(?P<bare>高新区|开发区|经开区|新区)|(?P<council>国务院)"
)
_ZONES = ("高新区", "开发区", "经开区", "新区", "自贸区", "示范区")
# A class of places (地级及以上城市, 县级以上, 省级以下): 以上城 is no place before 市.
_CLASS_OF_PLACES_RE = re.compile(r"[级及]以[上下]")
# A place right after these verbs is what the subject was chosen for (成功入选河南省首批…),
# not the subject.
_OBJECT_AFTER = ("入选", "获批", "列入", "纳入", "评为", "获评", "荣获", "认定为", "成为")
_SENTENCE_HEAD = 16  # a subject at the head of a sentence speaks for that sentence
# A period right after 比/较 is the other side of a comparison (比上年增加…), not the figure's;
# so is one after the place compared with (不低于当地上年度…水平: a standard's floor, and the
# sentences after it keep the year they are set for).
_COMPARED_BEFORE_RE = re.compile(
    r"(?:比|较|相比|同比|对比|与|高于|低于)\s*(?:当地|本地|全国|全省|全市)?\s*[“\"]?\s*$"
)
_EXPLICIT_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
_RELATIVE_YEAR_RE = re.compile(r"[今去明前本上来后]年|以来|截至|截止")
_REVIEW_RE = re.compile(
    r"(?:过去的?|近|最近)(?P<n>[一两二三四五六七八九十])年(?:来|间|中)?"
    r"|(?P<m>[一两二三四五六七八九十])年来"
    r"|这(?P<k>[两二三四五六七八九十])年(?![前后里内])"
    # ——这是追赶进位、综合实力快速跃升的五年: a review's paragraph opening on the years it sums up
    r"|这是[^。！？，,；;]{1,30}?的(?P<j>[两二三四五六七八九十])年(?![前后里内])"
)
# Between an indicator and its figure only verbs, time and comparison words may stand
# ("技术合同成交额突破", "固定资产投资要完成", "GDP增速高于全市", "居民消费价格比上年上涨",
# "城镇化率从"): in "新型研发机构达成合作意向20余项" the figure counts 合作意向, not 新型研发机构.
# The noun a count counts, right after its classifier (42个应用场景): Chinese characters up
# to a punctuation mark or a figure, two at least, not a word that closes the figure.
_COUNTED_NOUN_RE = re.compile(
    r"^\s*(?:以上|左右|多|余)?\s*(?P<noun>(?!以上|左右|以内|上下)[\u4e00-\u9fff]{2,12})(?=$|[^\u4e00-\u9fff])"
)
_INDICATOR_GAP_RE = re.compile(
    r"(?:\s|[“”\"]|要|将|力争|确保|争取|全年|年内|今年|去年|上半年|下半年|累计|共|总计|合计"
    r"|达到|达|完成|实现|突破|超过|增长|增加|提高|提升|上涨|上升|下降|降低|减少|控制在|保持在|稳定在|降|到"
    r"|从|继续|保持|稳定"  # 粮食产量继续保持500亿斤以上
    r"|为|是|约|近|超|已|已经|了|同比|比上年|比去年|年均|平均|分别|增速|增幅|增长率|规模"
    r"|(?:高于|低于|快于|慢于)(?:全国|全省|全市|全区)?(?:平均)?(?:水平)?"
    # adverbs and words of effort (一般公共预算收入也将力争增长4%左右)
    r"|也|还|仍|亦|再|又|进一步|努力|力求"
    # and an estimate's word (2013年全区生产总值预计超过8000亿元): the same figure, estimated
    r"|预计|预估|估计"
    # and the time a fall or rise is counted from (万元生产总值能耗比“十一五”末下降20%, 比2020年
    # 下降, 比上年末提高): a date, not a thing
    r"|(?:比|较)[“\"]?(?:[一二三四五六七八九十]{2,3}五|(?:19|20)\d{2}年|上年|去年)[”\"]?(?:末|底)?"
    # and a qualifier of how the figure is counted (一般公共预算收入扣除减税降费因素增长8%):
    # still the same thing, counted otherwise; a noun of its own names another thing
    r"|[（(]?(?:扣除|剔除)[^\d，,；;。、：:（）()]{1,12}?因素后?[）)]?"
    r"|[（(]?(?:按|以)?(?:可比|同)口径(?:计算)?[）)]?)*"
)
# "从2.1%提高到2.5%": over a review of several years, the first figure is the year before it
# began, the second (and any "增加到/达到/突破" figure) is its last year.
# "提高到65.2%" is the level reached, not a growth rate ("增速达到7.5%" stays a growth rate).
_REACHED_RE = re.compile(r"(?:提高|增加|增长|上升|下降|降低|减少|扩大|降)到\s*$")
_FROM_BEFORE_RE = re.compile(r"(?:从|由)\s*(?:上年|去年|上一年)?\s*(?:的)?\s*(?:平均)?\s*$")
# 由上年729万人增加到732万人 in a review of one year: its first figure is the year before's.
_FROM_TO_AFTER_RE = re.compile(
    r"\s*(?:左右)?\s*(?:提高|增加|增长|上升|下降|降低|减少|扩大|缩小|提升|增|降)?(?:到|至)"
)
_FROM_TO_GAP_RE = re.compile(r"\s*(?:提高|增加|增长|上升|下降|降低|减少|扩大|降)?到\s*")
_TO_BEFORE_RE = re.compile(r"(?:到|达到|达|突破|超过)\s*$")
# 由每人每月200元提高到260元 in a target: the 从 figure is the standard in force; so is
# every member of a list of them (分别从每人每月209元、280元提高到217元、290元), whoever the
# rate is per (每生每年, 每床每日, 每户每月).
_FIGURES_BEFORE_THEIR_CHANGE = r"(?:[0-9.]+\s*[^0-9，,；;。、和及]{0,4}?\s*(?:和|、|及)\s*)*"
_FROM_OF_TARGET_BEFORE_RE = re.compile(
    r"(?:从|由)\s*(?:上年|去年|上一年|现行|目前|现在)?\s*(?:的)?\s*"
    r"(?:平均|每[\u4e00-\u9fff]每[年月天日]|每[人年月天日户亩])?\s*"
    + _FIGURES_BEFORE_THEIR_CHANGE
    + "$"
)
_FROM_OF_TARGET_AFTER_RE = re.compile(
    # (从15个县（市）扩大到57个县（市）: the noun a count counts may stand before the change)
    r"(?:[\u4e00-\u9fff]{1,4}(?:[（(][^）)]{1,4}[）)])?(?=[\u4e00-\u9fff]{0,2}(?:到|至)))?"
    r"(?:\s*(?:和|、|及)\s*[0-9.]+\s*[^0-9，,；;。、和及]{0,4}?)*" + _FROM_TO_AFTER_RE.pattern
)
_FROM_MEMBER_BEFORE_RE = re.compile(
    r"(?:从|由)\s*(?:上年|去年|上一年)?\s*(?:的)?\s*[0-9.]+\s*[^0-9，,；;。、和及]{0,4}\s*(?:和|、|及)\s*$"
)
# How far into a text's first paragraph its year may be named, and what is no year of the
# text: a plan's span, a deadline, an as-of date.
_OPENING_CHARS = 200
_NOT_A_FRAME = frozenset({"years", "plan", "by", "as_of", "since"})
_AIMED_AT_RE = re.compile(r"(?:到|至|力争|争取|预计|目标|计划|确保|将|要)\s*$")
_AS_OF_MONTH_RE = re.compile(r"(?:截至|截止)\s*[0-9一二三四五六七八九十]{1,2}\s*月(?:末|底)")
# 截至10月末…余额…, 同比增长11.3%: a year-on-year change of a balance is over the twelve
# months to that day, as a 年末 growth rate is over the year.
_PART_OF_BEFORE_RE = re.compile(r"其中\s*[，,]?\s*$")
_YEAR_ON_YEAR_RE = re.compile(r"同比|比上年同期|比去年同期")
_FULL_YEAR_TEXTS = frozenset({"全年", "今年", "今年全年", "本年", "本年度", "年内"})
# Dates of events and end points (6月9日, 2023年5月, 6月末) hold only in their own clause.
_EVENT_GRANULARITIES = frozenset({"day", "month", "point"})
# …but a year's end or start written alone (年末, 年底, 年初) is the date of the stocks listed
# after it, as it is when the article's date is unknown (then it is not yet a day).
_BARE_YEAR_POINTS = frozenset({"年末", "年底", "年初"})
# …but a month written "6月当月" or "6月份," is the period of what follows in its sentence.
_WHOLE_MONTH_AFTER = ("当月", "份")
# A period after 在/于 dates an event (在三季度全市例会作交流发言): it holds in its own
# clause and is not passed on to later clauses or sentences.
# (要在第三季度完成…, 力争在年底前…: a deadline, not an event.)
_EVENT_BEFORE_RE = re.compile(
    r"(?:(?<![存现实正所要将拟争保划力])在|(?<![关由对等属用至位高低将])于)\s*$"
)
_FRAME_ENDS = ("中", "里", "内", "期间", "当中")
# 总体完成了年初确定的目标任务: a date before a verb of setting and 的 dates when something was set
# (a plan, a target), not the figures after it; a plan's span (“十二五”确定的指标) stays theirs.
_SET_WHEN_AFTER_RE = re.compile(
    r"\s*(?:所|就已|已|已经)?(?:确定|制定|制订|提出|下达|设定|定下|明确|部署|签订|签署|印发|发布)(?:了)?的"
)
# 实现2035年远景目标: the year of a long-term vision, not of the figures around it.
_VISION_AFTER = ("远景", "的远景")
# 3部纪录片入选…2026年片单, 入选2025年度榜单: the year in the name of a list something was
# chosen for, not the period of the count chosen (the text's own year's result).
_LIST_NAMED_AFTER_RE = re.compile(
    r"\s*(?:度)?[^，,；;。0-9]{0,8}?(?:片单|榜单|名单|名录|书单|剧单|推荐目录)"
)
# 充分考虑了2035年基本实现现代化的需要: a year that is weighed, not the figures' period.
_CONSIDERED_BEFORE_RE = re.compile(r"(?:考虑|兼顾|着眼|面向|衔接|对接|对标)(?:了|到|于)?\s*$")
# A plan named as context (是深入实施“十四五”规划的关键之年, 提前一年完成“十四五”规划目标,
# 提前一年达到“十四五”规划控制目标) gives no period to the figures around it: it is what the
# year belongs to or what was done.
_PLAN_NAMED_BEFORE_RE = re.compile(
    r"(?:实施|完成|落实|贯彻|谋划|编制|推进|执行|实现|达到|达成|衔接)[^，,；;。]{0,2}$"
)
_PLAN_NAMED_AFTER_RE = re.compile(
    r"[^，,；;。]{0,12}?(?:之年|一年|关键年)|[^，,；;。]{0,6}?最[大高多好强]"
)
# Flows over a review (五年增量, 累计, 年均…) keep its years; levels reached (达, 突破, 超,
# 接近, 迈上, 提升到) are its last year's.
_REACHED_LEVEL_RE = re.compile(
    r"(?:到|至|达到|达|突破|超过|超|逾|接近|近|迈上|跨上|站上|跃上|跨越|跨过|连跨)\s*$"
)
_FLOW_RE = re.compile(
    r"增量|累计|累积|年均|新增|净增|合计|共计|总计|增加(?!值)|增长|较|(?<!占)比(?!重|例|率)"
)
# 对工业贡献率超过70%, 财政支出中民生占比超过80%: in a review, a contribution (a share of a
# change, as 对经济增长贡献率 names it) or a share of what was spent that passed a mark is over
# its years (贡献率达到36.1%, the figure itself, is the last year's)
_SHARE_OF_A_FLOW_PASSED_RE = re.compile(
    r"(?:(?<=对)[^，,；;。0-9]{1,12}?贡献|支出[^，,；;。0-9]{0,4}?(?:中|的)?[^，,；;。0-9]{0,4}?占比)"
    r"[^，,；;。0-9]{0,2}?(?:超过|超|突破|逾)\s*$"
)
# 咖啡产值增长3倍、精深加工率85%: a flow word with its own figure in an earlier member of a
# list is that member's, not the later member's.
_MEMBER_WITH_ITS_FLOW_RE = re.compile(
    r"[^、，,；;]*?(?:增长|增加|提高|下降|减少|降低|增)\s*[0-9.]+[^、，,；;0-9]{0,4}、"
)
# 累计发送旅客超6400万人次、运输货物超7400万吨: a total opening a clause totals every member.
_CHANGED_BY_MORE_BEFORE_RE = re.compile(
    r"(?:提升|提高|增长|增加|上升|扩大|下降|降低|减少)(?:超过|超|逾|近|接近|突破)\s*$"
)
_CHANGED_TO_BEFORE_RE = re.compile(
    r"(?:增|增加|增长|提高|提升|上升|扩大|降|下降|减|减少|降低)(?:到|至)\s*$"
)
_TOTAL_OPENING_RE = re.compile(r"\s*(?:累计|累积|合计|共计|总计)")
# 五年生产原煤65亿吨: a clause opening on the review's years, bare, counts over them
_YEARS_OPENING_RE = re.compile(
    r"\s*(?:这|近|过去的?)?(?P<n>[两二三四五六七八九十])年(?![前后里内来间度底末])"
)
# …超35亿吨、居全国首位 / …6688万亩，均居全国首位 / …65亿吨，占全国近三成: a rank or a share of
# the figure before it, in its clause after 、 or opening the next
_RANK_OR_SHARE_WORDS = r"(?:均|都|分别)?(?:稳居|位居|居于|居|位列|占)"
_RANK_OR_SHARE_OPENING_RE = re.compile(r"\s*" + _RANK_OR_SHARE_WORDS)
_RANK_OR_SHARE_AFTER_A_FIGURE_RE = re.compile(r"[0-9][^，,；;。0-9]*、" + _RANK_OR_SHARE_WORDS)
# 6个自治州通高铁或动车, 9个城市空气质量全面达标, 90家县级医院达到三级医院水平, 16条主要支流…
# 全部达到优良水质: places (or units)
# a review counts as reached by a line or meeting a standard are its last year's.
_STANDARD_MET = r"(?:达标|达到[^，,；;。0-9、]{1,12}?(?:水平|标准|水质|(?:先进|标杆|领先|基准)值))"
_PLACES_REACHED_AFTER_RE = re.compile(
    r"[^，,；;。0-9、]{1,12}?(?:全部|全面|均|都|已)?(?:通(?![过报知讯用信])|" + _STANDARD_MET + ")"
)
_STANDARD_MET_AFTER_RE = re.compile(
    r"[^，,；;。0-9、]{1,12}?(?:全部|全面|均|都|已)?" + _STANDARD_MET
)
# 钢铁、有色、化工等重点行业46种产品能耗达到国家先进值: the class the things counted are drawn
# from, named by its members before the count, leaves the count at its clause's head (for a
# standard met; 甲、乙等40条高速公路相继开通 were opened over the years)
_CLASS_OF_THE_COUNTED_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}等[\u4e00-\u9fff]{0,6}"
)
_REVIEW_TOTAL_RE = re.compile(r"累计|累积|合计|共计")
_COVERS_BEFORE_RE = re.compile(r"(?<!累计)覆盖\s*$")
_SPENT_ON_AFTER_RE = re.compile(r"\s*(?:以上|左右|多)?\s*(?:投向|用于|投入|投到)")
# 覆盖全省93%的建制镇, 95%的县区建成示范区, 覆盖95%以上行政村: a share of the places (or
# units) a review's state reached is a level, its last year's.
_SHARE_OF_PLACES_AFTER_RE = re.compile(
    r"\s*(?:以上)?\s*的?\s*(?:建制镇|行政村|县市区|县区|县（市、区）|县\(市、区\)|市州|乡镇|村|社区|县|地市)"
    # (61%的城市污水处理厂完成提标改造: the share of units a state reached, as of places)
    r"|\s*(?:以上)?\s*的[^，,；;。0-9]{1,10}?(?:完成|建成|实现|达到)"
)
_TOTAL_FLOW_RE = re.compile(r"增量|累计|累积|年均|新增|净增|合计|共计|总计")
# A bare level in a review (生产总值6.66万亿元, 专精特新“小巨人”450家, 农作物综合机械化率90%):
# indicator words then the figure, without a verb, is a level the review reaches, its last
# year's as after 达 or 突破. A clause that opens on a verb of doing (治理水土流失面积6779
# 平方公里, 改造农村危房5.2万户, 筹集…30.3万套) or holds a flow word counts what was done over
# the years, and a level held (稳定在, 保持) holds over them. The figure ends its clause or its
# member of a list: 1194公里全线贯通 and 19家企业战略性重组 count what was done. (比重 and 占比
# are shares, not the 比 of a comparison.)
_RATES_OF_WORK_DONE = r"完成率|办结率|办复率"
_BARE_FLOW_RE = re.compile(
    r"增量|累计|累积|年均|新增|净增|合计|共计|总计|增加(?!值)|增长|较|(?<!占)比(?!重|例|率)"
    # (a rate's name is no verb: 优良天数比率93.5%, 水土保持率61.4%)
    r"|保持(?!率)|稳定|维持|连年|连续|持续|始终|新设|新建|新引进|新认定|新培育"
    # spending over the years is spent in them (一般公共预算支出3.4万亿元), and a rate of
    # completing what was done over them is theirs (办理建议4249件…办结率100%)
    r"|支出|" + _RATES_OF_WORK_DONE
)
_BARE_END_RE = re.compile(r"\s*(?:以上|左右|多|余)?\s*(?:$|[、和及与，,；;。！？!?])")
_DOING_VERBS = (
    r"(?:新增|新建|新设|新开|新引进|新认定|新培育|新获批|新落地|新签约|新招引|新上|新组建"
    r"|探明|新探明|出让|退出|增补|利用(?!率)|优化重组"
    r"|新成立|新发现|新改扩建|新改建|建成|建设|改造|改建|扩建|治理|整治|修复|植树|造林|开挖|疏浚"
    r"|筹集|完成|实施|培育|引进|引育|招引|发放|开行|开通|开工|接待|吸引|签约|转移|帮扶|安置|救助"
    r"|资助|培训|投入|争取|减少|节约|淘汰|关停|化解|处置|清理|创建|打造|推广|带动|解决|提供|发行"
    r"|办理|开展|举办|惠及|认定|获批|设立|组建|落实|帮助|储备|盘活|拆除|收储|腾退|减免|兑付|改善"
    r"|补充|提请|审议|制定|修订|修改|废止|实现|授信|服务(?!业)|运送|发送|运输|重组|获得|获(?!批|评)"
    # 高校毕业生留省就业超过66万人: those who found work, right before their count (就业人员,
    # 就业率 are a stock and a rate)
    r"|就业(?![\u4e00-\u9fff])"
    # 推动出台地方性法规350件, 召开…发布会972场, 海上发射卫星137颗: acts counted as done
    r"|出台|发布(?!会)|召开|发射"
    # 压减地下水开采量21.5亿立方米: an amount cut (压减比例, 压减率 name a rate)
    r"|压减(?!比例|率)|压降(?!比例|率)"
    # 加装电梯1.1万台, 消除易积水点位29处, 追回工资17.5亿元, 实际使用外资263亿美元: done, counted
    r"|加装|消除|追回|实际使用(?!率)"
    # 入选…特色产业集群4个, 认证“…精品”200个, 落地执行集采药品1220种, 保供电煤20亿吨: chosen,
    # certified, carried out, supplied over the years (入选率, 执行率 are rates)
    r"|入选(?!率)|认证(?!率)|执行(?!率)|保供"
    # 增设…充电桩3.2万个, 为群众减负237亿元, 落地京企超500家: added, saved, landed
    r"|增设|减负|落地(?!率))"
)
# …also after a place it was done in (在周边国家实施…民生项目280个) or the quoted name of the
# campaign that did it (“包抓联”服务企业46万户, “增学位”工程增补…学位13.1万个)
_DOING_OPENING_RE = re.compile(
    r"\s*(?:在[^，,；;。0-9“”]{1,8}?|“[^”]{1,8}”[\u4e00-\u9fff]{0,2}?)?" + _DOING_VERBS
)
# 新一轮横向帮扶协作投入帮扶资金179亿元, 东方航天港海上发射卫星137颗: a verb of doing after its
# subject still counts what was done (a rate's name, 化解率, and a designation, 生态文明建设示范区,
# are no verb)
_DOING_AFTER_ITS_SUBJECT_RE = re.compile(_DOING_VERBS + r"(?!率|示范)")
# 城镇更新改造惠及390万人, 班列开行超2700列: the verb right before the figure (or its 超);
# 引进的项目总投资超360亿元: what a verb of doing made, counted.
_DOING_LAST_RE = re.compile(_DOING_VERBS + r"(?:旅客|货物)?\s*$|" + _DOING_VERBS + "的")
# 连续9年稳定在1300亿斤以上: a level held in each of the years it names, which end with the
# review's last.
# 3年增长58.6%: a growth over the last N years of a review (the clause opens on them)
_GROWTH_OVER_YEARS_RE = re.compile(
    r"(?:^|[，,；;、])\s*(?:近|这|过去)?\s*(?P<n>[0-9]|[两二三四五六七八九])\s*年(?:来|间|内)?\s*"
    r"(?:累计|共)?\s*(?:增长|提高|增加|下降)\s*$"
)
# 从全国第11位跃升至第4位: 从 before the field of a ranking and its 第
# (…产量从全国第8位、第4位双双跃居第1位: a later member of the 从 side's list too)
_RANK_FROM_BEFORE_RE = re.compile(
    r"(?:从|由)\s*[\u4e00-\u9fff]{0,3}?\s*(?:第\s*[0-9一二三四五六七八九十]+\s*[位名]?\s*、\s*)*第?\s*$"
)
_HELD_FOR_YEARS_RE = re.compile(
    r"连续\s*(?P<n>[0-9]{1,2}|[一两二三四五六七八九十]{1,2})\s*年[^，,；;。0-9]{0,8}$"
)
# 连续36年居全国首位, 连续四年蝉联全国推广面积第一, 连续8年产销量在全国同行业中排名第一: a
# rank held in each of the years it names (the field may stand between the run and the rank).
_RANK_HELD_FOR_YEARS_RE = re.compile(
    r"连续\s*(?P<n>[0-9]{1,2}|[一两二三四五六七八九十]{1,2})\s*年[^，,；;。0-9]{0,16}$"
)
_NOW_RE = re.compile(_NOW_WORD + r"|截至|截止|至今|当前|现有")
# 分别达2个、3个: the figures before a later member of a list, whose verb it shares (分别突破
# 300亿元和3000亿元: the last member after 和 too).
_LIST_RUN_RE = re.compile(
    r"(?:[0-9０-９.一二两三四五六七八九十百千万亿]+[^\s、，,；;0-9]{0,4}?(?:、|和|及)\s*)+$"
)
_REVIEW_GRANULARITIES = frozenset({"years", "plan"})
_AS_OF_GRANULARITIES = frozenset({"as_of", "since"})


# --- Text structure -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _masked_spans(text: str) -> list[_Span]:
    """Book titles 《…》 and short quotations “…” (names, slogans): no figure or date in
    them speaks for the subject, and no clause boundary falls inside them."""
    spans = []
    for opener, closer, limit in (
        ("《", "》", 200),
        ("“", "”", _SHORT_QUOTE),
        ('"', '"', _SHORT_QUOTE),
    ):
        pos = 0
        while (begin := text.find(opener, pos)) != -1:
            end = text.find(closer, begin + 1)
            if end == -1:
                break
            if end - begin - 1 <= limit:
                spans.append(_Span(begin, end + 1))
            pos = end + 1
    # Sorted, and without the spans inside another (a quotation inside a title).
    outer: list[_Span] = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if not outer or span.end > outer[-1].end:
            outer.append(span)
    return outer


def _inside(spans: list[_Span], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the spans (sorted by start; a few nest)."""
    index = bisect_right(spans, start, key=lambda span: span.start)
    for span in spans[max(0, index - _NESTING) : index]:
        if span.start <= start and end <= span.end:
            return True
    return False


def _pieces(text: str, span: _Span) -> list[_Span]:
    """A sentence longer than ``_LONGEST_SENTENCE`` is cut at its last clause mark (or
    space) before the limit, so that the work per figure stays bounded on any input."""
    pieces, start = [], span.start
    while span.end - start > _LONGEST_SENTENCE:
        window = text[start : start + _LONGEST_SENTENCE]
        cut = max(window.rfind(mark) for mark in _CLAUSE_SEP + "、 \t")
        cut = start + cut + 1 if cut > _LONGEST_SENTENCE // 4 else start + _LONGEST_SENTENCE
        pieces.append(_Span(start, cut))
        start = cut
    pieces.append(_Span(start, span.end))
    return pieces


def _paragraphs(body: str) -> list[_Span]:
    spans, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            spans.append(_Span(pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _split(text: str, start: int, end: int, separators: str, masks: list[_Span]) -> list[_Span]:
    """Cut text[start:end] after each separator that is not inside a masked span."""
    parts, begin = [], start
    for match in _separator_re(separators).finditer(text, start, end):
        index = match.start()
        if not _inside(masks, index, index + 1):
            parts.append(_Span(begin, index + 1))
            begin = index + 1
    if begin < end:
        parts.append(_Span(begin, end))
    return parts


@cache
def _separator_re(separators: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(separators) + "]")


def _strip(text: str, span: _Span) -> _Span:
    """The span without surrounding spaces and separators."""
    start, end = span.start, span.end
    trim = " \t\u3000" + _CLAUSE_SEP + _SENTENCE_END + "、…”’」』"
    while end > start and text[end - 1] in trim:
        end -= 1
    while start < end and text[start] in " \t\u3000" + _CLAUSE_SEP + "、“‘「『":
        start += 1
    return _Span(start, end)


# --- Markers ------------------------------------------------------------------------------


def _markers(
    sentence: str, masks: list[_Span], *, past_review: bool = False
) -> list[tuple[int, str]]:
    """(offset, kind) for every force word ("forward"), report word ("evidence"), estimate,
    lead ("目标是：") and "；" (a "break"), in order (none inside a title or a slogan:
    “万人计划” plans nothing). In a review of a year that is over (``past_review``), 争取 is
    an estimate, not a force word."""
    obtained = (
        {m.start() for m in _OBTAIN_IN_REVIEW_RE.finditer(sentence)} if past_review else set()
    )
    estimated = {m.end() for m in _WILL_OF_ESTIMATE_RE.finditer(sentence)}
    found = [
        (m.start(), "estimate" if m.start() in obtained or m.start() in estimated else "forward")
        for m in _FORWARD_RE.finditer(sentence)
    ]
    # (…营收达到8400亿元、同比增长7%左右: 同比 as a member after a target's figure compares the
    # target, no report)
    compared = {
        m.start()
        for m in _COMPARED_RE.finditer(sentence)
        if not _AFTER_A_FIGURE_MEMBER_RE.search(sentence, max(0, m.start() - 12), m.start())
    }
    compared_member = {
        m.start() for m in _COMPARED_RE.finditer(sentence) if m.start() not in compared
    }
    # (完成大港电厂共6台机组替代: 共 after the object of a verb of doing totals that object, in
    # a year's tasks as in its results; the period decides)
    totalled = {m.start(1) for m in _TOTAL_OF_AN_OBJECT_RE.finditer(sentence)}
    found += [
        (
            m.start(),
            "compared"
            if m.start() in compared
            else "total"
            if _REVIEW_TOTAL_RE.match(sentence, m.start())
            else "evidence",
        )
        for m in _EVIDENCE_RE.finditer(sentence)
        if m.start() not in totalled and m.start() not in compared_member
    ]
    found += [(m.start(), "estimate") for m in _ESTIMATE_RE.finditer(sentence)]
    if past_review:
        found += [(m.start(), "estimate") for m in _HOPE_IN_REVIEW_RE.finditer(sentence)]
    found += [(m.end() - 1, "lead") for m in _LEAD_RE.finditer(sentence)]
    found += [(m.end() - 1, "lead") for m in _LIST_LEAD_RE.finditer(sentence)]
    found += [(m.end() - 1, "lead") for m in _THIS_YEARS_TARGETS_RE.finditer(sentence)]
    found += [(m.start(), "break") for m in _PART_BREAK_RE.finditer(sentence)]
    for match in _EFFORT_RE.finditer(sentence):
        found.append((match.start(), "effort"))
        end = _CLAUSE_END_RE.search(sentence, match.end())
        if end is not None:
            found.append((end.start(), "effort_end"))
    return sorted(
        (offset, kind) for offset, kind in found if not _inside(masks, offset, offset + 1)
    )


def _last_marker(markers: list[tuple[int, str]], before: int) -> str | None:
    """The word that decides a figure at ``before``: "forward", "evidence" or "estimate"."""
    kind = None
    lead = effort = False
    # A total (累计) reports its own part only: among a list of tasks (将办好…：…；累计建成7000个
    # 以上；实施…1万人次) the parts after the next "；" are read as before it.
    before_total: list[str | None] = []
    for offset, marker in markers:
        if offset >= before:
            break
        if marker == "total":
            before_total = before_total or [kind]
            kind, effort = "evidence", False
            continue
        if before_total and marker == "break":
            kind = before_total[0]
        before_total = []
        if marker == "lead":
            lead, kind, effort = True, "forward", False
        elif marker == "break":
            if kind in ("forward", "estimate") and not lead:
                kind = None
        elif marker == "effort":
            kind, effort = "forward", True
        elif marker == "effort_end":
            if effort and kind == "forward":
                kind = None
            effort = False
        elif marker == "compared":
            if not lead:  # (目标是：…同比增长5%: still a target)
                kind, effort = "evidence", False
        else:
            kind, effort = marker, False
    return kind


# --- Context of one sentence ----------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    reference: date | None
    precision: str
    framed: bool = False  # the text's own year (title, opening, heading) frames this part
    reviewed: int | None = None  # the year the text reviews (回顾了2012年的政府工作), if any

    @property
    def known(self) -> bool:
        return self.reference is not None and self.precision in ("day", "month", "year")

    def as_of(self, text: str = "") -> Period:
        """The article's date as an end point, as far as it is known (as periods.py ends a
        以来): the day, the month's last day, or nothing (flagged) for a year or less."""
        end = None
        if self.reference is not None and self.precision == "day":
            end = self.reference
        elif self.reference is not None and self.precision == "month":
            last = calendar.monthrange(self.reference.year, self.reference.month)[1]
            end = self.reference.replace(day=last)
        return Period(
            text=text, start=0, end=0, period_start=None, period_end=end, deadline=None,
            relative=end is None, cumulative=False, granularity="as_of",
        )  # fmt: skip

    def ahead(self, end: date) -> bool:
        """Whether a period ending on ``end`` is still to come when the article was written.
        With a year alone, a period ending before the given year's end (上半年, 1至9月) is
        not known to be ahead, whether the text names its year or not; in a text that names
        its own year, neither is its 全年: the figures of that year may be reported at its
        end, as they are read when the date is unknown."""
        if self.reviewed is not None and self.precision in ("year", "unknown"):
            # A review of 2012 that names 2013 speaks of 2013 ahead: its figures are aims,
            # whether the date is unknown or a year alone.
            if end.year > self.reviewed:
                return True
        if not self.known:
            return False
        if self.precision == "year":
            # The day is unknown: the months of the given year (1至9月, 上半年) may be over
            # already; in a text naming no year of its own, the year's end still lies ahead
            # (its 全年 is still running, see _reported_full_year).
            year_end = date(self.reference.year, 12, 31)
            return end > year_end if self.framed else end >= year_end
        return end > self.reference

    def year(self) -> Period:
        if not self.known:
            return Period("", 0, 0, None, None, None, True, False, "year")
        year = self.reference.year
        return Period(
            "",
            0,
            0,
            date(year, 1, 1),
            date(year, 12, 31),
            date(year, 12, 31),
            False,
            False,
            "year",
        )


def _pseudo_periods(sentence: str, offset: int, context: _Context) -> list[Period]:
    """目前/截至目前 and 自…以来 without a date: as-of markers that behave like periods."""
    found = []
    for match in re.finditer(r"截至目前|截止目前|" + _NOW_WORD + r"|当前|至今", sentence):
        if sentence.startswith(("已知", "所知"), match.end()):
            continue  # (我国目前已知唯一…: "as far as is known", no period of any figure)
        found.append(
            replace(
                context.as_of(match.group()), start=offset + match.start(), end=offset + match.end()
            )
        )
    return found


def _review_periods(sentence: str, context: _Context) -> list[Period]:
    """过去五年 / 五年来 / 过去一年: the whole years before the year of writing."""
    if not context.known:
        return []
    found = []
    for match in _REVIEW_RE.finditer(sentence):
        numeral = match.group("n") or match.group("m") or match.group("k") or match.group("j") or ""
        years = _CN_RANK.get(numeral, 0) or (10 if "十" in numeral else 0)
        if not years:
            continue
        last = context.reference.year - 1
        if context.reviewed == context.reference.year:
            # A report heard late in the year it reviews (a congress in November, with the
            # year's estimates): its past years end with that year.
            last = context.reviewed
        found.append(
            Period(
                text=match.group(), start=match.start(), end=match.end(),
                period_start=date(last - years + 1, 1, 1), period_end=date(last, 12, 31),
                deadline=date(last, 12, 31), relative=False, cumulative=years > 1,
                granularity="years" if years > 1 else "year",
            )
        )  # fmt: skip
    return found


def _in_year_of_sentence(
    sentence: str, periods: list[Period], year: int | None = None
) -> list[Period]:
    """“2022年…，年末失业率…”: a period without a year of its own (年末, 全年, 上半年) takes
    the year written earlier in the same sentence (or by the section's heading: “2023年统计
    公报”), not the year of writing."""
    out: list[Period] = []
    for period in periods:
        explicit = _EXPLICIT_YEAR_RE.search(period.text)
        if explicit:
            year = int(explicit.group())
        elif year is not None and period.relative and _AS_OF_MONTH_RE.match(period.text):
            # 截至10月末 in a text about 2025 (its title, its opening, its heading): a balance
            # stands on that day of that year.
            try:
                again = resolve_period(period.text, reference=date(year, 12, 31), precision="year")
            except ValueError:
                again = None
            if again is not None and not again.relative and again.period_end is not None:
                period = replace(
                    period, period_start=again.period_end, period_end=again.period_end,
                    deadline=again.period_end, relative=False,
                )  # fmt: skip
        elif year is not None and not _RELATIVE_YEAR_RE.search(period.text):
            try:
                again = resolve_period(period.text, reference=date(year, 12, 31), precision="year")
            except ValueError:
                again = None
            if again is not None and not again.relative:
                period = replace(
                    period,
                    period_start=again.period_start,
                    period_end=again.period_end,
                    deadline=again.deadline,
                    relative=False,
                )
        out.append(period)
    return out


def _given_year_fills(sentence: str, periods: list[Period], context: _Context) -> list[Period]:
    """With a year alone given (the manifest's "2025"), what the text's years left open
    (a 全年 or 上半年 in a text that names no year, 今年, 去年, 今年以来) is read in that year,
    the year of writing."""
    given = {
        (p.start, p.end): p
        for p in find_periods(sentence, reference=context.reference, precision=context.precision)
    }
    return [given.get((p.start, p.end), p) if p.relative else p for p in periods]


def _since_periods(sentence: str, periods: list[Period], context: _Context) -> list[Period]:
    """自2019年9月20日…以来: the date opens a period that runs to the article's date."""
    out = []
    for period in periods:
        before = sentence[max(0, period.start - 2) : period.start]
        clause_end = len(sentence)
        for index in range(period.end, len(sentence)):
            if sentence[index] in _CLAUSE_SEP + _SENTENCE_END:
                clause_end = index
                break
        if re.search(r"[自从]\s*$", before) and "以来" in sentence[period.end : clause_end]:
            out.append(
                replace(
                    period,
                    period_end=(
                        context.reference
                        if context.known and context.precision != "year"
                        else None  # a year alone does not say which day the 以来 runs to
                    ),
                    granularity="since",
                    cumulative=True,
                )
            )
        else:
            out.append(period)
    return out


# --- Figures ------------------------------------------------------------------------------


def _extra_ranks(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """居全市第一 / 位居全省第三: ranks written as bare ordinals, which numbers.py leaves out."""
    extra = []
    for match in [
        *_RANK_RE.finditer(sentence),
        *_FIRST_PLACE_RE.finditer(sentence),
        *_NTH_TO_PASS_RE.finditer(sentence),
        *_NTH_TO_REACH_RE.finditer(sentence),
        *_NTH_OF_A_SIZE_CLASS_RE.finditer(sentence),
        *_NTH_AFTER_ANOTHER_STATUS_RE.finditer(sentence),
    ]:
        numeral = match.groupdict().get("first") or match.group("n")
        at = match.start("first") if numeral == "首" and match.groupdict().get("first") else None
        start = at if at is not None else match.start("n") - (0 if numeral == "首" else 1)
        end = match.end()
        if any(q.start < end and start < q.end for q in [*quantities, *extra]):
            continue
        if numeral == "首":
            value = 1  # 稳居全国首位
        elif numeral.isdigit():
            value = int(numeral)  # 全省第4个
        elif numeral == "十":
            value = 10
        elif numeral.startswith("十"):
            value = 10 + _CN_RANK.get(numeral[1:], 0)
        elif "十" in numeral:
            tens, _, ones = numeral.partition("十")
            value = _CN_RANK.get(tens, 0) * 10 + _CN_RANK.get(ones, 0)
        else:
            value = _CN_RANK.get(numeral, 0)
        if not value:
            continue
        # a rank listed after its figure (项目54个、全省第一) is written without a unit
        # as is one written after 成为 (成为全球第一光伏背板企业), as the text writes it
        # and so is one held (保持全国第一) or written right after its noun (产量全球第一)
        written_bare = re.match(
            r"(?:、|成为|保持|连续|蝉联|提升|提高|上升|跃升|攀升|" + _RANK_FIELDS + ")",
            match.group(),
        )
        unit = "" if written_bare or numeral == "首" else "位"
        if match.re in (_NTH_TO_REACH_RE, _NTH_OF_A_SIZE_CLASS_RE):
            # (成为全国第二个: the quote keeps its 成为; 、东北首个 starts at its field)
            start = match.start() + (1 if match.group().startswith("、") else 0)
        elif match.re is _NTH_AFTER_ANOTHER_STATUS_RE:
            start = match.end("lead") + 1
        extra.append(
            Quantity(
                text=sentence[start:end], start=start, end=end, value=Decimal(value),
                value_max=None, unit=match.groupdict().get("unit") or unit,
                base_value=Decimal(value),
                base_unit="位", comparator="exactly", measure="rank", approximate=False,
                family="rank",
            )
        )  # fmt: skip
    return sorted([*quantities, *extra], key=lambda q: q.start)


def _ranks_in_lists(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """分居全省第4、第3位: the unit of the last rank of a list holds for the ranks before it."""
    out = list(quantities)
    for index in range(len(out) - 2, -1, -1):
        q, after = out[index], out[index + 1]
        if (
            q.measure == "rank"
            and not q.unit
            and after.measure == "rank"
            and after.unit
            and re.fullmatch(r"\s*[、和及与]\s*", sentence[q.end : after.start])
        ):
            out[index] = replace(q, unit=after.unit)
    return out


# 2813.8万辆（艘、架、列）次: kinds of vehicle in brackets inside the unit 万辆次
_BRACKETED_KINDS_RE = re.compile(r"\s*[（(][\u4e00-\u9fff、]{1,12}[)）]\s*次")
_MULTIPLIER_VALUE = {"万": Decimal(10000), "亿": Decimal(100000000)}


def _units_completed(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """Units the text writes around a bracket (2813.8万辆（艘、架、列）次: 万辆次) or once for a
    list (分别达1409万、1200万人次: the first is 万人次 too, as the last is)."""
    out = list(quantities)
    for index, q in enumerate(out):
        bracket = _BRACKETED_KINDS_RE.match(sentence, q.end)
        if bracket is not None and q.family == "count" and not q.unit.endswith("次"):
            end = bracket.end()
            out[index] = q = replace(
                q, text=sentence[q.start : end], end=end, unit=q.unit + "次",
                base_unit=q.base_unit + "次",
            )  # fmt: skip
    for index in range(len(out) - 2, -1, -1):
        q, after = out[index], out[index + 1]
        if (
            q.unit in _MULTIPLIER_VALUE
            and q.measure == "level"
            and after.unit.startswith(q.unit)
            and len(after.unit) > len(q.unit)
            and after.family == "count"
            and re.fullmatch(r"\s*[、和及与]\s*", sentence[q.end : after.start])
        ):
            out[index] = replace(
                q, unit=after.unit, base_unit=after.base_unit, family=after.family,
                base_value=q.value * _MULTIPLIER_VALUE[q.unit],
            )  # fmt: skip
    return out


def _own_measures(before: str, after: str) -> bool:
    """出台20条措施, 出台稳增长政策32项: a count of the government's own measures (the convention
    on policies), unless what it counts are innovations or the count is of what became of them."""
    named = _OWN_MEASURES_AFTER_RE.match(after)
    if named is not None:
        if _MEASURES_INNOVATION_RE.search(named.group("what")):
            return False
        rest = after[named.end() :]
    elif _OWN_MEASURES_BEFORE_RE.search(before) or _OWN_MEASURES_LISTED_RE.match(after):
        rest = after
    else:
        return False
    return not _MEASURES_OUTCOME_AFTER_RE.match(rest)


def _skip_reason(
    sentence: str, q: Quantity, clause: _Span, masks: list[_Span], *, past_review: bool = False
) -> str | None:
    """Why a figure is not a claim about the subject, or None if it is one."""
    before = sentence[clause.start : q.start]
    after = sentence[q.end : clause.end]
    if _inside(masks, q.start, q.end):
        return "inside a title or a slogan"
    if (
        not q.base_unit
        and after[:1]
        and "\u4e00" <= after[:1] <= "\u9fff"
        and not _MILESTONE_RE.match(after)
        and (not re.search(r"[0-9]", q.text) or after.startswith("级"))
    ):
        # (惠及43万儿童, 近1亿农村贫困人口: written in digits, it counts the noun after it.)
        return "a bare 百亿/千亿 that qualifies a noun"
    if q.family == "count" and _NARRATIVE_AFTER_RE.match(after):
        return "a count in narrative (两件大事)"
    if q.base_unit == "百分点" and _MARGIN_OVER_TARGET_BEFORE_RE.search(before):
        return "the margin of a figure over a target (高出全年任务目标(10.5%)0.9个百分点)"
    if q.unit == "位" and after.startswith("数"):
        return "a number of digits (两位数增长)"
    if q.unit == "位" and q.measure != "rank" and _RANK_MOVED_BEFORE_RE.search(before):
        # (排名有望上升3位、居第14位: the rank reached is the item, the places moved are not)
        return "a change of rank (排名上升3位)"
    if (
        q.unit in ("种", "类")
        and _KINDS_LABEL_AFTER_RE.match(after)
        and not _THRESHOLD_OF_KINDS_AFTER_RE.match(after)
    ):
        # (but 5种产品产量涨幅在50%以上 counts the kinds: 50% is only their threshold)
        return "the kinds that label the next figure (三种作物产量120万吨)"
    if _THRESHOLD_OF_COUNT_BEFORE_RE.search(before):
        return "the threshold of the kinds counted (5种产品产量涨幅在50%以上)"
    if q.measure == "rank" and re.search(r"(?:连续|持续)多年[^，,；;。0-9]{0,8}$", before):
        # (连续多年居世界首位: held over years it does not name, no figure of one period)
        return "a rank held over an unnamed span of years (连续多年居世界首位)"
    if q.measure != "rank" and _PASSED_MARK_BEFORE_RE.search(before):
        return "the mark the Nth to pass it passed (全省第4个吞吐量超千万人次的机场)"
    if q.unit == "名" and _DELEGATES_AFTER_RE.match(after):
        return "a meeting's delegates (863名人大代表)"
    if q.family == "count" and (
        _WHOLE_OF_PART_AFTER_RE.match(sentence[q.end : q.end + 16])
        or _WHOLE_OF_PARTS_COUNTED_LATER_RE.match(sentence, q.end)
    ):
        return "the whole of which a part is counted (33个行业中有20个)"
    if q.unit == "%" and _CLASS_BOUND_COUNTED_AFTER_RE.match(sentence, q.end):
        return "the bound of a class whose members are counted (占比超过10%的有44种)"
    if q.family == "count" and q.unit and _field_counted_after_comma(sentence, q):
        return "the field whose parts are counted after a comma (23种产品,12种增长)"
    if (
        q.family == "count"
        and not re.search(r"[0-9]", q.text)
        and q.unit in ("项", "条")
        and _RULES_NAME_AFTER_RE.match(after)
    ):
        return "a count in words in the name of rules (中央八项规定)"
    if q.family == "count" and q.unit in ("项", "条") and _own_measures(before, after):
        return "the government's own measures counted (出台20条措施, 出台稳增长政策32项)"
    if q.unit == "件" and after.startswith("事") and re.search(r"[、和及]", before):
        # 抓好甲、乙和丙3件事: matters to attend to, named before their count; a count of named
        # things (甲、乙3个实验室) stays an item (round 35's convention on named things)
        return "matters named before their count (甲、乙和丙3件事)"
    if q.family == "count" and _WHOLE_DONE_AFTER_RE.match(after):
        return "the whole of which the part done is counted (15个小项已完成13项)"
    if q.family == "count" and not re.search(r"[0-9]", q.text) and _LIST_NAME_AFTER_RE.match(after):
        return "a count in words that names a list (十项民生实事15个小项)"
    if (
        q.family == "count"
        and not re.search(r"[0-9]", q.text)
        and _TASKS_NAMED_AFTER_RE.match(after)
        and (
            ("、" in before and q.value == len(before.split("、")))  # as many as its members
            or before.rstrip().endswith(("”", "」", '"'))  # “…、…和…”六项任务: quoted names
            or _SET_BEFORE_RE.search(before)  # 会议确定的十项重点任务: named where they were set
        )
    ):
        return "a count in words summing the list it names (稳增长、防风险、保民生三项基本任务)"
    if (
        q.family == "count"
        and not re.search(r"[0-9]", q.text)
        and _counts_the_quoted_members(sentence, q)
    ):
        return "a count in words of the quoted members before it (“甲、乙、丙”三项机制)"
    if q.family == "count" and q.unit == "项" and _TASKS_LISTED_AFTER_RE.match(after):
        return "a report's own list of tasks, counted (今年的8项重点工作中, 十项重点任务包括)"
    spanned = re.search(r"(?:连续|持续|近|最近)\s*$", before) or q.text.startswith("近")
    if spanned and re.fullmatch(r"个?(?:月|年|季度?|周|天|日)", q.unit):
        return "a duration (连续8个月全省第一, 持续6个月保持两位数增长, 近三个月逐月加快)"
    if q.unit in ("小时", "分钟") and (
        _HOURS_OF_A_CIRCLE_AFTER_RE.match(after) or _HOURS_OF_A_DAY_BEFORE_RE.search(before)
    ):
        return "the reach of a travel circle or a day's opening hours (1小时通勤圈, 每天24小时)"
    if q.base_unit in ("米", "公里", "千米") and _SPEED_BEFORE_RE.search(before[-4:]):
        return "a speed class (时速350公里)"
    if (
        q.family == "money"
        and _SIZE_CLASS_BEFORE_RE.search(before)
        and _SIZE_CLASS_NOUN_RE.match(after)
    ):
        return "a size class (首个300亿元园区)"
    if (
        clause.start == 0
        and _TARGET_EXPLAINED_BEFORE_RE.search(before)
        and _TARGET_EXPLAINED_AFTER_RE.match(sentence, q.end)
    ):
        return "a target restated as it is explained (确定4.5%左右的增长目标，…)"
    if q.base_unit in ("米", "公里", "千米") and (
        _DEPTH_CLASS_AFTER_RE.match(after)
        or (_BAND_ALONG_BEFORE_RE.search(before) and re.match(r"[\u4e00-\u9fff]", after))
    ):
        return "a depth class or a band along a river (4.5米水深航道, 长江沿线1公里)"
    if q.unit == "类" and _COUNT_BEFORE_A_CLASS_RE.search(before):
        return "the class of the things counted (2个1类创新药)"
    if q.family == "count" and _FIELD_OF_A_SHARE_AFTER_RE.match(after):
        return "the whole a share is taken over (74个国控断面水质优良比例)"
    if q.base_unit == "%" and _BAND_OF_A_RANKING_BEFORE_RE.search(before):
        return "the band of a ranking the things counted entered (9个学科进入前1‰)"
    passed = q.comparator in ("more_than", "at_least")
    if q.family == "money" and passed and _LEVEL_OF_COUNTED_BEFORE_RE.search(before):
        return "the level the things counted pass (8个产业规模超千亿元)"
    if (
        q.family == "money"
        and passed
        and after.lstrip().startswith("的")
        and _SIZE_CLASS_NOUN_RE.match(after.lstrip()[1:])
    ):
        return "a size class (经济总量超过3万亿元的城市)"
    if not q.base_unit and re.search(r"[万亿]", q.unit) and _POPULATION_AFTER_RE.match(after):
        return "a population named in passing (740多万家乡人民)"
    if (
        q.unit == "成"
        and (q.comparator != "exactly" or q.approximate or _ROUNDED_BEFORE_RE.search(before))
        and not re.search(r"占[^，,；;。0-9]{0,6}$", before)
        and any(
            int(Decimal(m.group(1)) // 10) == q.value
            and not re.search(r"(?:增长|下降|提高|降低|回落|上升)\s*$", sentence[: m.start()])
            for m in _PERCENT_FIGURE_RE.finditer(sentence)
        )
    ):
        # (超六成行业…增长面达60.6%: the same share rounded; but 占全国超四成 is a share of its
        # own, and a growth rate of 41% is no share that 四成 could round)
        return "the rounding of a share given in % (超六成)"
    if q.measure == "rank" and _RANK_OF_CHANGE_BEFORE_RE.search(before):
        return "the rank of a change (提升幅度居全国第1)"
    if q.measure == "rank" and _RANK_OF_LISTED_INCREASES_BEFORE_RE.search(before):
        return "the rank of increases listed under one 新增 (新增面积、产量均居全国第一)"
    if (
        q.measure == "rank"
        and _BARE_RANK_CLAUSE_RE.match(before)
        and _GROWTH_CLAUSE_BEFORE_RE.search(sentence[: clause.start])
    ):
        return "the rank of the growth given in the clause before (增长23.5%,稳居全市第一)"
    if (
        q.measure == "rank"
        and _BARE_RANK_CLAUSE_RE.match(before)
        and re.search(r"(?:增速|增幅|增长率)[^，,；;。]*[，,]?\s*$", sentence[: clause.start])
    ):
        return "a rank shared with a growth rate named before (增速、…再创新高,跃居首位)"
    if (
        q.measure == "rank"
        and _RANKS_SHARED_OUT_RE.match(before)
        and _GROWTHS_LISTED_BEFORE_RE.search(sentence[: clause.start])
    ):
        return "the ranks of the growths listed just before (分别增长6%、5.2%，分别居第二、第七)"
    if q.measure == "rank" and _RANK_OF_CHANGE_AFTER_FIGURE_RE.search(before):
        return "the rank of the growth of the figure just given (突破万亿元、增速居全国第5位)"
    if (_RATIO_BEFORE_RE.search(before) and _RATIO_AFTER_RE.match(after)) or (
        _RATIO_SECOND_BEFORE_RE.search(before)
    ):
        return "a ratio of counts (每出口4辆汽车就有1辆)"
    if q.measure == "rank" and _RANK_OF_LISTED_CHANGE_BEFORE_RE.search(before):
        return "the rank of the change just given (投资增长33.6%、居全国第3位)"
    if q.family == "count" and _RANKED_SHARE_AFTER_RE.match(after):
        return "the group whose share is ranked (42个县域生态质量变好占比居全国第1位)"
    if q.measure == "rank" and any(
        _GROWTH_RANKED_BEFORE_RE.search(sentence[: m.start()])
        for m in _COMPOSITE_RANKING_RE.finditer(sentence[: q.start])
    ):
        return "a composite ranking of the growth just ranked (…增速全市第一，…综合排名全市第四)"
    if (
        q.unit in ("次", "届")
        and _HONOURS_IN_A_ROW_BEFORE_RE.search(sentence[: q.start])
        and _HONOURS_IN_A_ROW_AFTER_RE.match(after)
    ):
        return "the times an honour or a grade was won in a row (连续3次获评优秀)"
    if q.unit in ("名", "位", "强") and _TOP_BAND_BEFORE_RE.search(sentence[: q.start]):
        return "a band of the top N places (包揽前六名, 进入全国前十名)"
    if q.unit in ("%", "‰") and _TOP_BAND_BEFORE_RE.search(sentence[: q.start]):
        # (新增ESI全球前1‰学科1个: the count is the item, 前1‰ the band it was counted in)
        return "a band of the top N per cent (ESI全球前1%学科, 营收前10%的企业)"
    if q.family == "count" and _FIELD_BEFORE_RE.search(before) and _FIELD_AFTER_RE.match(after):
        return "the field of a ranking or an evaluation (在16个县市区…排名中, 在全省126家…考评中)"
    if (
        q.family == "count"
        and _DOCUMENT_PART_AFTER_RE.match(after)
        and not _PARTS_COMPLETED_AFTER_RE.match(after)
    ):
        return "a count of a document's own parts (5个方面, 22项主要指标) or a duration"
    if (
        q.unit == "项"
        and _PLAN_INDICATORS_BEFORE_RE.search(before)
        and not _PARTS_COMPLETED_AFTER_RE.match("指标" + after)
    ):
        return "a count of a plan's own indicators (其中约束性指标9项)"
    reach = q.text[: len(q.text) - len(q.text.lstrip("达到突破超过近接提升至高增为"))]
    # (产能提升至全国第2位: a rank of the capacity, 产能占全球30%: its share, never a
    # project's size)
    if (
        q.measure != "rank"
        and q.base_unit not in ("%", "百分点")
        and _CAPACITY_BEFORE_RE.search(before)
    ) and not (_CAPACITY_REACHED_RE.search(before + reach) and not _ATTR_AFTER_RE.search(after)):
        return "the capacity in a project's name"
    if (
        _INVESTMENT_ATTR_BEFORE_RE.search(before)
        and _ATTR_AFTER_RE.search(after)
        and not _COUNTED_PROJECTS_AFTER_RE.search(after)
    ):
        return "the investment that names a project"
    if _LIST_SIZE_BEFORE_RE.search(before):
        return "the size of a list the subject joined"
    clause_text = sentence[clause.start : clause.end]
    if _MEETING_RE.search(clause_text) and not _TAKING_PART_COUNTED_RE.search(clause_text):
        return "meeting logistics"
    if _MEANS_RE.search(clause_text.strip()) and "为" in after:
        return "a means (以…为抓手)"
    if (
        q.base_unit not in ("%", "倍")
        and _DELTA_BEFORE_RE.search(before)
        # (优良天数比2020年增加36天, 人均预期寿命较2020年提高1.16岁: a change since a year the
        # text names is the change over those years, an item as a growth since it is)
        and not (q.base_unit != "百分点" and _DELTA_SINCE_A_YEAR_BEFORE_RE.search(before))
    ):
        # (比上年末提高0.7个百分点 too: a change of a rate, where 比上年增长3.3% is a rate,
        # and so is a growth in times, 同比增长1.5倍, alone or heading a list of rates.)
        return "a difference to another figure"
    if q.family == "count" and _MILESTONE_AFTER_RE.match(after):
        return "a count of milestones (跨过两个万亿元大关)"
    if _MILESTONE_RE.match(after) and _COUNTED_BEFORE_RE.search(before):
        return "the size of counted milestones (两个万亿元大关)"
    if (
        q.family == "money"
        and q.comparator in ("at_least", "at_most")
        and _CLASS_AFTER_RE.match(after)
    ):
        return "a size class (20亿元以上项目2个)"
    if _ROUND_SIZE_RE.match(q.text) and _COUNT_OF_SIZED_BEFORE_RE.search(before):
        # 12个百亿元、70个30亿元以上项目, 6个百万羽蛋鸡养殖项目: a round size written in words
        # right after a count is the class of the things counted; the count is the item
        return "a size class of the things counted (12个百亿元项目, 6个百万羽蛋鸡项目)"
    if _counts_the_named_members(sentence, q):
        return "a count of the members just named (发展和生态两条底线)"
    if after.startswith("制") and q.unit == "人":
        return "a format's name (3人制篮球场, 5人制足球)"
    if _HOPE_RE.search(before) and not (past_review and _HOPE_IN_REVIEW_RE.search(before)):
        return "a hope, not a target"
    if (
        q.measure == "level"
        and q.family != "money"
        # (200万名以上中小学生: 万名 counts people, 名 after its multiplier)
        and q.unit.lstrip("十百千万亿") not in _COUNTING_CLASSIFIERS
        and q.base_unit not in ("%", "百分点")
        and (q.comparator in ("at_least", "at_most") or _CLASS_BOUND_AFTER_RE.match(after))
        and _QUALIFIED_NOUN_AFTER_RE.match(after)
        and not (q.unit.lstrip("十百千万亿") == "户" and _FIRMS_AFTER_RE.match(after))
        and not _REACHED_BEFORE_RE.search(before)
        # (粮食产量跃上500亿斤台阶: the level the subject reached, named as a mark)
        and not _MILESTONE_RE.match(after)
    ):
        return "a size class qualifying a noun (20户以上自然村, 10万千瓦及以下燃煤机组)"
    if (
        q.unit.endswith("人")
        and after.startswith("口")
        and (q.comparator in ("at_least", "at_most") or _CLASS_BOUND_AFTER_RE.match(after, 1))
        and _QUALIFIED_NOUN_AFTER_RE.match(after, 1)
    ):
        # (200万名以上中小学生 counts people; 人口 after the figure sizes the place that follows)
        return "a population's size class (20万人口以上的县)"
    if (
        q.family == "count"
        and _PLACES_COUNTED_AFTER_RE.match(after)
        # (新培育300个典型镇、2000个典型村和25个典型村片区: the verb heads the list of counts)
        and not _COUNT_CHANGED_BEFORE_RE.search(_LIST_RUN_RE.sub("", before))
        and not _OUTCOME_OF_PLACES_RE.search(after)
        # (推进甲、乙2个城市…示范项目: a count in digits of places all named before it is an
        # item, as of any things so named, round 35's convention)
        and not (re.search(r"[0-9]", q.text) and _NAMED_BEFORE_A_COUNT_RE.search(before))
    ):
        return "a count of the places a text names (三座省会城市, 四个片区)"
    if q.family == "count" and q.unit == "项" and _TASK_LIST_AFTER_RE.match(after):
        return "the size of the government's own list of tasks (150项年度任务清单)"
    if q.unit == "次" and _OWN_ACTS_AFTER_RE.match(after):
        return "how often a leader or the government acted itself (3次亲临考察, 16次调度)"
    if q.unit in ("批", "批次") and _BATCHES_OF_A_COUNT_AFTER_RE.match(after):
        return "the batches a count came in (四批次43个事项), around the count"
    if q.family == "count" and _OWN_CAMPAIGNS_RE.search(before + q.text + after[:8]):
        return "a count of the government's own campaigns or highlights (开展65个专项行动)"
    if _LABEL_AFTER_RE.match(after) or (q.unit == "岁" and _AGE_RANGE_RE.search(q.text)):
        return "a label, a grade or an age range (240小时过境免签, 提升2个等级, 0—6岁)"
    if (
        q.unit == "类"
        and _KINDS_IN_WORDS_RE.fullmatch(q.text)
        and re.match(r"[\u4e00-\u9fff]", after)
        and not re.search(r"[0-9]", after)
    ):
        return "kinds named in words that label a class (四类村庄)"
    if _FIRST_PRODUCT_BEFORE_RE.search(before) and q.family != "count":
        return "the size of the first product of its kind (全球首款9兆瓦时储能系统)"
    if _SIZE_IN_NAME_AFTER_RE.match(after) and q.base_unit in ("千瓦", "千瓦时"):
        return "a facility's size in its name (1000万千瓦光伏大基地, 720兆瓦储能电站)"
    if (
        q.family == "mass"
        and (_PRODUCT_PROJECT_AFTER_RE.match(after) or _LISTED_PROJECTS_AFTER_RE.match(after))
        and not _CAPACITY_REACHED_BEFORE_RE.search(before)
    ):
        return "a plant's size in a project's name (推动60万吨赖氨酸等项目释放产能)"
    if (
        q.family == "count"
        and q.unit == "项"
        and not re.search(r"[0-9]", q.text)
        and _BENEFITS_NAMED_AFTER_RE.match(after)
    ):
        return "a count in words naming a package of benefits (残疾人两项补贴)"
    if q.unit == "人" and not re.search(r"[0-9]", q.text) and after.startswith("转"):
        return "a show's name (二人转)"
    if q.family == "count" and not before.strip() and _FIELD_OF_A_RATE_AFTER_RE.match(after):
        return "the size of a class whose rate or share is given (22条排水沟整治率达100%)"
    if (
        q.family == "count"
        and not re.search(r"[0-9]", q.text)
        and _QUOTED_NAME_AFTER_RE.match(after)
    ):
        return "a count in words in a package's quoted name (八个“行动方案”)"
    if not re.search(r"[0-9]", q.text) and _PROJECT_NAME_AFTER_RE.match(after):
        return "a figure in words in a project's name (百亿斤粮食产能提升工程)"
    if _SUPERLATIVE_BEFORE_RE.search(before) and re.match(r"[\u4e00-\u9fff]", after):
        return "a product's superlative spec (全球最高10米液压支架)"
    if q.unit in ("县", "乡") and not re.search(r"[0-9]", q.text):
        return "a count in words naming a group of counties (北三县), a place's name"
    if _NATURAL_EVENT_AFTER_RE.match(after):
        return "the size of a natural event (2亿立方米山体滑坡), no figure of anyone's work"
    if q.family == "mass" and _DEPOSIT_AFTER_RE.match(after):
        return "the size of a deposit that names it (超40吨金矿)"
    if q.unit == "类" and _KINDS_IN_WORDS_RE.fullmatch(q.text) and _GRADE_BEFORE_RE.search(before):
        return "a grade held or reached (水质稳定保持二类)"
    return None


@dataclass(frozen=True)
class _Found:
    """A figure kept, with the sentence-relative facts needed to build its item."""

    q: Quantity
    kind: str
    period: Period
    indicator: IndicatorMatch | None
    indicator_name: str | None
    indicator_text: str
    quote: _Span
    is_cumulative: bool
    has_marker: bool
    explicit_period: bool
    reached: bool = False  # "提高到65.2%": a level reached, not a growth rate


def _counts_the_quoted_members(sentence: str, q: Quantity) -> bool:
    """Whether a count stands right after a quoted list of as many members (“考核、督查、激励”
    三项机制, “…、…、…、…”四个方法): a formula's name, whatever its noun, no item."""
    head = sentence[: q.start].rstrip()
    if not head.endswith(("”", "」")):
        return False
    opening = max(head.rfind("“"), head.rfind("「"))
    if opening == -1:
        return False
    members = re.split(r"[、，,]|和|与|及", head[opening + 1 : -1])
    return len(members) > 1 and q.value == len(members)


# 守好发展和生态两条底线, 农业、工业和服务业三大领域: short members joined by 和 before a count
_NAMED_MEMBERS_BEFORE_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}、){0,4}[\u4e00-\u9fff]{1,4}(?:和|与|及)[\u4e00-\u9fff]{1,4}$"
)


# 整车制造、关键部件配套、智能网联配套服务三条主线: members listed with 、 alone, then counted
# in words (in figures, 甲、乙、丙3个实验室, the count stays an item: the fixtures count them)
_LISTED_MEMBERS_BEFORE_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}$")


# 连跨5万亿元、6万亿元两个台阶: the marks just listed, counted
_LISTED_FIGURES_BEFORE_RE = re.compile(
    r"(?:[0-9.]+[十百千万亿]*[\u4e00-\u9fff]{0,2}、){1,4}[0-9.]+[十百千万亿]*[\u4e00-\u9fff]{0,2}$"
)


def _counts_the_named_members(sentence: str, q: Quantity) -> bool:
    """Whether a count in words stands right after as many short members joined by 和
    (守好发展和生态两条底线), or as many figures listed (5万亿元、6万亿元两个台阶): the members'
    name or the marks' count, no item."""
    if not q.text or q.text[0] not in "两二三四五六七八九":
        return False
    figures = _LISTED_FIGURES_BEFORE_RE.search(sentence, 0, q.start)
    if figures is not None and q.value == figures.group().count("、") + 1:
        return True
    match = _NAMED_MEMBERS_BEFORE_RE.search(sentence, 0, q.start)
    if match is not None:
        return q.value == len(re.split(r"、|和|与|及", match.group()))
    listed = _LISTED_MEMBERS_BEFORE_RE.search(sentence, 0, q.start)
    return listed is not None and q.value == listed.group().count("、") + 1


def _field_counted_after_comma(sentence: str, q: Quantity) -> bool:
    """Whether a count is the field of parts counted after the next comma in the same unit
    (统计监测的23种工业产品,12种增长,11种下降: 23种 is the field, 12种 and 11种 are items)."""
    unit = re.escape(q.unit)
    field = re.compile(
        rf"{_NO_CHANGE_CHAR}{{0,10}}?[，,]\s*(?:其中|有|共有)?\s*"
        rf"[0-9一二两三四五六七八九十]+\s*{unit}[^，,；;。0-9]{{0,6}}?{_CHANGE_WORDS}"
    )
    return bool(field.match(sentence, q.end))


# A bullet starting a list item (● ■ ▲ ◆ ★ •; a middle dot only after a space or at the
# start, as 一带·一路 is a name): reflow runs a bulleted list into one paragraph.
_BULLET_RE = re.compile(r"[●■▲◆★•▪]|(?:^|(?<=\s))[·・]")


def _clause_of(clauses: list[_Span], position: int) -> _Span:
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return clauses[-1]


def _segment_bounds(sentence: str, clause: _Span, q: Quantity, previous_end: int) -> _Span:
    """The 、-separated part of the clause holding the figure, cut after the figure before,
    and within its own bullet (●粮食产量500亿斤以上 ●单位地区生产总值能耗…: the next bullet's
    name is not the figure's)."""
    start = max(clause.start, previous_end)
    cut = sentence.rfind("、", start, q.start)
    if cut != -1:
        start = cut + 1
    bullets = [m.end() for m in _BULLET_RE.finditer(sentence, start, q.start)]
    if bullets:
        start = bullets[-1]
    end = clause.end
    stop = sentence.find("、", q.end, clause.end)
    if stop != -1:
        end = stop
    bullet = _BULLET_RE.search(sentence, q.end, end)
    if bullet is not None:
        end = bullet.start()
    return _Span(start, end)


def _run_start(sentence: str, clause: _Span, q: Quantity) -> str:
    """The head of the 、-list the figure is in: its 新增 applies to every member."""
    first = sentence.find("、", clause.start, clause.end)
    if first == -1 or first > q.start:
        return ""
    return sentence[clause.start : first]


def _from_to(sentence: str, previous: _Found | None, q: Quantity) -> bool:
    """Whether the figure ends a "从…到…" change whose first figure is ``previous``: the two
    measure one thing (城镇化率从60.2%提高到65.2%)."""
    if previous is None or not _FROM_BEFORE_RE.search(sentence[: previous.q.start]):
        return False
    return _FROM_TO_GAP_RE.fullmatch(sentence[previous.q.end : q.start]) is not None


def _find_indicator(
    sentence: str, seg: _Span, q: Quantity, new: bool
) -> tuple[IndicatorMatch | None, str]:
    # An indicator's name stands next to its figure: short windows keep the work bounded.
    after = sentence[q.end : min(seg.end, q.end + 24)]
    before = sentence[max(seg.start, q.start - 40) : q.start]
    if q.family == "count" or q.measure == "level":
        lead = re.match(r"^\s*(?:以上|左右|的)?", after)
        offset = lead.end() if lead else 0
        for match in find_indicators(after, new=new):
            if match.start <= offset + 8:
                return match, match.alias
            break
    matches = find_indicators(before, new=new)
    if (
        matches
        and _INDICATOR_GAP_RE.fullmatch(before[matches[-1].end :])
        and (q.measure == "growth" or not matches[-1].growth_only)  # 经济增长 is a rate
    ):
        return matches[-1], matches[-1].alias
    if q.family == "count":
        # 开放了42个应用场景, 建成5个产业园区: what a count counts is the noun after its
        # classifier; the words before it (开放了) say what was done, not what is measured.
        counted = _COUNTED_NOUN_RE.match(after)
        if counted:
            return None, counted["noun"]
    text = re.sub(r"\s", "", before)[-20:] or re.sub(r"\s", "", after)[:20]
    return None, text


@dataclass(frozen=True)
class _Respective:
    """A figure in a 分别 list (A、B分别增长5%、6%): the i-th figure after 分别 is the i-th
    member named before it; a member the table does not know names no indicator."""

    at: int  # where 分别 stands in the sentence
    index: int  # the figure's place among the figures after 分别
    member: IndicatorMatch | None
    words: str  # the member's own words (财政总收入), what it measures when no table knows it
    first: Quantity  # the first figure after 分别 (its verb is every figure's)
    listed: bool  # a later figure right after the one before (6.3%、8.3%; 8%左右和8.5%左右)
    alone: bool = False  # the only figure after 分别 in its clause (A和B分别突破1万亿元)


_RESPECTIVELY = "分别"


def _same_count_in_two_units(sentence: str, previous: _Found, q: Quantity) -> bool:
    """Whether a figure follows the one before with nothing between, in another unit of a
    count (16.6万户70.5万人: households, then the people in them)."""
    return (
        previous.kind == EVIDENCE
        and previous.q.end <= q.start
        and not sentence[previous.q.end : q.start].strip()
        and previous.q.family == q.family == "count"
        and previous.q.unit != q.unit
    )


# 10家企业进入“中国隐形独角兽500强”, 7个县市入选全国综合实力百强, 85个学科进入ESI世界学科
# 排名前1%: members of a ranking list, or of its top band
_RANKING_LIST_AFTER_RE = re.compile(
    r"[^，,；;。0-9]{0,8}?(?:进入|入选|入围|跻身|上榜)[^，,；;。]{0,20}?"
    r"(?:[0-9百千]+强|榜单?|排名前|前\s*[0-9])"
)
_REACH_OPENING_RE = re.compile(r"[^，,；;。0-9]{0,8}?(?:辐射|通达|联通|通联|连通)")
# 12种产品产能全国第一, 油茶等9种农产品产量居全国第1位: the things counted hold a rank, as they
# stand at the review's end (9个…中心开诊运营、居全国第2位 ranks the count itself, after 、)
_RANK_HELD_AFTER_A_COUNT_RE = re.compile(
    r"[^，,；;。、0-9]{0,16}?(?:全国|全省|全区|全市|全球|世界)"
    r"(?:第\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*位?|首位)"
)
# 稳居全国第1位, 保持全国第一: a rank kept, throughout a review's years
_RANK_KEPT_BEFORE_RE = re.compile(r"(?:稳居|保持)[^，,；;。0-9]{0,8}$")
# 新增…26个，累计达到46个: the total the additions before it reached, in the next clause
_TOTAL_REACHED_AFTER_ADDITIONS_RE = re.compile(
    r"\s*[，,]\s*(?:累计|累积|总数|总量)\s*(?:达到|达)\s*"
)


def _total_after_its_additions(sentence: str, previous: _Found, q: Quantity) -> bool:
    """Whether a total reached (累计达到46个) follows, in the next clause, the additions of the
    same unit over a review's years (新增百亿县区26个)."""
    between = sentence[previous.q.end : q.start]
    return (
        previous.kind == EVIDENCE
        and _is_review(previous.period)
        and previous.q.unit == q.unit
        and _NEW_RE.search(sentence, max(0, previous.q.start - 12), previous.q.start) is not None
        and _TOTAL_REACHED_AFTER_ADDITIONS_RE.fullmatch(between) is not None
    )


# 较“十三五”末的9323.1亿元, 比2020年末的120家: the figure of the period compared with
_BASE_FIGURE_BEFORE_RE = re.compile(r"\s*[”\"]?\s*(?:时期|期间)?\s*的\s*$")


def _base_of_comparison(sentence: str, q: Quantity, bases: list[Period]) -> Period | None:
    """The year of the base a change is measured from, when the base's figure is written
    (较“十三五”末的9323.1亿元增加4374.4亿元: 9323.1亿元 is 2020's), else None."""
    for period in bases:
        if (
            period.end <= q.start
            and period.period_end is not None
            and _BASE_FIGURE_BEFORE_RE.fullmatch(sentence, period.end, q.start)
        ):
            return _whole_year(period.period_end.year)
    return None


def _growths_shared_in_lists(
    sentence: str, clauses: list[_Span], quantities: list[Quantity]
) -> list[Quantity]:
    """分别增长6.3%、8.3%, 分别下降36.7%、38.8%: every figure of the list is a growth rate (and
    fell with the first), before anything is dated by what it measures (in a review a bare
    level is the last year's, a growth the years')."""
    out = list(quantities)
    for i, q in enumerate(out):
        clause = _clause_of(clauses, q.start)
        at = sentence.rfind(_RESPECTIVELY, clause.start, q.start)
        if q.measure != "level" or at == -1 or i == 0:
            continue
        before = out[i - 1]
        first = next(o for o in out if o.start > at)
        if (
            first.start < q.start
            and first.measure == "growth"
            and q.base_unit == first.base_unit
            and _LIST_GAP_RE.fullmatch(sentence[before.end : q.start]) is not None
        ):
            out[i] = replace(q, measure="growth", decrease=first.decrease)
    return out
_MEMBER_SEP_RE = re.compile(r"以及|[、和与及]")
# 城乡居民人均可支配收入分别增长5%、6.5%: the towns' and the countryside's.
_TOWN_AND_COUNTRY = ("城乡", ("城镇", "农村"))
# Between two figures of one 分别 list (6.3%、8.3%; 8%左右和8.5%左右).
_LIST_GAP_RE = re.compile(r"\s*(?:左右|以上|以内|上下)?\s*(?:、|和|与|及|以及)\s*")


def _respective(
    sentence: str, clause: _Span, q: Quantity, quantities: list[Quantity], new: bool
) -> _Respective | None:
    """The 分别 list the figure is in, when its clause names two members or more before
    分别 (城镇和农村居民人均可支配收入分别增长6.3%、8.3%), else None."""
    at = sentence.rfind(_RESPECTIVELY, clause.start, q.start)
    if at == -1:
        return None
    head_start = max(
        [clause.start] + [o.end for o in quantities if clause.start <= o.start and o.end <= at]
    )
    members = _members(sentence, head_start, at, new)
    if len(members) < 2:
        members = _members_before_a_list(sentence, clause, at, quantities, new)
    if len(members) < 2:
        return None
    after = [o for o in quantities if at < o.start and o.end <= clause.end]
    index = sum(1 for o in after if o.start < q.start)
    member = members[index][1] if index < len(members) else None
    words = _MEMBER_WORDS_LEAD_RE.sub("", members[index][0].strip()) if index < len(members) else ""
    listed = (
        index > 0 and _LIST_GAP_RE.fullmatch(sentence[after[index - 1].end : q.start]) is not None
    )
    return _Respective(
        at=at, index=index, member=member, words=words, first=after[0], listed=listed,
        alone=len(after) == 1,
    )  # fmt: skip


# What stands before a member's name and is no part of it (全年, 完成, 实现…).
_MEMBER_WORDS_LEAD_RE = re.compile(
    r"^(?:全年|今年|去年|其中|完成|实现|力争|确保|争取|预计|[，,、\s])+"
)
# Between a list of figures and the 分别 after it (达到23292元和7750元、分别增长8.8%和10%).
_BEFORE_RESPECTIVELY_RE = re.compile(r"[\s、，,]*")


def _members_before_a_list(
    sentence: str, clause: _Span, at: int, quantities: list[Quantity], new: bool
) -> list[tuple[str, IndicatorMatch | None]]:
    """The members of a 分别 that follows a list of their figures (城乡居民收入达到23292元和
    7750元、分别增长8.8%和10%: 城镇 and 农村, named before the first list): as many members as
    figures in that list, else none."""
    listed = [o for o in quantities if clause.start <= o.start and o.end <= at]
    if len(listed) < 2 or not _BEFORE_RESPECTIVELY_RE.fullmatch(sentence[listed[-1].end : at]):
        return []
    if any(
        not _LIST_GAP_RE.fullmatch(sentence[a.end : b.start])
        for a, b in zip(listed, listed[1:], strict=False)
    ):
        return []
    members = _members(sentence, clause.start, listed[0].start, new)
    return members if len(members) == len(listed) else []


def _members(
    sentence: str, start: int, end: int, new: bool
) -> list[tuple[str, IndicatorMatch | None]]:
    """The members named in ``sentence[start:end]`` (A、B和C), each with the indicator it names.
    A member cut short by the one after it names that one's indicator with its own head
    (城镇和农村居民人均可支配收入: 城镇居民人均可支配收入), and 城乡X is 城镇X and 农村X."""
    text = sentence[start:end]
    parts: list[tuple[int, str]] = []
    pos = 0
    for sep in _MEMBER_SEP_RE.finditer(text):
        parts.append((pos, text[pos : sep.start()]))
        pos = sep.end()
    parts.append((pos, text[pos:]))
    parts = [(offset, part) for offset, part in parts if part.strip()]
    if len(parts) == 1:
        return _town_and_country(parts[0][1], start + parts[0][0], new)
    members: list[tuple[str, IndicatorMatch | None]] = []
    found = [find_indicators(part, new=new) for _, part in parts]
    for i, (offset, part) in enumerate(parts):
        match = found[i][-1] if found[i] else None
        # 单位国内生产总值能源消耗 is no 地区生产总值: a member's indicator ends its name.
        if match is not None and not _INDICATOR_GAP_RE.fullmatch(part[match.end :]):
            match = None
            found[i] = []
        if match is None:
            later = next((m[0] for m in found[i + 1 :] if m), None)
            match = _completed(part.strip(), later, new)
        if match is not None:
            match = replace(match, start=start + offset, end=start + offset + len(part))
        members.append((part, match))
    return members


def _completed(head: str, later: IndicatorMatch | None, new: bool) -> IndicatorMatch | None:
    """The indicator a member cut short names: its last words put in place of the head of the
    next member's name (城镇 + 农村居民人均可支配收入 → 城镇居民人均可支配收入), when that is a
    whole name of the table and another indicator than the next member's."""
    if later is None:
        return None
    for n in (2, 3, 4):
        if len(head) < n:
            break
        for k in range(1, min(5, len(later.alias))):
            candidate = head[-n:] + later.alias[k:]
            matches = find_indicators(candidate, new=new)
            if (
                len(matches) == 1
                and matches[0].start == 0
                and matches[0].end == len(candidate)
                and matches[0].name != later.name
            ):
                return matches[0]
    return None


def _town_and_country(part: str, start: int, new: bool) -> list[tuple[str, IndicatorMatch | None]]:
    """城乡X (城乡居民人均可支配收入) as the two members 城镇X and 农村X, when the table names
    both; otherwise the part alone."""
    word, heads = _TOWN_AND_COUNTRY
    at = part.find(word)
    if at != -1:
        rest = part[at + len(word) :]
        named = [find_indicators(head + rest, new=new) for head in heads]
        if all(m and m[0].start == 0 for m in named) and named[0][0].name != named[1][0].name:
            return [(part, replace(m[0], start=start + at, end=start + len(part))) for m in named]
    return [(part, None)]


# A clause about the same thing as the one before it (…地区生产总值实现正增长,2023年预期目标增长
# 9.5%左右): only years, words of aim and verbs stand before its figure, and one names an aim.
_SAME_THING_RE = re.compile(
    r"(?:\s|[0-9]{4}年|[今明本全]年|年内|主要|预期|发展|目标|预计|力争|争取|确保|计划|要|将|是|为"
    r"|实现|达到|达|增长|增速|增幅|提高|提升|控制在|保持在|左右)*"
)
_AIM_RE = re.compile(r"目标|力争|争取|确保|计划")


def _indicator_of_clause_before(
    sentence: str, clauses: list[_Span], clause: _Span, q: Quantity, new: bool
) -> IndicatorMatch | None:
    """The indicator of the clause before, for a figure whose own clause names none and is
    about the same thing (words of aim only: 目标, 预期目标, 力争 …); a figure of another
    thing (货物贸易增长15.3%) takes nothing."""
    before = sentence[clause.start : q.start]
    if not _AIM_RE.search(before) or not _SAME_THING_RE.fullmatch(before):
        return None
    index = clauses.index(clause) if clause in clauses else -1
    if index <= 0:
        return None
    previous = clauses[index - 1]
    matches = find_indicators(sentence[previous.start : previous.end], new=new)
    if not matches:
        return None
    match = matches[-1]
    if q.measure != "growth" and (match.growth_only or match.definition.unit_family != q.family):
        return None  # a level in yuan is no rate's, a share no amount's
    return replace(match, start=previous.start + match.start, end=previous.start + match.end)


def _resolve_period(
    *,
    sentence: str,
    clause: _Span,
    q: Quantity,
    periods: list[Period],
    carried: Period | None,
    kind: str,
    context: _Context,
    events: frozenset[int] = frozenset(),
    year_reviewed: Period | None = None,
) -> tuple[Period, bool]:
    """The period the figure concerns and whether the text gave it. ``events`` are the
    starts of the periods that date an event and hold only in their own clause;
    ``year_reviewed`` is the one year a review section opened with (一年来, 过去一年)."""
    own = [p for p in periods if clause.start <= p.start < clause.end and p.end <= q.start + 1]
    if own:
        # 从2021年的A和B分别提高到C和D: the year named for the 从 side dates A and B only; C
        # and D are dated as if no year were named (a review's last year, the year reported).
        own = [p for p in own if not _dates_the_from_side(sentence, p, q)]
        if not own:
            own = [None]
    if not own:
        stop = sentence.find("、", q.end, clause.end)
        stop = clause.end if stop == -1 else stop
        own = [p for p in periods if q.end <= p.start < stop]
    clause_text = sentence[clause.start : q.start]
    own = [p for p in own if p is not None]
    if own:
        return own[-1], True
    if q.measure == "rank" and _IN_AN_EVALUATION_RE.search(clause_text):
        # 在2021年度全国…考评中位列第13位,在全省…考评中位列第3位: the year that names the
        # first evaluation names the parallel one too, not the text's year.
        evaluations = [
            p for p in periods
            if p.start in events and p.end <= clause.start
            and _FIELD_AFTER_RE.match(sentence[p.end :])
        ]  # fmt: skip
        if evaluations:
            return evaluations[-1], True
    earlier = [p for p in periods if p.end <= clause.start and p.start not in events]
    if _REVIEW_TOTAL_RE.search(clause_text):
        # 这五年…累计超1.6万亿元: a total over the review, not as of the article's date.
        # (Only when the review is the latest period named: 2019年…累计 is as of now.)
        latest = [p for p in [carried, *earlier] if p is not None]
        if latest and _is_review(latest[-1]):
            return latest[-1], True
    if _REVIEW_TOTAL_RE.search(clause_text) and not _NOW_RE.search(clause_text):
        # 1-4月,…累计实现产值增长93.7%: a total over the release's months, not to its date.
        latest = [p for p in [carried, *earlier] if p is not None]
        if latest and _is_month_range(latest[-1]):
            return latest[-1], True
        # 一年来,…累计完成改造33万亩、节水50.7万亩: a total over the year the paragraph
        # reviews, as 五年来…累计 is over the five.
        if latest and _is_one_year_review(latest[-1]):
            return latest[-1], True
        # 一、2022年工作回顾 / 一年来,… / (一)…全年落实…。…累计投放贷款693.9亿元: a review
        # section that opened on one year (一年来) totals that year in its later paragraphs
        # too, where no other period stands between (its 全年, its heading's year are that
        # year).
        if latest and year_reviewed is not None and _same_span(latest[-1], year_reviewed):
            return latest[-1], True
        # 2024年,…累计引进项目559个 in a report's review of 2024: a total among a past year's
        # results belongs to that year (the stock it reached, or the flow it made), as every
        # other figure of those results does, not to an open start and the report's day
        # (convention round 32a).
        if latest and _is_past_whole_year(latest[-1], context):
            return latest[-1], True
    if (
        context.reviewed is not None
        and _REVIEW_TOTAL_RE.search(clause_text)
        and not _NOW_RE.search(clause_text)
    ):
        # Among the tasks of the year after the one a report reviews, 累计引进和培育150家以上…
        # 企业 is a target for that year (the total it is to reach), not a running total to the
        # report's day.
        latest = [p for p in [carried, *earlier] if p is not None]
        if (
            latest
            and latest[-1].granularity == "year"
            and latest[-1].period_start is not None
            and latest[-1].period_start.year > context.reviewed
        ):
            return latest[-1], True
    if _AS_OF_RE.search(clause_text):
        bounded = [p for p in earlier if p.granularity in _AS_OF_GRANULARITIES]
        if bounded:
            return bounded[-1], True
        return context.as_of(), False
    if earlier:
        return earlier[-1], True
    if carried is not None:
        return carried, True
    return (context.year() if kind == COMMITMENT else context.as_of()), False


# 从2021年的46503元…提高到58794元: a year right after 从/由 names the first figures' year
_FROM_YEAR_BEFORE_RE = re.compile(r"(?:从|由)\s*$")
# The verbs of a change of level (提高到, 降至); 增至/降到 are changes too, after their figure's 从
_CHANGE_VERBS = "提高|增加|增长|上升|下降|降低|减少|扩大|缩小|提升|跃升"
_CHANGE_TO = rf"(?:{_CHANGE_VERBS}|增|降)(?:到|至)"
_TO_OF_A_CHANGE_RE = re.compile(_CHANGE_TO)


def _dates_the_from_side(sentence: str, period: Period, q: Quantity) -> bool:
    """Whether ``period`` is the year of a change's first figures (从2021年的A提高到B) and
    ``q`` stands past the change's 到, on its second side."""
    return _names_the_from_side(sentence, period) and (
        _TO_OF_A_CHANGE_RE.search(sentence, period.end, q.start) is not None
    )


# 2020年到2025年，…比重从17.9%提升到35.5%: two years joined by 到/至 before a change name its
# end points, the first the 从 side's year
_END_POINT_YEARS_RE = re.compile(
    r"^(?P<a>(?:19|20)\d{2})\s*年\s*(?:到|至)\s*(?P<b>(?:19|20)\d{2})\s*年$"
)
_CHANGE_FROM_TO_RE = re.compile(rf"(?:从|由)[^，,；;。]{{0,40}}?(?:{_CHANGE_VERBS})(?:到|至)")
# 省国资委监管企业“十四五”时期利润总额为“十三五”时期的2.2倍: the plan after 为 is the base
_MULTIPLE_OF_BASE_BEFORE_RE = re.compile(r"(?:为|是)\s*[“\"]?\s*$")
_MULTIPLE_OF_BASE_AFTER_RE = re.compile(r"\s*[”\"]?\s*(?:时期|期间|末)?\s*的\s*[0-9.]+\s*倍")
# 从2020年的9.6年提升至2025年的10.2年: the year after a change's 到/至 dates its figure only
_TO_YEAR_BEFORE_RE = re.compile(_CHANGE_TO + r"\s*$")


_MULTIPLE_OF_A_PLAN_BEFORE_RE = re.compile(
    r"(?:为|是)\s*[“\"]?[^，,；;。]{0,8}?[”\"]?\s*(?:时期|期间)的\s*$"
)
# 每年城镇新增就业60万人以上: a sentence of a review that says "every year" keeps its years
_EVERY_YEAR_RE = re.compile(r"每年")


def _range_of_a_change(sentence: str, period: Period) -> Period:
    """2020年到2025年，…从17.9%提升到35.5%: a range of years written as its two end years,
    framing a change from one to the other, is the years after the first (2021–2025): the 从
    figures are the first year's, the flows over the years after it, as in a five-year review
    (过去五年 in a report of 2026 is 2021–2025, the 从 side 2020)."""
    match = _END_POINT_YEARS_RE.match(period.text.strip())
    if (
        match is None
        or period.period_start is None
        or _CHANGE_FROM_TO_RE.search(sentence, period.end) is None
    ):
        return period
    first, last = int(match.group("a")), int(match.group("b"))
    if last - first < 2:
        return period
    return replace(period, period_start=date(first + 1, 1, 1))


def _multiple_of_a_base(sentence: str, period: Period) -> bool:
    """Whether a period names the base a figure is a multiple of (利润总额为“十三五”时期的2.2倍):
    the figure is the period named before it, and the base dates nothing."""
    return bool(
        _MULTIPLE_OF_BASE_BEFORE_RE.search(sentence[: period.start])
        and _MULTIPLE_OF_BASE_AFTER_RE.match(sentence, period.end)
    )


def _names_a_side_of_a_change(sentence: str, period: Period) -> bool:
    """Whether a year names one side of a change (从2020年的41.6%提升至2025年的52%以上): it dates
    that side's figures in its own clause only; the clauses after it (…，9所…改革全面完成) keep
    the review's years."""
    if period.granularity != "year" or _EXPLICIT_YEAR_RE.search(period.text) is None:
        return False
    if not sentence.startswith("的", period.end):
        return False
    before = sentence[: period.start]
    return bool(_FROM_YEAR_BEFORE_RE.search(before) or _TO_YEAR_BEFORE_RE.search(before))


def _names_the_from_side(sentence: str, period: Period) -> bool:
    """Whether ``period`` (a year, a half or a quarter) is named right after a change's 从:
    年末…从上半年5.5%降到5.3% dates 5.5% alone, and passes nothing on to the next sentence."""
    return (
        period.granularity in ("year", "half", "quarter")
        and _FROM_YEAR_BEFORE_RE.search(sentence, 0, period.start) is not None
        and _TO_OF_A_CHANGE_RE.search(sentence, period.end) is not None
    )


def _same_span(period: Period, other: Period) -> bool:
    return (period.period_start, period.period_end) == (other.period_start, other.period_end)


def _is_one_year_review(period: Period) -> bool:
    """Whether ``period`` is a review of the year before the text's (一年来, 过去一年)."""
    return (
        period.granularity == "year"
        and period.period_start is not None
        and _REVIEW_RE.fullmatch(period.text) is not None
    )


def _is_past_whole_year(period: Period, context: _Context) -> bool:
    """Whether ``period`` is one whole calendar year over before the text was written (the
    year a report reviews, or one before the text's own year)."""
    start, end = period.period_start, period.period_end
    if (
        period.granularity != "year" or start is None or end is None
        or (start.month, start.day, end.month, end.day) != (1, 1, 12, 31)
        or start.year != end.year
    ):  # fmt: skip
        return False
    if context.reviewed is not None:
        return start.year <= context.reviewed
    return context.known and context.reference is not None and end < context.reference


def _is_review(period: Period | None) -> bool:
    return (
        period is not None
        and period.granularity in _REVIEW_GRANULARITIES
        and period.cumulative
        and period.period_start is not None
    )


# 较2023年末净增11152户, 比上年末增加12家: a change counted from the end of a year before
_CHANGE_SINCE_YEAR_END_RE = re.compile(
    r"(?:较|比)\s*(?:(?P<y>(?:19|20)\d{2})\s*年|(?P<prev>上年|去年))\s*(?:末|底)"
    r"\s*(?:净增加?|新增|增加|增长|减少|净减少?)\s*$"
)
# 市场主体存量为36581户, 贷款余额3978亿元: a stock, held on a day
_STOCK_HELD_RE = re.compile(r"存量|余额|保有量|在册|在库")


def _estimate_of_the_review(period: Period, context: _Context) -> bool:
    """An estimate (预计) of the year a text reviews is that year's outcome, also where the
    year is not over yet: a report heard in November gives the year's estimates as its
    results (2013年全区生产总值预计超过8000亿元)."""
    return (
        context.reviewed is not None
        and period.period_end is not None
        and period.period_end.year <= context.reviewed
        and period.granularity not in _AS_OF_GRANULARITIES
    )


# 较2009年增长1.1倍, 比2020年翻一番: a change measured from a named year before
_SINCE_BASE_YEAR_RE = re.compile(
    r"(?:较|比)\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?:增长|增加|提高|下降|降低|减少|翻)\D{0,4}$"
)


def _since_a_base_year(sentence: str, clause: _Span, q: Quantity, period: Period) -> Period:
    """A change measured from a named earlier year (较2009年增长1.1倍, reported for 2013) runs
    over the years after it, 2010–2013, not the last year alone."""
    if period.period_start is None or period.period_end is None:
        return period
    found = _SINCE_BASE_YEAR_RE.search(sentence[clause.start : q.start])
    if found is None:
        return period
    base = int(found["y"])
    if not base < period.period_start.year <= period.period_end.year:
        return period
    return replace(period, period_start=date(base + 1, 1, 1), cumulative=True)


def _as_of_stock_or_change(sentence: str, clause: _Span, q: Quantity, period: Period) -> Period:
    """截至9月 with no start: a stock held then (存量为36581户) is a figure of that day; a
    change since a year's end (较2023年末净增11152户) runs from the day after it."""
    end = period.period_end
    if period.granularity != "as_of" or period.period_start is not None or end is None:
        return period
    before = sentence[clause.start : q.start]
    change = _CHANGE_SINCE_YEAR_END_RE.search(before)
    if change is not None and q.measure == "level":
        year = int(change["y"]) if change["y"] else end.year - 1
        if year >= end.year:
            return period
        return replace(period, period_start=date(year + 1, 1, 1), cumulative=False)
    if change is None and _STOCK_HELD_RE.search(before) and not _FLOW_RE.search(before):
        return replace(period, period_start=end, cumulative=False)
    return period


def _end_points(sentence: str, clause: _Span, q: Quantity, period: Period) -> Period:
    """Over several years, "从A提高到B" gives A for the year before and B for the last year;
    a level reached in a review (达1.19万美元, 突破11万亿元, 总量接近800万户) is the last
    year's, a flow (五年增量超1.36万亿元, 年均增长5.9%) the whole review's."""
    start, end = period.period_start, period.period_end
    if start is None or end is None:
        return period
    before = sentence[clause.start : q.start]
    years_held = _years_held_before(before, q)
    if end.year == start.year:
        if period.granularity == "year" and years_held is not None:
            # 2030年…连续12年居全省首位: a rank (or level) held in each of the years it names
            # is a figure of those years, ending with the one reported (as in a review)
            return replace(
                period, period_start=date(end.year - years_held + 1, 1, 1), cumulative=False,
                granularity="years",
            )  # fmt: skip
        if (
            period.granularity == "year"
            and _MERGED_BEFORE_RE.search(before)
            and _MERGED_AFTER_RE.match(sentence, q.end)
        ):
            # 将8个公司运营的16支基金整合为2支基金: what was merged is the year before's state,
            # what it became the year's
            year = start.year - 1
            return replace(
                period, period_start=date(year, 1, 1), period_end=date(year, 12, 31),
                deadline=date(year, 12, 31), cumulative=False,
            )  # fmt: skip
        if (
            period.granularity == "year"
            and _FROM_BEFORE_RE.search(before)
            and _FROM_TO_AFTER_RE.match(sentence, q.end)
        ):
            # 由上年729万人增加到732万人, 由平均2900元下降到1000元: the first figure of a change
            # reported for one year is the year before's.
            year = start.year - 1
            return replace(
                period, period_start=date(year, 1, 1), period_end=date(year, 12, 31),
                deadline=date(year, 12, 31), cumulative=False,
            )  # fmt: skip
        return period
    prefix = re.match(r"[^0-9一二两三四五六七八九十百千万亿]*", q.text).group()
    if q.text.startswith(("突破", "超过")):
        before += q.text[:2]
    head = _LIST_RUN_RE.sub("", before)
    # (the last member of a list; 二、三级子公司 is one name, its grades listed)
    segment = head[max((m.end() for m in re.finditer("、", head)
                        if not _GRADES_LISTED_RE.match(head, m.start() - 1)), default=0):]
    if _is_review(period) and years_held is not None:
        return replace(period, period_start=date(end.year - years_held + 1, 1, 1), cumulative=False)
    if _is_review(period) and q.measure == "growth":
        # 财政收入达到1350亿元，3年增长58.6%: a growth over the last N years the review names
        # (fewer than its own), dated over those N
        span = _GROWTH_OVER_YEARS_RE.search(before)
        years = _years_held(span.group("n")) if span else None
        if years is not None and 1 < years < end.year - start.year + 1:
            return replace(period, period_start=date(end.year - years + 1, 1, 1))
    if (
        _FROM_BEFORE_RE.search(before)
        or (
            # 从46503元和16935元分别提高到…: the second first figure is the year before's too
            _FROM_MEMBER_BEFORE_RE.search(before)
            and _TO_OF_A_CHANGE_RE.search(sentence, q.end, clause.end) is not None
        )
        or (
            # 加工量从全国第11位跃升至第4位: the first rank of a move is the year before's
            q.measure == "rank" and _RANK_FROM_BEFORE_RE.search(before)
        )
    ):
        year = start.year - 1
    elif _is_review(period) and (
        # 利润总额为“十三五”时期的2.2倍: a multiple of the plan before's total is the review's
        _MULTIPLE_OF_A_PLAN_BEFORE_RE.search(before)
        or _opens_on_the_reviews_years(sentence, clause.start, period)
        or (
            q.measure in ("rank", "share")
            and _ranks_a_total_over_the_review(sentence, clause, q, period)
        )
        # 每年城镇新增就业60万人以上…，去向落实率达80%以上: what was kept every year of it
        or (
            _EVERY_YEAR_RE.search(sentence, 0, q.start)
            # (每年实施20项重点民生实事，财政民生支出突破万亿元: a mark passed in another clause
            # is the last year's)
            and not (
                _MARK_PASSED_RE.match(q.text)
                and not _EVERY_YEAR_RE.search(sentence, clause.start, q.start)
            )
        )
    ):
        return period
    elif _is_review(period) and _CHANGED_TO_BEFORE_RE.search(before + prefix):
        # 运输货物品类增至1342种: the level a change reached is the last year's, whatever verb
        # of doing opens its clause
        year = end.year
    elif _TO_BEFORE_RE.search(before) and not (
        # 城镇新增就业累计超过41万人: a total of the years, not a level reached
        _is_review(period)
        and (
            _TOTAL_FLOW_RE.search(segment)
            # 留省就业超过66万人: what was done, counted over the years
            or _DOING_LAST_RE.search(_REACHED_LEVEL_RE.sub("", head))
            or _SHARE_OF_A_FLOW_PASSED_RE.search(segment)
        )
    ):
        year = end.year
    elif (
        _is_review(period)
        and (
            # 列全国第9位: a standing, the last year's, and so is 成为全国第11个…省份 (the Nth to
            # reach a status stands so at the review's end; over its years it would say the
            # rank was held in each: convention round 32a); 产量稳居全国第1位 is a standing
            # kept throughout them, unless it ranks the figure of its clause: 年产量突破460万吨、
            # 保持全国第一 is that figure's year)
            (
                q.measure == "rank"
                and not (
                    _RANK_KEPT_BEFORE_RE.search(before + prefix)
                    and not re.search(r"[0-9]", before)
                )
                # (新建体育公园目标完成率全国第一: the rank of a rate of work done over the years)
                and not re.search(_RATES_OF_WORK_DONE, segment)
            )
            or (
                _REACHED_LEVEL_RE.search(head + prefix)
                # (近300万农村人口实现脱贫: 近 before a clause's noun is about, not reached)
                and bool(head.strip())
                # (服务业对经济增长贡献率提升至59.1%: a level a change reached, whatever words of
                # growth name it)
                and (not _FLOW_RE.search(segment) or _TO_YEAR_BEFORE_RE.search(head + prefix))
                # 开工项目超1万个, 完成投资近1万亿元: what was done, counted over the years
                and not _DOING_OPENING_RE.match(segment)
                # (超过, 突破 are in head already: 留省就业超过66万人 names its verb before them)
                and not _DOING_LAST_RE.search(
                    _REACHED_LEVEL_RE.sub("", head if head.endswith(prefix) else head + prefix)
                )
                and not _TOTAL_OPENING_RE.match(sentence, clause.start)
                # 财政支出近八成投向民生领域: a share of what was spent over the years went there
                and not _SPENT_ON_AFTER_RE.match(sentence, q.end)
                and not _SHARE_OF_A_FLOW_PASSED_RE.search(
                    segment if segment.endswith(prefix) else segment + prefix
                )
                # (运能提升超50%: a change by more than a figure, over the years, no level)
                and not _CHANGED_BY_MORE_BEFORE_RE.search(head + prefix)
            )
            or _bare_level(head, segment, prefix, q, sentence[q.end : clause.end])
            or (
                q.measure in ("level", "share")
                and (
                    (not before.strip() and _PLACES_REACHED_AFTER_RE.match(sentence, q.end))
                    or (
                        _CLASS_OF_THE_COUNTED_RE.fullmatch(before.strip())
                        and _STANDARD_MET_AFTER_RE.match(sentence, q.end)
                    )
                )
            )
            # 覆盖全省93%的建制镇, 98%的县区建成…示范区: the share of places a state reached
            or (q.unit == "%" and _SHARE_OF_PLACES_AFTER_RE.match(sentence, q.end) is not None)
            # 试点覆盖696万名新业态劳动者: those a scheme covers stand at the review's end
            or _COVERS_BEFORE_RE.search(head + prefix) is not None
            # 10家企业进入“…500强”, 7个县市入选全国综合实力百强: a standing in the latest list
            or (q.family == "count" and _RANKING_LIST_AFTER_RE.match(sentence, q.end) is not None)
            # 辐射全国75个城市、164个铁路站点, 通达全球127个国家和地区的584个港口: the places a
            # network reaches, at the review's end
            or (q.family == "count" and _REACH_OPENING_RE.match(sentence, clause.start) is not None)
            or (
                q.family == "count"
                and _RANK_HELD_AFTER_A_COUNT_RE.match(sentence, q.end, clause.end) is not None
            )
        )
    ):
        year = end.year
    else:
        return period
    return replace(
        period, period_start=date(year, 1, 1), period_end=date(year, 12, 31),
        deadline=date(year, 12, 31), granularity="year", cumulative=False,
    )  # fmt: skip


def _opens_on_the_reviews_years(sentence: str, at: int, review: Period) -> bool:
    """Whether a clause opens on the review's years named bare (五年生产原煤65亿吨 in a review of
    five): its figures are over the review."""
    opening = _YEARS_OPENING_RE.match(sentence, at)
    years = _years_held(opening["n"]) if opening else None
    return years is not None and years == review.period_end.year - review.period_start.year + 1


def _counts_over_the_review(sentence: str, at: int, review: Period) -> bool:
    """Whether a clause opens on a total (累计…) or on the review's years named bare."""
    return bool(_TOTAL_OPENING_RE.match(sentence, at)) or _opens_on_the_reviews_years(
        sentence, at, review
    )


def _ranks_a_total_over_the_review(
    sentence: str, clause: _Span, q: Quantity, review: Period
) -> bool:
    """Whether a rank or a share ranks or shares the figure before it, a total over the review
    (累计为29个省份保供煤炭超35亿吨、居全国首位; 累计完成…6688万亩，均居全国首位; 五年生产原煤65
    亿吨，占全国近三成): it is over the review as that total is."""
    head = sentence[clause.start : q.start]
    if re.search(r"[0-9]", head):
        # (the figure in the rank's own clause, before 、居…)
        return _counts_over_the_review(sentence, clause.start, review) and bool(
            _RANK_OR_SHARE_AFTER_A_FIGURE_RE.search(head)
        )
    if q.measure == "rank" and _REVIEW_TOTAL_RE.search(head):
        # (碳排放配额累计成交量稳居全国…首位: the rank of a total its clause names, no figure)
        return True
    if clause.start < 1 or sentence[clause.start - 1] not in "，," or not (
        _RANK_OR_SHARE_OPENING_RE.match(head)
    ):
        return False
    start = max(sentence.rfind(sep, 0, clause.start - 1) for sep in _CLAUSE_SEP) + 1
    return bool(re.search(r"[0-9]", sentence[start : clause.start])) and _counts_over_the_review(
        sentence, start, review
    )


def _bare_level(head: str, segment: str, prefix: str, q: Quantity, after: str) -> bool:
    """Whether a figure in a review follows its indicator's words with no verb between
    (财政总收入7019亿元, 绿色工业园区74个 after 1210家、): a level, not a flow."""
    words = head.strip()
    return (
        q.measure in ("level", "share")
        and not prefix
        and bool(re.search(r"[\u4e00-\u9fff”\"A-Za-z]$", words))
        and not _BARE_FLOW_RE.search(_MEMBER_WITH_ITS_FLOW_RE.sub("", head))
        and _BARE_END_RE.match(after) is not None
        and not _DOING_OPENING_RE.match(words)
        and not _DOING_OPENING_RE.match(segment)
        and not _DOING_LAST_RE.search(words)
        and not _DOING_AFTER_ITS_SUBJECT_RE.search(words)
    )


def _years_held_before(before: str, q: Quantity) -> int | None:
    """The years a level, share or rank is held for, when a run of them (连续N年, N > 1) comes
    right before it: 连续9年稳定在1300亿斤以上, 连续36年居全国首位. None otherwise."""
    if q.measure == "rank":
        held = _RANK_HELD_FOR_YEARS_RE.search(before)
    elif q.measure in ("level", "share"):
        held = _HELD_FOR_YEARS_RE.search(before)
    else:
        return None
    years = _years_held(held.group("n")) if held else None
    return years if years is not None and years > 1 else None


def _years_held(numeral: str) -> int | None:
    if numeral.isdigit():
        return int(numeral)
    if numeral == "十":
        return 10
    if len(numeral) == 1:
        return _CN_RANK.get(numeral)
    if numeral[0] == "十":
        return 10 + _CN_RANK.get(numeral[1], 0)
    return None


def _twelve_months_to(sentence: str, clause: _Span, q: Quantity, period: Period) -> Period:
    """A year-on-year rate of a balance standing on one day (截至10月末…同比增长11.3%) is
    over the twelve months that end on that day; so is any rate of a stock at a month's or
    a year's end (年末常住人口…，比上年下降1.0%: the year's change, as a 全年 rate is)."""
    end = period.period_end
    if q.measure != "growth" or end is None or period.period_start != end:
        return period
    if period.granularity == "as_of":
        if not _YEAR_ON_YEAR_RE.search(sentence[clause.start : q.start]):
            return period
    elif not _is_point(period) or end.day != calendar.monthrange(end.year, end.month)[1]:
        return period  # a date written out, or 年初: no twelve months end on it
    start = date(end.year - 1, end.month + 1, 1) if end.month < 12 else date(end.year, 1, 1)
    if period.granularity == "as_of":
        return replace(period, period_start=start, cumulative=False)
    granularity = "year" if end.month == 12 else "months"
    return replace(period, period_start=start, cumulative=False, granularity=granularity)


def _rate_of_previous_stock(
    q: Quantity, period: Period, explicit: bool, previous: _Found | None
) -> Period:
    """A rate with no period of its own right after a stock standing at a period's end
    (年末…户籍总人口134.9万人，比上年下降1.0%) is that stock's rate: it takes the stock's
    point (and ``_twelve_months_to`` then spans the twelve months to it)."""
    if (
        q.measure != "growth"
        or explicit
        or previous is None
        or previous.kind != EVIDENCE
        or not _is_point(previous.period)
    ):
        return period
    return replace(previous.period, granularity="point")


# 较上年同期(9.2%)加快2.2个百分点: the figure in brackets is the year before's
_SAME_PERIOD_BEFORE_RE = re.compile(r"(?:上年|去年)同期\s*[（(]\s*$")


def _same_period_a_year_before(
    found: list[_Found], carried: Period | None, period: Period
) -> Period:
    """上年同期(9.2%): a figure in brackets after 上年同期 is of the period the sentence
    reports (its last evidence's, 1-3月; else the period carried in), one year earlier, not
    of the whole year before."""
    base = next((f.period for f in reversed(found) if f.kind == EVIDENCE), carried)
    if base is None or base.period_start is None or base.period_end is None:
        return period
    start, end = _a_year_before(base.period_start), _a_year_before(base.period_end)
    return replace(
        base, text=f"上年同期({base.text})", period_start=start, period_end=end, deadline=end,
        relative=False,
    )  # fmt: skip


def _a_year_before(day: date) -> date:
    """The same day a year earlier; a month's last day stays its month's last day."""
    last = calendar.monthrange(day.year, day.month)[1]
    before = calendar.monthrange(day.year - 1, day.month)[1]
    return date(day.year - 1, day.month, before if day.day == last else min(day.day, before))


def _is_point(period: Period) -> bool:
    """A period's end as a single day (年末, 6月末; a 年末 framed by the text's year keeps
    the granularity of its unresolved form), not a date written out (6月9日)."""
    return (
        period.period_end is not None
        and period.period_start == period.period_end
        and period.granularity not in ("day", "as_of", "since")
    )


def _merge_since(period: Period, periods: list[Period]) -> Period:
    """截至2020年5月底 after 自2019年9月20日…以来: the start comes from the 自…以来."""
    if period.granularity != "as_of" or period.period_start is not None:
        return period
    for other in periods:
        if other.granularity == "since" and other.end <= period.start and other.period_start:
            return replace(period, period_start=other.period_start, cumulative=True)
    return period


def _reported_full_year(period: Period, context: _Context) -> Period:
    """A reported 全年 of a year still running is the last complete year."""
    if (
        period.text in _FULL_YEAR_TEXTS
        and period.period_end is not None
        and context.ahead(period.period_end)
    ):
        year = period.period_end.year - 1
        return replace(
            period, period_start=date(year, 1, 1), period_end=date(year, 12, 31),
            deadline=date(year, 12, 31),
        )  # fmt: skip
    return period


def _total_among_next_years_tasks(
    sentence: str, markers: list[tuple[int, str]], q: Quantity, period: Period, context: _Context
) -> bool:
    """Whether the word that made a figure evidence is a 累计 among the tasks of the year after
    the one a report reviews (the period _resolve_period gave it): a total to reach that year."""
    before = [offset for offset, _marker in markers if offset < q.start]
    return (
        bool(before)
        and _REVIEW_TOTAL_RE.match(sentence, before[-1]) is not None
        and context.reviewed is not None
        and period.granularity == "year"
        and period.period_start is not None
        and period.period_start.year > context.reviewed
    )


def _kind(marker: str | None, period: Period | None, context: _Context) -> str:
    if marker == "forward":
        return COMMITMENT
    if marker == "evidence":
        return EVIDENCE
    if (
        period is not None
        and period.period_end is not None
        and period.granularity not in _AS_OF_GRANULARITIES
        and context.ahead(period.period_end)
    ):
        return COMMITMENT
    return EVIDENCE


# --- Sentences ----------------------------------------------------------------------------


def _sentence_items(
    sentence: str,
    *,
    context: _Context,
    carried: Period | None,
    section_year: int | None = None,
    lead_forward: bool = False,
    past_review: bool = False,
    year_reviewed: Period | None = None,
    targets_from: date | None = None,
) -> tuple[list[_Found], list[tuple[_Span, Period]], Period | None]:
    """Figures and deliverables of one sentence, and the period it passes on to the next.

    ``section_year`` is the year a heading set; ``lead_forward`` says that a lead paragraph
    ("主要目标：") announced targets, so figures without a word of their own are targets;
    ``past_review`` that the section reviews a year that is over (争取 there obtained);
    ``year_reviewed`` the one year its review section opened with (一年来); ``targets_from``
    the first day of the period whose targets the lead announced (2018年…主要预期目标是：)."""
    masks = _masked_spans(sentence)
    # With a year alone, the text's own years frame its periods first, exactly as when the
    # date is unknown; the given year resolves only what they leave open (_given_year_fills).
    by_year = context.precision == "year" and context.known
    periods = [p for p in find_periods(sentence, reference=None if by_year else context.reference,
                                       precision="unknown" if by_year else context.precision)
               # (a quoted plan that set what follows, “十二五”确定的9项指标, frames it)
               if not _inside(masks, p.start, p.end)
               or (p.granularity == "plan" and _SET_WHEN_AFTER_RE.match(sentence, p.end))
               ]  # fmt: skip
    bases = [p for p in periods if _COMPARED_BEFORE_RE.search(sentence[: p.start])]
    periods = [
        p
        for p in periods
        if not _COMPARED_BEFORE_RE.search(sentence[: p.start])
        and not _multiple_of_a_base(sentence, p)
        and not sentence.startswith(_VISION_AFTER, p.end)
        and not _CONSIDERED_BEFORE_RE.search(sentence[: p.start])
        and not _LIST_NAMED_AFTER_RE.match(sentence, p.end)
        # (粮食总产量创2006年以来新高: the span a record is set against dates no figure)
        and not (p.granularity == "since" and _RECORD_AFTER_RE.match(sentence, p.end))
    ]
    # "6月当月": 当月 repeats the month before it.
    periods = [
        p for p in periods
        if not (p.text == "当月" and any(o.end == p.start and o.granularity == "month"
                                          for o in periods))
    ]  # fmt: skip
    periods = _in_year_of_sentence(
        sentence, _since_periods(sentence, periods, context), section_year
    )
    if by_year:
        periods = _since_periods(sentence, _given_year_fills(sentence, periods, context), context)
    periods = sorted(
        [
            *periods,
            *_pseudo_periods(sentence, 0, context),
            # (资本市场融资增长41.3%、创十年来新高: the years a record is set against open no
            # review of the paragraphs after it)
            *(
                p
                for p in _review_periods(sentence, context)
                if not _RECORD_AFTER_RE.match(sentence, p.end)
            ),
        ],
        key=lambda p: p.start,
    )
    periods = [_range_of_a_change(sentence, p) for p in periods]
    events = frozenset(
        p.start
        for p in periods
        if _is_event(sentence, p)
        or _names_a_plan(sentence, p)
        or _base_of_change(sentence, p)
        or _names_a_side_of_a_change(sentence, p)
    )
    # "其中5月份增长14.9%" names a part of the sentence's period: the sentences after it
    # go on with the whole (1-5月), not with the part.
    passing = [
        p for p in periods
        if p.start not in events and not _PART_OF_BEFORE_RE.search(sentence[: p.start])
        and not _names_a_campaign(sentence, p)
        and not _year_inside_the_review(sentence, p, carried)
        and not _one_of_years_shared_out(sentence, p)
        and not _deadline_of_its_own_goal(p, carried)
        and not _aim_beyond_the_plan(sentence, p, carried, periods)
        and not (p.granularity != "year" and _names_the_from_side(sentence, p))
        # (年末失业率…降到5.3%。…惠及154万户家庭: the year's end dates its own level only, in a
        # sentence that names the year's part before it)
        and not (p.granularity == "point" and any(
            o.granularity in ("half", "quarter") and o.start > p.start for o in periods))
    ]  # fmt: skip
    next_carried = passing[-1] if passing else carried
    quantities = (
        _units_completed(
            sentence, _ranks_in_lists(sentence, _extra_ranks(sentence, find_quantities(sentence)))
        )
        if _HAS_FIGURE_RE.search(sentence)
        else []
    )
    clauses = _split(sentence, 0, len(sentence), _CLAUSE_SEP, masks) or [_Span(0, len(sentence))]
    if not quantities and not any(p.deadline for p in periods):
        return [], [], next_carried
    quantities = _growths_shared_in_lists(sentence, clauses, quantities)
    markers = _markers(sentence, masks, past_review=past_review)
    found: list[_Found] = []
    previous_end = 0
    previous: _Found | None = None
    for q in quantities:
        clause = _clause_of(clauses, q.start)
        if _skip_reason(sentence, q, clause, masks, past_review=past_review):
            continue
        marker = _last_marker(markers, q.start)
        own = [p for p in periods if clause.start <= p.start < clause.end and p.end <= q.start]
        provisional = own[-1] if own else (carried if not periods else periods[-1])
        kind = _kind(marker or ("forward" if lead_forward else None), provisional, context)
        period, explicit = _resolve_period(
            sentence=sentence, clause=clause, q=q, periods=periods, carried=carried,
            kind=kind, context=context, events=events, year_reviewed=year_reviewed,
        )  # fmt: skip
        if marker == "estimate" or (marker is None and not lead_forward):
            kind = _kind(None, period, context)
        base = _base_of_comparison(sentence, q, bases)
        if base is not None:
            # 较“十三五”末的9323.1亿元增加4374.4亿元: the base's own figure, of its year
            period, explicit, kind = base, True, EVIDENCE
        if marker == "evidence" and _total_among_next_years_tasks(
            sentence, markers, q, period, context
        ):
            # 累计引进和培育150家以上…企业 among the next year's tasks: the total to reach
            kind = _kind(None, period, context)
        if marker == "estimate" and _estimate_of_the_review(period, context):
            kind = EVIDENCE
        if (
            kind == COMMITMENT
            and marker is None
            and targets_from is not None
            and period.period_end is not None
            and period.period_end < targets_from
        ):
            # After 2018年…主要预期目标是：…, a figure of a period over before the targets'
            # (据统计,2017年…。经济结构持续优化,…比重分别约为25%和75%) reports it: the lead
            # makes only the figures of its own period and later targets.
            kind = EVIDENCE
        if (
            q.measure == "rank"
            and not explicit
            and period.period_end is None
            and period.granularity == "as_of"
            and section_year is not None
        ):
            # 位居全国行业第一 in a text known only by its year (a zone's 2022 summary): the
            # rank stands at the text's date, which is that year, not at no date at all.
            period = _whole_year(section_year)
        if kind == EVIDENCE and q.base_unit == "百分点":
            # A target may be a margin (增速高于全市1个百分点); a report's points restate the
            # gap between two figures it gives (高于全省1.2个百分点) or a share of growth
            # (拉动…2.1个百分点): the figures themselves are the evidence.
            continue
        period = _merge_since(period, periods)
        if kind == EVIDENCE:
            period = _as_of_stock_or_change(sentence, clause, q, period)
            period = _since_a_base_year(sentence, clause, q, period)
            period = _end_points(sentence, clause, q, period)
            if previous is not None and _same_count_in_two_units(sentence, previous, q):
                # 识别监测对象16.6万户70.5万人: one count in two units, of one period
                period = previous.period
            elif (
                previous is not None
                and period.period_end is not None
                and _total_after_its_additions(sentence, previous, q)
            ):
                # 新增百亿县区26个，累计达到46个: once the additions are given, the total reached
                # is the stock at the review's end
                end = period.period_end
                period = replace(
                    period, period_start=date(end.year, 1, 1), deadline=end, granularity="year",
                    cumulative=False,
                )  # fmt: skip
        if kind == EVIDENCE:
            period = _reported_full_year(period, context)
            period = _rate_of_previous_stock(q, period, explicit, previous)
            period = _twelve_months_to(sentence, clause, q, period)
            if _SAME_PERIOD_BEFORE_RE.search(sentence[clause.start : q.start]):
                period = _same_period_a_year_before(found, carried, period)
        elif (
            kind == COMMITMENT
            and period.period_start is not None
            and _FROM_OF_TARGET_BEFORE_RE.search(sentence, clause.start, q.start)
            and _FROM_OF_TARGET_AFTER_RE.match(sentence, q.end)
        ):
            # 生均标准从380元提高至1000元 in a year's tasks: the target is the 至 figure; the
            # 从 figure is the standard in force the year before, reported (as a review reads
            # 由上年A增加到B's first figure).
            kind = EVIDENCE
            year = period.period_start.year - 1
            if context.known and context.reference.year <= year:
                # 到2035年从40%提高到45%: the level where the text stands, before its year
                year = context.reference.year - 1
            period = replace(
                period, period_start=date(year, 1, 1), period_end=date(year, 12, 31),
                deadline=date(year, 12, 31), granularity="year", cumulative=False,
            )  # fmt: skip
        if kind == COMMITMENT and period.granularity == "year" and period.period_start:
            # 深化拓展…，三年安排450亿元: a sum set over the years it names, from the target's
            # year on (2026-2028), not a figure of that year alone.
            span = _YEARS_OF_A_SUM_BEFORE_RE.search(sentence, clause.start, q.start)
            years = _CN_RANK.get(span.group("n"), 0) if span else 0
            if years > 1:
                end = date(period.period_start.year + years - 1, 12, 31)
                period = replace(
                    period, period_end=end, deadline=end, granularity="years", cumulative=True
                )
        seg = _segment_bounds(sentence, clause, q, previous_end if previous else 0)
        before = sentence[seg.start : q.start]
        bounded = period.period_start is not None
        new = bool(
            bounded
            and not _STOCK_RE.search(before)
            and (_NEW_RE.search(before) or _NEW_RE.search(_run_start(sentence, clause, q)))
        )
        respective = _respective(sentence, clause, q, quantities, new)
        if respective is not None and respective.alone:
            # A和B分别突破1万亿元: one figure for every member, as with 均 (_shared_by_members)
            respective = None
        if respective is None:
            indicator, indicator_text = _find_indicator(sentence, seg, q, new)
        else:
            # A、B分别增长5%、6%: a name between 分别 and the figure is its own; else the
            # member in its place (never the figure before's indicator).
            own = _Span(max(seg.start, respective.at), seg.end)
            indicator, indicator_text = _find_indicator(sentence, own, q, new)
            if indicator is None and respective.member is not None:
                indicator, indicator_text = respective.member, respective.member.alias
            elif indicator is None and len(respective.words) >= 2:
                # a member no table knows (财政总收入和地方财政收入分别增长…) is measured in its
                # own words, so that a later figure in the same words can be linked to it
                indicator_text = respective.words
            if (
                respective.listed
                and q.comparator == "exactly"
                and respective.first.comparator in ("more_than", "at_least")
                and re.match(r"(?:突破|超过|超)", respective.first.text)
            ):
                # 分别突破300亿元和3000亿元: every member passed its figure
                q = replace(q, comparator=respective.first.comparator)
        if indicator is None and respective is None:
            carried_over = _indicator_of_clause_before(sentence, clauses, clause, q, new)
            if carried_over is not None:
                indicator, indicator_text = carried_over, carried_over.alias
        name = indicator.name if indicator else None
        inherits = respective is None and (
            q.measure in ("share", "growth")
            or _STOCK_RE.search(before)
            or _from_to(sentence, previous, q)  # 城镇化率从60.2%提高到65.2%
        )
        if (
            indicator is None
            and inherits
            and previous is not None
            and previous.q.end <= q.start
            and _BULLET_RE.search(sentence, previous.q.end, q.start) is None
            and not (q.measure == "growth" and _names_a_thing(before))
        ):
            if previous.indicator is not None:
                indicator = previous.indicator
                definition = indicator.definition
                name = definition.name if _STOCK_RE.search(before) else previous.indicator_name
                indicator_text = previous.indicator_text
            elif q.measure == "growth" and previous.q.measure == "level":
                # 完成财政总收入4.17亿元、增长6.1%: the growth of the thing no table knows, in
                # its words
                indicator_text = previous.indicator_text
        if (
            indicator is None
            and respective is None
            and q.measure == "level"
            and previous is not None
            and previous.q.measure == "growth"
            and previous.indicator is not None
            and previous.q.end <= q.start
            and _LEVEL_AFTER_GROWTH_RE.fullmatch(sentence, previous.q.end, q.start)
            and unit_family(q.base_unit) == previous.indicator.definition.unit_family
        ):
            # 地区生产总值增长8%以上、突破1万亿元: the level reached by the thing that grew
            indicator, name = previous.indicator, previous.indicator.definition.name
            indicator_text = previous.indicator_text
        quote = _strip(sentence, seg)
        if not (quote.start <= q.start and q.end <= quote.end):
            quote = _Span(min(quote.start, q.start), max(quote.end, q.end))
        cumulative = bool(
            period.cumulative or re.search(r"累计|共计|以来", sentence[clause.start : q.start])
        )
        item = _Found(
            q=q, kind=kind, period=period, indicator=indicator, indicator_name=name,
            indicator_text=indicator_text, quote=quote, is_cumulative=cumulative,
            has_marker=marker is not None, explicit_period=explicit,
            reached=bool(_REACHED_RE.search(sentence[clause.start : q.start])),
        )  # fmt: skip
        found.extend(
            [item] if respective is not None
            else _shared_by_members(sentence, clause, q, quantities, item, new)
        )  # fmt: skip
        previous = item
        previous_end = q.end
    deliverables = _deliverables(sentence, clauses, periods, found, markers, context)
    return found, deliverables, next_carried


# What a growth rate's own words may say without naming a thing of their own (…4.17亿元、
# 比上年增长6.1%); anything else left (货物贸易增长4%, 其中出口增长3%) names another thing.
_GROWTH_GLUE_RE = re.compile(
    r"[\s、，,；;：:（）()“”\"·・]|其中|同比|环比|[比较]上年同期|[比较]去年同期|[比较]上年|[比较]去年"
    r"|按可比价格计算|按可比价计算|可比价|同口径|可比口径|分别|增长|增速|增幅|下降|降低|提高|提升|回落|上涨|减少|增加"
    r"|年均|平均|实现|达到|达|为|是|了|约|近|超|左右|以上|全年|今年|去年|上年|同期|比|较"
    # and the period of the rate (5月份, 1-8月, 一季度, 两年平均)
    r"|[0-9０-９一二两三四五六七八九十]+(?:\s*[-—－~～至到]\s*[0-9０-９一二三四五六七八九十]+)?"
    r"(?:个月|月份|月|季度|年)?|[上下]半年|前三季度|当月|本月|累计"
)


# Between a growth rate and the level its thing reached (增长8%以上、突破1万亿元; 增长6%,达到
# 500亿元): a comma and a verb of reaching, no name of its own.
_LEVEL_AFTER_GROWTH_RE = re.compile(
    r"\s*[、，,]\s*(?:总量|规模)?\s*(?:达到|达|突破|超过|超|逾|实现|完成|迈上|跨上|站上|跃上)?\s*"
)


def _names_a_thing(before: str) -> bool:
    """Whether a growth rate's own words name a thing (two characters or more besides the words
    of a change and its glue), so that it takes no indicator of the figure before it."""
    return len(_GROWTH_GLUE_RE.sub("", before)) >= 2


# A、B和C均增长12%左右: one figure written once for every member named before 均.
# (人均, 平均, 年均… are no 均 of members)
# 都 as 均 (A和B预计都将突破1万亿元), not in a name (首都, 成都, 都市).
# 各 as 均 before the verb it shares (A、B中各有20家企业, 甲、乙各达…) or right before the
# figure (新建甲、乙各10家), not 各地, 各类.
_JOINTLY_RE = re.compile(
    r"(?:(?<![人平年户亩日月县村])均|(?<![首成京帝古国大])都(?!市|城|会)|分别"
    r"|各(?=有|为|达|占|增长|超|突破|新增|\s*$))"
    r"(?=[^，,；;。、均都]{0,8}$)"
)
_BOTH_RE = re.compile(r"双双(?=[^，,；;。、均都]{0,8}$)")
# A compound naming two figures of one thing (产销量: 产量 and 销量), right before 均 or 双双
_COMPOUND_MEMBERS = {
    "产销量": ("产量", "销量"),
    "产销": ("产量", "销量"),
    "进出口额": ("进口额", "出口额"),
    "进出口": ("进口", "出口"),
}
_COMPOUND_BEFORE_JOINT_RE = re.compile(
    r"(?P<compound>产销量|产销|进出口额|进出口)\s*(?:均|双双)\s*$"
)
# 两届广交会…成交额均超百亿美元: a count of occasions, each of which the figure holds for.
_OCCASIONS_RE = re.compile(r"(?P<n>[两二三四五六七八九])(?:届|次|场|期)(?!产业|方)")
_CHANGE_MEMBER_RE = re.compile(r"增速|增幅|增长率|增量|涨幅|降幅|^\s*新增")


def _one_item_per_member(
    item: _Found, q: Quantity, members: list[tuple[str, IndicatorMatch | None, int]]
) -> list[_Found]:
    """One item per member (its words, its indicator if named, where it starts), each quoting
    from its member to the figure."""
    # the item found stands for the last member (its indicator is that one's: named
    # before 均 or 都, 规模以上工业增加值均增长12%, the name is the member's own)
    *others, (_part, last_match, last_at) = members
    if item.indicator is None and last_match is not None:
        item = replace(
            item, indicator=last_match, indicator_name=last_match.name,
            indicator_text=last_match.alias,
        )  # fmt: skip
    return [
        *(
            replace(
                item, indicator=match, indicator_name=match.name if match else None,
                indicator_text=match.alias if match else part.strip(),
                quote=_Span(at, max(item.quote.end, q.end)),
            )
            for part, match, at in others
        ),
        replace(item, quote=_Span(last_at, max(item.quote.end, q.end))),
    ]  # fmt: skip


# 庆阳、酒泉经济总量突破千亿元, 钢铁、食品加工产业超3千亿元: a mark each member listed before it
# passed; 中药材、高原夏菜及玉米制种、马铃薯原原种产量稳居全国第1位: a rank each holds
_MARK_PASSED_RE = re.compile(r"(?:突破|超过|超)")
_RANK_HELD_BEFORE_RE = re.compile(
    r"(?:稳居|位居|居于|居|位列)" + _RANK_FIELDS + r"?\s*$"
)
# 甲、乙参保率稳定在95%以上, 甲、乙、丙增速保持在10%以上: a rate named once after the members
# and held or reached is each member's (a share, 占比, may be the members' together: not split)
_RATE_HELD_BEFORE_RE = re.compile(
    r"(?P<rate>率|增速|增幅)(?P<verb>\s*(?:稳定在|保持在|达到|达|提高到|提高至|提升到|提升至))\s*$"
)
_SUM_OR_CLASS_RE = re.compile(r"等|合计|共计|总计|累计|共$")
_LISTED_MEMBER_SEP_RE = re.compile(r"、|(?<![惠涉以普危波])及(?!时)")
_LISTED_MEMBERS_RE = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:(?:、|(?<![惠涉以普危波])及(?!时))[\u4e00-\u9fff]{1,12})*"
)
# 0—6岁儿童、65岁以上老年人、2型糖尿病患者: an age or a type opening a member qualifies the
# people or the thing it names; its digits are part of the name, no figure of the list
_NAME_QUALIFIER = r"(?:[0-9]+(?:\s*[—－\-~～至到]\s*[0-9]+)?岁(?:及?以上|以下)?|[0-9]+型)"
_AGE_GROUP_AFTER_RE = re.compile(r"[\u4e00-\u9fff]")
# members sharing a rate named once: the last member holds the rate's own name as well
# (高血压、2型糖尿病患者基层规范管理服务率), so it may be longer
_NAMED = rf"(?:{_NAME_QUALIFIER}|[\u4e00-\u9fff])"
_MEMBERS_OF_A_RATE_RE = re.compile(
    rf"{_NAMED}{{1,10}}(?:(?:、|(?<![惠涉以普危波])及(?!时)){_NAMED}{{1,12}})*"
    rf"(?:、|(?<![惠涉以普危波])及(?!时)){_NAMED}{{1,16}}"
)


_GRADES_LISTED_RE = re.compile(r"[一二两三四五六七八九十]、(?=[一二两三四五六七八九十])")


def _names_an_age_group(sentence: str, o: Quantity) -> bool:
    """Whether an age opens the name of the people it qualifies (0—6岁儿童, 65岁以上老年人)."""
    return o.unit == "岁" and bool(_AGE_GROUP_AFTER_RE.match(sentence, o.end))


def _members_listed_before_a_mark(
    sentence: str, clause: _Span, q: Quantity, quantities: list[Quantity]
) -> list[tuple[str, IndicatorMatch | None, int]]:
    """The members a clause lists (joined by 、 or 及) before a mark passed or a rank held,
    with no 均: each passed it or holds it (庆阳、酒泉经济总量突破千亿元: two items). A list
    joined by 和 alone may name one thing (货物和服务贸易), and a count or an amount reached
    may be the members' sum: neither is split."""
    rate = None
    if q.measure == "rank":
        held = _RANK_HELD_BEFORE_RE.search(sentence, clause.start, q.start)
        end = held.start() if held else None
    elif q.unit == "%" and (rate := _RATE_HELD_BEFORE_RE.search(sentence, clause.start, q.start)):
        # (基本养老、医疗保险参保率稳定在95%以上: each member's own rate holds the figure)
        end = rate.start("verb")
    else:
        # (a share passed, 新产业、新产品对工业增长贡献超50%, may be the members' together)
        end = q.start if _MARK_PASSED_RE.match(q.text) and q.unit != "%" else None
    head_start = max(
        [clause.start]
        + [
            o.end
            for o in quantities
            if clause.start <= o.start
            and o.end <= q.start
            # (65岁以上老年人、…服务率达到66%以上: an age naming a member's people)
            and not (rate and _names_an_age_group(sentence, o))
        ]
    )
    if end is None or end <= head_start:
        return []
    head = sentence[head_start:end]
    if (
        "、" not in head
        or not (_MEMBERS_OF_A_RATE_RE if rate else _LISTED_MEMBERS_RE).fullmatch(head)
        or _CHANGE_MEMBER_RE.search(head[: rate.start("rate") - head_start] if rate else head)
        # (a list closed by 等 is a class, and 合计 or 共 a sum: one figure)
        or _SUM_OR_CLASS_RE.search(head)
        # (引进央企二、三级子公司超800家: grades listed inside one name)
        or _GRADES_LISTED_RE.search(head)
    ):
        return []
    members, pos = [], 0
    for sep in [*_LISTED_MEMBER_SEP_RE.finditer(head), None]:
        stop = sep.start() if sep else len(head)
        members.append((head[pos:stop], None, head_start + pos))
        pos = sep.end() if sep else pos
    return members


_REACHED_WORDS_RE = re.compile(r"(?:达到|达|为|超过|超|突破|近)\s*$")


def _figured_members_before(
    sentence: str, clause: _Span, quantities: list[Quantity]
) -> list[tuple[str, IndicatorMatch | None, int]]:
    """The members of a list of figures (joined by 、) that makes the whole clause before a
    clause opening on 均 (研发人员达159万人、高技能人才达843万人，均居全国首位): each holds the
    rank. A list with a change among it (增长5%、…，均居) ranks changes: none."""
    if clause.start < 1 or sentence[clause.start - 1] not in "，,":
        return []
    start = max(sentence.rfind(sep, 0, clause.start - 1) for sep in _CLAUSE_SEP) + 1
    figures = [o for o in quantities if start <= o.start and o.end <= clause.start - 1]
    members, pos = [], start
    for figure in figures:
        part = sentence[pos : figure.start]
        if figure.measure != "level" or _CHANGE_MEMBER_RE.search(part) or "、" in part:
            return []
        name = _REACHED_WORDS_RE.sub("", part).strip()
        if not name:
            return []
        members.append((name, None, pos + len(part) - len(part.lstrip())))
        pos = figure.end + 1 if sentence.startswith("、", figure.end) else figure.end
    return members if len(members) >= 2 and pos == clause.start - 1 else []


def _shared_by_members(
    sentence: str,
    clause: _Span,
    q: Quantity,
    quantities: list[Quantity],
    item: _Found,
    new: bool,
) -> list[_Found]:
    """The items of a figure shared with 均 by the members named before it, one per member
    (固定资产投资、工业投资、服务业投资均增长12%左右: three; 两届…成交额均超百亿美元: two),
    else the item alone. Each member's figure is checkable on its own, as with 分别. The
    rank of a change (总量和增速均居全市第2位) stays out, as a rank of a change alone does."""
    joint = _JOINTLY_RE.search(sentence, clause.start, q.start) or _BOTH_RE.search(
        sentence, clause.start, q.start
    )
    if joint is None:
        listed = _members_listed_before_a_mark(sentence, clause, q, quantities)
        return _one_item_per_member(item, q, listed) if listed else [item]
    head_start = max(
        [clause.start]
        + [o.end for o in quantities if clause.start <= o.start and o.end <= joint.start()]
    )
    members = _members(sentence, head_start, joint.start(), new)
    if len(members) < 2 and joint.group() == "双双":
        # 存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元, 汽车、新能源汽车产量从全国第8位、第4位
        # 双双跃居第1位: the two are named at the clause's head, before its first figure
        first = min(
            (o.start for o in quantities if clause.start <= o.start < q.start), default=None
        )
        if first is not None:
            heads = _members(sentence, clause.start, first, new)
            members = heads if len(heads) == 2 else members
            head_start = clause.start if len(heads) == 2 else head_start
    compound = _COMPOUND_BEFORE_JOINT_RE.search(sentence, head_start, joint.end())
    if len(members) < 2 and compound is not None:
        # 产销量均跃升至全球第1位, 进出口双双增长: a compound names two figures, one item each
        first, second = _COMPOUND_MEMBERS[compound.group("compound")]
        at = _Span(compound.start("compound"), max(item.quote.end, q.end))
        return [
            replace(item, indicator_text=first, quote=at),
            replace(item, indicator_text=second, quote=at),
        ]
    if len(members) >= 2:
        named = [part for part, _match in members]
        offsets, pos = [], head_start
        for part in named:
            at = sentence.find(part, pos, joint.start())
            offsets.append(at)
            pos = at + len(part)
        eligible = [
            (part, match, at)
            for (part, match), at in zip(members, offsets, strict=True)
            if not (q.measure == "rank" and _CHANGE_MEMBER_RE.search(part))
        ]
        if not eligible:
            return [item]
        return _one_item_per_member(item, q, eligible)
    if q.measure == "rank" and not sentence[head_start : joint.start()].strip():
        figured = _figured_members_before(sentence, clause, quantities)
        if figured:
            return _one_item_per_member(item, q, figured)
    before = sentence[: joint.start()]
    occasions = list(_OCCASIONS_RE.finditer(before))
    if not occasions or any(occasions[-1].end() <= o.start < joint.start() for o in quantities):
        return [item]
    count = _CN_RANK.get(occasions[-1]["n"], 0)
    # the occasions' items quote from the count on (两届…均超百亿美元), the last as found, so
    # an editor sees why the figure is there more than once
    whole = replace(item, quote=_Span(occasions[-1].start(), max(item.quote.end, q.end)))
    return [*[whole] * (max(count, 1) - 1), item]


_BASE_OF_CHANGE_BEFORE_RE = re.compile(r"[由从]\s*$")


def _base_of_change(sentence: str, period: Period) -> bool:
    """Whether a period names the base of a change (三次产业结构由上年的13.4:45.3:41.3调整为…):
    it holds in its own clause; the figures after it (…，人均地区生产总值40094元) keep the
    period of the text."""
    return bool(
        _BASE_OF_CHANGE_BEFORE_RE.search(sentence[: period.start])
        and sentence.startswith("的", period.end)
    )


# 接续实施一季度良好开局、夏季攻势、百日攻坚等行动: a period in the name of a campaign.
_CAMPAIGN_AFTER_RE = re.compile(
    r"[^，,；;。0-9]{1,16}?等[^，,；;。0-9]{0,6}?(?:行动|活动|攻坚战?|攻势|工程)"
)


def _names_a_campaign(sentence: str, period: Period) -> bool:
    """Whether a period is part of the name of a campaign listed with others (一季度良好开局、
    夏季攻势、百日攻坚等行动): it dates no figure, and the sentences after it keep theirs."""
    return not sentence.startswith(("，", ",", "、"), period.end) and bool(
        _CAMPAIGN_AFTER_RE.match(sentence, period.end)
    )


def _year_inside_the_review(sentence: str, period: Period, carried: Period | None) -> bool:
    """Whether a year named inside a sentence of a multi-year review (…成为大产业，2025年旅居
    人数超550万) dates that sentence only: the review's years go on in the sentences after it,
    as a reader's do. A year opening its sentence (2025年，…) frames what follows. So does a
    run from a year inside the review (经济增速2022年以来连续16个季度高于全国平均水平)."""
    return (
        _is_review(carried)
        and period.granularity in ("year", "since")
        and _EXPLICIT_YEAR_RE.search(period.text) is not None  # (not a 全年 that names it)
        and period.period_start is not None
        and carried.period_start <= period.period_start <= carried.period_end
        and (period.granularity == "since" or period.period_end <= carried.period_end)
        and bool(_YEAR_INTRODUCED_RE.sub("", sentence[: period.start].strip(" \t\u3000“”\"'")))
    )


_RECORD_AFTER_RE = re.compile(
    r"\s*(?:的)?\s*(?:新高|新低|最高|最低|最好|最优|最多|最少|最大|最快|最佳|同期最)"
)
# 2027年、2028年分别建成津潍、潍宿高铁: years listed for 分别 each date their own member
_YEARS_SHARED_OUT_RE = re.compile(
    r"(?:(?:19|20)\d{2}\s*年(?:底|末)?\s*[、和及至到]\s*)+(?:19|20)\d{2}\s*年(?:底|末)?(?:前)?\s*分别"
)


def _one_of_years_shared_out(sentence: str, period: Period) -> bool:
    """Whether a year is one of a list shared out by 分别 (2027年、2028年分别建成津潍、潍宿高铁):
    it dates its member only and passes nothing to the sentences after it, which keep the
    year they were in (公路方面，新开工…2个项目 is the section's year's)."""
    return any(
        m.start() <= period.start < m.end() for m in _YEARS_SHARED_OUT_RE.finditer(sentence)
    )


# 刚刚过去的2025年，…: words that only introduce the year opening a sentence
_YEAR_INTRODUCED_RE = re.compile(r"^在?(?:刚刚|刚)?过去的$")


def _deadline_of_its_own_goal(period: Period, carried: Period | None) -> bool:
    """Whether a deadline named among a plan's goals (“十五五”时期…：2030年前碳达峰目标如期实现)
    is its own goal's: the plan's years go on in the sentences after it (…PM_2.5年平均浓度不高于
    23微克/立方米 is a goal over the plan, not of its last year alone)."""
    return (
        _is_review(carried)
        and period.granularity == "by"
        and period.text.rstrip().endswith("前")
    )


def _aim_beyond_the_plan(
    sentence: str, period: Period, carried: Period | None, periods: list[Period]
) -> bool:
    """Whether a year named for an aim with no figure beyond a plan carried or named before it
    (我省“十五五”时期…要实现“七个新”，到2035年要在…走在前列。《纲要草案》…包括地区生产总值年均
    增长5%左右) is that aim's alone: the plan's years go on in the sentences after it."""
    plans = [p for p in periods if p.granularity == "plan" and p.end <= period.start]
    if carried is not None and carried.granularity == "plan":
        plans.append(carried)
    return (
        period.period_end is not None
        and any(p.period_end is not None and period.period_end.year > p.period_end.year
                for p in plans)
        and not _HAS_DIGIT_FIGURE_RE.search(sentence[period.end :])
    )  # fmt: skip


def _names_a_plan(sentence: str, period: Period) -> bool:
    """Whether a plan's period is named as context (是实施“十四五”规划的关键之年, 完成“十四五”
    规划目标, “十四五”期间投资最大的项目) rather than framing the figures (“十四五”时期，全市
    累计…)."""
    return period.granularity == "plan" and bool(
        _PLAN_NAMED_BEFORE_RE.search(sentence[: period.start])
        or _PLAN_NAMED_AFTER_RE.match(sentence, period.end)
    )


def _is_event(sentence: str, period: Period) -> bool:
    """Whether a period dates an event (6月9日, 年末, 在三季度…, 年初确定的目标) rather than what
    follows."""
    if period.granularity in _EVENT_GRANULARITIES and _SET_WHEN_AFTER_RE.match(
        sentence, period.end
    ):
        return True  # (a plan's span that set them, “十二五”确定的指标, is still their period)
    if _EVENT_BEFORE_RE.search(sentence[: period.start]):
        # …unless 在…中 frames what follows (在2020年度国家高新区综合评价中,…位列第17位).
        rest = re.split(r"[，,；;。：:]", sentence[period.end :], maxsplit=1)[0]
        if not rest.rstrip().endswith(_FRAME_ENDS):
            return True
    if period.granularity == "month" and (
        period.text.endswith("份") or sentence.startswith(_WHOLE_MONTH_AFTER, period.end)
    ):
        return False
    if period.text in _BARE_YEAR_POINTS:
        # 年末全县户籍人口…，其中城镇户籍人口…；全县常住人口…: the year's end dates every
        # stock its paragraph lists, whether the article's date is known or not.
        return False
    return period.granularity in _EVENT_GRANULARITIES


def _deliverables(
    sentence: str,
    clauses: list[_Span],
    periods: list[Period],
    found: list[_Found],
    markers: list[tuple[int, str]],
    context: _Context,
) -> list[tuple[_Span, Period]]:
    """Clauses with a deadline and an action verb and no figure: 8月底前出台《…》."""
    out = []
    for clause in clauses:
        if any(clause.start <= f.q.start < clause.end for f in found):
            continue
        for period in periods:
            if not (clause.start <= period.start < clause.end) or period.deadline is None:
                continue
            if period.granularity not in ("by", "quarter", "half", "month", "year"):
                continue
            if not _DELIVERABLE_AFTER_RE.match(sentence[period.end : clause.end]):
                continue
            if _last_marker(markers, period.end) == "evidence":
                continue
            if context.known and period.deadline < context.reference:
                continue
            out.append((_strip(sentence, clause), period))
            break
    return out


# --- Items ----------------------------------------------------------------------------------


PLACES = Path(__file__).with_name("places.txt")


@cache
def place_gazetteer() -> frozenset[str]:
    """Place names of two or three characters (places.txt)."""
    lines = PLACES.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _is_place(word: str) -> bool:
    return word in place_gazetteer()


def _subjects(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [name for name, _ in _subject_matches(text, start, end)]


def _subject_matches(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int]]:
    """Every subject named in ``text[start:end]`` with the offset where it ends."""
    found = []
    end = len(text) if end is None else end
    pos = start
    while (match := _SUBJECT_RE.search(text, pos, end)) is not None:
        if text[max(start, match.start() - 3) : match.start()].endswith(_OBJECT_AFTER):
            pos = match.end()
        elif _CLASS_OF_PLACES_RE.match(text, max(start, match.start() - 2), match.start() + 1):
            pos = match.start() + 1  # 地级及以上城市, 县级以下: a class of places, not a place
        elif match.group("bare") or match.group("council") or _is_place(match.group("place")):
            found.append((match.group(), match.end()))
            pos = match.end()
        else:
            pos = match.start() + 1  # "年郑州高新区" is not a place; "郑州高新区" may be
    return found


def _subject(sentence: str, default: str) -> str:
    """The subject named at the head of the sentence ("2023年郑州高新区力争…"), else the
    article's."""
    heads = _subjects(sentence, 0, min(len(sentence), _SENTENCE_HEAD))
    return heads[0] if heads else default


def _main_subject(body: str) -> str:
    """The zone or government the article speaks of most (a zone before a province)."""
    counts: dict[str, int] = {}
    for name in _subjects(body):
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return ""
    return max(counts, key=lambda k: (k.endswith(_ZONES), counts[k], len(k)))


def _confidence(found: _Found) -> float:
    score = 0.45
    if found.indicator is not None:
        score += 0.2
    if found.has_marker:
        score += 0.15
    if found.explicit_period:
        score += 0.1
    if found.period.relative:
        score -= 0.2
    return round(min(0.95, max(0.05, score)), 2)


def _measure(found: _Found) -> str:
    q = found.q
    if q.measure == "growth" and found.reached:
        return "level"
    definition: IndicatorDef | None = by_name().get(found.indicator_name or "")
    if (
        q.measure == "level"
        and definition is not None
        and definition.unit_family == "percent"
        and q.base_unit == "%"
    ):
        return "share"
    return q.measure


def _comparator(found: _Found) -> str:
    comparator = found.q.comparator
    if comparator == "exactly" and found.q.approximate:
        return "about"
    if found.kind == COMMITMENT and comparator == "exactly":
        return "at_least"  # a target is met when reached or passed, unless it says otherwise
    return comparator


def extract(
    body: str, *, published_on: date | None, precision: str, title: str = ""
) -> list[ExtractedItem]:
    """Every commitment and evidence item of an article's body, in order of position.

    ``title`` may name the year the text is about ("2023年…统计公报"): 全年 and 年末 in
    the body are then that year's, not the year of publication's. With ``precision`` "year"
    (a year alone, as a manifest may give it) the text's own years frame its figures as when
    the date is unknown; the given year dates only what the text leaves open (今年, a 全年 in
    a text naming no year), and in a text naming its year only periods after it lie ahead.

    A text in traditional characters is read as its simplified twin, and one with pinyin
    glosses (目標(biāo)) without them (articles.text.script): offsets and quotes are the
    original's, glosses included; units and the words of periods and indicators are given in
    the text's own characters, without glosses."""
    reading = reading_of(body)
    body, title = reading.text, reading_of(title).text
    context = _Context(reference=published_on, precision=precision)
    # The year of the text (articles.text.text_year): its title, first review heading,
    # subtitle line or opening sentences say which year its figures report.
    text_year = year_of_text(title, body)
    dated_review = None  # the year a work report reviews, known only from its date
    if text_year.reported is None:
        # A work report heard in January to March reviews the year before, named or not; so
        # does any text of those months that opens on 过去一年.
        dated_review = year_of_work_report(
            title, body, published_on, precision
        ) or year_of_past_year_review(body, published_on, precision)
        text_year = dated_review or text_year
    if text_year.review and text_year.reported is not None:
        context = replace(context, reviewed=text_year.reported)
    if (
        published_on is None
        and text_year.review
        and text_year.written is not None
        and text_year.reported == text_year.written - 1
    ):
        # A report (or news of one) whose date is lost but whose words say it was written the
        # year after the one it reviews: its 去年 and 今年 are read as with that year given.
        context = replace(context, reference=date(text_year.written, 1, 1), precision="year")
    title_period = _heading_period(title, context, numbered=False) or _opening_period(body, context)
    title_line = title if title.strip() else _first_line(body)
    if text_year.reported is not None and (
        title_period is None or _WORK_REPORT_RE.search(title_line)
    ):
        # "2025年…政府工作报告" reviews 2024: its 全年 and 年末 are 2024's, not the title's,
        # also where the title is the body's first line (a report copied with its title).
        title_period = _whole_year(text_year.reported)
    main_subject = _main_subject(body)
    # The article's subject speaks for a sentence only from where it is first named: a place
    # named in a later sentence is not the subject of the figures before it.
    subject_from = min(
        (at for name, at in _subject_matches(body) if name == main_subject), default=0
    )
    items: list[tuple[ExtractedItem, bool]] = []  # (item, in a heading)
    # the year a heading ("三、2024年工作任务") sets; a text copied from its first numbered
    # heading ("一、2024年工作回顾") has it as its title, and it holds from the start; so does
    # the year a review reports (a subtitle, a heading run into its paragraph by reflow,
    # "总结2024年工作成果" in the opening) until a heading of its own.
    section: Period | None = _heading_period(title, context) if title else None
    if section is None and text_year.review and text_year.reported is not None:
        section = _whole_year(text_year.reported)
    plan_year = _year_plan_of_title(title_line)
    if (
        section is None
        and plan_year is not None
        and (not context.known or context.reference.year <= plan_year)
    ):
        # A year's plan (…下达2025年国民经济和社会发展计划, 2025年工作要点) published before its
        # year is out lists that year's measures: 安排省级财政资金1042.8亿元 with no word of
        # effort is a target of 2025, not a fact of the page's day.
        section = _whole_year(plan_year)
    lead: Period | None = None  # the period of a lead paragraph ending in "：" (主要目标：)
    lead_forward = False
    if title and _TARGETS_HEADING_RE.search(title):
        # A title (or the lines reflow ran into it) ending in a heading that names targets
        # (…特别报道 2024年目标任务): the paragraphs up to the first heading are those targets.
        lead_forward = True
        last = title.split()[-1]
        section = _heading_period(last, context) or _plan_heading_period(last, context) or section
    # Under a review heading (一、过去一年和五年工作回顾), a review opened in one paragraph
    # (过去五年…, 五年来…) holds for the paragraphs after it that name no period of their own.
    in_review, review = False, None
    # Under a heading of a plan and its first year (二、“十五五”时期目标任务和2026年工作安排),
    # the plan's paragraphs come first; from one opening on the year (今年是…开局之年) on,
    # the section is that year's.
    year_after_plan: Period | None = None
    # ... and one that opened on a single year (一年来, 过去一年) totals that year in the
    # paragraphs after it: their 累计 is the year's (_resolve_period).
    year_reviewed: Period | None = None
    # A release's month range (1-10月) named in one paragraph reaches the paragraphs after it
    # that name no period of their own (重点行业产值…; 分消费类别看,…), until a paragraph names
    # another period or a heading names a year.
    month_range: Period | None = None
    # A glossary's notes (名词解释) define terms: their figures are not the text's (glossary.py).
    glossaries = glossary_spans(body)
    for paragraph in _paragraphs(body):
        if any(start <= paragraph.start < end for start, end in glossaries):
            continue
        text = body[paragraph.start : paragraph.end]
        heading = (
            len(text.strip()) <= _HEADING_MAX
            and not any(ch in text for ch in _SENTENCE_END + "；;")
            and not text.rstrip().endswith(("：", ":"))
        )
        trailing = None if heading else _trailing_heading(text)
        if trailing is not None:
            # Short lines run together by reflow (a signature, a date, a title and then
            # "一、2023年…执行情况"): the last of them heads what follows.
            heading = True
            text_heading = trailing
        else:
            text_heading = text
        if heading:
            own_line = trailing is None
            year_heading = _heading_period(
                text_heading, context, own_line=own_line
            ) or _plan_heading_period(text_heading, context)
            if year_heading is not None:
                month_range = None
            section = year_heading or section
            # A heading that names targets (2024年目标任务, 主要预期目标) makes the figures under
            # it targets, with or without a word of effort, until the next heading.
            lead, lead_forward = None, bool(_TARGETS_HEADING_RE.search(text_heading))
            in_review, review = "回顾" in text_heading, None
            if in_review and year_heading is None:
                # “十四五”时期工作回顾, a heading without a number: the plan's years are the
                # review's from its first paragraph, as a numbered heading's plan is a section's.
                review = _plan_reviewed(text_heading, context)
            year_reviewed = None
            year_after_plan = _year_after_its_plan(text_heading, context, own_line=own_line)
        elif _REVIEW_HEADING_RE.search(text):
            # (a heading that reflow ran into its paragraph: "…一、过去五年工作回顾过去五年，…")
            in_review, review = True, None
            year_reviewed = None
        if not heading and year_after_plan is not None and _opens_on_the_year(
            text, year_after_plan, context
        ):
            section, year_after_plan, lead, lead_forward = year_after_plan, None, None, False
        plan_reviewed = next(
            (p for p in (section, review) if p is not None and p.granularity == "plan"), None
        )
        if (
            not heading
            and in_review
            and plan_reviewed is not None
            and _opens_on_the_plans_last_year(text, plan_reviewed, context)
        ):
            # 一、“十四五”时期工作回顾 … 刚刚过去的2025年，…: the plan's review turns to its last
            # year, whose paragraphs follow to the next heading (the mirror of a plan and its
            # first year, above).
            section, review = _whole_year(plan_reviewed.period_end.year), None
        carried: Period | None = None if heading else lead or review or month_range or section
        opening = carried
        # A plan's section ("十五五"时期) spans years: 全年 and 年末 in it keep the text's year.
        framing = (section if section and section.granularity != "plan" else None) or title_period
        section_year = framing.period_end.year if framing and framing.period_end else None
        paragraph_context = replace(context, framed=section_year is not None)
        past_review = (
            section is not None
            and section.granularity == "year"
            and section.period_end is not None
            and context.known
            and not context.ahead(section.period_end)
        )
        forward_here = (
            lead_forward and not heading and not _opens_a_past_review(text, paragraph_context)
        )
        masks = _masked_spans(text)
        sentence_spans = _split(text, 0, len(text), _SENTENCE_END, masks)
        for sentence_span in (p for span in sentence_spans for p in _pieces(text, span)):
            sentence = text[sentence_span.start : sentence_span.end]
            offset = paragraph.start + sentence_span.start
            subject = main_subject if subject_from <= paragraph.start + sentence_span.end else ""
            found, deliverables, carried = _sentence_items(
                sentence,
                context=paragraph_context,
                carried=carried,
                section_year=section_year,
                lead_forward=forward_here,
                past_review=past_review,
                year_reviewed=year_reviewed,
                targets_from=(
                    lead.period_start
                    if forward_here and lead is not None and lead.granularity in ("year", "plan")
                    else None
                ),
            )
            if forward_here and carried is not None and carried.granularity == "as_of":
                # Among a year's tasks, 当前，我区…前所未有 describes the moment of speaking: the
                # tasks after it (重点抓好以下工作：…三年安排450亿元) keep the year they are set
                # for, not an open period ending on the report's day.
                carried = opening
            if not heading and _LEAD_RE.search(sentence):
                # "“十四五”时期经济社会发展主要目标：" announces the targets that follow, to
                # the end of the section: their period and their being targets.
                lead, lead_forward = carried, True
                forward_here = True
            for f in found:
                start, end = offset + f.quote.start, offset + f.quote.end
                items.append((_item(body, f, start, end, sentence, subject), heading))
            for span, period in deliverables:
                start, end = offset + span.start, offset + span.end
                items.append((_deliverable(body, period, start, end, sentence, subject), heading))
        if not heading and carried is not opening:
            month_range = carried if _is_month_range(carried) else None
        if in_review and not heading and year_reviewed is None:
            year_reviewed = next(
                (p for p in _review_periods(text, paragraph_context) if _is_one_year_review(p)),
                None,
            )
        if in_review and not heading:
            if _is_review(carried):
                review = carried
            elif carried is not opening:
                review = None
    if dated_review is not None:
        items = [(_target_of_the_date(item, dated_review), heading) for item, heading in items]
    items = _plan_targets_over_the_plan(body, items, context)
    items = _targets_over_the_coming_years(body, items, context)
    return _as_written(_without_repeated_headlines(items), reading)


def _as_written(items: list[ExtractedItem], reading: Reading) -> list[ExtractedItem]:
    """The items of a text read in simplified characters or without its pinyin glosses, with
    its own characters back and their spans on the original."""
    if reading.as_is:
        return items
    return [
        replace(
            item,
            quote=reading.span(item.start, item.end),
            start=reading.at(item.start),
            end=reading.at(item.end),
            indicator_text=reading.words_near(item.indicator_text, at=item.start),
            unit=reading.words_near(item.unit, at=item.start),
            period_text=reading.words_near(item.period_text, at=item.start),
        )
        for item in items
    ]


# 到2025年 / 至2025年: the year a target is aimed at, not the year it concerns; so is a year
# between a target's indicator and its verb of reaching (非常规天然气产量2030年达到300亿立方米)
_AIMED_YEAR_RE = re.compile(
    r"(?:到|至)\s*(?P<y>(?:19|20)\d{2})\s*年(?![底末]|\d|[—\-－～~至到]\s*\d)"
    r"|(?<=[\u4e00-\u9fff])(?P<y2>(?:19|20)\d{2})\s*年(?=\s*(?:达到|达|突破|超过|提高到|提升到|降至|降到|控制在))"
)
_FREE_YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年")


def _plan_targets_over_the_plan(
    body: str, items: list[tuple[ExtractedItem, bool]], context: _Context
) -> list[tuple[ExtractedItem, bool]]:
    """A plan's targets aimed at its last year ("十四五"…到2025年,地区生产总值达到3.5万亿元) are
    the plan's, 2021–2025, as the plan's other targets are: the text names the plan, the
    target's year is the plan's last, and the text was written in the plan's first year or
    before (a report in 2023 aiming 到2025年 keeps 2025). A year written without 到/至 (a
    work report's 2025年主要预期目标) keeps its year."""
    if context.reference is None:
        return items
    plans = [
        p for p in find_periods(body, reference=context.reference, precision=context.precision)
        if p.granularity == "plan" and p.period_start and p.period_end
        and context.reference.year <= p.period_start.year
    ]  # fmt: skip
    if not plans:
        return items
    out = []
    for item, heading in items:
        end = item.period_end
        if _one_year_target(item):
            plan = next((p for p in plans if p.period_end.year == end.year), None)
            if plan is not None and _aimed_at(body, item.end, end.year):
                item = replace(
                    item, period_text=plan.text, period_start=plan.period_start,
                    period_end=plan.period_end, deadline=plan.period_end,
                )  # fmt: skip
        out.append((item, heading))
    return out


def _one_year_target(item: ExtractedItem) -> bool:
    """A target over one calendar year (2016年: 1 January to 31 December of one year), which
    a plan or the coming years it is aimed at may widen."""
    start, end = item.period_start, item.period_end
    return (
        item.kind == COMMITMENT
        and start is not None
        and end is not None
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and start.year == end.year
    )


# 今后三年, 未来五年: the years a text is about to begin, whose last a 到2016年 names
_COMING_YEARS_RE = re.compile(r"(?:今后|未来)(?P<n>[两二三四五六七八九十])年")


def _targets_over_the_coming_years(
    body: str, items: list[tuple[ExtractedItem, bool]], context: _Context
) -> list[tuple[ExtractedItem, bool]]:
    """Targets aimed at the last of the coming years a text names (今后三年…总体目标是：到2016
    年，生产总值超过1.2万亿元, said late in 2013 or early in 2014) are over those years,
    2014–2016, as a plan's targets aimed at its last year are over the plan (QUALITY.md's
    conventions). The years must begin in the year of writing or the next: a 到2030年 after
    今后三年 written in 2014 keeps its year."""
    if context.reference is None or not context.known:
        return items
    out = []
    for item, heading in items:
        end = item.period_end
        if _one_year_target(item) and _aimed_at(body, item.end, end.year):
            line_start = body.rfind("\n", 0, item.start) + 1
            coming = list(_COMING_YEARS_RE.finditer(body, line_start, item.start))
            years = _CN_RANK.get(coming[-1]["n"], 0) if coming else 0
            first = end.year - years + 1
            if years > 1 and context.reference.year <= first <= context.reference.year + 1:
                item = replace(
                    item, period_text=coming[-1].group(), period_start=date(first, 1, 1),
                )  # fmt: skip
        out.append((item, heading))
    return out


def _aimed_at(body: str, position: int, year: int) -> bool:
    """Whether the last year named in its paragraph before ``position`` (the end of a target's
    quote) is ``year`` aimed at (到2025年, 至2025年)."""
    line_start = body.rfind("\n", 0, position) + 1
    before = body[line_start:position]
    years = list(_FREE_YEAR_RE.finditer(before))
    if not years or int(years[-1]["y"]) != year:
        return False
    aimed = _AIMED_YEAR_RE.search(before, max(0, years[-1].start() - 2))
    return aimed is not None and years[-1].start("y") in (aimed.start("y"), aimed.start("y2"))


def _target_of_the_date(item: ExtractedItem, review: TextYear) -> ExtractedItem:
    """A work report dated into its review of the year before (``year_of_work_report``) sets
    no target for that year, which is over: a target carried into it (新的一年…力争增长7%,
    将新增就业5000人) is for the year of the date."""
    year = review.reported
    if (
        item.kind != COMMITMENT
        or year is None
        or review.written is None
        or (item.period_start, item.period_end) != (date(year, 1, 1), date(year, 12, 31))
    ):
        return item
    ahead = _whole_year(review.written)
    return replace(
        item, period_text=ahead.text, period_start=ahead.period_start,
        period_end=ahead.period_end, deadline=ahead.deadline,
    )  # fmt: skip


_REVIEW_HEADING_RE = re.compile(r"[一二三四五六七八九十]+、[^。，,；;]{0,20}?回顾")
_TRAILING_HEADING_RE = re.compile(
    r"(?:^|\s)((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\S{1,38})\s*$"
)


_WORK_REPORT_RE = re.compile(r"工作报告")


def _whole_year(year: int) -> Period:
    return Period(
        text=f"{year}年", start=0, end=0, period_start=date(year, 1, 1),
        period_end=date(year, 12, 31), deadline=date(year, 12, 31), relative=False,
        cumulative=False, granularity="year",
    )  # fmt: skip


def _is_month_range(period: Period | None) -> bool:
    """A release's months from January (1-10月, 1—10月, 前三季度), not a year or a month."""
    return period is not None and period.granularity == "months"


def _trailing_heading(text: str) -> str | None:
    """The numbered heading that ends a paragraph of short lines joined by reflow, if any."""
    if any(ch in text for ch in _SENTENCE_END + "；;"):
        return None
    match = _TRAILING_HEADING_RE.search(text)
    return match.group(1) if match else None


def _first_line(body: str) -> str:
    """The body's first line when it is short and no sentence (a title copied into the body)."""
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if len(first) > _HEADING_MAX or any(ch in first for ch in _SENTENCE_END + "；;，,"):
        return ""
    return first


def _opening_period(body: str, context: _Context) -> Period | None:
    """The year a text opens with ("2022年,面对…", "2025年1-9月高新区实现…"), when it has
    no title that names one: a communiqué or a review copied without its title speaks of
    that year throughout, so its 全年, 年末 and 1-11月 are that year's. A year the text
    aims at (到2025年, 力争2025年) is no such frame."""
    paragraphs = _paragraphs(body)
    if not paragraphs:
        return None
    text = body[paragraphs[0].start : paragraphs[0].end][:_OPENING_CHARS]
    for period in find_periods(text, reference=context.reference, precision=context.precision):
        explicit = _EXPLICIT_YEAR_RE.search(period.text)
        if explicit is None or period.granularity in _NOT_A_FRAME:
            continue
        if _AIMED_AT_RE.search(text[: period.start]):
            return None
        year = int(explicit.group())
        return Period(
            text=period.text, start=0, end=0, period_start=date(year, 1, 1),
            period_end=date(year, 12, 31), deadline=date(year, 12, 31), relative=False,
            cumulative=False, granularity="year",
        )  # fmt: skip
    return None


def _opens_a_past_review(text: str, context: _Context) -> bool:
    """Whether a paragraph opens on years that are over (过去五年，我们…, 五年来…): under a
    heading of achievements and targets (“十四五”时期发展成就和“十五五”时期主要目标任务) it
    states results, whatever word of effort (努力在…闯出新路子) its opening holds."""
    opening = text.lstrip()[:8]
    return any(
        p.start <= 2 and p.period_end is not None and not context.ahead(p.period_end)
        for p in _review_periods(opening, context)
    )


def _plan_reviewed(heading: str, context: _Context) -> Period | None:
    """The one plan a review heading names (“十四五”时期工作回顾), when its years are over."""
    plans = [
        p
        for p in find_periods(heading, reference=context.reference, precision=context.precision)
        if p.granularity == "plan"
    ]
    if len(plans) != 1 or not _is_review(plans[0]) or not context.known:
        return None
    return None if context.ahead(plans[0].period_end) else plans[0]


def _heads_a_part(heading: str, *, own_line: bool) -> bool:
    """Whether a heading heads one of a report's parts: numbered (二、…), or on a line of its
    own naming its period first and the part last (“十五五”时期主要目标和2026年重点工作)."""
    heading = heading.strip()
    return bool(
        _NUMBERED_HEADING_RE.match(heading) or (own_line and _UNNUMBERED_HEADING_RE.match(heading))
    )


def _year_after_its_plan(heading: str, context: _Context, *, own_line: bool) -> Period | None:
    """The first year of a plan a heading of a part names after it (二、“十五五”时期目标任务和
    2026年工作安排), not in a review: the year whose paragraphs follow the plan's."""
    if not _heads_a_part(heading, own_line=own_line) or "回顾" in heading:
        return None
    periods = find_periods(heading, reference=context.reference, precision=context.precision)
    plans = [p for p in periods if p.granularity == "plan" and p.period_start is not None]
    years = [
        p
        for p in periods
        if p.granularity == "year" and not p.relative and _EXPLICIT_YEAR_RE.search(p.text)
    ]
    if len(plans) != 1 or len(years) != 1 or years[0].start < plans[0].end:
        return None
    year = int(_EXPLICIT_YEAR_RE.search(years[0].text).group())
    return _whole_year(year) if year == plans[0].period_start.year else None


def _opens_on_the_year(text: str, year: Period, context: _Context) -> bool:
    """Whether a paragraph opens on ``year``: 2026年是…, or 今年 in a text written that year."""
    opening = text.lstrip()
    this_year = context.known and context.reference.year == year.period_start.year
    return opening.startswith(f"{year.period_start.year}年") or (
        this_year and opening.startswith(("今年", "本年"))
    )


def _opens_on_the_plans_last_year(text: str, plan: Period, context: _Context) -> bool:
    """Whether a paragraph of a plan's review opens on the plan's last year, when that year is
    over (刚刚过去的2025年, 2025年…, 过去一年 and 去年 in a report of 2026)."""
    if plan.period_end is None or not context.known or context.ahead(plan.period_end):
        return False
    last = plan.period_end.year
    opening = text.lstrip()
    the_year_before = context.reference.year == last + 1
    return bool(re.match(rf"(?:刚刚|刚)?(?:过去的)?{last}\s*年", opening)) or (
        the_year_before and opening.startswith(("过去一年", "去年", "刚刚过去的一年"))
    )


_PLAN_START_AFTER_RE = re.compile(r"[^，,；;。]{0,4}?(?:开好局|开局|起好步|起步)")


def _heading_period(
    text: str, context: _Context, *, numbered: bool = True, own_line: bool = False
) -> Period | None:
    """A numbered heading's year ("三、2024年政府工作任务") holds for its section, as does that of
    a part's heading on a line of its own (_heads_a_part); a title's ("2023年统计公报") frames
    the years of 全年/年末."""
    if numbered and not _heads_a_part(text, own_line=own_line):
        return None
    periods = [
        p
        for p in find_periods(text, reference=context.reference, precision=context.precision)
        if (p.granularity == "year" and not p.relative and _EXPLICIT_YEAR_RE.search(p.text))
        or (numbered and p.granularity == "plan")  # 二、“十五五”时期主要目标任务
    ]
    # 三、…全力推动“十五五”开好局、起好步: a plan named for its start is its first year
    periods = [
        _whole_year(p.period_start.year)
        if p.granularity == "plan"
        and p.period_start is not None
        and _PLAN_START_AFTER_RE.match(text, p.end)
        else p
        for p in periods
    ]
    years = [p for p in periods if p.granularity == "year"]
    plans = [p for p in periods if p.granularity == "plan"]
    if not years and len(plans) > 1 and _TARGETS_HEADING_RE.search(text):
        # 二、“十四五”时期发展成就和“十五五”时期主要目标任务: the targets it names are the
        # last plan's; the first plan's achievements open with their own paragraph (过去五年…).
        return plans[-1]
    if years and "回顾" in text:
        # 一、“十四五”时期和2025年工作回顾 reviews the year first, in either order of naming:
        # the plan's five years open with their own paragraph (过去五年…), the year's do not.
        return years[0]
    return periods[0] if periods else None


# An unnumbered heading of a year's work ("2026年重点工作", "今年主要任务"): its year holds
# for the section, as a numbered heading's does. A title ("…政府工作报告") is no such heading.
_PLAN_HEADING_RE = re.compile(
    r"^\s*(?:(?P<y>(?:19|20)\d{2})\s*年|(?P<rel>今年|明年|本年度?))[^。，,；;]{0,6}?"
    r"(?:重点工作|主要任务|工作任务|目标任务|重点任务|工作安排|工作重点|工作思路|工作计划|主要目标)"
    r"\s*$"
)


# The title of a year's plan: 2025年国民经济和社会发展计划, 2025年度计划, 2025年工作要点,
# 2025年重点工作安排; not a report on one (计划执行情况的报告, 工作总结).
_YEAR_PLAN_TITLE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年度?[^。，,；;：:]{0,16}?"
    r"(?:国民经济和社会发展计划|年度计划|工作要点|工作计划|工作安排)"
)
_NOT_A_PLAN_RE = re.compile(r"执行情况|完成情况|执行|报告|总结|回顾|草案")


def _year_plan_of_title(title: str) -> int | None:
    """The year of a year's plan its title names, or None."""
    match = _YEAR_PLAN_TITLE_RE.search(title)
    if match is None or _NOT_A_PLAN_RE.search(title):
        return None
    return int(match["y"])


def _plan_heading_period(text: str, context: _Context) -> Period | None:
    """The year of an unnumbered heading of a year's work, or None."""
    match = _PLAN_HEADING_RE.match(text.strip())
    if match is None:
        return None
    if match["y"]:
        return _whole_year(int(match["y"]))
    if not context.known:
        return None
    year = context.reference.year + (1 if match["rel"] == "明年" else 0)
    return _whole_year(year)


def _item(
    body: str, f: _Found, start: int, end: int, sentence: str, main_subject: str
) -> ExtractedItem:
    q, period = f.q, f.period
    measure = _measure(f)
    return ExtractedItem(
        kind=f.kind,
        quote=body[start:end],
        start=start,
        end=end,
        subject=_subject(sentence, main_subject),
        indicator=f.indicator_name,
        indicator_text=f.indicator_text[:200],
        measure=measure,
        comparator=_comparator(f),
        value=q.value,
        value_max=q.value_max,
        unit=q.unit,
        base_value=q.base_value,
        base_unit=q.base_unit,
        period_text=period.text,
        period_start=period.period_start,
        period_end=period.period_end,
        deadline=period.period_end if f.kind == COMMITMENT else None,
        period_relative=period.relative,
        commitment_kind=NUMERIC if f.kind == COMMITMENT else "",
        is_cumulative=f.is_cumulative if f.kind == EVIDENCE else False,
        confidence=_confidence(f),
        falls=q.decrease and measure == "growth",
    )


def _deliverable(
    body: str, period: Period, start: int, end: int, sentence: str, main_subject: str
) -> ExtractedItem:
    return ExtractedItem(
        kind=COMMITMENT, quote=body[start:end], start=start, end=end,
        subject=_subject(sentence, main_subject), indicator=None,
        indicator_text="", measure="none", comparator="none", value=None, value_max=None,
        unit="", base_value=None, base_unit="", period_text=period.text,
        period_start=period.period_start, period_end=period.period_end,
        deadline=period.deadline, period_relative=period.relative,
        commitment_kind=DELIVERABLE, is_cumulative=False,
        confidence=0.4 if period.relative else 0.6,
    )  # fmt: skip


def _without_repeated_headlines(items: list[tuple[ExtractedItem, bool]]) -> list[ExtractedItem]:
    """A headline that repeats a figure of the body adds nothing: keep the body's item."""
    body_keys = {(item.kind, item.value, item.unit) for item, heading in items if not heading}
    return [
        item
        for item, heading in items
        if not heading or (item.kind, item.value, item.unit) not in body_keys
    ]
