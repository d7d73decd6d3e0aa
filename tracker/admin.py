"""The editors' admin: review what the machine found, link claims to outcomes, set statuses.

Every write goes through tracker/services.py ("Editors' writes"), which records who and why in
the history (django-simple-history). Lists stay fast on large tables: related rows are joined
(``list_select_related``), foreign keys use autocomplete, and exact totals are not counted.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal

from axes import admin as axes_admin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.contrib.auth import admin as auth_admin
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Count, Exists, F, OuterRef, Q
from django.forms.models import InlineForeignKeyField
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext

from articles.admin import (
    EDITOR_MEDIA_CSS,
    EDITOR_MEDIA_JS,
    ArticleAdmin,
    BlankChoiceInChinese,
    ChineseMessages,
    DeleteListsInChinese,
    EditorHistoryAdmin,
    LeanChangeList,
    selected_object_filter,
)
from articles.models import Article

from . import services
from .models import (
    Commitment,
    Evidence,
    ExtractedItem,
    Indicator,
    Link,
    ReviewState,
)
from .search import search
from .views import amount, period_label

admin.site.site_header = "政策承诺追踪 · 编辑后台"
admin.site.site_title = "政策承诺追踪"
admin.site.index_title = "编辑工作台"
# The lists editors work in have many columns (quote, article, date, indicator, value, period,
# state…): the navigation sidebar took a quarter of a laptop's width from them and squeezed
# quotes to a few characters a line. The home page and the breadcrumbs lead everywhere it did.
admin.site.enable_nav_sidebar = False

REVIEW_BUTTONS = {"_accept": ReviewState.ACCEPTED, "_reject": ReviewState.REJECTED}


def shown_name(obj) -> str:
    """What an editor reads for an item: its quote; for a link, both quotes and the relation
    (Link's name once both sides are loaded; its ids otherwise)."""
    if isinstance(obj, Link):
        for side in ("commitment", "evidence"):  # loaded, if the page had not already
            getattr(obj, side)
    return str(obj)


def review_response(admin_view, request, obj):
    """After 采纳 or 驳回, say what the item now is (the admin's own message said only
    "changed"), then go back to the list the editor came from, as "save" does."""
    obj.refresh_from_db(fields=["review_state"])
    name = admin_view.opts.verbose_name
    obj_name = shown_name(obj)
    if "_reject" in request.POST:
        text = f"已驳回{name}“{obj_name}”：它不再出现在审核队列和公开页面上。"
    elif obj.review_state == ReviewState.EDITED:
        text = f"已采纳{name}“{obj_name}”，并保存了你的修改（审核状态：已修改）。"
    else:
        text = f"已采纳{name}“{obj_name}”。"
    admin_view.message_user(request, text, messages.SUCCESS)
    return admin_view.response_post_save_change(request, obj)
CONTEXT_CHARS = 400  # article text shown around a quote in lists of links


def quote_in_article(article: Article, start: int, end: int, *, around: int | None = None) -> str:
    """The article text with the quote marked. Everything is escaped by ``format_html``."""
    body = article.body
    before_from = 0 if around is None else max(0, start - around)
    after_to = len(body) if around is None else min(len(body), end + around)
    if not (0 <= start < end <= len(body)):
        return format_html('<p class="quote-warning">引语位置超出正文范围，请核对。</p>')
    return format_html(
        '<div class="article-text quote-context">{}{}<mark>{}</mark>{}{}</div>',
        "…" if before_from else "",
        body[before_from:start],
        body[start:end],
        body[end:after_to],
        "…" if after_to < len(body) else "",
    )


def indicators_matching(term: str) -> list[int]:
    """Ids of the indicators whose name or an alias contains ``term``. Matched in Python:
    the table is small, and SQLite stores JSON aliases with escaped (\\uXXXX) characters."""
    term = term.casefold()
    return [
        pk for pk, name, aliases in Indicator.objects.values_list("pk", "name", "aliases")
        if term in name.casefold() or any(term in alias.casefold() for alias in aliases)
    ]


class ConfidenceFilter(admin.SimpleListFilter):
    title = "置信度"
    parameter_name = "confidence"
    bands = {"high": (0.8, None, "高（≥0.8）"), "medium": (0.5, 0.8, "中（0.5–0.8）"),
             "low": (None, 0.5, "低（<0.5）")}
    field = "confidence"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (_, _, label) in self.bands.items()]

    def queryset(self, request, queryset):
        if self.value() not in self.bands:
            return queryset
        low, high, _ = self.bands[self.value()]
        if low is not None:
            queryset = queryset.filter(**{f"{self.field}__gte": low})
        if high is not None:
            queryset = queryset.filter(**{f"{self.field}__lt": high})
        return queryset


class ScoreFilter(ConfidenceFilter):
    title = "匹配分"
    parameter_name = "score"
    field = "score"


@admin.action(description="采纳所选条目", permissions=["change"])
def accept_selected(modeladmin, request, queryset):
    review_selected(modeladmin, request, queryset, ReviewState.ACCEPTED)


@admin.action(description="驳回所选条目", permissions=["change"])
def reject_selected(modeladmin, request, queryset):
    review_selected(modeladmin, request, queryset, ReviewState.REJECTED)


def review_selected(modeladmin, request, queryset, state: str) -> None:
    changed = 0
    for item in queryset.exclude(review_state=state):
        if state == ReviewState.ACCEPTED and item.review_state == ReviewState.EDITED:
            continue
        services.review_item(item=item, state=state, user=request.user)
        changed += 1
    modeladmin.message_user(
        request, f"已将 {changed} 条标为“{ReviewState(state).label}”。", messages.SUCCESS
    )


# Items: commitments and evidence ------------------------------------------------------------


class PlainDecimalInput(forms.NumberInput):
    """Shows 170.5 for a stored 170.500000 and 16380000000 for 1.638E+10: the number as an
    editor would write it. Unchanged values still compare equal, so nothing is marked edited."""

    def format_value(self, value):
        if isinstance(value, Decimal) and value.is_finite():
            value = format(value.normalize(), "f")
        return super().format_value(value)


class ItemForm(forms.ModelForm):
    """On "add", an editor pastes the quote (offsets are found) or also gives its start."""

    start = forms.IntegerField(
        label="起点", required=False, min_value=0,
        help_text="引语在正文中的字符位置（从 0 数起）。留空则自动查找；引语出现多次时必须填写。",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.DecimalField):
                field.widget = PlainDecimalInput(attrs=field.widget.attrs)

    def clean(self):
        cleaned = super().clean()
        # The database's rules, said at the field with what to do (the model's constraint
        # would say only its name, above the form).
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", f"时期止（{end:%Y-%m-%d}）早于时期起（{start:%Y-%m-%d}）："
                                         "请改正其中一个日期。")
        value, value_max = cleaned.get("value"), cleaned.get("value_max")
        if value is not None and value_max is not None and value_max < value:
            self.add_error("value_max",
                           "区间上限小于数值：请把较小的数填在“数值”，较大的填在这里。")
        if self.instance.pk is None and cleaned.get("article") and cleaned.get("quote"):
            try:
                start, end = services.find_quote(
                    body=cleaned["article"].body, quote=cleaned["quote"],
                    start=cleaned.get("start"),
                )
            except ValidationError as error:
                self.add_error(None, error)
            else:
                cleaned["start"], self.instance.start, self.instance.end = start, start, end
        return cleaned


class CommitmentForm(ItemForm):
    status_change_reason = forms.CharField(
        label="状态理由", max_length=100, required=False,
        widget=forms.TextInput(attrs={"size": 60}),
        help_text="修改状态时必填：一句话说明依据（例如引用的证据）。",
    )

    class Meta:
        model = Commitment
        fields = ["article", "quote", *services.COMMITMENT_EDITABLE_FIELDS, "status"]

    def clean(self):
        cleaned = super().clean()
        if "status" in self.changed_data and not cleaned.get("status_change_reason", "").strip():
            self.add_error("status_change_reason", "修改状态时必须填写理由。")
        revises = cleaned.get("revises")
        if revises is not None and revises.pk == self.instance.pk:  # (the search offers it)
            self.add_error("revises", "一条承诺不能修订它自己：请选择较早文章中被它重申的那条承诺，"
                                      "或留空。")
        return cleaned


class EvidenceForm(ItemForm):
    class Meta:
        model = Evidence
        fields = ["article", "quote", *services.EVIDENCE_EDITABLE_FIELDS]


def item_facts(item: ExtractedItem) -> str:
    """What tells equal quotes apart: 《article title》date · period · amount."""
    article = item.article
    title = article.title if len(article.title) <= 20 else article.title[:20] + "…"
    facts = [f"《{title}》{article.published_on or '日期不详'}", period_label(item)]
    if item.value is not None:
        facts.append(amount(item))
    return " · ".join(facts)


def item_label(item: ExtractedItem) -> str:
    """A commitment or evidence item named in one line wherever an editor picks or reads one
    (the search box's results, the option it holds, a link's sides): its quote and facts."""
    return f"{item.quote[:60]} —— {item_facts(item)}"


# The columns a label never reads, left out when items are loaded to be named.
ITEM_LABEL_DEFERRED = ("search_text", "article__body", "article__search_text")


def item_link(item: ExtractedItem) -> str:
    """``item_label`` opening the item's page."""
    url = reverse(f"admin:tracker_{item._meta.model_name}_change", args=[item.pk])
    return format_html('<a href="{}">{}</a>', url, item_label(item))


class ItemChoiceField(forms.ModelChoiceField):
    """A foreign key to a commitment or evidence item, named by ``item_label``: the option an
    autocomplete already holds (a link's row sent back with an error, the commitment a
    revision replaces) read the quote alone, unlike the search results. Its article is joined:
    naming the chosen item costs no query more."""

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset.select_related("article").defer(*ITEM_LABEL_DEFERRED),
                         **kwargs)

    def label_from_instance(self, obj) -> str:
        return item_label(obj)


class ItemChoiceLabels:
    """For admins and inlines: foreign keys to commitments or evidence use ItemChoiceField."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if issubclass(db_field.related_model, ExtractedItem):
            kwargs.setdefault("form_class", ItemChoiceField)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class LinkedItemWidget(forms.HiddenInput):
    """An existing link's other side: fixed, so sent back unchanged in a hidden input, and
    shown in its own column as its quote, opening it, over its ``item_facts`` (article, date,
    period, amount) and the machine's score (or that an editor added it). (Not "hidden" to the
    admin, which would drop the cell and shift the row's other cells under the wrong
    headings.)"""

    is_hidden = False

    def __init__(self, *, link: Link, side: str, attrs=None):
        super().__init__(attrs)
        self.link, self.side = link, side

    def render(self, name, value, attrs=None, renderer=None):
        item = getattr(self.link, self.side)
        url = reverse(f"admin:tracker_{self.side}_change", args=[item.pk])
        # The machine explains every link it suggests; a link without an explanation is an
        # editor's, whose score (1.0) is no measure of anything.
        origin = (f"匹配分 {self.link.score:.2f} {self.link.explanation}"
                  if self.link.explanation else "编辑添加的关联")
        return format_html(
            '{}<a href="{}">{}</a><br><small>{}</small><br><small class="link-score">{}</small>',
            super().render(name, value, attrs, renderer), url, item.quote, item_facts(item),
            origin,
        )


class LinkInlineForm(forms.ModelForm):
    class Meta:
        model = Link
        fields = ["commitment", "evidence", "relation", "note", "review_state"]
        widgets = {"note": forms.TextInput(attrs={"size": 24})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # An existing link's other side is fixed and shown as its quote; this also
            # spares the autocomplete widget's query per row.
            for name in ("commitment", "evidence"):
                if name in self.fields:
                    self.fields[name].widget = LinkedItemWidget(link=self.instance, side=name)
        elif "review_state" in self.fields:
            # A link the editor adds is theirs, accepted: the row says so rather than
            # offering the machine's "待审核", which saving would not keep anyway.
            self.fields["review_state"].initial = ReviewState.ACCEPTED
            self.fields["review_state"].disabled = True

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            for name in ("commitment", "evidence"):
                if name in self.changed_data:
                    self.add_error(name, "已有关联不能改换另一端：请驳回这条关联，再新增一条。")
        else:
            # the side chosen in the row (the other is the page's own item)
            chosen = ("commitment" if isinstance(self.fields.get("evidence"),
                                                 InlineForeignKeyField) else "evidence")
            if existing_link(cleaned, self.instance) is not None:
                self.add_error(chosen, "它已经关联在上面的一行里：请在那一行修改关系、"
                                       "备注或审核状态，不必再添一条。")
        return cleaned


def existing_link(cleaned: dict, link: Link) -> Link | None:
    """The link of the pair chosen (the form's, else the page's own item), if it has one."""
    commitment = cleaned.get("commitment") or link.commitment_id
    evidence = cleaned.get("evidence") or link.evidence_id
    if not (commitment and evidence):
        return None
    return (Link.objects.filter(commitment=commitment, evidence=evidence)
            .select_related("commitment", "evidence").first())


class LinkedToAutocomplete(AutocompleteSelect):
    """The search box of a new link row on an item's page: its requests name the page's item
    (``?linked_to=<id>``, which select2 keeps when it adds the term), so that the results
    mark the items already linked to it. In the URL, not in a script: the site's CSP allows
    no inline script, and no script of ours is needed."""

    linked_to: int | None = None

    def get_url(self):
        url = super().get_url()
        return url if self.linked_to is None else f"{url}?linked_to={self.linked_to}"


class LinkedToSearches:
    """For the links' admin and its inlines: the search boxes of a link's sides are
    LinkedToAutocomplete, which its form or formset tells the other side's item."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.autocomplete_fields:
            kwargs["widget"] = LinkedToAutocomplete(db_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class LinkInline(LinkedToSearches, ItemChoiceLabels, BlankChoiceInChinese, admin.TabularInline):
    model = Link
    form = LinkInlineForm
    template = "admin/tracker/link_inline.html"  # rows without the link's "承诺 #1 ← 证据 #2"
    extra = 1
    can_delete = False  # a wrong link is rejected (and kept in the history), not deleted
    # Link.Meta orders by score: the machine's best candidates come first.

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(
            "commitment__article", "commitment__indicator", "evidence__article",
            "evidence__indicator",
        )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None:
            for name in self.autocomplete_fields:
                # (the admin wraps the widget to add its "add another" links)
                formset.form.base_fields[name].widget.widget.linked_to = obj.pk
        return formset


class LinkFromCommitmentInline(LinkInline):
    fk_name = "commitment"
    verbose_name = "证据关联"
    verbose_name_plural = "证据关联（机器建议按匹配分排在前面；在空行中用搜索添加新的证据）"
    fields = ["evidence", "relation", "note", "review_state"]
    autocomplete_fields = ["evidence"]


class LinkFromEvidenceInline(LinkInline):
    fk_name = "evidence"
    verbose_name = "所回应的承诺"
    verbose_name_plural = "所回应的承诺（机器建议按匹配分排在前面；在空行中用搜索添加）"
    fields = ["commitment", "relation", "note", "review_state"]
    autocomplete_fields = ["commitment"]


class ItemAutocompleteJsonView(AutocompleteJsonView):
    """The search box that links a commitment or evidence item names each result by its
    quote, article, date, period and amount: equal quotes of different articles ("全年地区
    生产总值增长5%左右", every year) looked the same. The articles come in the same query."""

    def get(self, request, *args, **kwargs):
        try:
            self.linked_to = linked_to_param(request.GET.get("linked_to"))
        except ValueError as error:
            return JsonResponse({"error": str(error)}, status=400)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, ExtractedItem):
            queryset = queryset.select_related("article").defer(*ITEM_LABEL_DEFERRED)
        if self.linked_to is not None and self.source_field.model is Link:
            # A link's search (a row on an item's page, or the links' own 增加 page once the
            # other side is chosen): the items already linked to the other side are marked,
            # in the same query, rather than refused at save time.
            side = self.source_field.name
            other = "evidence" if side == "commitment" else "commitment"
            queryset = queryset.annotate(linked_already=Exists(Link.objects.filter(
                **{other: self.linked_to, side: OuterRef("pk")})))
        return queryset

    def serialize_result(self, obj, to_field_name):
        result = super().serialize_result(obj, to_field_name)
        if isinstance(obj, ExtractedItem):
            result["text"] = item_label(obj)
        if getattr(obj, "linked_already", False):
            result["text"] = f"（已关联）{result['text']}"
            result["disabled"] = True  # select2 shows it greyed, and it cannot be chosen
        return result


def linked_to_param(value: str | None) -> int | None:
    """The ``linked_to`` of a search request: the id of the item whose page asks."""
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or not 0 < int(value) < 2**63:
        raise ValueError(f"linked_to 应是一个条目的编号（正整数），收到的是“{value[:20]}”。")
    return int(value)


# Every autocomplete of the site goes through it (others' results are Django's own).
admin.site.autocomplete_view = lambda request: ItemAutocompleteJsonView.as_view(
    admin_site=admin.site)(request)


# How much of an article's title the lists of commitments and evidence show.
ARTICLE_TITLE_CHARS = 12


class ItemAdmin(ItemChoiceLabels, EditorHistoryAdmin):
    """Shared by commitments and evidence: the review queue and the review page."""

    item_kind = ""
    change_form_template = "admin/tracker/item_change_form.html"
    list_display = ["short_quote", "article_title", "article_date", "indicator", "shown_value",
                    "period_text", "confidence", "review_state"]
    list_display_links = ["short_quote"]
    list_select_related = ["article__document", "indicator"]
    list_filter = [
        "review_state",
        ConfidenceFilter,
        selected_object_filter("article", "文章", Article),
        "indicator",
        "indicator__topic",
        ("article__published_on", admin.DateFieldListFilter),
        "anchor_lost",
    ]
    search_fields = ["quote", "subject", "indicator__name", "indicator_text", "article__title"]
    # Newest articles first, the machine's most confident findings first within them.
    ordering = [F("article__published_on").desc(nulls_last=True), "-confidence", "-id"]
    show_full_result_count = False
    list_per_page = 50
    actions = [accept_selected, reject_selected]
    autocomplete_fields = ["article", "indicator"]
    list_deferred_fields = ["search_text", "article__body", "article__search_text",
                            "article__document__raw_text"]

    class Media:
        css = EDITOR_MEDIA_CSS
        js = EDITOR_MEDIA_JS

    def get_changelist(self, request, **kwargs):
        return LeanChangeList

    def get_search_results(self, request, queryset, search_term):
        # The indexed full-text search (quote, subject, indicator and period as written),
        # or an indicator's name or alias: no substring scan of 100,000 quotes.
        term = search_term.strip()
        if not term:
            return queryset, False
        indicators = indicators_matching(term)
        found = Q(pk__in=search(self.model.objects.all(), term).values("pk"))
        if indicators:  # (an OR would cost a full scan when no indicator matches)
            found |= Q(indicator__in=indicators)
        return queryset.filter(found), False

    @admin.display(description="引语")
    def short_quote(self, item: ExtractedItem) -> str:
        return item.quote if len(item.quote) <= 50 else item.quote[:50] + "…"

    @admin.display(description="数值", ordering="value")
    def shown_value(self, item: ExtractedItem) -> str | None:
        """The value as written with its unit (170.5亿元), 下降 before a fall (下降4.6%), so
        that a fall never reads as a rise in the list; one column, not two, for the width."""
        if item.value is None:
            return None
        number = format(item.value.normalize(), "f") + item.unit
        return f"下降{number}" if item.falls else number

    @admin.display(description="文章", ordering="article__title")
    def article_title(self, item: ExtractedItem) -> str:
        # Titles run to forty characters and more: the list shows their start, the whole
        # title on hover, so that the quote keeps the row's width.
        title = str(item.article)
        if len(title) <= ARTICLE_TITLE_CHARS:
            return title
        return format_html('<span title="{}">{}…</span>', title, title[:ARTICLE_TITLE_CHARS])

    @admin.display(description="发布日期", ordering="article__published_on")
    def article_date(self, item: ExtractedItem):
        return item.article.published_on

    @admin.display(description="引语在原文中")
    def quote_in_context(self, item: ExtractedItem) -> str:
        shown = quote_in_article(item.article, item.start, item.end)
        if item.anchor_lost or item.article.body[item.start:item.end] != item.quote:
            return format_html(
                '<p class="quote-warning">文档更新后，原文这一位置已不是这段引语：“{}”。'
                "请核对。</p>{}",
                item.quote, shown,
            )
        return shown

    @admin.display(description="文章")
    def article_link(self, item: ExtractedItem) -> str:
        url = reverse("admin:articles_article_change", args=[item.article_id])
        return format_html('<a href="{}">{}</a>（{}）', url, item.article,
                           item.article.published_on or "日期不详")

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["article_link", "quote_in_context", "quote", "start", "end", "confidence",
                "review_state", "created_at", "updated_at"]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [
                ("引语", {"fields": ["article", "quote", "start"],
                          "description": "选择文章，然后在下方正文中选中引语，或把引语粘贴进来："
                                         "系统会在正文中查找并核对它的位置。"}),
                *self.value_fieldsets,
            ]
        return [
            ("引语", {"fields": ["article_link", "quote_in_context",
                                 ("review_state", "confidence")]}),
            *self.value_fieldsets,
            ("位置与记录", {"classes": ["collapse"],
                            "fields": [("start", "end"), "quote", ("created_at", "updated_at")]}),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        if add:
            article_id = request.GET.get("article") or request.POST.get("article")
            if article_id and str(article_id).isdigit():
                context["pick_article"] = Article.objects.filter(pk=article_id).first()
        context["review_buttons"] = change and self.has_change_permission(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        if REVIEW_BUTTONS.keys() & request.POST.keys():
            return review_response(self, request, obj)
        return super().response_change(request, obj)

    def save_model(self, request, obj, form, change: bool) -> None:
        user = request.user
        if not change:
            fields = {name: form.cleaned_data[name] for name in services.editable_fields(self.model)
                      if name in form.cleaned_data}
            if "kind" in fields:
                fields["commitment_kind"] = fields.pop("kind")
            created = services.create_item_from_quote(
                article=obj.article, kind=self.item_kind, quote=obj.quote,
                start=form.cleaned_data.get("start"), user=user, **fields,
            )
            # The admin goes on with ``obj`` (inlines, messages): make it the saved item.
            obj.pk, obj.start, obj.end = created.pk, created.start, created.end
            obj.review_state, obj.confidence = created.review_state, created.confidence
            obj._state.adding, obj._state.db = False, created._state.db
            return
        # The form has already copied its values onto ``obj``; the services compare with
        # the stored item to see what the editor changed.
        item = self.model.objects.get(pk=obj.pk)
        editable = services.editable_fields(self.model)
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in editable}
        if changes:
            services.update_item(item=item, changes=changes, user=user)
        self.save_status(request, item, form)
        for button, state in REVIEW_BUTTONS.items():
            if button in request.POST:
                services.review_item(item=item, state=state, user=user)
        obj.review_state = item.review_state

    def get_urls(self):
        restore = path("<path:object_id>/history/<str:version_id>/restore/",
                       self.admin_site.admin_view(self.restore_version_view),
                       name=f"{self.opts.app_label}_{self.opts.model_name}_restore_version")
        return [restore, *super().get_urls()]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # The old version's page offers to restore it to those who may change the item.
        extra_context = extra_context or {}
        if request.method == "GET" and self.has_change_permission(request):
            extra_context["restore_url"] = reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_restore_version",
                args=[object_id, version_id])
        return super().history_form_view(request, object_id, version_id, extra_context)

    def restore_version_view(self, request, object_id, version_id):
        """POST only: the old version's editable values become the item's, as an edit of this
        editor's (services.restore_version), never simple_history's direct write."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_change_permission(request):
            raise PermissionDenied
        item = self.get_object(request, unquote(object_id))
        version = None
        if item is not None and version_id.isdigit():
            version = self.model.history.filter(id=item.pk, history_id=version_id).first()
        if version is None:
            raise Http404("没有这个版本。")
        if not self.has_change_permission(request, item):
            raise PermissionDenied
        try:
            restored = services.restore_version(item=item, version=version, user=request.user)
        except ValidationError as error:
            self.message_user(request, "未能恢复：" + "".join(error.messages), messages.ERROR)
        else:
            if restored:
                self.message_user(request, f"已恢复为这一版本的值：{'、'.join(restored)}。",
                                  messages.SUCCESS)
            else:
                self.message_user(request, "这一版本与当前的值相同，没有改动。", messages.INFO)
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                    args=[item.pk]))

    def save_status(self, request, obj, form) -> None:
        """Commitments only: a status change goes through ``set_status`` with its reason."""

    def save_formset(self, request, form, formset, change: bool) -> None:
        if formset.model is not Link:
            return super().save_formset(request, form, formset, change)
        parent = form.instance
        for link_form in formset.forms:
            if not link_form.has_changed() or not link_form.cleaned_data:
                continue
            data = link_form.cleaned_data
            commitment = parent if isinstance(parent, Commitment) else data["commitment"]
            evidence = parent if isinstance(parent, Evidence) else data["evidence"]
            link = Link.objects.get(pk=link_form.instance.pk) if link_form.instance.pk else None
            if link is None or {"relation", "note"} & set(link_form.changed_data):
                link = services.link_evidence(
                    commitment=commitment, evidence=evidence, relation=data["relation"],
                    note=data.get("note", ""), user=request.user,
                )
            if link_form.instance.pk and "review_state" in link_form.changed_data:
                services.review_item(item=link, state=data["review_state"], user=request.user)
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []


@admin.register(Commitment)
class CommitmentAdmin(ItemAdmin):
    item_kind = "commitment"
    form = CommitmentForm
    inlines = [LinkFromCommitmentInline]
    # The deadline: what a newsroom sorts its promises by (click its heading).
    list_display = [*ItemAdmin.list_display[:5], "period_and_deadline",
                    *ItemAdmin.list_display[6:-1], "status", "review_state"]
    list_filter = [*ItemAdmin.list_filter, "status", "status_source", "kind"]
    search_fields = [*ItemAdmin.search_fields]
    autocomplete_fields = ["article", "indicator", "revises"]
    value_fieldsets = [
        ("数值与时期", {"fields": [
            "kind", "subject", ("indicator", "indicator_text"), ("measure", "falls"),
            ("comparator", "value", "value_max", "unit"),
            ("period_text", "period_start", "period_end"), "period_relative", "deadline",
            "revises", "editor_note",
        ]}),
        ("状态", {"fields": [
            ("status", "status_change_reason"),
            ("suggested_status", "suggested_status_explanation"),
            ("status_source", "current_status_reason"),
        ], "description": "机器的建议显示在状态旁边；编辑的判定一经保存，机器不再改动。"}),
    ]

    @admin.display(description="现在状态的理由")
    def current_status_reason(self, commitment: Commitment) -> str:
        # Named apart from 状态理由, the field where a new status's reason is typed.
        return commitment.status_reason or "—"

    @admin.display(description="时间 · 截止日期", ordering="deadline")
    def period_and_deadline(self, commitment: Commitment) -> str:
        """The period as written, and under it the deadline, which the column sorts by
        (one column for both: a column more would not fit a laptop's width)."""
        deadline = (f"截止 {commitment.deadline.isoformat()}" if commitment.deadline
                    else "无截止日期")
        return format_html('{}<br><small class="deadline">{}</small>',
                           commitment.period_text or "—", deadline)

    def get_readonly_fields(self, request, obj=None):
        status_fields = ["suggested_status", "suggested_status_explanation", "status_source",
                         "current_status_reason"]
        return [*super().get_readonly_fields(request, obj), *status_fields]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:  # a new commitment's status is set after review, with a reason
            fieldsets = [fs for fs in fieldsets if fs[0] != "状态"]
        return fieldsets

    def save_status(self, request, obj, form) -> None:
        if "status" in form.changed_data:
            services.set_status(
                commitment=obj, status=form.cleaned_data["status"],
                reason=form.cleaned_data["status_change_reason"], user=request.user,
            )


@admin.register(Evidence)
class EvidenceAdmin(ItemAdmin):
    item_kind = "evidence"
    form = EvidenceForm
    inlines = [LinkFromEvidenceInline]
    list_filter = [*ItemAdmin.list_filter, "is_cumulative"]
    value_fieldsets = [
        ("数值与时期", {"fields": [
            "subject", ("indicator", "indicator_text"), ("measure", "falls"),
            ("comparator", "value", "value_max", "unit"),
            ("period_text", "period_start", "period_end"), "period_relative", "is_cumulative",
            "conflict_note", "editor_note",
        ]}),
    ]


# Links ---------------------------------------------------------------------------------------


class LinkForm(forms.ModelForm):
    class Meta:
        model = Link
        fields = ["commitment", "evidence", "relation", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each side's search marks the items already linked to the other side once it is
        # chosen (?linked_to=, as a link row on an item's page does): here when the page
        # comes with it (?commitment=, or sent back with an error), by editor.js when the
        # editor picks it.
        for side, other in (("commitment", "evidence"), ("evidence", "commitment")):
            field = self.fields.get(side)
            widget = getattr(getattr(field, "widget", None), "widget", None)
            if isinstance(widget, LinkedToAutocomplete):
                with suppress(ValueError):
                    widget.linked_to = linked_to_param(str(self[other].value() or "") or None)

    def clean(self):
        cleaned = super().clean()
        link = existing_link(cleaned, self.instance) if self.instance.pk is None else None
        if link is not None:
            # Named and opened from here: without a script the picker cannot grey it out,
            # and this is where the editor learns where to go instead.
            url = reverse("admin:tracker_link_change", args=[link.pk])
            self.add_error("evidence", ValidationError(format_html(
                "这条承诺与这条证据已经关联：<a href=\"{}\">{}</a>（{}）。请在那条关联的页面修改"
                "关系、备注或审核状态，不必再添一条。",
                url, link, link.get_review_state_display())))
        return cleaned


@admin.register(Link)
class LinkAdmin(LinkedToSearches, ItemChoiceLabels, EditorHistoryAdmin):
    form = LinkForm
    change_form_template = "admin/tracker/item_change_form.html"
    list_display = ["commitment_quote", "evidence_quote", "evidence_date", "relation", "score",
                    "review_state"]
    list_display_links = ["commitment_quote"]
    list_select_related = ["commitment", "evidence__article"]  # also get_queryset's
    list_filter = ["review_state", "relation", ScoreFilter,
                   ("evidence__article__published_on", admin.DateFieldListFilter),
                   "commitment__indicator__topic"]
    search_fields = ["commitment__quote", "evidence__quote", "note"]
    ordering = [F("evidence__article__published_on").desc(nulls_last=True), "-score", "-id"]
    autocomplete_fields = ["commitment", "evidence"]
    show_full_result_count = False
    list_deferred_fields = ["commitment__search_text", "evidence__search_text",
                            "evidence__article__body", "evidence__article__search_text"]
    list_per_page = 50
    actions = [accept_selected, reject_selected]

    class Media:
        css = EDITOR_MEDIA_CSS
        js = EDITOR_MEDIA_JS

    def get_changelist(self, request, **kwargs):
        return LeanChangeList

    def get_queryset(self, request):
        # Both sides in the same query: a link's page, history, delete page and the admin's
        # own messages then name it by its quotes (Link.__str__) at no query more. (The list
        # keeps its own joins: a queryset that joins already skips list_select_related.)
        return super().get_queryset(request).select_related(*self.list_select_related)

    @admin.display(description="承诺")
    def commitment_quote(self, link: Link) -> str:
        return link.commitment.quote[:60]

    @admin.display(description="证据")
    def evidence_quote(self, link: Link) -> str:
        return link.evidence.quote[:60]

    @admin.display(description="证据日期", ordering="evidence__article__published_on")
    def evidence_date(self, link: Link):
        return link.evidence.article.published_on

    @admin.display(description="承诺")
    def commitment_item(self, link: Link) -> str:
        return item_link(link.commitment)

    @admin.display(description="证据")
    def evidence_item(self, link: Link) -> str:
        return item_link(link.evidence)

    @admin.display(description="承诺原文")
    def commitment_context(self, link: Link) -> str:
        item = link.commitment
        return quote_in_article(item.article, item.start, item.end, around=CONTEXT_CHARS)

    @admin.display(description="证据原文")
    def evidence_context(self, link: Link) -> str:
        item = link.evidence
        return quote_in_article(item.article, item.start, item.end, around=CONTEXT_CHARS)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["commitment_item", "evidence_item", "commitment_context", "evidence_context",
                "score", "explanation", "review_state", "created_at", "updated_at"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["commitment", "evidence", "relation", "note"]
        return ["commitment_item", "commitment_context", "evidence_item", "evidence_context",
                ("relation", "score"), "explanation", "note", "review_state",
                ("created_at", "updated_at")]

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        context["review_buttons"] = change and self.has_change_permission(request, obj)
        if obj is not None:  # the heading, the breadcrumbs and the window's title
            context["subtitle"] = shown_name(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        if REVIEW_BUTTONS.keys() & request.POST.keys():
            return review_response(self, request, obj)
        return super().response_change(request, obj)

    def history_form_view_title(self, request, obj):
        # An old version's link comes without its sides: loaded here, its title and
        # breadcrumbs name it by its quotes, not "承诺 #19 ← 证据 #74".
        with suppress(ObjectDoesNotExist):
            shown_name(obj)
        return super().history_form_view_title(request, obj)

    def save_model(self, request, obj: Link, form, change: bool) -> None:
        if not change or {"relation", "note"} & set(form.changed_data):
            saved = services.link_evidence(
                commitment=obj.commitment, evidence=obj.evidence, relation=obj.relation,
                note=obj.note, user=request.user,
            )
            obj.pk, obj.review_state = saved.pk, saved.review_state
            obj._state.adding, obj._state.db = False, saved._state.db
        for button, state in REVIEW_BUTTONS.items():
            if button in request.POST:
                services.review_item(item=Link.objects.get(pk=obj.pk), state=state,
                                     user=request.user)


# Indicators ----------------------------------------------------------------------------------


class AliasesField(forms.CharField):
    """Aliases as one name per line (or separated by 、，,), stored as a JSON list."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 40})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        for separator in "、，,;；":
            text = text.replace(separator, "\n")
        names: list[str] = []
        for name in (line.strip() for line in text.splitlines()):
            if name and name not in names:
                names.append(name)
        return names


class IndicatorForm(forms.ModelForm):
    aliases = AliasesField(label="别名", required=False,
                           help_text="每行一个（也可用顿号或逗号分隔）。提取时这些写法都归入本指标。")

    class Meta:
        model = Indicator
        fields = ["name", "aliases", "topic", "unit_family", "unit", "description"]

    def clean_aliases(self):
        name = self.cleaned_data.get("name")
        return [alias for alias in self.cleaned_data["aliases"] if alias != name]


class MergeIndicatorsForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=Indicator.objects.none(), widget=forms.RadioSelect,
                                  label="保留哪一个指标", empty_label=None)

    def __init__(self, *args, indicators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = indicators
        # Each choice says what the editor weighs: its aliases, unit and how many items
        # use it (a name alone made the choice a guess).
        uses = {model: dict(model.objects.filter(indicator__in=indicators)
                            .values_list("indicator").annotate(n=Count("pk")).order_by())
                for model in (Commitment, Evidence)}

        def label(indicator: Indicator) -> str:
            aliases = "、".join(indicator.aliases) or "无"
            return (f"{indicator.name}（{indicator.get_topic_display()}，基本单位"
                    f"{indicator.unit or '—'}；别名：{aliases}；"
                    f"承诺 {uses[Commitment].get(indicator.pk, 0)} 条，"
                    f"证据 {uses[Evidence].get(indicator.pk, 0)} 条）")

        self.fields["keep"].label_from_instance = label


@admin.register(Indicator)
class IndicatorAdmin(EditorHistoryAdmin):
    form = IndicatorForm
    list_display = ["name", "alias_list", "topic", "unit_family", "unit"]
    list_filter = ["topic", "unit_family"]
    search_fields = ["name"]
    show_full_result_count = False
    actions = ["merge_selected"]

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return queryset.filter(pk__in=indicators_matching(search_term.strip())), False

    @admin.display(description="别名")
    def alias_list(self, indicator: Indicator) -> str:
        return "、".join(indicator.aliases)

    @admin.action(description="合并所选指标（选择保留哪一个）", permissions=["change"])
    def merge_selected(self, request, queryset):
        indicators = queryset.order_by("name")
        if indicators.count() < 2:
            self.message_user(request, "请至少选择两个指标再合并。", messages.WARNING)
            return None
        form = MergeIndicatorsForm(request.POST if "keep" in request.POST else None,
                                   indicators=indicators)
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            merged = [indicator for indicator in indicators if indicator.pk != keep.pk]
            services.merge_indicators(keep=keep, merge=merged, user=request.user)
            self.message_user(
                request,
                f"已把 {'、'.join(i.name for i in merged)} 并入“{keep.name}”；"
                "相关承诺与证据已改指向它，原名称已加为别名。",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "合并指标",
            "form": form,
            "indicators": indicators,
            "opts": self.opts,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/tracker/indicator/merge.html", context)


# Articles: what the tracker adds to the articles app's admin ---------------------------------


@admin.action(description="重新提取所选文章（不改动已审核的条目）", permissions=["change"])
def rerun_extraction(modeladmin, request, queryset):
    articles = list(queryset)
    results = [services.extract_article(article=article) for article in articles]
    summary = extraction_summary(results, articles)
    modeladmin.message_user(request, f"已重新提取所选的 {len(articles)} 篇文章：{summary}",
                            messages.SUCCESS)


def extraction_summary(results: list[services.ExtractionResult], articles: list[Article]) -> str:
    """What re-reading found, summed over the articles, and what they hold now: the article's
    button and the list's action say the same."""

    def total(field: str) -> int:
        return sum(getattr(result, field) for result in results)

    lost = total("anchors_lost")
    lost = f"（其中 {lost} 条的引语已不在正文中，请核对）" if lost else ""
    now = [model.objects.filter(article__in=articles).count() for model in (Commitment, Evidence)]
    # Counted once in the database: a link between two of the articles is suggested again
    # by the reading of each, and the results' sum would count it twice.
    links = Link.objects.filter(
        Q(commitment__article__in=articles) | Q(evidence__article__in=articles),
        review_state=ReviewState.SUGGESTED,
    ).count()
    return (
        f"机器读出承诺 {total('commitments')} 条、证据 {total('evidence')} 条；"
        f"不再读出的 {total('removed')} 条建议已删除；已审核的 {total('kept')} 条保持不变{lost}。"
        f"现有承诺 {now[0]} 条、证据 {now[1]} 条，待审核的关联建议 {links} 条。"
    )


class TrackerArticleAdmin(ArticleAdmin):
    actions = [rerun_extraction]
    readonly_fields = [*ArticleAdmin.readonly_fields, "items_links"]
    fieldsets = [
        *ArticleAdmin.fieldsets[:2],
        ("承诺与证据", {"fields": ["items_links"]}),
        *ArticleAdmin.fieldsets[2:],
    ]

    def get_search_results(self, request, queryset, search_term):
        # Title, source and document name as typed, and the indexed full-text search of title
        # and text, which folds traditional characters as the items' search does (地区生产总值
        # finds 地區生產總值): the tokens are there, so no table or migration of its own.
        found, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not search_term.strip():
            return found, may_have_duplicates
        texts = search(Article.objects.all(), search_term).values("pk")
        return found | queryset.filter(pk__in=texts), may_have_duplicates

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and {"published_on", "date_precision"} & set(form.changed_data):
            # The new date re-ran extraction (articles.signals): say so, with the counts.
            counts = f"承诺 {obj.commitments.count()} 条、证据 {obj.evidences.count()} 条"
            self.message_user(request, f"日期已改，本文已按新日期重新提取：现有{counts}；"
                              "已审核的条目保持不变。", messages.SUCCESS)

    def get_urls(self):
        reextract = path("<path:object_id>/reextract/",
                         self.admin_site.admin_view(self.reextract_view),
                         name="articles_article_reextract")
        return [reextract, *super().get_urls()]

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        if change and obj is not None and self.has_change_permission(request, obj):
            context["reextract_url"] = reverse("admin:articles_article_reextract",
                                               args=[obj.pk])
        return super().render_change_form(request, context, add, change, form_url, obj)

    def reextract_view(self, request, object_id):
        """重新提取本文: the article's button, through the list action's service (reviewed
        items kept), then back to the article saying what the reading found."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("没有这篇文章。")
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        result = services.extract_article(article=article)
        self.message_user(request, f"已重新提取本文：{extraction_summary([result], [article])}",
                          messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    @admin.display(description="本文的承诺与证据")
    def items_links(self, article: Article) -> str:
        # Each kind's unreviewed ones linked apart: reviewing an article's items starts there
        # (the whole list needed its 审核状态 filter). One query per kind, as the totals were.
        links = []
        for model, name in ((Commitment, "承诺"), (Evidence, "证据")):
            counts = model.objects.filter(article=article).aggregate(
                total=Count("pk"), unreviewed=Count("pk", filter=Q(
                    review_state=ReviewState.SUGGESTED)))
            url = reverse(f"admin:tracker_{model._meta.model_name}_changelist")
            links.append(format_html(
                '<a href="{}">查看{}（{} 条）</a>，其中<a href="{}">待审核 {} 条</a>',
                f"{url}?article={article.pk}", name, counts["total"],
                f"{url}?article={article.pk}&review_state__exact={ReviewState.SUGGESTED}",
                counts["unreviewed"]))
        return format_html(
            '{} · {} · <a href="{}">从本文新增承诺</a> · <a href="{}">从本文新增证据</a>',
            *links,
            reverse("admin:tracker_commitment_add") + f"?article={article.pk}",
            reverse("admin:tracker_evidence_add") + f"?article={article.pk}",
        )


# ``articles`` may not import ``tracker``, so the tracker replaces the articles app's
# registration with its extended admin.
admin.site.unregister(Article)
admin.site.register(Article, TrackerArticleAdmin)


# Users ---------------------------------------------------------------------------------------


# Django names a model's four permissions in English when it creates them ("Can add 承诺"),
# untranslated and stored; they are named here as they are shown, so that no migrate or new
# model brings English back (the stored names stay Django's).
PERMISSION_ACTIONS = {"add": "可增加", "change": "可修改", "delete": "可删除", "view": "可查看"}


def permission_label(permission: Permission) -> str:
    """A permission as the admin names things: "承诺追踪 | 承诺 | 可增加承诺". A permission of
    a model no longer installed, or one of our own (written in Chinese), keeps its name."""
    content_type = permission.content_type
    model = content_type.model_class()
    if model is None:
        return str(permission)
    action, _, model_name = permission.codename.partition("_")
    model_verbose_name = str(model._meta.verbose_name)
    # django-simple-history names its versions "historical 承诺"
    instance_type = getattr(model, "instance_type", None)
    if instance_type is not None:
        model_verbose_name = f"{instance_type._meta.verbose_name}的历史记录"
    if action in PERMISSION_ACTIONS and model_name == model._meta.model_name:
        name = f"{PERMISSION_ACTIONS[action]}{model_verbose_name}"
    else:
        name = permission.name
    app_name = apps.get_app_config(content_type.app_label).verbose_name
    return f"{app_name} | {model_verbose_name} | {name}"


class PermissionsField(forms.ModelMultipleChoiceField):
    """The permissions of a user or a group, each named in Chinese (``permission_label``)."""

    def label_from_instance(self, obj: Permission) -> str:
        return permission_label(obj)


class PermissionsInChinese:
    """A user's or a group's permission lists named in Chinese (see ``permission_label``)."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.related_model is Permission:
            kwargs["form_class"] = PermissionsField
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class MembershipsNamed:
    """A user's or a group's delete page lists what goes with it: Django names each of its
    groups and permissions by the table that joins them, in English ("Group-permission关系：
    Group_permissions object (4)"). Here they are named as the user or group holds them
    (组的权限：承诺追踪 | 承诺 | 可增加承诺; 用户的组：editor), in the list and in its summary."""

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs,
                                                                                   request)
        entries, kinds = {}, {}
        for field in self.opts.many_to_many:
            through = field.remote_field.through
            if not through._meta.auto_created:
                continue
            kind = f"{self.opts.verbose_name}的{field.related_model._meta.verbose_name}"
            kinds[str(through._meta.verbose_name_plural)] = kind
            django_kind = capfirst(through._meta.verbose_name)
            target = field.m2m_reverse_field_name()
            rows = through.objects.filter(**{f"{field.m2m_field_name()}__in": objs})
            if field.related_model is Permission:
                rows = rows.select_related(f"{target}__content_type")
            for row in rows.select_related(target):
                held = getattr(row, target)
                name = permission_label(held) if isinstance(held, Permission) else str(held)
                entries[f"{django_kind}：{row}"] = f"{kind}：{name}"

        def renamed(entry):
            if isinstance(entry, list):
                return [renamed(each) for each in entry]
            return entries.get(str(entry), entry)

        model_count = {kinds.get(str(name), name): count for name, count in model_count.items()}
        return renamed(deleted), model_count, perms_needed, protected


class PasswordChangeForm(auth_forms.AdminPasswordChangeForm):
    """Django's, with its warning under "使用密码认证" in Chinese: Django 6.1 appends it to the
    field's help in English, outside any catalog ("If disabled, the current password for this
    user will be lost.")."""

    usable_password_help_text = format_lazy(
        '{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">{}</li></ul>',
        auth_forms.SetUnusablePasswordMixin.usable_password_help_text,
        "如果禁用，这个用户现在的密码将会丢失。")


class UserAdmin(MembershipsNamed, ChineseMessages, DeleteListsInChinese, BlankChoiceInChinese,
                PermissionsInChinese, auth_admin.UserAdmin):
    """Django's, with the help under a user's groups and permissions read as one Chinese text:
    Django joins the field's help and "按住 Control 键…" with a space, after a full stop."""

    change_password_form = PasswordChangeForm

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if field is not None and field.help_text:
            field.help_text = str(field.help_text).replace("。 ", "。")
        return field


class GroupAdmin(MembershipsNamed, ChineseMessages, DeleteListsInChinese, BlankChoiceInChinese,
                 PermissionsInChinese, auth_admin.GroupAdmin):
    """Django's, its messages' sentences joined as Chinese text is."""


admin.site.unregister(User)
admin.site.register(User, UserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, GroupAdmin)


# Login throttling (django-axes) ---------------------------------------------------------------
# django-axes ships no Chinese: its field and model names are in locale/zh_Hans; what it writes
# in code (a column named after its method, an action's message) is said here.


@dataclass(frozen=True)
class NamedRow:
    """A row as a page's breadcrumbs name it: its key for the link, its title as text."""

    pk: object
    title: str

    def __str__(self) -> str:
        return self.title


def login_row_title(row: AccessAttempt | AccessLog | AccessFailureLog) -> str:
    """A login record named in Chinese by who, from where and when: "总编辑，192.0.2.8，
    2025-01-10 09:30:00" (a failure that locked the account out adds "，已锁定"). Its kind is
    named beside it on every page (删除登录尝试“…”)."""
    when = timezone.localtime(row.attempt_time).strftime("%Y-%m-%d %H:%M:%S")
    parts = [row.username or "（无用户名）", row.ip_address, when]
    if getattr(row, "locked_out", False):
        parts.append("已锁定")
    return "，".join(part for part in parts if part)


class LoginRowTitles:
    """django-axes names its rows in English in code ("Attempted Access: <time>", its models'
    __str__), which no catalog reaches and the admin shows as the row's title: on its change,
    history and delete pages (title, breadcrumbs, question, list), in a list's checkbox, in the
    message after a delete and in the log of deletions. Each is named by ``login_row_title``
    here; the breadcrumbs through templates/admin/axes/."""

    def render_change_form(self, request, context, add=False, change=False, form_url="",
                           obj=None):
        if obj is not None:
            context.update(subtitle=login_row_title(obj),
                           named_row=NamedRow(obj.pk, login_row_title(obj)))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:
            title = login_row_title(obj)
            extra_context = {**(extra_context or {}),
                             "title": gettext("Change history: %s") % title,
                             "named_row": NamedRow(obj.pk, title)}
        return super().history_view(request, object_id, extra_context)

    def render_delete_form(self, request, context):
        obj = context["object"]
        context.update(escaped_object=login_row_title(obj),
                       named_row=NamedRow(obj.pk, login_row_title(obj)))
        return super().render_delete_form(request, context)

    def get_deleted_objects(self, objs, request):
        # Django's list names each row by its __str__, in an entry built in code
        # ("登录尝试：<a …>Attempted Access: …</a>"): the name is swapped for the title there.
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs,
                                                                                   request)
        titles = {str(obj): login_row_title(obj) for obj in objs}

        def retitled(entry):
            if isinstance(entry, list):
                return [retitled(each) for each in entry]
            text = str(entry)
            for name, title in titles.items():
                if isinstance(entry, SafeData):
                    text = text.replace(escape(name), escape(title))
                else:
                    text = text.replace(name, title)
            return mark_safe(text) if isinstance(entry, SafeData) else text

        return retitled(deleted), model_count, perms_needed, protected

    def action_checkbox(self, obj):
        # Django's, with the checkbox named by the row's title for a screen reader.
        attrs = {"class": "action-select",
                 "aria-label": format_html(gettext("Select this object for an action - {}"),
                                           login_row_title(obj))}
        return forms.CheckboxInput(attrs, lambda value: False).render(
            admin.helpers.ACTION_CHECKBOX_NAME, str(obj.pk))

    def log_deletions(self, request, queryset):
        entries = super().log_deletions(request, queryset)
        titles = {str(obj.pk): login_row_title(obj) for obj in queryset}
        for entry in entries:
            entry.object_repr = titles[str(entry.object_id)][:200]
        LogEntry.objects.bulk_update(entries, ["object_repr"])
        return entries

    def delete_model(self, request, obj):
        # The row is gone when the message after a delete is written (response_delete).
        request.deleted_row_title = login_row_title(obj)
        super().delete_model(request, obj)

    def response_delete(self, request, obj_display, obj_id):
        return super().response_delete(
            request, getattr(request, "deleted_row_title", obj_display), obj_id)


class LockedOutFilter(axes_admin.IsLockedOutFilter):
    title = "是否锁定"  # axes' "Locked Out" is also the status a row shows (已锁定)


class AccessAttemptAdmin(LoginRowTitles, ChineseMessages, DeleteListsInChinese,
                         BlankChoiceInChinese, axes_admin.AccessAttemptAdmin):
    list_filter = [LockedOutFilter if each is axes_admin.IsLockedOutFilter else each
                   for each in axes_admin.AccessAttemptAdmin.list_filter]

    @admin.display(description="状态")
    def status(self, attempt: AccessAttempt) -> str:
        left = settings.AXES_FAILURE_LIMIT - attempt.failures_since_start
        return f"还可尝试 {left} 次" if left > 0 else "已锁定"

    @admin.action(description="清除已过期的登录尝试")
    def cleanup_expired_attempts(self, request, queryset) -> None:
        # axes counts the cool-off back from the request's login attempt, which an admin
        # page's request lacks (axes' own action fails there): from now, then.
        if not hasattr(request, "axes_attempt_time"):
            request.axes_attempt_time = None
        count = self.handler.clean_expired_user_attempts(request=request)
        self.message_user(request, f"清除了 {count} 条已过期的登录尝试。")


class AccessLogAdmin(LoginRowTitles, ChineseMessages, DeleteListsInChinese,
                     BlankChoiceInChinese, axes_admin.AccessLogAdmin):
    """django-axes', with the admin's Chinese sentences, empty choice and row titles."""


class AccessFailureLogAdmin(LoginRowTitles, ChineseMessages, DeleteListsInChinese,
                            BlankChoiceInChinese, axes_admin.AccessFailureLogAdmin):
    """django-axes', with the admin's Chinese sentences, empty choice and row titles."""


for axes_model, axes_model_admin in ((AccessAttempt, AccessAttemptAdmin),
                                     (AccessLog, AccessLogAdmin),
                                     (AccessFailureLog, AccessFailureLogAdmin)):
    admin.site.unregister(axes_model)
    admin.site.register(axes_model, axes_model_admin)
