"""Documents (ingested files) and the articles (stories) cut from them."""

from __future__ import annotations

from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from simple_history.models import HistoricalRecords

from .fields import SearchTextField


class DocumentQuerySet(models.QuerySet):
    def naming_no_place(self) -> DocumentQuerySet:
        """Documents without a place (given, or read from their title or lead) whose articles
        name none either: which place their figures are about is unknown, so the tracker
        compares them with every place's until a person gives one."""
        named = Article.objects.filter(document=OuterRef("pk")).exclude(places_named="")
        return self.filter(place="").exclude(Exists(named))


class Document(models.Model):
    """One ingested file, a newspaper page or a whole article, kept as it was read.

    ``raw_text`` is the decoded text before any reflow, so every quote can be traced back to
    the bytes. ``sha256`` identifies the bytes; ``name`` identifies the file across versions.
    ``place`` (given in the manifest, by ``ingest --place`` or by an editor, else read from the
    document's own title or heading) is the subject of the machine's figures whose own text
    names no place; ``place_basis`` says where it comes from.
    """

    name = models.CharField("文件名", max_length=255, unique=True)
    sha256 = models.CharField("SHA-256", max_length=64, unique=True)
    encoding = models.CharField("编码", max_length=32)
    raw_text = models.TextField("原文")
    source = models.CharField("来源", max_length=200, blank=True)
    url = models.URLField("网址", max_length=500, blank=True)
    place = models.CharField(
        "地区",
        max_length=100,
        blank=True,
        help_text="文档所讲的地区（如“海南省”）：正文未点名地区的数字以它为主体，"
        "只与同一地区的数字关联。修改后，机器未经审核的提取结果会重新生成；"
        "编辑采纳或修改过的条目保持不变。",
    )
    # An editor's place (the admin's, or a person's ``ingest --place``) is kept by later runs:
    # a manifest's place does not replace it.
    place_edited = models.BooleanField("地区经编辑修改", default=False)
    # Where the place comes from: a person ("manifest", "--place", "editor") or the document's
    # own title or heading (the line quoted), which any of them replaces.
    place_basis = models.CharField(
        "地区依据",
        max_length=500,
        blank=True,
        help_text="推断地区所依据的标题或会议抬头原文，或 “manifest”（清单）/ "
        "“--place”（导入指令）/ “editor”（编辑）。",
    )
    ingested_at = models.DateTimeField("首次导入", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = "文档"
        verbose_name_plural = "文档"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DatePrecision(models.TextChoices):
    DAY = "day", "日"
    MONTH = "month", "月"
    YEAR = "year", "年"
    UNKNOWN = "unknown", "未知"


class ArticleQuerySet(models.QuerySet):
    def public(self) -> ArticleQuerySet:
        """Articles the public may read: every stored story (without the search tokens,
        which no page shows and which are the largest column)."""
        return self.select_related("document").defer("search_text", "document__raw_text")

    def records(self):
        """public() as records (the API): the row alone, its document as an id."""
        return self.select_related(None).defer("search_text")

    def needing_date(self) -> ArticleQuerySet:
        """Articles whose publication date is unknown: an editor should set one."""
        return self.filter(date_precision=DatePrecision.UNKNOWN)


def untitled_name(document_name: str, position: int) -> str:
    """What an article without a title is called: its document's name and its place there."""
    return f"{document_name} #{position}"


class Article(models.Model):
    """One story cut from a document, with clean (reflowed) text and its publication date.

    ``body`` is what quotes point into: ``body[start:end] == quote`` for every commitment and
    evidence item. ``span_start``/``span_end`` locate the story in ``document.raw_text``.
    """

    document = models.ForeignKey(
        Document, on_delete=models.PROTECT, related_name="articles", verbose_name="文档"
    )
    position = models.PositiveIntegerField("页内序号")
    title = models.CharField("标题", max_length=500, blank=True)
    body = models.TextField("正文")
    source = models.CharField("来源", max_length=200, blank=True)
    published_on = models.DateField("发布日期", null=True, blank=True)
    date_precision = models.CharField(
        "日期精度", max_length=8, choices=DatePrecision, default=DatePrecision.UNKNOWN
    )
    date_basis = models.CharField(
        "日期依据",
        max_length=500,
        blank=True,
        help_text="推断日期所依据的原文引语，或 “manifest”（清单）/ “editor”（编辑）。",
    )
    reporters = models.JSONField("记者", default=list, blank=True)
    span_start = models.PositiveIntegerField("原文起点")
    span_end = models.PositiveIntegerField("原文终点")
    is_fragment = models.BooleanField(
        "版面碎片", default=False, help_text="不属于任何一篇报道的版面片段，单独保存，不丢弃。"
    )
    is_stale = models.BooleanField(
        "已不在新版文档中",
        default=False,
        help_text="文档更新后已找不到这篇文章；因其中有编辑审核过的条目而保留。",
    )
    title_edited = models.BooleanField("标题经编辑修改", default=False)
    date_edited = models.BooleanField("日期经编辑修改", default=False)
    source_edited = models.BooleanField("来源经编辑修改", default=False)
    search_text = SearchTextField("检索词", blank=True, editable=False)
    # The short names of the places the text names (河北 北京…), space-separated, stored by
    # the tracker when it reads the text: its figures that name no place of their own are
    # about one of them (tracker/text/place_names.py).
    places_named = models.CharField(
        "文中地名", max_length=400, blank=True, editable=False,
        help_text="正文提到的地名简称；文中未写明地点的数字只与这些地方的数字比较。",
    )  # fmt: skip
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    history = HistoricalRecords(excluded_fields=["search_text", "places_named"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["-published_on", "document_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "position"], name="article_unique_position"
            ),
            models.CheckConstraint(
                condition=Q(span_end__gte=F("span_start")), name="article_span_ordered"
            ),
            models.CheckConstraint(
                condition=Q(date_precision="unknown", published_on__isnull=True)
                | (~Q(date_precision="unknown") & Q(published_on__isnull=False)),
                name="article_date_matches_precision",
            ),
        ]
        indexes = [
            # The list's order (newest first, then id): a deep page's ids from the index.
            models.Index(fields=["published_on", "id"], name="article_published_idx"),
            models.Index(fields=["date_precision"], name="article_precision_idx"),
            models.Index(fields=["source"], name="article_source_idx"),
        ]

    def __str__(self) -> str:
        return self.title or untitled_name(self.document.name, self.position)

    @property
    def needs_date(self) -> bool:
        return self.date_precision == DatePrecision.UNKNOWN
