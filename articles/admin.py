"""Editors' admin for documents (only their place is editable) and articles (title, date,
source; paste a new one).

The tracker's admin (tracker/admin.py) extends ``ArticleAdmin`` with what needs the tracker
(re-running extraction, links to an article's commitments): ``articles`` never imports
``tracker``.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeData, mark_safe
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from .models import Article, DatePrecision, Document
from .services import PLACE_EDITOR, PLACE_MANIFEST, PLACE_OPTION, ingest_pasted_article
from .signals import article_date_changed, document_articles_stored
from .text.errors import InputError
from .text.manifest import parse_place

EDITOR_MEDIA_CSS = {"all": ["admin-extra/editor.css"]}
DATE_EDITOR = "editor"  # the date_basis of a date an editor set (as ingest's --date has its own)
# The words stored for a date or place a person gave, as the admin says them. (A basis read
# from the text is the line or sentence quoted, shown as it is.)
PERSON_BASIS_LABELS = {DATE_EDITOR: "编辑填写", PLACE_EDITOR: "编辑填写",
                       PLACE_MANIFEST: "导入清单 manifest.toml", PLACE_OPTION: "命令行 --place"}
EDITOR_MEDIA_JS = ["admin-extra/editor.js"]


def basis_shown(basis: str) -> str:
    """Where a date or place comes from, in Chinese: a person's word ("editor", "--place",
    "manifest（年份 2024）") named in Chinese, a quote read from the text as it is."""
    if basis in PERSON_BASIS_LABELS:
        return PERSON_BASIS_LABELS[basis]
    if basis.startswith(PLACE_MANIFEST + "（"):
        return PERSON_BASIS_LABELS[PLACE_MANIFEST] + basis.removeprefix(PLACE_MANIFEST)
    return basis or "—"


class ChoiceLabelsHistoryHelper(HistoricalRecordContextHelper):
    """Show "已采纳" rather than "accepted", and 50 rather than 50.000000, in the history's
    list of changes; a machine's explanation whole rather than cut to "…[28 chars]…"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, max_displayed_delta_change_chars=1000, **kwargs)

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices and value not in (None, ""):
            return dict(field.flatchoices).get(value, value)
        if isinstance(value, Decimal) and value.is_finite():
            return format(value.normalize(), "f")
        return super().prepare_delta_change_value(change, value)


BLANK_CHOICE = "—— 请选择 ——"


class BlankChoiceInChinese:
    """Django 6.1's label for an empty choice ("- Select an option -") has no zh-hans
    translation yet; editors read Chinese, in the forms and in the lists' action menu."""

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        field = super().formfield_for_choice_field(db_field, request, **kwargs)
        field.choices = [
            ("", BLANK_CHOICE) if value == "" else (value, label)
            for value, label in field.choices
        ]
        return field

    def get_action_choices(
        self, request, default_choices=None, action_location=admin.ActionLocation.CHANGE_LIST
    ):
        if default_choices is None:
            default_choices = [("", BLANK_CHOICE)]
        return super().get_action_choices(request, default_choices, action_location)


class ChineseMessages:
    """The admin's messages with Chinese sentences joined as Chinese text is: Django adds a
    sentence of its own after a space ("成功添加了承诺“…”。 你可以在下面再次编辑它。")."""

    def message_user(self, request, message, *args, **kwargs):
        joined = str(message).replace("。 ", "。")
        message = mark_safe(joined) if isinstance(message, SafeData) else joined
        super().message_user(request, message, *args, **kwargs)


def _name_then_full_width_colon(entry):
    """"承诺: 力争…" as Chinese writes it, "承诺：力争…", through nested lists; marked safe
    only when it was (Django escapes the rest when it lists them)."""
    if isinstance(entry, list):
        return [_name_then_full_width_colon(each) for each in entry]
    name, colon, rest = str(entry).partition(": ")
    joined = f"{name}：{rest}" if colon else str(entry)
    return mark_safe(joined) if isinstance(entry, SafeData) else joined


class DeleteListsInChinese:
    """A delete page's lists of objects name each one's kind with a full-width colon: Django
    writes "%s: %s" in code, out of the catalog's reach. (Its summary's counts are the
    template admin/includes/object_delete_summary.html, overridden.)"""

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        return (_name_then_full_width_colon(deleted), model_count, perms_needed,
                _name_then_full_width_colon(protected))


class EditorHistoryAdmin(ChineseMessages, DeleteListsInChinese, BlankChoiceInChinese,
                         SimpleHistoryAdmin):
    """History for editors to read. Reverting is off: an old version is for looking at, and
    every change goes through the services (a status change needs its reason)."""

    object_history_template = "admin/editor_history.html"  # with the editors' stylesheet
    object_history_list_template = "admin/editor_history_list.html"
    object_history_form_template = "admin/editor_history_form.html"

    def revert_disabled(self, request, obj=None) -> bool:
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple_history saves a posted old version even with reverting off: refused, so
        # that nothing an editor did since is silently undone. Its fields are shown
        # disabled, so that the page does not look editable.
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        request.viewing_old_version = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if not getattr(request, "viewing_old_version", False):
            return form

        class OldVersionForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for field in self.fields.values():
                    field.disabled = True

        return OldVersionForm

    def get_historical_record_context_helper(self, request, historical_record):
        return ChoiceLabelsHistoryHelper(self.model, historical_record)

    def get_history_queryset(self, request, history_manager, pk_name: str, object_id):
        # simple_history's, without its select_related() of no names for a model that tracks
        # no foreign key (an indicator): Django 6.1 deprecates that call, and the warning
        # turned the indicator's history page into a 500 wherever warnings are errors.
        queryset = history_manager.filter(**{pk_name: object_id}).select_related("history_user")
        keys = [field.name for field in history_manager.model.tracked_fields
                if field.many_to_one]
        return queryset.select_related(*keys) if keys else queryset

    def get_changeform_initial_data(self, request):
        # A foreign key given in the "add" page's address (?article=12, as an article's page
        # links it) that is no id at all is left empty: its search box would look it up and
        # fail with a 500 (?article=abc).
        initial = super().get_changeform_initial_data(request)
        for name in list(initial):
            try:
                field = self.opts.get_field(name)
            except FieldDoesNotExist:
                continue
            if field.many_to_one:
                try:
                    field.target_field.to_python(initial[name])
                except ValidationError:
                    del initial[name]
        return initial


class LeanChangeList(ChangeList):
    """Lists load the joined rows without their long texts (article bodies, documents' raw
    text, search tokens): a page of 50 rows must not drag megabytes along."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        return queryset.defer(*self.model_admin.list_deferred_fields)


def selected_object_filter(field: str, title: str, model) -> type[admin.SimpleListFilter]:
    """A list filter on a foreign key that never lists every row of a big table: it is set by
    links (``?FIELD=ID``, e.g. from an article's page) and shows only the chosen object."""

    class SelectedObjectFilter(admin.SimpleListFilter):
        parameter_name = field

        def lookups(self, request, model_admin):
            value = self.value()
            if not value or not value.isdigit():
                return []
            chosen = model._default_manager.filter(pk=value).first()
            return [(value, str(chosen))] if chosen else []

        def queryset(self, request, queryset):
            value = self.value()
            if value is None:
                return queryset
            if not value.isdigit():
                return queryset.none()
            return queryset.filter(**{f"{field}_id": value})

    SelectedObjectFilter.title = title
    return SelectedObjectFilter


class NeedsDateFilter(admin.SimpleListFilter):
    title = "是否缺少日期"
    parameter_name = "needs_date"

    def lookups(self, request, model_admin):
        return [("yes", "缺少发布日期"), ("no", "已有发布日期")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.needing_date()
        if self.value() == "no":
            return queryset.exclude(date_precision=DatePrecision.UNKNOWN)
        return queryset


def check_date_and_precision(published_on, precision) -> None:
    """The database's rule (a date if and only if the precision is known), as form errors."""
    if precision == DatePrecision.UNKNOWN and published_on:
        raise ValidationError({"date_precision": "已填写发布日期：请选择日期精度（日、月或年）。"})
    if precision != DatePrecision.UNKNOWN and not published_on:
        raise ValidationError({"published_on": "请填写发布日期，或把日期精度设为“未知”。"})


class ArticleEditForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = ["title", "source", "published_on", "date_precision"]
        # A title runs to forty characters and more: the field shows it whole.
        widgets = {"title": forms.TextInput(attrs={"size": 80})}
        help_texts = {"published_on": "精度为月或年时，填该月或该年的第一天，如 2024-03-01。"}
        error_messages = {"published_on": {
            "invalid": "请按 2024-03-01 的格式填写日期；精度为月或年时，填该月或该年的第一天。"}}

    def clean(self):
        cleaned = super().clean()
        if "published_on" not in self.errors:  # a mistyped date is one error, not two
            check_date_and_precision(cleaned.get("published_on"), cleaned.get("date_precision"))
        return cleaned


class PasteArticleForm(forms.Form):
    # As on an article's page: a title runs to forty characters and more.
    title = forms.CharField(label="标题", max_length=500,
                            widget=forms.TextInput(attrs={"size": 80}))
    published_on = forms.DateField(label="发布日期", required=False,
                                   widget=forms.DateInput(attrs={"type": "date"}),
                                   help_text="留空则像导入文件一样从正文推断；推断不出时列入“缺少发布日期”。")
    date_precision = forms.ChoiceField(
        label="日期精度", initial=DatePrecision.DAY,
        choices=[c for c in DatePrecision.choices if c[0] != DatePrecision.UNKNOWN],
    )
    source = forms.CharField(label="来源", max_length=200, required=False)
    text = forms.CharField(label="正文", widget=forms.Textarea(attrs={"rows": 20, "cols": 90}),
                           help_text="粘贴整篇文章；断行会像导入的文件一样重新拼合，然后自动提取承诺与证据。")



class DocumentPlaceForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["place"]

    def clean_place(self) -> str:
        place = self.cleaned_data.get("place", "")
        if not place.strip():
            return ""
        try:
            return parse_place(place, where="地区")
        except InputError:
            raise ValidationError("地区须为一行地名，如“海南省”。") from None


class PlaceUnknownFilter(admin.SimpleListFilter):
    """The documents whose figures no place can be told for: none given, none named."""

    title = "地区未知"
    parameter_name = "place_unknown"

    def lookups(self, request, model_admin):
        return [("yes", "未给出，正文也未点名任何地区（其数字与各地比较）")]

    def queryset(self, request, queryset):
        return queryset.naming_no_place() if self.value() == "yes" else queryset


@admin.register(Document)
class DocumentAdmin(BlankChoiceInChinese, admin.ModelAdmin):
    """Documents are what ingestion read: editors look, and set the place the text is about
    (the way they set an article's date); nothing else is edited here."""

    form = DocumentPlaceForm
    list_display = ["name", "place", "source", "encoding", "ingested_at", "updated_at"]
    search_fields = ["name", "source", "place"]
    list_filter = [PlaceUnknownFilter, "place", "encoding"]
    fields = ["name", "place", "place_basis_shown", "place_edited", "source", "url", "sha256",
              "encoding", "ingested_at", "updated_at", "articles_link", "raw_text"]
    readonly_fields = ["name", "place_basis_shown", "place_edited", "sha256", "encoding",
                       "source", "url", "ingested_at", "updated_at", "articles_link", "raw_text"]
    show_full_result_count = False

    @admin.display(description="地区依据")
    def place_basis_shown(self, obj: Document) -> str:
        return basis_shown(obj.place_basis)

    @admin.display(description="文章")
    def articles_link(self, obj: Document) -> str:
        url = reverse("admin:articles_article_changelist") + f"?document={obj.pk}"
        return format_html('<a href="{}">查看此文档的文章</a>', url)

    def has_add_permission(self, request) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj: Document, form, change: bool) -> None:
        if "place" in form.changed_data:
            obj.place_edited = True  # kept by later ingests, as an editor's date is
            obj.place_basis = PLACE_EDITOR
        super().save_model(request, obj, form, change)
        if "place" in form.changed_data:
            # As a changed date does: the machine's unreviewed items are made again, those
            # naming no place now with the new one (reviewed items stay as they are).
            articles = list(obj.articles.filter(is_stale=False).order_by("position"))
            if articles:
                document_articles_stored.send(sender=Document, articles=articles, created=False)


@admin.register(Article)
class ArticleAdmin(EditorHistoryAdmin):
    form = ArticleEditForm
    list_display = ["__str__", "document", "position", "published_on", "date_precision",
                    "source", "is_fragment"]
    list_display_links = ["__str__"]
    list_select_related = ["document"]
    list_filter = [
        NeedsDateFilter,
        selected_object_filter("document", "文档", Document),
        "date_precision",
        "is_fragment",
        "is_stale",
        "title_edited",
        "date_edited",
    ]
    search_fields = ["title", "source", "document__name"]
    show_full_result_count = False
    list_deferred_fields = ["body", "search_text", "document__raw_text"]
    readonly_fields = ["document", "position", "date_basis_shown", "reporters", "span_start",
                       "span_end", "is_fragment", "is_stale", "title_edited", "source_edited",
                       "date_edited", "body_text", "places_named", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "source"]}),
        ("发布日期", {"fields": [("published_on", "date_precision"), "date_basis_shown"],
                      "description": "编辑修改过的标题、来源和日期，重新导入时不会被覆盖。"}),
        ("正文", {"fields": ["body_text"]}),
        ("来源文档", {"classes": ["collapse"],
                      "fields": ["document", "position", ("span_start", "span_end"), "reporters",
                                 "places_named", "is_fragment", "is_stale", "title_edited",
                                 "source_edited", "date_edited", "created_at", "updated_at"]}),
    ]

    class Media:
        css = EDITOR_MEDIA_CSS
        js = EDITOR_MEDIA_JS

    def get_changelist(self, request, **kwargs):
        return LeanChangeList

    @admin.display(description="日期依据")
    def date_basis_shown(self, obj: Article) -> str:
        return basis_shown(obj.date_basis)

    @admin.display(description="正文")
    def body_text(self, obj: Article) -> str:
        return format_html('<div class="article-text">{}</div>', obj.body)

    def save_model(self, request, obj: Article, form, change: bool) -> None:
        # Mark what the editor fixed, so that re-ingesting the document never overwrites it.
        if "title" in form.changed_data:
            obj.title_edited = True
        if "source" in form.changed_data:
            obj.source_edited = True
        date_changed = bool({"published_on", "date_precision"} & set(form.changed_data))
        if date_changed:
            obj.date_edited = True
            obj.date_basis = DATE_EDITOR
        super().save_model(request, obj, form, change)
        if date_changed:
            # As ingestion does: periods such as "全年" may now resolve to other dates.
            article_date_changed.send(sender=Article, article=obj)

    # Articles come from documents; an editor adds one by pasting its text.
    def get_urls(self):
        urls = super().get_urls()
        paste = path("paste/", self.admin_site.admin_view(self.paste_view),
                     name="articles_article_paste")
        return [paste, *urls]

    def add_view(self, request, form_url="", extra_context=None):
        return HttpResponseRedirect(reverse("admin:articles_article_paste"))

    def paste_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PasteArticleForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                article = ingest_pasted_article(
                    title=data["title"], text=data["text"],
                    published_on=data["published_on"], date_precision=data["date_precision"],
                    source=data["source"],
                )
            except InputError as error:
                form.add_error("text", f"无法保存这篇文章（{error.reason}）")
            else:
                self.message_user(request, f"已添加文章“{article}”，并已提取其中的承诺与证据。",
                                  messages.SUCCESS)
                return HttpResponseRedirect(
                    reverse("admin:articles_article_change", args=[article.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "粘贴新文章",
            "form": form,
            "opts": self.opts,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/articles/article/paste.html", context)
