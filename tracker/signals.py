"""Runs extraction whenever ingestion stores or changes an article's text.

``articles`` may not import ``tracker`` (dependencies run one way), so ingestion announces
new text with a signal and the tracker listens.
"""

from __future__ import annotations

from django.dispatch import receiver

from articles.signals import article_text_stored, article_vanished


@receiver(article_text_stored)
def extract_on_ingest(sender, *, article, **kwargs) -> None:
    from .services import extract_article

    extract_article(article=article)


@receiver(article_vanished)
def drop_unreviewed_items_of_vanished_article(sender, *, article, **kwargs) -> None:
    """A changed document no longer holds this article: its unreviewed machine suggestions
    go. Reviewed items (and suggestions an editor linked or rejected) stay, and keep the
    article, which ingestion then marks stale."""
    from .models import REVIEWED_STATES, Commitment, Evidence, ReviewState

    for model in (Commitment, Evidence):
        model.objects.filter(article=article, review_state=ReviewState.SUGGESTED).exclude(
            links__review_state__in=REVIEWED_STATES
        ).delete()
