"""Signals sent by ingestion, for apps that build on articles (the tracker's extraction)."""

from django.dispatch import Signal

# Sent inside the ingesting transaction, once per article whose body was created or changed.
# Keyword arguments: article, and in_document=True when ``document_articles_stored`` follows
# with this article (a receiver may then wait for it and handle the articles together).
article_text_stored = Signal()

# Sent inside the ingesting transaction once per new document, just before its articles go in
# with one bulk insert (which sends no ``pre_save``), so that receivers can fill what a save
# would have filled on the unsaved articles (the tracker's search text). Keyword arguments:
# articles (the list, in order).
articles_to_be_inserted = Signal()

# Sent inside the ingesting transaction once per document, after ``article_text_stored`` and
# ``article_date_changed`` were sent for each of its articles, with all of those articles in
# their order (so that a receiver can work on them together). Keyword arguments: articles
# (the list), created (True when the document and every one of them are new).
# Also sent, with every live article of the document and created=False, when the document's
# place changed (at ingestion or by an editor): the machine's figures that name no place of
# their own take the document's place as their subject, so they are made again.
document_articles_stored = Signal()

# Sent inside the ingesting transaction when an article's date changed but its body did not
# (a date added to the manifest, say): periods such as "全年" may now resolve differently.
# Keyword arguments: article, and in_document as for ``article_text_stored``.
article_date_changed = Signal()

# Sent inside the ingesting transaction when a changed document no longer holds an article,
# just before ingestion tries to delete it. Receivers delete what may be lost (unreviewed
# machine suggestions); whatever still points at the article (reviewed work) keeps it, marked
# ``is_stale``. Keyword argument: article.
article_vanished = Signal()
