"""Read-only JSON API at /api/ (filled in by the export/API issue)."""

urlpatterns: list = []
