"""The review queue on the admin's front page: how many suggestions wait, and where."""

from __future__ import annotations

from django import template
from django.urls import reverse

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
