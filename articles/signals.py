"""Signals sent by ingestion, for apps that build on articles (the tracker's extraction)."""

from django.dispatch import Signal

# Sent inside the ingesting transaction, once per article whose body was created or changed.
# Keyword argument: article.
article_text_stored = Signal()

# Sent inside the ingesting transaction when an article's date changed but its body did not
# (a date added to the manifest, say): periods such as "全年" may now resolve differently.
# Keyword argument: article.
article_date_changed = Signal()

# Sent inside the ingesting transaction when a changed document no longer holds an article,
# just before ingestion tries to delete it. Receivers delete what may be lost (unreviewed
# machine suggestions); whatever still points at the article (reviewed work) keeps it, marked
# ``is_stale``. Keyword argument: article.
article_vanished = Signal()
