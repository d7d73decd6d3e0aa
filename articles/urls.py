"""Public article pages (filled in by the public-site issue)."""

app_name = "articles"
urlpatterns: list = []
