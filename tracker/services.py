"""The tracker's writes. Commands, admin actions and views all call these."""

from __future__ import annotations

from articles.models import Article


def extract_article(*, article: Article) -> None:
    """Find commitments and evidence in an article (filled in by the extraction issue)."""
