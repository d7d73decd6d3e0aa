"""Search tokens made again for rows already stored, for the data migrations that change how
text is searched (0002, 0010, 0013). Not a migration itself: Django's loader skips the
modules of a migrations package whose names start with an underscore."""

# The searched fields of each model, as tracker.search.SOURCE_FIELDS names them.
TABLES = {
    ("articles", "Article"): ("title", "body"),
    ("tracker", "Commitment"): ("quote", "subject", "indicator_text", "period_text"),
    ("tracker", "Evidence"): ("quote", "subject", "indicator_text", "period_text"),
}
# The models whose rows are also found by their indicator's names (tracker.search.NAMED_MODELS).
NAMED = {("tracker", "Commitment"), ("tracker", "Evidence")}


def reindex(apps, vendor: str, pattern: str | None = None) -> None:
    """Store the search tokens of every row again, or of the rows whose searched text
    matches the regular expression ``pattern`` (the others are not read); an item's with its
    indicator's names, as tracker.search.row_search_text stores them."""
    from django.db.models import Q

    from tracker.text import search_tokens

    for (app_label, model_name), fields in TABLES.items():
        model = apps.get_model(app_label, model_name)
        rows = model.objects.all()
        if pattern is not None:
            holding = Q()
            for name in fields:
                holding |= Q(**{f"{name}__regex": pattern})
            rows = rows.filter(holding)
        named = (app_label, model_name) in NAMED
        if named:
            rows = rows.select_related("indicator").only(
                *fields, "indicator__name", "indicator__aliases"
            )
        else:
            rows = rows.only(*fields)
        for row in rows.iterator():
            text = "\n".join(getattr(row, name) or "" for name in fields)
            indicator = row.indicator if named else None
            names = (indicator.name, *indicator.aliases) if indicator is not None else ()
            tokens = (
                search_tokens.tsvector_literal(text, names=names)
                if vendor == "postgresql"
                else search_tokens.fts_text(text, names=names)
            )
            model.objects.filter(pk=row.pk).update(search_text=tokens)
