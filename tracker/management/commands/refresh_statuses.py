"""Recompute every commitment's suggested status (deadlines pass without any new text)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from tracker.services import refresh_statuses


class Command(BaseCommand):
    help = (
        "Recompute the machine's suggested status of every commitment from its accepted links, "
        "so that targets whose deadline has passed show as overdue. Editors' statuses stay."
    )

    def handle(self, *args, **options) -> None:
        count = refresh_statuses()
        self.stdout.write(f"Refreshed the suggested status of {count} commitments.")
