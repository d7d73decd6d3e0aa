from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "承诺追踪"

    def ready(self) -> None:
        from . import search  # noqa: F401, I001  (keeps search tokens in step with every save)
        from . import signals  # noqa: F401  (connects extraction to article ingestion)
