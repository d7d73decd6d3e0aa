"""Runs extraction whenever ingestion stores or changes an article's text.

``articles`` may not import ``tracker`` (dependencies run one way), so ingestion announces
new text with a signal and the tracker listens.
"""

from __future__ import annotations

from django.dispatch import receiver

from articles.signals import (
    article_date_changed,
    article_text_stored,
    article_vanished,
    document_articles_stored,
)


@receiver(article_text_stored)
def extract_on_ingest(sender, *, article, in_document=False, **kwargs) -> None:
    from .services import extract_article

    if not in_document:  # else with the document's other articles, below
        extract_article(article=article)


@receiver(article_date_changed)
def extract_again_on_new_date(sender, *, article, in_document=False, **kwargs) -> None:
    """全年, 去年, 8月底前… resolve against the article's date: with a new date the machine's
    unreviewed suggestions are made again (reviewed items keep the editors' periods)."""
    from .services import extract_article

    if not in_document:
        extract_article(article=article)


@receiver(document_articles_stored)
def extract_document_on_ingest(sender, *, articles, created=False, **kwargs) -> None:
    """A document's new or changed articles, extracted together: a new document's items go
    in with one set of statements (the same result as one article after the other)."""
    from .services import extract_articles

    extract_articles(articles=articles, new=created)


@receiver(article_vanished)
def drop_unreviewed_items_of_vanished_article(sender, *, article, **kwargs) -> None:
    """A changed document no longer holds this article: its unreviewed machine suggestions
    go. Reviewed items (and suggestions an editor linked or rejected) stay, and keep the
    article, which ingestion then marks stale."""
    from .models import DECIDED_STATES, Commitment, Evidence, ReviewState

    for model in (Commitment, Evidence):
        model.objects.filter(article=article, review_state=ReviewState.SUGGESTED).exclude(
            links__review_state__in=DECIDED_STATES
        ).delete()


# The machine's suggested status follows the editors' decisions on links at once: accepting,
# editing or rejecting a link (or deleting it) recomputes the commitment's status. The
# machine's own link suggestions do not count and are skipped.
def _refresh_status_of_link(sender, instance, **kwargs) -> None:
    from .models import Commitment
    from .services import MACHINE_LINK_REASON, refresh_commitment_status

    if getattr(instance, "_change_reason", "") == MACHINE_LINK_REASON:
        return
    commitment = (
        Commitment.objects.select_related("article", "indicator")
        .filter(pk=instance.commitment_id)
        .first()
    )
    if commitment is not None:
        refresh_commitment_status(commitment=commitment)


def _connect_status_refresh() -> None:
    from django.db.models.signals import post_delete, post_save

    from .models import Link

    post_save.connect(_refresh_status_of_link, sender=Link, dispatch_uid="link_status_save")
    post_delete.connect(_refresh_status_of_link, sender=Link, dispatch_uid="link_status_del")


_connect_status_refresh()
