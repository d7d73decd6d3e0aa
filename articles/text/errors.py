"""The one exception ingestion raises for input it refuses."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be ingested. The message is one line: the file, then the reason."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")
