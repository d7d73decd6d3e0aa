"""Runs extraction whenever ingestion stores or changes an article's text.

``articles`` may not import ``tracker`` (dependencies run one way), so ingestion announces
new text with a signal and the tracker listens.
"""

from __future__ import annotations

from django.dispatch import receiver

from articles.signals import article_text_stored


@receiver(article_text_stored)
def extract_on_ingest(sender, *, article, **kwargs) -> None:
    from .services import extract_article

    extract_article(article=article)
