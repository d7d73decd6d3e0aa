"""Indicators, commitments (targets), evidence (outcomes) and the links between them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalRecords

from articles.fields import SearchTextField
from articles.models import Article


class Topic(models.TextChoices):
    INNOVATION = "innovation", "科技创新"
    ENTERPRISE = "enterprise", "企业培育"
    INVESTMENT = "investment", "投资与项目"
    ECONOMY = "economy", "经济增长"
    IP = "ip", "知识产权"
    TALENT = "talent", "人才"
    FINANCE = "finance", "科技金融"
    CONSUMPTION = "consumption", "消费"
    OPENNESS = "openness", "开放合作"
    OTHER = "other", "其他"


class UnitFamily(models.TextChoices):
    MONEY = "money", "金额"
    COUNT = "count", "数量"
    PERCENT = "percent", "百分比"
    POINTS = "points", "百分点"
    RANK = "rank", "排名"
    MASS = "mass", "重量"
    AREA = "area", "面积"
    OTHER = "other", "其他"


class Indicator(models.Model):
    """A canonical measure (技术合同成交额, 新增高新技术企业数…) with its aliases and topic.

    Commitments and evidence point here so that targets and outcomes written in different
    words (高企 / 高新技术企业, 技术合同交易额 / 技术合同成交额) meet on one indicator.
    """

    name = models.CharField("名称", max_length=100, unique=True)
    unit_family = models.CharField(
        "单位类别", max_length=10, choices=UnitFamily, default=UnitFamily.OTHER
    )
    unit = models.CharField("基本单位", max_length=20, blank=True)
    aliases = models.JSONField("别名", default=list, blank=True)
    topic = models.CharField("主题", max_length=20, choices=Topic, default=Topic.OTHER)
    description = models.TextField("说明", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "指标"
        verbose_name_plural = "指标"
        ordering = ["name"]
        indexes = [models.Index(fields=["topic"], name="indicator_topic_idx")]

    def __str__(self) -> str:
        return self.name


class ReviewState(models.TextChoices):
    SUGGESTED = "suggested", "机器提取，待审核"
    ACCEPTED = "accepted", "已采纳"
    EDITED = "edited", "已修改"
    REJECTED = "rejected", "已驳回"


REVIEWED_STATES = (ReviewState.ACCEPTED, ReviewState.EDITED)
# What the public pages, the feed and the public filters call an item the machine found and
# no editor has reviewed (待审核, the label above, is the editors' word for their queue).
UNREVIEWED_LABEL = "机器提取，未经审核"
# A link in one of these states is an editor's decision: the items it joins are kept with it
# (a rejected pair deleted with its item would be suggested again).
DECIDED_STATES = (*REVIEWED_STATES, ReviewState.REJECTED)
# The rows public() may show (whatever PUBLIC_UNREVIEWED says): the condition of the partial
# indexes that public pages read, written as public() writes it so that the database sees
# that they match.
PUBLIC_ROWS = ~Q(review_state=ReviewState.REJECTED)


class Comparator(models.TextChoices):
    EXACTLY = "exactly", "等于"
    AT_LEAST = "at_least", "不少于"
    MORE_THAN = "more_than", "超过"
    AT_MOST = "at_most", "不超过"
    LESS_THAN = "less_than", "少于"
    ABOUT = "about", "左右"
    RANGE = "range", "区间"
    NONE = "none", "无数值"


class Measure(models.TextChoices):
    LEVEL = "level", "数量"
    GROWTH = "growth", "增速"
    SHARE = "share", "占比"
    RANK = "rank", "排名"
    NONE = "none", "无数值"


class ExtractedQuerySet(models.QuerySet):
    def visible(self):
        """The items the public may see: never rejected ones; unreviewed ones only if the
        PUBLIC_UNREVIEWED setting is "mark" (they are then labelled as machine-extracted).
        The rows alone: public() adds what the pages show with them."""
        qs = self.exclude(review_state=ReviewState.REJECTED)
        if getattr(settings, "PUBLIC_UNREVIEWED", "mark") == "hide":
            qs = qs.filter(review_state__in=REVIEWED_STATES)
        return qs

    def public(self):
        """visible(), with the article, document and indicator each page shows with an item."""
        # The texts are the widest columns and no page shows them with an item: the search
        # tokens, the article's body (its page reads it alone) and the document's raw text.
        return self.visible().select_related("article", "article__document", "indicator").defer(
            "search_text", "article__search_text", "article__body", "article__document__raw_text"
        )

    def records(self):
        """visible() as records (the API): the row alone, its foreign keys as ids, no joins."""
        return self.visible().defer("search_text")

    def reviewed(self):
        return self.filter(review_state__in=REVIEWED_STATES)

    def unreviewed(self):
        return self.filter(review_state=ReviewState.SUGGESTED)


class ExtractedItem(models.Model):
    """Fields shared by commitments and evidence: where the quote is, what it measures, when."""

    article = models.ForeignKey(
        Article, on_delete=models.PROTECT, related_name="%(class)ss", verbose_name="文章"
    )
    quote = models.TextField("引语")
    start = models.PositiveIntegerField("起点")
    end = models.PositiveIntegerField("终点")
    subject = models.CharField("主体", max_length=100, blank=True)
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="%(class)ss",
        verbose_name="指标",
    )
    indicator_text = models.CharField("原文指标", max_length=200, blank=True)
    measure = models.CharField("度量", max_length=8, choices=Measure, default=Measure.LEVEL)
    comparator = models.CharField(
        "比较", max_length=10, choices=Comparator, default=Comparator.EXACTLY
    )
    value = models.DecimalField("数值", max_digits=30, decimal_places=6, null=True, blank=True)
    value_max = models.DecimalField(
        "区间上限", max_digits=30, decimal_places=6, null=True, blank=True
    )
    falls = models.BooleanField(
        "下降",
        default=False,
        help_text="增速为下降（下降、降低、减少、回落、下滑）：数值仍按原文记为正数，"
        "“下降4.6%”记为 4.6 并勾选此项。",
    )
    unit = models.CharField("单位", max_length=20, blank=True)
    base_value = models.DecimalField(
        "基本单位数值", max_digits=30, decimal_places=6, null=True, blank=True
    )
    base_unit = models.CharField("基本单位", max_length=20, blank=True)
    period_text = models.CharField("原文时间", max_length=100, blank=True)
    period_start = models.DateField("时期起", null=True, blank=True)
    period_end = models.DateField("时期止", null=True, blank=True)
    period_relative = models.BooleanField(
        "时期未定",
        default=False,
        help_text="文章日期未知，时期仍是相对的（如“全年”），需编辑确认。",
    )
    review_state = models.CharField(
        "审核状态", max_length=10, choices=ReviewState, default=ReviewState.SUGGESTED
    )
    confidence = models.FloatField("置信度", default=0.5)
    anchor_lost = models.BooleanField(
        "原文已变", default=False, help_text="文档更新后，新文本中找不到这段引语，需复核。"
    )
    editor_note = models.TextField("编辑备注", blank=True)
    search_text = SearchTextField("检索词", blank=True, editable=False)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = ExtractedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="%(class)s_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_start__lte=F("period_end")),
                name="%(class)s_period_ordered",
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="%(class)s_confidence_range",
            ),
        ]
        indexes = [
            models.Index(fields=["review_state"], name="%(class)s_review_idx"),
            models.Index(fields=["period_end"], name="%(class)s_period_end_idx"),
            # What linking reads for each figure (services._candidate_figures, _same_figure):
            # the visible items of one indicator and measure whose period ends in a range.
            # Without it PostgreSQL read the whole table, twice per document extracted.
            models.Index(
                fields=["indicator", "measure", "period_end"], name="%(class)s_linking_idx",
                condition=PUBLIC_ROWS,
            ),
        ]

    def __str__(self) -> str:
        return self.quote[:60]

    @property
    def is_reviewed(self) -> bool:
        return self.review_state in REVIEWED_STATES


class CommitmentKind(models.TextChoices):
    NUMERIC = "numeric", "数量目标"
    DELIVERABLE = "deliverable", "限期事项"


class Status(models.TextChoices):
    PENDING = "pending", "待评估"
    IN_PROGRESS = "in_progress", "推进中"
    ACHIEVED = "achieved", "已完成"
    EXCEEDED = "exceeded", "超额完成"
    PARTIAL = "partial", "部分完成"
    MISSED = "missed", "未完成"
    LATE = "late", "逾期完成"
    UNVERIFIABLE = "unverifiable", "无法核实"


class StatusSource(models.TextChoices):
    MACHINE = "machine", "机器建议"
    EDITOR = "editor", "编辑判定"


class Commitment(ExtractedItem):
    """A forward-looking target found in an article: a quantity with a direction, or a dated
    deliverable ("8月底前出台《…方案》"). ``status`` is what the public sees; the machine may
    set it only while ``status_source`` is "machine" — an editor's status always wins."""

    kind = models.CharField(
        "类型", max_length=12, choices=CommitmentKind, default=CommitmentKind.NUMERIC
    )
    deadline = models.DateField("截止日期", null=True, blank=True)
    status = models.CharField("状态", max_length=12, choices=Status, default=Status.PENDING)
    status_source = models.CharField(
        "状态来源", max_length=8, choices=StatusSource, default=StatusSource.MACHINE
    )
    status_reason = models.TextField("状态理由", blank=True)
    suggested_status = models.CharField(
        "机器建议状态", max_length=12, choices=Status, default=Status.PENDING
    )
    suggested_status_explanation = models.TextField("机器建议理由", blank=True)
    revises = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name="修订自",
        help_text="后来的文章以新数值重申同一目标时，指向较早的那条承诺。",
    )

    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta(ExtractedItem.Meta):
        verbose_name = "承诺"
        verbose_name_plural = "承诺"
        indexes = [
            *ExtractedItem.Meta.indexes,
            models.Index(fields=["status"], name="commitment_status_idx"),
            models.Index(fields=["deadline"], name="commitment_deadline_idx"),
            models.Index(fields=["subject"], name="commitment_subject_idx"),
            models.Index(fields=["kind"], name="commitment_kind_idx"),
            # Public lists sort by due date (deadline, else end of period), then id; these
            # give the first rows of a page, or an indicator's, without sorting them all.
            # The dates follow (as key columns: SQLite has no INCLUDE) so that a deep page's
            # ids come from the index alone.
            models.Index(
                Coalesce("deadline", "period_end"), "id", "deadline", "period_end",
                name="commitment_public_due_idx", condition=PUBLIC_ROWS,
            ),
            # The API's order (id), and its deep pages, from the index alone.
            models.Index(fields=["id"], name="commitment_public_idx", condition=PUBLIC_ROWS),
            models.Index(  # sort=status
                fields=["status", "id"], name="commitment_public_status_idx", condition=PUBLIC_ROWS
            ),
            models.Index(
                "indicator", Coalesce("deadline", "period_end"), "id",
                name="commitment_indicator_due_idx", condition=PUBLIC_ROWS,
            ),
        ]


class Evidence(ExtractedItem):
    """A figure reported as achieved or existing (an outcome), and the period it describes."""

    is_cumulative = models.BooleanField(
        "累计数", default=False, help_text="累计值（如“累计”“1—9月累计”“五年累计”），而非单期值。"
    )
    conflict_note = models.CharField(
        "数据冲突",
        max_length=500,
        blank=True,
        help_text="同一指标、同一时期另有不同数值时，机器在此说明，供编辑核实。",
    )

    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta(ExtractedItem.Meta):
        verbose_name = "证据"
        verbose_name_plural = "证据"
        indexes = [
            *ExtractedItem.Meta.indexes,
            models.Index(fields=["subject"], name="evidence_subject_idx"),
            models.Index(fields=["created_at", "id"], name="evidence_created_idx"),  # feed
            # Which evidence is visible, read from the index alone (scorecard, has_evidence).
            models.Index(fields=["id"], name="evidence_public_idx", condition=PUBLIC_ROWS),
            # Counts per indicator (the indicator list) from the index alone.
            models.Index(
                fields=["indicator", "id"], name="evidence_indicator_idx", condition=PUBLIC_ROWS
            ),
        ]


class Relation(models.TextChoices):
    FULFILS = "fulfils", "达成"
    PROGRESS = "progress", "部分进展"
    MISSED = "missed", "表明未达成"
    BASELINE = "baseline", "基线"
    CONTEXT = "context", "背景"


# Relations that say something about the outcome (a baseline or background does not).
OUTCOME_RELATIONS = (Relation.FULFILS, Relation.PROGRESS, Relation.MISSED)


class LinkQuerySet(models.QuerySet):
    def public(self):
        """Links the public may see, with both ends visible."""
        qs = self.public_under_commitment().exclude(commitment__review_state=ReviewState.REJECTED)
        if getattr(settings, "PUBLIC_UNREVIEWED", "mark") == "hide":
            qs = qs.filter(commitment__review_state__in=REVIEWED_STATES)
        return qs.select_related("commitment", "evidence", "evidence__article").defer(
            "commitment__search_text", "evidence__search_text", "evidence__article__body",
            "evidence__article__search_text",
        )

    def records(self):
        """public() as records (the API): the row alone, its ends as ids."""
        return self.public().select_related(None).defer(None)

    def public_under_commitment(self):
        """public() without the check of the commitment's side: for subqueries under
        commitments that the outer query has already made public (one join less). The
        evidence's side is checked as Evidence.objects.visible() checks it."""
        qs = self.exclude(review_state=ReviewState.REJECTED).exclude(
            evidence__review_state=ReviewState.REJECTED
        )
        if getattr(settings, "PUBLIC_UNREVIEWED", "mark") == "hide":
            qs = qs.filter(
                review_state__in=REVIEWED_STATES, evidence__review_state__in=REVIEWED_STATES
            )
        return qs


class Link(models.Model):
    """Evidence that speaks to a commitment, with how (fulfils, baseline, …) and who says so."""

    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="links", verbose_name="承诺"
    )
    evidence = models.ForeignKey(
        Evidence, on_delete=models.CASCADE, related_name="links", verbose_name="证据"
    )
    relation = models.CharField("关系", max_length=10, choices=Relation)
    score = models.FloatField("匹配分", default=0.0)
    explanation = models.CharField("机器说明", max_length=500, blank=True)
    review_state = models.CharField(
        "审核状态", max_length=10, choices=ReviewState, default=ReviewState.SUGGESTED
    )
    note = models.TextField("编辑备注", blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    history = HistoricalRecords()
    objects = LinkQuerySet.as_manager()

    class Meta:
        verbose_name = "关联"
        verbose_name_plural = "关联"
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(fields=["commitment", "evidence"], name="link_unique_pair"),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="link_score_range"
            ),
        ]
        indexes = [
            models.Index(fields=["review_state"], name="link_review_idx"),
            # Links that report an outcome (has_evidence, overdue, the scorecard).
            models.Index(
                fields=["commitment", "evidence"], name="link_outcome_idx",
                condition=Q(relation__in=OUTCOME_RELATIONS)
                & ~Q(review_state=ReviewState.REJECTED),
            ),
        ]

    def __str__(self) -> str:
        """Both quotes and the relation when both sides are loaded already (the admin's
        pages select them: titles, messages, the delete page); otherwise their ids, so that
        printing a link never costs a query."""
        relation = self.get_relation_display()
        if Link.commitment.is_cached(self) and Link.evidence.is_cached(self):

            def cut(quote: str) -> str:
                return quote if len(quote) <= 24 else quote[:24] + "…"

            return f"{cut(self.commitment.quote)} ← {cut(self.evidence.quote)}（{relation}）"
        return f"承诺 #{self.commitment_id} ← 证据 #{self.evidence_id}（{relation}）"
