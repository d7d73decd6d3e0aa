from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.db.models.signals import post_migrate


def ensure_editor_group(**kwargs) -> None:
    # After every migrate (permissions exist by then), so the "editor" group is always exact.
    from .services import ensure_editor_group

    ensure_editor_group()


class TrackerConfig(AppConfig):
    default = True  # this module holds django-axes' config too
    name = "tracker"
    verbose_name = "承诺追踪"

    def ready(self) -> None:
        post_migrate.connect(ensure_editor_group, sender=self)
        from . import search  # noqa: F401, I001  (keeps search tokens in step with every save)
        from . import signals  # noqa: F401  (connects extraction to article ingestion)


class AxesConfig(AxesAppConfig):
    """django-axes under a Chinese name in the admin (its own is "Axes", set in no catalog)."""

    default = False
    verbose_name = "登录限制"
