"""The admin's own tags: the review queue on its front page (how many suggestions wait, and
where), and a yes/no icon's name in Chinese."""

from __future__ import annotations

import re

from django import template
from django.urls import reverse
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext

from articles.models import Article
from tracker.models import Commitment, Evidence, Link, ReviewState

register = template.Library()


@register.simple_tag
def review_queue() -> list[dict]:
    rows = []
    for model, url_name in (
        (Commitment, "admin:tracker_commitment_changelist"),
        (Evidence, "admin:tracker_evidence_changelist"),
        (Link, "admin:tracker_link_changelist"),
    ):
        rows.append({
            "label": f"待审核的{model._meta.verbose_name}",
            "count": model.objects.filter(review_state=ReviewState.SUGGESTED).count(),
            "url": reverse(url_name) + f"?review_state__exact={ReviewState.SUGGESTED}",
        })
    return rows


@register.simple_tag
def articles_needing_date() -> int:
    """How many articles still have no publication date (their periods cannot be dated)."""
    return Article.objects.needing_date().count()


# Django's admin draws a yes/no value as an icon named by Python's words for it, in English and
# in no catalog (admin_list._boolean_icon: <img src="…/icon-yes.svg" alt="True">), which a
# screen reader reads out.
BOOLEAN_ICON = re.compile(r'(<img src="[^"]*/admin/img/icon-(?:yes|no|unknown)\.svg" alt=")'
                          r'(True|False|None)"')
ICON_WORDS = {"True": "Yes", "False": "No", "None": "Unknown"}


@register.filter
def icon_alt_in_chinese(html):
    """``html`` with the admin's yes/no icons named as its yes/no filter names them (是, 否,
    未知)."""
    if not isinstance(html, SafeData):  # text, not markup: no icon in it
        return html
    return mark_safe(BOOLEAN_ICON.sub(
        lambda icon: f'{icon[1]}{gettext(ICON_WORDS[icon[2]])}"', html))


# Django joins a list's last item with spaces in code (django.utils.text.get_text_list: "%s %s
# %s"), which its Chinese "和" does not take: "已修改名称 和 权限。".
SPACED_AND = re.compile(r"(?<=[\u3400-\u9fff]) 和 (?=[\u3400-\u9fff])")


@register.filter
def text_list_in_chinese(text: str) -> str:
    """``text`` with a list Django joined ("名字，姓氏 和 有效") joined as Chinese is."""
    return SPACED_AND.sub("和", str(text))
