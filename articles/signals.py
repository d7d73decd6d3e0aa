"""Signals sent by ingestion, for apps that build on articles (the tracker's extraction)."""

from django.dispatch import Signal

# Sent inside the ingesting transaction, once per article whose body was created or changed.
# Keyword argument: article.
article_text_stored = Signal()
